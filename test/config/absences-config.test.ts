import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type ConfigProblem } from '../../src/config/index.ts';
import { MINIMAL_CONFIG, lineOf } from '../fixtures/minimal-config.ts';

const FILE = 'acme/vigil.yaml';

/** The minimal workspace with an `absences:` section of these lines. */
const withAbsences = (...lines: string[]) => `${MINIMAL_CONFIG}absences:\n${lines.join('\n')}\n`;

function problemsOf(text: string): readonly ConfigProblem[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

describe('absences in vigil.yaml', () => {
  it('reads a person away between two days, with an optional delegate', () => {
    const config = parseConfig(withAbsences('  - { person: cat, from: 2026-12-14, until: 2027-01-02, delegate: bob }', '  - { person: bob, from: 2026-12-21, until: 2026-12-21 }'), FILE);
    expect(config.absences).toEqual([
      { person: 'cat', from: '2026-12-14', until: '2027-01-02', delegate: 'bob' },
      { person: 'bob', from: '2026-12-21', until: '2026-12-21' },
    ]);
    expect(parseConfig(MINIMAL_CONFIG, FILE).absences).toEqual([]);
  });

  it.each([
    ['an unknown person, with did-you-mean', '  - { person: catt, from: 2026-12-14, until: 2026-12-18 } #@absence-line', 'absences[0].person', /unknown person "catt"/, /did you mean "cat"\?/],
    ['an unknown delegate', '  - { person: cat, from: 2026-12-14, until: 2026-12-18, delegate: zed } #@absence-line', 'absences[0].delegate', /unknown person "zed"/, /known persons/],
    ['the person as their own delegate', '  - { person: cat, from: 2026-12-14, until: 2026-12-18, delegate: cat } #@absence-line', 'absences[0].delegate', /cannot be their own delegate/, /name someone else/],
    ['until before from', '  - { person: cat, from: 2026-12-14, until: 2026-12-04 } #@absence-line', 'absences[0].until', /"2026-12-04" is before "2026-12-14"/, /on or after from/],
    ['a date that is not one', '  - { person: cat, from: 2026-02-30, until: 2026-03-04 } #@absence-line', 'absences[0].from', /date/, /./],
    ['an unknown key', '  - { person: cat, from: 2026-12-14, until: 2026-12-18, cover: bob } #@absence-line', 'absences[0].cover', /cover/, /./],
  ])('%s is refused at its line', (_name, line, path, message, hint) => {
    const text = withAbsences(line);
    const problems = problemsOf(text);
    expect(problems).toEqual([expect.objectContaining({ path, line: lineOf(text, 'absence-line'), message: expect.stringMatching(message) })]);
    expect(problems[0]!.hint ?? '').toMatch(hint);
  });
});
