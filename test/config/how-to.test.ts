import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type ConfigProblem } from '../../src/config/index.ts';
import { plainInstructions } from '../../src/attestations/how-to.ts';
import { schemaAt } from '../../src/config/json-schema.ts';
import { MINIMAL_CONFIG, lineOf } from '../fixtures/minimal-config.ts';

const FILE = 'acme/vigil.yaml';
const withHowTo = (lines: string) => MINIMAL_CONFIG.replace('    policy: backups #@backup-policy', `    policy: backups #@backup-policy\n${lines}`);

function problemsOf(text: string): readonly ConfigProblem[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

describe('how to check, in vigil.yaml', () => {
  it('accepts instructions and an https link per attestation and per checklist item', () => {
    const text = withHowTo([
      '    instructions: "Open the **backup dashboard**; see [the guide](https://acme.example/guide)."',
      '    link: https://acme.example/backups',
    ].join('\n')).replace('    answer: yes-no-na', '    answer: yes-no-na').concat([
      '  - id: desk',
      '    question: Desk clear?',
      '    schedule: every Friday at 16:00',
      '    audience: { people: [ann] }',
      '    answer: checklist',
      '    checklist:',
      '      - Screen locked',
      '      - { item: Papers filed, instructions: In the grey cabinet., link: "https://acme.example/filing" }',
      '',
    ].join('\n'));
    const config = parseConfig(text, FILE);
    expect(config.attestations[0]).toMatchObject({ link: 'https://acme.example/backups', instructions: expect.stringContaining('**backup dashboard**') });
    expect(config.attestations[2]!.checklist).toEqual(['Screen locked', { item: 'Papers filed', instructions: 'In the grey cabinet.', link: 'https://acme.example/filing' }]);
  });

  it('refuses a link that is not https, and instructions over the limit, at their line', () => {
    const http = withHowTo('    link: http://acme.example/backups #@link');
    expect(problemsOf(http)).toEqual([expect.objectContaining({ line: lineOf(http, 'link'), path: 'attestations[0].link', message: 'expected an https:// address' })]);
    const long = withHowTo(`    instructions: ${'x'.repeat(1501)} #@instructions`);
    expect(problemsOf(long)).toEqual([expect.objectContaining({ line: lineOf(long, 'instructions'), path: 'attestations[0].instructions', message: expect.stringMatching(/at most 1500 characters; link a page for more/) })]);
    const item = withHowTo('    answer: checklist\n    checklist: [{ item: A, link: "javascript:alert(1)" }] #@item').replace('    answer: yes-no-na', '    answer: yes-no-na');
    expect(problemsOf(item).map((p) => [p.path, p.line])).toContainEqual(['attestations[0].checklist[0].link', lineOf(item, 'item')]);
  });

  it('gives editors the https pattern', () => {
    expect(schemaAt(['attestations', 0, 'link'])?.pattern).toBe('^https://');
  });

  it('turns markdown links into their words and address, and drops bold marks', () => {
    expect(plainInstructions('See [the guide](https://acme.example/g) and **do it**.')).toBe('See the guide (https://acme.example/g) and do it.');
    expect(plainInstructions('[https://a.example](https://a.example)')).toBe('https://a.example');
  });
});
