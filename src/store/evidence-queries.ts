import { sql, type CompiledQuery } from 'kysely';
import type { Db } from './database.ts';
import { FINDING_CHANGES } from './migrations/0015-finding-changes-index.ts';
import { promptMessageKey, promptPageQuery, type PromptFacts } from './evidence-rows.ts';
import { chunks } from './transactions.ts';
import { compiledRowArrays, keysetQuery, type BulkReader, type Keyset } from './bulk-read.ts';
import {
  answerAt, answerBy, answerChannel, answerChecklist, answerId, answerLate, answerReason, answerRevision, answersOf, answerText, answerValue, type AnswerAt,
} from './evidence-answers.ts';

/**
 * Reads for the audit package (`vigil export --format package`): a period's prompts with every
 * revision of their answers, its findings with their history, its notices, and the audit
 * chain's head. Read-only; a page at a time where the period can hold a million rows.
 */

/** One prompt of a period as the package needs it. */
export interface PopulationPrompt extends PromptFacts {
  id: string;
}

/** One revision of an answer. */
export interface AnswerRevision {
  id: string;
  promptId: string;
  revision: number;
  answeredBy: string;
  value: string;
  reason: string | null;
  checklist: string | null;
  text: string | null;
  late: boolean;
  channel: string;
  answeredAt: string;
}

/** A prompt with every revision of its answer, oldest first. */
export interface PromptWithAnswers extends PopulationPrompt {
  answers: AnswerRevision[];
}

const PAGE = 100;

/**
 * Every prompt whose occurrence falls in [from, to), oldest first, each with all its answers.
 * A keyset page of prompts on the (occurrence, id) index at a time, each with the copy of its
 * latest answer it keeps, so the population and the answer history come from the same read; only
 * prompts answered more than once (or before the copy existed) have their answers looked up.
 */
export async function* promptsWithAnswerPages(db: Db, from: Date, to: Date, reader?: BulkReader): AsyncGenerator<PromptWithAnswers[]> {
  const page = keysetQuery((after) => promptPageQuery(db, POPULATION_COLUMNS, from, to, after));
  let after: Keyset | undefined;
  for (;;) {
    const prompts = await promptsWithAnswersPage(db, page(after), reader);
    if (prompts.length === 0) return;
    const last = prompts.at(-1)!;
    after = { occurrence: last.occurrence, id: last.id };
    yield prompts;
  }
}

/** Where in a page row the prompt's copy of its latest answer starts (after the prompt's eleven columns). */
const COPY_AT = 11;

/** The columns of a population page's rows, in this order. */
const POPULATION_COLUMNS = ['p.id', 'p.attestation_id', 'p.subject_kind', 'p.subject_id', 'p.assignee_id', 'p.occurrence', 'p.issued_at', 'p.closes_at', 'p.status'] as const;

/**
 * One page of {@link promptsWithAnswerPages}. The rows are read as arrays (through the bulk reader
 * on SQLite: no object per row) and let go when the page is built.
 */
async function promptsWithAnswersPage(db: Db, query: CompiledQuery, reader: BulkReader | undefined): Promise<PromptWithAnswers[]> {
  const rows = (await compiledRowArrays(db, reader, query)) as (string | number | null)[][];
  // A copy of revision 1 is the prompt's only answer; the others' answers are looked up.
  const lookUp = rows.filter((r) => r[COPY_AT] === null || Number(r[COPY_AT + 1]) !== 1).map((r) => r[0] as string);
  const answers = lookUp.length ? await answersOf(db, reader, lookUp) : undefined;
  return rows.map((r) => {
    const id = r[0] as string;
    const own = r[COPY_AT] !== null && Number(r[COPY_AT + 1]) === 1 ? [{ row: r, at: COPY_AT }] : answers?.get(id) ?? [];
    return {
      id, attestationId: r[1] as string, subjectKind: r[2] as string, subjectId: r[3] as string, assigneeId: r[4] as string,
      occurrence: r[5] as string, scheduledAt: r[6] as string, issuedAt: r[9] as string | null, deliveredAt: r[10] as string | null,
      closesAt: r[7] as string, status: r[8] as string, answers: own.map((a) => revisionOf(id, a)),
    };
  });
}

