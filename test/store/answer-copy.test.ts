import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportEvidence } from '../../src/evidence/export.ts';
import { appendAnswer, verifyAudit } from '../../src/store/index.ts';
import { sealRows } from '../../src/store/seal.ts';
import { promptsWithAnswerPages } from '../../src/store/evidence-queries.ts';
import { verifyRecent } from '../../src/store/evidence-verify-recent.ts';
import { forgetPerson } from '../../src/store/retention.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

// A prompt keeps a copy of its latest answer (migration 0014) that exports read instead of the
// answers table. The answers stay the record: these show the copy is written with each answer,
// that verify names any copy that differs from it, and that a prompt without one still exports
// its answers.

let h: Harness;
const MONDAY = 'backup/person:cat/2026-11-23T09:00:00.000Z';
const COPY = ['answer_id', 'answer_revision', 'answered_by', 'answer_value', 'answer_reason', 'answer_checklist', 'answer_text', 'answer_late', 'answer_channel', 'answered_at'] as const;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T09:30:00Z');
  await h.answerBackup('cat', '2026-11-23', 'no', { reason: 'the NAS was full' });
  h.clock.set('2026-11-23T11:00:00Z');
  await h.answerBackup('cat', '2026-11-23', 'yes', { channel: 'slack' });
  await h.answerBackup('dev', '2026-11-23', 'yes');
});
afterEach(() => h.close());

const copyOf = (id: string) => h.db.selectFrom('prompts').select(COPY).where('id', '=', id).executeTakeFirstOrThrow();

async function exports(): Promise<{ csv: string; history: string }> {
  let csv = '';
  const out = new Writable({ write(chunk, _e, done) { csv += String(chunk); done(); } });
  await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-24T00:00:00Z'), format: 'csv', out });
  const history: string[] = [];
  for await (const page of promptsWithAnswerPages(h.db, new Date('2026-11-23T00:00:00Z'), new Date('2026-11-24T00:00:00Z'))) {
    for (const p of page) history.push(`${p.id}: ${p.answers.map((a) => `${a.revision} ${a.value} ${a.reason ?? ''} ${a.channel} ${a.answeredAt}`).join('; ')}`);
  }
  return { csv, history: history.join('\n') };
}

describe("a prompt's copy of its latest answer", () => {
  it('is written with each answer and sealed with the prompt: after a No changed to Yes it holds the Yes, revision 2', async () => {
    const latest = await h.db.selectFrom('answers').selectAll().where('prompt_id', '=', MONDAY).orderBy('revision', 'desc').executeTakeFirstOrThrow();
    expect(await copyOf(MONDAY)).toEqual({
      answer_id: latest.id, answer_revision: 2, answered_by: 'cat', answer_value: 'yes', answer_reason: null, answer_checklist: null, answer_text: null,
      answer_late: 0, answer_channel: 'slack', answered_at: '2026-11-23T11:00:00.000Z',
    });
    expect((await verifyAudit(h.db)).problems).toEqual([]);
    // The package's history still has both revisions: a copy of revision 2 sends it to the answers table.
    expect((await exports()).history).toContain(`${MONDAY}: 1 no the NAS was full shell 2026-11-23T09:30:00.000Z; 2 yes  slack 2026-11-23T11:00:00.000Z`);
  });

  it('verify names a copy that differs from the answers, though both rows are sealed (a write that updated one and not the other)', async () => {
    // A copy rewritten and resealed, as a faulty write path would leave it.
    await h.db.updateTable('prompts').set({ answer_value: 'no' }).where('id', '=', MONDAY).execute();
    await sealRows(h.db, 'prompts', [MONDAY], 'update', { actor: 'engine', now: h.clock.now() });
    // An answer appended (and sealed) without its prompt's copy following it.
    const dev = 'backup/person:dev/2026-11-23T09:00:00.000Z';
    await appendAnswer(h.db, { promptId: dev, answeredBy: 'dev', value: 'no', reason: 'forgot', checklist: null, text: null, late: false, channel: 'shell', answeredAt: h.clock.now() });
    const result = await verifyAudit(h.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'copy-differs', table: 'prompts', key: MONDAY, message: expect.stringContaining('(answer_value)') }),
      expect.objectContaining({ kind: 'copy-differs', table: 'prompts', key: dev, message: expect.stringContaining('revision 2 is later') }),
    ]);
    // The check of the newest records covers the copies of the prompts they seal and of the answers they seal.
    expect((await verifyRecent(h.db, 2)).problems).toEqual([
      expect.objectContaining({ kind: 'copy-differs', key: MONDAY }), expect.objectContaining({ kind: 'copy-differs', key: dev }),
    ]);
    expect((await verifyRecent(h.db, 1)).problems).toEqual([expect.objectContaining({ kind: 'copy-differs', key: dev })]);
  });

  it("verify names a copy whose answer is another prompt's, or not in the answers table at all", async () => {
    const dev = 'backup/person:dev/2026-11-23T09:00:00.000Z';
    const devAnswer = (await copyOf(dev)).answer_id!;
    // Monday's copy made to name dev's answer (whose fields it then also copies), resealed as a faulty write would leave it.
    const devCopy = await copyOf(dev);
    await h.db.updateTable('prompts').set({ ...devCopy, answer_id: devAnswer }).where('id', '=', MONDAY).execute();
    await sealRows(h.db, 'prompts', [MONDAY], 'update', { actor: 'engine', now: h.clock.now() });
    expect((await verifyAudit(h.db)).problems).toEqual([expect.objectContaining({ kind: 'copy-differs', key: MONDAY, message: expect.stringContaining(`the answer is of prompt ${dev}`) })]);
    await h.db.updateTable('prompts').set({ answer_id: 'no-such-answer' }).where('id', '=', MONDAY).execute();
    await sealRows(h.db, 'prompts', [MONDAY], 'update', { actor: 'engine', now: h.clock.now() });
    expect((await verifyAudit(h.db)).problems).toEqual([expect.objectContaining({ kind: 'copy-differs', key: MONDAY, message: expect.stringContaining('names answer no-such-answer, which is not in the answers table') })]);
  });

  it('a prompt without one (answered before migration 0014) exports the same answers, looked up', async () => {
    const withCopies = await exports();
    // As a prompt answered before the migration was left: no copy, sealed without one.
    const ids = (await h.db.selectFrom('prompts').select('id').where('answer_id', 'is not', null).execute()).map((p) => p.id);
    await h.db.updateTable('prompts').set(Object.fromEntries(COPY.map((c) => [c, null]))).where('id', 'in', ids).execute();
    await sealRows(h.db, 'prompts', ids, 'update', { actor: 'engine', now: h.clock.now() });
    expect((await verifyAudit(h.db)).ok).toBe(true);
    const looked = await exports();
    expect(looked.history).toBe(withCopies.history);
    expect(looked.csv.split('\r\n').filter((l) => !l.startsWith('#'))).toEqual(withCopies.csv.split('\r\n').filter((l) => !l.startsWith('#')));
    expect(looked.csv).toContain(',yes,');
  });

  it('forgetting a person pseudonymises who gave the answer in the copy too, and verify still passes', async () => {
    const { pseudonym } = await forgetPerson(h.db, 'cat', h.clock.now());
    const id = MONDAY.replace('person:cat/', `person:${pseudonym}/`);
    expect(await copyOf(id)).toMatchObject({ answered_by: pseudonym, answer_value: 'yes' });
    expect(await h.db.selectFrom('prompts').select('id').where('answered_by', '=', 'cat').execute()).toEqual([]);
    expect((await verifyAudit(h.db)).problems).toEqual([]);
  });
});
