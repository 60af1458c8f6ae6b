import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from './database.ts';
import { sealRows } from './seal.ts';
import type { AbsencesTable } from './tables.ts';

/** An absence as stored: declared in chat, sealed like every evidence row. */
export interface StoredAbsence {
  id: string;
  personId: string;
  from: Date;
  /** When it ends (exclusive); a `back` moves it to the moment it was said. */
  until: Date;
  delegateId: string | null;
  declaredBy: string;
  channel: string;
  declaredAt: Date;
  endedAt: Date | null;
  endedBy: string | null;
}

/** What declaring an absence records. */
export interface NewAbsence {
  personId: string;
  from: Date;
  until: Date;
  delegateId?: string | undefined;
  declaredBy: string;
  channel: string;
}

function toAbsence(row: Selectable<AbsencesTable>): StoredAbsence {
  return {
    id: row.id, personId: row.person_id, from: new Date(row.starts_at), until: new Date(row.ends_at), delegateId: row.delegate_id,
    declaredBy: row.declared_by, channel: row.channel, declaredAt: new Date(row.declared_at),
    endedAt: row.ended_at === null ? null : new Date(row.ended_at), endedBy: row.ended_by,
  };
}

/** Records an absence and seals it, in the caller's write transaction. */
export async function insertAbsence(db: Db, absence: NewAbsence, now: Date): Promise<StoredAbsence> {
  const id = randomUUID();
  await db.insertInto('absences').values({
    id, person_id: absence.personId, starts_at: absence.from.toISOString(), ends_at: absence.until.toISOString(), delegate_id: absence.delegateId ?? null,
    declared_by: absence.declaredBy, channel: absence.channel, declared_at: now.toISOString(), ended_at: null, ended_by: null,
  }).execute();
  await sealRows(db, 'absences', [id], 'insert', { actor: absence.declaredBy, now });
  return (await findAbsence(db, id))!;
}

/** An absence by id. */
export async function findAbsence(db: Db, id: string): Promise<StoredAbsence | undefined> {
  const row = await db.selectFrom('absences').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAbsence(row);
}

/**
 * Ends a person's absences that have not ended by `now`: a current one ends now, one not yet
 * begun is called off (it ends as it starts). Sealed; returns those ended.
 */
export async function endAbsences(db: Db, personId: string, by: string, now: Date, declaredThrough?: string): Promise<StoredAbsence[]> {
  let query = db.selectFrom('absences').selectAll().where('person_id', '=', personId).where('ends_at', '>', now.toISOString()).where('ended_at', 'is', null);
  if (declaredThrough !== undefined) query = query.where('channel', '=', declaredThrough);
  const rows = await query.execute();
  for (const row of rows) {
    const ends = row.starts_at > now.toISOString() ? row.starts_at : now.toISOString();
    await db.updateTable('absences').set({ ends_at: ends, ended_at: now.toISOString(), ended_by: by }).where('id', '=', row.id).execute();
  }
  await sealRows(db, 'absences', rows.map((r) => r.id), 'update', { actor: by, now });
  return Promise.all(rows.map(async (r) => (await findAbsence(db, r.id))!));
}

/** Absences that have not ended by `since` (current and future), oldest first. */
export async function absencesEndingAfter(db: Db, since: Date): Promise<StoredAbsence[]> {
  const rows = await db.selectFrom('absences').selectAll().where('ends_at', '>', since.toISOString()).where((eb) => eb('starts_at', '<', eb.ref('ends_at'))).orderBy('starts_at').execute();
  return rows.map(toAbsence);
}

/** Absences overlapping [from, until), for status and evidence. */
export async function absencesBetween(db: Db, from: Date, until: Date): Promise<StoredAbsence[]> {
  const rows = await db.selectFrom('absences').selectAll().where('ends_at', '>', from.toISOString()).where('starts_at', '<', until.toISOString()).orderBy('starts_at').execute();
  return rows.map(toAbsence).filter((a) => a.until > a.from);
}
