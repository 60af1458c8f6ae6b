import type { Organisation } from '../config/schema.ts';
import { WEEKDAYS } from '../config/schema.ts';
import { bankHolidays } from './bank-holidays.ts';
import { addDays, localDate, weekdayOf, zonedInstant } from './zoned-time.ts';

/**
 * The office's working calendar: working days, bank holidays and extra days off, and working
 * hours, in one timezone.
 */
export class WorkCalendar {
  private readonly workingWeekdays: Set<number>;
  private readonly extraHolidays: Set<string>;
  private readonly holidayCache = new Map<number, Set<string>>();

  private readonly organisation: Organisation;
  readonly timezone: string;
  constructor(organisation: Organisation, timezone: string = organisation.timezone) {
    this.organisation = organisation;
    this.timezone = timezone;
    // Config weekdays are mon…sun; Date weekdays count from Sunday = 0.
    this.workingWeekdays = new Set(organisation.workingDays.map((d) => (WEEKDAYS.indexOf(d) + 1) % 7));
    this.extraHolidays = new Set(organisation.holidays.dates);
  }

  /** True when `date` (`YYYY-MM-DD`) is a bank holiday or one of the office's days off. */
  isHoliday(date: string): boolean {
    if (this.extraHolidays.has(date)) return true;
    const region = this.organisation.holidays.bankHolidays;
    if (region === 'none') return false;
    const year = Number(date.slice(0, 4));
    let days = this.holidayCache.get(year);
    if (!days) {
      days = new Set(bankHolidays(region, year));
      this.holidayCache.set(year, days);
    }
    return days.has(date);
  }

  /** True when `date` is a working day: a working weekday and no holiday. */
  isWorkingDay(date: string): boolean {
    return this.workingWeekdays.has(weekdayOf(date)) && !this.isHoliday(date);
  }

  /** The nearest working day on or after (`step` 1) or before (`step` -1) `date`. */
  nearestWorkingDay(date: string, step: 1 | -1): string {
    let day = date;
    for (let i = 0; i < 366 && !this.isWorkingDay(day); i++) day = addDays(day, step);
    return day;
  }

  /** The local date of an instant in this calendar's timezone. */
  dateOf(instant: Date): string {
    return localDate(instant, this.timezone);
  }

  /**
   * The instant `ms` of working time after `start`, counting only working hours on working days
   * (for escalation delays "in working hours").
   */
  addWorkingTime(start: Date, ms: number): Date {
    let remaining = ms;
    let day = this.dateOf(start);
    for (let guard = 0; guard < 3660; guard++, day = addDays(day, 1)) {
      if (!this.isWorkingDay(day)) continue;
      const open = zonedInstant(day, this.organisation.workingHours.start, this.timezone).getTime();
      const close = zonedInstant(day, this.organisation.workingHours.end, this.timezone).getTime();
      const from = Math.max(open, start.getTime());
      if (from >= close) continue;
      if (from + remaining <= close) return new Date(from + remaining);
      remaining -= close - from;
    }
    throw new RangeError('no working time in ten years: check workingDays and workingHours');
  }
}