function revisionOf(promptId: string, a: AnswerAt): AnswerRevision {
  return {
    id: answerId(a), promptId, revision: answerRevision(a), answeredBy: answerBy(a), value: answerValue(a), reason: answerReason(a),
    checklist: answerChecklist(a), text: answerText(a), late: answerLate(a), channel: answerChannel(a), answeredAt: answerAt(a),
  };
}

/** The prompts among `promptIds` that were escalated (a manager or the compliance channel was told). */
export async function escalatedPrompts(db: Db, promptIds: readonly string[]): Promise<Set<string>> {
  const escalated = new Set<string>();
  for (const chunk of chunks(promptIds, 500)) {
    const rows = await db.selectFrom('notices').select('prompt_id').distinct().where('prompt_id', 'in', chunk).where('kind', '=', 'escalation').execute();
    for (const r of rows) escalated.add(r.prompt_id);
  }
  return escalated;
}

/** A finding with the answer that opened it. */
export interface PeriodFinding {
  id: string;
  promptId: string;
  attestationId: string;
  subjectKind: string;
  subjectId: string;
  assigneeId: string;
  answerId: string;
  /** The revision of the answer that opened it, and who gave it. */
  openedByRevision: number | null;
  openedBy: string | null;
  reason: string | null;
  openedAt: string;
  status: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
  /** 'answer-changed' (the assignee changed this prompt's answer) or 'resolved' (a manager or compliance, with a note); null before it was recorded. */
  resolutionMethod: string | null;
  /** Its prompt's scheduled time, when Vigil issued it, and when its message was delivered (null: never). */
  promptScheduledAt: string;
  promptIssuedAt: string | null;
  promptDeliveredAt: string | null;
}

/** Findings on the prompts of a period, oldest first, each with the answer revision that opened it. */
export async function findingsOfPeriod(db: Db, from: Date, to: Date): Promise<PeriodFinding[]> {
  const rows = await db.selectFrom('findings as f')
    .innerJoin('prompts as p', 'p.id', 'f.prompt_id')
    .leftJoin('answers as a', 'a.id', 'f.answer_id')
    .leftJoin('outbox as o', (join) => join.on('o.dedupe_key', '=', promptMessageKey('p')))
    .selectAll('f').select(['a.revision', 'a.answered_by', 'p.issued_at as prompt_scheduled_at'])
    .select((eb) => eb.fn.coalesce('p.delivered_at', 'o.sent_at').as('prompt_delivered_at'))
    .select((eb) => eb.fn.coalesce('p.created_at', 'o.created_at').as('prompt_issued_at'))
    .where('p.occurrence', '>=', from.toISOString()).where('p.occurrence', '<', to.toISOString())
    .orderBy('f.opened_at').orderBy('f.id').execute();
  return rows.map((f) => ({
    id: f.id, promptId: f.prompt_id, attestationId: f.attestation_id, subjectKind: f.subject_kind, subjectId: f.subject_id, assigneeId: f.assignee_id,
    answerId: f.answer_id, openedByRevision: f.revision === null ? null : Number(f.revision), openedBy: f.answered_by, reason: f.reason,
    openedAt: f.opened_at, status: f.status, resolvedAt: f.resolved_at, resolvedBy: f.resolved_by, resolution: f.resolution,
    resolutionMethod: f.resolution_method,
    promptScheduledAt: f.prompt_scheduled_at, promptIssuedAt: f.prompt_issued_at, promptDeliveredAt: f.prompt_delivered_at ?? null,
  }));
}

/** A change to a finding, as the audit log recorded it. */
export interface FindingChange {
  findingId: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
  data: Record<string, unknown>;
}

