// Exporting a year of evidence (500 people, ~1M answers, with the audit chain the app writes for it) to CSV, to HTML and as the audit package (zip). Run: npm run bench:export
// Each export runs in its own process (peak RSS is its own); the baseline reads the same prompt and
// answer rows with better-sqlite3 and writes them as plain CSV lines, in the same run.
import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-export-'));
try {
  // EXPORT_DB: a year already built by this benchmark or bench:audit (the same year), to save the build.
  const file = process.env.EXPORT_DB ?? join(dir, 'year.db');
  let t = performance.now();
  if (!process.env.EXPORT_DB) {
    // Built in a process of its own: a child inherits its parent's peak RSS, so the parent stays small.
    const answers = Number((await promisify(execFile)(process.execPath, [new URL('./export-run.ts', import.meta.url).pathname, 'build', file], { maxBuffer: 1 << 20 })).stdout);
    console.log(`node ${process.version}; built a year: ${answers.toLocaleString('en-GB')} answers in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const records = new SqliteDatabase(file, { readonly: true }).prepare('select count(*) as n from audit_log').get() as { n: number };
  console.log(`node ${process.version}; the year's audit log: ${records.n.toLocaleString('en-GB')} records`);

  // Baseline: the same rows, joined and written as CSV by hand.
  t = performance.now();
  const raw = new SqliteDatabase(file, { readonly: true });
  const out = createWriteStream(join(dir, 'baseline.csv'));
  let n = 0;
  // With each prompt's delivery (its message in the outbox), which every export now shows.
  for (const row of raw.prepare("select p.*, a.value, a.reason, a.answered_by, a.answered_at, a.late, a.channel, o.sent_at from prompts p left join answers a on a.prompt_id = p.id left join outbox o on o.dedupe_key = 'prompt:' || p.id order by p.occurrence, p.id").iterate() as Iterable<Record<string, unknown>>) {
    if (!out.write(Object.values(row).join(',') + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    n++;
  }
  await new Promise((resolve) => out.end(resolve));
  raw.close();
  const baseline = (performance.now() - t) / 1000;
  console.log(`baseline (better-sqlite3 join of prompts, answers and deliveries, naive CSV): ${n.toLocaleString('en-GB')} rows in ${baseline.toFixed(1)} s`);

  for (const format of ['csv', 'html', 'package'] as const) {
    const outFile = join(dir, `export.${format}`);
    // With the young generation `vigil export` runs with (bin/vigil.js).
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-semi-space-size=8', new URL('./export-run.ts', import.meta.url).pathname, file, format, outFile], { maxBuffer: 1 << 20 });
    const result = JSON.parse(stdout) as { rows: number; seconds: number; peakRssMb: number };
    console.log(`vigil export --format ${format}: ${result.rows.toLocaleString('en-GB')} prompts in ${result.seconds.toFixed(1)} s (${(result.seconds / baseline).toFixed(2)}× the baseline), peak RSS ${result.peakRssMb.toFixed(0)} MB, ${(statSync(outFile).size / 1e3).toFixed(0)} kB written (targets < 10 s, < 300 MB)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
