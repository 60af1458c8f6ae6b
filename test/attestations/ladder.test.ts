import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness, QUARTERLY_GDPR } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

/** Every row of every table, to compare states. */
async function snapshot(harness: Harness) {
  const tables: (keyof Database)[] = ['people', 'prompts', 'answers', 'notices', 'outbox', 'findings', 'schedule_cursors', 'engine_state', 'audit_log'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await harness.db.selectFrom(t).selectAll().execute()] as const)));
}

describe('reminders, escalation and closing', () => {
  it('each fires once, at its instant: reminder, manager, compliance channel, then missed', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z'); // Monday
    const reports = await h.runUntil('2026-11-23T20:00:00Z');
    // Tick every 5 minutes over the same day as well: nothing may fire twice.
    for (let t = Date.parse('2026-11-23T20:00:00Z'); t <= Date.parse('2026-11-23T23:00:00Z'); t += 300_000) {
      h.clock.set(new Date(t));
      await h.tick();
    }
    expect(reports.filter((r) => r.reminders.length).map((r) => r.at.toISOString())).toEqual(['2026-11-23T11:00:00.000Z']);
    expect(reports.filter((r) => r.missed.length).map((r) => `${r.at.toISOString()} ${r.missed.length}`)).toEqual(['2026-11-23T17:00:00.000Z 4']);
    const notices = await h.db
      .selectFrom('notices').innerJoin('prompts', 'prompts.id', 'notices.prompt_id')
      .select(['prompts.assignee_id', 'notices.kind', 'notices.step', 'notices.target', 'notices.recipient_id', 'notices.created_at'])
      .where('prompts.assignee_id', '=', 'cat').orderBy('notices.created_at').orderBy('notices.kind').execute();
    expect(notices).toEqual([
      { assignee_id: 'cat', kind: 'reminder', step: 1, target: 'assignee', recipient_id: 'cat', created_at: '2026-11-23T11:00:00.000Z' },
      { assignee_id: 'cat', kind: 'escalation', step: 1, target: 'manager', recipient_id: 'bob', created_at: '2026-11-23T13:00:00.000Z' },
      { assignee_id: 'cat', kind: 'escalation', step: 2, target: 'compliance-channel', recipient_id: 'compliance', created_at: '2026-11-23T15:00:00.000Z' },
      { assignee_id: 'cat', kind: 'missed', step: 0, target: 'assignee', recipient_id: 'cat', created_at: '2026-11-23T17:00:00.000Z' },
    ]);
    const messages = await h.db.selectFrom('outbox').select(['dedupe_key', 'recipient_kind', 'recipient_id', 'message']).where('prompt_id', 'in',
      h.db.selectFrom('prompts').select('id').where('assignee_id', '=', 'cat')).orderBy('created_at').execute();
    // Escalations are delivered one message per recipient and tick (a digest): Bob's at 13:00 is
    // about Cat alone, so it names her prompt; the channel's at 15:00 lists all four people.
    expect(messages.map((m) => `${m.dedupe_key.split(':')[0]} → ${m.recipient_kind}:${m.recipient_id}`)).toEqual([
      'prompt → person:cat', 'reminder → person:cat', 'escalations → person:bob',
    ]);
    expect(JSON.parse(messages[2]!.message).message.items.map((i: { text: string }) => i.text)).toEqual([
      'For your attention: Cat Jones has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00).',
    ]);
    const digests = await h.db.selectFrom('outbox').select(['dedupe_key', 'message']).where('dedupe_key', 'like', 'escalations:%').orderBy('created_at').orderBy('dedupe_key').execute();
    expect(digests.map((d) => `${d.dedupe_key} ${JSON.parse(d.message).message.items.length}`)).toEqual([
      'escalations:channel:compliance:2026-11-23T13:00:00.000Z 1', // Ann has no manager
      'escalations:person:ann:2026-11-23T13:00:00.000Z 2', // Bob and Dev
      'escalations:person:bob:2026-11-23T13:00:00.000Z 1', // Cat
      'escalations:channel:compliance:2026-11-23T15:00:00.000Z 4',
    ]);
    const prompt = await h.db.selectFrom('prompts').selectAll().where('assignee_id', '=', 'cat').executeTakeFirstOrThrow();
    expect(prompt).toMatchObject({ status: 'missed', closed_at: '2026-11-23T17:00:00.000Z', next_action_at: null });
  });

  it('someone with no manager escalates straight to the compliance channel', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
    await h.runUntil('2026-11-23T14:00:00Z');
    const annEscalation = await h.db.selectFrom('outbox').select(['recipient_kind', 'recipient_id']).where('dedupe_key', 'like', 'escalations:%')
      .where('prompt_id', 'in', h.db.selectFrom('prompts').select('id').where('assignee_id', '=', 'ann')).execute();
    expect(annEscalation).toEqual([{ recipient_kind: 'channel', recipient_id: 'compliance' }]);
  });

  it('counts escalation delays in working hours when the step says so', async () => {
    h = await Harness.open(`  - id: friday
    question: Friday check?
    schedule: "0 16 * * 5"
    audience: { people: [cat] }
    window: P4D
    escalation:
      - { after: PT4H, to: manager, workingHours: true }
`, '2026-11-27T15:00:00Z'); // Friday; Monday 30 November is a working day
    const reports = await h.runUntil('2026-12-01T00:00:00Z');
    // 16:00–17:30 on Friday is 1.5 working hours; the other 2.5 run from 09:00 on Monday.
    expect(reports.filter((r) => r.escalations.length).map((r) => r.at.toISOString())).toEqual(['2026-11-30T11:30:00.000Z']);
  });

  it('a repeated tick changes nothing', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
    for (const at of ['2026-11-23T09:00:00Z', '2026-11-23T11:00:00Z', '2026-11-23T15:30:00Z', '2026-11-23T17:00:00Z']) {
      h.clock.set(at);
      const first = await h.tick();
      expect(first.issued.length + first.reminders.length + first.escalations.length + first.missed.length).toBeGreaterThan(0);
      const before = await snapshot(h);
      const again = await h.tick();
      expect(again).toMatchObject({ issued: [], recordedMissed: [], reminders: [], escalations: [], missed: [] });
      expect(await snapshot(h)).toEqual(before);
    }
  });

  it('a checklist over the suppliers someone uses lists exactly those, and skips people who use none', async () => {
    h = await Harness.open(`  - id: two-factor
    question: Is two-factor authentication on for each of your accounts?
    schedule: "0 10 2 * *"
    nonWorkingDays: next-working-day
    audience: { roles: [staff] }
    answer: checklist
    checklist: suppliers-used
    window: P5D
`, '2026-12-02T09:59:00Z');
    h.clock.set('2026-12-02T10:00:00Z');
    const report = await h.tick();
    expect(report.issued.map((i) => i.assigneeId).sort()).toEqual(['bob', 'cat']);
    const prompts = await h.db.selectFrom('prompts').select(['assignee_id', 'checklist']).orderBy('assignee_id').execute();
    expect(prompts).toEqual([{ assignee_id: 'bob', checklist: '["Xero","Dropbox"]' }, { assignee_id: 'cat', checklist: '["Xero"]' }]);
  });

  it('asks per-supplier questions of each supplier\'s owner, naming the supplier', async () => {
    h = await Harness.open(QUARTERLY_GDPR, '2027-01-04T09:00:00Z');
    h.clock.set('2027-01-04T10:00:00Z'); // 1 Jan is a bank holiday and 2–3 Jan a weekend
    const report = await h.tick();
    const prompts = await h.db.selectFrom('prompts').select(['subject_kind', 'subject_id', 'assignee_id', 'question']).orderBy('subject_id').execute();
    expect(report.issued).toHaveLength(2);
    expect(prompts).toEqual([
      { subject_kind: 'supplier', subject_id: 'dropbox', assignee_id: 'cat', question: "Is Dropbox's GDPR statement on file?" },
      { subject_kind: 'supplier', subject_id: 'xero', assignee_id: 'bob', question: "Is Xero's GDPR statement on file?" },
    ]);
  });
});
