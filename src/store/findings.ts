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
}

/** Opens a finding for an answer. */
export async function openFinding(
  db: Db,
  f: Pick<Finding, 'promptId' | 'attestationId' | 'subjectKind' | 'subjectId' | 'assigneeId' | 'answerId' | 'reason'>,
  now: Date,
): Promise<Finding> {
  const finding: Finding = { ...f, id: randomUUID(), openedAt: now, status: 'open', resolvedAt: null, resolvedBy: null, resolution: null };
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

/** Resolves open findings matching the filter; returns the ids resolved. */
export async function resolveFindings(
  db: Db,
  filter: { id?: string; attestationId?: string; subjectKind?: string; subjectId?: string },
  by: string,
  resolution: string,
  now: Date,
): Promise<string[]> {
  let query = db.updateTable('findings').set({ status: 'resolved', resolved_at: now.toISOString(), resolved_by: by, resolution }).where('status', '=', 'open');
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.attestationId) query = query.where('attestation_id', '=', filter.attestationId);
  if (filter.subjectKind) query = query.where('subject_kind', '=', filter.subjectKind as 'person' | 'supplier');
  if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
  const rows = await query.returning('id').execute();
  await sealRows(db, 'findings', rows.map((r) => r.id), 'update', { actor: by, now });
  return rows.map((r) => r.id);
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
  };
}
