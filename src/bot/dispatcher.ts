import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderPayload, type Directory, type OutboxPayload } from '../attestations/index.ts';
import type { VigilConfig } from '../config/schema.ts';
import type { Clock } from '../clock.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  claimDue, confirmClaim, enqueue, findPrompt, handBack, holdBack, markPromptDelivered, markSent, promptMessage, recordFailure, requeueUnsure, writeTransaction,
  type Claim, type ClaimedMessage, type Db, type OutboxMessage, type Prompt,
} from '../store/index.ts';
import type { OutboundMessage } from '../messages.ts';
import { unreachableNotice } from '../app/notices.ts';

/** The config in force and who is who in it: what the dispatcher renders messages with. */
export interface ConfigInForce {
  readonly config: VigilConfig;
  readonly directory: Directory;
}

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
  /**
   * How long one request to the platform may take before its client gives up on it. A post in
   * flight when its dispatcher died may still be stored by the platform until then, so an unsure
   * message is looked for only once this long has passed since its send began.
   */
  readonly requestTimeoutMs?: number;
  send(delivery: Delivery): Promise<unknown>;
}

/**
 * A channel: a platform people talk to Vigil on (Slack, Teams, the terminal). It translates
 * between its platform and the use-case port (see ChatPort) it was built with, and sends what the
 * dispatcher hands it; the platforms that connect out, or take requests in, say how.
 */
export interface Channel extends Sender {
  /** Connects to the platform, checking its credentials (failing fast and clearly). */
  start?(): Promise<void>;
  /** Disconnects. */
  stop?(): Promise<void>;
  /** The HTTP endpoint the platform posts to, when it posts to one. */
  readonly requestListener?: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
}

/** A failed send. Permanent failures (no such user or channel) are not retried. */
export class DeliveryError extends VigilError {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean, options?: { cause?: unknown }) {
    super(ErrorCode.DeliveryFailed, message, options);
    this.permanent = permanent;
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

/** Whether this instance leads, and under which epoch (see the store's Leadership). */
export interface LeaderState {
  readonly isLeader: boolean;
  readonly epoch: number | undefined;
}

const STALE_CLAIM_MS = 120_000;
const BACKOFF_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000];
const MAX_ATTEMPTS = 8;
/** Rows claimed at once: what a dispatcher that dies or loses leadership can leave in doubt. */
const BATCH_SIZE = 50;
/** How long a reply waits before looking again for its prompt's message being sent. */
const HOLD_MS = 1_000;

/**
 * Sends what the outbox holds through one platform's sender: claims due messages in small
 * batches under its leadership epoch (so two dispatchers never send the same row), confirms each
 * claim right before sending it (a claim another dispatcher has taken back matches nothing, so
 * nothing is sent), sends with a concurrency limit, records the platform's reference for later
 * updates and threads, holds replies back until their prompt's own message is sent, backs off on
 * transient failures and gives up on permanent ones. It stops at once when it no longer leads or
 * is stopped, handing back what it had not begun to send.
 */
export class Dispatcher {
  private readonly claimer = randomUUID();
  private stopping = false;

  private readonly deps: {
      /** The config in force, to render with: the use cases (which hold its snapshot), or the engine. */
      db: Db; workspace: ConfigInForce; clock: Clock; logger: Logger; sender: Sender;
      concurrency?: number; staleClaimMs?: number; batchSize?: number;
      /** Leadership, when several instances share the store; without it this dispatcher always leads, at epoch 0. */
      leader?: LeaderState;
    };
  constructor(
    deps: {
      /** The config in force, to render with: the use cases (which hold its snapshot), or the engine. */
      db: Db; workspace: ConfigInForce; clock: Clock; logger: Logger; sender: Sender;
      concurrency?: number; staleClaimMs?: number; batchSize?: number;
      /** Leadership, when several instances share the store; without it this dispatcher always leads, at epoch 0. */
      leader?: LeaderState;
    },
  ) {
    this.deps = deps;
  }

