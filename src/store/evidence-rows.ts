import { sql, type CompiledQuery } from 'kysely';
import type { Db } from './database.ts';
import { chunks } from './transactions.ts';
import { compiledRowArrays, keysetQuery, rowArrays, type BulkReader, type Keyset } from './bulk-read.ts';
import { toFinding, type Finding } from './findings.ts';
import {
  ANSWER_COPY, answerAt, answerBy, answerChannel, answerChecklist, answerLate, answerReason, answerRevision, answersOf, answerText, answerValue, type AnswerAt,
} from './evidence-answers.ts';

/** A prompt's own facts, as every evidence read reports them: what, of whom, when, and its state. */
export interface PromptFacts {
  attestationId: string;
  subjectKind: string;
  subjectId: string;
  assigneeId: string;
  occurrence: string;
  /** When the occurrence was scheduled to be issued (its due time counts from it). */
  scheduledAt: string;
  /** When Vigil actually issued the prompt, and when its message was delivered; null if never (recorded missed during downtime) or not yet. */
  issuedAt: string | null;
  deliveredAt: string | null;
  closesAt: string;
  status: string;
}

/** One prompt in an export: what was asked, of whom, and what happened. */
export interface EvidenceRow extends PromptFacts {
  promptId: string;
  /** The question exactly as it was asked. */
  question: string;
  answer: string | null;
  reason: string | null;
  checklist: string | null;
  text: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  late: boolean | null;
  channel: string | null;
  /** How many answers were given (a changed answer is a new one). */
  answers: number;
  remindersSent: string[];
  escalationsSent: string[];
}

/** Prompts per page (see evidencePage). */
const PAGE = 100;

/**
 * The outbox key of a prompt's own message, for joining it to its prompt: its sent_at is when the
 * prompt was delivered (for prompts from before prompts.delivered_at), and its created_at when it
 * was issued (for prompts from before prompts.created_at). Null for a prompt that carries both
 * itself, so the join finds nothing: a null key makes SQLite skip the index probe altogether, while
 * the same condition beside the key in the ON clause is tested only after the probe (EXPLAIN).
 */
export function promptMessageKey(prompt: 'p') {
  const column = (name: string) => sql.ref(`${prompt}.${name}`);
  return sql<string | null>`case when ${column('delivered_at')} is null or ${column('created_at')} is null then 'prompt:' || ${column('id')} end`;
}

/**
 * Every prompt whose occurrence falls in [from, to), oldest first, with its latest answer and
 * (unless `withNotices` is false) the reminders and escalations sent for it. Yields a page at a
 * time (keyset on occurrence and id), so memory stays flat however long the period.
 */
export async function* evidencePages(db: Db, from: Date, to: Date, withNotices = true, reader?: BulkReader): AsyncGenerator<EvidenceRow[]> {
  const page = keysetQuery((after) => promptPageQuery(db, EVIDENCE_COLUMNS, from, to, after));
  let after: Keyset | undefined;
  for (;;) {
    const rows = await evidencePage(db, page(after), withNotices, reader);
    if (rows.length === 0) return;
    const last = rows.at(-1)!;
    after = { occurrence: last.occurrence, id: last.promptId };
    yield rows;
  }
}

/** The prompt columns a page of an export may read. */
type PromptColumn = 'p.id' | 'p.attestation_id' | 'p.question' | 'p.subject_kind' | 'p.subject_id' | 'p.assignee_id' | 'p.occurrence' | 'p.issued_at' | 'p.closes_at' | 'p.status';

/**
 * A page of a period's prompts from the (occurrence, id) index, after the page before (the page
 * query of every export). Each row: `columns`, then when it was issued and delivered, then its
 * copy of its latest answer ({@link ANSWER_COPY}); read by position. Only the columns an export
 * shows: the width of a row is most of the cost of reading it.
 */
export function promptPageQuery(db: Db, columns: readonly PromptColumn[], from: Date, to: Date, after: Keyset | undefined) {
  let query = db.selectFrom('prompts as p')
    .leftJoin('outbox as o', (join) => join.on('o.dedupe_key', '=', promptMessageKey('p')))
    .select(columns)
    // Delivered: the prompt's sealed time; the outbox's only for prompts delivered before it had one.
    .select((eb) => [eb.fn.coalesce('p.created_at', 'o.created_at').as('created_at'), eb.fn.coalesce('p.delivered_at', 'o.sent_at').as('sent_at')])
    // The latest answer as the prompt keeps it (no look-up per prompt; see latestAnswers for the rest).
    .select(ANSWER_COPY)
    .where('p.occurrence', '<', to.toISOString());
  // A later page is bounded below by the row value alone, so the (occurrence, id) index seeks
  // straight to it. Beside an `occurrence >= ?` bound SQLite seeked by that one instead, to the
  // first prompt of the occurrence, and every page skipped the thousands sharing it again.
  if (after) {
    const { occurrence, id } = after;
    query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('p.occurrence', 'p.id'), '>', tuple(occurrence, id)));
  } else query = query.where('p.occurrence', '>=', from.toISOString());
  return query.orderBy('p.occurrence').orderBy('p.id').limit(PAGE);
}

