/**
 * Text handling for questions: case, punctuation, possessives and plurals folded away, so
 * "Zoho's CRM", "zoho crm" and "ZOHO-CRM" read alike.
 */
import { isEnglishWord } from './english-words.ts';

/** Folds one word: lowercase, plural endings off ("invoices" → "invoice", "companies" → "company"). */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  // An irregular plural (its possessive typed without the apostrophe too): "children" is "child", so a firm's own synonyms for it ("kid") meet the register's "children's".
  if (word === 'children' || word === 'childrens') return 'child';
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses|uses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * An acronym's plural as the acronym ("CVs" → "CV", "IDs" → "ID", "P3s" → "P3", "par-qs" → "par-q"): folded to lower
 * case, "cvs" would be a three-letter word that keeps its "s", and never meet the register's "cv".
 */
export function singularAcronyms(text: string): string {
  const hyphened = /\b[a-z]{2,}-[a-z]s\b/i.test(text) ? text.replace(/\b([a-z]{2,}-[a-z])s\b/gi, '$1') : text;
  return /[A-Z][A-Z0-9]+s\b/.test(hyphened) ? hyphened.replace(/\b([A-Z][A-Z0-9]*[A-Z0-9])s\b/g, '$1') : hyphened;
}

/** Letters with accents as their plain letters ("Inês" is "ines", "café" is "cafe"), so a name is one word, not split at its accent. */
export function withoutAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
}

/** The question's words, folded: accents and possessives dropped, punctuation split, plurals stemmed. */
export function words(text: string): string[] {
  return withoutAccents(singularAcronyms(text))
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stem);
}

/** The question's words as typed (lowercased, possessives dropped), one for each of {@link words}. */
export function rawWords(text: string): string[] {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A name in the possessive: "Xero's", "GoCardless's", and "Severn Fitting Services'" where the name ends in
 * an English plural ("services", "accountants": the word and the word less its "s" are both English).
 */
export function possessive(name: string): string {
  const last = /([a-z]+)s$/i.exec(name)?.[1]?.toLowerCase();
  const plural = last !== undefined && !last.endsWith('s') && isEnglishWord(`${last}s`) && isEnglishWord(last);
  return plural ? `${name}'` : `${name}'s`;
}

/** Text as a regular expression that matches it literally (a supplier's or a person's name). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A word as it sounds, by its consonants: "igh" is "i", "ph" is "f", a hard "c" is "k", and after
 * the first letter the vowels (and h, w, y) and doubled letters go, so "brightpay" and "britepay"
 * are both "brtp".
 */
export function soundSkeleton(word: string): string {
  const folded = word.toLowerCase().replace(/igh/g, 'i').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/c(?=[eiy])/g, 's').replace(/[cq]/g, 'k').replace(/z/g, 's');
  return (folded[0] ?? '') + folded.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Words staff ask the register's dates with ("whose statements are overdue?"), though no entry
 * writes them: spelt right, so never a slip for a supplier's name or alias ("overdue" is not "overdub").
 */
export const REGISTER_DATE_WORDS = 'overdue expired lapsed outdated renewal';

/** Words that carry no entity: never matched as (part of) a name on their own, nor fuzzily. */
export const STOPWORDS = new Set(
  (
    'a an the our we us i me my you your is are was were be been do doe did does done have ha has had what which who whom whose where when why how ' +
    'for to of in on at by with from about into over under than then and or not no yes it it its this that these those there their they them ' +
    'can could should would will shall may might must please tell know any all some each every much many long data datum information info ' +
    'stored store kept keep held hold hosted host located locate use used using company supplier processor vendor service tool software app ' +
    'system provider personal customer client detail thing stuff get got go goe going put send sent share shared give given access see still ' +
    'statement gdpr dpa about just also like need want else other onto upon within register'
  ).split(' '),
);

/** Contractions typed without their apostrophe, and question words as texted, as the patterns read them ("wheres" → "where's", "dont" → "don't", "wat" → "what"). */
const CONTRACTIONS: Record<string, string> = {
  wheres: "where's", whats: "what's", whos: "who's", hows: "how's", whens: "when's", theres: "there's",
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't",
  cant: "can't", wont: "won't", shouldnt: "shouldn't", wouldnt: "wouldn't", couldnt: "couldn't",
  hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", theyre: "they're", youre: "you're", weve: "we've", ive: "I've", im: "I'm",
  youve: "you've", theyve: "they've", itll: "it'll", youll: "you'll", theyll: "they'll", shouldve: "should've",
  // Question words as texted.
  wat: 'what', wot: 'what', wats: "what's", wots: "what's", wher: 'where',
  // Register words as staff shorten them: "the certs of destruction" are the certificates an entry lists.
  cert: 'certificate', certs: 'certificates',
};

/**
 * The question with apostrophe-less contractions restored, so "which suppliers dont have an owner"
 * reads as typed with one, and "2 factor" / "2-step" written out as the patterns read them.
 */
export function withContractions(question: string): string {
  return withUnitsSpelledOut(question.replace(/\b[A-Za-z]+\b/g, (word) => CONTRACTIONS[word.toLowerCase()] ?? word).replace(/\b2[- ]?(factor|step)\b/gi, 'two-$1'));
}

/** Periods as staff shorten them: "yrs", "mths", "wks", "hrs". */
const UNIT_ABBREVIATIONS: Record<string, string> = { yr: 'year', yrs: 'years', mth: 'month', mths: 'months', mnth: 'month', mnths: 'months', mos: 'months', wk: 'week', wks: 'weeks', hr: 'hour', hrs: 'hours', dys: 'days' };

/**
 * "Exactly 6 yrs", "7yrs", "a yr": a shortened unit after a number, spelt out as the period patterns
 * read it. Hours only after digits: "an HR system" and "one HR person" are human resources.
 */
function withUnitsSpelledOut(question: string): string {
  const spelt = (_: string, count: string, gap: string, unit: string) => `${count}${gap || ' '}${UNIT_ABBREVIATIONS[unit.toLowerCase()]}`;
  return question
    .replace(/\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)([- ]?)(yrs?|mn?ths?|mos|wks?|dys)\b/gi, spelt)
    .replace(/\b(\d+)([- ]?)(hrs?)\b/gi, spelt);
}
