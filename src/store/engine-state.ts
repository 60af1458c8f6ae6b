import type { Db } from './database.ts';

/** Where a schedule's materialisation has got to. */
export interface ScheduleCursor {
  attestationId: string;
  timezone: string;
  occurrence: Date;
  issueAt: Date;
  audienceHash: string;
}

/** Every schedule cursor, keyed `attestationId|timezone`. */
export async function loadCursors(db: Db): Promise<Map<string, ScheduleCursor>> {
  const rows = await db.selectFrom('schedule_cursors').selectAll().execute();
  return new Map(
    rows.map((r) => [
      `${r.attestation_id}|${r.timezone}`,
      { attestationId: r.attestation_id, timezone: r.timezone, occurrence: new Date(r.occurrence), issueAt: new Date(r.issue_at), audienceHash: r.audience_hash },
    ]),
  );
}

/** Saves a schedule cursor. */
export async function saveCursor(db: Db, cursor: ScheduleCursor): Promise<void> {
  const values = { occurrence: cursor.occurrence.toISOString(), issue_at: cursor.issueAt.toISOString(), audience_hash: cursor.audienceHash };
  await db
    .insertInto('schedule_cursors')
    .values({ attestation_id: cursor.attestationId, timezone: cursor.timezone, ...values })
    .onConflict((oc) => oc.columns(['attestation_id', 'timezone']).doUpdateSet(values))
    .execute();
}

/** An engine-wide marker, or undefined. */
export async function getState(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('engine_state').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

/** Sets an engine-wide marker. */
export async function setState(db: Db, key: string, value: string): Promise<void> {
  await db.insertInto('engine_state').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}