  /**
   * Puts back every claim but those of this dispatcher's current epoch, marked unsure. For a
   * dispatcher that has just become the leader, or just started: those claims' holders are gone
   * or fenced off (their claims now match nothing).
   */
  async recoverClaims(): Promise<number> {
    const current = this.currentClaim() ?? { claimer: this.claimer, epoch: -1 };
    return requeueUnsure(this.deps.db, { except: current }, this.deps.clock.now(), this.settleMs);
  }

  /** Stops claiming: each worker finishes the message in hand and the rest of the batch is handed back. */
  stop(): void {
    this.stopping = true;
  }

  /** How long after a send began the platform may still store it. */
  private get settleMs(): number {
    return this.deps.sender.requestTimeoutMs ?? 0;
  }

  /** The claim this dispatcher may make now, or undefined when it must not deliver. */
  private currentClaim(): Claim | undefined {
    if (this.stopping) return undefined;
    const leader = this.deps.leader;
    if (!leader) return { claimer: this.claimer, epoch: 0 };
    return leader.isLeader && leader.epoch !== undefined ? { claimer: this.claimer, epoch: leader.epoch } : undefined;
  }

  /** Whether `claim` is still this dispatcher's to act on (it leads, under the same epoch, and is not stopping). */
  private holds(claim: Claim): boolean {
    return this.currentClaim()?.epoch === claim.epoch;
  }

  /** Delivers every due message, up to `limit`, claiming a small batch at a time. */
  async deliverDue(limit = 1000): Promise<DeliveryReport> {
    const { db, clock } = this.deps;
    const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    // A claim left by a dispatcher that died long ago goes back to the queue.
    await requeueUnsure(db, { claimedBefore: new Date(clock.now().getTime() - (this.deps.staleClaimMs ?? STALE_CLAIM_MS)) }, clock.now(), this.settleMs);
    for (let remaining = limit; remaining > 0;) {
      const claim = this.currentClaim();
      if (!claim) break;
      const size = Math.min(this.deps.batchSize ?? BATCH_SIZE, remaining);
      const batch = await claimDue(db, claim, clock.now(), size);
      remaining -= batch.length;
      if (batch.length > 0) await this.deliverBatch(batch, claim, report);
      // A short batch held everything that was due; what the round itself queued waits for the next.
      if (batch.length < size) break;
    }
    return report;
  }

  private async deliverBatch(batch: ClaimedMessage[], claim: Claim, report: DeliveryReport): Promise<void> {
    const queue = [...batch];
    const workers = Array.from({ length: Math.min(this.deps.concurrency ?? 8, queue.length) }, async () => {
      while (queue.length > 0 && this.holds(claim)) await this.deliverOne(queue.shift()!, claim, report);
    });
    await Promise.all(workers);
    if (queue.length === 0) return;
    // Stopped or no longer leading: what was never begun goes back as it was, not unsure.
    const handedBack = await handBack(this.deps.db, queue.map((m) => m.id), claim).catch(() => 0);
    this.deps.logger.info('delivery stopped; unsent claims handed back', { platform: this.deps.sender.platform, handedBack, leftForRecovery: queue.length - handedBack });
  }

  private async deliverOne(message: ClaimedMessage, claim: Claim, report: DeliveryReport): Promise<void> {
    const { db, workspace, clock, logger, sender } = this.deps;
    const payload = message.payload as OutboxPayload;
    const prompt = message.promptId ? await findPrompt(db, message.promptId) : undefined;
    if (payload.kind === 'reminder' && prompt?.status === 'answered') {
      if (await markSent(db, message.id, { skipped: 'answered before the reminder went out' }, clock.now(), claim)) report.skipped++;
      return;
    }
    const thread = await this.threadOf(message, payload, claim);
    if (thread === 'wait') return;
    // The fence: a claim taken back by another dispatcher (a new leader) matches nothing here.
    if (!(await confirmClaim(db, message.id, claim, clock.now()))) {
      logger.warn('claim taken back before sending; not sent', { platform: sender.platform, outbox: message.id });
      return;
    }
    try {
      const ref = await sender.send({ message, payload, rendered: renderPayload(payload, prompt, workspace), prompt, threadRef: thread.ref, unsure: message.unsure });
      if (await this.markSent(message, payload, ref, claim)) report.sent++;
      else logger.warn('sent after the claim was taken back; its new holder looks for it before sending', { platform: sender.platform, outbox: message.id });
    } catch (error) {
      await this.failed(message, claim, error, report);
    }
  }

