import type { Supplier } from '../config/schema.ts';
import { SUPPLIER_STOP, termsOf } from './field-index.ts';
import { stemWord, type Thesaurus } from './thesaurus.ts';
import { rawWords, STOPWORDS, words } from './text.ts';

/**
 * A supplier's free-text facts, each a sentence of the register: support access, replication, each
 * measure, notes, shared data, lawful basis, transfer and statement notes, breach promise (retention has
 * its own answer).
 */
function freeTextFacts(s: Supplier): { text: string; core: string }[] {
  const sec = s.security;
  const facts: [string | undefined, string | undefined][] = [
    [sec.supportAccess, sec.supportAccess],
    [sec.replication, sec.replication],
    ...sec.measures.map((m): [string, string] => [m, m]),
    [sec.uptime && `Uptime: ${sec.uptime}`, sec.uptime],
    [s.notes, s.notes],
    [s.sharedData && `We pass ${s.name}: ${s.sharedData}`, s.sharedData],
    [s.lawfulBasis && `Lawful basis: ${s.lawfulBasis}`, s.lawfulBasis],
    [s.transfer?.notes, s.transfer?.notes],
    [s.gdprStatement.notes, s.gdprStatement.notes],
    [s.breachNotification, s.breachNotification],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[0]?.trim() && f[1]?.trim())).map(([text, core]) => ({ text, core }));
}

/** True when an answer already says a fact (in any case, its closing stop aside). */
function says(answer: string, fact: string): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/g, ' ');
  return fold(answer).includes(fold(fact).replace(/\.$/, '').slice(0, 80));
}

/**
 * The fact of a named supplier whose words best match what the question asks beyond the supplier's
 * name ("who has to approve new apps in X?" → its measure "Apps are installed only with the owner's approval"),
 * when the answer does not already say it: every field of the register is answerable, not only
 * those an intent knows.
 */
export function relevantFact(thesaurus: Thesaurus, s: Supplier, question: string, answer: string): string | undefined {
  const own = new Set([s.name, ...s.aliases, s.id.replace(/-/g, ' ')].flatMap(rawWords).map(stemWord));
  const asked = termsOf(question, thesaurus, SUPPLIER_STOP)
    .map((unit) => unit.filter((t) => !t.startsWith('p:') && t !== 'c:'))
    // Two-letter words ("up" in "up for review") say too little to pick a fact by.
    .filter((unit) => unit.length > 0 && !unit.some((t) => own.has(t) || (!t.startsWith('~') && t.length < 3)));
  if (asked.length === 0) return undefined;
  let best: { text: string; score: number } | undefined;
  for (const { text, core } of freeTextFacts(s)) {
    if (says(answer, core)) continue;
    const terms = new Set(termsOf(text, thesaurus, SUPPLIER_STOP).flat());
    // A word itself counts in full, a word of the same everyday meaning (copied ~ replicated) less.
    const score = asked.reduce((sum, unit) => sum + (unit.some((t) => !t.startsWith('~') && terms.has(t)) ? 1 : unit.some((t) => terms.has(t)) ? 0.7 : 0), 0);
    if (score > (best?.score ?? 0)) best = { text, score };
  }
  return best?.text;
}

/** The words a how-long question asks with, which say nothing of what it asks about. */
const HOW_LONG_WORDS = new Set(['how', 'long', 'last', 'keep', 'kept', 'stay', 'store', 'hold', 'held', 'work', 'for', 'valid'].map(stemWord));

/** A length of time written out: "14 days", "two weeks", "a year"; not an age ("12 to 17 year olds", "a 5 year-old"). */
export const DURATION = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(minutes?|hours?|days?|weeks?|months?|years?)\b(?![\s-]+olds?\b)/i;

/**
 * "How long do file-request links last?": a detail of a supplier's entry that gives a length of time
 * and shares two or more of the question's own words ("File-request links expire after 14 days"),
 * which answers a how-long question about that thing better than how long the supplier keeps our data.
 */
export function durationFact(thesaurus: Thesaurus, s: Supplier, question: string): string | undefined {
  // Words as written, "link" too (no supplier's word, but what a detail is about), less how a how-long question asks.
  const own = (text: string) => words(text).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !HOW_LONG_WORDS.has(w));
  const asked = new Set(own(question));
  let best: { text: string; shared: number } | undefined;
  for (const { text } of freeTextFacts(s)) {
    if (!DURATION.test(text)) continue;
    const shared = new Set(own(text).filter((t) => asked.has(t))).size;
    if (shared >= 2 && shared > (best?.shared ?? 0)) best = { text, shared };
  }
  return best?.text;
}

