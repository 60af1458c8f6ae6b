import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/attestations/index.ts';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../../src/store/index.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { BotProcess, fanOutWorkspace } from '../fixtures/bot-process.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { manyPeople } from '../fixtures/many-people.ts';
import { UseCases } from '../../src/app/use-cases.ts';

const PEOPLE = 1000;
let dir: string;
let slack: FakeSlack;

const yaml = `version: 1
organisation: { name: Crash Ltd, timezone: Europe/London, dataProtectionContact: { name: Person 0 } }
people:
${manyPeople(PEOPLE, { slackIds: true })}
attestations:
  - { id: backup, question: "Backup done?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }
`;

/**
 * A database with 1,000 prompts issued and their messages waiting in the outbox; with a Teams
 * connector's URL, everyone has also installed the app in Teams.
 */
async function prepare(file: string, teamsServiceUrl?: string): Promise<void> {
  const config = parseConfig(yaml, 'vigil.yaml');
  const db = openSqlite({ file });
  await migrateToLatest(db);
  // A Monday in the past: the prompts are due for delivery whatever today is.
  await syncPeople(db, config.people, new Date('2024-11-18T08:00:00Z'));
  const report = await new Engine(config).tick(db, new Date('2024-11-18T09:01:00Z'));
  if (teamsServiceUrl) {
    await db.insertInto('conversation_refs').values(Array.from({ length: PEOPLE }, (_, i) => ({
      platform: 'teams', platform_user_id: `aad-${i}`, person_id: `p${i}`, updated_at: '2024-11-18T08:00:00.000Z',
      reference: JSON.stringify({ reference: {
        channelId: 'msteams', serviceUrl: teamsServiceUrl, locale: 'en-GB',
        user: { id: `29:${i}`, aadObjectId: `aad-${i}`, name: `P ${i}` }, agent: { id: '28:vigil-bot', name: 'Vigil' },
        conversation: { id: `a:chat-${i}`, conversationType: 'personal', tenantId: 'tenant' },
      } }),
    }))).execute();
  }
  await db.destroy();
  expect(report.issued).toHaveLength(PEOPLE);
}

