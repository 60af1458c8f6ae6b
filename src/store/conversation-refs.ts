import type { Db } from './database.ts';
import type { ConversationRefsTable } from './tables.ts';

/**
 * How Vigil reaches someone (or a channel) on one platform, kept under the platform's own key
 * for them (a Slack user id, an Entra id, `channel:<name or id>`). The reference is the
 * platform's own JSON, opaque here: each channel reads and writes its own shape.
 */
export interface ConversationRef {
  platformUserId: string;
  personId: string | null;
  reference: unknown;
  updatedAt: Date;
}

function toRef(row: ConversationRefsTable): ConversationRef {
  return { platformUserId: row.platform_user_id, personId: row.person_id, reference: JSON.parse(row.reference) as unknown, updatedAt: new Date(row.updated_at) };
}

/** The reference kept under a platform key, or undefined. */
export async function refByKey(db: Db, platform: string, key: string): Promise<ConversationRef | undefined> {
  const row = await db.selectFrom('conversation_refs').selectAll().where('platform', '=', platform).where('platform_user_id', '=', key).executeTakeFirst();
  return row ? toRef(row) : undefined;
}

/** A person's latest reference on a platform, or undefined when Vigil has none. */
export async function refOfPerson(db: Db, platform: string, personId: string): Promise<ConversationRef | undefined> {
  const row = await db.selectFrom('conversation_refs').selectAll().where('platform', '=', platform).where('person_id', '=', personId)
    .orderBy('updated_at', 'desc').executeTakeFirst();
  return row ? toRef(row) : undefined;
}

/** The latest reference kept under a key starting `prefix` (e.g. any channel: `channel:`), or undefined. */
export async function latestRefWithPrefix(db: Db, platform: string, prefix: string): Promise<ConversationRef | undefined> {
  const row = await db.selectFrom('conversation_refs').selectAll().where('platform', '=', platform).where('platform_user_id', 'like', `${prefix}%`)
    .orderBy('updated_at', 'desc').executeTakeFirst();
  return row ? toRef(row) : undefined;
}

/** Keeps a reference under a platform key, replacing what was there. */
export async function saveRef(db: Db, platform: string, ref: { key: string; personId: string | null; reference: unknown }, now: Date): Promise<void> {
  const reference = JSON.stringify(ref.reference);
  const at = now.toISOString();
  await db.insertInto('conversation_refs')
    .values({ platform, platform_user_id: ref.key, person_id: ref.personId, reference, updated_at: at })
    .onConflict((oc) => oc.columns(['platform', 'platform_user_id']).doUpdateSet({ person_id: ref.personId, reference, updated_at: at }))
    .execute();
}

/** Forgets the reference under a platform key. */
export async function deleteRef(db: Db, platform: string, key: string): Promise<void> {
  await db.deleteFrom('conversation_refs').where('platform', '=', platform).where('platform_user_id', '=', key).execute();
}

/** Forgets a person's references on a platform other than the one under `keep` (they moved to a new account). */
export async function deleteOtherRefsOfPerson(db: Db, platform: string, personId: string, keep: string): Promise<void> {
  await db.deleteFrom('conversation_refs').where('platform', '=', platform).where('person_id', '=', personId).where('platform_user_id', '!=', keep).execute();
}
