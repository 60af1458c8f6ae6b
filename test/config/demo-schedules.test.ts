// Issue 21: the demo workspace (what `npm start` opens without credentials) runs schedules a firm
// would keep. A simulated five weeks over Christmas, on the engine with a FakeClock: no reminder,
// escalation or miss outside working hours, and no window that needs quiet hours to move its close.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar, type TickReport } from '../../src/attestations/index.ts';
import { closeOf } from '../../src/attestations/ladder.ts';
import { DEMO_CONFIG } from '../../src/cli/context.ts';
import { Harness } from '../fixtures/engine-harness.ts';

const DEMO = readFileSync(DEMO_CONFIG, 'utf8');
let h: Harness;
let reports: TickReport[];
let calendar: WorkCalendar;

beforeAll(async () => {
  h = await Harness.open('', '2026-11-30T08:00:00Z', DEMO, 'sqlite'); // Monday 30 November
  calendar = new WorkCalendar(h.config.organisation);
  reports = await h.runUntil('2027-01-09T00:00:00Z');
}, 120_000);
afterAll(() => h?.close());

/** "HH:MM" of an instant in the office's timezone. */
const hhmm = (at: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe('the demo workspace\'s schedules, over five weeks and Christmas', () => {
  it('runs: prompts are issued and some go unanswered (nobody answers in this simulation)', () => {
    expect(reports.flatMap((r) => r.issued).length).toBeGreaterThan(100);
    expect(reports.flatMap((r) => r.escalations).length).toBeGreaterThan(20);
  });

  it('reminds and escalates only in working hours on working days (no weekend, no bank holiday, no evening)', () => {
    const outside = reports
      .filter((r) => r.reminders.length || r.escalations.length)
      .map((r) => r.at)
      .filter((at) => !calendar.isWorkingDay(calendar.dateOf(at)) || hhmm(at) < '09:00' || hhmm(at) > '17:30')
      .map((at) => at.toISOString());
    expect(outside).toEqual([]);
  });

  it('misses (closes) only on working days', () => {
    const off = reports.filter((r) => r.missed.length).map((r) => r.at).filter((at) => !calendar.isWorkingDay(calendar.dateOf(at)));
    expect(off.map((at) => at.toISOString())).toEqual([]);
  });

  it('declares windows that never end on a weekend by themselves (only a holiday run moves a close)', async () => {
    const prompts = await h.db.selectFrom('prompts').select(['attestation_id', 'occurrence', 'issued_at', 'closes_at']).execute();
    // An occurrence moved off a holiday (Friday 25th's scan, asked on the 23rd) is the calendar's doing, not the window's.
    const onTheirDay = prompts.filter((p) => p.occurrence === p.issued_at);
    const weekend = onTheirDay.filter((p) => {
      const attestation = h.config.attestations.find((a) => a.id === p.attestation_id)!;
      const declared = closeOf(attestation, new Date(p.issued_at)); // the window as written, not moved
      return ['Sat', 'Sun'].includes(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short' }).format(declared));
    });
    expect(onTheirDay.length).toBeGreaterThan(100);
    expect(weekend).toEqual([]);
    // Over Christmas (24th to 31st the office's days off, then New Year's Day) closes do move, to 4 January.
    expect(prompts.some((p) => p.closes_at.startsWith('2027-01-04'))).toBe(true);
  });
});
