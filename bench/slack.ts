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
import { LoadGauge } from '../src/bot/work-queue.ts';
import { FakeClock } from '../src/clock.ts';
import { parseConfig } from '../src/config/index.ts';
import { startHttpServer } from '../src/http-server.ts';
import { memoryLogger } from '../src/logger.ts';
import { PolicyQa } from '../src/register/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../src/store/index.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { buttonClick, interactive } from '../test/fakes/slack-payloads.ts';
import { manyPeople, tenPerManager } from '../test/fixtures/many-people.ts';
import { quantile } from './stats.ts';
import { UseCases } from '../src/app/use-cases.ts';

const SECRET = 'bench-secret';
const ISSUE_AT = new Date('2026-11-23T09:00:00Z');

function workspace(people: number) {
  const rows = manyPeople(people, { slackIds: true, managerOf: tenPerManager });
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

/** Posts every body at the given concurrency from another process; returns each request's latency in ms. */
async function hammer(url: string, bodies: { body: string; contentType: string }[], concurrency: number): Promise<number[]> {
  const child = spawn(process.execPath, [new URL('./click-load.ts', import.meta.url).pathname, url, String(concurrency), SECRET], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stdin!.end(bodies.map((b) => JSON.stringify(b)).join('\n') + '\n');
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`load generator exited ${code}`);
  return out.trim().split('\n').map(Number);
}

/** A fake Slack in its own process: its URL, its counters, and how to stop it. */
async function fakeSlack(): Promise<{ url: string; apiUrl: string; token: string; stats(): Promise<{ byMethod: Record<string, number>; rateLimited: number; distinctPosts: number }>; rateLimit(share: number, retryAfter: number): Promise<void>; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, [new URL('./fake-slack-process.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  const url = chunk.toString().trim();
  return {
    url, apiUrl: `${url}/api/`, token: 'xoxb-test-token',
    stats: async () => (await fetch(`${url}/__stats`, { method: 'POST' })).json() as never,
    rateLimit: async (share, retryAfter) => void (await fetch(`${url}/__rate-limit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ share, retryAfter }) })),
    stop: () => void child.kill(),
  };
}


async function ackLatency() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-slack-'));
  const slack = await fakeSlack();
  try {
    const { config, db, engine } = await store(dir, 550);
    const logger = memoryLogger();
    const clock = new FakeClock(ISSUE_AT);
    const gauge = new LoadGauge();
    const adapter = new SlackAdapter({ botToken: slack.token, signingSecret: SECRET, apiUrl: slack.apiUrl, port: new UseCases({ db, engine, qa: new PolicyQa(config), clock, logger }).chat('slack'), logger, gauge, retryConfig: { retries: 0 } });
    await adapter.start();
    const vigil = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1', gauge);

    const bareReceiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events' });
    const bare = new App({ token: slack.token, receiver: bareReceiver, deferInitialization: true, clientOptions: { slackApiUrl: slack.apiUrl } });
    bare.action(/.*/, async ({ ack }) => ack());
    await bare.init();
    const bareServer = await startHttpServer({ slack: bareReceiver.requestListener }, 0, '127.0.0.1');

    const prompts = await db.selectFrom('prompts').select(['id', 'assignee_id']).orderBy('id').execute();
    const all = prompts.slice(0, 2200).map((p, i) => interactive(buttonClick({
      userId: `U${p.assignee_id.slice(1)}`, channel: `DU${p.assignee_id.slice(1)}`, messageTs: `1700000000.${String(i).padStart(6, '0')}`,
      actionId: 'answer:yes', value: p.id, actionTs: `1700000100.${String(i).padStart(6, '0')}`,
    })));
    // Warm both up (the JIT, the connections, the statement cache) on clicks not measured.
    const [warm, clicks] = [all.slice(2000), all.slice(0, 2000)];
    await hammer(`${bareServer.url}/slack/events`, warm, 50);
    await hammer(`${vigil.url}/slack/events`, warm, 50);
    await adapter.work.idle();
    // Alternate the two in quarters (A B B A A B B A), each starting with Vigil's queued work done,
    // so neither gets the quieter moments of the machine.
    const bareLatency: number[] = [];
    const vigilLatency: number[] = [];
    const quarter = clicks.length / 4;
    for (const [i, order] of [['bare', 'vigil'], ['vigil', 'bare'], ['bare', 'vigil'], ['vigil', 'bare']].entries()) {
      for (const which of order) {
        await adapter.work.idle();
        const slice = clicks.slice(i * quarter, (i + 1) * quarter);
        if (which === 'bare') bareLatency.push(...(await hammer(`${bareServer.url}/slack/events`, slice, 50)));
        else vigilLatency.push(...(await hammer(`${vigil.url}/slack/events`, slice, 50)));
      }
    }
    // Let the work after the acks finish before counting it.
    for (let i = 0; i < 500 && Number((await db.selectFrom('answers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n) < 2200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answers = Number((await db.selectFrom('answers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await vigil.close();
    await bareServer.close();
    await db.destroy();
    return { bareLatency, vigilLatency, answers: answers - 200, updates: ((await slack.stats()).byMethod['chat.update'] ?? 0) - 200 };
  } finally {
    slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function deliveryUnder429() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-slack-'));
  const slack = await fakeSlack();
  try {
    const { config, db, engine } = await store(dir, 1250);
    const logger = memoryLogger();
    const clock = new FakeClock(ISSUE_AT);
    const adapter = new SlackAdapter({ botToken: slack.token, signingSecret: SECRET, apiUrl: slack.apiUrl, port: new UseCases({ db, engine, qa: new PolicyQa(config), clock, logger }).chat('slack'), logger });
    await adapter.start();
    await slack.rateLimit(0.2, Number(process.env.RETRY_AFTER ?? 0));
    const dispatcher = new Dispatcher({ db, workspace: engine, clock, logger, sender: adapter, concurrency: 20 });
    const t = performance.now();
    let sent = 0;
    let rounds = 0;
    for (; rounds < 20 && sent < 5000; rounds++) {
      sent += (await dispatcher.deliverDue(10_000)).sent;
      clock.advance(60_000); // messages that exhausted the client's retries are due again after their backoff
    }
    const seconds = (performance.now() - t) / 1000;
    const stats = await slack.stats();
    const unsent = Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('status', '!=', 'sent').executeTakeFirstOrThrow()).n);
    await db.destroy();
    return { unsent, sent, rounds, posts: stats.byMethod['chat.postMessage'] ?? 0, distinct: stats.distinctPosts, rateLimited: stats.rateLimited, seconds };
  } finally {
    slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ack = await ackLatency();
console.log(`node ${process.version}; 2,000 signed clicks at concurrency 50`);
console.log(`bare Bolt app (ack only): p50 ${quantile(ack.bareLatency, 0.5).toFixed(2)} ms, p99 ${quantile(ack.bareLatency, 0.99).toFixed(2)} ms`);
console.log(`Vigil: p50 ${quantile(ack.vigilLatency, 0.5).toFixed(2)} ms, p99 ${quantile(ack.vigilLatency, 0.99).toFixed(2)} ms; ${ack.answers} answers recorded, ${ack.updates} messages updated`);
console.log(`ratio p99 Vigil / bare: ${(quantile(ack.vigilLatency, 0.99) / quantile(ack.bareLatency, 0.99)).toFixed(2)} (target <= 1.2)`);
const delivery = await deliveryUnder429();
console.log(`delivery of 5,000 prompts with 20% of calls answered 429 (Retry-After ${process.env.RETRY_AFTER ?? 0} s): ${delivery.sent} sent in ${delivery.rounds} rounds; the fake accepted ${delivery.posts} chat.postMessage calls, ${delivery.distinct} distinct (channel, text) messages; ${delivery.rateLimited} calls answered 429; ${delivery.unsent} outbox rows unsent; ${delivery.seconds.toFixed(1)} s, ${(delivery.sent / delivery.seconds).toFixed(0)} messages/s`);
