import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatus } from '../../src/attestations/index.ts';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { TeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { startHttpServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { openFindings } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { addedToTeam, cardAction, installed, message, readableLines } from '../fakes/teams-activities.ts';
import { promptOf, TeamsBed, teamsUser as user, withTeamsChannel } from '../fixtures/teams-bed.ts';
import { UseCases } from '../../src/app/use-cases.ts';

let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;
let teams: TeamsAdapter;
let dispatcher: Dispatcher;
const logger = memoryLogger();
const post = (activity: unknown) => bed.post(activity);

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP, base: withTeamsChannel('19:compliance@thread.tacv2') });
  ({ h, connector, teams, dispatcher } = bed);
});

afterAll(() => bed?.close());

describe('Teams adapter over real HTTP', () => {
  it('runs without JWT auth when no app credentials are set (and refuses that in production)', () => {
    expect(teams.authEnabled).toBe(false);
    expect(() => new TeamsAdapter({ production: true, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('teams'), logger }))
      .toThrow('Teams needs MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID in production');
  });

  it('with app credentials, refuses a request without a valid Bot Framework token (401), recording nothing', async () => {
    const secured = new TeamsAdapter({ appId: '11111111-2222-4333-8444-555555555555', appPassword: 'secret', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', production: true, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('teams'), logger });
    expect(secured.authEnabled).toBe(true);
    const securedServer = await startHttpServer({ teams: secured.requestListener }, 0, '127.0.0.1');
    try {
      for (const authorization of [undefined, 'Bearer not-a-jwt']) {
        const response = await fetch(`${securedServer.url}/api/messages`, {
          method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(installed(connector.url, user('dev'))),
        });
        expect(response.status).toBe(401);
      }
      expect(await h.db.selectFrom('conversation_refs').select('person_id').where('person_id', '=', 'dev').execute()).toEqual([]);
    } finally {
      await securedServer.close();
    }
  });

  it('stores a conversation reference on install, matching the person by the email Teams reports', async () => {
    for (const p of ['ann', 'bob', 'cat']) expect((await post(installed(connector.url, user(p)))).status).toBe(200);
    expect((await post(addedToTeam(connector.url, user('ann'), '19:general@thread.tacv2'))).status).toBe(200);
    const refs = await h.db.selectFrom('conversation_refs').select(['platform_user_id', 'person_id', 'reference']).where('platform', '=', 'teams').orderBy('platform_user_id').execute();
    expect(refs.map((r) => [r.platform_user_id, r.person_id])).toEqual([
      [user('ann').aadObjectId, 'ann'], [user('bob').aadObjectId, 'bob'], [user('cat').aadObjectId, 'cat'], ['channel:19:general@thread.tacv2', null],
    ]);
    expect(JSON.parse(refs[2]!.reference).reference).toMatchObject({ serviceUrl: connector.url, conversation: { id: `a:chat-${user('cat').aadObjectId}` } });
    expect(connector.calls.filter((c) => c.method === 'GET').map((c) => decodeURIComponent(c.path))).toContain(`/v3/conversations/a:chat-${user('cat').aadObjectId}/members/29:cat`);
  });

  it('a tick sends proactive Adaptive Cards (schema 1.5, Action.Execute); someone without the app is unreachable', async () => {
    await h.tick();
    const report = await dispatcher.deliverDue();
    expect(report).toMatchObject({ sent: 3, failed: 1 });
    const [activity] = connector.activitiesTo(`a:chat-${user('cat').aadObjectId}`);
    const card = (activity!.attachments as { contentType: string; content: Record<string, unknown> }[])[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(card.content.actions).toEqual([
      { type: 'Action.Execute', title: 'Yes', verb: 'answer', data: { promptId: promptOf('cat'), value: 'yes' }, style: 'positive' },
      { type: 'Action.Execute', title: 'No', verb: 'answer', data: { promptId: promptOf('cat'), value: 'no' }, style: 'destructive' },
    ]);
    expect(JSON.stringify(card.content.body)).toContain('"id":"reason"');
    const failed = await h.db.selectFrom('outbox').select(['recipient_id', 'last_error']).where('status', '=', 'failed').execute();
    expect(failed).toEqual([{ recipient_id: 'dev', last_error: 'Dev Patel has not installed Vigil in Teams, so cannot be reached there' }]);
    // Dev's manager is told, and status shows Dev as unreachable.
    await dispatcher.deliverDue();
    const toAnn = connector.activitiesTo(`a:chat-${user('ann').aadObjectId}`).at(-1)!;
    expect(toAnn.text).toBe('Vigil cannot reach Dev Patel in Teams: Dev Patel has not installed Vigil in Teams, so cannot be reached there. Their prompts are waiting; please help them get set up.');
    const status = await buildStatus(h.db, h.engine, { viewer: 'ann' }, h.clock.now());
    expect(status.unreachable).toEqual([{ id: 'dev', name: 'Dev Patel', reason: 'Dev Patel has not installed Vigil in Teams, so cannot be reached there' }]);
  });

  it('an adaptiveCard/action invoke records the answer and returns the updated card; a repeat records nothing', async () => {
    const invoke = cardAction(connector.url, user('cat'), { promptId: promptOf('cat'), value: 'yes' }, 'invoke-cat-1');
    const first = await post(invoke);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(first.body.value)).toContain('Yes, answered by Cat Jones at Mon 23 Nov, 09:00');
    expect(await h.count('answers')).toBe(1);
    const again = await post(invoke);
    expect(again.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Already recorded.' });
    expect(await h.count('answers')).toBe(1);
  });

  it('a No with its reason opens a finding; a No without one is refused', async () => {
    const bare = await post(cardAction(connector.url, user('bob'), { promptId: promptOf('bob'), value: 'no' }));
    expect(bare.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Sorry: a "No" needs a reason: say what went wrong.' });
    const withReason = await post(cardAction(connector.url, user('bob'), { promptId: promptOf('bob'), value: 'no', reason: 'tape drive failed' }));
    expect(JSON.stringify(withReason.body.value)).toContain('No (tape drive failed), answered by Bob Stone');
    expect(await openFindings(h.db)).toMatchObject([{ assigneeId: 'bob', reason: 'tape drive failed' }]);
  });

  it("refuses another user acting on someone's card, and records nothing", async () => {
    const before = await h.count('answers');
    const refused = await post(cardAction(connector.url, user('ann'), { promptId: promptOf('cat'), value: 'yes' }));
    expect(refused.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Sorry: only Cat Jones (or a delegate they name) may answer this.' });
    expect(await h.count('answers')).toBe(before);
  });

  it('status in chat is role-scoped', async () => {
    const cardText = (activity: Record<string, unknown>) => {
      const [attachment] = activity.attachments as { contentType: string }[];
      expect(attachment!.contentType).toBe('application/vnd.microsoft.card.adaptive');
      return readableLines(activity).join('\n');
    };
    await post(message(connector.url, user('cat'), 'status'));
    const reply = cardText(connector.activitiesTo(`a:chat-${user('cat').aadObjectId}`).at(-1)!);
    expect(reply).toMatch(/^Status at Mon 23 Nov, 09:00, for Cat Jones/);
    expect(reply).not.toContain('Bob Stone');
    await post(message(connector.url, user('ann'), 'status'));
    const annReply = cardText(connector.activitiesTo(`a:chat-${user('ann').aadObjectId}`).at(-1)!);
    expect(annReply).toMatch(/for everyone/);
    expect(annReply).toContain('Dev Patel');
  });

  it('any other text is a question', async () => {
    await post(message(connector.url, user('cat'), 'who is our data protection contact?'));
    expect(connector.activitiesTo(`a:chat-${user('cat').aadObjectId}`).at(-1)!.text).toBe('For data protection, ask Ann Lee (ann@acme.example).');
  });

  it('posts escalations to the compliance channel', async () => {
    await h.runUntil('2026-11-23T15:00:00Z');
    await dispatcher.deliverDue();
    // Each as a new thread in the channel (POST /v3/conversations naming it).
    const posts = connector.createdConversations.filter((c) => (c.channelData as { channel?: { id: string } }).channel?.id === '19:compliance@thread.tacv2').map((c) => c.activity as Record<string, unknown>);
    expect(posts.map((p) => p.text)).toContain('Escalation: Ann Lee has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00).');
  });

  it('answers bad JSON with 400 and an oversized body with 413', async () => {
    const bad = await fetch(`${bed.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(bad.status).toBe(400);
    const huge = await fetch(`${bed.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }) });
    expect(huge.status).toBe(413);
  });
});
