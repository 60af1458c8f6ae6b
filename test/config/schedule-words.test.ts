import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { Schedule } from '../../src/attestations/schedule.ts';
import { WorkCalendar } from '../../src/attestations/calendar.ts';
import { ConfigError, parseConfig, type ConfigProblem } from '../../src/config/index.ts';
import { describeSchedule } from '../../src/config/schedule-describe.ts';
import { parseScheduleWords, schedulePattern } from '../../src/config/schedule-words.ts';
import { VigilConfigSchema, type Attestation } from '../../src/config/schema.ts';
import { Harness, issuedAt } from '../fixtures/engine-harness.ts';
import { MINIMAL_CONFIG, editLine, lineOf } from '../fixtures/minimal-config.ts';

const config = parseConfig(MINIMAL_CONFIG, 'acme/vigil.yaml');
const calendar = new WorkCalendar(config.organisation);

function attestation(schedule: string, nonWorkingDays?: string): Attestation {
  const base = { id: 'a', question: 'Done?', schedule, audience: { people: ['ann'] }, ...(nonWorkingDays ? { nonWorkingDays } : {}) };
  return VigilConfigSchema.shape.attestations.unwrap().element.parse(base);
}

/** Issue instants in [from, to) as ISO strings. */
function issued(a: Attestation, from: string, to: string): string[] {
  return new Schedule(a, calendar).between(new Date(from), new Date(to)).map((o) => o.issueAt.toISOString());
}

