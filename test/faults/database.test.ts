import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_LIMITS, recordAnswer } from '../../src/attestations/index.ts';
import { openSqlite, migrateToLatest, writeTransaction, appendAudit, verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

describe('database trouble', () => {
  it('retries a write that finds the database locked beyond the busy timeout', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    const file = join(h.dir, 'vigil.db');
    const impatient = openSqlite({ file, busyTimeoutMs: 20 });
    await migrateToLatest(impatient);
    // Another process holds the write lock for 300 ms: far beyond the 20 ms busy timeout.
    const other = new SqliteDatabase(file);
    other.exec('begin immediate');
    setTimeout(() => other.exec('commit'), 300);
    const started = Date.now();
    await writeTransaction(impatient, (trx) => appendAudit(trx, { actor: 'test', action: 'after.the.lock' }, new Date()));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((await impatient.selectFrom('audit_log').select('action').execute()).map((r) => r.action)).toContain('after.the.lock');
    other.close();
    await impatient.destroy();
  });

  it('a full disk gives a clear error, writes nothing, and leaves the database sound', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    // SQLite's page limit makes the file unable to grow, as a full disk would.
    const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(h.db)).rows[0]!.page_count);
    await sql.raw(`pragma max_page_count = ${pages}`).execute(h.db);
    const before = await h.count('audit_log');
    // A reason at the server's limit in four-byte characters (8 kB): more than a page holds, so it needs new pages.
    const reason = '😀'.repeat(FIELD_LIMITS.reason);
    const attempt = recordAnswer(h.db, h.engine, { promptId: 'backup/person:cat/2026-11-23T09:00:00.000Z', personId: 'cat', value: 'no', reason, channel: 'shell' }, h.clock.now());
    await expect(attempt).rejects.toMatchObject({ code: 'store_error', message: expect.stringMatching(/^the database cannot grow: the disk \(or its size limit\) is full\. Nothing was written/) });
    expect(await h.count('answers')).toBe(0);
    expect(await h.count('audit_log')).toBe(before);
    expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(h.db)).rows).toEqual([{ integrity_check: 'ok' }]);
    expect((await verifyAudit(h.db)).ok).toBe(true);
    // Once there is room again, the same answer goes in.
    await sql`pragma max_page_count = 1073741823`.execute(h.db);
    await recordAnswer(h.db, h.engine, { promptId: 'backup/person:cat/2026-11-23T09:00:00.000Z', personId: 'cat', value: 'no', reason, channel: 'shell' }, h.clock.now());
    expect(await h.count('answers')).toBe(1);
  });
});
