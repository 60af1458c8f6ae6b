import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli.ts';
import { openSqlite } from '../src/store/index.ts';
import { FakeSlack } from './fakes/fake-slack.ts';
import { MINIMAL_CONFIG, editLine, lineOf } from './fixtures/minimal-config.ts';

const root = new URL('..', import.meta.url).pathname;
let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs the CLI in-process with captured output. */
async function vigil(args: string[], env: NodeJS.ProcessEnv = {}, stdinText = '') {
  let stdout = '';
  let stderr = '';
  const output = new Writable({ write(chunk, _encoding, done) { stdout += String(chunk); done(); } });
  const io: CliIo = {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd,
    stdin: Readable.from([stdinText]), output, stopSignal: Promise.resolve(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('vigil check-config', () => {
  it.each([
    ['trekim', '5 people, 8 suppliers, 7 policies, 7 attestations'],
    ['service-firm', '4 people, 11 suppliers, 5 policies, 10 attestations'],
    ['stratum-customer', '4 people, 3 suppliers, 6 policies, 9 attestations'],
  ])('passes examples/%s with a one-line summary, then each schedule in words', async (name, counts) => {
    const file = join(root, 'examples', name, 'vigil.yaml');
    const result = await vigil(['check-config', file]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [summary, ...schedules] = result.stdout.trimEnd().split('\n');
    expect(summary).toBe(`${file}: ok: ${counts}`);
    expect(schedules).toHaveLength(Number(/(\d+) attestations/.exec(counts)![1]));
    expect(schedules).toContain('  gdpr-statement: on the first working day of each quarter at 10:00 (cron "0 10 1 1,4,7,10 *")');
  });

  it('says each schedule back in words, cron or words as written', async () => {
    const text = editLine(MINIMAL_CONFIG, 'backup-schedule', '    schedule: Every Monday and Thursday at 8:30am');
    writeFileSync(join(cwd, 'vigil.yaml'), text.replace('    answer: yes-no-na', '    answer: yes-no-na\n    nonWorkingDays: next-working-day'));
    const result = await vigil(['check-config']);
    expect(result.stdout).toBe([
      'vigil.yaml: ok: 3 people, 2 suppliers, 1 policy, 2 attestations',
      '  backup: every Monday and Thursday at 08:30, skipped on non-working days',
      '  gdpr: on the first working day of each quarter at 10:00 (cron "0 10 1 1,4,7,10 *")',
      '',
    ].join('\n'));
  });

  it('prints every error with file:line:col and exits 1', async () => {
    let text = editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb');
    text = editLine(text, 'xero-owner', '    owner: zed');
    writeFileSync(join(cwd, 'vigil.yaml'), text);
    const result = await vigil(['check-config']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`vigil.yaml:${lineOf(text, 'cat-manager')}:14  people[2].manager: unknown person "bobb"\n    fix: did you mean "bob"?`);
    expect(result.stderr).toContain(`vigil.yaml:${lineOf(text, 'xero-owner')}:12  suppliers[0].owner: unknown person "zed"`);
    expect(result.stderr).toContain('2 errors in vigil.yaml; nothing was loaded.');
  });

  it('prints the result as JSON with --json', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), editLine(MINIMAL_CONFIG, 'org-timezone', '  timezone: Mars/Olympus'));
    const result = await vigil(['check-config', '--json']);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ ok: false, file: 'vigil.yaml', stage: 'shape' });
    expect(out.problems).toEqual([expect.objectContaining({ path: 'organisation.timezone', line: 4, message: 'unknown timezone "Mars/Olympus"' })]);
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    expect(JSON.parse((await vigil(['check-config', '--json'])).stdout)).toEqual({
      ok: true, file: 'vigil.yaml', people: 3, suppliers: 2, policies: 1, attestations: 2,
      schedules: [
        { id: 'backup', schedule: '0 17 * * 1-5', words: 'every weekday at 17:00, skipped on non-working days' },
        { id: 'gdpr', schedule: '0 10 1 1,4,7,10 *', words: 'on the 1st of each quarter at 10:00, skipped on non-working days' },
      ],
    });
  });

  it('falls back to the bundled demo with a notice when there is no ./vigil.yaml', async () => {
    const result = await vigil(['check-config']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no \.\/vigil\.yaml here, so using the bundled demo workspace/);
    expect(result.stdout).toMatch(/examples\/trekim\/vigil\.yaml: ok: 5 people/);
  });

  it('says plainly when the file does not exist', async () => {
    const result = await vigil(['check-config', 'nope.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read config .*nope\.yaml: no such file/);
  });
});

describe('vigil start', () => {
  it('opens the terminal chat on a simulated clock when no credentials are set, in memory unless --db is given', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const result = await vigil(['start', '--at', '2026-11-23T16:59:00Z'], {}, 'time\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/simulated clock, so it keeps its answers in memory/);
    expect(result.stdout).toContain('Vigil terminal chat: Acme Bookkeeping');
    expect(result.stdout).toContain('It is Monday, 23 November 2026, 16:59 (Europe/London), simulated.');
    expect(result.stdout.trim().endsWith('Bye.')).toBe(true);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('keeps the chat in a database file when --db is given', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const result = await vigil(['start', '--db', 'data/vigil.db', '--at', '2026-11-23T17:00:00Z'], {}, '');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Vigil asks Ann Lee');
    expect(existsSync(join(cwd, 'data', 'vigil.db'))).toBe(true);
  });

  it('refuses a broken config and creates nothing', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb'));
    const result = await vigil(['start', '--db', 'db/vigil.db']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/people\[2\]\.manager: unknown person "bobb"/);
    expect(existsSync(join(cwd, 'db'))).toBe(false);
  });

  it('with Slack credentials, checks the token, serves HTTP and runs the engine until stopped', async () => {
    const slack = new FakeSlack([]);
    await slack.start();
    try {
      writeFileSync(join(cwd, 'acme.yaml'), MINIMAL_CONFIG);
      const env = { VIGIL_CONFIG: 'acme.yaml', VIGIL_DB: 'store/acme.db', SLACK_BOT_TOKEN: slack.validToken, SLACK_SIGNING_SECRET: 'shh-secret', SLACK_API_URL: slack.apiUrl, PORT: '0' };
      const result = await vigil(['start'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/vigil: running: Slack at http:\/\/127\.0\.0\.1:\d+\/slack\/events; health at http:\/\/127\.0\.0\.1:\d+\/healthz/);
      expect(result.stdout).toContain('vigil: stopped.');
      expect(slack.callsTo('auth.test')).toHaveLength(1);
      expect(existsSync(join(cwd, 'store', 'acme.db'))).toBe(true);
      expect(result.stdout + result.stderr).not.toContain(slack.validToken);
      expect(result.stdout + result.stderr).not.toContain('shh-secret');
    } finally {
      await slack.stop();
    }
  });

  it('fails fast on a token Slack refuses, naming the variable and never the token', async () => {
    const slack = new FakeSlack([]);
    await slack.start();
    try {
      writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
      const result = await vigil(['start'], { SLACK_BOT_TOKEN: 'xoxb-wrong-secret-value', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl, PORT: '0' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('vigil: Slack refused the bot token (auth.test: invalid_auth); check SLACK_BOT_TOKEN');
      expect(result.stdout + result.stderr).not.toContain('xoxb-wrong-secret-value');
    } finally {
      await slack.stop();
    }
  });

  it('runs Teams without credentials for development, and says so', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const result = await vigil(['start'], { VIGIL_TEAMS: '1', PORT: '0' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/running: Teams at http:\/\/127\.0\.0\.1:\d+\/api\/messages \(no credentials: JWT auth off, for development only\)/);
  });

  it('refuses part of the Teams credentials, and Teams without them in production', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const partial = await vigil(['start'], { MICROSOFT_APP_ID: 'abc', PORT: '0' });
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/Teams needs all of MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID/);
    const production = await vigil(['start'], { VIGIL_TEAMS: '1', NODE_ENV: 'production', PORT: '0' });
    expect(production.code).toBe(2);
    expect(production.stderr).toMatch(/Teams needs MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID in production/);
  });

  it('refuses a bot token without its signing secret', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const result = await vigil(['start'], { SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not/);
  });
});

describe('vigil start after someone joins', () => {
  it('restarting with a new person sends no unscheduled prompts and files nothing under 1970', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const monday = await vigil(['start', '--db', 'v.db', '--at', '2026-12-07T08:55:00Z'], {}, '');
    expect(monday.code).toBe(0);
    expect(monday.stdout).not.toContain('Vigil asks');
    const withDan = MINIMAL_CONFIG.replace('suppliers:', '  - id: dan\n    name: Dan Roe\n    email: dan@acme.example\n    manager: bob\nsuppliers:');
    writeFileSync(join(cwd, 'vigil.yaml'), withDan);
    const later = await vigil(['start', '--db', 'v.db', '--at', '2026-12-07T10:00:00Z'], {}, '');
    expect(later.code).toBe(0);
    expect(later.stdout).not.toContain('Vigil asks'); // the backup check is not due until 17:00
    const epoch = await vigil(['--db', 'v.db', 'export', '--from', '1970-01-01', '--to', '1970-01-01', '--out', 'epoch.csv']);
    expect(epoch.stdout).toContain('exported 0 prompts');
    expect(existsSync(join(cwd, 'data'))).toBe(false); // it read v.db, not a default store
    const evening = await vigil(['--db', 'v.db', 'tick', '--now', '2026-12-07T17:00:00Z', '--json']);
    expect(JSON.parse(evening.stdout).issued.map((i: { assigneeId: string }) => i.assigneeId).sort()).toEqual(['ann', 'bob', 'cat', 'dan']);
  });
});

describe('vigil tick and status', () => {
  it('tick --now runs one tick and prints what it did; a second run changes nothing', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const first = await vigil(['tick', '--now', '2026-11-23T17:00:00Z']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('tick at 2026-11-23T17:00:00.000Z (Mon 23 Nov, 17:00): 3 issued, 0 reminders, 0 escalations, 0 missed');
    expect(first.stdout).toContain('  issued backup to bob');
    const again = await vigil(['tick', '--now', '2026-11-23T17:00:00Z', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ issued: [], reminders: [], escalations: [], missed: [] });
    // Reminders (19:00) and escalations (21:00, 01:00) fall after working hours: quiet hours hold
    // them to 09:00 the next working day, by when the window (05:00) has closed, so only the
    // escalations go.
    const evening = await vigil(['tick', '--now', '2026-11-23T19:00:00Z']);
    expect(evening.stdout).toContain('0 reminders, 0 escalations, 0 missed');
    const later = await vigil(['tick', '--now', '2026-11-24T09:00:00Z']);
    expect(later.stdout).toContain('0 reminders, 6 escalations, 3 missed');
  });

  it('status is scoped with --as and narrowed with --person', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    await vigil(['tick', '--now', '2026-11-23T17:00:00Z']);
    const all = JSON.parse((await vigil(['status', '--json', '--now', '2026-11-23T18:00:00Z'])).stdout);
    expect(all.scope).toBe('everyone');
    expect(all.people.map((p: { id: string }) => p.id)).toEqual(['ann', 'bob', 'cat']);
    const asCat = JSON.parse((await vigil(['status', '--json', '--as', 'cat', '--now', '2026-11-23T18:00:00Z'])).stdout);
    expect(asCat.people.map((p: { id: string }) => p.id)).toEqual(['cat']);
    const bobOnly = await vigil(['status', '--person', 'bob', '--now', '2026-11-23T18:00:00Z']);
    expect(bobOnly.stdout).toContain('Bob Stone: 1 open, 0 overdue');
    const refused = await vigil(['status', '--as', 'cat', '--person', 'bob']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Cat Jones may not see Bob Stone's status/);
  });
});

describe('dates on the command line', () => {
  it('export refuses a day that is not in the calendar, naming it, and takes a real one', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    await vigil(['tick', '--now', '2026-11-23T17:00:00Z']);
    const february = await vigil(['export', '--from', '2026-02-30', '--to', '2026-03-05', '--out', 'e.csv']);
    expect(february.code).toBe(2);
    expect(february.stderr).toContain('--from: 2026-02-30 is not a date');
    const thirteenth = await vigil(['export', '--from', '2026-13-01', '--to', '2026-12-31', '--out', 'e.csv']);
    expect(thirteenth.code).toBe(2);
    expect(thirteenth.stderr).toContain('--from: 2026-13-01 is not a date');
    expect(thirteenth.stderr).not.toContain('before');
    const leapless = await vigil(['export', '--from', '2026-02-01', '--to', '2026-02-29', '--out', 'e.csv']);
    expect(leapless.code).toBe(2);
    expect(leapless.stderr).toContain('--to: 2026-02-29 is not a date');
    expect(existsSync(join(cwd, 'e.csv'))).toBe(false);
    const backwards = await vigil(['export', '--from', '2026-11-24', '--to', '2026-11-23', '--out', 'e.csv']);
    expect(backwards).toMatchObject({ code: 2 });
    expect(backwards.stderr).toContain('--to 2026-11-23 is before --from 2026-11-24');
    const good = await vigil(['export', '--from', '2026-11-23', '--to', '2026-11-23', '--out', 'e.csv']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('exported 3 prompts (2026-11-23 to 2026-11-23)');
  });

  it('tick --now and start --at refuse an impossible instant too, naming it, and run nothing', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const tick = await vigil(['tick', '--now', '2026-02-30T09:00:00Z']);
    expect(tick).toMatchObject({ code: 2, stdout: '' });
    expect(tick.stderr).toContain('--now: 2026-02-30 is not a date');
    const start = await vigil(['start', '--at', '2026-13-01T09:00:00Z'], {}, 'quit\n');
    expect(start).toMatchObject({ code: 2, stdout: '' });
    expect(start.stderr).toContain('--at: 2026-13-01 is not a date');
    expect((await vigil(['tick', '--now', 'Monday'])).stderr).toContain('--now wants an ISO 8601 instant such as 2026-11-23T09:00:00Z, not "Monday"');
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('status --at reports at the given instant, and refuses an impossible one', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    await vigil(['tick', '--now', '2026-11-23T17:00:00Z']);
    const at = await vigil(['status', '--at', '2026-11-23T18:00:00Z']);
    expect(at.code).toBe(0);
    expect(at.stdout).toMatch(/^Status at Mon 23 Nov/);
    expect(JSON.parse((await vigil(['status', '--json', '--at', '2026-11-23T18:00:00Z'])).stdout).at).toBe('2026-11-23T18:00:00.000Z');
    const impossible = await vigil(['status', '--at', '2026-02-30T09:00:00Z']);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('--at: 2026-02-30 is not a date');
    const garbled = await vigil(['status', '--at', 'Monday']);
    expect(garbled.code).toBe(2);
    expect(garbled.stderr).toContain('--at wants an ISO 8601 instant');
  });
});

describe('read-only commands on a database that does not exist', () => {
  it('refuse it, naming it and the fix, and create nothing', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    for (const args of [['status'], ['audit', 'verify'], ['export', '--from', '2026-11-23', '--to', '2026-11-23', '--out', 'e.csv']]) {
      const typo = await vigil(['--db', 'vigi.db', ...args]);
      expect(typo.code, args.join(' ')).toBe(1);
      expect(typo.stderr).toContain('vigil: no database at vigi.db; pass --db FILE (or set VIGIL_DB or DATABASE_URL) to name yours, or run vigil start or vigil tick to create one');
      const fallback = await vigil(args);
      expect(fallback.stderr).toContain('no database at data/vigil.db');
    }
    expect(JSON.parse((await vigil(['--db', 'vigi.db', 'status', '--json'])).stdout).error.code).toBe('not_found');
    expect(existsSync(join(cwd, 'vigi.db'))).toBe(false);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
    expect(existsSync(join(cwd, 'e.csv'))).toBe(false);
    // A command that writes still creates it.
    expect((await vigil(['--db', 'vigi.db', 'tick', '--now', '2026-11-23T17:00:00Z'])).code).toBe(0);
    expect((await vigil(['--db', 'vigi.db', 'status', '--at', '2026-11-23T18:00:00Z'])).code).toBe(0);
  });
});

