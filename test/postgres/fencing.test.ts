// Two real `vigil start` processes on one PostgreSQL store; mid fan-out the leader loses its lock
// while staying alive: its lock connection is ended, or the whole process is frozen until the
// database drops the lock and then thawed (at any moment, or inside a write transaction, holding
// the write lock the other instance needs). Every prompt must reach the fake Slack exactly once.
// Runs only in the suite's PostgreSQL project (see vitest.config.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, type Database } from '../../src/store/index.ts';
import { BotProcess, fanOutWorkspace } from '../fixtures/bot-process.ts';
import { releaseTestDatabase, testDatabase, testStoreLocation } from '../fixtures/engine-harness.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';

const PEOPLE = 600;
const HEARTBEAT_MS = 500;

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A fresh store and fake Slack, and two instances on them; resolves once one of them leads. */
async function twoInstances() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fencing-'));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'vigil.yaml'), fanOutWorkspace(PEOPLE));
  const db = await testDatabase(dir);
  cleanup.push(() => releaseTestDatabase(dir), () => db.destroy());
  await migrateToLatest(db); // before the two instances start, rather than both at once
  const slack = new FakeSlack([]);
  await slack.start();
  cleanup.push(() => slack.stop());
  const start = (name: string) => {
    // Each instance names its connections, so the test can tell whose backend holds the lock.
    const url = new URL(testStoreLocation(dir));
    url.searchParams.set('application_name', name);
    const bot = BotProcess.start(['--config', join(dir, 'vigil.yaml')], {
      DATABASE_URL: url.toString(), SLACK_BOT_TOKEN: slack.validToken, SLACK_SIGNING_SECRET: 'fencing-test-secret',
      SLACK_API_URL: slack.apiUrl, VIGIL_HEARTBEAT_MS: String(HEARTBEAT_MS),
    });
    cleanup.push(async () => {
      bot.kill('SIGCONT');
      bot.kill('SIGKILL');
      await bot.exited;
    });
    names.set(bot, name);
    return bot;
  };
  const names = new Map<BotProcess, string>();
  // Slack answers slowly, so the leader has a claimed batch in hand when it loses its lock.
  slack.responseDelayMs = 30;
  const a = start('vigil-a');
  const b = start('vigil-b');
  const leader = await Promise.race([a, b].map(async (bot) => (await bot.waitFor(/now leads/), bot)));
  const follower = leader === a ? b : a;
  const posts = () => slack.callsTo('chat.postMessage');
  const sent = async () => Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'sent').executeTakeFirstOrThrow()).n);
  /** Waits until every prompt is recorded sent, then checks each reached Slack exactly once. */
  const everyPromptOnce = async () => {
    const deadline = Date.now() + 40_000;
    while ((await sent()) < PEOPLE && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await sent()).toBe(PEOPLE);
    const ids = posts().map((c) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id);
    expect(new Set(ids).size).toBe(PEOPLE);
    expect(ids).toHaveLength(PEOPLE); // not one duplicate
  };
  const midFanOut = async () => {
    while (posts().length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(posts().length).toBeLessThan(PEOPLE / 2);
  };
  return { db, slack, leader, follower, nameOf: (bot: BotProcess) => names.get(bot)!, everyPromptOnce, midFanOut };
}

/**
 * Freezes `bot` at a moment the server sees one of its sessions (named `name`) inside a write
 * transaction (holding an advisory lock, which only the write lock takes inside one): stopped
 * when one is, and thawed again at once if, stopped, none still is.
 */
