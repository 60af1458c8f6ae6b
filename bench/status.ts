// Status after a year of history: 500 people, two daily attestations, answered for a year by
// the real engine. Times `buildStatus` for the compliance officer (everyone) and for one manager,
// against a raw better-sqlite3 read of the same current prompts with their answers in the same
// run, and the query status used before the prompts_subject_occurrence index.
// Run: npm run bench:status
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Engine, buildStatus, recordAnswer } from '../src/attestations/index.ts';
import { parseConfig } from '../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople, unansweredPrompts } from '../src/store/index.ts';
import { manyPeople } from '../test/fixtures/many-people.ts';
import { median } from './stats.ts';

const PEOPLE = 500;
const DAYS = Number(process.env.STATUS_DAYS ?? 365);
const RUNS = 7;

// Fifty managers reporting to p0, the other 449 people spread across them.
const people = manyPeople(PEOPLE, {
  rolesOf: (i) => (i === 0 ? 'staff, compliance' : i <= 50 ? 'staff, manager' : 'staff'),
  managerOf: (i) => (i === 0 ? undefined : i <= 50 ? 0 : 1 + ((i - 51) % 50)),
});
const att = (id: string) => `  - { id: ${id}, question: "${id}?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }\n`;
const config = parseConfig(`version: 1\norganisation: { name: Status Ltd, timezone: Europe/London, dataProtectionContact: { name: Person 0 } }\npeople:\n${people}\nattestations:\n${att('backup')}${att('av')}`, 'status.yaml');

const dir = mkdtempSync(join(tmpdir(), 'vigil-status-'));
async function time(fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

try {
  const file = join(dir, 'vigil.db');
  const db = openSqlite({ file });
  await migrateToLatest(db);
  const engine = new Engine(config);
  let now = new Date('2025-11-24T06:00:00Z');
  await syncPeople(db, config.people, now);
  const built = performance.now();
  let answered = 0;
  for (let day = 0; day < DAYS; day++) {
    for (const hour of [9, 12, 18]) {
      now = new Date(Date.UTC(2025, 10, 24 + day, hour));
      await engine.tick(db, now);
      // At noon nine in ten people answer whatever is open (one in twenty says No).
      if (hour === 12) {
        for (const prompt of await unansweredPrompts(db, config.people.map((p) => p.id))) {
          if (Number(prompt.assigneeId.slice(1)) % 10 === day % 10) continue;
          const no = (answered++ % 20) === 0;
          await recordAnswer(db, engine, { promptId: prompt.id, personId: prompt.assigneeId, value: no ? 'no' : 'yes', ...(no ? { reason: 'not done' } : {}), channel: 'slack' }, now);
        }
      }
    }
  }
  const prompts = Number((await db.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  console.log(`history: ${DAYS} days, ${prompts} prompts, ${answered} answers (built in ${((performance.now() - built) / 1000).toFixed(0)} s)`);

  const all = await time(() => buildStatus(db, engine, { viewer: 'p0' }, now));
  const manager = await time(() => buildStatus(db, engine, { viewer: 'p1' }, now));
  await db.destroy();
  const raw = new SqliteDatabase(file);
  const baseline = raw.prepare(`select p.*, a.value from prompts p left join answers a on a.prompt_id = p.id where p.occurrence = (select max(occurrence) from prompts)`);
  const base = await time(() => baseline.all());
  // The query as it was, on the schema as it was (without the index that migration 0004 adds).
  raw.exec('drop index prompts_subject_occurrence');
  const before = raw.prepare(`select p.* from prompts p where p.occurrence = (select max(q.occurrence) from prompts q where q.attestation_id = p.attestation_id and q.subject_kind = p.subject_kind and q.subject_id = p.subject_id) order by p.attestation_id, p.subject_id`);
  const previous = await time(() => before.all());
  raw.close();
  console.log(`| query | median of ${RUNS} | ÷ baseline |`);
  console.log(`|---|---|---|`);
  console.log(`| baseline: raw read of the current ${2 * PEOPLE} prompts with their answers | ${base.toFixed(1)} ms | 1.0 |`);
  console.log(`| buildStatus, compliance (everyone) | ${all.toFixed(1)} ms | ${(all / base).toFixed(1)} |`);
  console.log(`| buildStatus, a manager of 9 | ${manager.toFixed(1)} ms | ${(manager / base).toFixed(1)} |`);
  console.log(`| the current-period query status used before 0004 (correlated max per prompt) | ${previous.toFixed(1)} ms | ${(previous / base).toFixed(1)} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
