// Status after three months and after a year of history: 500 people, two daily attestations,
// answered by the real engine. Times `buildStatus` for the compliance officer (everyone) and for
// one manager at both points in the same run, beside a raw better-sqlite3 read of the current
// prompts with their answers, so that growth with history shows apart from the machine's load.
// Run: npm run bench:status (STATUS_DAYS shortens the year for a quick look)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Engine, PERIOD_DAYS, buildStatus, recordAnswer } from '../src/attestations/index.ts';
import { parseConfig } from '../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople, unansweredPrompts, type Db } from '../src/store/index.ts';
import { manyPeople } from '../test/fixtures/many-people.ts';
import { median } from './stats.ts';

const PEOPLE = 500;
const DAYS = Number(process.env.STATUS_DAYS ?? 365);
const RUNS = 7;
// The first measurement: three months of history.
const QUARTER = Math.min(91, DAYS);

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

/** Medians for everyone's and a manager's status, and a raw read of the current prompts. */
async function measure(db: Db, engine: Engine, file: string, now: Date) {
  const all = await time(() => buildStatus(db, engine, { viewer: 'p0' }, now));
  const manager = await time(() => buildStatus(db, engine, { viewer: 'p1' }, now));
  const raw = new SqliteDatabase(file, { readonly: true });
  const baseline = raw.prepare(`select p.*, a.value from prompts p left join answers a on a.prompt_id = p.id where p.occurrence = (select max(occurrence) from prompts)`);
  const base = await time(() => baseline.all());
  raw.close();
  return { all, manager, base };
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
  const results: { days: number; prompts: number; answers: number; all: number; manager: number; base: number }[] = [];
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
    // Measured at three months of history and at the end, in the same run.
    if (day + 1 === QUARTER || day + 1 === DAYS) {
      const prompts = Number((await db.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      results.push({ days: day + 1, prompts, answers: answered, ...(await measure(db, engine, file, now)) });
    }
  }
  await db.destroy();
  console.log(`history built in ${((performance.now() - built) / 1000).toFixed(0)} s; ${PEOPLE} people, two daily attestations, status over the last ${PERIOD_DAYS} days`);
  console.log(`| history | prompts | answers | raw read of the current ${2 * PEOPLE} prompts | buildStatus, compliance (everyone) | buildStatus, a manager of 9 |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const r of results) console.log(`| ${r.days} days | ${r.prompts} | ${r.answers} | ${r.base.toFixed(1)} ms | ${r.all.toFixed(1)} ms | ${r.manager.toFixed(1)} ms |`);
  const [first, last] = [results[0]!, results.at(-1)!];
  if (results.length === 2) console.log(`growth from ${first.days} to ${last.days} days: everyone ${(last.all / first.all).toFixed(2)}x, manager ${(last.manager / first.manager).toFixed(2)}x (target at most 1.3x); targets at ${last.days} days: everyone ${last.all.toFixed(1)} ms (<= 200), manager ${last.manager.toFixed(1)} ms (<= 50)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
