import { Directory } from '../attestations/directory.ts';
import { WorkCalendar } from '../attestations/calendar.ts';
import type { VigilConfig } from '../config/schema.ts';
import type { PolicyQa } from '../register/index.ts';

/**
 * The config in force and everything derived from it that requests read: who is who, the Q&A
 * over the register and policies, the working calendars. Immutable: a reload builds a new one
 * and swaps it whole, so a request that took a snapshot reads one config throughout, never a mix,
 * and nobody reaches into the engine to read config.
 */
export interface Snapshot {
  readonly config: VigilConfig;
  readonly directory: Directory;
  /** The Q&A over this config's register and policies (built on first use: most requests never ask). */
  readonly qa: PolicyQa;
  /** The working calendar in a timezone (the office's by default). */
  calendar(timezone?: string): WorkCalendar;
}

/** A snapshot of `config`; `directory` when one was already built for it (the engine's), and how to build its Q&A. */
export function snapshotOf(config: VigilConfig, qaFor: (config: VigilConfig) => PolicyQa, directory: Directory = new Directory(config)): Snapshot {
  let qa: PolicyQa | undefined;
  const calendars = new Map<string, WorkCalendar>();
  return Object.freeze({
    config,
    directory,
    get qa() {
      return (qa ??= qaFor(config));
    },
    calendar(timezone: string = config.organisation.timezone) {
      let calendar = calendars.get(timezone);
      if (!calendar) calendars.set(timezone, (calendar = new WorkCalendar(config.organisation, timezone)));
      return calendar;
    },
  });
}
