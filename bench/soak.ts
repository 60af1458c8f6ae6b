// Soak: the engine ticking minute after simulated minute at 5,000 people, with answers coming in,
// for SOAK_MINUTES of real time (default 30). Prints the RSS curve. Run: npm run bench:soak
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine, recordAnswer } from '../src/attestations/index.ts';
import { parseConfig } from '../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople, unansweredPrompts } from '../src/store/index.ts';
import { manyPeople, tenPerManager } from '../test/fixtures/many-people.ts';

const PEOPLE = 5000;
const REAL_MS = Number(process.env.SOAK_MINUTES ?? 30) * 60_000;
const dir = mkdtempSync(join(tmpdir(), 'vigil-soak-'));
try {
  const people = manyPeople(PEOPLE, { managerOf: tenPerManager });
  const att = (id: string, cron: string) => `  - { id: ${id}, question: "${id}?", schedule: "${cron}", audience: { roles: [staff] }, window: PT8H, reminders: [PT2H], escalation: [{ after: PT4H, to: manager }, { after: PT6H, to: compliance-channel }] }\n`;
  const config = parseConfig(`version: 1\norganisation: { name: Soak Ltd, timezone: Europe/London, complianceChannel: { slack: "#c" }, dataProtectionContact: { name: Person 0 } }\npeople:\n${people}\nattestations:\n${att('backup', '0 9 * * 1-5')}${att('av', '0 10 * * 5')}`, 'soak.yaml');
  const db = openSqlite({ file: join(dir, 'vigil.db') });
  await migrateToLatest(db);
  let now = new Date('2026-11-23T00:00:00Z');
  await syncPeople(db, config.people, now);
  const engine = new Engine(config);
  const started = performance.now();
  const samples: string[] = [];
  let ticks = 0;
  let answered = 0;
  let nextSample = 0;
  while (performance.now() - started < REAL_MS) {
    await engine.tick(db, now);
    ticks++;
    // Every simulated hour in the working day, a tenth of the open prompts get answered.
    if (now.getUTCMinutes() === 30 && now.getUTCHours() >= 9 && now.getUTCHours() < 17) {
      const open = await unansweredPrompts(db, Array.from({ length: 500 }, (_, i) => `p${(i * 10 + now.getUTCHours()) % PEOPLE}`));
      for (const p of open.filter((x) => x.status === 'open')) {
        await recordAnswer(db, engine, { promptId: p.id, personId: p.assigneeId, value: 'yes', channel: 'slack' }, now);
        answered++;
      }
    }
    if (performance.now() - started >= nextSample) {
      if (global.gc) global.gc();
      const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
      const memory = process.memoryUsage();
      samples.push(`${((performance.now() - started) / 60_000).toFixed(1)} min, simulated ${now.toISOString().slice(0, 16)}: RSS ${mb(memory.rss)}, heap ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)}, external ${mb(memory.external)}, ${ticks} ticks, ${answered} answers`);
      console.log(samples.at(-1));
      nextSample += REAL_MS / 10;
    }
    now = new Date(now.getTime() + 60_000);
  }
  console.log(`done: ${ticks} ticks (${(ticks / 1440).toFixed(1)} simulated days) in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  await db.destroy();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
