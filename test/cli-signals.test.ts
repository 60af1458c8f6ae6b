// Only `vigil start` running the bot owns SIGINT and SIGTERM (to stop gracefully); the terminal
// chat and every other command end on the first Ctrl-C, as any program does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotProcess } from './fixtures/bot-process.ts';

const root = new URL('..', import.meta.url).pathname;
const config = join(root, 'test/fixtures/acme.yaml');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-signals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('signals', () => {
  it('the first Ctrl-C (SIGINT) ends the terminal chat, though its input stays open', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/vigil.js'), 'start', '--config', config, '--at', '2026-11-23T08:50:00Z'], {
      cwd: dir, env: { ...process.env, SLACK_BOT_TOKEN: '', MICROSOFT_APP_ID: '', VIGIL_TEAMS: '', VIGIL_DB: '', DATABASE_URL: '' },
    });
    let stdout = '';
    const ready = new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (stdout.includes('Type help for commands.')) resolve();
    }));
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    try {
      await ready;
      child.kill('SIGINT');
      const outcome = await Promise.race([closed, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 8_000))]);
      expect(outcome).not.toBe('still running');
    } finally {
      child.stdin.end();
      child.kill('SIGKILL');
    }
  }, 30_000);

  it('the bot still stops gracefully on SIGTERM (and on SIGINT): it says so and exits 0', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const bot = BotProcess.start(['--config', config, '--db', join(dir, `${signal}.db`)], { VIGIL_TEAMS: '1', SLACK_BOT_TOKEN: '', DATABASE_URL: '', LOG_LEVEL: 'warn' });
      await bot.url();
      bot.kill(signal);
      expect(await bot.exited).toEqual({ code: 0, signal: null });
      await bot.waitFor(/^vigil: stopped\.$/);
    }
  }, 60_000);
});
