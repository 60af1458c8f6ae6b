import { afterEach, describe, expect, it } from 'vitest';
import { howLong } from '../../src/attestations/digest.ts';
import type { ListMessage } from '../../src/messages.ts';
import { toBlocks } from '../../src/bot/slack/blocks.ts';
import { messageActivity } from '../../src/bot/teams/cards.ts';
import { renderMessage, plain } from '../../src/bot/shell/render.ts';
import { ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';
import { manyPeople } from '../fixtures/many-people.ts';

let h: Harness;
afterEach(() => h?.close());

/** A firm where p0 (compliance, no manager) manages the 25 others. */
const TWENTY_FIVE_REPORTS = ENGINE_BASE.replace(/people:\n(?: {2}- .*\n)+/, `people:\n${manyPeople(26, { managerOf: (i) => (i > 0 ? 0 : undefined), rolesOf: (i) => (i === 0 ? 'staff, manager, compliance' : 'staff') })}\n`)
  .replace(/suppliers:\n(?: {2}- .*\n)+/, 'suppliers: []\n');

/** A daily check whose question is near Slack's 3,000 characters a text by itself. */
const LONG_QUESTION = `  - id: long
    question: "Did today's backup complete? ${'Check every folder. '.repeat(145)}"
    schedule: "0 9 * * 1-5"
    audience: { roles: [staff] }
    window: PT8H
    escalation:
      - { after: PT4H, to: manager }
`;

/** The escalation messages queued for `recipient` (e.g. person:p0), oldest first. */
async function digestsTo(recipient: string): Promise<{ key: string; message: ListMessage }[]> {
  const rows = await h.db.selectFrom('outbox').select(['dedupe_key', 'message']).where('dedupe_key', 'like', `escalations:${recipient}:%`).orderBy('created_at').execute();
  return rows.map((r) => ({ key: r.dedupe_key, message: (JSON.parse(r.message) as { message: ListMessage }).message }));
}

/** The one escalation message queued for `recipient`. */
async function onlyDigestTo(recipient: string): Promise<ListMessage> {
  const digests = await digestsTo(recipient);
  expect(digests).toHaveLength(1);
  return digests[0]!.message;
}

/** Every text of a Block Kit payload, wherever it sits. */
function textsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'text' && typeof child === 'string' ? [child] : textsIn(child)));
}

