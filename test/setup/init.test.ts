import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { CATALOGUE } from '../../src/setup/catalogue.ts';
import { INSTALLED_SCHEMA } from '../../src/setup/init-writer.ts';
import { runVigil } from './cli-run.ts';
import { ICO_HEADERS, icoRow } from './ico.ts';

let cwd: string;
beforeEach(() => void (cwd = mkdtempSync(join(tmpdir(), 'vigil-init-'))));
afterEach(() => rmSync(cwd, { recursive: true, force: true }));
const vigil = (args: string[], stdin = '') => runVigil(cwd, args, stdin);

const SUPPLIERS = ['Xero', 'Dext', 'BrightPay', 'Dropbox', 'Google Workspace', 'Microsoft 365', 'Mailchimp', 'HubSpot', 'Zoom', 'Slack', 'Backblaze', 'Sage'];
const FIRST = ['Tess', 'Raj', 'Amy', 'Dan', 'Leah', 'Omar', 'Priya', 'Sam', 'Ivy', 'Ben', 'Cara', 'Eli', 'Faye', 'Gus', 'Hana', 'Ian', 'Jo', 'Kit', 'Lou', 'Max', 'Nia', 'Oli', 'Pat', 'Quin', 'Rae', 'Sol', 'Tom', 'Uma', 'Vic', 'Wes'];

/** 30 people: Tess runs the firm, Raj and Amy manage the others (by email and by name), some joined recently. */
function peopleCsv(): string {
  const rows = FIRST.map((first, i) => {
    const manager = i === 0 ? '' : i < 3 ? 'tess@larch.example' : i % 2 ? 'Raj Okafor' : 'amy.okafor@larch.example';
    const email = i === 2 ? 'amy.okafor@larch.example' : `${first.toLowerCase()}@larch.example`;
    return [`${first} Okafor`, email, manager, i === 0 ? 'manager' : '', i > 26 ? `0${i - 26}/12/2026` : '2024-01-08'].join(',');
  });
  return ['Full name,Work email,Reports to,Role,Start date', ...rows].join('\n') + '\n';
}

