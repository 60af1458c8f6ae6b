import { afterEach, describe, expect, it } from 'vitest';
import { DAILY_BACKUP, Harness, issuedAt } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

describe('occurrences', () => {
  it('a daily 09:00 Monday–Friday Europe/London attestation keeps 09:00 local across the March DST change, and skips Easter', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-03-25T00:00:00Z');
    const reports = await h.runUntil('2026-04-07T12:00:00Z');
    expect(issuedAt(reports)).toEqual([
      '2026-03-25T09:00:00.000Z ann,bob,cat,dev', // Wed, GMT
      '2026-03-26T09:00:00.000Z ann,bob,cat,dev',
      '2026-03-27T09:00:00.000Z ann,bob,cat,dev',
      '2026-03-30T08:00:00.000Z ann,bob,cat,dev', // Mon, BST from Sun 29 March
      '2026-03-31T08:00:00.000Z ann,bob,cat,dev',
      '2026-04-01T08:00:00.000Z ann,bob,cat,dev',
      '2026-04-02T08:00:00.000Z ann,bob,cat,dev',
      // Fri 3 April (Good Friday) and Mon 6 April (Easter Monday) are bank holidays: skipped
      '2026-04-07T08:00:00.000Z ann,bob,cat,dev',
    ]);
  });

  it('ticking every 5 minutes issues the same prompts at the same instants as ticking at each event', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-03-27T06:00:00Z');
    const seen: string[] = [];
    for (let t = Date.parse('2026-03-27T06:00:00Z'); t <= Date.parse('2026-03-30T12:00:00Z'); t += 5 * 60_000) {
      h.clock.set(new Date(t));
      const report = await h.tick();
      if (report.issued.length) seen.push(`${report.at.toISOString()} ${report.issued.length}`);
    }
    expect(seen).toEqual(['2026-03-27T09:00:00.000Z 4', '2026-03-30T08:00:00.000Z 4']);
  });

  it('skips the office\'s own days off', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-12-23T00:00:00Z');
    const reports = await h.runUntil('2026-12-31T12:00:00Z');
    expect(issuedAt(reports).map((l) => l.slice(0, 10))).toEqual(['2026-12-23', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('moves an occurrence to the next or previous working day when the attestation says so', async () => {
    h = await Harness.open(`  - id: monthly
    question: Monthly check done?
    schedule: "0 10 1 * *"
    nonWorkingDays: next-working-day
    audience: { people: [ann] }
    window: P3D
  - id: month-end
    question: Month-end check done?
    schedule: "0 15 28 * *"
    nonWorkingDays: previous-working-day
    audience: { people: [ann] }
    window: P2D
`, '2026-07-30T00:00:00Z');
    const reports = await h.runUntil('2026-11-30T00:00:00Z');
    const issued = reports.flatMap((r) => r.issued.map((i) => `${i.attestationId} ${r.at.toISOString()} for ${i.occurrence.toISOString()}`));
    expect(issued).toEqual([
      'monthly 2026-08-03T09:00:00.000Z for 2026-08-01T09:00:00.000Z', // Sat 1 Aug → Mon 3 Aug, 10:00 BST
      'month-end 2026-08-28T14:00:00.000Z for 2026-08-28T14:00:00.000Z', // Fri, as scheduled
      'monthly 2026-09-01T09:00:00.000Z for 2026-09-01T09:00:00.000Z',
      'month-end 2026-09-28T14:00:00.000Z for 2026-09-28T14:00:00.000Z',
      'monthly 2026-10-01T09:00:00.000Z for 2026-10-01T09:00:00.000Z',
      'month-end 2026-10-28T15:00:00.000Z for 2026-10-28T15:00:00.000Z', // GMT again from Sun 25 October
      'monthly 2026-11-02T10:00:00.000Z for 2026-11-01T10:00:00.000Z', // Sun 1 Nov → Mon 2 Nov, 10:00 GMT
      'month-end 2026-11-27T15:00:00.000Z for 2026-11-28T15:00:00.000Z', // Sat 28 Nov → Fri 27 Nov
    ]);
  });

  it('schedules in each person\'s own timezone when asked to', async () => {
    const base = (await import('../fixtures/engine-harness.ts')).ENGINE_BASE.replace(
      '{ id: dev, name: Dev Patel, email: dev@acme.example, roles: [staff], manager: ann }',
      '{ id: dev, name: Dev Patel, email: dev@acme.example, roles: [staff], manager: ann, timezone: America/New_York }',
    );
    h = await Harness.open(`  - id: local
    question: Morning check?
    schedule: "0 9 * * 1-5"
    timezone: person
    nonWorkingDays: keep
    audience: { people: [ann, dev] }
    window: PT4H
`, '2026-11-23T00:00:00Z', base);
    const reports = await h.runUntil('2026-11-23T20:00:00Z');
    expect(issuedAt(reports)).toEqual(['2026-11-23T09:00:00.000Z ann', '2026-11-23T14:00:00.000Z dev']);
  });
});

describe('catch-up after downtime', () => {
  it('issues the latest occurrence once and records the ones missed while down, without sending them', async () => {
    h = await Harness.open(DAILY_BACKUP.replace('window: PT8H', 'window: PT12H'), '2026-11-23T09:00:00Z'); // Monday
    expect((await h.tick()).issued).toHaveLength(4);
    h.clock.set('2026-11-26T09:30:00Z'); // down all Tuesday and Wednesday; back on Thursday
    const report = await h.tick();
    expect(report.issued.map((i) => i.occurrence.toISOString())).toEqual(Array(4).fill('2026-11-26T09:00:00.000Z'));
    expect(report.recordedMissed.map((m) => m.occurrence.toISOString()).sort()).toEqual([
      ...Array(4).fill('2026-11-24T09:00:00.000Z'), ...Array(4).fill('2026-11-25T09:00:00.000Z'),
    ]);
    const prompts = await h.db.selectFrom('prompts').select(['occurrence', 'status']).orderBy('occurrence').execute();
    expect(prompts.map((p) => `${p.occurrence.slice(0, 10)} ${p.status}`)).toEqual([
      ...Array(4).fill('2026-11-23 missed'), ...Array(4).fill('2026-11-24 missed'), ...Array(4).fill('2026-11-25 missed'), ...Array(4).fill('2026-11-26 open'),
    ]);
    const sent = await h.db.selectFrom('outbox').innerJoin('prompts', 'prompts.id', 'outbox.prompt_id').select('prompts.occurrence').where('outbox.dedupe_key', 'like', 'prompt:%').execute();
    expect(sent.map((s) => s.occurrence.slice(0, 10)).sort()).toEqual([...Array(4).fill('2026-11-23'), ...Array(4).fill('2026-11-26')]);
    expect((await h.tick()).issued).toEqual([]);
  });

  it('on first start issues only an occurrence whose window is still open, and records nothing before', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-25T18:00:00Z'); // Wednesday, after the 17:00 close
    const first = await h.tick();
    expect(first.issued).toEqual([]);
    expect(first.recordedMissed).toEqual([]);
    h.clock.set('2026-11-26T09:00:00Z');
    expect((await h.tick()).issued).toHaveLength(4);
  });
});
