import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, backupSqlite, migrateToLatest, openSqlite, restoreSqlite } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
let dir: string;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
  await h.tick();
  dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('backs up a database that stays open and in use, consistently, with its audit chain intact', async () => {
    // Keep writing while the backup runs.
    const writing = (async () => {
      for (let i = 0; i < 50; i++) await appendAudit(h.db, { actor: 'test', action: 'write.during.backup' }, h.clock.now());
    })();
    const report = await backupSqlite(join(h.dir, 'vigil.db'), join(dir, 'copy.db'));
    await writing;
    expect(report.pages).toBeGreaterThan(0);
    expect(report.audit.ok).toBe(true);
    const copy = openSqlite({ file: join(dir, 'copy.db') });
    try {
      expect((await copy.selectFrom('prompts').select('id').execute()).length).toBe(4);
    } finally {
      await copy.destroy();
    }
    expect(existsSync(join(dir, 'copy.db.partial'))).toBe(false);
  });

  it('restores a backup in place of the database, keeping the old file beside it', async () => {
    await backupSqlite(join(h.dir, 'vigil.db'), join(dir, 'copy.db'));
    const target = join(dir, 'live.db');
    const live = openSqlite({ file: target });
    await migrateToLatest(live);
    await live.destroy();
    const report = await restoreSqlite(join(dir, 'copy.db'), target);
    expect(report.audit.ok).toBe(true);
    const restored = openSqlite({ file: target });
    try {
      expect((await restored.selectFrom('prompts').select('id').execute()).length).toBe(4);
    } finally {
      await restored.destroy();
    }
    expect(existsSync(`${target}.before-restore`)).toBe(true);
  });

  it('refuses to restore a backup whose audit chain was tampered with, or that is not a Vigil database', async () => {
    await backupSqlite(join(h.dir, 'vigil.db'), join(dir, 'copy.db'));
    const copy = openSqlite({ file: join(dir, 'copy.db') });
    await copy.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 1).execute();
    await copy.destroy();
    await expect(restoreSqlite(join(dir, 'copy.db'), join(dir, 'live.db'))).rejects.toThrow(/audit chain does not verify \(record 1 .* was changed/);
    expect(existsSync(join(dir, 'live.db'))).toBe(false);
    const other = openSqlite({ file: join(dir, 'other.db') });
    await other.schema.createTable('t').addColumn('x', 'text').execute();
    await other.destroy();
    await expect(restoreSqlite(join(dir, 'other.db'), join(dir, 'live.db'))).rejects.toThrow(/is not a Vigil database/);
    expect(readFileSync(join(dir, 'copy.db')).length).toBeGreaterThan(0);
  });
});
