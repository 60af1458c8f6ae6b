// The running of the business asked about a THING, not about data: how long a thing lasts, where a
// thing is, when pay or a delivery comes, whether a spare is left, a perk of the job, an errand, a
// repair, the way somewhere, a course. A register answer needs a question that asks after data or a
// register fact, or names a supplier by its own name; a policy answer, a situation a policy covers.
// These shapes ask neither, whatever supplier's purpose or policy their everyday words brush against
// ("payslips", "till paper", "alarm fob", "the store shed").
import type { Supplier, VigilConfig } from '../config/schema.ts';
import { namesSupplier } from './names-supplier.ts';
import type { QaAnswer, QaContext, Question } from './qa-context.ts';
import { theOnly } from './quoted-policies.ts';
import { STOPWORDS, stem, words } from './text.ts';
import { leaveAsked, toolAskedFor } from './unknown.ts';

/**
 * Things that are data ("where are the CCTV recordings kept", "where are the payslips kept", "where do i find people's numbers").
 */
export const DATA_THING =
  /\b(data|details?|info|information|records?|files?|footage|recordings?|cctv|cameras?|photos?|pictures?|videos?|images?|notes|forms?|paperwork|papers?|documents?|letters?|contracts?|logins?|log-?ins?|passwords?|passcodes?|pins?|codes?|accounts?|backups?|back-?ups?|emails?|e-mails?|payslips?|pay ?slips?|certificates?|licen[cs]es?|sheets?|copies|receipts|invoices?|statements?|references?|reports?|registers?|logs?|diary|diaries|charts?|cards|ids?|passports?|messages?|chats?|texts?|lists?|database|spreadsheets?|addresse?s?|phone numbers?|history|histories|stuff|books?|logbooks?|plans|assessments|results|scores|measurements|agreements|waivers|orders|bookings|prescriptions|referrals|consultations|x-?rays|dpas?|voicemails?|voice ?mails?|clips?|scans?|contact numbers?|emergency numbers?|next of kin|(?:people['’]s|everyone['’]s|(?:member|client|customer|parent|carer|resident|guest|patient|volunteer)(?:['’]s|s['’])|famil(?:y['’]s|ies['’]))\s+(?:mobile\s+|phone\s+)?numbers?)\b/i;

/**
 * What is done to data, or a data-protection matter ("how long does a subject access request take",
 * "when do we delete old records", "what do I do if I lose the card reader").
 */
export const DATA_DOING =
  /\b(gdpr|privacy|consent|breach\w*|leaks?|leaked|hack\w*|phish\w*|scam\w*|virus\w*|encrypt\w*|requests?|sar|erase\w*|delet\w*|wip(?:ed|es|ing)\b(?!\s+(?:down|clean|over|up))|shred\w*|confidential|retention|retain\w*|policy|policies|lost|lose|loses|losing|left behind|stolen|missing|theft|found|share|shared|sharing|access)\b/i;

export const DATA_MATTER = new RegExp(`${DATA_THING.source}|${DATA_DOING.source}`, 'i');

/** The part of a question that names the thing asked after: from `start` to the end of its clause. */
function clauseFrom(text: string, start: number): string {
  return text.slice(start).split(/[?,;.!]|\s-\s/)[0] ?? '';
}

/**
 * True when a thing's words are data's or a register matter's, or are of people the register's data is
 * about ("the patient's notes", "customer keys"): a word for people before another word or in the possessive,
 * not the thing itself ("the sourdough starter" is no new starter).
 */
function dataThing(ctx: QaContext, thing: string): boolean {
  if (DATA_MATTER.test(thing)) return true;
  const said = thing.toLowerCase().match(/[a-z]+(?:['’]s|s['’])?/g) ?? [];
  return said.some((w, i) => (i < said.length - 1 || /['’]/.test(w)) && w.length > 2 && ctx.index.namesPeople(w.replace(/['’]s?$/, '')));
}

/**
 * "How long does a tub of hummus last after opening?", "how long will a colour correction take?": how
 * long a thing lasts or takes, or keeps by itself ("how long do the scones keep unwrapped?"), not a
 * retention period ("how long do we keep payslips" keeps something).
 */
const LASTS_OR_TAKES = /\bhow long (?:does|do|will|would|should|can|is|are)\b(.{1,60}?)\b(?:last|lasts|take|takes|keep fresh|stay fresh|stay good|keep good|be good for|good for|in date|go off|keeps?(?=\s+(?:out|in|once|after|if|when|unopened|opened|frozen|fresh|chilled|sealed)\b|\s*[?.!]*\s*$))(.{0,40})/i;

/**
 * "Where's the torque wrench?", "where do we keep the extra till paper?", "anyone seen the blue windlass?", "who's got the long ladder?":
 * where a thing is found, not where data is stored ("where are the CCTV recordings kept").
 */
