import { dueSchedulePattern, isDueSchedule } from './due-schedule.ts';
import type { NON_WORKING_DAY_RULES } from './schema.ts';
import { didYouMean } from './suggest.ts';

/**
 * Schedules in words, beside cron: "every weekday at 09:00", "every Friday at 10:00",
 * "on the first working day of each quarter at 10:00". Each form becomes the cron expression
 * the engine already runs, so a schedule in words and its cron twin issue at the same instants.
 * Forms that name working days also bring the non-working-day rule that makes them true:
 * "the first working day of each month" is the 1st, moved to the next working day when the
 * 1st is a weekend, a bank holiday or one of the office's days off (the office's calendar).
 */

/** What an occurrence on a non-working day does. */
export type NonWorkingDayRule = (typeof NON_WORKING_DAY_RULES)[number];

/** A schedule the engine runs: a 5-field cron, and the non-working-day rule the words imply, if any. */
export interface ScheduleRule {
  cron: string;
  nonWorkingDays?: NonWorkingDayRule;
}

/** What is wrong with a schedule in words, with an example of one that works. */
export interface ScheduleWordsProblem {
  message: string;
  hint: string;
}

export const SCHEDULE_EXAMPLES = [
  'every weekday at 09:00',
  'every Friday at 10:00',
  'every Monday and Thursday at 08:30',
  'every day at 17:30',
  'on the 1st of each month at 09:00',
  'on the first working day of each quarter at 10:00',
] as const;

const EXAMPLE_HINT = `write e.g. ${SCHEDULE_EXAMPLES.slice(0, 3).map((e) => `"${e}"`).join(', ')}, "${SCHEDULE_EXAMPLES[5]}", or a 5-field cron such as "0 9 * * 1-5"`;

/** Day names as written, to their cron number (Sunday 0). */
const DAY_WORDS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
const MONTH_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The most days each month can have (February's 29th is not every year's). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const NTH: Record<string, string> = { first: '#1', second: '#2', third: '#3', fourth: '#4', last: 'L' };

// Regular-expression sources, lowercase; `schedulePattern()` makes them case-blind for JSON Schema.
const DAY = `(?:${Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).map((d) => `${d}s?`).join('|')})`;
const DAYS = `${DAY}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${DAY})*`;
const MONTH = `(?:${MONTH_WORDS.join('|')}|${MONTH_WORDS.map((m) => m.slice(0, 3)).join('|')})`;
const EACH = '(?:each|every)';
const ORDINAL = '(?:\\d{1,2}(?:st|nd|rd|th))';
const TIME = '(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}|noon|midday)';

/** One form of words for the day part, and the cron fields (day-of-month, month, day-of-week) it names. */
interface DayForm {
  pattern: string;
  build: (m: RegExpExecArray) => DayFields | ScheduleWordsProblem;
}
interface DayFields {
  dom: string;
  month: string;
  dow: string;
  nonWorkingDays?: NonWorkingDayRule;
}

const QUARTER_STARTS = '1,4,7,10';
const QUARTER_ENDS = '3,6,9,12';

const DAY_FORMS: readonly DayForm[] = [
  { pattern: `(?:${EACH} day|daily)`, build: () => ({ dom: '*', month: '*', dow: '*' }) },
  { pattern: `(?:${EACH} week\\s?day|on weekdays|weekdays)`, build: () => ({ dom: '*', month: '*', dow: '1-5' }) },
  { pattern: `(?:${EACH} (?:working|business) day|on working days)`, build: () => ({ dom: '*', month: '*', dow: '*', nonWorkingDays: 'skip' }) },
  { pattern: `(?:${EACH}|on) (${DAYS})`, build: (m) => ({ dom: '*', month: '*', dow: dayList(m[1]!) }) },
  { pattern: `on the (${ORDINAL}) of (?:${EACH}|the) (month|quarter)`, build: (m) => dayOfPeriod(m[1]!, m[2]!) },
  { pattern: `on the (first|second|third|fourth|last) (${DAY}) of ${EACH} (month|quarter)`, build: (m) => nthDayOfPeriod(m[1]!, m[2]!, m[3]!) },
  { pattern: `on the (first|last) (?:working|business) day of ${EACH} (month|quarter|year)`, build: (m) => workingDayOfPeriod(m[1]!, m[2]!) },
  { pattern: `on the last day of ${EACH} (month|quarter)`, build: (m) => ({ dom: 'L', month: m[1] === 'quarter' ? QUARTER_ENDS : '*', dow: '*' }) },
  { pattern: `on the (${ORDINAL}) of (${MONTH})(?: ${EACH} year)?`, build: (m) => dayOfMonthYearly(m[1]!, m[2]!) },
];

