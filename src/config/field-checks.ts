import { isDueSchedule } from './due-schedule.ts';
import { z } from 'zod';
import { checkCron } from './cron.ts';
import { isDuration, isoFromWords } from './duration.ts';
import { isScheduleInWords, parseScheduleWords } from './schedule-words.ts';
import { isTimeZone, suggestTimeZone } from './timezone.ts';

/** What is wrong with one value, and the likely fix. */
export interface FieldProblem {
  message: string;
  hint?: string;
}

/** Checks an IANA timezone name. */
export function checkTimeZone(zone: string): FieldProblem | undefined {
  if (isTimeZone(zone)) return undefined;
  const suggestion = suggestTimeZone(zone);
  return {
    message: `unknown timezone "${zone}"`,
    hint: suggestion ? `did you mean "${suggestion}"?` : 'use an IANA zone name such as "Europe/London"',
  };
}

/** Checks an ISO 8601 duration. */
export function checkDurationText(text: string): FieldProblem | undefined {
  if (isDuration(text)) return undefined;
  const iso = isoFromWords(text);
  return {
    message: `"${text}" is not an ISO 8601 duration`,
    hint: iso ? `write "${iso}"` : 'write e.g. "PT4H" (4 hours), "P1D" (1 day), "P2W" or "P6Y"',
  };
}

/** Checks a retention period: an ISO 8601 duration, or a description in words. */
export function checkRetention(text: string): FieldProblem | undefined {
  const trimmed = text.trim();
  if (isDuration(trimmed)) return undefined;
  const iso = isoFromWords(trimmed);
  if (iso) return { message: `retention "${text}" is a duration written in words`, hint: `write "${iso}" so Vigil can compute with it` };
  if (/^P\S*$/i.test(trimmed)) {
    return { message: `retention "${text}" is not a valid ISO 8601 duration`, hint: 'write e.g. "P6Y" (6 years) or "P3M" (3 months), or describe it in words' };
  }
  if (!/[a-z]{3}/i.test(trimmed)) {
    return { message: `retention "${text}" is neither an ISO 8601 duration nor a description`, hint: 'write e.g. "P6Y", or words such as "until the client leaves"' };
  }
  return undefined;
}

/** Checks a schedule: a 5-field cron expression, a schedule in words, "on-join", or one that follows a register date. */
export function checkSchedule(text: string): FieldProblem | undefined {
  if (text === 'on-join' || isDueSchedule(text)) return undefined;
  if (isScheduleInWords(text)) {
    const rule = parseScheduleWords(text);
    return 'message' in rule ? rule : undefined;
  }
  return checkCron(text);
}

/** A zod refinement that reports a FieldProblem with its hint in `params`. */
export function refineWith(check: (value: string) => FieldProblem | undefined) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
  };
}
