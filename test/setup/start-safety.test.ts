import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.ts';
import { ENVIRONMENT_VARIABLES } from '../../src/setup/start-safety.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';

const root = new URL('../..', import.meta.url).pathname;
let cwd: string;
beforeEach(() => void (cwd = mkdtempSync(join(tmpdir(), 'vigil-start-'))));
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs the CLI in-process; stdin is a pipe unless `terminal` (then it says it is a TTY, as a terminal's does). */
async function vigil(args: string[], env: NodeJS.ProcessEnv = {}, stdinText = '', terminal = false) {
  let stdout = '';
  let stderr = '';
  const output = new Writable({ write(chunk, _e, done) { stdout += String(chunk); done(); } });
  const stdin = Object.assign(Readable.from([stdinText]), terminal ? { isTTY: true } : {});
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, stdin, output, stopSignal: Promise.resolve() };
  return { code: await main(args, io), stdout, stderr };
}

// Nothing listens here: a start that got as far as calling Slack would fail differently.
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-real-looking', SLACK_SIGNING_SECRET: 'shh', SLACK_API_URL: 'http://127.0.0.1:1/api/', PORT: '0' };

describe('vigil start refuses the unsafe starts', () => {
  it('with Slack credentials and no ./vigil.yaml, exits 1 naming the file and vigil init, and never loads the demo', async () => {
    const result = await vigil(['start'], SLACK);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`there is no ${join(cwd, 'vigil.yaml')}`);
    expect(result.stderr).toContain('Run `vigil init`');
    expect(result.stderr).not.toMatch(/using the bundled demo/);
    expect(result.stdout).toBe('');
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('the same with Teams credentials, or Teams in development', async () => {
    for (const env of [
      { MICROSOFT_APP_ID: 'a', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't', PORT: '0' },
      { VIGIL_TEAMS: '1', PORT: '0' },
    ]) {
      const result = await vigil(['start'], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/bundled demo workspace is only for the terminal chat/);
      expect(result.stdout).not.toMatch(/running/);
    }
  });

  it('without a terminal and without credentials, exits 1 naming the missing variables instead of reading end of input', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const result = await vigil(['start'], {});
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('Bye.');
    expect(result.stderr).toContain('standard input is not a terminal');
    expect(result.stderr).toContain('for Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET\n');
    expect(result.stderr).toContain('for Teams, set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID\n');
    expect(result.stderr).toContain('pass --shell');
    // No vigil.yaml at all: the same refusal, and no word of the demo.
    rmSync(join(cwd, 'vigil.yaml'));
    const bare = await vigil(['start'], { SLACK_SIGNING_SECRET: 'half' });
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('for Slack, set SLACK_BOT_TOKEN (the others are set)');
    expect(bare.stderr).not.toMatch(/demo/);
  });

  it('runs the terminal chat on a pipe when asked (--shell, --at, --as), and on a terminal without asking', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    for (const args of [['--shell'], ['--at', '2026-11-23T09:00:00Z'], ['--as', 'ann']]) {
      const result = await vigil(['start', ...args], {}, 'time\n');
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toContain('Vigil terminal chat: Acme Bookkeeping');
    }
    const onTerminal = await vigil(['start'], {}, 'time\n', true);
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stdout.trim().endsWith('Bye.')).toBe(true);
  });

  it('the demo still opens for the terminal chat', async () => {
    const result = await vigil(['start'], {}, 'quit\n', true);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Vigil terminal chat: Trekim Business Accounting');
  });
});

describe('vigil start --help', () => {
  /** Every `env.NAME` the sources read. */
  function variablesRead(dir: string): Set<string> {
    const names = new Set<string>();
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) for (const n of variablesRead(path)) names.add(n);
      else if (path.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) names.add(m[1]!);
    }
    return names;
  }

  it('lists every environment variable Vigil reads, and .env', async () => {
    const result = await vigil(['start', '--help']);
    expect(result.code).toBe(0);
    const read = [...variablesRead(join(root, 'src'))];
    expect(read.length).toBeGreaterThan(10);
    for (const name of read) expect(result.stdout, name).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(ENVIRONMENT_VARIABLES.map((v) => v.name).sort()).toEqual(expect.arrayContaining(read.sort()));
    expect(result.stdout).toContain('./.env');
  });
});

describe('.env', () => {
  it('is read from the working directory by the real command, under the variables already set', () => {
    writeFileSync(join(cwd, '.env'), 'SLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=from-dotenv\nSLACK_API_URL=http://127.0.0.1:1/api/\n');
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ENVIRONMENT_VARIABLES) delete env[name.name];
    const run = (extra: NodeJS.ProcessEnv) => spawnSync(process.execPath, [join(root, 'bin/vigil.js'), 'start'], { cwd, env: { ...env, ...extra }, input: '', encoding: 'utf8' });
    const fromFile = run({});
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toContain('Slack or Teams credentials are set but there is no'); // the credentials came from .env
    expect(fromFile.stderr).not.toContain('xoxb-from-dotenv');
    const overridden = run({ SLACK_BOT_TOKEN: '' });
    expect(overridden.status).toBe(1);
    expect(overridden.stderr).toContain('for Slack, set SLACK_BOT_TOKEN (the others are set)');
  });

  it('is in .gitignore', () => {
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });
});
