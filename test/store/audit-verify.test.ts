import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, auditHash, auditHashV1, verifyChain as verifyAudit } from '../../src/store/index.ts';
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

  it('verifies a chain whose older records have the first hash format and newer the current one, and names an edit in either part', async () => {
    // A database from before the current format, upgraded: records 1–3 hashed as they were then, 4–6 as now.
    let prevHash = (await import('../../src/store/index.ts')).GENESIS_HASH;
    for (const row of await h.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) {
      const fields = { seq: Number(row.seq), at: row.at, actor: row.actor, action: row.action, subject: row.subject, data: row.data, prevHash };
      const hash = fields.seq <= 3 ? auditHashV1(fields) : auditHash(fields);
      await h.db.updateTable('audit_log').set({ prev_hash: prevHash, hash }).where('seq', '=', row.seq).execute();
      prevHash = hash;
    }
    const rows = await h.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => auditHashV1({ seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, subject: r.subject, data: r.data, prevHash: r.prev_hash }) === r.hash)).toEqual([true, true, true, false, false, false]);
    expect(await verifyAudit(h.db)).toMatchObject({ ok: true, records: 6, head: prevHash, problems: [] });

    await h.db.updateTable('audit_log').set({ data: JSON.stringify({ n: 98 }) }).where('seq', '=', 2).execute();
    await h.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 5).execute();
    expect((await verifyAudit(h.db)).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'edited'], [5, 'edited']]);
  });

  it('hashes a record\'s data as stored, so moving text between the data and the other fields changes the hash', () => {
    const fields = { seq: 7, at: '2026-11-23T09:00:00.000Z', actor: 'amy', action: 'event', subject: 's', data: '{"n":1}', prevHash: '0'.repeat(64) };
    expect(auditHash(fields)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(fields)).not.toBe(auditHashV1(fields));
    expect(auditHash({ ...fields, subject: 's"]\n{"n":1}', data: '' })).not.toBe(auditHash(fields));
    expect(auditHash({ ...fields, data: '{"n":1} ' })).not.toBe(auditHash(fields));
  });
});
