import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile } from '../../src/config/index.ts';
import { policyDocument, policyVersion } from '../../src/config/policy-documents.ts';
import { describeSchedule } from '../../src/config/schedule-describe.ts';
import { ENGINE_BASE } from '../fixtures/engine-harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const POLICY = '  - { id: backups, title: Backups, text: We back up daily. }';
const withPolicy = (policy: string) => ENGINE_BASE.replace(POLICY, policy).replace(/attestations:\n$/, 'attestations: []\n');

function write(yaml: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-policy-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, 'vigil.yaml'), yaml);
  return join(dir, 'vigil.yaml');
}

describe('policy documents', () => {
  it('reads a Markdown file relative to vigil.yaml; its version is a hash of it unless one is stated', () => {
    const file = write(withPolicy('  - { id: backups, title: Backups, text: We back up daily., file: policies/backups.md }'), { 'policies/backups.md': '# Backups\n\nWe back up every night.\n' });
    const policy = loadConfigFile(file).policies[0]!;
    expect(policyDocument(policy)).toBe('# Backups\n\nWe back up every night.\n');
    expect(policyVersion(policy)).toMatch(/^sha256:[0-9a-f]{12}$/);
    const edited = write(withPolicy('  - { id: backups, title: Backups, text: We back up daily., file: policies/backups.md }'), { 'policies/backups.md': '# Backups\n\nWe back up every night, offsite.\n' });
    expect(policyVersion(loadConfigFile(edited).policies[0]!)).not.toBe(policyVersion(policy));
    const stated = write(withPolicy('  - { id: backups, title: Backups, text: We back up daily., file: backups.md, version: 3 }'), { 'backups.md': 'Nightly.' });
    expect(policyVersion(loadConfigFile(stated).policies[0]!)).toBe('3');
  });

  it('a version is kept as written: 1.10 is not 1.1, 2.0 is not 2', () => {
    const versionOf = (version: string) => policyVersion(loadConfigFile(write(withPolicy(`  - { id: backups, title: Backups, text: We back up daily., version: ${version} }`))).policies[0]!);
    expect(versionOf('1.10')).toBe('1.10');
    expect(versionOf('1.1')).toBe('1.1');
    expect(versionOf('2.0')).toBe('2.0');
    expect(versionOf('2026.10')).toBe('2026.10');
    expect(versionOf('"1.10"')).toBe('1.10');
    expect(versionOf('3')).toBe('3');
  });

  it('a missing file is an error at the file key\'s line', () => {
    const file = write(withPolicy('  - id: backups\n    title: Backups\n    text: We back up daily.\n    file: policies/missing.md'));
    let error: unknown;
    try {
      loadConfigFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const [problem] = (error as ConfigError).problems;
    const line = ENGINE_BASE.split('\n').indexOf(POLICY) + 4;
    expect(problem).toEqual(expect.objectContaining({ line, path: 'policies[0].file', message: 'cannot read the policy document "policies/missing.md": there is no such file' }));
  });

  it('an acknowledge answer needs its policy; a schedule following a supplier date needs suppliers', () => {
    const file = write(ENGINE_BASE + `  - id: accept
    question: Please read it
    schedule: on-join
    audience: { roles: [staff] }
    answer: acknowledge
  - id: review
    question: Is it renewed?
    schedule: 30 days before each supplier's statement review is due
    audience: { roles: [staff] }
`);
    expect(() => loadConfigFile(file)).toThrow(/acknowledge answer needs the policy[\s\S]*follows each supplier's date/);
  });

  it('says a due schedule back in words', () => {
    expect(describeSchedule("30 days before each supplier's statement review is due", 'skip')).toMatch(/^30 days before each supplier's GDPR statement review is due/);
    expect(describeSchedule("when each supplier's GDPR statement review is due at 10:00", 'skip')).toMatch(/^on the day .* at 10:00/);
  });
});
