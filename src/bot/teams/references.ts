import type { ConversationReference } from '@microsoft/agents-activity';
import { formatWhen, type Engine } from '../../attestations/index.ts';
import type { OutboxPayload } from '../../attestations/render.ts';
import { deleteRef, enqueue, latestRefWithPrefix, refOfPerson, saveRef, type Db } from '../../store/index.ts';
import { DeliveryError, unreachableNotice } from '../dispatcher.ts';

const PLATFORM = 'teams';

/**
 * What Vigil keeps about a Teams conversation, under the person's Entra id (or `channel:<id>`):
 * how to reach it, or, once the person removed the app from their chat, when they did.
 */
interface TeamsRef {
  reference?: ConversationReference;
  removedAt?: string;
}

/** The conversation references Vigil keeps to reach people and channels in Teams proactively. */
export class TeamsReferences {
  private readonly db: Db;
  private readonly engine: Engine;
  constructor(db: Db, engine: Engine) {
    this.db = db;
    this.engine = engine;
  }

  /** Stores how to reach `key` (a person's Entra id, or `channel:<id>`). */
  async save(key: string, personId: string | null, reference: ConversationReference, now: Date): Promise<void> {
    // Without the activity it came from: a proactive message replies to nothing (in a channel,
    // a reply to the install activity would land in that activity's thread).
    const { activityId: _replyTo, ...proactive } = reference;
    await this.put(key, personId, { reference: proactive as ConversationReference }, now);
  }

  /** True when Vigil has a chat with the person, or a note that they removed it. */
  async knows(personId: string): Promise<boolean> {
    return (await refOfPerson(this.db, PLATFORM, personId)) !== undefined;
  }

  /**
   * The person removed the app from their chat with it: the chat is gone (Teams refuses posts to
   * it), so they are unreachable from now on, not at the next failed send. Their stored way in
   * becomes a note of the removal; status lists them as unreachable at once, through a failed
   * message to them saying why; and their manager (or the compliance channel) is told, under the
   * same key the dispatcher uses, so once whoever notices first.
   */
  async removeForPerson(key: string, personId: string, now: Date): Promise<void> {
    await this.put(key, personId, { removedAt: now.toISOString() }, now);
    const reason = this.removalReason(personId, now);
    const toPerson: OutboxPayload = { kind: 'escalation', message: { kind: 'text', text: `You removed Vigil from Teams; your prompts wait until you add it again.` } };
    await enqueue(this.db, [
      unreachableNotice(this.engine.directory, personId, PLATFORM, reason),
      // Not sendable (the chat is gone): queued as failed with the reason, which is what status reads.
      { dedupeKey: `removed:${PLATFORM}:${personId}:${now.toISOString()}`, recipient: { kind: 'person', id: personId }, promptId: null, payload: toPerson, failedBecause: reason },
    ], now);
  }

  /** The bot was removed from a team: its channels cannot be posted to any more. */
  async removeChannel(key: string): Promise<void> {
    await deleteRef(this.db, PLATFORM, key);
  }

  /** How to reach a person, or a permanent DeliveryError saying why they cannot be. */
  async forPerson(personId: string): Promise<ConversationReference> {
    const row = await refOfPerson(this.db, PLATFORM, personId);
    if (!row) throw new DeliveryError(`${this.engine.directory.nameOf(personId)} has not installed Vigil in Teams, so cannot be reached there`, true);
    const stored = row.reference as TeamsRef;
    if (!stored.reference) throw new DeliveryError(this.removalReason(personId, new Date(stored.removedAt ?? row.updatedAt)), true);
    return stored.reference;
  }

  /** The latest channel reference of a team Vigil is in, or undefined. */
  async anyChannel(): Promise<ConversationReference | undefined> {
    return ((await latestRefWithPrefix(this.db, PLATFORM, 'channel:'))?.reference as TeamsRef | undefined)?.reference;
  }

  private removalReason(personId: string, at: Date): string {
    const directory = this.engine.directory;
    return `${directory.nameOf(personId)} removed Vigil from their Teams chat at ${formatWhen(at, directory.timezoneOf(personId))}, so cannot be reached there`;
  }

  private async put(key: string, personId: string | null, ref: TeamsRef, now: Date): Promise<void> {
    await saveRef(this.db, PLATFORM, { key, personId, reference: ref }, now);
  }
}
