import type { Writable } from 'node:stream';
import type { Clock } from '../clock.ts';
import { withBulkReader, type BulkReader } from '../store/bulk-read.ts';
import { findingChanges, findingsOfPeriod, noticePages } from '../store/evidence-queries.ts';
import { factJson, readLiveRegister } from '../register/live-state.ts';
import { countEvidence, evidencePages, findingsOpenedBetween, type Db } from '../store/index.ts';
import type { SigningKey } from './checkpoint.ts';
import { exportIntegrity, integrityText, type IntegrityLimits } from './checkpoint-integrity.ts';
import { csvHeader, csvLine } from './csv.ts';
import { evidencePackHtml } from './html.ts';
import { exportPackage, type ExportWorkspace } from './package.ts';
import { EvidenceSummary, evidenceState, type EvidenceState } from './summary.ts';
import { policyAcceptancesJson } from './package-policy-acceptances.ts';

/** The export formats: rows (csv, json), the one-page pack (html), or the audit package (a zip). */
export type ExportFormat = 'csv' | 'json' | 'html' | 'package';

export type { ExportWorkspace } from './package.ts';

/** What an export needs, and where it writes. */
export interface ExportOptions {
  db: Db;
  /** The config in force and who is who (the use cases' snapshot): an export reads nothing else of the app. */
  workspace: ExportWorkspace;
  clock: Clock;
  from: Date;
  to: Date;
  format: ExportFormat;
  out: Writable;
  /** Called as rows go by: done so far, and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The period's first and last days as the office counts them, for the package's pages. */
  days?: { first: string; last: string };
  /** Signs the checkpoint the export quotes (VIGIL_SIGNING_KEY); unsigned without one. */
  signingKey?: SigningKey;
  /** How much of the chain and evidence the export checks (see IntegrityLimits); the defaults else. */
  integrityLimits?: IntegrityLimits;
}

/** What an export wrote, and the checkpoint it quotes (the note's text). */
export interface ExportResult {
  rows: number;
  auditHead: string;
  checkpoint: string;
  /** Whether the chain (and evidence rows, where bound) verified when it was made. */
  verified: boolean;
}

/** The checkpoint as CSV comment lines (`# `), before the header: spreadsheet tools skip or show them, and `vigil audit verify --checkpoint FILE.csv` reads them. */
function csvPreamble(text: string, ok: boolean): string {
  const lines = [`Vigil evidence export made at this audit checkpoint${ok ? '' : ' (integrity did NOT verify when exported: run vigil audit verify)'}:`, ...text.trimEnd().split('\n')];
  return lines.map((line) => `# ${line}`.trimEnd()).join('\r\n') + '\r\n';
}

/** Writes, waiting when the stream's buffer is full so memory stays flat. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
}

/**
 * The end of a JSON export: the period's findings (each with its changes from the audit log)
 * and every notice sent for its prompts (reminders, escalations, misses, No answers), a page of
 * prompts at a time.
 */
async function writeJsonFindingsAndNotices(db: Db, from: Date, to: Date, out: Writable): Promise<void> {
  const findings = await findingsOfPeriod(db, from, to);
  const changes = await findingChanges(db, findings.map((f) => f.id));
  const withChanges = findings.map((f) => ({ ...f, changes: (changes.get(f.id) ?? []).map(({ findingId: _, ...c }) => c) }));
  await write(out, `\n],"findings":[${withChanges.map((f) => '\n' + JSON.stringify(f)).join(',')}\n],"notices":[`);
  let first = true;
  for await (const page of noticePages(db, from, to)) {
    if (!page.length) continue;
    await write(out, (first ? '\n' : ',\n') + page.map((n) => JSON.stringify(n)).join(',\n'));
    first = false;
  }
}

/**
 * Exports the evidence for a period: every prompt with its answer (who, when, through which
 * channel), the question as asked, and the reminders and escalations sent, as CSV or JSON (which
 * also holds the findings and notices); the one-page HTML evidence pack (charts, findings,
 * register, integrity); or the audit package (see package.ts). Each quotes the audit checkpoint
 * it was made at (CSV as `# ` lines before the header, JSON as `checkpoint`), so it can later be
 * proven against the database. Streams throughout.
 */
export async function exportEvidence(options: ExportOptions): Promise<ExportResult> {
  if (options.format === 'package') {
    const result = await exportPackage(options);
    return { rows: result.prompts, auditHead: result.checkpoint.hash, checkpoint: result.checkpoint.text, verified: result.verified };
  }
  // One read snapshot for the whole export (on SQLite, read past kysely where it reads a million rows).
  return withBulkReader(options.db, (db, reader) => exportRows({ ...options, db }, reader));
}

async function exportRows(options: ExportOptions, reader: BulkReader | undefined): Promise<ExportResult> {
  const { db, workspace, from, to, format, out } = options;
  const integrity = await exportIntegrity(db, workspace.config, options.signingKey, options.integrityLimits);
  const total = await countEvidence(db, from, to);
  const summary = new EvidenceSummary();
  const byPerson = new Map<string, Record<EvidenceState, number>>();
  let done = 0;
  const tick = () => {
    done++;
    if (options.onProgress && (done % 1000 === 0 || done === total)) options.onProgress(done, total);
  };
  if (format === 'csv') await write(out, csvPreamble(integrity.checkpoint.text, integrity.ok) + csvHeader());
  if (format === 'json') {
    await write(out, `{"organisation":${JSON.stringify(workspace.config.organisation.name)},"from":${JSON.stringify(from.toISOString())},"to":${JSON.stringify(to.toISOString())},"generatedAt":${JSON.stringify(options.clock.now().toISOString())},"auditHead":${JSON.stringify(integrity.checkpoint.hash)},"auditOk":${integrity.ok},"checkpoint":${JSON.stringify(integrity.checkpoint.text)},"integrity":${JSON.stringify(integrityText(integrity))},"prompts":[`);
  }
  // Rows go out a page at a time: one write per page, not per row.
  for await (const page of evidencePages(db, from, to, format !== 'html', reader)) {
    let chunk = '';
    for (const row of page) {
      if (format === 'csv') chunk += csvLine(row);
      else if (format === 'json') chunk += (done ? ',\n' : '\n') + JSON.stringify(row);
      else {
        summary.add(row);
        let person = byPerson.get(row.assigneeId);
        if (!person) byPerson.set(row.assigneeId, (person = { done: 0, late: 0, no: 0, missed: 0, excused: 0, open: 0 }));
        person[evidenceState(row)]++;
      }
      tick();
    }
    if (chunk) await write(out, chunk);
  }
  if (format === 'json') {
    await writeJsonFindingsAndNotices(db, from, to, out);
    // The register's attested facts, each with what the file says: what an auditor reads beside the answers.
    await write(out, `\n],"registerFacts":${JSON.stringify((await readLiveRegister(db, workspace.config)).facts.map(factJson))},"policyAcceptances":${JSON.stringify(await policyAcceptancesJson(db, workspace.directory, to))}}\n`);
  }
  if (format === 'html') {
    await write(out, evidencePackHtml({
      config: workspace.config, from, to, generatedAt: options.clock.now(), summary, integrity, byPerson,
      register: await readLiveRegister(db, workspace.config),
      names: (id) => workspace.directory.nameOf(id),
      findings: await findingsOpenedBetween(db, from, to),
    }));
  }
  return { rows: done, auditHead: integrity.checkpoint.hash, checkpoint: integrity.checkpoint.text, verified: integrity.ok };
}
