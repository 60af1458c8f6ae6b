import type { Db } from './database.ts';
import { rowArrays, type BulkReader } from './bulk-read.ts';
import { chunks } from './transactions.ts';

/**
 * A prompt's copy of its latest answer (migration 0014), as evidence reads select it. Its ten
 * columns come in the order of an answer read by {@link answersOf} (id, revision, answered by,
 * value, reason, checklist, text, late, channel, answered at), so one reader serves both.
 */
export const ANSWER_COPY = ['p.answer_id', 'p.answer_revision', 'p.answered_by', 'p.answer_value', 'p.answer_reason', 'p.answer_checklist', 'p.answer_text', 'p.answer_late', 'p.answer_channel', 'p.answered_at'] as const;

/** An answer inside a raw row: the row, and the position of its first column (its id). */
export interface AnswerAt {
  row: readonly unknown[];
  at: number;
}

/**
 * Every answer of the given prompts, oldest revision first, keyed by prompt id; each an
 * {@link AnswerAt}. For the prompts whose copy an export cannot use: answered before the copy
 * existed, or (for the full history) answered more than once.
 */
export async function answersOf(db: Db, reader: BulkReader | undefined, promptIds: readonly string[]): Promise<Map<string, AnswerAt[]>> {
  const answers = new Map<string, AnswerAt[]>();
  for (const chunk of chunks(promptIds, 500)) {
    const query = db.selectFrom('answers')
      .select(['prompt_id', 'id', 'revision', 'answered_by', 'value', 'reason', 'checklist', 'text', 'late', 'channel', 'answered_at'])
      .where('prompt_id', 'in', chunk).orderBy('prompt_id').orderBy('revision');
    for (const row of await rowArrays(db, reader, query)) {
      const id = row[0] as string;
      const list = answers.get(id);
      if (list) list.push({ row, at: 1 });
      else answers.set(id, [{ row, at: 1 }]);
    }
  }
  return answers;
}

/** The answer a raw row holds at `at`, field by field. */
export const answerId = (a: AnswerAt) => a.row[a.at] as string;
export const answerRevision = (a: AnswerAt) => Number(a.row[a.at + 1]);
export const answerBy = (a: AnswerAt) => a.row[a.at + 2] as string;
export const answerValue = (a: AnswerAt) => a.row[a.at + 3] as string;
export const answerReason = (a: AnswerAt) => a.row[a.at + 4] as string | null;
export const answerChecklist = (a: AnswerAt) => a.row[a.at + 5] as string | null;
export const answerText = (a: AnswerAt) => a.row[a.at + 6] as string | null;
export const answerLate = (a: AnswerAt) => Number(a.row[a.at + 7]) === 1;
export const answerChannel = (a: AnswerAt) => a.row[a.at + 8] as string;
export const answerAt = (a: AnswerAt) => a.row[a.at + 9] as string;
