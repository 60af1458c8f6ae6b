import type { Person, Role } from '../config/schema.ts';
import type { Db } from './database.ts';
import { sealRows } from './seal.ts';

/** A person as the store knows them. */
export interface StoredPerson {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  managerId: string | null;
  timezone: string | null;
  slackId: string | null;
  teamsAadObjectId: string | null;
  active: boolean;
  firstSeenAt: Date;
}

/** What {@link syncPeople} changed. */
export interface PeopleSync {
  added: string[];
  updated: string[];
  deactivated: string[];
}

/**
 * Makes the people table match the config: adds newcomers (their `first_seen_at` is `now`, which
 * the engine uses for on-join prompts), updates the rest, and marks those no longer in the config
 * inactive. Nobody is deleted: their answers are evidence. Run it inside the caller's transaction.
 */
export async function syncPeople(db: Db, people: readonly Person[], now: Date): Promise<PeopleSync> {
  const at = now.toISOString();
  const existing = new Map((await db.selectFrom('people').selectAll().execute()).map((row) => [row.id, row]));
  const result: PeopleSync = { added: [], updated: [], deactivated: [] };
  for (const person of people) {
    const row = {
      name: person.name,
      email: person.email,
      roles: JSON.stringify(person.roles),
      manager_id: person.manager ?? null,
      timezone: person.timezone ?? null,
      slack_id: person.slackId ?? null,
      teams_aad_object_id: person.teamsAadObjectId ?? null,
      active: 1,
      synced_at: at,
    };
    const before = existing.get(person.id);
    if (!before) {
      await db.insertInto('people').values({ id: person.id, first_seen_at: at, ...row }).execute();
      result.added.push(person.id);
    } else if (changed(before, row)) {
      await db.updateTable('people').set(row).where('id', '=', person.id).execute();
      result.updated.push(person.id);
    }
    existing.delete(person.id);
  }
  for (const [id, row] of existing) {
    if (!row.active) continue;
    await db.updateTable('people').set({ active: 0, synced_at: at }).where('id', '=', id).execute();
    result.deactivated.push(id);
  }
  await sealRows(db, 'people', result.added, 'insert', { actor: 'system', now });
  await sealRows(db, 'people', [...result.updated, ...result.deactivated], 'update', { actor: 'system', now });
  return result;
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  return Object.entries(after).some(([key, value]) => key !== 'synced_at' && before[key] !== value);
}

/** Every person the store knows, active or not, by id. */
export async function listPeople(db: Db): Promise<StoredPerson[]> {
  const rows = await db.selectFrom('people').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    roles: JSON.parse(row.roles) as Role[],
    managerId: row.manager_id,
    timezone: row.timezone,
    slackId: row.slack_id,
    teamsAadObjectId: row.teams_aad_object_id,
    active: row.active === 1,
    firstSeenAt: new Date(row.first_seen_at),
  }));
}

/** When each stored person was first seen (people who were never seen again are included). */
export async function firstSeenTimes(db: Db): Promise<Map<string, Date>> {
  const rows = await db.selectFrom('people').select(['id', 'first_seen_at']).execute();
  return new Map(rows.map((r) => [r.id, new Date(r.first_seen_at)]));
}

/** Active people first seen after `after` (an ISO instant), with when. */
export async function activePeopleSeenAfter(db: Db, after: string): Promise<Map<string, Date>> {
  const rows = await db.selectFrom('people').select(['id', 'first_seen_at']).where('active', '=', 1).where('first_seen_at', '>', after).execute();
  return new Map(rows.map((r) => [r.id, new Date(r.first_seen_at)]));
}
