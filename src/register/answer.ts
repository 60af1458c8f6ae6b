import { type Clock, systemClock } from '../clock.ts';
import type { Supplier, VigilConfig } from '../config/schema.ts';
import { asksAggregate, asksProperty, ownedBy } from './aggregate.ts';
import { checkedByKind } from './answers-by-kind.ts';
import { type PolicyRanker, shippedPolicyRanker } from './policy-ranker.ts';
import { type QuestionKinds, shippedQuestionKinds } from './question-kinds.ts';
import { conversational } from './conversation.ts';
import { entryGuessed, entryUnasked } from './asked-value.ts';
import { asksEverydayThing, asksWorkKit, repairerOf, thingsPolicy } from './everyday-things.ts';
import { asksSilence } from './field-filters.ts';
import { retentionWords } from './fields.ts';
import { type GapLog, scrub } from './gaps.ts';
import { glossaryAnswer } from './glossary.ts';
import { type Intent, aspectOf, asksBreachPromise, classify } from './intents.ts';
import type { LiveRegister } from './live-state.ts';
import type { ModelReader } from './model-reader.ts';
import { namesSupplier } from './names-supplier.ts';
import { HOLIDAY_ALL, WORKPLACE_ALL, asksCalendar, asksHaveThing, asksShopFloor, asksValueNeverKept } from './never-kept.ts';
import { situationAnswer } from './policy-answer.ts';
import { type QaAnswer, type QaContext, type Question, contactOf, namesMasked, namesOwnName, personNamed, readQuestion } from './qa-context.ts';
import { controllers, newStarterReading, policiesAsWhole } from './firm-wide.ts';
import { QUERY_STEPS } from './queries.ts';
import { readingQuestion } from './reading-question.ts';
import { productNamed } from './product-openings.ts';
import { toolTakenOnAnswer } from './tool-slots.ts';
import { withKnownAliases } from './known-aliases.ts';
import { RegisterIndex } from './register-index.ts';
import { guessedForKit } from './kit-trouble.ts';
import { retold } from './retellings.ts';
import { asksOfTheWorld, asksWorldTime } from './world-times.ts';
import { breachExampleRead, policyFirst, requestFirst } from './situations/index.ts';
import { youngPolicyForAdult } from './situations/ages.ts';
import { postedOnPlatformAnswer, shotForAppAnswer } from './situations/photos.ts';
import { unnamedToolAnswer } from './situations/unnamed-tool.ts';
import { breachWhomAnswer, sentToWrongPersonAnswer } from './situations/breaches.ts';
import { codeAskedAnswer } from './situations/scams.ts';
import { anothersNumberAnswer } from './situations/callers.ts';
import { jobFailsAnswer } from './situations/papers-put-off.ts';
import { safeguardingAnswer, youngMessagedAnswer } from './situations/children.ts';
import { capacityDoubtedAnswer, endingLifeToldAnswer, hardshipToldAnswer } from './situations/welfare.ts';
import { loginRuleAsked, passwordsPolicyAnswer } from './situations/logins.ts';
import { supplierAnswer } from './supplier-answer.ts';
import { STOPWORDS, escapeRegExp, words } from './text.ts';
import { leaveAsked, notFound, slipOfOurs, slotStranger, toolStranger, wellKnownStranger } from './unknown.ts';

export type { QaAnswer } from './qa-context.ts';

export interface PolicyQaOptions {
  gaps?: GapLog;
  reader?: ModelReader;
  clock?: Clock;
  kinds?: QuestionKinds | null;
  ranker?: PolicyRanker;
}

/**
 * Answers a staff question from the workspace's register and policies, deterministically and
 * locally. Never invents: a fact the register lacks is said to be missing, and a supplier it does
 * not hold is said to be unknown, with the data-protection contact to ask.
 */
export class PolicyQa {
  private current!: { config: VigilConfig; index: RegisterIndex; ctx: QaContext };
  /** The index over the live register, for the file it was built from and the differences it holds. */
  private liveIndex?: { base: PolicyQa['current']; key: string; config: VigilConfig; index: RegisterIndex };

  /**
   * `gaps`, when given, keeps the questions it could not answer (text only, names taken out);
   * `reader`, when given (off by default), reads a question the register alone cannot answer;
   * `clock` says what day it is for questions about review dates (the system clock by default);
   * `kinds`, the model of question kinds the rules' answers are weighed against (the one trained on the
   * development sets by default; `null` for the rules alone, as its trainer labels questions);
   * `ranker`, the policy ranker those weighings consult (the one trained on the development sets by default).
   */
  private readonly options: PolicyQaOptions;
  constructor(config: VigilConfig, options: PolicyQaOptions = {}) {
    this.options = options;
    this.reconfigure(config);
  }

