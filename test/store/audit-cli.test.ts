import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/attestations/index.ts';
import { main } from '../../src/cli.ts';
import type { Database } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness, testStoreLocation } from '../fixtures/engine-harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:dev/2026-11-23T09:00:00.000Z', personId: 'dev', value: 'no', reason: 'disk full', channel: 'shell' }, h.clock.now());
  await h.runUntil('2026-11-23T16:00:00Z');
});
afterEach(() => h.close());

async function verify(...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['audit', 'verify', '--db', testStoreLocation(h.dir), ...flags], {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: h.dir, stdin: Readable.from(['']), output: new PassThrough(),
  });
  return { code, stdout, stderr };
}

type Evidence = 'answers' | 'prompts' | 'findings' | 'notices' | 'people';
const first = async (table: Evidence) => (await h.db.selectFrom(table).selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow()) as Record<string, unknown>;

describe('vigil audit verify over the evidence', () => {
  it('exits 0 on an untouched busy database and says what it checked', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^audit log ok: \d+ records, head [0-9a-f]{64}\nevidence rows checked: people 4, prompts 4, answers 1, findings 1, notices \d+, absences 0; every row bound to the chain from record 1\n$/);
  });

  it.each([
    ['answers', 'reason', 'all fine'],
    ['prompts', 'question', 'Anything?'],
    ['findings', 'status', 'resolved'],
    ['notices', 'kind', 'missed'],
    ['people', 'roles', '["compliance"]'],
  ] as [Evidence, string, string][])('exits 1 naming an edited %s row, its key and field', async (table, field, value) => {
    const row = await first(table);
    await h.db.updateTable(table as keyof Database).set({ [field]: value } as never).where('id' as never, '=', row.id as never).execute();
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${table} ${String(row.id)}: row-edited: ${table} ${String(row.id)} was changed after record`);
    expect(result.stderr).toContain(`${field}: chain ${JSON.stringify(String(row[field]))}, table ${JSON.stringify(value)}`);
    const json = await verify('--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toEqual([expect.objectContaining({ kind: 'row-edited', table, key: row.id, fields: [{ field, chain: String(row[field]), table: value }] })]);
  });

  it.each(['notices', 'findings', 'people'] as Evidence[])('exits 1 naming a deleted %s row', async (table) => {
    const row = await first(table);
    await h.db.deleteFrom(table as keyof Database).where('id' as never, '=', row.id as never).execute();
    const result = await verify('--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([expect.objectContaining({ kind: 'row-deleted', table, key: row.id })]);
  });

  it.each(['answers', 'prompts', 'findings', 'notices', 'people'] as Evidence[])('exits 1 naming a %s row added with no chain record', async (table) => {
    const row = { ...(await first(table)), id: 'forged' } as Record<string, unknown>;
    if (table === 'prompts') row.occurrence = '2026-11-20T09:00:00.000Z';
    if (table === 'notices') row.step = 99;
    if (table === 'answers') row.revision = 99;
    await h.db.insertInto(table as keyof Database).values(row as never).execute();
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${table} forged: row-unsealed: ${table} forged is in the table but no chain record binds it`);
  });
});
