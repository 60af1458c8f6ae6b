// What a supplier's whole entry can answer. An entry says what a supplier does for us, what data it
// holds, where, for how long, who looks after it and what covers it: asked after bare ("the
// courier?"), or as who or what does a job ("who does our payroll?", "do we do it in house?"), it
// is a fair answer. A question asking for a time, a count, an amount, or which of some everyday
// thing ("what time does the courier collect?", "how many fit in the minibus?", "what flavours are
// we taking?") asks for a value of the world that no entry records, whichever entry its other words
// meet: the entry would be a guess, so the answer is "don't know" and whom to ask.
import type { Policy, Supplier } from '../config/schema.ts';
import { aspectOf, classify } from './intents.ts';
import { DATA_DOING, DATA_MATTER, REGISTER_DATE } from './everyday-things.ts';
import { namedAsItself, type QaAnswer, type QaContext, type Question } from './qa-context.ts';
import { scheduleSaysOf } from './schedule-words.ts';
import { escapeRegExp, stem, words } from './text.ts';

/** Units a retention period is counted in: "how many years does X keep…" asks the register. */
const TIME_UNIT = String.raw`(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)`;

/**
 * A time, a count or an amount asked at the start of a clause: "when is…", "what time…", "which day…",
 * "how many…", "how much…", "what's the price / deadline / maximum number…".
 */
const TIME_OR_AMOUNT = new RegExp(
  String.raw`^(?:when(?:'s|s| is| are| do| does| did| will| would| should| can)|what time|(?:what|which) (?:day|date|month|week|year)s?|how (?:many|much)(?! (?:of|${TIME_UNIT})\b)|how (?:far|big|heavy|tall|wide|old|hot|cold|late|early|soon)|what(?:'s|s| is| are| was) (?:the |a |our )?(?:(?:max(?:imum)?|min(?:imum)?|usual|normal|going|current|latest) )?(?:price|cost|charge|fee|deadline|cut-?off|time|date|number|limit|size|capacity|weather|forecast|temperature|score|postcode|opening hours|(?:vat|tax|postage|discount) on)s?|(?:does |do )?(?:anyone|anybody|someone) know (?:what )?(?:the |our |a )?(?:[\w']+ ){0,3}?(?:rate|price|cost|fee|charge|score|forecast)s?|what(?:'s|s| is| are) (?:the |our |a )?(?:[\w']+ ){0,3}?(?:rate|hourly rate|mileage rate)s?(?! of (?:data|transfer|retention)))\b`,
  'i',
);

/**
 * An entry that says when its work is done ("nightly cloud backup", "collects every weekday at 4pm") may answer a time asked.
 * Global, for {@link scheduleSaysOf}; built once here.
 */
const SCHEDULE = /\b(?:nightly|daily|weekly|fortnightly|monthly|hourly|every (?:day|night|morning|evening|week|weekday|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?::\d{2})? ?(?:am|pm))\b/gi;

/** The thing a schedule is of follows it closely: "nightly cloud *backup*" for "when do the backups run". */
const JUST_AFTER = { before: 0, after: 3 };

/**
 * "Is the pool open on sundays?", "is facebook down?", "has the party booking been confirmed yet?": whether a
 * thing is in some state now, which no entry records (an entry says whether a supplier is safe, certified,
 * in the UK or ours: never whether it is open today). Wider than world-times.ts's STATE_NOW (which wants "yet" or
 * "still"): this reads only a clause an entry was given for.
 */
const STATE_NOW =
  /^(?:is|are|was|has|have)\b(?:(?!\b(?:we|i|you)\b)[^,]){0,60}?\b(?:open|closed|shut|free|busy|down|fixed|mended|working|running|confirmed|cancell?ed|ready|full|any better|back up|back on|on time|late)\b/i;

/**
 * "What flavours are we taking…", "which font do we use…", "which diamond blade do we use…": which of some kind of thing (by
 * its last word, the head), where the
 * kind is no supplier, tool or data ("what data does…", "which app do we use…" ask the register).
 */
const WHICH_THING = /^(?:what|which) (?:(?!(?:do|does|did|are|is|was|were|will|would|should|can|have|has|go|goes|i|we|you|they|it|he|she)\b)[a-z]+ ){0,2}?((?!(?:i|we|you|they|it|he|she)\b)[a-z]+) (?:do|does|did|are|is|was|were|will|would|should|can|have|has|go|goes|going)\b/i;

/** The words for what a supplier of ours is: "which supplier…", "what system…", "which company…". */
export const SUPPLIER_KINDS = String.raw`suppliers?|processors?|vendors?|tools?|software|services?|apps?|systems?|compan(?:y|ies)|firms?|providers?|platforms?`;

/** Kinds of thing that are the register's own: its entries, what they hold, its facts. */
const REGISTER_KIND = new RegExp(
  String.raw`^(?:${SUPPLIER_KINDS}|programs?|packages?|sites?|websites?|accounts?|data|info|information|details?|personal|kind|sort|type|types|kinds|sorts|country|countries|region|regions|policy|policies|rules?|certifications?|security|protection|basis|happens|else|one|ones)$`,
  'i',
);

