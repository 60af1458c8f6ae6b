import type { Attestation } from '../config/schema.ts';
import { approximateMillis, parseDuration } from '../config/duration.ts';
import type { WorkCalendar } from './calendar.ts';

/** One thing the engine does for a prompt at a given instant. */
export type LadderStep =
  | { kind: 'reminder'; step: number; at: Date }
  | { kind: 'escalation'; step: number; at: Date; to: 'manager' | 'compliance-channel' }
  | { kind: 'close'; step: 0; at: Date };

const ms = (iso: string) => approximateMillis(parseDuration(iso)!);

/**
 * A prompt's reminders, escalation steps and close, in time order. Reminders and calendar delays
 * count from the issue instant; escalation steps marked `workingHours` count working time only.
 */
export function ladder(attestation: Attestation, issuedAt: Date, closesAt: Date, calendar: WorkCalendar): LadderStep[] {
  const steps: LadderStep[] = [];
  attestation.reminders.forEach((r, i) => steps.push({ kind: 'reminder', step: i + 1, at: new Date(issuedAt.getTime() + ms(r)) }));
  attestation.escalation.forEach((e, i) => {
    const at = e.workingHours ? calendar.addWorkingTime(issuedAt, ms(e.after)) : new Date(issuedAt.getTime() + ms(e.after));
    steps.push({ kind: 'escalation', step: i + 1, at, to: e.to });
  });
  steps.push({ kind: 'close', step: 0, at: closesAt });
  // Stable: at the same instant, reminders, then escalations, then the close.
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The instant a prompt issued at `issueAt` closes. */
export function closeOf(attestation: Attestation, issueAt: Date): Date {
  return new Date(issueAt.getTime() + ms(attestation.window));
}
