import type { Db } from './database.ts';

/**
 * How long a platform event's id is kept to ignore a repeat. Slack retries an event three times
 * within about five minutes; a week leaves room for a bot that was down, and keeps the table
 * from growing with every question ever asked.
 */
export const PROCESSED_EVENT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Forgets event ids received before `before`; returns how many. */
export async function pruneProcessedEvents(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('processed_events').where('received_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0n);
}
