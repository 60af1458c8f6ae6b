import { createHash } from 'node:crypto';
import type { VigilConfig } from '../config/schema.ts';
import type { FindingChange, PeriodFinding } from '../store/evidence-queries.ts';
import { accountedForRate, type ControlRow, due, onTimeRate, type PackageRates, RATE_COLUMNS, rateRecords } from './package-rates.ts';
import { recordsCsv } from './package-rows.ts';

/** The package's smaller files, as [path, text]: each is whole in memory (a few thousand rows at most). */
export type PackageFile = [string, string];

const FINDING_COLUMNS = [
  'finding_id', 'prompt_id', 'attestation', 'subject_kind', 'subject', 'assignee', 'prompt_scheduled_at', 'prompt_issued_at', 'prompt_delivered_at', 'opened_at', 'opened_by_answer', 'opened_by_revision', 'opened_by',
  'reason', 'status', 'resolved_at', 'resolved_by', 'resolution_method', 'resolution_note', 'changes',
];

/** findings.json (each finding with its changes from the audit log) and findings.csv (one line each). */
export function findingFiles(findings: PeriodFinding[], changes: Map<string, FindingChange[]>): PackageFile[] {
  const json = findings.map((f) => ({ ...f, changes: (changes.get(f.id) ?? []).map(({ findingId: _, ...c }) => c) }));
  const records = findings.map((f) => ({
    finding_id: f.id, prompt_id: f.promptId, attestation: f.attestationId, subject_kind: f.subjectKind, subject: f.subjectId, assignee: f.assigneeId,
    prompt_scheduled_at: f.promptScheduledAt, prompt_issued_at: f.promptIssuedAt, prompt_delivered_at: f.promptDeliveredAt, opened_at: f.openedAt, opened_by_answer: f.answerId, opened_by_revision: f.openedByRevision, opened_by: f.openedBy, reason: f.reason,
    status: f.status, resolved_at: f.resolvedAt, resolved_by: f.resolvedBy, resolution_method: f.resolutionMethod, resolution_note: f.resolution,
    changes: (changes.get(f.id) ?? []).map((c) => `${c.at} ${c.action} by ${c.actor}${typeof c.data.note === 'string' ? `: ${c.data.note}` : ''}`).join('; '),
  }));
  return [['findings.json', JSON.stringify(json, null, 2) + '\n'], ['findings.csv', recordsCsv(records, FINDING_COLUMNS)]];
}

/** Rates per person and per team (per attestation), the controls table, and the attestations as configured. */
export function ratesAndControlFiles(rates: PackageRates, controls: ControlRow[], config: VigilConfig): PackageFile[] {
  const controlRecords = controls.flatMap((c) => c.attestations.map((a) => ({
    control: c.control, attestation: a.id, question: a.question, due: due(a.tally), on_time: a.tally.onTime, said_no: a.tally.no,
    on_time_rate: onTimeRate(a.tally)?.toFixed(4) ?? null, accounted_for_rate: accountedForRate(a.tally)?.toFixed(4) ?? null,
  })));
  const attestations = config.attestations.map((a) => ({ id: a.id, question: a.question, schedule: a.schedule, window: a.window, audience: a.audience, answer: a.answer, policy: a.policy ?? null, controls: a.controls }));
  return [
    ['rates/people.csv', recordsCsv(rateRecords(rates.byPerson, 'person'), ['person', 'attestation', ...RATE_COLUMNS])],
    ['rates/teams.csv', recordsCsv(rateRecords(rates.byTeam, 'manager'), ['manager', 'attestation', ...RATE_COLUMNS])],
    ['controls.csv', recordsCsv(controlRecords, ['control', 'attestation', 'question', 'due', 'on_time', 'said_no', 'on_time_rate', 'accounted_for_rate'])],
    ['attestations.json', JSON.stringify(attestations, null, 2) + '\n'],
  ];
}

/** Each policy's text as configured, with its SHA-256 as its version. */
export function policyRecords(config: VigilConfig): { id: string; title: string; sha256: string; text: string; source: string | undefined }[] {
  return config.policies.map((p) => ({ id: p.id, title: p.title, sha256: createHash('sha256').update(p.text).digest('hex'), text: p.text, source: p.source }));
}
