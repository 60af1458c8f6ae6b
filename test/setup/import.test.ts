import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { parseCsv } from '../../src/setup/tables.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';
import { keepsEveryLine, runVigil } from './cli-run.ts';
import { ICO_HEADERS, icoRow } from './ico.ts';

const root = new URL('../..', import.meta.url).pathname;
let cwd: string;
beforeEach(() => void (cwd = mkdtempSync(join(tmpdir(), 'vigil-import-'))));
afterEach(() => rmSync(cwd, { recursive: true, force: true }));
const vigil = (args: string[]) => runVigil(cwd, args);

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', '']]);
  });
});

describe('vigil import people', () => {
  const sheet = [
    'First name,Surname,E-mail address,Line manager,Role,Start date,Job title,Shoe size',
    'Dev,Shah,dev@acme.example,bob@acme.example,,03/11/2026,Bookkeeper,9',
    'Eve,Hart,eve@acme.example,Dev Shah,compliance,2026-11-10,Office manager,5',
    'Fay,Ng,fay@acme.example,Nobody Known,chief,not yet,,',
    'Bob,Stone,BOB@acme.example,ann,,,Senior,',
  ].join('\n');

  it('shows what it would add and change, writes nothing without --yes, and reports what it could not use', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    writeFileSync(join(cwd, 'staff.csv'), sheet);
    const preview = await vigil(['import', 'people', 'staff.csv']);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('  + dev (Dev Shah)\n  + eve (Eve Hart)\n  + fay (Fay Ng)\n');
    expect(preview.stdout).toContain('  ~ bob (Bob Stone): roles'); // Bob manages Dev now
    expect(preview.stdout).toContain('run again with --yes');
    expect(preview.stderr).toContain('"Job title" (Vigil keeps no such field for people; not imported)');
    expect(preview.stderr).toContain('"Shoe size" (not understood; not imported)');
    expect(preview.stderr).toContain('row 4: role "chief" is not a Vigil role');
    expect(preview.stderr).toContain('row 4: start date "not yet" is not a date');
    expect(preview.stderr).toContain('row 4: manager "Nobody Known" of Fay Ng is nobody in the sheet or vigil.yaml');
    expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toBe(MINIMAL_CONFIG);
  });

  it('with --yes merges into vigil.yaml keeping every comment and line, and the result loads', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    writeFileSync(join(cwd, 'staff.csv'), sheet);
    const result = await vigil(['import', 'people', 'staff.csv', '--yes']);
    expect(result.code).toBe(0);
    const text = readFileSync(join(cwd, 'vigil.yaml'), 'utf8');
    const config = loadConfigFile(join(cwd, 'vigil.yaml'));
    expect(config.people.map((p) => p.id)).toEqual(['ann', 'bob', 'cat', 'dev', 'eve', 'fay']);
    expect(config.people.find((p) => p.id === 'dev')).toMatchObject({ manager: 'bob', joined: '2026-11-03', roles: ['staff', 'manager'] });
    expect(config.people.find((p) => p.id === 'eve')).toMatchObject({ manager: 'dev', roles: ['staff', 'compliance'] });
    expect(config.people.find((p) => p.id === 'bob')!.roles).toEqual(['staff', 'manager']);
    expect(text).toContain('  - id: bob #@bob-id\n    name: Bob Stone\n    email: bob@acme.example\n    manager: ann #@bob-manager\n    roles: [staff, manager]\n');
    expect(keepsEveryLine(MINIMAL_CONFIG, text)).toBe(true);
    // Again: nothing left to do.
    const again = await vigil(['import', 'people', 'staff.csv']);
    expect(again.stdout).toContain('no people to add or change');
  });

  it('needs a vigil.yaml of the firm\'s own (never the demo)', async () => {
    writeFileSync(join(cwd, 'staff.csv'), sheet);
    const result = await vigil(['import', 'people', 'staff.csv', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('run `vigil init` first');
  });
});

describe('vigil import people --from slack', () => {
  it('lists the workspace\'s people (not bots or Slackbot), shows the changes, and with --yes adds them with their Slack ids', async () => {
    const slack = new FakeSlack([{ id: 'UANN', email: 'ann@acme.example' }, { id: 'UZOE', email: 'zoe@acme.example' }]);
    await slack.start();
    try {
      writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
      const env = { SLACK_BOT_TOKEN: slack.validToken, SLACK_API_URL: slack.apiUrl };
      const preview = await runVigil(cwd, ['import', 'people', '--from', 'slack'], '', env);
      expect(preview.code, preview.stderr).toBe(0);
      expect(preview.stdout).toContain('  ~ ann (Ann Lee): slackId\n');
      expect(preview.stdout).toContain('  + zoe (Zoe)');
      expect(preview.stdout).not.toMatch(/vigil \(|slackbot/i);
      expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toBe(MINIMAL_CONFIG);
      const written = await runVigil(cwd, ['import', 'people', '--from', 'slack', '--yes'], '', env);
      expect(written.code, written.stderr).toBe(0);
      const config = loadConfigFile(join(cwd, 'vigil.yaml'));
      expect(config.people.find((p) => p.id === 'ann')).toMatchObject({ name: 'Ann Lee', slackId: 'UANN' });
      expect(config.people.find((p) => p.id === 'zoe')).toMatchObject({ email: 'zoe@acme.example', slackId: 'UZOE', roles: ['staff'] });
      expect(written.stdout + written.stderr).not.toContain(slack.validToken);
    } finally {
      await slack.stop();
    }
  });

  it('--from teams says how to get the list instead; --from slack without a token names the variable', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    const teams = await vigil(['import', 'people', '--from', 'teams']);
    expect(teams.code).toBe(2);
    expect(teams.stderr).toContain('Microsoft 365 admin centre');
    const noToken = await vigil(['import', 'people', '--from', 'slack']);
    expect(noToken.stderr).toContain('--from slack needs SLACK_BOT_TOKEN');
    writeFileSync(join(cwd, 'users.csv'), 'Display name,User principal name,Title\nZoe Park,zoe@acme.example,Bookkeeper\n');
    const m365 = await vigil(['import', 'people', 'users.csv']);
    expect(m365.stdout).toContain('  + zoe (Zoe Park)');
  });
});