/**
 * "Shall we put the heater on in the grooming room?", "what wines are going in the club boxes this quarter?": an entry alone (no
 * policy) given to a question that says nothing of data, of a tool or job of one, or of any register field, and names no
 * supplier as itself: the entry its other words met is a guess. A story it tells may still be a policy's situation.
 */
export function entryUnasked(ctx: QaContext, q: Question, answer: QaAnswer): boolean {
  if ((q.intent !== 'unknown' && q.intent !== 'purpose') || q.whatToDo || q.named.length > 0) return false;
  if ((answer.intent !== 'supplier' && answer.intent !== 'purpose') || answer.sources.some((s) => s.startsWith('policy:'))) return false;
  // A thing asked after bare ("the card machine?", "the alarm company?") asks for its entry.
  if (answer.sources.length === 0 || q.words.length <= 4 || DATA_MATTER.test(q.text) || REGISTER_ASKED.test(q.text) || SUPPLIER_TRADE.test(q.text)) return false;
  // A job a tool does, asked: the entry is no guess where it says that job ("how do members pay their fees?": the direct debits).
  const jobs = [...q.text.matchAll(JOB_ASKED)].map((m) => jobWords(m[0].toLowerCase()));
  if (jobs.length === 0) return true;
  const cited = new Set(answer.sources.flatMap((s) => (s.startsWith('register:') ? [s.slice('register:'.length)] : [])));
  return !ctx.config.suppliers.some((s) => cited.has(s.id) && entrySays(s, jobs));
}

/** Whether a supplier's own words (what it is for, its keywords, names and data) say one of the jobs: "pay" in "card payments". */
function entrySays(supplier: Supplier, jobs: readonly RegExp[]): boolean {
  return words(ownText(supplier)).some((w) => jobs.some((job) => job.test(w)));
}

/** An entry's own words: its names, what it is for, its keywords and its data (not its notes, which may speak of others). */
const ownText = (s: Supplier): string => `${s.name} ${s.aliases.join(' ')} ${s.purpose} ${s.purposeKeywords.join(' ')} ${s.dataCategories.join(' ')}`;

/** The words an entry says a job asked in: its own, else the job's first letters ("reminders" for "remin…"). */
function jobWords(job: string): RegExp {
  return JOB_WORDS[job] ?? new RegExp(`^${escapeRegExp(job.slice(0, Math.max(4, Math.min(job.length, 5))))}`);
}

/** Taking payments, not paying staff: card payments, direct debits, a checkout (never payroll or payslips). */
const PAYING = /^(?:pay(?!roll|slip)|card|contactless|debit|checkout|till)/;

/** Jobs said in other words than the entries': paying is card payments, direct debits, a checkout. */
const JOB_WORDS: Record<string, RegExp> = { pay: PAYING, paying: PAYING, book: /^book/, fees: /^(?:fee|pay|debit|subscri|membership)/ };

/** The trades we buy services from, asked after by what they are: "who's the accountant?", "what's the card machine company called?". */
const SUPPLIER_TRADE = /\b(?:accountants?|bookkeep\w*|payroll|banks?|insurers?|brokers?|solicitors?|lawyers?|auditors?|couriers?|compan(?:y|ies)|firms?|called|named|contractors?|suppliers?|wages|shifts?)\b/i;

/**
 * The jobs a tool does for us or our customers: "how do members pay their monthly fees?", "who hosts the booking page?", "how do
 * patients get appointment reminders?", "who checks right to work?", "does anyone know a good electrician?"; an entry that says the job
 * answers them.
 */
const JOB_ASKED = /\b(?:pay|paying|payments?|contactless|debit|credit|fees|deposits?|subscriptions?|donations?|gift aid|book|booking|hosts?|hosting|reminders?|appointments?|newsletters?|tickets?|vouchers?|reviews?|checks?|right to work|postage|vat|rotas?|electricians?|plumbers?|engineers?|mechanics?|cleaners?|builders?|gardeners?|locksmiths?|technicians?)\b/gi;

/** Words of the register's own matters: its entries, the tools and jobs they are, who does a job for us, its fields, and the kit a supplier looks after ("worried about the wifi"). */
const REGISTER_ASKED = /\b(?:suppliers?|processors?|vendors?|systems?|apps?|software|tools?|platforms?|providers?|services?|websites?|online|cloud|gdpr|dpa|security|secure|certified|iso|insur\w*|transfer\w*|stor\w*|kept|keeps?|held|holds?|hosted|uk|eu|us|abroad|who (?:does|do|did|handles?|runs?|looks? after|sorts?|fixes|provides?|supplies|supply|deals? with|is|are)|looks? after|in charge|responsible|contact|use|uses|used|using|lawful|legal|basis|allowed|track\w*|get into|get in to|log ?in(?:to)?|see|branch\w*|deliver\w*|send|sends|sent|wi-?fi|internet|broadband|network|printers?|computers?|laptops?|pcs?|servers?|tills?|tablets?|ipads?|card (?:machine|reader)s?)\b/i;

