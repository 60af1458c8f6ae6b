import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { toBlocks } from '../../src/bot/slack/blocks.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { BOB_TWO_FACTOR, DAILY_BACKUP, ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeSlack, type SlackCall } from '../fakes/fake-slack.ts';
import { buttonClick, eventCallback, interactive, sign, slashCommand, viewSubmission } from '../fakes/slack-payloads.ts';
import { UseCases } from '../../src/app/use-cases.ts';

/**
 * A staff member's reason is shown to others in many places. Every markup Slack would act on
 * must arrive escaped, in every field Slack renders or notifies from: a message's `text` (the
 * notification and fallback text) as much as its blocks and views.
 */
const HOSTILE = 'disk full <!channel> <!here> <@UANN> <#C0SECRET> <!subteam^S0ALL> <http://evil.example|click here> & more';
const ESCAPED = 'disk full &lt;!channel&gt; &lt;!here&gt; &lt;@UANN&gt; &lt;#C0SECRET&gt; &lt;!subteam^S0ALL&gt; &lt;http://evil.example|click here&gt; &amp; more';
/** Names and checklist items come from vigil.yaml, which others may edit: escaped the same way. */
const HOSTILE_BASE = ENGINE_BASE.replace('name: Dev Patel', 'name: "Dev <!here> Patel"').replace('name: Xero,', 'name: "Xero <@UANN>",');
const DEV_ESCAPED = 'Dev &lt;!here&gt; Patel';
const XERO_ESCAPED = 'Xero &lt;@UANN&gt;';
const SECRET = 's';
const users = ['ann', 'bob', 'cat', 'dev'].map((p) => ({ id: `U${p.toUpperCase()}`, email: `${p}@acme.example` }));

let h: Harness;
let slack: FakeSlack;
let server: RunningServer;
let dispatcher: Dispatcher;

async function post(request: { body: string; contentType: string }) {
  const response = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': request.contentType, ...sign(SECRET, request.body) }, body: request.body });
  await response.text();
  return response.status;
}

/** Answers No with the hostile reason, through the button and the modal, as Slack would send them. */
async function answerNo(person: string, messageTs: string) {
  const user = `U${person.toUpperCase()}`;
  const marker = slack.calls.length;
  const value = `backup/person:${person}/2026-11-23T09:00:00.000Z`;
  await post(interactive(buttonClick({ userId: user, channel: `D${user}`, messageTs, actionId: 'answer:no', value, actionTs: `${messageTs}1` })));
  const open = await eventually(() => slack.calls.slice(marker).find((c) => c.method === 'views.open'));
  const meta = (open.args.view as { private_metadata: string }).private_metadata;
  expect(await post(interactive(viewSubmission({ userId: user, privateMetadata: meta, reason: HOSTILE, viewId: `V${person}` })))).toBe(200);
  return eventually(() => slack.calls.slice(marker).find((c) => c.method === 'chat.update'));
}

/** Every string Slack renders or notifies from in a call: `text`, and the text of every block or view element. */
function shownStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'text' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => shownStrings(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shownStrings(v, k));
  return [];
}

/** Every mrkdwn text object in a call's blocks or view. */
function mrkdwnObjects(value: unknown): { text: string; verbatim?: boolean }[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnObjects);
  if (value && typeof value === 'object') {
    const own = (value as { type?: unknown }).type === 'mrkdwn' ? [value as { text: string; verbatim?: boolean }] : [];
    return [...own, ...Object.values(value).flatMap(mrkdwnObjects)];
  }
  return [];
}

/** Checks one place: the reason is there, escaped, in every field; nothing Slack would parse as a mention or link is. */
function expectEscaped(where: string, payload: Record<string, unknown>, fields: string[], escaped = ESCAPED) {
  for (const field of fields) {
    const shown = field === 'text' ? [String(payload.text)] : shownStrings(payload[field]);
    expect(shown.join('\n'), `${where}: ${field}`).toContain(escaped);
    for (const text of shown) expect(text, `${where}: ${field}`).not.toMatch(/[<>]/);
  }
  for (const object of mrkdwnObjects([payload.blocks, payload.view])) {
    expect(object.verbatim, `${where}: mrkdwn "${object.text.slice(0, 40)}…" is verbatim`).toBe(true);
  }
}

beforeAll(async () => {
  slack = new FakeSlack(users);
  await slack.start();
  h = await Harness.open(DAILY_BACKUP + BOB_TWO_FACTOR, '2026-11-23T09:00:00Z', HOSTILE_BASE);
  const logger = memoryLogger();
  const adapter = new SlackAdapter({ botToken: slack.validToken, signingSecret: SECRET, apiUrl: slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 0 } });
  await adapter.start();
  server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
  dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter });
  await h.tick();
  expect(await dispatcher.deliverDue()).toMatchObject({ sent: 5 });
});

