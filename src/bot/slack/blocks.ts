import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
type View = types.View;
import { listLines, type Button, type Card, type HowTo, type ListMessage, type OutboundMessage } from '../../messages.ts';

/**
 * Escapes text for Slack: users' words are shown, never interpreted as mentions (`<!channel>`,
 * `<@U…>`, `<#C…>`, `<!subteam^…>`) or disguised links (`<http://evil|click>`). Slack's
 * formatting guide names `&`, `<` and `>` as its only control characters and says to replace
 * just those three with HTML entities (no others, or they show as entities). This applies to a
 * message's top-level `text` (the notification and fallback text) as much as to blocks.
 */
export function mrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes then cuts to `max`, never leaving half an entity (`&am`) at the end. */
export function escaped(text: string, max: number): string {
  return clip(mrkdwn(text), max);
}

/**
 * A mrkdwn text object for `markup` that is already escaped. `verbatim: true` because Slack
 * otherwise auto-links URLs, conversation names and some mentions in the plain words it finds
 * (the text object reference); Vigil's own *bold* and code formatting still render.
 */
export function mrkdwnText(markup: string): { type: 'mrkdwn'; text: string; verbatim: true } {
  return { type: 'mrkdwn', text: markup, verbatim: true };
}

const plain = (text: string) => ({ type: 'plain_text' as const, text: text.slice(0, 150), emoji: true });

/** Cuts escaped markup to `max`, never leaving half an entity at the end. */
function clip(markup: string, max: number): string {
  return markup.slice(0, max).replace(/&[a-z]{0,3}$/, '');
}

/** The block id of a prompt's checklist, whose ticked boxes the Submit button reads. */
export const CHECKLIST_BLOCK = 'checklist';
export const CHECKLIST_ACTION = 'checklist:items';
const CHECKLIST_GROUP = 10;

/** The block id of the n-th group of ten checklist items: `checklist`, `checklist-2`, … */
export function checklistBlockId(group: number): string {
  return group === 0 ? CHECKLIST_BLOCK : `${CHECKLIST_BLOCK}-${group + 1}`;
}

/** A neutral message as Block Kit blocks, plus the notification text. */
export function toBlocks(message: OutboundMessage): { text: string; blocks: KnownBlock[] } {
  if (message.kind === 'text') {
    const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwnText(escaped(message.text, 3000)) }];
    if (message.buttons?.length) blocks.push(buttonsBlock(message.buttons, 'finding'));
    return { text: escaped(message.text, 3000), blocks };
  }
  if (message.kind === 'list') return { text: escaped(listLines(message).join('\n'), 3000), blocks: listBlocks(message) };
  return { text: escaped(message.title, 3000), blocks: cardBlocks(message) };
}

/**
 * A list (an escalation digest): its title, then one section per item with the item's own
 * button beside it, then the footer. The digest caps its items well inside Slack's 50 blocks a
 * message; the cut here only guards that limit. Each text is escaped and verbatim like all user text.
 */
function listBlocks(list: ListMessage): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (list.title) blocks.push({ type: 'section', text: mrkdwnText(escaped(list.title, 3000)) });
  for (const item of list.items.slice(0, 50 - 2)) {
    const button = item.button;
    blocks.push({
      type: 'section',
      text: mrkdwnText(escaped(item.text, 3000)),
      ...(button ? { accessory: { type: 'button', action_id: button.actionId, text: plain(button.label), value: button.value } } : {}),
    });
  }
  if (list.footer) blocks.push({ type: 'context', elements: [mrkdwnText(escaped(list.footer, 3000))] });
  return blocks;
}

function cardBlocks(card: Card): KnownBlock[] {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwnText(`*${escaped(card.title, 1000)}*${card.text ? `\n${escaped(card.text, 1990)}` : ''}`),
      // A field's text may be 2,000 characters at most.
      ...(card.fields.length ? { fields: card.fields.slice(0, 10).map((f) => mrkdwnText(`*${escaped(f.label, 100)}*\n${escaped(f.value, 1890)}`)) } : {}),
    },
  ];
  if (card.howTo) blocks.push(...howToBlocks(card.howTo));
  // A checkbox group holds at most 10 options and an option's text 75 characters (Block Kit's
  // limits): a longer list is several groups, each option keeping its index in the whole list.
  const items = card.checklist ?? [];
  for (let start = 0; start < items.length; start += CHECKLIST_GROUP) {
    blocks.push({
      type: 'actions',
      block_id: checklistBlockId(start / CHECKLIST_GROUP),
      elements: [{ type: 'checkboxes', action_id: CHECKLIST_ACTION, options: items.slice(start, start + CHECKLIST_GROUP).map((item, i) => ({ text: { ...plain(item), text: item.slice(0, 75) }, value: String(start + i) })) }],
    });
  }
  if (card.buttons.length) blocks.push(buttonsBlock(card.buttons, 'answer'));
  return blocks;
}

