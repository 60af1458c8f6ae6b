import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { TeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { installed, type TeamsUser } from '../fakes/teams-activities.ts';
import { UseCases } from '../../src/app/use-cases.ts';

let h: Harness;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
  await h?.close();
});

describe('flaky platforms', () => {
  it('Slack answering 503 or not at all: delivery backs off, succeeds later, nothing lost or doubled', async () => {
    const slack = new FakeSlack(['ann', 'bob', 'cat', 'dev'].map((p) => ({ id: `U${p.toUpperCase()}`, email: `${p}@acme.example` })));
    await slack.start();
    cleanup.push(() => slack.stop());
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    const logger = memoryLogger();
    const adapter = new SlackAdapter({ botToken: slack.validToken, signingSecret: 's', apiUrl: slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, timeoutMs: 300, retryConfig: { retries: 0 } });
    await adapter.start();
    const dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter, concurrency: 4 });
    await h.tick();
    slack.outage = { failNext: 3, hangNext: 2 };
    const first = await dispatcher.deliverDue();
    expect(first.retried).toBeGreaterThan(0);
    expect(first.sent + first.retried).toBe(4);
    // Later rounds, after each backoff, deliver the rest.
    for (let i = 0; i < 6; i++) {
      h.clock.set(new Date(h.clock.now().getTime() + 10 * 60_000));
      await dispatcher.deliverDue();
    }
    const posts = slack.callsTo('chat.postMessage').map((c) => c.args.channel).sort();
    expect(posts).toEqual(['DUANN', 'DUBOB', 'DUCAT', 'DUDEV']);
    expect(await h.db.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).toEqual([]);
    expect(logger.entries.some((e) => e.message === 'delivery will be retried')).toBe(true);
  }, 30_000);

  it('Teams answering 503: retried later; a 403 (app blocked) is recorded and the manager told', async () => {
    const people = ['ann', 'bob', 'cat', 'dev'];
    const user = (p: string): TeamsUser => ({ id: `29:${p}`, aadObjectId: `00000000-0000-4000-8000-0000000000${people.indexOf(p) + 10}`, name: p });
    const connector = new FakeConnector(people.map((p) => ({ ...user(p), email: `${p}@acme.example` })));
    await connector.start();
    cleanup.push(() => connector.stop());
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    const logger = memoryLogger();
    const teams = new TeamsAdapter({ production: false, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('teams'), logger });
    const server: RunningServer = await startHttpServer({ teams: teams.requestListener }, 0, '127.0.0.1');
    cleanup.push(() => server.close());
    for (const p of people) await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(installed(connector.url, user(p))) });
    const dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: teams });
    await h.tick();
    connector.forbidden.add(`a:chat-${user('dev').aadObjectId}`);
    connector.unavailableNext = 2;
    const first = await dispatcher.deliverDue();
    expect(first).toMatchObject({ failed: 1 });
    expect(first.retried).toBeGreaterThan(0);
    h.clock.set(new Date(h.clock.now().getTime() + 10 * 60_000));
    await dispatcher.deliverDue();
    const delivered = ['ann', 'bob', 'cat'].map((p) => connector.activitiesTo(`a:chat-${user(p).aadObjectId}`).filter((a) => a.summary === "Did today's backup complete? — for Mon 23 Nov").length);
    expect(delivered).toEqual([1, 1, 1]);
    const failed = await h.db.selectFrom('outbox').select(['recipient_id', 'last_error']).where('status', '=', 'failed').execute();
    expect(failed).toHaveLength(1);
    expect(failed[0]!.recipient_id).toBe('dev');
    // Dev's manager (Ann) hears about it.
    const toAnn = connector.activitiesTo(`a:chat-${user('ann').aadObjectId}`).map((a) => String(a.text ?? ''));
    expect(toAnn.some((t) => t.startsWith('Vigil cannot reach Dev Patel in Teams'))).toBe(true);
  }, 30_000);
});
