import { formatWhen, type Directory } from '../attestations/index.ts';
import { occurrenceLabel } from '../attestations/period.ts';
import type { VigilConfig } from '../config/schema.ts';
import type { Prompt } from '../store/index.ts';

/** How many lines `pending` shows before saying how many more there are. */
export const PENDING_CAP = 8;

/** What `pending` lists: what is open (the default), what was missed past its close, or everything. */
export type PendingView = 'open' | 'missed' | 'all';

/** Reads `pending`'s words: `pending missed`, `pending all`; anything else is the default. */
export function pendingView(args: readonly string[]): PendingView {
  const word = (args[0] ?? '').toLowerCase();
  return word === 'missed' || word === 'all' ? word : 'open';
}

/**
 * A person's unanswered prompts in the order every channel numbers them: what is still open,
 * oldest first, then what was missed past its close, oldest first.
 */
export function pendingOrder(prompts: readonly Prompt[]): Prompt[] {
  return [...prompts.filter((p) => p.status !== 'missed'), ...prompts.filter((p) => p.status === 'missed')];
}

/** Repeats of one question to one person: the same attestation about the same subject. */
export function sameQuestion(a: QuestionOf, b: QuestionOf): boolean {
  return a.attestationId === b.attestationId && a.subjectKind === b.subjectKind && a.subjectId === b.subjectId;
}

type QuestionOf = Pick<Prompt, 'attestationId' | 'subjectKind' | 'subjectId'>;

interface Workspace {
  config: VigilConfig;
  directory: Directory;
}

/**
 * How the channel answers: `typed` where answers are typed with an item's number or id (the
 * terminal chat), so numbers, ids and `yes to all` are shown; otherwise with each message's buttons.
 */
export interface PendingOptions {
  typed: boolean;
}

/**
 * The text of `pending`, the same on every channel. Repeats of one question are one line ("3 open
 * of …, the latest for Fri 27 Nov"); what was missed past its close is left out of the default
 * list and counted on one line per question, to be listed with `pending missed` and answered late
 * on purpose; long lists are capped. Numbers and ids are what the terminal chat's commands take.
 */
export function pendingText(prompts: readonly Prompt[], personId: string, view: PendingView, workspace: Workspace, options: PendingOptions): string {
  const ordered = pendingOrder(prompts);
  if (ordered.length === 0) return 'Nothing pending: you are up to date.';
  const numbered = ordered.map((prompt, i) => ({ prompt, n: i + 1 }));
  const open = numbered.filter(({ prompt }) => prompt.status !== 'missed');
  const missed = numbered.filter(({ prompt }) => prompt.status === 'missed');
  const line = (items: Numbered[]) => describe(items, personId, workspace, options);
  if (view === 'missed') {
    if (missed.length === 0) return 'Nothing missed: everything past its close is answered.';
    return capped(`You missed ${missed.length}, past their close; an answer now is recorded as late:`, missed.map((item) => line([item])), 'pending missed');
  }
  if (view === 'all') return capped(`You have ${ordered.length} to answer:`, numbered.map((item) => line([item])), undefined);
  const head = open.length === 0 ? 'Nothing open to answer now.' : `You have ${open.length} to answer:`;
  const lines = groups(open).map(line);
  const missedLines = groups(missed).map((group) => `  ${missedSummary(group, personId, workspace)}`);
  const tail = missed.length ? `\nMissed, past their close (say \`pending missed\` to see them and answer late on purpose):\n${missedLines.join('\n')}` : '';
  return capped(head, lines, 'pending all') + tail;
}

type Numbered = { prompt: Prompt; n: number };

/** Consecutive-or-not repeats of one question, in order of their first. */
function groups(items: readonly Numbered[]): Numbered[][] {
  const out: Numbered[][] = [];
  for (const item of items) {
    const group = out.find((g) => sameQuestion(g[0]!.prompt, item.prompt));
    if (group) group.push(item);
    else out.push([item]);
  }
  return out;
}

function capped(head: string, lines: string[], more: string | undefined): string {
  if (!more || lines.length <= PENDING_CAP) return [head, ...lines].join('\n');
  const rest = lines.length - PENDING_CAP;
  return [head, ...lines.slice(0, PENDING_CAP), `  and ${rest} more: say \`${more === 'pending missed' ? 'pending all' : more}\``].join('\n');
}

