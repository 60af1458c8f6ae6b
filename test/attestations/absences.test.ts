import { afterEach, describe, expect, it } from 'vitest';
import { statusText } from '../../src/app/status-text.ts';
import { declareAbsence, endAbsence } from '../../src/attestations/absences.ts';
import { buildStatus, recordAnswer } from '../../src/attestations/index.ts';
import { listAudit, verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h.close());

const backup = (person: string, day: string) => `backup/person:${person}/${day}T09:00:00.000Z`;

/** The DAILY_BACKUP workspace with `absences` (YAML list items) after it. */
const withAbsences = (absences: string) => `${DAILY_BACKUP}absences:\n${absences}`;

async function promptRow(id: string) {
  return h.db.selectFrom('prompts').select(['status', 'excused_by', 'delegate_id', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Outbox messages about a prompt, as (kind of payload, recipient). */
async function messagesAbout(promptId: string) {
  const rows = await h.db.selectFrom('outbox').select(['recipient_id', 'message']).where('prompt_id', '=', promptId).execute();
  return rows.map((r) => ({ to: r.recipient_id, kind: (JSON.parse(r.message) as { kind: string }).kind }));
}

describe('absences', () => {
  it('a vigil.yaml absence: nothing asked, reminded or escalated about the person; each occurrence excused, counted apart in status', async () => {
    h = await Harness.open(withAbsences('  - { person: dev, from: 2026-11-24, until: 2026-11-25 }\n'), '2026-11-23T08:00:00Z');
    await h.runUntil('2026-11-26T18:00:00Z');
    for (const day of ['2026-11-24', '2026-11-25']) {
      expect(await promptRow(backup('dev', day))).toMatchObject({ status: 'excused', excused_by: 'vigil.yaml:dev:2026-11-24..2026-11-25', delegate_id: null });
      expect(await messagesAbout(backup('dev', day))).toEqual([]);
      expect(await h.db.selectFrom('notices').select('kind').where('prompt_id', '=', backup('dev', day)).execute()).toEqual([]);
    }
    // Before and after, Dev is asked and chased as usual.
    expect((await promptRow(backup('dev', '2026-11-23'))).status).toBe('missed');
    expect((await promptRow(backup('dev', '2026-11-26'))).status).toBe('missed');
    expect(h.reports.flatMap((r) => r.excused).map((e) => e.promptId)).toEqual([backup('dev', '2026-11-24'), backup('dev', '2026-11-25')]);

    const report = await buildStatus(h.db, h.engine, { viewer: 'ann' }, h.clock.now());
    const dev = report.record.find((p) => p.id === 'dev')!;
    expect(dev).toMatchObject({ closed: 2, onTime: 0, excused: 2, attestations: [{ id: 'backup', closed: 2, missed: 2, excused: 2 }] });
    expect(statusText(report, h.engine.directory)).toContain('Dev Patel: 2 of 2 backup missed; 2 excused (away); 0% on time');
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('an absence declared in chat with a delegate: the delegate is asked and reminded, nobody escalated; their answer is recorded on the absent person\'s behalf', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T18:00:00Z');
    await h.tick();
    // Bob, Cat's manager, records her away on Tuesday with Dev covering, from Slack.
    await declareAbsence(h.db, h.engine.directory, {
      personId: 'cat', from: new Date('2026-11-24T00:00:00Z'), until: new Date('2026-11-25T00:00:00Z'), delegateId: 'dev', declaredBy: 'bob', channel: 'slack',
    }, h.clock.now());
    const stored = await h.db.selectFrom('absences').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ person_id: 'cat', delegate_id: 'dev', declared_by: 'bob', channel: 'slack', declared_at: '2026-11-23T18:00:00.000Z', ended_at: null });
    expect((await listAudit(h.db)).find((r) => r.action === 'absence.declared')).toMatchObject({ actor: 'bob', subject: 'cat' });

    await h.runUntil('2026-11-24T16:00:00Z');
    const tuesday = backup('cat', '2026-11-24');
    expect(await promptRow(tuesday)).toMatchObject({ status: 'open', delegate_id: 'dev' });
    // Asked of Dev, reminded to Dev; no escalation at 13:00 or 15:00 about someone away.
    expect(await messagesAbout(tuesday)).toEqual([{ to: 'dev', kind: 'prompt' }, { to: 'dev', kind: 'reminder' }]);

    const outcome = await recordAnswer(h.db, h.engine, { promptId: tuesday, personId: 'dev', value: 'yes', channel: 'teams' }, h.clock.now());
    expect(outcome.status).toBe('recorded');
    expect(await h.db.selectFrom('answers').select(['answered_by', 'value', 'channel']).where('prompt_id', '=', tuesday).execute()).toEqual([{ answered_by: 'dev', value: 'yes', channel: 'teams' }]);
    const audit = (await listAudit(h.db)).find((r) => r.action === 'answer.recorded' && r.subject === tuesday)!;
    expect(audit.data).toMatchObject({ onBehalfOf: 'cat' });
    // Someone neither assignee, named delegate nor covering may still not answer.
    await expect(recordAnswer(h.db, h.engine, { promptId: backup('dev', '2026-11-24'), personId: 'cat', value: 'yes', channel: 'shell' }, h.clock.now())).rejects.toThrow(/only Dev Patel/);
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('a prompt open when someone leaves is not chased, and closes excused, not missed', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    h.clock.set('2026-11-23T09:30:00Z');
    await declareAbsence(h.db, h.engine.directory, { personId: 'dev', from: h.clock.now(), until: new Date('2026-11-24T00:00:00Z'), declaredBy: 'dev', channel: 'shell' }, h.clock.now());
    await h.runUntil('2026-11-23T18:00:00Z');
    const monday = backup('dev', '2026-11-23');
    expect(await promptRow(monday)).toMatchObject({ status: 'excused', excused_by: expect.any(String) });
    expect(await messagesAbout(monday)).toEqual([{ to: 'dev', kind: 'prompt' }]); // asked before leaving; nothing after
    expect((await promptRow(backup('cat', '2026-11-23'))).status).toBe('missed'); // others as usual
  });

  it('an escalation due to a manager who is away goes to the compliance channel instead', async () => {
    h = await Harness.open(withAbsences('  - { person: bob, from: 2026-11-23, until: 2026-11-23 }\n'), '2026-11-23T08:00:00Z');
    await h.runUntil('2026-11-23T14:00:00Z');
    const escalations = await h.db.selectFrom('notices').select(['step', 'target', 'recipient_id']).where('prompt_id', '=', backup('cat', '2026-11-23')).where('kind', '=', 'escalation').execute();
    expect(escalations).toEqual([{ step: 1, target: 'compliance-channel', recipient_id: 'compliance' }]);
    expect(await messagesAbout(backup('cat', '2026-11-23'))).not.toContainEqual(expect.objectContaining({ to: 'bob' }));
  });

  it('back ends an absence: from then on the person is asked again; what was excused stays excused', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T18:00:00Z');
    await h.tick();
    await declareAbsence(h.db, h.engine.directory, { personId: 'dev', from: new Date('2026-11-24T00:00:00Z'), until: new Date('2026-11-27T00:00:00Z'), declaredBy: 'dev', channel: 'teams' }, h.clock.now());
    await h.runUntil('2026-11-25T08:00:00Z');
    const ended = await endAbsence(h.db, 'dev', 'dev', 'teams', h.clock.now());
    expect(ended).toMatchObject([{ personId: 'dev', until: new Date('2026-11-25T08:00:00Z'), endedBy: 'dev' }]);
    await h.runUntil('2026-11-25T10:00:00Z');
    expect((await promptRow(backup('dev', '2026-11-24'))).status).toBe('excused');
    expect(await promptRow(backup('dev', '2026-11-25'))).toMatchObject({ status: 'open', excused_by: null });
    expect(await messagesAbout(backup('dev', '2026-11-25'))).toEqual([{ to: 'dev', kind: 'prompt' }]);
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('status lists who is away, and when they are back', async () => {
    h = await Harness.open(withAbsences('  - { person: cat, from: 2026-11-30, until: 2026-12-04, delegate: dev }\n'), '2026-11-23T09:00:00Z');
    await h.tick();
    const report = await buildStatus(h.db, h.engine, { viewer: 'bob' }, h.clock.now());
    expect(report.away).toMatchObject([{ id: 'cat', delegateId: 'dev' }]);
    expect(statusText(report, h.engine.directory)).toContain('  Cat Jones: from Mon 30 Nov until the end of Fri 4 Dec, Dev Patel covering');
    // Dev's own status does not name Cat's leave.
    expect((await buildStatus(h.db, h.engine, { viewer: 'dev' }, h.clock.now())).away).toEqual([]);
  });

  it('an ask about a supplier\'s date excused by the owner\'s absence is asked again once its window is over, not dropped', async () => {
    const review = `  - id: statement-review
    question: "Is {supplier}'s GDPR statement reviewed? Its review is due {due}."
    schedule: 30 days before each supplier's statement review is due
    audience: { suppliers: all }
    window: P14D
`;
    const base = ENGINE_BASE.replace('reviewDue: 2026-01-31', 'reviewDue: 2026-12-20').replace('attestations:\n', 'absences:\n  - { person: bob, from: 2026-11-19, until: 2026-11-27 }\nattestations:\n');
    h = await Harness.open(review, '2026-11-16T09:00:00Z', base);
    const first = await h.runUntil('2026-11-20T10:00:00Z');
    expect(first.flatMap((r) => r.excused).map((e) => e.assigneeId)).toEqual(['bob']);
    expect(first.flatMap((r) => r.issued)).toEqual([]);
    // Nothing more while the excused ask's window runs; then Bob (back by now) is asked.
    expect((await h.runUntil('2026-12-04T08:00:00Z')).flatMap((r) => [...r.issued, ...r.excused])).toEqual([]);
    const again = await h.runUntil('2026-12-04T10:00:00Z');
    expect(again.flatMap((r) => r.issued).map((i) => i.assigneeId)).toEqual(['bob']);
  });
});