  /**
   * Marks a message sent; for a prompt's own message, in the same transaction, the prompt records
   * when it reached its person (sealed: the outbox is a queue, not evidence).
   */
  private async markSent(message: ClaimedMessage, payload: OutboxPayload, ref: unknown, claim: Claim): Promise<boolean> {
    const { db, clock } = this.deps;
    const now = clock.now();
    if (payload.kind !== 'prompt' || !message.promptId) return markSent(db, message.id, ref, now, claim);
    const promptId = message.promptId;
    return writeTransaction(db, async (trx) => {
      const sent = await markSent(trx, message.id, ref, now, claim);
      if (sent) await markPromptDelivered(trx, promptId, now);
      return sent;
    });
  }

  /**
   * Where a message that belongs to a prompt goes: in the thread of the prompt's own message.
   * A message to the prompt's recipient waits ('wait', put back in the queue) until that message
   * is sent, so a reminder never arrives before, or outside the thread of, its prompt. If the
   * prompt's message failed for good, the reminder goes on its own: it carries the question and
   * its buttons, so it is the person's one chance to answer (if they cannot be reached at all it
   * fails too, and their manager has already been told).
   */
  private async threadOf(message: ClaimedMessage, payload: OutboxPayload, claim: Claim): Promise<{ ref: unknown } | 'wait'> {
    if (payload.kind === 'prompt' || !message.promptId) return { ref: undefined };
    const own = await promptMessage(this.deps.db, message.promptId);
    if (!own) return { ref: undefined };
    const sameRecipient = own.recipient.kind === message.recipient.kind && own.recipient.id === message.recipient.id;
    if (sameRecipient && (own.status === 'pending' || own.status === 'sending')) {
      const now = this.deps.clock.now().getTime();
      const until = new Date(Math.max(own.nextAttemptAt.getTime(), now + HOLD_MS));
      await holdBack(this.deps.db, message.id, claim, until);
      return 'wait';
    }
    return { ref: own.status === 'sent' ? own.platformRef : undefined };
  }

  private async failed(message: ClaimedMessage, claim: Claim, error: unknown, report: DeliveryReport): Promise<void> {
    const { db, clock, logger, sender } = this.deps;
    const permanent = error instanceof DeliveryError ? error.permanent : false;
    const attempts = message.attempts + 1;
    const giveUp = permanent || attempts >= MAX_ATTEMPTS;
    const reason = (error as Error).message;
    const retryAt = new Date(clock.now().getTime() + BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)]!);
    if (!(await recordFailure(db, message.id, claim, { attempts, giveUp, reason, retryAt }))) return;
    logger.warn(giveUp ? 'delivery failed' : 'delivery will be retried', { platform: sender.platform, outbox: message.id, attempts, reason });
    if (giveUp) {
      report.failed++;
      await this.tellManager(message, reason);
    } else report.retried++;
  }

  /**
   * Someone Vigil cannot reach is not skipped silently: their manager (or, with no manager, the
   * compliance channel) is told, once per person and platform.
   */
  private async tellManager(message: OutboxMessage, reason: string): Promise<void> {
    if (message.recipient.kind !== 'person' || (message.payload as OutboxPayload).kind === 'no-answer') return;
    const { db, workspace, clock, sender } = this.deps;
    await enqueue(db, [unreachableNotice(workspace.directory, message.recipient.id, sender.platform, reason)], clock.now());
  }
}

// The notice lives with the use cases (an uninstall raises it too); named here for the senders that import it.
export { unreachableNotice };
