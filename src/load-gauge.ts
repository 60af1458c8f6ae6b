/** Whether the HTTP server is busy answering requests: some in flight, or one answered a moment ago. */
export class LoadGauge {
  private count = 0;
  private lastDone = -Infinity;

  private readonly quietMs;
  constructor(quietMs = 50) {
    this.quietMs = quietMs;
  }

  /** Marks a request started; call the returned function when it has been answered. */
  start(): () => void {
    this.count++;
    let done = false;
    return () => {
      if (!done) {
        this.count--;
        this.lastDone = performance.now();
      }
      done = true;
    };
  }

  get inFlight(): number {
    return this.count;
  }

  /** True while requests are in flight or have been within the last `quietMs` (a burst between its requests). */
  get busy(): boolean {
    return this.count > 0 || performance.now() - this.lastDone < this.quietMs;
  }
}
