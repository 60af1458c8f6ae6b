import type { AnswerRevision, PromptWithAnswers } from '../store/evidence-queries.ts';
import { csvCell } from './csv.ts';

/**
 * Where a prompt stands, judged by its due time (the end of its window) as auditors judge
 * completion: answered by then, answered after, never answered, excused (answered N/A, with a
 * reason, or unanswered because it fell inside the assignee's absence), or still open when the
 * period was exported.
 */
export type Outcome = 'on-time' | 'late' | 'missed' | 'excused' | 'open';

/** One row of a population: a prompt, its outcome, and its answer as it stands. */
export interface PopulationRow {
  prompt: PromptWithAnswers;
  outcome: Outcome;
  /** The answer as it stands (the latest revision), if any. */
  latest: AnswerRevision | undefined;
  /** The answer says something is wrong: "No", or a checklist with an item unticked. */
  saidNo: boolean;
  /** Missed, and a manager or the compliance channel was told. */
  escalated: boolean;
}

/** Whether an answer reports a problem. */
export function reportsProblem(answer: AnswerRevision): boolean {
  if (answer.value === 'no') return true;
  return answer.checklist !== null && Object.values(JSON.parse(answer.checklist) as Record<string, boolean>).some((ticked) => !ticked);
}

/** The population row of a prompt. Timeliness is the first answer's: a later change does not make it late. */
export function populationRow(prompt: PromptWithAnswers, escalated: boolean): PopulationRow {
  const first = prompt.answers[0];
  const latest = prompt.answers.at(-1);
  let outcome: Outcome;
  if (!first) outcome = prompt.status === 'missed' ? 'missed' : prompt.status === 'excused' ? 'excused' : 'open';
  else if (latest!.value === 'na') outcome = 'excused';
  else outcome = first.late ? 'late' : 'on-time';
  return { prompt, outcome, latest, saidNo: latest ? reportsProblem(latest) : false, escalated: outcome === 'missed' && escalated };
}

/** Counted as accounted for: answered (on time or late), excused, or missed but escalated. */
export function accountedFor(row: PopulationRow): boolean {
  return row.outcome === 'on-time' || row.outcome === 'late' || row.outcome === 'excused' || row.escalated;
}

type Column<T> = [string, (row: T) => string | number | boolean | null];

const POPULATION: Column<PopulationRow>[] = [
  ['prompt_id', (r) => r.prompt.id], ['attestation', (r) => r.prompt.attestationId], ['subject_kind', (r) => r.prompt.subjectKind],
  ['subject', (r) => r.prompt.subjectId], ['assignee', (r) => r.prompt.assigneeId], ['occurrence', (r) => r.prompt.occurrence],
  ['scheduled_at', (r) => r.prompt.scheduledAt], ['issued_at', (r) => r.prompt.issuedAt], ['delivered_at', (r) => r.prompt.deliveredAt], ['due', (r) => r.prompt.closesAt], ['outcome', (r) => r.outcome],
  ['answer', (r) => r.latest?.value ?? null], ['reports_problem', (r) => r.saidNo], ['reason', (r) => r.latest?.reason ?? null],
  ['answered_by', (r) => r.latest?.answeredBy ?? null], ['first_answered_at', (r) => r.prompt.answers[0]?.answeredAt ?? null],
  ['answered_at', (r) => r.latest?.answeredAt ?? null], ['revisions', (r) => r.prompt.answers.length], ['escalated', (r) => r.escalated],
];

const HISTORY: Column<{ prompt: PromptWithAnswers; answer: AnswerRevision }>[] = [
  ['prompt_id', (r) => r.prompt.id], ['revision', (r) => r.answer.revision], ['attestation', (r) => r.prompt.attestationId],
  ['assignee', (r) => r.prompt.assigneeId], ['answered_by', (r) => r.answer.answeredBy], ['answered_at', (r) => r.answer.answeredAt],
  ['answer', (r) => r.answer.value], ['reason', (r) => r.answer.reason], ['checklist', (r) => r.answer.checklist], ['text', (r) => r.answer.text],
  ['late', (r) => r.answer.late], ['channel', (r) => r.answer.channel], ['answer_id', (r) => r.answer.id],
];

function header<T>(columns: Column<T>[]): string {
  return columns.map(([name]) => name).join(',') + '\r\n';
}

function line<T>(columns: Column<T>[], row: T): string {
  return columns.map(([, get]) => csvCell(get(row))).join(',') + '\r\n';
}

export const populationHeader = (): string => header(POPULATION);
export const historyHeader = (): string => header(HISTORY);

/** A cell of text someone typed: quoted and defused as CSV needs. */
const typed = (value: string | null): string => (value === null ? '' : csvCell(value));

/**
 * One population line. Written by hand rather than through the column list, because it runs a
 * million times a year: ids, instants, outcomes and counts are Vigil's own text (no commas,
 * quotes or formula characters), so only what a person typed goes through csvCell. A test keeps
 * it equal to the column list's line.
 */
export function populationLine(r: PopulationRow): string {
  const p = r.prompt;
  const a = r.latest;
  return `${p.id},${p.attestationId},${p.subjectKind},${p.subjectId},${p.assigneeId},${p.occurrence},${p.scheduledAt},${p.issuedAt ?? ''},${p.deliveredAt ?? ''},${p.closesAt},${r.outcome},${a?.value ?? ''},${r.saidNo},${typed(a?.reason ?? null)},${a?.answeredBy ?? ''},${p.answers[0]?.answeredAt ?? ''},${a?.answeredAt ?? ''},${p.answers.length},${r.escalated}\r\n`;
}

/** Every revision of a prompt's answer, one line each, oldest first (by hand, as populationLine). */
export function historyLines(prompt: PromptWithAnswers): string {
  let text = '';
  for (const a of prompt.answers) {
    text += `${prompt.id},${a.revision},${prompt.attestationId},${prompt.assigneeId},${a.answeredBy},${a.answeredAt},${a.value},${typed(a.reason)},${typed(a.checklist)},${typed(a.text)},${a.late},${a.channel},${a.id}\r\n`;
  }
  return text;
}

/** The same lines through the column lists, for the test that keeps the hand-written ones equal. */
export const populationLineByColumns = (row: PopulationRow): string => line(POPULATION, row);
export const historyLinesByColumns = (prompt: PromptWithAnswers): string => prompt.answers.map((answer) => line(HISTORY, { prompt, answer })).join('');

/** A CSV of plain records: the header from the first record's keys. */
export function recordsCsv(records: readonly Record<string, string | number | boolean | null>[], columns: readonly string[]): string {
  return columns.join(',') + '\r\n' + records.map((r) => columns.map((c) => csvCell(r[c] ?? null)).join(',') + '\r\n').join('');
}
