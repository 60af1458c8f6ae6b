import type { EvidenceRow } from '../store/index.ts';

const COLUMNS: [string, (r: EvidenceRow) => string | number | boolean | null][] = [
  ['prompt_id', (r) => r.promptId], ['attestation', (r) => r.attestationId], ['question', (r) => r.question],
  ['subject_kind', (r) => r.subjectKind], ['subject', (r) => r.subjectId], ['assignee', (r) => r.assigneeId],
  ['occurrence', (r) => r.occurrence], ['scheduled_at', (r) => r.scheduledAt], ['issued_at', (r) => r.issuedAt],
  ['delivered_at', (r) => r.deliveredAt], ['closes_at', (r) => r.closesAt], ['status', (r) => r.status],
  ['answer', (r) => r.answer], ['reason', (r) => r.reason], ['checklist', (r) => r.checklist], ['text', (r) => r.text],
  ['answered_by', (r) => r.answeredBy], ['answered_at', (r) => r.answeredAt], ['late', (r) => r.late], ['channel', (r) => r.channel],
  ['answers', (r) => r.answers], ['reminders_sent', (r) => r.remindersSent.join(' ')], ['escalations_sent', (r) => r.escalationsSent.join('; ')],
];

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return) is prefixed with a quote mark: users' reasons stay words.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  // Most cells need neither (one test instead of two: a year's export has tens of millions of cells).
  if (!/^[=+\-@\t\r]|[",\r\n]/.test(text)) return text;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line. */
export function csvHeader(): string {
  return COLUMNS.map(([name]) => name).join(',') + '\r\n';
}

/** One row as a CSV line. */
export function csvLine(row: EvidenceRow): string {
  return COLUMNS.map(([, get]) => csvCell(get(row))).join(',') + '\r\n';
}
