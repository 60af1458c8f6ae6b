import { ErrorCode, VigilError } from '../errors.ts';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * True when `text` starts with a YYYY-MM-DD that is a day of the calendar. JavaScript's Date
 * rolls 2026-02-30 over into 2 March, so the fields are checked against the date they make.
 */
function isRealDay(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A command-line day, YYYY-MM-DD, refused (as a usage error naming the flag) unless it is a real day. */
export function parseDayOption(text: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new VigilError(ErrorCode.UsageError, `${flag} wants a date as YYYY-MM-DD, not "${text}"`);
  if (!isRealDay(text)) throw new VigilError(ErrorCode.UsageError, `${flag}: ${text} is not a date (no such day in the calendar)`);
  return text;
}

/** A command-line instant in ISO 8601 with a real calendar day, refused as a usage error naming the flag. */
export function parseInstantOption(text: string, flag: string): Date {
  if (CALENDAR_DATE.test(text) && !isRealDay(text)) throw new VigilError(ErrorCode.UsageError, `${flag}: ${text.slice(0, 10)} is not a date (no such day in the calendar)`);
  const at = new Date(text);
  if (!CALENDAR_DATE.test(text) || Number.isNaN(at.getTime())) throw new VigilError(ErrorCode.UsageError, `${flag} wants an ISO 8601 instant such as 2026-11-23T09:00:00Z, not "${text}"`);
  return at;
}
