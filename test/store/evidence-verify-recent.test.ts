import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/store/index.ts';
import { verifyRecent } from '../../src/store/evidence-verify-recent.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
  await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'disk full' });
  await h.runUntil('2026-11-24T10:00:00Z');
  await h.answerBackup('cat', '2026-11-24', 'no', { reason: 'tape jammed', channel: 'slack' });
});
afterEach(() => h.close());

const RECENT = 4; // the newest records: Tuesday's answer (its seals, answer.recorded) and what came just before

describe('checking the newest records and the rows they seal', () => {
  it('passes an untouched database, names the records checked and counts the rows', async () => {
    const all = await verifyAudit(h.db);
    const result = await verifyRecent(h.db, RECENT);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, records: RECENT, after: all.records - RECENT, through: all.records, head: all.head });
    expect(result.tables.find((t) => t.table === 'answers')!.rows).toBe(1);
    expect(result.totalRows).toBe(all.tables.reduce((n, t) => n + t.rows, 0));
  });

  it('names a row those records seal that was edited (table, key, field, both values) or deleted', async () => {
    await h.db.updateTable('answers').set({ reason: 'all fine' }).where('answered_by', '=', 'cat').execute();
    const finding = await h.db.selectFrom('findings').select('id').where('assignee_id', '=', 'cat').executeTakeFirstOrThrow();
    await h.db.deleteFrom('findings').where('id', '=', finding.id).execute();
    const result = await verifyRecent(h.db, RECENT);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'row-edited', table: 'answers', fields: [{ field: 'reason', chain: 'tape jammed', table: 'all fine' }] }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'row-deleted', table: 'findings', key: finding.id }));
  });

  it('names an edited record among them, and a broken link to the record before them', async () => {
    const last = await h.db.selectFrom('audit_log').select(['seq']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await h.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', last.seq).execute();
    await h.db.updateTable('audit_log').set({ hash: 'f'.repeat(64) }).where('seq', '=', Number(last.seq) - RECENT).execute();
    const result = await verifyRecent(h.db, RECENT);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'edited', seq: Number(last.seq) }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'broken-link', seq: Number(last.seq) - RECENT + 1 }));
  });

  it('does not see an edit to a row sealed before them: what it leaves unchecked, as its callers must say', async () => {
    await h.db.updateTable('answers').set({ reason: 'all fine' }).where('answered_by', '=', 'dev').execute();
    expect((await verifyRecent(h.db, RECENT)).ok).toBe(true);
    expect((await verifyAudit(h.db)).ok).toBe(false);
  });
});
