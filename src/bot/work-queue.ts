import type { Logger } from '../logger.ts';

/** How many requests the HTTP server is answering right now. */
export class LoadGauge {
  private count = 0;
  /** Marks a request started; call the returned function when it has been answered. */
  start(): () => void {
    this.count++;
    let done = false;
    return () => {
      if (!done) this.count--;
      done = true;
    };
  }
  get inFlight(): number {
    return this.count;
  }
}

/**
 * Work that runs after a platform has been answered. Interactive requests are acknowledged at
 * once; what they cause (recording an answer, updating a message) waits here and runs a few at
 * a time, yielding to the event loop between jobs. While requests are waiting for their
 * acknowledgement (`gauge`), jobs trickle (one every `busyIntervalMs`), unless the oldest has
 * waited `maxDelayMs`: a burst of clicks is acknowledged first and recorded right behind it, and
 * sustained load never starves the work.
 */
export class WorkQueue {
  private readonly jobs: { run: () => Promise<void>; since: number }[] = [];
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastStart = 0;

  constructor(
    private readonly logger: Logger,
    private readonly options: { concurrency?: number; gauge?: LoadGauge; busyIntervalMs?: number; maxDelayMs?: number } = {},
  ) {}

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
    while (this.jobs.length > 0) {
      const overdue = performance.now() - this.jobs[0]!.since >= (this.options.maxDelayMs ?? 2000);
      const busy = !overdue && (this.options.gauge?.inFlight ?? 0) > 0;
      const interval = this.options.busyIntervalMs ?? 250;
      const wait = busy ? this.lastStart + interval - performance.now() : 0;
      if (this.running >= (busy ? 1 : (this.options.concurrency ?? 4))) return;
      if (wait > 0) {
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, Math.ceil(wait));
        return;
      }
      const job = this.jobs.shift()!.run;
      this.lastStart = performance.now();
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
