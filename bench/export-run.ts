// One export in its own process, so its peak memory is its own. Prints seconds and peak RSS (MB).
// `vigil export` runs with --max-semi-space-size=8 (bin/vigil.js): give it to compare like with like.
// With `build FILE` it writes the benchmark's year instead.
import { createWriteStream } from 'node:fs';
import { Engine } from '../src/attestations/index.ts';
import { FakeClock } from '../src/clock.ts';
import { exportEvidence, type ExportFormat } from '../src/evidence/export.ts';
import { exportPackage } from '../src/evidence/package.ts';
import { openSqlite } from '../src/store/index.ts';
import { benchConfig, buildYear } from './export-data.ts';

if (process.argv[2] === 'build') {
  process.stdout.write(String(await buildYear(process.argv[3]!)));
  process.exit(0);
}
const [file, format, out] = process.argv.slice(2) as [string, ExportFormat | 'package', string];
const db = openSqlite({ file });
const t = performance.now();
const stream = createWriteStream(out);
const period = { db, workspace: new Engine(benchConfig()), clock: new FakeClock('2027-01-01T00:00:00Z'), from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z'), out: stream };
const result = format === 'package' ? { rows: (await exportPackage(period)).prompts } : await exportEvidence({ ...period, format });
await new Promise<void>((resolve) => stream.end(resolve));
const seconds = (performance.now() - t) / 1000;
await db.destroy();
process.stdout.write(JSON.stringify({ rows: result.rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
