import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/attestations/index.ts';
import { main } from '../../src/cli.ts';
import { forgetPerson } from '../../src/evidence/retention.ts';
import { TABLES_IN_ORDER, appendAudit, copyStore, type Database } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness, releaseTestDatabase, testDatabase, testStoreLocation } from '../fixtures/engine-harness.ts';

let h: Harness;
let dir: string;
let target: Kysely<Database>;

beforeEach(async () => {
  // A SQLite store with a fortnight of history: prompts, answers (one "No"), findings, reminders,
  // escalations, a leaver forgotten, and the audit chain over all of it.
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z', undefined, 'sqlite');
  await h.runUntil('2026-11-23T10:00:00Z');
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:dev/2026-11-23T09:00:00.000Z', personId: 'dev', value: 'no', reason: 'disk full', channel: 'shell' }, h.clock.now());
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:cat/2026-11-23T09:00:00.000Z', personId: 'cat', value: 'yes', channel: 'slack' }, h.clock.now());
  await h.runUntil('2026-12-04T18:00:00Z');
  await forgetPerson(h.db, 'bob', h.clock.now());
  dir = mkdtempSync(join(tmpdir(), 'vigil-migrate-'));
  target = await testDatabase(dir); // an empty PostgreSQL schema
});
afterEach(async () => {
  await target.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
  await h.close();
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: h.dir, stdin: Readable.from(['']), output: new PassThrough(),
  });
  return { code, stdout, stderr };
}

/** Every row of every table, in a stable order, as plain values. */
async function everything(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of TABLES_IN_ORDER) {
    const rows = await (db as Kysely<any>).selectFrom(table).selectAll().execute();
    all[table] = rows.map((row: Record<string, unknown>) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return all;
}

describe('vigil migrate-db', () => {
  it('moves every row of a SQLite store into PostgreSQL and proves it', async () => {
    const { code, stdout, stderr } = await cli(['migrate-db', '--db', 'vigil.db', '--to', testStoreLocation(dir)]);
    expect(stderr).toContain('vigil: copied 40 prompts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^vigil: moved \d+ rows from vigil\.db to postgres:\/\/postgres@127\.0\.0\.1:5432\/\S+; every table's count matches and the audit chain verifies \(\d+ records, head [0-9a-f]{64}\)\. Set DATABASE_URL to use it\.\n$/);
    const source = await everything(h.db);
    expect(source.answers).toHaveLength(2);
    expect(source.findings!.length).toBeGreaterThan(0);
    expect(await everything(target)).toEqual(source);

    // The moved store is a working one: the CLI verifies its chain where it now lives.
    const verify = await cli(['audit', 'verify', '--db', testStoreLocation(dir)]);
    expect(verify.stdout).toMatch(/^audit log ok: \d+ records/);
  });

  it('refuses a target that already holds data, and leaves it as it was', async () => {
    expect((await cli(['migrate-db', '--db', 'vigil.db', '--to', testStoreLocation(dir)])).code).toBe(0);
    const before = await everything(target);
    const again = await cli(['migrate-db', '--db', 'vigil.db', '--to', testStoreLocation(dir)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/the target already holds data \(4 people, 40 prompts, .*\); migrate into an empty database/);
    expect(await everything(target)).toEqual(before);
  });

  it('notices a source that changed while it was copied (a bot left running), and says the copy does not match', async () => {
    const copy = await copyStore(h.db, target, async (table) => {
      if (table === 'audit_log') await appendAudit(h.db, { actor: 'amy', action: 'answer.recorded', subject: 'late write' }, h.clock.now());
    });
    expect(copy.ok).toBe(false);
    expect(copy.tables.filter((t) => t.source !== t.target).map((t) => t.table)).toEqual(['audit_log']); // only what changed
    const audit = copy.tables.find((t) => t.table === 'audit_log')!;
    expect(audit.source).toBe(audit.target + 1);
    expect(copy.audit.target.head).not.toBe(copy.audit.source.head);
  });

  it('names what is wrong with its arguments', async () => {
    expect((await cli(['migrate-db', '--db', 'vigil.db'])).stderr).toContain('migrate-db --to wants a postgres:// URL (or DATABASE_URL set to one)');
    expect((await cli(['migrate-db', '--db', 'missing.db', '--to', testStoreLocation(dir)])).stderr).toContain('no SQLite database at missing.db');
  });
});
