import type { Person, Supplier, VigilConfig } from '../config/schema.ts';
import { asksAggregate } from './aggregate.ts';
import { isEnglishWord } from './english-words.ts';
import type { Intent } from './intents.ts';
import type { LiveRegister } from './live-state.ts';
import type { PolicyRanker } from './policy-ranker.ts';
import type { QuestionKinds } from './question-kinds.ts';
import { ASKS_IF_WATCHED, asksWhatToDo } from './intents.ts';
import type { RegisterIndex, SupplierMatch } from './register-index.ts';
import { regionsIn } from './regions.ts';
import { escapeRegExp, rawWords, STOPWORDS, words } from './text.ts';

/** An answer, what kind of question it took it for, and where each fact came from. */
export interface QaAnswer {
  answer: string;
  intent: Intent;
  /** `register:<supplier id>` and `policy:<policy id>`. */
  sources: string[];
}

/** What every answering step reads: the workspace, its index and its data-protection contact. */
export interface QaContext {
  config: VigilConfig;
  index: RegisterIndex;
  /** "Name (email)": the person every "don't know" points to. */
  contact: string;
  /** The register's live state, when the store was read: `config` then holds its attested facts. */
  live?: LiveRegister;
  /** Today, for questions about dates ("which statements are overdue for review?"). */
  now: () => Date;
  /** The model of question kinds the rules' answers are weighed against; none, the rules alone. */
  kinds?: QuestionKinds;
  /** The model that ranks the firm's policies for a situation told; read only where `kinds` is (answers-by-kind.ts). */
  ranker?: PolicyRanker;
}

/** A question read once: its wording, the suppliers and regions it names, and the pool it ranges over. */
export interface Question {
  text: string;
  intent: Intent;
  /** Folded words, with "on file" taken out ("on file" is about statements, never about files). */
  words: string[];
  /** Suppliers named after "except", "apart from"…: out of the pool, not the subject. */
  excluded: Set<string>;
  /** Suppliers found by name, alias, purpose keyword or data category (the excluded left out). */
  byName: SupplierMatch[];
  /** Those of `byName` found by name or alias (exactly or by a typo). */
  named: SupplierMatch[];
  /** The register's suppliers less the excluded ones. */
  pool: Supplier[];
  /** Region codes and register places the question names. */
  regions: string[];
  /** True when it asks what to do ("what if I lose my laptop?"). */
  whatToDo: boolean;
  /** The person whose suppliers a list question ranges over ("which suppliers does Priti look after that…"): the pool is theirs. */
  owner?: Person;
}

/**
 * The person of the workspace a question names: by a word of their name ("Doyle", "Kieran"), by
 * their first name however short ("Mo"), or by their id where it is a short name of its own
 * ("ollie" for Oliver, "dom" for Dominic). Other two-letter words of a name ("Li", "de") are too
 * common in questions to count.
 */
export function personNamed(config: VigilConfig, asked: ReadonlySet<string>, text?: string): Person | undefined {
  const by = (p: Person) => {
    const [first, ...rest] = words(p.name);
    const id = /^[a-z]+$/.test(p.id) ? words(p.id)[0] : undefined;
    return (first !== undefined && asked.has(first)) || rest.some((n) => n.length > 2 && asked.has(n)) || (id !== undefined && id.length > 1 && asked.has(id));
  };
  const named = config.people.filter(by);
  // Two people said ("what does terry use? he's off and imran is covering"): the one where the question puts a person.
  if (named.length > 1 && text !== undefined) {
    const slot = personSlotWords(text);
    const inSlot = named.filter((p) => words(p.name).some((w) => slot.has(w)));
    if (inSlot.length === 1) return inSlot[0];
  }
  return named[0] ?? (text === undefined ? undefined : familiarlyNamed(config.people, personSlotWords(text)));
}

/**
 * Where a question puts a person: "does Tom use", "is Shaz in charge of", "Dee looks after", "apart
 * from Tom". A familiar form of a name is looked for only there, since it is also the start of
 * everyday words ("call" of Callum, "till" of Tilly) anywhere else.
 */
const PERSON_SLOT = /\b(?:does|did|is|has|from|except|besides|than)\s+([a-z]+)\b|\b([a-z]+)\s+(?:looks?|uses?|in charge|manages?|owns?)\b/gi;

function personSlotWords(text: string): Set<string> {
  return new Set([...text.matchAll(PERSON_SLOT)].flatMap((m) => words(m[1] ?? m[2] ?? '')));
}

/**
 * "Tom" for Tomasz, "Shaz" for Sharon, "Dee" for Denise where her email is dee@: a familiar form
 * of one person's first name (its opening letters, with or without a "z"), or the name their
 * email goes by where it begins as their first name does. Only one person may answer to it, and
 * common words never do ("the" is not Theresa).
 */
