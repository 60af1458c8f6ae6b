import type { Selectable } from 'kysely';
import type { Db } from './database.ts';
import { answerCopy, type Answer } from './answers.ts';
import { appendSeals, sealEntry, sealRows } from './seal.ts';
import type { PromptsTable } from './tables.ts';
import { chunks } from './transactions.ts';

/** A prompt as the engine and the channels see it. */
export interface Prompt {
  id: string;
  attestationId: string;
  subjectKind: 'person' | 'supplier';
  subjectId: string;
  assigneeId: string;
  occurrence: Date;
  question: string;
  answerKind: string;
  checklist: string[] | null;
  issuedAt: Date;
  closesAt: Date;
  /** excused: its occurrence fell inside the assignee's absence (see `excusedBy`); neither done nor missed. */
  status: 'open' | 'answered' | 'missed' | 'excused';
  closedAt: Date | null;
  nextActionAt: Date | null;
  /** For a prompt asking to read and accept a policy: which policy, and the version asked about. */
  policy?: { id: string; version: string };
  /** For an excused prompt: the absence that excused it. */
  excusedBy?: string;
  /** For a prompt sent to someone covering the assignee's absence: who. */
  delegateId?: string;
}

/** What the engine inserts. */
export type NewPrompt = Omit<Prompt, 'closedAt'> & { closedAt?: Date | null };

const date = (value: string | null) => (value === null ? null : new Date(value));

/** Maps a row to a Prompt. */
export function toPrompt(row: Selectable<PromptsTable>): Prompt {
  return {
    id: row.id,
    attestationId: row.attestation_id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    assigneeId: row.assignee_id,
    occurrence: new Date(row.occurrence),
    question: row.question,
    answerKind: row.answer_kind,
    checklist: row.checklist === null ? null : (JSON.parse(row.checklist) as string[]),
    issuedAt: new Date(row.issued_at),
    closesAt: new Date(row.closes_at),
    status: row.status,
    closedAt: date(row.closed_at),
    nextActionAt: date(row.next_action_at),
    ...(row.policy_id !== null && row.policy_id !== undefined ? { policy: { id: row.policy_id, version: row.policy_version ?? '' } } : {}),
    ...(row.excused_by ? { excusedBy: row.excused_by } : {}),
    ...(row.delegate_id ? { delegateId: row.delegate_id } : {}),
  };
}

/**
 * Inserts prompts, skipping any that already exist for the same (attestation, subject,
 * occurrence), and returns the ids of those actually inserted: the caller sends only those.
 * Call it inside a write transaction, so nobody inserts between the look-up and the insert.
 */
export async function insertPrompts(db: Db, prompts: readonly NewPrompt[], now = new Date()): Promise<Set<string>> {
  const existing = new Set<string>();
  const occurrences = new Map<string, Set<string>>();
  for (const p of prompts) {
    let instants = occurrences.get(p.attestationId);
    if (!instants) occurrences.set(p.attestationId, (instants = new Set()));
    instants.add(p.occurrence.toISOString());
  }
  for (const [attestationId, instants] of occurrences) {
    for (const chunk of chunks([...instants], 200)) {
      const rows = await db.selectFrom('prompts').select(['subject_kind', 'subject_id', 'occurrence'])
        .where('attestation_id', '=', attestationId).where('occurrence', 'in', chunk).execute();
      for (const r of rows) existing.add(`${attestationId}|${r.occurrence}|${r.subject_kind}|${r.subject_id}`);
    }
  }
  const fresh = prompts.filter((p) => !existing.has(`${p.attestationId}|${p.occurrence.toISOString()}|${p.subjectKind}|${p.subjectId}`));
  // Thousands of prompts share a handful of instants: format each Date once.
  const isoOf = new Map<Date, string>();
  const iso = (d: Date) => {
    let text = isoOf.get(d);
    if (text === undefined) isoOf.set(d, (text = d.toISOString()));
    return text;
  };
  for (const chunk of chunks(fresh, 1000)) {
    const rows = chunk.map((p) => ({
          id: p.id,
          attestation_id: p.attestationId,
          subject_kind: p.subjectKind,
          subject_id: p.subjectId,
          assignee_id: p.assigneeId,
          occurrence: iso(p.occurrence),
          question: p.question,
          answer_kind: p.answerKind,
          checklist: p.checklist === null ? null : JSON.stringify(p.checklist),
          issued_at: iso(p.issuedAt),
          // When Vigil really issued it (issued_at is the occurrence's scheduled issue time, which a
          // prompt caught up after downtime is issued after); none for one recorded missed unsent.
          created_at: p.status === 'open' ? iso(now) : null,
          closes_at: iso(p.closesAt),
          status: p.status,
          closed_at: p.closedAt ? iso(p.closedAt) : null,
          next_action_at: p.nextActionAt ? iso(p.nextActionAt) : null,
          // Null for all but an acknowledgement: a seal leaves nulls out, so other rows seal as before.
          policy_id: p.policy?.id ?? null,
          policy_version: p.policy?.version ?? null,
          excused_by: p.excusedBy ?? null,
          delegate_id: p.delegateId ?? null,
        }));
    await db
      .insertInto('prompts')
      .values(rows)
      // The unique index stays the guarantee; the look-up above only spares the RETURNING.
      .onConflict((oc) => oc.columns(['attestation_id', 'occurrence', 'subject_kind', 'subject_id']).doNothing())
      .execute();
    // Sealed from the values written (text and integers, as the database returns them), not
    // re-read: issuing is the bulk write. A prompt's id is made of its unique key, so a row
    // skipped by the conflict clause holds these very values.
    await appendSeals(db, 'prompts', 'insert', rows.map((row) => sealEntry('prompts', row)), { actor: 'engine', now });
  }
  return new Set(fresh.map((p) => p.id));
}