describe('vigil init --non-interactive, end to end', () => {
  it('30 people from CSV and 12 suppliers from the ICO template in .xlsx: a vigil.yaml that passes check-config, whose chat asks the chosen checks and whose register answers', async () => {
    writeFileSync(join(cwd, 'staff.csv'), peopleCsv());
    await writeXlsxFile([ICO_HEADERS, ...SUPPLIERS.map((name, i) => icoRow(name, i === 6 ? { 'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'US', 'Retention schedule (if possible)': 'until they unsubscribe' } : { 'Names of third countries or international organisations that personal data are transferred to (if applicable)': i % 3 ? 'UK' : 'Ireland' }))]).toFile(join(cwd, 'ropa.xlsx'));
    const init = await vigil([
      'init', '--non-interactive', '--firm', 'Larch & Vale', '--timezone', 'Europe/London', '--bank-holidays', 'scotland',
      '--contact-name', 'Tess Okafor', '--contact-email', 'tess@larch.example', '--slack-channel', '#compliance',
      '--people', 'staff.csv', '--suppliers', 'ropa.xlsx', '--attest', 'offsite-backup,av-scan,two-factor,gdpr-statement,policy-read',
    ]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('vigil: wrote vigil.yaml: 30 people, 12 suppliers, 4 policies, 5 attestations; it passes check-config.');
    expect(init.stderr).toContain('"Rights available to individuals" (Vigil keeps no such field for suppliers; not imported)');

    const check = await vigil(['check-config']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('vigil.yaml: ok: 30 people, 12 suppliers, 4 policies, 5 attestations');

    const text = readFileSync(join(cwd, 'vigil.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${INSTALLED_SCHEMA}`);
    expect(existsSync(INSTALLED_SCHEMA)).toBe(true);
    expect(text).toContain('    instructions: On Windows open Windows Security → Virus & threat protection');
    const config = loadConfigFile(join(cwd, 'vigil.yaml'));
    expect(config.organisation).toMatchObject({ name: 'Larch & Vale', holidays: { bankHolidays: 'scotland' }, complianceChannel: { slack: '#compliance' } });
    expect(config.people.find((p) => p.id === 'tess')!.roles).toEqual(['staff', 'manager', 'compliance']);
    expect(config.people.filter((p) => p.manager === 'raj')).toHaveLength(14);
    expect(config.people.filter((p) => p.manager === 'amy')).toHaveLength(13);
    expect(config.people.find((p) => p.id === 'wes')!.joined).toBe('2026-12-03');
    expect(config.suppliers.every((s) => s.owner === 'tess')).toBe(true);
    expect(config.attestations.every((a) => a.instructions?.toLowerCase() === CATALOGUE.find((s) => s.id === a.id)!.howToCheck.toLowerCase())).toBe(true);

    // Monday 7 December 2026, 08:55 in London: the day's backup check is asked at 09:00; the 2FA checks went out on the 2nd.
    const chat = await vigil(['start', '--shell', '--at', '2026-12-07T08:55:00Z', '--as', 'tess'], 'advance 10m\npending\nquit\n');
    expect(chat.code, chat.stderr).toBe(0);
    expect(chat.stdout).toContain('Vigil terminal chat: Larch & Vale');
    expect(chat.stdout).toContain('Did last night\'s offsite backup complete without errors?');
    expect(chat.stdout).toContain('Open the backup service\'s dashboard');
    expect(chat.stdout).toContain('Is two-factor authentication required for every account the firm has with Mailchimp?');

    const ask = await vigil(['ask', 'where is Mailchimp data stored?']);
    expect(ask.code, ask.stderr).toBe(0);
    expect(ask.stdout).toMatch(/Mailchimp.*US/s);
    const retention = await vigil(['ask', '--json', 'how long does Xero keep our data?']);
    expect(JSON.parse(retention.stdout).answer).toMatch(/6 years/);
  });
});

describe('vigil init refuses', () => {
  it('to overwrite a vigil.yaml without --force, to guess in a script, and bad flags (each named)', async () => {
    const base = ['init', '--non-interactive', '--firm', 'Acme', '--contact-name', 'Ann Lee', '--contact-email', 'ann@acme.example'];
    const first = await vigil(base);
    expect(first.code, first.stderr).toBe(0);
    // No suppliers: the per-supplier checks are left out, and it says so.
    expect(first.stderr).toContain('left out two-factor, gdpr-statement');
    const again = await vigil(base);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already; pass --force');
    expect((await vigil([...base, '--force'])).code).toBe(0);

    const noTerminal = await vigil(['init', '--out', 'other.yaml']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('pass --non-interactive');

    const bad = await vigil(['init', '--non-interactive', '--timezone', 'Mars/Olympus', '--bank-holidays', 'wales', '--contact-email', 'nope', '--attest', 'av-scan,coffee', '--out', 'x.yaml']);
    expect(bad.code).toBe(2);
    for (const flag of ['--firm', '--timezone', '--bank-holidays', '--contact-name', '--contact-email']) expect(bad.stderr).toContain(flag);
    expect(existsSync(join(cwd, 'x.yaml'))).toBe(false);
    const coffee = await vigil([...base, '--attest', 'av-scan,coffee', '--out', 'y.yaml']);
    expect(coffee.stderr).toContain('no starter attestation "coffee"');
  });

  it('every starter in the catalogue makes a valid workspace', async () => {
    writeFileSync(join(cwd, 's.csv'), 'Supplier,Purpose\nXero,Accounts\n');
    const all = await vigil(['init', '--non-interactive', '--firm', 'Acme', '--contact-name', 'Ann Lee', '--contact-email', 'ann@acme.example', '--suppliers', 's.csv', '--attest', CATALOGUE.map((s) => s.id).join(',')]);
    expect(all.code, all.stderr).toBe(0);
    expect(loadConfigFile(join(cwd, 'vigil.yaml')).attestations.map((a) => a.id)).toEqual(CATALOGUE.map((s) => s.id));
  });
});
