import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

class RolledBack extends Error {}

/**
 * Whether the store takes a write: a row written and rolled back in one transaction, so nothing
 * stays (for `vigil doctor`). Resolves to undefined when it does, else to the database's reason.
 */
export async function probeWrite(db: Kysely<Database>, now: Date): Promise<string | undefined> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('processed_events').values({ platform: 'doctor', event_id: `probe-${now.getTime()}`, received_at: now.toISOString() }).execute();
      throw new RolledBack();
    });
    return undefined;
  } catch (error) {
    if (error instanceof RolledBack) return undefined;
    return (error as Error).message;
  }
}
