import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { isPostgres, type Db } from './database.ts';
import type { OutboxTable } from './tables.ts';
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
  /**
   * Known undeliverable when queued (e.g. the person removed the app): kept as failed with this
   * reason, never claimed, so status lists the person as unreachable at once.
   */
  failedBecause?: string;
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
          status: m.failedBecause === undefined ? ('pending' as const) : ('failed' as const),
          attempts: 0,
          next_attempt_at: at,
          claimed_by: null,
          claimed_at: null,
          last_error: m.failedBecause ?? null,
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
  return rows.map(toOutboxMessage);
}

/** The one mapping of an outbox row to a queued message. */
function toOutboxMessage(row: OutboxTable): OutboxMessage {
  return {
    id: row.id, dedupeKey: row.dedupe_key, recipient: { kind: row.recipient_kind, id: row.recipient_id }, promptId: row.prompt_id,
    payload: JSON.parse(row.message) as unknown, createdAt: new Date(row.created_at), status: row.status, attempts: row.attempts,
  };
}

/** Records a message as sent, with the platform's reference to it (for later updates). */
export async function markSent(db: Db, id: string, platformRef: unknown, now: Date, claim?: Claim): Promise<boolean> {
  const update = db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now.toISOString(), platform_ref: JSON.stringify(platformRef), attempts: (eb) => eb('attempts', '+', 1), claimed_by: null, claimed_at: null, claim_epoch: null })
    .where('id', '=', id);
  return updated(await (claim ? fenced(update, claim) : update).executeTakeFirst());
}


/** Who holds a claim on outbox rows: one dispatcher, under one leadership epoch. */
export interface Claim {
  claimer: string;
  epoch: number;
}

/** A claimed message, and whether an earlier attempt may already have reached the platform. */
export interface ClaimedMessage extends OutboxMessage {
  unsure: boolean;
}

/** The platform reference that marks a message whose earlier attempt may have reached the platform. */
const UNSURE_REF = JSON.stringify({ unsure: true });

/** Restricts an update to rows this claim still holds: it matches nothing once another dispatcher has taken the row back. */
function fenced<U extends { where: (...args: any[]) => any }>(update: U, claim: Claim): U {
  return update.where('status', '=', 'sending').where('claimed_by', '=', claim.claimer).where('claim_epoch', '=', claim.epoch) as U;
}

function updated(result: { numUpdatedRows: bigint }): boolean {
  return result.numUpdatedRows > 0n;
}

function toMessage(row: OutboxTable): ClaimedMessage {
  return { ...toOutboxMessage(row), unsure: row.platform_ref === UNSURE_REF };
}

/**
 * Claims up to `limit` due messages for one dispatcher, oldest first. On PostgreSQL rows another
 * dispatcher is claiming are skipped rather than waited for; the outer status check keeps a row
 * from being claimed twice on both databases.
 */