afterAll(async () => {
  await server?.close();
  await slack?.stop();
  await h?.close();
});

describe('Slack: user text is escaped everywhere it is shown', () => {
  let devUpdate: SlackCall;
  let annUpdate: SlackCall;
  let bobUpdate: SlackCall;

  beforeAll(async () => {
    // Dev's manager is Ann (told by DM); Ann has no manager, so hers goes to the compliance channel.
    devUpdate = await answerNo('dev', '1700000004.000100');
    annUpdate = await answerNo('ann', '1700000001.000100');
    // Bob ticks only Dropbox (a checklist with nothing ticked needs a reason): "not done: Xero <@UANN>".
    const marker = slack.calls.length;
    await post(interactive(buttonClick({ userId: 'UBOB', channel: 'DUBOB', messageTs: '1700000009.000100', actionId: 'answer:checklist', value: 'two-factor/person:bob/2026-11-23T09:00:00.000Z', checked: [{ value: '1' }] })));
    bobUpdate = await eventually(() => slack.calls.slice(marker).find((c) => c.method === 'chat.update'));
    await dispatcher.deliverDue();
  });

  it('in the answered prompt after chat.update (text and blocks)', () => {
    expectEscaped('updated prompt (dev)', devUpdate.args, ['text', 'blocks']);
    expectEscaped('updated prompt (ann)', annUpdate.args, ['text', 'blocks']);
    expectEscaped('updated prompt (dev): name', devUpdate.args, ['text', 'blocks'], `answered by ${DEV_ESCAPED}`);
    expectEscaped('updated checklist (bob)', bobUpdate.args, ['text', 'blocks'], `not done: ${XERO_ESCAPED}`);
  });

  it("in the ephemeral that confirms the answer", async () => {
    const ephemeral = await eventually(() => slack.callsTo('chat.postEphemeral').find((c) => c.args.user === 'UDEV'));
    expectEscaped('ephemeral', ephemeral.args, ['text']);
  });

  it("in the manager's DM (notification text and blocks)", () => {
    const dm = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUANN' && String(c.args.text).startsWith(`${DEV_ESCAPED} answered No`));
    expect(dm, 'the DM to Ann about Dev').toBeDefined();
    expectEscaped("manager's DM", dm!.args, ['text', 'blocks']);
    expectEscaped("manager's DM: name", dm!.args, ['text', 'blocks'], DEV_ESCAPED);
    const aboutBob = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUANN' && String(c.args.text).startsWith('Bob Stone answered No'));
    expectEscaped("manager's DM: checklist item", aboutBob!.args, ['text', 'blocks'], XERO_ESCAPED);
  });

  it('in the compliance channel (notification text and blocks)', () => {
    const post = slack.callsTo('chat.postMessage').find((c) => !String(c.args.channel).startsWith('D') && String(c.args.text).startsWith('Ann Lee answered No'));
    expect(post, 'the compliance channel post about Ann').toBeDefined();
    expectEscaped('compliance channel', post!.args, ['text', 'blocks']);
  });

  it('in /vigil status (the response_url reply)', async () => {
    await post(slashCommand({ userId: 'UANN', text: 'status', responseUrl: `${slack.url}/response/ann-status` }));
    const reply = await eventually(() => slack.responses.find((r) => r.path === '/response/ann-status'));
    expectEscaped('/vigil status', reply.body, ['text', 'blocks']);
    expectEscaped('/vigil status: name', reply.body, ['text', 'blocks'], DEV_ESCAPED);
  });

  it('in App Home (the published view)', async () => {
    await post(eventCallback({ type: 'app_home_opened', user: 'UANN', channel: 'DUANN', tab: 'home', event_ts: '1700000600.000100' }));
    const publish = await eventually(() => slack.callsTo('views.publish').find((c) => c.args.user_id === 'UANN'));
    expectEscaped('App Home', publish.args, ['view']);
  });

  it('the words themselves survive: nothing but the three control characters is encoded', () => {
    // Slack decodes only &amp; &lt; &gt;; an apostrophe encoded as &#39; would show as such.
    expect(String(devUpdate.args.text)).toContain("Did today's backup complete?");
  });
});

describe('Slack: escaped text cut to a limit', () => {
  it('never ends in half an entity, which Slack would show as stray "&am"', () => {
    for (const pad of [0, 1, 2, 3, 4]) {
      const { text, blocks } = toBlocks({ kind: 'text', text: 'x'.repeat(pad) + '&'.repeat(1000) });
      const section = (blocks[0] as { text: { text: string } }).text.text;
      for (const shown of [text, section]) {
        expect(shown.length).toBeLessThanOrEqual(3000);
        expect(shown).toMatch(/^x*(&amp;)+$/);
      }
    }
  });
});