const WHERE_IS =
  /\bwhere(?:'s|s| is| are| was| were| do we keep| do we put| do i find| can i find| would i find| have (?:they|we|you) put| did (?:they|we|you|someone|somebody|anyone) put| has| have)\b|\b(?:anyone|anybody|someone|somebody) seen\b|^\s*who(?:'s got|s got| has got| has)(?= (?:the|a|an|our|my) )/i;

/** Where data is held, moved or sent: words of the register's location, never of a thing lying about. */
const STORED = /\b(stored|stores?|storing|held|hosted|backed up|saved|sent|send|transferred|processed|recorded|logged|filed|done|run|handled|managed|go|goes)\b/i;

/** The register's own entries named as such ("where are our suppliers based?"), or where they keep our data ("bookkeeping software - where
 * are the servers?"): where they are is a register fact. */
const REGISTER_ENTRIES = /\b(?:suppliers?|processors?|sub-?processors?|vendors?|providers?|third[- ]part(?:y|ies)|servers?(?!\s+(?:cupboard|room|rack|cabinet|closet|keys?)\b)|data cent(?:re|er)s?)\b/i;

/** "Where are we with it?", "where do we stand?": how a matter stands, not where a thing is. */
const WHERE_MATTER_STANDS = /\bwhere (?:are|am|is) (?:we|i|it|things) (?:with|at|up to)\b|\bwhere do (?:we|i) stand\b/i;

/** A pronoun for the thing: what it is was said before ("payroll data - where is it?"). */
const PRONOUN_THING = /^\s*(?:it|they|them|this|that|these|those|everything|all (?:that|this))\b/i;

/**
 * The heads of what the register's entries hold or are for (their data categories and purpose keywords, each split at commas
 * and semicolons), each phrase first put through `trim`: made once for each config, in `cache`.
 */
function heldHeadsOnce(cache: WeakMap<VigilConfig, Set<string>>, config: VigilConfig, trim: (phrase: string) => string): Set<string> {
  let held = cache.get(config);
  if (!held) {
    held = new Set(config.suppliers.flatMap((s) => [...s.dataCategories, ...s.purposeKeywords]).flatMap((phrase) => trim(phrase).split(/,|;/)).flatMap(headWords));
    cache.set(config, held);
  }
  return held;
}

/**
 * The words that say what the register's entries hold or are for (the heads of their data and purpose
 * keywords: "key safe codes" holds codes, not keys), folded: made once for each config.
 */
const HELD_WORDS = new WeakMap<VigilConfig, Set<string>>();
export function heldWords(config: VigilConfig): Set<string> {
  return heldHeadsOnce(HELD_WORDS, config, (phrase) => phrase);
}

/**
 * The heads of what the entries hold, a bracket's words left out: a bracket lists the kinds of what is held ("sizes
 * (wetsuit, boots, fins)" holds sizes; "access notes (where a key is kept)" holds notes), so the wetsuit or the key itself
 * lying about is no entry's data. An unclosed bracket runs to the end.
 */
const HELD_HEADS = new WeakMap<VigilConfig, Set<string>>();
const BRACKET = /\([^)]*\)?/g;
function heldHeads(config: VigilConfig): Set<string> {
  return heldHeadsOnce(HELD_HEADS, config, (phrase) => phrase.replace(BRACKET, ' '));
}

/** Words of a kind of thing, which many entries' aliases share: not what tells one entry from another. */
const GENERIC_KIND = /^(?:system|app|software|machine|reader|terminal|device|unit|portal|platform|account|service|tool|online|the|our|new|old|box)$/;

/** An entry whose work is keeping things going: IT support, repairs, maintenance. */
const REPAIRER = /\b(?:support|repairs?|maintenance|fix(?:es|ing)?|servicing)\b/i;

/**
 * The entry that mends a broken thing, told who fixes it: one whose work is support or repair and whose aliases or keywords
 * name the thing ("the wifi's down, who sorts it?" where the IT firm's keywords say wifi), or the one whose alias names it. A
 * thing only an entry's keywords name stays everyday ("the alarm button by the till", beside a lone-worker app's keywords).
 */