function dayList(text: string): string {
  const days = new Set(text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((d) => DAY_WORDS[d.replace(/s$/, '')] ?? DAY_WORDS[d]!));
  return [...days].sort((a, b) => a - b).join(',');
}

function ordinal(text: string): number {
  return Number(/^\d+/.exec(text)![0]);
}

function dayOfPeriod(text: string, period: string): DayFields | ScheduleWordsProblem {
  const day = ordinal(text);
  if (day < 1 || day > 31) return { message: `there is no ${text} of a month`, hint: 'write a day from the 1st to the 28th, or "on the last day of each month"' };
  if (day > 28) {
    return {
      message: `not every month has a ${text}, so the schedule would miss some ${period}s`,
      hint: `write "on the last day of each ${period}", or a day up to the 28th`,
    };
  }
  return { dom: String(day), month: period === 'quarter' ? QUARTER_STARTS : '*', dow: '*' };
}

function nthDayOfPeriod(nth: string, dayText: string, period: string): DayFields {
  const dow = DAY_WORDS[dayText.replace(/s$/, '')] ?? DAY_WORDS[dayText]!;
  const months = period === 'quarter' ? (nth === 'last' ? QUARTER_ENDS : QUARTER_STARTS) : '*';
  return { dom: '*', month: months, dow: `${dow}${NTH[nth]}` };
}

function workingDayOfPeriod(which: string, period: string): DayFields {
  const first = which === 'first';
  const months = { month: '*', quarter: first ? QUARTER_STARTS : QUARTER_ENDS, year: first ? '1' : '12' }[period]!;
  return { dom: first ? '1' : 'L', month: months, dow: '*', nonWorkingDays: first ? 'next-working-day' : 'previous-working-day' };
}

function dayOfMonthYearly(text: string, monthText: string): DayFields | ScheduleWordsProblem {
  const month = MONTH_WORDS.findIndex((m) => m.startsWith(monthText)) + 1;
  const day = ordinal(text);
  if (day < 1 || day > MONTH_DAYS[month - 1]!) {
    return { message: `${MONTH_WORDS[month - 1]} has no ${text} every year`, hint: `write a day from the 1st to the ${MONTH_DAYS[month - 1]}th` };
  }
  return { dom: String(day), month: String(month), dow: '*' };
}

/** True when `text` is meant as words (it starts with a letter; cron starts with a digit, `*` or `@`). */
export function isScheduleInWords(text: string): boolean {
  return /^[a-z]/i.test(text.trim()) && text.trim() !== 'on-join' && !isDueSchedule(text);
}

/**
 * The cron and rule a valid schedule runs on: a cron expression as written, or the words' cron.
 * Throws on words that do not parse (the config check refuses them first).
 */
export function resolveSchedule(text: string): ScheduleRule {
  if (!isScheduleInWords(text)) return { cron: text };
  const rule = parseScheduleWords(text);
  if ('message' in rule) throw new RangeError(`${rule.message}; ${rule.hint}`);
  return rule;
}

