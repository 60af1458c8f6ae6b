import type { Policy, Supplier, VigilConfig } from '../config/schema.ts';
import { POLICY_STOPWORDS, POLICY_THRESHOLD, SUPPLIER_STOP, TEXT_ONLY_WHAT_TO_DO_THRESHOLD, SUPPLIER_THRESHOLD, policyFieldIndex, supplierFieldIndex, termsOf, type WeightedIndex } from './field-index.ts';
import { isEnglishWord } from './english-words.ts';
import { IT_SUPPORT_PHRASES, itSupplier } from './it-support.ts';
import { BEREAVEMENT, lossOfNoDetails } from './lost-things.ts';
import { MisspeltNames } from './misspelt-names.ts';
import { WELL_KNOWN_TOOL_NAMES } from './well-known-tools.ts';
import { editDistance } from '../config/suggest.ts';
import { onePieceHolder } from './one-category.ts';
import { PolicyPassages, sentencesOf, type PassageMatch } from './policy-passages.ts';
import { isPlaceWord, regionCode } from './regions.ts';
import { Thesaurus, stemWord } from './thesaurus.ts';
import { REGISTER_DATE_WORDS, STOPWORDS, escapeRegExp, rawWords, stem, words } from './text.ts';

/** How a supplier was found in a question, strongest first. */
export type MatchKind = 'name' | 'fuzzy' | 'purpose' | 'data';

/** A supplier a question is about. */
export interface SupplierMatch {
  supplier: Supplier;
  kind: MatchKind;
  /** The words of the question that matched. */
  matched: string;
}

/** A policy a question is about, with how strongly it matched. */
export interface PolicyMatch {
  policy: Policy;
  score: number;
  /** How many of the question's words it matched that say more than whose data it is (a search by words only). */
  strong?: number;
}

const MAX_GRAM = 4;

/** A kind of data named with a word for data in general after it, as folded: "passport details", "medical records". */
const GENERIC_DATA_WORD = /^(\S+) (?:detail|info|information|record)$/;

/** People in general, as whose data is asked after ("photos of people's homes", "someone's address"). */
const ANYONES = /\b(?:people|peoples|persons|individuals|(?:some|any|every)(?:one|body))(?:['’]s?)?(?=\s|$|[?.,!])/gi;

/** A copy or scan of something, asked after as the thing itself. */
const COPY_OF = /\b(copies|copy|scans?|photocopies|photocopy) of\b/gi;

/**
 * The register and policies of one workspace, indexed for questions: supplier names and aliases
 * (exact, squashed together, or within a small typo), purpose words and data categories, and
 * policy keywords. Built once per config; lookups allocate little.
 */
/**
 * "Health info on the nannies or au pairs": the kind of data said before "on" or "about" is asked
 * of whom each side of the "or" names, not every holder of the second's data.
 */
function ofBoth(parts: string[]): string[] {
  // "Card or bank details": the kind of data said once, after the last, is each one's ("card details").
  const head = /^\s*(?:[\w'’-]+\s+){1,2}?(data|info|information|details|records|numbers)\b/i.exec(parts.at(-1) ?? '')?.[1];
  return parts.map((part, i) => {
    const before = i > 0 ? /^(.*\b(?:on|about)\s+(?:the |our |any |all )?)/i.exec(parts[i - 1]!)?.[1] : undefined;
    if (before && !/\b(on|about)\b/i.test(part) && !/\b(data|info|information|details|records)\b/i.test(part)) return `${before}${part}`;
    return head && i < parts.length - 1 && !/\b(data|info|information|details|records|numbers)\b/i.test(part) ? `${part} ${head}` : part;
  });
}

/** Words after which a part of a supplier's name is a place: "in Clifton", "near Hengrove", "outside Harbourside". */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'around', 'round']);

/**
 * Words before "in <part>" that say what is kept there ("the member data in Google", "what's stored in Paxton", "what do we
 * hold in Microsoft", "is the guest list in Google"): the part is the supplier asked of, not a place.
 */
const KEPT_BEFORE_IN: ReadonlySet<string> = new Set(['data', 'info', 'information', 'details', 'records', 'record', 'list', 'lists', 'files', 'stuff', 'anything', 'everything', 'stored', 'kept', 'held', 'hold', 'keep', 'store', 'put', 'is', 'are', 'what', 'whats']);

/** Words that end a place said ("in Clifton today", "in Clifton, what now?"); "where is data in Clifton stored" still asks the supplier. */
const PLACE_AFTER: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'earlier', 'last', 'this', 'and', 'what', 'who', 'how', 'can', 'should', 'do', 'any']);

/** What a place's name comes before: "the Bedminster bay", "the Royal Norfolk Show", "Clifton high street". */
const PLACE_NOUN: ReadonlySet<string> = new Set(['bay', 'bays', 'road', 'street', 'lane', 'avenue', 'square', 'station', 'show', 'fair', 'festival', 'market', 'beach', 'common', 'high']);

/** True when the word at i stands where a place is said: "in Clifton today", "near Hengrove", "the Bedminster bay". */
function placeSaid(question: readonly string[], i: number, name: string): boolean {
  // "Near the grassmarket": a place is said with "the" too.
  const before = question[i - 1] === 'the' ? i - 2 : i - 1;
  if (before >= 0 && PLACE_BEFORE.has(question[before]!) && (i + 1 === question.length || PLACE_AFTER.has(question[i + 1]!))) return true;
  // A place noun after the part that is not the next word of the supplier's name ("Bedminster Bodyworks").
  const next = question[i + 1];
  return next !== undefined && PLACE_NOUN.has(next) && !name.toLowerCase().split(/[^a-z0-9]+/).includes(next);
}

/** A one-word alias that the entry writes as the supplier's town ("the plant in Oldbury"): a firm called by where it is. */
function isTownAlias(supplier: Supplier, word: string): boolean {
  const town = word.charAt(0).toUpperCase() + word.slice(1);
  return supplier.aliases.some((a) => a.toLowerCase() === word) && new RegExp(String.raw`\b(?:in|at|near) ${escapeRegExp(town)}\b`).test(`${supplier.purpose} ${supplier.notes ?? ''}`);
}

/**
 * A one-word alias that is the first word of the supplier's longer name ("hebden" of Hebden Alarms): a firm named for its place,
 * so where a place is said ("a call-out in Hebden today") the word names the place.
 */
