import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Engine, OutboxPayload } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { enqueue, findPrompt, isPostgres, markSent, type Database, type OutboxMessage, type Prompt } from '../store/index.ts';
import type { OutboundMessage } from './messages.ts';

/** One message ready for a platform: rendered, with its prompt and the reference of the message to thread under. */
export interface Delivery {
  message: OutboxMessage;
  payload: OutboxPayload;
  rendered: OutboundMessage;
  prompt: Prompt | undefined;
  /** The platform reference of the prompt's own message, for replies in its thread. */
  threadRef: unknown;
  /**
   * True when an earlier attempt may have reached the platform before the process died: the
   * sender should look for the message before posting it again.
   */
  unsure: boolean;
}

/** A platform's way of sending: returns the platform's reference to the sent message. */
export interface Sender {
  readonly platform: string;
  send(delivery: Delivery): Promise<unknown>;
}

/** A failed send. Permanent failures (no such user or channel) are not retried. */
export class DeliveryError extends VigilError {
  constructor(message: string, readonly permanent: boolean, options?: { cause?: unknown }) {
    super(ErrorCode.DeliveryFailed, message, options);
    this.name = 'DeliveryError';
  }
}

/** What one round of delivery did. */
export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

const STALE_CLAIM_MS = 120_000;
const BACKOFF_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000];
const MAX_ATTEMPTS = 8;

/**
 * Sends what the outbox holds through one platform's sender: claims due messages (so two
 * dispatchers never send the same row), sends them with a concurrency limit, records the
 * platform's reference for later updates and threads, backs off on transient failures and gives
 * up on permanent ones.
 */
export class Dispatcher {
  private readonly claimer = randomUUID();

  constructor(
    private readonly deps: { db: Kysely<Database>; engine: Engine; clock: Clock; logger: Logger; sender: Sender; concurrency?: number; staleClaimMs?: number },
  ) {}

  /**
   * Puts back every claim another dispatcher holds, marked unsure. Only for a dispatcher that has
   * just become the leader: leadership means the one that held those claims is gone.
   */
  async recoverClaims(): Promise<number> {
    return this.requeueUnsure({ notMine: true });
  }

  /**
   * Puts claims back in the queue, marked unsure (the send may have reached the platform before
   * its dispatcher died): those older than `claimedBefore`, or all held by other dispatchers.
   */
  private async requeueUnsure(which: { claimedBefore: Date } | { notMine: true }): Promise<number> {
    let update = this.deps.db.updateTable('outbox')
      .set({ status: 'pending', claimed_by: null, claimed_at: null, platform_ref: JSON.stringify({ unsure: true }) })
      .where('status', '=', 'sending');
    update = 'notMine' in which ? update.where('claimed_by', '!=', this.claimer) : update.where('claimed_at', '<', which.claimedBefore.toISOString());
    return Number((await update.executeTakeFirst()).numUpdatedRows);
  }

