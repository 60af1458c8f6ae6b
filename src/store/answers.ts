import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { AnswersTable, PromptsTable } from './tables.ts';
import { sealRows } from './seal.ts';
import { chunks } from './transactions.ts';

/** The kinds of answer value. */
export type AnswerValue = 'yes' | 'no' | 'na' | 'checklist' | 'text';

/** An answer as recorded. */
export interface Answer {
  id: string;
  promptId: string;
  revision: number;
  answeredBy: string;
  value: AnswerValue;
  reason: string | null;
  /** Item → ticked, for checklists. */
  checklist: Record<string, boolean> | null;
  text: string | null;
  late: boolean;
  channel: string;
  answeredAt: Date;
}

/**
 * Appends an answer as the prompt's next revision; nothing earlier is touched. The caller copies
 * it onto its prompt in the same transaction (updatePromptProgress with `answer`).
 */
export async function appendAnswer(db: Db, answer: Omit<Answer, 'id' | 'revision'>): Promise<Answer> {
  const last = await db
    .selectFrom('answers')
    .select((eb) => eb.fn.max('revision').as('revision'))
    .where('prompt_id', '=', answer.promptId)
    .executeTakeFirst();
  const recorded: Answer = { ...answer, id: randomUUID(), revision: Number(last?.revision ?? 0) + 1 };
  await db.insertInto('answers').values(answerRow(recorded)).execute();
  await sealRows(db, 'answers', [recorded.id], 'insert', { actor: recorded.answeredBy, now: recorded.answeredAt });
  return recorded;
}

/** An answer as its row stores it. */
function answerRow(answer: Answer): Insertable<AnswersTable> {
  return {
    id: answer.id, prompt_id: answer.promptId, revision: answer.revision, answered_by: answer.answeredBy, value: answer.value, reason: answer.reason,
    checklist: answer.checklist === null ? null : JSON.stringify(answer.checklist), text: answer.text,
    late: answer.late ? 1 : 0, channel: answer.channel, answered_at: answer.answeredAt.toISOString(),
  };
}

/** The prompt columns that copy a prompt's latest answer (migration 0014), in the answer row's own encoding. */
export function answerCopy(answer: Answer): Pick<PromptsTable, 'answer_id' | 'answer_revision' | 'answered_by' | 'answer_value' | 'answer_reason' | 'answer_checklist' | 'answer_text' | 'answer_late' | 'answer_channel' | 'answered_at'> {
  const row = answerRow(answer);
  return {
    answer_id: row.id, answer_revision: row.revision, answered_by: row.answered_by, answer_value: row.value, answer_reason: row.reason ?? null,
    answer_checklist: row.checklist ?? null, answer_text: row.text ?? null, answer_late: row.late ?? 0, answer_channel: row.channel, answered_at: row.answered_at,
  };
}

/** The latest answer of each prompt given, by prompt id. */
export async function latestAnswers(db: Db, promptIds: readonly string[]): Promise<Map<string, Answer>> {
  const latest = new Map<string, Answer>();
  for (const chunk of chunks(promptIds, 500)) {
    const rows = await db.selectFrom('answers').selectAll().where('prompt_id', 'in', chunk).orderBy('revision').execute();
    for (const r of rows) latest.set(r.prompt_id, toAnswer(r));
  }
  return latest;
}

/** A prompt's current answer (its highest revision), if it has one. */
export async function currentAnswer(db: Db, promptId: string): Promise<Answer | undefined> {
  const row = await db.selectFrom('answers').selectAll().where('prompt_id', '=', promptId).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  return row && toAnswer(row);
}

function toAnswer(r: Selectable<AnswersTable>): Answer {
  return {
    id: r.id, promptId: r.prompt_id, revision: r.revision, answeredBy: r.answered_by, value: r.value, reason: r.reason,
    checklist: r.checklist === null ? null : (JSON.parse(r.checklist) as Record<string, boolean>), text: r.text,
    late: r.late === 1, channel: r.channel, answeredAt: new Date(r.answered_at),
  };
}

/**
 * Records a platform event id; false when it was already recorded (a retried delivery, which
 * must change nothing).
 */
export async function markEventProcessed(db: Db, platform: string, eventId: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('processed_events')
    .values({ platform, event_id: eventId, received_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The prompts a person answered most recently (latest first, one entry per answer given), with their questions. */
export async function recentlyAnsweredPrompts(db: Db, assigneeId: string, limit: number): Promise<{ id: string; question: string }[]> {
  return db.selectFrom('answers').innerJoin('prompts', 'prompts.id', 'answers.prompt_id')
    .select(['prompts.id', 'prompts.question']).where('prompts.assignee_id', '=', assigneeId).orderBy('answers.answered_at', 'desc').limit(limit).execute();
}
