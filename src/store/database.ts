import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Transaction } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './tables.ts';

/** The store's handle: a kysely instance, or a transaction on one. Repository functions take either. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Options for {@link openSqlite}. */
export interface SqliteOptions {
  /** Path of the database file; its folder is created if missing. `:memory:` for a throwaway. */
  file: string;
  /** How long a writer waits for another's lock before SQLITE_BUSY, in ms. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) a SQLite store: WAL so readers never block the writer, foreign keys
 * on, a busy timeout so two processes on one file queue instead of failing, and full sync so an
 * answer that was acknowledged survives a power cut.
 */
export function openSqlite(options: SqliteOptions): Kysely<Database> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(options.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    sqlite.pragma('synchronous = FULL');
  } catch (error) {
    throw new VigilError(ErrorCode.StoreError, `cannot open database ${options.file}: ${(error as Error).message}`, { cause: error });
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** What {@link migrateToLatest} applied. */
export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date. Safe to run again: applied migrations are skipped. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new VigilError(ErrorCode.StoreError, `migration ${failed} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
