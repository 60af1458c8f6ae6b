import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';

// The interactive `vigil init` in a real pseudo-terminal: tmux runs it, the test reads the screen
// and types as a person would (text, arrow keys, space to untick, enter).
const root = new URL('../..', import.meta.url).pathname;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `vigil-init-test-${process.pid}`;
let cwd: string;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-t', 'init', '-S', '-200');
async function waitFor(text: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (!screen().includes(text)) {
    if (Date.now() > until) throw new Error(`"${text}" never appeared; the screen:\n${screen()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const type = (text: string) => tmux('send-keys', '-t', 'init', '-l', text);
const press = (...keys: string[]) => { for (const key of keys) tmux('send-keys', '-t', 'init', key); };

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-init-pty-'));
});
afterEach(() => {
  if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
  rmSync(cwd, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('vigil init in a terminal', () => {
  it('asks its questions, takes the answers and the ticks, and writes a vigil.yaml that passes check-config', async () => {
    writeFileSync(join(cwd, 'staff.csv'), 'Name,Email,Manager\nRaj Patel,raj@acme.example,tess@acme.example\nAmy Hughes,amy@acme.example,Raj Patel\n');
    writeFileSync(join(cwd, 'suppliers.csv'), 'Supplier,Purpose,Location,Retention\nXero,Accounts,UK,7 years\n');
    const env = Object.entries({ ...process.env, NO_COLOR: '1' }).filter(([k]) => !/^(SLACK|MICROSOFT|VIGIL)_/.test(k));
    tmux('new-session', '-d', '-s', 'init', '-x', '160', '-y', '60', '-c', cwd, ...env.flatMap(([k, v]) => ['-e', `${k}=${v}`]), `${process.execPath} ${join(root, 'bin/vigil.js')} init`);
    tmux('set-option', '-t', 'init', 'remain-on-exit', 'on');

    await waitFor('Your firm\'s name');
    type('Acme Books'), press('Enter');
    await waitFor('Office timezone');
    press('Enter'); // Europe/London, offered
    await waitFor('Whose bank holidays');
    press('Down', 'Enter'); // Scotland
    await waitFor('Who do staff ask about data protection?');
    type('Tess Ekim'), press('Enter');
    await waitFor('Tess Ekim\'s email');
    type('tess@acme'), press('Enter');
    await waitFor('an email address, e.g.'); // refused until it is one
    type('.example'), press('Enter');
    await waitFor('Slack channel for escalations');
    press('Enter'); // #compliance, offered
    await waitFor('Teams channel id');
    press('Enter');
    await waitFor('People spreadsheet');
    type('staff.csv'), press('Enter');
    await waitFor('Suppliers spreadsheet');
    type('suppliers.csv'), press('Enter');
    await waitFor('Which checks should Vigil run?');
    press('Space', 'Up', 'Space', 'Enter'); // untick the offsite backup; up wraps to the last, the test restore: tick it
    await waitFor('wrote vigil.yaml');

    expect(screen()).toContain('vigil: wrote vigil.yaml: 3 people, 1 supplier, 4 policies, 6 attestations; it passes check-config.');
    const config = loadConfigFile(join(cwd, 'vigil.yaml'));
    expect(config.organisation).toMatchObject({ name: 'Acme Books', timezone: 'Europe/London', holidays: { bankHolidays: 'scotland' }, complianceChannel: { slack: '#compliance' }, dataProtectionContact: { name: 'Tess Ekim', email: 'tess@acme.example' } });
    expect(config.people.map((p) => [p.id, p.manager])).toEqual([['tess', undefined], ['raj', 'tess'], ['amy', 'raj']]);
    expect(config.suppliers[0]).toMatchObject({ id: 'xero', retention: 'P7Y', locations: ['UK'], owner: 'tess' });
    expect(config.attestations.map((a) => a.id)).toEqual(['av-scan', 'two-factor', 'gdpr-statement', 'leavers-access', 'policy-read', 'test-restore']);
    const check = spawnSync(process.execPath, [join(root, 'bin/vigil.js'), 'check-config'], { cwd, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\//);
  }, 60_000);
});
