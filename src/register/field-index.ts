import type { Policy, Supplier } from '../config/schema.ts';
import { STOPWORDS, singularAcronyms, stem } from './text.ts';
import { stemPhrase, stemWord, type Thesaurus } from './thesaurus.ts';

/**
 * Words that say what is asked about a supplier (where, how long, is it safe…), never which one:
 * left out when matching a question against the words of the register's fields.
 */
const ASPECT_WORDS = new Set(
  ('where long retention retain delete deleted gdpr statement dpa agreement privacy notice encrypt encrypted encryption secure ' +
    'security safe protected country region located stored keep kept held hold hosted store purpose list tell mean currently ' +
    'today ever actually yet record records handled processed processing happen happens think should would could someone ' +
    'something anything nothing find found new old good bad right wrong ok okay way which who what when does do use used need go goes ' +
    'about lot like thing kind sort type many much ask asked say said want make made look one two our us we they them their ' +
    'lawful legal basis ground grounds justify owner responsible charge transfer transferred safeguard safeguards role controller promise link page ' +
    'after before during take taking took allowed permitted pass passed passing hand handed disclose disclosed manage manages managed managing ' +
    // Words of a filter ("only in the UK", "outside the EU"), never of what data is held: "read-only access" is not "only".
    'only just solely exclusively entirely outside inside except excluding apart besides').split(' '),
);

/** True when a word says what is asked about a supplier ("retention", "lawful", "owner"), never which one or what tool. */
export const isAspectWord = (word: string): boolean => ASPECT_WORDS.has(word);

/** Words too common to say anything in a policy question. */
const POLICY_STOP = new Set(
  ('what should would could do does did if we our i me my you your is are was were be been a an the to of in on at for with ' +
    'and or not no it its this that there they them their can will just about any some how when who which where why get got ' +
    'go going happen happens think tell know need want ask asked someone something thing one say said make made ' +
    'data information info personal store stored storing keep kept held hold use used using supplier suppliers where long ' +
    'often many much list which our we us have has had policy policies rule rules procedure procedures').split(' '),
);

/** The mark of a word that belongs to an everyday phrase begun by an earlier word. */
const IN_PHRASE = 'c:';

/** Concepts (`~n`) and stems in one text, with the stop-list applied to single words. */
export function termsOf(text: string, thesaurus: Thesaurus, stop: ReadonlySet<string>): string[][] {
  const raw = singularAcronyms(text)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.replace(/^([a-z]{4,})\d+$/, '$1')); // "password1234" is about passwords
  const stems = raw.map(stemWord);
  // One unit per word: its stem and the concepts it (or a phrase starting with it) belongs to.
  const units: string[][] = [];
  let phraseEnd = -1;
  // The end of a phrase begun by whom it is asked of ("us to delete"): its later words say what is asked.
  let askedPhraseEnd = -1;
  for (let i = 0; i < raw.length; i++) {
    const unit = new Set<string>();
    // A later word of an everyday phrase ("charts" in "colour charts") is matched by the phrase.
    if (i <= phraseEnd) unit.add(IN_PHRASE);
    let starts = false;
    for (let n = thesaurus.maxWords; n >= 2; n--) {
      if (i + n > raw.length) continue;
      const concepts = thesaurus.of(stems.slice(i, i + n).join(' '));
      concepts?.forEach((c) => unit.add(c));
      if (concepts) {
        phraseEnd = Math.max(phraseEnd, i + n - 1);
        if (ASKED_OF.has(raw[i]!)) askedPhraseEnd = Math.max(askedPhraseEnd, i + n - 1);
        starts = true;
      }
    }
    const word = raw[i]!;
    // A later word of an everyday phrase says only what the phrase says ("addresses" in "email addresses").
    const later = i <= phraseEnd && !starts && unit.has(IN_PHRASE);
    if (kept(word, stop) && !later) {
      unit.add(stems[i]!);
      // The first word of an everyday phrase means what the phrase means: "phone" in "phone number" is no device.
      if (!starts) thesaurus.of(stems[i]!)?.forEach((c) => unit.add(c));
    } else if (kept(word, stop) && i <= askedPhraseEnd) {
      // ...but in a phrase begun by whom it is asked of ("wants us to delete") the verb is what is asked:
      // the word itself, not its other meanings, still meets a policy's keyword "delete".
      unit.add(stems[i]!);
    }
    // Two words together ("third party", "IT provider", "share data") are a phrase term, `p:…`,
    // when at least one of them says something.
    const next = raw[i + 1];
    if (next !== undefined && (kept(word, stop) || kept(next, stop)) && !/^\d+$/.test(word + next)) unit.add(`p:${stems[i]} ${stems[i + 1]}`);
    // ...and across a word that only says whose or which: "lose my phone" is the phrase "lost phone".
    const after = raw[i + 2];
    if (next !== undefined && DETERMINERS.has(next) && after !== undefined && kept(word, stop) && kept(after, stop)) unit.add(`p:${stems[i]} ${stems[i + 2]}`);
    if (unit.size) {
      const terms = [...unit];
      if (starts) PHRASED.add(terms);
      units.push(terms);
    }
  }
  return units;
}

