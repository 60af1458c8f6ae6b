import type { VigilConfig } from '../config/schema.ts';
import type { FindingChange, PeriodFinding } from '../store/evidence-queries.ts';
import type { ExportIntegrity } from './checkpoint-integrity.ts';
import { INTEGRITY_STYLE, integrityHtml } from './checkpoint-html.ts';
import { DELIVERY_NOTE, deliveryTableHtml, type DeliveryTimes, minute } from './delivery.ts';
import { html } from './html.ts';
import { type ControlRow, accountedForRate, due, onTimeRate, PackageRates, percent, type Tally } from './package-rates.ts';
import type { PackagedFile } from './package-zip.ts';

/** What the package's index.html shows. */
export interface PackagePage {
  config: VigilConfig;
  firstDay: string;
  lastDay: string;
  generatedAt: Date;
  vigilVersion: string;
  configSha256: string;
  /** The checkpoint the package was made at, and what verified (or did not). */
  integrity: ExportIntegrity;
  rates: PackageRates;
  /** When the period's prompts were issued and delivered, per attestation. */
  delivery: DeliveryTimes;
  controls: ControlRow[];
  findings: PeriodFinding[];
  changes: Map<string, FindingChange[]>;
  policies: { id: string; title: string; sha256: string; text: string; source: string | undefined }[];
  files: PackagedFile[];
  names: (id: string) => string;
  question: (attestationId: string) => string;
}

/** Findings listed in the page in full; all of them are in findings.csv and findings.json. */
const FINDINGS_SHOWN = 200;

const STYLE = `
  @page { size: A4; margin: 14mm 12mm; }
  body { font: 10.5px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; margin: 0 auto; max-width: 186mm; }
  h1 { font-size: 18px; margin: 0 0 2px; } h2 { font-size: 13px; margin: 14px 0 4px; border-bottom: 1px solid #ccd; break-after: avoid; }
  .meta { color: #556; margin: 0 0 2px; } table { border-collapse: collapse; width: 100%; margin-bottom: 4px; }
  th, td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #e3e6ea; vertical-align: top; } th { background: #f1f3f5; }
  td.n, th.n { text-align: right; white-space: nowrap; } tr { break-inside: avoid; } code { font-size: 9px; word-break: break-all; }
  .totals span { margin-right: 12px; } .no { color: #9b2226; } .policy { white-space: pre-wrap; margin: 0 0 6px; }
  .signoff td { height: 26px; border: 1px solid #99a; } .signoff th { width: 22%; border: 1px solid #99a; }
  @media screen { body { padding: 16px; } }
  ${INTEGRITY_STYLE}`;

/** A count as the British write it: 1,044,000. */
const n = (count: number): string => count.toLocaleString('en-GB');

const rateCells = (t: Tally) =>
  `<td class="n">${n(t.prompts)}</td><td class="n">${n(t.onTime)}</td><td class="n">${n(t.late)}</td><td class="n">${n(t.missed)}</td><td class="n">${n(t.excused)}</td><td class="n no">${n(t.no)}</td><td class="n">${percent(onTimeRate(t))}</td><td class="n">${percent(accountedForRate(t))}</td>`;
const RATE_HEAD = '<th class="n">Prompts</th><th class="n">On time</th><th class="n">Late</th><th class="n">Missed</th><th class="n">Excused</th><th class="n">Said No</th><th class="n">On-time rate</th><th class="n">Accounted for</th>';

function attestationTable(page: PackagePage): string {
  const rows = [...page.rates.byAttestation.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => `<tr><td>${html(page.question(id))}</td>${rateCells(t)}</tr>`).join('');
  return `<table><thead><tr><th>Question</th>${RATE_HEAD}</tr></thead><tbody>${rows}</tbody></table>`;
}

