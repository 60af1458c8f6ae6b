import type { Card, OutboundMessage } from '../messages.ts';

/** An Adaptive Card (schema 1.5), as plain JSON. */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: unknown[] };

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * A prompt as an Adaptive Card: the question, its facts, a reason box (needed for No and N/A),
 * checkboxes for a checklist, and `Action.Execute` buttons, so Teams sends the answer to the bot
 * as an `adaptiveCard/action` invoke and shows the card the bot returns in its place.
 */
export function cardFor(card: Card, promptId: string): AdaptiveCard {
  const body: unknown[] = [{ type: 'TextBlock', text: card.title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (card.text) body.push({ type: 'TextBlock', text: card.text, wrap: true });
  if (card.fields.length) body.push({ type: 'FactSet', facts: card.fields.map((f) => ({ title: f.label, value: f.value })) });
  if (card.checklist?.length) {
    body.push({ type: 'Input.ChoiceSet', id: 'checked', isMultiSelect: true, style: 'expanded', label: 'Tick what is done', choices: card.checklist.map((item) => ({ title: item, value: item })) });
  }
  const asksWhy = card.buttons.some((b) => b.actionId === 'answer:no' || b.actionId === 'answer:na');
  if (asksWhy) body.push({ type: 'Input.Text', id: 'reason', isMultiline: true, maxLength: 2000, placeholder: 'Reason (needed for No or N/A)' });
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

/**
 * Escapes text for an Adaptive Card TextBlock, whose markdown would otherwise turn a user's
 * `*`, `_`, `[link](…)` or `# heading` into formatting: what they typed is shown as typed.
 */
export function cardText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '\uFFFD').replace(/([\\`*_[\]#>~|{}!])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** The card once answered: the question, and who answered what, when. */
export function answeredCard(question: string, summary: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [
      { type: 'TextBlock', text: question, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: cardText(summary), wrap: true, isSubtle: true },
    ],
  };
}

/** A neutral message as a Bot Framework message activity. */
export function messageActivity(message: OutboundMessage, promptId?: string): Record<string, unknown> {
  if (message.kind === 'text') return { type: 'message', text: message.text, textFormat: 'plain' };
  return {
    type: 'message',
    summary: message.title,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: cardFor(message, promptId ?? '') }],
  };
}

/** A status report as a card: its first line as the title, the rest in a fixed-width block. */
export function statusActivity(text: string): Record<string, unknown> {
  const [title = '', ...rest] = text.split('\n');
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: rest.join('\n').trim(), fontType: 'Monospace', wrap: true },
    ],
  };
  return { type: 'message', summary: title, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
}
