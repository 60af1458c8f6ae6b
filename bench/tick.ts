// Benchmarks of the engine's tick at 5,000 people. Run: npm run bench
//   1. a tick that issues 20,000 prompts (5,000 people × 4 attestations), against a raw
//      better-sqlite3 bulk insert of the same rows (prompts and their outbox messages) in the
//      same run, on the same kind of file with the same pragmas;
//   2. a tick with nothing due.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Engine } from '../src/attestations/index.ts';
import { parseConfig } from '../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../src/store/index.ts';
import { manyPeople, tenPerManager } from '../test/fixtures/many-people.ts';
import { median, quantile } from './stats.ts';

const PEOPLE = 5000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ISSUE_AT = new Date('2026-11-23T09:00:00Z'); // a Monday

function workspaceYaml(): string {
  const people = manyPeople(PEOPLE, { managerOf: tenPerManager });
  const attestation = (id: string, question: string) => `  - id: ${id}
    question: ${question}
    schedule: "0 9 * * 1-5"
    audience: { roles: [staff] }
    window: PT8H
    reminders: [PT2H]
    escalation:
      - { after: PT4H, to: manager }
`;
  return `version: 1
organisation:
  name: Bench Ltd
  timezone: Europe/London
  complianceChannel: { slack: "#compliance" }
  dataProtectionContact: { name: Person 0 }
people:
${people}
attestations:
${attestation('backup', "Did today's backup complete?")}${attestation('av', 'Did the anti-virus scan run?')}${attestation('screen-lock', 'Is your screen lock on?')}${attestation('clean-desk', 'Is your desk clear of client papers?')}`;
}

const config = parseConfig(workspaceYaml(), 'bench.yaml');

async function freshStore(dir: string, name: string) {
  const db = openSqlite({ file: join(dir, name) });
  await migrateToLatest(db);
  await syncPeople(db, config.people, new Date(ISSUE_AT.getTime() - 3_600_000));
  return db;
}

const issueTimes: number[] = [];
const rawTimes: number[] = [];
const idleTimes: number[] = [];
let issued = 0;
for (let run = 0; run < RUNS; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  try {
    // The engine: one tick issuing every prompt and its message.
    const db = await freshStore(dir, 'engine.db');
    const engine = new Engine(config);
    await engine.tick(db, new Date(ISSUE_AT.getTime() - 60_000)); // first sight: cursors set, nothing due
    let t = performance.now();
    const report = await engine.tick(db, ISSUE_AT);
    issueTimes.push(performance.now() - t);
    issued = report.issued.length;

    // Ticks with nothing due: the minutes after issue, before the first reminder.
    for (let minute = 1; minute <= 50; minute++) {
      t = performance.now();
      const idle = await engine.tick(db, new Date(ISSUE_AT.getTime() + minute * 60_000));
      idleTimes.push(performance.now() - t);
      if (idle.issued.length + idle.reminders.length + idle.escalations.length) throw new Error('an idle tick did something');
    }
    const prompts = await db.selectFrom('prompts').selectAll().execute();
    const outbox = await db.selectFrom('outbox').selectAll().execute();
    await db.destroy();

    // The baseline: the same rows, inserted with prepared statements in one transaction.
    const baseline = await freshStore(dir, 'raw.db');
    await baseline.destroy();
    const raw = new SqliteDatabase(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('synchronous = NORMAL');
    const insertPrompt = raw.prepare(`insert into prompts (id, attestation_id, subject_kind, subject_id, assignee_id, occurrence, question, answer_kind, checklist, issued_at, closes_at, status, closed_at, next_action_at)
      values (@id, @attestation_id, @subject_kind, @subject_id, @assignee_id, @occurrence, @question, @answer_kind, @checklist, @issued_at, @closes_at, @status, @closed_at, @next_action_at)`);
    const insertOutbox = raw.prepare(`insert into outbox (id, dedupe_key, created_at, recipient_kind, recipient_id, prompt_id, message, status, attempts, next_attempt_at, claimed_by, claimed_at, last_error, platform_ref, sent_at)
      values (@id, @dedupe_key, @created_at, @recipient_kind, @recipient_id, @prompt_id, @message, @status, @attempts, @next_attempt_at, @claimed_by, @claimed_at, @last_error, @platform_ref, @sent_at)`);
    t = performance.now();
    raw.transaction(() => {
      for (const row of prompts) insertPrompt.run(row);
      for (const row of outbox) insertOutbox.run(row);
    })();
    rawTimes.push(performance.now() - t);
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const issue = median(issueTimes);
const raw = median(rawTimes);
const idle = median(idleTimes);
console.log(`node ${process.version}, ${RUNS} runs, ${PEOPLE} people × 4 attestations`);
console.log(`issuing tick: ${issued} prompts + ${issued} messages, median ${issue.toFixed(1)} ms`);
console.log(`raw better-sqlite3 insert of the same rows: median ${raw.toFixed(1)} ms`);
console.log(`ratio tick / raw insert: ${(issue / raw).toFixed(2)} (target <= 2)`);
console.log(`tick with nothing due: median ${idle.toFixed(2)} ms, p90 ${quantile(idleTimes, 0.9).toFixed(2)} ms over ${idleTimes.length} ticks (target <= 10 ms)`);
