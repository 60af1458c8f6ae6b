// What no register or policy keeps, asked: a value, a price, parking, the rota, the day's doings, the calendar, whether we have some thing.
import { STATEMENT_DATE, namesSupplier } from './names-supplier.ts';
import type { QaContext, Question } from './qa-context.ts';
import { asksSupplies } from './supplies.ts';
import { leaveAsked } from './unknown.ts';

/**
 * "What's the studio wifi password?", "how much do we charge for a wedding?", "what's the torque
 * setting for the roof hooks?", "what's the record time for the haunted room?": a secret, a price, a
 * setting, a best score, a parcel's tracking number or a map link asked for, which no register or policy records ("what's our password
 * policy?" and "what's our rule on passwords?" ask the rule, not a password).
 */
const VALUE_NEVER_KEPT = /^(?!.*\b(?:rules?|polic(?:y|ies)|guidance|requirements?)\s+(?:on|about|for|around)\b)\s*(?:what(?:'s|s| is| are)|tell me|give me|do you know|does anyone know)\b(?:\s+(?:the|our|my|a))?(?:\s+[\w-]+){0,5}?\s+(?:passwords?|passcodes?|pin|door code|alarm code|key ?code|price|prices|cost|costs|fees?|rate|rates|markup|mark-up|margin|margins|discounts?|commissions?|prizes?|setting|settings|(?:mot|service|servicing|tax|insurance renewal) (?:date|due date|due)|dress code|record (?:times?|scores?)|high ?scores?|top scores?|fastest times?|quickest times?|tracking (?:numbers?|links?|codes?|refs?|references?)|(?:google )?maps? links?|postcodes?|what3words)\b(?!\s+(?:polic(?:y|ies)|rules?|requirements?|length|manager)\b)|^\s*how much (?:do|does|did|will|should) (?:we|i|you|it|they) (?:charge|cost|pay|bill|quote)\b|^\s*how much (?:is|are|does|do)\b.*\b(?:cost|costs|charge|fees?|prices?)\b/i;

/**
 * "What's the best lender for a first-time buyer?", "which van is the best to buy?", "can u recommend a decent florist near
 * cirencester?": a recommendation
 * asked for, which no register or policy gives; not the best way to do something, which a policy
 * may say, nor the best tool or supplier, which the register names.
 */
const RECOMMENDATION = /^\s*(?:(?:can|could) (?:u|you) recommend (?:a|an|any|some)|(?:what(?:'s|s| is| are)|which(?: \w+)? (?:is|are)|who(?:'s|s| is| are)) (?:(?:the )?(?:best|cheapest|nicest|top)|a (?:good|decent)))\b(?!\s+(?:way|ways|practice|method|approach|place|time|thing|option|password|passphrase)\b)/i;

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

/** What the register does record of a setting or a cost, or people's details: "the retention setting", "the cost of a data breach", "our member list". */
const REGISTER_MATTER = /\b(retention|privacy|security|encrypt\w*|2fa|two[- ]?factor|mfa|breach\w*|backups?|sharing|data|dbs\b[^?]{0,15}\b(?:ran out|run out|expired|has expired|lapsed|out of date)|(?:members?(?:hip)?['’]?|mailing|customer|client|e-?mail|contact)\s+list)\b/i;

/**
 * The running of the day, which no register or policy records, asked in shapes of its own: whether
 * stock will last ("is there enough clay stock for Friday", "do I need to order more"), someone to
 * cover a shift ("can anyone cover my classes on Monday"), when dates are put out ("when do the
 * autumn term dates come out"), a rota of turns put up. Not a GDPR statement's or review's date, which the register keeps.
 */
const SHOP_FLOOR: RegExp[] = [
  // A rota of who does a turn, to be put up ("can I pin up a list of who's doing teas each week by the kettle?"): nobody's details.
  /\b(?:pin|pinning|stick|sticking|put|putting|tape|taping|hang|hanging)\s+(?:up\s+)?(?:a|the)\s+(?:list|sheet|rota)\s+of\s+who['’]?s?\s+(?:doing|on|bringing|making|running|covering)\s+(?:the\s+)?(?:teas?|coffees?|cakes?|biscuits?|washing[- ]up|cleaning|raffle|door|bar|refreshments|tuck shop|lifts?)\b/i,
  /\benough\b[^?]*\bstock\b|\b(?:low on|running out of|run out of|short of)\b[^?]*\bstock\b|\b(?:do|should|shall|must) (?:i|we) (?:need to )?(?:order|reorder|get in) (?:more|some more|extra)\b/i,
  /^\s*(?:can|could|will|would) (?:someone|somebody|anyone|anybody) (?:cover|swap|take over)\b/i,
  // "Anywhere decent to park near the office?", "any good lunch spots near the office", "anywhere that does pasty delivery round here":
  // a place nearby to park, eat or get a coffee.
  /^\s*(?:(?:does |do )?any ?(?:one|body) know (?:of )?|any ?where|any good|is there (?:a|an|any)(?: good| decent| cheap)?|where(?:'s| is)? (?:a|the) (?:good|decent|cheap|nearest|best))\b[^?]{0,50}?\b(?:park|parking|lunch|eat|food|coffee|cafe|café|pub|pasty|pasties|sandwich(?:es)?|chippy|takeaway|petrol|cash ?machine|atm|spots?)\b[^?]{0,40}?\b(?:near(?:by)?|round here|around here|close (?:to|by)|local(?:ly)?|in town)\b/i,
  new RegExp(String.raw`^\s*when (?:do|does|will|are|is) (?:the |our )?(?![^?]*\b${STATEMENT_DATE}\b)[\w' -]{0,30}?\b(?:dates?|timetables?|fixtures?|schedules?)\b[^?]*\b(?:come out|be out|go up|be up|released|published|announced|out)\b`, 'i'),
];

/**
 * A price, or a gadget's upkeep: no register or policy says what we charge ("how much are we charging for…", "…asking how
 * much our frames are") or what something costs, or how to charge a card reader
 * or where a new cable comes from, whatever supplier's name or alias the words meet ("the card reader", "removals").
 */
const PRICE_OR_UPKEEP: RegExp[] = [
  /^\s*how much (?:are|is) (?:we|they|you) (?:charging|billing|asking)\b|\bhow much (?:our|the|a|an) [\w -]{1,30}? (?:are|is|cost|costs) (?:this|next|at the moment|now)\b/i,
  // "What do we charge a sole trader for…", "how much does a patient pay for a nail cut", "how much a 3 tier cake costs",
  // "what's our price": a price, whatever way it is paid ("by direct debit", "by card") or whoever asks.
  /^\s*what (?:do|does|would|should) (?:we|i|you) charge\b|\bhow much (?:does|do|will|would) (?:a|an|the|each|every|one) [\w -]{1,30}? (?:pay|cost|be charged)\b|\bhow much (?:a|an|one) [\w -]{1,30}? costs?\b|\bwhat(?:'s|s| is| are) (?:our|the) (?:price|prices|rate|rates)\s*(?:for\b|\??\s*$)/i,
  /^\s*how much (?:do|does|would|will) (?!(?:we|i|you|it|they)\b)[\w -]{1,30}? cost\b/i,
  // "What are we charging this year", "the price of a week", "how much is shoe hire these days", "prices are going up, should
  // we put ours up", "still 20% off?", "is the vat on diesel 5%", "do we even charge vat?", "an allowable expense": a price, a
  // tax on it or a tax rule, never a register's ("vat returns" are a bookkeeper's work, and stay the register's).
  /\bwhat (?:are|do|did|should|would|will|were) (?:we|i|you) (?:be )?(?:charging|charge)\b|\b(?:the|a) price of\b|^\s*how(?:'?s)? much (?:is|are|'s|was|were) (?!(?:kept|stored|held|there|it|that|this)\b)[\w£-]+|\b\d{1,2} ?% off\b|\bvat (?:on|rate)\b|\b(?:charge|charging|add|adding) vat\b|\ballowable expenses?\b|\btax[- ]deductible\b/i,
  // "Do we still take 10% deposit?", "is it 15 per cent for members?": a rate, which no register keeps (a battery "on 5%" is upkeep, above).
  // "0% finance" is a way to pay, which a finance firm's entry may be asked about ("what do we send to v12 for the 0% finance?").
  // "Not 100% sure" is how sure one is, no rate (read in the ninety-first round).
  /\b(?!0 ?(?:%|per ?cent) (?:finance|interest|apr|credit)\b)(?!\d{1,3} ?(?:%|per ?cent) (?:sure|certain|confident|positive)\b)\d{1,3}(?:\.\d+)? ?(?:%|per ?cent\b)/i,
  // "Mum on the phone wants a price for a party … how much is it", "how much it is to hire a van for 3 hours", "do couples get money
  // off if they book both vans": a price or a discount asked for a customer, which no register or policy sets. Not a copy of
  // someone's own records ("how much it is to get a copy of her notes"), which the policy on requests answers.
  /^(?!.*\b(?:cop(?:y|ies) of|subject access|(?:her|his|my|their|your) (?:own )?(?:data|records|notes|files?|details|information)|access requests?)\b).*(?:\b(?:wants?|wanted|wanting|asking for|asked for|after)\s+(?:a\s+)?(?:price|quote|quotation)\s+for\b|\bhow much (?:it|that|this) (?:is|would be|costs?|will be) (?:to|for)\b|\bhow much is (?:it|that)\s*[?!.]*\s*$|\b(?:get|gets|getting|give|giving)\s+(?:\w+\s+)?(?:money off|a discount)\b|\bany (?:discount|money off)\b)/i,
  // "How do I change the name of the group chat?": the workings of a chat or a gadget, "card reader keeps dying, how do
  // I charge it", "battery is dead", "where do I get a new charger cable": a battery or a lead, which no register or policy says.
  /^\s*how (?:do|can|would|should) (?:i|we|you) (?:change|rename|edit) the (?:name|title|picture|photo|icon) of\b|\bhow (?:do|can|should) (?:i|we|you) (?:charge|recharge) (?:it|them|the|this|that|my|our)\b|\b(?:keeps|kept) (?:dying|running out of (?:battery|charge)|losing (?:battery|charge))\b/i,
];

/**
 * "Battery is dead", "where do i get a new charger cable", "anyone seen the charger", "the tablet's on 3%", "it won't charge": a gadget's battery or lead. Not a sales lead ("a new lead came in"),
 * and not where a supplier's own work is batteries or chargers ("customer's battery is dead, who do we contact about the
 * warranty" at a firm whose register holds the battery maker): there the battery is the register's.
 */
const BATTERY_OR_LEAD =
  /\bbatter(?:y|ies) (?:is |are |has |have |keeps |went |goes )?(?:dead|flat|died|dying|gone|low|run out|ran out)\b|\b(?:new|spare|replacement|another) (?:charger|charging|battery|batteries|cable|plug)s?\b|\bchargers?\b|\bon \d{1,2} ?%|\b(?:won'?t|doesn'?t|isn'?t|not|stopped) (?:charge|charging|hold(?:ing)? (?:a |its )?charge)\b/i;

/** Something left behind or handed in ("a guest left a phone charger in room 4"), where a policy on lost property says what to do. */
function leftWithPolicy(ctx: QaContext, question: string): boolean {
  return LEFT_BEHIND.test(question) && hasLostPropertyPolicy(ctx);
}

const LEFT_BEHIND = /\b(?:left|found|handed in|forgot|forgotten)\b/i;
const LOST_PROPERTY = /\blost property\b/i;

/** True when one of the firm's policies names lost property in its title or keywords. */
export function hasLostPropertyPolicy(ctx: QaContext): boolean {
  return ctx.config.policies.some((p) => LOST_PROPERTY.test(p.title) || p.keywords.some((k) => LOST_PROPERTY.test(k)));
}

/** A loss told: the device the charger was for may be lost too, and carry people's details ("lost my phone and charger"). */
const LOSS_TOLD = /\b(?:lost|stolen|nicked|missing|pinched|hacked|taken)\b/i;

/** What was done instead on one's own phone ("the battery died … so I got it all on my own phone instead"): a rule on that, not upkeep. */
const ON_OWN_PHONE_INSTEAD = /\b(?:on|with)\s+my\s+(?:own|personal)\s+(?:phone|mobile)\b/i;

/** A battery that died partway through work ("my bodycam battery ran out halfway through the visit"): a story a rule may answer, not upkeep. */
const DURING_WORK = /\b(?:halfway|half way|midway|during|mins? into|minutes into|in the middle of|on the last|at (?:a|the))\s+(?:thru\s+|through\s+)?(?:a\s+|the\s+|my\s+)?(?:visit|doorstep|job|call|session|shift|recording|interview)\b/i;

const SUPPLIES_BATTERIES = /\b(?:batter(?:y|ies)|chargers?|charge ?points?)\b/i;

/** Whether some supplier's purpose is batteries or chargers: read only for a question already about a battery or lead. */
function registerKeepsBatteries(ctx: QaContext): boolean {
  return ctx.config.suppliers.some((s) => SUPPLIES_BATTERIES.test(s.purpose));
}

/** "Prices are going up, should we put ours up?": leave asked to change our prices is about prices, not a tool. */
const PRICES_RAISED = /\bprices? (?:are |is )?(?:going|gone|go|went) up\b|\bput (?:our |the )?(?:prices?|rates?|ours) up\b/i;

/** A gadget's upkeep asked, or a price: what no register or policy says. */
function asksPriceOrUpkeep(ctx: QaContext, question: string): boolean {
  if (PRICES_RAISED.test(question)) return true;
  if (leaveAsked(question)) return false;
  return PRICE_OR_UPKEEP.some((shape) => shape.test(question)) || (BATTERY_OR_LEAD.test(question) && !LOSS_TOLD.test(question) && !ON_OWN_PHONE_INSTEAD.test(question) && !DURING_WORK.test(question) && !leftWithPolicy(ctx, question) && !registerKeepsBatteries(ctx));
}

/** Nothing asked to be done: no leave asked, nothing to post or share. */
const NOTHING_ASKED_DONE = String.raw`^(?!.*\b(?:(?:can|could|should|shall|may)\s+(?:i|we)|ok(?:ay)? to|allowed to|post|share|put (?:it|them) on)\b)`;

/** A gift or thanks from those we serve, or a moan about the rota: "sent us flowers and a thank you card", "put me on every santa special again". */
const THANKS_OR_ROTA_TOLD = String.raw`.*(?:\b(?:sent|brought|gave|left)\s+(?:us|me)\s+(?:some\s+|a\s+)?(?:flowers|chocolates|biscuits|cakes?|(?:a\s+)?(?:thank[- ]you|lovely)\s+card)\b|\b(?:put|stuck)\s+me\s+on\s+every\b)`;

/** A score: "marauders won 6-2 last night!!". */
const SCORE_TOLD = String.raw`\b(?:won|lost|drew)\s+\d{1,2}\s*[-–]\s*\d{1,2}\b`;

/** Who is organising a staff do, a collection for one, "anyone up for five a side?". */
const STAFF_DO = String.raw`\bleaving (?:do|drinks|party|card|present|gift|collection)\b|\b(?:collection|whip-? ?round) for\b|^\s*(?:anyone|anybody) (?:up for|fancy|in for)\b|\bwho(?:'s|s| is| are) (?:organising|organizing|sorting|planning|arranging|booking|running) (?:the |our |this )?(?:[\w']+ ){0,2}(?:christmas|xmas|summer|leaving|birthday|staff|team|office) (?:do|party|meal|night out|drinks|social|outing|lunch|dinner)\b`;

/**
 * "Who's organising the team's Christmas do?", "a collection for Tom's leaving do", "anyone up for five a side?", a score, and with
 * nothing asked to be done, a thank-you or a moan about the rota: a staff social, never the register's, whatever name ("teams") its
 * words meet.
 */
const STAFF_SOCIAL = new RegExp(`${SCORE_TOLD}|${NOTHING_ASKED_DONE}${THANKS_OR_ROTA_TOLD}|${STAFF_DO}`, 'i');

/**
 * Pay, pension and expenses of our own staff ("how much does the firm put into my pension", "can I claim my train ticket
 * back on expenses"): the employer's arrangements, which no register records, whatever supplier's words they meet (a pension
 * scheme our clients use); a policy titled for them answers instead.
 */
const STAFF_PAY = /\bhow much (?:does|do|will|did) (?:the |our )?(?:firm|company|business|practice|employer|boss|school|club|shop|office|we|they) (?:put|pay|contribute|add)\b[^?]*\b(?:my|our) (?:pension|salary|wages?|pay)\b|\bclaim (?:[\w']+ ){0,4}back (?:on|as|through|from) expenses\b|\b(?:claim|put) (?:[\w']+ ){0,4}(?:on|as|through) (?:my )?expenses\b/i;

/**
 * "Anyone mind covering the counter at 1", "jack is ill today, can someone cover the van round?", "can I swap my on-call weekend
 * with Owen": a shift covered or swapped, unless an
 * entry's own work is shift swaps (a rota app "for shifts and swaps" is where that is done).
 */
const SHIFT_ASKED = /\b(?:anyone|anybody|someone|somebody) (?:mind |able to |free to |fancy )?(?:covering|swapping)\b|\b(?:can|could|will|would) (?:anyone|anybody|someone|somebody) (?:else )?(?:cover|swap)\b|^\s*(?:can|could|may) (?:i|we) (?:swap|switch|trade|change|move) (?:my |our |a |the )?(?:[\w-]+ ){0,2}(?:shifts?|weekends?|on-?call|rota|days? off|nights?|hours|lates?|earlies)\b/i;

/** Whether some entry's own work is shift swaps or cover. */
function swapsKept(ctx: QaContext): boolean {
  return ctx.config.suppliers.some((s) => /\b(?:swaps?|cover)\b/i.test(`${s.purpose} ${s.purposeKeywords.join(' ')}`));
}

/**
 * "Can I take a week of annual leave in October", "can I take my overtime as time off", "how do i book a week off at half term",
 * "how many days holiday do i get a year": time off asked, the employer's to say.
 */
const TIME_OFF = /\bhow many (?:days|weeks)(?: of)? (?:holiday|holidays|annual leave|leave|off)\b|\b(?:(?:can|could|may) (?:i|we)|how (?:do|can|should) (?:i|we)) (?:take|have|book|use|request|ask for) (?:my |a |an |some |the |any )?(?:(?:week|day|fortnight|couple of days|half day|few days)s? (?:of |off )?)?(?:annual leave|holidays?|leave|time off|days? off|overtime|toil|time in lieu|lieu)\b|\b(?:book|request|take) (?:a|the|some) (?:week|day|fortnight|few days|couple of days)s? off\b/i;

/** A policy titled for leave or holidays, which answers time off asked instead. */
function leavePolicy(ctx: QaContext): boolean {
  return ctx.config.policies.some((p) => /\b(?:leave|holidays?|overtime|time off)\b/i.test(p.title));
}

/** What of our staff's pay a question is about, the most telling first: "my pension", "train fare through expenses", "my pay". */
const PAY_TOPICS: RegExp[] = [/\bpensions?\b/i, /\bexpenses?\b/i, /\bsalar(?:y|ies)\b/i, /\bwages?\b/i, /\bpay\b/i];

/**
 * Whether the firm has a policy titled for the part of staff pay asked about: an expenses policy answers "can I claim my
 * train fare back on expenses", but says nothing of "how much does the firm put into my pension".
 */
function payPolicyFor(ctx: QaContext, question: string): boolean {
  const topic = PAY_TOPICS.find((t) => t.test(question));
  return topic !== undefined && ctx.config.policies.some((p) => topic.test(p.title));
}

/**
 * The running of the day asked ({@link SHOP_FLOOR}), naming no supplier by a name of its own: "don't know"
 * and whom to ask, before a policy or supplier the story's other words meet ("a client is asking…").
 */
export function asksShopFloor(ctx: QaContext, q: Question): boolean {
  if (REGISTER_MATTER.test(q.text)) return false;
  if (STAFF_SOCIAL.test(q.text) || (STAFF_PAY.test(q.text) && !payPolicyFor(ctx, q.text)) || (TIME_OFF.test(q.text) && !leavePolicy(ctx)) || (SHIFT_ASKED.test(q.text) && !swapsKept(ctx))) return true;
  // "Stripe reader keeps dying, can I take deposits on Square instead?" asks leave to use another tool: not the gadget's upkeep.
  if (asksPriceOrUpkeep(ctx, q.text) || asksSupplies(ctx, q)) return true;
  return SHOP_FLOOR.some((shape) => shape.test(q.text)) && !namesSupplier(ctx, q);
}

/**
 * Where to park, or whether we may: never the register's, even at a supplier named by its own name ("can I park at the
 * leisure centre?" where it hires us the pool), unless that supplier's entry itself speaks of parking.
 */
function asksParking(q: Question): boolean {
  if (!(PARKING_PLACE.test(q.text) || PARKING_ASKED.test(q.text))) return false;
  // A supplier whose work is parking answers; one that sits in a place called a park ("Clarendon Park") does not.
  return !q.named.some((m) => /\b(?:parking|car ?parks?|park and ride)\b/i.test(`${m.supplier.purpose} ${m.supplier.notes ?? ''} ${m.supplier.purposeKeywords.join(' ')}`));
}

/** Words said before a question that change nothing of what it asks: "roughly how much…", "quick one, how much…". */
const LEAD_IN = /^\s*(?:(?:roughly|approximately|approx|about|around|so|ok|okay|right|quick one|quick q|hey|hi|sorry|just|out of interest|any idea)[,:]?\s+)+/i;

/** A price asked ({@link PRICE_OF}), after any words said before it. */
function priceAsked(text: string): boolean {
  return PRICE_OF.test(text.replace(LEAD_IN, ''));
}

/**
 * A value, a recommendation or the day's doings, which no register records, asked for, naming no supplier by a name of its
 * own ("the till" is an everyday word). A price asked is never an entry's, even of a supplier named ("roughly how much is an
 * individual cremation?" beside the crematorium we pass pets' owners to): no entry records a price.
 */
export function asksValueNeverKept(ctx: QaContext, q: Question): boolean {
  if (asksParking(q) && !REGISTER_MATTER.test(q.text)) return true;
  if (q.intent === 'unknown' && priceAsked(q.text) && !REGISTER_MATTER.test(q.text)) return true;
  const asked = VALUE_NEVER_KEPT.test(q.text) || WHO_IS_ON_ROTA.test(q.text) || (RECOMMENDATION.test(q.text) && !ENTRY_KIND.test(q.text)) || ((OF_THE_DAY.test(q.text) || NEXT_ONE.test(q.text)) && !ctx.index.policyNamedBy(q.text)) || asksDayToDay(ctx, q);
  return asked && !REGISTER_MATTER.test(q.text) && !namesSupplier(ctx, q);
}

/**
 * "What time does the ferry leave?", "what time does the quiz start?", "what time is the last
 * lesson on a saturday?": the time something happens on a day, which no register or policy records
 * ("what time do the backups run?" is a register matter).
 */
const TIME_OF_DAY = /^\s*what time (?:does|do|is|are|will|did)\b.*\b(?:open|opens|opening|shut|shuts|close|closes|closing|start|starts|finish|finishes|leave|leaves|arrive|arrives|turn up|turns up|get in|gets in|stop|stops|end|ends|kick off|kicks off)\b|^\s*what time(?:'s|s| is| are) (?:the|our) (?:first|last|next|earliest|latest)\b|^\s*what time (?:have|has|do|does|should|must)\b[^?]*\b(?:got to|have to|has to|need to|needs to|meant to|supposed to)? ?be (?:back|in|there|here|ready|done|open)\b/i;

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
 * "Is there parking behind the shop for visitors?", "can the coach park in the yard round the side?", "is there room to park
 * the trailer?", "is the pay and display card only?", "parking at the hotel was a nightmare, is there anywhere cheaper nearby":
 * whether there is parking, or someone may park somewhere, asked as yes or no; as day-to-day as where
 * to park ("can we park the footage" is no place, and the car park's cameras are the register's, as are "parking cctv"
 * and "anpr parking records", where parking only says which cameras or records).
 */
const PARKING_ASKED = /\b(?:room|space|anywhere|somewhere|a place|places|a spot) to park\b|\bparking\b(?!\s+(?:cctv|cameras?|barriers?|logs?|records?|data|system|app|footage))[^?]*\b(?:is there|are there)\s+(?:anywhere|somewhere)\s+(?:cheaper|closer|nearer|free|else)\b(?![^?]*\b(?:store|save|keep|file)\b)|\bpay (?:and|&) display\b|(?:^|[,;.?!]\s)\s*(?:is there|are there|do we have|have we got)(?: any)?(?: [\w-]+)? parking\b(?!\s+(?:cctv|cameras?|camera footage|footage|recordings?|records?|data|details|logs?|anpr|number ?plates?|system|app|apps|software)\b)|^\s*(?:can|could|may|should|do|does)\b[^?]*?\bpark\s+(?:in|at|on|outside|behind|near|round|around|by|next|up|there|here|overnight)\b/i;
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
const ERRAND = /^\s*who(?:'s|s| is| are) (?:doing|driving|bringing|making|cooking|baking|buying|fetching|picking up|organising|organizing|covering|getting|writing|running|opening|closing|locking up)\b/i;

/** A time, price, count or errand of the day-to-day asked, in a question no pattern of the register's fields claimed. */
function asksDayToDay(ctx: QaContext, q: Question): boolean {
  if (q.intent !== 'unknown') return false;
  // A price asked is settled before this is asked ({@link asksValueNeverKept}): never the register's, whatever it is of.
  if (ENTRY_KIND.test(q.text)) return false;
  if (ERRAND.test(q.text)) return ctx.index.hasStranger(q.text);
  return TIME_OF_DAY.test(q.text) || COUNT_OF.test(q.text);
}

/** The register's kinds of entry: "do we have a supplier for…" asks which one we use. */
const ENTRY_KIND = /\b(suppliers?|processors?|vendors?|tools?|software|services?|apps?|systems?|companies|company|providers?|platforms?|accounts?|anyone|anybody|someone|somebody|anything|something)\b/i;

/** "Do we have a dress code for the waiting staff?": whether we have some thing, not which supplier we use for it. */
export function asksHaveThing(q: Question): boolean {
  return q.intent === 'purpose' && q.named.length === 0 && /^\s*(do|does) (we|you|the \w+|our \w+) (have|got)\b/i.test(q.text) && !ENTRY_KIND.test(q.text);
}

/** Public holidays and the firm's own days off. */
const HOLIDAY = /\b(bank holidays?|boxing day|christmas( eve| day)?|new year'?s?( eve| day)?|easter( monday| sunday| weekend)?|good friday|half[- ]term|inset days?)\b/i;

/** Open or shut, of a workplace or at a time. */
const OPENING = /\b(open|opens|opening|close|closed|closes|closing|shut|shuts)\b/i;

const WORKPLACE = /\b(office|shop|store|clinic|practice|surgery|salon|studio|school|site|warehouse|reception|showroom|yard|workshop|depot|branch|premises|building|venue|bar|caf[eé]|canteen|kitchen|restaurant|desk|counter)\b/i;

export const WORKPLACE_ALL = new RegExp(WORKPLACE.source, 'gi');

export const HOLIDAY_ALL = new RegExp(HOLIDAY.source, 'gi');

/** "Is the office open on Boxing Day?", "when is the next bank holiday?", "what time does the shop shut?", "what times are the office phones answered over christmas?": a calendar question. */
export function asksCalendar(text: string): boolean {
  if (HOLIDAY.test(text)) return /^\s*(when|what date|what day|which day|what times?|what hours)\b/i.test(text) || OPENING.test(text) || /\b(working|work|in|off)\b.*\b(on|over)\b/i.test(text);
  return OPENING.test(text) && WORKPLACE.test(text) && /\b(hours|times?|today|tomorrow|tonight|weekend|late|early|until|till|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b/i.test(text);
}