describe('escalation digests', () => {
  it('a manager with 25 reports who all miss the check gets one message: the first 20 by name, then how many more; 25 notices are recorded', async () => {
    h = await Harness.open(LONG_QUESTION, '2026-11-23T08:00:00Z', TWENTY_FIVE_REPORTS, 'sqlite');
    await h.runUntil('2026-11-23T13:00:00Z');
    const [digest, ...others] = await digestsTo('person:p0');
    expect(others).toEqual([]);
    expect(digest!.key).toBe('escalations:person:p0:2026-11-23T13:00:00.000Z');
    const { message } = digest!;
    expect(message.title).toBe('For your attention: 25 checks have not been answered.');
    expect(message.items).toHaveLength(20);
    expect(message.items[0]!.text).toMatch(/^Person 1 has not answered "Did today's backup complete\? Check every folder\./);
    expect(message.items[0]!.text).toMatch(/" — for Mon 23 Nov, asked 4 hours ago \(due Mon 23 Nov, 17:00\)$/);
    expect(message.footer).toBe('…and 5 more — ask `status` for everyone who owes what.');
    expect(await h.db.selectFrom('notices').select('prompt_id').where('kind', '=', 'escalation').where('recipient_id', '=', 'p0').execute()).toHaveLength(25);
  });

  it("stays inside Slack's limits (50 blocks, 3,000 characters a text) with a button per item, and Teams gets an action per item", async () => {
    h = await Harness.open(LONG_QUESTION, '2026-11-23T08:00:00Z', TWENTY_FIVE_REPORTS, 'sqlite');
    await h.runUntil('2026-11-23T13:00:00Z');
    const message = await onlyDigestTo('person:p0');

    const { text, blocks } = toBlocks(message);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.startsWith('For your attention: 25 checks have not been answered.\n• Person 1 has not answered')).toBe(true);
    const texts = textsIn(blocks);
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(3000);
    const buttons = blocks.flatMap((b) => ('accessory' in b && b.accessory?.type === 'button' ? [b.accessory] : []));
    expect(buttons.map((b) => b.value)).toEqual(message.items.map((i) => i.id));
    expect(new Set(buttons.map((b) => b.action_id))).toEqual(new Set(['item']));
    expect(JSON.stringify(blocks.at(-1))).toContain('and 5 more');

    const activity = messageActivity(message) as { text: string; textFormat: string; attachments: { content: { body: { type: string; actions?: { verb: string; data: { promptId: string } }[] }[] } }[] };
    expect(activity).toMatchObject({ text: 'For your attention: 25 checks have not been answered.', textFormat: 'plain' });
    const actions = activity.attachments[0]!.content.body.filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions!);
    expect(actions.map((a) => [a.verb, a.data.promptId])).toEqual(message.items.map((i) => ['item', i.id]));
  });

  it('one item reads as a message of its own: one sentence and its button in Slack, the sentence and an Open card in Teams, one line with its id in the terminal', async () => {
    h = await Harness.open(LONG_QUESTION.replace(/question: .*/, "question: Did today's backup complete?"), '2026-11-23T08:00:00Z', undefined, 'sqlite');
    await h.runUntil('2026-11-23T13:00:00Z');
    const message = await onlyDigestTo('person:bob'); // Cat's manager
    const sentence = 'For your attention: Cat Jones has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00).';
    expect(message).toEqual({ kind: 'list', title: '', items: [{ text: sentence, id: 'long/person:cat/2026-11-23T09:00:00.000Z', button: { actionId: 'item', label: 'Open', value: 'long/person:cat/2026-11-23T09:00:00.000Z' } }] });
    expect(toBlocks(message)).toMatchObject({ text: sentence, blocks: [{ type: 'section', accessory: { type: 'button', action_id: 'item' } }] });
    expect(messageActivity(message)).toMatchObject({ text: sentence, textFormat: 'plain' });
    expect(renderMessage(message, plain)).toBe(`${sentence} id long/person:cat/2026-11-23T09:00:00.000Z`);
  });

  it('an escalation after the close says the check was missed and how long ago it closed', async () => {
    h = await Harness.open(`  - id: weekly
    question: Was the weekly scan clean?
    schedule: "0 9 * * 1"
    audience: { people: [cat] }
    window: PT8H
    escalation:
      - { after: P2D, to: manager }
`, '2026-11-23T08:00:00Z', undefined, 'sqlite');
    await h.runUntil('2026-11-25T10:00:00Z');
    const message = await onlyDigestTo('person:bob');
    expect(message.items[0]!.text).toBe('For your attention: Cat Jones has missed "Was the weekly scan clean?" — for week 48 (it closed Mon 23 Nov, 17:00, 40 hours ago).');
  });

  it('two steps of one prompt to one recipient in one tick (a catch-up after downtime) are one line, and both notices are kept', async () => {
    h = await Harness.open(LONG_QUESTION.replace(/question: .*/, "question: Did today's backup complete?").replace('      - { after: PT4H, to: manager }\n', '      - { after: PT4H, to: manager }\n      - { after: PT6H, to: compliance-channel }\n'), '2026-11-23T09:00:00Z', undefined, 'sqlite');
    await h.tick();
    h.clock.set('2026-11-23T15:30:00Z'); // down from 09:00 to 15:30: both steps fall due in one tick
    await h.tick();
    const message = await onlyDigestTo('channel:compliance');
    // Ann has no manager, so both her steps go to the channel; Bob's, Cat's and Dev's second steps too.
    expect(message.items.map((i) => i.text.split(' has ')[0])).toEqual(['Ann Lee', 'Bob Stone', 'Cat Jones', 'Dev Patel']);
    expect(await h.db.selectFrom('notices').select('step').where('kind', '=', 'escalation').where('prompt_id', '=', 'long/person:ann/2026-11-23T09:00:00.000Z').orderBy('step').execute()).toEqual([{ step: 1 }, { step: 2 }]);
  });

  it('says how long in the unit a person would', () => {
    const at = new Date('2026-11-23T09:00:00Z');
    const later = (ms: number) => new Date(at.getTime() + ms);
    expect(howLong(at, later(60_000))).toBe('1 minute');
    expect(howLong(at, later(59 * 60_000))).toBe('59 minutes');
    expect(howLong(at, later(3_600_000))).toBe('1 hour');
    expect(howLong(at, later(47 * 3_600_000))).toBe('47 hours');
    expect(howLong(at, later(72 * 3_600_000))).toBe('3 days');
  });
});
