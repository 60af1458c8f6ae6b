import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { channelMessage, installed, readableLines } from '../fakes/teams-activities.ts';
import { chatOf, STRANGER, TeamsBed, teamsUser as user } from '../fixtures/teams-bed.ts';

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
  it("keeps '@Vigil status' out of the channel: without a personal chat the thread is told where to ask, and no status is posted", async () => {
    const activity = channelMessage(connector.url, user('bob'), CHANNEL, 'status', '1700000000001');
    expect(await post(activity)).toBe(200);
    const replies = repliesIn('1700000000001', activity.id);
    expect(replies.map((r) => r.text)).toEqual(['Your status names people and their answers, so I give it only in our chat: open Vigil in Teams chat and ask there.']);
    expect(replies[0]!.replyToId).toBe(activity.id);
    // The member was looked up in the team, by the id Teams gave, not by a personal chat.
    expect(connector.calls.filter((c) => c.method === 'GET').map((c) => decodeURIComponent(c.path))).toContain('/v3/conversations/19:team-acme@thread.tacv2/members/29:bob');
  });

  it("sends '@Vigil status' and 'pending' to the asker's personal chat, and says so in the thread", async () => {
    expect(await post(installed(connector.url, user('bob')))).toBe(200);
    const before = connector.activitiesTo(chatOf('bob')).length;
    const activity = channelMessage(connector.url, user('bob'), CHANNEL, 'status', '1700000000005');
    expect(await post(activity)).toBe(200);
    expect(repliesIn('1700000000005', activity.id).map((r) => r.text)).toEqual(['I sent your status to our chat: it names people and their answers, so I keep it out of channels.']);
    const [privately] = connector.activitiesTo(chatOf('bob')).slice(before);
    expect(readableLines(privately!).join('\n')).toMatch(/^Status at Mon 23 Nov, 09:00, for Bob Stone/);
    const pending = channelMessage(connector.url, user('bob'), CHANNEL, 'pending', '1700000000006');
    await post(pending);
    expect(repliesIn('1700000000006', pending.id).map((r) => r.text)).toEqual(['I sent your pending to our chat: it names people and their answers, so I keep it out of channels.']);
    expect(connector.activitiesTo(chatOf('bob')).length).toBe(before + 2);
    // Nothing of either reached the channel beyond the two notes.
    const inChannel = connector.calls.filter((c) => c.method === 'POST' && decodeURIComponent(c.path).startsWith(`/v3/conversations/${CHANNEL}`)).map((c) => JSON.stringify(c.body));
    expect(inChannel.filter((body) => /Status at|Cat Jones/.test(body))).toEqual([]);
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
    expect(refs.filter((r) => r.platform_user_id.startsWith('channel:')).map((r) => r.person_id)).toEqual([null]);
    expect(refs.map((r) => r.platform_user_id).sort()).toEqual([user('bob').aadObjectId, `channel:${CHANNEL}`].sort());
  });
});
