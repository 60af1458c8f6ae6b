import type { Logger } from '../logger.ts';

/**
 * Work that runs after a platform has been answered. Interactive requests are acknowledged at
 * once; what they cause (recording an answer, updating a message) waits here and runs a few at
 * a time, yielding to the event loop between jobs, so a burst of clicks is acknowledged as fast
 * as a bare app would acknowledge it.
 */
export class WorkQueue {
  private readonly jobs: (() => Promise<void>)[] = [];
  private running = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly logger: Logger, private readonly concurrency = 4) {}

  /** Queues a job; a failure is logged, never thrown at the caller. */
  add(job: () => Promise<void>): void {
    this.jobs.push(job);
    this.pump();
  }

  /** Resolves when every queued job has finished. */
  idle(): Promise<void> {
    if (this.running === 0 && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.jobs.length > 0) {
      const job = this.jobs.shift()!;
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
