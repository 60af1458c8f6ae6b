import type SqliteDatabase from 'better-sqlite3';
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
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

/** Where a keyset walk on (occurrence, id) stands: the last row of the page before. */
export interface Keyset {
  occurrence: string;
  id: string;
}

/** Stand-ins for a later page's key, found among the compiled query's parameters. */
const KEY_OCCURRENCE = '\u0000keyset-occurrence';
const KEY_ID = '\u0000keyset-id';

/**
 * A page query of a keyset walk, built and compiled once (the first page's, and a later page's
 * with stand-ins for its key) instead of once per page: that cost about 0.1 ms a page, a second
 * over the ten thousand pages of a year. Each later page binds its own key in the stand-ins' place.
 */
export function keysetQuery(build: (after: Keyset | undefined) => Compilable): (after: Keyset | undefined) => CompiledQuery {
  const first = build(undefined).compile();
  const later = build({ occurrence: KEY_OCCURRENCE, id: KEY_ID }).compile();
  const at = [later.parameters.indexOf(KEY_OCCURRENCE), later.parameters.indexOf(KEY_ID)] as const;
  if (at.includes(-1)) throw new Error('a keyset query must bind the key it is given');
  return (after) => {
    if (!after) return first;
    const parameters = [...later.parameters];
    [parameters[at[0]], parameters[at[1]]] = [after.occurrence, after.id];
    return { ...later, parameters };
  };
}

/** The rows of a compiled query as arrays: through the bulk reader when there is one, else kysely's objects' values. */
export async function compiledRowArrays(db: Db, reader: BulkReader | undefined, query: CompiledQuery): Promise<unknown[][]> {
  if (reader) return reader.rows({ compile: () => query });
  return (await db.executeQuery(query)).rows.map((row) => Object.values(row as object));
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
