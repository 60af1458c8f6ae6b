import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { openFindings } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { buttonClick, eventCallback, interactive, sign, slashCommand, viewSubmission } from '../fakes/slack-payloads.ts';
import { UseCases } from '../../src/app/use-cases.ts';

const SECRET = 'test-signing-secret';
const users = [
  { id: 'UANN', email: 'ann@acme.example' },
  { id: 'UBOB', email: 'bob@acme.example' },
  { id: 'UCAT', email: 'cat@acme.example' },
  { id: 'UDEV', email: 'dev@acme.example' },
];

let h: Harness;
let slack: FakeSlack;
let adapter: SlackAdapter;
let server: RunningServer;
const logger = memoryLogger();

/** Posts a body to /slack/events, signed unless told otherwise. */
async function post(request: { body: string; contentType: string }, options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {}) {
  return fetch(`${server.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': request.contentType, ...sign(options.secret ?? SECRET, request.body, options.timestamp), ...options.headers },
    body: request.body,
  });
}

async function answersCount() {
  return h.count('answers');
}

beforeAll(async () => {
  slack = new FakeSlack(users);
  await slack.start();
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
  await h.tick();
  adapter = new SlackAdapter({
    botToken: slack.validToken, signingSecret: SECRET, apiUrl: slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine,
    qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 0 },
  });
  await adapter.start();
  server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
  const dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter });
  expect(await dispatcher.deliverDue()).toEqual({ sent: 4, retried: 0, failed: 0, skipped: 0 });
});

afterAll(async () => {
  await server?.close();
  await slack?.stop();
  await h?.close();
});

describe('Slack adapter over real HTTP', () => {
  it('checks the token with auth.test at start', () => {
    expect(slack.callsTo('auth.test')).toHaveLength(1);
  });

  it('fails fast with a clear message when Slack refuses the token', async () => {
    const bad = new SlackAdapter({ botToken: 'xoxb-wrong', signingSecret: SECRET, apiUrl: slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 0 } });
    await expect(bad.start()).rejects.toMatchObject({ code: 'platform_auth', message: 'Slack refused the bot token (auth.test: invalid_auth); check SLACK_BOT_TOKEN' });
  });

  it('serves /healthz and 404s elsewhere', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, slack: true, teams: false });
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });

  it('delivers each prompt as a DM with Yes and No buttons, through conversations.open', () => {
    expect(slack.callsTo('conversations.open').map((c) => c.args.users).sort()).toEqual(['UANN', 'UBOB', 'UCAT', 'UDEV']);
    const dm = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUCAT')!;
    expect(dm.args.text).toBe("Did today's backup complete? — for Mon 23 Nov");
    const blocks = dm.args.blocks as { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: unknown[] }[];
    expect(blocks[0]!.text!.text).toBe("*Did today's backup complete? — for Mon 23 Nov*");
    expect(blocks[0]!.fields!.map((f) => f.text)).toEqual(['*Due*\nMon 23 Nov, 17:00 (Europe/London)', '*Policy*\nBackups']);
    expect(blocks[1]).toEqual({
      type: 'actions', block_id: 'answer',
      elements: [
        { type: 'button', action_id: 'answer:yes', text: { type: 'plain_text', text: 'Yes', emoji: true }, value: 'backup/person:cat/2026-11-23T09:00:00.000Z', style: 'primary' },
        { type: 'button', action_id: 'answer:no', text: { type: 'plain_text', text: 'No', emoji: true }, value: 'backup/person:cat/2026-11-23T09:00:00.000Z', style: 'danger' },
      ],
    });
  });

  it('a signed Yes click is acked, recorded, and the message updated with who, what and when', async () => {
    const dm = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUCAT')!;
    const ts = '1700000002.000100';
    const click = buttonClick({ userId: 'UCAT', channel: 'DUCAT', messageTs: ts, actionId: 'answer:yes', value: 'backup/person:cat/2026-11-23T09:00:00.000Z', actionTs: '1700000100.000001' });
    expect(dm).toBeDefined();
    const response = await post(interactive(click));
    expect(response.status).toBe(200);
    const update = await eventually(() => slack.callsTo('chat.update').find((c) => c.args.channel === 'DUCAT'));
    expect(update.args.ts).toBe(ts);
    expect(JSON.stringify(update.args.blocks)).toContain('Yes, answered by Cat Jones at Mon 23 Nov, 09:00');
    expect(await answersCount()).toBe(1);

    // Slack retries the same delivery: nothing new is recorded or updated.
    const retry = await post(interactive(click), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await answersCount()).toBe(1);
    expect(slack.callsTo('chat.update').filter((c) => c.args.channel === 'DUCAT')).toHaveLength(1);
  });

  it('No opens a modal; its submission with a reason records a finding and updates the message', async () => {
    const value = 'backup/person:dev/2026-11-23T09:00:00.000Z';
    await post(interactive(buttonClick({ userId: 'UDEV', channel: 'DUDEV', messageTs: '1700000004.000100', actionId: 'answer:no', value, actionTs: '1700000200.000001' })));
    const open = await eventually(() => slack.callsTo('views.open')[0]);
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe('answer-reason');
    expect(JSON.parse(view.private_metadata)).toEqual({ promptId: value, value: 'no', channel: 'DUDEV', ts: '1700000004.000100' });
    expect(await answersCount()).toBe(1); // nothing yet

    const submit = await post(interactive(viewSubmission({ userId: 'UDEV', privateMetadata: view.private_metadata, reason: 'The <NAS> & the drive were full' })));
    expect(submit.status).toBe(200);
    const findings = await eventually(async () => ((await openFindings(h.db)).length ? openFindings(h.db) : undefined));
    expect(findings).toMatchObject([{ assigneeId: 'dev', reason: 'The <NAS> & the drive were full' }]);
    const update = await eventually(() => slack.callsTo('chat.update').find((c) => c.args.channel === 'DUDEV'));
    expect(JSON.stringify(update.args.blocks)).toContain('No (The &lt;NAS&gt; &amp; the drive were full), answered by Dev Patel');
    // The manager (Ann) is told at once, through the outbox.
    const told = await h.db.selectFrom('outbox').select(['recipient_id']).where('dedupe_key', 'like', 'no-answer:%').execute();
    expect(told).toEqual([{ recipient_id: 'ann' }]);
  });

  it('an empty reason is refused in the modal itself', async () => {
    const meta = JSON.stringify({ promptId: 'backup/person:bob/2026-11-23T09:00:00.000Z', value: 'no', channel: 'DUBOB', ts: '1' });
    const response = await post(interactive(viewSubmission({ userId: 'UBOB', privateMetadata: meta, reason: '   ', viewId: 'V0002' })));
    expect(await response.json()).toEqual({ response_action: 'errors', errors: { reason: 'Please say why.' } });
  });

  it('a bad signature, or a timestamp six minutes old, gets 401 and records nothing', async () => {
    const click = interactive(buttonClick({ userId: 'UBOB', channel: 'DUBOB', messageTs: '1700000001.000100', actionId: 'answer:yes', value: 'backup/person:bob/2026-11-23T09:00:00.000Z', actionTs: '1700000300.000001' }));
    expect((await post(click, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await post(click, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const unsigned = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': click.contentType }, body: click.body });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await answersCount()).toBe(2);
  });

  it('refuses a correctly signed request dated more than five minutes from now either way (401), and accepts one four minutes off', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases = [
      { label: 'ten minutes ahead', offset: 10 * 60, status: 401 },
      { label: 'six minutes ahead', offset: 6 * 60, status: 401 },
      { label: 'six minutes behind', offset: -6 * 60, status: 401 },
      { label: 'four minutes ahead', offset: 4 * 60, status: 200 },
      { label: 'four minutes behind', offset: -4 * 60, status: 200 },
    ];
    for (const c of cases) {
      const path = `/response/skew${c.offset}`;
      const response = await post(slashCommand({ userId: 'UCAT', text: 'help', responseUrl: `${slack.url}${path}` }), { timestamp: now + c.offset });
      expect(response.status, c.label).toBe(c.status);
      if (c.status === 200) expect((await eventually(() => slack.responses.find((r) => r.path === path))).body.text, c.label).toMatch(/^Answer what I ask with the buttons/);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The refused ones did nothing: no reply was sent for them.
    expect(slack.responses.filter((r) => r.path.startsWith('/response/skew')).map((r) => r.path).sort()).toEqual(['/response/skew-240', '/response/skew240']);
  });

  it("refuses someone clicking another person's button, and records nothing", async () => {
    const before = slack.callsTo('chat.postEphemeral').length;
    await post(interactive(buttonClick({ userId: 'UDEV', channel: 'DUBOB', messageTs: '1700000001.000100', actionId: 'answer:yes', value: 'backup/person:bob/2026-11-23T09:00:00.000Z', actionTs: '1700000400.000001' })));
    const refusal = await eventually(() => slack.callsTo('chat.postEphemeral')[before]);
    expect(refusal.args).toMatchObject({ user: 'UDEV', text: 'Sorry: only Bob Stone (or a delegate they name) may answer this.' });
    expect(await answersCount()).toBe(2);
  });

  it('/vigil status from someone who manages nobody shows only their own items', async () => {
    const response = await post(slashCommand({ userId: 'UDEV', text: 'status', responseUrl: `${slack.url}/response/dev-status` }));
    expect(response.status).toBe(200);
    const reply = await eventually(() => slack.responses.find((r) => r.path === '/response/dev-status'));
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toMatch(/^Status at Mon 23 Nov, 09:00, for Dev Patel/);
    expect(reply.body.text).toContain('backup: 1/1 answered, 1 No');
    expect(reply.body.text).not.toContain('Bob Stone');
    expect(reply.body.text).not.toContain('Cat Jones');
  });

  it('/vigil with a question answers it from the register', async () => {
    await post(slashCommand({ userId: 'UCAT', text: 'who is our data protection contact?', responseUrl: `${slack.url}/response/cat-q` }));
    const reply = await eventually(() => slack.responses.find((r) => r.path === '/response/cat-q'));
    expect(reply.body.text).toBe('For data protection, ask Ann Lee (ann@acme.example).');
  });

  it('a DM to the bot is a question', async () => {
    await post(eventCallback({ type: 'message', channel: 'DUCAT', channel_type: 'im', user: 'UCAT', text: 'help', ts: '1700000500.000100', event_ts: '1700000500.000100' }));
    const reply = await eventually(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUCAT' && String(c.args.text).startsWith('I answer from')));
    expect(reply.args.text).toContain("Acme Bookkeeping's register of 2 suppliers");
  });

  it('a DM saying away is recorded as an absence declared in Slack; help stays a question', async () => {
    await post(eventCallback({ type: 'message', channel: 'DUCAT', channel_type: 'im', user: 'UCAT', text: 'away until 25 Nov, delegate to Dev', ts: '1700000520.000100', event_ts: '1700000520.000100' }, 'Ev0AWAY01'));
    const reply = await eventually(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUCAT' && String(c.args.text).startsWith('Recorded:')));
    expect(reply.args.text).toContain('Recorded: you are away from now until the end of Wed 25 Nov. Dev Patel is asked your checks meanwhile');
    expect(await h.db.selectFrom('absences').select(['person_id', 'delegate_id', 'channel']).execute()).toEqual([{ person_id: 'cat', delegate_id: 'dev', channel: 'slack' }]);
  });

  it("a Slack status of leave with an end time records the person away until then, told in their DM; clearing it ends that absence; one without an end or not of leave records nothing", async () => {
    // The user_status_changed event as Slack's Events API reference shows it.
    const statusEvent = (user: string, profile: { status_text: string; status_emoji: string; status_expiration: number }, eventId: string) => eventCallback({
      type: 'user_status_changed',
      user: { id: user, team_id: 'T0ACME', name: user.toLowerCase(), profile: { ...profile, avatar_hash: 'g0', real_name: user, display_name: user, real_name_normalized: user, display_name_normalized: user }, updated: 1700000700 },
      cache_ts: 1700000700, event_ts: '1700000700.000001',
    }, eventId);
    const fromStatus = () => h.db.selectFrom('absences').select(['person_id', 'declared_by', 'starts_at', 'ends_at', 'ended_by']).where('channel', '=', 'slack-status').execute();
    const dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter });
    const dmTo = (channel: string, start: string) => slack.callsTo('chat.postMessage').find((c) => c.args.channel === channel && String(c.args.text).startsWith(start));

    expect((await post(statusEvent('UBOB', { status_text: 'In a meeting', status_emoji: ':calendar:', status_expiration: 1795802400 }, 'Ev0STATUS01'))).status).toBe(200);
    expect((await post(statusEvent('UDEV', { status_text: 'Vacationing', status_emoji: ':palm_tree:', status_expiration: 1795802400 }, 'Ev0STATUS02'))).status).toBe(200);
    const recorded = await eventually(async () => (await fromStatus()).length ? fromStatus() : undefined);
    expect(recorded).toEqual([{ person_id: 'dev', declared_by: 'dev', starts_at: '2026-11-23T09:00:00.000Z', ends_at: '2026-11-27T18:00:00.000Z', ended_by: null }]);
    await dispatcher.deliverDue();
    expect(dmTo('DUDEV', 'Your status says')!.args.text).toBe('Your status says you are on leave until Fri 27 Nov, 18:00: you are recorded as away until then, so nothing is asked of you and each check meanwhile is excused. Say `back` if you return sooner.');
    // The same status again (Slack sends it on any profile change) records nothing more; a new end time replaces the absence.
    await post(statusEvent('UDEV', { status_text: 'Vacationing', status_emoji: ':palm_tree:', status_expiration: 1795802400 }, 'Ev0STATUS02B'));
    await post(statusEvent('UDEV', { status_text: 'Vacationing', status_emoji: ':palm_tree:', status_expiration: 1795888800 }, 'Ev0STATUS02C'));
    await eventually(async () => (await fromStatus()).length === 2 || undefined);
    expect((await fromStatus()).map((a) => [a.ends_at, a.ended_by])).toEqual([['2026-11-23T09:00:00.000Z', 'dev'], ['2026-11-28T18:00:00.000Z', null]]);

    // Cleared: the absence the status recorded ends now (so it covered nothing).
    await post(statusEvent('UDEV', { status_text: '', status_emoji: '', status_expiration: 0 }, 'Ev0STATUS03'));
    await eventually(async () => (await fromStatus()).every((a) => a.ended_by === 'dev') || undefined);
    expect((await fromStatus()).map((a) => [a.ends_at, a.ended_by])).toEqual([['2026-11-23T09:00:00.000Z', 'dev'], ['2026-11-23T09:00:00.000Z', 'dev']]);

    // Out sick with no end: no absence (it would excuse checks for good); told how to say when.
    await post(statusEvent('UBOB', { status_text: 'Out sick', status_emoji: ':face_with_thermometer:', status_expiration: 0 }, 'Ev0STATUS04'));
    await eventually(async () => (await h.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'status-leave:bob:%').executeTakeFirst()));
    await dispatcher.deliverDue();
    expect(dmTo('DUBOB', 'Your status says')!.args.text).toBe('Your status says you are on leave, but not until when, so your checks are still asked. Say `away until` and your last day (e.g. `away until 14 Dec`) to be excused meanwhile, or give your status an end time.');
    expect(await fromStatus()).toHaveLength(2);
    expect((await h.db.selectFrom('absences').select('person_id').where('person_id', '=', 'bob').execute())).toEqual([]);
  });

  it('a DM question Slack resends (same event_id, X-Slack-Retry-Num) is answered once; a new event with the same words is answered again', async () => {
    const replies = () => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DUDEV' && String(c.args.text).startsWith('I answer from'));
    const question = eventCallback({ type: 'message', channel: 'DUDEV', channel_type: 'im', user: 'UDEV', text: 'help', ts: '1700000550.000100', event_ts: '1700000550.000100' }, 'Ev0RETRIED01');
    expect((await post(question)).status).toBe(200);
    await eventually(() => replies()[0]);
    for (const [num, reason] of [['1', 'http_timeout'], ['2', 'http_error']] as const) {
      expect((await post(question, { headers: { 'x-slack-retry-num': num, 'x-slack-retry-reason': reason } })).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(replies()).toHaveLength(1);

    const askedAgain = eventCallback({ type: 'message', channel: 'DUDEV', channel_type: 'im', user: 'UDEV', text: 'help', ts: '1700000560.000100', event_ts: '1700000560.000100' }, 'Ev0ASKEDAGAIN');
    await post(askedAgain);
    await eventually(() => replies()[1]);
    expect(replies()).toHaveLength(2);
  });

  it('app_home_opened publishes the home view: what I owe and, for a manager, the team', async () => {
    await post(eventCallback({ type: 'app_home_opened', user: 'UBOB', channel: 'DUBOB', tab: 'home', event_ts: '1700000600.000100' }));
    const publish = await eventually(() => slack.callsTo('views.publish').find((c) => c.args.user_id === 'UBOB'));
    const text = JSON.stringify(publish.args.view);
    expect(text).toContain('What you owe');
    expect(text).toContain("Did today's backup complete?");
    expect(text).toContain("Your team\",\"emoji\":true}},{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"```Status at Mon 23 Nov, 09:00, for Bob Stone's team");
    expect(text).toContain('backup: 1/2 answered, 1 open'); // Bob and Cat (who has answered)
  });

  it('answers someone who is not in the workspace with who to ask', async () => {
    await post(slashCommand({ userId: 'USTRANGER', text: 'status', responseUrl: `${slack.url}/response/stranger` }));
    const reply = await eventually(() => slack.responses.find((r) => r.path === '/response/stranger'));
    expect(reply.body.text).toBe("Sorry: you are not in Acme Bookkeeping's Vigil workspace. Please ask Ann Lee (ann@acme.example) to add you.");
  });

  it('a reason over the limit is refused in the modal itself, so what was typed stays there; one at the limit is taken (last: it records an answer)', async () => {
    const before = await answersCount();
    const meta = JSON.stringify({ promptId: 'backup/person:bob/2026-11-23T09:00:00.000Z', value: 'no', channel: 'DUBOB', ts: '1' });
    const tooLong = await post(interactive(viewSubmission({ userId: 'UBOB', privateMetadata: meta, reason: '😀'.repeat(2001), viewId: 'V0003' })));
    expect(await tooLong.json()).toEqual({ response_action: 'errors', errors: { reason: 'the reason is too long (2,001 characters; at most 2,000): shorten it and send it again. Nothing was recorded' } });
    const atLimit = await post(interactive(viewSubmission({ userId: 'UBOB', privateMetadata: meta, reason: '😀'.repeat(2000), viewId: 'V0004' })));
    expect(atLimit.status).toBe(200);
    expect(await atLimit.text()).toBe('');
    await eventually(async () => ((await answersCount()) === before + 1 ? true : undefined));
  });
});
