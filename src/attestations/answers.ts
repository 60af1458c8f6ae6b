import type { Attestation } from '../config/schema.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import {
  appendAnswer, appendAudit, currentAnswer, enqueue, findFinding, findPrompt, markEventProcessed, openFinding, openFindingOfPrompt, recordNotices,
  resolveFindings, updatePromptProgress, writeTransaction, type Answer, type AnswerValue, type Db, type Prompt,
} from '../store/index.ts';
import type { Engine } from './engine.ts';
import { checkLength, checkList } from './limits.ts';
import { findingClosedText, noAnswerText, type OutboxPayload } from './render.ts';

/** An answer as a channel hands it over. */
export interface AnswerInput {
  promptId: string;
  /** Who is answering. */
  personId: string;
  value: AnswerValue;
  reason?: string;
  /** Ticked items, for checklists. */
  checked?: string[];
  text?: string;
  /** The channel it came through: shell, slack, teams. */
  channel: string;
  /** The platform's id for this event; a repeat is ignored. */
  eventId?: string;
}

/** What recording an answer did. */
export type AnswerOutcome =
  /** The same platform event again (a retried delivery): nothing done, nothing to say. */
  | { status: 'duplicate' }
  /** A new press of the answer already on record (a double click, a second device): nothing recorded; `answer` is the one on record. */
  | { status: 'unchanged'; prompt: Prompt; answer: Answer }
  | {
      status: 'recorded';
      prompt: Prompt;
      answer: Answer;
      compliant: boolean;
      findingOpened: boolean;
      findingsResolved: string[];
      managerTold: boolean;
    };

const ALLOWED: Record<string, AnswerValue[]> = {
  'yes-no': ['yes', 'no'],
  'yes-no-na': ['yes', 'no', 'na'],
  checklist: ['checklist', 'yes'],
  text: ['text'],
  // Accepting a policy: one button, Yes (the version is the prompt's).
  acknowledge: ['yes'],
};

/**
 * Records an answer: checks who may answer and what, appends it as a new revision (never
 * overwriting), marks it late after the window, opens a finding and tells the manager on "No"
 * (one finding per prompt: a second "No" to it keeps the first), closes that prompt's finding
 * when its answer is changed to a compliant one (a later occurrence passing does not close it),
 * and audits it, all in one transaction. A repeated
 * platform event records nothing, and neither does an answer equal to the prompt's current one
 * (see {@link sameAnswer}); both are decided inside the write lock, so two presses racing in two
 * processes record one revision. Oversized fields are refused before anything is touched.
 */
export async function recordAnswer(db: Db, engine: Engine, input: AnswerInput, now: Date): Promise<AnswerOutcome> {
  checkAnswerSizes(input);
  return writeTransaction(db, async (trx) => {
    const prompt = await findPrompt(trx, input.promptId);
    if (!prompt) throw new VigilError(ErrorCode.NotFound, `no prompt ${input.promptId}`);
    const directory = engine.directory;
    // Whoever a prompt was sent to while its assignee is away may answer it, on their behalf.
    const refusal = prompt.delegateId === input.personId ? undefined : directory.answerRefusal(input.personId, prompt.assigneeId);
    if (refusal) throw new VigilError(ErrorCode.Forbidden, refusal);
    const attestation = engine.attestation(prompt.attestationId);
    const { value, reason, checklist, text } = normalise(prompt, attestation, input);

    if (input.eventId && !(await markEventProcessed(trx, input.channel, input.eventId, now))) return { status: 'duplicate' };
    const current = await currentAnswer(trx, prompt.id);
    if (current && sameAnswer(current, { value, reason, checklist, text })) return { status: 'unchanged', prompt, answer: current };

    const late = now.getTime() > prompt.closesAt.getTime();
    const answer = await appendAnswer(trx, {
      promptId: prompt.id, answeredBy: input.personId, value, reason, checklist, text, late, channel: input.channel, answeredAt: now,
    });
    await updatePromptProgress(trx, prompt.id, { status: 'answered', closedAt: prompt.closedAt ?? now, nextActionAt: null, answer }, now);

    const compliant = value !== 'no' && !(checklist && Object.values(checklist).some((ticked) => !ticked));
    const onNo = attestation?.onNo ?? { requireReason: true, openFinding: true, notifyManager: true };
    let findingOpened = false;
    let findingId: string | undefined;
    let managerTold = false;
    let findingsResolved: string[] = [];
    if (compliant) {
      // Only this prompt's finding: the assignee (or their delegate) changed the answer that opened it.
      const note = `${directory.nameOf(input.personId)} changed the answer to ${describeValue(value, checklist)}`;
      findingsResolved = await closeFindings(trx, engine, prompt, { id: undefined, by: input.personId, method: 'answer-changed', note }, now);
    } else {
      if (onNo.openFinding && !(await openFindingOfPrompt(trx, prompt.id))) {
        findingId = (await openFinding(trx, {
          promptId: prompt.id, attestationId: prompt.attestationId, subjectKind: prompt.subjectKind, subjectId: prompt.subjectId,
          assigneeId: prompt.assigneeId, answerId: answer.id, reason,
        }, now)).id;
        findingOpened = true;
      }
      if (onNo.notifyManager) {
        const manager = directory.managerOf(prompt.assigneeId);
        const payload: OutboxPayload = { kind: 'no-answer', message: noAnswerText(prompt, directory, reason, findingOpened, findingId) };
        await enqueue(trx, [{
          dedupeKey: `no-answer:${answer.id}`, recipient: manager ? { kind: 'person', id: manager } : { kind: 'channel', id: 'compliance' },
          promptId: prompt.id, payload,
        }], now);
        managerTold = true;
      }
      // The compliance channel is where findings are followed: every finding opened is posted there
      // (once: the No of someone with no manager already went there).
      if (findingOpened && !(onNo.notifyManager && !directory.managerOf(prompt.assigneeId))) {
        const payload: OutboxPayload = { kind: 'no-answer', message: noAnswerText(prompt, directory, reason, true, findingId) };
        await enqueue(trx, [{ dedupeKey: `finding-opened:${answer.id}`, recipient: { kind: 'channel', id: 'compliance' }, promptId: prompt.id, payload }], now);
      }
    }
    await appendAudit(trx, {
      actor: input.personId, action: 'answer.recorded', subject: prompt.id,
      data: {
        attestation: prompt.attestationId, subject: prompt.subjectId, revision: answer.revision, value, late, channel: input.channel, findingOpened, findingsResolved,
        ...(input.personId !== prompt.assigneeId ? { onBehalfOf: prompt.assigneeId } : {}),
      },
    }, now);
    return { status: 'recorded', prompt: { ...prompt, status: 'answered' }, answer, compliant, findingOpened, findingsResolved, managerTold };
  });
}

