import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Engine } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../store/index.ts';
import { verifyAudit } from '../store/index.ts';
import { csvHeader, csvLine } from './csv.ts';
import { evidencePackHtml } from './html.ts';
import { countEvidence, evidencePages } from './rows.ts';
import { EvidenceSummary } from './summary.ts';

/** The export formats. */
export type ExportFormat = 'csv' | 'json' | 'html';

/** What an export needs, and where it writes. */
export interface ExportOptions {
  db: Kysely<Database>;
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
    const findings = await db.selectFrom('findings').innerJoin('prompts', 'prompts.id', 'findings.prompt_id').selectAll('findings').select('prompts.question')
      .where('findings.opened_at', '>=', from.toISOString()).where('findings.opened_at', '<', to.toISOString()).orderBy('findings.opened_at').execute();
    await write(out, evidencePackHtml({
      config: engine.config, from, to, generatedAt: options.clock.now(), summary, audit,
      names: (id) => engine.directory.nameOf(id),
      findings: findings.map((f) => ({
        id: f.id, promptId: f.prompt_id, attestationId: f.attestation_id, subjectKind: f.subject_kind, subjectId: f.subject_id, assigneeId: f.assignee_id,
        answerId: f.answer_id, reason: f.reason, openedAt: new Date(f.opened_at), status: f.status, resolvedAt: f.resolved_at ? new Date(f.resolved_at) : null,
        resolvedBy: f.resolved_by, resolution: f.resolution, question: f.question,
      })),
    }));
  }
  return { rows: done, auditHead: audit.head };
}
