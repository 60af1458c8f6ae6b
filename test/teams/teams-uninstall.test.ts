import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatus } from '../../src/attestations/index.ts';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { addedToTeam, installed, uninstalled } from '../fakes/teams-activities.ts';
import { chatOf, TEAMS_PEOPLE as people, TeamsBed, teamsUser as user } from '../fixtures/teams-bed.ts';

/** Removing the app from a personal chat makes the person unreachable at once, and their manager is told. */
const REASON = 'Dev Patel removed Vigil from their Teams chat at Mon 23 Nov, 10:00, so cannot be reached there';
let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;
let dispatcher: Dispatcher;

const post = async (activity: unknown) => (await bed.post(activity)).status;

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP });
  ({ h, connector, dispatcher } = bed);
  for (const p of people) await post(installed(connector.url, user(p)));
  await h.tick();
  expect(await dispatcher.deliverDue()).toMatchObject({ sent: 4, failed: 0 });
});

afterAll(() => bed?.close());

describe('installationUpdate remove', () => {
  it('the half of an upgrade that removes the old version changes nothing', async () => {
    expect(await post(uninstalled(connector.url, user('dev'), 'remove-upgrade'))).toBe(200);
    expect(await h.db.selectFrom('conversation_refs').select('person_id').where('person_id', '=', 'dev').execute()).toHaveLength(1);
    expect((await buildStatus(h.db, h.engine, { viewer: 'ann' }, h.clock.now())).unreachable).toEqual([]);
  });

  it('marks the person unreachable at once, forgets the chat, and tells their manager', async () => {
    h.clock.set(new Date('2026-11-23T10:00:00Z'));
    expect(await post(uninstalled(connector.url, user('dev')))).toBe(200);
    const [ref] = await h.db.selectFrom('conversation_refs').select('reference').where('person_id', '=', 'dev').execute();
    expect(JSON.parse(ref!.reference)).toEqual({ removedAt: '2026-11-23T10:00:00.000Z' });
    // Before any delivery round: status already says so.
    const status = await buildStatus(h.db, h.engine, { viewer: 'ann' }, h.clock.now());
    expect(status.unreachable).toEqual([{ id: 'dev', name: 'Dev Patel', reason: REASON }]);
    await dispatcher.deliverDue();
    const toAnn = connector.activitiesTo(chatOf('ann')).map((a) => a.text);
    expect(toAnn).toContain(`Vigil cannot reach Dev Patel in Teams: ${REASON}. Their prompts are waiting; please help them get set up.`);
  });

  it('sends nothing more into the removed chat, and tells the manager only once', async () => {
    const postsToDev = connector.activitiesTo(chatOf('dev')).length;
    expect(await post(uninstalled(connector.url, user('dev')))).toBe(200);
    await h.runUntil('2026-11-23T12:00:00Z'); // Dev's reminder falls due
    await dispatcher.deliverDue();
    await dispatcher.deliverDue();
    expect(connector.activitiesTo(chatOf('dev'))).toHaveLength(postsToDev);
    expect(connector.activitiesTo(chatOf('ann')).filter((a) => String(a.text).startsWith('Vigil cannot reach Dev Patel'))).toHaveLength(1);
  });

  it('adding the app again makes them reachable', async () => {
    expect(await post(installed(connector.url, user('dev')))).toBe(200);
    const [ref] = await h.db.selectFrom('conversation_refs').select('reference').where('person_id', '=', 'dev').execute();
    expect(JSON.parse(ref!.reference).reference).toMatchObject({ conversation: { id: chatOf('dev') } });
  });

  it("removing the app from a team forgets its channels, keeping people's chats", async () => {
    const team = addedToTeam(connector.url, user('ann'), '19:general@thread.tacv2');
    expect(await post(team)).toBe(200);
    expect(await h.db.selectFrom('conversation_refs').select('platform_user_id').where('platform_user_id', '=', 'channel:19:general@thread.tacv2').execute()).toHaveLength(1);
    expect(await post({ ...team, type: 'installationUpdate', action: 'remove', membersAdded: undefined, id: 'f:team-removed' })).toBe(200);
    expect(await h.db.selectFrom('conversation_refs').select('platform_user_id').where('platform_user_id', 'like', 'channel:%').execute()).toEqual([]);
    expect(await h.db.selectFrom('conversation_refs').select('person_id').where('person_id', '=', 'ann').execute()).toHaveLength(1);
  });
});
