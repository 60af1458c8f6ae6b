// Two real `vigil start` processes on one PostgreSQL store; the leader is killed mid fan-out.
// Runs only in the suite's PostgreSQL project (see vitest.config.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/index.ts';
import { BotProcess, fanOutWorkspace } from '../fixtures/bot-process.ts';
import { releaseTestDatabase, testDatabase, testStoreLocation } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { buttonClick, interactive, sign } from '../fakes/slack-payloads.ts';

const PEOPLE = 1000;
const HEARTBEAT_MS = 500;
const SIGNING_SECRET = 'instances-test-signing-secret';

let dir: string;
let db: Kysely<Database>;
let slack: FakeSlack;
const bots: BotProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-instances-'));
  writeFileSync(join(dir, 'vigil.yaml'), fanOutWorkspace(PEOPLE));
  db = await testDatabase(dir);
  slack = new FakeSlack([]);
  await slack.start();
});
afterAll(async () => {
  for (const bot of bots) bot.kill('SIGKILL');
  await Promise.all(bots.map((bot) => bot.exited));
  await db?.destroy();
  await slack?.stop();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

const instance = () => {
  const bot = BotProcess.start(['--config', join(dir, 'vigil.yaml')], {
    DATABASE_URL: testStoreLocation(dir),
    SLACK_BOT_TOKEN: slack.validToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    VIGIL_HEARTBEAT_MS: String(HEARTBEAT_MS),
  });
  bots.push(bot);
  return bot;
};

const count = async (status?: Database['outbox']['status']) => {
  let query = db.selectFrom('outbox').select((eb) => eb.fn.countAll<string>().as('n'));
  if (status) query = query.where('status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

describe('two instances on one PostgreSQL', () => {
  it('one leads; when it is killed mid fan-out the other takes over and every message reaches Slack exactly once', async () => {
    // Slack answers slowly, so a post that has just reached Slack is still unacknowledged 200 ms
    // later: the leader is killed at such a moment (below), never when its workers happen to have
    // nothing in flight (all waiting for the write lock, as under load they may for a while).
    slack.responseDelayMs = 200;
    const a = instance();
    const b = instance();
    await Promise.all([a.url(), b.url()]);
    const [first] = await Promise.race([a, b].map(async (bot) => [bot, await bot.waitFor(/now leads/)] as const));
    const leader = first;
    const follower = leader === a ? b : a;
    expect(await leader.leads()).toBe(true);
    expect(await follower.leads()).toBe(false);

    while (slack.callsTo('chat.postMessage').length < 300) await new Promise((resolve) => setTimeout(resolve, 5));

    // Any instance serves Slack: someone answers a prompt that has arrived, through the follower.
    const arrived = await db.selectFrom('outbox').select(['prompt_id', 'recipient_id', 'platform_ref'])
      .where('status', '=', 'sent').where('dedupe_key', 'like', 'prompt:%').executeTakeFirstOrThrow();
    const ref = JSON.parse(arrived.platform_ref!) as { channel: string; ts: string };
    const click = interactive(buttonClick({ userId: `U${arrived.recipient_id.slice(1)}`, channel: ref.channel, messageTs: ref.ts, actionId: 'answer:yes', value: arrived.prompt_id!, actionTs: '1700000100.000001' }));
    const response = await fetch(`${await follower.url()}/slack/events`, { method: 'POST', headers: { 'content-type': click.contentType, ...sign(SIGNING_SECRET, click.body) }, body: click.body });
    expect(response.status).toBe(200);
    await eventually(() => db.selectFrom('answers').select(['prompt_id', 'value', 'channel']).executeTakeFirstOrThrow(), 10_000)
      .then((answer) => expect(answer).toEqual({ prompt_id: arrived.prompt_id, value: 'yes', channel: 'slack' }));

    const postsBefore = slack.callsTo('chat.postMessage').length;
    while (slack.callsTo('chat.postMessage').length === postsBefore) await new Promise((resolve) => setTimeout(resolve, 1));
    // While the leader lived the follower never led. (Checked before the kill: once the leader's
    // connection ends the server drops its lock and the follower may lead within one heartbeat,
    // sooner than a loaded machine gets through the checks below.)
    expect(follower.lines.some((l) => /now leads/.test(l.text))).toBe(false);
    leader.kill('SIGKILL'); // a post has just arrived: its answer is 200 ms away
    expect((await leader.exited).signal).toBe('SIGKILL');
    const postedByLeader = slack.callsTo('chat.postMessage').length;
    expect(postedByLeader).toBeLessThan(PEOPLE);
    expect(await count('sent')).toBeLessThan(postedByLeader); // some posts reached Slack but were never recorded as sent

    slack.responseDelayMs = 0;
    const takeover = await follower.waitFor(/now leads/, 10 * HEARTBEAT_MS);
    expect(takeover.text).toMatch(/"recoveredClaims":[1-9]/); // the dead leader's claims, put back as unsure
    expect(await follower.leads()).toBe(true);

    // The new leader finishes the fan-out.
    const deadline = Date.now() + 60_000;
    while ((await count('sent')) < PEOPLE && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await count()).toBe(PEOPLE);
    expect(await count('sent')).toBe(PEOPLE);

    const posts = slack.callsTo('chat.postMessage');
    const ids = posts.map((c) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id);
    expect(new Set(ids).size).toBe(PEOPLE);
    expect(posts).toHaveLength(PEOPLE); // not one duplicate
    expect(new Set(posts.map((c) => String(c.args.channel))).size).toBe(PEOPLE); // one each
    expect(slack.callsTo('conversations.history').length).toBeGreaterThan(0); // it looked before re-posting
    expect(await db.selectFrom('prompts').select('id').execute()).toHaveLength(PEOPLE); // issued once, by one leader
    // The answered prompt's message was updated to show the answer.
    await eventually(() => slack.callsTo('chat.update').find((c) => c.args.channel === ref.channel && c.args.ts === ref.ts), 10_000);

    follower.kill('SIGTERM');
    expect((await follower.exited).code).toBe(0);
  }, 120_000);
});
