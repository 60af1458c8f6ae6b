// The outbox backlog that /readyz and /metrics read. Runs on SQLite and again on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDue, enqueue, markSent, migrateToLatest, type Database, type NewOutboxMessage } from '../../src/store/index.ts';
import { outboxBacklog } from '../../src/store/outbox-backlog.ts';
import { releaseTestDatabase, testDatabase } from '../fixtures/engine-harness.ts';

let dir: string;
let db: Kysely<Database>;
const at = (iso: string) => new Date(iso);
const note = (key: string, failedBecause?: string): NewOutboxMessage => ({
  dedupeKey: key, recipient: { kind: 'person', id: 'ann' }, promptId: null, payload: { kind: 'text', text: key }, ...(failedBecause ? { failedBecause } : {}),
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-backlog-'));
  db = await testDatabase(dir);
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

describe('outbox backlog', () => {
  it('is empty on an empty outbox', async () => {
    expect(await outboxBacklog(db, at('2026-11-23T09:00:00Z'))).toEqual({ depth: 0, oldestAgeSeconds: 0 });
  });

  it('counts pending and claimed messages, not sent or failed ones, and ages the oldest of them', async () => {
    await enqueue(db, [note('first')], at('2026-11-23T09:00:00Z'));
    await enqueue(db, [note('second'), note('gone', 'the person removed the app')], at('2026-11-23T09:01:00Z'));
    await enqueue(db, [note('third')], at('2026-11-23T09:02:00Z'));
    expect(await outboxBacklog(db, at('2026-11-23T09:05:00Z'))).toEqual({ depth: 3, oldestAgeSeconds: 300 });
    // The oldest is claimed (being sent): still waiting. Once sent, the next oldest counts.
    const [claimed] = await claimDue(db, { claimer: 'a', epoch: 1 }, at('2026-11-23T09:05:00Z'), 1);
    expect(await outboxBacklog(db, at('2026-11-23T09:05:00Z'))).toEqual({ depth: 3, oldestAgeSeconds: 300 });
    await markSent(db, claimed!.id, { ts: '1' }, at('2026-11-23T09:05:01Z'), { claimer: 'a', epoch: 1 });
    expect(await outboxBacklog(db, at('2026-11-23T09:06:00Z'))).toEqual({ depth: 2, oldestAgeSeconds: 300 });
  });
});
