import { randomUUID } from 'node:crypto';
import type { Db } from './database.ts';
import { chunks } from './transactions.ts';

/** Where a message goes: a person (resolved by each channel) or a named channel ("compliance"). */
export interface Recipient {
  kind: 'person' | 'channel';
  id: string;
}

/** A message to send, as queued by the engine or the conversation core. */
export interface NewOutboxMessage {
  /** Unique per cause, so the same cause never queues twice. */
  dedupeKey: string;
  recipient: Recipient;
  promptId: string | null;
  /** The neutral message model, plus delivery hints (e.g. `threadOf`). */
  payload: unknown;
}

/** A queued message. */
export interface OutboxMessage extends NewOutboxMessage {
  id: string;
  createdAt: Date;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
}

/** Queues messages; those whose dedupe key is already queued are skipped. Returns how many were queued. */
export async function enqueue(db: Db, messages: readonly NewOutboxMessage[], now: Date): Promise<number> {
  let queued = 0;
  const at = now.toISOString();
  for (const chunk of chunks(messages, 1000)) {
    const result = await db
      .insertInto('outbox')
      .values(
        chunk.map((m) => ({
          id: randomUUID(),
          dedupe_key: m.dedupeKey,
          created_at: at,
          recipient_kind: m.recipient.kind,
          recipient_id: m.recipient.id,
          prompt_id: m.promptId,
          message: JSON.stringify(m.payload),
          status: 'pending' as const,
          attempts: 0,
          next_attempt_at: at,
          claimed_by: null,
          claimed_at: null,
          last_error: null,
          platform_ref: null,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return queued;
}

/** Pending messages due for sending, oldest first. */
export async function pendingMessages(db: Db, now: Date, limit = 1000): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now.toISOString())
    // Deterministic: by time, then recipient, then cause.
    .orderBy('created_at')
    .orderBy('recipient_kind', 'desc')
    .orderBy('recipient_id')
    .orderBy('dedupe_key')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    dedupeKey: row.dedupe_key,
    recipient: { kind: row.recipient_kind, id: row.recipient_id },
    promptId: row.prompt_id,
    payload: JSON.parse(row.message) as unknown,
    createdAt: new Date(row.created_at),
    status: row.status,
    attempts: row.attempts,
  }));
}

/** Records a message as sent, with the platform's reference to it (for later updates). */
export async function markSent(db: Db, id: string, platformRef: unknown, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now.toISOString(), platform_ref: JSON.stringify(platformRef), attempts: (eb) => eb('attempts', '+', 1) })
    .where('id', '=', id)
    .execute();
}
