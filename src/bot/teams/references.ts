import type { ConversationReference } from '@microsoft/agents-activity';
import type { ChatPort } from '../../app/port.ts';
import { DeliveryError } from '../dispatcher.ts';

/**
 * What Vigil keeps about a Teams conversation, under the person's Entra id (or `channel:<id>`):
 * how to reach it, or, once the person removed the app from their chat, when they did
 * (see ChatPort.removedByPerson).
 */
interface TeamsRef {
  reference?: ConversationReference;
  removedAt?: string;
}

/** The conversation references Vigil keeps to reach people and channels in Teams proactively. */
export class TeamsReferences {
  private readonly port: ChatPort;
  constructor(port: ChatPort) {
    this.port = port;
  }

  /** Stores how to reach `key` (a person's Entra id, or `channel:<id>`). */
  async save(key: string, personId: string | null, reference: ConversationReference): Promise<void> {
    // Without the activity it came from: a proactive message replies to nothing (in a channel,
    // a reply to the install activity would land in that activity's thread).
    const { activityId: _replyTo, ...proactive } = reference;
    await this.port.refs.save(key, personId, { reference: proactive as ConversationReference } satisfies TeamsRef);
  }

  /** True when Vigil has a chat with the person, or a note that they removed it. */
  async knows(personId: string): Promise<boolean> {
    return (await this.port.refs.ofPerson(personId)) !== undefined;
  }

  /** The bot was removed from a team: its channels cannot be posted to any more. */
  async removeChannel(key: string): Promise<void> {
    await this.port.refs.delete(key);
  }

  /** How to reach a person, or a permanent DeliveryError saying why they cannot be. */
  async forPerson(personId: string): Promise<ConversationReference> {
    const row = await this.port.refs.ofPerson(personId);
    if (!row) throw new DeliveryError(this.port.unreachableReason(personId), true);
    const stored = row.reference as TeamsRef;
    if (!stored.reference) throw new DeliveryError(this.port.unreachableReason(personId, new Date(stored.removedAt ?? row.updatedAt)), true);
    return stored.reference;
  }

  /** The latest channel reference of a team Vigil is in, or undefined. */
  async anyChannel(): Promise<ConversationReference | undefined> {
    return ((await this.port.refs.latestWithPrefix('channel:'))?.reference as TeamsRef | undefined)?.reference;
  }
}
