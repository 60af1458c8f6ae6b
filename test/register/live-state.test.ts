import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/index.ts';
import { applyFacts } from '../../src/register/live-state-yaml.ts';
import { factWords, fileWords, liveRegister } from '../../src/register/live-state.ts';
import type { SupplierAttestedAnswer } from '../../src/store/register-state.ts';
import { MINIMAL_CONFIG, lineOf } from '../fixtures/minimal-config.ts';

const root = new URL('../..', import.meta.url).pathname;

/** The minimal workspace with its per-supplier GDPR question setting the statement's status. */
const WITH_SETS = MINIMAL_CONFIG.replace('    answer: yes-no-na\n', '    answer: yes-no-na\n    sets: { gdprStatement: on-file } #@gdpr-sets\n');

function answer(supplierId: string, value: SupplierAttestedAnswer['value'], at: string, by = 'bob'): SupplierAttestedAnswer {
  return { attestationId: 'gdpr', supplierId, promptId: `p-${supplierId}-${at}`, occurrence: new Date('2026-10-01T09:00:00Z'), value, answeredBy: by, answeredAt: new Date(at) };
}

function configError(text: string): ConfigError {
  try {
    parseConfig(text, 'vigil.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the config loaded');
}

describe('sets: the register field a Yes sets', () => {
  it('is typed: an unknown field or status is refused at its line', () => {
    const badStatus = WITH_SETS.replace('sets: { gdprStatement: on-file }', 'sets: { gdprStatement: on-fil }');
    expect(configError(badStatus).message).toContain(`vigil.yaml:${lineOf(badStatus, 'gdpr-sets')}:`);
    expect(configError(badStatus).message).toContain('"on-fil" is not one of on-file, requested, awaited, in-progress, missing');
    expect(configError(badStatus).message).toContain('did you mean "on-file"?');
    const badField = WITH_SETS.replace('sets: { gdprStatement: on-file }', 'sets: { gdprStatment: on-file }');
    expect(configError(badField).message).toMatch(/attestations\[1\]\.sets\.gdprStatment: unknown key "gdprStatment"\n {4}fix: did you mean "gdprStatement"\?/);
  });

  it('belongs to a per-supplier Yes/No question', () => {
    const onPeople = WITH_SETS.replace('    policy: backups #@backup-policy\n', '    policy: backups #@backup-policy\n    sets: { gdprStatement: on-file } #@backup-sets\n');
    const error = configError(onPeople);
    expect(error.message).toContain(`vigil.yaml:${lineOf(onPeople, 'backup-sets')}:`);
    expect(error.message).toContain('attestations[0].sets: sets writes a field of the supplier asked about, but this question is not asked per supplier');
    const asText = WITH_SETS.replace('    answer: yes-no-na\n', '    answer: text\n');
    expect(configError(asText).message).toContain('attestations[1].sets: sets is read from a Yes or a No, but the answer is "text"');
    const empty = WITH_SETS.replace('sets: { gdprStatement: on-file }', 'sets: {}');
    expect(configError(empty).message).toContain('attestations[1].sets: sets names no register field');
  });

  it.each(['trekim', 'service-firm', 'stratum-customer', 'larch-vale', 'oakhill-pantry'])('examples/%s sets the statement from its GDPR question', (name) => {
    const config = parseConfig(readFileSync(`${root}examples/${name}/vigil.yaml`, 'utf8'), name);
    expect(config.attestations.find((a) => a.id === 'gdpr-statement')?.sets).toEqual({ gdprStatement: 'on-file' });
  });
});

describe('the live register', () => {
  const config = parseConfig(WITH_SETS, 'vigil.yaml');

  it('puts an attested Yes in place, with who and when, beside what the file says', () => {
    const live = liveRegister(config, [answer('dropbox', 'yes', '2026-11-23T10:15:00Z')]);
    expect(live.differences).toEqual([expect.objectContaining({
      supplierId: 'dropbox', field: 'gdprStatement', file: 'missing', attested: 'on-file', by: 'bob', byName: 'Bob Stone', differs: true,
    })]);
    expect(live.config.suppliers.find((s) => s.id === 'dropbox')?.gdprStatement.status).toBe('on-file');
    // The file's own config is untouched.
    expect(config.suppliers.find((s) => s.id === 'dropbox')?.gdprStatement.status).toBe('missing');
    expect(factWords(live.differences[0]!, 'Europe/London')).toBe('on file since 23 Nov 2026, attested by Bob Stone');
    expect(fileWords(live.differences[0]!)).toBe('vigil.yaml says not on file');
  });

  it('takes the latest answer: a later No to a statement the file has on file says it is missing', () => {
    const live = liveRegister(config, [answer('xero', 'yes', '2026-10-02T10:00:00Z', 'ann'), answer('xero', 'no', '2026-11-20T10:00:00Z', 'ann')]);
    expect(live.differences).toEqual([expect.objectContaining({ supplierId: 'xero', file: 'on-file', attested: 'missing', answer: 'no' })]);
  });

  it('finds no difference where the answers agree with the file, and keeps the agreeing evidence', () => {
    const live = liveRegister(config, [answer('xero', 'yes', '2026-10-02T10:00:00Z', 'ann'), answer('dropbox', 'no', '2026-10-02T11:00:00Z'), answer('dropbox', 'na', '2026-10-03T11:00:00Z')]);
    expect(live.differences).toEqual([]);
    expect(live.config).toBe(config);
    expect(live.facts).toEqual([expect.objectContaining({ supplierId: 'xero', attested: 'on-file', differs: false })]);
  });

  it('ignores answers to attestations that set nothing, and suppliers no longer in the register', () => {
    const without = parseConfig(MINIMAL_CONFIG, 'vigil.yaml');
    expect(liveRegister(without, [answer('dropbox', 'yes', '2026-11-23T10:15:00Z')]).facts).toEqual([]);
    expect(liveRegister(config, [answer('gone', 'yes', '2026-11-23T10:15:00Z')]).facts).toEqual([]);
  });
});

describe('writing attested facts into vigil.yaml', () => {
  const config = parseConfig(WITH_SETS, 'vigil.yaml');

  it('changes only the values, keeping comments, order and layout, and the file then agrees', () => {
    const live = liveRegister(config, [answer('dropbox', 'yes', '2026-11-23T10:15:00Z'), answer('xero', 'no', '2026-11-24T10:15:00Z', 'ann')]);
    const { text, edits } = applyFacts(WITH_SETS, 'vigil.yaml', live.differences);
    expect(edits.map((e) => [e.path, e.before.trim(), e.after.trim()])).toEqual([
      ['suppliers[0].gdprStatement.status', 'status: on-file #@xero-status', 'status: missing #@xero-status'],
      ['suppliers[1].gdprStatement.status', 'gdprStatement: { status: missing }', 'gdprStatement: { status: on-file }'],
    ]);
    const before = WITH_SETS.split('\n');
    const after = text.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual(['      status: missing #@xero-status', '    gdprStatement: { status: on-file }']);
    const reloaded = parseConfig(text, 'vigil.yaml');
    expect(liveRegister(reloaded, [answer('dropbox', 'yes', '2026-11-23T10:15:00Z'), answer('xero', 'no', '2026-11-24T10:15:00Z', 'ann')]).differences).toEqual([]);
  });

  it('with nothing to write, returns the text unchanged', () => {
    expect(applyFacts(WITH_SETS, 'vigil.yaml', [])).toEqual({ text: WITH_SETS, edits: [], dateEdits: [] });
  });
});
