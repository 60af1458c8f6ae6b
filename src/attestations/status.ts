import { ErrorCode, VigilError } from '../errors.ts';
import { currentPrompts, failedPersonDeliveries, latestAnswers, openFindings, promptStatusesSince, type Answer, type Db, type Prompt } from '../store/index.ts';
import { isoWeek } from './iso-week.ts';
import type { Engine } from './engine.ts';

/** Where a prompt of the current period stands. */
export type PromptState = 'done' | 'late' | 'no' | 'missed' | 'open';

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
  attestations: { id: string; question: string; total: number; done: number; late: number; no: number; missed: number; open: number }[];
  people: { id: string; name: string; open: StatusItem[]; overdue: StatusItem[] }[];
  findings: { id: string; attestationId: string; question: string; subjectId: string; assigneeId: string; reason: string | null; openedAt: Date }[];
  suppliers: { id: string; name: string; status: string; reviewDue: string | null; problem: string }[];
  /** People a platform could not deliver to (not installed, no account), with why. */
  unreachable: { id: string; name: string; reason: string }[];
  /** The last 12 ISO weeks, oldest first: prompts issued and how many were answered. */
  trend: { week: string; total: number; answered: number }[];
}

/** The state of a prompt given its latest answer. */
export function stateOf(prompt: Prompt, answer: Answer | undefined): PromptState {
  if (answer) {
    if (answer.value === 'no' || (answer.checklist && Object.values(answer.checklist).some((t) => !t))) return 'no';
    return answer.late ? 'late' : 'done';
  }
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
  const prompts = await currentPrompts(db, scope);
  const answers = await latestAnswers(db, prompts.map((p) => p.id));

  const byAttestation = new Map<string, StatusReport['attestations'][number]>();
  const people = new Map<string, StatusReport['people'][number]>();
  for (const prompt of prompts) {
    const state = stateOf(prompt, answers.get(prompt.id));
    const attestation = engine.attestation(prompt.attestationId);
    let row = byAttestation.get(prompt.attestationId);
    if (!row) {
      row = { id: prompt.attestationId, question: attestation?.question ?? prompt.question, total: 0, done: 0, late: 0, no: 0, missed: 0, open: 0 };
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

  const findings = (await openFindings(db, scope)).map((f) => ({
    id: f.id, attestationId: f.attestationId, question: prompts.find((p) => p.id === f.promptId)?.question ?? engine.attestation(f.attestationId)?.question ?? f.attestationId,
    subjectId: f.subjectId, assigneeId: f.assigneeId, reason: f.reason, openedAt: f.openedAt,
  }));

  const today = engine.calendar().dateOf(now);
  const seesRegister = !scope || options.viewer === undefined || directory.person(options.viewer)?.roles.includes('manager');
  const suppliers = directory.config.suppliers
    .filter((s) => (options.person ? s.owner === options.person : seesRegister || (s.owner !== undefined && scope?.includes(s.owner))))
    .flatMap((s) => {
      const st = s.gdprStatement;
      const problem =
        st.status !== 'on-file' ? `GDPR statement ${st.status === 'missing' ? 'not on file' : st.status}` : st.reviewDue && st.reviewDue < today ? `review was due ${st.reviewDue}` : '';
      return problem ? [{ id: s.id, name: s.name, status: st.status, reviewDue: st.reviewDue ?? null, problem }] : [];
    });

  const unreachable = new Map<string, { id: string; name: string; reason: string }>();
  for (const row of await failedPersonDeliveries(db, scope)) {
    if (!unreachable.has(row.recipientId)) unreachable.set(row.recipientId, { id: row.recipientId, name: directory.nameOf(row.recipientId), reason: row.lastError ?? 'delivery failed' });
  }

  const weeks = Array.from({ length: 12 }, (_, i) => isoWeek(new Date(now.getTime() - (11 - i) * 7 * 86_400_000)));
  const trend = new Map(weeks.map((week) => [week, { week, total: 0, answered: 0 }]));
  for (const row of await promptStatusesSince(db, new Date(now.getTime() - 12 * 7 * 86_400_000), scope)) {
    const bucket = trend.get(isoWeek(row.occurrence));
    if (!bucket) continue;
    bucket.total++;
    if (row.status === 'answered') bucket.answered++;
  }

  return {
    at: now,
    ...(options.viewer ? { viewer: options.viewer } : {}),
    scope: !scope ? 'everyone' : scope.length === 1 ? 'self' : 'team',
    attestations: [...byAttestation.values()],
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
    findings,
    suppliers,
    unreachable: [...unreachable.values()],
    trend: [...trend.values()],
  };
}