/** Parses a schedule in words into its cron and rule, or says what is wrong with an example that works. */
export function parseScheduleWords(text: string): ScheduleRule | ScheduleWordsProblem {
  const normal = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const split = /^(.*?) at (.+)$/.exec(normal);
  if (!split) return missingTime(text, normal);
  const time = parseTime(split[2]!);
  if ('message' in time) return time;
  for (const form of DAY_FORMS) {
    const match = new RegExp(`^${form.pattern}$`).exec(split[1]!);
    if (!match) continue;
    const fields = form.build(match);
    if ('message' in fields) return fields;
    const cron = `${time.minute} ${time.hour} ${fields.dom} ${fields.month} ${fields.dow}`;
    return fields.nonWorkingDays ? { cron, nonWorkingDays: fields.nonWorkingDays } : { cron };
  }
  return unreadable(text, split[1]!);
}

function missingTime(text: string, normal: string): ScheduleWordsProblem {
  if (DAY_FORMS.some((f) => new RegExp(`^${f.pattern}$`).test(normal))) {
    return { message: `schedule "${text}" does not say the time of day`, hint: `add it, e.g. "${text.trim()} at 09:00"` };
  }
  return unreadable(text, normal);
}

function unreadable(text: string, dayPart: string): ScheduleWordsProblem {
  const words = dayPart.split(/[\s,]+/).filter((w) => /^[a-z]{3,}$/.test(w));
  const known = new Set([...Object.keys(DAY_WORDS), ...MONTH_WORDS, 'every', 'each', 'day', 'weekday', 'working', 'business',
    'month', 'quarter', 'year', 'first', 'second', 'third', 'fourth', 'last', 'the', 'and', 'daily', 'weekdays', 'days']);
  for (const word of words) {
    if (known.has(word) || known.has(word.replace(/s$/, ''))) continue;
    // Suggest whole words only: three-letter abbreviations sit near too many English words.
    const hint = didYouMean(word, [...known].filter((k) => k.length > 3));
    if (hint) return { message: `schedule "${text}": "${word}" is not a word Vigil reads in schedules`, hint };
  }
  return { message: `schedule "${text}" is not one Vigil can read`, hint: EXAMPLE_HINT };
}

/** "09:00", "9:30am", "5pm", "noon" → hour and minute. */
function parseTime(text: string): { hour: number; minute: number } | ScheduleWordsProblem {
  if (text === 'noon' || text === 'midday') return { hour: 12, minute: 0 };
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(text);
  const hint = 'write the time as HH:MM on the 24-hour clock, e.g. 09:00 or 17:30 (or 9am, 5:30pm)';
  if (!match || (match[2] === undefined && match[3] === undefined)) return { message: `"${text}" is not a time of day`, hint };
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (match[3] !== undefined) {
    if (hour < 1 || hour > 12) return { message: `"${text}" is not a time of day: ${match[3]} hours run from 1 to 12`, hint };
    hour = (hour % 12) + (match[3] === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { message: `"${text}" is not a time of day`, hint };
  return { hour, minute };
}

/**
 * A JSON Schema pattern (ECMA-262, no flags) that matches "on-join", a 5-field cron or a
 * nickname, and the forms of words above: editors flag what Vigil could not read.
 */
export function schedulePattern(): string {
  const words = `(?:${DAY_FORMS.map((f) => f.pattern).join('|')}) at ${TIME}`;
  const cron = '@[a-z]+|[0-9*]\\S*(?:\\s+\\S+){4}';
  return `^\\s*(?:on-join|${cron}|${caseBlind(words)}|${dueSchedulePattern(caseBlind)})\\s*$`;
}

/** Each letter outside escapes becomes [xX]: JSON Schema patterns have no `i` flag. */
function caseBlind(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + source[++i];
    } else if (/[a-z]/.test(c)) {
      out += `[${c}${c.toUpperCase()}]`;
    } else {
      out += c === ' ' ? '\\s+' : c;
    }
  }
  return out;
}
