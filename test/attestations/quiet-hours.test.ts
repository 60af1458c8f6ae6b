// Issue 21: reminders and escalations wait for their recipient's working hours, a window that
// would close on a non-working day closes on the next working day, and an optional grace
// period delays every escalation step. A FakeClock drives each test (through the harness).
import { afterEach, describe, expect, it } from 'vitest';
import type { TickReport } from '../../src/attestations/index.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

/** A daily check at 16:00 on weekdays, open a day, reminded two hours in, escalated at a day. */
const DAILY_AT_FOUR = (extra = '') => `  - id: daily
    question: Is all of today's client work saved to the shared drive?
    schedule: "0 16 * * 1-5"
    audience: { people: [cat] }
    window: P1D
    reminders: [PT2H]
    escalation:
      - { after: P1D, to: manager }
${extra}`;

/** Every reminder, escalation and miss of one prompt, as "instant kind recipient". */
function eventsOf(reports: TickReport[], promptId: string): string[] {
  return reports.flatMap((r) => [
    ...r.reminders.filter((x) => x.promptId === promptId).map((x) => `${r.at.toISOString()} reminder ${x.assigneeId}`),
    ...r.escalations.filter((x) => x.promptId === promptId).map((x) => `${r.at.toISOString()} escalation ${x.recipientId}`),
    ...r.missed.filter((x) => x.promptId === promptId).map(() => `${r.at.toISOString()} missed`),
  ]);
}

const FRIDAY = 'daily/person:cat/2026-11-27T16:00:00.000Z';
const weekend = (line: string) => /^2026-11-(28|29)/.test(line);

describe('quiet hours', () => {
  it('a Friday daily prompt is neither reminded nor escalated over the weekend: Monday in working hours, and it stays open until Monday', async () => {
    h = await Harness.open(DAILY_AT_FOUR(), '2026-11-27T15:00:00Z'); // Friday 27 November
    const reports = await h.runUntil('2026-12-01T00:00:00Z');
    const all = reports.flatMap((r) => [...r.reminders, ...r.escalations, ...r.missed].map(() => r.at.toISOString()));
    expect(all.filter(weekend)).toEqual([]);
    expect(eventsOf(reports, FRIDAY)).toEqual([
      '2026-11-30T09:00:00.000Z reminder cat', // 18:00 Friday is after hours: 09:00 Monday
      '2026-11-30T09:00:00.000Z escalation bob', // 16:00 Saturday: 09:00 Monday
      '2026-11-30T16:00:00.000Z missed', // the window would have closed on Saturday
    ]);
    const prompt = await h.db.selectFrom('prompts').select(['closes_at', 'status']).where('id', '=', FRIDAY).executeTakeFirstOrThrow();
    expect(prompt).toEqual({ closes_at: '2026-11-30T16:00:00.000Z', status: 'missed' });
    // Bob's escalations are one message per tick, named by the tick: Monday 09:00's holds Cat's Friday check.
    const manager = await h.db.selectFrom('outbox').select(['created_at', 'prompt_id']).where('dedupe_key', 'like', 'escalations:person:bob:%').executeTakeFirstOrThrow();
    expect(manager).toEqual({ created_at: '2026-11-30T09:00:00.000Z', prompt_id: FRIDAY });
  });

  it('quietHours: false keeps the old timing: Friday evening reminder, Saturday escalation and close', async () => {
    h = await Harness.open(DAILY_AT_FOUR('    quietHours: false\n'), '2026-11-27T15:00:00Z');
    const reports = await h.runUntil('2026-12-01T00:00:00Z');
    expect(eventsOf(reports, FRIDAY)).toEqual([
      '2026-11-27T18:00:00.000Z reminder cat',
      '2026-11-28T16:00:00.000Z escalation bob',
      '2026-11-28T16:00:00.000Z missed',
    ]);
  });

  it('an escalation waits for the manager\'s own working hours, in the manager\'s timezone', async () => {
    const base = ENGINE_BASE.replace('roles: [staff, manager], manager: ann,', 'roles: [staff, manager], manager: ann, timezone: America/New_York,');
    expect(base).not.toBe(ENGINE_BASE);
    h = await Harness.open(DAILY_AT_FOUR(), '2026-11-27T15:00:00Z', base);
    const reports = await h.runUntil('2026-12-01T00:00:00Z');
    // 09:00 in New York on Monday is 14:00 UTC; Cat's own reminder keeps London's 09:00.
    expect(eventsOf(reports, FRIDAY)).toEqual([
      '2026-11-30T09:00:00.000Z reminder cat',
      '2026-11-30T14:00:00.000Z escalation bob',
      '2026-11-30T16:00:00.000Z missed',
    ]);
  });

  it('a window closing on a bank holiday run closes on the next working day (Christmas: 24th the office\'s, 25th and 28th bank holidays)', async () => {
    h = await Harness.open(DAILY_AT_FOUR(), '2026-12-23T15:00:00Z'); // Wednesday 23 December
    const reports = await h.runUntil('2026-12-30T00:00:00Z');
    const id = 'daily/person:cat/2026-12-23T16:00:00.000Z';
    expect(eventsOf(reports, id)).toEqual([
      '2026-12-29T09:00:00.000Z reminder cat',
      '2026-12-29T09:00:00.000Z escalation bob',
      '2026-12-29T16:00:00.000Z missed',
    ]);
  });

  it('a ladder already in working hours is unchanged (the daily backup check)', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
    const reports = await h.runUntil('2026-11-24T00:00:00Z');
    expect(eventsOf(reports, 'backup/person:cat/2026-11-23T09:00:00.000Z')).toEqual([
      '2026-11-23T11:00:00.000Z reminder cat', '2026-11-23T13:00:00.000Z escalation bob', '2026-11-23T15:00:00.000Z escalation compliance', '2026-11-23T17:00:00.000Z missed',
    ]);
  });
});

