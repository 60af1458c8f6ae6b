import type { Policy, Supplier } from '../config/schema.ts';
import { asksAggregate, asksCount, asksProperty, byRegion, namesMechanism, ownedBy, propertyAnswer, regionAnswer, regionMode, regionsButNot, roleIn, storingNothingIn } from './aggregate.ts';
import { escapeRegExp, rawWords, words } from './text.ts';
import { isAspectWord, WHAT_TO_DO_THRESHOLD } from './field-index.ts';
import { retentionFilterAnswer, silenceAnswer } from './field-filters.ts';
import { list, sentence, transferText } from './fields.ts';
import { aspectOf } from './intents.ts';
import { newToolsPolicy, policyNamingTool, policyNamingToolSaid, ruleWritesTool, withPolicyForbiddingTool, withNewToolsPolicy } from './new-tools-policy.ts';
import { dataClassAnswer, policyAnswer, policySayingBoth, withMeasure } from './policy-answer.ts';
import { namedAsItself, namesOwnName, personNamed, reply, type QaAnswer, type QaContext, type Question } from './qa-context.ts';
import { quoted, theOnly } from './quoted-policies.ts';
import { stemWord } from './thesaurus.ts';
import type { SupplierMatch } from './register-index.ts';
import { asksOnFile, asksRequested, BACKUPS_ASKED, backupsOverview, listSuppliers, lookedAfterBy, missingStatements, NO_TOPIC, overdueReviews, overview, requestedStatements, statementsAt, statementsOnFile, topicLabel } from './register-answers.ts';
import { headTool, productNamed, productOpening } from './product-openings.ts';
import { rivalProduct } from './rival-products.ts';
import { sharing } from './sharing.ts';
import { regionName } from './regions.ts';
import { ACCOUNT_SLOT, SUPPLIER_QUESTIONS, askedAfterStranger, capitalisedStranger, leaveAsked, slotStranger, toolAskedFor, toolStranger, unknownName, unknownSupplier, wellKnownStranger } from './unknown.ts';

/** One way of answering: an answer, or undefined to let the next step try. */
export type Step = (ctx: QaContext, q: Question) => QaAnswer | undefined;

/**
 * Verbs of holding data: "which suppliers hold / keep / see customer data?"; and "everything with
 * staff data on it", "anything with kids' details in", where "with" is the holding, said of the entries.
 */