  /** Takes a new config (a reload), rebuilding the index in one step. */
  reconfigure(config: VigilConfig): void {
    // Answers read the entries with the names everyone calls the big suppliers' products by; the getter gives the file's own.
    const answering = withKnownAliases(config);
    const index = new RegisterIndex(answering);
    const clock = this.options.clock ?? systemClock;
    const kinds = this.options.kinds === null ? undefined : (this.options.kinds ?? shippedQuestionKinds());
    this.current = { config, index, ctx: { config: answering, index, contact: contactOf(config), now: () => clock.now(), ...(kinds && { kinds, ranker: this.options.ranker ?? shippedPolicyRanker() }) } };
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
      const answering = withKnownAliases(live.config);
      this.liveIndex = { base: this.current, key, config: answering, index: new RegisterIndex(answering) };
    }
    return { ...ctx, config: this.liveIndex.config, index: this.liveIndex.index, live };
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

/** "Who is…", "who won…": a question asking for a person, which tells no situation. */
const ASKS_PERSON = /^\s*who(?:'s| is| are| won)\b/i;

/** A question relayed from whoever asked it: what they asked, and all that follows ("…, can i take her card details for a voucher?"). */
const RELAYED_ASK = /\b(?:asked|asking|asks|wants to know|wanted to know)\s+(?:me\s+|us\s+)?(?:if|whether|when)\s+(.+)$/i;

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
  // Leave asked to take on a tool we do not hold ("should i make a mailchimp account to send the christmas opening times?") is the tool's.
  // So is one relayed from whoever asked it ("client in the chair asked if the shop is open on new years day, what do i tell her?"): what
  // was asked, not who asked, is weighed against the policies; "the shop" the card supplier's alias in everyday words names none of it.
  const calendarAsked = RELAYED_ASK.exec(q.text)?.[1] ?? q.text;
  if (asksCalendar(calendarAsked) && !namesOwnName(ctx, q) && !toolLeaveAsked(ctx, q) && ctx.index.policiesByWords(calendarAsked.replace(WORKPLACE_ALL, ' ').replace(HOLIDAY_ALL, ' ')).length === 0) return true;
  // A what-to-do question is off-topic too when mostly in strange words and no policy's keyword or
  // title matches it, only a word of some policy's text ("can I bring my dog into the office?").
  // A product where the question's shape puts a name ("can I use Canva…?") is an unknown supplier, not off-topic.
  // A policy keyword met through one everyday word ("stop" for unsubscribing) does not hold a question otherwise in strange words.
  const policyNamed = ctx.index.policyNamedBy(q.text) && !ctx.index.mostlyStrangers(q.text);
  // "Is Trello ok for planning the rota?" puts a tool we do not hold where leave to use it is asked: an unknown supplier too.
  // So is a well-known tool's name, wherever it sits ("do we have canva? want to do the flyer on it").
  const stranger = slotStranger(ctx, q.text) ?? toolStranger(ctx, q.text, []) ?? wellKnownStranger(ctx, q.text, q.named.map((m) => m.supplier)) ?? productNamed(ctx, q);
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

/** A well-known or unlisted tool we do not hold, asked leave to use. */
function toolLeaveAsked(ctx: QaContext, q: Question): boolean {
  return leaveAsked(q.text) && Boolean(wellKnownStranger(ctx, q.text, q.named.map((m) => m.supplier)) ?? productNamed(ctx, q));
}

const unanswered = (answer: QaAnswer) => answer.intent === 'unknown' || answer.intent === 'unknown-supplier';

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

/**
 * A pronoun that stands for what the first question was about, or a field of it pointed back at ("…doesn't it? what covers
 * that transfer").
 */
const POINTED_FIELD = '(?:transfer|agreement|contract|dpa|statement|data|info|account|retention)\\b';
const BACK_REFERENCE = new RegExp(`\\b(it|its|they|them|their)\\b|\\b(?:that|this) (?=${POINTED_FIELD})`, 'i');

/** A field of the first question's supplier pointed at: "that transfer", "this agreement". */
const FIELD_POINTED_AT = new RegExp(`\\b(?:that|this) ${POINTED_FIELD}`, 'i');

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
  // "Record360 is American, isn't it? what covers that transfer": the field pointed at answers what the first only supposed.
  if (FIELD_POINTED_AT.test(asked) && first.intent === 'supplier') return second;
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
  // "its", "their", and "that" before the field it points at ("that transfer"), are the supplier's.
  const name = /^(its|their|that|this)\b/i.test(at[0]) ? `${one.name}'s${at[0].endsWith(' ') ? ' ' : ''}` : one.name;
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

/** The rules' answer, weighed against the kind of question it is ({@link checkedByKind}). */
export function answerQuestion(ctx: QaContext, typed: string): QaAnswer {
  const told = ledBySupplierThoughBreachExample(ctx, typed, rulesAnswer(ctx, typed));
  // "The card machine keeps saying no connection": the thing's entry says nothing of mending it; whom to ask does.
  const rules = guessedForKit(ctx, typed, told) ? notFound(ctx, 'unknown', typed) : told;
  const checked = closedOnce(ctx, ctx.kinds ? checkedByKind(ctx, ctx.kinds, typed, rules) : rules);
  // "My daughter's 19, can she do the brushcutter work?": a policy for the young is not hers, whichever road reached it.
  const answer = youngPolicyForAdult(ctx, typed, checked) ? notFound(ctx, 'unknown', typed) : checked;
  // "What is personal data?": where nothing of the firm's answered, the word's meaning in the law.
  return answer.intent === 'unknown' && answer.sources.length === 0 ? (glossaryAnswer(ctx, typed) ?? answer) : answer;
}

/**
 * "Left my fpn book on a wall in skegness": a story that is one of the breach policy's own examples ("an FPN book left on a wall") is
 * the breach policy's, where the rules led with the entry of a supplier its words name (one whose data holds FPNs).
 */
function ledBySupplierThoughBreachExample(ctx: QaContext, typed: string, answer: QaAnswer): QaAnswer {
  return answer.sources[0]?.startsWith('register:') ? (breachExampleRead(ctx, typed) ?? answer) : answer;
}

/**
 * One question or two joined by "and". A supplier the register does not hold is asked once more with a word in a name slot
 * that is a slip of one of ours put as that name: the slip is looked for only then, not on every question.
 */
function rulesAnswer(ctx: QaContext, typed: string): QaAnswer {
  const answer = twoQuestions(ctx, typed) ?? answerOne(ctx, typed);
  if (answer.intent !== 'unknown-supplier') return firstAskedOfStranger(ctx, typed) ?? firstAskedOfPerson(ctx, typed) ?? answer;
  const read = slipMended(ctx, typed);
  return read === typed ? answer : (twoQuestions(ctx, read) ?? answerOne(ctx, read));
}

/**
 * "Is tradify gdpr compliant? lee mentioned maybe switching job systems": a first question, asked whole, about a product the
 * register does not hold, before the story after it (whose names and words would answer something else).
 */
function firstAskedOfStranger(ctx: QaContext, typed: string): QaAnswer | undefined {
  const first = /^([^?]{3,}\?)\s*[a-z]/i.exec(typed)?.[1];
  // Asked again only where the first question has a word the register never uses: a product it does not hold has one.
  if (!first || !ctx.index.hasStranger(first)) return undefined;
  const answer = answerOne(ctx, first);
  return answer.intent === 'unknown-supplier' ? answer : undefined;
}

/** A loss, a theft, a slip or a what-to-do told after a first question. */
const STORY_NEEDING_POLICY = /\b(?:stolen|nicked|lost|missing|hacked|clicked|dodgy|phish\w*|scam\w*|breach\w*|what (?:do|should|shall) (?:i|we) do|what now)\b/i;

/**
 * "What systems does kelly use? setting up her new tablet": a first question, asked whole, of the accounts one of our people has, before
 * the story of why it is asked (whose words, a new tablet set up, would answer something else).
 */
function firstAskedOfPerson(ctx: QaContext, typed: string): QaAnswer | undefined {
  const first = /^([^?]{3,}\?)\s*[a-z]/i.exec(typed)?.[1];
  // A story that needs a policy of its own ("his phone got stolen last night, what do we do?") is not why the first is asked.
  if (!first || STORY_NEEDING_POLICY.test(typed.slice(first.length))) return undefined;
  const person = personNamed(ctx.config, new Set(words(first)), first);
  if (!person) return undefined;
  // The person's accounts, as the register's step on people gives them: it cites exactly the entries they use or look after.
  const answer = answerOne(ctx, first);
  const theirs = new Set([...person.uses, ...ownedBy(ctx.config.suppliers, person.id).map((s) => s.id)].map((id) => `register:${id}`));
  const cited = new Set(answer.sources);
  return answer.intent === 'owner' && cited.size === theirs.size && [...cited].every((s) => theirs.has(s)) ? answer : undefined;
}

/** A supplier's name that ends in a full stop ("Mail Boxes Etc.") closes the sentence it ends too: one stop, not two. */
function closedOnce(ctx: QaContext, answer: QaAnswer): QaAnswer {
  if (!answer.answer.includes('..')) return answer;
  const stopped = ctx.config.suppliers.filter((s) => s.name.endsWith('.')).map((s) => s.name);
  return { ...answer, answer: stopped.reduce((text, name) => text.replaceAll(`${name}.`, name), answer.answer) };
}

/** The question with a word in a name slot that is a slip of one of our suppliers' names ({@link slipOfOurs}) put as that name. */
function slipMended(ctx: QaContext, typed: string): string {
  const slip = slotStranger(ctx, typed);
  const ours = slip ? slipOfOurs(ctx, slip) : undefined;
  return ours ? typed.replace(new RegExp(String.raw`\b${escapeRegExp(slip!)}\b`, 'i'), ours.name) : typed;
}

/**
 * A rule on logins asked ("fine to share my login?", "how long does my password need to be?") is the passwords policy's,
 * whatever supplier or retention its words meet; whether two-step must be on a named supplier is its fact and the policy.
 */
function answerOne(ctx: QaContext, typed: string): QaAnswer {
  const answer = answerOneAlone(ctx, typed);
  const asked = loginRuleAsked(typed);
  const rule = asked ? passwordsPolicyAnswer(ctx, typed) : undefined;
  // A login lent or a password's rule asked is the rule's alone, though an entry's words came first ("use her account to book
  // this in"); not where a security fact of the entry was asked beside it ("…and does Xero have two-factor?").
  const isRuleAlone = answer.sources.length === rule?.sources.length;
  if (!rule || (rule.sources.every((s) => answer.sources.includes(s)) && (asked !== 'rule' || isRuleAlone || answer.intent === 'security'))) return answer;
  const ofSupplier = asked === 'two-step' && answer.sources.some((s) => s.startsWith('register:'));
  return ofSupplier ? { ...answer, sources: [...answer.sources, ...rule.sources], answer: `${answer.answer}\n${rule.answer}` } : rule;
}

/**
 * A tool we do not hold told without its name, in a story that names a supplier of ours it would work with ("some auto-posting thing
 * for insta"); not one said to go into that supplier ("add a reviews app to shopify"), an add-on its owner approves.
 */
function unnamedToolBesideOurs(ctx: QaContext, q: Question): QaAnswer | undefined {
  const tool = unnamedToolAnswer(ctx, q.text);
  const into = (matched: string) => new RegExp(String.raw`\b(?:to|into|onto|on|in|with)\s+(?:our\s+|the\s+)?${escapeRegExp(matched)}\b`, 'i').test(q.text);
  return tool && !q.named.some((m) => into(m.matched)) ? tool : undefined;
}

/** Conversation first, then the register-wide queries, then the suppliers the question is about. */
function answerOneAlone(ctx: QaContext, typed: string): QaAnswer {
  const question = retold(ctx, typed);
  const intent = classify(question);
  // "on file" is about statements, never about files.
  const w = words(question.replace(/\bon file\b/gi, ' '));
  // "The backup is showing an error, who should I tell?": a situation whose policy says whom to tell, not the contact alone.
  // So is a request or an incident told by the supplier it came through ("my gmail's been hacked, who do I tell").
  if (intent === 'contact') {
    const breach = breachWhomAnswer(ctx, question);
    if (breach) return breach;
  }
  if (asksWorkKit(ctx, question)) return notFound(ctx, 'unknown', question);
  const early = intent === 'contact' && (policyFirst(ctx, question) ?? requestFirst(ctx, question)) ? undefined : conversational(ctx, question, intent, w);
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
  if (asksShopFloor(ctx, q) || asksWorldTime(ctx, q)) return notFound(ctx, 'unknown', question);
  // "The printer's jammed, who fixes it?" where the IT firm's keywords say printers: that firm's entry.
  const repairer = repairerOf(ctx, q);
  if (repairer) return supplierAnswer(ctx, { ...q, named: [{ supplier: repairer, kind: 'name', matched: repairer.name }] });
  // "Where's the cash tin?" where a policy is titled by the thing: that policy, not don't-know.
  if (asksEverydayThing(ctx, q)) return thingsPolicy(ctx, q) ?? notFound(ctx, 'unknown', question);
  // "I've downloaded snapseed for the pics": a tool taken on bare is asked after as a tool, before the situations its job's words meet.
  const taken = toolTakenOnAnswer(ctx, q);
  if (taken) return taken;
  // A picture taken on one's own phone is the policy's on that, though the story names the app it is for ("…for the insta"), and so is
  // a picture put on the socials, where a policy is titled on posting there, though the platform is a supplier, and a tool we do
  // not hold told without its name ("some auto-posting thing for insta"), though the story names ours it would work with; so is
  // harm to someone or talk of ending a life ("a coach dming one of the girls on insta"), and a thing sent to the wrong people
  // ("sent the costume sizes sheet to all the ballet parents instead of starlite": the supplier it was meant for), and a code
  // from one's phone asked for by a caller who says they are from our supplier; and someone in hardship or grief ("in tears, lost his
  // job and cant pay the pcn"), and another's number asked ("the Patels want Chloe's mobile so they can have a quick chat"), and one's own
  // social media asked by one under 18 ("one of the junior regulars asked for my snapchat so i can send her the clip"), and a doubt of
  // someone's capacity to sign ("i dont think she understands what she's signing. carry on with the docusign?"), whatever of ours the
  // story names.
  // "If the partner lab has a breach, how fast do they have to tell us?": that supplier's promise, though named by an everyday alias.
  if (q.named.length && asksBreachPromise(q.text)) return supplierAnswer(ctx, { ...q, whatToDo: false });
  const first = requestFirst(ctx, q.text) ?? (namesOwnName(ctx, q) ? (shotForAppAnswer(ctx, q.text) ?? postedOnPlatformAnswer(ctx, q.text, q.named.map((m) => m.supplier)) ?? unnamedToolBesideOurs(ctx, q) ?? endingLifeToldAnswer(ctx, q.text) ?? hardshipToldAnswer(ctx, q.text) ?? capacityDoubtedAnswer(ctx, q.text) ?? safeguardingAnswer(ctx, q.text) ?? sentToWrongPersonAnswer(ctx, q.text) ?? codeAskedAnswer(ctx, q.text) ?? anothersNumberAnswer(ctx, q.text) ?? youngMessagedAnswer(ctx, q.text) ?? jobFailsAnswer(ctx, q.text)) : policyFirst(ctx, q.text));
  if (first) return first;
  // What the animals eat, asked by a visitor or a child, or whether we work in a place too, where no story of ours was read in it: nobody's data.
  if (asksOfTheWorld(q.text)) return notFound(ctx, 'unknown', question);
  // The firm's papers asked after as a whole ("what policies do we have?", "who are the independent controllers?"), in words
  // the off-topic reader may not know the register by.
  const firmWide = policiesAsWhole(ctx, q) ?? newStarterReading(ctx, q) ?? controllers(ctx, q);
  if (firmWide) return firmWide;
  if (offTopic(ctx, q)) return (told ? situation(ctx, q) : undefined) ?? notFound(ctx, 'unknown', question);
  for (const step of QUERY_STEPS) {
    const answer = step(ctx, q);
    if (answer) return unlessGuessed(ctx, q, answer);
  }
  const answer = supplierAnswer(ctx, q);
  const checked = unlessGuessed(ctx, q, answer);
  if (checked !== answer) return checked;
  return unanswered(answer) ? (situation(ctx, q) ?? answer) : answer;
}

/**
 * An entry given as a guess, as "don't know": "what time does the courier collect?" asks a value of the world no entry records
 * ({@link entryGuessed}); "shall we put the heater on?" asks nothing of the register's ({@link entryUnasked}), though a story it
 * tells may be a policy's.
 */
function unlessGuessed(ctx: QaContext, q: Question, answer: QaAnswer): QaAnswer {
  if (entryGuessed(ctx, q, answer)) return notFound(ctx, 'unknown', q.text);
  if (entryUnasked(ctx, q, answer)) return toldSituation(ctx, q) ?? notFound(ctx, 'unknown', q.text);
  return answer;
}

/** The policy of a situation the question tells, not asks ("how do customers pay by card?" tells none, whatever policy a word meets). */
function toldSituation(ctx: QaContext, q: Question): QaAnswer | undefined {
  const asks = /^\s*(?:how|what|what's|whats|who|who's|whos|which|where|where's|wheres|when|why|is|are|do|does|can|could|should|shall|will)\b/i.test(q.text);
  return asks && !/^\s*what (?:do|should|shall|can) (?:i|we) do\b/i.test(q.text) ? undefined : situation(ctx, q);
}

/**
 * Where nothing else answered, the policy sentence that covers what the question tells; not when a
 * supplier is named by a name of its own ("do the trackers watch us at lunch?" names none: an alias
 * in everyday words is what the policy calls the thing too).
 */
function situation(ctx: QaContext, q: Question): QaAnswer | undefined {
  return namesOwnName(ctx, q) ? undefined : situationAnswer(ctx, q.text);
}
