// Whether a supplier's entry says when the thing a question asks after is done: "the courier *collects* every weekday at
// 4pm", "nightly cloud *backup*". A time asked of such a thing may be in its entry, so it is no value of the world. The
// world-times reader and the value-asked reader each say what a schedule is and how near it the thing must stand.
import type { Supplier } from '../config/schema.ts';
import { STOPWORDS, words } from './text.ts';

/** How many words before and after a day or time the thing it is of may stand. */
export interface ScheduleWindow {
  readonly before: number;
  readonly after: number;
}

/**
 * True when some entry's purpose or notes give a day or time (a match of `schedule`, which must be global: it is read
 * with `matchAll`, which copies it, so its own lastIndex stays at nought) within `window` words of a word the question
 * says other than a stop-word.
 */
export function scheduleSaysOf(entries: readonly Supplier[], question: string, schedule: RegExp, window: ScheduleWindow): boolean {
  const asked = new Set(words(question).filter((w) => !STOPWORDS.has(w)));
  return entries.some((s) => {
    const entry = `${s.purpose} ${s.notes ?? ''}`;
    return [...entry.matchAll(schedule)].some((m) => wordsBeside(entry, m, window).some((w) => asked.has(w)));
  });
}

/** The words within `window` of a match, before then after it. */
function wordsBeside(entry: string, m: RegExpMatchArray, window: ScheduleWindow): string[] {
  // `slice(-0)` would keep every word before, not none.
  const before = window.before > 0 ? words(entry.slice(0, m.index)).slice(-window.before) : [];
  return [...before, ...words(entry.slice(m.index! + m[0].length)).slice(0, window.after)];
}
