import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markEventProcessed, migrateToLatest, PROCESSED_EVENT_TTL_MS, pruneProcessedEvents, type Database } from '../../src/store/index.ts';
import { releaseTestDatabase, testDatabase } from '../fixtures/engine-harness.ts';

let dir: string;
let db: Kysely<Database>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-events-'));
  db = await testDatabase(dir, join(dir, 'vigil.db'));
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

describe('processed platform events', () => {
  it('are kept long enough to ignore a retried delivery, then forgotten so the table does not grow for ever', async () => {
    const now = new Date('2026-11-30T09:00:00Z');
    const at = (ms: number) => new Date(now.getTime() - ms);
    expect(await markEventProcessed(db, 'slack', 'Ev-old', at(PROCESSED_EVENT_TTL_MS + 60_000))).toBe(true);
    expect(await markEventProcessed(db, 'slack', 'Ev-recent', at(5 * 60_000))).toBe(true);
    expect(await pruneProcessedEvents(db, at(PROCESSED_EVENT_TTL_MS))).toBe(1);
    // A repeat of the recent one is still recognised; the old id is gone.
    expect(await markEventProcessed(db, 'slack', 'Ev-recent', now)).toBe(false);
    expect(await db.selectFrom('processed_events').select('event_id').execute()).toEqual([{ event_id: 'Ev-recent' }]);
    expect(await pruneProcessedEvents(db, at(PROCESSED_EVENT_TTL_MS))).toBe(0);
  });
});