// Each row: the words, the cron they stand for (with the rule they bring), a range that crosses
// a bank holiday and the end of British Summer Time (Sun 25 Oct 2026) or its start (Sun 29 Mar 2026).
const TABLE: [words: string, cron: string, rule: Attestation['nonWorkingDays'] | undefined, from: string, to: string][] = [
  ['every weekday at 09:00', '0 9 * * 1-5', undefined, '2026-03-26T00:00:00Z', '2026-04-08T00:00:00Z'],
  ['Every Friday at 10:00', '0 10 * * 5', undefined, '2026-03-20T00:00:00Z', '2026-04-18T00:00:00Z'],
  ['every Monday and Thursday at 08:30', '30 8 * * 1,4', undefined, '2026-03-26T00:00:00Z', '2026-04-10T00:00:00Z'],
  ['every day at 17:30', '30 17 * * *', undefined, '2026-10-22T00:00:00Z', '2026-10-28T00:00:00Z'],
  ['every working day at 5:30pm', '30 17 * * *', 'skip', '2026-12-22T00:00:00Z', '2026-12-31T00:00:00Z'],
  ['on the 1st of each month at 09:00', '0 9 1 * *', undefined, '2026-02-15T00:00:00Z', '2026-06-15T00:00:00Z'],
  ['on the first working day of each quarter at 10:00', '0 10 1 1,4,7,10 *', 'next-working-day', '2026-12-01T00:00:00Z', '2028-01-15T00:00:00Z'],
  ['on the first working day of each month at 10:00', '0 10 1 * *', 'next-working-day', '2026-03-15T00:00:00Z', '2026-12-15T00:00:00Z'],
  ['on the last working day of each month at 16:00', '0 16 L * *', 'previous-working-day', '2026-03-15T00:00:00Z', '2026-06-15T00:00:00Z'],
  ['on the first Monday of each month at 09:00', '0 9 * * 1#1', undefined, '2026-03-01T00:00:00Z', '2026-07-01T00:00:00Z'],
  ['on the last Friday of each quarter at 15:00', '0 15 * 3,6,9,12 5L', undefined, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['on the last day of each month at 12:00', '0 12 L * *', undefined, '2026-01-15T00:00:00Z', '2026-06-15T00:00:00Z'],
  ['on the 15th of each quarter at noon', '0 12 15 1,4,7,10 *', undefined, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ['on the 25th of May each year at 09:00', '0 9 25 5 *', undefined, '2026-01-01T00:00:00Z', '2029-01-01T00:00:00Z'],
];

describe('schedules in words: the same schedule as their cron twin', () => {
  it.each(TABLE)('"%s" is "%s"', (words, cron, rule, from, to) => {
    expect(parseScheduleWords(words)).toEqual(rule ? { cron, nonWorkingDays: rule } : { cron });
    const twin = attestation(cron, rule);
    const fromWords = attestation(words);
    const expected = issued(twin, from, to);
    expect(expected.length).toBeGreaterThan(0);
    expect(issued(fromWords, from, to)).toEqual(expected);
  });

  it('keeps the wall-clock time across the spring and autumn clock changes, and skips Easter', () => {
    const a = attestation('every weekday at 09:00');
    expect(issued(a, '2026-03-26T00:00:00Z', '2026-04-08T00:00:00Z')).toEqual([
      '2026-03-26T09:00:00.000Z', '2026-03-27T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-01T08:00:00.000Z', '2026-04-02T08:00:00.000Z',
      // Good Friday (3 Apr) and Easter Monday (6 Apr) are bank holidays in England and Wales
      '2026-04-07T08:00:00.000Z',
    ]);
    expect(issued(attestation('every day at 17:30'), '2026-10-22T00:00:00Z', '2026-10-28T00:00:00Z')).toEqual([
      '2026-10-22T16:30:00.000Z', '2026-10-23T16:30:00.000Z', // BST
      '2026-10-26T17:30:00.000Z', '2026-10-27T17:30:00.000Z', // GMT from Sun 25 Oct; the weekend skipped
    ]);
  });

  it('"the first working day of each quarter" uses the bank-holiday calendar', () => {
    expect(issued(attestation('on the first working day of each quarter at 10:00'), '2026-12-01T00:00:00Z', '2028-01-15T00:00:00Z')).toEqual([
      '2027-01-04T10:00:00.000Z', // Fri 1 Jan 2027 is New Year's Day; Sat, Sun: Mon 4 Jan
      '2027-04-01T09:00:00.000Z', // Thu 1 Apr, BST
      '2027-07-01T09:00:00.000Z',
      '2027-10-01T09:00:00.000Z',
      '2028-01-04T10:00:00.000Z', // Sat 1 Jan 2028; Mon 3 Jan is the New Year's Day substitute
    ]);
  });

  it('reads the time as HH:MM, am/pm and noon', () => {
    expect(parseScheduleWords('every Friday at 9am')).toEqual({ cron: '0 9 * * 5' });
    expect(parseScheduleWords('every friday at 12am')).toEqual({ cron: '0 0 * * 5' });
    expect(parseScheduleWords('every Friday at 12:15pm')).toEqual({ cron: '15 12 * * 5' });
    expect(parseScheduleWords('every Sat, Sun at midday')).toEqual({ cron: '0 12 * * 0,6' });
    expect(parseScheduleWords('every Tuesday, Wednesday and Thursday at 07:05')).toEqual({ cron: '5 7 * * 2,3,4' });
  });
});

describe('schedules in words: refused with the reason and an example', () => {
  it.each([
    ['every weekday', /does not say the time of day/, /"every weekday at 09:00"/],
    ['every Firday at 10:00', /"firday" is not a word Vigil reads/, /did you mean "friday"\?/],
    ['every Friday at 9', /"9" is not a time of day/, /HH:MM/],
    ['every Friday at 25:00', /"25:00" is not a time of day/, /24-hour/],
    ['every Friday at 13pm', /pm hours run from 1 to 12/, /HH:MM/],
    ['on the 31st of each month at 09:00', /not every month has a 31st/, /last day of each month/],
    ['on the 30th of February each year at 09:00', /february has no 30th/, /29th|28th/],
    ['every fortnight at 09:00', /is not one Vigil can read/, /every weekday at 09:00.*0 9 \* \* 1-5/],
    ['when the moon is full', /is not one Vigil can read/, /first working day of each quarter/],
  ])('"%s"', (words, message, hint) => {
    const problem = parseScheduleWords(words);
    expect(problem).toMatchObject({ message: expect.stringMatching(message), hint: expect.stringMatching(hint) });
  });

  it('names the file, line and key in vigil.yaml', () => {
    const text = editLine(MINIMAL_CONFIG, 'backup-schedule', '    schedule: every Firday at 17:00');
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'acme/vigil.yaml', line: lineOf(text, 'backup-schedule'), path: 'attestations[0].schedule',
      message: expect.stringMatching(/"firday"/), hint: 'did you mean "friday"?',
    });
    const noTime = problemsOf(editLine(MINIMAL_CONFIG, 'backup-schedule', '    schedule: every weekday'));
    expect(noTime[0]!.hint).toBe('add it, e.g. "every weekday at 09:00"');
  });

  it('refuses a nonWorkingDays that contradicts words naming working days', () => {
    const text = MINIMAL_CONFIG.replace('    schedule: "0 17 * * 1-5" #@backup-schedule',
      '    schedule: on the first working day of each month at 10:00 #@backup-schedule\n    nonWorkingDays: keep #@backup-rule');
    const problems = problemsOf(text);
    expect(problems).toEqual([expect.objectContaining({
      line: lineOf(text, 'backup-rule'), path: 'attestations[0].nonWorkingDays',
      message: expect.stringMatching(/already says what happens on non-working days \(next-working-day\), but nonWorkingDays says keep/),
    })]);
  });

  it('accepts words in a whole vigil.yaml', () => {
    const text = editLine(MINIMAL_CONFIG, 'backup-schedule', '    schedule: every weekday at 17:00');
    expect(parseConfig(text, 'acme/vigil.yaml').attestations[0]!.schedule).toBe('every weekday at 17:00');
  });
});