function isFirstWordAlias(supplier: Supplier, word: string): boolean {
  const nameWords = supplier.name.toLowerCase().split(/\s+/);
  return nameWords.length > 1 && nameWords[0] === word && supplier.aliases.some((a) => a.toLowerCase() === word);
}

/**
 * Words of a retention said in words that tell its time, its keeping or whose it is, not the thing kept; as {@link words} folds
 * them, and of five letters or more (shorter words are never read as the thing).
 */
const RETENTION_WORDS = new Set(
  ('leave leaving delete deleted while until after month unless longer automatically retain retained removed account service ' +
    'their which where there every anonymised anonymise purged overwritten archived closed contract subscription cancel cancelled ' +
    'request requested policy schedule required period someone anyone everyone person people report certificate entry detail ' +
    'record document information').split(' '),
);

/** What a side in a game does, said after it ("teams are playing", "team won"); not a thing "playing up" (going wrong). */
const PLAYED = /^(?:(?:are|were|is|was) )?(?:(?:playing|played)(?! up\b)|won|drew|scored|kicked off|kicks off|kick off at)\b/;

/** True when the everyday word at i plays or scores ("which teams are playing"): a side in a game, never a supplier's alias. */
const playedSide = (question: readonly string[], i: number) => isEnglishWord(question[i]!) && PLAYED.test(question.slice(i + 1, i + 4).join(' '));

/** Words after which "it" is the pronoun ("does it support…", "if it backs up…"), never the IT of a name. */
const PRONOUN_IT_AFTER = new Set(['do', 'doe', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'is', 'was', 'has', 'had', 'if', 'when', 'that', 'because', 'so', 'and', 'but', 'make', 'let', 'get', 'how', 'where', 'why', 'what']);

/** True when the word at i is "it" said as the pronoun, after a verb's helper or a joining word; never where the question writes "IT" in capitals. */
const pronounIt = (question: readonly string[], i: number, capitalIt: boolean) => !capitalIt && question[i] === 'it' && i > 0 && PRONOUN_IT_AFTER.has(question[i - 1]!);

/** True when the n words at i can name no supplier however the register spells its names: the pronoun "it", or a side in a game. */
const namesNothingAt = (question: readonly string[], i: number, n: number, capitalIt = false) => pronounIt(question, i, capitalIt) || (n === 1 && playedSide(question, i));

/** The one-word names of well-known tools, as the question's words are written. */
const KNOWN_TOOL_WORDS: ReadonlySet<string> = new Set(WELL_KNOWN_TOOL_NAMES.filter((name) => /^[a-z0-9]+$/.test(name)).flatMap((name) => [name, stem(name)]));

export class RegisterIndex {
  private readonly names = new Map<string, Supplier>();
  /** One-word plural aliases that are also ordinary words, by stem: matched only as written. */
  private readonly pluralNames = new Map<string, string>();
  /** Squashed names ("office365", "zohocrm") by first letter, for typo matching. */
  private readonly misspelt = new MisspeltNames<Supplier>();
  private readonly purposes = new Map<string, Supplier[]>();
  private readonly categories = new Map<string, Supplier[]>();
  private readonly policyKeys = new Map<string, { policy: Policy; weight: number }[]>();
  /**
   * A distinctive word of one supplier's name ("physio" of Physio Partners): in no other name, and
   * never written in lower case in the register ("bank" of Receipt Bank is an ordinary word).
   */
  private readonly nameParts = new Map<string, Supplier>();
  /** The Porter stems of the suppliers' names and aliases and the people's names, as the field indexes stem: made on first use. */
  private nameStemSet?: Set<string>;
  private subjectTermSet?: Set<string>;
  /**
   * Every word of the suppliers' names and aliases and of the certifications the register records
   * ("Cyber Essentials Plus"), so a question's unknown words stand out.
   */
  readonly vocabulary = new Set<string>();
  /**
   * Words the register and policies write in lower case somewhere ("payroll", "customer"): ordinary
   * words, never an unknown supplier's name even when a question capitalises them. A word the
   * register only ever capitalises ("Sage") may be a name.
   */
  readonly ordinaryWords = new Set<string>();
  /**
   * Every word, in any case, of what the suppliers' entries say they hold and are for (purpose
   * keywords, data categories and subjects): "National Insurance numbers" and "InMail" are the
   * register's own terms, never an unknown supplier's name. A purpose and notes are left out: they
   * name other products ("integrates with Sage").
   */
  private readonly entryWords = new Set<string>();
  /** Every word of the workspace's people's names, folded: a name of ours is never a stranger's product or supplier. */
  readonly peopleWords: ReadonlySet<string>;
  /** The letters of the codes the entries use ("P1 to P4"): "P7" is a code of that kind, not a name. */
  private readonly codePrefixes = new Set<string>();
  readonly locations: Map<string, Supplier[]> = new Map();
  /** Everyday words and the firm's own synonyms, folded to shared concepts. */
  readonly thesaurus: Thesaurus;
  private readonly supplierFields: WeightedIndex<Supplier>;
  private readonly policyFields: WeightedIndex<Policy>;
  /** The policies whose keywords name a loss or theft: made on first use. */
  private lossPolicies?: Policy[];
  /** The policies whose keywords name a breach or leak: made on first use. */
  private breachPolicies?: Policy[];
  /** The policies' sentences, for a situation told in everyday words: made on first use. */
  private passages?: PolicyPassages;
  /** Stems of the words the entries' and policies' prose write in lower case; built on first use. */
  private lowerCaseStems?: Set<string>;
  /** Every word the policies' titles and text write, in lower case; built on first use. */
  private policyTokens?: Set<string>;
  /** A word of one supplier's retention said in words, and that supplier ({@link retentionNaming}). */
  private retentionWords?: Map<string, Supplier>;

