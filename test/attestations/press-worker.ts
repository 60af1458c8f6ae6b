// One of two processes pressing the same answer button on the same prompt, over and over, on one
// store (a SQLite file or a PostgreSQL schema): see concurrency.test.ts. Each press is a separate
// platform event, as each click is. Prints how many presses were recorded as a new revision.
import { Engine, recordAnswer } from '../../src/attestations/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { openStore } from '../../src/store/index.ts';
import { DAILY_BACKUP, ENGINE_BASE } from '../fixtures/engine-harness.ts';

const [location, promptId, presses, name, startAt] = process.argv.slice(2) as [string, string, string, string, string];
const db = openStore(location);
const engine = new Engine(parseConfig(ENGINE_BASE + DAILY_BACKUP, 'engine-test.yaml'));
// Both processes begin at the same instant, so their presses overlap.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
let recorded = 0;
for (let i = 0; i < Number(presses); i++) {
  const outcome = await recordAnswer(db, engine, {
    promptId, personId: 'cat', value: 'no', reason: 'the NAS was full', channel: 'slack', eventId: `${name}-${i}`,
  }, new Date('2026-11-23T09:01:00Z'));
  if (outcome.status === 'recorded') recorded++;
}
process.stdout.write(`${recorded}\n`);
await db.destroy();