describe('schedules said back in words', () => {
  it.each([
    ['every weekday at 09:00', 'skip', 'every weekday at 09:00, skipped on non-working days'],
    ['0 9 * * 1-5', 'skip', 'every weekday at 09:00, skipped on non-working days'],
    ['30 8 * * MON,THU', 'keep', 'every Monday and Thursday at 08:30, working day or not'],
    ['0 17 * * *', 'skip', 'every working day at 17:00'],
    ['0 17 * * *', 'keep', 'every day at 17:00, working day or not'],
    ['on the first working day of each quarter at 10:00', 'skip', 'on the first working day of each quarter at 10:00'],
    ['0 10 1 1,4,7,10 *', 'next-working-day', 'on the first working day of each quarter at 10:00'],
    ['0 10 1 1,4,7,10 *', 'skip', 'on the 1st of each quarter at 10:00, skipped on non-working days'],
    ['0 16 L * *', 'previous-working-day', 'on the last working day of each month at 16:00'],
    ['0 9 * * 1#1', 'next-working-day', 'on the first Monday of each month at 09:00, or the next working day when that is not one'],
    ['0 9 25 5 *', 'keep', 'on the 25th of May each year at 09:00, working day or not'],
    ['0 10 1 1 *', 'next-working-day', 'on the first working day of each year at 10:00'],
    ['on-join', 'skip', 'once, when a person joins'],
  ] as const)('%s (%s): %s', (schedule, rule, words) => {
    expect(describeSchedule(schedule, rule)).toBe(words);
  });

  it('has no words for cron that has none', () => {
    for (const cron of ['*/15 * * * *', '0 9-17 * * *', '0 9 1-7 * 1', '0 9 LW * *']) expect(describeSchedule(cron, 'skip'), cron).toBeUndefined();
  });

  it('says every row of the parsing table back as it was written (up to the rule note)', () => {
    for (const [words] of TABLE) {
      const said = describeSchedule(words, 'keep')!;
      expect(said.replace(/, working day or not$/, '').toLowerCase(), words)
        .toBe(words.toLowerCase().replace('5:30pm', '17:30').replace('noon', '12:00'));
    }
  });
});

