import { afterEach, describe, expect, it } from 'vitest';
import { buildStatus, Engine, recordAnswer, renderPayload, type OutboxPayload } from '../../src/attestations/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import type { Card } from '../../src/messages.ts';
import { findPrompt, pendingMessages, policyAsks, verifyAudit } from '../../src/store/index.ts';
import { statusText } from '../../src/app/status-text.ts';
import { ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

/** The workspace with a versioned backup policy (`version`, `text`, `changes` as given). */
const base = (policy: string) => ENGINE_BASE.replace('  - { id: backups, title: Backups, text: We back up daily. }', `  - ${policy}`);
const V1 = '{ id: backups, title: Backups, version: 1, text: "We back up every night to a second site." }';
const V1_TYPO = '{ id: backups, title: Backups, version: 1, text: "We back up every night to a second site (offsite)." }';
const V2 = '{ id: backups, title: Backups, version: 2, changes: "restores are tested monthly", text: "We back up every night to a second site and test a restore each month.", link: "https://acme.example/policies/backups" }';

/** Everyone reads and accepts the backup policy: yearly on 4 January, within two weeks, chased. */
const ACCEPT = `  - id: accept-backups
    question: Please read {policy} ({version}) and confirm
    schedule: "0 9 4 1 *"
    audience: { roles: [staff] }
    answer: acknowledge
    policy: backups
    window: P14D
    reminders: [P3D]
    escalation:
      - { after: P7D, to: manager }
`;

const STAFF = ['ann', 'bob', 'cat', 'dev'];

async function reconfigure(policy: string): Promise<Engine> {
  const config = parseConfig(base(policy) + ACCEPT, 'engine-test.yaml');
  h.engine.reconfigure(config);
  return h.engine;
}

async function accept(person: string, promptId: string) {
  return recordAnswer(h.db, h.engine, { promptId, personId: person, value: 'yes', channel: 'shell' }, h.clock.now());
}

const issuedTo = (report: { issued: { assigneeId: string }[] }) => report.issued.map((i) => i.assigneeId).sort();

describe('policies staff read and accept', () => {
  it('someone away when a version is asked for is asked once back, not excused for good: nobody else accepts a policy for them', async () => {
    const away = base(V1).replace('attestations:', 'absences:\n  - { person: cat, from: 2026-11-20, until: 2026-11-25, delegate: dev }\nattestations:');
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', away);
    expect(issuedTo(await h.tick())).toEqual(['ann', 'bob', 'dev']);
    h.clock.set('2026-11-25T12:00:00Z');
    expect((await h.tick()).issued).toEqual([]); // still away
    h.clock.set('2026-11-26T09:00:00Z');
    const back = await h.tick();
    expect(issuedTo(back)).toEqual(['cat']);
    expect((await findPrompt(h.db, back.issued[0]!.promptId))!.policy).toEqual({ id: 'backups', version: '1' });
    h.clock.set('2026-11-27T09:00:00Z');
    expect((await h.tick()).issued).toEqual([]); // asked once
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('a yearly ask while someone is away is excused, never sent to their delegate, and asked of them once back', async () => {
    const away = base(V1).replace('attestations:', 'absences:\n  - { person: cat, from: 2027-01-01, until: 2027-01-08, delegate: dev }\nattestations:');
    h = await Harness.open(ACCEPT, '2027-01-04T08:00:00Z', away);
    await h.runUntil('2027-01-08T12:00:00Z');
    const cats = await h.db.selectFrom('prompts').select(['status', 'delegate_id']).where('assignee_id', '=', 'cat').execute();
    expect(cats.length).toBeGreaterThan(0);
    expect(cats.every((p) => p.status === 'excused' && p.delegate_id === null)).toBe(true);
    h.clock.set('2027-01-11T09:00:00Z');
    expect(issuedTo(await h.tick())).toEqual(['cat']);
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('asks everyone for the version in force, records acceptances per version, asks nobody for a minor change and everyone for a new version', async () => {
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(V1));
    const first = await h.tick();
    expect(issuedTo(first)).toEqual(STAFF);
    const asked = first.issued.find((i) => i.assigneeId === 'ann')!.promptId;
    const prompt = (await findPrompt(h.db, asked))!;
    expect(prompt.question).toBe('Please read Backups (v1) and confirm');
    expect(prompt.policy).toEqual({ id: 'backups', version: '1' });

    h.clock.set('2026-11-23T10:00:00Z');
    for (const person of ['ann', 'bob']) await accept(person, first.issued.find((i) => i.assigneeId === person)!.promptId);
    await expect(recordAnswer(h.db, h.engine, { promptId: asked, personId: 'ann', value: 'no', reason: 'x', channel: 'shell' }, h.clock.now()))
      .rejects.toThrow(/not an answer to this question/);

    // A wording fix under the same stated version: nobody is asked.
    await reconfigure(V1_TYPO);
    h.clock.set('2026-11-24T09:00:00Z');
    expect((await h.tick()).issued).toEqual([]);

    // Version 2: everyone is asked again, those who accepted v1 too.
    await reconfigure(V2);
    h.clock.set('2026-11-25T09:00:00Z');
    const second = await h.tick();
    expect(issuedTo(second)).toEqual(STAFF);
    const v2 = (await findPrompt(h.db, second.issued.find((i) => i.assigneeId === 'cat')!.promptId))!;
    expect(v2.question).toBe('Please read Backups (v2: restores are tested monthly) and confirm');
    expect(v2.policy).toEqual({ id: 'backups', version: '2' });
    h.clock.set('2026-11-25T11:00:00Z');
    await accept('cat', v2.id);
    expect((await h.tick()).issued).toEqual([]); // the same version again asks nobody
    // Dev's v1 ask, still open, is no longer chased: only the v2 asks are reminded.
    const reminded = (await h.runUntil('2026-11-30T10:00:00Z')).flatMap((r) => r.reminders.map((x) => x.promptId));
    expect(reminded).toContain(second.issued.find((i) => i.assigneeId === 'dev')!.promptId);
    expect(reminded).not.toContain(first.issued.find((i) => i.assigneeId === 'dev')!.promptId);

    const asks = await policyAsks(h.db, ['backups']);
    const acceptances = asks.filter((a) => a.accepted).map((a) => `${a.personId} v${a.version} ${a.accepted!.at.toISOString()}`);
    expect(acceptances).toEqual(['ann v1 2026-11-23T10:00:00.000Z', 'bob v1 2026-11-23T10:00:00.000Z', 'cat v2 2026-11-25T11:00:00.000Z']);

    // Status: who has not accepted the current version, since when, and what they accepted before.
    const status = await buildStatus(h.db, h.engine, {}, h.clock.now());
    expect(status.policies).toEqual([expect.objectContaining({ id: 'backups', version: '2', label: 'v2', audience: 4, accepted: 1 })]);
    expect(status.policies[0]!.pending.map((p) => [p.id, p.since?.toISOString(), p.lastAccepted?.version])).toEqual([
      ['ann', '2026-11-25T09:00:00.000Z', '1'], ['bob', '2026-11-25T09:00:00.000Z', '1'], ['dev', '2026-11-25T09:00:00.000Z', undefined],
    ]);
    const text = statusText(status, h.engine.directory);
    expect(text).toContain('Backups v2: 1/4 accepted');
    expect(text).toContain('not yet: Ann Lee (asked Wed 25 Nov, not accepted since; last accepted v1 on Mon 23 Nov)');
    expect(text).toContain('not yet: Dev Patel (asked Wed 25 Nov, not accepted since)');
  });

  it('the card shows the version, what changed, the text and the link, with one accept button; reminders and escalation chase it', async () => {
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(V2));
    await h.tick();
    const message = (await pendingMessages(h.db, h.clock.now())).find((m) => m.recipient.id === 'dev')!;
    const card = renderPayload(message.payload as OutboxPayload, await findPrompt(h.db, message.promptId!), h.engine) as Card;
    expect(card.title).toBe('Please read Backups (v2: restores are tested monthly) and confirm');
    expect(card.fields).toEqual(expect.arrayContaining([{ label: 'Version', value: 'v2' }, { label: 'What changed', value: 'restores are tested monthly' }]));
    expect(card.howTo).toEqual({ instructions: 'We back up every night to a second site and test a restore each month.', link: 'https://acme.example/policies/backups' });
    expect(card.buttons).toEqual([{ actionId: 'answer:yes', label: 'I have read it and accept', value: message.promptId, style: 'primary' }]);

    const chased = await h.runUntil('2026-12-01T09:00:00Z');
    expect(chased.flatMap((r) => r.reminders.map((x) => x.assigneeId)).sort()).toEqual(STAFF);
    expect(chased.flatMap((r) => r.escalations.map((x) => `${x.promptId.split('/')[1]}→${x.recipientId}`)).sort())
      .toEqual(['person:ann→compliance', 'person:bob→ann', 'person:cat→bob', 'person:dev→ann']);
  });

  it('asks again every year, and status shows who has not re-accepted since the new ask', async () => {
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(V1));
    const first = await h.tick();
    h.clock.set('2026-11-23T10:00:00Z');
    for (const i of first.issued) await accept(i.assigneeId, i.promptId);
    expect((await buildStatus(h.db, h.engine, {}, h.clock.now())).policies[0]).toEqual(expect.objectContaining({ accepted: 4, pending: [] }));

    const year = (await h.runUntil('2027-01-04T09:00:00Z')).flatMap((r) => r.issued);
    expect(year.map((i) => `${i.assigneeId} ${i.occurrence.toISOString()}`).sort()).toEqual(STAFF.map((p) => `${p} 2027-01-04T09:00:00.000Z`));
    h.clock.set('2027-01-04T11:00:00Z');
    await accept('bob', year.find((i) => i.assigneeId === 'bob')!.promptId);
    const status = await buildStatus(h.db, h.engine, {}, h.clock.now());
    expect(status.policies[0]).toEqual(expect.objectContaining({ version: '1', accepted: 1 }));
    expect(status.policies[0]!.pending.map((p) => [p.id, p.since?.toISOString(), p.lastAccepted?.at.toISOString()])).toEqual([
      ['ann', '2027-01-04T09:00:00.000Z', '2026-11-23T10:00:00.000Z'],
      ['cat', '2027-01-04T09:00:00.000Z', '2026-11-23T10:00:00.000Z'],
      ['dev', '2027-01-04T09:00:00.000Z', '2026-11-23T10:00:00.000Z'],
    ]);
  });

  it('someone added to the audience is asked for the version in force; those who accepted it are not asked again', async () => {
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(V1));
    const first = await h.tick();
    h.clock.set('2026-11-23T10:00:00Z');
    for (const i of first.issued) await accept(i.assigneeId, i.promptId);
    const withEve = base(V1).replace('suppliers:', '  - { id: eve, name: Eve Long, email: eve@acme.example, roles: [staff], manager: bob }\nsuppliers:') + ACCEPT;
    h.engine.reconfigure(parseConfig(withEve, 'engine-test.yaml'));
    h.clock.set('2026-11-30T09:00:00Z');
    expect(issuedTo(await h.tick())).toEqual(['eve']);
    h.clock.set('2026-11-30T09:05:00Z');
    expect((await h.tick()).issued).toEqual([]);
  });

  it('the version an acceptance is of is sealed: verify vouches for it, and names the field when it is rewritten', async () => {
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(V1));
    const first = await h.tick();
    h.clock.set('2026-11-23T10:00:00Z');
    const cat = first.issued.find((i) => i.assigneeId === 'cat')!.promptId;
    await accept('cat', cat);
    expect((await verifyAudit(h.db)).problems).toEqual([]);
    await h.db.updateTable('prompts').set({ policy_version: '2' }).where('id', '=', cat).execute();
    const { ok, problems } = await verifyAudit(h.db);
    expect(ok).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ kind: 'row-edited', table: 'prompts', key: cat, fields: [expect.objectContaining({ field: 'policy_version', chain: '1', table: '2' })] })]);
  });

  it('without a stated version, any change to the text is a new version (a hash of it), and everyone is asked again', async () => {
    const unversioned = (text: string) => `{ id: backups, title: Backups, text: "${text}" }`;
    h = await Harness.open(ACCEPT, '2026-11-23T09:00:00Z', base(unversioned('We back up nightly.')));
    const first = await h.tick();
    const version = (await findPrompt(h.db, first.issued[0]!.promptId))!.policy!.version;
    expect(version).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect((await findPrompt(h.db, first.issued[0]!.promptId))!.question).toBe(`Please read Backups (version ${version.slice(7)}) and confirm`);
    h.engine.reconfigure(parseConfig(base(unversioned('We back up nightly and weekly.')) + ACCEPT, 'engine-test.yaml'));
    h.clock.set('2026-11-24T09:00:00Z');
    expect(issuedTo(await h.tick())).toEqual(STAFF);
  });
});
