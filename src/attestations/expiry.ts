import { parseDueSchedule, type DueRule } from '../config/due-schedule.ts';
import type { Attestation, Supplier, VigilConfig } from '../config/schema.ts';
import { latestPromptsOf, type Db, type Prompt } from '../store/index.ts';
import type { AudienceGroup, Subject } from './audience.ts';
import type { WorkCalendar } from './calendar.ts';
import { closeOf } from './ladder.ts';
import type { Occurrence } from './schedule.ts';
import { addDays, zonedInstant } from './zoned-time.ts';

/**
 * Expiry drives prompts: an attestation whose schedule follows a register date ("30 days before
 * each supplier's statement review is due") asks each supplier's owner from that day on, on the
 * office's next working day at its start of day (or the time given). Each prompt runs the
 * attestation's ladder (reminders, escalation); one that closes unanswered is followed by the
 * next at once, until someone answers. An answer settles that date; the date moving on in the
 * register (vigil.yaml edited, or `vigil register apply`) starts the count again from the new date,
 * and stops the ladder of a prompt still open about the old one.
 */

/** A due attestation: its rule and subjects, as the engine keeps them. */
export interface DuePlan {
  attestation: Attestation;
  rule: DueRule;
  groups: AudienceGroup[];
}

/** The due rule of an attestation whose schedule follows a register date, else undefined. */
export function dueRuleOf(attestation: Attestation): DueRule | undefined {
  return parseDueSchedule(attestation.schedule);
}

/** The date a supplier's rule follows, if the register holds one. */
function dueDateOf(supplier: Supplier | undefined): string | undefined {
  return supplier?.gdprStatement.reviewDue;
}

/** When the first prompt about a supplier's date goes out: so many days before it, on a working day. */
export function firstAsk(rule: DueRule, due: string, config: VigilConfig, calendar: WorkCalendar): Date {
  const day = calendar.nearestWorkingDay(addDays(due, -rule.daysBefore), 1);
  return zonedInstant(day, rule.time ?? config.organisation.workingHours.start, calendar.timezone);
}

/**
 * The prompt each supplier's owner should have now, for each supplier whose first ask has come:
 * the first ask itself (at its time, or now when Vigil first sees a date already past), then,
 * while the latest ask about that date closed unanswered, the next one from its close. An answered
 * or still open ask about the date asks nothing; one excused by the owner's absence is followed once
 * its window is over (excused again while they are still away). Each ask's occurrence is fixed by what is on
 * record, so a repeated tick inserts nothing new.
 */
export async function dueAsks(db: Db, plan: DuePlan, config: VigilConfig, calendarOf: (zone: string) => WorkCalendar, now: Date): Promise<{ subject: Subject; occurrence: Occurrence }[]> {
  const latest = new Map((await latestPromptsOf(db, [plan.attestation.id])).map((p) => [p.subjectId, p]));
  const asks: { subject: Subject; occurrence: Occurrence }[] = [];
  for (const group of plan.groups) {
    for (const subject of group.subjects) {
      const due = dueDateOf(config.suppliers.find((s) => s.id === subject.id));
      if (!due) continue;
      const first = firstAsk(plan.rule, due, config, calendarOf(group.timezone));
      if (first > now) continue;
      const last = latest.get(subject.id);
      let at: Date;
      if (!last || last.occurrence < first) at = now < closeOf(plan.attestation, first) ? first : now;
      else if (last.status === 'missed') at = last.closesAt > now ? last.closesAt : now;
      // Excused (the owner was away): asked again once its window is over, so the date is not dropped.
      else if (last.status === 'excused' && last.closesAt <= now) at = now;
      else continue;
      asks.push({ subject, occurrence: { scheduled: at, issueAt: at } });
    }
  }
  return asks;
}

/** The next first ask after `now` of a due plan, for a simulated clock (later asks follow a close, itself a wake-up). */
export function nextDueAsk(plan: DuePlan, config: VigilConfig, calendarOf: (zone: string) => WorkCalendar, now: Date): Date | undefined {
  let next: Date | undefined;
  for (const group of plan.groups) {
    for (const subject of group.subjects) {
      const due = dueDateOf(config.suppliers.find((s) => s.id === subject.id));
      if (!due) continue;
      const first = firstAsk(plan.rule, due, config, calendarOf(group.timezone));
      if (first > now && (!next || first < next)) next = first;
    }
  }
  return next;
}

/** True when an open prompt asks about a date the register has since moved on from: its ladder stops. */
export function askIsSuperseded(prompt: Prompt, plan: DuePlan, config: VigilConfig, calendar: WorkCalendar): boolean {
  const due = dueDateOf(config.suppliers.find((s) => s.id === prompt.subjectId));
  if (!due) return true;
  return firstAsk(plan.rule, due, config, calendar).getTime() > prompt.occurrence.getTime();
}

/** The question with `{due}` filled in with the supplier's date. */
export function dueQuestion(question: string, supplier: Supplier | undefined): string {
  return question.replaceAll('{due}', dueDateOf(supplier) ?? 'not set');
}