  readonly config: VigilConfig;
  constructor(config: VigilConfig) {
    this.peopleWords = new Set(config.people.flatMap((p) => words(p.name)));
    this.config = config;
    this.thesaurus = new Thesaurus(config.synonyms);
    const texts = [
      ...config.suppliers.flatMap((s) => [s.purpose, ...s.dataCategories, ...s.dataSubjects, s.sharedData ?? '', s.notes ?? '', s.lawfulBasis ?? '']),
      ...config.policies.flatMap((p) => [p.title, p.text]),
      REGISTER_DATE_WORDS,
    ];
    // Each match is one lower-case word: its folded form is its stem.
    for (const text of texts) for (const word of text.match(/(?<![A-Za-z])[a-z][a-z0-9]*/g) ?? []) this.ordinaryWords.add(stem(word));
    // Keywords are written in lower case whatever they are: a word of one is ordinary, but still
    // a distinctive part of a supplier's name ("microsoft licences" beside Microsoft 365).
    const prose = new Set(this.ordinaryWords);
    const keywords = [...config.suppliers.flatMap((s) => s.purposeKeywords), ...config.policies.flatMap((p) => p.keywords)];
    for (const text of keywords) for (const word of text.match(/(?<![A-Za-z])[a-z][a-z0-9]*/g) ?? []) this.ordinaryWords.add(stem(word));
    this.supplierFields = supplierFieldIndex(config.suppliers, this.thesaurus);
    this.policyFields = policyFieldIndex(config.policies, this.thesaurus);
    const policyPhrases = new Set(config.policies.flatMap((p) => p.keywords.map((k) => words(k).join(' '))));
    for (const supplier of config.suppliers) {
      // "The newsletter" is also "our newsletter", and "our website" "the website".
      const ours = supplier.aliases.filter((a) => /^(the|our)\s/i.test(a)).map((a) => (/^the\s/i.test(a) ? a.replace(/^the\s/i, 'our ') : a.replace(/^our\s/i, 'the ')));
      // "The patient notes system" is what staff call "the patient notes": a kind of thing's system, without the word.
      // Not where a policy names that very thing ("remote access" beside a "remote access tool").
      const things = supplier.aliases
        .map((a) => SYSTEM_WORD.exec(a.trim())?.[1])
        .filter((a): a is string => Boolean(a) && !/^(the|our|a)\s/i.test(a!) && !policyPhrases.has(words(a!).join(' ')));
      const nameWords = words(supplier.name);
      for (const phrase of [supplier.name, supplier.id.replace(/-/g, ' '), ...supplier.aliases, ...ours, ...things]) {
        const raw = rawWords(phrase);
        const w = raw.map(stem);
        if (w.length === 0) continue;
        // A one-word plural alias is a name as written: "reviews" (the review site) is not "review".
        if (raw.length === 1 && raw[0] !== w[0] && this.ordinaryWords.has(w[0]!)) this.pluralNames.set(w[0]!, raw[0]!);
        this.names.set(w.join(' '), supplier);
        const squashed = w.join('');
        // "Mail boxes", a shortening of Mail Boxes Etc., squashed is "mailbox", a word of its own ("someone's mailbox"): a name cut short
        // in everyday words and run together names nothing, nor do its slips ("help desk" for Gorgias still names it as "helpdesk").
        const shortened = phrase !== supplier.name && nameWords.length > w.length && `${nameWords.join(' ')} `.startsWith(`${w.join(' ')} `);
        const runTogether = shortened && w.length > 1 && isEnglishWord(squashed) && w.every((x) => isEnglishWord(x));
        if (!runTogether) {
          this.names.set(squashed, supplier);
          this.misspelt.add(squashed, supplier);
          // For typos, the name as written too: "gorgais" is a slip of "gorgias", not of its stem "gorgia".
          const written = raw.join('');
          if (written !== squashed) this.misspelt.add(written, supplier);
        }
        w.forEach((x) => this.vocabulary.add(x));
      }
      for (const phrase of supplier.purposeKeywords) {
        const w = words(phrase);
        w.forEach((x) => this.entryWords.add(x));
        add(this.purposes, w.join(' '), supplier);
        for (const turned of doingTurned(w)) add(this.purposes, turned, supplier);
      }
      for (const phrase of supplier.dataCategories) {
        words(phrase).forEach((x) => this.entryWords.add(x));
        add(this.categories, words(phrase.replace(/\(.*\)/, '')).join(' '), supplier);
      }
      for (const phrase of supplier.dataSubjects) words(phrase).forEach((x) => this.entryWords.add(x));
      for (const location of supplier.locations) add(this.locations, regionCode(location), supplier);
      for (const cert of supplier.security.certifications) words(cert).forEach((x) => this.vocabulary.add(x));
      for (const code of supplier.purpose.matchAll(/\b([A-Za-z]{1,2})\d{1,2}\b/g)) this.codePrefixes.add(code[1]!.toLowerCase());
    }
    const it = itSupplier(config.suppliers);
    if (it) for (const phrase of IT_SUPPORT_PHRASES) if (!this.names.has(phrase)) this.names.set(phrase, it);
    for (const w of this.entryWords) {
      const code = /^([a-z]{1,2})\d{1,2}$/.exec(w);
      if (code) this.codePrefixes.add(code[1]!);
    }
    this.indexNameParts(config.suppliers, prose);
    // Keywords say most, title words less, the words of the text least.
    for (const policy of config.policies) {
      for (const phrase of policy.keywords) addWeighted(this.policyKeys, words(phrase).join(' '), policy, 3);
      for (const w of words(policy.title)) if (w.length >= 4 && !STOPWORDS.has(w)) addWeighted(this.policyKeys, w, policy, 2);
      for (const w of words(policy.text)) if (w.length >= 5 && !STOPWORDS.has(w)) addWeighted(this.policyKeys, w, policy, 1);
    }
  }

  /**
   * True when the word at i is a place said ("a call-out in Hebden today") that a supplier's one-word alias is named for; a word
   * after it must end the place, as "stored in Hebden?" at the end still asks after the supplier.
   */
  private placeNamedFor(question: readonly string[], i: number): boolean {
    const supplier = this.names.get(question[i]!);
    if (!supplier) return false;
    if (i + 1 < question.length && placeSaid(question, i, supplier.name) && isFirstWordAlias(supplier, question[i]!)) return true;
    // "A needlestick at the vets in oldbury": after "in", the town the entry says the supplier is in is the town, not the supplier.
    return i > 1 && question[i - 1] === 'in' && !KEPT_BEFORE_IN.has(question[i - 2]!) && isTownAlias(supplier, question[i]!);
  }

