import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFindings } from '../../src/store/index.ts';
import { ENGINE_BASE, type Harness } from '../fixtures/engine-harness.ts';
import { CHANNELS, openContract, prompt, type ContractBed } from './bed.ts';
import { TEAMS_COMPLIANCE_CHANNEL, type ChannelDriver } from './drivers.ts';
import { slackLiveMarkup, teamsLiveMarkup } from './live-markup.ts';

/** The contract's workspace, with a Teams compliance channel beside the Slack one. */
const BASE = ENGINE_BASE.replace('complianceChannel: { slack: "#compliance" }', `complianceChannel: { slack: "#compliance", teams: "${TEAMS_COMPLIANCE_CHANNEL}" }`);

/**
 * A reason as a hostile or careless person might type it, on one line (the terminal reads one):
 * Slack's control sequences (a channel ping, a mention, a channel link, a disguised link),
 * markdown Teams would render (bold, a link, italics), an HTML tag and a terminal escape.
 */
const HOSTILE = 'MARK-1 <!channel> <@UANN> <#C0COMPLIANCE> <http://evil.example|click here> *bold* [link](http://evil.example) _it_ <b>x</b> \u001b[31mred';

/** User text is shown as typed and acted on nowhere, through every channel. */
describe.each(CHANNELS)('channel contract, user text: %s', (name, make) => {
  let h: Harness;
  let channel: ChannelDriver;
  let bed: ContractBed;

  beforeEach(async () => {
    ({ h, channel } = bed = await openContract(make, BASE));
  });

  afterEach(() => bed.close());

  it('a reason full of markup is stored verbatim and shown inert in the reply, the manager\'s notice, the compliance channel, status and App Home', async () => {
    const reply = await channel.answer('dev', prompt('dev'), 'no', HOSTILE); // Dev's manager is Ann
    await channel.answer('ann', prompt('ann'), 'no', HOSTILE); // Ann has no manager: the compliance channel is told
    await channel.deliver();
    expect(await h.db.selectFrom('answers').select('reason').execute()).toEqual([{ reason: HOSTILE }, { reason: HOSTILE }]);

    // Shown in every place (so the check below is not passing on nothing).
    expect(reply).toContain('MARK-1');
    expect(channel.messagesTo('ann').filter((m) => m.includes('answered No') && m.includes('MARK-1'))).toHaveLength(1);
    // Both findings reach the compliance channel: Dev's (told to Ann too) and Ann's.
    expect(channel.channelMessages().filter((m) => m.includes('MARK-1'))).toHaveLength(2);
    expect(await channel.command('ann', 'status')).toContain('MARK-1');
    const home = await channel.home('ann');
    if (name === 'slack') expect(home).toContain('MARK-1');

    // The same No pressed again: "Already recorded" repeats the reason, inert too.
    expect(await channel.answer('dev', prompt('dev'), 'no', HOSTILE)).toContain('Already recorded');

    expect(channel.liveMarkup(HOSTILE)).toEqual([]);
  });

  it("a manager's note resolving a finding is stored verbatim and shown inert where it is resolved and to everyone told", async () => {
    await channel.answer('dev', prompt('dev'), 'no', 'the NAS was full'); // Dev's manager is Ann
    await channel.deliver();
    const [finding] = await openFindings(h.db);
    const shown = await channel.resolve('ann', finding!.id, HOSTILE);
    await channel.deliver();
    expect(await h.db.selectFrom('findings').select(['status', 'resolution', 'resolved_by']).execute()).toEqual([{ status: 'resolved', resolution: HOSTILE, resolved_by: 'ann' }]);

    // Shown in every place (so the check below is not passing on nothing): where it was resolved, and to Dev, Ann and the channel.
    if (name !== 'shell') expect(shown).toContain('MARK-1');
    for (const person of ['dev', 'ann']) expect(channel.messagesTo(person).filter((m) => m.startsWith('Closed') && m.includes('MARK-1'))).toHaveLength(1);
    expect(channel.channelMessages().filter((m) => m.startsWith('Closed') && m.includes('MARK-1'))).toHaveLength(1);

    expect(channel.liveMarkup(HOSTILE)).toEqual([]);
  });
});

/**
 * The same workspace with Dev's name and a second daily check's question full of markup: both
 * are the config's words, but whoever edits it is not every reader, and they reach managers and
 * the compliance channel in escalation digests.
 */
