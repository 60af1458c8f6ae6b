import { afterEach, describe, expect, it } from 'vitest';
import { startHeartbeat, type TickReport } from '../../src/attestations/index.ts';
import { join } from 'node:path';
import { memoryLogger } from '../../src/logger.ts';
import { openSqlite } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the heartbeat');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
afterEach(() => h?.close());

describe('heartbeat', () => {
  it('ticks the engine on its clock at every beat, and stops cleanly', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:59:00Z');
    const reports: TickReport[] = [];
    const logger = memoryLogger();
    const heartbeat = startHeartbeat({ db: h.db, engine: () => h.engine, clock: h.clock, logger, intervalMs: 5, onTick: (r) => void reports.push(r) });
    // Beats are real timers: wait for them rather than for a fixed time, which a loaded machine
    // (or a slower PostgreSQL tick) can outlast.
    await waitFor(() => reports.length >= 1);
    h.clock.set('2026-11-23T09:00:00Z');
    await waitFor(() => reports.flatMap((r) => r.issued).length >= 4 && reports.length >= 3);
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
    const unmigrated = openSqlite({ file: join(h.dir, 'empty.db') }); // a real failure: no tables
    const heartbeat = startHeartbeat({ db: unmigrated, engine: () => h.engine, clock: h.clock, logger, intervalMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await heartbeat.stop();
    await unmigrated.destroy();
    expect(logger.entries.length).toBeGreaterThan(1);
    expect(logger.entries[0]).toEqual({ level: 'error', message: 'tick failed', fields: { error: 'no such table: engine_state' } });
  });

  it('ticks only while this instance leads', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    const reports: TickReport[] = [];
    let leads = false;
    let asked = 0;
    const leader = async () => {
      asked++;
      return leads;
    };
    const heartbeat = startHeartbeat({ db: h.db, engine: () => h.engine, clock: h.clock, logger: memoryLogger(), intervalMs: 5, leader, onTick: (r) => void reports.push(r) });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked).toBeGreaterThan(2); // it asked at every beat
    expect(reports).toEqual([]);
    expect(await h.count('prompts')).toBe(0); // a follower issues nothing
    leads = true;
    await new Promise((resolve) => setTimeout(resolve, 30));
    await heartbeat.stop();
    expect(reports.flatMap((r) => r.issued)).toHaveLength(4);
  });
});
