import type { Attestation } from '../config/schema.ts';
import { approximateMillis, parseDuration } from '../config/duration.ts';
import type { WorkCalendar } from './calendar.ts';
import { localParts, zonedInstant } from './zoned-time.ts';

/** One thing the engine does for a prompt at a given instant. */
export type LadderStep =
  | { kind: 'reminder'; step: number; at: Date }
  | { kind: 'escalation'; step: number; at: Date; to: 'manager' | 'compliance-channel' }
  | { kind: 'close'; step: 0; at: Date };

/** Who a step is for: the assignee (reminders), or an escalation's target. */
export type StepRecipient = 'assignee' | 'manager' | 'compliance-channel';

const ms = (iso: string) => approximateMillis(parseDuration(iso)!);

/**
 * A prompt's reminders, escalation steps and close, in time order. Reminders and calendar delays
 * count from the issue instant; escalation steps marked `workingHours` count working time only,
 * and every escalation step waits the attestation's `grace` on top of its own delay. With quiet
 * hours (the default), a reminder or an escalation that falls outside its recipient's working
 * hours waits for the start of their next working hours, in `calendarOf(recipient)`.
 */
export function ladder(
  attestation: Attestation,
  issuedAt: Date,
  closesAt: Date,
  calendar: WorkCalendar,
  calendarOf: (recipient: StepRecipient) => WorkCalendar = () => calendar,
): LadderStep[] {
  const quiet = (at: Date, recipient: StepRecipient) => (attestation.quietHours === false ? at : calendarOf(recipient).addWorkingTime(at, 0));
  const grace = attestation.grace ? ms(attestation.grace) : 0;
  const steps: LadderStep[] = [];
  attestation.reminders.forEach((r, i) => steps.push({ kind: 'reminder', step: i + 1, at: quiet(new Date(issuedAt.getTime() + ms(r)), 'assignee') }));
  attestation.escalation.forEach((e, i) => {
    const delay = ms(e.after) + grace;
    const at = e.workingHours ? calendar.addWorkingTime(issuedAt, delay) : new Date(issuedAt.getTime() + delay);
    // A delay counted in working hours already lands in them.
    steps.push({ kind: 'escalation', step: i + 1, at: e.workingHours ? at : quiet(at, e.to), to: e.to });
  });
  steps.push({ kind: 'close', step: 0, at: closesAt });
  // Stable: at the same instant, reminders, then escalations, then the close.
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The instant a prompt issued at `issueAt` closes: the end of its window. With quiet hours (the
 * default) and a calendar, a window that would end on a non-working day ends at the same local
 * time on the next working day instead, so a Friday's daily check is not missed over the weekend.
 */
export function closeOf(attestation: Attestation, issueAt: Date, calendar?: WorkCalendar): Date {
  const end = new Date(issueAt.getTime() + ms(attestation.window));
  if (!calendar || attestation.quietHours === false) return end;
  const date = calendar.dateOf(end);
  if (calendar.isWorkingDay(date)) return end;
  const wall = localParts(end, calendar.timezone);
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  return zonedInstant(calendar.nearestWorkingDay(date, 1), time, calendar.timezone);
}
