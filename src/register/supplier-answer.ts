import type { Supplier } from '../config/schema.ts';
import { asksAggregate, asksCount, topicAnswer, TWO_FACTOR } from './aggregate.ts';
import { differenceNote } from './live-state.ts';
import { SUPPLIER_STOP, termsOf, WHAT_TO_DO_THRESHOLD } from './field-index.ts';
import { durationFact, relevantFact, unrecordedWords } from './field-facts.ts';
import { lawfulBasisText, ownerText, roleText, sentence, sentences, summaryText, transferText } from './fields.ts';
import { aspectOf, type Aspect, type Intent } from './intents.ts';
import { policyAnswer, withMeasure } from './policy-answer.ts';
import { retentionSchedules, timedPolicy, timedTopicPolicy, topicPolicy } from './retention-policy.ts';
import { recordsTimedAnswer } from './situations/old-records.ts';
import { theOnly } from './quoted-policies.ts';
import { namesMasked, type QaAnswer, type QaContext, type Question } from './qa-context.ts';
import { HOLDING, withoutExcluded } from './queries.ts';
import { reply } from './qa-context.ts';
import type { SupplierMatch } from './register-index.ts';
import { overview, sharedWith, topicLabel } from './register-answers.ts';
import { accessText, dataText, locationText, purposeText, retentionText, reviewDateUnrecorded, securityText, statementProgressNote, statementText } from './supplier-text.ts';
import { DATA_THING } from './everyday-things.ts';
import { escapeRegExp, words } from './text.ts';
import { stemWord } from './thesaurus.ts';
import { capitalisedStranger, notFound, unknownSupplier } from './unknown.ts';

/** Intents that ask for one register field, so a single matching word names the supplier. */
const FIELD_INTENTS: readonly Intent[] = ['retention', 'location', 'statement'];

type Each = (render: (s: Supplier) => string) => string;

/** Name matches win; otherwise the register's phrases, widened to every supplier holding that data. */
function merge(byName: SupplierMatch[], byFields: SupplierMatch[]): SupplierMatch[] {
  if (byName.some((m) => m.kind === 'name' || m.kind === 'fuzzy')) return byName;
  if (byName.length === 0) return byFields;
  if (byName.every((m) => m.kind === 'data')) {
    const seen = new Set(byName.map((m) => m.supplier.id));
    return [...byName, ...byFields.filter((m) => m.kind === 'data' && !seen.has(m.supplier.id))];
  }
  return byName;
}

/**
 * "Which suppliers have freelancers' bank details?": a supplier named in the possessive, before more
 * words, is whose data it is (the freelancers), not a supplier asked after, where the register's
 * data is about such people; "Stratum's GDPR statement" is still Stratum's, and so is "the fitters'
 * GDPR statement": a supplier's own papers and terms are nobody's data.
 */
function namedAsWhoseData(text: string, match: SupplierMatch): boolean {
  const at = text.toLowerCase().indexOf(match.matched.toLowerCase());
  return at >= 0 && WHOSE_DATA_AFTER.test(text.slice(at + match.matched.length).replace(/\u2019/g, "'"));
}

