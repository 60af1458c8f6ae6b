// Benchmarks of the Slack adapter against a fake Slack on loopback. Run: npm run bench:slack
//   1. ack latency of 2,000 signed button clicks at concurrency 50, beside a bare Bolt app whose
//      handler only acks, in the same run;
//   2. delivering 5,000 prompts while 20% of Web API calls get 429: each delivered exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, HTTPReceiver } from '@slack/bolt';
import { Engine } from '../src/attestations/index.ts';
import { Dispatcher } from '../src/bot/dispatcher.ts';
import { SlackAdapter } from '../src/bot/slack/slack-adapter.ts';
import { FakeClock } from '../src/clock.ts';
import { parseConfig } from '../src/config/index.ts';
import { startHttpServer } from '../src/http-server.ts';
import { memoryLogger } from '../src/logger.ts';
import { PolicyQa } from '../src/register/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../src/store/index.ts';
import { FakeSlack } from '../test/fakes/fake-slack.ts';
import { buttonClick, interactive, sign } from '../test/fakes/slack-payloads.ts';

const SECRET = 'bench-secret';
const ISSUE_AT = new Date('2026-11-23T09:00:00Z');

function workspace(people: number) {
  const rows = Array.from({ length: people }, (_, i) =>
    `  - { id: p${i}, name: Person ${i}, email: p${i}@bench.example, roles: [${i === 0 ? 'staff, compliance' : 'staff'}], slackId: U${i}${i > 0 ? `, manager: p${Math.floor((i - 1) / 10)}` : ''} }`).join('\n');
  const att = (id: string) => `  - { id: ${id}, question: "${id} done?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }\n`;
  return parseConfig(`version: 1
organisation: { name: Bench Ltd, timezone: Europe/London, complianceChannel: { slack: "#compliance" }, dataProtectionContact: { name: Person 0 } }
people:
${rows}
attestations:
${att('backup')}${att('av')}${att('screen-lock')}${att('clean-desk')}`, 'bench.yaml');
}

async function store(dir: string, people: number) {
  const config = workspace(people);
  const db = openSqlite({ file: join(dir, 'vigil.db') });
  await migrateToLatest(db);
  await syncPeople(db, config.people, new Date(ISSUE_AT.getTime() - 3_600_000));
  const engine = new Engine(config);
  await engine.tick(db, ISSUE_AT);
  return { config, db, engine };
}

/** Posts every body at the given concurrency and returns each request's latency in ms. */
async function hammer(url: string, bodies: { body: string; contentType: string }[], concurrency: number): Promise<number[]> {
  const latencies: number[] = [];
  const queue = [...bodies];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const t = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': next.contentType, ...sign(SECRET, next.body) }, body: next.body });
      await response.arrayBuffer();
      latencies.push(performance.now() - t);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    }
  }));
  return latencies;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function ackLatency() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-slack-'));
  const slack = new FakeSlack([]);
  await slack.start();
  try {
    const { config, db, engine } = await store(dir, 500);
    const logger = memoryLogger();
    const clock = new FakeClock(ISSUE_AT);
    const adapter = new SlackAdapter({ botToken: slack.validToken, signingSecret: SECRET, apiUrl: slack.apiUrl, db, engine, qa: new PolicyQa(config), clock, logger, retryConfig: { retries: 0 } });
    await adapter.start();
    const vigil = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');

    const bareReceiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events' });
    const bare = new App({ token: slack.validToken, receiver: bareReceiver, deferInitialization: true, clientOptions: { slackApiUrl: slack.apiUrl } });
    bare.action(/.*/, async ({ ack }) => ack());
    await bare.init();
    const bareServer = await startHttpServer({ slack: bareReceiver.requestListener }, 0, '127.0.0.1');

    const prompts = await db.selectFrom('prompts').select(['id', 'assignee_id']).orderBy('id').execute();
    const clicks = prompts.slice(0, 2000).map((p, i) => interactive(buttonClick({
      userId: `U${p.assignee_id.slice(1)}`, channel: `DU${p.assignee_id.slice(1)}`, messageTs: `1700000000.${String(i).padStart(6, '0')}`,
      actionId: 'answer:yes', value: p.id, actionTs: `1700000100.${String(i).padStart(6, '0')}`,
    })));
    await hammer(`${bareServer.url}/slack/events`, clicks.slice(0, 200), 50); // warm both up
    const bareLatency = await hammer(`${bareServer.url}/slack/events`, clicks, 50);
    const vigilLatency = await hammer(`${vigil.url}/slack/events`, clicks, 50);
    // Let the work after the acks finish before counting it.
    for (let i = 0; i < 500 && Number((await db.selectFrom('answers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n) < 2000; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answers = Number((await db.selectFrom('answers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await vigil.close();
    await bareServer.close();
    await db.destroy();
    return { bareLatency, vigilLatency, answers, updates: slack.callsTo('chat.update').length };
  } finally {
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function deliveryUnder429() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-slack-'));
  const slack = new FakeSlack([]);
  await slack.start();
  try {
    const { config, db, engine } = await store(dir, 1250);
    const logger = memoryLogger();
    const clock = new FakeClock(ISSUE_AT);
    const adapter = new SlackAdapter({ botToken: slack.validToken, signingSecret: SECRET, apiUrl: slack.apiUrl, db, engine, qa: new PolicyQa(config), clock, logger });
    await adapter.start();
    slack.rateLimit = { share: 0.2, retryAfter: Number(process.env.RETRY_AFTER ?? 0) };
    const dispatcher = new Dispatcher({ db, engine, clock, logger, sender: adapter, concurrency: 20 });
    const t = performance.now();
    let sent = 0;
    for (let round = 0; round < 20 && sent < 5000; round++) sent += (await dispatcher.deliverDue(10_000)).sent;
    const seconds = (performance.now() - t) / 1000;
    const posts = slack.callsTo('chat.postMessage');
    const distinct = new Set(posts.map((c) => c.args.channel));
    await db.destroy();
    return { sent, posts: posts.length, distinct: distinct.size, rateLimited: slack.rateLimitedCount, seconds };
  } finally {
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ack = await ackLatency();
console.log(`node ${process.version}; 2,000 signed clicks at concurrency 50`);
console.log(`bare Bolt app (ack only): p50 ${pct(ack.bareLatency, 0.5).toFixed(2)} ms, p99 ${pct(ack.bareLatency, 0.99).toFixed(2)} ms`);
console.log(`Vigil: p50 ${pct(ack.vigilLatency, 0.5).toFixed(2)} ms, p99 ${pct(ack.vigilLatency, 0.99).toFixed(2)} ms; ${ack.answers} answers recorded, ${ack.updates} messages updated`);
console.log(`ratio p99 Vigil / bare: ${(pct(ack.vigilLatency, 0.99) / pct(ack.bareLatency, 0.99)).toFixed(2)} (target <= 1.2)`);
const delivery = await deliveryUnder429();
console.log(`delivery of 5,000 prompts with 20% of calls answered 429 (Retry-After ${process.env.RETRY_AFTER ?? 0} s): ${delivery.sent} sent, ${delivery.posts} chat.postMessage calls accepted to ${delivery.distinct} distinct DMs, ${delivery.rateLimited} calls answered 429, ${delivery.seconds.toFixed(1)} s, ${(delivery.sent / delivery.seconds).toFixed(0)} messages/s`);
