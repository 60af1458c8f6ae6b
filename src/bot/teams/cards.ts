import { FIELD_LIMITS, RESOLVE_ACTION } from '../../app/port.ts';
import { listLines, type Button, type Card, type HowTo, type ListMessage, type OutboundMessage } from '../../messages.ts';

/** An Adaptive Card (schema 1.5), as plain JSON. */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: unknown[] };

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * How text reaches a card: only ever as a `TextRun` inside a `RichTextBlock`, never as a
 * `TextBlock` or a `FactSet` fact. Teams renders markdown in TextBlocks and facts (bold, italic,
 * lists, links), and its clients disagree on escaping it: desktop and web hide a backslash
 * before `*`, Teams on iOS and Android show it (or still format the text), and HTML entities
 * show as typed on mobile. The Adaptive Cards schema says of `TextRun.text`: "Markdown is not
 * supported", in every host, so a TextRun shows what a person typed exactly as typed, with no
 * escaping to get wrong. Everything goes this way, Vigil's own words too, so there is one path.
 */
type TextStyle = { weight?: 'Bolder'; size?: 'Medium'; isSubtle?: boolean; fontType?: 'Monospace' };

/** Text as a plain run: control characters (which no client shows) become U+FFFD. */
function run(text: string, style: TextStyle = {}): Record<string, unknown> {
  // eslint-disable-next-line no-control-regex
  return { type: 'TextRun', text: text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '\uFFFD'), ...style };
}

/**
 * Plain text as card elements: one RichTextBlock per line, since a run's line breaks are not
 * kept by every client; a blank line becomes space above the next.
 */
export function plainText(text: string, style: TextStyle = {}): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = [];
  let gap = false;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      gap = blocks.length > 0;
      continue;
    }
    blocks.push({ type: 'RichTextBlock', inlines: [run(line, style)], ...(gap ? { spacing: 'Medium' } : {}) });
    gap = false;
  }
  return blocks;
}

/** A label and its value on one line, in place of a FactSet (whose facts are markdown). */
function field(label: string, value: string): Record<string, unknown> {
  return { type: 'RichTextBlock', inlines: [run(`${label}: `, { weight: 'Bolder' }), run(value)] };
}

/** A notification's preview line (`summary`), which is plain text: one line, no control characters. */
function summaryOf(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
}

/**
 * How to check: the firm's words as plain runs like all text, and each link as a run Vigil
 * writes ("Open support.xero.com") whose select action opens the https address.
 */
function howToBlocks(howTo: HowTo): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = plainText('How to check', { weight: 'Bolder' });
  blocks[0] = { ...blocks[0], spacing: 'Medium' };
  if (howTo.instructions) blocks.push(...plainText(howTo.instructions));
  if (howTo.link) blocks.push({ type: 'RichTextBlock', inlines: [linkRun(howTo.link)] });
  for (const item of howTo.items ?? []) {
    const inlines = [run(`${item.item}: `, { weight: 'Bolder' })];
    if (item.instructions) inlines.push(run(`${item.instructions.replace(/\s*\n\s*/g, ' ')} `));
    if (item.link) inlines.push(linkRun(item.link));
    blocks.push({ type: 'RichTextBlock', inlines });
  }
  return blocks;
}

/** A run that opens `address` (https only; anything else is shown as text). */
function linkRun(address: string): Record<string, unknown> {
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') return run(address);
  return { ...run(`Open ${url.host}`), color: 'Accent', selectAction: { type: 'Action.OpenUrl', url: url.href } };
}

/**
 * A prompt as an Adaptive Card: the question, its facts, a reason box (needed for No and N/A),
 * checkboxes for a checklist, and `Action.Execute` buttons, so Teams sends the answer to the bot
 * as an `adaptiveCard/action` invoke and shows the card the bot returns in its place.
 */