describe('the JSON Schema pattern for editors', () => {
  const pattern = new RegExp(schedulePattern(), 'u');
  it('matches what Vigil reads, in any case', () => {
    for (const [words, cron] of TABLE) {
      expect(pattern.test(words), words).toBe(true);
      expect(pattern.test(words.toUpperCase()), words).toBe(true);
      expect(pattern.test(cron), cron).toBe(true);
    }
    for (const ok of ['on-join', '@daily', 'every weekday at 9am', 'on weekdays at 09:00']) expect(pattern.test(ok), ok).toBe(true);
  });
  it('flags what it does not', () => {
    for (const bad of ['every weekday', 'every fortnight at 09:00', 'when the moon is full', '0 9 * *', 'every Firday at 10:00']) {
      expect(pattern.test(bad), bad).toBe(false);
    }
  });
});

function problemsOf(text: string): readonly ConfigProblem[] {
  try {
    parseConfig(text, 'acme/vigil.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

describe('vigil.schema.json, as an editor checks a file with it', () => {
  const validate = (() => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    return ajv.compile(JSON.parse(readFileSync(new URL('../../vigil.schema.json', import.meta.url), 'utf8')));
  })();
  const withBackup = (schedule: string, window: string) => parseYaml(
    editLine(editLine(MINIMAL_CONFIG, 'backup-schedule', `    schedule: ${JSON.stringify(schedule)}`), 'backup-window', `    window: ${window}`),
  );
  const errorsAt = (data: unknown) => {
    validate(data);
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
  };

  it('accepts schedules in words and cron, and ISO durations', () => {
    expect(errorsAt(parseYaml(MINIMAL_CONFIG))).toEqual([]);
    expect(errorsAt(withBackup('on the first working day of each quarter at 10:00', 'P2D'))).toEqual([]);
    expect(errorsAt(withBackup('Every Monday and Thursday at 8:30am', 'PT4H'))).toEqual([]);
  });

  it('flags "6 years" as a duration and an unreadable schedule', () => {
    expect(errorsAt(withBackup('every weekday at 09:00', '"6 years"'))).toEqual(['/attestations/0/window pattern']);
    expect(errorsAt(withBackup('every fortnight at 09:00', 'P1D'))).toEqual(['/attestations/0/schedule pattern']);
    const retention = parseYaml(MINIMAL_CONFIG.replace('  dataProtectionContact:', '  evidenceRetention: 6 years\n  dataProtectionContact:'));
    expect(errorsAt(retention)).toEqual(['/organisation/evidenceRetention pattern']);
  });

  it('accepts every example workspace', () => {
    for (const name of readdirSync(new URL('../../examples/', import.meta.url))) {
      const file = new URL(`../../examples/${name}/vigil.yaml`, import.meta.url);
      if (!existsSync(file)) continue;
      expect(errorsAt(parseYaml(readFileSync(file, 'utf8'))), name).toEqual([]);
    }
  });
});

describe('schedules in words through the engine', () => {
  it('issues the same prompts at the same instants as the cron twin, across Easter and the clocks going forward', async () => {
    const run = async (schedule: string) => {
      const h = await Harness.open(`  - id: check
    question: Checked?
    schedule: ${JSON.stringify(schedule)}
    audience: { people: [ann] }
    window: PT8H
  - id: quarterly
    question: Quarterly done?
    schedule: ${JSON.stringify(schedule === '0 9 * * 1-5' ? '0 10 1 1,4,7,10 *' : 'on the first working day of each quarter at 10:00')}
    nonWorkingDays: ${schedule === '0 9 * * 1-5' ? 'next-working-day' : 'skip'}
    audience: { people: [ann] }
    window: P3D
`, '2026-03-26T00:00:00Z');
      try {
        return issuedAt(await h.runUntil('2026-04-08T12:00:00Z'));
      } finally {
        await h.close();
      }
    };
    const fromWords = await run('every weekday at 09:00');
    expect(fromWords).toEqual(await run('0 9 * * 1-5'));
    expect(fromWords).toContain('2026-04-01T09:00:00.000Z ann'); // Wed 1 April, 10:00 BST: the quarter's first working day
    expect(fromWords.filter((l) => l.startsWith('2026-04-03') || l.startsWith('2026-04-06'))).toEqual([]); // Good Friday, Easter Monday
  });
});
