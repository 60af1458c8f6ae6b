import { existsSync, renameSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { ErrorCode, VigilError } from '../errors.ts';
import type { AuditVerification } from './audit.ts';
import { verifyAudit } from './evidence-verify.ts';
import { openSqlite } from './database.ts';

/** What a backup or restore did. */
export interface BackupReport {
  pages: number;
  audit: AuditVerification;
}

/**
 * Copies a live SQLite database with SQLite's online backup API: other processes go on reading
 * and writing while it runs, and the copy is a consistent snapshot. The copy's audit chain is
 * verified.
 */
export async function backupSqlite(source: string, destination: string): Promise<BackupReport> {
  if (!existsSync(source)) throw new VigilError(ErrorCode.StoreError, `no database at ${source}`);
  const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  let pages = 0;
  try {
    const partial = `${destination}.partial`;
    rmSync(partial, { force: true });
    await db.backup(partial, { progress: ({ totalPages }) => ((pages = totalPages), 200) });
    renameSync(partial, destination);
  } finally {
    db.close();
  }
  return { pages, audit: await auditOf(destination) };
}

/**
 * Puts a backup back: checks it is a Vigil database whose audit chain holds, then replaces the
 * database file in one rename (the old one is kept beside it as `.before-restore`).
 */
export async function restoreSqlite(backup: string, target: string): Promise<BackupReport> {
  if (!existsSync(backup)) throw new VigilError(ErrorCode.StoreError, `no backup at ${backup}`);
  const audit = await auditOf(backup);
  if (!audit.ok) throw new VigilError(ErrorCode.StoreError, `the backup's audit chain does not verify (${audit.problems[0]!.message}); not restoring it`);
  const staged = `${target}.restoring`;
  const source = new SqliteDatabase(backup, { readonly: true, fileMustExist: true });
  let pages = 0;
  try {
    rmSync(staged, { force: true });
    await source.backup(staged, { progress: ({ totalPages }) => ((pages = totalPages), 200) });
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  if (existsSync(target)) renameSync(target, `${target}.before-restore`);
  renameSync(staged, target);
  return { pages, audit };
}

async function auditOf(file: string): Promise<AuditVerification> {
  const db = openSqlite({ file });
  try {
    const tables = await db.introspection.getTables();
    if (!tables.some((t) => t.name === 'audit_log')) throw new VigilError(ErrorCode.StoreError, `${file} is not a Vigil database`);
    return await verifyAudit(db);
  } finally {
    await db.destroy();
  }
}
