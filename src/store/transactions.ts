import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

/**
 * Runs `fn` in a write transaction that takes the write lock up front (SQLite's BEGIN
 * IMMEDIATE). A deferred transaction that reads and then writes can fail with SQLITE_BUSY when
 * another process wrote in between; taking the lock first makes a second engine wait its turn
 * (busy_timeout) and then see the first one's rows.
 */
export async function writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/** Splits rows into chunks small enough for one multi-row INSERT. */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
