import { describe, expect, it } from 'vitest';
import { accountedForRate, emptyTally, onTimeRate } from '../../src/evidence/package-rates.ts';

describe("the package's rates", () => {
  it('leave an occurrence excused by an absence out of the on-time rate, as status does, and count it accounted for', () => {
    // Five daily checks: three answered on time, two while away.
    const week = { ...emptyTally(), prompts: 5, onTime: 3, done: 3, excused: 2, accountedFor: 5 };
    expect(onTimeRate(week)).toBe(1);
    expect(accountedForRate(week)).toBe(1);
    // One of the three late instead: two of three on time.
    expect(onTimeRate({ ...week, onTime: 2, late: 1 })).toBeCloseTo(2 / 3);
  });

  it('have no on-time rate when every due occurrence was excused, or nothing was due', () => {
    expect(onTimeRate({ ...emptyTally(), prompts: 2, excused: 2, accountedFor: 2 })).toBeNull();
    expect(onTimeRate({ ...emptyTally(), prompts: 1, open: 1 })).toBeNull();
  });
});
