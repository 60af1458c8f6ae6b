import { systemClock, type Clock } from '../clock.ts';
import type { Supplier, VigilConfig } from '../config/schema.ts';
import { retentionWords } from './fields.ts';
import { conversational } from './conversation.ts';
import { scrub, type GapLog } from './gaps.ts';
import { asksAggregate, asksProperty } from './aggregate.ts';
import { asksSilence } from './field-filters.ts';
import { aspectOf, classify, type Intent } from './intents.ts';
import type { LiveRegister } from './live-state.ts';
import type { ModelReader } from './model-reader.ts';
import { contactOf, namesMasked, namesOwnName, personNamed, readQuestion, type QaAnswer, type QaContext, type Question } from './qa-context.ts';
import { QUERY_STEPS } from './queries.ts';
import { readingQuestion } from './reading-question.ts';
import { RegisterIndex } from './register-index.ts';
import { situationAnswer } from './policy-answer.ts';
import { policyFirst, requestFirst } from './situations/index.ts';
import { loginRuleAsked, passwordsPolicyAnswer } from './situations/logins.ts';
import { spelledOut } from './spelling.ts';
import { supplierAnswer } from './supplier-answer.ts';
import { STOPWORDS, withContractions, words } from './text.ts';
import { notFound, productAsked, slotStranger, toolStranger, wellKnownStranger } from './unknown.ts';

export type { QaAnswer } from './qa-context.ts';

/**
 * Answers a staff question from the workspace's register and policies, deterministically and
 * locally. Never invents: a fact the register lacks is said to be missing, and a supplier it does
 * not hold is said to be unknown, with the data-protection contact to ask.
 */
export class PolicyQa {
  private current!: { config: VigilConfig; index: RegisterIndex; ctx: QaContext };
  /** The index over the live register, for the file it was built from and the differences it holds. */
  private liveIndex?: { base: PolicyQa['current']; key: string; index: RegisterIndex };

  /**
   * `gaps`, when given, keeps the questions it could not answer (text only, names taken out);
   * `reader`, when given (off by default), reads a question the register alone cannot answer;
   * `clock` says what day it is for questions about review dates (the system clock by default).
   */
  private readonly options: { gaps?: GapLog; reader?: ModelReader; clock?: Clock };
  constructor(config: VigilConfig, options: { gaps?: GapLog; reader?: ModelReader; clock?: Clock } = {}) {
    this.options = options;
    this.reconfigure(config);
  }

  /** Takes a new config (a reload), rebuilding the index in one step. */
  reconfigure(config: VigilConfig): void {
    const index = new RegisterIndex(config);
    const clock = this.options.clock ?? systemClock;
    this.current = { config, index, ctx: { config, index, contact: contactOf(config), now: () => clock.now() } };
  }

  get config(): VigilConfig {
    return this.current.config;
  }

  get index(): RegisterIndex {
    return this.current.index;
  }

  /**
   * Answers one question from the register alone; one it cannot answer is kept as a gap. `live`,
   * when the caller read it from the store, is the register with its attested facts in place.
   */
  ask(question: string, live?: LiveRegister): QaAnswer {
    return this.kept(question, answerQuestion(this.contextWith(live), question));
  }

  /**
   * The context over the live register, when given and it holds attested facts; else the file's.
   * Where the file is behind, the index is built over the live config (once per set of
   * differences), so every answer, a single supplier's or the whole register's, reads the same state.
   */
  private contextWith(live: LiveRegister | undefined): QaContext {
    const { ctx } = this.current;
    if (!live || live.facts.length === 0) return ctx;
    if (live.differences.length === 0) return { ...ctx, live };
    const key = live.differences.map((f) => `${f.supplierId}:${f.field}:${f.attested}`).join('|');
    if (this.liveIndex?.base !== this.current || this.liveIndex.key !== key) {
      this.liveIndex = { base: this.current, key, index: new RegisterIndex(live.config) };
    }
    return { ...ctx, config: live.config, index: this.liveIndex.index, live };
  }

  /**
   * Like {@link ask}; when the register alone cannot answer and a language model is configured,
   * the model's reading of the question ({intent, supplier, filters}) is put to the register
   * instead. The model never writes a fact: a reading the register cannot answer either, a
   * timeout or a failure leaves the first answer.
   */
  async askWithModel(question: string, live?: LiveRegister): Promise<QaAnswer> {
    const ctx = this.contextWith(live);
    const first = answerQuestion(ctx, question);
    if (!this.options.reader || !unanswered(first)) return this.kept(question, first);
    const reading = await this.options.reader.read(question, ctx.config);
    const plain = reading && readingQuestion(reading, ctx.config);
    const second = plain ? answerQuestion(ctx, plain) : undefined;
    return this.kept(question, second && !unanswered(second) ? second : first);
  }

  private kept(question: string, answer: QaAnswer): QaAnswer {
    if (this.options.gaps && unanswered(answer)) {
      const kept = scrub(question, this.config);
      if (kept) this.options.gaps.record(kept);
    }
    return answer;
  }
}

/**
 * "What's the best circuit breaker for the cold store?", "is the square getting a new bandstand?": a
 * supplier's one-word name typed in lower case as the everyday word it also is (after "the", or
 * before a word the register never uses), where the question's other words are mostly ones the
 * register never uses. "What does square hold?" and "my xero login" ask the register.
 */
function namesSupplierAsWord(ctx: QaContext, q: Question): boolean {
  const own = q.named.filter((m) => !ctx.index.inEverydayWords(m.matched));
  if (own.length === 0 || !own.every((m) => m.kind === 'name' && /^[a-z]+$/.test(m.matched) && usedAsWord(ctx, q.text, m.matched))) return false;
  return ctx.index.offTopic(namesMasked(q).replace(/\bx\b/g, ' '));
}

/** Words for the dates the register keeps of a supplier's GDPR statement: its review, its renewal. */
const STATEMENT_DATE = String.raw`(?:reviews?|renewals?|renew\w*|gdpr|statements?|dpas?)`;
const STATEMENT_DATE_WORD = new RegExp(`^${STATEMENT_DATE}$`, 'i');

/**
 * True when a name typed in lower case reads as a common noun: "the square", "circuit breaker". Not
 * before a word for its statement's dates: "the square gdpr statement", "the shopify renewal" name the supplier.
 */
function usedAsWord(ctx: QaContext, text: string, name: string): boolean {
  const next = new RegExp(`\\b${name}\\s+([a-z]+)`).exec(text)?.[1];
  if (next !== undefined && STATEMENT_DATE_WORD.test(next)) return false;
  return new RegExp(`\\b(?:the|a|an) ${name}\\b`).test(text) || (next !== undefined && !STOPWORDS.has(next) && ctx.index.offTopic(next, false, 1));
}

/** A supplier named by a name of its own, and as that supplier, not as the everyday word its name also is. */
function namesSupplier(ctx: QaContext, q: Question): boolean {
  return (namesOwnName(ctx, q) && !namesSupplierAsWord(ctx, q)) || quotesName(q);
}