export function repairerOf(ctx: QaContext, q: Question): Supplier | undefined {
  const broken = REPAIR_ASKED.exec(q.text);
  if (!broken || !WHO_REPAIRS.test(q.text)) return undefined;
  // A fault that names its own thing ("van 2 has a flat tyre") is of that thing, not of what comes before.
  const said = FAULT_OF_ITS_OWN.test(broken[0]) ? broken[0] : q.text.slice(0, broken.index).split(THING_ENDS)[0] ?? '';
  const thing = words(said).filter((w) => w.length > 2 && !STOPWORDS.has(w));
  // The word that says what the broken thing is ("the ipad stand" is a stand, not the iPad the IT firm looks after).
  const head = thing.filter((w) => !GENERIC_KIND.test(w)).at(-1);
  const fixers = head ? ctx.config.suppliers.filter((s) => REPAIRER.test(s.purpose) && [...s.aliases, ...s.purposeKeywords].flatMap((k) => words(k)).includes(head)) : [];
  if (fixers.length === 1) return fixers[0];
  // Or the entry staff call the thing by ("the fob reader" where an entry's alias is "fobs"; not "the till's stand", a stand):
  // who looks after it answers.
  const called = head ? ctx.config.suppliers.filter((s) => s.aliases.some((a) => words(a).includes(head))) : [];
  return called.length === 1 ? called[0] : undefined;
}

/** Faults said with the thing they are of: a tyre's. */
const FAULT_OF_ITS_OWN = /^(?:flat tyre|puncture)$/i;

/** What comes after a thing's name: what it is for, where it is, when. */
const THING_ENDS = /\b(?:for|in|on|from|at|of|by|with|to|near|under|behind|kept|stored|gone|now|today|again)\b/i;

/**
 * Every word the register's entries are known by or hold, folded: names, aliases, purpose keywords and data. A thing asked
 * how long it lasts ("the dash cam clips", "the fob logs") is data where an entry names it so, wherever the word sits.
 */