  /** Delivers every due message, up to `limit`. */
  async deliverDue(limit = 1000): Promise<DeliveryReport> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    // A claim left by a dispatcher that died long ago goes back to the queue.
    await this.requeueUnsure({ claimedBefore: new Date(now.getTime() - (this.deps.staleClaimMs ?? STALE_CLAIM_MS)) });
    // On PostgreSQL, rows another dispatcher is claiming are skipped rather than waited for and
    // then claimed again; the outer status check keeps a row from being claimed twice on both.
    const postgres = isPostgres(db);
    await db.updateTable('outbox')
      .set({ status: 'sending', claimed_by: this.claimer, claimed_at: now.toISOString() })
      .where('status', '=', 'pending')
      .where('id', 'in', (eb) => {
        const due = eb.selectFrom('outbox').select('id').where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now.toISOString()).orderBy('created_at').orderBy('id').limit(limit);
        return postgres ? due.forUpdate().skipLocked() : due;
      })
      .execute();
    const claimed = await db.selectFrom('outbox').selectAll().where('claimed_by', '=', this.claimer).where('status', '=', 'sending')
      .orderBy('created_at').orderBy('recipient_id').orderBy('dedupe_key').execute();
    const unsure = new Set(claimed.filter((row) => row.platform_ref?.includes('"unsure":true')).map((row) => row.id));
    const queue = claimed.map((row): OutboxMessage => ({
      id: row.id, dedupeKey: row.dedupe_key, recipient: { kind: row.recipient_kind, id: row.recipient_id }, promptId: row.prompt_id,
      payload: JSON.parse(row.message) as unknown, createdAt: new Date(row.created_at), status: row.status, attempts: row.attempts,
    }));
    const workers = Array.from({ length: Math.min(this.deps.concurrency ?? 8, queue.length) }, async () => {
      for (let message = queue.shift(); message; message = queue.shift()) await this.deliverOne(message, report, unsure.has(message.id));
    });
    await Promise.all(workers);
    return report;
  }

  private async deliverOne(message: OutboxMessage, report: DeliveryReport, unsure: boolean): Promise<void> {
    const { db, engine, clock, logger, sender } = this.deps;
    const payload = message.payload as OutboxPayload;
    const prompt = message.promptId ? await findPrompt(db, message.promptId) : undefined;
    if (payload.kind === 'reminder' && prompt?.status === 'answered') {
      await markSent(db, message.id, { skipped: 'answered before the reminder went out' }, clock.now());
      report.skipped++;
      return;
    }
    try {
      const threadRef = payload.kind === 'prompt' || !message.promptId ? undefined : await this.promptRef(message.promptId);
      const ref = await sender.send({ message, payload, rendered: engine.render(payload, prompt), prompt, threadRef, unsure });
      await markSent(db, message.id, ref, clock.now());
      report.sent++;
    } catch (error) {
      const permanent = error instanceof DeliveryError ? error.permanent : false;
      const attempts = message.attempts + 1;
      const giveUp = permanent || attempts >= MAX_ATTEMPTS;
      const reason = (error as Error).message;
      await db.updateTable('outbox').set({
        status: giveUp ? 'failed' : 'pending', attempts, last_error: reason, claimed_by: null, claimed_at: null,
        next_attempt_at: new Date(clock.now().getTime() + BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)]!).toISOString(),
      }).where('id', '=', message.id).execute();
      logger.warn(giveUp ? 'delivery failed' : 'delivery will be retried', { platform: sender.platform, outbox: message.id, attempts, reason });
      if (giveUp) {
        report.failed++;
        await this.tellManager(message, reason);
      } else report.retried++;
    }
  }

  /**
   * Someone Vigil cannot reach is not skipped silently: their manager (or, with no manager, the
   * compliance channel) is told, once per person and platform.
   */
  private async tellManager(message: OutboxMessage, reason: string): Promise<void> {
    if (message.recipient.kind !== 'person' || (message.payload as OutboxPayload).kind === 'no-answer') return;
    const { db, engine, clock, sender } = this.deps;
    const personId = message.recipient.id;
    const manager = engine.directory.managerOf(personId);
    const payload: OutboxPayload = {
      kind: 'escalation',
      message: { kind: 'text', text: `Vigil cannot reach ${engine.directory.nameOf(personId)} in ${({ slack: 'Slack', teams: 'Teams' } as Record<string, string>)[sender.platform] ?? 'chat'}: ${reason}. Their prompts are waiting; please help them get set up.` },
    };
    await enqueue(db, [{
      dedupeKey: `unreachable:${sender.platform}:${personId}`,
      recipient: manager ? { kind: 'person', id: manager } : { kind: 'channel', id: 'compliance' },
      promptId: null, payload,
    }], clock.now());
  }

  /** The platform reference of a prompt's own message, once sent. */
  private async promptRef(promptId: string): Promise<unknown> {
    const row = await this.deps.db.selectFrom('outbox').select('platform_ref').where('dedupe_key', '=', `prompt:${promptId}`).where('status', '=', 'sent').executeTakeFirst();
    return row?.platform_ref ? (JSON.parse(row.platform_ref) as unknown) : undefined;
  }
}
