import { existsSync, readFileSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
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