async function freezeInsideWriteTransaction(db: Kysely<Database>, bot: BotProcess, name: string): Promise<void> {
  const inTransaction = async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity a
      where a.application_name = ${name} and a.state = 'idle in transaction'
        and exists (select 1 from pg_locks l where l.pid = a.pid and l.locktype = 'advisory' and l.granted)`.execute(db);
    return rows[0]!.n > 0;
  };
  for (let attempt = 0; attempt < 500; attempt++) {
    if (await inTransaction()) {
      bot.kill('SIGSTOP');
      // A statement already sent finishes on the server; then the session's state is final.
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (await inTransaction()) return;
      bot.kill('SIGCONT');
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`${name} was never seen inside a transaction`);
}

/** The server process holding this store's leader lock, and the instance it serves (the key is made from the schema, as createLeadership does). */
async function lockHolder(db: Kysely<Database>): Promise<{ pid: number; name: string } | undefined> {
  const { rows } = await sql<{ pid: number; name: string }>`
    with key as (select hashtext(current_schema() || ':vigil-leader')::bigint as k)
    select l.pid, a.application_name as name from pg_locks l join pg_stat_activity a on a.pid = l.pid, key
    where l.locktype = 'advisory' and l.granted and l.objsubid = 1 and l.database = (select oid from pg_database where datname = current_database())
      and l.classid = ((key.k >> 32) & 4294967295)::oid and l.objid = (key.k & 4294967295)::oid`.execute(db);
  return rows[0];
}

/**
 * After the leader was frozen: the follower takes over and puts its claims back; thawed, the old
 * leader says it no longer leads and stays alive, answering (an ended session did not crash it);
 * every prompt reaches Slack exactly once.
 */
async function takenOverThenThawed({ leader, follower, everyPromptOnce }: Awaited<ReturnType<typeof twoInstances>>): Promise<void> {
  const takeover = await follower.waitFor(/now leads/, 15_000);
  expect(takeover.text).toMatch(/"recoveredClaims":[1-9]/);
  leader.kill('SIGCONT');
  await leader.waitFor(/no longer leads/, 5_000);
  await everyPromptOnce();
  expect(await follower.leads()).toBe(true);
  expect(await leader.leads()).toBe(false);
}

describe('a leader that loses its lock and stays alive', () => {
  it('whose lock connection is ended (pg_terminate_backend) stops sending at once; every prompt reaches Slack exactly once', async () => {
    const { db, leader, follower, nameOf, everyPromptOnce, midFanOut } = await twoInstances();
    await midFanOut();
    const first = await lockHolder(db);
    expect(first?.name).toBe(nameOf(leader));
    const endedAt = Date.now();
    await sql`select pg_terminate_backend(${first!.pid})`.execute(db);
    // The old leader, alive, may reconnect and win the lock back before the other instance
    // checks: its lock connection is ended again until the other instance holds the lock.
    const deadline = Date.now() + 15_000;
    for (let holder = await lockHolder(db); holder?.name !== nameOf(follower); holder = await lockHolder(db)) {
      expect(Date.now()).toBeLessThan(deadline);
      if (holder?.name === nameOf(leader)) await sql`select pg_terminate_backend(${holder.pid})`.execute(db);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await follower.waitFor(/now leads/, 5_000);
    await everyPromptOnce();
    // The loss was noticed when the connection ended, not at the next heartbeat.
    const noticed = leader.lines.find((l) => /no longer leads/.test(l.text));
    expect(noticed).toBeDefined();
    expect(noticed!.at - endedAt).toBeLessThan(HEARTBEAT_MS);
  }, 60_000);

  it('frozen (SIGSTOP) until the database drops its lock, then thawed: every prompt reaches Slack exactly once', async () => {
    const instances = await twoInstances();
    await instances.midFanOut();
    instances.leader.kill('SIGSTOP');
    // A frozen leader's session goes silent; the server ends it and the follower takes over.
    await takenOverThenThawed(instances);
  }, 60_000);

  it('frozen inside a write transaction, holding the write lock: the server ends that session too, the other instance takes over, and the thawed one lives on', async () => {
    const instances = await twoInstances();
    const { db, leader, nameOf } = instances;
    await instances.midFanOut();
    await freezeInsideWriteTransaction(db, leader, nameOf(leader));
    // Taking over puts the frozen leader's claims back, a write that waits for the write lock.
    await takenOverThenThawed(instances);
  }, 60_000);
});
