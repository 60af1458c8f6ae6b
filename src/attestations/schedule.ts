import { Cron } from 'croner';
import type { Attestation } from '../config/schema.ts';
import { resolveSchedule, type NonWorkingDayRule } from '../config/schedule-words.ts';
import type { WorkCalendar } from './calendar.ts';
import { localParts, zonedInstant } from './zoned-time.ts';

/** One occurrence of a schedule: the instant cron names, and when it is issued after moving off non-working days. */
export interface Occurrence {
  /** The instant the schedule names: the occurrence's identity. */
  scheduled: Date;
  /** When to issue it: `scheduled`, or the same wall time on the nearest working day. */
  issueAt: Date;
}

const DAY = 86_400_000;
/** How far an occurrence can move off non-working days (a long holiday run plus a weekend). */
const MAX_SHIFT = 14 * DAY;
/** The most occurrences one call returns (an every-minute schedule after long downtime). */
const MAX_OCCURRENCES = 2000;

/**
 * A recurring attestation's schedule in one timezone: cron occurrences from croner (which handles
 * DST), moved or skipped on non-working days as the attestation says.
 */
export class Schedule {
  private readonly cron: Cron;

  private readonly rule: NonWorkingDayRule;
  private readonly calendar: WorkCalendar;
  constructor(
    attestation: Attestation,
    calendar: WorkCalendar,
  ) {
    this.calendar = calendar;
    // A schedule in words runs as its cron twin; words naming working days bring their own rule.
    const schedule = resolveSchedule(attestation.schedule);
    this.rule = schedule.nonWorkingDays ?? attestation.nonWorkingDays;
    this.cron = new Cron(schedule.cron, { timezone: calendar.timezone, paused: true, mode: '5-part' });
  }

  /** The last range computed: ticks in steady state ask for the same `after` again and again. */
  private cache: { after: number; horizon: number; list: Occurrence[] } | undefined;

  /** Occurrences issued in (after, upTo], oldest first. */
  between(after: Date, upTo: Date): Occurrence[] {
    const cached = this.cache;
    if (!cached || cached.after !== after.getTime() || cached.horizon < upTo.getTime()) {
      const horizon = upTo.getTime() + DAY;
      this.cache = { after: after.getTime(), horizon, list: this.compute(after.getTime(), horizon) };
    }
    return this.cache!.list.filter((o) => o.issueAt.getTime() <= upTo.getTime()).slice(-MAX_OCCURRENCES);
  }

  private compute(after: number, upTo: number): Occurrence[] {
    // Only a rule that moves occurrences needs to look beyond the range: forward moves bring
    // earlier ones in, backward moves later ones.
    const rule = this.rule;
    let cursor = new Date(after - (rule === 'next-working-day' ? MAX_SHIFT : 0));
    const stop = upTo + (rule === 'previous-working-day' ? MAX_SHIFT : 0);
    const byIssue = new Map<number, Occurrence>();
    for (let i = 0; i < MAX_OCCURRENCES * 4; i++) {
      const next = this.cron.nextRun(cursor);
      if (!next || next.getTime() > stop) break;
      cursor = next;
      const occurrence = this.place(next);
      if (!occurrence) continue;
      const t = occurrence.issueAt.getTime();
      if (t <= after || t > upTo) continue;
      // Two occurrences moved onto one day: keep the day's own, else the earliest.
      const existing = byIssue.get(t);
      if (!existing || occurrence.scheduled.getTime() === t) byIssue.set(t, occurrence);
    }
    return [...byIssue.values()].sort((a, b) => a.issueAt.getTime() - b.issueAt.getTime());
  }

  /** The latest occurrence issued at or before `upTo`, looking back at most `lookbackMs`. */
  latest(upTo: Date, lookbackMs: number): Occurrence | undefined {
    return this.between(new Date(upTo.getTime() - lookbackMs - DAY), upTo).at(-1);
  }

  /** Applies the non-working-day rule to a scheduled instant. */
  private place(scheduled: Date): Occurrence | undefined {
    const rule = this.rule;
    const date = this.calendar.dateOf(scheduled);
    if (rule === 'keep' || this.calendar.isWorkingDay(date)) return { scheduled, issueAt: scheduled };
    if (rule === 'skip') return undefined;
    const day = this.calendar.nearestWorkingDay(date, rule === 'next-working-day' ? 1 : -1);
    const wall = localParts(scheduled, this.calendar.timezone);
    const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
    return { scheduled, issueAt: zonedInstant(day, time, this.calendar.timezone) };
  }
}
