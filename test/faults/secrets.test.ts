import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { streamLogger } from '../../src/logger.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-SECRET-bot-token-7f3a',
  SLACK_SIGNING_SECRET: 'SECRET-signing-9c1d',
  SLACK_APP_TOKEN: 'xapp-SECRET-app-token-22b0',
  MICROSOFT_APP_PASSWORD: 'SECRET-teams-password-5e6f',
  DATABASE_PASSWORD: 'SECRET-pg-password-81d4',
  // The checkpoints' Ed25519 signing key, as `vigil keygen` prints it, and a language model's key.
  VIGIL_SIGNING_KEY: 'PRIVATE+KEY+vigil.test+eb2a007d+AdUdmDgoKLCbDjy/wBc6tZxGTCd3I9GM6QtcFS68X/Wk',
  VIGIL_LLM_API_KEY: 'sk-SECRET-model-key-3c9e',
};
/** A PostgreSQL URL with a password, where nothing answers. */
const DATABASE_URL = `postgres://vigil:${SECRETS.DATABASE_PASSWORD}@127.0.0.1:1/vigil`;

async function run(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  let out = '';
  const output = new PassThrough();
  output.on('data', (c: Buffer) => (out += c.toString()));
  const code = await main(args, { stdout: (t) => void (out += t), stderr: (t) => void (out += t), env, cwd, stdin: Readable.from(['']), output, stopSignal: Promise.resolve() });
  return { code, out };
}

describe('secrets', () => {
  it('never appear in output, logs or errors, on any path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-secrets-'));
    const slack = new FakeSlack([]);
    await slack.start();
    try {
      writeFileSync(join(dir, 'vigil.yaml'), MINIMAL_CONFIG);
      const outputs: string[] = [];
      // A token Slack refuses (auth.test fails).
      const slackOnly = { SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET };
      outputs.push((await run(['start'], { ...slackOnly, SLACK_API_URL: slack.apiUrl, PORT: '0' }, dir)).out);
      // Slack unreachable, and Socket Mode with an app token Slack refuses.
      outputs.push((await run(['start'], { ...slackOnly, SLACK_API_URL: 'http://127.0.0.1:1/api/', PORT: '0' }, dir)).out);
      outputs.push((await run(['start'], { ...slackOnly, SLACK_APP_TOKEN: SECRETS.SLACK_APP_TOKEN, SLACK_API_URL: slack.apiUrl, PORT: '0' }, dir)).out);
      // Missing pieces of configuration.
      outputs.push((await run(['start'], { SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN, PORT: '0' }, dir)).out);
      outputs.push((await run(['start'], { MICROSOFT_APP_ID: 'x', MICROSOFT_APP_PASSWORD: SECRETS.MICROSOFT_APP_PASSWORD, PORT: '0' }, dir)).out);
      // A port that cannot be used, and a broken config, with every secret set.
      outputs.push((await run(['start'], { ...SECRETS, SLACK_API_URL: slack.apiUrl, PORT: 'not-a-port' }, dir)).out);
      writeFileSync(join(dir, 'broken.yaml'), 'version: 2\n');
      outputs.push((await run(['start', '--config', 'broken.yaml'], { ...SECRETS, SLACK_API_URL: slack.apiUrl, PORT: '0' }, dir)).out);
      outputs.push((await run(['check-config', '--json', 'broken.yaml'], SECRETS, dir)).out);
      // A PostgreSQL database that cannot be reached, for the bot and for migrate-db.
      outputs.push((await run(['start'], { ...SECRETS, DATABASE_URL, SLACK_API_URL: slack.apiUrl, PORT: '0' }, dir)).out);
      outputs.push((await run(['migrate-db', '--db', 'data/vigil.db', '--to', DATABASE_URL], {}, dir)).out);
      const all = outputs.join('\n');
      expect(all).toContain('cannot open the database postgres://vigil:***@127.0.0.1:1/vigil');
      expect(all).toContain('check SLACK_BOT_TOKEN'); // the paths really ran and failed
      expect(all).toContain('PORT must be a port number');
      for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
      expect(all).not.toContain(SECRETS.VIGIL_SIGNING_KEY.split('+').at(-1)); // nor the key's secret part alone
      // The failed starts logged through the JSON line logger: those lines are in what was checked.
      const logLines = all.split('\n').filter((line) => line.startsWith('{"level"'));
      expect(logLines.length).toBeGreaterThan(0);
      for (const line of logLines) expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), time: expect.any(String), message: expect.any(String) });
      // And none reached the database.
      const { readFileSync, readdirSync } = await import('node:fs');
      for (const file of readdirSync(join(dir, 'data'))) {
        const bytes = readFileSync(join(dir, 'data', file)).toString('latin1');
        for (const secret of Object.values(SECRETS)) expect(bytes).not.toContain(secret);
      }
    } finally {
      await slack.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('are redacted by the logger when a field would carry one, in JSON and in pretty lines', () => {
    for (const pretty of [false, true]) {
      let out = '';
      const logger = streamLogger((line) => void (out += line), { pretty });
      logger.error('a platform refused the request', {
        token: SECRETS.SLACK_BOT_TOKEN,
        headers: { authorization: `Bearer ${SECRETS.SLACK_APP_TOKEN}` },
        teams: { appPassword: SECRETS.MICROSOFT_APP_PASSWORD },
        signingSecret: SECRETS.SLACK_SIGNING_SECRET,
        password: SECRETS.DATABASE_PASSWORD,
      });
      expect(out).toContain('a platform refused the request');
      expect(out).toContain('[redacted]');
      for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret);
    }
  });
});
