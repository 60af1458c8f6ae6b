import { addDays, isoDate, weekdayOf } from './zoned-time.ts';

/** The UK nations whose bank holidays Vigil knows. */
export type BankHolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** Years whose bank holidays are built in (and tested against the published lists). */
export const BANK_HOLIDAY_YEARS = { from: 2024, to: 2030 } as const;

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): string {
  if (n === 1) {
    const first = isoDate(year, month, 1);
    return addDays(first, (8 - weekdayOf(first)) % 7);
  }
  const last = addDays(isoDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((weekdayOf(last) + 6) % 7));
}

const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));

/**
 * A region's bank holidays in a year, as `YYYY-MM-DD`, sorted. Fixed-date holidays that fall on a
 * weekend are substituted by the next weekday that is not already a holiday, as the UK does
 * (Christmas on a Saturday → Monday 27th, Boxing Day on the Sunday → Tuesday 28th).
 */
export function bankHolidays(region: BankHolidayRegion, year: number): string[] {
  const e = easter(year);
  const movable = [addDays(e, -2), monday(year, 5, 1), monday(year, 5, -1)];
  if (region !== 'scotland') movable.push(addDays(e, 1));
  movable.push(region === 'scotland' ? monday(year, 8, 1) : monday(year, 8, -1));

  const fixed = [isoDate(year, 1, 1), isoDate(year, 12, 25), isoDate(year, 12, 26)];
  if (region === 'scotland') fixed.push(isoDate(year, 1, 2), isoDate(year, 11, 30));
  if (region === 'northern-ireland') fixed.push(isoDate(year, 3, 17), isoDate(year, 7, 12));

  const days = new Set([...movable, ...fixed.filter((d) => !isWeekend(d))]);
  for (const date of fixed.filter(isWeekend).sort()) {
    let substitute = addDays(date, 1);
    while (isWeekend(substitute) || days.has(substitute)) substitute = addDays(substitute, 1);
    days.add(substitute);
  }
  return [...days].sort();
}
