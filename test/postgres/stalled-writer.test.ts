// A process stalled inside a write transaction (frozen, paused, stopped by Ctrl-Z) holds the
// write lock every other instance waits for. The server ends such a session after the store's
// idle-in-transaction limit, so the others carry on; a transaction that only pauses briefly
// commits as usual. Runs only in the suite's PostgreSQL project (see vitest.config.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, migrateToLatest, openStore, writeTransaction } from '../../src/store/index.ts';
import { releaseTestDatabase, testDatabase, testStoreLocation } from '../fixtures/engine-harness.ts';

const LIMIT_MS = 600;
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A migrated store for one test, and where other "instances" open it. */
async function store() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-stalled-'));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  const db = await testDatabase(dir);
  cleanup.push(() => releaseTestDatabase(dir), () => db.destroy());
  await migrateToLatest(db);
  const open = (idleInTransactionMs?: number) => {
    const other = openStore(testStoreLocation(dir), idleInTransactionMs ? { idleInTransactionMs } : {});
    cleanup.push(() => other.destroy());
    return other;
  };
  return { db, open };
}

const record = (subject: string) => ({ actor: 'system', action: 'test.write', subject, data: {} });

describe('a writer stalled inside its transaction on PostgreSQL', () => {
  it('has its session ended by the server after the limit; another instance then writes', async () => {
    const { db, open } = await store();
    const stalled = open(LIMIT_MS);
    let thaw!: () => void;
    const frozen = new Promise<void>((resolve) => (thaw = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const stalledWrite = writeTransaction(stalled, async (trx) => {
      await appendAudit(trx, record('stalled'), new Date());
      entered();
      await frozen; // holds the write lock and sends nothing, as a frozen process would
    }).then(() => 'committed', () => 'ended');
    await inside;

    const started = Date.now();
    await writeTransaction(open(), (trx) => appendAudit(trx, record('other instance'), new Date()));
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(LIMIT_MS - 100); // it did wait for the lock
    expect(waited).toBeLessThan(10_000);

    thaw();
    expect(await stalledWrite).toBe('ended'); // the thawed writer's transaction is gone, not committed late
    const subjects = (await db.selectFrom('audit_log').select('subject').where('action', '=', 'test.write').execute()).map((r) => r.subject);
    expect(subjects).toEqual(['other instance']);
  }, 20_000);

  it('commits a transaction that pauses for less than the limit', async () => {
    const { db, open } = await store();
    const pausing = open(LIMIT_MS);
    await writeTransaction(pausing, async (trx) => {
      await appendAudit(trx, record('paused briefly'), new Date());
      await new Promise((resolve) => setTimeout(resolve, LIMIT_MS / 3));
    });
    const subjects = (await db.selectFrom('audit_log').select('subject').where('action', '=', 'test.write').execute()).map((r) => r.subject);
    expect(subjects).toEqual(['paused briefly']);
  });

  it('ends a stalled session after a minute on a store opened without a limit', async () => {
    const { open } = await store();
    const { rows } = await sql<{ limit: string }>`select current_setting('idle_in_transaction_session_timeout') as limit`.execute(open());
    expect(rows[0]?.limit).toBe('1min');
  });
});
