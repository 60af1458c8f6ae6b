import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vigilJsonSchemaText } from '../../src/config/json-schema.ts';
import { REFERENCE_BEGIN, REFERENCE_END, configReferenceMarkdown } from '../../src/config/reference.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('files generated from the zod schema', () => {
  it('vigil.schema.json is up to date (run `npm run generate` if not)', () => {
    expect(read('vigil.schema.json')).toBe(vigilJsonSchemaText());
  });

  it("the README's config reference is up to date (run `npm run generate` if not)", () => {
    const readme = read('README.md');
    const start = readme.indexOf(REFERENCE_BEGIN) + REFERENCE_BEGIN.length;
    const end = readme.indexOf(REFERENCE_END);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start, end).trim()).toBe(configReferenceMarkdown().trim());
  });

  it('the reference covers every section and key of the schema', () => {
    const reference = configReferenceMarkdown();
    for (const section of ['organisation', 'people[]', 'suppliers[]', 'suppliers[].security', 'suppliers[].gdprStatement', 'policies[]', 'attestations[]', 'attestations[].audience', 'attestations[].escalation[]']) {
      expect(reference).toContain(`#### \`${section}\``);
    }
    for (const key of ['timezone', 'manager', 'retention', 'schedule', 'reminders', 'onNo', 'checklist', 'accessBy']) {
      expect(reference).toContain(`| \`${key}\` |`);
    }
  });

  it('the README opens with what Vigil is, then the two commands, then the config reference', () => {
    const readme = read('README.md');
    const what = readme.indexOf('Vigil is a compliance chatbot');
    const commands = readme.indexOf('npm start');
    const test = readme.indexOf('npm test');
    const reference = readme.indexOf('## Configuration reference');
    expect(what).toBeGreaterThan(0);
    expect(what).toBeLessThan(commands);
    expect(commands).toBeLessThan(reference);
    expect(test).toBeLessThan(reference);
  });
});
