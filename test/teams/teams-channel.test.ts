import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { channelMessage, readableLines } from '../fakes/teams-activities.ts';
import { STRANGER, TeamsBed, teamsUser as user } from '../fixtures/teams-bed.ts';

/** `@Vigil …` in a team channel: the sender is known by their Entra id, and the answer goes into the thread. */
const CHANNEL = '19:general@thread.tacv2';
let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;

const post = async (activity: unknown) => (await bed.post(activity)).status;

/** What Vigil posted into a channel thread, as replies to `activityId`. */
function repliesIn(rootId: string, activityId: string) {
  return connector.calls.filter((c) => c.method === 'POST' && c.status === 200 && decodeURIComponent(c.path) === `/v3/conversations/${CHANNEL};messageid=${rootId}/activities/${activityId}`).map((c) => c.body!);
}

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP, extraMembers: [STRANGER] });
  ({ h, connector } = bed);
  await h.tick();
});

afterAll(() => bed?.close());

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