function familiarlyNamed(people: readonly Person[], asked: ReadonlySet<string>): Person | undefined {
  const familiar = [...asked].filter((w) => w.length >= 3 && /^[a-z]+$/.test(w) && !STOPWORDS.has(w));
  const answers = (p: Person) => {
    const first = words(p.name)[0] ?? '';
    const local = p.email?.split('@')[0]?.toLowerCase();
    return familiar.some((w) => {
      const stem = w.endsWith('z') && !first.startsWith(w) ? w.slice(0, -1) : w;
      return (stem.length >= 3 && stem.length < first.length && first.startsWith(stem)) || (w === local && w[0] === first[0]);
    });
  };
  const found = people.filter(answers);
  return found.length === 1 ? found[0] : undefined;
}

/** Words that say someone looks after suppliers, in a list question. */
const LOOKS_AFTER = /\blooks? after\b|\blooked after by\b|\b(owns?|owned by)\b|\bmanages?\b|\bmanaged by\b|\bresponsible for\b|\bin charge of\b/i;

/** The person of the workspace a list question narrows to by what they look after, if any. */
function ownerAsked(config: VigilConfig, text: string, w: readonly string[]): Person | undefined {
  if (!asksAggregate(text) || !LOOKS_AFTER.test(text)) return undefined;
  const person = personNamed(config, new Set(w), text);
  return person && config.suppliers.some((s) => s.owner === person.id) ? person : undefined;
}

/** The data-protection contact as "Name (email)". */
export function contactOf(config: VigilConfig): string {
  const c = config.organisation.dataProtectionContact;
  return c.email ? `${c.name} (${c.email})` : c.name;
}

export function reply(intent: Intent, answer: string, sources: string[] = []): QaAnswer {
  return { intent, answer, sources };
}

/**
 * "Except", "apart from"…, unless what is set aside is ourselves: "who else apart from us can get into X" sets no
 * supplier aside, so X after it is still the subject.
 */
const SET_ASIDE = /\b(?:except|apart from|other than|besides|excluding|but not|not counting)\b(?!\s+(?:for\s+)?(?:us|me|ourselves|myself|our (?:own )?(?:team|staff)|the team)\b)/i;

/** The suppliers a question names after "except", "apart from", "other than"… */
function excludedIn(index: RegisterIndex, question: string): Set<string> {
  const at = question.search(SET_ASIDE);
  if (at < 0) return new Set();
  // "Apart from Tom who else uses Zoom", "who else besides Tom uses Zoom": what is set aside ends where the question proper starts.
  const after = question.slice(at);
  const end = after.search(/,|\b(who|which|what|where|how|uses?|using|can|has|have|logs?)\b/i);
  return new Set(index.suppliersIn(words(end > 0 ? after.slice(0, end) : after)).filter((m) => m.kind === 'name' || m.kind === 'fuzzy').map((m) => m.supplier.id));
}

/** A region's own law or transfer tool ("the UK IDTA", "EU SCCs", "UK GDPR"): its name, not a place data is stored. */
const REGION_LAW = /\b(the )?(uk|eu|eea|us)[- ](idta|addendum|gdpr|sccs?|standard contractual clauses|international data transfer agreement|adequacy|extension|data protection act|dpf|data privacy framework)\b/gi;

/** The regions and register places a question names as places, a region's law or transfer tool aside. */
function regionsAsked(index: RegisterIndex, text: string): string[] {
  const places = text.replace(REGION_LAW, ' $3');
  return [...new Set([...regionsIn(words(places), places), ...index.placesIn(places)])];
}

/**
 * A supplier named as itself: by its whole name, or by a word no dictionary has ("mcs", "harbourside"); not by an alias in
 * everyday words ("the courier", "holiday") or an English word one slip from its name ("zero").
 */
export function namedAsItself(m: SupplierMatch): boolean {
  return m.kind === 'name' && (words(m.matched).join(' ') === words(m.supplier.name).join(' ') || words(m.matched).some((w) => !STOPWORDS.has(w) && !isEnglishWord(w)));
}

/** True when a supplier is named by a name of its own, not only by an alias in everyday words ("the shop"). */
export function namesOwnName(ctx: QaContext, q: Question): boolean {
  return q.named.some((m) => !ctx.index.inEverydayWords(m.matched));
}

/** Words that only join others: never a name's own, though a name has them ("the booking system"). */
const FUNCTION_WORD = /^(the|a|an|our|my|your|their|of|and|or|for|to|in|on|at|with|by|from|is|are|it|we|us|i)$/;

/**
 * The question with the words of the suppliers it names by their own names each put as one
 * placeholder word, "x": a name's words ("Gas *Safe* Register", "Mobility *Abroad*") say which
 * supplier, never what is asked about it.
 */
