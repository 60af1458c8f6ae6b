// 500 staff answering within one minute, through signed Slack button clicks at random moments.
// Run: npm run bench:load  (takes a minute). Reports the ack latency and checks every answer landed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/attestations/index.ts';
import { SlackAdapter } from '../src/bot/slack/slack-adapter.ts';
import { LoadGauge } from '../src/bot/work-queue.ts';
import { FakeClock } from '../src/clock.ts';
import { parseConfig } from '../src/config/index.ts';
import { startHttpServer } from '../src/http-server.ts';
import { memoryLogger } from '../src/logger.ts';
import { PolicyQa } from '../src/register/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../src/store/index.ts';
import { FakeSlack } from '../test/fakes/fake-slack.ts';
import { buttonClick, interactive, sign } from '../test/fakes/slack-payloads.ts';
import { manyPeople } from '../test/fixtures/many-people.ts';
import { quantile } from './stats.ts';
import { UseCases } from '../src/app/use-cases.ts';

const PEOPLE = 500;
const WINDOW_MS = Number(process.env.LOAD_WINDOW_MS ?? 60_000);
const SECRET = 'load-secret';
const dir = mkdtempSync(join(tmpdir(), 'vigil-load-'));
const slack = new FakeSlack([]);
await slack.start();
try {
  const people = manyPeople(PEOPLE, { slackIds: true });
  const config = parseConfig(`version: 1\norganisation: { name: Load Ltd, timezone: Europe/London, dataProtectionContact: { name: Person 0 } }\npeople:\n${people}\nattestations:\n  - { id: backup, question: "Backup done?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }\n`, 'load.yaml');
  const db = openSqlite({ file: join(dir, 'vigil.db') });
  await migrateToLatest(db);
  const clock = new FakeClock('2026-11-23T09:00:00Z');
  await syncPeople(db, config.people, clock.now());
  const engine = new Engine(config);
  await engine.tick(db, clock.now());
  const gauge = new LoadGauge();
  const adapter = new SlackAdapter({ botToken: slack.validToken, signingSecret: SECRET, apiUrl: slack.apiUrl, port: new UseCases({ db, engine, qa: new PolicyQa(config), clock, logger: memoryLogger() }).chat('slack'), logger: memoryLogger(), gauge, retryConfig: { retries: 0 } });
  await adapter.start();
  const server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1', gauge);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: PEOPLE }, (_, i) => new Promise<void>((resolve, reject) => {
    setTimeout(async () => {
      try {
        const { body, contentType } = interactive(buttonClick({ userId: `U${i}`, channel: `DU${i}`, messageTs: `1700000000.${i}`, actionId: 'answer:yes', value: `backup/person:p${i}/2026-11-23T09:00:00.000Z`, actionTs: `1700000100.${i}` }));
        const t = performance.now();
        const response = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...sign(SECRET, body) }, body });
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        resolve();
      } catch (error) {
        reject(error);
      }
    }, Math.random() * WINDOW_MS);
  })));
  await adapter.work.idle();
  const answers = Number((await db.selectFrom('answers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const pct = (p: number) => quantile(latencies, p);
  console.log(`node ${process.version}; ${PEOPLE} signed clicks at random moments over ${(WINDOW_MS / 1000).toFixed(0)} s (${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
  console.log(`ack latency: p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; ${answers} answers recorded, ${slack.callsTo('chat.update').length} messages updated`);
  await server.close();
  await db.destroy();
} finally {
  await slack.stop();
  rmSync(dir, { recursive: true, force: true });
}