const ENTRY_WORDS = new WeakMap<VigilConfig, Set<string>>();
export function entryWords(config: VigilConfig): Set<string> {
  let known = ENTRY_WORDS.get(config);
  if (!known) {
    const said = config.suppliers.flatMap((s) => [s.name, ...s.aliases, ...s.purposeKeywords, ...s.dataCategories]);
    known = new Set(said.flatMap((phrase) => words(phrase)).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
    ENTRY_WORDS.set(config, known);
  }
  return known;
}

/** True when a word of the thing (before what it is for or where it is) is one the register's entries are known by or hold. */
function entryThing(config: VigilConfig, thing: string): boolean {
  const before = thing.split(THING_ENDS)[0] ?? '';
  return words(before).some((w) => entryWords(config).has(w));
}

/** A policy titled by the thing asked after ("the cash tin", "a spare usb stick"): that policy says where it is and how it is kept. */
export function thingsPolicy(ctx: QaContext, q: Question): QaAnswer | undefined {
  const thing = placeAsked(q.text) ?? SPARE_TO_HAND.exec(q.text)?.[1];
  if (thing === undefined || namesSupplier(ctx, q)) return undefined;
  // The thing's whole name, two words or more ("cash tin", not "key", which a title on customers' keys has too).
  const name = words(thing.split(THING_ENDS)[0] ?? '').filter((w) => !STOPWORDS.has(w) && !/^(?:spare|extra|more|another|leftover)$/.test(w));
  if (name.length < 2) return undefined;
  return theOnly(ctx.config.policies.filter((p) => name.every((w) => words(p.title).includes(w))));
}

/**
 * The words that say what a thing is: the last of each part before a preposition ("the spare receipt
 * rolls for the reader": rolls; "drawings and models": both).
 */
export function headWords(thing: string): string[] {
  const before = thing.split(THING_ENDS)[0] ?? '';
  return before.split(/\band\b|&|\//i).map((part) => words(part).filter((w) => !STOPWORDS.has(w)).at(-1)).filter((w): w is string => Boolean(w));
}

/**
 * "When does the wages run land?", "which day is pay going in?" (pay), "what time does the parcel van turn up?"
 * (a delivery): when pay or a delivery comes, which no register keeps.
 */
const PAY_WHEN = /^\s*(?:when|what day|which day|what date|what time)\b[^?]*\b(?:come out|comes out|go out|goes out|get paid|gets paid|are paid|is paid|paid|pay ?day)\b|\bpay ?day\b|\b(?:wages?|pay|salar(?:y|ies))\b (?:is |are )?(?:going|go|gone|coming|come|landing|land)(?: in| out)\b/i;
const DELIVERY_WHEN = /^\s*(?:when|what day|which day|what date|what time)\b[^?]*\b(?:arrive|arrives|come|comes|turn up|turns up|call|calls|collect|collects|pick up|picks up|deliver|delivers|drop off|drops off)\b/i;

/** "Have the flour sacks been delivered yet?": whether goods have come, whoever brings them (a supplier's alias or its name). */
const DELIVERED_YET = /^\s*(?:has|have|did|is|are)\b[^?]*\b(?:dropped off|delivered|arrived|come|turned up|brought|collected|picked up)\b[^?]*\byet\b/i;

/** "When do the certificates have to go out?": a rule asked, which a policy may say. */
const OBLIGED = /\b(?:have to|has to|must|should|need to|needs to|required|supposed to|meant to)\b/i;

/**
 * "When is the next review of the Square statement?": the dates the register does keep; a contract's end too ("when does our
 * contract with pantiles run out?"), which an entry's notes may say.
 */
export const REGISTER_DATE = /\b(reviews?|renewals?|renew\w*|statements?|dpas?|expire\w*|expiry)\b|(?<!\b(?:my|client['’]?s?|customer['’]?s?|tenant['’]?s?|member['’]?s?|employee['’]?s?|his|her) (?:\w+ )?)\bcontract\b(?:\s+\S+){0,4}?\s+(?:end|ends|ending|finish(?:es)?|run(?:s)? out|up)\b|\bend of (?:the |our |their )?contract\b/i;

/**
 * "Has anyone got a spare tape measure in their truck?", "are there any more gazebo weights left in the
 * store shed?", "is there a cable for the shop tablet in the back?", "any bread left for the platters?": a thing to hand, not a supplier.
 */
const SPARE_TO_HAND =
  /^\s*(?:do we have|have we got|have we|is there|are there|does anyone have|does anybody have|has anyone got|has anybody got|do you have|anyone got|any)\b(?:\s+(?:a|an|any|some|the))?(?:\s+(?:spare|extra|more|left ?over|leftover|another))?\b(.{1,50}?)\b(?:left|spare|going|lying around|in (?:the|their|your|my|our|a) [\w -]{2,20}|at (?:the|our) [\w -]{2,20}|for (?:the|my|our) [\w -]{2,20})\b/i;

/** The register's kinds of entry, or someone to go to: "are there any suppliers in the US?" asks the register. */
const ENTRY_KIND = /\b(suppliers?|processors?|vendors?|tools?|software|services?|apps?|systems?|compan(?:y|ies)|providers?|platforms?|anyone|anybody|someone|somebody|one)\b/i;

/** "Do we get a staff meal on doubles?", "do apprentices get holiday pay?": the terms of the job. */
const PERK_OF_THE_JOB = /^\s*(?:do|does|will|can|are) (?:staff|we|i|employees|the team|apprentices|new starters|part[- ]timers) (?:get|have|receive|get given|allowed) (?:a |an |any |some )?(?:free|full|paid|discount\w*|sick pay|ssp|overtime|holiday pay|bonus\w*|lunch|breaks?|uniform|staff discount|meals?|food|drinks?|snacks?|coffee|tea|holidays?|days off|time off|birthdays? off)\b/i;

/** "Who do I ask about getting new work boots, mine have split": kit for the job asked for, which no entry holds. */
const WORK_KIT_ASKED =
  /\b(?:who (?:do|should|can) i (?:ask|speak to|talk to|see)|how do i (?:get|order|request)|where do i (?:get|order)|can i (?:get|order|have))\b[^.?!]{0,30}?\b(?:new|replacement|more|spare|some|a new|a pair of|another)\s+(?:pair of\s+)?(?:work\s+)?((?:boots|gloves|overalls|uniforms?|hi-?vis|ppe|safety (?:boots|glasses|specs)|goggles|ear ?defenders|hard ?hats?|workwear|polo shirts?|polos|fleeces?|jackets?|trousers|tabards?|aprons?|tool ?belts?|knee ?pads))\b/i;

/** Things of ours that hold data, told beside kit. */
const KIT_WITH_DATA = /\b(?:cameras?|body ?cams?|phones?|mobiles?|laptops?|tablets?|ipads?|radios?|badges?|id cards?|lanyards?|fobs?|keys?|scanners?)\b/i;

/**
 * Kit for the job asked for ("who do I ask about getting new work boots, mine have split"): nobody's data, and no rule on asking
 * someone before a new app; unless an entry of ours supplies that kit (a workwear firm's).
 */
export function asksWorkKit(ctx: QaContext, text: string): boolean {
  const kit = WORK_KIT_ASKED.exec(text)?.[1];
  // Kit beside a thing of ours that holds data ("the body camera clip on mine has broken") is that thing's policy's.
  if (!kit || KIT_WITH_DATA.test(text)) return false;
  const head = stem(words(kit).at(-1) ?? kit);
  return !ctx.config.suppliers.some((s) => words([s.name, ...s.aliases, ...s.purposeKeywords, s.purpose].join(' ')).map(stem).includes(head));
}

/**
 * "Someone left a load of exercise bands in treatment room 2, whose are they??": a thing left behind and whose it is asked, which holds
 * nobody's details (not a phone, a bag, a card or papers: those are the policies' on things found).
 */
const THING_LEFT_WHOSE =
  /^(?!.*\b(?:phones?|mobiles?|laptops?|tablets?|ipads?|bags?|handbags?|wallets?|purses?|cards?|keys?|papers?|paperwork|files?|folders?|forms?|notes|letters?|documents?|passports?|licen[cs]es?|usb|sticks?|diary|notebooks?|clipboards?)\b).*\b(?:someone|somebody|a (?:client|patient|customer|guest|member))\s+(?:has\s+)?left\s+[^?]*\bwhose\s+(?:is it|are they|is this|are these|is that|are those)\b/i;

/**
 * "Ok to go ahead and send the report to school? nothing back from the parents about their comments": a go-ahead waited on for someone's
 * view of our work, which no rule decides; not their consent, a form or a check, which the policies on those do.
 */
const GO_AHEAD_ON_VIEWS =
  /^(?!.*\b(?:consent|permission|forms?|checks?|dbs|references?|signed|signature|authori[sz]ation|id|medical|asthma|allerg\w*|medication|medicines?|health|inhalers?|epipens?|conditions?)\b)(?=.*\bnothing back from\b[^.?!]{0,40}?\babout\b)(?=.*\b(?:go ahead|carry on|proceed)\b)/i;

/**
 * "My daughter rang my own mobile while I was on a job, is it ok to answer it in the ambulance?": one's own family's call, and whether to
 * take it, which is no rule on anyone's data.
 */
const OWN_FAMILY_CALL_ASKED =
  /^(?!.*\b(?:patients?|clients?|customers?|bookings?|relatives?|passengers?|residents?)['’]?s?\b)(?=.*\bmy (?:own )?(?:husband|wife|partner|son|daughter|kids?|children|mum|mam|dad|mother|father|brother|sister|boyfriend|girlfriend|nan|gran)\s+(?:rang|called|phoned|texted|messaged|facetimed|is ringing|is calling|keeps ringing)\b)(?=.*\b(?:ok|okay|alright|allowed|can i|should i|do i)\s+(?:to\s+)?(?:answer|take|pick up|ring (?:her|him|them) back|call (?:her|him|them) back)\b)/i;

/**
 * Time off asked for one's own family's trouble: "my daughter's relapsed on the booze, keep it between us but i might need a day off". The
 * asker's own leave, which no rule on anyone's data decides, however the story reads (a relapse, a secret); not leave with work taken home
 * ("can i have the day off and work from home on the payroll files from my own laptop?", the home-working policy's).
 */
const OWN_TIME_OFF_FOR_FAMILY =
  /^(?!.*\b(?:patients?|clients?|customers?|residents?|members?|pupils?)['’]?s?\b)(?!.*\b(?:files?|laptop|computer|records?|data|details|e-?mails?|from home|paperwork)\b)(?=.*\bmy (?:own )?(?:husband|wife|partner|son|daughter|kids?|children|mum|mam|dad|mother|father|brother|sister|nan|gran)\b)(?=.*\b(?:i\s+(?:might|may|will|would|['’]ll|could)\s+(?:need|have to take|want|have to have)|(?:can|could|may)\s+i\s+(?:have|take|get))\s+(?:a|some|the|a few)\s+(?:days?|time|week|morning|afternoon)\s+off\b)/i;

/**
 * Good news a child tells as a secret: "alfie told me a secret, he's getting a puppy for his birthday", "she has a secret: she's going to be a
 * big sister". No worry, where nothing of harm is said; the question-kind model reads a story of a secret told as a disclosure.
 */
const GOOD_NEWS_SECRET =
  /^(?!.*\b(?:hit|hits|hurt|hurts|scared|afraid|frightened|touch\w*|bruis\w*|smack\w*|cry\w*|sad|worried|worrying|upset|shout\w*|home alone)\b)(?=.*\bsecret\b).*\b(?:puppy|kitten|birthday|big (?:sister|brother)|baby (?:brother|sister)|surprise|present|picked for|got (?:a|the) part|disney|holiday)\b/i;

/**
 * A copy of one of our own papers that holds nobody's details: "a parent asked for a copy of the lesson timetable", "a customer asked for a
 * copy of our price list". No request for anyone's data, though the model reads the asking as one.
 */
const COPY_OF_OUR_PAPERS =
  /\b(?:asked|asking|asks|wants?|wanted|wanting)\s+(?:(?:me|us)\s+)?(?:for\s+|if\s+(?:she|he|they)\s+(?:could|can)\s+have\s+)?(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|our|this|next|last|next\s+weeks?|this\s+weeks?)\s+(?:[\w'’-]+\s+){0,3}?(?:timetables?|programmes?|programs?|price\s?lists?|newsletters?|fee\s+schedules?|menus?|term\s+dates|brochures?|leaflets?|fixtures?|calendars?|handbooks?|prospectus)\b/i;

/**
 * One's own money trouble: "my own dd bounced again, shall i ask priti for an advance", "my rent payment failed". The asker's own bill, which
 * no rule on our customers' payments decides (the retraining with focus set 120 left the question-kind model short of sure it is small talk).
 */
const OWN_PAYMENT_TROUBLE =
  /^(?!.*\b(?:patients?|clients?|customers?|parents?|members?|tenants?|families|family['’]?s)['’]?s?\b)(?=.*\bmy\s+(?:own\s+)?(?:dd|direct debit|standing order|rent|mortgage|council tax|phone bill|bills?|loan|credit card|card payment|payment)\b[^.?!]{0,30}?\b(?:bounced|failed|was declined|got declined|been declined|went unpaid)\b)/i;

/**
 * A matter of one's own or of someone's view that no rule of ours decides: a go-ahead waited on for someone's view ({@link
 * GO_AHEAD_ON_VIEWS}), one's own family's call ({@link OWN_FAMILY_CALL_ASKED}), time off for one's family ({@link OWN_TIME_OFF_FOR_FAMILY}),
 * good news told as a secret ({@link GOOD_NEWS_SECRET}), a copy of our own papers ({@link COPY_OF_OUR_PAPERS}) or one's own money trouble
 * ({@link OWN_PAYMENT_TROUBLE}). The rules answer it "don't
 * know", and the question-kind model keeps that answer whatever story it reads in it (answers-by-kind.ts).
 */
export function asksNoRuleOfOurs(text: string): boolean {
  return GO_AHEAD_ON_VIEWS.test(text) || OWN_FAMILY_CALL_ASKED.test(text) || OWN_TIME_OFF_FOR_FAMILY.test(text) || GOOD_NEWS_SECRET.test(text) || COPY_OF_OUR_PAPERS.test(text) || OWN_PAYMENT_TROUBLE.test(text);
}

/** "Could somebody fetch the step ladder?", "can anyone pick up stamps at lunch?": an errand asked of the team. */
const ERRAND_ASKED = /\b(?:can|could|will|would) (?:someone|somebody|anyone|anybody|one of you) (?:bring|grab|fetch|lend|drop|pick up|pop|get|run)\b/i;

/** "The back door's stuck again, who sorts it?": a broken thing and who repairs it. */
const REPAIR_ASKED =
  /\b(?:isn'?t|is not|not|aren'?t|are not|stopped|won'?t|doesn'?t) (?:working|turning on|switching on|charging|opening|closing|locking|draining|spinning|heating|starting)\b|\b(?:broken|wobbly|stuck|jammed|leaking|leaks|cracked|faulty|banging|rattling|grinding|squeaking|squealing|beeping|smoking|sparking|overheating|dripping|tripping)\b|\bmaking (?:a |an |that |the |this |some )?(?:[\w-]+ )?(?:noise|racket|sound)\b|\bflat tyre\b|\bpuncture\b|\bbroken down\b|\bout of order\b/i;

// "Who do we ring", "anyone got a plumber's number", "how do I shut it up", "can we get a new one": someone to mend it, or a new one.
const WHO_REPAIRS =
  /\bwho (?:fixes|repairs|mends|sorts|do (?:i|we) (?:call|ring|ask) to (?:fix|repair|mend|sort))\b|\b(?:can|could|will|would) (?:someone|somebody|anyone|anybody) (?:fix|repair|mend|look at|sort|bring)\b|\bhow (?:do|can) (?:i|we) (?:fix|repair|mend)\b|\bwho (?:do|should|can) (?:i|we) (?:call|ring|phone|get)\b|\b(?:got|have|know) (?:a|an|the) (?:number for (?:a|an|the) )?(?:plumber|electrician|engineer|handyman|mechanic|glazier|repair ?(?:man|person|firm|company))\b|\bhow to (?:shut|stop|silence|reset|turn off|switch off) (?:it|that|this|them)\b|\b(?:can|could|should) (?:we|i) (?:get|buy|order) (?:a |an )?(?:new|replacement|another|spare)\b|\b(?:have|has) (?:we|anyone|anybody) got (?:a |an )?spare\b/i;

/** "Leaves blowing round the car park again, who sweeps it?", "whose job is it to grit the yard?": a chore about the place and who does it. */
const CHORE_WHO = /\b(?:who(?:['’]?s| is| does)?|whose job is it to|whose turn is it to)\s+(?:(?:going|meant|supposed) to\s+)?(?:sweeps?|sweeping|hoovers?|hoovering|vacuums?|mops?|mopping|grits?|gritting|mows?|mowing|dusts?|dusting|tid(?:y|ies)|tidying|waters? the plants|watering the plants)\b/i;

/** "Quickest route to the show ground from here?", "how would I get to the new unit?": the way somewhere. */
const WAY_THERE = /\b(?:best|quickest|fastest|easiest|shortest) (?:way|route) (?:to|there|from)\b|\bhow (?:do|can|would|should) (?:i|we|you) get (?:to|there)\b|\bdirections (?:to|for)\b/i;

/** "Is the barista course worth doing?", "when is the forklift training?": a course asked after, not a data-protection one. */
const COURSE_WORD = String.raw`(?:courses?|training|trainings|exams?|qualifications?|seminars?|webinars?|cpd)`;
const COURSE = new RegExp(String.raw`\b${COURSE_WORD}\b`, 'i');

/** A course asked after: whether it is any good, where or when it is, which to go on. */
const COURSE_ASKED = new RegExp(
  String.raw`\b${COURSE_WORD}\b[^?]*\b(?:any good|worth (?:it|doing|going)|good or|recommend\w*|another provider|other provider)\b|^\s*(?:where|when)(?:'s|s| is| are| does| do)\b[^?]*\b${COURSE_WORD}\b|\b(?:should|shall|can) (?:i|we) (?:book|go on|do|sign up (?:to|for)|enrol (?:on|for)|go with)\b[^?]*\b${COURSE_WORD}\b`,
  'i',
);
const PROTECTION_COURSE = /\b(gdpr|data protection|privacy|cyber|security|phishing|safeguarding|information governance)\b/i;

/** "Am I allowed to vape out the back?", "can I bring my partner to the christmas do?": food, drink or family at work. */
const FOOD_OR_FAMILY = /^\s*(?:can|could|may|am i allowed to|are we allowed to|is it ok (?:to|if i)|is it okay (?:to|if i))(?: i| we| staff)? (?:eat|drink|have (?:my|our|a) (?:lunch|breakfast|dinner|tea|coffee|snack|break)|smoke|vape|bring (?:my|our|a) (?:daughter|son|kids?|children|child|partner|wife|husband|boyfriend|girlfriend|friend|mum|dad|family|dog|baby|plus one))\b/i;

/**
 * "What's the shipping on a large print?", "what's the mileage allowance if I drive?", "is there a refund on
 * unused vouchers?", "how much would a family get back with the rebate?": a sum of money, which no register keeps.
 */
const SUM_OF_MONEY = /^\s*(?:what(?:'s|s| is| are)|how much is|is there)\b(?:\s+(?:the|a|an|our))?\s+(?:postage|shipping|delivery charge|vat|tax|deposit|refund|tip|tips|mileage|allowance|discount)\b(?:\s+(?:allowance|rate|rates|amount))?(?:\s+(?:on|for|to|of|if|rate)\b)|^\s*how much (?:do|does|will|would|can) [\w -]{1,30}? (?:save|get back|earn|make)\b/i;

/** "Weather looks grim for saturday", "it's zero degrees, shall we put the heater on?", "how's the tide looking?": the weather, the tide, how warm it is. */
const WEATHER = /\b(?:weather|forecast|rain|raining|rainy|snow|snowing|windy|gusts?|storms?|tides?|heatwave|frost|frosty|icy|sunny|degrees|temp|temperature|freezing|boiling|roasting|heater|heaters|heating|radiators?|air ?con)\b/i;

/** Something asked ("…, should we move the trip?", "who do I ring"), not a story told ("the house was freezing and she had bruises") nor what to do about one. */
const ASKS = /\?|^\s*(?:what|how|when|where|who|is|are|should|shall|can|could|do|does|will)\b|\b(?:should|shall|can|could|do) (?:we|i)\b/i;
const WHAT_TO_DO = /\bwhat (?:do|should|shall|must|can) (?:i|we) do\b|\bwho (?:do|should|shall|must) (?:i|we) (?:tell|report (?:it |this )?to|speak to|talk to)\b/i;

/**
 * The weather or warmth asked after, where no policy's title or keywords and no entry's words name it (a fridge's temperature
 * log, a heating engineer), and no tool is asked after by the word ("is tide ok?").
 */
function weatherAsked(ctx: QaContext, text: string): boolean {
  const said = WEATHER.exec(text)?.[0];
  const word = said && words(said)[0];
  if (!word || !ASKS.test(text) || WHAT_TO_DO.test(text) || toolAskedFor(text)?.toLowerCase() === said.toLowerCase()) return false;
  return !entryWords(ctx.config).has(word) && !ctx.config.policies.some((p) => words(`${p.title} ${p.keywords.join(' ')}`).includes(word));
}

/** True when a course is asked after, not data-protection training, and not of a supplier whose own entry is courses. */
function asksCourse(q: Question): boolean {
  if (!COURSE_ASKED.test(q.text) || PROTECTION_COURSE.test(q.text) || q.whatToDo || leaveAsked(q.text)) return false;
  return !q.named.some((m) => COURSE.test(`${m.supplier.purpose} ${m.supplier.dataCategories.join(' ')}`));
}

/** The thing whose place is asked ("where's the torque wrench?"), not how a matter stands. */
function placeAsked(text: string): string | undefined {
  const at = WHERE_IS.exec(text);
  if (!at || WHERE_MATTER_STANDS.test(text)) return undefined;
  return clauseFrom(text, at.index + at[0].length).split(/\s(?:and|&|\+)\s/)[0]!;
}

/** What keeps papers or records in it, or opens where they are: of data where what it is for is data. */
const HOLDER = /\b(?:folders?|binders?|box(?:es)?|drawers?|cabinets?|safes?|trays?|bags?|envelopes?|keys?|lockers?|files?|crates?|cupboards?|shelf|shelves|sticks?|drives?|disks?|laptops?|tablets?|phones?|ipads?)\b/i;

/** A place of a thing asked ("where's the torque wrench?"), the thing no data and not where data is stored. */
function asksPlaceOfThing(ctx: QaContext, text: string): boolean {
  const thing = placeAsked(text);
  if (thing === undefined || thing.trim().length === 0 || PRONOUN_THING.test(thing) || STORED.test(thing) || REGISTER_ENTRIES.test(thing)) return false;
  // The thing itself, before what it is for or where it is: "the remote for the backup heater" is a remote, whatever it works
  // ("the under-16s data" is all one thing).
  // A holder of data is data's ("the folder for the payroll", "the key to the records cabinet").
  const before = thing.split(THING_ENDS)[0] ?? '';
  const itself = words(before).some((w) => !STOPWORDS.has(w)) ? before : thing;
  if (dataThing(ctx, itself) || (HOLDER.test(itself) && dataThing(ctx, thing))) return false;
  // What the register's entries hold is data wherever it lies ("where do we keep the Revit models?").
  const held = heldHeads(ctx.config);
  return !headWords(thing).some((w) => held.has(w));
}

/** How long a thing lasts or takes ("how long does an appointment take?"), the thing no data. */
function asksLastsOrTakes(ctx: QaContext, text: string): boolean {
  const m = LASTS_OR_TAKES.exec(text);
  if (!m || /\bkeep\b/i.test(m[1]!)) return false;
  // "How long does it take to answer a request?": what "it" stands for follows.
  const thing = /^\s*it\s*$/i.test(m[1]!) ? clauseFrom(m[2]!, 0) : m[1]!;
  // A thing that lasts, unlike one that takes a while, may be data the register keeps ("how long do the tracker journeys last?").
  const takes = /^\s*takes?\b/i.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
  return !dataThing(ctx, thing) && (takes || !entryThing(ctx.config, thing));
}

/**
 * The running of the business asked about a thing ({@link LASTS_OR_TAKES}, {@link WHERE_IS} and the
 * rest), naming no supplier by a name of its own and no data: "don't know" and whom to ask, before
 * any supplier or policy its words meet.
 */
export function asksEverydayThing(ctx: QaContext, q: Question): boolean {
  const text = q.text;
  if (/\bpolic(?:y|ies)\b/i.test(text)) return false;
  // A course is off-topic even of a supplier named ("is the <scheme> course any good?"), unless the supplier's own work is courses.
  if (asksCourse(q) && !dataThing(ctx, text.replace(/\b(?:staff|team)\b/gi, ' '))) return true;
  if (DELIVERED_YET.test(text) && !DATA_MATTER.test(text) && !REGISTER_DATE.test(text)) return true;
  // A go-ahead waited on for someone's view, whatever supplier the thing to go ahead with is ("book the room", "the report").
  if (asksNoRuleOfOurs(text)) return true;
  if (namesSupplier(ctx, q)) return false;
  if (asksLastsOrTakes(ctx, text) || asksPlaceOfThing(ctx, text)) return true;
  // When pay comes is a calendar, whatever it comes on ("when does the wages run land?"); not when data is dealt with.
  if (PAY_WHEN.test(text) && !DATA_DOING.test(text) && !REGISTER_DATE.test(text) && !OBLIGED.test(text)) return true;
  if (DATA_MATTER.test(text)) return false;
  if (DELIVERY_WHEN.test(text) && !REGISTER_DATE.test(text) && !OBLIGED.test(text)) return true;
  if (PERK_OF_THE_JOB.test(text) || THING_LEFT_WHOSE.test(text) || FOOD_OR_FAMILY.test(text) || ERRAND_ASKED.test(text) || CHORE_WHO.test(text) || WAY_THERE.test(text) || SUM_OF_MONEY.test(text) || weatherAsked(ctx, text)) return true;
  if (REPAIR_ASKED.test(text) && WHO_REPAIRS.test(text) && !repairerOf(ctx, q)) return true;
  const spare = SPARE_TO_HAND.exec(text);
  return spare !== null && !dataThing(ctx, spare[1]!) && !STORED.test(text) && !ENTRY_KIND.test(spare[1]!);
}
