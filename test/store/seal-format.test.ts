import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../src/store/index.ts';
import { sealEntry, sealGroups } from '../../src/store/seal.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
});
afterEach(() => h.close());

describe('seal records', () => {
  it('join one transaction\'s seals: a No seals its answer, its prompt and the finding in one record, before answer.recorded', async () => {
    const before = await h.db.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirstOrThrow();
    await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'disk full' });
    const records = await h.db.selectFrom('audit_log').select(['seq', 'action', 'data']).where('seq', '>', Number(before.seq)).orderBy('seq').execute();
    expect(records.map((r) => r.action)).toEqual(['seal.batch', 'answer.recorded']);
    const groups = sealGroups(records[0]!.action, records[0]!.data, true)!;
    expect(groups.map((g) => [g.table, g.op])).toEqual([['answers', 'insert'], ['prompts', 'update'], ['findings', 'insert']]);
    // Keys and digests alone, without the values, as verification reads them.
    const bare = sealGroups(records[0]!.action, records[0]!.data, false)!;
    expect(bare.map((g) => g.rows.map((r) => r.length))).toEqual([[2], [2], [2]]);
    expect(groups[0]!.rows[0]![2]).toMatchObject({ value: 'no', reason: 'disk full' });
    expect((await verifyAudit(h.db)).problems).toEqual([]);
  });

  it('in the first format (values inside each row\'s entry) are still understood: an edit is named from them', async () => {
    // A record as written before keys and values were kept apart (what migration 0010 wrote in databases upgraded then).
    const person = await h.db.selectFrom('people').selectAll().where('id', '=', 'cat').executeTakeFirstOrThrow();
    const changed = { ...person, manager_id: 'dev' };
    await h.db.updateTable('people').set({ manager_id: 'dev' }).where('id', '=', 'cat').execute();
    await appendAudit(h.db, { actor: 'system', action: 'seal.update', subject: 'people:cat', data: { table: 'people', rows: [sealEntry('people', changed)] } }, h.clock.now());
    expect((await verifyAudit(h.db)).problems).toEqual([]);
    await h.db.updateTable('people').set({ manager_id: 'ann' }).where('id', '=', 'cat').execute();
    const result = await verifyAudit(h.db);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'row-edited', table: 'people', key: 'cat', fields: [{ field: 'manager_id', chain: 'dev', table: 'ann' }] })]);
  });

  it('a seal record whose values were edited is named as an edited record', async () => {
    await h.answerBackup('cat', '2026-11-23', 'yes');
    const record = await h.db.selectFrom('audit_log').select(['seq', 'data']).where('action', '=', 'seal.batch').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await h.db.updateTable('audit_log').set({ data: record.data.replace('"values":[', '"values":[null,') }).where('seq', '=', record.seq).execute();
    const result = await verifyAudit(h.db);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'edited', seq: Number(record.seq) }));
  });
});
