import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type ConfigProblem } from '../../src/config/index.ts';
import { MINIMAL_CONFIG, editLine, lineOf } from '../fixtures/minimal-config.ts';

const FILE = 'acme/vigil.yaml';

/** Parses `text`, expecting it to fail, and returns every problem. */
function problemsOf(text: string): readonly ConfigProblem[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

interface Case {
  name: string;
  edit: (text: string) => string;
  /** The marker of the line the error must name. */
  line: string;
  path: string;
  message: RegExp;
  hint: RegExp;
}

const cases: Case[] = [
  {
    name: 'unknown manager, with did-you-mean',
    edit: (t) => editLine(t, 'cat-manager', '    manager: bobb'),
    line: 'cat-manager', path: 'people[2].manager', message: /unknown person "bobb"/, hint: /did you mean "bob"\?/,
  },
  {
    name: 'cron hour out of range',
    edit: (t) => editLine(t, 'backup-schedule', '    schedule: "0 25 * * 1-5"'),
    line: 'backup-schedule', path: 'attestations[0].schedule', message: /hour "25" is out of range 0–23/, hint: /0–23/,
  },
  {
    name: 'cron with a seconds field',
    edit: (t) => editLine(t, 'backup-schedule', '    schedule: "0 0 17 * * 1-5"'),
    line: 'backup-schedule', path: 'attestations[0].schedule', message: /has 6 fields; Vigil schedules have 5/, hint: /drop the seconds field/,
  },
  {
    name: 'cron day name misspelt',
    edit: (t) => editLine(t, 'backup-schedule', '    schedule: "0 17 * * MOM-FRI"'),
    line: 'backup-schedule', path: 'attestations[0].schedule', message: /day-of-week "MOM" is not/, hint: /did you mean "MON"\?/,
  },
  {
    name: 'cron range backwards',
    edit: (t) => editLine(t, 'backup-schedule', '    schedule: "0 17 * * 5-1"'),
    line: 'backup-schedule', path: 'attestations[0].schedule', message: /range "5-1" runs backwards/, hint: /"1-5"/,
  },
  {
    name: 'unknown timezone',
    edit: (t) => editLine(t, 'org-timezone', '  timezone: Europe/Londn'),
    line: 'org-timezone', path: 'organisation.timezone', message: /unknown timezone "Europe\/Londn"/, hint: /did you mean "Europe\/London"\?/,
  },
  {
    name: 'a city instead of a timezone',
    edit: (t) => editLine(t, 'org-timezone', '  timezone: Paris'),
    line: 'org-timezone', path: 'organisation.timezone', message: /unknown timezone "Paris"/, hint: /"Europe\/Paris"/,
  },
  {
    name: 'duplicate person id',
    edit: (t) => editLine(t, 'bob-id', '  - id: ann'),
    line: 'bob-id', path: 'people[1].id', message: /duplicate person id "ann" \(also people\[0\]\)/, hint: /its own id/,
  },
  {
    name: 'manager cycle',
    edit: (t) => editLine(t, 'ann-roles', '    roles: [staff, manager, compliance]\n    manager: cat'),
    line: 'ann-roles', path: 'people[0].manager', message: /manager cycle: ann → cat → bob → ann/, hint: /outside it/,
  },
  {
    name: 'audience nobody matches',
    edit: (t) => editLine(t, 'backup-audience', '    audience: { roles: [manager] }').replace('roles: [staff, manager, compliance]', 'roles: [staff, compliance]'),
    line: 'backup-audience', path: 'attestations[0].audience', message: /matches nobody: no person has the role manager/, hint: /give someone that role/,
  },
  {
    name: 'retention that is a bare number',
    edit: (t) => editLine(t, 'xero-retention', '    retention: 6'),
    line: 'xero-retention', path: 'suppliers[0].retention', message: /retention is an ISO 8601 duration such as "P6Y", or text/, hint: /How long the data is kept/,
  },
  {
    name: 'retention that is a broken ISO duration',
    edit: (t) => editLine(t, 'xero-retention', '    retention: P6'),
    line: 'xero-retention', path: 'suppliers[0].retention', message: /retention "P6" is not a valid ISO 8601 duration/, hint: /"P6Y"/,
  },
  {
    name: 'retention written in words',
    edit: (t) => editLine(t, 'xero-retention', '    retention: 6 years'),
    line: 'xero-retention', path: 'suppliers[0].retention', message: /duration written in words/, hint: /write "P6Y"/,
  },
  {
    name: 'unknown key, with did-you-mean',
    edit: (t) => editLine(t, 'xero-owner', '    ownr: ann'),
    line: 'xero-owner', path: 'suppliers[0].ownr', message: /unknown key "ownr"/, hint: /did you mean "owner"\?/,
  },
  {
    name: 'enum value misspelt',
    edit: (t) => editLine(t, 'xero-status', '      status: on file'),
    line: 'xero-status', path: 'suppliers[0].gdprStatement.status', message: /"on file" is not one of on-file, requested/, hint: /did you mean "on-file"\?/,
  },
  {
    name: 'role misspelt',
    edit: (t) => editLine(t, 'ann-roles', '    roles: [staff, manger, compliance]'),
    line: 'ann-roles', path: 'people[0].roles[1]', message: /"manger" is not one of staff, manager, compliance/, hint: /did you mean "manager"\?/,
  },
  {
    name: 'unknown supplier owner',
    edit: (t) => editLine(t, 'xero-owner', '    owner: anne'),
    line: 'xero-owner', path: 'suppliers[0].owner', message: /unknown person "anne"/, hint: /did you mean "ann"\?/,
  },
  {
    name: 'unknown supplier in an audience',
    edit: (t) => editLine(t, 'gdpr-audience', '    audience: { suppliers: [xero, dropbx] }'),
    line: 'gdpr-audience', path: 'attestations[1].audience.suppliers[1]', message: /unknown supplier "dropbx"/, hint: /did you mean "dropbox"\?/,
  },
  {
    name: 'unknown policy',
    edit: (t) => editLine(t, 'backup-policy', '    policy: backup'),
    line: 'backup-policy', path: 'attestations[0].policy', message: /unknown policy "backup"/, hint: /did you mean "backups"\?/,
  },
  {
    name: 'reminder after the window closes',
    edit: (t) => editLine(t, 'backup-reminders', '    reminders: [PT2H, PT13H]'),
    line: 'backup-reminders', path: 'attestations[0].reminders[1]', message: /reminder PT13H comes after the window \(PT12H\)/, hint: /remind sooner/,
  },
  {
    name: 'window that is not a duration',
    edit: (t) => editLine(t, 'backup-window', '    window: 12 hours'),
    line: 'backup-window', path: 'attestations[0].window', message: /"12 hours" is not an ISO 8601 duration/, hint: /write "PT12H"/,
  },
  {
    name: 'null where text belongs',
    edit: (t) => editLine(t, 'channel', '    teams: ""').replace('    teams: ""', '    slack: null'),
    line: 'channel', path: 'organisation.complianceChannel.slack', message: /expected a string, got nothing/, hint: /Slack channel id/,
  },
  {
    name: 'an email that is not one',
    edit: (t) => editLine(t, 'ann-email', '    email: ann.acme.example'),
    line: 'ann-email', path: 'people[0].email', message: /expected an email address/, hint: /Work email/,
  },
  {
    name: '{supplier} in a question asked of people',
    edit: (t) => editLine(t, 'backup-question', "    question: Is {supplier}'s backup done?"),
    line: 'backup-question', path: 'attestations[0].question', message: /only filled in for per-supplier audiences/, hint: /suppliers: all/,
  },
  {
    name: 'a per-supplier question that does not name the supplier',
    edit: (t) => editLine(t, 'gdpr-question', '    question: Is the GDPR statement on file?'),
    line: 'gdpr-question', path: 'attestations[1].question', message: /should name the supplier/, hint: /"\{supplier\}"/,
  },
  {
    name: 'bad id characters',
    edit: (t) => editLine(t, 'backup-id', '  - id: Backup Check'),
    line: 'backup-id', path: 'attestations[0].id', message: /attestation ids are lowercase letters, digits and hyphens/, hint: /id: lowercase/,
  },
];

describe('broken configs', () => {
  it('the base config is valid', () => {
    expect(parseConfig(MINIMAL_CONFIG, FILE).people).toHaveLength(3);
  });

  it.each(cases)('$name: names the line, the path and the fix', (c) => {
    const text = c.edit(MINIMAL_CONFIG);
    const problems = problemsOf(text);
    const problem = problems.find((p) => p.path === c.path);
    expect(problem, `problems were: ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(problem!.file).toBe(FILE);
    expect(problem!.line).toBe(lineOf(text, c.line));
    expect(problem!.col).toBeGreaterThan(0);
    expect(problem!.message).toMatch(c.message);
    expect(problem!.hint).toMatch(c.hint);
  });

  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  // A URL parser takes an address with a YAML line run on into it ("https://… - Filed in SharePoint."), where the JSON Schema's "uri"
  // format and a browser do not: check-config must refuse it too, at the address's line, and take the same address written alone.
  it('a web address with a line run on into it is refused at its line; the address alone is accepted', () => {
    const alone = editLine(MINIMAL_CONFIG, 'xero-status', '      status: on-file\n      url: https://www.xero.com/uk/legals/gdpr');
    expect(parseConfig(alone, FILE).suppliers[0]!.gdprStatement.url).toBe('https://www.xero.com/uk/legals/gdpr');
    const runOn = editLine(MINIMAL_CONFIG, 'xero-status', '      status: on-file\n      url: https://www.xero.com/uk/legals/gdpr\n        - Filed in SharePoint.');
    const problem = problemsOf(runOn).find((p) => p.path === 'suppliers[0].gdprStatement.url');
    expect(problem?.line).toBe(lineOf(runOn, 'xero-status') - 1);
    expect(problem?.message).toMatch(/a web address has no spaces/);
  });

  it('escalating to an unset compliance channel is refused', () => {
    const text = MINIMAL_CONFIG.replace(/ {2}complianceChannel:\n.*\n/, '');
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'attestations[0].escalation[1].to',
        line: lineOf(text, 'backup-escalation'),
        message: expect.stringMatching(/organisation.complianceChannel names none/),
        hint: expect.stringMatching(/set organisation.complianceChannel.slack/),
      }),
    ]);
  });

  it('a per-supplier question about a supplier with no owner is refused', () => {
    const text = editLine(MINIMAL_CONFIG, 'xero-owner', '    notes: nobody owns this');
    const problem = problemsOf(text).find((p) => p.path === 'attestations[1].audience.suppliers');
    expect(problem?.message).toBe('supplier "xero" has no owner, so nobody can be asked about it');
    expect(problem?.hint).toBe('set suppliers[0].owner');
  });

  it('a workspace with nobody in the compliance role is refused', () => {
    const text = editLine(MINIMAL_CONFIG, 'ann-roles', '    roles: [staff, manager]');
    expect(problemsOf(text)).toEqual([expect.objectContaining({ path: 'people', message: expect.stringMatching(/nobody has the compliance role/) })]);
  });

  it('a YAML syntax error names its line', () => {
    const text = editLine(MINIMAL_CONFIG, 'bob-manager', '   manager: [ann');
    const [problem] = problemsOf(text);
    expect(problem!.message).toMatch(/^YAML syntax/);
    expect(problem!.line).toBeGreaterThanOrEqual(lineOf(text, 'bob-manager'));
  });

  it('a key written twice is a syntax error with a fix', () => {
    const text = editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bob\n    manager: ann');
    const [problem] = problemsOf(text);
    expect(problem!.message).toMatch(/YAML syntax: .*unique/i);
    expect(problem!.hint).toMatch(/each key may appear once/);
    expect(problem!.line).toBe(lineOf(text, 'cat-manager')); // the second `manager:` line
  });

  it('a missing required key points at its parent and says what to add', () => {
    const text = MINIMAL_CONFIG.replace(/ {2}timezone: Europe\/London.*\n/, '');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ path: 'organisation.timezone', line: 3, message: 'missing required key "timezone"' });
    expect(problem!.hint).toMatch(/IANA timezone of the office/);
  });

  it('an empty file says so', () => {
    expect(problemsOf('# nothing yet\n')).toEqual([expect.objectContaining({ line: 1, message: 'the file is empty' })]);
  });

  it('reports every error at once, and loads nothing', () => {
    let text = editLine(MINIMAL_CONFIG, 'org-timezone', '  timezone: Europe/Londn');
    text = editLine(text, 'backup-schedule', '    schedule: "61 17 * * 1-5"');
    text = editLine(text, 'xero-status', '      status: awaiting');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual([
      'organisation.timezone',
      'suppliers[0].gdprStatement.status',
      'attestations[0].schedule',
    ]);
  });

  it('reports every reference error at once', () => {
    let text = editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb');
    text = editLine(text, 'xero-owner', '    owner: zed');
    text = editLine(text, 'backup-policy', '    policy: nope');
    expect(problemsOf(text).map((p) => p.path)).toEqual(['people[2].manager', 'suppliers[0].owner', 'attestations[0].policy']);
  });

  it('formats each problem as file:line:col, path, message and fix', () => {
    const text = editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb');
    try {
      parseConfig(text, FILE);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        `${FILE}:${lineOf(text, 'cat-manager')}:14  people[2].manager: unknown person "bobb"\n    fix: did you mean "bob"?`,
      );
    }
  });
});
