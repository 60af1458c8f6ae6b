/**
 * A schedule that follows the register's dates instead of the calendar: "30 days before each
 * supplier's statement review is due". Each supplier's owner is asked that long before the
 * supplier's `gdprStatement.reviewDue` (on the day itself with "when … is due"), at the office's
 * start of day or the time given, and asked again each time a window closes unanswered, until
 * someone answers or the date in the register moves on.
 */

/** A dated field of the register that a schedule can follow (one today). */
export type DueField = 'gdprStatement.reviewDue';

/** A due schedule as read: which date, how many days before it, and at what time (default: the office's start). */
export interface DueRule {
  field: DueField;
  daysBefore: number;
  time?: string;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };
const LEAD = '(?:(\\d{1,3}|a|an|one|two|three|four|six) (day|week|month)s? before|when)';
const FIELD = "each supplier'?s (?:gdpr )?statement(?:'s)? review is due";
const AT = '(?: at ([01]?\\d|2[0-3]):([0-5]\\d))?';
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, six: 6 };

/** The due schedule `text` says, or undefined when it is not one. */
export function parseDueSchedule(text: string): DueRule | undefined {
  const normal = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'");
  const match = new RegExp(`^${LEAD} ${FIELD}${AT}$`).exec(normal);
  if (!match) return undefined;
  const [, count, unit, hour, minute] = match;
  const days = unit ? (WORD_NUMBERS[count!] ?? Number(count)) * UNIT_DAYS[unit]! : 0;
  return { field: 'gdprStatement.reviewDue', daysBefore: days, ...(hour !== undefined ? { time: `${hour.padStart(2, '0')}:${minute}` } : {}) };
}

/** True when `text` is a due schedule. */
export function isDueSchedule(text: string): boolean {
  return parseDueSchedule(text) !== undefined;
}

/** The due schedule said back, for check-config. */
export function describeDueSchedule(rule: DueRule): string {
  const when = rule.daysBefore === 0 ? 'on the day' : `${rule.daysBefore} day${rule.daysBefore === 1 ? '' : 's'} before`;
  return `${when} each supplier's GDPR statement review is due (gdprStatement.reviewDue), at ${rule.time ?? "the office's start of day"}; asked again each window until answered or the date moves on`;
}

/** A JSON Schema pattern (no flags) for due schedules, in the case-blind form the schedule pattern uses. */
export function dueSchedulePattern(caseBlind: (source: string) => string): string {
  return caseBlind(`${LEAD} ${FIELD}${AT}`);
}
