import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { TeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { addedToTeam, installed, TENANT, type TeamsUser } from '../fakes/teams-activities.ts';

/**
 * Reaching people who never opened the app: once Vigil is added to a team, it starts a 1:1 chat
 * with each member of the roster who is in the workspace (`POST /v3/conversations`), so their
 * prompts arrive; the compliance channel gets each message as a new thread of its own.
 */
const people = ['ann', 'bob', 'cat', 'dev'];
const user = (p: string): TeamsUser => ({ id: `29:${p}`, aadObjectId: `00000000-0000-4000-8000-0000000000${people.indexOf(p) + 10}`, name: p });
const chatOf = (p: string) => `a:chat-${user(p).aadObjectId}`;
const GENERAL = '19:general@thread.tacv2';
const COMPLIANCE = '19:compliance@thread.tacv2';
const logger = memoryLogger();
let h: Harness;
let connector: FakeConnector;
let server: RunningServer;
let dispatcher: Dispatcher;
let teamInstall: ReturnType<typeof addedToTeam>;

async function post(activity: unknown) {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return response.status;
}

beforeAll(async () => {
  // Zed is in the team but not in the workspace.
  connector = new FakeConnector([...people.map((p) => ({ ...user(p), email: `${p}@acme.example` })), { id: '29:zed', aadObjectId: '00000000-0000-4000-8000-000000000099', name: 'Zed', email: 'zed@elsewhere.example' }]);
  await connector.start();
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z', ENGINE_BASE.replace('complianceChannel: { slack: "#compliance" }', `complianceChannel: { slack: "#compliance", teams: "${COMPLIANCE}" }`));
  const teams = new TeamsAdapter({ production: false, db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger, rosterPageSize: 2 });
  server = await startHttpServer({ teams: teams.requestListener }, 0, '127.0.0.1');
  dispatcher = new Dispatcher({ db: h.db, engine: h.engine, clock: h.clock, logger, sender: teams });
});

afterAll(async () => {
  await server?.close();
  await connector?.stop();
  await h?.close();
});

describe('after a team install', () => {
  it("starts a 1:1 chat with each roster member in the workspace (not with one who already has it, nor strangers)", async () => {
    expect(await post(installed(connector.url, user('cat')))).toBe(200); // Cat opened the app herself
    teamInstall = addedToTeam(connector.url, user('ann'), GENERAL);
    expect(await post(teamInstall)).toBe(200);
    const created = await eventually(() => connector.createdConversations.length === 3 && connector.createdConversations);
    expect(created.map((c) => (c.members as { id: string }[])[0]!.id).sort()).toEqual(['29:ann', '29:bob', '29:dev']);
    for (const body of created) expect(body).toMatchObject({ bot: { id: '28:vigil-bot' }, isGroup: false, tenantId: TENANT, channelData: { tenant: { id: TENANT } } });
    // The whole roster was read, a page at a time.
    expect(connector.calls.filter((c) => c.path.endsWith('/pagedmembers')).map((c) => c.query?.continuationToken ?? '')).toEqual(['', '2', '4']);
    const refs = await eventually(async () => {
      const rows = await h.db.selectFrom('conversation_refs').select(['person_id', 'reference']).where('person_id', 'is not', null).orderBy('person_id').execute();
      return rows.length === 4 && rows;
    });
    expect(refs.map((r) => [r.person_id, JSON.parse(r.reference).reference.conversation.id])).toEqual(people.map((p) => [p, chatOf(p)]));
  });

  it("so everyone's prompt arrives in their own chat", async () => {
    await h.tick();
    expect(await dispatcher.deliverDue()).toMatchObject({ sent: 4, failed: 0 });
    for (const p of people) expect(connector.activitiesTo(chatOf(p)).length, p).toBe(1);
  });

  it('a second install event starts no second chat', async () => {
    expect(await post({ ...teamInstall, id: 'f:again' })).toBe(200);
    await eventually(() => connector.calls.filter((c) => c.path.endsWith('/pagedmembers')).length === 6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.createdConversations).toHaveLength(3);
  });

  it('posts to the compliance channel as a new thread there, never as a reply to the install in another channel', async () => {
    await h.runUntil('2026-11-23T15:00:00Z');
    await dispatcher.deliverDue();
    const threads = connector.createdConversations.filter((c) => (c.channelData as { channel?: { id: string } }).channel?.id === COMPLIANCE);
    expect(threads.length).toBeGreaterThan(0);
    expect(threads[0]).toMatchObject({ isGroup: true, bot: { id: '28:vigil-bot' }, tenantId: TENANT, activity: { type: 'message', textFormat: 'plain' } });
    const texts = threads.map((t) => (t.activity as { text: string }).text);
    // One thread per message for the channel (Ann, with no manager, is escalated there twice).
    expect(texts).toHaveLength(await h.db.selectFrom('outbox').select('id').where('recipient_kind', '=', 'channel').where('status', '=', 'sent').execute().then((rows) => rows.length));
    expect(texts).toContain('Escalation: Ann Lee has not answered "Did today\'s backup complete?" (due Mon 23 Nov, 17:00).');
    // Nothing went into a channel as a reply (a 1:1 chat has no threads, so there it does not matter).
    const channelPosts = connector.calls.filter((c) => c.method === 'POST' && decodeURIComponent(c.path).startsWith('/v3/conversations/19:'));
    expect(channelPosts.map((c) => decodeURIComponent(c.path))).toEqual([]);
  });
});
