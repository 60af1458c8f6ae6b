import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli.ts';
import { MINIMAL_CONFIG, editLine, lineOf } from './fixtures/minimal-config.ts';

const root = new URL('..', import.meta.url).pathname;
let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs the CLI in-process with captured output. */
async function vigil(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('vigil check-config', () => {
  it.each([
    ['trekim', '5 people, 8 suppliers, 7 policies, 7 attestations'],
    ['service-firm', '4 people, 11 suppliers, 5 policies, 10 attestations'],
    ['stratum-customer', '4 people, 3 suppliers, 6 policies, 9 attestations'],
  ])('passes examples/%s with a one-line summary', async (name, counts) => {
    const file = join(root, 'examples', name, 'vigil.yaml');
    const result = await vigil(['check-config', file]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${file}: ok: ${counts}\n`);
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
    expect(JSON.parse((await vigil(['check-config', '--json'])).stdout)).toEqual({ ok: true, file: 'vigil.yaml', people: 3, suppliers: 2, policies: 1, attestations: 2 });
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
  it('loads the workspace, creates the database and says what it does', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const first = await vigil(['start']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('workspace "Acme Bookkeeping" from vigil.yaml: 3 people, 2 suppliers, 1 policy, 2 attestations');
    expect(first.stdout).toContain('database data/vigil.db: created (1 migration applied); people synced (3 added, 0 updated, 0 deactivated)');
    expect(first.stdout).toContain('no Slack or Teams credentials are set');
    expect(first.stdout).toMatch(/not built yet/);
    expect(existsSync(join(cwd, 'data', 'vigil.db'))).toBe(true);

    const second = await vigil(['start', '--db', 'data/vigil.db']);
    expect(second.stdout).toContain('schema up to date; people synced (0 added, 0 updated, 0 deactivated)');
  });

  it('refuses a broken config and creates nothing', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb'));
    const result = await vigil(['start', '--db', 'db/vigil.db']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/people\[2\]\.manager: unknown person "bobb"/);
    expect(existsSync(join(cwd, 'db'))).toBe(false);
  });

  it('takes the config and database from VIGIL_CONFIG and VIGIL_DB', async () => {
    writeFileSync(join(cwd, 'acme.yaml'), MINIMAL_CONFIG);
    const result = await vigil(['start'], { VIGIL_CONFIG: 'acme.yaml', VIGIL_DB: 'store/acme.db' });
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, 'store', 'acme.db'))).toBe(true);
  });
});

describe('commands not built yet', () => {
  it.each(['ask', 'status', 'tick', 'export', 'backup'])('vigil %s says so, prints no result and exits 1', async (command) => {
    const result = await vigil([command, 'where is our CRM data stored?']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `vigil: "${command}" is not built yet; nothing was done\n` });
  });

  it('an unknown command exits 2 with help', async () => {
    const result = await vigil(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'frobnicate'/);
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
