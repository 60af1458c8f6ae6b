import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/index.ts';
import type { Engine, TickReport } from './engine.ts';

/** How often the engine ticks, and followers check for a dead leader, unless told otherwise. */
export const DEFAULT_HEARTBEAT_MS = 60_000;

/** A running heartbeat; `stop()` waits for a tick in progress to finish. */
export interface Heartbeat {
  stop(): Promise<void>;
}

/**
 * Ticks the engine every `intervalMs` (a minute by default) on the given clock. Ticks never
 * overlap; a failed tick is logged and the next one tries again (the engine is idempotent, so
 * nothing is lost or doubled). Several processes may beat on one database: the write lock and
 * the unique keys keep them from issuing anything twice; with `leader`, only the leader ticks.
 */
export function startHeartbeat(options: {
  db: Db;
  engine: () => Engine;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
  /** When several instances share the store: whether this one leads (only the leader ticks). */
  leader?: () => Promise<boolean>;
  onTick?: (report: TickReport) => void | Promise<void>;
}): Heartbeat {
  let running: Promise<void> | undefined;
  const beat = () => {
    if (running) return;
    running = (async () => {
      try {
        if (options.leader && !(await options.leader())) return;
        const report = await options.engine().tick(options.db, options.clock.now());
        await options.onTick?.(report);
      } catch (error) {
        options.logger.error('tick failed', { error: (error as Error).message });
      } finally {
        running = undefined;
      }
    })();
  };
  beat();
  const timer = setInterval(beat, options.intervalMs ?? 60_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
