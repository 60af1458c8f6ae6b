import { afterEach, describe, expect, it } from 'vitest';
import { startHeartbeat, type TickReport } from '../../src/attestations/index.ts';
import { memoryLogger } from '../../src/logger.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

describe('heartbeat', () => {
  it('ticks the engine on its clock at every beat, and stops cleanly', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:59:00Z');
    const reports: TickReport[] = [];
    const logger = memoryLogger();
    const heartbeat = startHeartbeat({ db: h.db, engine: () => h.engine, clock: h.clock, logger, intervalMs: 5, onTick: (r) => void reports.push(r) });
    await new Promise((resolve) => setTimeout(resolve, 30));
    h.clock.set('2026-11-23T09:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 30));
    await heartbeat.stop();
    const count = reports.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports.length).toBe(count); // stopped
    expect(count).toBeGreaterThan(2);
    expect(reports.flatMap((r) => r.issued)).toHaveLength(4); // issued once, however many beats
    expect(logger.entries).toEqual([]);
  });

  it('logs a failed tick and keeps beating', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    const logger = memoryLogger();
    let calls = 0;
    const failing = { tick: async () => { calls++; throw new Error('database is locked'); } } as unknown as typeof h.engine;
    const heartbeat = startHeartbeat({ db: h.db, engine: () => failing, clock: h.clock, logger, intervalMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await heartbeat.stop();
    expect(calls).toBeGreaterThan(1);
    expect(logger.entries[0]).toEqual({ level: 'error', message: 'tick failed', fields: { error: 'database is locked' } });
  });
});
