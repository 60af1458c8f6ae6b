// Issue 21, clear prompts: after six simulated weeks of the demo workspace with nobody answering
// (as after six weeks away), `pending` is short. Before, Amy had 31 items to answer, 23 of them
// identical lines. A real process with a piped session (test/sessions/demo-away.txt).
import { describe, expect, it } from 'vitest';
import { root, runDemoSession as runSession } from './fixtures/demo-session.ts';

describe('pending after six weeks away in the demo workspace (test/sessions/demo-away.txt)', async () => {
  const { code, stdout } = await runSession(`${root}test/sessions/demo-away.txt`);
  const after = stdout.slice(stdout.indexOf('You are now Amy Hughes'));
  const pending = after.slice(after.indexOf('You have'), after.indexOf('You missed'));
  const missed = after.slice(after.indexOf('You missed'), after.indexOf('Sorry: say which question'));
  const cloud = "Is all of today's client work saved in the cloud (Xero, Receipt Bank, Dropbox or Google Drive), with nothing kept only on your computer?";

  it('lists what is open by its period, and the 30 missed as four lines, one per question', () => {
    expect(code).toBe(0);
    expect(pending).toBe(`You have 3 to answer:
  1. Are these all installed and switched on on your computer? — for January 2027 (due Mon 11 Jan, 10:00) id protection-on/person:amy/2027-01-01T10:00:00.000Z
     items: 1. Anti-virus  2. Anti-malware  3. Anti-ransomware  4. Firewall
  2. Is two-step authentication on for each of your accounts? — for January 2027 (due Mon 11 Jan, 10:00) id two-factor/person:amy/2027-01-02T10:00:00.000Z
     items: 1. Xero  2. Receipt Bank  3. AutoEntry  4. Google Drive
  3. Did the anti-virus scan run on your computer this week and come back clean? — for week 1 (due Tue 12 Jan, 10:00) id av-scan/person:amy/2027-01-08T10:00:00.000Z
Missed, past their close (say \`pending missed\` to see them and answer late on purpose):
  5 of "Did the anti-virus scan run on your computer this week and come back clean?", the latest for week 52 (closed Mon 4 Jan, 10:00)
  23 of "${cloud}", the latest for Fri 8 Jan (closed Fri 8 Jan, 17:30)
  "Are these all installed and switched on on your computer?" for December 2026 (closed Tue 8 Dec, 10:00)
  "Is two-step authentication on for each of your accounts?" for December 2026 (closed Wed 9 Dec, 10:00)
`);
  });

  it('pending missed lists the missed ones, each dated and with its number and id, capped with how to see the rest', () => {
    const lines = missed.trim().split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(missed.startsWith('You missed 30, past their close; an answer now is recorded as late:\n')).toBe(true);
    expect(lines).toHaveLength(8);
    expect(lines.every((l) => / — for .+ \(missed, closed .+\) id \S+$/.test(l))).toBe(true);
    expect(new Set(lines.map((l) => l.replace(/^ {2}\d+\. /, ''))).size).toBe(8);
    expect(missed.trim().endsWith('  and 22 more: say `pending all`')).toBe(true);
  });

  it('yes to all needs the count of one question\'s repeats: 7 matches none and is refused naming each; 23 answers the daily check\'s 23, each as its own late answer', () => {
    expect(after).toContain('Sorry: say which question: 2 of "Are these all installed and switched on on your computer?" (put 1 first); 2 of "Is two-step authentication on for each of your accounts?" (put 2 first); 6 of "Did the anti-virus scan run on your computer this week and come back clean?" (put 3 first); 23 of "' + cloud + '" (put 5 first); nothing was recorded.');
    const recorded = after.split('\n').filter((l) => l.startsWith('Recorded'));
    expect(recorded).toEqual(Array(23).fill(`Recorded Yes for "${cloud}" at Mon 11 Jan, 08:50. It was late, and is marked so.`));
    const last = after.slice(after.lastIndexOf('You have 3 to answer:'));
    expect(last).toContain('Missed, past their close');
    expect(last).not.toContain(cloud);
  });
});
