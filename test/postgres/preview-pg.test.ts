// `vigil preview` on PostgreSQL (issue 21): the store's tables are read into an in-memory copy in
// one transaction and the engine plans there; the PostgreSQL schema is left exactly as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { TABLES_IN_ORDER, migrateToLatest, type Database } from '../../src/store/index.ts';
import { ENGINE_BASE, releaseTestDatabase, testDatabase, testStoreLocation } from '../fixtures/engine-harness.ts';

let dir: string;
let db: Kysely<Database>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-preview-pg-'));
  db = await testDatabase(dir);
  await migrateToLatest(db);
  writeFileSync(join(dir, 'vigil.yaml'), `${ENGINE_BASE}  - id: daily
    question: Is all of today's client work saved to the shared drive?
    schedule: "0 16 * * 1-5"
    audience: { people: [cat] }
    window: P1D
    reminders: [PT2H]
    escalation:
      - { after: P1D, to: manager }
`);
});
afterEach(async () => {
  await db.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--db', testStoreLocation(dir)], {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: dir, stdin: Readable.from(['']), output: new PassThrough(),
  });
  return { code, stdout, stderr };
}

/** Every row of every table, as text: any write changes it. */
async function everything(): Promise<string> {
  const all: string[] = [];
  for (const table of TABLES_IN_ORDER) {
    const rows = await (db as Kysely<any>).selectFrom(table).selectAll().execute();
    all.push(table, ...rows.map((row: Record<string, unknown>) => JSON.stringify(row, Object.keys(row).sort())).sort());
  }
  return all.join('\n');
}

describe('vigil preview on PostgreSQL', () => {
  it('plans a Friday prompt\'s weekend from the PostgreSQL store, and writes nothing to it', async () => {
    const tick = await cli(['tick', '--now', '2026-11-27T16:00:00Z']);
    expect(tick.stdout, tick.stderr).toContain('1 issued');
    const before = await everything();
    const result = await cli(['preview', '--now', '2026-11-27T16:05:00Z', '--to', '2026-11-30', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as { events: { at: string; kind: string; recipientId: string }[] };
    expect(plan.events.map((e) => `${e.at} ${e.kind} ${e.recipientId}`)).toEqual([
      '2026-11-30T09:00:00.000Z reminder cat',
      '2026-11-30T09:00:00.000Z escalation bob',
      '2026-11-30T16:00:00.000Z prompt cat',
      '2026-11-30T16:00:00.000Z missed cat',
    ]);
    expect(await everything()).toBe(before);
  });
});
