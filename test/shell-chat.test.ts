import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runShell } from '../src/bot/terminal.ts';
import { memoryLogger } from '../src/logger.ts';
import { DAILY_BACKUP, Harness } from './fixtures/engine-harness.ts';
import { latestAnswers } from '../src/store/index.ts';

let h: Harness;
beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
});
afterEach(() => h.close());

/** Runs the terminal chat in-process over the lines given, as `who`, and returns what it printed. */
async function chat(lines: string[], who = 'cat'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (c: Buffer) => (shown += c.toString()));
  const done = runShell({ db: h.db, engine: h.engine, clock: h.clock, logger: memoryLogger(), input, output, as: who });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return shown;
}

describe('the terminal chat', () => {
  it('answers a mistyped command with did-you-mean instead of reading it as a question', async () => {
    const shown = await chat(['pendng', 'statsu']);
    expect(shown).toContain('Did you mean pending? Type help for commands; anything else is a question about our suppliers and policies.');
    expect(shown).toContain('Did you mean status?');
    expect(shown).not.toMatch(/register|don't know/i);
  });

  it('still reads a one-word question that is no command as a question, and a question of several words', async () => {
    const shown = await chat(['retention', 'who is our data protection contact?']);
    expect(shown).not.toContain('Did you mean');
    expect(shown).toContain('For data protection, ask Ann Lee (ann@acme.example).');
  });
});

/** A daily check whose window stays open three days, so Monday's, Tuesday's and Wednesday's are open at once. */
const LONG_WINDOW = `  - id: expenses
    question: Are your expenses filed?
    schedule: "0 9 * * 1-5"
    audience: { people: [cat] }
    window: P3D
`;

describe('answering repeats of one question in the terminal chat', () => {
  const ids = ['2026-11-23', '2026-11-24', '2026-11-25'].map((day) => `expenses/person:cat/${day}T09:00:00.000Z`);
  let long: Harness;
  beforeEach(async () => {
    long = await Harness.open(LONG_WINDOW, '2026-11-23T09:00:00Z');
    await long.tick();
    await long.runUntil('2026-11-25T09:00:00Z');
  });
  afterEach(() => long.close());

  async function chatIn(lines: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (c: Buffer) => (shown += c.toString()));
    const done = runShell({ db: long.db, engine: long.engine, clock: long.clock, logger: memoryLogger(), input, output, as: 'cat' });
    input.end(lines.map((l) => `${l}\n`).join(''));
    await done;
    return shown;
  }

  it('pending shows the three open repeats on one line, and a bare yes asks which instead of answering the oldest', async () => {
    const shown = await chatIn(['pending', 'yes']);
    expect(shown).toContain('You have 3 to answer:\n  1, 2, 3. 3 open of "Are your expenses filed?", the latest for Wed 25 Nov due Mon 30 Nov, 09:00: say `yes to all 3` or answer one by its number');
    expect(shown).toContain('Sorry: you have 3 open of "Are your expenses filed?" (items 1, 2, 3): put the number first for one (1 yes), or say yes to all 3.');
    expect(await long.count('answers')).toBe(0);
  });

  it('yes to all 3 records each repeat as its own answer, at the time it is given', async () => {
    long.clock.set('2026-11-25T10:15:00Z');
    const shown = await chatIn(['yes to all 3']);
    expect(shown.match(/Recorded Yes for "Are your expenses filed\?" at Wed 25 Nov, 10:15\./g)).toHaveLength(3);
    const answers = await latestAnswers(long.db, ids);
    expect(ids.map((id) => [answers.get(id)?.value, answers.get(id)?.answeredAt.toISOString(), answers.get(id)?.late])).toEqual(
      ids.map(() => ['yes', '2026-11-25T10:15:00.000Z', false]),
    );
  });

  it('a wrong count in yes to all records nothing; a number answers just that one', async () => {
    const shown = await chatIn(['yes to all 2', '2 yes']);
    expect(shown).toContain('Sorry: "Are your expenses filed?" has 3 to answer, not 2; nothing was recorded (pending all lists them).');
    expect(shown).toContain('Recorded Yes for "Are your expenses filed?" at Wed 25 Nov, 09:00.');
    expect([...(await latestAnswers(long.db, ids)).keys()]).toEqual([ids[1]]);
  });
});

describe('what was missed past its close, in the terminal chat', () => {
  it('a bare yes does not answer a missed check; pending missed lists it with its id; answering by id is recorded as late', async () => {
    await h.tick();
    await h.runUntil('2026-11-24T08:00:00Z');
    const shown = await chat(['yes', 'pending missed', 'answer backup/person:cat/2026-11-23T09:00:00.000Z yes']);
    expect(shown).toContain('Sorry: nothing is open to answer now; 1 closed unanswered: pending missed lists them, and a number or answer <id> answers one late.');
    expect(shown).toContain('You missed 1, past their close; an answer now is recorded as late:\n  1. Did today\'s backup complete? — for Mon 23 Nov (missed, closed Mon 23 Nov, 17:00) id backup/person:cat/2026-11-23T09:00:00.000Z');
    expect(shown).toContain('Recorded Yes for "Did today\'s backup complete?" at Tue 24 Nov, 08:00. It was late, and is marked so.');
    expect(await h.count('answers')).toBe(1);
  });

  it('pending missed caps a long list and says how to see the rest; pending all lists everything', async () => {
    await h.tick();
    await h.runUntil('2026-12-07T08:00:00Z');
    const shown = await chat(['pending missed', 'pending all']);
    const missed = shown.slice(shown.indexOf('You missed 10, past their close; an answer now is recorded as late:'));
    const lines = missed.split('\n');
    expect(lines.slice(1, 10)).toEqual([
      ...['Mon 23', 'Tue 24', 'Wed 25', 'Thu 26', 'Fri 27', 'Mon 30'].map((day, i) => `  ${i + 1}. Did today's backup complete? — for ${day} Nov (missed, closed ${day} Nov, 17:00) id backup/person:cat/2026-11-${day.slice(4)}T09:00:00.000Z`),
      ...['Tue 1', 'Wed 2'].map((day, i) => `  ${i + 7}. Did today's backup complete? — for ${day} Dec (missed, closed ${day} Dec, 17:00) id backup/person:cat/2026-12-0${day.slice(4)}T09:00:00.000Z`),
      '  and 2 more: say `pending all`',
    ]);
    expect(shown).toContain('You have 10 to answer:');
    expect(shown).toContain('  10. Did today\'s backup complete? — for Fri 4 Dec (missed, closed Fri 4 Dec, 17:00) id backup/person:cat/2026-12-04T09:00:00.000Z');
  });

  it('yes to all 2 without a number picks the one question repeated twice; a count it does not have is refused by name and records nothing', async () => {
    await h.tick();
    await h.runUntil('2026-11-24T09:00:00Z');
    const shown = await chat(['yes to all 5', 'yes to all 2']);
    expect(shown).toContain('Sorry: "Did today\'s backup complete?" has 2 to answer, not 5; nothing was recorded (pending all lists them).');
    expect(shown).toContain('Recorded Yes for "Did today\'s backup complete?" at Tue 24 Nov, 09:00. It was late, and is marked so.');
    expect(shown).toContain('Recorded Yes for "Did today\'s backup complete?" at Tue 24 Nov, 09:00.\n');
    expect(await h.count('answers')).toBe(2);
  });
});