/** The columns of {@link evidencePages}' rows, in this order. */
const EVIDENCE_COLUMNS: readonly PromptColumn[] = ['p.id', 'p.attestation_id', 'p.question', 'p.subject_kind', 'p.subject_id', 'p.assignee_id', 'p.occurrence', 'p.issued_at', 'p.closes_at', 'p.status'];

/**
 * One page of {@link evidencePages}. Its rows are read as arrays (through the bulk reader on
 * SQLite: no object per row) and let go once the page is built. Pages are small: a page is alive
 * while it is written, and a large one outlived young-generation collections and was promoted,
 * which grew the heap to several times what it holds.
 */
async function evidencePage(db: Db, query: CompiledQuery, withNotices: boolean, reader: BulkReader | undefined): Promise<EvidenceRow[]> {
  const prompts = (await compiledRowArrays(db, reader, query)) as (string | number | null)[][];
  const latest = await latestAnswers(db, reader, prompts);
  const notices = withNotices ? await remindersAndEscalations(db, reader, prompts.map((p) => p[0] as string)) : new Map<string, Notices>();
  return prompts.map((p) => {
    const id = p[0] as string;
    const a = latest(p);
    return {
      promptId: id, attestationId: p[1] as string, question: p[2] as string, subjectKind: p[3] as string, subjectId: p[4] as string, assigneeId: p[5] as string,
      occurrence: p[6] as string, scheduledAt: p[7] as string, issuedAt: p[10] as string | null, deliveredAt: p[11] as string | null, closesAt: p[8] as string, status: p[9] as string,
      answer: a ? answerValue(a) : null, reason: a ? answerReason(a) : null, checklist: a ? answerChecklist(a) : null, text: a ? answerText(a) : null,
      answeredBy: a ? answerBy(a) : null, answeredAt: a ? answerAt(a) : null, late: a ? answerLate(a) : null, channel: a ? answerChannel(a) : null,
      // Revisions count up from 1, so the latest's revision is how many answers were given.
      answers: a ? answerRevision(a) : 0,
      remindersSent: notices.get(id)?.reminders ?? [], escalationsSent: notices.get(id)?.escalations ?? [],
    };
  });
}

/** Where in a page row the prompt's copy of its latest answer starts (after the prompt's twelve columns). */
const COPY_AT = 12;

/**
 * Each prompt's latest answer: its own copy, or for a prompt without one (unanswered, or answered
 * before the copy existed) its answers looked up, one query for the page.
 */
async function latestAnswers(db: Db, reader: BulkReader | undefined, prompts: readonly (readonly unknown[])[]): Promise<(p: readonly unknown[]) => AnswerAt | undefined> {
  const uncopied = prompts.filter((p) => p[COPY_AT] === null).map((p) => p[0] as string);
  const answers = uncopied.length ? await answersOf(db, reader, uncopied) : new Map<string, AnswerAt[]>();
  return (p) => (p[COPY_AT] !== null ? { row: p, at: COPY_AT } : answers.get(p[0] as string)?.at(-1));
}

type Notices = { reminders: string[]; escalations: string[] };

/**
 * The reminders and escalations sent for the prompts given, by prompt id, oldest first. Through
 * the bulk reader on SQLite: a page's query is then prepared once per export, not once per page.
 */
async function remindersAndEscalations(db: Db, reader: BulkReader | undefined, promptIds: readonly string[]): Promise<Map<string, Notices>> {
  const notices = new Map<string, Notices>();
  for (const chunk of chunks(promptIds, 500)) {
    const query = db.selectFrom('notices').select(['prompt_id', 'kind', 'target', 'recipient_id', 'created_at'])
      .where('prompt_id', 'in', chunk).where('kind', 'in', ['reminder', 'escalation']).orderBy('created_at');
    for (const [promptId, kind, target, recipientId, createdAt] of (await rowArrays(db, reader, query)) as string[][]) {
      const entry = notices.get(promptId!) ?? { reminders: [], escalations: [] };
      if (kind === 'reminder') entry.reminders.push(createdAt!);
      else entry.escalations.push(`${createdAt} ${target === 'manager' ? `manager:${recipientId}` : 'compliance-channel'}`);
      notices.set(promptId!, entry);
    }
  }
  return notices;
}

/** How many prompts an export will hold (for the progress bar). */
export async function countEvidence(db: Db, from: Date, to: Date): Promise<number> {
  const row = await db.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n'))
    .where('occurrence', '>=', from.toISOString()).where('occurrence', '<', to.toISOString()).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Findings opened in [from, to), oldest first, each with its prompt's question (for the evidence pack). */
export async function findingsOpenedBetween(db: Db, from: Date, to: Date): Promise<(Finding & { question: string })[]> {
  const findings = await db.selectFrom('findings').innerJoin('prompts', 'prompts.id', 'findings.prompt_id').selectAll('findings').select('prompts.question')
    .where('findings.opened_at', '>=', from.toISOString()).where('findings.opened_at', '<', to.toISOString()).orderBy('findings.opened_at').execute();
  return findings.map((f) => ({ ...toFinding(f), question: f.question }));
}