let connector: FakeConnector | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-crash-delivery-'));
  writeFileSync(join(dir, 'vigil.yaml'), yaml);
  slack = new FakeSlack([]);
  await slack.start();
  await prepare(join(dir, 'vigil.db'));
  connector = new FakeConnector([]);
  await connector.start();
  await prepare(join(dir, 'teams.db'), connector.url);
});
afterAll(async () => {
  await slack?.stop();
  await connector?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function worker(platform: 'slack' | 'teams', file: string, staleClaimMs: number) {
  const args = [platform, file, join(dir, 'vigil.yaml'), String(staleClaimMs), slack.apiUrl, slack.validToken];
  return spawn(process.execPath, [new URL('../fixtures/dispatch-worker.ts', import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

describe('a bot killed mid fan-out', () => {
  it('delivers every prompt exactly once after a restart, counted at the fake Slack', async () => {
    const db = openSqlite({ file: join(dir, 'vigil.db') });
    const queued = Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await db.destroy();
    expect(queued).toBe(PEOPLE);

    // Slack answers slowly, so when the bot dies some posts have reached Slack unacknowledged.
    slack.responseDelayMs = 30;
    const first = worker('slack', join(dir, 'vigil.db'), 120_000);
    while (slack.callsTo('chat.postMessage').length < 300) await new Promise((resolve) => setTimeout(resolve, 5));
    first.kill('SIGKILL');
    const [, signal] = (await once(first, 'exit')) as [number | null, string];
    expect(signal).toBe('SIGKILL');
    const beforeRestart = slack.callsTo('chat.postMessage').length;
    expect(beforeRestart).toBeLessThan(PEOPLE);
    const db2 = openSqlite({ file: join(dir, 'vigil.db') });
    const sentBefore = Number((await db2.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'sent').executeTakeFirstOrThrow()).n);
    await db2.destroy();
    expect(sentBefore).toBeLessThan(beforeRestart); // some posts reached Slack but were never recorded as sent

    slack.responseDelayMs = 0;
    // The restarted bot treats the dead one's claims as unsure and looks before posting.
    const second = worker('slack', join(dir, 'vigil.db'), 0);
    const [code] = (await once(second, 'exit')) as [number];
    expect(code).toBe(0);

    const posts = slack.callsTo('chat.postMessage');
    const ids = posts.map((c) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id);
    expect(new Set(ids).size).toBe(PEOPLE);
    expect(posts).toHaveLength(PEOPLE); // not one duplicate
    expect(slack.callsTo('conversations.history').length).toBeGreaterThan(0);
    const check = openSqlite({ file: join(dir, 'vigil.db') });
    expect(await check.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).toEqual([]);
    await check.destroy();
  }, 120_000);
});

describe('a Teams bot killed mid fan-out', () => {
  // The Bot Framework connector gives a bot no way to read what it already sent, so a message in
  // flight when the bot died cannot be checked: Teams delivery is at-least-once for those alone.
  it('delivers every prompt after a restart; only messages in flight at the kill can arrive twice', async () => {
    const file = join(dir, 'teams.db');
    const posts = () => connector!.calls.filter((c) => c.method === 'POST' && /\/activities(\/[^/]+)?$/.test(c.path));
    connector!.responseDelayMs = 30;
    const first = worker('teams', file, 120_000);
    while (posts().length < 300) await new Promise((resolve) => setTimeout(resolve, 5));
    first.kill('SIGKILL');
    await once(first, 'exit');
    const db = openSqlite({ file });
    const inFlight = await db.selectFrom('outbox').select('id').where('status', '=', 'sending').execute();
    await db.destroy();
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.length).toBeLessThanOrEqual(50); // one claimed batch at most

    connector!.responseDelayMs = 0;
    const second = worker('teams', file, 0);
    const [code] = (await once(second, 'exit')) as [number];
    expect(code).toBe(0);

    const promptOf = (body: Record<string, unknown>) => {
      const card = (body.attachments as { content: { actions: { data: { promptId: string } }[] } }[])[0]!;
      return card.content.actions[0]!.data.promptId;
    };
    const delivered = posts().map((c) => promptOf(c.body!));
    expect(new Set(delivered).size).toBe(PEOPLE); // nothing lost
    const twice = delivered.length - PEOPLE;
    expect(twice).toBeLessThanOrEqual(inFlight.length); // duplicates only among the in-flight claims
    const check = openSqlite({ file });
    expect(await check.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).toEqual([]);
    await check.destroy();
  }, 120_000);
});

/** A Slack in front of the fake that, while `slow`, stores each post only `delayMs` after it arrives (as a slow Slack does). */
class SlowSlack {
  slow = true;
  readonly held: Promise<unknown>[] = [];
  private server: Server | undefined;

  private readonly target: FakeSlack;
  private readonly delayMs: number;
  constructor(target: FakeSlack, delayMs: number) {
    this.target = target;
    this.delayMs = delayMs;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const forward = async () => {
          // Slack has the request; storing it takes a while, whether or not the caller is still there.
          if (this.slow && req.url?.endsWith('/chat.postMessage')) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
          const answer = await fetch(`${this.target.url}${req.url}`, { method: req.method, headers: { 'content-type': String(req.headers['content-type']), authorization: String(req.headers.authorization ?? '') }, body: Buffer.concat(chunks) });
          const body = await answer.text();
          if (!res.destroyed) res.writeHead(answer.status, { 'content-type': 'application/json' }).end(body);
        };
        this.held.push(forward().catch(() => undefined));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/api/`;
  }

  async stop(): Promise<void> {
    await Promise.all(this.held);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

describe('a dispatcher killed while Slack is still storing its posts', () => {
  it('is not re-posted by the next one: an unsure message is looked for only once the request timeout has passed since its send began', async () => {
    const file = join(dir, 'slow.db');
    await prepare(file);
    const fake = new FakeSlack([]);
    await fake.start();
    const slow = new SlowSlack(fake, 5_000);
    await slow.start();
    try {
      const start = (requestTimeoutMs: number) => spawn(process.execPath, [new URL('../fixtures/dispatch-worker.ts', import.meta.url).pathname,
        'slack', file, join(dir, 'vigil.yaml'), '120000', slow.apiUrl, fake.validToken, String(requestTimeoutMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
      const first = start(8_000);
      // Posts have reached Slack but are not stored yet when the dispatcher dies.
      while (slow.held.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
      first.kill('SIGKILL');
      await once(first, 'exit');
      const storedAtKill = fake.callsTo('chat.postMessage').length;
      expect(storedAtKill).toBeLessThan(10);
      slow.slow = false;
      // The next one starts at once: up and looking well before Slack has stored them, but
      // within the 8 s request timeout of their sends.
      const second = start(8_000);
      const [code] = (await once(second, 'exit')) as [number];
      expect(code).toBe(0);
      await Promise.all(slow.held);

      const ids = fake.callsTo('chat.postMessage').map((c) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id);
      expect(new Set(ids).size).toBe(PEOPLE);
      expect(ids).toHaveLength(PEOPLE); // the posts Slack was still storing were found, not posted again
      expect(fake.callsTo('conversations.history').length).toBeGreaterThan(0);
    } finally {
      await slow.stop();
      await fake.stop();
    }
  }, 60_000);
});

describe('vigil start on SQLite', () => {
  const SIGNING_SECRET = 'crash-delivery-signing-secret';
  const startBot = (folder: string, fake: FakeSlack) => BotProcess.start(['--config', join(folder, 'vigil.yaml'), '--db', join(folder, 'vigil.db')], {
    SLACK_BOT_TOKEN: fake.validToken, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, VIGIL_HEARTBEAT_MS: '500', DATABASE_URL: '', VIGIL_DB: '',
  });
  const outboxIdOf = (call: { args: Record<string, unknown> }) => (call.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id;

  /**
   * A folder holding `workspace`, a fake Slack, and `start()` for bots on them; `db()` opens the
   * folder's database. Every bot is killed, the database closed and the folder removed after `run`.
   */
  async function withBots(prefix: string, workspace: string, run: (bed: { fake: FakeSlack; start: () => BotProcess; db: () => ReturnType<typeof openSqlite> }) => Promise<void>): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    writeFileSync(join(folder, 'vigil.yaml'), workspace);
    const fake = new FakeSlack([]);
    await fake.start();
    const bots: BotProcess[] = [];
    let db: ReturnType<typeof openSqlite> | undefined;
    try {
      await run({
        fake,
        start: () => {
          const bot = startBot(folder, fake);
          bots.push(bot);
          return bot;
        },
        db: () => (db ??= openSqlite({ file: join(folder, 'vigil.db') })),
      });
    } finally {
      await db?.destroy();
      for (const bot of bots) bot.kill('SIGKILL');
      await Promise.all(bots.map((bot) => bot.exited));
      await fake.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it('restarted after a crash, recovers the dead claims at once and sends each reminder after its prompt, in its thread', async () => {
    const people = 600;
    // Reminders fall due 8 s from now: the restarted bot queues them while the dead one's claims are in doubt.
    await withBots('vigil-restart-', fanOutWorkspace(people, { reminderInMs: 8_000 }), async ({ fake, start, db: openDb }) => {
      fake.responseDelayMs = 30;
      const first = start();
      while (fake.callsTo('chat.postMessage').length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
      first.kill('SIGKILL');
      await first.exited;
      fake.responseDelayMs = 0;
      const restartedAt = Date.now();
      const second = start();

      const db = openDb();
      const rows = async () => db.selectFrom('outbox').select(['id', 'dedupe_key', 'status', 'platform_ref', 'created_at', 'sent_at']).execute();
      const deadline = Date.now() + 40_000;
      let all = await rows();
      while (Date.now() < deadline && !(all.length === 2 * people && all.every((r) => r.status === 'sent'))) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        all = await rows();
      }
      const seconds = (Date.now() - restartedAt) / 1000;
      console.log(`restarted bot: ${all.filter((r) => r.status === 'sent').length} of ${2 * people} messages sent ${seconds.toFixed(1)} s after the restart`);
      const statuses = all.reduce<Record<string, number>>((n, r) => ({ ...n, [`${r.dedupe_key.split(':')[0]} ${r.status}`]: (n[`${r.dedupe_key.split(':')[0]} ${r.status}`] ?? 0) + 1 }), {});
      expect(statuses).toEqual({ 'prompt sent': people, 'reminder sent': people }); // well within the old two-minute stall
      // The dead bot's claims were put back at start-up.
      expect(second.lines.find((l) => /now leads/.test(l.text))?.text).toMatch(/"recoveredClaims":[1-9]/);

      const posts = fake.callsTo('chat.postMessage');
      const byId = new Map(all.map((r) => [r.id, r]));
      const prompts = posts.filter((c) => byId.get(outboxIdOf(c))?.dedupe_key.startsWith('prompt:'));
      expect(new Set(prompts.map(outboxIdOf)).size).toBe(people);
      expect(prompts).toHaveLength(people); // each prompt exactly once
      const promptRow = new Map(all.filter((r) => r.dedupe_key.startsWith('prompt:')).map((r) => [r.dedupe_key.slice('prompt:'.length), r]));
      const reminders = posts.filter((c) => byId.get(outboxIdOf(c))?.dedupe_key.startsWith('reminder:'));
      expect(reminders).toHaveLength(people);
      const reminderRows = await db.selectFrom('outbox').select(['id', 'prompt_id', 'created_at']).where('dedupe_key', 'like', 'reminder:%').execute();
      const promptOfReminder = new Map(reminderRows.map((r) => [r.id, r.prompt_id!]));
      // Some reminders were queued while their prompt was still in doubt, and had to wait for it.
      expect(reminderRows.some((r) => r.created_at < promptRow.get(r.prompt_id!)!.sent_at!)).toBe(true);
      for (const reminder of reminders) {
        const prompt = promptRow.get(promptOfReminder.get(outboxIdOf(reminder))!)!;
        const ref = JSON.parse(prompt.platform_ref!) as { channel: string; ts: string };
        // Sent after its prompt, in the prompt's thread.
        expect(posts.findIndex((c) => outboxIdOf(c) === prompt.id)).toBeLessThan(posts.indexOf(reminder));
        expect({ channel: reminder.args.channel, thread: reminder.args.thread_ts }).toEqual({ channel: ref.channel, thread: ref.ts });
      }
    });
  }, 60_000);

  it('stops promptly on SIGTERM mid fan-out: stops claiming, finishes what is in flight, hands back the rest, exits', async () => {
    const people = 600;
    await withBots('vigil-sigterm-', fanOutWorkspace(people), async ({ fake, start, db: openDb }) => {
      // Slack takes 100 ms a post: the whole fan-out would take about 7.5 s.
      fake.responseDelayMs = 100;
      const first = start();
      while (fake.callsTo('chat.postMessage').length < 100) await new Promise((resolve) => setTimeout(resolve, 5));
      const termAt = Date.now();
      first.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);
      const stopMs = Date.now() - termAt;
      const postedBeforeExit = fake.callsTo('chat.postMessage').length;
      console.log(`SIGTERM to exit: ${stopMs} ms, ${postedBeforeExit} of ${people} posted`);
      expect(stopMs).toBeLessThan(2_000);
      expect(postedBeforeExit).toBeLessThan(people / 2);

      const db = openDb();
      const rows = await db.selectFrom('outbox').select(['status', 'platform_ref']).execute();
      // Nothing left in doubt: what reached Slack is recorded sent, the rest is back in the queue as never sent.
      expect(rows.filter((r) => r.status === 'sent')).toHaveLength(postedBeforeExit);
      expect(rows.filter((r) => r.status !== 'sent').every((r) => r.status === 'pending' && r.platform_ref === null)).toBe(true);

      fake.responseDelayMs = 0;
      start();
      // A guard against a hang, not a speed check: on a loaded two-core machine the rest took more than 30 s.
      const deadline = Date.now() + 75_000;
      const sent = async () => Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'sent').executeTakeFirstOrThrow()).n);
      while ((await sent()) < people && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const ids = fake.callsTo('chat.postMessage').map(outboxIdOf);
      expect(new Set(ids).size).toBe(people);
      expect(ids).toHaveLength(people); // the next start sends the rest, nothing twice
    });
  }, 120_000);
});

describe('replies to a prompt', () => {
  const users = ['ann', 'bob', 'cat', 'dev'].map((p) => ({ id: `U${p.toUpperCase()}`, email: `${p}@acme.example` }));
  let h: Harness | undefined;
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await fake?.stop();
    await h?.close();
  });

  async function setUp() {
    fake = new FakeSlack(users);
    await fake.start();
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    const logger = memoryLogger();
    const adapter = new SlackAdapter({ botToken: fake.validToken, signingSecret: 's', apiUrl: fake.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 0 } });
    await adapter.start();
    return { h, fake, dispatcher: new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter, concurrency: 10 }) };
  }

  it('wait for the prompt\'s own message: a reminder queued with its prompt goes out after it, in its thread', async () => {
    const { h, fake, dispatcher } = await setUp();
    await h.tick();
    await h.runUntil('2026-11-23T15:00:00Z'); // the reminders fall due before any prompt has been sent
    await dispatcher.deliverDue();
    h.clock.advance(2_000);
    await dispatcher.deliverDue();
    const posts = fake.callsTo('chat.postMessage');
    const reminders = posts.filter((c) => String(c.args.text).startsWith('Reminder:'));
    expect(reminders.length).toBeGreaterThan(0);
    // A prompt's own message, known by its outbox row (a manager's DM also holds escalations, which may be sent before it).
    const promptRows = new Set((await h.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'prompt:%').execute()).map((r) => r.id));
    const outboxIdOf = (c: { args: Record<string, unknown> }) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id;
    for (const reminder of reminders) {
      const prompt = posts.find((c) => c.args.channel === reminder.args.channel && promptRows.has(outboxIdOf(c)))!;
      expect(prompt).toBeDefined();
      expect(posts.indexOf(prompt)).toBeLessThan(posts.indexOf(reminder));
      const ts = fake.history.get(String(prompt.args.channel))!.find((m) => (m.metadata as { event_payload: { outbox_id: string } } | undefined)?.event_payload.outbox_id === (prompt.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id)!.ts;
      expect(reminder.args.thread_ts).toBe(ts);
    }
  });

  it('go on their own when the prompt\'s message failed for good: the reminder carries the question and its buttons', async () => {
    const { h, fake, dispatcher } = await setUp();
    await h.tick();
    fake.failures.set('chat.postMessage', 'is_archived');
    await dispatcher.deliverDue();
    expect(new Set((await h.db.selectFrom('outbox').select('status').where('dedupe_key', 'like', 'prompt:%').execute()).map((r) => r.status))).toEqual(new Set(['failed']));
    fake.failures.delete('chat.postMessage');
    await h.runUntil('2026-11-23T15:00:00Z');
    await dispatcher.deliverDue();
    const reminders = fake.callsTo('chat.postMessage').filter((c) => String(c.args.text).startsWith('Reminder:'));
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      expect(reminder.args.thread_ts).toBeUndefined();
      expect(JSON.stringify(reminder.args.blocks)).toContain('answer:yes');
    }
  });
});
