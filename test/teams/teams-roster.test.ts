import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { addedToTeam, installed, TENANT } from '../fakes/teams-activities.ts';
import { chatOf, STRANGER, TEAMS_PEOPLE as people, TeamsBed, teamsUser as user, withTeamsChannel } from '../fixtures/teams-bed.ts';

/**
 * Reaching people who never opened the app: once Vigil is added to a team, it starts a 1:1 chat
 * with each member of the roster who is in the workspace (`POST /v3/conversations`), so their
 * prompts arrive; the compliance channel gets each message as a new thread of its own.
 */
const GENERAL = '19:general@thread.tacv2';
const COMPLIANCE = '19:compliance@thread.tacv2';
let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;
let dispatcher: Dispatcher;
let teamInstall: ReturnType<typeof addedToTeam>;

const post = async (activity: unknown) => (await bed.post(activity)).status;

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP, base: withTeamsChannel(COMPLIANCE), extraMembers: [STRANGER], adapter: { rosterPageSize: 2 } });
  ({ h, connector, dispatcher } = bed);
});

afterAll(() => bed?.close());

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
    expect(texts).toContain('Escalation: Ann Lee has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00).');
    // Nothing went into a channel as a reply (a 1:1 chat has no threads, so there it does not matter).
    const channelPosts = connector.calls.filter((c) => c.method === 'POST' && decodeURIComponent(c.path).startsWith('/v3/conversations/19:'));
    expect(channelPosts.map((c) => decodeURIComponent(c.path))).toEqual([]);
  });
});