export const HOLDING = /\b(hold|holds|have|has|keep|keeps|store|stores|process|processes|get|gets|see|sees|contain|contains|receive|receives)\b|\b(everything|anything|all|ones|things|suppliers|systems|apps|tools|accounts) with (?:[\w'’-]+ ){1,3}?(data|details|info|information|records)\b/i;

/** "Are EHCPs classed as special category?": the policy that says which data is, unless a supplier is named by its own name. */
const dataClass: Step = (ctx, q) => (namesOwnName(ctx, q) ? undefined : dataClassAnswer(ctx, q.text));

/** The register's entries named as a whole: "our suppliers", "all the processors", "each supplier". */
const EVERY_ENTRY = /\b(?:our|all(?: (?:of )?(?:our|the))?|every|each|the) (?:suppliers?|processors?|sub-?processors?|vendors?|providers?|third[- ]part(?:y|ies))\b/i;
/** Where an entry is, said of the firm rather than of the data (not global: `test` must keep no state between questions). */
const PLACED = /\b(?:based|located|hosted|headquartered)\b/i;
const PLACED_ALL = new RegExp(PLACED.source, 'gi');
/** The intents under which a field of every entry may be asked ("list every supplier and where…" is still a list). */
const FIELD_ASKED: readonly string[] = ['location', 'retention', 'list-suppliers', 'unknown'];
/** A border or a set aside asked about, beside any region the question names: a filter over the entries, not every entry. */
const BORDER = /\b(?:abroad|overseas|outside|inside|only|except)\b/i;

/**
 * "Where are our suppliers based?", "list every supplier and where it stores data", "how long do all
 * our suppliers keep things?": one field of every entry, asked of the entries as a whole.
 */
const everyEntrysField: Step = (ctx, q) => {
  // "Which suppliers are based outside the UK?": a region named, or a border, filters the entries (a later step's).
  if (q.byName.length > 0 || q.whatToDo || !FIELD_ASKED.includes(q.intent) || !EVERY_ENTRY.test(q.text) || q.regions.length > 0 || BORDER.test(q.text)) return undefined;
  // Some data named narrows the entries to its holders ("where do our suppliers keep customer data?"): a later step's.
  if (ctx.index.topicWords(q.text.replace(EVERY_ENTRY, ' ').replace(PLACED_ALL, ' ')) > 0) return undefined;
  if (/\bwhere\b/i.test(q.text) || PLACED.test(q.text)) return overview(ctx, 'location');
  if (/\bhow long\b/i.test(q.text)) return overview(ctx, 'retention');
  return undefined;
};

/**
 * "Where are the backups kept?", "how is our data backed up?": backups asked of the register as a whole, not of one supplier
 * nor told in a story ("i deleted a booking, can it come back from the backup?"), where no policy is about backups and no entry
 * is a backup service (those answer by the steps after): each entry's backups as recorded.
 */
const backups: Step = (ctx, q) => {
  if (!BACKUPS_ASKED.test(q.text) || q.byName.length > 0 || q.whatToDo || !ASKED_OF_ALL.test(q.text)) return undefined;
  // "Is there a backup of the booking system?": a thing named by what it does is that entry's (a later step's).
  if (ctx.index.topicWords(q.text.replace(BACKUPS_ALL, ' ')) > 0) return undefined;
  const aboutBackups = (text: string) => BACKUPS_ASKED.test(text);
  if (ctx.config.policies.some((p) => [p.title, ...p.keywords].some(aboutBackups))) return undefined;
  if (ctx.config.suppliers.some((s) => [s.name, ...s.aliases, s.purpose, ...s.purposeKeywords].some(aboutBackups))) return undefined;
  return backupsOverview(ctx);
};

const BACKUPS_ALL = new RegExp(BACKUPS_ASKED.source, 'gi');

/** A question's opening that asks after a thing, not leave or a story: where, which, how, what, do, does, are, is, any, list. */
const ASKED_OF_ALL = /^\s*(?:where|which|how|what|do|does|did|are|is|have|has|any|list|who)\b/i;

/** The firm's own privacy notice, not a supplier's statement: "where is our privacy policy?", "have we got a privacy notice?". */
const OWN_PRIVACY_NOTICE = /\b(?:our|we have an?|we got an?|have we got an?|do we have an?|the firm['’]?s|the company['’]?s)\s+(?:own\s+)?privacy (?:policy|notice|statement)\b/i;

/**
 * "Where is our privacy policy?": the firm's own notice to the people whose data it holds, which no supplier's GDPR statement
 * is. The firm's policies on it answer, quoted; else the register does not keep it, and whom to ask.
 */
const ownPrivacyNotice: Step = (ctx, q) => {
  if (!OWN_PRIVACY_NOTICE.test(q.text) || q.byName.length > 0) return undefined;
  const onIt = ctx.config.policies.filter((p) => /\bprivacy (?:policy|notice)\b/i.test(`${p.title} ${p.keywords.join(' ')}`));
  if (onIt.length) return quoted(onIt);
  return { intent: 'unknown', sources: [], answer: `The register and policies here do not hold our own privacy notice. Ask ${ctx.contact}.` };
};

/**
 * A tool we do not hold, asked after: not in the register, with the firm's rule on new tools, and the one policy that forbids it by name
 * ("never WhatsApp or text") where a policy does.
 */
function toolNotHeld(ctx: QaContext, tool: string, question: string): QaAnswer {
  return withPolicyForbiddingTool(ctx, tool, withNewToolsPolicy(ctx, unknownSupplier(ctx, tool), question));
}

/** "Where is Sage data stored?" with no Sage in the register: say so rather than guess. */
const stranger: Step = (ctx, q) => {
  if (q.named.length > 0) {
    // "Can we use wetransfer to send care plans to the council?": a tool we do not hold, the supplier named only where the data goes.
    const named = q.named.map((m) => m.matched);
    // "Thinking of switching rota apps, is Deputy GDPR compliant?": the supplier named is what the
    // tool in the name slot would replace; the tool is what is asked about.
    // "Is it ok to take the cake orders in OrderMate?": a product we do not hold, where the register met only the job it would do.
    // "What's our MailerLite login for the newsletter?": a supplier met only by an alias in everyday words is the job, not the tool asked after.
    const byJobOnly = q.named.every((m) => m.kind === 'purpose' || m.kind === 'data') || !namesOwnName(ctx, q);
    // "Gingr would be easier than moego, can we switch?": the product a question opens on is asked after, whatever of ours it names.
    // "Royal mail click and drop for the club boxes, its cheaper than the courier": another company put forward against ours, whatever of ours it names.
    const tool = toolStranger(ctx, q.text, named) ?? productOpening(ctx, q) ?? rivalProduct(ctx, q) ?? (byJobOnly ? productNamed(ctx, q) : undefined);
    const asked = tool ?? askedAfterStranger(ctx, q.text, named);
    if (!asked) return undefined;
    // The supplier we use for the job the tool would do is left unsaid: set beside "not in the register" it reads as the answer.
    return tool ? toolNotHeld(ctx, tool, q.text) : unknownSupplier(ctx, asked);
  }
  // A word where the question's shape puts a name ("where does whatsapp store…", "can we use wetransfer…") that the register does not hold.
  // A what-to-do question's capitals are its story ("one of my P3s told me…"), not a supplier asked after.
  // "Do we have a Zoom account for…" reads as a question over the register, but asks after one tool.
  const tool = asksAggregate(q.text) && !ACCOUNT_SLOT.test(q.text) ? undefined : toolStranger(ctx, q.text, []);
  const name = (SUPPLIER_QUESTIONS.includes(q.intent) && !q.whatToDo ? capitalisedStranger(ctx, q.text) : undefined) ?? (asksAggregate(q.text) ? undefined : slotStranger(ctx, q.text)) ?? productNamed(ctx, q);
  // A tool asked leave to use ("is X ok to use for…?"), however else the question names it.
  if (tool && (!name || name.toLowerCase() === tool.toLowerCase())) return toolNotHeld(ctx, tool, q.text);
  if (!name) return undefined;
  // "Can I put the rota on Trello?", "do we use QuickBooks?": a product named where a supplier's name goes, asked leave for or not,
  // meets the firm's rule on new tools too (whoever asks after a tool we do not hold may be about to take it on).
  return withNewToolsPolicy(ctx, unknownSupplier(ctx, name), q.text);
};

/** A choice or likeness between things: "zoom or skype", "instead of", "like" (not "I'd like"), "better than", "part of". */
const WEIGHED = /\b(?:or|instead of|rather than|(?<!\b(?:i'?d|we'?d|would|i|we|you|they|to) )like|better than|worse than|same as|vs\.?|versus|part of|include|includes|included in)\b/i;

/**
 * "Do we use zoom or skype for lessons?", "is classdojo like whatsapp for parents?", "is skype part of microsoft 365?": a
 * well-known tool weighed against a supplier the question names, which the register answers of (the one we use).
 */
function weighedAgainstOurs(q: Question, tool: string): boolean {
  // "Jotform for the enquiry form instead of the one on the site?": the tool said before "instead of" is the change asked leave
  // for, unless ours is named by its name after it ("skype instead of zoom?" is answered of Zoom, which we use).
  const proposed = new RegExp(String.raw`\b${escapeRegExp(tool)}\b.*\b(?:instead of|rather than)\b`, 'i').test(q.text);
  const oursAfter = q.named.some((m) => m.kind === 'name' && new RegExp(String.raw`\b(?:instead of|rather than) (?:the |our |using )?${escapeRegExp(m.matched)}\b`, 'i').test(q.text));
  return (!proposed || oursAfter) && WEIGHED.test(q.text) && q.named.some((m) => m.kind === 'name');
}

/**
 * "Can i put the pool rota on trello", "do we have canva? want to do the flyer on it", "does dropbox keep
 * stuff in the uk": a well-known tool we do not use, wherever the question names it, is not in the
 * register, with whom to ask and the firm's rule on new tools. A policy that names the tool by a keyword
 * answers instead, as for any tool asked leave for; one that only writes it in its text ("never send door
 * codes by WhatsApp") is left to the steps after, which match the question to it. A story told
 * ("a parent sent a photo on whatsapp, what do i do") is not leave asked; one that ends asking it is
 * ("customer wants to pay on my own sumup reader, is that allowed").
 */
const wellKnownTool: Step = (ctx, q) => {
  if (q.whatToDo && !leaveAsked(q.text)) return undefined;
  const tool = wellKnownStranger(ctx, q.text, q.named.map((m) => m.supplier));
  if (!tool || weighedAgainstOurs(q, tool)) return undefined;
  const rule = newToolsPolicy(ctx);
  const naming = policyNamingTool(ctx, tool, q.text);
  if (naming && !naming.sources.includes(`policy:${rule?.id}`)) return naming;
  if (ruleWritesTool(ctx, q.text, tool)) return undefined;
  // "Is Calendly ok for booking lessons?": not in the register and the rule on new tools, as for any tool we do not hold, though
  // that rule keys it. A well-known name said in a story ("…and whatsapp it to the customer") stays a tool not held, which the
  // kind model may still read as the story it tells (answers-by-kind.ts), unlike a tool asked leave for by its slot (toolInPolicy).
  return toolNotHeld(ctx, tool, q.text);
};

/**
 * "Can I use ChatGPT to write the listings?": a tool no supplier is, named by one policy's keyword,
 * is that policy's, whatever supplier the rest names (where the data would go).
 */
const toolInPolicy: Step = (ctx, q) => {
  const tool = toolAskedFor(q.text) ?? headTool(q.text);
  // "Retention period for the rooms system?" opens on what it asks of a supplier, not on a tool.
  return tool && !isAspectWord(tool) ? policyNamingToolSaid(ctx, tool, q.text) : undefined;
};

/** "…for anyone?", "…from anybody?": the question ranges over every supplier, though no list word says so. */
const OVER_ANYONE = /\b(for|from|with|of) (anyone|anybody|any of them)\b/i;

/** "Who hasn't got a statement?", "who still hasn't sent their DPA?": whoever lacks it, over the register. */
const WHO_HAS_NOT = /^\s*who (?:still )?(?:hasn['’]?t|has not|haven['’]?t|have not|never)\b/i;

/** A statement question over the register, not one supplier's: "which…", "how many…", "any…", "…for anyone?". */
const ONE_SUPPLIER_SHAPE = /^(?!.*\b(which|whose|how many|list|all|every|any|(anything|anyone|anybody) (we|that|which|who|where)|(for|from|with|of) (anyone|anybody)|suppliers|processors|vendors|companies|statements|dpas|agreements|docs|documents)\b)/i;

/** Asks which statements are due or past due for review. */
const REVIEW_DUE = /\boverdue\b|\bpast (their|its|the) review|\breview (date )?(has |have )?(passed|lapsed|expired)|\b(due|up) for (a )?review\b|\bneeds? (a )?review|\breviews? (are |is )?due\b|\bdue (a )?review\b|\breview dates?\b|\bcoming up for (a )?review\b|\breviews? (is |are )?(late|behind|past due)\b|\breviews? (are |is )?(coming up|due soon|upcoming)\b/i;

/** Whether our suppliers have been reviewed, asked: "which suppliers have we not reviewed?", "when were they last reviewed?". */
const REVIEWED_ASKED = /(?:\bnot (?:been |yet )?|n['’]t (?:been |yet )?|\bnever (?:been )?|\blast )reviewed\b/i;

/** Words for a supplier's GDPR statement; "whose GDPR review is overdue?" names it by its review, "their gdpr paperwork" by its papers. */
const STATEMENT_WORDS = /\b(gdpr )?statements?\b|\bdpas?\b|processing agreements?|\b(gdpr|data protection) (reviews?|paperwork|docs?|documents?)\b|\bin-progress\b/i;

/**
 * "Who are we still waiting to hear back from?", "who are we chasing?", "who are we still missing a statement from?",
 * "who do we still need one from?": those asked for something who have not sent it, over the register, though no list word says so.
 */
const WAITING_ON_WHOM = /^\s*who\b.*\b(?:waiting|chasing|hear back|heard back|missing|still need|still owe|yet to (?:get|receive|see)|requested|asked for)\b/i;

/** One status of a statement asked after: "in progress", "awaited" (not "requested", which asks those asked for at all). */
const STATUS_ASKED = /\bin[- ]progress\b|\b(?:are|is|being)\s+awaited\b|^\s*(?:which|what|whose)\b.*\bawaited\b/i;

/** "Which US suppliers have no statement?": the statements not on file, narrowed by region or "except". */
const statements: Step = (ctx, q) => {
  if (q.named.length > 0 || !STATEMENT_WORDS.test(q.text) || !(asksAggregate(q.text) || OVER_ANYONE.test(q.text) || /^\s*whose\b/i.test(q.text) || WHO_HAS_NOT.test(q.text) || WAITING_ON_WHOM.test(q.text) || (REVIEW_DUE.test(q.text) && /\b(statements|dpas|agreements|dates)\b/i.test(q.text)))) return undefined;
  const mode = regionMode(q.text);
  const scope = q.regions.length ? byRegion(q.pool, q.regions, mode).found : q.excluded.size || q.owner ? q.pool : undefined;
  if (REVIEW_DUE.test(q.text)) return overdueReviews(ctx, scope ?? q.pool, q.text);
  // "Do we have a DPA with Sage?" asks after one supplier: one the register does not hold is unknown.
  const stranger = ONE_SUPPLIER_SHAPE.test(q.text) && !WAITING_ON_WHOM.test(q.text) ? unknownName(ctx, q.text) : undefined;
  if (stranger) return unknownSupplier(ctx, stranger);
  const label = q.regions.length
    ? `storing data ${mode === 'outside' ? 'outside' : 'in'} ${list(q.regions.map(regionName))}`
    : q.excluded.size
      ? `other than ${list([...q.excluded].map((id) => ctx.config.suppliers.find((s) => s.id === id)!.name))}`
      : `looked after by ${q.owner?.name ?? ''}`;
  const scoped = scope && { suppliers: scope, label };
  // "Which suppliers have a statement in progress?", "whose statements are awaited?": those at that one status.
  const status = STATUS_ASKED.exec(q.text);
  if (status) return statementsAt(ctx, /progress/i.test(status[0]) ? 'in-progress' : 'awaited', scoped?.suppliers ?? ctx.config.suppliers);
  if (asksOnFile(q.text)) return statementsOnFile(ctx, asksCount(q.text), scoped);
  return asksRequested(q.text) ? requestedStatements(ctx, scoped?.suppliers ?? ctx.config.suppliers) : missingStatements(ctx, asksCount(q.text), scoped);
};

/**
 * "Where's the minutes folder kept, is it in the EU?": one thing asked after ("it"), which what one
 * supplier does names, is that supplier's location, not the list of every holder in the region.
 */
function oneThingWhere(q: Question): boolean {
  if (asksAggregate(q.text) || !/^\s*(where|wheres|where's)\b/i.test(q.text) || !/\b(is|was) it\b/i.test(q.text)) return false;
  return new Set(q.byName.filter((m) => m.kind === 'purpose').map((m) => m.supplier)).size === 1;
}

/**
 * The kind of place we are, said of our own systems ("what club systems store stuff in the US?", "which shop apps…"): whose
 * the systems are, not a kind of data they hold (an entry's "other clubs" is no holder of the question's "club").
 */
const OURS_BY_PLACE = /\b(?:club|practice|shop|office|firm|company|business|charity|school|salon|studio|team|work|centre|center|hall|surgery|clinic|agency|garage|farm|co-?op)\s+(?=(?:systems?|apps?|tools?|software|suppliers?|platforms?|services?)\b)/gi;

/** Which / how many / only / outside a region, about a topic or not, and what covers those transfers. */
const regions: Step = (ctx, q) => {
  const mode = regionMode(q.text);
  if (q.regions.length === 0 || q.named.length > 0 || oneThingWhere(q)) return undefined;
  // "Which EU suppliers have no breach promise?" filters on a property: the property step narrows it to the region.
  if (asksAggregate(q.text) && asksProperty(q.text) && aspectOf(q.text, q.intent) !== 'transfer') return undefined;
  // "Which suppliers rely on adequacy for sending data abroad?" asks for the transfers under one safeguard: the property step's.
  if (asksAggregate(q.text) && namesMechanism(q.text)) return undefined;
  // "Which of the companies we share data with are in the UK?" is a region question too.
  const sharing = q.intent === 'access' && asksAggregate(q.text);
  if (!['location', 'data', 'unknown', 'list-suppliers', 'purpose'].includes(q.intent) && !sharing && mode === 'in' && aspectOf(q.text, q.intent) !== 'transfer') return undefined;
  const inPool = new Set(q.pool);
  // "Keep everything in the UK" asks where all of it is, not which suppliers hold "everything".
  // A word of the region's ("uk" of an entry's "UK taxpayer status") is no kind of data asked: with no word a label would say, no topic.
  const said = topicLabel(q.text);
  const topic = said === NO_TOPIC ? [] : ctx.index.holdersOf(withoutExcluded(ctx, q).replace(/\b(everything|it all)\b/gi, '').replace(OURS_BY_PLACE, ' ')).map((m) => m.supplier).filter((s) => inPool.has(s));
  const role = roleIn(q.text);
  const suppliers = (topic.length ? topic : q.pool).filter((s) => !role || s.role === role);
  const label = topic.length ? said : undefined;
  if (aspectOf(q.text, q.intent) === 'transfer') {
    // "What covers our US transfers?": each such supplier's safeguard, or that none is recorded;
    // "…sending the Green Club data abroad?": the supplier that what it does names, where it sends it there.
    const byPurpose = q.byName.filter((m) => m.kind === 'purpose' && inPool.has(m.supplier)).map((m) => m.supplier);
    const sending = byRegion(byPurpose, q.regions, mode).found.length ? byPurpose : suppliers;
    const { found, unknown } = byRegion(sending, q.regions, mode);
    const silent = unknown.length ? ` The register does not say where ${list(unknown.map((s) => s.name))} store${unknown.length === 1 ? 's' : ''} data.` : '';
    const text = (found.length
      ? found.map((s) => transferText(s, ctx.contact)).join(' ')
      : `No supplier in the register is recorded as storing data ${mode === 'outside' ? 'outside' : 'in'} ${list(q.regions.map(regionName))}.`) + silent;
    return { intent: 'transfer', sources: found.map((s) => `register:${s.id}`), answer: `${text} (Register: ${found.map((s) => s.id).join(', ') || 'no entry'}.)` };
  }
  const butNot = regionsButNot(q.text, q.regions);
  const { text, sources } = butNot
    ? regionAnswer(storingNothingIn(suppliers, butNot.ruledOut), butNot.wanted, butNot.mode, { count: asksCount(q.text), topic: label, notIn: butNot.ruledOut })
    : regionAnswer(suppliers, q.regions, mode, { count: asksCount(q.text), topic: label });
  const of = q.owner ? `Of the suppliers ${q.owner.name} looks after: ` : '';
  return { intent: 'location', sources, answer: of + text };
};

/**
 * The question with the suppliers it leaves out ("other than Xero, what's stored in the States?")
 * unsaid: a name left out is no data the question asks about, though another entry's data may
 * mention it ("works in our Xero").
 */
export function withoutExcluded(ctx: QaContext, q: Question): string {
  const names = ctx.config.suppliers.filter((s) => q.excluded.has(s.id)).flatMap((s) => [s.name, ...s.aliases]);
  return names.reduce((text, name) => text.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'), ' '), q.text);
}

/** "Which suppliers encrypt at rest / will tell us of a breach / are processors / have no owner / keep data over 5 years?". */
/**
 * A property asked of all the data we hold as one: "is our data encrypted?", "is everything encrypted?". Not of our accounts
 * or devices ("are our accounts protected with 2fa?" is the passwords policy's), nor of "it all", which may be anything.
 */
const OF_ALL_WE_HOLD = /^\s*(?:is|are)\s+(?:(?:all\s+(?:of\s+)?)?(?:our|the)\s+(?:data|stuff|files|records|info|information)|everything)\b/i;

const properties: Step = (_ctx, q) => {
  if (q.named.length > 0 || !(asksAggregate(q.text) || OF_ALL_WE_HOLD.test(q.text))) return undefined;
  const found = silenceAnswer(q.pool, q.text) ?? retentionFilterAnswer(q.pool, q.text) ?? propertyAnswer(q.pool, q.text);
  if (!found) return undefined;
  // "Which US suppliers enforce 2FA?", "which processors rely on consent?": the same filter over those in that region or role.
  const scope = scopeOf(q);
  const scoped = scope && (silenceAnswer(scope.suppliers, q.text) ?? retentionFilterAnswer(scope.suppliers, q.text) ?? propertyAnswer(scope.suppliers, q.text));
  if (scope && scoped) return { intent: 'list-suppliers', sources: scoped.sources, answer: `${scope.label} ${scoped.text.replace(/ \(Register\.\)$/, `${scope.silent} (Register.)`)}` };
  return { intent: 'list-suppliers', sources: found.sources, answer: found.text };
};

/**
 * The region or role a property question narrows its suppliers to, with a sentence that says so
 * ("Of the 7 suppliers that store data in the US:"), and those the register gives no place for.
 */
function scopeOf(q: Question): { suppliers: Supplier[]; label: string; silent: string } | undefined {
  const role = roleIn(q.text);
  // A role that is itself the property asked ("which processors…" alone) is no narrowing of it.
  const roleScope = role && /\b(suppliers|companies|vendors|services|tools|systems|apps|providers)\b/i.test(q.text) ? undefined : role;
  if (q.regions.length === 0 && !roleScope && !q.owner) return undefined;
  let suppliers = q.pool.filter((s) => !roleScope || s.role === roleScope);
  let silent = '';
  const parts: string[] = [];
  if (q.regions.length) {
    const mode = regionMode(q.text);
    const { found, unknown } = byRegion(suppliers, q.regions, mode);
    suppliers = found;
    parts.push(`that store data ${mode === 'only' ? 'only in' : mode === 'outside' ? 'outside' : 'in'} ${list(q.regions.map(regionName))}`);
    if (unknown.length) silent = ` The register does not say where ${list(unknown.map((s) => s.name))} store${unknown.length === 1 ? 's' : ''} data.`;
  }
  if (q.owner) parts.unshift(`${q.owner.name} looks after`);
  const who = `${roleScope ? roleScope.replace('-', ' ') : 'supplier'}${suppliers.length === 1 ? '' : 's'}`;
  return { suppliers, label: `Of the ${suppliers.length} ${who}${parts.length ? ` ${parts.join(' and ')}` : ''}:`, silent };
}

/** "Kieran's suppliers?", "Tom's processors": a person's suppliers, which are those they look after. */
const PERSONS_SUPPLIERS = /\b[a-z]+['’]s (suppliers|processors|vendors)\b/i;

/**
 * Looking after, owning or being in charge of, said: "what does Tom own?", "is Shaz in charge of any?". Not "own" after a
 * possessive, which is no owning ("her plan says she can't be on her own", "on my own phone").
 */
const OWNING_SAID = /\blooks? after\b|(?<!\b(?:my|her|his|their|your|our|its|own|on)\s+)\bown(s|ed)?\b|\bresponsible for\b|\bin charge of\b/i;

/** "What does Tom look after?", "Kieran's suppliers?". */
const owners: Step = (ctx, q) => {
  if (q.named.length > 0 || !(aspectOf(q.text, q.intent) === 'owner' || PERSONS_SUPPLIERS.test(q.text) || OWNING_SAID.test(q.text))) return undefined;
  return lookedAfterBy(ctx, q.text);
};

/** A list of the entries asked for as such: "can I have a list of all our suppliers?" (not leave to email, pin or share one). */
const LIST_OF_ENTRIES = /\b(?:(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get|see)|(?:send|give|show)\s+me)\s+(?:a|the|full|whole)\s+(?:full\s+)?list\s+of\s+(?:all\s+|every\s+|our\s+|the\s+)*(?:suppliers?|processors?|vendors?|providers?|third parties)\b/i;

/** Every supplier, unless the question asks for the holders of some data; every statement not on file. */
const listings: Step = (ctx, q) => {
  const holdersAsked = q.named.length === 0 && asksAggregate(q.text) && HOLDING.test(q.text);
  // "A customer wants all her details wiped from our systems" tells of a request: its policy answers, not the list.
  // "Can I have a list of all our suppliers?" asks leave for nothing: the list it names is what is asked.
  const listNamed = LIST_OF_ENTRIES.test(q.text);
  if (q.intent === 'list-suppliers' && (!q.whatToDo || listNamed) && !(holdersAsked && ctx.index.holdersOf(q.text).length)) return listSuppliers(ctx, asksCount(q.text));
  if (q.intent === 'statement' && q.byName.length === 0) {
    // "Have we got anything in writing from the photographer?": one supplier found by what it does.
    const one = ONE_SUPPLIER_SHAPE.test(q.text) ? ctx.index.suppliersByFields(q.text, { lenient: true }).filter((m) => m.kind === 'purpose') : [];
    if (one.length > 0 && one.length <= 2) return undefined;
    const stranger = ONE_SUPPLIER_SHAPE.test(q.text) && !WAITING_ON_WHOM.test(q.text) ? unknownName(ctx, q.text) : undefined;
    if (stranger) return unknownSupplier(ctx, stranger);
    // "Which suppliers are overdue a review?": the reviews past due, though it names no statement.
    if (REVIEW_DUE.test(q.text)) return overdueReviews(ctx, q.pool, q.text);
    // "Which suppliers have we not reviewed this year?", "when were they last reviewed?": the register keeps the next review's
    // date, not the last one's, so every review date, those past it first.
    if (REVIEWED_ASKED.test(q.text)) return overdueReviews(ctx, q.pool, 'review dates');
    return asksOnFile(q.text) ? statementsOnFile(ctx, asksCount(q.text)) : missingStatements(ctx);
  }
  return undefined;
};

/** Our own devices as staff speak of them: "my laptop", "the office PCs", "our work phones". */
const OWN_DEVICE = /\b(?:my|our|the|your)(?: \w+)? (?:laptops?|phones?|mobiles?|tablets?|computers?|pcs?|macs?|macbooks?|ipads?|devices?)\b/i;
/** A device in a policy's sentence. */
const DEVICE = /\b(laptops?|phones?|mobiles?|tablets?|computers?|pcs?|macs?|macbooks?|ipads?|devices?|disks?)\b/i;
const ENCRYPTION = /\bencrypt(?:s|ed|ion)?\b/i;

/**
 * "Is my studio laptop encrypted?": our own device, which the policy on devices speaks of, not a
 * supplier's encryption of what it holds; unless a supplier is named by a name of its own.
 */
const ownDevices: Step = (ctx, q) => {
  if (!ENCRYPTION.test(q.text) || !OWN_DEVICE.test(q.text) || namesOwnName(ctx, q)) return undefined;
  return policySayingBoth(ctx, ENCRYPTION, DEVICE);
};

/** Someone other than the one asking, at home or among friends. */
const SOMEONE_ELSE = /\b(household|partner|wife|husband|kids?|children|son|daughter|family|friends?|flatmates?|housemates?|boyfriend|girlfriend|mum|dad|someone else|anyone else)\b/i;
/** Using or borrowing a device. */
const USE_OF = /\b(use|uses|using|borrow|borrows|borrowing|go on|play on|log on|share)\b/i;
/** A device, not a phone number: the thing someone else would use. */
const A_DEVICE = /\b(laptops?|tablets?|computers?|pcs?|macs?|macbooks?|ipads?|devices?|(?:work|mobile) phones?)\b/i;
/** A policy's sentence that says who else may not use one. */
const NOBODY_ELSE = /\b(household|nobody else|no one else|family members?|friends or family|family or friends|never (be )?shared|not (be )?shared)\b/i;

/**
 * "Can my partner use my work laptop to check her email?": someone else on one of our devices is
 * the policy sentence that says who else may use them ("nobody else in your household…"), not
 * the email supplier; unless a supplier is named by a name of its own.
 */
const othersOnOwnDevice: Step = (ctx, q) => {
  if (!OWN_DEVICE.test(q.text) || !SOMEONE_ELSE.test(q.text) || !USE_OF.test(q.text) || namesOwnName(ctx, q)) return undefined;
  return policySayingBoth(ctx, A_DEVICE, NOBODY_ELSE);
};

/** "What do I do if…": the policy that covers it, unless a supplier is named. */
const whatToDo: Step = (ctx, q) => {
  if (q.named.length > 0 || !(q.intent === 'policy' || q.whatToDo)) return undefined;
  // "Can I send a discharge letter to the GP?": whether we may is the lawful basis recorded for the
  // one or two suppliers that what it sends finds; the supplier's answer quotes the policy after it.
  const byPurpose = q.byName.filter((m) => m.kind === 'purpose');
  if (aspectOf(q.text, q.intent) === 'lawful-basis' && byPurpose.length > 0 && byPurpose.length <= 2 && byPurpose.some((m) => m.supplier.lawfulBasis)) return undefined;
  const policy = policyAnswer(ctx, q.text, q.whatToDo ? WHAT_TO_DO_THRESHOLD : undefined);
  return policy && q.whatToDo ? withTool(q, withMeasure(ctx, q.text, policy)) : policy;
};

/**
 * A what-to-do answer with the one supplier the question names by a phrase of what it does ("stop
 * emailing me" in reply to our newsletter → the newsletter's supplier), after the policy: where
 * the request has to be carried out.
 */
function withTool(q: Question, policy: QaAnswer): QaAnswer {
  // Ours, said so ("our newsletter", "the mailing list"): "a phishing email" is no supplier's email.
  const ours = (m: SupplierMatch) => {
    const at = ` ${q.words.join(' ')} `.indexOf(` ${m.matched} `);
    return at > 0 && /\b(our|the)\s$/.test(` ${q.words.join(' ')} `.slice(0, at + 1));
  };
  const tools = q.byName.filter((m) => m.kind === 'purpose' && ours(m));
  if (tools.length !== 1 || q.byName.length !== 1) return policy;
  const s = tools[0]!.supplier;
  if (policy.sources.includes(`register:${s.id}`)) return policy;
  return { ...policy, sources: [...policy.sources, `register:${s.id}`], answer: `${policy.answer}\n${s.name}: ${sentence(s.purpose)} (Register: ${s.id}.)` };
}

/** A person set aside before the question proper: "apart from Tom,", "except for Dee". */
const EXCEPT_PERSON = /^\s*(apart from|except( for)?|other than|besides|not counting)\s+[\p{L}\d_'’]+(\s+[\p{L}\d_'’]+)?,?\s+(?=who\b)/iu;

/** A person set aside inside the question: "who else besides ken uses freeagent". */
const EXCEPT_PERSON_INSIDE = /(?<=^\s*who else\s+)(?:apart from|except(?: for)?|other than|besides|not counting)\s+[\p{L}\d_'’]+(?=\s+(?:uses?|has|have|is|are|logs?)\b)/iu;

/** Those outside the firm asked after: "apart from us", "besides our staff", "outside the business"; not some of us ("apart from our lot in the workshop"). */
const OUTSIDERS = /\b(?:apart from|besides|other than|except(?: for)?|bar) (?:us|ourselves|our (?:own )?(?:staff|team|people|lot))\b(?!\s+(?:in|at|on|here|two|three|four)\b)|\boutside (?:the (?:firm|company|business|club|practice)|us)\b/i;

/**
 * "Who's on Jobber?", "who is in xero": the people on a system named by its own name, asked alone; not by an alias in everyday
 * words ("who's on holiday?", "who's on the till?" ask who is away or serving).
 */
function onTool(q: Question): boolean {
  const on = /^\s*who(?:'s|’s|s| is| are)\s+(?:else\s+)?(?:on|in)\s+(?:the\s+|our\s+)?(.+?)\s*\??\s*$/i.exec(q.text);
  const asked = on ? words(on[1]!).join(' ') : undefined;
  return q.named.some((m) => words(m.matched).join(' ') === asked && namedAsItself(m));
}

/** "Who do we use for…", "who does the office use…": a supplier asked for by its job. */
const WHO_WE_USE = /^\s*who (?:do|does|did) (?:we|the (?:company|firm|business|office|shop|practice)) (?:use|have|go (?:to|with)|get)\b/i;

/** Asks which systems someone has an account with, or who has one with a supplier. */
const USES = /\b(uses?|using|used|logs? ?in(to)?|log on|accounts?|has access|have access|systems|tools|apps|software)\b/i;

/**
 * "Which systems does Farid use?", "who is Callum?": what the register says of a person of the
 * workspace (the suppliers they have an account with, those they look after); "who uses
 * Mailchimp?": the people with an account with it.
 */
const people: Step = (ctx, q) => {
  // "Who do we use for IT support?" asks which supplier, not which of our people has an account.
  if (q.whatToDo || WHO_WE_USE.test(q.text)) return undefined;
  const asked = new Set(words(q.text));
  if (q.named.length > 0) {
    // "Apart from Tom, who else uses Zoom?": the person set aside is left out of those named.
    const aside = EXCEPT_PERSON.exec(q.text) ?? EXCEPT_PERSON_INSIDE.exec(q.text);
    const uses = /\b(uses?|using|(has|have|got) (an |a login |logins? )?accounts?|logs? ?in(to)?|logins?)\b/i.test(q.text) || onTool(q);
    if (!/^\s*who\b/i.test(aside && aside.index === 0 ? q.text.slice(aside[0].length) : q.text) || !uses) return undefined;
    // "Who else can log into the accounts software apart from us?" asks who outside the firm reaches it: its access, not our people.
    if (OUTSIDERS.test(q.text)) return undefined;
    const setAside = aside ? personNamed(ctx.config, new Set(words(aside[0])), aside[0]) : undefined;
    const parts = q.named.map(({ supplier: s }) => {
      const users = ctx.config.people.filter((p) => p.uses.includes(s.id) && p !== setAside);
      const said = users.length ? `${list(users.map((p) => p.name))} ${users.length === 1 ? 'has an account' : 'have accounts'} with ${s.name}.` : `The register names nobody with an account with ${s.name}.`;
      return [said, ...loginMeasures(s)].join(' ');
    });
    return { intent: 'access', sources: q.named.map((m) => `register:${m.supplier.id}`), answer: `${parts.join(' ')} (Register.)` };
  }
  const person = personNamed(ctx.config, asked, q.text);
  if (!person) return undefined;
  const who = /^\s*(who is|who's|whos)\s+\S+(\s+\S+)?\s*\??\s*$/i.test(q.text);
  // "Which systems does Farid use?", "what accounts has Tamsin got?": the person is the subject of a question.
  // "Do we use QuickBooks? I'm helping Tom with the books": "we" is, and the person only a story told after.
  const uses = /^\s*(which|what|does|do|has|have|is)\b/i.test(q.text) && !/^\s*(do|have) we\b/i.test(q.text) && USES.test(q.text) && !/\b(asked|asks|says|said|wants|told)\b/i.test(q.text);
  if (!who && !uses) return undefined;
  const name = (id: string) => ctx.config.suppliers.find((s) => s.id === id)?.name ?? id;
  const accounts = person.uses.map(name);
  const owned = ownedBy(ctx.config.suppliers, person.id).map((s) => s.name);
  const parts = [
    who ? `${person.name}${person.email ? ` (${person.email})` : ''}${person.roles.length ? `: ${list(person.roles)}` : ''}.` : '',
    accounts.length ? `${person.name} has an account with ${list(accounts)}.` : `The register lists no supplier account for ${person.name}.`,
    owned.length ? `${person.name.split(' ')[0]} looks after ${list(owned)}.` : '',
  ].filter(Boolean);
  return { intent: 'owner', sources: [...new Set([...person.uses, ...ownedBy(ctx.config.suppliers, person.id).map((s) => s.id)])].map((id) => `register:${id}`), answer: `${parts.join(' ')} (Register.)` };
};

/** A login, said in a security measure (not an account, which a measure also says of permissions or of a bank): "Only Tom and Jess have Quartix logins." */
const LOGINS_SAID = /\b(?:log ?ins?|log(?:s|ged)? (?:in|on)|sign(?:s|ed)? ?ins?|user ?names?)\b/i;

/**
 * What the supplier's security measures record of who logs in ("Only Carol and Alan have logins."), said beside the people the
 * register lists with an account: the firm's own words on it, where `uses` may list some and not say that no one else may.
 */
function loginMeasures(supplier: Supplier): string[] {
  return supplier.security.measures.filter((m) => LOGINS_SAID.test(m)).map(sentence);
}

/** "Do we have a clear desk policy?" when no policy matches: say there is none to quote, and whom to ask, never a supplier. */
const noPolicy: Step = (ctx, q) => {
  if (q.named.length > 0 || q.whatToDo || !/\bpolic(y|ies)\b/i.test(q.text) || /\b(gdpr|privacy|data protection|cookie) polic/i.test(q.text)) return undefined;
  const topic = q.text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9 -]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(polic(y|ies)|do|does|we|i|have|has|got|a|an|any|our|the|is|are|there|what|whats|which|say|says|about|on|for|of|to|with|tell|me|us|you|your|please|know|rule|rules|can|could|should|find|see|read|copy|where|s)$/.test(w));
  // "What is our policy on photos?": the one policy whose title says every word of the topic.
  const titled = topic.length ? theOnly(policiesTitledFor(ctx, topic)) : undefined;
  if (titled) return titled;
  if (policyAnswer(ctx, q.text, WHAT_TO_DO_THRESHOLD)) return undefined;
  return reply('unknown', `Sorry, I don't know how to answer that from our register or policies: none of our policies is on ${topic.join(' ') || 'that'}. Please ask ${ctx.contact}.`);
};

/**
 * The policies whose title says every one of the words, as stems ("photos" of "Photos of horses and yards"). Not a keyword: a word
 * inside one ("ATOL returns", "bikes at holiday lets") touches on the topic without being a policy on it.
 */
function policiesTitledFor(ctx: QaContext, topic: readonly string[]): Policy[] {
  const wanted = topic.map(stemWord);
  return ctx.config.policies.filter((p) => {
    const said = new Set(rawWords(p.title).map(stemWord));
    return wanted.every((w) => said.has(w));
  });
}

/** The register-wide steps, in the order they are tried. */
export const QUERY_STEPS: readonly Step[] = [ownPrivacyNotice, noPolicy, ownDevices, othersOnOwnDevice, people, wellKnownTool, everyEntrysField, backups, stranger, toolInPolicy, dataClass, statements, regions, properties, owners, listings, sharing, whatToDo];