/**
 * The units begun by an everyday phrase of two or more words ("sent to the wrong person",
 * "everyone's addresses showing"): a phrase says what it means as plainly as a policy's keyword for it.
 */
const PHRASED = new WeakSet<readonly string[]>();

/** Whom a request is made of, beginning a phrase ("us to delete", "me to remove"). */
const ASKED_OF = new Set(['us', 'me', 'them']);

/**
 * The terms a unit is matched by in `holders`: an everyday phrase that means more narrowly than its
 * first word ("card details" beside "card", "bank details" beside "bank"), where some document holds
 * that narrower meaning, is matched by it alone: not by every payment or "bank transactions" a ledger
 * records, nor by "card" of "gift card messages". Where none does, the unit as it is (its wider reading).
 */
function phraseTerms(unit: readonly string[], thesaurus: Thesaurus, docsOf: (term: string) => unknown): readonly string[] {
  if (!PHRASED.has(unit)) return unit;
  const narrow = unit.filter((t) => thesaurus.narrower.has(t));
  if (narrow.length === 0 || !narrow.some((t) => docsOf(t))) return unit;
  return [...narrow, ...unit.filter((t) => t.startsWith('p:'))];
}

/** Words between a verb and its object that say only whose or which it is. */
const DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'a', 'an', 'its']);

function kept(word: string, stop: ReadonlySet<string>): boolean {
  return !stop.has(word) && !stop.has(stem(word)) && !/^\d+$/.test(word);
}

export const SUPPLIER_STOP: ReadonlySet<string> = new Set([...[...STOPWORDS].filter((w) => !['customer', 'client'].includes(w)), ...ASPECT_WORDS]);
export const POLICY_STOPWORDS: ReadonlySet<string> = POLICY_STOP;

/** One scored document. */
export interface Scored<T> {
  item: T;
  score: number;
  /** The field that gave most of the score. */
  field: string;
  /** How many of the question's words it matched. */
  words: number;
  /** How many of them are not weak (when the search was given what is weak). */
  strong: number;
  /** How many of the strong ones it matched best in a field other than its text (a policy's keyword or title). */
  strongNamed: number;
}

interface Posting {
  doc: number;
  weight: number;
  field: string;
}

/**
 * A small weighted index over documents' fields: each term scores its field's weight times its
 * inverse document frequency, once per question word (its best reading: stem or concept).
 */
class WeightedIndex<T> {
  private readonly postings = new Map<string, Posting[]>();
  /** For each term, the documents holding it in a field named `data` (what is held, and whose). */
  private readonly dataDocs = new Map<string, Set<number>>();
  private lastQuestion: string | undefined;
  private lastUnits: string[][] = [];

  private readonly docs: readonly T[];
  private readonly thesaurus: Thesaurus;
  private readonly stop: ReadonlySet<string>;
  private readonly useIdf: boolean;
  constructor(
    docs: readonly T[],
    /** Each field's name, weight and text; `wordWeight`, when given, is the weight of its single words (its phrases keep `weight`). */
    fields: (doc: T) => [field: string, weight: number, text: string, wordWeight?: number][],
    thesaurus: Thesaurus,
    stop: ReadonlySet<string>,
    useIdf: boolean,
  ) {
    this.docs = docs;
    this.thesaurus = thesaurus;
    this.stop = stop;
    this.useIdf = useIdf;
    docs.forEach((doc, i) => {
      const best = new Map<string, Posting>();
      for (const [field, fieldWeight, text, wordWeight] of fields(doc)) {
        if (!text) continue; // most entries leave most free-text fields out
        // A phrase that is itself an everyday phrase ("subject access") counts in full by its meaning too.
        const whole = wordWeight === undefined ? undefined : thesaurus.of(stemPhrase(text));
        for (const unit of termsOf(text, thesaurus, stop)) {
          for (const term of unit) {
            // The in-phrase mark is a mark, not a word: indexed, it made every phrase's later words match each other.
            if (term === IN_PHRASE) continue;
            const weight = wordWeight !== undefined && !term.startsWith('p:') && !whole?.has(term) ? wordWeight : fieldWeight;
            if (field === 'data') {
              const set = this.dataDocs.get(term) ?? new Set<number>();
              set.add(i);
              this.dataDocs.set(term, set);
            }
            const old = best.get(term);
            if (!old || old.weight < weight) best.set(term, { doc: i, weight, field });
          }
        }
      }
      for (const [term, posting] of best) {
        const list = this.postings.get(term) ?? [];
        list.push(posting);
        this.postings.set(term, list);
      }
    });
  }

