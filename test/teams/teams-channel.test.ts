import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { channelMessage, readableLines, type TeamsUser } from '../fakes/teams-activities.ts';

/** `@Vigil …` in a team channel: the sender is known by their Entra id, and the answer goes into the thread. */
const people = ['ann', 'bob', 'cat', 'dev'];
const user = (p: string): TeamsUser => ({ id: `29:${p}`, aadObjectId: `00000000-0000-4000-8000-0000000000${people.indexOf(p) + 10}`, name: p });
const CHANNEL = '19:general@thread.tacv2';
const logger = memoryLogger();
let h: Harness;
let connector: FakeConnector;
let server: RunningServer;

async function post(activity: unknown) {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return response.status;
}

/** What Vigil posted into a channel thread, as replies to `activityId`. */
function repliesIn(rootId: string, activityId: string) {
  return connector.calls.filter((c) => c.method === 'POST' && c.status === 200 && decodeURIComponent(c.path) === `/v3/conversations/${CHANNEL};messageid=${rootId}/activities/${activityId}`).map((c) => c.body!);
}

beforeAll(async () => {
  // Stranger is a member of the team whom the workspace does not list.
  connector = new FakeConnector([...people.map((p) => ({ ...user(p), email: `${p}@acme.example` })), { id: '29:zed', aadObjectId: '00000000-0000-4000-8000-000000000099', name: 'Zed', email: 'zed@elsewhere.example' }]);
  await connector.start();
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
  const teams = new TeamsAdapter({ production: false, db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger });
  server = await startHttpServer({ teams: teams.requestListener }, 0, '127.0.0.1');
  await h.tick();
});

afterAll(async () => {
  await server?.close();
  await connector?.stop();
  await h?.close();
});

describe('@Vigil in a team channel', () => {
  it("answers '@Vigil status' in the thread, as status for the sender, known by their Entra id", async () => {
    const activity = channelMessage(connector.url, user('bob'), CHANNEL, 'status', '1700000000001');
    expect(await post(activity)).toBe(200);
    const [reply] = repliesIn('1700000000001', activity.id);
    expect(reply).toBeDefined();
    const lines = readableLines(reply!).join('\n');
    expect(lines).toMatch(/^Status at Mon 23 Nov, 09:00, for Bob Stone/);
    expect(reply!.replyToId).toBe(activity.id);
    // The member was looked up in the team, by the id Teams gave, not by a personal chat.
    expect(connector.calls.filter((c) => c.method === 'GET').map((c) => decodeURIComponent(c.path))).toContain('/v3/conversations/19:team-acme@thread.tacv2/members/29:bob');
  });

  it("answers a question and 'help' in a channel thread too", async () => {
    const question = channelMessage(connector.url, user('cat'), CHANNEL, 'who is our data protection contact?', '1700000000002');
    await post(question);
    expect(repliesIn('1700000000002', question.id).map((r) => r.text)).toEqual(['For data protection, ask Ann Lee (ann@acme.example).']);
    const help = channelMessage(connector.url, user('cat'), CHANNEL, 'help', '1700000000003');
    await post(help);
    expect(String(repliesIn('1700000000003', help.id)[0]?.text)).toMatch(/^Answer what I ask/);
  });

  it('tells a team member who is not in the workspace so, in the thread', async () => {
    const activity = channelMessage(connector.url, { id: '29:zed', aadObjectId: '00000000-0000-4000-8000-000000000099', name: 'Zed' }, CHANNEL, 'status', '1700000000004');
    await post(activity);
    expect(String(repliesIn('1700000000004', activity.id)[0]?.text)).toMatch(/^Sorry: you are not in Acme Bookkeeping's Vigil workspace/);
  });

  it("never keeps a channel thread as a person's way to be reached", async () => {
    const refs = await h.db.selectFrom('conversation_refs').select(['platform_user_id', 'person_id']).execute();
    expect(refs.filter((r) => r.person_id !== null)).toEqual([]);
    expect(refs.map((r) => r.platform_user_id)).toEqual([`channel:${CHANNEL}`]);
  });
});
