// A product's name at the head of a question, in the slot staff put one when they ask after a tool we do not hold:
// "rotaready for the rota?", "mindbody looks simpler than ours, could we move?", "anyone tried dictate for
// letters?", or the name alone ("freshdesk"). Where the slot is strong enough, an everyday word is a name too.
import { isEnglishWord, isNearEnglishWord } from './english-words.ts';
import type { QaContext, Question } from './qa-context.ts';
import { STOPWORDS, escapeRegExp, words } from './text.ts';
import { editDistance } from '../config/suggest.ts';
import { PUT_FORWARD, productTitled } from './product-titles.ts';
import { rivalProduct } from './rival-products.ts';
import { toolTakenOnIn } from './tool-slots.ts';
import { toolSaidBack } from './tools-said-back.ts';
import { DAY, TOOL_JOB, everydayThing, firmsWord, wordNamedProduct } from './word-named-tools.ts';
import { unlistedEveryday, holdsNamed, leaveAsked, peopleWords, productAsked, slipForSupplier } from './unknown.ts';

/** Words said to the room before a question ("so", "hey", "guys,"), which {@link OPENER} and {@link TRIED} read past. */
const FILLERS = String.raw`(?:(?:so|hey|hi|also|and|but|ok|okay|right|um|erm|guys|team)[,!]?\s+)*`;

/**
 * What opens a question about a product, before its name: trying it, leave to use it, weighing it. After one of these
 * a name is asked after, whatever the word ("anyone tried dictate…", "anyone mind if i use goodnotes…", "what about airtable for…").
 */
const OPENER = new RegExp(String.raw`^${FILLERS}(?:${PUT_FORWARD}|(?:(?:i|we)(?:ve|'ve| have)? )?heard (?:good|great|nice) (?:things|stuff) about|(?:(?:i|we)(?:m|'m| am| are|re)? )?thinking (?:of|about) (?:trying|using|getting)|(?:has |have )?(?:any ?one|any ?body|you) (?:ever )?(?:tried|used|heard of|use|uses|using)|(?:would |does |do )?(?:any ?one|any ?body|you) mind if (?:i|we) (?:use|try)|mind if (?:i|we) (?:use|try))\s+`);

/** How a product is weighed against what we have: "is cheaper", "would be easier", "looks way nicer", "does the rounds better". */
const WEIGHED = /^(?:is|are|s|would be|will be|looks?|seems?|sounds?|does(?: [a-z]+){1,4}?|do(?: [a-z]+){1,4}?)(?: (?:way|much|a lot|so|loads|heaps|far)){0,2} (?:easier|better|cheaper|simpler|quicker|faster|nicer)\b/;