function controlsTable(page: PackagePage): string {
  if (!page.controls.length) return '<p>No attestation names a control (add <code>controls:</code> to an attestation in vigil.yaml).</p>';
  const rows = page.controls.flatMap((c) => c.attestations.map((a, i) =>
    `<tr>${i === 0 ? `<td rowspan="${c.attestations.length}"><strong>${html(c.control)}</strong></td>` : ''}<td>${html(a.question)}</td><td class="n">${n(due(a.tally))}</td><td class="n">${percent(onTimeRate(a.tally))}</td><td class="n">${percent(accountedForRate(a.tally))}</td><td class="n no">${n(a.tally.no)}</td></tr>`)).join('');
  return `<table><thead><tr><th>Control</th><th>Evidenced by</th><th class="n">Due</th><th class="n">On-time rate</th><th class="n">Accounted for</th><th class="n">Said No</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** "backup ×3, av ×1": what a person missed, by question. */
function missedText(page: PackagePage, tallies: Map<string, Tally>): string {
  const missed = [...tallies.entries()].filter(([, t]) => t.missed > 0).map(([id, t]) => `${page.question(id)} ×${t.missed}`);
  return missed.length ? missed.join('; ') : '—';
}

function peopleTable(page: PackagePage): string {
  const rows = [...page.rates.byPerson.entries()].sort(([a], [b]) => page.names(a).localeCompare(page.names(b), 'en-GB', { numeric: true }))
    .map(([id, tallies]) => `<tr><td>${html(page.names(id))}</td>${rateCells(PackageRates.sum(tallies))}<td>${html(missedText(page, tallies))}</td></tr>`).join('');
  return `<table><thead><tr><th>Person</th>${RATE_HEAD}<th>Missed</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function teamsTable(page: PackagePage): string {
  const rows = [...page.rates.byTeam.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([id, tallies]) => `<tr><td>${id ? `${html(page.names(id))}'s team` : 'No manager'}</td>${rateCells(PackageRates.sum(tallies))}</tr>`).join('');
  return `<table><thead><tr><th>Team</th>${RATE_HEAD}</tr></thead><tbody>${rows}</tbody></table>`;
}

function findingsTable(page: PackagePage): string {
  if (!page.findings.length) return '<p>No findings on the prompts of this period.</p>';
  const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
  const rows = page.findings.slice(0, FINDINGS_SHOWN).map((f) => {
    const changes = (page.changes.get(f.id) ?? []).map((c) => `${day(c.at)} ${c.action} by ${page.names(c.actor)}`).join('; ');
    const status = f.status === 'open' ? '<strong>open</strong>' : `resolved ${html(day(f.resolvedAt))} by ${html(f.resolvedBy ? page.names(f.resolvedBy) : '?')}: ${html(f.resolution)}`;
    return `<tr><td>${html(day(f.openedAt))}</td><td>${html(page.names(f.assigneeId))}</td><td>${html(page.question(f.attestationId))}</td><td>${html(f.reason)}</td><td>scheduled ${html(minute(f.promptScheduledAt))}<br>issued ${html(minute(f.promptIssuedAt))}<br>delivered ${html(minute(f.promptDeliveredAt))}</td><td>answer revision ${html(f.openedByRevision)} by ${html(f.openedBy ? page.names(f.openedBy) : '?')}</td><td>${status}${changes ? `<br><small>${html(changes)}</small>` : ''}</td></tr>`;
  }).join('');
  const more = page.findings.length > FINDINGS_SHOWN ? `<p>The first ${FINDINGS_SHOWN} of ${page.findings.length} findings; findings.csv holds them all.</p>` : '';
  return `<table><thead><tr><th>Opened</th><th>Who</th><th>Question</th><th>Reason</th><th>Prompt asked</th><th>Opened by</th><th>Status and changes</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
}

function policiesSection(page: PackagePage): string {
  if (!page.policies.length) return '<p>The configuration holds no policy statements.</p>';
  return page.policies.map((p) => `<h3>${html(p.title)} <small>(${html(p.id)}, sha256 <code>${html(p.sha256.slice(0, 16))}</code>${p.source ? `, ${html(p.source)}` : ''})</small></h3><p class="policy">${html(p.text)}</p>`).join('');
}

function filesTable(page: PackagePage): string {
  const rows = page.files.map((f) => `<tr><td>${html(f.path)}</td><td class="n">${f.bytes.toLocaleString('en-GB')}</td><td><code>${html(f.sha256)}</code></td></tr>`).join('');
  return `<table><thead><tr><th>File</th><th class="n">Bytes</th><th>SHA-256</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The package's index.html: a readable manifest and the evidence pack, printable on A4. */
export function packageIndexHtml(page: PackagePage): string {
  const { config, rates } = page;
  const t = rates.total;
  const firm = html(config.organisation.name);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Audit package: ${firm}, ${html(page.firstDay)} to ${html(page.lastDay)}</title><style>${STYLE}</style></head>
<body>
<h1>Audit package: ${firm}</h1>
<p class="meta">Period ${html(page.firstDay)} to ${html(page.lastDay)} · generated ${html(page.generatedAt.toISOString())} · Vigil ${html(page.vigilVersion)}</p>
<p class="meta">Configuration sha256 <code>${html(page.configSha256)}</code> · audit checkpoint: record ${page.integrity.checkpoint.size}, <code>${html(page.integrity.checkpoint.hash)}</code>${page.integrity.ok ? '' : ' · <strong class="no">integrity does NOT verify (see Integrity)</strong>'}</p>
<h2>Completion</h2>
<p class="totals"><span>Prompts: <strong>${n(t.prompts)}</strong></span><span>Done on time: <strong>${n(t.done)}</strong></span><span class="no">Said No: <strong>${n(t.no)}</strong></span><span>Late: <strong>${n(t.late)}</strong></span><span>Missed: <strong>${n(t.missed)}</strong></span><span>Excused: <strong>${n(t.excused)}</strong></span><span>Open: <strong>${n(t.open)}</strong></span></p>
<p>On time means answered by the end of the prompt's window (its due time); a "No" answered on time counts as on time but is counted apart, never as done. Accounted for means answered, excused (N/A with a reason) or, when missed, escalated.</p>
${attestationTable(page)}
<h2>Issue and delivery</h2>
${deliveryTableHtml(page.delivery, page.question)}
<p class="meta">${html(DELIVERY_NOTE)}</p>
<h2>Controls</h2>
${controlsTable(page)}
<h2>People</h2>
${peopleTable(page)}
<h2>Teams</h2>
${teamsTable(page)}
<h2>Findings</h2>
${findingsTable(page)}
<h2>Policies as they stood</h2>
<p>Each policy's text as the configuration held it when this package was made, with its SHA-256 as its version.</p>
${policiesSection(page)}
<h2>Files in this package</h2>
${filesTable(page)}
<h2>Integrity</h2>
${integrityHtml(page.integrity, 'checkpoint.txt')}
<p>manifest.json lists the SHA-256 of every other file in this package; recomputing them shows whether any was changed after export.</p>
<h2>Sign-off</h2>
<table class="signoff"><tbody><tr><th>Prepared by</th><td></td></tr><tr><th>Reviewed by</th><td></td></tr><tr><th>Date</th><td></td></tr></tbody></table>
</body></html>
`;
}