function buttonsBlock(buttons: Button[], blockId: string): KnownBlock {
  return {
    type: 'actions',
    block_id: blockId,
    elements: buttons.map((b) => ({ type: 'button', action_id: b.actionId, text: plain(b.label), value: b.value, ...(b.style ? { style: b.style } : {}) })),
  };
}

/**
 * How to check, under the question: the firm's words escaped and verbatim like any user text,
 * and each link as Vigil's own `<address|label>` whose label names the site, so no link hides
 * where it goes. The address is an https URL the config check accepted; the characters Slack
 * reads in a link (`<`, `>`, `|`) are percent-encoded and `&` escaped as Slack asks.
 */
function howToBlocks(howTo: HowTo): KnownBlock[] {
  const lines: string[] = [];
  if (howTo.instructions) lines.push(escaped(howTo.instructions, 1500));
  if (howTo.link) lines.push(slackLink(howTo.link));
  for (const item of howTo.items ?? []) {
    const parts = [item.instructions ? escaped(item.instructions, 500) : '', item.link ? slackLink(item.link) : ''].filter(Boolean);
    lines.push(`• *${escaped(item.item, 150)}*: ${parts.join(' ')}`);
  }
  return [{ type: 'section', text: mrkdwnText(clip(`*How to check*\n${lines.join('\n')}`, 3000)) }];
}

/** A link Vigil writes: `<https://…|Open (host)>`, with nothing in the address that Slack would read as markup. */
export function slackLink(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return escaped(address, 500);
  }
  if (url.protocol !== 'https:') return escaped(address, 500);
  const href = url.href.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${href}|Open ${mrkdwn(url.host)}>`;
}

/** The prompt's message once answered: the question, and who answered what, when. */
export function answeredBlocks(question: string, summary: string): { text: string; blocks: KnownBlock[] } {
  return {
    text: escaped(`${question}: ${summary}`, 3000),
    blocks: [
      { type: 'section', text: mrkdwnText(`*${escaped(question, 2990)}*`) },
      { type: 'context', elements: [mrkdwnText(escaped(summary, 3000))] },
    ],
  };
}

/** The modal that asks why, for a "No" or an "N/A", or for a written answer. */
export function reasonModal(metadata: { promptId: string; value: 'no' | 'na' | 'text'; channel?: string; ts?: string }, question: string): View {
  const words = MODAL_WORDS[metadata.value];
  return {
    type: 'modal',
    callback_id: 'answer-reason',
    private_metadata: JSON.stringify(metadata),
    title: plain(words.title),
    submit: plain('Record answer'),
    close: plain('Cancel'),
    blocks: [
      { type: 'section', text: mrkdwnText(`*${escaped(question, 2990)}*`) },
      {
        type: 'input',
        block_id: 'reason',
        label: plain(words.label),
        element: { type: 'plain_text_input', action_id: 'reason', multiline: true, max_length: 2000 },
      },
    ],
  };
}

/** The callback id of the modal that asks what was done to resolve a finding. */
export const RESOLVE_VIEW = 'finding-resolve';

/**
 * The modal that asks a manager or the compliance lead what was done, to resolve a finding.
 * The note is required and limited here as on the server (which refuses a longer one anyway).
 */
export function resolveModal(metadata: { findingId: string; channel?: string; ts?: string }, title: string, maxLength: number): View {
  return {
    type: 'modal',
    callback_id: RESOLVE_VIEW,
    private_metadata: JSON.stringify(metadata),
    title: plain('Resolve finding'),
    submit: plain('Resolve'),
    close: plain('Cancel'),
    blocks: [
      { type: 'section', text: mrkdwnText(`*${escaped(title, 2990)}*`) },
      {
        type: 'input',
        block_id: 'note',
        label: plain('What was done?'),
        element: { type: 'plain_text_input', action_id: 'note', multiline: true, max_length: maxLength },
      },
    ],
  };
}

/** The modal's words for each answer that needs typing. */
const MODAL_WORDS = {
  no: { title: 'Answer No', label: 'What went wrong?' },
  na: { title: 'Answer N/A', label: 'Why does it not apply?' },
  text: { title: 'Answer', label: 'Your answer' },
} as const;

/** App Home: what I owe and my recent answers; for managers and compliance, the status they may see. */
export function homeView(sections: { owe: string[]; recent: string[]; statusText?: string }): View {
  const list = (items: string[], empty: string) => (items.length ? items.map((i) => `• ${mrkdwn(i)}`).join('\n') : empty);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain('What you owe') },
    { type: 'section', text: mrkdwnText(clip(list(sections.owe, 'Nothing: you are up to date.'), 3000)) },
    { type: 'header', text: plain('Your recent answers') },
    { type: 'section', text: mrkdwnText(clip(list(sections.recent, 'None yet.'), 3000)) },
  ];
  if (sections.statusText) {
    blocks.push({ type: 'header', text: plain('Your team') }, { type: 'section', text: mrkdwnText('```' + escaped(sections.statusText, 2900) + '```') });
  }
  return { type: 'home', blocks };
}
