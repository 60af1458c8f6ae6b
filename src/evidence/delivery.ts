import { html } from './html.ts';

/**
 * When a period's prompts were really asked: the occurrence's scheduled time, when Vigil issued
 * the prompt, and when its message was delivered (the outbox's sent time). Counted per
 * attestation as the prompts stream past, so the pack can say how many were asked on time and
 * name the one asked latest, for an auditor to sample; every prompt's own times are in the
 * population files (issued_at, delivered_at).
 */
export interface DeliveryTally {
  prompts: number;
  /** Issued within {@link ON_SCHEDULE_MS} of the scheduled time. */
  onSchedule: number;
  /** Issued later than that (caught up after downtime, held for quiet hours, added mid-period). */
  issuedLater: number;
  /** Recorded without ever being issued (missed while Vigil was down). */
  neverIssued: number;
  delivered: number;
  /** Issued but with no delivery recorded (not yet sent, or the platform refused it). */
  notDelivered: number;
  /** The prompt delivered longest after its scheduled time. */
  slowest: { promptId: string; scheduledAt: string; issuedAt: string | null; deliveredAt: string; delayMs: number } | null;
}

/** How late an issue may be and still count as on schedule: the engine ticks every minute. */
export const ON_SCHEDULE_MS = 5 * 60_000;

/** A prompt's times as the evidence reads give them (ISO text; null when it never happened). */
export interface PromptTimes {
  id: string;
  attestationId: string;
  scheduledAt: string;
  issuedAt: string | null;
  deliveredAt: string | null;
}

export class DeliveryTimes {
  readonly byAttestation = new Map<string, DeliveryTally>();

  add(p: PromptTimes): void {
    let t = this.byAttestation.get(p.attestationId);
    if (!t) this.byAttestation.set(p.attestationId, (t = { prompts: 0, onSchedule: 0, issuedLater: 0, neverIssued: 0, delivered: 0, notDelivered: 0, slowest: null }));
    t.prompts++;
    // Most prompts are issued at the very instant scheduled: the same text, nothing to parse.
    const scheduled = p.issuedAt === p.scheduledAt ? 0 : Date.parse(p.scheduledAt);
    if (p.issuedAt === null) t.neverIssued++;
    else if (p.issuedAt === p.scheduledAt || Date.parse(p.issuedAt) - scheduled <= ON_SCHEDULE_MS) t.onSchedule++;
    else t.issuedLater++;
    if (p.deliveredAt === null) {
      if (p.issuedAt !== null) t.notDelivered++;
      return;
    }
    t.delivered++;
    const delayMs = Date.parse(p.deliveredAt) - (scheduled || Date.parse(p.scheduledAt));
    if (!t.slowest || delayMs > t.slowest.delayMs) t.slowest = { promptId: p.id, scheduledAt: p.scheduledAt, issuedAt: p.issuedAt, deliveredAt: p.deliveredAt, delayMs };
  }
}

/** "2026-11-23 08:55" in UTC, as the population files' instants read. */
export const minute = (iso: string | null): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');

function delayWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

/** The pack's table of issue and delivery, one row per attestation. */
export function deliveryTableHtml(times: DeliveryTimes, question: (attestationId: string) => string): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  const rows = [...times.byAttestation.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, t]) => {
    const slow = t.slowest;
    const slowest = slow ? `${html(delayWords(slow.delayMs))}: <code>${html(slow.promptId)}</code> scheduled ${html(minute(slow.scheduledAt))}, issued ${html(minute(slow.issuedAt))}, delivered ${html(minute(slow.deliveredAt))}` : '—';
    return `<tr><td>${html(question(id))}</td><td class="n">${n(t.prompts)}</td><td class="n">${n(t.onSchedule)}</td><td class="n">${n(t.issuedLater)}</td><td class="n">${n(t.neverIssued)}</td><td class="n">${n(t.delivered)}</td><td class="n">${n(t.notDelivered)}</td><td>${slowest}</td></tr>`;
  }).join('');
  return `<table><thead><tr><th>Question</th><th class="n">Prompts</th><th class="n">Issued on schedule</th><th class="n">Issued later</th><th class="n">Never issued</th><th class="n">Delivered</th><th class="n">Not delivered</th><th>Longest from schedule to delivery</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** What the table's words mean, said once under it. */
export const DELIVERY_NOTE = `Issued on schedule means Vigil issued the prompt within ${ON_SCHEDULE_MS / 60_000} minutes of its scheduled time; delivered is when the chat platform accepted its message. Each prompt's scheduled, issued and delivered times are in its population file (scheduled_at, issued_at, delivered_at) and, for a finding, beside it.`;

/** The one-page pack's line on issue and delivery, over every attestation (the package has the table). */
export function deliverySentence(times: DeliveryTimes): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  const all = [...times.byAttestation.values()];
  const sum = (field: 'prompts' | 'onSchedule' | 'issuedLater' | 'neverIssued' | 'delivered' | 'notDelivered') => all.reduce((total, t) => total + t[field], 0);
  const slow = all.map((t) => t.slowest).filter((s) => s !== null).sort((a, b) => b.delayMs - a.delayMs)[0];
  const slowest = slow ? `; longest from schedule to delivery ${html(delayWords(slow.delayMs))} (<code>${html(slow.promptId)}</code>, delivered ${html(minute(slow.deliveredAt))})` : '';
  return `Issue and delivery: ${n(sum('onSchedule'))} of ${n(sum('prompts'))} prompts issued within ${ON_SCHEDULE_MS / 60_000} minutes of their scheduled time, ${n(sum('issuedLater'))} later, ${n(sum('neverIssued'))} never; ${n(sum('delivered'))} delivered, ${n(sum('notDelivered'))} issued but not delivered${slowest}. Each prompt's times are in the CSV export (scheduled_at, issued_at, delivered_at).`;
}
