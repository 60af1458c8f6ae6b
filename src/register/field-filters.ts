import { approximateMillis, describeDuration, parseDuration } from '../config/duration.ts';
import type { Supplier } from '../config/schema.ts';
import { asksCount } from './aggregate.ts';
import { list } from './fields.ts';

/** A register field a "which suppliers have no…" question asks after, and how the register is silent on it. */
interface Silence {
  asked: RegExp;
  /** "The register does not say <what> for". */
  what: string;
  missing: (s: Supplier) => boolean;
}

const SILENCES: Silence[] = [
  { asked: /\b(no|without( an?)?|missing( an?)?) owner|\b(nobody|no one|noone|no-one) (looks after|owns|is responsible for|is in charge of)\b|\bunowned\b|\b(no|not|don'?t have|doesn'?t have|haven'?t got|hasn'?t got|without) (anyone|anybody|someone|somebody|a person|one person)( who(?:'s| is)?)? (looks? after|looking after|owns?|owning|responsible|in charge)\b|\b(nobody|no one|noone|no-one) (looking after|owning|in charge|(?:is |being )?responsible)\b/, what: 'who looks after', missing: (s) => !s.owner },
  { asked: /\b(no|without( a)?|missing( a)?|unknown) retention|\b(don'?t|doesn'?t|do not|does not) say how long\b|\bno (set |fixed )?(retention )?period\b/, what: 'how long data is kept by', missing: (s) => !s.retention },
  { asked: /\b(don'?t|doesn'?t|do not|does not|do we not|does it not) (say|record|know) where\b|\bnot (say|record|know) where\b|\b(no|without( a)?|unknown|missing( a)?) (recorded )?(location|region|country)\b|\blocation (is )?(unknown|missing|not recorded)\b|\b(haven'?t|hasn'?t|have not|has not|never|not) (told|said|given|shown) (us )?where\b/, what: 'where data is stored by', missing: (s) => s.locations.length === 0 },
  { asked: /\b(no|without( a)?|missing( a)?) (lawful|legal) basis\b/, what: 'a lawful basis for', missing: (s) => !s.lawfulBasis },
  { asked: /\b(no|without|missing) (security|security measures)\b/, what: 'security measures for', missing: (s) => !s.security.encryptionAtRest && !s.security.encryptionInTransit && s.security.certifications.length === 0 && s.security.measures.length === 0 },
];

/** "Which suppliers have no owner / don't say where they store data?": those the register is silent on. */
export function silenceAnswer(suppliers: readonly Supplier[], question: string): { text: string; sources: string[] } | undefined {
  // "don't have an owner" is "no owner".
  const q = question.toLowerCase().replace(/[’]/g, "'").replace(/\b(don't|doesn't|do not|does not|haven't|hasn't|have not|has not) (have|got) (an? |any )?/g, 'no ');
  const silence = SILENCES.find((s) => s.asked.test(q));
  if (!silence) return undefined;
  const found = suppliers.filter(silence.missing);
  const count = asksCount(question) ? `${found.length}. ` : '';
  const text = found.length
    ? `${count}The register does not record ${silence.what} ${list(found.map((s) => s.name))}. (Register.)`
    : `The register records ${silence.what.replace(/ (by|for)$/, '')} every supplier. (Register.)`;
  return { text, sources: found.map((s) => `register:${s.id}`) };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

const UNIT_MS: Record<string, number> = { day: 86_400_000, week: 7 * 86_400_000, month: 30.44 * 86_400_000, year: 365.25 * 86_400_000 };

/** "Which suppliers keep data for more than 5 years?": retention compared, the text-only and silent ones named. */
export function retentionFilterAnswer(suppliers: readonly Supplier[], question: string): { text: string; sources: string[] } | undefined {
  const m = /\b(more|longer|over|above|less|shorter|under|fewer|up to|at most|at least)( than)? (\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|year)s?\b/i.exec(question);
  if (!m) return undefined;
  // "less than a year" is one year; numbers in words as written.
  const n = /^\d+$/.test(m[3]!) ? m[3]! : String(NUMBER_WORDS[m[3]!.toLowerCase()] ?? 1);
  m[3] = n;
  const limit = Number(n) * UNIT_MS[m[4]!.toLowerCase()]!;
  const longer = /more|longer|over|above|at least/i.test(m[1]!);
  // A period in words counts when it says how long after an event ("6 years after the pupil leaves").
  const kept = suppliers.map((s) => {
    const iso = s.retention ? parseDuration(s.retention) : undefined;
    return { s, ms: iso ? approximateMillis(iso) : s.retention ? periodAfter(s.retention) : undefined, words: iso ? describeDuration(iso) : s.retention?.trim().replace(/\.$/, '') };
  });
  const found = kept.filter((k) => k.ms !== undefined && (longer ? k.ms > limit : k.ms <= limit));
  const unclear = kept.filter((k) => k.ms === undefined).map((k) => k.s);
  const phrase = `${longer ? 'longer than' : 'no longer than'} ${m[3]} ${m[4]!.toLowerCase()}${m[3] === '1' ? '' : 's'}`;
  const parts = [found.length ? `${asksCount(question) ? `${found.length}. ` : ''}Suppliers keeping data ${phrase}: ${list(found.map((k) => `${k.s.name} (${k.words})`))}.` : `No supplier is recorded as keeping data ${phrase}.`];
  if (unclear.length) parts.push(`The register gives no period in time for ${list(unclear.map((s) => s.name))}.`);
  return { text: `${parts.join(' ')} (Register.)`, sources: [...found.map((k) => k.s), ...unclear].map((s) => `register:${s.id}`) };
}

/** A retention in words that keeps data for a period after an event ("six years after the member of staff leaves", "deleted 3 months after…"), in milliseconds. */
function periodAfter(retention: string): number | undefined {
  const m = /(?:^\s*(?:for |up to |kept for )?|\b(?:deleted|destroyed|erased|removed|kept|purged) (?:for )?)(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|year)s? after\b/i.exec(retention);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 1);
  return n * UNIT_MS[m[2]!.toLowerCase()]!;
}
