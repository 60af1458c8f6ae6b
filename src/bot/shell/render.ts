import { listLines, type HowTo, type ListMessage, type OutboundMessage } from '../../messages.ts';

/** Terminal styling; plain when the output is not a TTY. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
}

export const plain: Style = { bold: (s) => s, dim: (s) => s, accent: (s) => s };
export const ansi: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  accent: (s) => `\x1b[36m${s}\x1b[39m`,
};

/** Strips control characters from text users typed, so it cannot move the cursor or recolour the terminal. */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '\uFFFD');
}

/** A neutral message as terminal text. */
export function renderMessage(message: OutboundMessage, style: Style): string {
  if (message.kind === 'text') return clean(message.text);
  if (message.kind === 'list') return listText(message, style);
  const lines = [style.bold(clean(message.title))];
  if (message.text) lines.push(clean(message.text));
  for (const f of message.fields) lines.push(`${style.dim(f.label + ':')} ${clean(f.value)}`);
  if (message.checklist) lines.push(message.checklist.map((item, i) => `[${i + 1}] ${clean(item)}`).join('  '));
  if (message.howTo) lines.push(...howToLines(message.howTo, style));
  if (message.buttons.length) lines.push(style.accent(message.buttons.map((b) => `[${b.label}]`).join(' ')));
  return lines.join('\n');
}

/** How to check, as terminal lines: the words as typed (control characters made harmless), then the addresses. */
function howToLines(howTo: HowTo, style: Style): string[] {
  const lines: string[] = [];
  if (howTo.instructions) lines.push(`${style.dim('How to check:')} ${clean(howTo.instructions)}`);
  if (howTo.link) lines.push(`${style.dim('See:')} ${clean(howTo.link)}`);
  for (const item of howTo.items ?? []) {
    const parts = [item.instructions, item.link].filter((p): p is string => Boolean(p)).map(clean);
    lines.push(`${style.dim(`${clean(item.item)}:`)} ${parts.join(' ')}`);
  }
  return lines;
}

/**
 * A list as terminal lines: no buttons here, so each item shows its id, as `pending` does (a
 * delegate may answer by it). One item with no title is one line.
 */
function listText(message: ListMessage, style: Style): string {
  const id = (itemId: string) => style.dim(`id ${clean(itemId)}`);
  if (!message.title && message.items.length === 1) return `${clean(message.items[0]!.text)} ${id(message.items[0]!.id)}`;
  const lines = [clean(message.title), ...message.items.map((item, i) => `  ${i + 1}. ${clean(item.text)} ${id(item.id)}`)];
  if (message.footer) lines.push(clean(message.footer));
  return lines.join('\n');
}

/** A message on one line, for someone other than the person acted as. */
export function oneLine(message: OutboundMessage): string {
  if (message.kind === 'text') return message.text;
  if (message.kind === 'list') return listLines(message).join(' ');
  return message.title;
}
