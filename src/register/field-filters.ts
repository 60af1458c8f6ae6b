import { approximateMillis, describeDuration, parseDuration, sayDurationsIn } from '../config/duration.ts';
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

/**
 * "Which suppliers have no owner?", "anything nobody looks after?", "…without anyone responsible";
 * the people it is none of may be said between: "haven't got anyone here looking after them",
 * "without anybody in the office in charge".
 */
const NO_OWNER = /\b(no|without( an?)?|missing( an?)?) owner|\b(nobody|no one|noone|no-one) (looks after|owns|is responsible for|is in charge of)\b|\bunowned\b|\b(nobody|no one|noone|no-one) (as|for) (its |their |the )?owner\b|\b(no|not|don'?t have|doesn'?t have|haven'?t got|hasn'?t got|without) (anyone|anybody|someone|somebody|a person|one person)(?: (?:here|in[- ]house|internally|(?:on|in|from|at|of) (?:the |our |us )?[a-z-]+))?( who(?:'s| is)?)? (looks? after|looking after|owns?|owning|responsible|in charge)\b|\b(nobody|no one|noone|no-one) (?:(?:is|'s|s) )?(looking after|owning|in charge|(?:is |being )?responsible)\b/;

/**
 * "Suppliers nobody's in charge of", "any supplier nobody on the committee is looking after": no
 * owner, said with the "is" run on, or with the people it is none of between.
 */
const NOBODY_AMONG_US = String.raw`\b(?:nobody|no one|noone|no-one)(?:'s|s)?(?: (?:on|in|from|at|of) (?:the |our |us )?[a-z-]+(?: [a-z-]+)?)? (?:(?:is|'s) )?(?:looking after|looks after|owns|owning|in charge|(?:is )?responsible)\b`;

/** "Which suppliers has nobody been put in charge of?": no owner, said as nobody made one. */
const NOBODY_MADE_OWNER = String.raw`\b(?:nobody|no one|noone|no-one)(?:'s|s| has| have)? been (?:put|made|left|named|set|assigned|given|down)(?: as)? (?:in charge|responsible|(?:the )?owner)\b`;

/** "Any supplier nobody's assigned to?", "which does nobody look after?", "unassigned suppliers": no owner, said as no one given it (not of customers or jobs). */
const NOBODY_ASSIGNED = String.raw`^(?!.*\b(?:customers?|clients?|patients?|residents?|members?|pupils?|children|kids|famil(?:y|ies)|tenants?|guests?|jobs?|tasks?)\b).*(?:\b(?:nobody|no one|noone|no-one)(?:'s|s| is| has| have)?(?: been)? (?:assigned|allocated)(?: to)?\b|\bunassigned\b|\bnot assigned to (?:anyone|anybody|a person)\b|\b(?:does|do) (?:nobody|no one|noone|no-one) (?:look after|own|take care of)\b)`;

