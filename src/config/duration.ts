/**
 * ISO 8601 durations (`P6Y`, `P3M`, `PT4H`, `P1DT12H`, `P2W`), as used for answer windows,
 * reminders, escalation delays and retention periods.
 */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The same grammar for JSON Schema (no flags there): editors flag "6 years" as they type. */
export const DURATION_PATTERN =
  '^[Pp](?!$)(?:\\d+[Yy])?(?:\\d+[Mm])?(?:\\d+[Ww])?(?:\\d+[Dd])?(?:[Tt](?=\\d)(?:\\d+[Hh])?(?:\\d+[Mm])?(?:\\d+(?:\\.\\d+)?[Ss])?)?$';

/** Parses an ISO 8601 duration, or returns undefined when `text` is not one. */
export function parseDuration(text: string): Duration | undefined {
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  const n = (i: number) => (match[i] === undefined ? 0 : Number(match[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** True when `text` is a valid ISO 8601 duration. */
export function isDuration(text: string): boolean {
  return parseDuration(text) !== undefined;
}

const DAY = 86_400_000;

/**
 * Length in milliseconds, counting a month as 30 days and a year as 365: good for comparing a
 * reminder with a window, not for calendar arithmetic (use {@link addDuration} for that).
 */
export function approximateMillis(d: Duration): number {
  return (
    d.years * 365 * DAY +
    d.months * 30 * DAY +
    d.weeks * 7 * DAY +
    d.days * DAY +
    d.hours * 3_600_000 +
    d.minutes * 60_000 +
    d.seconds * 1000
  );
}

/** `instant + d` in UTC calendar terms (years and months move the calendar date). */
export function addDuration(instant: Date, d: Duration): Date {
  const result = new Date(instant.getTime());
  if (d.years || d.months) result.setUTCMonth(result.getUTCMonth() + d.years * 12 + d.months);
  return new Date(
    result.getTime() +
      (d.weeks * 7 + d.days) * DAY +
      d.hours * 3_600_000 +
      d.minutes * 60_000 +
      d.seconds * 1000,
  );
}

/** Plain English for a duration: `P6Y` → "6 years", `P1DT2H` → "1 day and 2 hours". */
export function describeDuration(d: Duration): string {
  const parts: string[] = [];
  const add = (n: number, unit: string) => {
    if (n) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  };
  add(d.years, 'year');
  add(d.months, 'month');
  add(d.weeks, 'week');
  add(d.days, 'day');
  add(d.hours, 'hour');
  add(d.minutes, 'minute');
  add(d.seconds, 'second');
  if (parts.length === 0) return 'no time';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Free text with ISO durations inside it said in words: "Backups kept P30D" → "Backups kept 30 days". A firm's retention
 * may be a sentence that quotes a period the way the register's own fields are written.
 */
export function sayDurationsIn(text: string): string {
  return text.replace(/\bP(?=\d|T\d)[0-9YMWDTHS]+\b/g, (iso) => {
    const d = parseDuration(iso);
    return d ? describeDuration(d) : iso;
  });
}

const WORD_UNITS: Record<string, string> = {
  year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M',
};

/**
 * When free text is just a duration in words ("6 years", "3 months"), the ISO form to write
 * instead; otherwise undefined.
 */
export function isoFromWords(text: string): string | undefined {
  const match = /^(\d+)\s*(year|month|week|day|hour|minute)s?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase();
  const letter = WORD_UNITS[unit]!;
  return unit === 'hour' || unit === 'minute' ? `PT${match[1]}${letter}` : `P${match[1]}${letter}`;
}
