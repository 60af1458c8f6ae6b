import { ErrorCode, VigilError } from '../errors.ts';
import {
  currentPromptsSince, failedPersonDeliveries, latestAnswers, latestPromptsOf, openFindings, passedSince, personTalliesSince, promptCountsSince, type Answer, type Db, type Prompt,
} from '../store/index.ts';
import type { StatementStatus } from '../config/schema.ts';
import { readLiveRegister, type LiveRegister } from '../register/live-state.ts';
import { loadAbsences } from './absences.ts';
import { isoWeek } from './iso-week.ts';
import { policyStatus, type PolicyStatus } from './policy-status.ts';
import type { Engine } from './engine.ts';

/** Where a prompt of the current period stands. */
export type PromptState = 'done' | 'late' | 'no' | 'missed' | 'excused' | 'open';

/** One item in someone's list. */
export interface StatusItem {
  promptId: string;
  attestationId: string;
  question: string;
  closesAt: Date;
  state: PromptState;
}

/** Compliance status for the current period, as one viewer may see it. */
export interface StatusReport {
  at: Date;
  /** Who is looking; undefined for the command line without `--as`. */
  viewer?: string;
  scope: 'everyone' | 'team' | 'self';
  attestations: { id: string; question: string; total: number; done: number; late: number; no: number; missed: number; excused: number; open: number }[];
  people: { id: string; name: string; open: StatusItem[]; overdue: StatusItem[] }[];
  /** Open findings; `passedSince`: the later occurrence since which the same check has passed (shown beside it; it does not close it). */
  findings: { id: string; attestationId: string; question: string; subjectId: string; assigneeId: string; reason: string | null; openedAt: Date; passedSince?: Date }[];
  /**
   * Suppliers needing attention by the register's live state (vigil.yaml with attested facts in
   * place), and those whose file is behind the answers: `attested` then says what and who, and
   * `file` what vigil.yaml still says.
   */
  suppliers: SupplierStatus[];
  /** People a platform could not deliver to (not installed, no account), with why. */
  unreachable: { id: string; name: string; reason: string }[];
  /** The last 12 ISO weeks, oldest first: prompts issued and how many were answered. */
  trend: { week: string; total: number; answered: number }[];
  /** The period the misses are counted over: the last {@link PERIOD_DAYS} days up to `at`. */
  period: { from: Date; until: Date };
  /**
   * Per person in scope, over the period: how each attestation went (prompts whose window has
   * closed), worst first, and the share answered on time across all of them.
   */
  record: PersonRecord[];
  /** Each policy staff are asked to accept: its current version, and who has not accepted it and since when. */
  policies: PolicyStatus[];
  /** People in scope away now or later (vigil.yaml's absences and those declared in chat), soonest first. */
  away: { id: string; name: string; from: Date; until: Date; delegateId?: string }[];
}

/** One person's record over the period. */
export interface PersonRecord {
  id: string;
  name: string;
  closed: number;
  onTime: number;
  /** Answered on time, as a whole percentage of `closed` (0 when nothing has closed). */
  onTimePercent: number;
  attestations: { id: string; question: string; closed: number; onTime: number; late: number; missed: number; excused: number }[];
  /** Occurrences excused by an absence over the period: not in `closed`. */
  excused: number;
}

/** How far back status counts misses, and finds the current period: twelve weeks, as the trend. */
export const PERIOD_DAYS = 84;

/** The state of a prompt given its latest answer. */
export function stateOf(prompt: Prompt, answer: Answer | undefined): PromptState {
  if (answer) {
    if (answer.value === 'no' || (answer.checklist && Object.values(answer.checklist).some((t) => !t))) return 'no';
    return answer.late ? 'late' : 'done';
  }
  if (prompt.status === 'excused') return 'excused';
  return prompt.status === 'missed' ? 'missed' : 'open';
}

/**
 * Builds the status for the current period (each attestation's latest occurrence per subject),
 * scoped to what `viewer` may see: compliance everything, a manager their reports
 * (transitively) and themselves, anyone else themselves. `person` narrows it to one person in
 * that scope.
 */
