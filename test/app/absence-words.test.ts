import { describe, expect, it } from 'vitest';
import { readAway } from '../../src/app/absence-words.ts';
import { readChatLine, readDirectMessage } from '../../src/app/conversation.ts';

const TODAY = '2026-11-29';
const words = (args: string) => {
  const reading = readAway(args, TODAY);
  if (!reading.ok) throw new Error(reading.refusal);
  return reading.words;
};
const refusal = (args: string) => {
  const reading = readAway(args, TODAY);
  if (reading.ok) throw new Error(`read ${JSON.stringify(reading.words)}`);
  return reading.refusal;
};

describe('away, in words', () => {
  it.each([
    ['until 14 Dec', { lastDay: '2026-12-14' }],
    ['until 14th December', { lastDay: '2026-12-14' }],
    ['till Dec 14', { lastDay: '2026-12-14' }],
    ['until 13/12', { lastDay: '2026-12-13' }],
    ['until 2026-12-14', { lastDay: '2026-12-14' }],
    ['14 Dec - 2 Jan', { firstDay: '2026-12-14', lastDay: '2027-01-02' }],
    ['from 14 Dec to 2 Jan 2027', { firstDay: '2026-12-14', lastDay: '2027-01-02' }],
    ['tomorrow', { firstDay: '2026-11-30', lastDay: '2026-11-30' }],
    ['on 3 Dec', { firstDay: '2026-12-03', lastDay: '2026-12-03' }],
    ['until 14 Dec, delegate to Sam', { lastDay: '2026-12-14', delegate: 'Sam' }],
    ['on leave until 2 Jan, covered by Sam Reed', { lastDay: '2027-01-02', delegate: 'Sam Reed' }],
    ['1 Dec - 4 Dec with bob covering', { firstDay: '2026-12-01', lastDay: '2026-12-04', delegate: 'bob' }],
    ['for cat until 14 Dec; delegate dev', { forWhom: 'cat', lastDay: '2026-12-14', delegate: 'dev' }],
  ])('reads "%s"', (args, expected) => {
    expect(words(args)).toEqual(expected);
  });

  it('refuses a date that could be two days, saying both', () => {
    expect(refusal('until 3/4')).toBe('"3/4" could be 3 Apr or 4 Mar: write the month in words (3 Apr)');
  });

  it('refuses a day already past, rather than reading it as next year', () => {
    expect(refusal('until 14 Nov')).toBe('14 Nov 2026 is past: say the last day you will be away, today or later');
    expect(refusal('until 2026-11-01')).toMatch(/is past/);
    expect(refusal('20 Nov - 2 Dec')).toBe('20 Nov 2026 is past: an absence starts today or later (what was missed stays missed)');
  });

  it('refuses a last day before the first, a day the calendar lacks, words it cannot read, and nothing at all', () => {
    expect(refusal('14 Dec - 2 Dec')).toMatch(/2 Dec 2026 is before 14 Dec 2026/);
    expect(refusal('until 30 Feb')).toBe('there is no 30 Feb');
    expect(refusal('until friday')).toMatch(/I could not read "friday" as a date: say, for example, `away until 14 Dec`/);
    expect(refusal('')).toMatch(/^away until when\?/);
    expect(refusal('1 Dec 2026 - 2 Jan 2028')).toMatch(/more than a year/);
  });

  it('is read as a command in every channel only when it says when; `back` alone (or for someone)', () => {
    expect(readChatLine('cat', 'away until 14 Dec')).toEqual({ kind: 'command', personId: 'cat', command: 'away', args: ['until', '14', 'Dec'] });
    expect(readChatLine('cat', 'back')).toEqual({ kind: 'command', personId: 'cat', command: 'back', args: [] });
    expect(readChatLine('cat', 'back for dev')).toMatchObject({ kind: 'command', command: 'back', args: ['for', 'dev'] });
    expect(readChatLine('cat', 'back up policy?')).toMatchObject({ kind: 'question' });
    expect(readChatLine('cat', 'away')).toMatchObject({ kind: 'question' });
    // A Slack DM: away and back are commands; help stays a question about the register.
    expect(readDirectMessage('cat', 'away until 14 Dec')).toMatchObject({ kind: 'command', command: 'away' });
    expect(readDirectMessage('cat', 'help')).toMatchObject({ kind: 'question', text: 'help' });
  });
});
