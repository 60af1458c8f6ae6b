// Held-out score of schedules in words. Run: npm run bench:schedule-heldout
// test/config/schedule-words-heldout.json was written blind, from the README's scheduling section
// only, by someone who had not read src/config, and frozen before it was first scored: it
// measures, it is never tuned on. A phrase counts as right when Vigil accepts what the writer
// expected accepted, with the same instants (the next 24 occurrences of its cron) and the same
// non-working-day rule, or refuses what the writer expected refused. `--failures` lists the rest.
import { readFileSync } from 'node:fs';
import { Cron } from 'croner';
import { isScheduleInWords, parseScheduleWords } from '../src/config/schedule-words.ts';

interface HeldOutPhrase {
  phrase: string;
  expect: 'accept' | 'refuse';
  cron?: string;
  nonWorkingDays?: string;
  why: string;
}

const phrases = JSON.parse(readFileSync(new URL('../test/config/schedule-words-heldout.json', import.meta.url), 'utf8')) as HeldOutPhrase[];

/** The next 24 instants of a cron from a fixed start, or undefined when croner cannot read it. */
function instants(cron: string): string[] | undefined {
  try {
    const job = new Cron(cron, { timezone: 'Europe/London', paused: true });
    return job.nextRuns(24, new Date('2026-01-01T00:00:00Z')).map((d) => d.toISOString());
  } catch {
    return undefined;
  }
}

/** What Vigil makes of a phrase: refused, or the cron and rule it runs. */
function read(phrase: string): { cron: string; nonWorkingDays: string } | 'refused' {
  if (isScheduleInWords(phrase)) {
    const rule = parseScheduleWords(phrase);
    return 'message' in rule ? 'refused' : { cron: rule.cron, nonWorkingDays: rule.nonWorkingDays ?? 'skip' };
  }
  // Not words: the config reads it as cron, which must be valid.
  return instants(phrase) ? { cron: phrase, nonWorkingDays: 'skip' } : 'refused';
}

function verdict(p: HeldOutPhrase): string | undefined {
  const got = read(p.phrase);
  if (p.expect === 'refuse') return got === 'refused' ? undefined : `accepted as "${got.cron}" (${got.nonWorkingDays})`;
  if (got === 'refused') return 'refused';
  const want = instants(p.cron ?? '');
  const same = want ? JSON.stringify(want) === JSON.stringify(instants(got.cron)) : got.cron === p.cron;
  if (!same) return `runs "${got.cron}", expected "${p.cron}"`;
  if ((p.nonWorkingDays ?? 'skip') !== got.nonWorkingDays) return `rule ${got.nonWorkingDays}, expected ${p.nonWorkingDays ?? 'skip'}`;
  return undefined;
}

const failures = phrases.map((p) => ({ p, why: verdict(p) })).filter((f) => f.why);
for (const kind of ['accept', 'refuse'] as const) {
  const all = phrases.filter((p) => p.expect === kind);
  const wrong = failures.filter((f) => f.p.expect === kind).length;
  console.log(`expected ${kind}: ${all.length - wrong}/${all.length} right`);
}
console.log(`held-out schedules in words: ${phrases.length - failures.length}/${phrases.length} (${(100 * (phrases.length - failures.length) / phrases.length).toFixed(1)} %)`);
if (process.argv.includes('--failures')) for (const f of failures) console.log(`  "${f.p.phrase}": ${f.why}`);
