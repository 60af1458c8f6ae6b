import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadership, migrateToLatest, openStore, type Leadership } from '../../src/store/index.ts';
import { releaseTestDatabase, testDatabase, testStoreLocation } from '../fixtures/engine-harness.ts';

const dirs: string[] = [];
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  for (const dir of dirs.splice(0)) {
    await releaseTestDatabase(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh store and `n` instances' leaderships on it, each with its own connection pool. */
async function instances(n: number): Promise<Leadership[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-leadership-'));
  dirs.push(dir);
  const first = await testDatabase(dir);
  cleanup.push(() => first.destroy());
  await migrateToLatest(first); // the leadership epoch is kept in the store
  return Array.from({ length: n }, () => {
    const db = openStore(testStoreLocation(dir));
    const leadership = createLeadership(db);
    cleanup.push(() => db.destroy(), () => leadership.release());
    return leadership;
  });
}

describe('leadership on PostgreSQL', () => {
  it('goes to exactly one instance, and passes on when the leader lets go', async () => {
    const [a, b, c] = (await instances(3)) as [Leadership, Leadership, Leadership];
    expect(await a.check()).toBe(true);
    expect(await Promise.all([b.check(), c.check()])).toEqual([false, false]);
    expect(await a.check()).toBe(true); // a leader that checks again stays the leader
    expect(await b.check()).toBe(false);
    await a.release();
    expect(a.isLeader).toBe(false);
    const next = await Promise.all([b.check(), c.check()]);
    expect(next.filter(Boolean)).toHaveLength(1);
  });

  it('is held per store: firms in separate schemas of one database each have a leader', async () => {
    // One after the other: kysely's migrator, run at once in two schemas of one database, can see the other's lock table.
    const [one] = (await instances(1)) as [Leadership];
    const [two] = (await instances(1)) as [Leadership];
    expect(await one.check()).toBe(true);
    expect(await two.check()).toBe(true);
  });
});
