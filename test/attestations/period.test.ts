// Issue 21: each repeat of a prompt names its day or period, read from the schedule's cadence.
import { describe, expect, it } from 'vitest';
import { cadenceOf, occurrenceLabel } from '../../src/attestations/period.ts';
import { renderPayload } from '../../src/attestations/render.ts';
import { Directory } from '../../src/attestations/directory.ts';
import { parseConfig } from '../../src/config/index.ts';
import type { Prompt } from '../../src/store/index.ts';
import { ENGINE_BASE } from '../fixtures/engine-harness.ts';

const FRIDAY_4PM = new Date('2026-11-27T16:00:00Z');

describe('what an occurrence is for', () => {
  it.each([
    ['every weekday at 16:30', 'day', 'Fri 27 Nov'],
    ['every working day at 09:00', 'day', 'Fri 27 Nov'],
    ['0 9 * * 1-5', 'day', 'Fri 27 Nov'],
    ['every Monday and Thursday at 09:00', 'day', 'Fri 27 Nov'],
    ['every Friday at 10:00', 'week', 'week 48'],
    ['0 10 * * 5', 'week', 'week 48'],
    ['on the 2nd of each month at 10:00', 'month', 'November 2026'],
    ['on the first working day of each month at 10:00', 'month', 'November 2026'],
    ['0 10 1 1,4,7,10 *', 'quarter', 'Q4 2026'],
    ['on the 25th of May each year at 09:00', 'year', '2026'],
  ])('%s is %s: "for %s"', (schedule, cadence, label) => {
    expect(cadenceOf(schedule)).toBe(cadence);
    expect(occurrenceLabel({ schedule }, FRIDAY_4PM, 'Europe/London')).toBe(label);
  });

  it('names the day in the schedule\'s timezone, not UTC\'s', () => {
    // 23:30 UTC on Friday is already Saturday in Auckland.
    expect(occurrenceLabel({ schedule: '30 23 * * *' }, new Date('2026-11-27T23:30:00Z'), 'Europe/London')).toBe('Fri 27 Nov');
    expect(occurrenceLabel({ schedule: '30 23 * * *' }, new Date('2026-11-27T23:30:00Z'), 'Pacific/Auckland')).toBe('Sat 28 Nov');
  });

  it('leaves what does not repeat undated: on-join, no attestation', () => {
    expect(occurrenceLabel({ schedule: 'on-join' }, FRIDAY_4PM, 'Europe/London')).toBeUndefined();
    expect(occurrenceLabel(undefined, FRIDAY_4PM, 'Europe/London')).toBeUndefined();
  });

  it('puts the label in the title of the prompt and of its reminder (the platforms\' notification and fallback text)', () => {
    const config = parseConfig(`${ENGINE_BASE}  - id: weekly
    question: Did the anti-virus scan run this week?
    schedule: every Friday at 10:00
    audience: { people: [cat] }
`, 'period-test.yaml');
    const workspace = { config, directory: new Directory(config) };
    const prompt = {
      id: 'weekly/person:cat/2026-11-27T10:00:00.000Z', attestationId: 'weekly', subjectKind: 'person', subjectId: 'cat', assigneeId: 'cat',
      occurrence: new Date('2026-11-27T10:00:00Z'), question: 'Did the anti-virus scan run this week?', answerKind: 'yes-no', checklist: null,
      issuedAt: new Date('2026-11-27T10:00:00Z'), closesAt: new Date('2026-11-28T10:00:00Z'), status: 'open', closedAt: null, nextActionAt: null,
    } as unknown as Prompt;
    expect(renderPayload({ kind: 'prompt' }, prompt, workspace)).toMatchObject({ title: 'Did the anti-virus scan run this week? — for week 48' });
    expect(renderPayload({ kind: 'reminder', threadOf: prompt.id }, prompt, workspace)).toMatchObject({ title: 'Reminder: Did the anti-virus scan run this week? — for week 48' });
  });
});
