import { afterEach, describe, expect, it } from 'vitest';
import { buildStatus, PERIOD_DAYS, recordAnswer } from '../../src/attestations/index.ts';
import { statusText } from '../../src/app/status-text.ts';
import { unansweredPrompts } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

async function answerOpen(harness: Harness, assignee: string) {
  const [prompt] = await unansweredPrompts(harness.db, [assignee]);
  if (!prompt) throw new Error(`no prompt for ${assignee}`);
  await recordAnswer(harness.db, harness.engine, { promptId: prompt.id, personId: assignee, value: 'yes', channel: 'shell' }, harness.clock.now());
}

// Ten weekdays, 2 to 13 November 2026: Cat answers only the first day, Dev every day but the
// fourth, which he answers after its window has closed; Ann and Bob never answer.
const DAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];

async function twoWeeks(): Promise<Harness> {
  const harness = await Harness.open(DAILY_BACKUP, '2026-11-02T08:00:00Z');
  for (const [i, day] of DAYS.entries()) {
    await harness.runUntil(`2026-11-${day}T09:30:00Z`);
    if (i === 0) await answerOpen(harness, 'cat');
    if (i !== 3) await answerOpen(harness, 'dev');
    await harness.runUntil(`2026-11-${day}T18:00:00Z`);
    if (i === 3) await answerOpen(harness, 'dev');
  }
  return harness;
}

describe('status over the period', () => {
  it('counts each person\'s misses and on-time share over the period, not only the latest occurrence', async () => {
    h = await twoWeeks();
    const now = h.clock.now();
    const asAnn = await buildStatus(h.db, h.engine, { viewer: 'ann' }, now);
    expect(asAnn.period).toEqual({ from: new Date(now.getTime() - PERIOD_DAYS * 86_400_000), until: now });
    const byId = new Map(asAnn.record.map((p) => [p.id, p]));
    expect(byId.get('cat')).toEqual({
      id: 'cat', name: 'Cat Jones', closed: 10, onTime: 1, onTimePercent: 10, excused: 0,
      attestations: [{ id: 'backup', question: "Did today's backup complete?", closed: 10, onTime: 1, late: 0, missed: 9, excused: 0 }],
    });
    expect(byId.get('dev')).toMatchObject({ closed: 10, onTime: 9, onTimePercent: 90, attestations: [{ late: 1, missed: 0 }] });
    expect(byId.get('ann')).toMatchObject({ closed: 10, onTime: 0, onTimePercent: 0, attestations: [{ missed: 10 }] });
    // Worst on-time share first.
    expect(asAnn.record.map((p) => p.id)).toEqual(['ann', 'bob', 'cat', 'dev']);
    // The current period is still only the latest occurrence.
    expect(asAnn.attestations).toEqual([{ id: 'backup', question: "Did today's backup complete?", total: 4, done: 1, late: 0, no: 0, missed: 3, excused: 0, open: 0 }]);

    const text = statusText(asAnn, h.engine.directory);
    expect(text).toContain(`Last ${PERIOD_DAYS} days, per person:`);
    expect(text).toContain('  Cat Jones: 9 of 10 backup missed; 10% on time');
    expect(text).toContain('  Dev Patel: 10 backup, 1 answered late; 90% on time');
  });

  it('reads only the people in scope', async () => {
    h = await twoWeeks();
    const asBob = await buildStatus(h.db, h.engine, { viewer: 'bob' }, h.clock.now());
    expect(asBob.record.map((p) => [p.id, p.onTimePercent])).toEqual([['bob', 0], ['cat', 10]]);
    const asDev = await buildStatus(h.db, h.engine, { viewer: 'dev' }, h.clock.now());
    expect(asDev.record.map((p) => p.id)).toEqual(['dev']);
    expect(statusText(asDev, h.engine.directory)).toContain('  Dev Patel: 10 backup, 1 answered late; 90% on time');
  });

  it('leaves out prompts from before the period, and still shows a question last asked before it', async () => {
    h = await twoWeeks();
    const later = new Date(Date.UTC(2026, 10, 13, 18) + (PERIOD_DAYS + 1) * 86_400_000);
    // The engine is not ticked in between, so nothing was asked in the period now shown.
    const status = await buildStatus(h.db, h.engine, { viewer: 'ann' }, later);
    expect(status.record).toEqual([]);
    expect(status.attestations).toMatchObject([{ id: 'backup', total: 4, done: 1, missed: 3 }]);
    expect(statusText(status, h.engine.directory)).toContain('nothing has closed yet');
  });
});