export async function buildStatus(
  db: Db,
  engine: Engine,
  options: { viewer?: string; person?: string },
  now: Date,
): Promise<StatusReport> {
  const directory = engine.directory;
  if (options.viewer && !directory.person(options.viewer)) throw new VigilError(ErrorCode.NotFound, `no person "${options.viewer}" in this workspace`);
  let scope = directory.scopeOf(options.viewer);
  if (options.person) {
    if (!directory.person(options.person)) throw new VigilError(ErrorCode.NotFound, `no person "${options.person}" in this workspace`);
    if (scope && !scope.includes(options.person)) {
      throw new VigilError(ErrorCode.Forbidden, `${directory.nameOf(options.viewer!)} may not see ${directory.nameOf(options.person)}'s status`);
    }
    scope = [options.person];
  }
  const from = new Date(now.getTime() - PERIOD_DAYS * 86_400_000);
  const prompts = await currentPeriod(db, engine, from, scope);
  const answers = await latestAnswers(db, prompts.map((p) => p.id));

  const byAttestation = new Map<string, StatusReport['attestations'][number]>();
  const people = new Map<string, StatusReport['people'][number]>();
  for (const prompt of prompts) {
    const state = stateOf(prompt, answers.get(prompt.id));
    const attestation = engine.attestation(prompt.attestationId);
    let row = byAttestation.get(prompt.attestationId);
    if (!row) {
      row = { id: prompt.attestationId, question: attestation?.question ?? prompt.question, total: 0, done: 0, late: 0, no: 0, missed: 0, excused: 0, open: 0 };
      byAttestation.set(prompt.attestationId, row);
    }
    row.total++;
    row[state]++;
    if (state === 'open' || state === 'missed') {
      let person = people.get(prompt.assigneeId);
      if (!person) {
        person = { id: prompt.assigneeId, name: directory.nameOf(prompt.assigneeId), open: [], overdue: [] };
        people.set(prompt.assigneeId, person);
      }
      const item = { promptId: prompt.id, attestationId: prompt.attestationId, question: prompt.question, closesAt: prompt.closesAt, state };
      (state === 'open' ? person.open : person.overdue).push(item);
    }
  }

  const open = await openFindings(db, scope);
  const passed = await passedSince(db, open);
  const findings = open.map((f) => ({
    id: f.id, attestationId: f.attestationId, question: prompts.find((p) => p.id === f.promptId)?.question ?? engine.attestation(f.attestationId)?.question ?? f.attestationId,
    subjectId: f.subjectId, assigneeId: f.assigneeId, reason: f.reason, openedAt: f.openedAt, ...(passed.has(f.id) ? { passedSince: passed.get(f.id)! } : {}),
  }));

  const seesRegister = !scope || options.viewer === undefined || directory.person(options.viewer)?.roles.includes('manager');
  const live = await readLiveRegister(db, directory.config);
  const suppliers = supplierStatus(live, engine.calendar().dateOf(now))
    .filter((row) => {
      const owner = directory.config.suppliers.find((s) => s.id === row.id)?.owner;
      return options.person ? owner === options.person : seesRegister || (owner !== undefined && scope?.includes(owner));
    });

  const unreachable = new Map<string, { id: string; name: string; reason: string }>();
  for (const row of await failedPersonDeliveries(db, scope)) {
    if (!unreachable.has(row.recipientId)) unreachable.set(row.recipientId, { id: row.recipientId, name: directory.nameOf(row.recipientId), reason: row.lastError ?? 'delivery failed' });
  }

  const trend = await weeklyTrend(db, now, scope);
  const record = await periodRecord(db, engine, from, now, scope);

  return {
    at: now,
    ...(options.viewer ? { viewer: options.viewer } : {}),
    scope: !scope ? 'everyone' : scope.length === 1 ? 'self' : 'team',
    attestations: [...byAttestation.values()],
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
    findings,
    suppliers,
    unreachable: [...unreachable.values()],
    trend,
    period: { from, until: now },
    record, policies: await policyStatus(db, directory, scope), away: await awayInScope(db, engine, now, scope),
  };
}

/** A supplier in status: its live GDPR statement, what is wrong, and what was attested where the file differs. */
export interface SupplierStatus {
  id: string;
  name: string;
  /** The live status: the file's, or the attested one where they differ. */
  status: StatementStatus;
  reviewDue: string | null;
  /** What needs attention ("GDPR statement not on file"), or '' when only the file is behind. */
  problem: string;
  /** What vigil.yaml says, when an attested fact differs from it. */
  file?: StatementStatus;
  attested?: { status: StatementStatus; by: string; byName: string; at: Date };
}