export async function claimDue(db: Db, claim: Claim, now: Date, limit: number): Promise<ClaimedMessage[]> {
  const postgres = isPostgres(db);
  const rows = await db.updateTable('outbox')
    .set({ status: 'sending', claimed_by: claim.claimer, claim_epoch: claim.epoch, claimed_at: now.toISOString() })
    .where('status', '=', 'pending')
    .where('id', 'in', (eb) => {
      const due = eb.selectFrom('outbox').select('id').where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now.toISOString()).orderBy('created_at').orderBy('id').limit(limit);
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    .returningAll()
    .execute();
  // The queue's order (as pendingMessages reads it): by time, then people before channels, then recipient, then cause.
  return rows.sort((a, b) => byText(a.created_at, b.created_at) || byText(b.recipient_kind, a.recipient_kind) || byText(a.recipient_id, b.recipient_id) || byText(a.dedupe_key, b.dedupe_key)).map(toMessage);
}

/** Text in code-unit order, as SQLite's default collation orders it. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Confirms a claim right before its message is sent, and stamps the moment the send begins.
 * False when the claim is no longer held (another dispatcher took the row back): do not send.
 */
export async function confirmClaim(db: Db, id: string, claim: Claim, now: Date): Promise<boolean> {
  return updated(await fenced(db.updateTable('outbox').set({ claimed_at: now.toISOString() }).where('id', '=', id), claim).executeTakeFirst());
}

/** Gives back claimed messages that were never sent: pending again, due as before, not unsure. */
export async function handBack(db: Db, ids: readonly string[], claim: Claim): Promise<number> {
  let count = 0;
  for (const chunk of chunks(ids, 500)) {
    const update = db.updateTable('outbox').set({ status: 'pending', claimed_by: null, claimed_at: null, claim_epoch: null }).where('id', 'in', chunk);
    count += Number((await fenced(update, claim).executeTakeFirst()).numUpdatedRows);
  }
  return count;
}

/** Puts a claimed message back to wait (a reply held back until its prompt is sent), without counting an attempt. */
export async function holdBack(db: Db, id: string, claim: Claim, until: Date): Promise<boolean> {
  const update = db.updateTable('outbox').set({ status: 'pending', claimed_by: null, claimed_at: null, claim_epoch: null, next_attempt_at: until.toISOString() }).where('id', '=', id);
  return updated(await fenced(update, claim).executeTakeFirst());
}

/** Records a failed attempt: back to pending at `retryAt`, or failed for good. */
export async function recordFailure(db: Db, id: string, claim: Claim, failure: { attempts: number; giveUp: boolean; reason: string; retryAt: Date }): Promise<boolean> {
  const update = db.updateTable('outbox').set({
    status: failure.giveUp ? 'failed' : 'pending', attempts: failure.attempts, last_error: failure.reason,
    claimed_by: null, claimed_at: null, claim_epoch: null, next_attempt_at: failure.retryAt.toISOString(),
  }).where('id', '=', id);
  return updated(await fenced(update, claim).executeTakeFirst());
}

/**
 * Puts claims back in the queue, marked unsure (the send may have reached the platform before
 * its dispatcher died or lost its claim): those claimed before `claimedBefore`, or every claim
 * but those made under `except` (another dispatcher's, or one of an epoch gone by). A message whose send began less than `settleMs` ago is not due again
 * until `settleMs` from now: a platform still processing a post must have stored it before
 * anyone looks for it. The time is judged on the row as the update finds it, so a send
 * confirmed concurrently is judged by its own confirmation.
 */
export async function requeueUnsure(db: Db, which: { claimedBefore: Date } | { except: Claim }, now: Date, settleMs: number): Promise<number> {
  const settled = new Date(now.getTime() - settleMs).toISOString();
  const due = sql<string>`case when ${sql.ref('claimed_at')} > ${settled} then ${new Date(now.getTime() + settleMs).toISOString()} else ${now.toISOString()} end`;
  let update = db.updateTable('outbox')
    .set({ status: 'pending', claimed_by: null, claimed_at: null, claim_epoch: null, platform_ref: UNSURE_REF, next_attempt_at: due })
    .where('status', '=', 'sending');
  update = 'except' in which
    ? update.where((eb) => eb.or([eb('claimed_by', 'is', null), eb('claim_epoch', 'is', null), eb('claimed_by', '!=', which.except.claimer), eb('claim_epoch', '!=', which.except.epoch)]))
    : update.where('claimed_at', '<', which.claimedBefore.toISOString());
  return Number((await update.executeTakeFirst()).numUpdatedRows);
}

/** The outbox row of a prompt's own message: whether it is sent yet, to whom, and its platform reference. */
export async function promptMessage(db: Db, promptId: string): Promise<{ status: OutboxTable['status']; recipient: Recipient; platformRef: unknown; nextAttemptAt: Date } | undefined> {
  const row = await db.selectFrom('outbox').select(['status', 'recipient_kind', 'recipient_id', 'platform_ref', 'next_attempt_at'])
    .where('dedupe_key', '=', `prompt:${promptId}`).executeTakeFirst();
  if (!row) return undefined;
  return {
    status: row.status, recipient: { kind: row.recipient_kind, id: row.recipient_id },
    platformRef: row.platform_ref ? (JSON.parse(row.platform_ref) as unknown) : undefined, nextAttemptAt: new Date(row.next_attempt_at),
  };
}

/** Messages to people that failed for good, newest first, with why (to `recipientIds` only, when given). */
export async function failedPersonDeliveries(db: Db, recipientIds?: readonly string[]): Promise<{ recipientId: string; lastError: string | null }[]> {
  let failed = db.selectFrom('outbox').select(['recipient_id', 'last_error']).where('status', '=', 'failed').where('recipient_kind', '=', 'person').orderBy('created_at', 'desc');
  if (recipientIds) failed = failed.where('recipient_id', 'in', recipientIds);
  return (await failed.execute()).map((row) => ({ recipientId: row.recipient_id, lastError: row.last_error }));
}
