// `vigil audit verify` over a year of evidence at 500 people (8 weekday attestations, every prompt
// answered, about 1,000,000 answers), with the audit chain the app writes for it: a seal record
// per 100 prompts issued, and per answer the answer's seal, the prompt's, and `answer.recorded`
// (a No also opens a sealed finding). About 3 million records.
// Each phase runs in its own process, so peak RSS is its own: a plain read of the same rows (every
// evidence row and every chain record, the same pages through kysely, and once more with
// better-sqlite3 iterating), then the verification. Run: npm run bench:audit (AUDIT_DAYS shortens it)
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { EVIDENCE_TABLES, openSqlite, verifyAudit } from '../src/store/index.ts';
import { buildSealedYear } from './sealed-year.ts';

const DAYS = Number(process.env.AUDIT_DAYS ?? 365);

/** One phase in this process: the plain read, or the verification. Prints its figures as JSON. */
async function phase(kind: string, file: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  if (kind === 'iterate') {
    const raw = new SqliteDatabase(file, { readonly: true });
    for (const table of [...EVIDENCE_TABLES, 'audit_log']) for (const _ of raw.prepare(`select * from ${table}`).iterate()) rows++;
    raw.close();
  } else {
    const db = openSqlite({ file });
    if (kind === 'read') {
      // The same pages verify reads: the chain by seq, each table by id.
      let after = -1;
      for (;;) {
        const page = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(500).execute();
        rows += page.length;
        if (page.length < 500) break;
        after = Number(page.at(-1)!.seq);
      }
      for (const table of EVIDENCE_TABLES) {
        let key = '';
        for (;;) {
          const page = await db.selectFrom(table as 'answers').selectAll().where('id', '>', key).orderBy('id').limit(1000).execute();
          rows += page.length;
          if (page.length < 1000) break;
          key = page.at(-1)!.id;
        }
      }
    } else {
      const result = await verifyAudit(db);
      if (!result.ok) throw new Error(`verify failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
      rows = result.records + result.tables.reduce((n, t) => n + t.rows, 0);
    }
    await db.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

if (process.argv[2] === 'phase') {
  await phase(process.argv[3]!, process.argv[4]!);
} else if (process.argv[2] === 'build') {
  console.log(JSON.stringify(await buildSealedYear(process.argv[3]!, DAYS)));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-audit-'));
  try {
    // AUDIT_DB: a year already built by this benchmark (or bench:export, the same year), to save the build.
    const file = process.env.AUDIT_DB ?? join(dir, 'year.db');
    const t = performance.now();
    if (!process.env.AUDIT_DB) {
      // Built in a process of its own: a child inherits its parent's peak RSS, so the parent stays small.
      const built = JSON.parse((await promisify(execFile)(process.execPath, [new URL(import.meta.url).pathname, 'build', file], { maxBuffer: 1 << 20 })).stdout) as { answers: number; records: number };
      console.log(`node ${process.version}; built ${DAYS} days: ${built.answers.toLocaleString('en-GB')} answers, ${built.records.toLocaleString('en-GB')} chain records in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    const run = async (kind: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, [new URL(import.meta.url).pathname, 'phase', kind, file], { maxBuffer: 1 << 20 });
      return JSON.parse(stdout) as { rows: number; seconds: number; peakRssMb: number };
    };
    // Interleaved, twice, so the machine's load falls on both alike; the better run of each counts.
    const runs: Record<string, { rows: number; seconds: number; peakRssMb: number }[]> = { iterate: [], read: [], verify: [] };
    for (let i = 0; i < 2; i++) for (const kind of ['iterate', 'read', 'verify']) runs[kind]!.push(await run(kind));
    const best = (kind: string) => runs[kind]!.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
    const [iterate, read, verify] = [best('iterate'), best('read'), best('verify')];
    console.log(`| measure | rows | time | peak RSS |`);
    console.log(`|---|---|---|---|`);
    console.log(`| better-sqlite3 iterating every evidence row and chain record | ${iterate.rows.toLocaleString('en-GB')} | ${iterate.seconds.toFixed(1)} s | ${iterate.peakRssMb.toFixed(0)} MB |`);
    console.log(`| plain read of the same rows, the same pages through kysely | ${read.rows.toLocaleString('en-GB')} | ${read.seconds.toFixed(1)} s | ${read.peakRssMb.toFixed(0)} MB |`);
    console.log(`| audit verify (chain + every evidence row) | ${verify.rows.toLocaleString('en-GB')} | ${verify.seconds.toFixed(1)} s | ${verify.peakRssMb.toFixed(0)} MB |`);
    console.log(`verify / plain kysely read: ${(verify.seconds / read.seconds).toFixed(2)}x; verify / better-sqlite3 iteration: ${(verify.seconds / iterate.seconds).toFixed(2)}x (target <= 3x, <= 300 MB)`);
    console.log(`all runs (s): ${Object.entries(runs).map(([k, v]) => `${k} ${v.map((r) => r.seconds.toFixed(1)).join(' / ')}`).join('; ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