export function namesMasked(q: Question): string {
  // "The booking system": its "the" is also the question's own ("…goes to the US").
  // A common word inside a name of two or more ("the *access* form") is the name's, all the same.
  const own = (w: string, phrase: string[]) => !STOPWORDS.has(w) || (phrase.length > 1 && !FUNCTION_WORD.test(w));
  const named = new Set(q.named.filter((m) => m.kind === 'name').flatMap((m) => m.matched.split(' ').filter((w, _, phrase) => own(w, phrase))));
  if (named.size === 0) return q.text;
  return q.text.replace(/[A-Za-z][A-Za-z0-9’']*/g, (word) => (named.has(words(word)[0] ?? '') ? 'x' : word)).replace(/\bx( x)+\b/g, 'x');
}

/**
 * "Which of our accounts don't have 2FA?": the noun a list question ranges over is the register's
 * entries, not a supplier whose alias is that word ("the accounts" for the bookkeeping package).
 */
const LIST_NOUN = /^\s*(which|what) (of )?(our |the |your )?(accounts|systems|apps|tools|services|platforms|logins)\b/i;

/** A question asking how long a thing is kept, in words of keeping. */
const KEEPING_ASKED = /\b(?:kept|keep|keeps|keeping|hold on to|hang on to|retain\w*|delet\w*)\b/i;

/** The asker's own thing said: "my own", "my personal", "my private", "my home". */
const OWNING = /\bmy (?:own|personal|private|home)\b/i;

/** Services everyone has an account of their own with: "my personal gmail" is the asker's, not the firm's Google Workspace. */
const CONSUMER_ACCOUNT = /^(?:g-?mail|google mail|google drive|gdrive|outlook|hotmail|icloud|onedrive|dropbox|whatsapp|facebook|instagram|insta|messenger)$/i;

/** Whether the phrase is said as the asker's own ({@link OWNING}), with at most one word between ("my personal work email"). */
function ownThing(text: string, phrase: string): boolean {
  const said = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(String.raw`${OWNING.source}(?: \w+)? ${said}\b`, 'i').test(text);
}

/** A review said to fall due: "reviews overdue", "review is due", "due a review". */
const REVIEW_FALLS_DUE = /\breviews? (?:are |is )?(?:\w+ )?(?:overdue|past due|due)\b|\b(?:overdue|due|up) (?:for )?(?:a |an |its |their )?reviews?\b/i;

/** Reads a question's entities once, for every step that follows. */
export function readQuestion(ctx: QaContext, text: string, intent: Intent, w: string[]): Question {
  const excluded = excludedIn(ctx.index, text);
  const raw = rawWords(text.replace(/\bon file\b/gi, ' '));
  const listNoun = LIST_NOUN.exec(text)?.[4]?.toLowerCase();
  // Read once: most questions say nothing of the asker's own things, and then no match is weighed for it.
  const owning = OWNING.test(text);
  const found = ctx.index
    .suppliersIn(w, raw.length === w.length ? raw : undefined, /\bIT\b/.test(text) && text !== text.toUpperCase())
    .filter((m) => !excluded.has(m.supplier.id) && !(listNoun && words(m.matched).filter((x) => !/^(the|our|your|my)$/.test(x)).join(' ') === words(listNoun).join(' ')))
    // "My personal email", "my own phone": the asker's own thing, not the entry the firm calls by that everyday word.
    .filter((m) => !(owning && (ctx.index.inEverydayWords(m.matched) || CONSUMER_ACCOUNT.test(m.matched)) && ownThing(text, m.matched)))
    // "Are any supplier reviews overdue?": the review of a statement, not the entry keyed by customers' reviews.
    .filter((m) => !(intent === 'statement' && /^reviews?$/i.test(m.matched.trim()) && REVIEW_FALLS_DUE.test(text)));
  // "How long are mailboxes kept?": a thing one supplier's retention names, asked how long it is kept (not how long it is valid).
  const keptAsked = found.length === 0 && intent === 'retention' && KEEPING_ASKED.test(text);
  const byName = keptAsked ? ctx.index.retentionNaming(w).filter((m) => !excluded.has(m.supplier.id)) : found;
  const owner = ownerAsked(ctx.config, text, w);
  return {
    owner,
    text,
    intent,
    words: w,
    excluded,
    byName,
    named: byName.filter((m) => m.kind === 'name' || m.kind === 'fuzzy'),
    // The whole register, not a copy of it, when nothing narrows it: most questions, at any size.
    pool: excluded.size === 0 && !owner ? ctx.config.suppliers : ctx.config.suppliers.filter((s) => !excluded.has(s.id) && (!owner || s.owner === owner.id)),
    regions: regionsAsked(ctx.index, text),
    whatToDo: asksWhatToDo(text) || (ASKS_IF_WATCHED.test(text) && ctx.index.policiesByWords(text).length > 0),
  };
}
