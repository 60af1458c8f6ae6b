import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/store/index.ts';
import { ENGINE_BASE, type Harness } from '../fixtures/engine-harness.ts';
import { CHANNELS, openContract, prompt, type ContractBed } from './bed.ts';
import type { ChannelDriver } from './drivers.ts';

const tuesday = (person: string) => `backup/person:${person}/2026-11-24T09:00:00.000Z`;

/** Someone away, through every channel: `away`/`back` in chat, and vigil.yaml's absences. */
describe.each(CHANNELS)('channel contract, absences: %s', (name, make) => {
  let h: Harness;
  let channel: ChannelDriver;
  let bed: ContractBed;

  afterEach(() => bed.close());

  async function open(base?: string) {
    ({ h, channel } = bed = await openContract(make, base));
  }

  async function dayLater(until: string) {
    await h.runUntil(until);
    await channel.deliver();
  }

  it('away with a delegate: the delegate is asked and answers on their behalf, recorded as such; back ends it', async () => {
    await open();
    const reply = await channel.ask('cat', 'away until 25 Nov, delegate to Dev');
    expect(reply).toContain('Recorded: you are away from now until the end of Wed 25 Nov. Dev Patel is asked your checks meanwhile, and may answer them on your behalf (recorded as such).');
    expect(await h.db.selectFrom('absences').select(['person_id', 'delegate_id', 'declared_by', 'channel', 'ends_at']).execute())
      .toEqual([{ person_id: 'cat', delegate_id: 'dev', declared_by: 'cat', channel: name, ends_at: '2026-11-26T00:00:00.000Z' }]);

    await dayLater('2026-11-24T09:00:00Z');
    expect(channel.messagesTo('dev').join('\n')).toContain('Cat Jones is away until the end of Wed 25 Nov: you will be asked their checks meanwhile');
    expect(channel.promptsSeenBy('cat')).not.toContain("Did today's backup complete? — for Tue 24 Nov");
    expect(channel.promptsSeenBy('dev').filter((t) => t === "Did today's backup complete? — for Tue 24 Nov")).toHaveLength(2); // his own, and Cat's

    expect(await channel.command('dev', 'pending')).toContain("Did today's backup complete? — for Tue 24 Nov on behalf of Cat Jones (away) (due Tue 24 Nov, 17:00)");
    const shown = await channel.answer('dev', tuesday('cat'), 'yes');
    expect(shown).toMatch(/Yes/);
    expect(await h.db.selectFrom('answers').select(['prompt_id', 'answered_by', 'channel']).execute()).toEqual([{ prompt_id: tuesday('cat'), answered_by: 'dev', channel: name }]);
    // Whoever covers the item may open it from a digest, as its assignee may.
    if (name !== 'shell') expect(await channel.openItem('dev', tuesday('cat'))).toMatch(/^Cat Jones: "Did today's backup complete\?" — for Tue 24 Nov\. Yes, answered by Dev Patel/);
    // Monday's, open when she left, was not chased and closed excused.
    expect((await h.db.selectFrom('prompts').select('status').where('id', '=', prompt('cat')).executeTakeFirstOrThrow()).status).toBe('excused');

    expect(await channel.ask('cat', 'back')).toContain('Welcome back: your absence is ended as of Tue 24 Nov, 09:00');
    expect(await h.db.selectFrom('absences').select(['ends_at', 'ended_by']).execute()).toEqual([{ ends_at: '2026-11-24T09:00:00.000Z', ended_by: 'cat' }]);
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('while away nobody is reminded or escalated about them, and each occurrence is counted excused in status', async () => {
    await open();
    expect(await channel.ask('dev', 'away until 24 Nov')).toContain('each check in that time is recorded as excused, not missed');
    await dayLater('2026-11-24T18:00:00Z');
    const aboutDev = (texts: string[]) => texts.filter((t) => t.includes('Dev Patel has'));
    expect(aboutDev(channel.messagesTo('ann'))).toEqual([]); // his manager
    expect(aboutDev(channel.channelMessages())).toEqual([]);
    expect(channel.messagesTo('dev').filter((t) => t.includes('Reminder'))).toEqual([]);
    expect(channel.promptsSeenBy('dev')).not.toContain("Did today's backup complete? — for Tue 24 Nov");
    // Others are chased as usual.
    expect(channel.messagesTo('ann').some((t) => t.includes('Bob Stone has not answered'))).toBe(true);

    const status = await channel.command('dev', 'status');
    expect(status).toContain('backup: 0/1 answered, 1 excused (away)');
    expect(status).toContain('Dev Patel: 2 excused (away)');
    expect(status).toContain('Dev Patel: until the end of Tue 24 Nov');
  });

  it('a vigil.yaml absence: no prompt to the person, excused in status', async () => {
    await open(ENGINE_BASE.replace('attestations:\n', 'absences:\n  - { person: bob, from: 2026-11-23, until: 2026-11-24 }\nattestations:\n'));
    expect(channel.promptsSeenBy('bob')).toEqual([]);
    expect(channel.promptsSeenBy('cat')).toContain("Did today's backup complete? — for Mon 23 Nov");
    expect(await channel.command('bob', 'status')).toContain('1 excused (away)');
  });

  it('staff record only their own absence; a manager may record a report\'s; a date that could be two days is refused', async () => {
    await open();
    expect(await channel.ask('dev', 'away for cat until 25 Nov')).toContain('only Cat Jones, their manager or the compliance lead may record their absence');
    expect(await channel.ask('cat', 'away until 3/4')).toContain('"3/4" could be 3 Apr or 4 Mar: write the month in words (3 Apr)');
    expect(await channel.ask('cat', 'away until 20 Nov')).toContain('20 Nov 2026 is past');
    expect(await h.count('absences')).toBe(0);
    expect(await channel.ask('bob', 'away for cat until 25 Nov')).toContain('Recorded: Cat Jones is away from now until the end of Wed 25 Nov.');
    expect(await h.db.selectFrom('absences').select(['person_id', 'declared_by']).execute()).toEqual([{ person_id: 'cat', declared_by: 'bob' }]);
    await channel.deliver();
    expect(channel.messagesTo('cat').join('\n')).toContain('Bob Stone recorded you as away until the end of Wed 25 Nov');
  });

  it('preview plans an absence as the engine will: the delegate reminded, nobody told about the absent person until they are back', async () => {
    await open();
    await channel.ask('cat', 'away until 25 Nov, delegate to Dev');
    const shown = await channel.command('bob', 'preview');
    expect(shown).toContain('Tue 24 Nov, 11:00: Dev Patel (covering for Cat Jones) is reminded "Did today\'s backup complete?"');
    expect(shown).not.toMatch(/(Mon 23|Tue 24|Wed 25) Nov, \d\d:\d\d: Bob Stone is told Cat Jones has not answered/);
    expect(shown).toContain('Thu 26 Nov, 13:00: Bob Stone is told Cat Jones has not answered "Did today\'s backup complete?"');
  });
});