  /**
   * The documents whose data fields hold every thing the question names that any document holds:
   * "which suppliers hold client data?" is every supplier with clients' data, however rare the word.
   * With `anyField`, those whose entry speaks of every such thing anywhere.
   */
  holders(question: string, anyField = false): T[] {
    // hits[d]: how many of the question's data words document d holds; a word no one holds is skipped.
    // `anyField`: what the document speaks of anywhere (its purpose too), not only what it holds.
    const docsOf = (term: string) => (anyField ? this.postings.get(term)?.map((p) => p.doc) : this.dataDocs.get(term));
    const n = this.docs.length;
    const hits = new Uint16Array(n);
    const seen = new Uint8Array(n);
    let words = 0;
    for (const unit of this.units(question)) {
      // A stop-word's unit holds only its phrase with the next word ("of pupils"): the next word says it.
      if (!unit.some((t) => !t.startsWith('p:'))) continue;
      seen.fill(0);
      let any = false;
      for (const term of phraseTerms(unit, this.thesaurus, docsOf)) {
        const docs = docsOf(term);
        if (!docs) continue;
        for (const d of docs) {
          if (seen[d]) continue;
          seen[d] = 1;
          hits[d]!++;
          any = true;
        }
      }
      if (any) words++;
      // An everyday kind of thing no supplier holds ("laptops", "children") means none holds it all.
      else if (unit.some((t) => t.startsWith('~'))) return [];
    }
    if (words === 0) return [];
    const out: T[] = [];
    for (let d = 0; d < n; d++) if (hits[d] === words) out.push(this.docs[d]!);
    return out;
  }

  /** How many of the question's words say what it is about (stop-words and question words aside). */
  contentWords(question: string): number {
    return this.units(question).filter((unit) => unit.some((t) => !t.startsWith('p:') && t !== IN_PHRASE)).length;
  }

  /** True when some word of the question is an everyday concept that no document mentions in any reading. */
  unheldConcept(question: string): boolean {
    return this.units(question).some((unit) => unit.some((t) => t.startsWith('~')) && !unit.some((t) => this.postings.has(t)));
  }

  /** The question's terms, kept for the next call: one question is searched several ways. */
  private units(question: string): string[][] {
    if (this.lastQuestion !== question) {
      this.lastQuestion = question;
      this.lastUnits = termsOf(question, this.thesaurus, this.stop);
    }
    return this.lastUnits;
  }

