import { afterEach, describe, expect, it } from 'vitest';
import { buildStatus, recordAnswer, resolveFinding } from '../../src/attestations/index.ts';
import { statusText } from '../../src/app/status-text.ts';
import { findingsOfPeriod } from '../../src/store/evidence-queries.ts';
import { findFinding, listAudit, openFindings, unansweredPrompts } from '../../src/store/index.ts';
import { BOB_TWO_FACTOR, DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

async function promptOf(assignee: string, attestation = 'backup') {
  const prompt = (await unansweredPrompts(h.db, [assignee])).find((p) => p.attestationId === attestation);
  if (!prompt) throw new Error(`no ${attestation} prompt for ${assignee}`);
  return prompt;
}

const answer = (input: Omit<Parameters<typeof recordAnswer>[2], 'channel'>) => recordAnswer(h.db, h.engine, { channel: 'shell', ...input }, h.clock.now());

/** Messages queued that say a finding was closed, as (recipient, text). */
async function closureMessages() {
  const rows = await h.db.selectFrom('outbox').select(['recipient_id', 'message', 'prompt_id']).where('dedupe_key', 'like', 'finding-closed:%').orderBy('recipient_id').execute();
  return rows.map((r) => ({ to: r.recipient_id, promptId: r.prompt_id, text: (JSON.parse(r.message) as { message: { text: string } }).message.text }));
}

async function closureNotices() {
  return h.db.selectFrom('notices').select(['prompt_id', 'target', 'recipient_id']).where('kind', '=', 'finding-closed').orderBy('step').execute();
}

/** Messages queued about a No, as "recipient: text". */
async function noMessages() {
  const rows = await h.db.selectFrom('outbox').select(['recipient_kind', 'recipient_id', 'message']).where((eb) => eb.or([eb('dedupe_key', 'like', 'no-answer:%'), eb('dedupe_key', 'like', 'finding-opened:%')]))
    .orderBy('recipient_kind').orderBy('recipient_id').execute();
  return rows.map((r) => `${r.recipient_kind}:${r.recipient_id}: ${(JSON.parse(r.message) as { message: { text: string } }).message.text}`);
}

describe('the compliance channel is where findings are posted (issue 21)', () => {
  it('a No that opens a finding goes to the manager and to the compliance channel', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    await answer({ promptId: (await promptOf('cat')).id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    expect(await noMessages()).toEqual([
      expect.stringMatching(/^channel:compliance: Cat Jones answered No to "Did today's backup complete\?": the NAS was full\. A finding is open/),
      expect.stringMatching(/^person:bob: Cat Jones answered No to "Did today's backup complete\?": the NAS was full\. A finding is open/),
    ]);
  });

  it('someone with no manager: the channel is told once', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    await answer({ promptId: (await promptOf('ann')).id, personId: 'ann', value: 'no', reason: 'away' });
    expect(await noMessages()).toEqual([expect.stringMatching(/^channel:compliance: Ann Lee answered No/)]);
  });

  it('a No that opens no finding (onNo.openFinding: false) goes to the manager only', async () => {
    h = await Harness.open(DAILY_BACKUP.replace('    policy: backups\n', '    policy: backups\n    onNo: { requireReason: true, openFinding: false, notifyManager: true }\n'), '2026-11-23T09:00:00Z');
    await h.tick();
    await answer({ promptId: (await promptOf('cat')).id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    expect(await noMessages()).toEqual([expect.stringMatching(/^person:bob: Cat Jones answered No/)]);
  });

  it('a finding opened without telling the manager (onNo.notifyManager: false) still reaches the channel', async () => {
    h = await Harness.open(DAILY_BACKUP.replace('    policy: backups\n', '    policy: backups\n    onNo: { requireReason: true, openFinding: true, notifyManager: false }\n'), '2026-11-23T09:00:00Z');
    await h.tick();
    await answer({ promptId: (await promptOf('cat')).id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    expect(await noMessages()).toEqual([expect.stringMatching(/^channel:compliance: Cat Jones answered No/)]);
  });
});

describe('findings close only when someone closes them', () => {
  it('a Yes to a later occurrence does not close a No; it is shown beside the finding ("passed since")', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const monday = await promptOf('cat');
    await answer({ promptId: monday.id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    const [finding] = await openFindings(h.db);

    h.clock.set('2026-11-24T09:00:00Z');
    await h.tick();
    const yes = await answer({ promptId: (await promptOf('cat')).id, personId: 'cat', value: 'yes' });
    expect(yes).toMatchObject({ status: 'recorded', compliant: true, findingsResolved: [] });
    expect((await openFindings(h.db)).map((f) => f.id)).toEqual([finding!.id]);
    expect(await closureMessages()).toEqual([]);

    const status = await buildStatus(h.db, h.engine, { viewer: 'bob' }, h.clock.now());
    expect(status.findings).toMatchObject([{ id: finding!.id, passedSince: new Date('2026-11-24T09:00:00Z') }]);
    expect(statusText(status, h.engine.directory)).toContain('passed since Tue 24 Nov');
  });

  it('a second No to the same prompt keeps the one finding open', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const monday = await promptOf('cat');
    await answer({ promptId: monday.id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    h.clock.set('2026-11-23T10:00:00Z');
    const again = await answer({ promptId: monday.id, personId: 'cat', value: 'no', reason: 'the NAS was full; ordered a disk' });
    expect(again).toMatchObject({ status: 'recorded', findingOpened: false });
    expect(await h.count('findings')).toBe(1);
  });

  it('the assignee changing that same answer to Yes closes it: the evidence says who, when and how, and the person, their manager and the compliance channel are told', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const monday = await promptOf('cat');
    await answer({ promptId: monday.id, personId: 'cat', value: 'no', reason: 'the NAS was full' });
    const [finding] = await openFindings(h.db);

    h.clock.set('2026-11-23T11:30:00Z');
    const changed = await answer({ promptId: monday.id, personId: 'cat', value: 'yes' });
    expect(changed).toMatchObject({ status: 'recorded', findingsResolved: [finding!.id] });
    expect(await findFinding(h.db, finding!.id)).toMatchObject({
      status: 'resolved', resolvedBy: 'cat', resolvedAt: new Date('2026-11-23T11:30:00Z'), resolutionMethod: 'answer-changed',
      resolution: 'Cat Jones changed the answer to Yes',
    });
    expect(await closureMessages()).toEqual([
      { to: 'bob', promptId: monday.id, text: expect.stringContaining('Cat Jones changed the answer to Yes') },
      { to: 'cat', promptId: monday.id, text: expect.stringContaining('Cat Jones changed the answer to Yes') },
      { to: 'compliance', promptId: monday.id, text: expect.stringContaining('Cat Jones changed the answer to Yes') },
    ]);
    expect(await closureNotices()).toEqual([
      { prompt_id: monday.id, target: 'assignee', recipient_id: 'cat' },
      { prompt_id: monday.id, target: 'manager', recipient_id: 'bob' },
      { prompt_id: monday.id, target: 'compliance-channel', recipient_id: 'compliance' },
    ]);
  });

  it('a manager or compliance resolves it only with a note; the note, who, when and how are kept and the person, their manager and the channel are told', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const monday = await promptOf('cat');
    await answer({ promptId: monday.id, personId: 'cat', value: 'no', reason: 'forgot' });
    const [finding] = await openFindings(h.db);
    for (const note of ['', '   ']) {
      await expect(resolveFinding(h.db, h.engine, finding!.id, 'bob', note, h.clock.now())).rejects.toMatchObject({
        code: 'invalid_answer', message: 'resolving a finding needs a note: say what was done',
      });
    }
    h.clock.set('2026-11-23T15:00:00Z');
    await resolveFinding(h.db, h.engine, finding!.id, 'ann', 'ran the backup by hand', h.clock.now());
    expect(await findFinding(h.db, finding!.id)).toMatchObject({
      status: 'resolved', resolvedBy: 'ann', resolvedAt: new Date('2026-11-23T15:00:00Z'), resolutionMethod: 'resolved', resolution: 'ran the backup by hand',
    });
    expect(await closureMessages()).toEqual([
      { to: 'bob', promptId: monday.id, text: expect.stringContaining('Ann Lee resolved it: ran the backup by hand') },
      { to: 'cat', promptId: monday.id, text: expect.stringContaining('Ann Lee resolved it: ran the backup by hand') },
      { to: 'compliance', promptId: monday.id, text: expect.stringContaining('Ann Lee resolved it: ran the backup by hand') },
    ]);
    expect((await listAudit(h.db)).at(-1)).toMatchObject({ actor: 'ann', action: 'finding.resolved', subject: finding!.id, data: { method: 'resolved', note: 'ran the backup by hand' } });
    expect(await findingsOfPeriod(h.db, new Date('2026-11-23T00:00:00Z'), new Date('2026-11-24T00:00:00Z'))).toMatchObject([{
      id: finding!.id, status: 'resolved', resolvedBy: 'ann', resolvedAt: '2026-11-23T15:00:00.000Z', resolutionMethod: 'resolved', resolution: 'ran the backup by hand',
    }]);
  });
});

describe('a checklist with nothing ticked', () => {
  it('is refused without a reason, whatever the client sent; with a reason it is recorded', async () => {
    h = await Harness.open(BOB_TWO_FACTOR, '2026-11-23T09:00:00Z');
    await h.tick();
    const prompt = await promptOf('bob', 'two-factor');
    for (const checked of [undefined, [] as string[]]) {
      await expect(answer({ promptId: prompt.id, personId: 'bob', value: 'checklist', ...(checked ? { checked } : {}) })).rejects.toMatchObject({
        code: 'invalid_answer', message: 'nothing is ticked: tick what is done, or give a reason why none of it is',
      });
    }
    expect(await h.count('answers')).toBe(0);
    expect(await h.count('findings')).toBe(0);
    const withReason = await answer({ promptId: prompt.id, personId: 'bob', value: 'checklist', checked: [], reason: 'new phone, setting it up today' });
    expect(withReason).toMatchObject({ status: 'recorded', findingOpened: true, answer: { reason: 'new phone, setting it up today', checklist: { Xero: false, Dropbox: false } } });
  });
});
