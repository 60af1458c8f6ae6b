/**
 * The neutral message model. The engine and the conversation core speak only this; each channel
 * adapter renders it (Block Kit, Adaptive Card, terminal text) and turns its platform's events
 * back into {@link InboundEvent}s. Nothing here knows about Slack or Teams.
 */

/** A button on a card; `value` comes back unchanged in the `answer` event. */
export interface Button {
  actionId: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

/** A label and its value, shown under a card's text. */
export interface Field {
  label: string;
  value: string;
}

/**
 * How to check a question: the firm's words and a page, and the same per checklist item. All
 * of it is user-written: adapters show it as typed, and link only `link` (an https address).
 */
export interface HowTo {
  instructions?: string;
  link?: string;
  /** Per checklist item, in the checklist's order; only items that say how. */
  items?: { item: string; instructions?: string; link?: string }[];
}

/** A rich message: a prompt, a reminder, an escalation, a status view. */
export interface Card {
  kind: 'card';
  title: string;
  /** Plain text as users typed or Vigil wrote it; adapters escape it for their markup. */
  text: string;
  fields: Field[];
  buttons: Button[];
  /** Checklist items to tick, for checklist answers. */
  checklist?: string[];
  /** How to check, shown under the question. */
  howTo?: HowTo;
}

/** A plain reply. */
export interface TextMessage {
  kind: 'text';
  text: string;
  /** Buttons under the text (a finding's "Resolve…"); a channel without buttons shows the text alone. */
  buttons?: Button[];
}

/** One line of a {@link ListMessage}: what it says, the id it is known by, and its own button. */
export interface ListItem {
  /** Plain text as Vigil wrote it around people's words (names, questions); adapters escape it. */
  text: string;
  /** The id of what the line is about (a prompt's), shown where a channel has no buttons. */
  id: string;
  button?: Button;
}

/**
 * Several things told at once (a manager's escalations of one tick): an opening line, one line
 * per item with its own button, and what was left off. With no title, a single item reads as a
 * message of its own.
 */
export interface ListMessage {
  kind: 'list';
  title: string;
  items: ListItem[];
  /** Under the items: how many more there are and where to see them. */
  footer?: string;
}

/** Anything Vigil sends. */
export type OutboundMessage = Card | TextMessage | ListMessage;

/** What a channel adapter hands to the core after translating a platform event. */
export type InboundEvent =
  | {
      kind: 'answer';
      personId: string;
      promptId: string;
      value: 'yes' | 'no' | 'na' | 'checklist' | 'text';
      reason?: string;
      checked?: string[];
      text?: string;
      /** The platform's id for the event, so a retried delivery records nothing. */
      eventId?: string;
    }
  | { kind: 'command'; personId: string; command: 'status' | 'pending' | 'preview' | 'help' | 'away' | 'back'; args: string[] }
  | { kind: 'question'; personId: string; text: string };

/** A list message as plain lines, for a notification's or a fallback's text: its title, each item, and its footer. */
export function listLines(message: ListMessage): string[] {
  return [message.title, ...message.items.map((item) => (message.title ? `• ${item.text}` : item.text)), message.footer ?? ''].filter(Boolean);
}
