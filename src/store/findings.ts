import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from './database.ts';
import { sealRows } from './seal.ts';
import type { FindingsTable } from './tables.ts';

/** A finding: a problem an answer revealed. */
export interface Finding {
  id: string;
  promptId: string;
  attestationId: string;
  subjectKind: 'person' | 'supplier';
  subjectId: string;
  assigneeId: string;
  answerId: string;
  reason: string | null;
  openedAt: Date;
  status: 'open' | 'resolved';
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolution: string | null;
  /** How it was closed: the assignee changed the answer, or a manager or compliance resolved it with a note. */
  resolutionMethod: FindingsTable['resolution_method'];
}

/** Opens a finding for an answer. */
export async function openFinding(
  db: Db,
  f: Pick<Finding, 'promptId' | 'attestationId' | 'subjectKind' | 'subjectId' | 'assigneeId' | 'answerId' | 'reason'>,
  now: Date,
): Promise<Finding> {
  const finding: Finding = { ...f, id: randomUUID(), openedAt: now, status: 'open', resolvedAt: null, resolvedBy: null, resolution: null, resolutionMethod: null };
  await db
    .insertInto('findings')
    .values({
      id: finding.id, prompt_id: f.promptId, attestation_id: f.attestationId, subject_kind: f.subjectKind, subject_id: f.subjectId,
      assignee_id: f.assigneeId, answer_id: f.answerId, reason: f.reason, opened_at: now.toISOString(), status: 'open',
      resolved_at: null, resolved_by: null, resolution: null,
    })
    .execute();
  await sealRows(db, 'findings', [finding.id], 'insert', { actor: 'engine', now });
  return finding;
}

/**
 * Closes the open findings matching the filter (one finding by id, or those of one prompt),
 * recording who, how and the note; returns the ids closed.
 */
export async function resolveFindings(
  db: Db,
  filter: { id: string } | { promptId: string },
  closure: { by: string; method: NonNullable<FindingsTable['resolution_method']>; note: string },
  now: Date,
): Promise<string[]> {
  let query = db.updateTable('findings')
    .set({ status: 'resolved', resolved_at: now.toISOString(), resolved_by: closure.by, resolution: closure.note, resolution_method: closure.method })
    .where('status', '=', 'open');
  query = 'id' in filter ? query.where('id', '=', filter.id) : query.where('prompt_id', '=', filter.promptId);
  const rows = await query.returning('id').execute();
  await sealRows(db, 'findings', rows.map((r) => r.id), 'update', { actor: closure.by, now });
  return rows.map((r) => r.id);
}

/** The open finding on a prompt, if any (a prompt has at most one). */
export async function openFindingOfPrompt(db: Db, promptId: string): Promise<Finding | undefined> {
  const row = await db.selectFrom('findings').selectAll().where('prompt_id', '=', promptId).where('status', '=', 'open').executeTakeFirst();
  return row && toFinding(row);
}

/**
 * For each open finding, the occurrence since which the same question about the same subject
 * has passed: the first of the later prompts whose latest answer is compliant (Yes, N/A, a
 * written answer or a fully ticked checklist) with no non-compliant or missed one after it.
 * Shown beside a finding; it does not close it.
 */
export async function passedSince(db: Db, findings: readonly Finding[]): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  for (const f of findings) {
    const rows = await db.selectFrom('prompts as p')
      .leftJoin('answers as a', (join) => join.onRef('a.prompt_id', '=', 'p.id')
        .on('a.revision', '=', (eb) => eb.selectFrom('answers as b').select((b) => b.fn.max('b.revision').as('r')).whereRef('b.prompt_id', '=', 'p.id')))
      .select(['p.occurrence', 'p.status', 'a.value', 'a.checklist'])
      .where('p.attestation_id', '=', f.attestationId).where('p.subject_kind', '=', f.subjectKind).where('p.subject_id', '=', f.subjectId)
      .where('p.occurrence', '>', (eb) => eb.selectFrom('prompts as o').select('o.occurrence').where('o.id', '=', f.promptId))
      .orderBy('p.occurrence', 'desc').execute();
    let since: string | undefined;
    for (const r of rows) {
      if (r.value === null) {
        if (r.status === 'open') continue; // not yet answered: says nothing either way
        break;
      }
      const unticked = r.checklist !== null && Object.values(JSON.parse(r.checklist) as Record<string, boolean>).some((ticked) => !ticked);
      if (r.value === 'no' || unticked) break;
      since = r.occurrence;
    }
    if (since) out.set(f.id, new Date(since));
  }
  return out;
}

/** Open findings, oldest first; optionally only those assigned to the given people. */
export async function openFindings(db: Db, assigneeIds?: readonly string[]): Promise<Finding[]> {
  let query = db.selectFrom('findings').selectAll().where('status', '=', 'open');
  if (assigneeIds) {
    if (assigneeIds.length === 0) return [];
    query = query.where('assignee_id', 'in', assigneeIds);
  }
  const rows = await query.orderBy('opened_at').orderBy('id').execute();
  return rows.map(toFinding);
}

/** A finding by id. */
export async function findFinding(db: Db, id: string): Promise<Finding | undefined> {
  const row = await db.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toFinding(row);
}

export function toFinding(r: Selectable<FindingsTable>): Finding {
  return {
    id: r.id, promptId: r.prompt_id, attestationId: r.attestation_id, subjectKind: r.subject_kind, subjectId: r.subject_id,
    assigneeId: r.assignee_id, answerId: r.answer_id, reason: r.reason, openedAt: new Date(r.opened_at), status: r.status,
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null, resolvedBy: r.resolved_by, resolution: r.resolution,
    resolutionMethod: r.resolution_method ?? null,
  };
}
