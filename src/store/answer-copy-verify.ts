import type { AuditProblem } from './audit.ts';
import type { Db } from './database.ts';
import { chunks } from './transactions.ts';

/** Each copied column of a prompt (migration 0014) and the answers column it copies. */
const COPIED: readonly (readonly [prompt: string, answer: string])[] = [
  ['answer_revision', 'revision'], ['answered_by', 'answered_by'], ['answer_value', 'value'], ['answer_reason', 'reason'], ['answer_checklist', 'checklist'],
  ['answer_text', 'text'], ['answer_late', 'late'], ['answer_channel', 'channel'], ['answered_at', 'answered_at'],
];

/** Prompts named in detail; past this the check stops looking (a mismatch of a million needs no list). */
const LIMIT = 1000;

/**
 * The prompts whose copy of their latest answer disagrees with the answers table: the answer it
 * names is missing, belongs to another prompt, is not the highest revision, or differs in any
 * copied field. Exports read the copy instead of the answers, so a copy that drifted would show
 * an answer the record does not hold. A prompt with no copy is not checked: readers look its
 * answers up. All prompts, or only `promptIds` (the rows a recent check covers). A prompt whose
 * row, or one of whose answers, is already named in `named` (edited, deleted, added outside
 * Vigil) is left out: that is the cause, and its copy differing only follows from it.
 */
export async function answerCopyProblems(db: Db, promptIds?: readonly string[], named: readonly AuditProblem[] = []): Promise<AuditProblem[]> {
  const explained = await explainedBy(db, named);
  const problems: AuditProblem[] = [];
  for (const chunk of promptIds ? chunks(promptIds, 500) : [undefined]) {
    for (const row of await mismatches(db, chunk)) {
      if (explained.prompts.has(row.id) || explained.answers.has(row.answer_id)) continue;
      const fields = row.answer === null ? '' : ` (${differing(row).join(', ')})`;
      const what = row.answer === null ? `names answer ${row.answer_id}, which is not in the answers table` : `differs from its latest answer${fields}`;
      problems.push({ seq: 0, kind: 'copy-differs', table: 'prompts', key: row.id, message: `prompt ${row.id}'s copy of its answer ${what}` });
    }
    if (problems.length >= LIMIT) break;
  }
  return problems;
}

/** The prompts and answers the row problems already name, with the prompts of the answers named that are still there. */
async function explainedBy(db: Db, named: readonly AuditProblem[]): Promise<{ prompts: Set<string>; answers: Set<string> }> {
  const keys = (table: string) => named.filter((p) => p.table === table && p.key !== undefined).map((p) => p.key!);
  const prompts = new Set(keys('prompts'));
  const answers = new Set(keys('answers'));
  for (const chunk of chunks([...answers], 500)) {
    for (const a of await db.selectFrom('answers').select('prompt_id').where('id', 'in', chunk).execute()) prompts.add(a.prompt_id);
  }
  return { prompts, answers };
}

/**
 * {@link answerCopyProblems} for the rows a check of the newest records covers: the prompts they
 * seal, and the prompts of the answers they seal (an answer appended without its prompt's copy
 * following it leaves only the answer's seal among them).
 */
export async function recentAnswerCopyProblems(db: Db, promptIds: Iterable<string>, answerIds: Iterable<string>, named: readonly AuditProblem[]): Promise<AuditProblem[]> {
  const prompts = new Set(promptIds);
  for (const chunk of chunks([...answerIds], 500)) {
    for (const a of await db.selectFrom('answers').select('prompt_id').where('id', 'in', chunk).execute()) prompts.add(a.prompt_id);
  }
  return prompts.size ? answerCopyProblems(db, [...prompts], named) : [];
}

type Mismatch = Record<string, unknown> & { id: string; answer_id: string; answer: string | null; later: number | null };

/** The copied fields that differ (or "a later revision exists"), for the message. */
function differing(row: Mismatch): string[] {
  const fields = COPIED.filter(([p, a]) => String(row[p] ?? '') !== String(row[`a_${a}`] ?? '') || (row[p] === null) !== (row[`a_${a}`] === null)).map(([p]) => p);
  if (row.a_prompt_id !== row.id) fields.unshift('the answer is of prompt ' + String(row.a_prompt_id));
  if (row.later !== null) fields.push(`revision ${row.later} is later`);
  return fields;
}

async function mismatches(db: Db, promptIds: readonly string[] | undefined): Promise<Mismatch[]> {
  let query = db.selectFrom('prompts as p').leftJoin('answers as a', 'a.id', 'p.answer_id')
    .select(['p.id', 'p.answer_id', 'a.id as answer', 'a.prompt_id as a_prompt_id'])
    .select(COPIED.map(([p]) => `p.${p}` as 'p.answer_revision'))
    .select(COPIED.map(([, a]) => `a.${a} as a_${a}` as 'a.revision as a_revision'))
    .select((eb) => eb.selectFrom('answers as b').select((b) => b.fn.max('b.revision').as('r')).whereRef('b.prompt_id', '=', 'p.id').whereRef('b.revision', '>', 'p.answer_revision').as('later'))
    .where('p.answer_id', 'is not', null)
    .where((eb) => eb.or([
      eb('a.id', 'is', null),
      eb('a.prompt_id', '<>', eb.ref('p.id')),
      ...COPIED.map(([p, a]) => eb(`a.${a}` as 'a.revision', 'is distinct from', eb.ref(`p.${p}` as 'p.answer_revision'))),
      eb.exists(eb.selectFrom('answers as b').select('b.id').whereRef('b.prompt_id', '=', 'p.id').whereRef('b.revision', '>', 'p.answer_revision')),
    ]));
  if (promptIds) query = query.where('p.id', 'in', promptIds);
  return (await query.orderBy('p.id').limit(LIMIT).execute()) as unknown as Mismatch[];
}