/** Refuses any field over its limit (see FIELD_LIMITS), before a transaction is even opened. */
function checkAnswerSizes(input: AnswerInput): void {
  checkLength('promptId', input.promptId);
  checkLength('eventId', input.eventId);
  checkLength('reason', input.reason);
  checkLength('text', input.text);
  checkList('checkedItems', 'checkedItem', input.checked);
}

/**
 * Whether a new answer says exactly what the current one says: the same value, reason (as
 * trimmed), ticked items and words. Who pressed, when, and through which channel are left out
 * on purpose: the record is of a fact about the prompt's subject, and a delegate (or the same
 * person on another device) confirming the fact already on record changes nothing; recording it
 * again would open a second finding and tell the manager twice. The first answer keeps its time,
 * its answerer and whether it was late.
 */
function sameAnswer(current: Answer, next: Pick<Answer, 'value' | 'reason' | 'checklist' | 'text'>): boolean {
  return current.value === next.value && current.reason === next.reason && current.text === next.text && sameChecklist(current.checklist, next.checklist);
}

function sameChecklist(a: Record<string, boolean> | null, b: Record<string, boolean> | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
}

function normalise(prompt: Prompt, attestation: Attestation | undefined, input: AnswerInput) {
  const allowed = ALLOWED[prompt.answerKind] ?? [];
  if (!allowed.includes(input.value)) {
    throw new VigilError(ErrorCode.InvalidAnswer, `"${input.value}" is not an answer to this question; answer ${allowed.map((v) => (v === 'na' ? 'N/A' : v)).join(', ')}`);
  }
  const reason = input.reason?.trim() || null;
  const requireReason = attestation?.onNo.requireReason ?? true;
  if (input.value === 'no' && requireReason && !reason) throw new VigilError(ErrorCode.InvalidAnswer, 'a "No" needs a reason: say what went wrong');
  if (input.value === 'na' && !reason) throw new VigilError(ErrorCode.InvalidAnswer, 'an "N/A" needs a reason: say why it does not apply');
  if (input.value === 'text' && !input.text?.trim()) throw new VigilError(ErrorCode.InvalidAnswer, 'this question wants a written answer');

  let checklist: Record<string, boolean> | null = null;
  let value = input.value;
  if (prompt.answerKind === 'checklist') {
    const items = prompt.checklist ?? [];
    const checked = input.value === 'yes' ? items : (input.checked ?? []);
    const unknown = checked.filter((c) => !items.includes(c));
    if (unknown.length) throw new VigilError(ErrorCode.InvalidAnswer, `not on this checklist: ${unknown.join(', ')}`);
    checklist = Object.fromEntries(items.map((item) => [item, checked.includes(item)]));
    value = 'checklist';
    const unticked = items.filter((i) => !checked.includes(i));
    // Nothing ticked and nothing said is an empty form sent (a bare `check`, a card submitted
    // untouched), not an answer: refused here whatever the client let through.
    if (items.length && unticked.length === items.length && !reason) {
      throw new VigilError(ErrorCode.InvalidAnswer, 'nothing is ticked: tick what is done, or give a reason why none of it is');
    }
    if (unticked.length && !reason) {
      return { value, reason: `not done: ${unticked.join(', ')}`, checklist, text: null };
    }
  }
  return { value, reason, checklist, text: input.value === 'text' ? input.text!.trim() : null };
}

