import { afterEach, describe, expect, it } from 'vitest';
import { BOB_TWO_FACTOR, ENGINE_BASE } from '../fixtures/engine-harness.ts';
import { toBlocks } from '../../src/bot/slack/blocks.ts';
import { cardFor } from '../../src/bot/teams/cards.ts';
import { renderMessage, plain } from '../../src/bot/shell/render.ts';
import type { Card } from '../../src/messages.ts';
import { CHANNELS, openContract, type ContractBed } from './bed.ts';
import { TEAMS_COMPLIANCE_CHANNEL } from './drivers.ts';
import { slackLiveMarkup, teamsLiveMarkup } from './live-markup.ts';

/** The contract's workspace, with each supplier's security page in the register. */
const BASE = ENGINE_BASE
  .replace('complianceChannel: { slack: "#compliance" }', `complianceChannel: { slack: "#compliance", teams: "${TEAMS_COMPLIANCE_CHANNEL}" }`)
  .replace('owner: bob }', 'owner: bob, security: { url: "https://central.xero.com/s/security" } }')
  .replace('owner: cat }', 'owner: cat, security: { url: "https://www.dropbox.com/security" } }')
  .replace('roles: [staff, manager, compliance] }', 'roles: [staff, manager, compliance], uses: [xero, dropbox] }');

/** Two-factor on each supplier account Ann uses (the terminal chat acts as Ann, so shows her messages in full). */
const TWO_FACTOR = BOB_TWO_FACTOR.replace('people: [bob]', 'people: [ann]');

/** How-to text as a hostile or careless config author might write it (one line, as the terminal reads one). */
const HOSTILE = 'MARK-2 <!channel> <@UANN> <#C0COMPLIANCE> <http://evil.example|click here> *bold* _it_ <b>x</b> \u001b[31mred';
/** A link that parses as https but carries Slack's link characters and a ping. */
const HOSTILE_LINK = 'https://evil.example/a|b?x=<!channel>&y=>z';

const backup = (instructions: string, link: string) => `  - id: offsite
    question: Did the offsite copy complete?
    schedule: every weekday at 09:00
    audience: { roles: [staff] }
    window: PT8H
    instructions: ${JSON.stringify(instructions)}
    link: ${JSON.stringify(link)}
`;
const deskCheck = (instructions: string, link: string) => `  - id: desk
    question: Is your desk clear?
    schedule: every weekday at 09:00
    audience: { people: [ann] }
    answer: checklist
    checklist:
      - Screen locked
      - { item: Papers filed, instructions: ${JSON.stringify(instructions)}, link: ${JSON.stringify(link)} }
    window: PT8H
`;

const ACCEPTED = 'Open the **backup dashboard** and look for last night\'s job marked [successful](https://help.acme.example/jobs).';

describe.each(CHANNELS)('channel contract, how to check: %s', (name, make) => {
  let bed: ContractBed | undefined;
  afterEach(() => bed?.close());

  it('shows the instructions and links with the prompt, and each supplier\'s security page on the 2FA checklist', async () => {
    bed = await openContract(make, BASE + backup(ACCEPTED, 'https://acme.example/backups') + TWO_FACTOR + deskCheck('In the grey cabinet.', 'https://acme.example/filing'));
    const { channel } = bed;
    const ann = channel.messagesTo('ann').join('\n');
    expect(ann).toContain("Open the backup dashboard and look for last night's job marked successful (https://help.acme.example/jobs).");
    expect(ann).toContain(name === 'shell' ? 'https://acme.example/backups' : 'Open acme.example');
    for (const host of ['central.xero.com', 'www.dropbox.com']) expect(ann).toContain(host);
    expect(ann).toContain('In the grey cabinet.');
    expect(ann).toContain('Papers filed');
  });

  it('hostile instructions, item instructions and links are shown inert in every channel', async () => {
    bed = await openContract(make, BASE + backup(HOSTILE, HOSTILE_LINK) + deskCheck(HOSTILE, HOSTILE_LINK));
    const { channel } = bed;
    const ann = channel.messagesTo('ann').join('\n');
    expect(ann.split('MARK-2').length - 1).toBe(2); // shown (the question's and the item's), so the check below passes on something
    expect(channel.liveMarkup(HOSTILE)).toEqual([]);
    if (name === 'slack') expect(channel.liveMarkup(HOSTILE_LINK)).toEqual([]);
  });
});

describe('how to check, in each channel\'s own form', () => {
  const card: Card = {
    kind: 'card', title: 'Did today\'s backup complete?', text: '', fields: [], buttons: [],
    checklist: ['Xero'],
    howTo: { instructions: HOSTILE, link: HOSTILE_LINK, items: [{ item: 'Xero', link: 'https://central.xero.com/s/security' }] },
  };

  it('Slack: a link Vigil writes, its address encoded, naming the site; the words escaped and verbatim', () => {
    const { text, blocks } = toBlocks(card);
    expect(text).not.toContain('MARK-2'); // the notification is the question alone
    const json = JSON.stringify(blocks);
    expect(json).toContain('<https://evil.example/a%7Cb?x=%3C!channel%3E&amp;y=%3Ez|Open evil.example>');
    expect(json).toContain('<https://central.xero.com/s/security|Open central.xero.com>');
    expect(slackLiveMarkup(HOSTILE, [{ where: 'chat.postMessage', args: { text, blocks } }])).toEqual([]);
    expect(slackLiveMarkup(HOSTILE_LINK, [{ where: 'chat.postMessage', args: { text, blocks } }])).toEqual([]);
  });

  it('Teams: plain runs, and a run that opens the https address', () => {
    const adaptive = cardFor(card, 'p1');
    const json = JSON.stringify(adaptive);
    expect(json).toContain('"selectAction":{"type":"Action.OpenUrl","url":"https://central.xero.com/s/security"}');
    expect(json).toContain('"text":"Open evil.example"');
    const activity = { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: adaptive }] };
    expect(teamsLiveMarkup(HOSTILE, [{ where: 'prompt', activity }])).toEqual([]);
  });

  it('terminal: the words and addresses, control characters made harmless', () => {
    const text = renderMessage(card, plain);
    expect(text).toContain('How to check: MARK-2');
    expect(text).toContain('Xero: https://central.xero.com/s/security');
    expect(text).not.toContain('\u001b');
  });

  it('the checks would catch a raw link or unescaped words', () => {
    expect(slackLiveMarkup(HOSTILE_LINK, [{ where: 'x', args: { text: `<${HOSTILE_LINK}|Open>` } }])).not.toEqual([]);
    expect(slackLiveMarkup(HOSTILE, [{ where: 'x', args: { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: HOSTILE, verbatim: true } }] } }])).not.toEqual([]);
  });
});
