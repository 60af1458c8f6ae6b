import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/bot/dispatcher.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { UseCases } from '../../src/app/use-cases.ts';

/**
 * The compliance channel named in vigil.yaml (`#compliance`, as the README and the demo do).
 * Slack's chat.postMessage takes an id or a name; conversations.history, which a restarted bot
 * reads to see whether a message in doubt arrived, takes only an id. The fake answers as Slack does.
 */
const users = ['ann', 'bob', 'cat', 'dev'].map((p) => ({ id: `U${p.toUpperCase()}`, email: `${p}@acme.example` }));
let h: Harness;
let slack: FakeSlack;
const logger = memoryLogger();

async function setUp(channel = '#compliance') {
  slack = new FakeSlack(users);
  await slack.start();
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z', ENGINE_BASE.replace('complianceChannel: { slack: "#compliance" }', `complianceChannel: { slack: "${channel}" }`));
}

/** A fresh adapter on the same database: what a restarted process has (nothing in memory). */
async function adapter() {
  const a = new SlackAdapter({ botToken: slack.validToken, signingSecret: 's', apiUrl: slack.apiUrl, port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'), logger, retryConfig: { retries: 0 } });
  await a.start();
  return a;
}

/** A compliance-channel message as the dispatcher hands it over; `unsure` as after a crash mid-send. */
function toChannel(id: string, unsure: boolean): Delivery {
  const rendered = { kind: 'text' as const, text: `Escalation ${id}` };
  const payload = { kind: 'no-answer', message: rendered };
  return {
    message: { id, createdAt: h.clock.now(), status: 'sending', attempts: 1, dedupeKey: `test:${id}`, recipient: { kind: 'channel', id: 'compliance' }, promptId: null, payload },
    payload: payload as unknown as Delivery['payload'], rendered, prompt: undefined, threadRef: undefined, unsure,
  };
}

function fillerChannels(n: number) {
  return Array.from({ length: n }, (_, i) => ({ id: `C1FILL${String(i).padStart(4, '0')}`, name: `team-${i}`, isMember: i % 2 === 0 }));
}

afterEach(async () => {
  await slack?.stop();
  await h?.close();
});

describe('the Slack compliance channel, given by name', () => {
  it("the fake answers as Slack does: conversations.history refuses a channel's name, accepts its id", async () => {
    await setUp();
    const a = await adapter();
    await expect(a.client.conversations.history({ channel: '#compliance' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    await expect(a.client.conversations.history({ channel: 'compliance' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    expect((await a.client.conversations.history({ channel: 'C0COMPLIANCE' })).ok).toBe(true);
  });

  it('is looked up once through conversations.list (every page, public and private), posted to by id, and the id kept', async () => {
    await setUp();
    // 450 other channels first: the compliance channel is on the third page of 200.
    slack.channels.unshift(...fillerChannels(450));
    const a = await adapter();
    const sent = await Promise.all([1, 2, 3].map((n) => a.send(toChannel(randomUUID(), false)))) as { channel: string }[];
    expect(sent.map((s) => s.channel)).toEqual(['C0COMPLIANCE', 'C0COMPLIANCE', 'C0COMPLIANCE']);
    expect(slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['C0COMPLIANCE', 'C0COMPLIANCE', 'C0COMPLIANCE']);
    // One lookup for three messages sent together: three pages, each asking for both kinds of channel.
    const lists = slack.callsTo('conversations.list');
    expect(lists).toHaveLength(3);
    expect(lists.map((c) => c.args.types)).toEqual(['public_channel,private_channel', 'public_channel,private_channel', 'public_channel,private_channel']);
    expect(lists[0]!.args.cursor).toBeUndefined();
    expect(lists[1]!.args.cursor).toBeTruthy();
    const kept = await h.db.selectFrom('conversation_refs').select(['platform', 'platform_user_id', 'person_id', 'reference']).where('platform_user_id', 'like', 'channel:%').execute();
    expect(kept).toEqual([{ platform: 'slack', platform_user_id: 'channel:compliance', person_id: null, reference: JSON.stringify({ channelName: 'compliance', channelId: 'C0COMPLIANCE' }) }]);

    // A restarted process uses the kept id: no second lookup.
    const b = await adapter();
    await b.send(toChannel(randomUUID(), false));
    expect(slack.callsTo('conversations.list')).toHaveLength(3);
    expect(slack.callsTo('chat.postMessage').at(-1)!.args.channel).toBe('C0COMPLIANCE');
  });

  it('after a crash mid-send, a restarted bot finds the message in the channel by id and does not post it again', async () => {
    await setUp();
    const id = randomUUID();
    const first = await (await adapter()).send(toChannel(id, false)) as { ts: string };
    // The process died before recording the post as sent; the new one is unsure whether Slack has it.
    const again = await (await adapter()).send(toChannel(id, true));
    expect(again).toEqual({ platform: 'slack', channel: 'C0COMPLIANCE', ts: first.ts, recovered: true });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('conversations.history').map((c) => c.args.channel)).toEqual(['C0COMPLIANCE']);

    // And a message in doubt that never reached Slack is posted, once.
    const missing = await (await adapter()).send(toChannel(randomUUID(), true)) as { recovered?: boolean; channel: string };
    expect(missing.recovered).toBeUndefined();
    expect(missing.channel).toBe('C0COMPLIANCE');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('the same when the id is unknown at restart (posted before ids were kept): looked up, then read by id', async () => {
    await setUp();
    const a = await adapter();
    const id = randomUUID();
    await a.send(toChannel(id, false));
    await h.db.deleteFrom('conversation_refs').where('platform_user_id', '=', 'channel:compliance').execute();
    const again = await (await adapter()).send(toChannel(id, true)) as { recovered?: boolean };
    expect(again.recovered).toBe(true);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('conversations.list')).toHaveLength(2);
  });

  it('a kept id Slack no longer knows (the channel deleted and made again) is retried later under the id the name now has', async () => {
    await setUp();
    const a = await adapter();
    await a.send(toChannel(randomUUID(), false));
    const compliance = slack.channels.find((c) => c.name === 'compliance')!;
    compliance.id = 'C0REMADE';
    const id = randomUUID();
    await expect(a.send(toChannel(id, false))).rejects.toMatchObject({ permanent: false, message: expect.stringContaining('its name will be looked up again') });
    const retried = await a.send(toChannel(id, false)) as { channel: string };
    expect(retried.channel).toBe('C0REMADE');
    expect(slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['C0COMPLIANCE', 'C0COMPLIANCE', 'C0REMADE']);
  });

  it('finds a private channel the bot is in', async () => {
    await setUp('#it-and-security');
    const sent = await (await adapter()).send(toChannel(randomUUID(), false)) as { channel: string };
    expect(sent.channel).toBe('G0ITSEC');
    expect(slack.callsTo('chat.postMessage')[0]!.args.channel).toBe('G0ITSEC');
  });

  it('a channel id in vigil.yaml is used as it is, with no lookup', async () => {
    await setUp('C0COMPLIANCE');
    await (await adapter()).send(toChannel(randomUUID(), false));
    expect(slack.callsTo('conversations.list')).toHaveLength(0);
    expect(slack.callsTo('chat.postMessage')[0]!.args.channel).toBe('C0COMPLIANCE');
  });

  it('a name no channel has fails permanently, saying what to check', async () => {
    await setUp('#no-such-channel');
    await expect((await adapter()).send(toChannel(randomUUID(), false))).rejects.toMatchObject({
      permanent: true, message: expect.stringContaining('the Slack channel #no-such-channel was not found among the channels Vigil can see'),
    });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('without the scopes to list channels, posts by name and keeps the id Slack answers with, so a later recheck reads by id', async () => {
    await setUp();
    slack.failures.set('conversations.list', 'missing_scope');
    const id = randomUUID();
    const sent = await (await adapter()).send(toChannel(id, false)) as { channel: string };
    expect(slack.callsTo('chat.postMessage')[0]!.args.channel).toBe('#compliance');
    expect(sent.channel).toBe('C0COMPLIANCE');
    const again = await (await adapter()).send(toChannel(id, true)) as { recovered?: boolean };
    expect(again.recovered).toBe(true);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(logger.entries.some((e) => e.message.includes('add the channels:read and groups:read scopes'))).toBe(true);
  });
});
