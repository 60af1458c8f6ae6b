// Products named by an everyday English word ("notion", "otter", "signal", "things", "monday") are found only by where
// they sit: before a tool's job ("notion for the staff handbook?", "is bear ok to keep my notes", "use monday to track…").
// There the word is a product's name when the firm's own texts never use it and it is no everyday way of keeping or
// sending things: a firm that writes "signal" (a phone signal on site) means its own thing by it.
import { classify } from './intents.ts';
import type { QaContext } from './qa-context.ts';
import { isPlaceWord } from './regions.ts';
import { STOPWORDS, words } from './text.ts';
import { COMMON_CAPITALS, EVERYDAY_WAY, QUESTION_WORDS, peopleWords, slipForSupplier, unlistedEveryday } from './unknown.ts';

/**
 * The jobs a tool is taken on for: "for recording…", "for class planning", "to track…", "for the clinic handbook", "for my notes",
 * "for messaging the staff", "for collecting our fees". A gerund or verb of keeping, sending or organising opens it; or a record or list a tool
 * holds is what it is for, wherever in the slot's clause ("for my to do list on the work phone").
 */
export const TOOL_JOB = /^(?:[a-z]+ )?(?:recording|tracking|keeping|logging|storing|sending|sharing|managing|booking|scheduling|writing|drafting|planning|organi[sz]ing|signing|messaging|texting|chatting|emailing|transcribing|collecting|selling|taking (?:notes|payments|bookings|deposits|card payments)|take (?:notes|payments|bookings|deposits)|invoicing|clocking (?:in|on|off)|doing (?:the |our |my )?(?:books|accounts|payroll|invoices|rota))\b|^(?:record|track|keep|log|store|send|share|manage|book|schedule|write|draft|plan|organi[sz]e|sign|message|text|transcribe|collect)\b|\b(?:handbook|notes|rota|rotas|photos|pics|forms|files|documents|docs|records|bookings|invoices|payroll|passwords|logins|checklists?|lists?|minutes|contracts|emails|newsletters?|website|books|expenses|timesheets|orders|quotes|diary|calendar|appointments|reminders|texts|portfolios?|meetings|letters|cards|checks|fees|payments|deposits|enquiries|group chat|uploads|newsletter|plans|programmes|timetables?|schedules?)\b/;

/**
 * Bare nouns of keeping and sending, and the things of office work a job is asked for, that no product is named by (beside
 * {@link EVERYDAY_WAY}): "paper for the rota?", "is email ok for…", "template for the letters?", "approval for booking locums?",
 * "cover for the rota?". Before a job these ask for the thing itself, whether or not the firm's texts write it.
 */
const EVERYDAY_KEEPING = /^(?:paper|email|emails|e-mail|phone|phones|text|texts|post|letter|whiteboard|notebook|notepad|folder|folders|spreadsheet|spreadsheets|excel|word|diary|calendar|printer|laptop|tablet|ipad|computer|cloud|memory|pen|pencil|hand|person|writing|print|cash|card|cards|template|templates|approval|permission|consent|budget|deadline|cover|training|help|advice|guidance|format|wording|script|signature|letterhead|logo|labels?|stickers?|stamps?|volunteers?|funding|money|room|space|slot|time|date|budget|sign-?off|clipboard|binder|envelopes?|stationery|tape|sheet|sheets|board|noticeboard|rota|list|camera|video|photo|photos|calculator|clock|weather|maps|banking|notes|meeting|meetings|call|calls)$/;

/** Whether a word is an everyday way or thing of keeping and sending ({@link EVERYDAY_WAY}, {@link EVERYDAY_KEEPING}). */
export function everydayThing(token: string): boolean {
  return EVERYDAY_WAY.test(token) || EVERYDAY_KEEPING.test(token);
}

/** A day of the week: never the firm's thing before a tool's job ("monday for the teaching rota?"), so a product's name there. */
export const DAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/**
 * Whether an everyday word, said where a product sits before a tool's job, is a product's name: a day, or an English word
 * that no text, supplier, person or place of the firm's has and that is no question word or everyday way of keeping things.
 * "Things" is weighed as typed: its stem is a stop-word, the plural after "is" a name's ("is things ok for…").
 */
export function wordNamedProduct(ctx: QaContext, token: string): boolean {
  if (token.length < 3 || STOPWORDS.has(token) || /\d/.test(token) || /(?:ing|ly|ed)$/.test(token)) return false;
  const { index } = ctx;
  const folded = words(token)[0];
  if (!folded || index.vocabulary.has(folded) || peopleWords(ctx).has(folded) || slipForSupplier(ctx, token)) return false;
  if (DAY.test(token)) return true;
  if (EVERYDAY_WAY.test(token) || EVERYDAY_KEEPING.test(token) || unlistedEveryday(token) || COMMON_CAPITALS.has(token)) return false;
  if (QUESTION_WORDS.has(folded) || classify(token) !== 'unknown') return false;
  // A stem that is a stop-word ("thing") is any firm's filler: its use in the firm's texts makes the word none of the firm's.
  const filler = STOPWORDS.has(folded);
  if (!filler && (index.ordinaryWords.has(folded) || index.entriesUse(folded) || index.thesaurus.knows(token))) return false;
  return !isPlaceWord(token) && index.placesIn(token).length === 0;
}

/**
 * A word the firm, its people, its places or its suppliers' slips have, or one that says what is asked ("retention for
 * client records?", "security for the laptops?"): never a product we do not hold.
 */
export function firmsWord(ctx: QaContext, token: string): boolean {
  const folded = words(token)[0];
  if (!folded || STOPWORDS.has(folded) || QUESTION_WORDS.has(folded) || classify(token) !== 'unknown' || COMMON_CAPITALS.has(token) || /\d/.test(token)) return true;
  const { index } = ctx;
  if (index.vocabulary.has(folded) || index.ordinaryWords.has(folded) || index.entriesUse(folded) || index.thesaurus.knows(token) || peopleWords(ctx).has(folded)) return true;
  return isPlaceWord(token) || index.placesIn(token).length > 0 || slipForSupplier(ctx, token);
}
