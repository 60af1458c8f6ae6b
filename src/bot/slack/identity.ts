import type { webApi } from '@slack/bolt';
import type { Engine } from '../../attestations/index.ts';
import type { Clock } from '../../clock.ts';
import { deleteOtherRefsOfPerson, refByKey, refOfPerson, saveRef, type Db } from '../../store/index.ts';
import { DeliveryError } from '../dispatcher.ts';

const PLATFORM = 'slack';

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
  private readonly deps: { db: Db; client: webApi.WebClient; engine: Engine; clock: Clock };
  constructor(deps: { db: Db; client: webApi.WebClient; engine: Engine; clock: Clock }) {
    this.deps = deps;
  }

  /** The person a Slack user is, or undefined when they are not in the workspace file. */
  async personFor(userId: string): Promise<string | undefined> {
    if (typeof userId !== 'string' || !/^[UW][A-Z0-9]{1,20}$/.test(userId)) return undefined;
    const cached = await refByKey(this.deps.db, PLATFORM, userId);
    if (cached?.personId && this.deps.engine.directory.person(cached.personId)) return cached.personId;
    const byConfig = this.deps.engine.directory.allPeople().find((p) => p.slackId === userId);
    let personId = byConfig?.id;
    if (!personId) {
      const info = await this.deps.client.users.info({ user: userId }).catch(() => undefined);
      const email = info?.user?.profile?.email?.toLowerCase();
      personId = email ? this.deps.engine.directory.allPeople().find((p) => p.email.toLowerCase() === email)?.id : undefined;
    }
    if (personId) await this.save(personId, { userId });
    return personId;
  }

  /** The DM channel to reach a person in, opening it when needed. */
  async dmChannelFor(personId: string): Promise<string> {
    const ref = (await refOfPerson(this.deps.db, PLATFORM, personId))?.reference as SlackRef | undefined;
    if (ref?.channel) return ref.channel;
    const userId = ref?.userId ?? (await this.userIdFor(personId));
    const opened = await this.deps.client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) throw new DeliveryError(`conversations.open gave no channel for ${personId}`, false);
    await this.save(personId, { userId, channel });
    return channel;
  }

  private async userIdFor(personId: string): Promise<string> {
    const person = this.deps.engine.directory.person(personId);
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
    await deleteOtherRefsOfPerson(this.deps.db, PLATFORM, personId, ref.userId);
    const existing = await refByKey(this.deps.db, PLATFORM, ref.userId);
    const merged = { ...((existing?.reference as SlackRef | undefined) ?? {}), ...ref };
    await saveRef(this.deps.db, PLATFORM, { key: ref.userId, personId, reference: merged }, this.deps.clock.now());
  }
}
