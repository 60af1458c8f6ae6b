import type SqliteDatabase from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import { sqliteHandleOf, type Db } from './database.ts';
import type { Database } from './tables.ts';

/** A chain record as a raw row: seq, at, actor, action, subject, data, prev_hash, hash. */
export type ChainRow = [seq: number, at: string, actor: string, action: string, subject: string | null, data: string, prevHash: string, hash: string];

/** Bulk scans on SQLite, past kysely: rows as arrays (no object per row), each table in storage order. */
export interface BulkReader {
  /** The chain's records after `after`, in order. */
  chain(after: number): Iterable<ChainRow>;
  /** Every row of a table in storage (rowid) order: the column names, then each row's values. */
  table(table: string): { columns: string[]; rows: Iterable<unknown[]> };
  /** A query's rows as arrays, the columns in the order it selects them. */
  rows(query: Compilable): unknown[][];
}

/** The rows of a query as arrays: through the bulk reader when there is one, else kysely's objects' values. */
export async function rowArrays(db: Db, reader: BulkReader | undefined, query: Compilable & { execute(): Promise<object[]> }): Promise<unknown[][]> {
  if (reader) return reader.rows(query);
  return (await query.execute()).map((row) => Object.values(row));
}

/**
 * Runs `fn` with a bulk reader when the store is SQLite (else with none: PostgreSQL reads in
 * pages through kysely). The reader uses the store's own connection, so `fn` gets that
 * connection held (`db.connection()`: other queries on the store wait for it) and runs inside
 * one read transaction, so the chain and the tables it reads are one snapshot. Queries `fn`
 * makes through kysely must use the `db` it is given.
 */
export async function withBulkReader<T>(db: Db, fn: (db: Db, reader: BulkReader | undefined) => Promise<T>): Promise<T> {
  const sqlite = sqliteHandleOf(db);
  if (!sqlite) return fn(db, undefined);
  return (db as Kysely<Database>).connection().execute(async (held) => {
    const own = !sqlite.inTransaction;
    if (own) sqlite.exec('BEGIN');
    try {
      return await fn(held, reader(sqlite));
    } finally {
      if (own && sqlite.inTransaction) sqlite.exec('COMMIT');
    }
  });
}

function reader(sqlite: SqliteDatabase.Database): BulkReader {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    chain(after) {
      const statement = sqlite.prepare('select seq, at, actor, action, subject, data, prev_hash, hash from audit_log where seq > ? order by seq').raw(true);
      return statement.iterate(after) as Iterable<ChainRow>;
    },
    table(table) {
      const statement = sqlite.prepare(`select * from "${table.replace(/"/g, '""')}"`).raw(true);
      return { columns: statement.columns().map((c) => c.name), rows: statement.iterate() as Iterable<unknown[]> };
    },
    rows(query) {
      const { sql, parameters } = query.compile();
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql).raw(true)));
      return statement.all(...parameters) as unknown[][];
    },
  };
}