describe('grace before escalation', () => {
  it('delays every escalation step by the grace, keeping the ladder\'s spacing; reminders and the close are unchanged', async () => {
    h = await Harness.open(DAILY_BACKUP.replace('    policy: backups\n', '    policy: backups\n    grace: PT1H\n'), '2026-11-23T08:00:00Z');
    const reports = await h.runUntil('2026-11-24T00:00:00Z');
    expect(eventsOf(reports, 'backup/person:cat/2026-11-23T09:00:00.000Z')).toEqual([
      '2026-11-23T11:00:00.000Z reminder cat', '2026-11-23T14:00:00.000Z escalation bob', '2026-11-23T16:00:00.000Z escalation compliance', '2026-11-23T17:00:00.000Z missed',
    ]);
  });

  it('an answer within the grace means nobody is told', async () => {
    h = await Harness.open(DAILY_BACKUP.replace('    policy: backups\n', '    policy: backups\n    grace: PT1H\n'), '2026-11-23T08:00:00Z');
    await h.runUntil('2026-11-23T13:30:00Z'); // after the step's own 13:00, within the grace
    await h.answerBackup('cat', '2026-11-23', 'yes');
    const reports = await h.runUntil('2026-11-24T00:00:00Z');
    expect(eventsOf([...h.reports], 'backup/person:cat/2026-11-23T09:00:00.000Z').filter((e) => e.includes('escalation'))).toEqual([]);
    expect(reports.length).toBeGreaterThan(0);
  });

  it('a grace that ends after hours waits for working hours too', async () => {
    h = await Harness.open(DAILY_BACKUP.replace('    policy: backups\n', '    policy: backups\n    grace: PT3H\n'), '2026-11-23T08:00:00Z');
    const reports = await h.runUntil('2026-11-25T00:00:00Z');
    // 13:00 + 3h = 16:00 (in hours); 15:00 + 3h = 18:00, after 17:30: 09:00 Tuesday.
    expect(eventsOf(reports, 'backup/person:cat/2026-11-23T09:00:00.000Z').filter((e) => e.includes('escalation'))).toEqual([
      '2026-11-23T16:00:00.000Z escalation bob', '2026-11-24T09:00:00.000Z escalation compliance',
    ]);
  });
});
