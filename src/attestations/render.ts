import type { Policy, VigilConfig } from '../config/schema.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { Button, Card, HowTo, OutboundMessage } from '../messages.ts';
import type { Prompt } from '../store/index.ts';
import type { Directory } from './directory.ts';
import { howToOf, plainInstructions } from './how-to.ts';
import { occurrenceLabel } from './period.ts';
import { policyExcerpt } from './policies.ts';
import { policyVersion, versionLabel } from '../config/policy-documents.ts';

/**
 * What the outbox carries. Prompts and reminders are rendered from their prompt when they are
 * sent (one card shape for every platform, and a tick that issues thousands of prompts writes
 * small rows); notices that say something of their moment carry their message.
 */
export type OutboxPayload =
  | { kind: 'prompt' }
  | { kind: 'reminder'; /** Deliver in the thread of this prompt's message, where the platform has threads. */ threadOf: string }
  | { kind: 'escalation' | 'no-answer' | 'finding-closed'; message: OutboundMessage };

/** The neutral message of an outbox payload, in the config in force; prompts and reminders are rendered from their prompt. */
export function renderPayload(payload: OutboxPayload, prompt: Prompt | undefined, workspace: { config: VigilConfig; directory: Directory }): OutboundMessage {
  if (payload.kind === 'escalation' || payload.kind === 'no-answer' || payload.kind === 'finding-closed') return payload.message;
  if (!prompt) throw new VigilError(ErrorCode.NotFound, `the prompt of a ${payload.kind} message is gone`);
  const { config, directory } = workspace;
  const attestation = config.attestations.find((a) => a.id === prompt.attestationId);
  const howTo = howToOf(attestation, prompt.checklist, directory);
  const policy = attestation?.policy ? config.policies.find((p) => p.id === attestation.policy) : undefined;
  if (prompt.policy && policy) return acknowledgementCard(prompt, directory, policy, payload.kind === 'reminder');
  const label = periodLabel(prompt, workspace);
  const card = payload.kind === 'reminder' ? reminderCard(prompt, directory, howTo, label)
    : attestation?.schedule === 'on-join' ? welcomeCard(prompt, directory, howTo) : promptCard(prompt, directory, policy, howTo, label);
  return prompt.delegateId ? coveringCard(card, prompt, directory) : card;
}

/** A prompt sent to whoever covers an absence says whose it is: the answer is recorded as on their behalf. */
function coveringCard(card: Card, prompt: Prompt, directory: Directory): Card {
  return { ...card, fields: [{ label: 'On behalf of', value: `${directory.nameOf(prompt.assigneeId)}, who is away (you are covering)` }, ...card.fields] };
}

/**
 * What a repeating prompt's occurrence is for ("Fri 27 Nov", "week 48"), on its day in the
 * schedule's timezone, so repeats can be told apart; undefined when it does not repeat.
 */
export function periodLabel(prompt: Pick<Prompt, 'attestationId' | 'assigneeId' | 'occurrence'>, workspace: { config: VigilConfig; directory: Directory }): string | undefined {
  const { config, directory } = workspace;
  const attestation = config.attestations.find((a) => a.id === prompt.attestationId);
  const zone = attestation?.timezone === 'person' ? directory.timezoneOf(prompt.assigneeId) : (attestation?.timezone ?? config.organisation.timezone);
  return occurrenceLabel(attestation, prompt.occurrence, zone);
}