  /**
   * The suppliers a question names, by name or alias (also squashed together or with a small
   * typo); failing that, by purpose words, then by data categories.
   */
  suppliersIn(question: readonly string[], raw?: readonly string[], capitalIt = false): SupplierMatch[] {
    const found = new Map<string, SupplierMatch>();
    const used = new Set<number>();
    // Longest n-grams first, so "zoho workdrive" wins over "zoho"; of the same length, those of
    // content words first, so "the school ordering site" is the ordering site's "school ordering",
    // not another entry's "the school(s)".
    for (let n = MAX_GRAM; n >= 1; n--) {
      for (const i of contentFirst(question, n)) {
        if (overlaps(used, i, n)) continue;
        const gram = question.slice(i, i + n);
        if (n === 1 && STOPWORDS.has(gram[0]!)) continue;
        const plural = n === 1 ? this.pluralNames.get(gram[0]!) : undefined;
        if (plural && raw && raw[i] !== plural) continue;
        const supplier = this.names.get(gram.join(' ')) ?? this.names.get(gram.join(''));
        if (n === 1 && this.placeNamedFor(question, i)) continue;
        // "Does it support two-factor?": "it" after a verb's helper is the pronoun, not the IT of a name or alias ("IT support");
        // "which teams are playing at Elland Road?": an everyday word of an alias that plays or scores is a side, not the app.
        // Asked only of a name found, as it reads the words after.
        if (supplier && namesNothingAt(question, i, n, capitalIt)) continue;
        if (supplier) {
          // "Does Verisure get to watch our cameras?": its own name, not the alias in everyday words ("our cameras") met first, says who is asked after.
          if (!found.has(supplier.id) || (this.inEverydayWords(found.get(supplier.id)!.matched) && !this.inEverydayWords(gram.join(' ')))) found.set(supplier.id, { supplier, kind: 'name', matched: gram.join(' ') });
          for (let k = i; k < i + n; k++) used.add(k);
        }
      }
    }
    // No whole name found: a part of one ("allotment" of National Allotment Society), if any, is a weak naming.
    const noWholeName = found.size === 0;
    if (noWholeName) {
      question.forEach((word, i) => {
        const supplier = this.nameParts.get(word);
        // "Plymouth Argyle" is another name that shares a word with Plymouth City Council: a part followed by a stranger names something else.
        const another = i + 1 < question.length && this.isStranger(question[i + 1]!);
        // "Nicked outside a pub in Clifton": a part where a place goes names the place (Clifton Cargo Couriers is named for it).
        // "Is the member data in Google?" asks what is kept in the supplier: no place.
        const kept = i > 1 && question[i - 1] === 'in' && KEPT_BEFORE_IN.has(question[i - 2]!);
        const place = !!supplier && placeSaid(question, i, supplier.name) && !kept;
        if (supplier && !found.has(supplier.id) && !another && !place) found.set(supplier.id, { supplier, kind: 'name', matched: word });
      });
    }
    if (found.size === 0) this.slipsIn(question, raw, found);
    // "How long do we keep details in memebrmojo" beside a part of another's name or an alias in everyday words ("their allotment"):
    // a slip of a name of its own says who is asked after, as the name typed right would.
    else if (noWholeName || [...found.values()].every((m) => this.inEverydayWords(m.matched))) {
      const slips = new Map<string, SupplierMatch>();
      this.slipsIn(question, raw, slips, true);
      if (slips.size > 0) {
        found.clear();
        for (const [id, m] of slips) found.set(id, m);
      }
    }
    if (found.size > 1) this.dropDataSaidAsName(question, found);
    if (found.size > 0) return [...found.values()];
    for (const [index, kind] of [[this.purposes, 'purpose'], [this.categories, 'data']] as const) {
      for (const match of this.phrases(question, index, capitalIt)) {
        for (const supplier of match.values) {
          if (!found.has(supplier.id)) found.set(supplier.id, { supplier, kind, matched: match.phrase });
        }
      }
      if (found.size > 0) break;
    }
    return [...found.values()];
  }