/** A prompt by id. */
export async function findPrompt(db: Db, id: string): Promise<Prompt | undefined> {
  const row = await db.selectFrom('prompts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPrompt(row);
}

/** Prompts the engine must look at now: a reminder, escalation or close is due. */
export async function promptsNeedingAction(db: Db, now: Date): Promise<Prompt[]> {
  const rows = await db.selectFrom('prompts').selectAll().where('next_action_at', '<=', now.toISOString()).orderBy('next_action_at').execute();
  return rows.map(toPrompt);
}

/** Saves what the engine decided for a prompt after acting on it. */
export async function updatePromptProgress(
  db: Db,
  id: string,
  change: { status?: Prompt['status']; closedAt?: Date | null; nextActionAt: Date | null; excusedBy?: string; answer?: Answer },
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('prompts')
    .set({
      ...(change.status ? { status: change.status } : {}),
      // The answer just appended becomes the prompt's copy of its latest (sealed below with the rest).
      ...(change.answer ? answerCopy(change.answer) : {}),
      ...(change.excusedBy ? { excused_by: change.excusedBy } : {}),
      ...(change.closedAt !== undefined ? { closed_at: change.closedAt ? change.closedAt.toISOString() : null } : {}),
      next_action_at: change.nextActionAt ? change.nextActionAt.toISOString() : null,
    })
    .where('id', '=', id)
    .execute();
  // The next-action time is unbound bookkeeping: only a change to what the prompt records is sealed.
  if (change.status !== undefined || change.closedAt !== undefined || change.answer) await sealRows(db, 'prompts', [id], 'update', { actor: 'engine', now });
}

/**
 * Open prompts (unanswered, window open or missed but not yet answered) assigned to people, or
 * sent to them as someone's delegate, oldest first. Excused prompts are not owed.
 */
export async function unansweredPrompts(db: Db, assigneeIds: readonly string[]): Promise<Prompt[]> {
  if (assigneeIds.length === 0) return [];
  const rows = await db
    .selectFrom('prompts')
    .selectAll()
    .where((eb) => eb.or([eb('assignee_id', 'in', assigneeIds), eb('delegate_id', 'in', assigneeIds)]))
    .where('status', 'in', ['open', 'missed'])
    .orderBy('issued_at')
    .orderBy('id')
    .execute();
  return rows.map(toPrompt);
}

/**
 * The latest prompt of each (attestation, subject): the current period. Optionally only those
 * assigned to the given people.
 */
export async function currentPrompts(db: Db, assigneeIds?: readonly string[]): Promise<Prompt[]> {
  if (assigneeIds?.length === 0) return [];
  // The latest occurrence per (attestation, subject) comes from the prompts_subject_occurrence
  // index alone; only those prompts are then read.
  const latest = db
    .selectFrom('prompts')
    .select(['attestation_id', 'subject_kind', 'subject_id', (eb) => eb.fn.max('occurrence').as('occurrence')])
    .groupBy(['attestation_id', 'subject_kind', 'subject_id'])
    .as('l');
  let query = db
    .selectFrom('prompts as p')
    .innerJoin(latest, (join) => join
      .onRef('p.attestation_id', '=', 'l.attestation_id')
      .onRef('p.subject_kind', '=', 'l.subject_kind')
      .onRef('p.subject_id', '=', 'l.subject_id')
      .onRef('p.occurrence', '=', 'l.occurrence'))
    .selectAll('p');
  if (assigneeIds) query = query.where('p.assignee_id', 'in', assigneeIds);
  const rows = await query.orderBy('p.attestation_id').orderBy('p.subject_id').execute();
  return rows.map(toPrompt);
}

/** The earliest next action (reminder, escalation, close) of any prompt after `now`, or undefined. */
export async function earliestActionAfter(db: Db, now: Date): Promise<Date | undefined> {
  const row = await db.selectFrom('prompts').select((eb) => eb.fn.min('next_action_at').as('at')).where('next_action_at', '>', now.toISOString()).executeTakeFirst();
  return row?.at ? new Date(row.at) : undefined;
}

/** The occurrence and status of every prompt since `since` (of `assigneeIds` only, when given). */
export async function promptStatusesSince(db: Db, since: Date, assigneeIds?: readonly string[]): Promise<{ occurrence: Date; status: Prompt['status'] }[]> {
  let recent = db.selectFrom('prompts').select(['occurrence', 'status']).where('occurrence', '>=', since.toISOString());
  if (assigneeIds) recent = recent.where('assignee_id', 'in', assigneeIds);
  return (await recent.execute()).map((row) => ({ occurrence: new Date(row.occurrence), status: row.status }));
}

/**
 * Records when a prompt's own message reached its person, once (a redelivery keeps the first),
 * sealed with the prompt. The caller owns the transaction, which also marks the message sent.
 */
export async function markPromptDelivered(db: Db, promptId: string, at: Date): Promise<void> {
  const result = await db.updateTable('prompts').set({ delivered_at: at.toISOString() }).where('id', '=', promptId).where('delivered_at', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) await sealRows(db, 'prompts', [promptId], 'update', { actor: 'vigil', now: at, cause: 'prompt.delivered' });
}
