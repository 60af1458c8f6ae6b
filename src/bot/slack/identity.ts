import type { webApi } from '@slack/bolt';
import type { Kysely } from 'kysely';
import type { Engine } from '../../attestations/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/index.ts';
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
  private readonly deps: { db: Kysely<Database>; client: webApi.WebClient; engine: Engine; clock: Clock };
  constructor(deps: { db: Kysely<Database>; client: webApi.WebClient; engine: Engine; clock: Clock }) {
    this.deps = deps;
  }

  /** The person a Slack user is, or undefined when they are not in the workspace file. */
  async personFor(userId: string): Promise<string | undefined> {
    if (typeof userId !== 'string' || !/^[UW][A-Z0-9]{1,20}$/.test(userId)) return undefined;
    const cached = await this.deps.db.selectFrom('conversation_refs').select('person_id').where('platform', '=', PLATFORM).where('platform_user_id', '=', userId).executeTakeFirst();
    if (cached?.person_id && this.deps.engine.directory.person(cached.person_id)) return cached.person_id;
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
    const row = await this.deps.db.selectFrom('conversation_refs').select(['platform_user_id', 'reference']).where('platform', '=', PLATFORM).where('person_id', '=', personId).executeTakeFirst();
    const ref = row ? (JSON.parse(row.reference) as SlackRef) : undefined;
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
    const now = this.deps.clock.now().toISOString();
    await this.deps.db.deleteFrom('conversation_refs').where('platform', '=', PLATFORM).where('person_id', '=', personId).where('platform_user_id', '!=', ref.userId).execute();
    const existing = await this.deps.db.selectFrom('conversation_refs').select('reference').where('platform', '=', PLATFORM).where('platform_user_id', '=', ref.userId).executeTakeFirst();
    const merged = { ...(existing ? (JSON.parse(existing.reference) as SlackRef) : {}), ...ref };
    await this.deps.db.insertInto('conversation_refs')
      .values({ platform: PLATFORM, platform_user_id: ref.userId, person_id: personId, reference: JSON.stringify(merged), updated_at: now })
      .onConflict((oc) => oc.columns(['platform', 'platform_user_id']).doUpdateSet({ person_id: personId, reference: JSON.stringify(merged), updated_at: now }))
      .execute();
  }
}