/** A possessive before more words, unless the words are a supplier's own papers ("the fitters' GDPR statement"). */
const WHOSE_DATA_AFTER = /^(?:'s|s'|')\s+(?!(?:gdpr|dpa|data[- ]protection|privacy|statement|agreement|contract|terms|paperwork)\b)\w/i;

/**
 * "…only have staff info and nothing on patients", "…hold staff data but no details about clients", "…but not
 * customers": the people or data after "nothing on" / "no … about" / "but not", whose holders (of any of it) are left out.
 */
const NOTHING_ON = /,?\s+(?:(?:and|but|with)\s+(?:nothing|none|no (?:data|info|information|details|records))\s+(?:on|about|of|for)|(?:but|and) not(?: (?:on|about|of))?)\s+(.+?)\s*[?.!]*\s*$/i;

/** "Staff rather than customers": what the list is set against, which narrows it to no one's holders (nor leaves them out). */
const RATHER_THAN = /,?\s+(?:rather than|instead of|as opposed to)\s+.+$/i;

/** "…about us staff, like bank details or holiday records": examples of the kind asked, set off after it by a comma ("health info like cause of death" says which health info). */
const FOR_EXAMPLE = /,\s*(?:like|such as|for example|for instance|e\.?g\.?|say)\s+[^,?.!]+|\s+[-–—]+\s+[^?.!]+?,?\s+(?:that|this) (?:kind|sort) of (?:thing|stuff)\b|\s+[-–—]+\s+[^?.!]+?,?\s+etc\b\.?/i;

/** More of a list after a comma, ended by "etc": "health info, medical reports etc", "customer addresses, phone numbers etc". */
const AND_SO_ON = /,\s+[^,?.!]+?,?\s+etc\b\.?/i;

/**
 * "Where's staff info kept, like pay and rotas?", "where do we hold anything medical - allergies, injuries that kind of thing":
 * the holders of the kind asked that hold one of its examples, or none when no example is said or no such holder is found.
 */
function exampledHolders(ctx: QaContext, text: string): SupplierMatch[] {
  const example = FOR_EXAMPLE.exec(text);
  if (!example) return [];
  const kind = ctx.index.holdersOf(text.replace(FOR_EXAMPLE, ' '));
  const examples = example[0].replace(/^[,\s–—-]*(?:like|such as|for example|for instance|e\.?g\.?|say)?\s*/i, '').replace(/\b(?:(?:that|this) (?:kind|sort) of (?:thing|stuff)|etc)\b\.?/gi, '');
  const shown = examples.split(/,|\band\b|\bor\b|\//i).map((one) => words(one).filter((w) => !SUPPLIER_STOP.has(w)).map(stemWord)).filter((one) => one.length > 0);
  return kind.filter((m) => shown.some((one) => writesAll(m.supplier, one)));
}

/** Whether a supplier's data or what is passed to it says every one of the stems, in its own words (its purpose may say another's: "customers pay"). */
function writesAll(supplier: Supplier, stems: readonly string[]): boolean {
  const own = new Set(words([...supplier.dataCategories, supplier.sharedData ?? ''].join(' ')).map(stemWord));
  return stems.every((stem) => own.has(stem));
}

/** Every holder of what a list question asks, less those it names as excluded and those that hold what it says "nothing on". */
function heldLeavingOut(ctx: QaContext, q: Question): SupplierMatch[] {
  // "Which have staff data apart from BrightPay?": the name left out is no kind of data asked after.
  const text = withoutExcluded(ctx, q);
  const none = NOTHING_ON.exec(text);
  const whole = (none ? text.slice(0, none.index) : text).replace(RATHER_THAN, '');
  // The examples only show what kind is meant: its holders are asked, where the kind alone names some.
  const kind = whole.replace(FOR_EXAMPLE, '');
  const asked = kind !== whole && ctx.index.holdersOf(kind).length > 0 ? kind : whole;
  const left = new Set(none ? ctx.index.holdersOf(none[1]!, true).map((m) => m.supplier.id) : []);
  return ctx.index.holdersOf(asked).filter((m) => !q.excluded.has(m.supplier.id) && !left.has(m.supplier.id));
}

/** The suppliers a question is about: every holder, the named ones, or the best matches by field words. */
function matchesFor(ctx: QaContext, q: Question): { matches: SupplierMatch[]; holders: boolean } {
  // "Which suppliers hold/keep/see X?" is about every holder, not the one whose purpose says X.
  const named = q.named.filter((m) => !(namedAsWhoseData(q.text, m) && ctx.index.namesPeople(m.matched)));
  const held = named.length === 0 && asksHolders(q.text) ? heldLeavingOut(ctx, q) : [];
  if (held.length > 0) return { matches: held, holders: true };
  // "Any health info about tenants?" where only a pooled reading finds a holder (staff sickness notes beside emails with tenants): none holds it.
  if (named.length === 0 && asksHolders(q.text) && ctx.index.holdersOf(q.text, true).length > 0) return { matches: [], holders: false };
  // A question about a policy that no policy matches is not about a supplier's stray word either;
  // "how do I book holiday?" with no policy on it is not about the booking calendar's supplier.
  const policyOnly = q.named.length === 0 && /\bpolic(y|ies)\b/i.test(q.text);
  if (policyOnly) return { matches: q.byName.filter((m) => m.kind !== 'data'), holders: false };
  if (q.whatToDo && q.named.length === 0) {
    // ...unless it asks how we do something and every word of it is the register's ("how do we
    // protect deposits?"); "what do I do if I lose my laptop?" is never about the IT supplier.
    const byPurpose = q.byName.filter((m) => m.kind !== 'data');
    const howWe = /^\s*how (do|does|can) we\b/i.test(q.text);
    return { matches: byPurpose.length || !howWe ? byPurpose : ctx.index.suppliersByFields(q.text, { strict: true }), holders: false };
  }
  // "Who stores our CCTV recordings?" in a register with no CCTV: an everyday kind of data that no
  // entry mentions in any reading is held by none, whatever its other words match.
  const holderShaped = asksHolders(q.text) || ['location', 'retention', 'data'].includes(q.intent);
  if (q.named.length === 0 && q.byName.length === 0 && holderShaped && ctx.index.namesUnheldData(q.text)) return { matches: [], holders: false };
  // The kind's holders its examples show, where the question gives examples, beside those its words found.
  const exampled = q.named.length === 0 && ['location', 'retention', 'data'].includes(q.intent) ? exampledHolders(ctx, withoutExcluded(ctx, q)) : [];
  const shown = (found: SupplierMatch[]): SupplierMatch[] => (exampled.length ? inRegisterOrder(ctx, [...found, ...exampled]) : found);
  const lenient = FIELD_INTENTS.includes(q.intent);
  // A list ended by "etc" ("health info, medical reports etc"): its first item's words find suppliers too, beside the whole's.
  const listed = q.named.length === 0 && AND_SO_ON.test(q.text) ? q.text.replace(AND_SO_ON, ' ') : undefined;
  const firstHolders = listed ? ctx.index.holdersOf(listed) : [];
  const first = firstHolders.length ? listed : undefined;
  const byFields = (text: string) => ctx.index.suppliersByFields(text, { lenient });
  const fieldMatches = first ? inRegisterOrder(ctx, [...byFields(first), ...byFields(q.text)]) : byFields(q.text);
  const matches = activityDoer(ctx, q) ?? merge(q.byName, q.named.length ? [] : fieldMatches);
  // "Where do we hold criminal record type info?": every system that holds the kind, not the one whose words the question meets best.
  if (q.named.length === 0 && WHERE_WE_HOLD.test(q.text)) {
    // Examples told after the question ("…info? DBS, points on licences etc") only show what kind is meant.
    const asked = q.text.split('?')[0]!;
    const holders = inRegisterOrder(ctx, [...ctx.index.holdersOf(q.text), ...(asked === q.text ? [] : ctx.index.holdersOf(asked)), ...firstHolders, ...exampled]);
    if (holders.length > 1) return { matches: holders, holders: false };
  }
  // "Where do we keep members' bank details?": of the suppliers found by their words, those that
  // hold every kind of data and person named (not the payroll's staff bank details), when any do.
  if (q.named.length === 0 && matches.length > 1 && ['location', 'retention', 'data'].includes(q.intent)) {
    const all = new Set([...ctx.index.holdersOf(q.text), ...firstHolders].map((m) => m.supplier.id));
    const narrowed = matches.filter((m) => all.has(m.supplier.id));
    if (narrowed.length) return { matches: shown(narrowed), holders: false };
  }
  return { matches: shown(matches === q.byName ? withCategoryHolders(ctx, q) : matches), holders: false };
}

/** Each supplier matched once, in the register's order. */
function inRegisterOrder(ctx: QaContext, matches: readonly SupplierMatch[]): SupplierMatch[] {
  const bySupplier = new Map(matches.map((m) => [m.supplier, m]));
  return ctx.config.suppliers.flatMap((s) => bySupplier.get(s) ?? []);
}

/**
 * "Where do we keep customers' mailing lists?": where or how long a kind of data is kept is every
 * supplier holding it, not only the one whose purpose names it (the list-cleaning service) but
 * those whose data categories hold the same phrase too (the file store the lists arrive in).
 */
function withCategoryHolders(ctx: QaContext, q: Question): SupplierMatch[] {
  if (q.named.length > 0 || q.whatToDo || !['location', 'retention'].includes(q.intent) || q.byName.length === 0 || !q.byName.every((m) => m.kind === 'purpose')) return q.byName;
  const seen = new Set(q.byName.map((m) => m.supplier.id));
  const asked = ` ${q.words.join(' ')} `;
  const more = [...new Set(q.byName.map((m) => m.matched))].flatMap((phrase) =>
    ctx.index.categoryHolders(phrase, asked.includes(` ${phrase} data `) || asked.includes(` ${phrase} info `) || asked.includes(` ${phrase} information `)).filter((s) => !seen.has(s.id) && !q.excluded.has(s.id)).map((supplier): SupplierMatch => ({ supplier, kind: 'data', matched: phrase })),
  );
  return more.length ? [...q.byName, ...more] : q.byName;
}

/** How many times better the supplier doing an activity must meet its words than the one a purpose word found. */
const ACTIVITY_MARGIN = 2;

/**
 * "What's the legal basis for texting customers when their MOT is due?": the lawful basis of an
 * activity is that of the supplier whose entry meets the activity's words far better than any
 * other's (the reminder service), not of one a single purpose word found ("MOT": the DVSA's).
 */
function activityDoer(ctx: QaContext, q: Question): SupplierMatch[] | undefined {
  if (q.named.length > 0 || !q.byName.every((m) => m.kind === 'purpose') || aspectOf(q.text, q.intent) !== 'lawful-basis') return undefined;
  const doer = ctx.index.clearFieldLeader(q.text, ACTIVITY_MARGIN);
  return doer && !q.byName.some((m) => m.supplier === doer) ? [{ supplier: doer, kind: 'purpose', matched: q.text }] : undefined;
}

/**
 * "Do we share pupils' data with the photographer?": the one or two suppliers that what follows "with" or
 * "to" finds by what they do are those the data goes to; the others were found by the data named.
 */
function sharedWithOne(ctx: QaContext, q: Question, matches: SupplierMatch[]): SupplierMatch[] {
  if (q.named.length > 0 || q.intent !== 'access' || matches.length < 2) return matches;
  const tail = /.*\b(?:with|to)\s+(.+)$/i.exec(q.text)?.[1];
  if (!tail) return matches;
  const target = new Set(ctx.index.suppliersByFields(tail, { lenient: true }).filter((m) => m.kind === 'purpose').map((m) => m.supplier.id));
  const narrowed = matches.filter((m) => target.has(m.supplier.id));
  return narrowed.length > 0 && narrowed.length <= 2 && narrowed.length < matches.length ? narrowed : matches;
}

/** No supplier matched: a policy, everyone we share with, "the register records none", or don't know. */
function noSupplier(ctx: QaContext, q: Question): QaAnswer {
  const policy = policyAnswer(ctx, q.text);
  if (policy) return q.whatToDo ? withMeasure(ctx, q.text, policy) : policy;
  // "Who do we share data with?", but not "…with ACS?" (a name the register does not hold).
  if (q.intent === 'access' && !q.whatToDo && ctx.index.strayWords(q.text) === 0) return sharedWith(ctx);
  // "Which suppliers hold health data?" or "where is health data stored?" in a register that lists
  // none: say the register records none, and whom to tell if we do.
  const holding = asksAggregate(q.text) && HOLDING.test(q.text) && words(q.text).some((x) => ctx.index.thesaurus.knows(x));
  const unheld = ['location', 'retention', 'data'].includes(q.intent) && !q.whatToDo && ctx.index.namesUnheldData(q.text) && ctx.index.strayWords(q.text) === 0;
  if (holding || unheld) {
    return reply('data', `The register records no supplier holding ${topicLabel(q.text)}. If we do hold it, please tell ${ctx.contact}.`);
  }
  // "How long do we keep data?", "where is our data stored?": every supplier's entry.
  if ((q.intent === 'retention' || q.intent === 'location') && !q.whatToDo && ctx.index.topicWords(q.text) === 0) {
    // "How long do we keep records?": the firm's own schedule first, where it has one, then each supplier's period.
    const schedule = q.intent === 'retention' ? theOnly(retentionSchedules(ctx)) : undefined;
    const each = overview(ctx, q.intent);
    return schedule ? { intent: 'retention', sources: [...schedule.sources, ...each.sources], answer: `${schedule.answer}\n${each.answer}` } : each;
  }
  // "Can we put client data into ChatGPT?": a name the register does not hold, in a question about data.
  const stranger = /\b(data|information|details|records|upload|put|share|send)\b/i.test(q.text) && !q.whatToDo ? capitalisedStranger(ctx, q.text) : undefined;
  if (stranger) return unknownSupplier(ctx, stranger);
  return notFound(ctx, q.intent, q.text);
}

/**
 * "Who manages our email?": a field of the one or two suppliers found by what they do, every word of
 * it the register's. Those found by what they do ("the photographer") are the ones asked about,
 * beside others found only by the data named ("on what basis do we pass pupils' details to…").
 */
function fieldAspect(ctx: QaContext, q: Question, matches: SupplierMatch[]): { aspect: Aspect; matches: SupplierMatch[] } | undefined {
  const aspect = aspectOf(q.text, q.intent);
  const narrow = aspect === 'owner' || aspect === 'transfer' || aspect === 'lawful-basis';
  if (!narrow || asksAggregate(q.text) || ctx.index.strayWords(q.text) > 0) return undefined;
  // Found by what they do, by a purpose phrase or by the words of their fields (data words may have found others first).
  const byPurpose = new Map<string, SupplierMatch>();
  for (const m of [...matches, ...(matches.some((x) => x.kind === 'purpose') ? [] : ctx.index.suppliersByFields(q.text))]) {
    if (m.kind === 'purpose' && !q.excluded.has(m.supplier.id)) byPurpose.set(m.supplier.id, m);
  }
  const about = byPurpose.size > 0 ? [...byPurpose.values()] : matches;
  return about.length <= 2 ? { aspect, matches: about } : undefined;
}

/** Whether an agreement is needed with a supplier, asked: "do we need a data processing agreement with the home office?" (read as the register's "GDPR statement"). */
const AGREEMENT_NEEDED = /\b(?:need|needs|needed|have to|has to|must|should|required?|supposed to)\b[^?]*\b(?:dpas?|data processing agreements?|processing agreements?|agreements?|contracts?|(?:gdpr )?statements?)\b/i;

/**
 * Where one not our processor is asked whether it needs a processing agreement, its role answers: an Article 28 agreement is
 * for processors; joint controllers set out who does what in an arrangement (Article 26); a recipient is a controller itself.
 */
function agreementForRole(s: Supplier, question: string): string {
  if (s.role === 'processor' || !AGREEMENT_NEEDED.test(question)) return '';
  const arrangement = s.role === 'joint-controller' ? ' Joint controllers set out who does what in an arrangement between them (UK GDPR Article 26).' : '';
  return ` ${roleText(s)} A data processing agreement (UK GDPR Article 28) is for processors.${arrangement}`;
}

function aspectText(ctx: QaContext, aspect: Aspect, s: Supplier): string {
  if (aspect === 'supplier') return summaryText(ctx.config, s, differenceNote(ctx.live, s.id, ctx.config.organisation.timezone));
  if (aspect === 'role') return roleText(s);
  if (aspect === 'owner') return ownerText(ctx.config, s, ctx.contact);
  if (aspect === 'transfer') return transferText(s, ctx.contact);
  return lawfulBasisText(s, ctx.contact);
}

/** The answer for a supplier-specific intent, or undefined when the question names no aspect. */
function supplierText(ctx: QaContext, intent: Intent, matches: SupplierMatch[], question: string, each: Each): string | undefined {
  switch (intent) {
    case 'statement':
      return each((s) => statementText(ctx, s) + statementProgressNote(ctx, s, question) + reviewDateUnrecorded(ctx, s, question) + agreementForRole(s, question));
    case 'retention':
      return each((s) => {
        const detail = durationFact(ctx.index.thesaurus, s, question);
        return detail ? `${sentence(detail)} ${retentionText(ctx, s)}` : retentionText(ctx, s);
      });
    case 'location':
      return each((s) => locationText(ctx, s));
    case 'access':
      return accessText(ctx, matches, question);
    case 'data':
      return each((s) => dataText(ctx, s));
    case 'security':
      return each((s) => securityText(ctx, s, question));
    case 'purpose':
      return purposeText(ctx, matches);
    default:
      return undefined;
  }
}

/**
 * "How often is X backed up?" where X's entry records no such measure: the other suppliers that do
 * it for X, those whose purpose or aliases name X and a concept of the question ("Daily backups of
 * the X store").
 */
function doneForThem(ctx: QaContext, named: readonly Supplier[], question: string): Supplier[] {
  const concepts = new Set(termsOf(question, ctx.index.thesaurus, SUPPLIER_STOP).flat().filter((t) => t.startsWith('~')));
  if (concepts.size === 0) return [];
  const names = named.map((s) => new RegExp(`(?<!\\w)${escapeRegExp(s.name)}(?!\\w)`, 'i'));
  return ctx.config.suppliers.filter((t) => {
    if (named.includes(t)) return false;
    const text = [t.purpose, ...t.aliases, ...t.purposeKeywords].join(' , ');
    return names.some((n) => n.test(text)) && termsOf(text, ctx.index.thesaurus, SUPPLIER_STOP).flat().some((x) => concepts.has(x));
  });
}

/** "Does X have insurance?": the words its entry says nothing of, said to be unrecorded, with whom to ask. */
function unrecorded(ctx: QaContext, s: Supplier, question: string): string {
  const asked = unrecordedWords(ctx.index.thesaurus, s, question);
  return asked.length ? ` The register records nothing about ${asked.join(' ')} for ${s.name}; ask ${ctx.contact}.` : '';
}

/** The intents a holders question reads as; a statement or a field asked of the supplier stays its own. */
const HOLDERS_INTENTS: readonly string[] = ['unknown', 'data', 'purpose'];
/** "Which suppliers hold X?", "who's got X?": every holder of some data asked, not a duty ("who has to OK new apps?"). */
const asksHolders = (text: string): boolean => ((asksAggregate(text) && HOLDING.test(text)) || WHO_HAS_GOT.test(text)) && !OBLIGED_TO.test(text);

/**
 * "Where do we hold criminal record type info?": every system that holds a kind of data, asked the everyday way. Not "where do we keep
 * pupil records?", which asks the system of record, nor where codes or passwords are kept (one system keeps them; other entries
 * say they never do).
 */
const WHERE_WE_HOLD = /^(?!.*\b(?:codes?|passwords?|pins?|log-?ins?|keys?)\b)\s*where\s+(?:do|does|did|else do)\s+we\s+(?:hold|keep|store|have|put)\s+(?:(?:the|our|all|any)\s+)?(?:[\w'’-]+\s+){0,4}?(?:data|info|information|details)\b/i;

/** "Who's got customers' email addresses?": who holds some data, said the everyday way ("who's got the long ladder?" asks after a thing). */
const WHO_HAS_GOT = new RegExp(String.raw`^\s*who(?:'s|s| has| have)? got (?:[\w'’-]+ ){0,4}?${DATA_THING.source}`, 'i');
/** "Who has to OK new apps?": a duty, not a holding. */
const OBLIGED_TO = /\b(?:has|have|got) to\b/i;

/**
 * "Who holds customer email addresses?", "who has wine club members' details?": the holders of some data are asked, not the
 * supplier one of whose everyday-word aliases the data is said in (the mail service known as "email", the club app as "wine club").
 */
function holdersNotNamed(ctx: QaContext, q: Question): Question {
  if (!q.named.length || !HOLDERS_INTENTS.includes(q.intent) || !asksHolders(q.text)) return q;
  const named = q.named.filter((m) => !ctx.index.inEverydayWords(m.matched));
  return named.length === q.named.length || ctx.index.holdersOf(q.text).length < 2 ? q : { ...q, named };
}

/** The fact asked of each matched supplier (or its whole entry), cited, with a policy where the register is silent. */
export function supplierAnswer(ctx: QaContext, asked: Question): QaAnswer {
  const q = holdersNotNamed(ctx, asked);
  const found = matchesFor(ctx, q);
  const { holders } = found;
  if (found.matches.length === 0) return noSupplier(ctx, q);
  const byField = q.named.length ? undefined : fieldAspect(ctx, q, found.matches);
  const matches = byField?.matches ?? sharedWithOne(ctx, q, found.matches);
  // "Who has kids' data?" asks for the holders: one holder found is a list of one, not its whole entry and a policy the other
  // words met; "who gets to see X?" still asks who sees it (the access answer).
  const holdersAsked = holders && ['data', 'unknown', 'purpose'].includes(q.intent);
  if (q.named.length === 0 && (matches.length > 1 || holdersAsked) && (asksAggregate(q.text) || holders) && (holders || ['data', 'unknown', 'access'].includes(q.intent))) {
    const { text, sources } = topicAnswer(matches.map((m) => m.supplier), { count: asksCount(q.text) });
    return { intent: 'data', sources, answer: text };
  }
  const suppliers = matches.map((m) => m.supplier);
  const cite = ` (Register: ${suppliers.map((s) => s.id).join(', ')}.)`;
  const each: Each = (render) => suppliers.map(render).join(' ');
  // "Has Mobility Abroad sent their GDPR statement?": a name's words never ask for a field.
  const aspect = q.named.length ? aspectOf(namesMasked(q), q.intent) : byField?.aspect;
  const specific = aspect ? undefined : supplierText(ctx, q.intent, matches, q.text, each);
  const answered = aspect
    ? { intent: aspect as Intent, text: each((s) => `${q.named.length ? '' : `${s.name}: ${sentence(s.purpose)} `}${aspectText(ctx, aspect, s)}`) }
    : { intent: specific === undefined ? ('supplier' as const) : q.intent, text: specific ?? each((s) => summaryText(ctx.config, s, differenceNote(ctx.live, s.id, ctx.config.organisation.timezone))) };
  // A fact of a named supplier (or of one or two found by what they do) that the question's own
  // words point to, whatever its field: "are our backups safe from ransomware?".
  if (q.named.length || suppliers.length <= 2) {
    const extra = suppliers.map((s) => relevantFact(ctx.index.thesaurus, s, q.text, answered.text)).filter((t): t is string => Boolean(t));
    if (extra.length) answered.text = `${answered.text} ${sentences(...extra)}`;
    else if (q.named.length === 1 && answered.intent === 'supplier' && !q.whatToDo) answered.text += unrecorded(ctx, suppliers[0]!, q.text);
  }
  // "How do we back up the shop?" names a supplier but asks what to do: the policy that says, first.
  // So does one that asks for our policy by that word ("what's our policy on marketing emails?").
  const lead = q.whatToDo ? policyAnswer(ctx, q.text, WHAT_TO_DO_THRESHOLD) : /\bpolic(y|ies)\b/i.test(q.text) ? policyAnswer(ctx, q.text) : undefined;
  // ...and so does a what-to-do question that names the supplier only in everyday words, as the policy calls the thing too ("can I email the guest list to the bride's mum?").
  const everydayOnly = q.whatToDo && q.named.length > 0 && q.named.every((m) => ctx.index.inEverydayWords(m.matched));
  if (lead && (answered.intent === 'supplier' || answered.intent === 'purpose' || everydayOnly)) {
    return { intent: 'policy', sources: [...lead.sources, ...suppliers.map((s) => `register:${s.id}`)], answer: `${lead.answer}\n${answered.text}${cite}` };
  }
  // ...after the supplier's own fact when one was asked ("what happens if Xero has a breach?").
  if (lead) return { intent: answered.intent, sources: [...suppliers.map((s) => `register:${s.id}`), ...lead.sources], answer: `${answered.text}${cite}\n${lead.answer}` };
  // Where the register is silent, or the question is a general one, a policy on the subject helps.
  const general = answered.intent === 'supplier';
  // A kind of data asked after rather than a supplier ("how long do we keep allergy info?"): a
  // retention policy that names that data may say more than the register, and a policy that gives records named by the trade's
  // name a length of time says it, whatever its title ("Accident book pages are kept until the cadet is 21").
  // So is a supplier named only in everyday words, which are what a policy calls the thing too ("how long do we keep
  // website enquiries?"), where a sentence of the policy gives that thing a length of time.
  const thingAsked = q.named.length > 0 && q.named.every((m) => ctx.index.inEverydayWords(m.matched));
  const byTopic = answered.intent !== 'retention' ? undefined : q.named.length === 0 ? (recordsTimedAnswer(ctx, q.text) ?? topicPolicy(ctx, q.text)) : thingAsked ? timedTopicPolicy(ctx, q) : undefined;
  // "Who sees X?" where the register names nobody besides us (not even its own staff) with access:
  // a policy may say who ("only the operations manager and the office manager look at driving reports").
  const nobodySees = /^\s*who\b/i.test(q.text) && /names nobody besides us with access to [^,]*?\.(\s|$)/.test(answered.text);
  const silent = nobodySees || /does not say|records no|does not record/.test(answered.text);
  // "Do our accountants use 2fa on their end?": whether a named supplier has two-step is its own fact; where the register is
  // silent on it, whom to ask says all there is, and a rule of ours on logins would only name our other systems.
  const ownFact = silent && answered.intent === 'security' && q.named.length > 0 && !q.whatToDo && TWO_FACTOR.test(q.text.toLowerCase());
  // A length of time asked where the entries say none: a policy's sentence giving the thing its time, before one its words meet.
  const timed = silent && answered.intent === 'retention' ? timedPolicy(ctx, q.text) : undefined;
  const policy = (general || silent) && !ownFact ? (timed ?? policyAnswer(ctx, q.text)) : byTopic;
  const others = silent && q.intent === 'security' && q.named.length ? doneForThem(ctx, suppliers, q.text) : [];
  const byOthers = others.map((t) => ` ${t.name}: ${sentence(t.purpose)} (Register: ${t.id}.)`).join('');
  return {
    intent: answered.intent,
    sources: [...suppliers.map((s) => `register:${s.id}`), ...others.map((t) => `register:${t.id}`), ...(policy?.sources ?? [])],
    answer: answered.text + cite + byOthers + (policy ? `\n${policy.answer}` : ''),
  };
}
