import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { BOB_TWO_FACTOR, DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { buttonClick, interactive, sign, viewSubmission } from '../fakes/slack-payloads.ts';
import { UseCases } from '../../src/app/use-cases.ts';

const users = ['ann', 'bob', 'cat', 'dev'].map((p) => ({ id: `U${p.toUpperCase()}`, email: `${p}@acme.example` }));
let h: Harness;
let slack: FakeSlack;
let server: RunningServer | undefined;

async function setUp(attestations = DAILY_BACKUP, start = '2026-11-23T09:00:00Z') {
  slack = new FakeSlack(users);
  await slack.start();
  h = await Harness.open(attestations, start);
  const logger = memoryLogger();
  const adapter = new SlackAdapter({ botToken: slack.validToken, signingSecret: 's', apiUrl: slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 5, minTimeout: 0, maxTimeout: 0 } });
  await adapter.start();
  const dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter, concurrency: 10 });
  return { adapter, dispatcher, logger };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  await slack?.stop();
  await h?.close();
});

describe('delivery through Slack', () => {
  it('puts reminders in the prompt\'s thread, DMs the manager and posts escalations to the compliance channel', async () => {
    const { dispatcher } = await setUp();
    await h.tick();
    await dispatcher.deliverDue();
    const prompt = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUCAT')!;
    const promptTs = (await h.db.selectFrom('outbox').select('platform_ref').where('dedupe_key', '=', 'prompt:backup/person:cat/2026-11-23T09:00:00.000Z').executeTakeFirstOrThrow()).platform_ref;
    expect(JSON.parse(promptTs!)).toMatchObject({ platform: 'slack', channel: 'DUCAT' });

    await h.runUntil('2026-11-23T15:00:00Z');
    await dispatcher.deliverDue();
    const posts = slack.callsTo('chat.postMessage').slice(4);
    const reminder = posts.find((c) => c.args.channel === 'DUCAT')!;
    expect(reminder.args.text).toBe("Reminder: Did today's backup complete? — for Mon 23 Nov");
    expect(reminder.args.thread_ts).toBe(JSON.parse(promptTs!).ts);
    expect(prompt.args.thread_ts).toBeUndefined();
    const toManager = posts.find((c) => c.args.channel === 'DUBOB' && String(c.args.text).includes('Cat Jones'))!;
    expect(toManager.args.text).toBe('For your attention: Cat Jones has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00).');
    const toChannel = posts.filter((c) => c.args.channel === 'C0COMPLIANCE'); // "#compliance" in vigil.yaml, posted to by its id
    // The channel's 15:00 escalations are one message listing all four people, Cat among them.
    const digest = toChannel.map((c) => String(c.args.text)).find((text) => text.startsWith('Escalation: 4 checks have not been answered.'))!;
    expect(digest.split('\n')).toContain('• Cat Jones has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 6 hours ago (due Mon 23 Nov, 17:00)');
  });

  it('honours 429 Retry-After and delivers every message exactly once', async () => {
    const { dispatcher } = await setUp();
    slack.rateLimit = { share: 0.4, retryAfter: 0 };
    await h.tick();
    const report = await dispatcher.deliverDue();
    expect(report).toEqual({ sent: 4, retried: 0, failed: 0, skipped: 0 });
    expect(slack.rateLimitedCount).toBeGreaterThan(0);
    const dms = slack.callsTo('chat.postMessage').map((c) => c.args.channel).sort();
    expect(dms).toEqual(['DUANN', 'DUBOB', 'DUCAT', 'DUDEV']);
    expect(await h.db.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).toEqual([]);
  });

  it('records a permanent error and does not retry it', async () => {
    const { dispatcher, logger } = await setUp();
    slack.failures.set('chat.postMessage', 'channel_not_found');
    await h.tick();
    expect(await dispatcher.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 4, skipped: 0 });
    const rows = await h.db.selectFrom('outbox').select(['status', 'last_error']).where('dedupe_key', 'like', 'prompt:%').execute();
    expect(new Set(rows.map((r) => `${r.status} ${r.last_error}`))).toEqual(new Set(['failed slack: channel_not_found']));
    expect(logger.entries.filter((e) => e.message === 'delivery failed')).toHaveLength(4);
    // Nobody is skipped silently: each person's manager (Ann has none: the channel) is told once.
    const told = await h.db.selectFrom('outbox').select(['dedupe_key', 'recipient_kind', 'recipient_id']).where('dedupe_key', 'like', 'unreachable:%').orderBy('dedupe_key').execute();
    expect(told.map((t) => `${t.dedupe_key} → ${t.recipient_kind}:${t.recipient_id}`)).toEqual([
      'unreachable:slack:ann → channel:compliance', 'unreachable:slack:bob → person:ann', 'unreachable:slack:cat → person:bob', 'unreachable:slack:dev → person:ann',
    ]);
  });

  it('retries a transient error later, and then delivers', async () => {
    const { dispatcher } = await setUp();
    slack.failures.set('chat.postMessage', 'internal_error');
    await h.tick();
    expect(await dispatcher.deliverDue()).toMatchObject({ sent: 0, retried: 4 });
    slack.failures.clear();
    expect(await dispatcher.deliverDue()).toMatchObject({ sent: 0 }); // not due yet: backing off
    h.clock.set('2026-11-23T09:01:00Z');
    expect(await dispatcher.deliverDue()).toMatchObject({ sent: 4 });
  });

  it('shows a checklist as checkboxes and records the ticked items on Submit', async () => {
    const { adapter, dispatcher } = await setUp(BOB_TWO_FACTOR);
    await h.tick();
    await dispatcher.deliverDue();
    const dm = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUBOB')!;
    const blocks = dm.args.blocks as { type: string; block_id?: string; elements?: { type: string; options?: { text: { text: string }; value: string }[] }[] }[];
    const boxes = blocks.find((b) => b.block_id === 'checklist')!.elements![0]!;
    expect(boxes.type).toBe('checkboxes');
    expect(boxes.options!.map((o) => [o.text.text, o.value])).toEqual([['Xero', '0'], ['Dropbox', '1']]);

    server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
    const click = interactive(buttonClick({ userId: 'UBOB', channel: 'DUBOB', messageTs: '1700000000.000100', actionId: 'answer:checklist', value: 'two-factor/person:bob/2026-11-23T09:00:00.000Z', checked: [{ value: '0' }] }));
    const response = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': click.contentType, ...sign('s', click.body) }, body: click.body });
    expect(response.status).toBe(200);
    const answer = await eventually(() => h.db.selectFrom('answers').select(['value', 'checklist', 'reason']).executeTakeFirst());
    expect(answer).toEqual({ value: 'checklist', checklist: '{"Xero":true,"Dropbox":false}', reason: 'not done: Dropbox' });
  });

  it('shows a checklist of twelve as groups of at most ten boxes (Block Kit\'s limit) and records a tick in the second group', async () => {
    const items = Array.from({ length: 12 }, (_, i) => `Account ${i + 1}: ${'a long name '.repeat(i === 11 ? 8 : 0)}`.trim());
    const { adapter, dispatcher } = await setUp(`  - id: accounts
    question: Is two-factor authentication on for each account?
    schedule: "0 9 * * 1-5"
    audience: { people: [bob] }
    answer: checklist
    checklist: [${items.map((i) => JSON.stringify(i)).join(', ')}]
    window: PT8H
`);
    await h.tick();
    await dispatcher.deliverDue();
    const dm = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUBOB')!;
    const blocks = dm.args.blocks as { block_id?: string; elements?: { type: string; options?: { text: { text: string }; value: string }[] }[] }[];
    const groups = blocks.filter((b) => b.block_id?.startsWith('checklist')).map((b) => b.elements![0]!.options!);
    expect(groups.map((g) => g.length)).toEqual([10, 2]);
    expect(groups.flat().map((o) => o.value)).toEqual(items.map((_, i) => String(i)));
    expect(Math.max(...groups.flat().map((o) => o.text.text.length))).toBeLessThanOrEqual(75);

    server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
    const payload = buttonClick({ userId: 'UBOB', channel: 'DUBOB', messageTs: '1700000000.000100', actionId: 'answer:checklist', value: 'accounts/person:bob/2026-11-23T09:00:00.000Z' });
    payload.state = { values: Object.fromEntries([['checklist', items.slice(0, 10).map((_, i) => ({ value: String(i) }))], ['checklist-2', [{ value: '10' }, { value: '11' }]]].map(([block, selected]) => [block, { 'checklist:items': { type: 'checkboxes', selected_options: selected } }])) };
    const click = interactive(payload);
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': click.contentType, ...sign('s', click.body) }, body: click.body })).status).toBe(200);
    const answer = await eventually(() => h.db.selectFrom('answers').select(['value', 'checklist', 'reason']).executeTakeFirst());
    expect(answer).toMatchObject({ value: 'checklist', reason: null });
    expect(Object.values(JSON.parse(answer!.checklist!) as Record<string, boolean>)).toEqual(items.map(() => true));
  });

  it('a question wanting a written answer opens a box for it and records what was written', async () => {
    const { adapter, dispatcher } = await setUp(`  - id: where-kept
    question: Where did you store today's backup drive?
    schedule: "0 9 * * 1-5"
    audience: { people: [bob] }
    answer: text
    window: PT8H
`);
    await h.tick();
    await dispatcher.deliverDue();
    server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
    const promptId = 'where-kept/person:bob/2026-11-23T09:00:00.000Z';
    const click = interactive(buttonClick({ userId: 'UBOB', channel: 'DUBOB', messageTs: '1700000000.000100', actionId: 'answer:text', value: promptId }));
    await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': click.contentType, ...sign('s', click.body) }, body: click.body });
    const opened = await eventually(() => slack.callsTo('views.open')[0]);
    const view = opened.args.view as { callback_id: string; private_metadata: string; title: { text: string }; blocks: { block_id?: string; label?: { text: string } }[] };
    expect(view.title.text).toBe('Answer');
    expect(view.blocks.find((b) => b.block_id === 'reason')!.label!.text).toBe('Your answer');
    expect(await h.count('answers')).toBe(0);

    const submit = interactive(viewSubmission({ userId: 'UBOB', privateMetadata: view.private_metadata, reason: 'In the safe, shelf 2 <!channel>' }));
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': submit.contentType, ...sign('s', submit.body) }, body: submit.body })).status).toBe(200);
    const answer = await eventually(() => h.db.selectFrom('answers').select(['value', 'text', 'reason']).executeTakeFirst());
    expect(answer).toEqual({ value: 'text', text: 'In the safe, shelf 2 <!channel>', reason: null });
  });
});