describe('vigil import suppliers', () => {
  it('reads the ICO template from .xlsx into the register: data, places, transfers, retention, measures; reports the columns it has no field for', async () => {
    const trekim = join(root, 'examples/trekim/vigil.yaml');
    copyFileSync(trekim, join(cwd, 'vigil.yaml'));
    await writeXlsxFile([ICO_HEADERS, icoRow('Mailchimp', { 'Retention schedule (if possible)': 'until they unsubscribe' }), icoRow('Xero', { 'Purpose of processing': 'Bookkeeping' })]).toFile(join(cwd, 'ropa.xlsx'));
    const result = await vigil(['import', 'suppliers', 'ropa.xlsx', '--yes']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('  ~ xero (Xero): purpose, gdprStatement.url, dataCategories, dataSubjects, purposeKeywords, locations, transfer, retention, security.measures, notes');
    expect(result.stdout).toContain('  + mailchimp (Mailchimp)');
    expect(result.stdout).toContain('new suppliers with no owner in the sheet are asked of tess');
    expect(result.stderr).toContain('"Rights available to individuals" (Vigil keeps no such field for suppliers; not imported)');
    expect(result.stderr).toContain('"Data Protection Impact Assessment required?" (Vigil keeps no such field for suppliers; not imported)');
    const config = loadConfigFile(join(cwd, 'vigil.yaml'));
    const mailchimp = config.suppliers.find((s) => s.id === 'mailchimp')!;
    expect(mailchimp).toMatchObject({
      name: 'Mailchimp', purpose: 'Mailchimp for the firm\'s work', dataSubjects: ['clients', 'employees'], dataCategories: ['names', 'email addresses', 'bank details'],
      locations: ['US'], transfer: { mechanism: 'uk-idta' }, retention: 'until they unsubscribe', owner: 'tess',
      gdprStatement: { status: 'on-file', url: 'https://mailchimp.example/dpa' },
      security: { measures: ['TLS in transit', 'encrypted at rest', 'SOC 2 audited'] },
      notes: 'Processor contact: Mailchimp Ltd, privacy@mailchimp.example\nRecipients: HMRC',
    });
    const xero = config.suppliers.find((s) => s.id === 'xero')!;
    expect(xero.purpose).toBe('Bookkeeping');
    expect(xero.retention).toBe('P6Y'); // "6 years" in the sheet
    // Only Xero's values changed: every comment, and every line from the next supplier on, is as it was.
    const before = readFileSync(trekim, 'utf8');
    const after = readFileSync(join(cwd, 'vigil.yaml'), 'utf8');
    expect(keepsEveryLine(before.split('\n').filter((l) => l.trimStart().startsWith('#')).join('\n'), after)).toBe(true);
    expect(keepsEveryLine(before.slice(before.indexOf('  - id: receipt-bank')), after)).toBe(true);
    expect(after).toContain('    security:\n      encryptionInTransit: TLS, including');
  });

  it('fills a register that is still empty (suppliers: [])', async () => {
    const empty = MINIMAL_CONFIG.replace(/suppliers:[\s\S]*?(?=\npolicies:)/, 'suppliers: []').replace(/    uses: \[xero\]\n/, '').replace(/  - id: gdpr[\s\S]*$/, '');
    writeFileSync(join(cwd, 'vigil.yaml'), empty);
    expect(loadConfigFile(join(cwd, 'vigil.yaml')).suppliers).toEqual([]);
    writeFileSync(join(cwd, 'suppliers.csv'), 'Supplier,Purpose,Location,Retention,Owner,Security page,2FA\nSage,Payroll,UK,P6Y,bob@acme.example,https://sage.example/security,enforced\n');
    const result = await vigil(['import', 'suppliers', 'suppliers.csv', '--yes']);
    expect(result.code, result.stderr).toBe(0);
    expect(loadConfigFile(join(cwd, 'vigil.yaml')).suppliers[0]).toMatchObject({ id: 'sage', owner: 'bob', locations: ['UK'], security: { url: 'https://sage.example/security', twoFactor: 'enforced' }, gdprStatement: { status: 'missing' } });
  });

  it('writes nothing when the result would not load, and says why', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    writeFileSync(join(cwd, 'bad.csv'), 'id,Supplier,Purpose\nNot An Id!,Odd,Things\n');
    const result = await vigil(['import', 'suppliers', 'bad.csv', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/suppliers\[2\]\.id/);
    expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toBe(MINIMAL_CONFIG);
  });
});
