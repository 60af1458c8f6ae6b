import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { createRequire } from 'node:module';
import type pg from 'pg';
import { Migrator } from 'kysely/migration';
import { Kysely, sql, PostgresAdapter, PostgresDialect, SqliteDialect, type SqliteDatabase as SqliteDialectDatabase, type Transaction } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import { describeStore, isPostgresUrl } from './location.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './tables.ts';

/** The store's handle: a kysely instance, or a transaction on one. Repository functions take either. */
export type Db = Kysely<Database> | Transaction<Database>;

export { describeStore, isPostgresUrl };

/** Options for {@link openSqlite}. */
export interface SqliteOptions {
  /** Path of the database file; its folder is created if missing. `:memory:` for a throwaway. */
  file: string;
  /** How long a writer waits for another's lock before SQLITE_BUSY, in ms. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) a SQLite store: WAL so readers never block the writer, foreign keys
 * on, and a busy timeout so two processes on one file queue instead of failing. Sync is NORMAL:
 * in WAL mode that survives any crash of the process (kill -9 included) and never corrupts the
 * file; only a power cut can roll back the last moment's commits. FULL would fsync every commit
 * (three times the cost of an answer) to close a window that acknowledging Slack before writing
 * opens anyway.
 */
export function openSqlite(options: SqliteOptions): Kysely<Database> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(options.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new VigilError(ErrorCode.StoreError, `cannot open database ${options.file}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  sqliteHandles.set(db, sqlite);
  return db;
}

const sqliteHandles = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

/**
 * The better-sqlite3 connection under a SQLite store (not under a transaction on one), for bulk
 * reads that go past kysely (see bulk-read.ts); undefined for PostgreSQL. Use it only while
 * holding kysely's connection (`db.connection()`), which every other query on `db` waits for.
 */
export function sqliteHandleOf(db: Db): SqliteDatabase.Database | undefined {
  return sqliteHandles.get(db as Kysely<Database>);
}

/**
 * better-sqlite3 with its prepared statements kept for reuse. kysely prepares every query it
 * runs; parsing is most of the cost of a large multi-row INSERT, and the same shapes recur (each
 * full chunk of a bulk insert, every query of a tick), so the last few are kept by SQL text.
 * kysely runs one query at a time on this single connection, so a statement is never in use twice.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 64): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement) {
        cache.delete(text); // most recently used goes last
      } else {
        statement = sqlite.prepare(text);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

/** What a store's connections are opened with, beyond where it is. */
export interface StoreOptions {
  /**
   * PostgreSQL: how long a connection may sit inside a transaction without sending anything
   * before the server ends it (`idle_in_transaction_session_timeout`), in ms.
   */
  idleInTransactionMs?: number;
}

/**
 * A stalled process (frozen, paused in a debugger, stopped by Ctrl-Z) that is inside a write
 * transaction holds the write lock every instance and command waits for; the server ends its
 * session after this long, so the others carry on. Every write transaction of Vigil's is short.
 */
const IDLE_IN_TRANSACTION_MS = 60_000;

/**
 * Opens a PostgreSQL store (`DATABASE_URL=postgres://…`) with the same tables and migrations as
 * SQLite. A firm kept in a schema of its own names it in the URL's connection options
 * (`?options=-c%20search_path%3Dfirm_a`).
 */
export function openPostgres(options: { url: string; max?: number } & StoreOptions): Kysely<Database> {
  // pg is loaded on first use: a SQLite workspace (and every quick command) never pays for it.
  const { Pool } = requireModule('pg') as typeof pg;
  const pool = new Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    idle_in_transaction_session_timeout: Math.ceil(options.idleInTransactionMs ?? IDLE_IN_TRANSACTION_MS),
  });
  // A session the server ends (the idle limit above, a restart, an administrator) reports an
  // 'error' event on its connection; unheard, that event would crash the process. The pool drops
  // an idle connection that fails; one in use fails its next query, which its caller handles.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  postgresUrls.set(db, options.url);
  return db;
}

const requireModule = createRequire(import.meta.url);

const postgresUrls = new WeakMap<Kysely<Database>, string>();

/** The URL a PostgreSQL store was opened with (to open one more connection, or to name it). */
export function postgresUrlOf(db: Kysely<Database>): string | undefined {
  return postgresUrls.get(db);
}

/** Opens the store a location names: a postgres:// URL, or a SQLite file path. */
export function openStore(location: string, options: StoreOptions = {}): Kysely<Database> {
  return isPostgresUrl(location) ? openPostgres({ url: location, ...options }) : openSqlite({ file: location });
}

/** True when `db` talks to PostgreSQL. */
export function isPostgres(db: Kysely<Database> | Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** What {@link migrateToLatest} applied. */
export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date. Safe to run again: applied migrations are skipped. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const url = postgresUrls.get(db);
  const where = url ? describeStore(url) : undefined;
  // kysely looks for its own tables in every schema it can see: name this store's schema, or a
  // firm migrated after another in the same database would find the other's tables and fail.
  const schema = url ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db).catch(() => undefined))?.rows[0]?.schema : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const reason = (error as Error).message ?? String(error);
    // No migration ran: the database could not be reached or read at all.
    if (!failed) throw new VigilError(ErrorCode.StoreError, `cannot open the database${where ? ` ${where}` : ''}: ${reason}`, { cause: error });
    throw new VigilError(ErrorCode.StoreError, `migration ${failed} failed: ${reason}`, { cause: error });
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
