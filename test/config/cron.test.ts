import { describe, expect, it } from 'vitest';
import { checkCron } from '../../src/config/cron.ts';
import { addDuration, describeDuration, isoFromWords, parseDuration } from '../../src/config/duration.ts';
import { closest } from '../../src/config/suggest.ts';

describe('checkCron', () => {
  it.each(['0 9 * * 1-5', '*/15 * * * *', '0 10 1 1,4,7,10 *', '30 16 * * MON-FRI', '0 9 L * *', '0 9 * * 5#1', '@daily', '0 0 1 JAN *'])(
    'accepts %s',
    (expression) => expect(checkCron(expression)).toBeUndefined(),
  );

  it.each([
    ['60 9 * * *', /minute "60" is out of range 0–59/],
    ['0 9 32 * *', /day-of-month "32" is out of range 1–31/],
    ['0 9 * 13 *', /month "13" is out of range 1–12/],
    ['0 9 * * 8', /day-of-week "8" is out of range 0–7/],
    ['0 9 * JNA *', /month "JNA" is not a number 1–12 or a name/],
    ['0 9 * * */0', /step "\/0" never repeats/],
    ['0 9,,10 * * *', /hour field has an empty list item/],
    ['0 9 * *', /has 4 fields/],
    ['@fortnightly', /unknown cron nickname/],
  ])('rejects %s, naming the field', (expression, message) => {
    expect(checkCron(expression)?.message).toMatch(message);
  });
});

describe('durations', () => {
  it('parses ISO 8601 durations and rejects the rest', () => {
    expect(parseDuration('P1DT12H')).toMatchObject({ days: 1, hours: 12 });
    expect(parseDuration('P6Y')).toMatchObject({ years: 6 });
    for (const bad of ['P', 'PT', '6Y', 'P6', 'P1H', 'P1DT']) expect(parseDuration(bad), bad).toBeUndefined();
  });

  it('describes and adds them', () => {
    expect(describeDuration(parseDuration('P1DT2H')!)).toBe('1 day and 2 hours');
    expect(describeDuration(parseDuration('P6Y')!)).toBe('6 years');
    expect(addDuration(new Date('2026-01-31T00:00:00Z'), parseDuration('PT36H')!).toISOString()).toBe('2026-02-01T12:00:00.000Z');
    expect(isoFromWords('3 months')).toBe('P3M');
    expect(isoFromWords('12 hours')).toBe('PT12H');
    expect(isoFromWords('until the client leaves')).toBeUndefined();
  });
});

describe('closest', () => {
  it('finds likely typos and nothing for unrelated words', () => {
    expect(closest('bobb', ['ann', 'bob', 'cat'])).toBe('bob');
    expect(closest('Zoho_CRM', ['zoho-crm', 'xero'])).toBe('zoho-crm');
    expect(closest('quantum', ['ann', 'bob'])).toBeUndefined();
  });
});