  /** `weak`, when given, says which of the question's words count as matched only beside another ({@link Scored.strong}). */
  search(question: string, weak?: (unit: readonly string[]) => boolean): Scored<T>[] {
    const n = this.docs.length;
    // Flat arrays, not maps: this runs for every question over every supplier that shares a word.
    const total = new Float64Array(n);
    const topScore = new Float64Array(n);
    const topField: string[] = [];
    const unitBest = new Float64Array(n);
    const unitField: string[] = [];
    const wordsMatched = new Uint16Array(n);
    const strongMatched = new Uint16Array(n);
    const strongNamed = new Uint16Array(n);
    const touched: number[] = [];
    for (const unit of this.units(question)) {
      const inUnit: number[] = [];
      // A stop-word's unit holds only its phrase with the next word ("the office"): not a word of its own.
      const ownWord = unit.some((t) => !t.startsWith('p:'));
      const strong = ownWord && !weak?.(unit);
      // A word of an everyday concept is as common as the concept: "client" is rare as a word in a
      // register that says "customers" everywhere, but not as a meaning.
      let commonest = Infinity;
      for (const term of unit) {
        const df = term.startsWith('~') ? this.postings.get(term)?.length : undefined;
        if (df) commonest = Math.min(commonest, 1 + Math.log(n / df));
      }
      // An everyday phrase begun by a word that says nothing alone ("where I am") is all its unit says: its meaning counts in full.
      const phraseOnly = !unit.some((t) => !t.startsWith('~') && !t.startsWith('p:') && t !== IN_PHRASE);
      const phrased = PHRASED.has(unit);
      for (const term of unit) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = this.useIdf ? Math.min(1 + Math.log(n / list.length), commonest) : 1;
        // The same word counts more than a word of the same everyday meaning.
        const closeness = term.startsWith('~') && !term.startsWith('~f') && !phraseOnly ? CONCEPT_WEIGHT : 1;
        for (const p of list) {
          // An everyday phrase meets a policy's keyword for what it describes in full ("everyone's addresses showing" is a breach).
          const score = p.weight * idf * (phrased && p.field === 'keywords' ? 1 : closeness);
          if (unitBest[p.doc] === 0) inUnit.push(p.doc);
          if (unitBest[p.doc]! < score) {
            unitBest[p.doc] = score;
            unitField[p.doc] = p.field;
          }
        }
      }
      for (const doc of inUnit) {
        if (total[doc] === 0) touched.push(doc);
        total[doc]! += unitBest[doc]!;
        if (ownWord) wordsMatched[doc]!++;
        if (strong) strongMatched[doc]!++;
        if (strong && unitField[doc] !== 'text') strongNamed[doc]!++;
        if (unitBest[doc]! > topScore[doc]!) {
          topScore[doc] = unitBest[doc]!;
          topField[doc] = unitField[doc]!;
        }
        unitBest[doc] = 0;
      }
    }
    return touched.map((doc) => ({ item: this.docs[doc]!, score: total[doc]!, field: topField[doc]!, words: wordsMatched[doc]!, strong: strongMatched[doc]!, strongNamed: strongNamed[doc]! })).sort((a, b) => b.score - a.score);
  }

  /**
   * How many of the question's own words (not stop-words, not everyday privacy words, not filler
   * such as "hey" or "quick") no document holds in any reading: "lunch" in "what time is lunch?".
   */
  unmatched(question: string): number {
    let count = 0;
    for (const unit of this.units(question)) {
      const own = unit.filter((t) => !t.startsWith('p:') && !t.startsWith('~'));
      // A word of an everyday concept ("staff") is a privacy word, never a stray one.
      if (own.length === 0 || unit.some((t) => this.privacyConcept(t))) continue;
      if (own.some((t) => FILLER.has(t) || t === IN_PHRASE)) continue;
      if (!unit.some((t) => this.postings.has(t))) count++;
    }
    return count;
  }

  /**
   * True when a term is an everyday concept, a privacy word whatever the register says; relatives
   * only where a document speaks of them ("my son is ill, can I go home?" is a staff matter).
   */
  private privacyConcept(term: string): boolean {
    return term.startsWith('~') && (term !== this.thesaurus.relatives || this.postings.has(term));
  }

  /** True when some document holds the term. */
  holds(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * The question's own words (filler and `neutral` ones aside) split into those the register
   * knows (this index holds them, `elsewhere` does, or they are an everyday privacy word) and
   * those it does not: "arsenal" and "tonight" in "who is the backup keeper for arsenal tonight?".
   */
  knownAndStray(question: string, elsewhere: (term: string) => boolean, neutral: (term: string) => boolean): { known: number; stray: number } {
    let known = 0;
    let stray = 0;
    for (const unit of this.units(question)) {
      const own = unit.filter((t) => !t.startsWith('p:') && !t.startsWith('~'));
      // Two letters say nothing either way: what is left of "we've", "it'll", "ok".
      if (own.length === 0 || own.some((t) => FILLER.has(t) || FUNCTION_WORDS.has(t) || t === IN_PHRASE || t.length < 3 || neutral(t))) continue;
      if (unit.some((t) => this.privacyConcept(t) || this.postings.has(t) || elsewhere(t))) known++;
      else stray++;
    }
    return { known, stray };
  }
}

/** Chatty words that say nothing about what is asked, as stems. */
const FILLER = new Set(
  'hey hi hello quick question pleas thank thanks sorry wonder wondering curiou just realli actual basic quickli anyon everyon okai ok so um hmm btw fyi im'.split(' '),
);

/** Words that join a sentence and say nothing of its topic, contractions without their apostrophe included, as stems. */
const FUNCTION_WORDS = new Set(
  ('if whether because though although while whilst unless until since once yet but so also even ever never always ' +
    'weve ive youve theyve im youre theyre dont doesnt didnt isnt arent wasnt werent cant wont shouldnt wouldnt couldnt hasnt havent ' +
    'ill youll theyll itll whats wheres whos hows thats theres heres lets its ok okay').split(' ').map(stemWord),
);

/** How much a match through the thesaurus counts against a match of the word itself. */
const CONCEPT_WEIGHT = 0.7;