/** Against what we have, or leave to change to it: "than what we've got", "than ours", "can we switch", "ok to try it?". */
const THAN_OURS = /\bthan (?:what|ours|our|the (?:one|current|ones)|the \w+ (?:we|weve|we've))\b/;
const AGAINST_OURS = new RegExp(String.raw`${THAN_OURS.source}|\b(?:switch|change|move)\b|\bok(?:ay)? to (?:try|use|get|swap)\b|\b(?:can|could|should) (?:we|i) (?:try|swap|get|use)\b`);

/** What a product is said to be before the slot: "verkada cameras", "teya card machine", "a snapchat account". */
const KIND_WORDS = 2;

/** Words for a tool said after its name ("verkada cameras", "teya card machine", "a snapchat account"): the name is a product's. */
const TOOL_KIND = /^(?:apps?|software|system|tool|accounts?|page|channel|group|profile|card|machines?|readers?|terminals?|trackers?|tracking|cameras?|portal|platform|website|crm|till|tills|pos|payroll|accounting|links?|loyalty|planner|scheduler)$/;

/** The second word of a product's name that says what it is ("otter ai", "monday app", "asana pro"), whatever the first is. */
const NAME_SUFFIX = /^(?:ai|app|hq|pro|go|plus|io|online|cloud)$/;

/**
 * Whether two words are a product's name in two pieces ("mailer lite", "pension sync", "swim desk", "otter ai"): together no
 * supplier's name, neither a tool's kind or an everyday thing, the second no plural, no stop-word and no "-ing", and one of
 * them a word the firm never writes (or the second a piece names end on, "ai", "pro").
 */
function namedInTwoWords(ctx: QaContext, one: string, two: string): boolean {
  if (!/^[a-z]{3,}$/.test(one) || !/^[a-z]{2,}$/.test(two) || STOPWORDS.has(one) || STOPWORDS.has(two) || TOOL_KIND.test(two)) return false;
  if (/(?:[^s]s|ing|ed)$/.test(two) || unlistedEveryday(one) || unlistedEveryday(two)) return false;
  // One word may be the firm's ("pension sync" beside a pensions supplier); the two together never a supplier's name.
  const pair = `${one} ${two}`;
  if (ctx.config.suppliers.some((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase().includes(pair)))) return false;
  const strange = (w: string) => wordNamedProduct(ctx, w) || (unEnglish(w) && !firmsWord(ctx, w));
  return NAME_SUFFIX.test(two) ? strange(one) || !firmsWord(ctx, one) : (strange(one) || strange(two)) && !everydayThing(one) && !everydayThing(two);
}

/** Whether a tool's job follows the slot: "for recording…", "to keep notes…", "for the staff handbook". */
function toolJobAfter(place: { after: string }, first: readonly string[]): boolean {
  const forWhat = / for (.+)$/.exec(first.join(' '))?.[1];
  return TOOL_JOB.test(place.after) || (forWhat !== undefined && TOOL_JOB.test(forWhat));
}

/** Where a name sits alone or at the head, the words it is, as typed in lower case, apostrophes gone. */
function clauses(question: string): { first: string[]; whole: string; quality: boolean } {
  const whole = question.toLowerCase().replace(/[’']/g, '').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // A dot inside a word ("trello.com") ends no clause.
  const opening = whole.split(/[?,;!]|\.(?!\w)/)[0]!.replace(OPENER, '').trim();
  // "Is kash flow ok for…": the name between "is" and what is asked of it.
  const quality = QUALITY_ASKED.test(opening);
  const first = opening.replace(/^(?:is|are) /, '').split(' ').filter(Boolean);
  return { first, whole, quality };
}

/** Trying or having used a thing, asked of the others: "anyone tried…", "has anybody used…". */
const TRIED = new RegExp(String.raw`^${FILLERS}(?:has |have )?(?:any ?one|any ?body|you) (?:ever )?(?:tried|used)\s`);

/** Weighed against a tool of ours: "cheaper than the job app", "easier than our booking system". */
const THAN_OUR_TOOL = /\bthan (?:the|our|what)\b[^,?!;]*\b(?:app|apps|system|software|tool|platform|portal)\b/;

/** A big company at the head of a product's name ("microsoft teams for the rota", "apple notes for the job list?"). */
const BRAND = /^(?:google|microsoft|apple|amazon|zoho)$/;

/**
 * A big company's product at the head, before a tool's slot: a tool we do not hold when no supplier has the company's word
 * ("Microsoft 365" holds Teams; "Google Workspace" holds Sheets).
 */
function brandHead(ctx: QaContext, head: string, rest: readonly string[]): string | undefined {
  const [product, ...after] = rest;
  if (!BRAND.test(head) || !product || STOPWORDS.has(product) || holdsNamed(ctx, head)) return undefined;
  const place = slotAfter(after);
  return place && (place.slot === 'for' || place.slot === 'quality' || place.slot === 'alone') ? `${head} ${product}` : undefined;
}

/** "Is X ok for…", "is X any good": a name's quality asked, the name between. */
const QUALITY_ASKED = /^(?:is|are) \S+(?: \S+){0,2} (?:ok|okay|fine|alright|safe|allowed|any good)\b/;

/** Whether a word is one slip from a word the firm's texts write ("pasword" for "password"): the firm's word mistyped. */
function slipForFirmsWord(ctx: QaContext, token: string): boolean {
  const folded = words(token)[0] ?? token;
  for (const word of ctx.index.ordinaryWords) if (Math.abs(word.length - folded.length) <= 1 && editDistance(word, folded) <= 1) return true;
  return false;
}

/** A word of a supplier's name or alias, or of a person's: one of ours, however the firm's words know it otherwise. */
function firmHolds(ctx: QaContext, token: string): boolean {
  const folded = words(token)[0] ?? token;
  return ctx.index.vocabulary.has(folded) || peopleWords(ctx).has(folded) || slipForSupplier(ctx, token);
}

/** Words said of a name after it, asking its quality: "ok", "fine", "safe". */
const SAID_OF_A_NAME = /^(?:ok|okay|fine|alright|safe|allowed|any|good)$/;

/** A word no English list has, nor one slip from it: a name, as "rotaready" or "freshdesk" is. */
const unEnglish = (token: string) => token.length >= 4 && !isEnglishWord(token) && !isNearEnglishWord(token) && !unlistedEveryday(token);

/** A question word contracted, typed without its apostrophe ("whats tdl for?"): never the first half of a name. */
const CONTRACTED_ASKING = /^(?:what|where|who|how|when|why|there|that|it)s$/;

/** A person's title, said before a surname: "mrs", "dr". */
const TITLE_WORD = /^(?:mr|mrs|ms|mx|dr|miss|mstr)$/;

/**
 * The name at the head of the first clause: one word, or two run together where one is a piece of a name and the two
 * together are no English word ("kash flow"), with the words said of it up to the slot that follows.
 */
function headName(tokens: readonly string[]): { name: string; rest: readonly string[]; version?: string } | undefined {
  const [one, two] = tokens;
  if (!one) return undefined;
  // A version's number after a name ("things 3", "sage 50") is said with it; the name is weighed by its word.
  if (two && /^\d{1,4}$/.test(two) && /^[a-z]{3,}$/.test(one)) return { name: one, rest: tokens.slice(2), version: two };
  // A piece of a name too short to be one ("kash") is half of it; a whole name ("rotaready") stands alone. A title before a
  // surname ("gave mrs khan's bag…") is no piece of a product's name.
  const piece = (w: string) => w.length <= 4 && !isEnglishWord(w) && !STOPWORDS.has(w) && !unlistedEveryday(w) && !TITLE_WORD.test(w);
  // What is said of a name after it ("zyx ok for…", "the abc asked for…") is never its second half.
  const saidOf = (w: string) => SAID_OF_A_NAME.test(w) || /ed$/.test(w);
  const joined = two && !saidOf(two) && !STOPWORDS.has(one) && !CONTRACTED_ASKING.test(one) && !STOPWORDS.has(two) && !TOOL_KIND.test(two) && (piece(one) || piece(two)) && unEnglish(one + two) ? one + two : undefined;
  return joined ? { name: joined, rest: tokens.slice(2) } : { name: one, rest: tokens.slice(1) };
}

/** The slot after the head name and the words said of it: "for…", "to…", weighed, or nothing (the name alone). */
function slotAfter(rest: readonly string[]): { slot: 'for' | 'so' | 'weighed' | 'quality' | 'kind' | 'alone'; kind: readonly string[]; after: string } | undefined {
  if (rest.length === 0) return { slot: 'alone', kind: [], after: '' };
  for (let k = 0; k <= Math.min(KIND_WORDS, rest.length - 1); k++) {
    const kind = rest.slice(0, k);
    if (kind.some((w) => STOPWORDS.has(w) && !/^(?:app|tool|software|account|service|system)$/.test(w))) break;
    const after = rest.slice(k).join(' ');
    if (/^(?:for|to) \w/.test(after)) return { slot: 'for', kind, after: after.replace(/^(?:for|to) (?:(?:the|our|my|all|a|an) )?/, '') };
    // "Calendy so customers can book themselves?": what it would let people do.
    if (/^so \w+ (?:can|could|would)\b/.test(after)) return { slot: 'so', kind, after: after.replace(/^so /, '') };
    if (WEIGHED.test(after)) return { slot: 'weighed', kind, after };
    const quality = /^(?:ok|okay|fine|alright|safe|allowed|any good)(?: (?:for|to))? ?/.exec(after);
    if (quality) return { slot: 'quality', kind, after: after.slice(quality[0].length) };
  }
  // "Arlo cameras are on offer, can we get those": a kind of tool said after the name, whatever follows.
  return TOOL_KIND.test(rest[0]!) ? { slot: 'kind', kind: rest.slice(0, 1), after: rest.slice(1).join(' ') } : undefined;
}

/**
 * The product a question opens on, as typed: a name no English list, firm, person or place has, alone or before what it
 * would be for or how it weighs against ours; or an everyday word there where the slot says a tool is meant (tried or
 * leave asked before it, a tool's job after it, weighed against what we have).
 */
export function productOpening(ctx: QaContext, q: Question): string | undefined {
  const { first, whole, quality } = clauses(q.text);
  const opened = OPENER.test(whole);
  // A story told ("the float for the market went missing, what do i do?") asks what to do, not after a tool, unless leave is asked in it.
  if (q.whatToDo && !opened && !leaveAsked(q.text)) return undefined;
  const head = headName(first);
  const place = head && slotAfter(head.rest);
  if (!head || !place || (place.slot === 'quality') !== quality) return undefined;
  const brand = brandHead(ctx, head.name, head.rest);
  if (brand) return brand;
  // A day is never tried or used ("anyone tried monday? for the rota"): so named, it is a product's name. Any other English
  // word tried ("anyone tried decaf?") may be anything, so only a word no English list has is a name there (below).
  if (TRIED.test(whole) && place.slot === 'alone' && first.length === 1 && DAY.test(head.name)) return firmHolds(ctx, head.name) ? undefined : head.name;
  // "Arlo cameras are on offer, can we get those": a kind of tool said after a name no English list has, with leave asked.
  if (place.slot === 'kind') {
    const unlistedName = !firmsWord(ctx, head.name) && !unlistedEveryday(head.name) && !isEnglishWord(head.name);
    // "Samsara trackers?", "webfleet trackers?": an everyday word the firm never writes, or a word no English list has,
    // before a kind of thing the firm's texts or a supplier's entry name ("trackers"), asked bare, is another maker's.
    const kind = new RegExp(String.raw`\b${escapeRegExp(place.kind[0]!.replace(/s$/, ''))}`, 'i');
    const kindHeld = ctx.index.ordinaryWords.has(words(place.kind[0]!)[0] ?? '') || ctx.config.suppliers.some((s) => kind.test(`${s.name} ${s.aliases.join(' ')} ${s.purpose}`));
    // An everyday word only bare: with a story after it ("bubble machines are on offer, can we get those") it is the thing.
    const bare = first.length === 2 && !/[,;]/.test(whole);
    const another = kindHeld && ((unlistedName && (leaveAsked(q.text) || bare)) || (bare && wordNamedProduct(ctx, head.name)));
    return (unlistedName && leaveAsked(q.text)) || another ? [head.name, ...place.kind].join(' ') : undefined;
  }
  // A social network is where something was seen; an account or page on one is a tool taken on ("a snapchat account for
  // the shop"), though the firm's words know the network as a kind of thing.
  const onNetwork = unlistedEveryday(head.name) && /^(?:account|page|channel|group|profile)$/.test(place.kind.at(-1) ?? '');
  // "Notion for the staff handbook?", "is signal ok for messaging the staff", "monday for the rota?": an everyday word the firm
  // never writes, bare at the head before a tool's job, is a product's name.
  const shown = head.version ? `${head.name} ${head.version}` : head.name;
  // "Mailer lite for the newsletter?", "otter ai to take notes…": a name in two words, one of them none of the firm's, before a tool's job.
  const [second] = place.kind;
  if (place.kind.length === 1 && second && (place.slot === 'for' || place.slot === 'quality') && first.length <= 9 && toolJobAfter(place, first) && namedInTwoWords(ctx, head.name, second)) return `${head.name} ${second}`;
  if (((place.slot === 'for' && first.length <= 9) || place.slot === 'quality') && place.kind.length === 0 && toolJobAfter(place, first) && wordNamedProduct(ctx, head.name)) return shown;
  // "Samsara", "planday?": a word typed alone as the whole question, asking nothing of it, is a name asked after; an everyday
  // word the firm never writes, or a word no English list has that is no slip for one of the firm's ("pasword?").
  if (place.slot === 'alone' && !opened && first.length === 1 && !/\s/.test(whole.replace(/[?!.]+$/, ''))) {
    const strange = isEnglishWord(head.name) ? wordNamedProduct(ctx, head.name) : head.name.length >= 4 && !firmsWord(ctx, head.name) && !slipForFirmsWord(ctx, head.name);
    if (strange && !unlistedEveryday(head.name)) return shown;
  }
  if (onNetwork ? firmHolds(ctx, head.name) : firmsWord(ctx, head.name)) return undefined;
  if ((unlistedEveryday(head.name) && !onNetwork) || /ing$/.test(head.name)) return undefined;
  const name = [shown, ...place.kind].join(' ');
  // A name alone: the whole question, or its clause after an opener ("what about squarespace, looks nicer").
  if (place.slot === 'alone') return first.length === 1 && (opened || !/\s/.test(whole.replace(/[?!.]+$/, ''))) && unEnglish(head.name) ? name : undefined;
  // A longer first clause before "for" tells a story ("lunch for the team after the big job in…"); the slot is a short question's.
  if (place.slot === 'for' && first.length > 9) return undefined;
  const job = toolJobAfter(place, first);
  if (onNetwork || unEnglish(head.name)) return name;
  // An everyday word is a name only where the slot says a tool is meant: said to be one and weighed ("verkada cameras for
  // the shop, any good?"), tried or leave asked before it with a tool's job after it; weighed against what we have, with
  // leave to change and a tool's kind or job said ("clockwise would be easier than what we've got for scheduling"; not
  // "diesel is cheaper at tesco").
  const tool = TOOL_KIND.test(place.kind.at(-1) ?? '');
  // A word no English list has, weighed against ours with leave to change ("wix would be so much easier than our webshop"), is a name.
  if (place.slot === 'weighed') return AGAINST_OURS.test(whole) && (tool || job || THAN_OUR_TOOL.test(whole) || (!isEnglishWord(head.name) && THAN_OURS.test(whole))) ? name : undefined;
  // A word no English list has, one slip from one or short ("qb", "arlo", "calendy"), is a name where the slot says a tool is
  // meant: a tool's job after it, or what it would let people do ("calendy so customers can book?").
  const unlisted = !isEnglishWord(head.name) && !/ing$/.test(head.name);
  if (unlisted && ((place.slot === 'for' && job) || place.slot === 'so')) return name;
  // Bare before "for" ("spreadsheet for the bookings?", "approval for the newsletter?") an everyday word is the thing itself.
  // "What about samsara for the vans, cheaper than the trackers we have": opened on and weighed against ours, a product.
  // "What about lytx for dashcams?", "what about breathe for holidays and sickness?": opened on a name put to a job one of ours does.
  // A plural there is a thing ("what about bonuses for payroll?"): a product's name is said once.
  const oursJob = opened && place.slot === 'for' && !/[^s]s$/.test(head.name) && (unlisted || wordNamedProduct(ctx, head.name)) && doneByOurs(ctx, place.after);
  return (tool && /\bany good\b/.test(whole)) || (opened && (job || THAN_OURS.test(whole))) || oursJob ? name : undefined;
}

/** Whether a supplier of ours is named, or does or holds all that is said ("dashcams", "holidays and sickness"): a job one of ours does. */
function doneByOurs(ctx: QaContext, said: string): boolean {
  // Named by an alias ("dashcams"), or every word of it what an entry does or holds: one word of a purpose ("the weekend jobs") is not enough.
  return ctx.index.suppliersIn(words(said)).some((m) => m.kind === 'name') || ctx.index.suppliersByFields(said, { strict: true }).length > 0;
}

/**
 * The word a question opens on in a product's slot ("gemini for client emails?", "is kash flow ok for…"), as typed,
 * whatever it is: for a policy that names the tool by a keyword to answer.
 */
export function headTool(question: string): string | undefined {
  const { first, quality } = clauses(question);
  const head = headName(first);
  const place = head && slotAfter(head.rest);
  return head && place && place.slot !== 'alone' && place.slot !== 'kind' && (place.slot === 'quality') === quality ? head.name : undefined;
}

/** A name weighed against what we have mid-sentence: "my mate says jobber is way better than what we use"; a tool of ours second. */
const WEIGHED_AGAINST_OURS = /\b([a-z][a-z0-9]+) (?:is|would be|looks|seems|sounds)(?: (?:way|much|a lot|so|far|loads))? (?:better|easier|cheaper|simpler|quicker|faster|nicer) than (?:(what we use|our (?:app|apps|system|software|tool|platform)\b|the (?:app|system|software) we)|what we|ours\b|the (?:one|ones) we)/;

/**
 * "My mate says jobber is way better than what we use, can we try it": a name weighed against ours, with leave asked, is a
 * product when none of the firm's: an everyday word the firm never writes, or a word no English list has.
 */
function weighedAgainstOurs(ctx: QaContext, q: Question): string | undefined {
  const found = leaveAsked(q.text) ? WEIGHED_AGAINST_OURS.exec(q.text.toLowerCase().replace(/[’']/g, '')) : undefined;
  const token = found?.[1];
  if (!token || STOPWORDS.has(token) || unlistedEveryday(token) || /(?:ing|[^s]s)$/.test(token)) return undefined;
  // An everyday word only against a tool of ours ("than what we use"): "the new castle is better than ours" is the thing.
  return (found[2] && wordNamedProduct(ctx, token)) || (unEnglish(token) && !firmsWord(ctx, token)) ? token : undefined;
}

/**
 * A product a question asks after ({@link productAsked}), opens on ({@link productOpening}), weighs against ours, takes on
 * bare ({@link toolTakenOn}), names by a phrase ({@link productTitled}), says back after leave asked ({@link toolSaidBack}) or puts forward against ours
 * ({@link rivalProduct}).
 */
function productNamedAfresh(ctx: QaContext, q: Question): string | undefined {
  return productAsked(ctx, q) ?? productOpening(ctx, q) ?? weighedAgainstOurs(ctx, q) ?? toolTakenOnIn(ctx, q) ?? productTitled(ctx, q) ?? toolSaidBack(ctx, q.text) ?? rivalProduct(ctx, q);
}

/**
 * Each question's product ({@link productNamedAfresh}), found once: the world-times, off-topic and leave-asked readers each
 * ask it of the same question. A question read again (a copy with other suppliers named) is another key; one asked of
 * another workspace's context is found afresh.
 */
const PRODUCT_NAMED = new WeakMap<Question, { readonly ctx: QaContext; readonly product: string | undefined }>();

/** The product a question names, as {@link productNamedAfresh} finds it, found once for each question. */
export function productNamed(ctx: QaContext, q: Question): string | undefined {
  const found = PRODUCT_NAMED.get(q);
  if (found?.ctx === ctx) return found.product;
  const product = productNamedAfresh(ctx, q);
  PRODUCT_NAMED.set(q, { ctx, product });
  return product;
}