/**
 * What the audit log says happened to each finding: the records whose subject is a finding
 * (`finding.*`) and the answers that resolved one (`answer.recorded` naming it in
 * findingsResolved). Keyed by finding id, oldest first.
 */
export async function findingChanges(db: Db, findingIds: readonly string[]): Promise<Map<string, FindingChange[]>> {
  const wanted = new Set(findingIds);
  const changes = new Map<string, FindingChange[]>();
  if (wanted.size === 0) return changes;
  const add = (findingId: string, r: { seq: number | string; at: string; actor: string; action: string }, data: Record<string, unknown>) => {
    const list = changes.get(findingId) ?? [];
    list.push({ findingId, seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, data });
    changes.set(findingId, list);
  };
  // The condition as the partial index states it, word for word, so the index serves it.
  const rows = await db.selectFrom('audit_log').select(['seq', 'at', 'actor', 'action', 'subject', 'data'])
    .where(sql<boolean>`${sql.raw(FINDING_CHANGES)}`)
    .orderBy('seq').execute();
  for (const r of rows) {
    const data = JSON.parse(r.data) as Record<string, unknown>;
    if (r.action.startsWith('finding.') && r.subject && wanted.has(r.subject)) add(r.subject, r, data);
    for (const id of Array.isArray(data.findingsResolved) ? (data.findingsResolved as string[]) : []) if (wanted.has(id)) add(id, r, data);
  }
  return changes;
}

/** One notice (reminder, escalation, missed, no-answer) sent for a prompt of the period. */
export interface PeriodNotice {
  id: string;
  promptId: string;
  kind: string;
  step: number;
  target: string;
  recipientId: string | null;
  createdAt: string;
}

/** The notices sent for the prompts of a period, a page of prompts at a time, in prompt order. */
export async function* noticePages(db: Db, from: Date, to: Date): AsyncGenerator<PeriodNotice[]> {
  let after: { occurrence: string; id: string } | undefined;
  for (;;) {
    let page = db.selectFrom('prompts').select(['id', 'occurrence'])
      .where('occurrence', '<', to.toISOString());
    // A later page is bounded below by the row value alone (see evidencePage).
    if (after) {
      const { occurrence, id } = after;
      page = page.where(({ eb, refTuple, tuple }) => eb(refTuple('occurrence', 'id'), '>', tuple(occurrence, id)));
    } else page = page.where('occurrence', '>=', from.toISOString());
    const prompts = await page.orderBy('occurrence').orderBy('id').limit(PAGE).execute();
    if (prompts.length === 0) return;
    const notices: PeriodNotice[] = [];
    for (const chunk of chunks(prompts.map((p) => p.id), 500)) {
      const rows = await db.selectFrom('notices').selectAll().where('prompt_id', 'in', chunk).orderBy('created_at').orderBy('id').execute();
      notices.push(...rows.map((n) => ({ id: n.id, promptId: n.prompt_id, kind: n.kind, step: Number(n.step), target: n.target, recipientId: n.recipient_id, createdAt: n.created_at })));
    }
    yield notices;
    const last = prompts.at(-1)!;
    after = { occurrence: last.occurrence, id: last.id };
  }
}

/** The audit chain's last record (seq and hash), or undefined for an empty chain. */
export async function auditChainHead(db: Db): Promise<{ seq: number; hash: string; at: string } | undefined> {
  const row = await db.selectFrom('audit_log').select(['seq', 'hash', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && { seq: Number(row.seq), hash: row.hash, at: row.at };
}

/** How many prompts a period holds (for a progress bar). */
export async function countPromptsOfPeriod(db: Db, from: Date, to: Date): Promise<number> {
  const row = await db.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n'))
    .where('occurrence', '>=', from.toISOString()).where('occurrence', '<', to.toISOString()).executeTakeFirstOrThrow();
  return Number(row.n);
}
