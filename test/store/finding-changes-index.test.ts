import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { migrateToLatest, openSqlite } from '../../src/store/index.ts';
import { FINDING_CHANGES } from '../../src/store/migrations/0015-finding-changes-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-finding-index-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// The package reads a finding's audit records by this condition; SQLite uses a partial index only
// for a query whose condition is the index's own, so a change to either would scan the chain again.
it('the finding changes are read through the partial index, not by a scan of the chain', async () => {
  const db = openSqlite({ file: join(dir, 'v.db') });
  await migrateToLatest(db);
  const plan = await sql<{ detail: string }>`explain query plan select seq, data from audit_log where ${sql.raw(FINDING_CHANGES)} order by seq`.execute(db);
  expect(plan.rows.map((r) => r.detail)).toEqual(['SCAN audit_log USING INDEX audit_log_finding_changes']);
  await db.destroy();
});
