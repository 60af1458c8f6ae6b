import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import { flushSeals, gatherSeals } from './seal.ts';
import type { Database } from './tables.ts';

/** How often a write that found the database locked past the busy timeout is tried again. */
const BUSY_RETRIES = 5;

/**
 * Runs `fn` in a write transaction that takes the write lock up front (SQLite's BEGIN
 * IMMEDIATE). A deferred transaction that reads and then writes can fail with SQLITE_BUSY when
 * another process wrote in between; taking the lock first makes a second engine wait its turn
 * (busy_timeout) and then see the first one's rows. If the lock is still held after the busy
 * timeout, the whole transaction is tried again, with a growing pause. A full disk is reported
 * plainly; the transaction is rolled back, so nothing half-written remains. Evidence seals
 * written inside it go into the audit chain together (see `gatherSeals`), before it commits.
 */
export async function writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // PostgreSQL: one writer at a time across every instance, like SQLite's write lock, through
    // a transaction-scoped advisory lock (released at commit or rollback), one per schema.
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema() || ':vigil-write'))`.execute(trx);
      gatherSeals(trx);
      const result = await fn(trx);
      await flushSeals(trx, true);
      return result;
    });
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          gatherSeals(conn);
          const result = await fn(conn);
          await flushSeals(conn, true);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') && attempt < BUSY_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        continue;
      }
      if (code === 'SQLITE_FULL') {
        throw new VigilError(ErrorCode.StoreError, 'the database cannot grow: the disk (or its size limit) is full. Nothing was written; free some space and Vigil carries on where it stopped', { cause: error });
      }
      throw error;
    }
  }
}

/** Splits rows into chunks small enough for one multi-row INSERT. */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
