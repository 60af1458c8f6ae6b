import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, saveRef } from '../../src/store/index.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';
import { runVigil } from './cli-run.ts';

let cwd: string;
let slack: FakeSlack;
beforeEach(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-doctor-'));
  writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
  slack = new FakeSlack([{ id: 'UANN', email: 'ann@acme.example' }, { id: 'UBOB', email: 'bob@acme.example' }, { id: 'UCAT', email: 'cat@acme.example' }]);
  await slack.start();
});
afterEach(async () => {
  await slack.stop();
  rmSync(cwd, { recursive: true, force: true });
});

const slackEnv = () => ({ SLACK_BOT_TOKEN: slack.validToken, SLACK_SIGNING_SECRET: 'shh', SLACK_API_URL: slack.apiUrl });
async function signingKey(): Promise<string> {
  const made = await runVigil(cwd, ['keygen', '--json']);
  return JSON.parse(made.stdout).signingKey as string;
}

describe('vigil doctor', () => {
  it('all well: every line ✓ and exit 0', async () => {
    const env = { ...slackEnv(), VIGIL_SIGNING_KEY: await signingKey() };
    const result = await runVigil(cwd, ['doctor'], '', env);
    expect(result.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('✓')), result.stdout).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ config: ');
    expect(result.stdout).toContain('✓ database: data/vigil.db does not exist yet; vigil start creates it');
    expect(result.stdout).toContain('✓ Slack: token valid for workspace Acme as @vigil');
    expect(result.stdout).toContain('✓ Slack: the token has every scope the manifest asks for (10)');
    expect(result.stdout).toContain('✓ Slack: compliance channel #compliance is C0COMPLIANCE, and the bot is in it');
    expect(result.stdout).toContain('✓ Slack: all 3 people found');
    expect(result.stdout).toContain('✓ signing key: VIGIL_SIGNING_KEY is set and well formed');
    expect(result.stdout).toMatch(/✓ clock: .* in Europe\/London/);
    expect(result.stdout + result.stderr).not.toContain(env.VIGIL_SIGNING_KEY);
    expect(result.stdout + result.stderr).not.toContain(slack.validToken);
  });

  it('a missing scope, a bot not in the channel and an unknown email: each ✗ with its fix, exit 1', async () => {
    slack.scopes = slack.scopes.filter((s) => s !== 'users:read.email' && s !== 'im:write');
    slack.channels.find((c) => c.name === 'compliance')!.isMember = false;
    slack.users.splice(slack.users.findIndex((u) => u.id === 'UCAT'), 1);
    const result = await runVigil(cwd, ['doctor'], '', slackEnv());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ Slack: the token lacks scopes im:write, users:read.email\n    fix: add them under OAuth & Permissions → Bot Token Scopes');
    expect(result.stdout).toContain('✗ Slack: the bot is not a member of #compliance (C0COMPLIANCE)\n    fix: in #compliance, type /invite @Vigil');
    expect(result.stdout).toContain('✗ Slack: 1 of 3 people not found: cat (cat@acme.example)\n    fix: correct their email in vigil.yaml');
    expect(result.stdout).toContain('✗ signing key: VIGIL_SIGNING_KEY is not set');
    expect(result.stdout).toContain('✓ config: ');
  });

  it('a refused token, a channel that does not exist, no credentials at all, a broken config', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG.replace('slack: "#compliance"', 'slack: "#complaince"'));
    const wrongChannel = await runVigil(cwd, ['doctor'], '', slackEnv());
    expect(wrongChannel.stdout).toContain('✗ Slack: no channel #complaince that the bot can see');
    const refused = await runVigil(cwd, ['doctor'], '', { ...slackEnv(), SLACK_BOT_TOKEN: 'xoxb-nope' });
    expect(refused.stdout).toContain('✗ Slack: the bot token is refused (invalid_auth)');
    expect(refused.stdout).not.toContain('xoxb-nope');
    const none = await runVigil(cwd, ['doctor']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('✗ platforms: neither Slack nor Teams credentials are set');
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG.replace('manager: bob #@cat-manager', 'manager: bobb'));
    const broken = await runVigil(cwd, ['doctor', '--json']);
    const out = JSON.parse(broken.stdout);
    expect(out.ok).toBe(false);
    expect(out.checks[0]).toMatchObject({ ok: false, fix: expect.stringContaining('vigil check-config') });
  });

  it('Teams: credentials incomplete; complete, and who has no conversation with the bot yet; the database written to and left as it was', async () => {
    const partial = await runVigil(cwd, ['doctor'], '', { MICROSOFT_APP_ID: 'app' });
    expect(partial.stdout).toContain('✗ Teams: MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID not set');
    const db = openSqlite({ file: join(cwd, 'data', 'vigil.db') });
    await migrateToLatest(db);
    await saveRef(db, 'teams', { key: 'a:1', personId: 'ann', reference: { conversation: { id: 'a:1' } } }, new Date());
    await db.destroy();
    const env = { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret-pw', MICROSOFT_APP_TENANT_ID: 'tenant' };
    const result = await runVigil(cwd, ['doctor'], '', env);
    expect(result.stdout).toContain('✓ database: data/vigil.db is reachable and writable');
    expect(result.stdout).toContain('✓ Teams: credentials complete');
    expect(result.stdout).toContain('✗ Teams: 2 of 3 people have no conversation with the bot yet: bob, cat\n    fix: install the Vigil app for them');
    expect(result.stdout).not.toContain('secret-pw');
    // The write doctor tried was rolled back.
    const after = openSqlite({ file: join(cwd, 'data', 'vigil.db') });
    expect(await after.selectFrom('processed_events').selectAll().execute()).toEqual([]);
    await after.destroy();
  });
});
