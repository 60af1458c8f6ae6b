import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Runs `vigil start` as a real process with the session script piped to its stdin. */
function runSession(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [
    `${root}bin/vigil.js`, 'start', '--config', `${root}test/fixtures/acme.yaml`, '--at', '2026-11-23T08:50:00Z', '--as', 'cat',
  ], { cwd: root, env: { ...process.env, SLACK_BOT_TOKEN: '', MICROSOFT_APP_ID: '', VIGIL_DB: '' } });
  createReadStream(script).pipe(child.stdin);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The lines of `text` from the first that starts with `start` up to the next `── ` time line. */
function block(text: string, start: string): string {
  const from = text.indexOf(start);
  expect(from, `no "${start}" in output`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(from + start.length);
  const end = rest.search(/\n── |\nNow /);
  return start + (end < 0 ? rest : rest.slice(0, end));
}

describe('a piped terminal session of a simulated week (test/sessions/week.txt)', async () => {
  const { code, stdout, stderr } = await runSession(`${root}test/sessions/week.txt`);

  it('exits cleanly at the end, without colour when not on a TTY', () => {
    expect(code).toBe(0);
    expect(stdout.trim().endsWith('Bye.')).toBe(true);
    expect(stdout).not.toMatch(/\x1b\[/);
    expect(stderr).toBe('vigil: the terminal chat runs on a simulated clock, so it keeps its answers in memory; pass --db FILE to keep them.\n');
  });

  it('issues Monday\'s prompts at 09:00, in full for the person you are', () => {
    expect(stdout).toContain('It is Monday, 23 November 2026, 08:50 (Europe/London), simulated.');
    expect(block(stdout, '── Mon 23 Nov, 09:00 ──')).toBe(`── Mon 23 Nov, 09:00 ──
→ Vigil asks Bob Stone: Did today's backup complete? — for Mon 23 Nov
→ Vigil asks Cat Jones:
    Did today's backup complete? — for Mon 23 Nov
    Due: Mon 23 Nov, 17:00 (Europe/London)
    Policy: Backups
    [Yes] [No]
→ Vigil asks Dev Patel: Did today's backup complete? — for Mon 23 Nov`);
  });

  it('records answers; a "No" opens a finding and tells the manager', () => {
    expect(stdout).toContain('You have 1 to answer:\n  1. Did today\'s backup complete? — for Mon 23 Nov (due Mon 23 Nov, 17:00) id backup/person:cat/2026-11-23T09:00:00.000Z\nRecorded Yes for "Did today\'s backup complete?" at Mon 23 Nov, 09:00.');
    expect(stdout).toContain('Recorded No (the backup drive was unplugged) for "Did today\'s backup complete?" at Mon 23 Nov, 09:00. A finding is open until the answer to this question is changed or a manager resolves it with a note. Your manager has been told.');
    expect(stdout).toContain('→ Vigil tells Ann Lee: Bob Stone answered No to "Did today\'s backup complete?": the backup drive was unplugged.');
  });

  it('advance runs the engine: a reminder at 11:00, the manager at 13:00, the channel at 15:00', () => {
    expect(block(stdout, '── Mon 23 Nov, 11:00 ──')).toBe(`── Mon 23 Nov, 11:00 ──
→ Vigil reminds Dev Patel:
    Reminder: Did today's backup complete? — for Mon 23 Nov
    Still waiting for your answer; due Mon 23 Nov, 17:00.
    [Yes] [No]`);
    expect(block(stdout, '── Mon 23 Nov, 13:00 ──')).toBe('── Mon 23 Nov, 13:00 ──\n→ Vigil escalates to Ann Lee: For your attention: Dev Patel has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 4 hours ago (due Mon 23 Nov, 17:00).');
    expect(block(stdout, '── Mon 23 Nov, 15:00 ──')).toBe('── Mon 23 Nov, 15:00 ──\n→ Vigil escalates to #compliance: Escalation: Dev Patel has not answered "Did today\'s backup complete?" — for Mon 23 Nov, asked 6 hours ago (due Mon 23 Nov, 17:00).');
  });

  it('shows status as each person may see it', () => {
    expect(stdout).toContain(`Status at Mon 23 Nov, 17:00, for Dev Patel

This period:
  backup: 0/1 answered, 1 missed

Last 12 weeks, share answered:
  W48 0%

Last 84 days, per person:
  Dev Patel: 1 of 1 backup missed; 0% on time

Outstanding:
  Dev Patel: 0 open, 1 overdue
    overdue: Did today's backup complete? (closed Mon 23 Nov, 17:00)

Open findings:
  none`);
    const ann = block(stdout, 'Status at Mon 23 Nov, 17:00, for everyone');
    expect(ann).toContain('  backup: 2/3 answered, 1 No, 1 missed');
    expect(ann).toContain('Last 84 days, per person:\n  Dev Patel: 1 of 1 backup missed; 0% on time\n  2 others: 100% on time\n');
    expect(ann).toMatch(/\[[0-9a-f]{8}\] Bob Stone: Did today's backup complete\?: the backup drive was unplugged \(since Mon 23 Nov, 09:00\)/);
    expect(ann).toContain('Suppliers needing attention:\n  Dropbox: GDPR statement awaited');
  });

  it('a later Yes leaves the finding open, shown as passed since; changing the answer that opened it closes it and tells both', () => {
    expect(stdout).toContain('Recorded Yes for "Did today\'s backup complete?" at Tue 24 Nov, 17:00.\n');
    expect(block(stdout, 'Status at Tue 24 Nov, 17:00, for Bob Stone\'s team')).toMatch(
      /\[[0-9a-f]{8}\] Bob Stone: Did today's backup complete\?: the backup drive was unplugged \(since Mon 23 Nov, 09:00; passed since Tue 24 Nov\)/,
    );
    expect(stdout).toContain('Recorded Yes for "Did today\'s backup complete?" at Tue 24 Nov, 17:00. It was late, and is marked so. This replaces your earlier answer (kept on record as revision 1). That closes the finding your earlier answer opened; you and your manager are told.');
    const closed = 'Closed the finding on Bob Stone\'s No to "Did today\'s backup complete?" (Mon 23 Nov). Bob Stone changed the answer to Yes.';
    expect(stdout).toContain(`→ Vigil tells Ann Lee: ${closed}`);
    expect(stdout).toContain(`→ Vigil tells Bob Stone:\n    ${closed}`);
  });

  it('a wrong item number is refused; a checklist ticks by number; a late answer is marked', () => {
    expect(stdout).toContain('Sorry: there is no item 2; you have 1 (pending lists them).');
    // What is open comes first, numbered; what closed unanswered is counted apart, to answer late on purpose.
    expect(stdout).toContain(`You have 1 to answer:
  1. Is two-factor authentication on for each of your accounts? — for week 48 (due Fri 27 Nov, 10:00) id two-factor/person:bob/2026-11-25T10:00:00.000Z
     items: 1. Xero  2. Dropbox
Missed, past their close (say \`pending missed\` to see them and answer late on purpose):
  "Did today's backup complete?" for Wed 25 Nov (closed Wed 25 Nov, 17:00)
Recorded 1/2 ticked`);
    expect(stdout).toContain('Recorded 1/2 ticked (not done: Dropbox) for "Is two-factor authentication on for each of your accounts?" at Wed 25 Nov, 17:00.');
    expect(stdout).toContain('Recorded Yes for "Did today\'s backup complete?" at Wed 25 Nov, 17:00. It was late, and is marked so.');
  });

  it('runs through the week: prompts each weekday, none at the weekend, and a final status', () => {
    const days = [...stdout.matchAll(/── (\w{3} \d\d Nov), 09:00 ──\n→ Vigil asks/g)].map((m) => m[1]);
    expect(days).toEqual(['Mon 23 Nov', 'Tue 24 Nov', 'Wed 25 Nov', 'Thu 26 Nov', 'Fri 27 Nov']);
    expect(stdout).toContain('Now Sat 28 Nov, 17:00.');
    const final = block(stdout, 'Status at Sat 28 Nov, 17:00, for everyone');
    expect(final).toContain('  backup: 0/3 answered, 3 missed\n  two-factor: 1/1 answered, 1 No');
    expect(final).toContain('Open findings:\n  [');
    expect(stdout).toContain('I can\'t find a supplier we use for CRM in our register. Please ask Ann Lee (ann@acme.example).');
  });
});

describe('quit', () => {
  it('ends the terminal chat at once, though its input (a terminal, a pipe) stays open', async () => {
    const child = spawn(process.execPath, [`${root}bin/vigil.js`, 'start', '--config', `${root}test/fixtures/acme.yaml`, '--at', '2026-11-23T08:50:00Z'], {
      cwd: root, env: { ...process.env, SLACK_BOT_TOKEN: '', MICROSOFT_APP_ID: '', VIGIL_DB: '' },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('quit\n');
    const outcome = await Promise.race([closed, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 15_000))]);
    child.stdin.end();
    child.kill();
    expect(outcome).toBe(0);
    expect(stdout.trim().endsWith('Bye.')).toBe(true);
  }, 30_000);
});
