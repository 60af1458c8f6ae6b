import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, parseDuration, type Supplier, type VigilConfig } from '../../src/config/index.ts';
import { resolveSchedule } from '../../src/config/schedule-words.ts';
import type { ReferenceCase } from '../register/heldout/types.ts';

const load = (name: string) => loadConfigFile(new URL(`../../examples/${name}/vigil.yaml`, import.meta.url).pathname);
const supplier = (config: VigilConfig, id: string): Supplier => {
  const found = config.suppliers.find((s) => s.id === id);
  if (!found) throw new Error(`no supplier ${id}`);
  return found;
};
const policyText = (config: VigilConfig) => config.policies.map((p) => p.text).join('\n');

describe('examples/trekim (seed 000)', () => {
  const config = load('trekim');

  it('names every supplier the policy names', () => {
    expect(config.suppliers.map((s) => s.name)).toEqual([
      'Xero', 'Receipt Bank', 'AutoEntry', 'Accountancy Manager', 'BrightPay', 'Payroll Manager', 'Dropbox', 'Google Drive',
    ]);
  });

  it("records Xero's security as the policy states it", () => {
    const xero = supplier(config, 'xero');
    expect(xero.role).toBe('joint-controller');
    expect(xero.security.encryptionInTransit).toMatch(/TLS/);
    expect(xero.security.encryptionAtRest).toBe(true);
    expect(xero.security.twoFactor).toBe('available');
    expect(xero.security.certifications).toEqual(['SOC 2 (Security, Availability and Confidentiality)']);
    expect(xero.security.supportAccess).toMatch(/cannot access .* unless invited/);
    expect(xero.security.uptime).toMatch(/99\.97%/);
    expect(xero.security.replication).toMatch(/[Rr]eal-time replication/);
    expect(xero.breachNotification).toMatch(/notify Trekim/);
  });

  it('records Receipt Bank and Accountancy Manager as the policy states', () => {
    expect(supplier(config, 'receipt-bank').security.encryptionInTransit).toBe('TLS');
    expect(supplier(config, 'receipt-bank').security.replication).toMatch(/multiple data centres/);
    expect(supplier(config, 'accountancy-manager').security.url).toBe('https://www.accountancymanager.co.uk/security');
    expect(supplier(config, 'brightpay').purpose).toMatch(/Payroll and CIS/);
    // The three main providers promise breach notification; the rest promise nothing in the policy.
    expect(config.suppliers.filter((s) => s.breachNotification).map((s) => s.id)).toEqual(['xero', 'receipt-bank', 'accountancy-manager']);
  });

  it('keeps the in-house measures and mandatory breach reporting as policies', () => {
    const text = policyText(config);
    expect(text).toMatch(/anti-virus, anti-malware, anti-ransomware and firewall/);
    expect(text).toMatch(/regularly scanned for infections/);
    expect(text).toMatch(/very little to no customer data is held on local computer systems/);
    expect(config.policies.find((p) => p.id === 'breach-reporting')?.text).toMatch(/notify Trekim of a data breach/);
  });
});

describe('examples/service-firm (seed 002)', () => {
  const config = load('service-firm');

  it('lists every supplier with purpose, retention, location and statement status as stated', () => {
    const rows = Object.fromEntries(
      config.suppliers.map((s) => [s.id, [s.retention ?? null, s.locations.join('/') || null, s.gdprStatement.status]]),
    );
    expect(rows).toEqual({
      'zoho-crm': ['P6Y', 'EU', 'on-file'],
      'quickbooks-online': ['P6Y', 'US', 'on-file'],
      'crisp-chat': ['P3M', 'EU', 'on-file'],
      frontapp: ['P6Y', 'US', 'awaited'],
      'office-365': ['P6Y', 'US', 'in-progress'],
      matomo: ['P3M', 'UK', 'missing'],
      managewp: [null, 'EU', 'missing'],
      cloudflare: [null, null, 'missing'],
      'zoho-workdrive': [null, null, 'missing'],
      'advanced-collection-solutions': [null, null, 'missing'],
      'lambert-chapman': [null, null, 'missing'],
    });
  });

  it("keeps Matomo's IP masking, ACS's data and Lambert Chapman's access", () => {
    expect(supplier(config, 'matomo').security.measures.join()).toMatch(/123\.456\.x\.x/);
    expect(supplier(config, 'advanced-collection-solutions').dataCategories).toEqual([
      'invoice details', 'client name', 'telephone number', 'email address', 'mailing address',
    ]);
    expect(supplier(config, 'advanced-collection-solutions').lawfulBasis).toMatch(/letters of engagement include the consent/);
    expect(supplier(config, 'quickbooks-online').accessBy).toEqual(['lambert-chapman']);
    expect(supplier(config, 'lambert-chapman').notes).toMatch(/access to QuickBooks Online/);
    expect(supplier(config, 'cloudflare').notes).toMatch(/No personal data is stored/);
  });

  it('chases the statements that are awaited or in progress', () => {
    const chase = config.attestations.find((a) => a.id === 'chase-statement');
    expect(chase?.audience.suppliers).toEqual(['frontapp', 'office-365']);
  });
});

