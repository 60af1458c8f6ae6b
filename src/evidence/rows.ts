import type { Kysely } from 'kysely';
import { chunks, type Database } from '../store/index.ts';

/** One prompt in an export: what was asked, of whom, and what happened. */
export interface EvidenceRow {
  promptId: string;
  attestationId: string;
  /** The question exactly as it was asked. */
  question: string;
  subjectKind: string;
  subjectId: string;
  assigneeId: string;
  occurrence: string;
  issuedAt: string;
  closesAt: string;
  status: string;
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

const PAGE = 1000;

/**
 * Every prompt whose occurrence falls in [from, to), oldest first, with its latest answer and
 * the reminders and escalations sent for it. Streams page by page (keyset on occurrence and id),
 * so memory stays flat however long the period.
 */
export async function* evidenceRows(db: Kysely<Database>, from: Date, to: Date): AsyncGenerator<EvidenceRow> {
  let after: { occurrence: string; id: string } | undefined;
  for (;;) {
    let query = db.selectFrom('prompts').selectAll()
      .where('occurrence', '>=', from.toISOString()).where('occurrence', '<', to.toISOString());
    if (after) {
      const { occurrence, id } = after;
      query = query.where((eb) => eb.or([eb('occurrence', '>', occurrence), eb.and([eb('occurrence', '=', occurrence), eb('id', '>', id)])]));
    }
    const prompts = await query.orderBy('occurrence').orderBy('id').limit(PAGE).execute();
    if (prompts.length === 0) return;
    const ids = prompts.map((p) => p.id);
    const answers = new Map<string, { latest: Record<string, unknown>; count: number }>();
    const notices = new Map<string, { reminders: string[]; escalations: string[] }>();
    for (const chunk of chunks(ids, 500)) {
      for (const a of await db.selectFrom('answers').selectAll().where('prompt_id', 'in', chunk).orderBy('revision').execute()) {
        const entry = answers.get(a.prompt_id);
        answers.set(a.prompt_id, { latest: a, count: (entry?.count ?? 0) + 1 });
      }
      for (const n of await db.selectFrom('notices').select(['prompt_id', 'kind', 'target', 'recipient_id', 'created_at']).where('prompt_id', 'in', chunk).where('kind', 'in', ['reminder', 'escalation']).orderBy('created_at').execute()) {
        const entry = notices.get(n.prompt_id) ?? { reminders: [], escalations: [] };
        if (n.kind === 'reminder') entry.reminders.push(n.created_at);
        else entry.escalations.push(`${n.created_at} ${n.target === 'manager' ? `manager:${n.recipient_id}` : 'compliance-channel'}`);
        notices.set(n.prompt_id, entry);
      }
    }
    for (const p of prompts) {
      const a = answers.get(p.id)?.latest as { value: string; reason: string | null; checklist: string | null; text: string | null; answered_by: string; answered_at: string; late: number; channel: string } | undefined;
      yield {
        promptId: p.id, attestationId: p.attestation_id, question: p.question, subjectKind: p.subject_kind, subjectId: p.subject_id, assigneeId: p.assignee_id,
        occurrence: p.occurrence, issuedAt: p.issued_at, closesAt: p.closes_at, status: p.status,
        answer: a?.value ?? null, reason: a?.reason ?? null, checklist: a?.checklist ?? null, text: a?.text ?? null,
        answeredBy: a?.answered_by ?? null, answeredAt: a?.answered_at ?? null, late: a ? a.late === 1 : null, channel: a?.channel ?? null,
        answers: answers.get(p.id)?.count ?? 0,
        remindersSent: notices.get(p.id)?.reminders ?? [], escalationsSent: notices.get(p.id)?.escalations ?? [],
      };
    }
    const last = prompts.at(-1)!;
    after = { occurrence: last.occurrence, id: last.id };
  }
}

/** How many prompts an export will hold (for the progress bar). */
export async function countEvidence(db: Kysely<Database>, from: Date, to: Date): Promise<number> {
  const row = await db.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n'))
    .where('occurrence', '>=', from.toISOString()).where('occurrence', '<', to.toISOString()).executeTakeFirstOrThrow();
  return Number(row.n);
}