describe('settings from the environment', () => {
  it('a variable set but empty counts as unset (VIGIL_DB=, DATABASE_URL=, VIGIL_CONFIG=), not as the working directory', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const empty = { VIGIL_DB: '', DATABASE_URL: '', VIGIL_CONFIG: '' };
    expect((await vigil(['tick', '--now', '2026-11-23T17:00:00Z'], empty)).code).toBe(0);
    expect(existsSync(join(cwd, 'data', 'vigil.db'))).toBe(true);
    const status = await vigil(['status', '--at', '2026-11-23T18:00:00Z'], empty);
    expect(status).toMatchObject({ code: 0, stderr: '' });
    const ask = await vigil(['ask', 'who is our data protection contact?'], empty);
    expect(ask).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('vigil ask', () => {
  it('answers from the register, with its source, and as JSON with --json', async () => {
    const config = join(root, 'examples/service-firm/vigil.yaml');
    const plain = await vigil(['ask', '--config', config, 'where is our CRM data stored?']);
    expect(plain).toEqual({
      code: 0, stderr: '',
      stdout: 'Zoho CRM data is stored in the EU and kept for up to 6 years. It holds customer records, quotes and marketing consent. (Register: zoho-crm.)\n',
    });
    const json = JSON.parse((await vigil(['ask', '--json', '--config', config, "do we have FrontApp's GDPR statement?"])).stdout);
    expect(json).toEqual({ answer: "Not yet: we are awaiting FrontApp's GDPR statement (awaited). (Register: frontapp.)", intent: 'statement', sources: ['register:frontapp'] });
  });

  it('keeps the questions it could not answer and lists them with --gaps', async () => {
    const config = join(root, 'examples/service-firm/vigil.yaml');
    expect((await vigil(['ask', '--gaps', '--config', config])).stdout).toBe('vigil: no unanswered questions kept yet\n');
    await vigil(['ask', '--config', config, 'where is Salesforce data stored?']);
    await vigil(['ask', '--config', config, 'where is Salesforce data stored?']);
    await vigil(['ask', '--config', config, 'where is our CRM data stored?']);
    expect((await vigil(['ask', '--gaps', '--config', config])).stdout).toBe('   2  where is Salesforce data stored?\n');
    expect((await vigil(['ask', '--config', config])).code).not.toBe(0);
  });
});

describe('vigil audit verify, backup and restore', () => {
  it('verifies the chain (exit 0), names tampering (exit 1), and backs up and restores', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    await vigil(['tick', '--now', '2026-11-23T17:00:00Z']);
    const ok = await vigil(['audit', 'verify']);
    expect(ok.code).toBe(0);
    // The tick's two records (people synced, the tick), each preceded by the seal of the rows it wrote.
    expect(ok.stdout).toMatch(/^audit log ok: 4 records, head [0-9a-f]{64}\nevidence rows checked: people \d+, prompts \d+, answers 0, findings 0, notices 0, absences 0; every row bound to the chain from record 1\n$/);

    const backup = await vigil(['backup', '--out', 'backup.db']);
    expect(backup.stdout).toMatch(/backed up data\/vigil\.db to backup\.db \(\d+ pages; audit ok, head [0-9a-f]{64}\)/);

    const db = openSqlite({ file: join(cwd, 'data', 'vigil.db') });
    await db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 2).execute();
    await db.destroy();
    const bad = await vigil(['audit', 'verify', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).problems).toEqual([expect.objectContaining({ seq: 2, kind: 'edited' })]);

    const restore = await vigil(['restore', 'backup.db']);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/restored backup\.db to data\/vigil\.db \(audit ok: 4 records/);
    expect((await vigil(['audit', 'verify'])).code).toBe(0);
  });
});

describe('vigil teams-package', () => {
  it('writes the zip with the app id, and refuses a missing or malformed id', async () => {
    const result = await vigil(['teams-package', '--out', 'teams.zip'], { MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('vigil: wrote teams.zip (manifest.json, color.png, outline.png)');
    expect(existsSync(join(cwd, 'teams.zip'))).toBe(true);
    expect((await vigil(['teams-package'])).stderr).toMatch(/give the bot's app id/);
    expect((await vigil(['teams-package', '--app-id', 'bot'])).stderr).toMatch(/a GUID; got "bot"/);
  });
});

describe('vigil --version', () => {
  it('prints the version from package.json (also as -V) and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) expect(await vigil([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors', () => {
  it('an unknown command exits 2 with help', async () => {
    const result = await vigil(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});

describe('--json errors', () => {
  /** The one JSON line a failed --json run prints on stdout. */
  const jsonError = (stdout: string) => {
    expect(stdout.trim().split('\n')).toHaveLength(1);
    return JSON.parse(stdout) as { ok: boolean; error: { code: string; message: string; problems?: { path: string }[] } };
  };

  it('carry the stable error code and the message on stdout, with the exit code unchanged', async () => {
    const missing = await vigil(['check-config', 'nope.yaml', '--json']);
    expect(missing.code).toBe(1);
    expect(jsonError(missing.stdout)).toEqual({ ok: false, error: { code: 'config_not_found', message: expect.stringMatching(/cannot read config .*nope\.yaml: no such file/) } });
    expect(missing.stderr).toMatch(/cannot read config/); // people still read it on stderr

    const badInstant = await vigil(['--json', 'tick', '--now', 'Monday']);
    expect(badInstant.code).toBe(2);
    expect(jsonError(badInstant.stdout).error).toEqual({ code: 'usage_error', message: expect.stringContaining('--now wants an ISO 8601 instant') });

    const noSource = await vigil(['migrate-db', '--json', '--db', 'missing.db', '--to', 'postgres://localhost/none']);
    expect(jsonError(noSource.stdout).error.code).toBe('not_found');
  });

  it('a broken workspace file is config_invalid, with every problem', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb'));
    const result = await vigil(['tick', '--json', '--now', '2026-11-23T17:00:00Z']);
    expect(result.code).toBe(1);
    const { error } = jsonError(result.stdout);
    expect(error.code).toBe('config_invalid');
    expect(error.problems).toEqual([expect.objectContaining({ path: 'people[2].manager' })]);
  });

  it('commander\'s usage errors are usage_error; help and --version are not errors', async () => {
    const unknown = await vigil(['--json', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(jsonError(unknown.stdout).error).toEqual({ code: 'usage_error', message: "unknown command 'frobnicate'" });
    const missingOption = await vigil(['export', '--json', '--from', '2026-11-23']);
    expect(jsonError(missingOption.stdout).error.code).toBe('usage_error');
    expect((await vigil(['--json', '--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the vigil binary', () => {
  it('runs from bin/vigil.js as a real process', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/vigil.js'), 'check-config', join(root, 'examples/service-firm/vigil.yaml')], { cwd });
    expect(stdout).toMatch(/service-firm\/vigil\.yaml: ok: 4 people, 11 suppliers/);
  });

  it('exits 1 as a real process on a broken config', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), 'version: 2\n');
    const run = promisify(execFile)(process.execPath, [join(root, 'bin/vigil.js'), 'check-config'], { cwd });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/vigil\.yaml:1:10 {2}version: expected 1, got 2/) });
  });
});
