import { formatDay, formatWhen, policyStatusLines, type StatusReport } from '../attestations/index.ts';
import type { Directory } from '../attestations/index.ts';
import { dayWords, statementWords } from '../register/live-state.ts';

/** A status report as plain text, for the terminal and plain chat replies. */
export function statusText(report: StatusReport, directory: Directory): string {
  const zone = directory.config.organisation.timezone;
  const scope =
    report.scope === 'everyone' ? 'everyone' : report.scope === 'team' ? `${directory.nameOf(report.viewer!)}'s team` : directory.nameOf(report.people[0]?.id ?? report.viewer ?? '');
  const lines = [`Status at ${formatWhen(report.at, zone)}, for ${report.scope === 'self' ? scope || 'you' : scope}`];

  lines.push('', 'This period:');
  if (report.attestations.length === 0) lines.push('  nothing has been asked yet');
  for (const a of report.attestations) {
    const parts = [`${a.done + a.late + a.no}/${a.total} answered`];
    if (a.late) parts.push(`${a.late} late`);
    if (a.no) parts.push(`${a.no} No`);
    if (a.missed) parts.push(`${a.missed} missed`);
    if (a.excused) parts.push(`${a.excused} excused (away)`);
    if (a.open) parts.push(`${a.open} open`);
    lines.push(`  ${a.id}: ${parts.join(', ')}`);
  }

  const weeks = report.trend.filter((w) => w.total > 0);
  if (weeks.length) {
    lines.push('', 'Last 12 weeks, share answered:');
    lines.push('  ' + weeks.map((w) => `${w.week.slice(5)} ${Math.round((w.answered / w.total) * 100)}%`).join('  '));
  }

  lines.push(...recordLines(report));

  lines.push('', 'Outstanding:');
  if (report.people.length === 0) lines.push('  nothing');
  for (const p of report.people) {
    lines.push(`  ${p.name}: ${p.open.length} open, ${p.overdue.length} overdue`);
    for (const item of p.overdue) lines.push(`    overdue: ${item.question} (closed ${formatWhen(item.closesAt, zone)})`);
  }

  if (report.away.length) {
    lines.push('', 'Away (nothing asked of them, nobody chased; each check excused, or asked of who covers):');
    for (const a of report.away) lines.push(`  ${awayLine(a, directory, report.at)}`);
  }

  lines.push('', 'Open findings:');
  if (report.findings.length === 0) lines.push('  none');
  for (const f of report.findings) {
    const passed = f.passedSince ? `; passed since ${formatDay(f.passedSince, zone)}` : '';
    lines.push(`  [${f.id.slice(0, 8)}] ${directory.nameOf(f.assigneeId)}: ${f.question}${f.reason ? `: ${f.reason}` : ''} (since ${formatWhen(f.openedAt, zone)}${passed})`);
  }

  if (report.unreachable.length) {
    lines.push('', 'Unreachable:');
    for (const u of report.unreachable) lines.push(`  ${u.name}: ${u.reason}`);
  }

  lines.push(...policyStatusLines(report.policies, zone));

  if (report.suppliers.length) {
    lines.push('', 'Suppliers needing attention:');
    for (const s of report.suppliers) lines.push(`  ${supplierLine(s, zone)}`);
  }
  return lines.join('\n');
}

/**
 * "Dropbox: GDPR statement on file since 23 Nov 2026, attested by Raj Patel; vigil.yaml says not
 * on file (vigil register apply writes it)": where the file is behind the answers, both.
 */
function supplierLine(s: StatusReport['suppliers'][number], zone: string): string {
  if (!s.attested || !s.file) return `${s.name}: ${s.problem}`;
  const attested = `GDPR statement ${statementWords(s.attested.status)} since ${dayWords(s.attested.at, zone)}, attested by ${s.attested.byName}`;
  const review = s.problem.startsWith('review') ? `; ${s.problem}` : '';
  return `${s.name}: ${attested}${review}; vigil.yaml says ${statementWords(s.file)} (vigil register apply writes it)`;
}

/** Per person over the period: misses first ("Leah: 9 of 10 backup missed"), then on time. */
function recordLines(report: StatusReport): string[] {
  const days = Math.round((report.period.until.getTime() - report.period.from.getTime()) / 86_400_000);
  const lines = ['', `Last ${days} days, per person:`];
  if (report.record.length === 0) return [...lines, '  nothing has closed yet'];
  const spotless = report.record.filter((p) => p.onTime === p.closed && !p.excused);
  for (const p of report.record) {
    if (p.onTime === p.closed && !p.excused) continue;
    if (p.onTime === p.closed) {
      lines.push(`  ${p.name}: ${p.excused} excused (away)${p.closed ? `; ${p.onTimePercent}% on time` : ''}`);
      continue;
    }
    const misses = p.attestations.filter((a) => a.missed || a.late).map((a) => {
      const parts = [a.missed ? `${a.missed} of ${a.closed} ${a.id} missed` : `${a.closed} ${a.id}`];
      if (a.late) parts.push(`${a.late} answered late`);
      return parts.join(', ');
    });
    const excused = p.excused ? `; ${p.excused} excused (away)` : '';
    lines.push(`  ${p.name}: ${misses.join('; ')}${excused}; ${p.onTimePercent}% on time`);
  }
  if (spotless.length) lines.push(`  ${spotless.length === report.record.length ? 'everyone' : spotless.length === 1 ? spotless[0]!.name : `${spotless.length} others`}: 100% on time`);
  return lines;
}

/** "Amy Hughes: until the end of Mon 14 Dec, Sam Reed covering" (or "from Mon 14 Dec until …"). */
function awayLine(a: StatusReport['away'][number], directory: Directory, now: Date): string {
  const zone = directory.timezoneOf(a.id);
  const from = a.from > now ? `from ${formatDay(a.from, zone)} ` : '';
  const cover = a.delegateId ? `, ${directory.nameOf(a.delegateId)} covering` : '';
  return `${a.name}: ${from}until the end of ${formatDay(new Date(a.until.getTime() - 1), zone)}${cover}`;
}
