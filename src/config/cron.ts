import { Cron } from 'croner';
import { didYouMean } from './suggest.ts';

/** One cron field's name and range, in the order the fields are written. */
interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** The first name stands for this number (MON…SUN count from 1, JAN…DEC from 1). */
  namesFrom?: number;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { name: 'day-of-week', min: 0, max: 7, names: DAYS, namesFrom: 0 },
];

const NICKNAMES = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly'];

/** A cron problem: what is wrong, and the fix when one is likely. */
export interface CronProblem {
  message: string;
  hint?: string;
}

/**
 * Checks a 5-field cron expression (minute hour day-of-month month day-of-week) field by field,
 * so the error names the field at fault: `hour "25" is out of range 0–23`. Returns undefined
 * when the expression is valid. croner then parses it as a last check.
 */
export function checkCron(expression: string): CronProblem | undefined {
  const text = expression.trim();
  if (text.startsWith('@')) {
    if (NICKNAMES.includes(text.toLowerCase())) return undefined;
    const hint = didYouMean(text, NICKNAMES);
    return { message: `unknown cron nickname "${text}"`, hint: hint ?? `use one of ${NICKNAMES.join(', ')}` };
  }
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length !== FIELDS.length) {
    return {
      message: `cron "${text}" has ${parts.length} field${parts.length === 1 ? '' : 's'}; Vigil schedules have 5`,
      hint:
        parts.length === 6
          ? 'drop the seconds field: write minute hour day-of-month month day-of-week'
          : 'write minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5" for 09:00 on weekdays',
    };
  }
  for (const [index, spec] of FIELDS.entries()) {
    const problem = checkField(parts[index]!, spec);
    if (problem) return problem;
  }
  try {
    new Cron(text, { paused: true });
  } catch (error) {
    return { message: `cron "${text}" is not valid: ${(error as Error).message}` };
  }
  return undefined;
}

function checkField(field: string, spec: FieldSpec): CronProblem | undefined {
  for (const item of field.split(',')) {
    const problem = checkItem(item, spec);
    if (problem) return problem;
  }
  return undefined;
}

function checkItem(item: string, spec: FieldSpec): CronProblem | undefined {
  if (item === '') return { message: `${spec.name} field has an empty list item`, hint: 'remove the extra comma' };
  if (item === '*' || (item === '?' && spec.name.startsWith('day-'))) return undefined;
  // croner's extras: last day of month (L, LW), nearest weekday (15W), nth / last weekday (5#2, 5L).
  if (spec.name === 'day-of-month' && /^(L|LW|L-\d+|\d+W)$/i.test(item)) return undefined;
  if (spec.name === 'day-of-week') {
    const extra = /^(\w+)(#[1-5]|L)$/i.exec(item);
    if (extra) return checkValue(extra[1]!, spec);
  }
  const [range, step, ...more] = item.split('/');
  if (more.length > 0) return { message: `${spec.name} "${item}" has more than one "/"` };
  if (step !== undefined && !/^\d+$/.test(step)) {
    return { message: `${spec.name} step "/${step}" is not a whole number`, hint: `write e.g. "*/15"` };
  }
  if (step !== undefined && Number(step) === 0) return { message: `${spec.name} step "/0" never repeats` };
  if (range === '*' ) return undefined;
  const bounds = range!.split('-');
  if (bounds.length > 2) return { message: `${spec.name} range "${range}" has more than one "-"` };
  for (const bound of bounds) {
    const problem = checkValue(bound, spec);
    if (problem) return problem;
  }
  if (bounds.length === 2) {
    const [low, high] = bounds.map((b) => valueOf(b, spec)!);
    if (low! > high!) {
      return {
        message: `${spec.name} range "${range}" runs backwards`,
        hint: `write the smaller value first: "${bounds[1]}-${bounds[0]}"`,
      };
    }
  }
  return undefined;
}

function valueOf(token: string, spec: FieldSpec): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const index = spec.names?.indexOf(token.toUpperCase() as never) ?? -1;
  return index >= 0 ? index + (spec.namesFrom ?? 0) : undefined;
}

function checkValue(token: string, spec: FieldSpec): CronProblem | undefined {
  if (token === '') return { message: `${spec.name} field has an empty value` };
  const value = valueOf(token, spec);
  if (value === undefined) {
    const expected = spec.names ? `a number ${spec.min}–${spec.max} or a name (${spec.names[0]}…${spec.names.at(-1)})` : `a number ${spec.min}–${spec.max}`;
    const hint = spec.names ? didYouMean(token.toUpperCase(), spec.names) : undefined;
    return { message: `${spec.name} "${token}" is not ${expected}`, ...(hint ? { hint } : {}) };
  }
  if (value < spec.min || value > spec.max) {
    return {
      message: `${spec.name} "${token}" is out of range ${spec.min}–${spec.max}`,
      hint: `the ${spec.name} field takes ${spec.min}–${spec.max}${spec.name === 'hour' ? ' (24-hour clock)' : ''}`,
    };
  }
  return undefined;
}