  /**
   * Suppliers a question names by a slip of their names (a typo, "xreo"), into `found`. `strangersOnly`: only words no English
   * list has, where other words already named a supplier in everyday words.
   */
  private slipsIn(question: readonly string[], raw: readonly string[] | undefined, found: Map<string, SupplierMatch>, strangersOnly = false): void {
    for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= question.length; i++) {
        const gram = question.slice(i, i + n);
        if (gram.some((w) => STOPWORDS.has(w))) continue;
        // Beside another naming, only a word no English list, person or place has is a slip ("lola fenwick" is no Fennick & Moss).
        if (strangersOnly && gram.some((w) => isEnglishWord(w) || this.names.has(w) || this.peopleWords.has(w) || isPlaceWord(w))) continue;
        // A word the register itself uses ("review") is spelt right: not a typo of a name.
        if (n === 1 && this.ordinaryWords.has(gram[0]!) && !this.names.has(gram[0]!)) continue;
        // So are two of its words together ("gas safety" beside Gas Safe Register).
        if (gram.every((w) => this.ordinaryWords.has(w) && !this.names.has(w))) continue;
        if (n === 1 && raw && this.pluralNames.has(gram[0]!) && raw[i] !== this.pluralNames.get(gram[0]!)) continue;
        if (n === 1 && this.placeNamedFor(question, i)) continue;
        // A well-known tool's own name ("calendly") is spelt right: no slip of an alias ("calendar").
        if (n === 1 && KNOWN_TOOL_WORDS.has(gram[0]!)) continue;
        // "Egres" for Egress: a slip of a name ending in s is looked for as typed, not as the plural its stem takes it for; under
        // eight letters, so a plural's s never buys the second slip longer names are allowed ("trailers" is no slip of "trackers").
        const typed = n === 1 && raw && raw[i] === `${gram[0]}s` && raw[i]!.length < 8 ? raw[i] : undefined;
        const supplier = this.misspelt.find(gram.join('')) ?? (typed ? this.misspelt.find(typed) : undefined);
        // English words run together are no slip of a name of fewer words ("off since" is not "office"; "aisle planer" is Aisle Planner).
        const runTogether = n > 1 && supplier && gram.every((w) => isEnglishWord(w)) && !slipOfLongName(supplier, gram);
        if (supplier && !runTogether && !found.has(supplier.id) && !namesNothingAt(question, i, n)) found.set(supplier.id, { supplier, kind: 'fuzzy', matched: gram.join(' ') });
      }
    }
  }

  /**
   * "Where does the examiner keep our bank statements?": a name in everyday words ("the bank") that, with the word after it,
   * is data another supplier the question names holds ("bank statements"), is that data, not a second supplier asked after.
   */
  private dropDataSaidAsName(question: readonly string[], found: Map<string, SupplierMatch>): void {
    for (const [id, match] of found) {
      if (!this.inEverydayWords(match.matched)) continue;
      const said = match.matched.split(' ');
      const at = question.findIndex((_, i) => said.every((w, k) => question[i + k] === w));
      const next = at < 0 ? undefined : question[at + said.length];
      if (!next) continue;
      const holders = this.categoryHolders(`${said.at(-1)} ${next}`);
      if (holders.some((s) => s.id !== id && found.has(s.id))) found.delete(id);
    }
  }

  /**
   * The suppliers with a data category that holds a phrase of two words or more ("mailing list" in
   * "customers' mailing lists"); one word alone ("email") is in too many categories to name a kind of
   * data, unless the question says it is one (`asData`: "donor data", "payroll info").
   */
  categoryHolders(phrase: string, asData = false): Supplier[] {
    if (!phrase.includes(' ') && !asData) return [];
    // "Passport details" are all passport data, the scans and photos too: "details" says data, not
    // which; but "staff records" are not everything about staff (their logins, their devices).
    const head = GENERIC_DATA_WORD.exec(phrase)?.[1];
    const kind = head && !this.namesPeople(head) ? head : phrase;
    const found = new Set<Supplier>();
    for (const [category, suppliers] of this.categories) if (` ${category} `.includes(` ${kind} `)) suppliers.forEach((s) => found.add(s));
    return this.config.suppliers.filter((s) => found.has(s));
  }

  /**
   * The supplier a word (lower case) is a slip of, by {@link MisspeltNames.find}; for a word already found in a name slot, so
   * without the checks {@link suppliersIn} makes of every word (stop-words, the register's own words, places).
   */
  slipOf(word: string): Supplier | undefined {
    return this.misspelt.find(word.replace(/[^a-z0-9]/g, ''));
  }

  /** True when every word of a matched name is one the register writes in lower case ("our cameras"), none a name of its own. */
  inEverydayWords(matched: string): boolean {
    return matched.split(' ').every((w) => this.ordinaryWords.has(w));
  }

  /** The suppliers whose fields share any word with the question, best first (no threshold). */
  fieldLeaders(question: string, count: number): Supplier[] {
    return this.supplierFields.search(question).slice(0, count).map((m) => m.item);
  }

  /** The supplier whose fields meet the question `margin` times better than any other's, if one does. */
  clearFieldLeader(question: string, margin: number): Supplier | undefined {
    const [best, next] = this.supplierFields.search(question);
    return best && best.score >= SUPPLIER_THRESHOLD && (!next || best.score >= margin * next.score) ? best.item : undefined;
  }

  /**
   * Suppliers whose fields' words (purpose, data categories and subjects, shared data, notes)
   * match the question well enough, best first: the leaders only, never a stray word's match.
   */
  suppliersByFields(question: string, opts: { strict?: boolean; lenient?: boolean } = {}): SupplierMatch[] {
    const scored = this.supplierFields.search(question);
    const best = scored[0];
    if (!best || best.score < SUPPLIER_THRESHOLD) return [];
    // Strict (a "how do we…" question no policy covers): every word of it must be the register's.
    if (opts.strict && (best.words < 2 || this.supplierFields.unmatched(question) > 0)) return [];
    // One matching word beside words the register never uses is a stray match ("what *time* is
    // lunch?" is not about the supplier that records collection times): don't know instead.
    // Lenient (the question asks a register field: "what happens to tenant data when they leave?"): one will do.
    if (!opts.lenient && best.words === 1 && this.supplierFields.unmatched(question) > 0) return [];
    // Words found only in the entries' notes ("the back office", "closes") say little of what a
    // question is about: the leader must match what a supplier does or holds, or three words of the question.
    if (!opts.lenient && best.field === 'notes' && best.words < 3) return [];
    return scored
      .filter((s) => s.score >= Math.max(SUPPLIER_THRESHOLD, best.score * 0.6))
      .map((s) => ({ supplier: s.item, kind: s.field === 'purpose' ? 'purpose' : 'data', matched: question }));
  }

  /** Register locations other than the EU, UK and US that a question names ("in Canada"), as codes. */
  placesIn(question: string): string[] {
    const q = ` ${question.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
    return [...this.locations.keys()].filter((code) => !['EU', 'UK', 'US'].includes(code) && q.includes(` ${code.toLowerCase().replace(/[^a-z]+/g, ' ').trim()} `));
  }

  /** How many words of the question no supplier's entry uses, everyday privacy words and filler aside. */
  strayWords(question: string): number {
    return this.supplierFields.unmatched(question);
  }

  /**
   * "How long are leavers' mailboxes kept?" naming no supplier: the one whose retention, said in words, names the thing
   * ("leavers' mailboxes kept 90 days"), by a word of five letters or more no other supplier's retention says and that
   * says no time or keeping.
   */
  retentionNaming(question: readonly string[]): SupplierMatch[] {
    if (!this.retentionWords) {
      this.retentionWords = new Map();
      const seen = new Map<string, Set<Supplier>>();
      // Whose data it is ("until the member deletes their account") is no thing kept.
      const subjects = new Set(this.config.suppliers.flatMap((s) => s.dataSubjects.flatMap((d) => words(d))));
      for (const s of this.config.suppliers) {
        if (!s.retention || /^P(\d|T)/.test(s.retention)) continue;
        for (const w of new Set(words(s.retention))) if (w.length >= 5 && !STOPWORDS.has(w) && !RETENTION_WORDS.has(w) && !subjects.has(w) && !this.peopleWords.has(w)) seen.set(w, (seen.get(w) ?? new Set()).add(s));
      }
      for (const [w, holders] of seen) if (holders.size === 1) this.retentionWords.set(w, [...holders][0]!);
    }
    const found = new Map<string, SupplierMatch>();
    for (const w of question) {
      const supplier = this.retentionWords.get(w);
      if (supplier && !found.has(supplier.id)) found.set(supplier.id, { supplier, kind: 'data', matched: w });
    }
    return [...found.values()];
  }

  /**
   * True when much of what a question says is in no supplier's entry, no policy and no name: two or
   * more of its words are strangers, and at least as many as are the register's ("who is the backup
   * keeper for Arsenal tonight?" is not about backups). Region names say nothing either way.
   * `fewest` strangers make it off-topic where the question's shape asks for what no register holds.
   */
  offTopic(question: string, strict = false, fewest = 2): boolean {
    const { known, stray } = this.knownAndStray(question);
    // Strict (a "where…" question, which names what it asks after): more strangers than the register's words.
    return stray >= fewest && (strict ? stray > known : stray >= known);
  }

  /** True when a word (folded) is one no entry, policy or name uses, and no stop-word or region. */
  private isStranger(word: string): boolean {
    if (STOPWORDS.has(word)) return false;
    const { known, stray } = this.knownAndStray(word);
    return stray === 1 && known === 0;
  }

  /** True when some word of a text is one no entry, policy or name uses. */
  hasStranger(text: string): boolean {
    return this.knownAndStray(text).stray > 0;
  }

  /** True when three words or more of a text, and three times as many as the register's own, are strangers ("how do I stop tulips drooping in the vase?"). */
  mostlyStrangers(text: string): boolean {
    const { known, stray } = this.knownAndStray(text);
    return stray >= 3 && stray >= 3 * known;
  }

  /** True when some words of a phrase are the register's or a policy's and none is a stranger ("the paper drawings", not "the float"). */
  knowsAll(phrase: string): boolean {
    const { known, stray } = this.knownAndStray(phrase);
    return known > 0 && stray === 0;
  }

  /** How many of a text's words the entries, policies and names use, and how many none does; region names count as neither. */
  private knownAndStray(text: string): { known: number; stray: number } {
    return this.supplierFields.knownAndStray(
      text,
      (t) => this.policyFields.holds(t) || this.nameStems().has(t),
      (t) => /^(EU|UK|US)$/.test(regionCode(t)) || REGION_STEMS.has(t),
    );
  }

  /** The terms (stems and concepts) of the people the register's data is about ("pupils", "parents and carers"): made on first use. */
  private subjectTerms(): Set<string> {
    if (!this.subjectTermSet) {
      // Each kind of person by its last word: "newsletter subscribers" are subscribers, not newsletters.
      const heads = [...new Set(this.config.suppliers.flatMap((s) => s.dataSubjects))].flatMap((subject) => subject.split(/,| and | or /).map((part) => part.trim().split(/\s+/).at(-1) ?? ''));
      this.subjectTermSet = new Set(termsOf(heads.join(' , '), this.thesaurus, SUPPLIER_STOP).flat().filter((t) => !t.startsWith('p:') && t !== 'c:'));
    }
    return this.subjectTermSet;
  }

  /** True when a word names people the register's data is about ("freelancers", "parents"). */
  namesPeople(word: string): boolean {
    const people = this.subjectTerms();
    return termsOf(word, this.thesaurus, SUPPLIER_STOP).some((unit) => unit.some((t) => people.has(t)));
  }

  private nameStems(): Set<string> {
    if (!this.nameStemSet) {
      const phrases = [...this.config.suppliers.flatMap((s) => [s.name, s.id.replace(/-/g, ' '), ...s.aliases]), ...this.config.people.map((p) => p.name)];
      this.nameStemSet = new Set(phrases.flatMap(rawWords).map(stemWord));
    }
    return this.nameStemSet;
  }

  /** How many words of the question say what it is about: none in "where is our data stored?". */
  topicWords(question: string): number {
    return this.supplierFields.contentWords(question);
  }

  /** True when the question names an everyday kind of data ("health data") that no supplier's entry mentions. */
  namesUnheldData(question: string): boolean {
    return this.supplierFields.unheldConcept(question);
  }

  /** Every supplier holding all the kinds of data or people a question names ("client data", "health data"). */
  holdersOf(question: string, pooled = false): SupplierMatch[] {
    // "Staff or parents' data": the holders of either.
    // "Copies of passports" are passports: a copy or scan is a form the data takes, not a kind of data;
    // "people's homes" are anyone's: people in general narrow no kind of data.
    const kinds = question.replace(COPY_OF, ' ').replace(ANYONES, ' ');
    const parts = / or /i.test(kinds) ? ofBoth(kinds.split(/ or /i)) : [kinds];
    // A kind of data about someone, said in one piece of the entry's data, not pooled from two ("health" of staff, "brides" in emails).
    // `pooled`: the holders as before, of each word anywhere in the entry's data.
    const inOnePiece = (part: string) => (pooled ? () => true : onePieceHolder(part, this.thesaurus, this.subjectTerms()));
    const found = new Set(parts.flatMap((part) => [...this.supplierFields.holders(part).filter(inOnePiece(part)), ...this.ofWhat(part)]));
    return this.config.suppliers.filter((s) => found.has(s)).map((supplier) => ({ supplier, kind: 'data', matched: question }));
  }

  /**
   * "Photos of homes": the suppliers that hold the kind of data (photos) and whose entry speaks of
   * what it is of (homes) anywhere, their purpose too ("listing our homes for sale": the listing
   * photos are of homes), though their data categories call it something else ("property photos").
   */
  private ofWhat(part: string): Supplier[] {
    // The last "of": "photos of the inside of homes" are photos of homes.
    const at = [...part.matchAll(/\bof\b/gi)].pop()?.index;
    if (at === undefined) return [];
    const [kind, what] = [part.slice(0, at), part.slice(at + 2)];
    if (this.supplierFields.contentWords(what) === 0) return [];
    const about = new Set(this.supplierFields.holders(what, true));
    return this.supplierFields.holders(kind).filter((s) => about.has(s));
  }

  /** Policies whose keywords, title and text match the question well enough, best first. */
  policiesByWords(question: string, threshold = POLICY_THRESHOLD): PolicyMatch[] {
    // Whose data it is ("a parent wants a copy of their child's file") is no policy's subject on its own.
    const people = this.subjectTerms();
    return this.policyFields
      .search(question, (unit) => unit.some((t) => people.has(t)))
      .filter((p) => p.score >= threshold && p.strong > 0 && (p.strongNamed > 0 || p.strong >= 2 || p.score >= TEXT_ONLY_WHAT_TO_DO_THRESHOLD))
      // On a tie, the policy that more of the question's own words meet, not only whose data it is ("…all our landlords…").
      .sort((a, b) => b.score - a.score || b.strong - a.strong)
      .map((p) => ({ policy: p.item, score: p.score, strong: p.strong }));
  }

  /**
   * The policies whose keywords name the loss, theft or leak a question tells of ("my laptop got
   * nicked": lost, stolen…; "someone leaked the link"), or undefined when it tells of none. Where
   * several name a loss (a devices policy's "lost phone" and the breach policy) and no other of
   * them names the thing lost ("proofs left on a train"), those that also name a breach: they say
   * whom to tell and by when; a lost phone or fob has its own policy too (wiping it, its IT firm).
   */
  policiesNamingLoss(question: string): Policy[] | undefined {
    const loss = this.thesaurus.of(stemWord('stolen'));
    const breach = this.thesaurus.of(stemWord('leak'));
    if (!loss || !breach) return undefined;
    // Someone lost to death ("the baby she lost in '62", "lost her husband last year") is grief, not a loss of anything we hold.
    const units = termsOf(question.replace(BEREAVEMENT, ' '), this.thesaurus, SUPPLIER_STOP);
    // Something "left" somewhere may be no loss at all ("a customer left a voicemail").
    const lost = units.some((unit) => !unit.includes('left') && unit.some((t) => loss.has(t)));
    const leaked = units.some((unit) => unit.includes(stemWord('leaked')));
    this.lossPolicies ??= this.policiesWithKeywordsIn(loss);
    // A theft of something that carries no one's details ("nicked diesel from the pump") is no loss of data.
    if (!leaked && lost && lossOfNoDetails(question, (word) => this.lossPolicies!.some((p) => p.keywords.some((k) => words(k).map(stemWord).includes(stemWord(word)))))) return undefined;
    if (!lost && !leaked) return undefined;
    this.breachPolicies ??= this.policiesWithKeywordsIn(breach);
    const breachToo = this.lossPolicies.filter((p) => this.breachPolicies!.includes(p));
    if (leaked && !lost) return this.breachPolicies;
    // The thing lost: the question's words other than the loss ("lost", "nicked").
    const thing = (u: readonly string[]) => (u.some((t) => loss.has(t)) ? [] : u.filter((t) => !t.startsWith('p:') && t !== 'c:'));
    const asked = new Set(units.flatMap(thing));
    const named = (p: Policy) => termsOf(p.keywords.join(' , '), this.thesaurus, SUPPLIER_STOP).some((unit) => thing(unit).some((t) => asked.has(t)));
    if (this.lossPolicies.length < 2 || breachToo.length === 0) return this.lossPolicies;
    const own = this.lossPolicies.filter((p) => !breachToo.includes(p) && named(p));
    // A lost phone: its own policy and the breach one, not a third that names some other loss ("lost property").
    return own.length ? [...own, ...breachToo] : breachToo;
  }

  /**
   * True when a policy's title or text writes the word ("never send codes by WhatsApp"): the firm has
   * a rule on it. The policies' words are gathered once per register, not searched per question.
   */
  policyWrites(token: string): boolean {
    this.policyTokens ??= new Set(this.config.policies.flatMap((p) => `${p.title} ${p.text}`.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean));
    const parts = token.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    if (parts.length === 1) return this.policyTokens.has(parts[0]!);
    // "gov.uk", "b&q": the whole token, as written in some policy.
    const pattern = new RegExp(`\\b${escapeRegExp(token)}\\b`, 'i');
    return this.config.policies.some((p) => pattern.test(p.text) || pattern.test(p.title));
  }

  /** True when a policy's keywords name a breach (made on first use, as for the losses). */
  namesBreach(policy: Policy): boolean {
    const breach = this.thesaurus.of(stemWord('leak'));
    if (!breach) return false;
    this.breachPolicies ??= this.policiesWithKeywordsIn(breach);
    return this.breachPolicies.includes(policy);
  }

  /** The policies whose keywords meet a concept. */
  private policiesWithKeywordsIn(concept: ReadonlySet<string>): Policy[] {
    return this.config.policies.filter((p) => termsOf(p.keywords.join(' , '), this.thesaurus, SUPPLIER_STOP).some((unit) => unit.some((t) => concept.has(t))));
  }

  /**
   * True when some policy sentence names getting rid of a thing and the thing together ("paper
   * drawings … come back to the office for shredding"), not only one of them. The sentence is read with the policies'
   * stopwords, not the suppliers' (which drop "delete" as a field word), so "Delete … contact sheets 30 days after" names it.
   */
  policySaysHowToGetRidOf(thing: string): boolean {
    const rid = this.thesaurus.of(stemWord('delete'));
    const own = termsOf(thing, this.thesaurus, SUPPLIER_STOP).flat().filter((t) => !t.startsWith('p:') && !t.startsWith('~') && t !== 'c:');
    if (!rid || own.length === 0) return false;
    // The thing may be named in the sentence that says to get rid of it, the one before it ("Survey sheets carry names. … put
    // them in the shredding bin"), or the policy's title and keywords.
    const termsIn = (text: string) => new Set(termsOf(text, this.thesaurus, POLICY_STOPWORDS).flat());
    return this.config.policies.some((p) => {
      const head = termsIn(`${p.title}, ${p.keywords.join(', ')}`);
      const said = sentencesOf(p.text);
      return said.some((sentence, i) => {
        const terms = termsIn(sentence);
        if (![...rid].some((c) => terms.has(c))) return false;
        const before = i > 0 ? termsIn(said[i - 1]!) : new Set<string>();
        return own.some((t) => terms.has(t) || before.has(t) || head.has(t));
      });
    });
  }

  /**
   * True when the suppliers' entries or the policies' prose (not their keywords, written in lower
   * case whatever they are) use the word in lower case: an everyday word there, not a product's name.
   */
  writesInLowerCase(word: string): boolean {
    this.lowerCaseStems ??= new Set(
      [...this.config.suppliers.flatMap((s) => [s.purpose, ...s.dataCategories, ...s.dataSubjects, s.notes ?? '']), ...this.config.policies.flatMap((p) => [p.title, p.text])]
        .flatMap((text) => text.match(/(?<![A-Za-z])[a-z][a-z0-9]*/g) ?? [])
        .map(stem),
    );
    return this.lowerCaseStems.has(stem(word));
  }

  /** The policy sentence that best covers a situation the question tells, whose data it is aside. */
  policyPassage(question: string): PassageMatch | undefined {
    return this.policyPassages(question)[0];
  }

  /** Each policy's best sentence for the question, best first. */
  policyPassages(question: string): PassageMatch[] {
    this.passages ??= new PolicyPassages(this.config.policies, this.thesaurus);
    const people = this.subjectTerms();
    return this.passages.ranked(question, (unit) => unit.some((t) => people.has(t)));
  }

  /** True when a policy's keyword or title matches the question, not only words of its text. */
  policyNamedBy(question: string): boolean {
    return this.policyFields.search(question).some((p) => p.field !== 'text');
  }

  /** True when the entries use a folded word, or a code of the kind they use ("p7" beside "P1 to P4"). */
  entriesUse(word: string): boolean {
    if (this.entryWords.has(word)) return true;
    const code = /^([a-z]{1,2})\d{1,2}$/.exec(word);
    return code !== null && this.codePrefixes.has(code[1]!);
  }

  /** The policy a question is most about, if any matches. */
  policiesIn(question: readonly string[]): PolicyMatch[] {
    const scores = new Map<string, PolicyMatch>();
    // "password1234" is about passwords.
    const folded = question.map((w) => w.replace(/^([a-z]{4,})\d+$/, '$1'));
    for (const match of this.phrases(folded, this.policyKeys)) {
      for (const { policy, weight } of match.values) {
        const entry = scores.get(policy.id) ?? { policy, score: 0 };
        entry.score += weight;
        scores.set(policy.id, entry);
      }
    }
    return [...scores.values()].sort((a, b) => b.score - a.score);
  }

  private indexNameParts(suppliers: readonly Supplier[], prose: ReadonlySet<string>): void {
    const owners = new Map<string, Set<Supplier>>();
    for (const supplier of suppliers) {
      // The name only: an alias is already a phrase staff use ("debt collectors"), not a name to split.
      for (const phrase of [supplier.name]) {
        const w = words(phrase);
        if (w.length < 2) continue;
        for (const part of w) {
          if (part.length < 4 || STOPWORDS.has(part) || GENERIC_NAME_WORDS.has(part) || prose.has(part) || regionCode(part).match(/^(EU|UK|US)$/)) continue;
          owners.set(part, (owners.get(part) ?? new Set()).add(supplier));
        }
      }
    }
    for (const [part, set] of owners) if (set.size === 1) this.nameParts.set(part, [...set][0]!);
  }

  /** Every phrase of `index` found in the question, longest first, without overlaps. */
  private phrases<T>(question: readonly string[], index: Map<string, T[]>, capitalIt = false): { phrase: string; length: number; values: T[] }[] {
    const out: { phrase: string; length: number; values: T[] }[] = [];
    const used = new Set<number>();
    for (let n = MAX_GRAM; n >= 1; n--) {
      for (let i = 0; i + n <= question.length; i++) {
        if (overlaps(used, i, n)) continue;
        if (n === 1 && STOPWORDS.has(question[i]!)) continue;
        const phrase = question.slice(i, i + n).join(' ');
        const values = index.get(phrase);
        if (values && !namesNothingAt(question, i, n, capitalIt)) {
          out.push({ phrase, length: n, values });
          for (let k = i; k < i + n; k++) used.add(k);
        }
      }
    }
    return out;
  }
}

/**
 * A keyword of a thing and what is done to it ("van tracking", "payroll processing") as staff turn it round: "tracking the van",
 * "processing our payroll", "tracking of the van".
 */
function doingTurned(w: readonly string[]): string[] {
  if (w.length !== 2 || !/..ing$/.test(w[1]!)) return [];
  const [thing, doing] = w;
  return [`${doing} the ${thing}`, `${doing} our ${thing}`, `${doing} of the ${thing}`, `${doing} of our ${thing}`];
}

/** Stems of the words staff use for the three regions and their nations ("england", "british"). */
const REGION_STEMS = new Set(['england', 'scotland', 'wale', 'britain', 'british', 'english', 'europ', 'european', 'america', 'american', 'unit', 'kingdom', 'state'].map(stemWord));

/** Words of company names that name no one company. */
const GENERIC_NAME_WORDS = new Set(
  ('partner partners group ltd limited llp plc inc online cloud software system solution solutions service services consulting ' +
    'associate associates accountant accountants solicitor solicitors bank pay payment mail the and company co uk global digital ' +
    'net web tech technology technologies hub app apps suite workspace office drive manager').split(' '),
);

/**
 * An alias of two or more words and then the word for a system ("patient notes system"): the words
 * before it. A web page or site is one too: "the toddler booking page" is what staff call "the
 * toddler booking site", whichever word for the thing they use.
 */
const SYSTEM_WORD = /^(\S+(?:\s+\S+)+?)\s+(?:system|software|app|platform|portal|database|tool|page|site|website)$/i;

/** The starts of a question's n-grams, those not opening on a stop-word ("the", "our") first. */
function contentFirst(question: readonly string[], n: number): number[] {
  const starts = Array.from({ length: Math.max(0, question.length - n + 1) }, (_, i) => i);
  return [...starts.filter((i) => !STOPWORDS.has(question[i]!)), ...starts.filter((i) => STOPWORDS.has(question[i]!))];
}

/** True when any of the n words from `start` is already used by a longer match. */
function overlaps(used: ReadonlySet<number>, start: number, n: number): boolean {
  for (let k = start; k < start + n; k++) if (used.has(k)) return true;
  return false;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

function addWeighted(map: Map<string, { policy: Policy; weight: number }[]>, key: string, policy: Policy, weight: number): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  const existing = list.find((e) => e.policy === policy);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else list.push({ policy, weight });
  map.set(key, list);
}

/** Whether words are a slip of one of the supplier's names or aliases of as many words or more: "aisle planer" of Aisle Planner. */
function slipOfLongName(supplier: Supplier, gram: readonly string[]): boolean {
  const typed = gram.join('');
  return [supplier.name, ...supplier.aliases].some((name) => words(name).length >= gram.length && editDistance(words(name).join(''), typed) <= 2);
}
