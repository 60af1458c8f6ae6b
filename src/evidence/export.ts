import type { Writable } from 'node:stream';
import type { Engine } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import { countEvidence, evidencePages, findingsOpenedBetween, verifyAudit, type Db } from '../store/index.ts';
import { csvHeader, csvLine } from './csv.ts';
import { evidencePackHtml } from './html.ts';
import { EvidenceSummary } from './summary.ts';

/** The export formats. */
export type ExportFormat = 'csv' | 'json' | 'html';

/** What an export needs, and where it writes. */
export interface ExportOptions {
  db: Db;
  engine: Engine;
  clock: Clock;
  from: Date;
  to: Date;
  format: ExportFormat;
  out: Writable;
  /** Called as rows go by: done so far, and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Writes, waiting when the stream's buffer is full so memory stays flat. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
}

/**
 * Exports the evidence for a period: every prompt with its answer (who, when, through which
 * channel), the question as asked, and the reminders and escalations sent, as CSV or JSON; or the
 * one-page HTML evidence pack (charts, findings, register, audit head). Streams throughout.
 */
export async function exportEvidence(options: ExportOptions): Promise<{ rows: number; auditHead: string }> {
  const { db, engine, from, to, format, out } = options;
  const total = await countEvidence(db, from, to);
  const audit = await verifyAudit(db);
  const summary = new EvidenceSummary();
  let done = 0;
  const tick = () => {
    done++;
    if (options.onProgress && (done % 1000 === 0 || done === total)) options.onProgress(done, total);
  };
  if (format === 'csv') await write(out, csvHeader());
  if (format === 'json') {
    await write(out, `{"organisation":${JSON.stringify(engine.config.organisation.name)},"from":${JSON.stringify(from.toISOString())},"to":${JSON.stringify(to.toISOString())},"generatedAt":${JSON.stringify(options.clock.now().toISOString())},"auditHead":${JSON.stringify(audit.head)},"auditOk":${audit.ok},"prompts":[`);
  }
  // Rows go out a page at a time: one write per page, not per row.
  for await (const page of evidencePages(db, from, to, format !== 'html')) {
    let chunk = '';
    for (const row of page) {
      if (format === 'csv') chunk += csvLine(row);
      else if (format === 'json') chunk += (done ? ',\n' : '\n') + JSON.stringify(row);
      else summary.add(row);
      tick();
    }
    if (chunk) await write(out, chunk);
  }
  if (format === 'json') await write(out, '\n]}\n');
  if (format === 'html') {
    await write(out, evidencePackHtml({
      config: engine.config, from, to, generatedAt: options.clock.now(), summary, audit,
      names: (id) => engine.directory.nameOf(id),
      findings: await findingsOpenedBetween(db, from, to),
    }));
  }
  return { rows: done, auditHead: audit.head };
}