function describeValue(value: AnswerValue, checklist: Record<string, boolean> | null): string {
  if (checklist) return 'every item ticked';
  return value === 'na' ? 'N/A' : value === 'yes' ? 'Yes' : value;
}

type Closure = { id: string | undefined; by: string; method: 'answer-changed' | 'resolved'; note: string };

/**
 * Closes a prompt's open finding (or the one named), recording who, how and the note, and tells
 * the assignee, their manager and the compliance channel (which was told of the finding), with a
 * notice for each as evidence that they were told.
 */
async function closeFindings(db: Db, engine: Engine, prompt: Prompt, closure: Closure, now: Date): Promise<string[]> {
  const closed = await resolveFindings(db, closure.id ? { id: closure.id } : { promptId: prompt.id }, closure, now);
  if (closed.length === 0) return closed;
  const directory = engine.directory;
  const manager = directory.managerOf(prompt.assigneeId);
  const told = [
    { target: 'assignee' as const, step: 0, recipient: { kind: 'person' as const, id: prompt.assigneeId } },
    { target: manager ? 'manager' as const : 'compliance-channel' as const, step: 1, recipient: manager ? { kind: 'person' as const, id: manager } : { kind: 'channel' as const, id: 'compliance' } },
    ...(manager ? [{ target: 'compliance-channel' as const, step: 2, recipient: { kind: 'channel' as const, id: 'compliance' } }] : []),
  ];
  await enqueue(db, told.map(({ recipient }) => ({
    dedupeKey: `finding-closed:${closed[0]}:${recipient.kind}:${recipient.id}`, recipient, promptId: prompt.id,
    payload: { kind: 'finding-closed', message: findingClosedText(prompt, directory, recipient.kind === 'person' ? recipient.id : undefined, closure) } satisfies OutboxPayload,
  })), now);
  await recordNotices(db, told.map(({ target, step, recipient }) => ({ promptId: prompt.id, kind: 'finding-closed', step, target, recipientId: recipient.id })), now);
  return closed;
}

/**
 * Why `by` may not resolve a finding assigned to `assigneeId`, or undefined when they may: only
 * the compliance role or a manager of the assignee (directly or higher up). Every way of
 * resolving (the terminal's `resolve`, Slack's and Teams' "Resolve…") asks this one check.
 */
export function resolveRefusal(directory: Engine['directory'], by: string, assigneeId: string): string | undefined {
  if (directory.isCompliance(by) || directory.reportsOf(by).includes(assigneeId)) return undefined;
  return `only a manager of ${directory.nameOf(assigneeId)} or the compliance lead may resolve this finding`;
}

/**
 * Resolves an open finding. Only the compliance role or a manager of the finding's assignee
 * (directly or higher up) may, and only with a note saying what was done. The assignee and their
 * manager are told; the finding keeps who, when, how and the note, and the audit log also the
 * channel it was resolved through, when one is named (Slack's or Teams' Resolve…).
 */
export async function resolveFinding(db: Db, engine: Engine, findingId: string, by: string, note: string, now: Date, channel?: string): Promise<void> {
  checkLength('resolution', note);
  const what = note.trim();
  if (!what) throw new VigilError(ErrorCode.InvalidAnswer, 'resolving a finding needs a note: say what was done');
  await writeTransaction(db, async (trx) => {
    const finding = await findFinding(trx, findingId);
    if (!finding || finding.status !== 'open') throw new VigilError(ErrorCode.NotFound, `no open finding ${findingId}`);
    const refusal = resolveRefusal(engine.directory, by, finding.assigneeId);
    if (refusal) throw new VigilError(ErrorCode.Forbidden, refusal);
    const prompt = await findPrompt(trx, finding.promptId);
    if (!prompt) throw new VigilError(ErrorCode.NotFound, `the prompt of finding ${findingId} is gone`);
    await closeFindings(trx, engine, prompt, { id: findingId, by, method: 'resolved', note: what }, now);
    await appendAudit(trx, { actor: by, action: 'finding.resolved', subject: findingId, data: { method: 'resolved', note: what, ...(channel ? { channel } : {}) } }, now);
  });
}
