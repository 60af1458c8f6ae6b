import type { Db } from './database.ts';

/** The outbox's unsent messages: how many, and how long the oldest has waited. */
export interface OutboxBacklog {
  /** Messages pending or being sent. */
  depth: number;
  /** Seconds since the oldest of them was queued; 0 when there are none. */
  oldestAgeSeconds: number;
}

/**
 * The outbox backlog, read when health or metrics are asked for (one small aggregate query; the
 * instants are ISO 8601 UTC text, so the earliest sorts first).
 */
export async function outboxBacklog(db: Db, now: Date): Promise<OutboxBacklog> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number | string>().as('depth'), eb.fn.min('created_at').as('oldest')])
    .where('status', 'in', ['pending', 'sending'])
    .executeTakeFirst();
  const depth = Number(row?.depth ?? 0);
  const oldest = row?.oldest ? Date.parse(String(row.oldest)) : undefined;
  return { depth, oldestAgeSeconds: oldest === undefined ? 0 : Math.max(0, (now.getTime() - oldest) / 1000) };
}
