import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyChain as verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
  // The chain on its own (evidence rows are checked against it in evidence-verify.test.ts): six
  // records from the genesis, without the record that sealed the harness's people.
  await h.db.deleteFrom('audit_log').execute();
  for (let i = 1; i <= 6; i++) await appendAudit(h.db, { actor: i % 2 ? 'amy' : 'engine', action: `event.${i}`, subject: `s${i}`, data: { n: i } }, new Date(`2026-11-23T09:0${i}:00Z`));
});
afterEach(() => h.close());

describe('audit verify', () => {
  it('passes an untouched chain and gives its head', async () => {
    const result = await verifyAudit(h.db);
    const last = await h.db.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(result).toEqual({ ok: true, records: 6, head: last.hash, problems: [] });
  });

  it('names an edited record', async () => {
    await h.db.updateTable('audit_log').set({ data: JSON.stringify({ n: 99 }) }).where('seq', '=', 3).execute();
    expect((await verifyAudit(h.db)).problems).toEqual([
      { seq: 3, kind: 'edited', message: 'record 3 (event.3 by amy) was changed after it was written: its hash does not match its contents' },
    ]);
  });

  it('names an edit that recomputed the record\'s own hash: the next record no longer follows it', async () => {
    const { auditHash } = await import('../../src/store/index.ts');
    const row = await h.db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
    const data = JSON.stringify({ n: 99 });
    const hash = auditHash({ seq: 3, at: row.at, actor: row.actor, action: row.action, subject: row.subject, data, prevHash: row.prev_hash });
    await h.db.updateTable('audit_log').set({ data, hash }).where('seq', '=', 3).execute();
    expect((await verifyAudit(h.db)).problems).toEqual([
      { seq: 4, kind: 'broken-link', message: 'record 4 does not follow the record before it (its previous-hash does not match)' },
    ]);
  });

  it('names a deleted record', async () => {
    await h.db.deleteFrom('audit_log').where('seq', '=', 4).execute();
    expect((await verifyAudit(h.db)).problems).toEqual([{ seq: 4, kind: 'deleted', message: 'record 4 is missing before record 5' }]);
    await h.db.deleteFrom('audit_log').where('seq', '=', 6).execute();
    expect((await verifyAudit(h.db)).records).toBe(4); // the newest can go unnoticed here: exports quote the head hash for that
  });

  it('names reordered records', async () => {
    // Swap the contents (and hashes) of records 2 and 3, keeping their sequence numbers.
    const [two, three] = await h.db.selectFrom('audit_log').selectAll().where('seq', 'in', [2, 3]).orderBy('seq').execute();
    const { seq: _2, ...twoRest } = two!;
    const { seq: _3, ...threeRest } = three!;
    await h.db.updateTable('audit_log').set(threeRest).where('seq', '=', 2).execute();
    await h.db.updateTable('audit_log').set(twoRest).where('seq', '=', 3).execute();
    const problems = (await verifyAudit(h.db)).problems;
    expect(problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'edited'], [2, 'reordered'], [3, 'edited'], [3, 'broken-link'], [4, 'broken-link']]);
    expect(problems.find((p) => p.kind === 'reordered')!.message).toBe('record 2 follows record 3, which now comes after it: records were reordered');
  });
});