export function cardFor(card: Card, promptId: string): AdaptiveCard {
  const body: unknown[] = plainText(card.title, { weight: 'Bolder', size: 'Medium' });
  if (card.text) body.push(...plainText(card.text));
  body.push(...card.fields.map((f) => field(f.label, f.value)));
  if (card.howTo) body.push(...howToBlocks(card.howTo));
  if (card.checklist?.length) {
    body.push({ type: 'Input.ChoiceSet', id: 'checked', isMultiSelect: true, style: 'expanded', label: 'Tick what is done', choices: card.checklist.map((item) => ({ title: item, value: item })) });
  }
  const asksWhy = card.buttons.some((b) => b.actionId === 'answer:no' || b.actionId === 'answer:na');
  // The server refuses a longer reason whatever the client allows; the box says so up front.
  if (asksWhy) body.push({ type: 'Input.Text', id: 'reason', isMultiline: true, maxLength: FIELD_LIMITS.reason, placeholder: `Reason (needed for No or N/A; at most ${FIELD_LIMITS.reason.toLocaleString('en-GB')} characters)` });
  if (card.buttons.some((b) => b.actionId === 'answer:text')) {
    body.push({ type: 'Input.Text', id: 'text', isMultiline: true, isRequired: true, errorMessage: 'Please write your answer.', maxLength: FIELD_LIMITS.text, label: 'Your answer', placeholder: `At most ${FIELD_LIMITS.text.toLocaleString('en-GB')} characters` });
  }
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body,
    actions: card.buttons.map((b) => ({
      type: 'Action.Execute',
      title: b.label,
      verb: 'answer',
      data: { promptId, value: b.actionId.slice('answer:'.length) },
      ...(b.style === 'primary' ? { style: 'positive' } : b.style === 'danger' ? { style: 'destructive' } : {}),
    })),
  };
}

/** The card once answered: the question, and who answered what, when. */
export function answeredCard(question: string, summary: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [...plainText(question, { weight: 'Bolder', size: 'Medium' }), ...plainText(summary, { isSubtle: true })],
  };
}

/**
 * A finding's Resolve… form, under the message's plain text: a required note box limited as on
 * the server (which refuses a longer one anyway), and an `Action.Execute` whose `resolve` invoke
 * carries the finding's id and the note; the invoke's answer replaces this card.
 */
export function resolveCard(button: Button): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [
      ...plainText('Resolve it with a note of what was done', { weight: 'Bolder' }),
      {
        type: 'Input.Text', id: 'note', isMultiline: true, isRequired: true, maxLength: FIELD_LIMITS.resolution, label: 'What was done?',
        errorMessage: 'Please say what was done.', placeholder: `At most ${FIELD_LIMITS.resolution.toLocaleString('en-GB')} characters`,
      },
    ],
    actions: [{ type: 'Action.Execute', title: button.label, verb: RESOLVE_ACTION, data: { findingId: button.value } }],
  };
}

/**
 * The card under a list (an escalation digest): each item as plain runs with its own
 * `Action.Execute` (verb the button's action id, data the item's id), whose invoke the bot
 * answers with where that item stands now; then the footer. A single item with no title is
 * already the message's text, so its card is the button alone.
 */
export function listCard(list: ListMessage): AdaptiveCard {
  const body: unknown[] = [];
  for (const item of list.items) {
    if (list.title) {
      const [first, ...rest] = plainText(item.text);
      // A rule between items, so each button is plainly its item's.
      if (first) body.push(body.length ? { ...first, spacing: 'Medium', separator: true } : first, ...rest);
    }
    if (item.button) body.push({ type: 'ActionSet', actions: [{ type: 'Action.Execute', title: item.button.label, verb: item.button.actionId, data: { promptId: item.button.value } }] });
  }
  if (list.footer) body.push(...plainText(list.footer, { isSubtle: true }));
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body };
}

/** A neutral message as a Bot Framework message activity. */
export function messageActivity(message: OutboundMessage, promptId?: string): Record<string, unknown> {
  // `plain`: "the text is treated as raw text with no formatting applied" (Bot Framework's textFormat).
  if (message.kind === 'text') {
    const resolve = message.buttons?.find((b) => b.actionId === RESOLVE_ACTION);
    const form = resolve ? { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: resolveCard(resolve) }] } : {};
    return { type: 'message', text: message.text, textFormat: 'plain', ...form };
  }
  // A list's opening line (or its one item) is the message's plain text, as a finding's news is; the items and their buttons are the card under it.
  if (message.kind === 'list') {
    return { type: 'message', text: listLines(message)[0] ?? '', textFormat: 'plain', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: listCard(message) }] };
  }
  return {
    type: 'message',
    summary: summaryOf(message.title),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: cardFor(message, promptId ?? '') }],
  };
}

/** A status report as a card: its first line as the title, the rest in fixed-width lines. */
export function statusActivity(text: string): Record<string, unknown> {
  const [title = '', ...rest] = text.split('\n');
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [...plainText(title, { weight: 'Bolder', size: 'Medium' }), ...plainText(rest.join('\n').trim(), { fontType: 'Monospace' })],
  };
  return { type: 'message', summary: summaryOf(title), attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
}