/** How strongly a supplier must match by the words of its fields to count (one purpose word; a word only in the notes is not enough). */
export const SUPPLIER_THRESHOLD = 2;
/** How strongly a policy must match: one keyword, or a title word and a text word, or three text words. */
export const POLICY_THRESHOLD = 3;
/** Less for a question that asks what to do ("what if I click a phishing link?"): a keyword's everyday synonym will do. */
export const WHAT_TO_DO_THRESHOLD = 2;
/**
 * ...but a policy that meets such a question only in its text, by one word that says more than
 * whose data it is and by no keyword or title word, must match this well: "can I send the invoice
 * through the post?" is not the retention policy because its text says "invoices".
 */
export const TEXT_ONLY_WHAT_TO_DO_THRESHOLD = 4;

/** A text without its sentences saying what is not there ("No hearing or health information."): those words are no data held. */
function withoutDenials(text: string): string {
  return text.split(/(?<=[.;!])\s+/).filter((sentence) => !/^(no|not|never|none)\b/i.test(sentence.trim())).join(' ');
}

/** A category without its asides saying what is not there ("invoices (never treatment details)"): those words are no data held. */
function withoutDeniedAsides(text: string): string {
  return text.replace(/\(\s*(?:no|not|never|none|excluding|except)\b[^)]*\)/gi, ' ');
}

/**
 * The everyday kinds of data a lawful basis names ("…; health data under Schedule 1", "explicit
 * consent for health details"): special-category data the supplier gets, often said only there.
 */
function kindsInBasis(basis: string, thesaurus: Thesaurus): string {
  return [...basis.matchAll(/\b([a-z]+) (?:data|details|information)\b/gi)].map((m) => m[1]!).filter((kind) => thesaurus.knows(kind)).join(' , ');
}

/** Suppliers by the words of every field: purpose, data categories (brackets too), subjects, notes… */
export function supplierFieldIndex(suppliers: readonly Supplier[], thesaurus: Thesaurus): WeightedIndex<Supplier> {
  return new WeightedIndex(
    suppliers,
    (s) => [
      ['purpose', 3, s.purposeKeywords.join(' , ')],
      ['purpose', 2, s.purpose],
      ['data', 2.5, withoutDeniedAsides(s.dataCategories.join(' , '))],
      ['data', 1.5, s.dataSubjects.join(' , ')],
      // Whom the data is about by the last word of each ("tandem customers" are customers, though "tandem …" reads as a phrase).
      ['data', 1.5, s.dataSubjects.map((subject) => subject.trim().split(/\s+/).at(-1) ?? '').join(' , ')],
      ['data', 1.5, withoutDenials(s.sharedData ?? '')],
      ['data', 1, kindsInBasis(s.lawfulBasis ?? '', thesaurus)],
      ['notes', 0.5, s.notes ?? ''],
      // What the entry says in words elsewhere ("deleted mailboxes are purged after 20 days"): a little.
      ['notes', 0.5, [/^P(\d|T)/.test(s.retention ?? '') ? '' : (s.retention ?? ''), s.security.replication ?? '', s.security.supportAccess ?? '', ...s.security.measures].filter(Boolean).join(' , ')],
    ],
    thesaurus,
    SUPPLIER_STOP,
    true,
  );
}

/** The words that two or more of a policy's keyword phrases share, not already a keyword alone. */
function sharedKeywordWords(keywords: readonly string[]): string[] {
  const alone = new Set(keywords.map((k) => k.trim().toLowerCase()));
  const seen = new Map<string, number>();
  for (const k of keywords) {
    const parts = k.trim().toLowerCase().split(/\s+/);
    if (parts.length < 2) continue;
    for (const w of new Set(parts)) if (w.length >= 4) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  return [...seen].filter(([w, n]) => n >= 2 && !alone.has(w)).map(([w]) => w);
}

/** Policies by keywords, title and text. */
export function policyFieldIndex(policies: readonly Policy[], thesaurus: Thesaurus): WeightedIndex<Policy> {
  return new WeightedIndex(
    policies,
    (p) => [
      // A one-word keyword counts in full; a phrase ("third party", "walk-up") in full only as the phrase:
      // "the Christmas party" is not about third parties, nor "i always mix up" about walk-up tickets.
      ...p.keywords.map((k): [string, number, string, number?] => (/[\s-]/.test(k.trim()) ? ['keywords', 3, k, 1] : ['keywords', 3, k])),
      // ...but a word that two or more of its phrases share ("remote" of "remote access" and "remote
      // session") is what the policy is about: a keyword of its own.
      ...sharedKeywordWords(p.keywords).map((w): [string, number, string] => ['keywords', 3, w]),
      ['title', 2, p.title],
      ['text', 1, p.text],
    ],
    thesaurus,
    POLICY_STOP,
    false,
  );
}

export type { WeightedIndex };
