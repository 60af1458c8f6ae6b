import type { Attestation } from '../config/schema.ts';
import { resolveSchedule } from '../config/schedule-words.ts';
import { isoWeek } from './iso-week.ts';
import { localDate } from './zoned-time.ts';

/** How often a schedule comes round, read from its cron: what one occurrence is "for". */
export type Cadence = 'day' | 'week' | 'month' | 'quarter' | 'year';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/**
 * The cadence of a repeating schedule, or undefined for one that does not repeat on a calendar
 * (on-join, or a date the register drives). Several days a week is daily; one weekday, weekly;
 * a day of the month, monthly; four months a year, quarterly; one month, yearly.
 */
export function cadenceOf(schedule: string): Cadence | undefined {
  let cron: string;
  try {
    cron = resolveSchedule(schedule).cron;
  } catch {
    return undefined;
  }
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [, , dom, month, dow] = fields as [string, string, string, string, string];
  if (dom === '*' && month === '*') return dow !== '*' && !/[,\-/]/.test(dow) ? 'week' : 'day';
  if (month === '*') return 'month';
  const months = month.split(',').length;
  if (/[-/]/.test(month)) return 'month';
  return months === 1 ? 'year' : months === 4 ? 'quarter' : 'month';
}

/**
 * What one occurrence of a repeating attestation is for, named so that repeats can be told
 * apart: "Fri 27 Nov" (daily), "week 48" (weekly), "November 2026", "Q4 2026", "2026", on the
 * occurrence's own day in the schedule's timezone. Undefined when the attestation does not repeat.
 */
export function occurrenceLabel(attestation: Pick<Attestation, 'schedule'> | undefined, occurrence: Date, zone: string): string | undefined {
  if (!attestation || attestation.schedule === 'on-join') return undefined;
  const cadence = cadenceOf(attestation.schedule);
  if (!cadence) return undefined;
  const date = localDate(occurrence, zone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  switch (cadence) {
    case 'day':
      return `${WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]} ${day} ${SHORT_MONTHS[month - 1]}`;
    case 'week':
      return `week ${Number(isoWeek(new Date(`${date}T12:00:00Z`)).slice(6))}`;
    case 'month':
      return `${MONTHS[month - 1]} ${year}`;
    case 'quarter':
      return `Q${Math.ceil(month / 3)} ${year}`;
    default:
      return String(year);
  }
}
