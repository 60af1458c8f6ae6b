import { existsSync, readFileSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import { TABLES_IN_ORDER } from './copy.ts';
import { migrateToLatest } from './database.ts';
import type { Database } from './tables.ts';

/**
 * A private, in-memory copy of a SQLite store, for planning on without touching the file: the
 * file is read (through a read-only connection, WAL contents included, while it is in use) and
 * reopened in memory. Whatever is written to the copy (a simulated tick) is gone when it is
 * destroyed; the file is never written.
 */
export function openSqliteSnapshot(file: string): Kysely<Database> {
  let image: Buffer;
  try {
    if (existsSync(`${file}-wal`)) {
      // Someone has it open (or it was not closed cleanly): SQLite reads the WAL's commits too.
      const source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
      try {
        image = source.serialize();
      } finally {
        source.close();
      }
    } else {
      // Closed cleanly, everything is in the file. Read as bytes: a read-only connection on a
      // WAL database would leave an empty -wal and -shm beside it.
      image = readFileSync(file);
    }
  } catch (error) {
    throw new VigilError(ErrorCode.StoreError, `cannot read database ${file}: ${(error as Error).message}`, { cause: error });
  }
  // A WAL file's header says so (bytes 18 and 19 are 2), and an in-memory database cannot be in
  // WAL mode: the copy says rollback journal (1), which changes nothing of the data.
  if (image[18] === 2 && image[19] === 2) image[18] = image[19] = 1;
  const copy = new SqliteDatabase(image);
  copy.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: copy }) });
}

/** Rows per insert into the copy. */
const BATCH = 500;

/**
 * A private, in-memory SQLite copy of any store (PostgreSQL too), for planning on: every table
 * but the audit log, read in one repeatable-read transaction so the tables agree with each other.
 * The copy's audit log starts empty (nothing is verified on it, and a firm's whole history need
 * not be read to plan a week). The source is only read.
 */
export async function copyIntoMemory(source: Kysely<Database>): Promise<Kysely<Database>> {
  const copy = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
  try {
    await migrateToLatest(copy);
    await source.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      for (const table of TABLES_IN_ORDER) {
        if (table === 'audit_log') continue;
        // Read whole (the pg driver streams only through a cursor package Vigil does not use).
        const rows = (await (trx as Kysely<any>).selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
        for (let i = 0; i < rows.length; i += BATCH) await (copy as Kysely<any>).insertInto(table).values(rows.slice(i, i + BATCH)).execute();
      }
    });
    return copy;
  } catch (error) {
    await copy.destroy();
    throw error;
  }
}
