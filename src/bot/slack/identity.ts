import type { webApi } from '@slack/bolt';
import type { ChatPort } from '../../app/port.ts';
import { DeliveryError } from '../dispatcher.ts';

/** What Vigil keeps about a Slack user. */
interface SlackRef {
  userId: string;
  /** The DM channel with the bot, once opened. */
  channel?: string;
}

/**
 * People ↔ Slack users: by the config's Slack id, else by email (`users.lookupByEmail` one way,
 * `users.info` the other), cached in the store and looked up again when the cache has nothing.
 */
export class SlackIdentity {
  private readonly deps: { port: ChatPort; client: webApi.WebClient };
  constructor(deps: { port: ChatPort; client: webApi.WebClient }) {
    this.deps = deps;
  }

  /** The person a Slack user is, or undefined when they are not in the workspace file. */
  async personFor(userId: string): Promise<string | undefined> {
    if (typeof userId !== 'string' || !/^[UW][A-Z0-9]{1,20}$/.test(userId)) return undefined;
    const { port } = this.deps;
    const cached = await port.refs.byKey(userId);
    if (cached?.personId && port.person(cached.personId)) return cached.personId;
    let personId = port.identify({ slackId: userId });
    if (!personId) {
      const info = await this.deps.client.users.info({ user: userId }).catch(() => undefined);
      const email = info?.user?.profile?.email;
      personId = email ? port.identify({ emails: [email] }) : undefined;
    }
    if (personId) await this.save(personId, { userId });
    return personId;
  }

  /** The DM channel to reach a person in, opening it when needed. */
  async dmChannelFor(personId: string): Promise<string> {
    const ref = (await this.deps.port.refs.ofPerson(personId))?.reference as SlackRef | undefined;
    if (ref?.channel) return ref.channel;
    const userId = ref?.userId ?? (await this.userIdFor(personId));
    const opened = await this.deps.client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) throw new DeliveryError(`conversations.open gave no channel for ${personId}`, false);
    await this.save(personId, { userId, channel });
    return channel;
  }

  private async userIdFor(personId: string): Promise<string> {
    const person = this.deps.port.person(personId);
    if (!person) throw new DeliveryError(`"${personId}" is no longer in the workspace`, true);
    if (person.slackId) return person.slackId;
    try {
      const found = await this.deps.client.users.lookupByEmail({ email: person.email });
      if (found.user?.id) return found.user.id;
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code === 'users_not_found') throw new DeliveryError(`no Slack user has ${person.name}'s email address`, true, { cause: error });
      throw error;
    }
    throw new DeliveryError(`no Slack user has ${person.name}'s email address`, true);
  }

  private async save(personId: string, ref: SlackRef): Promise<void> {
    const { refs } = this.deps.port;
    await refs.deleteOthersOfPerson(personId, ref.userId);
    const existing = await refs.byKey(ref.userId);
    const merged = { ...((existing?.reference as SlackRef | undefined) ?? {}), ...ref };
    await refs.save(ref.userId, personId, merged);
  }
}
