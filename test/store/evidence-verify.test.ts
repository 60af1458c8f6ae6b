import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { declareAbsence } from '../../src/attestations/absences.ts';
import { resolveFinding } from '../../src/attestations/index.ts';
import { verifyAudit, type Database } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

/** A busy few days: prompts issued, answered (a No opens a finding; changing that answer to Yes closes it), reminders and escalations sent. */
beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
  await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'disk full' });
  await h.answerBackup('cat', '2026-11-23', 'yes');
  await h.runUntil('2026-11-24T10:00:00Z');
  await h.answerBackup('cat', '2026-11-24', 'no', { reason: 'tape jammed', channel: 'slack' });
  await h.answerBackup('cat', '2026-11-24', 'yes', { channel: 'slack' });
  // Bob is away on Wednesday, declared by his manager in Teams: the absence is evidence too.
  await declareAbsence(h.db, h.engine.directory, { personId: 'bob', from: new Date('2026-11-25T00:00:00Z'), until: new Date('2026-11-26T00:00:00Z'), declaredBy: 'ann', channel: 'teams' }, h.clock.now());
  await h.runUntil('2026-11-24T18:00:00Z');
});
afterEach(() => h.close());

type Evidence = 'answers' | 'prompts' | 'findings' | 'notices' | 'people' | 'absences';

async function anyRow(table: Evidence): Promise<Record<string, unknown>> {
  return (await h.db.selectFrom(table).selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow()) as Record<string, unknown>;
}

describe('evidence verification', () => {
  it('passes an untouched busy database, every table read', async () => {
    const result = await verifyAudit(h.db);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.evidenceChecked).toBe(true);
    expect(result.coverageFrom).toBe(1);
    for (const t of result.tables) expect(t.rows, t.table).toBeGreaterThan(0);
    expect(result.tables.map((t) => t.table).sort()).toEqual(['absences', 'answers', 'findings', 'notices', 'people', 'prompts']);
  });

  const edits: [Evidence, string, string][] = [
    ['answers', 'value', 'na'],
    ['prompts', 'status', 'answered'],
    ['findings', 'reason', 'nothing wrong'],
    ['notices', 'target', 'assignee'],
    ['people', 'manager_id', 'ann'],
    ['absences', 'ends_at', '2026-12-31T00:00:00.000Z'],
  ];

  it.each(edits)('names an edited %s row: table, key, field, the chain\'s value and the table\'s', async (table, field, value) => {
    const row = await anyRow(table);
    const target = row[field] === value ? `${value}-edited` : value;
    await h.db.updateTable(table as keyof Database).set({ [field]: target } as never).where('id' as never, '=', row.id as never).execute();
    const result = await verifyAudit(h.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    const problem = result.problems[0]!;
    expect(problem).toMatchObject({ kind: 'row-edited', table, key: row.id, fields: [{ field, chain: row[field] === null ? null : String(row[field]), table: target }] });
    expect(problem.message).toContain(`${table} ${String(row.id)} was changed`);
    expect(problem.message).toContain(field);
  });

  it('names an edited personal field without writing the old value in clear', async () => {
    await h.db.updateTable('people').set({ email: 'mallory@evil.example' }).where('id', '=', 'bob').execute();
    const [problem] = (await verifyAudit(h.db)).problems;
    expect(problem).toMatchObject({ kind: 'row-edited', table: 'people', key: 'bob', fields: [{ field: 'email' }] });
    expect(JSON.stringify(problem)).not.toContain('bob@acme.example');
  });

  it.each(['answers', 'prompts', 'findings', 'notices', 'people', 'absences'] as Evidence[])('names a deleted %s row', async (table) => {
    // Children first, so foreign keys hold: delete a row nothing refers to.
    const row = table === 'people' ? { id: 'ann' } : await anyRow(table);
    const findings = table === 'answers' ? Number((await h.db.deleteFrom('findings').where('answer_id', '=', row.id as string).executeTakeFirst()).numDeletedRows) : 0;
    if (table === 'prompts') for (const child of ['answers', 'findings', 'notices', 'outbox'] as const) await h.db.deleteFrom(child).where('prompt_id', '=', row.id as string).execute();
    await h.db.deleteFrom(table as keyof Database).where('id' as never, '=', row.id as never).execute();
    const problems = (await verifyAudit(h.db)).problems.filter((p) => p.table === table);
    expect(problems).toEqual([expect.objectContaining({ kind: 'row-deleted', table, key: row.id })]);
    if (table === 'answers') expect((await verifyAudit(h.db)).problems.filter((p) => p.table === 'findings')).toHaveLength(findings); // its finding went with it
    expect(problems[0]!.message).toContain(`${table} ${String(row.id)} was deleted`);
  });

  it.each(['answers', 'prompts', 'findings', 'notices', 'people', 'absences'] as Evidence[])('names a %s row inserted with no chain record', async (table) => {
    const row = await anyRow(table);
    const copy = { ...row, id: `${String(row.id)}-forged` } as Record<string, unknown>;
    if (table === 'prompts') copy.occurrence = '2026-11-20T09:00:00.000Z';
    if (table === 'notices') copy.step = 99;
    if (table === 'answers') copy.revision = 99;
    await h.db.insertInto(table as keyof Database).values(copy as never).execute();
    const result = await verifyAudit(h.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'row-unsealed', table, key: copy.id })]);
    expect(result.problems[0]!.message).toContain('no chain record binds it');
  });

  it('still names chain tampering, beside the rows', async () => {
    await h.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 3).execute();
    const result = await verifyAudit(h.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ seq: 3, kind: 'edited' }));
  });

  it('binds a finding\'s resolution: who resolved it and the note', async () => {
    const [finding] = await h.db.selectFrom('findings').selectAll().where('status', '=', 'open').execute();
    await resolveFinding(h.db, h.engine, finding!.id, 'ann', 'replaced the disk', h.clock.now());
    expect((await verifyAudit(h.db)).ok).toBe(true);
    await h.db.updateTable('findings').set({ resolution: 'never happened' }).where('id', '=', finding!.id).execute();
    expect((await verifyAudit(h.db)).problems).toEqual([expect.objectContaining({ kind: 'row-edited', table: 'findings', fields: [{ field: 'resolution', chain: 'replaced the disk', table: 'never happened' }] })]);
  });
});