/** True when a text uses one of the question's own topic words (not an aspect or everyday word): "allergy" in a retention policy. */
export function sharesTopicWord(thesaurus: Thesaurus, question: string, text: string): boolean {
  const inText = new Set(topicTerms(thesaurus, text));
  return topicTerms(thesaurus, question).some((x) => inText.has(x));
}

/** A text's own topic terms: its stems and named concepts, no aspect or everyday word. */
export function topicTerms(thesaurus: Thesaurus, text: string): string[] {
  return termsOf(text, thesaurus, SUPPLIER_STOP).flat().filter((x) => !x.startsWith('p:') && !x.startsWith('~') && x !== 'c:' && x.length >= 3);
}

/**
 * The security measure of a supplier that says what a what-to-do question asks ("what if a driver
 * loses their handheld?" → "Drivers' handheld devices … can be wiped remotely if lost"): two of
 * the question's own words in it, not counting the supplier's names, and more of them than in any
 * other measure of the candidates.
 */
export function measureFor(thesaurus: Thesaurus, candidates: readonly Supplier[], question: string): { supplier: Supplier; text: string } | undefined {
  const asked = termsOf(question, thesaurus, SUPPLIER_STOP)
    .map((unit) => unit.filter((t) => !t.startsWith('p:') && t !== 'c:'))
    .filter((unit) => unit.length > 0);
  let best: { supplier: Supplier; text: string; score: number; exact: number } | undefined;
  let tie = false;
  for (const s of candidates) {
    const own = new Set([s.name, ...s.aliases].flatMap(rawWords).map(stemWord));
    for (const text of s.security.measures) {
      const terms = new Set(termsOf(text, thesaurus, SUPPLIER_STOP).flat());
      let exact = 0;
      let score = 0;
      for (const unit of asked) {
        if (unit.some((t) => own.has(t))) continue;
        if (unit.some((t) => !t.startsWith('~') && t.length >= 3 && terms.has(t))) {
          exact++;
          score += 1;
        } else if (unit.some((t) => t.startsWith('~') && terms.has(t))) score += 0.7;
      }
      if (exact < 2) continue;
      if (!best || score > best.score) {
        best = { supplier: s, text, score, exact };
        tie = false;
      } else if (score === best.score) tie = true;
    }
  }
  return best && !tie ? { supplier: best.supplier, text: best.text } : undefined;
}

/** Every word of a supplier's entry, as terms (stems and concepts): what the register says of it at all. */
function entryTerms(thesaurus: Thesaurus, s: Supplier): Set<string> {
  const sec = s.security;
  const text = [s.name, ...s.aliases, s.purpose, ...s.purposeKeywords, ...s.dataCategories, ...s.dataSubjects, ...s.locations, s.retention, s.role, sec.encryptionInTransit, sec.twoFactor, ...sec.certifications, ...freeTextFacts(s).map((f) => f.text)];
  return new Set(termsOf(text.filter(Boolean).join(' . '), thesaurus, SUPPLIER_STOP).flat());
}

/**
 * The question's own words that nothing in a named supplier's entry speaks of ("insurance" in "does
 * X have insurance?", "dbs checked" of a contractor), names and everyday filler aside: what the
 * register does not record of it, so the answer says so rather than passing a summary off as one.
 */
export function unrecordedWords(thesaurus: Thesaurus, s: Supplier, question: string): string[] {
  const own = new Set([s.name, ...s.aliases, s.id.replace(/-/g, ' ')].flatMap(rawWords).map(stemWord));
  const entry = entryTerms(thesaurus, s);
  return rawWords(question).filter((word) => {
    if (word.length < 3 || own.has(stemWord(word))) return false;
    const units = termsOf(word, thesaurus, SUPPLIER_STOP).map((unit) => unit.filter((t) => !t.startsWith('p:') && t !== 'c:')).filter((unit) => unit.length > 0);
    return units.length > 0 && units.every((unit) => !unit.some((t) => entry.has(t)));
  });
}