/** A question as a card's title: with what this occurrence is for, when it repeats. */
export function titled(question: string, label: string | undefined): string {
  return label ? `${question} — for ${label}` : question;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per style and zone: building an Intl.DateTimeFormat costs far more than using one. */
function formatter(style: 'short' | 'long', timezone: string): Intl.DateTimeFormat {
  const key = `${style}|${timezone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone, weekday: style, day: 'numeric', month: style, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      ...(style === 'long' ? { year: 'numeric' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** What an opened finding waits for: a later occurrence passing does not close it. */
export const FINDING_STAYS_OPEN = 'A finding is open until the answer to this question is changed or a manager resolves it with a note.';

/** "Tue 24 Nov" in the given timezone. */
export function formatDay(instant: Date, timezone: string): string {
  return formatWhen(instant, timezone).replace(/, \d\d:\d\d$/, '');
}

/** Tells the assignee and their manager that a finding was closed, by whom and how. */
export function findingClosedText(prompt: Prompt, directory: Directory, reader: string | undefined, closure: { by: string; method: 'answer-changed' | 'resolved'; note: string }): OutboundMessage {
  const zone = reader ? directory.timezoneOf(reader) : directory.config.organisation.timezone;
  const what = `the finding on ${directory.nameOf(prompt.assigneeId)}'s No to "${prompt.question}" (${formatDay(prompt.occurrence, zone)})`;
  const how = closure.method === 'answer-changed' ? `${closure.note}.` : `${directory.nameOf(closure.by)} resolved it: ${closure.note}`;
  return { kind: 'text', text: `Closed ${what}. ${how}` };
}

/** "Mon 23 Nov, 10:00" in the given timezone. */
export function formatWhen(instant: Date, timezone: string): string {
  return formatter('short', timezone).format(instant);
}

/** "Monday, 23 November 2026, 09:00" in the given timezone. */
export function formatLongWhen(instant: Date, timezone: string): string {
  return formatter('long', timezone).format(instant).replace(' at ', ', ');
}

/** The answer buttons for a prompt's answer kind. */
export function answerButtons(prompt: Pick<Prompt, 'id' | 'answerKind'>): Button[] {
  const button = (value: string, label: string, style?: Button['style']): Button => ({
    actionId: `answer:${value}`, label, value: prompt.id, ...(style ? { style } : {}),
  });
  switch (prompt.answerKind) {
    case 'yes-no':
      return [button('yes', 'Yes', 'primary'), button('no', 'No', 'danger')];
    case 'yes-no-na':
      return [button('yes', 'Yes', 'primary'), button('no', 'No', 'danger'), button('na', 'N/A')];
    case 'checklist':
      return [button('checklist', 'Submit')];
    case 'acknowledge':
      return [button('yes', 'I have read it and accept', 'primary')];
    default:
      return [button('text', 'Answer')];
  }
}

/** The card that asks a prompt's question, with how to check it when the config says. */
export function promptCard(prompt: Prompt, directory: Directory, policy?: Policy, howTo?: HowTo, label?: string): Card {
  const zone = directory.timezoneOf(prompt.assigneeId);
  const fields = [{ label: 'Due', value: `${formatWhen(prompt.closesAt, zone)} (${zone})` }];
  if (policy) fields.push({ label: 'Policy', value: policy.title });
  return {
    kind: 'card',
    title: titled(prompt.question, label),
    text: prompt.subjectKind === 'supplier' ? `You look after ${directory.supplier(prompt.subjectId)?.name ?? prompt.subjectId}.` : '',
    fields,
    buttons: answerButtons(prompt),
    ...(prompt.checklist ? { checklist: prompt.checklist } : {}),
    ...(howTo ? { howTo } : {}),
  };
}

/** The welcome card of an on-join attestation, linking the policies. */
export function welcomeCard(prompt: Prompt, directory: Directory, howTo?: HowTo): Card {
  const card = promptCard(prompt, directory, undefined, howTo);
  const titles = directory.config.policies.map((p) => `• ${p.title}`).join('\n');
  return { ...card, text: `Our policies:\n${titles}\nAsk me about any of them.` };
}

/** A reminder, in the prompt's thread: the answer buttons again, and how to check. */
export function reminderCard(prompt: Prompt, directory: Directory, howTo?: HowTo, label?: string): Card {
  const zone = directory.timezoneOf(prompt.assigneeId);
  return {
    kind: 'card',
    title: `Reminder: ${titled(prompt.question, label)}`,
    text: `Still waiting for your answer; due ${formatWhen(prompt.closesAt, zone)}.`,
    fields: [],
    buttons: answerButtons(prompt),
    ...(prompt.checklist ? { checklist: prompt.checklist } : {}),
    ...(howTo ? { howTo } : {}),
  };
}

/** The action id of a finding's "Resolve…" button; its value is the finding's id. */
export const RESOLVE_ACTION = 'resolve';

/** The button a manager or the compliance channel presses to resolve a finding with a note. */
export function resolveButton(findingId: string): Button {
  return { actionId: RESOLVE_ACTION, label: 'Resolve…', value: findingId };
}

/**
 * Tells a manager (or the channel) about a "No" or an unticked checklist; when it opened a
 * finding (`findingId`), with a "Resolve…" button for whoever may resolve it with a note.
 */
export function noAnswerText(prompt: Prompt, directory: Directory, reason: string | null, findingOpened: boolean, findingId?: string): OutboundMessage {
  const who = directory.nameOf(prompt.assigneeId);
  const finding = findingOpened ? ` ${FINDING_STAYS_OPEN}` : '';
  const text = `${who} answered No to "${prompt.question}"${reason ? `: ${reason}` : ''}.${finding}`;
  return { kind: 'text', text, ...(findingOpened && findingId ? { buttons: [resolveButton(findingId)] } : {}) };
}

/**
 * Asks someone to read and accept a policy version: the question, the version and what changed,
 * the document (whole when short, else its start) as the words under it, and the page to read it
 * all; one button accepts. A reminder is the same card, saying so.
 */
export function acknowledgementCard(prompt: Prompt, directory: Directory, policy: Policy, reminder: boolean): Card {
  const zone = directory.timezoneOf(prompt.assigneeId);
  const version = prompt.policy!.version;
  const fields = [
    { label: 'Policy', value: policy.title },
    { label: 'Version', value: versionLabel(version) },
    ...(policy.changes && policyVersion(policy) === version ? [{ label: 'What changed', value: policy.changes }] : []),
    { label: 'Due', value: `${formatWhen(prompt.closesAt, zone)} (${zone})` },
  ];
  return {
    kind: 'card',
    title: reminder ? `Reminder: ${prompt.question}` : prompt.question,
    text: reminder ? `Still waiting for you to read and accept it; due ${formatWhen(prompt.closesAt, zone)}.` : 'Please read it, then press the button to confirm you accept it.',
    fields,
    buttons: answerButtons(prompt),
    howTo: { instructions: plainInstructions(policyExcerpt(policy)), ...(policy.link ? { link: policy.link } : {}) },
  };
}
