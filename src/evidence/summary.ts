import { isoWeek } from '../attestations/index.ts';
import type { EvidenceRow } from '../store/index.ts';
import { DeliveryTimes } from './delivery.ts';

/** The states a prompt ends a period in. */
export const STATES = ['done', 'late', 'no', 'missed', 'excused', 'open'] as const;
export type EvidenceState = (typeof STATES)[number];

/** Where one exported prompt stands. */
export function evidenceState(row: EvidenceRow): EvidenceState {
  if (row.answer) {
    const unticked = row.checklist ? Object.values(JSON.parse(row.checklist) as Record<string, boolean>).some((t) => !t) : false;
    if (row.answer === 'no' || unticked) return 'no';
    return row.late ? 'late' : 'done';
  }
  if (row.status === 'excused') return 'excused';
  return row.status === 'missed' ? 'missed' : 'open';
}

/** Counts kept while rows stream past: per attestation, and per week for the trend. */
export class EvidenceSummary {
  readonly byAttestation = new Map<string, { question: string } & Record<EvidenceState, number>>();
  readonly byWeek = new Map<string, Record<EvidenceState, number>>();
  /** When the prompts were issued and delivered, against their scheduled times. */
  readonly delivery = new DeliveryTimes();
  rows = 0;

  add(row: EvidenceRow): void {
    const state = evidenceState(row);
    this.rows++;
    let a = this.byAttestation.get(row.attestationId);
    if (!a) this.byAttestation.set(row.attestationId, (a = { question: row.question, done: 0, late: 0, no: 0, missed: 0, excused: 0, open: 0 }));
    a[state]++;
    this.delivery.add({ id: row.promptId, attestationId: row.attestationId, scheduledAt: row.scheduledAt, issuedAt: row.issuedAt, deliveredAt: row.deliveredAt });
    const week = isoWeek(new Date(row.occurrence));
    let w = this.byWeek.get(week);
    if (!w) this.byWeek.set(week, (w = { done: 0, late: 0, no: 0, missed: 0, excused: 0, open: 0 }));
    w[state]++;
  }
}
