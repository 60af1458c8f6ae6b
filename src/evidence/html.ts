import type { Supplier, VigilConfig } from '../config/schema.ts';
import { dayWords, factOf, fileWords, statementWords, type LiveRegister } from '../register/live-state.ts';
import type { Finding } from '../store/index.ts';
import type { ExportIntegrity } from './checkpoint-integrity.ts';
import { INTEGRITY_STYLE, integrityHtml } from './checkpoint-html.ts';
import { deliverySentence } from './delivery.ts';
import { STATES, type EvidenceState, type EvidenceSummary } from './summary.ts';

/** Escapes text for HTML: users' words are shown, never run. */
export function html(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const COLOURS: Record<EvidenceState, string> = { done: '#2a9d8f', late: '#e9c46a', no: '#e76f51', missed: '#9b2226', excused: '#8ecae6', open: '#adb5bd' };
const LABELS: Record<EvidenceState, string> = { done: 'Done', late: 'Late', no: 'No', missed: 'Missed', excused: 'Excused (away)', open: 'Open' };

/** What the one-page evidence pack shows. */
export interface EvidencePack {
  config: VigilConfig;
  from: Date;
  to: Date;
  generatedAt: Date;
  summary: EvidenceSummary;
  findings: (Finding & { question: string })[];
  /** The checkpoint the pack was made at, and what verified (or did not). */
  integrity: ExportIntegrity;
  names: (id: string) => string;
  /** Each assignee's prompts by state, for the per-person table. */
  byPerson: Map<string, Record<EvidenceState, number>>;
  /** The register's live state (attested facts with who and when); else the file alone. */
  register?: LiveRegister;
}

/** The GDPR statement cell: the live status, with the attestation behind it and what the file says where they differ. */
function statementCell(pack: EvidencePack, s: Supplier, today: string): { text: string; attention: boolean } {
  const fact = factOf(pack.register, s.id);
  const status = fact?.differs ? fact.attested : s.gdprStatement.status;
  const { reviewDue } = s.gdprStatement;
  const due = reviewDue !== undefined && reviewDue < today;
  const words = status === 'on-file' ? (due ? `on file, review was due ${reviewDue}` : `on file${reviewDue ? `, review due ${reviewDue}` : ''}`) : statementWords(status);
  const zone = pack.config.organisation.timezone;
  const evidence = fact ? ` (attested by ${fact.byName} on ${dayWords(fact.at, zone)}${fact.differs ? `; ${fileWords(fact)}` : ''})` : '';
  return { text: `${words}${evidence}`, attention: status !== 'on-file' || due || fact?.differs === true };
}

/** Horizontal stacked bars, one per attestation, as inline SVG (no scripts, no CDN). */
function completionChart(summary: EvidenceSummary): string {
  const rows = [...summary.byAttestation.entries()];
  const width = 640;
  const label = 190;
  const barWidth = width - label - 60;
  const height = rows.length * 28 + 36;
  const bars = rows.map(([id, counts], i) => {
    const total = STATES.reduce((n, s) => n + counts[s], 0) || 1;
    let x = label;
    const segments = STATES.map((s) => {
      const w = (counts[s] / total) * barWidth;
      const rect = w > 0 ? `<rect x="${x.toFixed(1)}" y="${i * 28 + 4}" width="${w.toFixed(1)}" height="20" fill="${COLOURS[s]}"><title>${html(LABELS[s])}: ${counts[s]}</title></rect>` : '';
      x += w;
      return rect;
    }).join('');
    const answered = counts.done + counts.late + counts.no;
    // The question, not the id: the pack is read by people who never saw vigil.yaml.
    const asked = counts.question.length > 30 ? `${counts.question.slice(0, 29)}…` : counts.question;
    return `<text x="0" y="${i * 28 + 19}" font-size="12"><title>${html(counts.question)} (${html(id)})</title>${html(asked)}</text>${segments}<text x="${label + barWidth + 6}" y="${i * 28 + 19}" font-size="12">${Math.round((answered / total) * 100)}%</text>`;
  }).join('');
  const legend = STATES.map((s, i) => `<rect x="${label + i * 80}" y="${rows.length * 28 + 14}" width="12" height="12" fill="${COLOURS[s]}"/><text x="${label + i * 80 + 16}" y="${rows.length * 28 + 24}" font-size="12">${LABELS[s]}</text>`).join('');
  return `<svg role="img" aria-label="Completion per attestation" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">${bars}${legend}</svg>`;
}

/** Share answered per week, as inline SVG columns. */
function trendChart(summary: EvidenceSummary): string {
  const weeks = [...summary.byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-12);
  const width = 640;
  const height = 160;
  const step = weeks.length ? (width - 40) / weeks.length : 0;
  const columns = weeks.map(([week, c], i) => {
    const total = STATES.reduce((n, s) => n + c[s], 0) || 1;
    const share = (c.done + c.late + c.no) / total;
    const h = share * 110;
    return `<rect x="${(30 + i * step).toFixed(1)}" y="${(120 - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#264653"><title>${html(week)}: ${Math.round(share * 100)}% answered</title></rect><text x="${(30 + i * step).toFixed(1)}" y="140" font-size="9">${html(week.slice(5))}</text>`;
  }).join('');
  return `<svg role="img" aria-label="Share answered per week" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><line x1="28" y1="120" x2="${width}" y2="120" stroke="#999"/><text x="0" y="14" font-size="10">100%</text><text x="0" y="122" font-size="10">0%</text>${columns}</svg>`;
}

/** One row per person: their prompts by state, and the share answered ("No" apart from done). */
function peopleTable(pack: EvidencePack): string {
  const rows = [...pack.byPerson.entries()].sort(([a], [b]) => pack.names(a).localeCompare(pack.names(b))).map(([id, c]) => {
    const total = STATES.reduce((n, s) => n + c[s], 0) || 1;
    return `<tr><td>${html(pack.names(id))}</td>${STATES.map((s) => `<td class="n">${c[s]}</td>`).join('')}<td class="n">${Math.round(((c.done + c.late + c.no) / total) * 100)}%</td></tr>`;
  }).join('');
  return `<table><thead><tr><th>Person</th>${STATES.map((s) => `<th class="n">${LABELS[s]}</th>`).join('')}<th class="n">Answered</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The evidence pack: one self-contained HTML page that prints cleanly to PDF on A4. */
export function evidencePackHtml(pack: EvidencePack): string {
  const { config, summary } = pack;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const today = day(pack.generatedAt);
  const totals = STATES.reduce((acc, s) => ({ ...acc, [s]: [...summary.byAttestation.values()].reduce((n, a) => n + a[s], 0) }), {} as Record<EvidenceState, number>);
  const findings = pack.findings.map((f) => `<tr><td>${html(day(f.openedAt))}</td><td>${html(pack.names(f.assigneeId))}</td><td>${html(f.question)}</td><td>${html(f.reason)}</td><td>${f.status === 'open' ? '<strong>open</strong>' : `resolved ${html(f.resolvedAt ? day(f.resolvedAt) : '')}`}</td></tr>`).join('');
  const suppliers = config.suppliers.map((s) => {
    const statement = statementCell(pack, s, today);
    return `<tr class="${statement.attention ? 'attention' : ''}"><td>${html(s.name)}</td><td>${html(s.purpose)}</td><td>${html(s.locations.join(', ') || '—')}</td><td>${html(s.retention ?? '—')}</td><td>${html(statement.text)}</td></tr>`;
  }).join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Evidence pack: ${html(config.organisation.name)}, ${html(day(pack.from))} to ${html(day(new Date(pack.to.getTime() - 1)))}</title>
<style>
  body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ccd; }
  .meta { color: #556; } table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
  tr.attention td { background: #fff4e5; } .totals span { margin-right: 1.2rem; } code { font-size: 11px; word-break: break-all; }
  td.n, th.n { text-align: right; } .signoff th { width: 25%; } .signoff td { border: 1px solid #99a; height: 1.6rem; }
  @page { size: A4; margin: 12mm; }
  .signoff { break-inside: avoid; }
  ${INTEGRITY_STYLE}
  @media print { body { margin: 0; max-width: none; font-size: 10.5px; } h2 { break-after: avoid; margin: .6rem 0 .2rem; } tr { break-inside: avoid; } svg { max-height: 22mm; } p.meta { margin: .2rem 0; } }
</style></head>
<body>
<h1>Evidence pack: ${html(config.organisation.name)}</h1>
<p class="meta">Period ${html(day(pack.from))} to ${html(day(new Date(pack.to.getTime() - 1)))} · generated ${html(pack.generatedAt.toISOString())} · ${summary.rows} prompts</p>
<h2>Completion</h2>
<p class="totals">${STATES.map((s) => `<span>${LABELS[s]}: <strong>${totals[s]}</strong></span>`).join('')}</p>
${completionChart(summary)}
<p class="meta">${deliverySentence(summary.delivery)}</p>
<h2>Share answered, by week</h2>
${trendChart(summary)}
<h2>People</h2>
${peopleTable(pack)}
<h2>Findings</h2>
${pack.findings.length ? `<table><thead><tr><th>Opened</th><th>Who</th><th>Question</th><th>Reason</th><th>Status</th></tr></thead><tbody>${findings}</tbody></table>` : '<p>No findings in this period.</p>'}
<h2>Register of suppliers</h2>
<table><thead><tr><th>Supplier</th><th>Purpose</th><th>Where</th><th>Retention</th><th>GDPR statement</th></tr></thead><tbody>${suppliers}</tbody></table>
<h2>Integrity</h2>
${integrityHtml(pack.integrity)}
<h2>Sign-off</h2>
<table class="signoff"><tbody><tr><th>Prepared by</th><td></td></tr><tr><th>Reviewed by</th><td></td></tr><tr><th>Date</th><td></td></tr></tbody></table>
</body></html>
`;
}
