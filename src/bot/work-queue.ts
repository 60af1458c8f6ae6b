import type { Logger } from '../logger.ts';
import type { LoadGauge } from '../load-gauge.ts';

// The gauge is shared with the HTTP server, so it lives below both; named here for the adapters that pass it.
export { LoadGauge } from '../load-gauge.ts';

/**
 * Work that runs after a platform has been answered. Interactive requests are acknowledged at
 * once; what they cause (recording an answer, updating a message) waits here and runs a few at
 * a time, yielding to the event loop between jobs. While requests are waiting for their
 * acknowledgement (`gauge`), jobs wait, but never longer than `maxDelayMs`: a burst of clicks is
 * acknowledged first and recorded right behind it, and sustained load never starves the work.
 */
export class WorkQueue {
  private readonly jobs: { run: () => Promise<void>; since: number }[] = [];
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  private readonly logger: Logger;
  private readonly options: { concurrency?: number; gauge?: LoadGauge; maxDelayMs?: number };
  constructor(
    logger: Logger,
    options: { concurrency?: number; gauge?: LoadGauge; maxDelayMs?: number } = {},
  ) {
    this.logger = logger;
    this.options = options;
  }

  /** Queues a job; a failure is logged, never thrown at the caller. */
  add(job: () => Promise<void>): void {
    this.jobs.push({ run: job, since: performance.now() });
    this.pump();
  }

  /** Resolves when every queued job has finished. */
  idle(): Promise<void> {
    if (this.running === 0 && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.jobs.length > 0 && this.running < (this.options.concurrency ?? 4)) {
      const waited = performance.now() - this.jobs[0]!.since;
      const maxDelay = this.options.maxDelayMs ?? 2000;
      if (this.options.gauge?.busy && waited < maxDelay) {
        // Look again soon: when the requests are answered, or when the oldest job is due.
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, Math.min(10, Math.ceil(maxDelay - waited)));
        return;
      }
      const job = this.jobs.shift()!.run;
      this.running++;
      setImmediate(() => {
        job()
          .catch((error: Error) => this.logger.error('work after ack failed', { error: error.message }))
          .finally(() => {
            this.running--;
            if (this.running === 0 && this.jobs.length === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
            this.pump();
          });
      });
    }
  }
}