function labelOf(prompt: Prompt, workspace: Workspace): string | undefined {
  const { config, directory } = workspace;
  const attestation = config.attestations.find((a) => a.id === prompt.attestationId);
  const zone = attestation?.timezone === 'person' ? directory.timezoneOf(prompt.assigneeId) : (attestation?.timezone ?? config.organisation.timezone);
  return occurrenceLabel(attestation, prompt.occurrence, zone);
}

/** One numbered line for one prompt, or one line for several open repeats of one question. */
function describe(items: Numbered[], personId: string, workspace: Workspace, { typed }: PendingOptions): string {
  const zone = workspace.directory.timezoneOf(personId);
  const first = items[0]!;
  const latest = items[items.length - 1]!;
  const label = labelOf(latest.prompt, workspace);
  if (items.length > 1) {
    const numbers = items.map((i) => i.n).join(', ');
    const how = typed ? `say \`yes to all ${items.length}\` or answer one by its number` : 'answer each with its own message\'s buttons';
    return `  ${numbers}. ${items.length} open of "${first.prompt.question}"${covering(first.prompt, personId, workspace)}, the latest${label ? ` for ${label}` : ''} due ${formatWhen(latest.prompt.closesAt, zone)}: ${how}`;
  }
  const p = first.prompt;
  const when = p.status === 'missed' ? `missed, closed ${formatWhen(p.closesAt, zone)}` : `due ${formatWhen(p.closesAt, zone)}`;
  const checklist = p.checklist ? `\n     items: ${p.checklist.map((item, j) => `${j + 1}. ${item}`).join('  ')}` : '';
  return `  ${first.n}. ${p.question}${label ? ` — for ${label}` : ''}${covering(p, personId, workspace)} (${when})${typed ? ` id ${p.id}` : ''}${checklist}`;
}

/** " on behalf of Cat Jones (away)" for a prompt someone covers, so it does not read as their own. */
function covering(prompt: Prompt, personId: string, workspace: Workspace): string {
  return prompt.assigneeId === personId ? '' : ` on behalf of ${workspace.directory.nameOf(prompt.assigneeId)} (away)`;
}

/** "3 of "Did today's backup complete?", the latest for Fri 27 Nov (closed Fri 27 Nov, 17:00)". */
function missedSummary(items: Numbered[], personId: string, workspace: Workspace): string {
  const zone = workspace.directory.timezoneOf(personId);
  const latest = items[items.length - 1]!.prompt;
  const label = labelOf(latest, workspace);
  const what = items.length === 1 ? `"${latest.question}"` : `${items.length} of "${latest.question}"`;
  return `${what}${items.length === 1 ? (label ? ` for ${label}` : '') : `, the latest${label ? ` for ${label}` : ''}`} (closed ${formatWhen(latest.closesAt, zone)})`;
}

/**
 * What someone owes, as Slack's App Home lists it: each open item named by its day or period,
 * then one line per question for what closed unanswered, however many times it was missed.
 */
export function oweLines(prompts: readonly Prompt[], personId: string, workspace: Workspace): string[] {
  const zone = workspace.directory.timezoneOf(personId);
  const ordered = pendingOrder(prompts).map((prompt, i) => ({ prompt, n: i + 1 }));
  const open = ordered.filter(({ prompt }) => prompt.status !== 'missed').map(({ prompt }) => {
    const label = labelOf(prompt, workspace);
    return `${prompt.question}${label ? ` — for ${label}` : ''}${covering(prompt, personId, workspace)} (due ${formatWhen(prompt.closesAt, zone)})`;
  });
  const missed = groups(ordered.filter(({ prompt }) => prompt.status === 'missed')).map((group) => {
    const latest = group[group.length - 1]!.prompt;
    const label = labelOf(latest, workspace);
    const count = group.length === 1 ? `missed${label ? `, for ${label}` : ''}` : `${group.length} missed, the latest for ${label ?? formatWhen(latest.occurrence, zone)}`;
    return `${latest.question} — ${count} (answer late from ${group.length === 1 ? 'its message' : 'their messages'})`;
  });
  return [...open, ...missed];
}