const SILENCES: Silence[] = [
  // "Nobody as owner" asks for no owner, never a supplier called "owner".
  { asked: new RegExp(`${NOBODY_AMONG_US}|${NOBODY_MADE_OWNER}|${NOBODY_ASSIGNED}|${NO_OWNER.source}`), what: 'who looks after', missing: (s) => !s.owner },
  { asked: /\b(no|without( a)?|missing( a)?|unknown) retention|\b(don'?t|doesn'?t|do not|does not) (say|tell (?:us|you|me)) how long\b|\bno (set |fixed )?(retention )?period\b|\b(haven'?t|hasn'?t|have not|has not|never|not|didn'?t|did not) (written|write|wrote|put|noted|note|recorded|record|logged|log|got) (down |in )?how long\b/, what: 'how long data is kept by', missing: (s) => !s.retention },
  { asked: /\b(don'?t|doesn'?t|do not|does not|do we not|does it not) (say|record|know|tell (?:us|you|me)) where\b|\bnot (say|record|know|tell (?:us|you|me)) where\b|\b(no|without( a)?|unknown|missing( a)?) (recorded )?(location|region|country)\b|\blocation (is )?(unknown|missing|not recorded)\b|\b(haven'?t|hasn'?t|have not|has not|never|not) (told|said|given|shown) (us )?where\b|\b(don'?t|doesn'?t|do not|does not|do we not|does it not)( we| it| they| you)? (say|record|know|have) (the |their |its |an? )?(location|region|country)\b|\b(haven'?t|hasn'?t|have not|has not|never|didn'?t|did not) (written|write|wrote|put|noted|note|recorded|record|logged|log|got) (down |in )?where\b|^(?=.*\b(?:where|stored|located|kept)\b).*\bwhich (ones|of them|suppliers)\b[^?]*\b(don'?t|doesn'?t|do not|does not) say\b/, what: 'where data is stored by', missing: (s) => s.locations.length === 0 },
  { asked: /\b(no|without( a)?|missing( a)?) (lawful|legal) basis\b/, what: 'a lawful basis for', missing: (s) => !s.lawfulBasis },
  { asked: /\b(no|without|missing) (security|security measures)\b/, what: 'security measures for', missing: (s) => !s.security.encryptionAtRest && !s.security.encryptionInTransit && s.security.certifications.length === 0 && s.security.measures.length === 0 },
];

/** The field a "which suppliers have no…" question asks the register's silence on, if any. */
function silenceAsked(question: string): Silence | undefined {
  // "don't have an owner" is "no owner".
  const q = question.toLowerCase().replace(/[’]/g, "'").replace(/\b(don't|doesn't|do not|does not|haven't|hasn't|have not|has not) (have|got) (an? |any )?/g, 'no ');
  return SILENCES.find((s) => s.asked.test(q));
}

/** Whether a question asks which suppliers the register is silent on some field for ("any suppliers nobody's in charge of?"). */
export const asksSilence = (question: string): boolean => silenceAsked(question) !== undefined;

/** "Which suppliers have no owner / don't say where they store data?": those the register is silent on. */
export function silenceAnswer(suppliers: readonly Supplier[], question: string): { text: string; sources: string[] } | undefined {
  const silence = silenceAsked(question);
  if (!silence) return undefined;
  const found = suppliers.filter(silence.missing);
  const count = asksCount(question) ? `${found.length}. ` : '';
  const text = found.length
    ? `${count}The register does not record ${silence.what} ${list(found.map((s) => s.name))}. (Register.)`
    : // "…where data is stored for every supplier", "…a lawful basis for every supplier", "…who looks after every supplier".
      `The register records ${silence.what.replace(/ by$/, ' for')} every supplier. (Register.)`;
  return { text, sources: found.map((s) => `register:${s.id}`) };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

/** A count as written: digits, or a number in words ("a year" is one). */
const countOf = (said: string): number => (/^\d+$/.test(said) ? Number(said) : (NUMBER_WORDS[said.toLowerCase()] ?? 1));

const UNIT_MS: Record<string, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000, month: 30.44 * 86_400_000, year: 365.25 * 86_400_000 };

const COUNT = '(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|year)s?';

/** "More than 5 years", "at least a year": a period compared. */
const COMPARED = new RegExp(`\\b(more|longer|over|above|less|shorter|under|fewer|up to|at most|at least)( than)? ${COUNT}\\b`, 'i');

/**
 * "Which suppliers keep data for 6 years?", "who has a 7-year retention": a period asked for as it is, in a list question;
 * "list everything that keeps data 6 years", "what holds it 6 years": the period straight after what is kept, no "for".
 */
const EXACT = new RegExp(`^\\s*(which|what|who|list|how many|any|are there)\\b.*\\b(for|of|is|are|exactly|(?:keeps?|kept|holds?|stores?|retains?)(?: (?:data|it|stuff|things|records|info|information|everything))?)( exactly| just| only)? ${COUNT.replace(') (', ')[ -](')}\\b`, 'i');

/** How a question compares retention with a period: longer, no longer, or the same. */
type Comparison = 'longer' | 'shorter' | 'same';

/** The period a retention question compares with, in milliseconds and as said, and how. */
function periodAsked(question: string): { limit: number; phrase: string; comparison: Comparison } | undefined {
  const compared = COMPARED.exec(question);
  const m = compared ? [compared[1]!, compared[3]!, compared[4]!] : EXACT.exec(question)?.slice(4, 6);
  if (!m) return undefined;
  const [word, count, unit] = compared ? m : ['for', ...m];
  // "less than a year" is one year; numbers in words as written.
  const n = countOf(count!);
  const comparison: Comparison = !compared ? 'same' : /more|longer|over|above|at least/i.test(word!) ? 'longer' : 'shorter';
  const span = `${n} ${unit!.toLowerCase()}${n === 1 ? '' : 's'}`;
  const phrase = { longer: 'longer than', shorter: 'no longer than', same: 'for' }[comparison];
  return { limit: n * UNIT_MS[unit!.toLowerCase()]!, phrase: `${phrase} ${span}`, comparison };
}

/** True when a period kept meets the comparison; "the same" allows for months of unequal length. */
function meets(ms: number, limit: number, comparison: Comparison): boolean {
  if (comparison === 'longer') return ms > limit;
  if (comparison === 'shorter') return ms <= limit;
  return Math.abs(ms - limit) < UNIT_MS.day! * 3;
}

/** "Which supplier keeps data the longest?", "who has the shortest retention": the extreme asked of how long data is kept. */
const EXTREME_ASKED = /\b(?:keeps?|kept|keeping|holds?|held|holding|retains?|retained|stores?|stored|hangs? on to)\s+(?:(?:our|the|your|all|any|its|their)\s+)?(?:(?:data|stuff|things|info|information|records|anything|everything|it)\s+)?(?:for\s+)?(?:the\s+)?(longest|shortest)\b|\b(?:the\s+)?(longest|shortest)\s+(?:retention|retention period|retention time|time|period)\b/i;

/** How long each supplier keeps data, in milliseconds where the register says a period, and in words. */
function periodsKept(suppliers: readonly Supplier[]): { s: Supplier; ms: number | undefined; words: string | undefined }[] {
  // A period in words counts when it says how long after an event ("6 years after the pupil leaves").
  return suppliers.map((s) => {
    const iso = s.retention ? parseDuration(s.retention) : undefined;
    return { s, ms: iso ? approximateMillis(iso) : s.retention ? periodAfter(sayDurationsIn(s.retention)) : undefined, words: iso ? describeDuration(iso) : (s.retention && sayDurationsIn(s.retention))?.trim().replace(/\.$/, '') };
  });
}

/** A period said anywhere in a retention written in words ("kept by the lab for 30 years", "31 days, then overwritten", "24 hours"). */
const PERIOD_SAID = /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*[- ]?(hour|day|week|month|year)s?\b/gi;

/** Every period a retention in words says, in milliseconds: a text may say two ("orders kept 6 years; emails 2 years"). */
function periodsSaid(retention: string): number[] {
  return [...sayDurationsIn(retention).matchAll(PERIOD_SAID)].map((m) => countOf(m[1]!) * UNIT_MS[m[2]!.toLowerCase()]!);
}

/** The suppliers that keep data longest or shortest, those level with them (within days) beside them; the silent ones named. */
function extremeAnswer(suppliers: readonly Supplier[], extreme: 'longest' | 'shortest'): { text: string; sources: string[] } {
  // A retention in words counts by the longest (or shortest) period it says.
  const pick = (all: number[]) => (all.length ? (extreme === 'longest' ? Math.max(...all) : Math.min(...all)) : undefined);
  const kept = periodsKept(suppliers).map((k) => (k.ms !== undefined || !k.s.retention ? k : { ...k, ms: pick(periodsSaid(k.s.retention)) }));
  const timed = kept.filter((k): k is typeof k & { ms: number } => k.ms !== undefined);
  const unclear = kept.filter((k) => k.ms === undefined).map((k) => k.s);
  const edge = extreme === 'longest' ? Math.max(...timed.map((k) => k.ms)) : Math.min(...timed.map((k) => k.ms));
  const found = timed.filter((k) => Math.abs(k.ms - edge) < UNIT_MS.day! * 3);
  const parts = [found.length ? `Kept ${extreme}: ${list(found.map((k) => `${k.s.name} (${k.words})`))}.` : 'The register gives no supplier a period in time.'];
  if (unclear.length && found.length) parts.push(`The register gives no period in time for ${list(unclear.map((s) => s.name))}.`);
  return { text: `${parts.join(' ')} (Register.)`, sources: [...found.map((k) => k.s), ...unclear].map((s) => `register:${s.id}`) };
}

/** "Which suppliers keep data for more than 5 years / for 6 years / the longest?": retention compared, the text-only and silent ones named. */
export function retentionFilterAnswer(suppliers: readonly Supplier[], question: string): { text: string; sources: string[] } | undefined {
  const extremeAsked = EXTREME_ASKED.exec(question);
  const extreme = (extremeAsked?.[1] ?? extremeAsked?.[2])?.toLowerCase();
  if (extreme) return extremeAnswer(suppliers, extreme as 'longest' | 'shortest');
  const asked = periodAsked(question);
  if (!asked) return undefined;
  const { limit, phrase, comparison } = asked;
  const kept = periodsKept(suppliers);
  const found = kept.filter((k) => k.ms !== undefined && meets(k.ms, limit, comparison));
  const unclear = kept.filter((k) => k.ms === undefined).map((k) => k.s);
  const parts = [found.length ? `${asksCount(question) ? `${found.length}. ` : ''}Suppliers keeping data ${phrase}: ${list(found.map((k) => `${k.s.name} (${k.words})`))}.` : `No supplier is recorded as keeping data ${phrase}.`];
  if (unclear.length) parts.push(`The register gives no period in time for ${list(unclear.map((s) => s.name))}.`);
  return { text: `${parts.join(' ')} (Register.)`, sources: [...found.map((k) => k.s), ...unclear].map((s) => `register:${s.id}`) };
}

/** A retention in words that keeps data for a period after an event ("six years after the member of staff leaves", "deleted 3 months after…", "deleted after 2 years"), in milliseconds. */
function periodAfter(retention: string): number | undefined {
  // "…are deleted after 2 years" says the period before the event is left unsaid: a period all the same.
  const m =
    /(?:^\s*(?:for |up to |kept for )?|\b(?:deleted|destroyed|erased|removed|kept|purged) (?:for )?)(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|year)s? after\b/i.exec(retention) ??
    /\b(?:deleted|destroyed|erased|removed|purged) after (\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|year)s?\b/i.exec(retention) ??
    // "Backups kept 30 days", "recordings retained for 90 days": the period said outright.
    /\b(?:kept|retained|held) (?:for )?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|year)s?\b/i.exec(retention);
  if (!m) return undefined;
  return countOf(m[1]!) * UNIT_MS[m[2]!.toLowerCase()]!;
}