/** Suppliers with a problem by the live register, or whose file is behind what was attested. */
function supplierStatus(live: LiveRegister, today: string): SupplierStatus[] {
  return live.config.suppliers.flatMap((s) => {
    const st = s.gdprStatement;
    const problem =
      st.status !== 'on-file' ? `GDPR statement ${st.status === 'missing' ? 'not on file' : st.status}` : st.reviewDue && st.reviewDue < today ? `review was due ${st.reviewDue}` : '';
    const fact = live.differences.find((f) => f.supplierId === s.id);
    if (!problem && !fact) return [];
    const row: SupplierStatus = { id: s.id, name: s.name, status: st.status, reviewDue: st.reviewDue ?? null, problem };
    if (fact) Object.assign(row, { file: fact.file, attested: { status: fact.attested, by: fact.by, byName: fact.byName, at: fact.at } });
    return [row];
  });
}

/**
 * The current prompt of each (attestation, subject), read from the period only; attestations
 * that asked nothing in it (a quarterly question) are read on their own.
 */
async function currentPeriod(db: Db, engine: Engine, from: Date, scope: readonly string[] | undefined): Promise<Prompt[]> {
  const recent = await currentPromptsSince(db, from, scope);
  const asked = new Set(recent.map((p) => p.attestationId));
  const quiet = engine.directory.config.attestations.map((a) => a.id).filter((id) => !asked.has(id));
  if (quiet.length === 0) return recent;
  return [...recent, ...(await latestPromptsOf(db, quiet, scope))];
}

/** The last 12 ISO weeks, oldest first, counted in the database. */
async function weeklyTrend(db: Db, now: Date, scope: readonly string[] | undefined): Promise<StatusReport['trend']> {
  const weeks = Array.from({ length: 12 }, (_, i) => isoWeek(new Date(now.getTime() - (11 - i) * 7 * 86_400_000)));
  const trend = new Map(weeks.map((week) => [week, { week, total: 0, answered: 0 }]));
  for (const row of await promptCountsSince(db, new Date(now.getTime() - 12 * 7 * 86_400_000), scope)) {
    const bucket = trend.get(isoWeek(row.occurrence));
    // Excused occurrences are accounted for, not unanswered: the share is of those someone owed.
    if (!bucket || row.status === 'excused') continue;
    bucket.total += row.count;
    if (row.status === 'answered') bucket.answered += row.count;
  }
  return [...trend.values()];
}

/** Each person's misses and on-time share over the period, worst on-time share first. */
async function periodRecord(db: Db, engine: Engine, from: Date, now: Date, scope: readonly string[] | undefined): Promise<PersonRecord[]> {
  const people = new Map<string, PersonRecord>();
  for (const t of await personTalliesSince(db, from, now, scope)) {
    if (t.closed === 0 && t.excused === 0) continue;
    let person = people.get(t.assigneeId);
    if (!person) people.set(t.assigneeId, (person = { id: t.assigneeId, name: engine.directory.nameOf(t.assigneeId), closed: 0, onTime: 0, onTimePercent: 0, attestations: [], excused: 0 }));
    person.closed += t.closed;
    person.onTime += t.onTime;
    person.excused += t.excused;
    const question = engine.attestation(t.attestationId)?.question ?? t.attestationId;
    person.attestations.push({ id: t.attestationId, question, closed: t.closed, onTime: t.onTime, late: t.late, missed: t.missed, excused: t.excused });
  }
  for (const person of people.values()) {
    person.onTimePercent = person.closed ? Math.round((person.onTime / person.closed) * 100) : 100;
    person.attestations.sort((a, b) => b.missed - a.missed || a.id.localeCompare(b.id));
  }
  return [...people.values()].sort((a, b) => a.onTimePercent - b.onTimePercent || a.name.localeCompare(b.name));
}

/** People in scope with an absence not over at `now`: away now, or declared for later. */
async function awayInScope(db: Db, engine: Engine, now: Date, scope: readonly string[] | undefined): Promise<StatusReport['away']> {
  const book = await loadAbsences(db, engine.config, engine.directory, now);
  return book.notEndedAt(now)
    .filter((a) => !scope || scope.includes(a.personId))
    .map((a) => ({ id: a.personId, name: engine.directory.nameOf(a.personId), from: a.from, until: a.until, ...(a.delegateId ? { delegateId: a.delegateId } : {}) }));
}