const HOSTILE_CHECK = `  - id: hostile-check
    question: ${JSON.stringify(`Was it done? ${HOSTILE}`)}
    schedule: "0 9 * * 1-5"
    audience: { roles: [staff] }
    window: PT8H
    escalation:
      - { after: PT4H, to: manager }
      - { after: PT6H, to: compliance-channel }
`;
const HOSTILE_NAMES = BASE.replace('name: Dev Patel', `name: ${JSON.stringify(`Dev ${HOSTILE}`)}`) + HOSTILE_CHECK;

/** Names and questions are shown as written and acted on nowhere in escalation digests, through every channel. */
describe.each(CHANNELS)('channel contract, user text in escalation digests: %s', (name, make) => {
  let h: Harness;
  let channel: ChannelDriver;
  let bed: ContractBed;

  beforeEach(async () => {
    ({ h, channel } = bed = await openContract(make, HOSTILE_NAMES));
  });

  afterEach(() => bed.close());

  it("a name and a question full of markup are inert in a manager's digest (blocks, fallback text, card), the channel's, and what its Open button shows", async () => {
    await h.runUntil('2026-11-23T15:00:00Z');
    await channel.deliver();
    // Ann manages Bob and Dev: one message at 13:00 listing their four items, two of them Dev's, two the hostile question.
    const [digest = '', ...others] = channel.messagesTo('ann').filter((m) => m.includes('For your attention'));
    expect(others).toEqual([]);
    expect(digest).toContain('For your attention: 4 checks have not been answered.');
    expect(digest.split('MARK-1').length - 1).toBeGreaterThanOrEqual(3); // Dev's name twice, the question twice (in every copy the channel keeps)
    expect(channel.channelMessages().filter((m) => m.includes('MARK-1'))).toHaveLength(2); // Ann's own at 13:00, everyone's at 15:00
    if (name !== 'shell') expect(await channel.openItem('ann', 'hostile-check/person:dev/2026-11-23T09:00:00.000Z')).toContain('MARK-1');

    expect(channel.liveMarkup(HOSTILE)).toEqual([]);
  });
});

/** The checks above would fail on live markup: each platform's check, on payloads built to fail it. */
describe('the live-markup checks themselves', () => {
  it('Slack: a control sequence as typed in text or mrkdwn, or mrkdwn with user text not verbatim, is live; escaped and verbatim is not', () => {
    const escaped = HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(slackLiveMarkup(HOSTILE, [{ where: 'chat.postMessage', args: { text: `Dev said: ${HOSTILE}` } }])).toEqual([
      'chat.postMessage text: <!channel> live', 'chat.postMessage text: <@UANN> live', 'chat.postMessage text: <#C0COMPLIANCE> live', 'chat.postMessage text: <http://evil.example|click here> live',
    ]);
    expect(slackLiveMarkup(HOSTILE, [{ where: 'chat.update', args: { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped } }] } }])).toEqual(['chat.update blocks: mrkdwn with user text is not verbatim']);
    expect(slackLiveMarkup(HOSTILE, [{ where: 'views.publish', args: { view: { blocks: [{ type: 'section', fields: [{ type: 'mrkdwn', text: `x ${HOSTILE}`, verbatim: true }] }] } } }])).toHaveLength(4);
    expect(slackLiveMarkup(HOSTILE, [{ where: 'chat.update', args: { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped, verbatim: true } }] } }])).toEqual([]);
  });

  it('Teams: markdown as typed in a TextBlock, a fact or a markdown text is live; in a TextRun, a plain text or a summary it is not', () => {
    const card = (body: unknown[]) => ({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body } }] });
    expect(teamsLiveMarkup(HOSTILE, [{ where: 'status', activity: card([{ type: 'TextBlock', text: HOSTILE }]) }])).toEqual(['status TextBlock.text: *bold*', 'status TextBlock.text: [link](http://evil.example)', 'status TextBlock.text: _it_']);
    expect(teamsLiveMarkup(HOSTILE, [{ where: 'notice', activity: card([{ type: 'FactSet', facts: [{ title: 'Reason', value: HOSTILE }] }]) }])).toHaveLength(3);
    expect(teamsLiveMarkup(HOSTILE, [{ where: 'reply', activity: { text: HOSTILE, textFormat: 'markdown' } }])).toHaveLength(3);
    expect(teamsLiveMarkup(HOSTILE, [{ where: 'notice', activity: { summary: HOSTILE, ...card([{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: HOSTILE }] }]) } }, { where: 'reply', activity: { text: HOSTILE, textFormat: 'plain' } }])).toEqual([]);
  });
});
