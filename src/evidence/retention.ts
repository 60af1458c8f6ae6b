import { addDuration, parseDuration } from '../config/duration.ts';
import type { VigilConfig } from '../config/schema.ts';

// Purging and forgetting are store work (one transaction over every evidence table); they live in src/store.
export { forgetPerson, purge, type PurgePlan } from '../store/index.ts';

/** The instant before which evidence is older than the configured retention. */
export function retentionCutoff(config: VigilConfig, now: Date): Date {
  const period = parseDuration(config.organisation.evidenceRetention)!;
  const negative = { ...period, years: -period.years, months: -period.months, weeks: -period.weeks, days: -period.days, hours: -period.hours, minutes: -period.minutes, seconds: -period.seconds };
  return addDuration(now, negative);
}
