// Issue 21, "must show": a simulated six weeks of the demo workspace in the terminal chat, as a
// real process with a piped session, Christmas included and nobody answering: no reminder or
// escalation on a weekend, a holiday or an evening, and no two prompts that read the same.
import { describe, expect, it } from 'vitest';
import { root, runDemoSession as runSession } from './fixtures/demo-session.ts';

/** The office's days off in the run: Christmas Eve to New Year's Eve (the demo's dates and the bank holidays), New Year's Day. */
const DAYS_OFF = ['Thu 24 Dec', 'Fri 25 Dec', 'Mon 28 Dec', 'Tue 29 Dec', 'Wed 30 Dec', 'Thu 31 Dec', 'Fri 1 Jan'];

describe('six simulated weeks of the demo workspace in the terminal chat (test/sessions/demo-weeks.txt)', async () => {
  const { code, stdout } = await runSession(`${root}test/sessions/demo-weeks.txt`);
  /** Each "── Mon 30 Nov, 09:00 ──" block: its day, time and lines. */
  const blocks = stdout.split(/^── /m).slice(1).map((b) => {
    const [head, ...lines] = b.split('\n');
    const [, day, time] = /^(\w{3} \d{1,2} \w{3}), (\d\d:\d\d) ──/.exec(head!)!;
    return { day: day!, time: time!, lines };
  });

  it('runs the six weeks to the end', () => {
    expect(code).toBe(0);
    expect(blocks.length).toBeGreaterThan(50);
    expect(blocks.at(-1)!.day).toMatch(/Jan$/);
  });

  it('sends nothing on a weekend or a day off, and nothing outside working hours after the start', () => {
    const wrong = blocks.slice(1).filter((b) => /^(Sat|Sun)/.test(b.day) || DAYS_OFF.includes(b.day) || b.time < '09:00' || b.time > '17:30');
    expect(wrong.map((b) => `${b.day}, ${b.time}: ${b.lines[0]}`)).toEqual([]);
    expect(blocks.some((b) => b.lines.some((l) => l.startsWith('→ Vigil escalates')))).toBe(true);
  });

  it('never shows two prompts that read the same: each repeat names its day or period', () => {
    const asks: string[] = [];
    const lines = stdout.split('\n');
    lines.forEach((line, i) => {
      const ask = /^→ Vigil asks ([^:]+):(?: (.*))?$/.exec(line);
      if (ask) asks.push(`${ask[1]}: ${ask[2] ?? lines[i + 1]!.trim()}`);
    });
    expect(asks.length).toBeGreaterThan(100);
    expect(asks.filter((a, i) => asks.indexOf(a) !== i)).toEqual([]);
    expect(asks.filter((a) => !a.includes(' — for '))).toEqual([]);
  });
});
