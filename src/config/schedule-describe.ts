import { describeDueSchedule, parseDueSchedule } from './due-schedule.ts';
import { resolveSchedule, type NonWorkingDayRule } from './schedule-words.ts';
import type { Attestation } from './schema.ts';

/**
 * A schedule said back in words, for `check-config`: what the engine will actually do with the
 * cron (or the words) and the attestation's non-working-day rule. Cron that has no plain
 * wording (steps, ranges of hours) is undefined: the caller shows the cron itself.
 */
export function describeSchedule(schedule: string, nonWorkingDays: NonWorkingDayRule): string | undefined {
  if (schedule === 'on-join') return 'once, when a person joins';
  const due = parseDueSchedule(schedule);
  if (due) return describeDueSchedule(due);
  let rule;
  try {
    rule = resolveSchedule(schedule);
  } catch {
    return undefined;
  }
  const fields = rule.cron.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [minute, hour, dom, month, dow] = fields as [string, string, string, string, string];
  if (!/^\d+$/.test(minute) || !/^\d+$/.test(hour)) return undefined;
  const at = `at ${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
  const effective = rule.nonWorkingDays ?? nonWorkingDays;
  const days = describeDays(dom, month, dow, effective);
  if (!days) return undefined;
  return `${days.text} ${at}${days.ruleSaid ? '' : RULE_NOTE[effective]}`;
}

const RULE_NOTE: Record<NonWorkingDayRule, string> = {
  skip: ', skipped on non-working days',
  'next-working-day': ', or the next working day when that is not one',
  'previous-working-day': ', or the working day before when that is not one',
  keep: ', working day or not',
};

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3).toUpperCase());
const NTH_WORDS: Record<string, string> = { '#1': 'first', '#2': 'second', '#3': 'third', '#4': 'fourth', '#5': 'fifth', L: 'last' };

interface Days {
  text: string;
  /** The wording already says what happens on non-working days. */
  ruleSaid: boolean;
}

function describeDays(dom: string, month: string, dow: string, rule: NonWorkingDayRule): Days | undefined {
  const period = periodOf(month, dom === 'L' || /L$/.test(dow));
  if (!period) return undefined;
  if (dom === '*' && dow === '*') {
    if (period.each !== 'month') return undefined;
    return rule === 'skip' ? { text: 'every working day', ruleSaid: true } : { text: 'every day', ruleSaid: false };
  }
  if (dom === '*') return describeWeekdays(dow, period);
  if (dow !== '*') return undefined;
  if (dom === '1' && rule === 'next-working-day' && period.each !== 'once') {
    return { text: `on the first working day of each ${period.each}`, ruleSaid: true };
  }
  if (dom === 'L' && rule === 'previous-working-day' && period.each !== 'once') {
    return { text: `on the last working day of each ${period.each}`, ruleSaid: true };
  }
  const day = dom === 'L' ? 'last day' : /^\d+$/.test(dom) ? ordinal(Number(dom)) : undefined;
  if (!day) return undefined;
  const of = period.month ? `${period.month} each year` : `each ${period.each}`;
  return { text: `on the ${day} of ${of}`, ruleSaid: false };
}

/** dom '*': a list of days each week, or the nth day of each month or quarter. */
function describeWeekdays(dow: string, period: Period): Days | undefined {
  const nth = /^(\w+)(#[1-5]|L)$/.exec(dow);
  if (nth) {
    const day = dayNumber(nth[1]!);
    if (day === undefined || period.each === 'once' || period.each === 'year') return undefined;
    return { text: `on the ${NTH_WORDS[nth[2]!]} ${DAY_NAMES[day]} of each ${period.each}`, ruleSaid: false };
  }
  if (period.each !== 'month') return undefined;
  const days = expandDays(dow);
  if (!days) return undefined;
  if (days.length === 7) return { text: 'every day', ruleSaid: false };
  if (days.join(',') === '1,2,3,4,5') return { text: 'every weekday', ruleSaid: false };
  const ordered = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => DAY_NAMES[d]!);
  return { text: `every ${ordered.length === 1 ? ordered[0] : `${ordered.slice(0, -1).join(', ')} and ${ordered.at(-1)}`}`, ruleSaid: false };
}

/**
 * Which months: every month, each quarter's first (or last) month, or one month a year, which
 * is `year` when it is the year's first (or last), so "first working day of each year" reads.
 */
interface Period {
  each: 'month' | 'quarter' | 'year' | 'once';
  month?: string;
}

function periodOf(month: string, fromEnd: boolean): Period | undefined {
  if (month === '*') return { each: 'month' };
  if (month === (fromEnd ? '3,6,9,12' : '1,4,7,10')) return { each: 'quarter' };
  const single = monthNumber(month);
  if (single === undefined) return undefined;
  if (single === (fromEnd ? 12 : 1)) return { each: 'year', month: MONTH_NAMES[single - 1]! };
  return { each: 'once', month: MONTH_NAMES[single - 1]! };
}

function monthNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text) >= 1 && Number(text) <= 12 ? Number(text) : undefined;
  const index = MONTH_ABBREVIATIONS.indexOf(text.toUpperCase());
  return index >= 0 ? index + 1 : undefined;
}

function dayNumber(text: string): number | undefined {
  if (/^\d$/.test(text)) return Number(text) % 7;
  const index = DAY_NAMES.findIndex((d) => d.slice(0, 3).toUpperCase() === text.toUpperCase());
  return index >= 0 ? index : undefined;
}

/** "1-5", "MON,THU", "0,6" → day numbers (Sunday 0), or undefined for steps and the like. */
function expandDays(dow: string): number[] | undefined {
  const days = new Set<number>();
  for (const item of dow.split(',')) {
    const [from, to, ...rest] = item.split('-');
    const low = dayNumber(from!);
    const high = to === undefined ? low : to === '7' ? 7 : dayNumber(to);
    if (rest.length || low === undefined || high === undefined || high < low) return undefined;
    for (let d = low; d <= high; d++) days.add(d % 7);
  }
  return [...days].sort((a, b) => a - b);
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** One attestation's schedule as written and in words (the words undefined when cron has none). */
export interface ScheduleSaid {
  id: string;
  schedule: string;
  words: string | undefined;
}

/** Every attestation's schedule said back, with its timezone when it is not the office's. */
export function describeSchedules(attestations: readonly Attestation[]): ScheduleSaid[] {
  return attestations.map((a) => {
    const words = describeSchedule(a.schedule, a.nonWorkingDays);
    const zone = a.timezone === undefined || a.schedule === 'on-join' ? '' : a.timezone === 'person' ? ", each person's own time" : `, ${a.timezone} time`;
    return { id: a.id, schedule: a.schedule, words: words === undefined ? undefined : words + zone };
  });
}

/** `  id: words (cron …)` lines for the terminal. */
export function scheduleLines(said: readonly ScheduleSaid[]): string[] {
  return said.map(({ id, schedule, words }) => {
    if (words === undefined) return `  ${id}: cron "${schedule}" (no plain wording)`;
    const cron = /^[a-z]/i.test(schedule) ? '' : ` (cron "${schedule}")`;
    return `  ${id}: ${words}${cron}`;
  });
}
