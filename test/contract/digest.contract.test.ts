import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/store/index.ts';
import { ENGINE_BASE, type Harness } from '../fixtures/engine-harness.ts';
import { CHANNELS, openContract, prompt, type ContractBed } from './bed.ts';
import { TEAMS_COMPLIANCE_CHANNEL, type ChannelDriver } from './drivers.ts';

/**
 * The contract's workspace with Ann managing three people (Bob, Cat and Dev) and a Teams
 * compliance channel beside the Slack one. Ann has no manager, so her own escalations go to the channel.
 */
const BASE = ENGINE_BASE
  .replace('manager: bob, delegates: [bob]', 'manager: ann')
  .replace('complianceChannel: { slack: "#compliance" }', `complianceChannel: { slack: "#compliance", teams: "${TEAMS_COMPLIANCE_CHANNEL}" }`);

const REPORTS = ['Bob Stone', 'Cat Jones', 'Dev Patel'];
const late = (name: string) => `${name} has not answered "Did today's backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00)`;

/** Escalations are delivered one message per recipient and engine tick, through every channel; the evidence stays per item. */
describe.each(CHANNELS)('channel contract, escalation digests: %s', (name, make) => {
  let h: Harness;
  let channel: ChannelDriver;
  let bed: ContractBed;

  beforeEach(async () => {
    ({ h, channel } = bed = await openContract(make, BASE));
  });

  afterEach(() => bed.close());

  /** What Ann has been told of her reports' escalations. */
  const annsEscalations = () => channel.messagesTo('ann').filter((m) => m.includes('For your attention'));

  it('a manager whose three reports all miss the check gets one message listing all three, and each escalation is recorded as its own notice', async () => {
    await h.runUntil('2026-11-23T13:00:00Z');
    await channel.deliver();

    const [digest = '', ...others] = annsEscalations();
    expect(others).toEqual([]);
    expect(digest).toContain('For your attention: 3 checks have not been answered.');
    for (const report of REPORTS) expect(digest).toContain(late(report));
    // Each item can be acted on: a button each where the platform has buttons, its id in the terminal.
    if (name === 'shell') for (const person of ['bob', 'cat', 'dev']) expect(digest).toContain(`id ${prompt(person)}`);
    if (name === 'slack') expect(digest.match(/"action_id":"item"/g)).toHaveLength(3);

    const notices = await h.db.selectFrom('notices').select(['prompt_id', 'kind', 'step', 'target', 'recipient_id']).where('kind', '=', 'escalation').where('recipient_id', '=', 'ann').orderBy('prompt_id').execute();
    expect(notices).toEqual(['bob', 'cat', 'dev'].map((person) => ({ prompt_id: prompt(person), kind: 'escalation', step: 1, target: 'manager', recipient_id: 'ann' })));
    // Sealed, each its own evidence row.
    expect((await verifyAudit(h.db)).problems).toEqual([]);
  });

  it('the compliance channel gets one message per tick: Ann alone at 13:00, all four at 15:00', async () => {
    await h.runUntil('2026-11-23T15:00:00Z');
    await channel.deliver();
    const escalations = channel.channelMessages().filter((m) => m.startsWith('Escalation'));
    expect(escalations).toHaveLength(2);
    // One item reads as a message of its own.
    expect(escalations.filter((m) => m.startsWith(`Escalation: ${late('Ann Lee')}.`))).toHaveLength(1);
    const all = escalations.find((m) => m.startsWith('Escalation: 4 checks have not been answered.'))!;
    for (const person of ['Ann Lee', ...REPORTS]) expect(all).toContain(`${person} has not answered "Did today's backup complete?" — for Mon 23 Nov, asked 6 hours ago (due Mon 23 Nov, 17:00)`);
    expect(await h.db.selectFrom('notices').select('id').where('kind', '=', 'escalation').where('target', '=', 'compliance-channel').execute()).toHaveLength(5);
  });

  it('running the same tick again sends nothing more, even when the ladder is looked at afresh', async () => {
    await h.runUntil('2026-11-23T13:00:00Z');
    await channel.deliver();
    const before = { outbox: await h.count('outbox'), notices: await h.count('notices'), ann: annsEscalations().length, channel: channel.channelMessages().length };

    await h.tick(); // the same tick, again
    // As if a crash had left the ladder to be worked out again a moment later: the notices are on record, so nobody is told twice.
    await h.db.updateTable('prompts').set({ next_action_at: '2026-11-23T13:00:00.000Z' }).execute();
    h.clock.set('2026-11-23T13:01:00Z');
    await h.tick();
    await channel.deliver();

    expect({ outbox: await h.count('outbox'), notices: await h.count('notices'), ann: annsEscalations().length, channel: channel.channelMessages().length }).toEqual(before);
  });

  it.skipIf(name === 'shell')("an item's Open button says where it stands to a manager of its person, and nothing to anyone else", async () => {
    await h.runUntil('2026-11-23T13:00:00Z');
    await channel.deliver();
    await channel.answer('dev', prompt('dev'), 'yes');

    expect(await channel.openItem('ann', prompt('cat'))).toBe(`Cat Jones: "Did today's backup complete?" — for Mon 23 Nov. Not answered yet; due Mon 23 Nov, 17:00. It is in Cat Jones's pending list until then.`);
    expect(await channel.openItem('ann', prompt('dev'))).toBe(`Dev Patel: "Did today's backup complete?" — for Mon 23 Nov. Yes, answered by Dev Patel at Mon 23 Nov, 13:00.`);
    expect(await channel.openItem('bob', prompt('cat'))).toBe('Sorry: only Cat Jones, their managers and the compliance lead may see that item.');
    expect(await h.count('answers')).toBe(1);
  });
});
