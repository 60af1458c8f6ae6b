import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFindings } from '../../src/store/index.ts';
import { ENGINE_BASE, type Harness } from '../fixtures/engine-harness.ts';
import { CHANNELS, openContract, prompt, type ContractBed } from './bed.ts';
import type { ChannelDriver } from './drivers.ts';

/** The same conversation behaviours, through every channel. */
describe.each(CHANNELS)('channel contract: %s', (name, make) => {
  let h: Harness;
  let channel: ChannelDriver;
  let bed: ContractBed;

  beforeEach(async () => {
    ({ h, channel } = bed = await openContract(make));
  });

  afterEach(() => bed.close());

  it('shows each person their prompt, naming the day it is for', () => {
    for (const person of ['ann', 'bob', 'cat', 'dev']) expect(channel.promptsSeenBy(person)).toContain("Did today's backup complete? — for Mon 23 Nov");
  });

  it('dates every repeat of a daily prompt, so Monday\'s and Tuesday\'s read differently', async () => {
    h.clock.set('2026-11-24T09:00:00Z');
    await h.tick();
    await channel.deliver();
    const seen = channel.promptsSeenBy('cat');
    expect(seen).toContain("Did today's backup complete? — for Mon 23 Nov");
    expect(seen).toContain("Did today's backup complete? — for Tue 24 Nov");
    expect(seen.filter((title) => title === "Did today's backup complete?")).toEqual([]);
  });

  it('a Friday prompt whose window runs into the weekend is not chased on Saturday or Sunday: its reminder and escalation wait for Monday', async () => {
    await bed.close();
    const weekly = `  - id: weekly-av
    question: Did this week's anti-virus scan run cleanly?
    schedule: "0 16 * * 5"
    audience: { people: [cat] }
    window: P1D
    reminders: [PT20H]
    escalation:
      - { after: PT22H, to: manager }
`;
    ({ h, channel } = bed = await openContract(make, ENGINE_BASE + weekly));
    const aboutScan = () => [...channel.messagesTo('cat'), ...channel.messagesTo('bob'), ...channel.channelMessages()].filter((t) => t.includes('anti-virus'));
    await h.runUntil('2026-11-27T16:00:00Z');
    await channel.deliver();
    expect(channel.promptsSeenBy('cat')).toContain("Did this week's anti-virus scan run cleanly? — for week 48");
    // Its window would close on Saturday: it closes on the next working day instead.
    expect((await h.db.selectFrom('prompts').select('closes_at').where('attestation_id', '=', 'weekly-av').executeTakeFirstOrThrow()).closes_at).toBe('2026-11-30T16:00:00.000Z');
    const beforeWeekend = aboutScan().length;
    await h.runUntil('2026-11-29T23:59:00Z');
    await channel.deliver();
    expect(aboutScan()).toHaveLength(beforeWeekend);
    await h.runUntil('2026-11-30T12:00:00Z');
    await channel.deliver();
    const monday = aboutScan().slice(beforeWeekend);
    expect(monday.some((t) => /remind/i.test(t))).toBe(true); // Cat, on Monday morning
    expect(monday.some((t) => t.includes('Cat Jones'))).toBe(true); // her manager, Bob
  });

  it('records a Yes from the assignee, through this channel, and shows it', async () => {
    const shown = await channel.answer('cat', prompt('cat'), 'yes');
    expect(shown).toMatch(/Yes/);
    expect(shown).toContain('09:00');
    expect(await h.db.selectFrom('answers').select(['answered_by', 'value', 'channel']).execute()).toEqual([{ answered_by: 'cat', value: 'yes', channel: name }]);
  });

  it('a No needs a reason; with one it opens a finding', async () => {
    await channel.answer('dev', prompt('dev'), 'no', 'the NAS was full');
    expect(await openFindings(h.db)).toMatchObject([{ assigneeId: 'dev', reason: 'the NAS was full' }]);
  });

  it("refuses someone answering another person's prompt, and records nothing", async () => {
    const shown = await channel.answer('dev', prompt('bob'), 'yes');
    expect(shown).toContain('only Bob Stone (or a delegate they name) may answer this');
    expect(await h.count('answers')).toBe(0);
  });

  it('status is scoped to what the person may see', async () => {
    const status = await channel.command('cat', 'status');
    expect(status).toContain('Status at Mon 23 Nov, 09:00, for Cat Jones');
    expect(status).not.toContain('Bob Stone');
  });

  it.skipIf(name === 'shell')('a command from a channel others share is answered for the sender, and not to the whole channel', async () => {
    const reply = (await channel.commandInChannel('cat', 'status'))!;
    expect(reply.text).toContain('Status at Mon 23 Nov, 09:00, for Cat Jones');
    expect(reply.text).not.toContain('Bob Stone');
    // Slack: only the sender sees it; Teams has no such message, so it goes to their personal chat
    // and the channel sees at most a note saying so.
    expect(reply.where).toBe(name === 'slack' ? 'ephemeral' : 'personal chat');
    expect(reply.posted.filter((text) => text.includes('Status at'))).toEqual([]);
  });

  it('after a week of missed daily checks, pending is short: today\'s check (with its id where answers are typed) and the missed week on one line', async () => {
    await h.runUntil('2026-11-30T09:00:00Z');
    await channel.deliver();
    const shown = await channel.command('dev', 'pending');
    expect(shown).toContain(`You have 1 to answer:
  1. Did today's backup complete? — for Mon 30 Nov (due Mon 30 Nov, 17:00)${name === 'shell' ? ' id backup/person:dev/2026-11-30T09:00:00.000Z' : ''}
Missed, past their close (say \`pending missed\` to see them and answer late on purpose):
  5 of "Did today's backup complete?", the latest for Fri 27 Nov (closed Fri 27 Nov, 17:00)`);
    // No undated line, and none of the missed week listed one by one.
    expect(shown.match(/Did today's backup complete\?/g)).toHaveLength(2);
    expect(shown).not.toContain('— for Mon 23 Nov');
  });

  it.skipIf(name !== 'slack')('App Home lists a missed week as one line, and today\'s check by its day', async () => {
    await h.runUntil('2026-11-30T09:00:00Z');
    const home = (await channel.home('dev'))!;
    expect(home).toContain("Did today's backup complete? — for Mon 30 Nov (due Mon 30 Nov, 17:00)");
    expect(home).toContain("Did today's backup complete? — 5 missed, the latest for Fri 27 Nov (answer late from their messages)");
    expect(home.match(/Did today's backup complete\?/g)).toHaveLength(2);
  });

  it('preview shows a manager who would be reminded and escalated to today, for themselves and their reports, and writes nothing; staff are told it is for managers', async () => {
    const before = await h.count('outbox');
    const shown = await channel.command('bob', 'preview');
    expect(shown).toContain(`If nobody answers, in the next 7 days (you and your report; nothing is sent or written):
  Mon 23 Nov, 11:00: Bob Stone is reminded "Did today's backup complete?"
  Mon 23 Nov, 11:00: Cat Jones is reminded "Did today's backup complete?"
  Mon 23 Nov, 13:00: Ann Lee is told Bob Stone has not answered "Did today's backup complete?"
  Mon 23 Nov, 13:00: Bob Stone is told Cat Jones has not answered "Did today's backup complete?"`);
    expect(shown).not.toContain('Dev Patel');
    expect(await h.count('outbox')).toBe(before);
    expect(await h.count('answers')).toBe(0);
    expect(await channel.command('dev', 'preview')).toContain('Sorry: preview is for managers and compliance: it shows who would be reminded or escalated to, and when.');
  });

  it('any other text is a question answered from the register', async () => {
    expect(await channel.ask('cat', 'who is our data protection contact?')).toContain('For data protection, ask Ann Lee (ann@acme.example).');
  });

  it('a second press of the same No records nothing new: one revision, one finding, one notice to the manager, and says "Already recorded"', async () => {
    await channel.answer('dev', prompt('dev'), 'no', 'the NAS was full');
    h.clock.set('2026-11-23T09:07:00Z');
    const again = await channel.answer('dev', prompt('dev'), 'no', 'the NAS was full');
    expect(again).toContain('Already recorded for "Did today\'s backup complete?": No (the NAS was full), answered by Dev Patel at Mon 23 Nov, 09:00. Nothing new was recorded.');
    expect(await h.db.selectFrom('answers').select(['revision', 'value', 'reason']).execute()).toEqual([{ revision: 1, value: 'no', reason: 'the NAS was full' }]);
    expect(await openFindings(h.db)).toHaveLength(1);
    await channel.deliver();
    expect(channel.messagesTo('ann').filter((m) => m.includes('answered No'))).toHaveLength(1); // Dev's manager, told once
  });

  it('a second press of Yes says "Already recorded"; a real change is still a new revision', async () => {
    await channel.answer('cat', prompt('cat'), 'yes');
    expect(await channel.answer('cat', prompt('cat'), 'yes')).toContain('Already recorded for "Did today\'s backup complete?": Yes, answered by Cat Jones at Mon 23 Nov, 09:00.');
    expect(await h.count('answers')).toBe(1);
    await channel.answer('cat', prompt('cat'), 'no', 'it failed after all');
    expect(await h.db.selectFrom('answers').select(['revision', 'value']).orderBy('revision').execute()).toEqual([{ revision: 1, value: 'yes' }, { revision: 2, value: 'no' }]);
  });

  it('twenty separate presses of Yes record one revision', async () => {
    const shown = [];
    for (let i = 0; i < 20; i++) shown.push(await channel.answer('bob', prompt('bob'), 'yes'));
    expect(shown.filter((s) => s.includes('Already recorded'))).toHaveLength(19);
    expect(await h.db.selectFrom('answers').select(['revision', 'answered_by']).execute()).toEqual([{ revision: 1, answered_by: 'bob' }]);
  });

  it('refuses an oversized reason or question on the server and records nothing', async () => {
    expect(await channel.answer('dev', prompt('dev'), 'no', 'x'.repeat(2001))).toContain('the reason is too long (2,001 characters; at most 2,000)');
    expect(await h.count('answers')).toBe(0);
    expect(await channel.ask('cat', `where is ${'our data '.repeat(120)}kept?`)).toContain('the question is too long (1,094 characters; at most 1,000)');
    expect(await channel.ask('cat', 'who is our data protection contact?')).toContain('Ann Lee');
  });
});
