/** The one source of "now". Injected everywhere time matters, so tests and the shell can move it. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move: drives every time-based test and the shell's `advance`. */
export class FakeClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): Date {
    if (ms < 0) throw new RangeError('a clock only moves forward');
    this.current += ms;
    return this.now();
  }

  /** Sets the clock to an instant no earlier than now. */
  set(instant: Date | string): Date {
    return this.advance(new Date(instant).getTime() - this.current);
  }
}