/**
 * "What is 'the crm' everyone keeps mentioning?": a name or alias in quotes is asked after as a
 * name, though its words are everyday ones ("crm"), and though the rest of the question is small talk.
 */
function quotesName(q: Question): boolean {
  const quoted = [...q.text.matchAll(/["“”‘’']([^"“”‘’']{2,40})["“”‘’']/g)].map((m) => words(m[1]!).join(' '));
  return q.named.some((m) => m.kind === 'name' && quoted.includes(m.matched));
}

/** "Who is…", "who won…": a question asking for a person, which tells no situation. */
const ASKS_PERSON = /^\s*who(?:'s| is| are| won)\b/i;

/**
 * A question mostly in words the register and policies never use, naming no supplier by a name of
 * its own (an alias that is an everyday word, "the shop", does not count) and not asking what to do.
 */
function offTopic(ctx: QaContext, q: Question): boolean {
  // Only a question no pattern of the register's fields claimed (a policy word alone is weak).
  // A "where…" or "how long…" question naming no supplier and no region is weak too ("where is the staff car park?").
  const field = (q.intent === 'location' || q.intent === 'retention') && q.named.length === 0 && q.regions.length === 0 && !asksAggregate(q.text);
  // "Which processors rely on consent?" filters the register on a recorded property; "any suppliers nobody's in charge of?" on a field left empty.
  if (q.excluded.size || /\bpolic(y|ies)\b/i.test(q.text) || (asksAggregate(q.text) && (asksProperty(q.text) || asksSilence(q.text)))) return false;
  if (asksValueNeverKept(ctx, q)) return true;
  // When the office is open, when a holiday falls: no register or policy says, whatever supplier's purpose mentions the office or holidays.
  // A policy that mentions the office ("clear desk in the office") is not about when it is open.
  if (asksCalendar(q.text) && q.named.length === 0 && ctx.index.policiesByWords(q.text.replace(WORKPLACE_ALL, ' ').replace(HOLIDAY_ALL, ' ')).length === 0) return true;
  // A what-to-do question is off-topic too when mostly in strange words and no policy's keyword or
  // title matches it, only a word of some policy's text ("can I bring my dog into the office?").
  // A product where the question's shape puts a name ("can I use Canva…?") is an unknown supplier, not off-topic.
  // A policy keyword met through one everyday word ("stop" for unsubscribing) does not hold a question otherwise in strange words.
  const policyNamed = ctx.index.policyNamedBy(q.text) && !ctx.index.mostlyStrangers(q.text);
  // "Is Trello ok for planning the rota?" puts a tool we do not hold where leave to use it is asked: an unknown supplier too.
  // So is a well-known tool's name, wherever it sits ("do we have canva? want to do the flyer on it").
  const stranger = slotStranger(ctx, q.text) ?? toolStranger(ctx, q.text, []) ?? wellKnownStranger(ctx, q.text, q.named.map((m) => m.supplier)) ?? productAsked(ctx, q);
  if (q.whatToDo) return q.named.length === 0 && ctx.index.offTopic(q.text) && !policyNamed && !stranger;
  if (!(q.intent === 'unknown' || q.intent === 'policy' || field || asksHaveThing(q)) || aspectOf(q.text, q.intent)) return false;
  if (namesSupplier(ctx, q)) return false;
  // "Can we use Canva to design the newsletter?": a product where the question's shape puts a name is a supplier we do not hold.
  if (stranger) return false;
  // "When is the Christmas party?", "who is England's backup goalkeeper?", "who won the quiz?": a date or a person that
  // no pattern of the register claimed, naming no supplier, person or policy by its keyword or
  // title: one stranger among its words is enough (the register's dates and people are its own).
  const person = personNamed(ctx.config, new Set(q.words), q.text) !== undefined;
  const dateOrPerson = (q.intent === 'unknown' && /^\s*when\b/i.test(q.text) && !ctx.index.policyNamedBy(q.text)) || (ASKS_PERSON.test(q.text) && !person && q.named.length === 0);
  // When it is ("this year", "next week") says nothing of what it is about.
  const text = dateOrPerson ? q.text.replace(/\b(this|next|last|every|each) (year|month|week|day|night|time)\b|\b(today|tomorrow|tonight|yesterday)\b/gi, ' ') : q.text;
  return ctx.index.offTopic(text, field, dateOrPerson ? 1 : 2);
}

/**
 * "What's the studio wifi password?", "how much do we charge for a wedding?", "what's the torque
 * setting for the roof hooks?", "what's the record time for the haunted room?": a secret, a price, a
 * setting or a best score asked for, which no register or policy records ("what's our password
 * policy?" asks the rule, not a password).
 */
const VALUE_NEVER_KEPT = /^\s*(?:what(?:'s|s| is| are)|tell me|give me|do you know|does anyone know)\b(?:\s+(?:the|our|my|a))?(?:\s+[\w-]+){0,5}?\s+(?:passwords?|passcodes?|pin|door code|alarm code|key ?code|price|prices|cost|costs|fees?|rate|rates|markup|mark-up|margin|margins|discounts?|commissions?|setting|settings|record (?:times?|scores?)|high ?scores?|top scores?|fastest times?|quickest times?)\b(?!\s+(?:polic(?:y|ies)|rules?|requirements?|length|manager)\b)|^\s*how much (?:do|does|did|will|should) (?:we|i|you|it|they) (?:charge|cost|pay|bill)\b|^\s*how much (?:is|are|does|do)\b.*\b(?:cost|costs|charge|fees?|prices?)\b/i;

/**
 * "What's the best lender for a first-time buyer?", "which van is the best to buy?": a recommendation
 * asked for, which no register or policy gives; not the best way to do something, which a policy
 * may say, nor the best tool or supplier, which the register names.
 */
const RECOMMENDATION = /^\s*(?:what(?:'s|s| is| are)|which(?: \w+)? (?:is|are)|who(?:'s|s| is| are)) (?:the )?(?:best|cheapest|nicest|top)\b(?!\s+(?:way|ways|practice|method|approach|place|time|thing|option)\b)/i;

/**
 * "What are the lunch specials in the café today?", "what's on tonight?": the day's doings asked
 * after; the register records nothing that changes by the day.
 */
const OF_THE_DAY = /^\s*what(?:'s|s| is| are)\b.*\b(?:today|tonight|this (?:morning|afternoon|evening))\s*\??\s*$/i;

/**
 * "When is the next flour delivery from the mill?", "when's our next stock take?": the date of the
 * next of something, which no register records. The next review or renewal of a supplier's GDPR
 * statement is one it does record ("when is the next review of the square gdpr statement?", "when's
 * the next shopify renewal?"), whatever case the supplier's name is typed in.
 */
const NEXT_ONE = new RegExp(String.raw`^\s*when(?:'s|s| is| are| will be) (?:the|our|their) next\b(?!.*\b${STATEMENT_DATE}\b)`, 'i');

/** What the register does record of a setting or a cost: "the retention setting", "the cost of a data breach". */
const REGISTER_MATTER = /\b(retention|privacy|security|encrypt\w*|2fa|two[- ]?factor|mfa|breach\w*|backups?|sharing|data)\b/i;

/**
 * The running of the day, which no register or policy records, asked in shapes of its own: whether
 * stock will last ("is there enough clay stock for Friday", "do I need to order more"), someone to
 * cover a shift ("can anyone cover my classes on Monday"), when dates are put out ("when do the
 * autumn term dates come out"), what we charge ("how much are we charging for…", "…asking how much
 * our frames are"). Not a GDPR statement's or review's date, which the register keeps.
 */
const SHOP_FLOOR: RegExp[] = [
  /\benough\b[^?]*\bstock\b|\b(?:low on|running out of|run out of|short of)\b[^?]*\bstock\b|\b(?:do|should|shall|must) (?:i|we) (?:need to )?(?:order|reorder|get in) (?:more|some more|extra)\b/i,
  /^\s*(?:can|could|will|would) (?:someone|somebody|anyone|anybody) (?:cover|swap|take over)\b/i,
  new RegExp(String.raw`^\s*when (?:do|does|will|are|is) (?:the |our )?(?![^?]*\b${STATEMENT_DATE}\b)[\w' -]{0,30}?\b(?:dates?|timetables?|fixtures?|schedules?)\b[^?]*\b(?:come out|be out|go up|be up|released|published|announced|out)\b`, 'i'),
  /^\s*how much (?:are|is) (?:we|they|you) (?:charging|billing|asking)\b|\bhow much (?:our|the|a|an) [\w -]{1,30}? (?:are|is|cost|costs) (?:this|next|at the moment|now)\b/i,
];

/**
 * The running of the day asked ({@link SHOP_FLOOR}), naming no supplier by a name of its own: "don't know"
 * and whom to ask, before a policy or supplier the story's other words meet ("a client is asking…").
 */
function asksShopFloor(ctx: QaContext, q: Question): boolean {
  return SHOP_FLOOR.some((shape) => shape.test(q.text)) && !REGISTER_MATTER.test(q.text) && !namesSupplier(ctx, q);
}

/** A value, a recommendation or the day's doings, which no register records, asked for, naming no supplier by a name of its own ("the till" is an everyday word). */
function asksValueNeverKept(ctx: QaContext, q: Question): boolean {
  const asked = VALUE_NEVER_KEPT.test(q.text) || PARKING_PLACE.test(q.text) || PARKING_ASKED.test(q.text) || WHO_IS_ON_ROTA.test(q.text) || (RECOMMENDATION.test(q.text) && !ENTRY_KIND.test(q.text)) || ((OF_THE_DAY.test(q.text) || NEXT_ONE.test(q.text)) && !ctx.index.policyNamedBy(q.text)) || asksDayToDay(ctx, q);
  return asked && !REGISTER_MATTER.test(q.text) && !namesSupplier(ctx, q);
}

/**
 * "What time does the ferry leave?", "what time does the quiz start?", "what time is the last
 * lesson on a saturday?": the time something happens on a day, which no register or policy records
 * ("what time do the backups run?" is a register matter).
 */
const TIME_OF_DAY = /^\s*what time (?:does|do|is|are|will|did)\b.*\b(?:open|opens|opening|shut|shuts|close|closes|closing|start|starts|finish|finishes|leave|leaves|arrive|arrives|turn up|turns up|get in|gets in|stop|stops|end|ends|kick off|kicks off)\b|^\s*what time(?:'s|s| is| are) (?:the|our) (?:first|last|next|earliest|latest)\b/i;

/**
 * "How much is a family ticket?", "how much are the mugs?", "hows much to hire a tent for the weekend?",
 * "how much is petrol a litre?": a price asked for, in the fewest words, however "how much" is typed
 * ("how much data…" is no price).
 */
const PRICE_OF = /^\s*how(?:'?s)? much (?:(?:is|are|was|were|'s) (?:a|an|the|one|our|them|it|those|these)|to (?:hire|rent|buy|book|join)|for (?:a|an|the|one))\b|^\s*how(?:'?s)? much (?:is|are|'s) (?:[\w-]+ ){1,2}(?:a|an|per|each) [\w-]+/i;

/**
 * "Where can the delivery van park?", "where are we meant to park overnight?": where to park, and
 * "who's on the rota this Sunday?", "who's on shift tonight?": who works when. Day-to-day
 * arrangements no register or policy records, even where a supplier's text mentions parking or a
 * rota ("where is the rota app's data stored?" and "who can see the car park cctv?" ask the register).
 */
const PARKING_PLACE = new RegExp(
  String.raw`^\s*where\b[^?]*\b(?:can|could|do|does|should|shall|may|to)\s+(?:[\w']+\s+){0,3}park` +
    // "Park" as the verb, with where or when after it; "the holiday park store…", "the park's records",
    // "the car park barrier…" and "caravan park owners" use the noun, in a question about data.
    String.raw`(?=\s*(?:[?.!]|$)|\s+(?:the|a|an|my|our|their|his|her|your|it|them|up|here|there|overnight|tonight|today|tomorrow|now|safely|nearby|outside|inside|behind|near|next|at|on|in|by|for|when|while|during|if|this)\b)`,
  'i',
);
/**
 * "Is there parking behind the shop for visitors?", "can the coach park in the yard round the side?":
 * whether there is parking, or someone may park somewhere, asked as yes or no; as day-to-day as where
 * to park ("can we park the footage" is no place, and the car park's cameras are the register's, as are "parking cctv"
 * and "anpr parking records", where parking only says which cameras or records).
 */
const PARKING_ASKED = /^\s*(?:is there|are there|do we have|have we got)(?: any)?(?: [\w-]+)? parking\b(?!\s+(?:cctv|cameras?|camera footage|footage|recordings?|records?|data|details|logs?|anpr|number ?plates?|system|app|apps|software)\b)|^\s*(?:can|could|may|should|do|does)\b[^?]*?\bpark\s+(?:in|at|on|outside|behind|near|round|around|by|next|up|there|here|overnight)\b/i;
// "Who is in charge of the rota supplier?" asks who looks after an entry, not who works when.
const WHO_IS_ON_ROTA = /^\s*who(?:'s|s| is| are)\s+(?:on|working|in(?!\s+charge\b)|doing)\b[^?]*\b(?:rota|shift|duty)\b(?!\s*(?:app|apps|system|software|tool|data|supplier|provider|company|platform|service)\b)/i;

/**
 * "How many pitches are on the top field?", "how many boxes did we sell at the fair?": a count of
 * things, which the register records none of; not how many suppliers, years or people it holds.
 */
const COUNT_OF = /^\s*how many (?!(?:years?|months?|weeks?|days|hours|suppliers?|processors?|vendors?|people|staff|users?|logins?|records?|copies|times)\b)[\w-]+(?: [\w-]+){0,2} (?:are|is|do|does|did|was|were|can|will|have|has)\b/i;

/**
 * "Who's bringing the cake on Friday?", "who's driving the minibus to the match?": who does a one-off
 * errand, which the register knows nothing of; not who looks after or runs a supplier, and only with a
 * word no entry or policy uses ("who's doing the payroll?" is the register's own).
 */
const ERRAND = /^\s*who(?:'s|s| is| are) (?:doing|driving|bringing|making|cooking|baking|buying|fetching|picking up|organising|organizing|covering|getting)\b/i;

/** A time, price, count or errand of the day-to-day asked, in a question no pattern of the register's fields claimed. */
function asksDayToDay(ctx: QaContext, q: Question): boolean {
  if (q.intent !== 'unknown') return false;
  // A price is never the register's, whatever it is of ("how much is a service wash?" names no kind of entry).
  if (PRICE_OF.test(q.text)) return true;
  if (ENTRY_KIND.test(q.text)) return false;
  if (ERRAND.test(q.text)) return ctx.index.hasStranger(q.text);
  return TIME_OF_DAY.test(q.text) || COUNT_OF.test(q.text);
}

/** The register's kinds of entry: "do we have a supplier for…" asks which one we use. */
const ENTRY_KIND = /\b(suppliers?|processors?|vendors?|tools?|software|services?|apps?|systems?|companies|company|providers?|platforms?|accounts?|anyone|anybody|someone|somebody|anything|something)\b/i;

/** "Do we have a dress code for the waiting staff?": whether we have some thing, not which supplier we use for it. */
function asksHaveThing(q: Question): boolean {
  return q.intent === 'purpose' && q.named.length === 0 && /^\s*(do|does) (we|you|the \w+|our \w+) (have|got)\b/i.test(q.text) && !ENTRY_KIND.test(q.text);
}

/** Public holidays and the firm's own days off. */
const HOLIDAY = /\b(bank holidays?|boxing day|christmas( eve| day)?|new year'?s?( eve| day)?|easter( monday| sunday| weekend)?|good friday|half[- ]term|inset days?)\b/i;
/** Open or shut, of a workplace or at a time. */
const OPENING = /\b(open|opens|opening|close|closed|closes|closing|shut|shuts)\b/i;
const WORKPLACE = /\b(office|shop|store|clinic|practice|surgery|salon|studio|school|site|warehouse|reception|showroom|yard|workshop|depot|branch|premises|building|venue|bar|caf[eé]|canteen|kitchen|restaurant|desk|counter)\b/i;
const WORKPLACE_ALL = new RegExp(WORKPLACE.source, 'gi');
const HOLIDAY_ALL = new RegExp(HOLIDAY.source, 'gi');

/** "Is the office open on Boxing Day?", "when is the next bank holiday?", "what time does the shop shut?": a calendar question. */
function asksCalendar(text: string): boolean {
  if (HOLIDAY.test(text)) return /^\s*(when|what date|what day|which day)\b/i.test(text) || OPENING.test(text) || /\b(working|work|in|off)\b.*\b(on|over)\b/i.test(text);
  return OPENING.test(text) && WORKPLACE.test(text) && /\b(hours|times?|today|tomorrow|tonight|weekend|late|early|until|till|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b/i.test(text);
}

const unanswered = (answer: QaAnswer) => answer.intent === 'unknown' || answer.intent === 'unknown-supplier';

/** Words for "outside our own country" that name no region. */
const ABROAD = /\b(abroad|overseas|out of the country|outside the country|internationally|to other countries|in other countries)\b/i;

/**
 * "Do we send anything abroad?": abroad is outside the firm's own region, by its office timezone
 * (Europe/London is the UK, another European zone the EU); said in the question so every step
 * reads it as a region question, its word kept for the transfer aspect.
 */
function abroadAsHome(ctx: QaContext, question: string): string {
  if (!ABROAD.test(question) || /\b(uk|eu|us|usa|eea|europe|britain|america|united)\b/i.test(question)) return question;
  const zone = ctx.config.organisation.timezone;
  const home = zone === 'Europe/London' ? 'UK' : zone.startsWith('Europe/') ? 'EU' : undefined;
  return home ? question.replace(ABROAD, (m) => `${m} (outside the ${home})`) : question;
}

/**
 * The intent read again with the named suppliers' own words taken out: a name's words ("Gas
 * *Safe* Register", "*Secure* Shred") say nothing of what is asked about it. The
 * name stands as one placeholder word, so a pattern with a slot for it still reads the question.
 */
function withoutNamesIntent(q: Question): Question {
  const masked = namesMasked(q);
  if (masked === q.text) return q;
  const intent = classify(masked);
  return intent === q.intent ? q : { ...q, intent };
}

/** The words a second question may start with ("…and on what basis do we send them…"). */
const SECOND_START = '(?:for how long|on what|where|how long|whose|who[\'’]?s|who|when|which|what|is|are|does|do|did|has|have|can|could)\\b';

/** A second question said as the one field it asks for ("… + 2fa?", "…and the dpa?"): what it asks of the same thing, said in full. */
const FIELD_ALONE: [RegExp, string][] = [
  [/^(?:the |its |their )?(?:2fa|two[- ]?(?:factor|step)(?: auth\w*)?|mfa|multi[- ]?factor)\s*\??$/i, 'does it have two-factor?'],
  [/^(?:the |its |their )?(?:dpa|gdpr statement|gdpr status|statement)\s*\??$/i, 'have we got its gdpr statement?'],
  [/^(?:the |its |their )?(?:retention|retention period)\s*\??$/i, 'how long do we keep it?'],
  [/^(?:the |its |their )?(?:owner)\s*\??$/i, 'who looks after it?'],
];

/** The words a second question may start with, or the one field it asks for. */
const SECOND_OR_FIELD = `(?:${SECOND_START}|(?:the |its |their )?(?:2fa|two[- ]?(?:factor|step)|mfa|multi[- ]?factor|dpa|gdpr statement|gdpr status|statement|retention|owner)\\b)`;

/**
 * "…and where is it?", "… + how long do we keep it", "…America? what covers it", "… + 2fa?": a second question joined to the first by "and"
 * ("n" as texted), "+" or "&", or after its question mark ("…in the US? and for how long"), the word that starts it kept.
 */
const SECOND_QUESTION = new RegExp(`^(.{8,}?)(?:[\\s,]+(?:and|n|\\+|&)|\\?(?:\\s+(?:and|\\+|&))?)\\s+(${SECOND_OR_FIELD}.*)$`, 'i');

/** A whole second question, not a word or two of the first's tail ("…and who"). */
const WHOLE_SECOND = new RegExp(`^${SECOND_START}.{6,}$`, 'i');

/** A second question said in a word or two ("…and how long for", "…and for how long"): what it asks of the same thing, said in full. */
const ELLIPTICAL: [RegExp, string][] = [
  [/^(?:for )?how long(?: for)?\s*\??$/i, 'how long do we keep it?'],
  [/^where(?: is it| are they)?\s*\??$/i, 'where is it stored?'],
];

/** A pronoun that stands for what the first question was about. */
const BACK_REFERENCE = /\b(it|its|they|them|their)\b/i;

/** Intents a second question standing on its own may have: one fact of the register ("…and how long do we keep card transactions?"). */
const FIELD_ANSWERS: readonly Intent[] = ['retention', 'location', 'statement', 'owner', 'transfer', 'security', 'lawful-basis', 'role'];

/**
 * "Who runs our payroll and where is it?": two questions in one, each answered, the second about
 * the one supplier the first was answered from. Only when each part is answered on its own and the
 * second refers back to the first, or is itself a question of one register field ("who owns X and
 * how long do we keep card transactions?"); otherwise the question is read whole.
 */
function twoQuestions(ctx: QaContext, typed: string): QaAnswer | undefined {
  const parts = SECOND_QUESTION.exec(typed.trim());
  if (!parts) return undefined;
  const asked = [...ELLIPTICAL, ...FIELD_ALONE].find(([short]) => short.test(parts[2]!.trim()))?.[1] ?? parts[2]!;
  if (!WHOLE_SECOND.test(asked)) return undefined;
  const refersBack = BACK_REFERENCE.test(asked);
  const first = answerOne(ctx, parts[1]!);
  const about = first.sources.filter((s) => s.startsWith('register:')).map((s) => ctx.config.suppliers.find((x) => `register:${x.id}` === s));
  const one = about.length === 1 ? about[0] : undefined;
  if (unanswered(first)) return undefined;
  // "Where's payroll data kept and for how long?" answered from several holders: each one's period is already said.
  if (!one && refersBack && classify(asked) === 'retention' && about.length > 1 && about.every((s) => s && saysRetention(first.answer, s))) return first;
  if (!one) return withWhomToAsk(ctx, first, asked) ?? askedOfEach(ctx, first, asked, about);
  const second = refersBack ? answerOne(ctx, namedBack(asked, one)) : answerOfOne(ctx, asked, one);
  if (unanswered(second) || (!refersBack && !FIELD_ANSWERS.includes(second.intent))) return undefined;
  // "…and can they get into it remotely?" asks one fact (who reaches it); a whole entry for it says the question was not read.
  if (/^(can|could)\b/i.test(asked) && second.intent !== 'access' && !FIELD_ANSWERS.includes(second.intent)) return undefined;
  // "Does X go abroad? what covers it", "where is X stored and for how long": where the first answer already says the second's fact, it is said once.
  if (second.answer === first.answer || (second.intent === 'retention' && refersBack && saysRetention(first.answer, one))) return first;
  return joined(first, second);
}

/**
 * "Is card data kept in the US, and for how long?" answered from a few holders: the second question,
 * one register field asked back of them ("it", "they"), answered for each, so no part is dropped.
 */
function askedOfEach(ctx: QaContext, first: QaAnswer, asked: string, about: readonly (Supplier | undefined)[]): QaAnswer | undefined {
  if (!BACK_REFERENCE.test(asked) || about.length < 2 || about.length > 4 || !FIELD_ANSWERS.includes(classify(asked))) return undefined;
  const each = about.map((s) => (s ? answerOne(ctx, namedBack(asked, s)) : undefined));
  if (each.some((a) => !a || unanswered(a) || !FIELD_ANSWERS.includes(a.intent))) return undefined;
  return each.reduce<QaAnswer>((whole, a) => (a && !whole.answer.includes(a.answer) ? joined(whole, a) : whole), first);
}

/**
 * The second question with the first's supplier put for the pronoun that stands for it: the first
 * pronoun, or the last where there are two ("who supplies the tills and can they log into them?": "they" is
 * whoever would get in, "them" the thing the first question was about).
 */
function namedBack(asked: string, one: Supplier): string {
  const said = [...asked.matchAll(new RegExp(BACK_REFERENCE.source, 'gi'))];
  const at = said.length > 1 ? said.at(-1)! : said[0]!;
  const name = /^(its|their)$/i.test(at[0]) ? `${one.name}'s` : one.name;
  return asked.slice(0, at.index) + name + asked.slice(at.index! + at[0].length);
}

/** Two answers as one, the first's intent kept. */
function joined(first: QaAnswer, second: QaAnswer): QaAnswer {
  return { intent: first.intent, sources: [...new Set([...first.sources, ...second.sources])], answer: `${first.answer}\n${second.answer}` };
}

/**
 * "Which policy covers key safes, and who do I go to with data protection questions?": whom to ask
 * stands on its own, whatever the first question was about.
 */
function withWhomToAsk(ctx: QaContext, first: QaAnswer, asked: string): QaAnswer | undefined {
  if (classify(asked) !== 'contact') return undefined;
  const second = answerOne(ctx, asked);
  return joined(first, second);
}

/**
 * A second question standing on its own, of the supplier the first was about where its answer
 * names that one among others: "who owns Square and how long do we keep card transactions?" is
 * Square's card transactions, not every supplier's that holds some; and one the register alone
 * cannot answer is asked of that supplier.
 */
function answerOfOne(ctx: QaContext, asked: string, one: Supplier): QaAnswer {
  const alone = answerOne(ctx, asked);
  const cited = alone.sources.filter((s) => s.startsWith('register:'));
  // "Who owns GoCardless? and where is the DD data stored": a word the register does not know, said of the first's supplier, is its own.
  // "Is Heidi ok to use? have we got a dpa": one statement, in the singular, after a supplier is that supplier's, not the register's list.
  // "Is the offsite backup encrypted + how long are the versions kept": a field asked that no supplier's entry answered alone (a policy did) is the first's supplier's;
  // so is one of a thing the first's supplier's own entry speaks of ("…and how long are submissions kept", its form submissions), though another's data has the word too.
  const fieldOfNone = (cited.length === 0 || (!cited.includes(`register:${one.id}`) && entrySpeaksOf(one, asked))) && FIELD_ANSWERS.includes(classify(asked));
  if (!unanswered(alone) && !fieldOfNone && (cited.length < 2 || !cited.includes(`register:${one.id}`)) && !oneStatementAsked(asked, alone)) return alone;
  const narrowed = answerOne(ctx, `${asked.trim().replace(/[?.!\s]+$/, '')} in ${one.name}?`);
  const onlyIt = narrowed.sources.filter((s) => s.startsWith('register:')).every((s) => s === `register:${one.id}`);
  return !unanswered(narrowed) && onlyIt && (unanswered(alone) || fieldOfNone || narrowed.intent === alone.intent) ? narrowed : alone;
}

/** Words that ask for a field, not what it is of. */
const FIELD_WORD = /^(how|long|kept|keep|keeps|store|stored|stores|where|who|whose|look|looks|after|data|info|information|details|held|hold|holds|delete|deleted|retain|retained|for|are|is|do|does|we|it|they|them)$/;

/** True when a supplier's own entry speaks of the thing a question asks after ("submissions" in its notes on the form). */
function entrySpeaksOf(s: Supplier, asked: string): boolean {
  const things = words(asked).filter((w) => w.length > 3 && !STOPWORDS.has(w) && !FIELD_WORD.test(w));
  if (things.length === 0) return false;
  const entry = new Set(words([s.name, ...s.aliases, s.purpose, ...s.dataCategories, s.notes ?? '', ...s.security.measures].join(' ')));
  return things.every((w) => entry.has(w));
}

/** A statement asked after in the singular ("is the dpa signed?", "have we got a dpa"), not which of them are on file. */
function oneStatementAsked(asked: string, alone: QaAnswer): boolean {
  return alone.intent === 'statement' && !/\b(which|whose|any|all|every|list|how many)\b/i.test(asked) && /\b(a|an|the|its|their) (dpa|gdpr statement|statement|data processing agreement|agreement|contract)\b/i.test(asked);
}

/** True when an answer already says how long a supplier keeps our data ("…and kept for up to 7 years"). */
function saysRetention(answer: string, s: Supplier): boolean {
  const period = retentionWords(s);
  return Boolean(period && answer.includes(period));
}

/** One question or two joined by "and". */
export function answerQuestion(ctx: QaContext, typed: string): QaAnswer {
  return twoQuestions(ctx, typed) ?? answerOne(ctx, typed);
}

/** A transfer safeguard by any of its names: "the UK addendum", "adequacy", "the IDTA", "SCCs". */
const SAFEGUARD = String.raw`(?:the |an |our )?(?:uk )?(?:addendum|idta|adequacy(?: decision)?|sccs?|standard contractual clauses|data privacy framework|dpf)`;

/**
 * Whom a register calls by what they do ("gift recipients", "guarantors", "attendees"), by the verb a
 * question says it with: "people who receive hampers" are recipients. Only verbs whose doer's noun
 * registers write as data subjects.
 */
const DOER_NOUNS: Record<string, string> = {
  receive: 'recipients',
  guarantee: 'guarantors',
  attend: 'attendees',
  apply: 'applicants',
  visit: 'visitors',
  subscribe: 'subscribers',
  donate: 'donors',
  refer: 'referrers',
};
/**
 * What the doer does it to, which only restates the noun ("receive a bouquet"): a few words, up to where
 * the question goes on ("…attend our events with anyone outside the UK?" still asks where).
 */
const WHAT_THEY_DO_IT_TO = String.raw`(?:\s+(?!(?:with|outside|inside|in|abroad|overseas|and|or|but|where|when|who|how|from|to|by|kept|stored|held)\b)[\w'-]+){0,4}`;
const PEOPLE_WHO = new RegExp(String.raw`\b(?:people|those|anyone|anybody|folk|persons?|the ones) (?:who|that) (${Object.keys(DOER_NOUNS).join('|')})(?:s|d|ed)?\b${WHAT_THEY_DO_IT_TO}`, 'gi');

/** Everyday names for what the register records, put as the register says them. */
const EVERYDAY: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // "Which suppliers hold details of people who receive hampers?": the data subjects as the register names them, "recipients";
  // what they receive only restates it, and a courier's entry never says "hampers".
  [PEOPLE_WHO, (_match, verb: string) => DOER_NOUNS[verb.toLowerCase()] ?? verb],
  // "The GDPR paperwork", "the gdpr bit", "a data agreement": a supplier's GDPR statement.
  [/\bgdpr (paperwork|bits?|stuff|forms?|agreements?|contracts?|sign[- ]?off)\b/gi, 'gdpr statement'],
  [/\bdata (protection )?agreements?\b/gi, 'gdpr statement'],
  // "A bride's mum", "a pupil's dad": a parent of someone whose data we hold; "my mum is ill" is a staff matter, left as it is.
  [/\b([A-Za-z]+)['’]s (mum|mom|mother|dad|father)\b/gi, "$1's parent"],
  // "My husband", "my partner", "my kid": someone of the asker's own household, not a relative or a child whose data we hold.
  [/\bmy (husband|wife|spouse|partner|boyfriend|girlfriend|other half|kids?|little one)\b/gi, 'my household'],
  // "Her friend's kid", "a neighbour's son": a child not the asker's own, as policies say it ("never give one parent another child's photos").
  [/\b(?:(?:her|his|their|my|a|an|the) )?(?:friend|mate|neighbou?r|sister|brother|cousin|someone else|somebody else|other parent|another parent)['’]?s (?:kids?|child|children|son|daughter|little one|boy|girl)\b/gi, 'another child'],
  // "Who won the raffle comp?", "the comp's terms": a competition as staff shorten it, said in full so a policy on competitions meets it.
  [/\b(the|a|our|this|that|last|next|each|every|any) comps?\b(?!['’-])/gi, '$1 competition'],
  // "Been put on tablets for a stomach bug", "taking tablets for my back": tablets someone is put on, or takes for something,
  // are medication, not devices; "sign on tablets", "take tablets home" and "the rota on the tablets" are the firm's tablets.
  [/\b((?:(?:been|put|started|starting|i'm|im|i am|he's|she's|they're|still) on|prescribed)\s+(?!(?:the|our|my|a|an|your|their|his|her|these|those)\b)(?:[a-z-]+\s+){0,2})tablets\b/gi, '$1medication'],
  [/\b((?:taking|take|takes|took)\s+(?!(?:the|our|my|a|an|your|their|his|her|these|those)\b)(?:[a-z-]+\s+){0,2})tablets(?=\s+(?:for|since|because|every|twice|daily)\b)/gi, '$1medication'],
  // "The juniors' details", "who has the juniors data": juniors are children; "junior staff" or "an office junior" are staff.
  [/\bjuniors\b['’]?|\bjunior['’]s\b/gi, 'children'],
  // "Who's got people's bank details?", "whos got the kids' medical info": who holds a kind of data, as "who has" asks it;
  // "who's got the spare keys" names no data, and is read as before.
  [/^\s*who(?:'s|s| has)? got\b(?=(?:\s+[\w'’-]+){0,3}?\s+(?:details|data|info|information|records|numbers|footage|photos|recordings)\b)/i, 'who has'],
  // "Where is 2FA compulsory?" asks which accounts enforce it, not the password policy.
  [/^\s*where (is|are) (2fa|two[- ]?factor|two[- ]?step|mfa|multi[- ]?factor)( sign[- ]?in| login)? (compulsory|mandatory|required|enforced|forced|a must)\b/i, 'which suppliers enforce two-factor'],
  [/^\s*where (is|are) (2fa|two[- ]?factor|two[- ]?step|mfa|multi[- ]?factor)( sign[- ]?in| login)? optional\b/i, 'which suppliers have two-factor optional'],
  // "Anyone relying on adequacy…", "who do we send data abroad to using the UK addendum": who is covered by it.
  [new RegExp(String.raw`^\s*(?:anyone|anybody|who|which suppliers?|what suppliers?)(?: is| are| do we| does)? (?:relying|rely|relies|depending|depend|depends) on (${SAFEGUARD})\b.*$`, 'i'), 'who is covered by $1'],
  [new RegExp(String.raw`^\s*(?:who|which suppliers?) (?:are we|do we|are|is) (?:send|sending|transfer|transferring|moving|getting|pass|passing)\w* (?:data|it|anything|info|information|personal data)?.*\b(?:using|under|with|via|on) (${SAFEGUARD})\b.*$`, 'i'), 'who is covered by $1'],
];

function inRegisterWords(question: string): string {
  return EVERYDAY.reduce((q, [pattern, put]) => (typeof put === 'string' ? q.replace(pattern, put) : q.replace(pattern, put)), question);
}

/** "What do I do with X after / once…": X and what follows. */
const AFTER_USE = /^\s*what (?:do|should|can|must|shall) (i|we) do with (.+?) (after|afterwards|once|at the end of)\b/i;

/** "What do I do with old / used X?": X, done with (a second group, so it reads like {@link AFTER_USE}). */
const DONE_WITH = /^\s*what (?:do|should|can|must|shall) (i|we) do with (?:(?:the|our|my|all the|these|those) )?((?:old|used|spent|out[- ]of[- ]date) [^,?]+?)\s*(?:,[^,]*)?\??$/i;

/**
 * "Found a box of old booking forms from 2020 in the loft, what do I do with them?": a stash of old
 * things come across, asked what to do with (the second group is the thing, as in {@link AFTER_USE}).
 */
const FOUND_STASH = /^\s*(?:(i|we)(?:'ve| have)? )?(?:just )?(?:found|came across|come across|there'?s|theres) (?:a|an|some) (?:(?:big|little|whole|full) )?(?:box|boxes|drawer|pile|stack|folder|bag|load|heap|file|crate|cupboard)(?: full)? of (?:old )?(.+?)(?: (?:from|in|at|under|behind|dated|going back)\b.*?)?,? (?:what (?:do|should|can|shall) (?:i|we) do with (?:them|it|those)|what now)\b.*$/i;

/**
 * "End of shift, what do I do with the paper run sheets?", "back from Malta, what do I do with the contact sheet?": the
 * same ask after a clause that says the use is over (the second group is the thing, as in {@link AFTER_USE}).
 */
const DONE_FIRST = /(?<=^[^,]*\b(?:back from|home from|end of|finished|after)\b[^,]*,\s*)what (?:do|should|can|must|shall) (i|we) do with (?:(?:the|our|my|all the|these|those) )?(.+?)\s*\??$/i;

/**
 * "Can I print the register instead, and what do I do with it after?": the thing printed, asked of as "it" after use.
 * The first group is the thing, the second who asks.
 */
const PRINTED_THEN_AFTER = /\bprint(?:ed|ing)?\s+(?:out\s+)?(?:the|a|an|our|my)\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(?:out|off|instead|again))?\b[^?]*?\bwhat (?:do|should|can|must|shall) (i|we) do with (?:it|them) (?:after|afterwards|once|at the end)\b/i;

/** Paper and printed things, in everyday words: what is shredded or kept once done with, not handed back like keys. */
const PAPER_THING = /\b(paper|papers|printed|printouts?|print-outs?|hard cop(y|ies)|sheets?|forms?|slips?|quotes?|letters?|drawings?|notes|documents?|paperwork|lists?|cards?|labels?|badges?|receipts?|envelopes?)\b/i;

/**
 * "What do I do with the paper drawings after a site visit?", "…with the allergy sheet after the
 * event?": how to get rid of a paper thing once done with it, where the register or a policy knows
 * the thing ("the float after closing" is no matter of ours, and keys are handed back).
 */
function afterUseAsDisposal(ctx: QaContext, question: string): string {
  const printed = printedAsDisposal(ctx, question);
  if (printed) return printed;
  const shape = [AFTER_USE, DONE_WITH, FOUND_STASH, DONE_FIRST].find((pattern) => pattern.test(question));
  const thing = shape?.exec(question)?.[2]?.replace(/^(old|used|spent|out[- ]of[- ]date) /i, '');
  if (!shape || !thing || !isPaperToGetRidOf(ctx, thing)) return question;
  if (shape === FOUND_STASH) return `how do we get rid of ${thing}`;
  return question.replace(shape, shape === AFTER_USE ? 'how do $1 get rid of $2 $3' : 'how do $1 get rid of $2');
}

/** A paper thing the register or a policy knows, and a policy says how to get rid of. */
function isPaperToGetRidOf(ctx: QaContext, thing: string): boolean {
  return PAPER_THING.test(thing) && ctx.index.knowsAll(thing) && ctx.index.policySaysHowToGetRidOf(thing);
}

/** A thing printed and asked of as "it" after use, as the question how to get rid of the printed thing; the story before it aside. */
function printedAsDisposal(ctx: QaContext, question: string): string | undefined {
  const [, thing, who] = PRINTED_THEN_AFTER.exec(question) ?? [];
  return thing && who && isPaperToGetRidOf(ctx, `printed ${thing}`) ? `how do ${who} get rid of the printed ${thing} after use` : undefined;
}

/** "I left the forms on the bus", "on the 76 bus": a thing left where the public are is lost, not left for someone ("she left a voicemail"). */
const LEFT_IN_PUBLIC = /\bleft\b(?=(?:\s+[\w'-]+){1,8}\s+(?:on|in|at)\s+(?:the|a|my)\s+(?:\d+\w?\s+)?(?:bus|train|tube|taxi|cab|plane|coach|tram|pub|caf[eé]|restaurant|park|street|station)\b)/i;

/**
 * "Someone posted the lesson link on a public Facebook group": a thing put where anyone can see it,
 * told in the past (a "can I post…?" asks a rule), on a public page or someone's own (never "our").
 */
const POSTED_IN_PUBLIC = /\b(?:posted|shared|uploaded|published|put)\b(?=(?:\s+[\w'-]+){1,8}\s+(?:on|in|to|onto)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:public|open|(?:(?<=(?:a|their|his|her)\s+)(?:facebook|instagram|twitter|tiktok|reddit|snapchat)))\b)/i;

/** "Left the clipboard at the quarry and it's gone": a thing left somewhere and now gone (its "gone" read as the loss). */
const LEFT_AND_NOW_GONE = /(?<=\bleft\b.*\b(?:and|but|now)\s+(?:it'?s|its|it is|it has|they'?re|theyre|they are|they have)\s+)(?:gone|vanished|disappeared|missing)\b/i;

/**
 * "Can't find a customer's key anywhere", "can't find the sign-in sheet anywhere": someone's thing, or a paper or device
 * holding people's details, looked for everywhere and not found, is lost ("can't find the van keys anywhere" is our own).
 */
const NOWHERE_TO_BE_FOUND = /\b(?:can'?t|cannot|can not|couldn'?t) find\b(?=((?:\s+[\w'’-]+){1,6})\s+anywhere\b)/i;

/** Whose a thing is, when it is someone's we look after: "a customer's", "the patients", "her". */
const SOMEONES = /\b(?:customers?|clients?|patients?|guests?|tenants?|residents?|members?|students?|pupils?|childs?|parents?|owners?|players?)(?:['’]s|s['’]?)?\b(?=\s+[\w-]+)|\b(?:his|her|their)\b/i;

/** A device that holds people's details. */
const DEVICE = /\b(?:phones?|mobiles?|laptops?|tablets?|ipads?|handhelds?|memory cards?|usb sticks?|hard drives?)\b/i;

/**
 * Someone's number, address or details, looked for ("can't find the owner's number anywhere", "her email address"): a piece
 * of information not found in our records, not a thing that was lost.
 */
const DETAIL_SOUGHT = /\b(?:numbers?|address(?:es)?|e-?mails?(?: address(?:es)?)?|postcodes?|contact details|details)\s*$/i;

/** A thing looked for everywhere, read as lost where it is someone's, or paper or a device; never someone's details sought. */
function nowhereAsLost(question: string): string {
  const thing = NOWHERE_TO_BE_FOUND.exec(question)?.[1];
  return thing && !DETAIL_SOUGHT.test(thing) && (SOMEONES.test(thing) || PAPER_THING.test(thing) || DEVICE.test(thing)) ? question.replace(NOWHERE_TO_BE_FOUND, 'lost') : question;
}

/** A thing left in a public place, or left and now gone, told as the loss it is, and one posted in public as the leak it is, so the policy on breaches answers. */
function leftAsLost(question: string): string {
  return question.replace(LEFT_IN_PUBLIC, 'lost').replace(LEFT_AND_NOW_GONE, 'lost').replace(POSTED_IN_PUBLIC, 'leaked');
}

/** A work device lost or stolen: "lost my work phone", "the tablet got nicked", "left the laptop on the bus" (read as lost). */
const DEVICE_LOST = /\b(?:lost|stolen|nicked|pinched|robbed)\b.*\b(?:phones?|mobiles?|laptops?|tablets?|ipads?|handhelds?)\b|\b(?:phones?|mobiles?|laptops?|tablets?|ipads?|handhelds?)\b.*\b(?:lost|stolen|nicked|pinched|gone missing|went missing)\b/i;

/** What app was on the device: "with Jobber on it", ", Fixflo was still logged in", "still logged into Xero". */
const APP_ON_DEVICE = [
  /\s+with\s+(?:[\w.-]+\s+){1,3}?(?:on|open|logged in|signed in)(?:\s+(?:on|to))?\s+it\b/i,
  /\s*,?\s*(?:and\s+)?(?:[\w.-]+\s+){1,3}?(?:was|is|were|are)\s+(?:still\s+)?(?:logged|signed)\s+(?:in|on)\b(?:\s+(?:on|to)\s+it\b)?/i,
  /\s*,?\s*(?:and\s+)?(?:(?:i|it)\s+(?:was|is)\s+|i'?m\s+|it'?s\s+)?still\s+(?:logged|signed)\s+(?:into|in to|on to|onto)\s+[\w.-]+(?:\s+[\w.-]+)?/i,
];

/**
 * "Lost my work phone with Jobber on it, can it be wiped?": the loss of the device is what is told, whatever app was on it,
 * so the app is taken out and the policies on lost devices and breaches answer, not the app's entry.
 */
function withoutAppOnLostDevice(question: string): string {
  return DEVICE_LOST.test(question) ? APP_ON_DEVICE.reduce((q, app) => q.replace(app, ''), question) : question;
}

/**
 * A rule on logins asked ("fine to share my login?", "how long does my password need to be?") is the passwords policy's,
 * whatever supplier or retention its words meet; whether two-step must be on a named supplier is its fact and the policy.
 */
function answerOne(ctx: QaContext, typed: string): QaAnswer {
  const answer = answerOneAlone(ctx, typed);
  const asked = loginRuleAsked(typed);
  const rule = asked ? passwordsPolicyAnswer(ctx) : undefined;
  if (!rule || rule.sources.every((s) => answer.sources.includes(s))) return answer;
  const ofSupplier = asked === 'two-step' && answer.sources.some((s) => s.startsWith('register:'));
  return ofSupplier ? { ...answer, sources: [...answer.sources, ...rule.sources], answer: `${answer.answer}\n${rule.answer}` } : rule;
}

/** Conversation first, then the register-wide queries, then the suppliers the question is about. */
function answerOneAlone(ctx: QaContext, typed: string): QaAnswer {
  const question = abroadAsHome(ctx, afterUseAsDisposal(ctx, withoutAppOnLostDevice(nowhereAsLost(leftAsLost(inRegisterWords(spelledOut(ctx.index, withContractions(typed))))))));
  const intent = classify(question);
  // "on file" is about statements, never about files.
  const w = words(question.replace(/\bon file\b/gi, ' '));
  // "The backup is showing an error, who should I tell?": a situation whose policy says whom to tell, not the contact alone.
  const early = intent === 'contact' && policyFirst(ctx, question) ? undefined : conversational(ctx, question, intent, w);
  if (early) return early;
  const q = withoutNamesIntent(readQuestion(ctx, question, intent, w));
  // "Do we have a uniform allowance for bar staff?" asks whether a thing exists, "what's the wifi password?" for a value,
  // "what time does the bar open?" when, "who won the quiz last night?" a person: no situation is told.
  const told = !(asksHaveThing(q) || asksValueNeverKept(ctx, q) || asksCalendar(q.text) || ASKS_PERSON.test(q.text));
  // A child's secret told, a child left by a parent gone off, or a child found alone, is the safeguarding policy's before
  // anything the story's other words meet ("lost" a breach, "where" a location); not where a supplier is named by a name of its own.
  // So is a file deleted by mistake and asked back, or a backup gone wrong, the backups policy's, before the retention period
  // its words ask; a request to erase someone's data or to see our footage is the policy's on that request, before a theft
  // told; our papers gone through by a stranger, or someone's details given out by a slip, are the breach policy's, a card
  // number written down the card policy's, and people put on the mailing list the marketing policy's, before the supplier holding them.
  // A request for someone's own data, or the police's for footage, is its policy's even where the story names the
  // supplier it came through or the one whose alias is the thing asked for ("the cctv").
  if (asksShopFloor(ctx, q)) return notFound(ctx, 'unknown', question);
  const first = requestFirst(ctx, q.text) ?? (namesOwnName(ctx, q) ? undefined : policyFirst(ctx, q.text));
  if (first) return first;
  if (offTopic(ctx, q)) return (told ? situation(ctx, q) : undefined) ?? notFound(ctx, 'unknown', question);
  for (const step of QUERY_STEPS) {
    const answer = step(ctx, q);
    if (answer) return answer;
  }
  const answer = supplierAnswer(ctx, q);
  return unanswered(answer) ? (situation(ctx, q) ?? answer) : answer;
}

/**
 * Where nothing else answered, the policy sentence that covers what the question tells; not when a
 * supplier is named by a name of its own ("do the trackers watch us at lunch?" names none: an alias
 * in everyday words is what the policy calls the thing too).
 */
function situation(ctx: QaContext, q: Question): QaAnswer | undefined {
  return namesOwnName(ctx, q) ? undefined : situationAnswer(ctx, q.text);
}
