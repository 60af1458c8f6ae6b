import { ErrorCode, VigilError } from '../errors.ts';

/**
 * The most a person may send in each field, enforced here whatever a client enforces: Slack's
 * modal and Teams' card say 2,000 characters, but a request can carry anything, and what is
 * stored is also what later goes out in notices, cards and status (Teams refuses a message over
 * about 28 kB, Slack truncates `text` at 40,000 characters). Lengths count characters (Unicode
 * code points), as the clients' `max_length` does, so an emoji is one.
 */
export const FIELD_LIMITS = {
  /** Why a No or an N/A (a button's modal or card input). */
  reason: 2000,
  /** A written answer. */
  text: 2000,
  /** A manager's note when resolving a finding. */
  resolution: 2000,
  /** A question to the register (a DM, `/vigil …`, a Teams message). */
  question: 1000,
  /** Items ticked in one checklist answer. */
  checkedItems: 100,
  /** One ticked item's name, as sent back by the client. */
  checkedItem: 500,
  /** A prompt id, as a button sends it back. */
  promptId: 200,
  /** A platform's id for an event (kept to ignore a repeat). */
  eventId: 500,
} as const;

export type LimitedField = keyof typeof FIELD_LIMITS;

/** What each field is called in the refusal a person reads. */
const LABELS: Record<LimitedField, string> = {
  reason: 'the reason',
  text: 'the answer',
  resolution: 'the note',
  question: 'the question',
  checkedItems: 'the list of ticked items',
  checkedItem: 'a ticked item',
  promptId: "the prompt's id",
  eventId: "the platform's event id",
};

/**
 * Refuses a value longer than its field's limit, before anything is stored. The refusal says
 * how long it was and the limit, and never repeats the text itself.
 */
export function checkLength(field: LimitedField, value: string | undefined | null): void {
  if (value == null) return;
  const max = FIELD_LIMITS[field];
  // Cheap first: a string within the limit in UTF-16 units is within it in code points too.
  if (value.length <= max) return;
  const length = [...value].length;
  if (length > max) throw tooLong(field, length);
}

/** Refuses a list with more entries than its field's limit, or any entry over its own limit. */
export function checkList(field: LimitedField, entryField: LimitedField, values: readonly string[] | undefined): void {
  if (!values) return;
  if (values.length > FIELD_LIMITS[field]) throw tooLong(field, values.length, 'entries');
  for (const value of values) checkLength(entryField, value);
}

function tooLong(field: LimitedField, length: number, unit = 'characters'): VigilError {
  const n = (x: number) => x.toLocaleString('en-GB');
  return new VigilError(ErrorCode.TooLong, `${LABELS[field]} is too long (${n(length)} ${unit}; at most ${n(FIELD_LIMITS[field])}): shorten it and send it again. Nothing was recorded`);
}
