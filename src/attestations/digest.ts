import type { VigilConfig } from '../config/schema.ts';
import type { ListItem, ListMessage } from '../messages.ts';
import type { NewOutboxMessage, Prompt, Recipient } from '../store/index.ts';
import type { Directory } from './directory.ts';
import { formatWhen, periodLabel, titled, type OutboxPayload } from './render.ts';

/** One escalation step a tick recorded: the prompt as it stood at that step, and who is told. */
export interface Escalation {
  prompt: Prompt;
  step: number;
  recipient: Recipient;
}

/** How many items a digest lists; the rest are counted, so a message stays readable and inside Slack's 50 blocks. */
export const DIGEST_CAP = 20;

/** The action id of a digest item's button; its value is the prompt's id. */
export const OPEN_ITEM_ACTION = 'item';

type Workspace = { config: VigilConfig; directory: Directory };

/**
 * One message per recipient for the escalations of one tick: a manager with three reports who
 * all missed a check reads one message listing the three, and the compliance channel one per
 * tick. Each escalation stays its own notice (the evidence); only the delivery is combined.
 * The key names the recipient and the tick, so a rerun of the tick queues nothing new.
 */
export function escalationDigests(escalations: readonly Escalation[], workspace: Workspace, now: Date): NewOutboxMessage[] {
  const byRecipient = new Map<string, Escalation[]>();
  for (const e of escalations) {
    const key = `${e.recipient.kind}:${e.recipient.id}`;
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), e]);
  }
  return [...byRecipient].map(([key, items]) => {
    const recipient = items[0]!.recipient;
    // Two steps of one prompt to one recipient in a tick (a catch-up after downtime) are one line.
    const prompts = [...new Map(items.map((e) => [e.prompt.id, e.prompt])).values()];
    const payload: OutboxPayload = { kind: 'escalation', message: escalationDigest(prompts, recipient, workspace, now) };
    // A message about one prompt names it, as every message about a prompt does (a purge of the prompt takes it too).
    return { dedupeKey: `escalations:${key}:${now.toISOString()}`, recipient, promptId: prompts.length === 1 ? prompts[0]!.id : null, payload };
  });
}

/**
 * The message itself. One item reads as a sentence of its own ("For your attention: Cat Jones
 * has not answered …"); several get an opening line and one line each, by person, the first
 * {@link DIGEST_CAP} of them, then how many more.
 */
export function escalationDigest(prompts: readonly Prompt[], recipient: Recipient, workspace: Workspace, now: Date): ListMessage {
  const { directory, config } = workspace;
  const zone = recipient.kind === 'person' ? directory.timezoneOf(recipient.id) : config.organisation.timezone;
  const opening = recipient.kind === 'channel' ? 'Escalation' : 'For your attention';
  const sorted = [...prompts].sort((a, b) => directory.nameOf(a.assigneeId).localeCompare(directory.nameOf(b.assigneeId))
    || a.occurrence.getTime() - b.occurrence.getTime() || a.question.localeCompare(b.question));
  const items = sorted.slice(0, DIGEST_CAP).map((p): ListItem => ({
    text: itemText(p, workspace, zone, now), id: p.id, button: { actionId: OPEN_ITEM_ACTION, label: 'Open', value: p.id },
  }));
  if (items.length === 1) return { kind: 'list', title: '', items: [{ ...items[0]!, text: `${opening}: ${items[0]!.text}.` }] };
  const more = sorted.length - items.length;
  return {
    kind: 'list',
    title: `${opening}: ${sorted.length} checks have not been answered.`,
    items,
    ...(more > 0 ? { footer: `…and ${more} more — ask \`status\` for everyone who owes what.` } : {}),
  };
}

/** `Cat Jones has not answered "Did today's backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00)`. */
function itemText(prompt: Prompt, workspace: Workspace, zone: string, now: Date): string {
  const who = workspace.directory.nameOf(prompt.assigneeId);
  const what = `"${prompt.question}"${titled('', periodLabel(prompt, workspace))}`;
  if (prompt.status === 'missed' || now.getTime() >= prompt.closesAt.getTime()) {
    return `${who} has missed ${what} (it closed ${formatWhen(prompt.closesAt, zone)}, ${howLong(prompt.closesAt, now)} ago)`;
  }
  return `${who} has not answered ${what}, asked ${howLong(prompt.issuedAt, now)} ago (due ${formatWhen(prompt.closesAt, zone)})`;
}

/** "40 minutes", "4 hours", "3 days": how long since `from`, in the unit a person would say. */
export function howLong(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return unit(minutes, 'minute');
  if (minutes < 48 * 60) return unit(Math.floor(minutes / 60), 'hour');
  return unit(Math.floor(minutes / (24 * 60)), 'day');
}