describe('examples/stratum-customer (seed 001)', () => {
  const config = load('stratum-customer');

  it('keeps the policy promises', () => {
    const text = policyText(config);
    expect(text).toMatch(/cloud backup that keeps a few days of backups of your critical files saved off site/);
    expect(text).toMatch(/save images of your systems, again off site/);
    expect(text).toMatch(/strong passwords/);
    expect(text).toMatch(/IT provider has a backup plan/);
    expect(supplier(config, 'cloud-backup').retention).toBe('A few days of backups are kept.');
  });
});

/** Every example folder, the held-out firms included: each must load and point at the schema. */
const EXAMPLES = readdirSync(new URL('../../examples/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe.each(EXAMPLES)('examples/%s loads', (name) => {
  it('loads without an error and points editors at the JSON Schema', () => {
    expect(load(name).suppliers.length).toBeGreaterThan(0);
    const first = readFileSync(new URL(`../../examples/${name}/vigil.yaml`, import.meta.url), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../../vigil.schema.json');
  });
});

/** The reference block's firms (test/register/reference/): each must load and point at the schema too. */
const REFERENCE = readdirSync(new URL('../register/reference/', import.meta.url)).filter((f) => f.endsWith('.yaml'));

describe('the reference block', () => {
  // An emptied or half-copied block would let every check below pass over nothing and `--reference` score a smaller set.
  it('holds six firms, each a workspace file and 60 questions: 24 fields, 10 lists, 18 situations, 4 off topic, 4 tools', async () => {
    expect(REFERENCE).toHaveLength(6);
    for (const file of REFERENCE) {
      const slug = file.replace(/\.yaml$/, '');
      const { CASES } = (await import(`../register/reference/${slug}.ts`)) as { CASES: ReferenceCase[] };
      const kinds = Object.fromEntries(['field', 'list', 'situation', 'off-topic', 'new-tool'].map((k) => [k, CASES.filter((c) => c.kind === k).length]));
      expect({ slug, kinds, firms: [...new Set(CASES.map((c) => c.ws))] }).toEqual({ slug, kinds: { field: 24, list: 10, situation: 18, 'off-topic': 4, 'new-tool': 4 }, firms: [slug] });
    }
  });
});

describe.each(REFERENCE)('test/register/reference/%s loads', (file) => {
  it('loads without an error and points editors at the JSON Schema', () => {
    const path = new URL(`../register/reference/${file}`, import.meta.url);
    expect(loadConfigFile(path.pathname).suppliers.length).toBeGreaterThan(0);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../vigil.schema.json');
  });
});

describe.each(['trekim', 'service-firm', 'stratum-customer'])('examples/%s', (name) => {
  const config = load(name);
  const byId = (id: string) => config.attestations.find((a) => a.id === id);

  it('attests the promises: backup daily, AV weekly, 2FA monthly, GDPR statements quarterly of owners', () => {
    // Schedules in words are read as the cron they run as.
    const cron = (a: { schedule: string } | undefined) => (a ? resolveSchedule(a.schedule).cron : undefined);
    const backup = config.attestations.find((a) => /backup|saved in the cloud/i.test(a.question) && /\* \* (1-5|\*)$/.test(cron(a)!));
    expect(backup, 'a daily backup check').toBeDefined();
    expect(cron(byId('av-scan'))).toMatch(/^\d+ \d+ \* \* [0-7]$/);
    expect(byId('two-factor')).toMatchObject({ answer: 'checklist', checklist: 'suppliers-used' });
    expect(cron(byId('two-factor'))).toMatch(/^\d+ \d+ \d+ \* \*$/);
    expect(byId('gdpr-statement')).toMatchObject({ audience: { suppliers: 'all' } });
    expect(cron(byId('gdpr-statement'))).toMatch(/ 1,4,7,10 \*$/);
    expect(config.attestations.some((a) => a.schedule === 'on-join')).toBe(true);
  });

  it('gives every supplier an owner and keeps retention computable', () => {
    for (const s of config.suppliers) {
      expect(s.owner, s.id).toBeDefined();
      if (s.retention?.startsWith('P')) expect(parseDuration(s.retention), s.id).toBeDefined();
    }
  });
});