/** The clauses of a question, each from where it starts ("van 2 has a flat tyre, who do we ring"). */
function clauses(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[?,;.!]+|\s-\s|\b(?:and|but|so)\b/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** A code or password asked for ("what's the wifi code for the shop?"): a value no entry records, whatever looks after the thing, unless the entry keeps that thing's codes. */
const CODE_ASKED = /\bwhat(?:'s| is|s)?\s+(?:the|our)\s+((?:[\w-]+\s+){0,2}?)(?:code|password|passcode|pin|combination)\b(?!\s+(?:policy|rules?|of (?:conduct|practice)|for (?:the )?(?:gdpr|dpa)))/;

/** The codes of a thing, as an entry or a policy writes them: "key safe codes", "gate codes and fobs"; any codes where no thing is said. */
const codesOf = (thing: string): RegExp => new RegExp(String.raw`\b${thing ? escapeRegExp(thing) + String.raw`\w*\s+` : ''}(?:codes?|passwords?|pins?|passcodes?)\b`, 'i');

/**
 * True when a clause asks for a time, a count, an amount, a code, or which of some everyday kind of thing: not one
 * the entries found speak of ("which branches do the tributes go to" where the florist's entry names its branches).
 */
function asksValue(clause: string, entries: readonly Supplier[], named: boolean): boolean {
  if (STATE_NOW.test(clause)) return true;
  // A code asked is the entry's where the entry keeps that thing's codes ("the key safe code" where an entry keeps key safe codes).
  const code = CODE_ASKED.exec(clause);
  // Whose code is said before it ("the gate code") or after ("the pin for the card machine").
  const whose = code && (code[1]!.trim() || (/\bfor (?:the|our|a)\s+([\w-]+(?:\s+[\w-]+)?)/.exec(clause.slice(code.index))?.[1] ?? ''));
  if (code) return !entries.some((s) => codesOf(whose!).test(ownText(s)));
  // A supplier named as itself may have the value in its entry ("the deadline for registering with X").
  if (named) return false;
  // "How much data do we keep?" asks the register; "what time do the backups run?" where the entry says they run nightly, its entry.
  const counted = /^how (?:many|much) ((?:[a-z']+ ?){1,3})/.exec(clause)?.[1];
  if (counted !== undefined && DATA_MATTER.test(counted)) return false;
  if (TIME_OR_AMOUNT.test(clause)) return !scheduleSaysOf(entries, clause, SCHEDULE, JUST_AFTER);
  const thing = WHICH_THING.exec(clause)?.[1];
  if (thing === undefined || /ly$/.test(thing) || REGISTER_KIND.test(thing) || DATA_MATTER.test(thing)) return false;
  // "What safeguard are we relying on…": a thing that is itself a register field.
  const intent = classify(clause);
  if ((intent !== 'unknown' && intent !== 'purpose') || aspectOf(clause, intent)) return false;
  // "Which card reader do we use" where an entry is called the card reader: that entry is the thing asked.
  return !entries.some((s) => words(`${s.purpose} ${s.notes ?? ''} ${s.aliases.join(' ')} ${s.purposeKeywords.join(' ')}`).includes(stem(thing)));
}

/**
 * True when an answer gives a supplier's whole entry (or what it is for) to a question that asks for
 * none of the register's fields but a value of the world: a time, a count, an amount, which thing, a
 * state now. What is done with data or a register date is the register's ("when should the forms be
 * shredded?"); and a story told before the question may be a policy's situation.
 */
export function entryGuessed(ctx: QaContext, q: Question, answer: QaAnswer): boolean {
  if ((q.intent !== 'unknown' && q.intent !== 'purpose') || q.whatToDo) return false;
  if (answer.intent !== 'supplier' && answer.intent !== 'purpose') return false;
  const cited = new Set(answer.sources.flatMap((s) => (s.startsWith('register:') ? [s.slice('register:'.length)] : [])));
  const entries = cited.size ? ctx.config.suppliers.filter((s) => cited.has(s.id)) : [];
  if (entries.length === 0 || DATA_DOING.test(q.text) || REGISTER_DATE.test(q.text)) return false;
  const parts = clauses(q.text);
  const policy = answer.sources.some((s) => s.startsWith('policy:'));
  const named = q.named.some(namedAsItself);
  // A code asked beside a policy on codes ("whats the gate code": the policy on keys and gate codes) is that policy's to answer.
  const thing = parts.map((c) => CODE_ASKED.exec(c)?.[1]?.trim()).find((t) => t !== undefined);
  const onCodes = (p: Policy) => answer.sources.includes(`policy:${p.id}`) && codesOf(thing!).test(`${p.title} ${p.keywords.join(' ')}`);
  if (thing !== undefined && ctx.config.policies.some(onCodes)) return false;
  return (policy ? parts.slice(0, 1) : parts).some((c) => asksValue(c, entries, named));
}
