import type { Db } from '../store/index.ts';
import type { Engine, TickReport } from './engine.ts';

/** One thing the engine would do, in a preview. */
export interface PlannedEvent {
  at: Date;
  kind: 'prompt' | 'reminder' | 'escalation' | 'missed';
  promptId: string;
  attestationId: string;
  /** Who the prompt is for. */
  assigneeId: string;
  /** Who is told: the assignee, their manager, or `compliance` (the channel). */
  recipientId: string;
  /** The reminder's or escalation step's number. */
  step?: number;
}

/** The furthest a preview may look ahead, so a mistyped year does not run for minutes. */
export const PREVIEW_MAX_DAYS = 92;

/**
 * What the engine would do from `now` until `to`, if nobody answered, listed from `from` on. It
 * is the engine's own plan, not a copy of its rules: the engine ticks at each instant it would
 * wake (as the running bot does) on `db`, which must be a throwaway copy of the store
 * ({@link openSqliteSnapshot}): the ticks write to it.
 */
export async function previewPlan(engine: Engine, db: Db, window: { now: Date; from: Date; to: Date }): Promise<PlannedEvent[]> {
  const events: PlannedEvent[] = [];
  let at = window.now;
  for (let guard = 0; guard < 100_000; guard++) {
    events.push(...eventsOf(await engine.tick(db, at)));
    const next = await engine.nextWakeUp(db, at, window.to);
    if (!next) break;
    at = next;
  }
  return events.filter((e) => e.at >= window.from && e.at <= window.to);
}

/** The attestation a prompt id names (`backup/person:amy/2026-11-23T09:00:00.000Z`). */
const attestationOf = (promptId: string) => promptId.slice(0, promptId.indexOf('/'));

function eventsOf(report: TickReport): PlannedEvent[] {
  const at = report.at;
  return [
    ...report.issued.map((i) => ({ at, kind: 'prompt' as const, promptId: i.promptId, attestationId: i.attestationId, assigneeId: i.assigneeId, recipientId: i.coveredBy ?? i.assigneeId })),
    ...report.reminders.map((r) => ({ at, kind: 'reminder' as const, promptId: r.promptId, attestationId: attestationOf(r.promptId), assigneeId: r.assigneeId, recipientId: r.coveredBy ?? r.assigneeId, step: r.step })),
    ...report.escalations.map((e) => ({
      at, kind: 'escalation' as const, promptId: e.promptId, attestationId: attestationOf(e.promptId), assigneeId: e.assigneeId, recipientId: e.recipientId, step: e.step,
    })),
    ...report.missed.map((m) => ({ at, kind: 'missed' as const, promptId: m.promptId, attestationId: m.attestationId, assigneeId: m.assigneeId, recipientId: m.assigneeId })),
  ];
}
