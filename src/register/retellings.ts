// A question told again in the register's words before it is read: everyday names for what the register records, a thing
// left somewhere told as lost, paper asked about after use as how to get rid of it, "abroad" as outside our own region.
import type { QaContext } from './qa-context.ts';
import { BEREAVEMENT, carriesDetails } from './lost-things.ts';
import { spelledOut } from './spelling.ts';
import { withContractions } from './text.ts';

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

/** A transfer safeguard by any of its names: "the UK addendum", "adequacy", "the IDTA", "SCCs". */
const SAFEGUARD = String.raw`(?:the |an |our )?(?:uk )?(?:addendum|idta|adequacy(?: decision)?|sccs?|standard contractual clauses|international data transfer agreements?|data privacy framework|dpf)`;

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

/** "End up" in each form, as the same form of "go". */
const GO_FORM: Record<string, string> = { ends: 'goes', ended: 'went', ending: 'going' };

/** "Hang on to" and "hold on to" in each form, as the same form of "keep". */
const KEEP_FORM: Record<string, string> = { hangs: 'keeps', holds: 'keeps', hung: 'kept', held: 'kept', hanging: 'keeping', holding: 'keeping' };

/** Everyday names for what the register records, put as the register says them. */
const EVERYDAY: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // "Which suppliers hold details of people who receive hampers?": the data subjects as the register names them, "recipients";
  // what they receive only restates it, and a courier's entry never says "hampers".
  [PEOPLE_WHO, (_match, verb: string) => DOER_NOUNS[verb.toLowerCase()] ?? verb],
  // "The GDPR paperwork", "the gdpr bit", "a data agreement": a supplier's GDPR statement.
  [/\bgdpr (paperwork|bits?|stuff|forms?|agreements?|contracts?|sign[- ]?off)\b/gi, 'gdpr statement'],
  [/\bdata (protection )?agreements?\b/gi, 'gdpr statement'],
  // Words as staff shorten them, said in full: "xmas cards" are the register's Christmas cards, by its names as by its words;
  // a "dd mandate" a direct debit one (not "dd/mm/yyyy").
  [/\bxmas\b/gi, 'christmas'],
  // "Her police check hasn't come back": the DBS check, as the register and policies name it (not "the police check the plates").
  [/\b(?:her|his|their|my|your|enhanced)\s+police checks?\b/gi, (match: string) => match.replace(/police checks?/i, 'DBS check')],
  [/\bdd\b(?!\s*\/)/gi, 'direct debit'],
  // "Do we have their data processing terms?": the terms a processor signs are its GDPR statement too.
  [/\b(?<!(?:card|payment|payroll) )(?:data )?processing (?:terms|agreements?|addend(?:um|a)|contracts?)\b/gi, 'gdpr statement'],
  // "A bride's mum", "a pupil's dad": a parent of someone whose data we hold; "my mum is ill" is a staff matter, left as it is.
  [/\b([A-Za-z]+)['’]s (mum|mom|mother|dad|father)\b/gi, "$1's parent"],
  // "My husband", "my partner", "my kid": someone of the asker's own household, not a relative or a child whose data we hold.
  [/\bmy (husband|wife|spouse|partner|boyfriend|girlfriend|other half|kids?|little one)\b/gi, 'my household'],
  // "Her friend's kid", "a neighbour's son": a child not the asker's own, as policies say it ("never give one parent another child's photos").
  [/\b(?:(?:her|his|their|my|a|an|the) )?(?:friend|mate|neighbou?r|sister|brother|cousin|someone else|somebody else|other parent|another parent)['’]?s (?:kids?|child|children|son|daughter|little one|boy|girl)\b/gi, 'another child'],
  // "DM'd us", "inboxed the page", "whatsapped me": reached us by a message, however the app's verb is said, as a request is told.
  [/\b(?:dm['’]?d|dm-?ed|dmd|pm['’]?d|pmd|pm-?ed|inboxed|whats?-?apped)\b/gi, 'messaged'],
  // "Who won the raffle comp?", "the comp's terms": a competition as staff shorten it, said in full so a policy on competitions meets it.
  [/\b(the|a|our|this|that|last|next|each|every|any) comps?\b(?!['’-])/gi, '$1 competition'],
  // "Been put on tablets for a stomach bug", "the doctor's put me on new tablets", "taking tablets for my back": tablets someone is put on, or takes for something,
  // are medication, not devices; "sign on tablets", "take tablets home" and "the rota on the tablets" are the firm's tablets.
  [/\b((?:(?:been|(?:put|started|starting)(?: me| him| her| them)?|i'm|im|i am|he's|she's|they're|still) on|prescribed)\s+(?!(?:the|our|my|a|an|your|their|his|her|these|those)\b)(?:[a-z-]+\s+){0,2})tablets\b/gi, '$1medication'],
  [/\b((?:taking|take|takes|took)\s+(?!(?:the|our|my|a|an|your|their|his|her|these|those)\b)(?:[a-z-]+\s+){0,2})tablets(?=\s+(?:for|since|because|every|twice|daily)\b)/gi, '$1medication'],
  // "The juniors' details", "who has the juniors data": juniors are children; "junior staff" or "an office junior" are staff.
  [/\bjuniors\b['’]?|\bjunior['’]s\b/gi, 'children'],
  // "…we hand customer info over to pls", "…kept in the US? thanks", "name them pls": thanks or a please said last asks nothing (not
  // "customer thanks"). Said first, so that the readings after it never meet it.
  [/(?<=\w)[\s,]+(?:pls|please|plz|thanks|thx|cheers|ty|ta)(?:\s+(?:pls|please|plz|thanks|thx|cheers|ty|ta|mate|hun))*(\s*[?.!]*)\s*$/i, '$1'],
  // "How many store stuff in the EU? name them for me": asked to be named, which every list does already; not a kind of data ("name").
  [/[?.,!]?\s*(?:and\s+|can you\s+|could you\s+|pls\s+|please\s+)?(?:name|list)\s+them(?:\s+all)?(?:\s+for me)?\s*[?.!]*\s*$/i, '?'],
  // "Where do card details end up?": where they go, not the end of anything ("year end").
  [/\b(end|ends|ended|ending) up\b/gi, (_match, verb: string) => GO_FORM[verb.toLowerCase()] ?? 'go'],
  // "What do we hang onto for 6 years?", "how long do they hold on to my passport scan": keeping, as the register says it.
  [/\b(hang|hold|hung|held|hangs|holds|hanging|holding) on ?to\b/gi, (_match, verb: string) => KEEP_FORM[verb.toLowerCase()] ?? 'keep'],
  // "Who's got people's bank details?", "whos got the kids' medical info": who holds a kind of data, as "who has" asks it;
  // "who's got the spare keys" names no data, and is read as before.
  [/^\s*who(?:'s|s| has)? got\b(?=(?:\s+[\w'’-]+){0,3}?\s+(?:details|data|info|information|records|numbers|footage|photos|recordings)\b)/i, 'who has'],
  // "Where is 2FA compulsory?", "where is two factor only optional" ask which accounts enforce it or leave it optional, not the password policy.
  [/^\s*where (is|are) (2fa|two[- ]?factor|two[- ]?step|mfa|multi[- ]?factor)( sign[- ]?in| login)? (compulsory|mandatory|required|enforced|forced|a must)\b/i, 'which suppliers enforce two-factor'],
  [/^\s*where (is|are) (2fa|two[- ]?factor|two[- ]?step|mfa|multi[- ]?factor)( sign[- ]?in| login)? (only |just )?optional\b/i, 'which suppliers have two-factor optional'],
  // "Which accounts don't force two step?": our accounts are the systems we hold them with, not the bookkeeping ("accounts"
  // data); only asked of two-step, the one security fact every system's login has ("which accounts have unpaid balances" is books).
  [/^\s*(?:which|what) (?:of our |our )?accounts\b(?=\s+(?:don'?t|do not|doesn'?t|does not|aren'?t|are not|have|has|lack|need|force|enforce|require|make|let|allow|still)\b[^?]*\b(?:two[- ]?(?:step|factor)|2fa|mfa|multi[- ]?factor)\b)/i, 'which suppliers'],
  // "Which systems don't have 2fa enforced on our accounts?": our accounts with them are the systems asked about, not the bookkeeping app.
  [/(\b(?:which|what)\b[^?]*\b(?:two[- ]?(?:step|factor)|2fa|mfa|multi[- ]?factor)\b[^?]*?)\s+(?:on|for|with) (?:our|the|all our) accounts\b/i, '$1'],
  // "Is there any supplier where we don't actually know where the data's kept?": those with no location recorded.
  [/\b(?:where|that|for which)\s+we\s+(?:don['’]?t|do not|dont)\s+(?:actually\s+|even\s+|really\s+)?know\s+where\s+(?:the\s+|their\s+|our\s+)?(?:data(?:['’]s|s| is)?|it(?:['’]s| is)|stuff(?:['’]s| is)?)\s+(?:kept|stored|held)\b/i, 'with no location recorded'],
  // "Who's SOC 2?", "who's ISO 27001?": which suppliers hold the certification, said as the whole question.
  [/^\s*who(?:'s|s| is| are| has)\s+(?:got\s+)?(soc ?2(?: type (?:1|2|i|ii))?|iso ?27001|iso ?9001|cyber essentials(?: plus)?|pci(?: dss)?)(?:\s+(?:certified|accredited|compliant|certification))?\s*[?.!]*\s*$/i, 'which suppliers are $1'],
  // "Who's on the SCCs + UK addendum?", "which suppliers are on adequacy": who is covered by it, said as the whole question ("who's on
  // the IDTA working group?" is a meeting).
  [new RegExp(String.raw`^\s*(?:who|which suppliers?|what suppliers?|which ones?)(?:'s| is| are) on (${SAFEGUARD})s?(?:\s*(?:\+|&|and)\s*(?:the )?(?:uk )?addendum)?\s*[?.!]*\s*$`, 'i'), 'who is covered by $1'],
  // "Anyone relying on adequacy…", "who do we send data abroad to using the UK addendum": who is covered by it.
  [new RegExp(String.raw`^\s*(?:anyone|anybody|who|which suppliers?|what suppliers?)(?: is| are| do we| does)? (?:relying|rely|relies|depending|depend|depends) on (${SAFEGUARD})\b.*$`, 'i'), 'who is covered by $1'],
  // "Who uses the IDTA?", "which suppliers use sccs?": a safeguard a supplier uses is one it is covered by, said as the whole question.
  [new RegExp(String.raw`^\s*(?:who|which suppliers?|what suppliers?|which ones?|anyone|anybody)(?: else)? (?:uses?|is using|are using) (${SAFEGUARD})s?\s*[?.!]*\s*$`, 'i'), 'who is covered by $1'],
  // "Which suppliers have health info about the mums, e.g. pregnancy stuff": the example only illustrates the kind of data
  // already named ("health info"), so it does not narrow the list to entries that say "pregnancy".
  [/^(\s*(?:which|what|who|any|list|do any|does any|are there)\b[^?]*?\b(?:ha(?:ve|s)|holds?|keeps?|stores?|with|got)\s+(?:any\s+|our\s+|the\s+)?(?!(?:any|the|our|some|personal|all|of)\b)[a-z]+ (?:info|information|data|details|records)\b[^?,(]*?)\s*[,(]?\s*(?:e\.?\s?g\.?|for example|for instance)\s+[^?)]*\)?/i, '$1'],
  // "The son he lost in the falklands": a bereavement, in the word policies on hard memories use, and no loss for the sentences on breaches to meet.
  [BEREAVEMENT, (grief) => `${grief.replace(/\b(?:lost|losing|lose)\b/i, 'mourned')} (a bereavement)`],
  // "Who have we got on the IDTA?", "who have we got an IDTA with?", "who do we have SCCs with": who is covered by it.
  // "…ok to send data abroad just cos the uk says that country's data laws are good enough": adequacy, told by what it is.
  [/(?:\b(?:just |only )?(?:cos|coz|cuz|because|since|as)\s+)?(?:\b(?:the uk|uk law|the government|the ico)\s+)?(?:\b(?:says|said|thinks|reckons|has decided|decided|deems|considers|recogni[sz]es|agrees)\s+)?(?:\bthat\s+)?\b(?:the|their|that|those|a|these)\s+(?:country|countries|country['’]s|countries['’]|place['’]s|places['’])\s+(?:own\s+)?(?:data(?: protection)?|privacy|gdpr)\s+(?:laws?|rules)\s+(?:are|is)\s+(?:good|strong|safe|decent|solid)\s+enough\b/gi, 'under an adequacy decision'],
  [/\b(?:to |in )?(?:countries|places|a country|somewhere)\s+(?:whose|where the|with)\s+(?:own\s+)?(?:data(?: protection)?|privacy|gdpr)\s+(?:laws?|rules)\s+(?:are|is)\s+(?:good|strong|safe|decent|solid)\s+enough\b/gi, 'under an adequacy decision'],
  // "Who've we signed the UK IDTA with?", "who are we using the SCCs with for overseas stuff": the same, by the verb that says it.
  [new RegExp(String.raw`^\s*(?:who|which suppliers?|what suppliers?)(?: have we|'ve we| do we have| we(?:'ve)?| are we|'re we| did we)(?: got| signed| sign| agreed| using| use| relying on)? (?:(?:on|under|using) (${SAFEGUARD})s?|(${SAFEGUARD})s? (?:with|in place with|signed with))(?:\s+for (?:the\s+)?(?:overseas|abroad|international|foreign|transfers?|us|usa|eu|states|america)\b[\w ]*?)?(?:\s+(?:then|now|atm|at the moment|at present|currently))?\s*[?.!]*\s*$`, 'i'), 'who is covered by $1$2'],
  [new RegExp(String.raw`^\s*(?:who|which suppliers?) (?:are we|do we|are|is) (?:send|sending|transfer|transferring|moving|getting|pass|passing)\w* (?:data|it|anything|info|information|personal data)?.*\b(?:using|under|with|via|on) (${SAFEGUARD})\b.*$`, 'i'), 'who is covered by $1'],
];

function inRegisterWords(question: string): string {
  return EVERYDAY.reduce((q, [pattern, put]) => (typeof put === 'string' ? q.replace(pattern, put) : q.replace(pattern, put)), question);
}

/** "What do I do with X after / once…", "…from the hospital job this morning", "…when a client ends": X and what follows. */
const AFTER_USE = /^\s*what (?:do|should|can|must|shall) (i|we) do with (.+?) (after|afterwards|once|at the end of|from (?:the|this|that|today'?s|tonight'?s|yesterday'?s|last night'?s|this morning'?s)\b(?=[^?]*\b(?:job|visit|shift|event|session|class|party|wedding|tasting|appointment|booking|trip|show|gig|meeting|morning|afternoon|evening|night|today|yesterday)\b)|when\b(?=[^?]*\b(?:ends?|ended|finish(?:es|ed)?|is over|are over|is done|leaves|left|closes|closed|stops|moves on)\b))\b/i;

/** "What do I do with old / used / empty X?": X, done with (a second group, so it reads like {@link AFTER_USE}). */
const DONE_WITH = /^\s*what (?:do|should|can|must|shall) (i|we) do with (?:(?:the|our|my|all the|these|those) )?((?:old|used|spent|empty|out[- ]of[- ]date) [^,?]+?)\s*(?:,[^,]*)?\??$/i;

/**
 * "Found a box of old booking forms from 2020 in the loft, what do I do with them?": a stash of old
 * things come across, asked what to do with (the second group is the thing, as in {@link AFTER_USE}).
 */
const FOUND_STASH = /^\s*(?:(i|we)(?:'ve| have)? )?(?:just )?(?:found|came across|come across|there'?s|theres) (?:a|an|some) (?:(?:big|little|whole|full) )?(?:box|boxes|drawer|pile|stack|folder|bag|load|heap|file|crate|cupboard)(?: full)? of (?:old )?(.+?)(?: (?:from|in|at|under|behind|dated|going back)\b.*?)?,? (?:what (?:do|should|can|shall) (?:i|we) do with (?:them|it|those)|what now)\b.*$/i;

/**
 * "End of shift, what do I do with the paper run sheets?", "back from Malta, what do I do with the contact sheet?", "the group got
 * back 5 weeks ago, what do I do with the passport copies?": the
 * same ask after a clause that says the use is over (the second group is the thing, as in {@link AFTER_USE}).
 */
const DONE_FIRST = /(?<=^[^,]*\b(?:back from|home from|end of|finished|after|got back|came back|(?:is|are|'s|'re) back|returned)\b[^,]*,\s*)what (?:do|should|can|must|shall) (i|we) do with (?:(?:the|our|my|all the|these|those) )?(.+?)\s*\??$/i;

/**
 * "Can I print the register instead, and what do I do with it after?": the thing printed, asked of as "it" after use.
 * The first group is the thing, the second who asks.
 */
const PRINTED_THEN_AFTER = /\bprint(?:ed|ing)?\s+(?:out\s+)?(?:the|a|an|our|my)\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(?:out|off|instead|again))?\b[^?]*?\bwhat (?:do|should|can|must|shall) (i|we) do with (?:it|them) (?:after|afterwards|once|at the end)\b/i;

/** Paper and printed things, in everyday words: what is shredded or kept once done with, not handed back like keys. */
const PAPER_THING = /\b(paper|papers|printed|printouts?|print-outs?|hard cop(y|ies)|(?:passport|id|licen[cs]e) (?:cop(?:y|ies)|scans?)|photocop(?:y|ies)|sheets?|forms?|slips?|quotes?|letters?|drawings?|notes|documents?|paperwork|lists?|cards?|labels?|badges?|receipts?|envelopes?)\b/i;

/**
 * "What do I do with the paper drawings after a site visit?", "…with the allergy sheet after the
 * event?": how to get rid of a paper thing once done with it, where the register or a policy knows
 * the thing ("the float after closing" is no matter of ours, and keys are handed back).
 */
function afterUseAsDisposal(ctx: QaContext, question: string): string {
  const printed = printedAsDisposal(ctx, question);
  if (printed) return printed;
  const shape = [AFTER_USE, DONE_WITH, FOUND_STASH, DONE_FIRST].find((pattern) => pattern.test(question));
  const thing = shape?.exec(question)?.[2]?.replace(/^(old|used|spent|empty|out[- ]of[- ]date) /i, '');
  if (!shape || !thing || !isPaperToGetRidOf(ctx, thing)) return question;
  if (shape === FOUND_STASH) return `how do we get rid of ${thing}`;
  return question.replace(shape, shape === AFTER_USE ? 'how do $1 get rid of $2 $3' : 'how do $1 get rid of $2');
}

/** A paper thing the register or a policy knows, and a policy says how to get rid of; "printed" says only that it is paper. */
function isPaperToGetRidOf(ctx: QaContext, thing: string): boolean {
  const known = ctx.index.knowsAll(thing) || ctx.index.knowsAll(thing.replace(/\bprinted\b/gi, ' '));
  return PAPER_THING.test(thing) && known && ctx.index.policySaysHowToGetRidOf(thing);
}

/** A thing printed and asked of as "it" after use, as the question how to get rid of the printed thing; the story before it aside. */
function printedAsDisposal(ctx: QaContext, question: string): string | undefined {
  const [, thing, who] = PRINTED_THEN_AFTER.exec(question) ?? [];
  return thing && who && isPaperToGetRidOf(ctx, `printed ${thing}`) ? `how do ${who} get rid of the printed ${thing} after use` : undefined;
}

/** "I left the forms on the bus", "on the 76 bus", "on the 8.10 into town", "on a pew at the church": a thing left where the public are is lost, not left for someone ("she left a voicemail"). */
const LEFT_IN_PUBLIC = /\bleft\b(?=(?:\s+[\w'-]+){1,8}\s+(?:on|in|at)\s+(?:the|a|my)\s+(?:\d+\w?\s+)?(?:bus|train|tube|taxi|cab|plane|coach|tram|pub|caf[eé]|restaurant|park|street|station|platform|bus stop|pew|church|chapel|crematorium|hospital|library|airport|bench)\b|(?:\s+[\w'-]+){1,8}\s+on\s+the\s+\d{1,2}[.:]\d{2}\b)/i;

/**
 * "Someone posted the lesson link on a public Facebook group": a thing put where anyone can see it,
 * told in the past (a "can I post…?" asks a rule), on a public page or someone's own (never "our").
 */
const POSTED_IN_PUBLIC = /\b(?:posted|shared|uploaded|published|put)\b(?=(?:\s+[\w'-]+){1,8}\s+(?:on|in|to|onto)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:public|open|(?:(?<=(?:a|their|his|her)\s+)(?:facebook|instagram|twitter|tiktok|reddit|snapchat)))\b)/i;

/** "Left the clipboard at the quarry and it's gone", "left the register on the wall, went back and it's not there": a thing left somewhere and now gone (its "gone" read as the loss). */
const LEFT_AND_NOW_GONE = /(?<=\bleft\b.*\b(?:and|but|now)\s+(?:it'?s|its|it is|it has|they'?re|theyre|they are|they have)\s+)(?:gone|vanished|disappeared|missing|not there)\b/i;

/** The thing left, where the story names it: "left the register on the wall", "left my coffee on the wall". */
const LEFT_THING = /\bleft\s+(?:my|the|our|his|her|their|a|an|some)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:on|in|at|outside|by|behind|under|near|round|somewhere)\b/i;

/** Whether the thing left can hold people's details, or is not named ("left it on the bus"): a coffee left and gone is no loss of ours. */
function leftThingHoldsDetails(question: string): boolean {
  const thing = LEFT_THING.exec(question)?.[1];
  return thing === undefined || carriesDetails(thing);
}

/**
 * "Can't find a customer's key anywhere", "can't find the sign-in sheet anywhere": someone's thing, or a paper or device
 * holding people's details, looked for everywhere and not found, is lost ("can't find the van keys anywhere" is our own).
 */
const NOWHERE_TO_BE_FOUND = /\b(?:can'?t|cannot|can not|couldn'?t) find\b(?=((?:\s+[\w'’-]+){1,6})\s+anywhere\b)/i;

/** Whose a thing is, when it is someone's we look after: "a customer's", "the patients", "her". */
const SOMEONES = /\b(?:customers?|clients?|patients?|guests?|tenants?|residents?|members?|students?|pupils?|childs?|parents?|owners?|players?)(?:['’]s|s['’]?)?\b(?=\s+[\w-]+)|\b(?:his|her|their)\b/i;

/** A work device a person carries: a phone, a laptop, a tablet, a voice recorder, or one by its maker's name ("the lenovo"). */
const CARRIED_DEVICE = String.raw`(?:phones?|mobiles?|laptops?|tablets?|ipads?|handhelds?|drones?|recorders?|dictaphones?|iphones?|smartphones?|macbooks?|chromebooks?|lenovos?|(?:body|dash|head)[- ]?cam(?:era)?s?|cameras?|inreach(?:es)?|sat(?:ellite)?[- ]?phones?|satellite messengers?)`;

/** A thing of a device's, not the device: "can't find my laptop charger", "the tablet pin", "my work phone case". */
const DEVICE_PART = String.raw`(?:signal|apps?|settings|screens?|battery|wi-?fi|data|network|contacts|photos|chargers?|cases?|covers?|pins?|passwords?|pass ?codes?|codes?|stylus(?:es)?|pens?|cables?|leads?|numbers?|screen ?protectors?|holders?|stands?|mounts?|keyboards?|mouse|mice|bags?|sleeves?)`;

/** A device that holds people's details. */
const DEVICE = new RegExp(String.raw`\b(?:${CARRIED_DEVICE}|memory cards?|usb sticks?|hard drives?)\b`, 'i');

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

/**
 * "Left the work phone on the van roof and drove off", "dropped my phone somewhere at a yard, can't find it anywhere": a device left
 * or dropped, then told gone (somewhere, no idea where, can't find it, driven off from), is lost. The device follows the verb
 * ("left a message on the phone" leaves no phone).
 */
/** Water a thing is lost in, as staff name it. */
const WATER = String.raw`(?:river|sea|water|canal|harbour|loo|toilet|drain|lake|marina|dock|estuary|pond|beck|burn|brook|stream|tarn|reservoir|bog|quarry pool|sink|bath)`;

const DEVICE_LEFT_GONE = new RegExp(String.raw`\b(?:left|dropped)\b(?=\s+(?:(?:the|my|our|a|his|her|their|work|company|office|shop|clinic|business|new)\s+){0,3}(?:[\w-]+\s+)?${CARRIED_DEVICE}\b.*\b(?:somewhere|no idea where|(?:can['’]?t|cant|cannot|couldn['’]?t) find (?:it|them)|drove off|driven off|drove away|(?:it['’]?s|its|it is) gone|(?:gone|went|fell|sank|sunk)\s+(?:in|into|down|under|to the bottom of)\s+(?:the\s+)?${WATER})\b)`, 'i');

/**
 * "My phone went in the beck at Semerwater", "the work phone fell in the river", "taxi phone just went in the river at the quay" (read in
 * the ninetieth round): a device gone into water is lost, told as the device's own fall (not "the van went in the ford", no device).
 */
const DEVICE_INTO_WATER = new RegExp(String.raw`\b((?:(?:the|my|our|his|her|their|a)\s+|^\s*)(?:[\w-]+\s+)?${CARRIED_DEVICE})\s+(?:just\s+)?(?:has\s+|have\s+|must have\s+|might have\s+)?(?:just\s+)?(?:gone|went|fell|fallen|slipped|dropped|sank|sunk)\s+(?:in|into|down|under|to the bottom of)\s+(?:the\s+|a\s+)?${WATER}\b`, 'i');

/**
 * "Left my work phone at the soft play", "think i dropped the swarm phone at the show", "left the install tablet on a job": a device
 * left or dropped at a place not ours is out of our hands, so lost ("on the bus home" is on the bus). Not in our own places or the
 * asker's own ("left the ipad on the counter", "in the van", "at my house"), nor dropped and broken ("dropped my phone on the floor, the screen's cracked", "in the sea, it's dead").
 */
const DEVICE_LEFT_AWAY = new RegExp(
  String.raw`\b(?:left|dropped)\b(?=\s+(?:(?:the|my|our|a|his|her|their|one of the|work|company|office|shop|clinic|business|new)\s+){0,3}(?:[\w-]+\s+){0,2}?${CARRIED_DEVICE}\s+(?:at|on|in)\s+(?:(?:the|a|an|some|one|this|that|his|her|their)\s+|[\w-]+['’]s\s+)(?!(?:(?!(?:bus|train|tram|coach|tube|taxi|plane|ferry)\b)[\w-]+\s+)?(?:office|shop|studio|workshop|yard|base|depot|unit|van|vans|car|truck|lorry|desk|reception|counter|till|salon|clinic|kitchen|stockroom|warehouse|garage|floor|ground|toilet|loo|sink|bath|charger|side|table|drawer|cupboard|locker|safe|house|home|sea|river|canal|pond|lake|pool|water|trough|puddle|bucket)\b))(?![^.?!]*\b(?:crack\w*|smash\w*|broke\w*|screen|dead|ruined|soaked|wet)\b)`,
  'i',
);

/** "No idea where it is now": the loss told again, not a question where something is (which a tracker's entry would answer). */
const NO_IDEA_WHERE = /,?\s*(?:and\s+)?(?:i\s+(?:have\s+)?)?no idea where (?:it|they) (?:is|are|went|has gone)(?:\s+now)?/i;

/**
 * "The stock tablet isn't on the shelf in the back where I put it and no one knows where it is", "the front desk phone has
 * gone from its stand", "Priya reckons her laptop was lifted from the van", "someone smashed the cab window and the tablet's gone": a
 * device missing from where it was, or taken, is lost or stolen.
 * The device is named before it ("the charger isn't where I left it" is no device; "the laptop wasn't taken to site" takes none from anywhere).
 */
const DEVICE_MISSING = new RegExp(
  String.raw`\b${CARRIED_DEVICE}\b(?:\s+[\w'’-]+){0,3}?\s+(?:(?:is|was|are|were)\s*n['’]?o?t|isnt|wasnt|arent|werent|is not|was not|are not|were not)\s+(?:in|on|at|where)\b[^.?!]*\bwhere (?:i|we|he|she|they|you) (?:had )?left (?:it|them)\b` +
    String.raw`|\b${CARRIED_DEVICE}\b(?:\s+[\w'’-]+){0,3}?(?:\s+(?:has|have|had)|['’]s)\s+(?:gone|disappeared|vanished)\s+(?:from|off)\b` +
    // "One of the counter ipads has vanished after the saturday rush": vanished or disappeared is gone from wherever it was.
    // The device itself, not a thing on it ("the photos on the ipad have disappeared", "the phone signal has vanished").
    String.raw`|(?<!\b(?:on|in|from|off|at|inside)\s+(?:(?:my|the|our|your|his|her|their|a|an)\s+)?(?:[\w-]+\s+)?)\b${CARRIED_DEVICE}(?:\s+(?:has|have|had)|['’]s)\s+(?:disappeared|vanished|gone missing)\b` +
    // "My work mobile's gone, think it fell out my pocket at the Co-op": gone, said alone, is missing (not "gone flat", "gone off", nor
    // "gone, it won't charge", broken).
    String.raw`|(?<!\b(?:on|in|from|off|at|inside)\s+(?:(?:my|the|our|your|his|her|their|a|an)\s+)?(?:[\w-]+\s+)?|\b(?:customer|client|guest|patient|member|visitor|owner)s?['’]s?\s+)\b${CARRIED_DEVICE}(?:\s+(?:has|have)|['’]s)\s+gone(?=\s*(?:[,.!;]|$))(?![^.?!]*\b(?:won['’]?t|wont|doesn['’]?t|dead|broke|broken|charg\w*|screen|turn on|switch on)\b)(?!.*\b(?:recycl\w*|replac\w*|sold|upgrad\w*|returned|given away|gave (?:it|them) away|swapped|traded in|new one|binned|scrapped|disposed)\b)` +
    // "The Lenovo we use for tour check-ins has gone walkabout", "the party ipad has gone walkies": gone walkabout is missing, whatever is said
    // of the device first.
    String.raw`|(?<!\b(?:on|in|from|off|at|inside)\s+(?:(?:my|the|our|your|his|her|their|a|an)\s+)?(?:[\w-]+\s+)?)\b${CARRIED_DEVICE}\b[^.?!]{0,50}?(?:(?:\s+(?:has|have|had)|['’]s)\s+gone|\s+went) (?:walkabout|walkies)\b` +
    // "One of the waiver tablets isnt in the drawer this morning, think it walked last night": walked, or grown legs, is taken.
    String.raw`|\b${CARRIED_DEVICE}\b[^.?!]{0,60}?[,.;]?\s*(?:i\s+)?(?:think|reckon|pretty sure|looks like)\s+(?:it|they|someone)\s+(?:has\s+|have\s+|['’]s\s+)?(?:walked|grown legs|grew legs)\b(?!\s+(?:off\s+)?with\b)` +
    String.raw`|\b${CARRIED_DEVICE}(?:\s+(?:from|off|in|on)\s+(?:the|our|my)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s+|(?=['’]s\s))(?:was|were|got|has been|have been|['’]s been|had been|may have been|might have been)\s+(?:taken|swiped|lifted|grabbed|nicked|pinched)\s+(?:from|out of|off)\b` +
    // Fallen out of what one carried it in: "think my inreach fell out my jacket up on the hill", "phone must have dropped out of my pocket"
    // (not "the passenger's phone fell out of her bag", hers).
    String.raw`|\b${CARRIED_DEVICE}\s+(?:must\s+(?:have|of|'ve)\s+|might\s+(?:have|of)\s+|has\s+|have\s+)?(?:fell|fallen|dropped|slipped|slid)\s+out\s+(?:of\s+)?(?:my|the|our)\s+(?:[\w-]+\s+)?(?:jacket|pocket|coat|bag|rucksack|backpack|handbag|fleece|jeans|trousers|van|car)\b` +
    // Not in the bag it was carried in: "realised the Pabau tablet wasn't in my bag".
    String.raw`|\b${CARRIED_DEVICE}\s+(?:wasn['’]?t|was not|isn['’]?t|is not|wasnt|isnt)\s+in\s+(?:my|his|her|their|the)\s+(?:bag|rucksack|backpack|handbag|case|pocket|kit ?bag)\b` +
    // Looked for and not found, with where it fell told: "cant find my work phone, think it fell out my pocket at the last site".
    String.raw`|\b(?:can['’]?t|cant|cannot|can not|couldn['’]?t|couldnt)\s+find\s+(?:my|the|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?${CARRIED_DEVICE}\b(?!\s+${DEVICE_PART}\b)[^.?!]{0,50}?\b(?:i\s+)?(?:think|reckon|must have|might have|may have)\b[^.?!]{0,20}?\b(?:fell|fallen|dropped|slipped)\b` +
    // In the bag it was carried in, and now not there: "my work laptop was in my bag on the bus and now its not there".
    String.raw`|\b(?:my|our|the)\s+(?:work\s+|office\s+|company\s+)?${CARRIED_DEVICE}\s+(?:was|were)\s+in\s+(?:my|the)\s+(?:bag|rucksack|backpack|handbag|case|pocket|kit ?bag|coat)\b[^.?!]{0,40}?\b(?:and\s+)?now\s+(?:(?:it['’]?s|its|it is|they['’]?re|theyre|they are)\s+(?:not there|gone|missing)|it\s+(?:isn['’]?t|isnt|is not)(?:\s+there)?|they\s+(?:aren['’]?t|arent|are not)(?:\s+there)?)(?=\s*(?:[,.!?;]|$)|\s+(?:what|so|anywhere|any ?more)\b)` +
    // Not where it lives, and nobody knows where: "one of the handhelds isnt on the charger after the late shift and nobody knows where it is",
    // "hall tablet isnt in the cupboard, cant find it anywhere".
    String.raw`|\b${CARRIED_DEVICE}\b(?:\s+[\w'’-]+){0,3}?\s+(?:(?:is|was|are|were)\s*n['’]?o?t|isnt|wasnt|arent|werent|is not|was not|are not|were not)\s+(?:on|in)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:charger|cradle|drawer|safe|locker|cupboard|dock|stand|box|shelf)\b[^.?!]*\b(?:(?:nobody|no one|no-one|noone)\s+(?:knows|has seen)|(?:can['’]?t|cant|cannot|couldn['’]?t|couldnt)\s+find\s+(?:it|them))\b` +
    // Fallen or flown off, then gone: "my work phone slid off the roof into the hedge and its gone", "drone went down over a field and i can't find it",
    // "body cam must of fallen off my coat somewhere, cant find it anywhere".
    String.raw`|\b${CARRIED_DEVICE}\b[^.?!]{0,60}?\b(?:(?:slid|slipped|fell|fallen|flew|bounced|blew)\b|(?:went|came) down (?:over|in|into|on)\b)[^.?!]{0,80}?\b(?:(?:it['’]?s|its|it is|it has)\s+gone|(?:can['’]?t|cant|cannot|couldn['’]?t|couldnt)\s+find\s+(?:it|them))\b` +
    // A break-in told, then the device gone, or the bag it was carried in: "someone smashed the cab window at the services and the
    // survey tablet's gone", "smashed the van window … and my laptop bag's gone".
    String.raw`|\b(?:smashed|broke into|broken into|broke in|break-in|jemmied|forced)\b[^?]*\b${CARRIED_DEVICE}(?:\s+(?:bag|case|rucksack|backpack))?\b(?:['’]s|\s+(?:is|has|was|were|have))\s+(?:gone|missing|been taken)\b` +
    // A work vehicle broken into, things gone from it: "someone smashed the window of the van overnight, stuff might be missing".
    String.raw`|\b(?:smashed|broke|broken|jemmied|forced)\s+(?:(?:the|a)\s+)?(?:[\w-]+\s+)?(?:windows?|windscreen|locks?|doors?)\s+(?:of|on|in)\s+(?:the|our|my)\s+(?:work\s+)?(?:van|car|truck|minibus|pickup|lorry)\b[^?]*\b(?:missing|gone|taken|nicked|stolen)\b` +
    // Taken by someone: "someone smashed my car window and took the office mobile out of my bag", "a lad grabbed my phone off the table",
    // "someone smashed my car window in the boathouse car park last night and took my phone". The device itself, not a call or a number on
    // it ("someone took the phone call", "took my phone number").
    String.raw`|\b(?:someone|somebody|some(?:one)? (?:guy|man|bloke|lad|kid|woman)|a (?:guy|man|bloke|lad|kid|woman|thief)|thieves|they)\b[^.?!]{0,100}?\b(?:took|grabbed|snatched|nabbed|swiped|pinched|nicked)\s+(?:(?:my|the|our|his|her|their|a)\s+)(?:[\w-]+\s+){0,2}?${CARRIED_DEVICE}\b(?!\s+(?:numbers?|calls?|chargers?|cases?|bills?|contract)\b)` +
    // "Had it off", as a theft is told: "someone smashed the van window in the car park and had the work phone off the seat".
    String.raw`|\b(?:someone|somebody|some(?:one)? (?:guy|man|bloke|lad|kid|woman)|a (?:guy|man|bloke|lad|kid|woman|thief)|thieves|they)\b[^.?!]{0,80}?\bhad\s+(?:my|the|our|his|her|their|a)\s+(?:[\w-]+\s+){0,2}?${CARRIED_DEVICE}\s+(?:off(?!\s+(?:the\s+)?hook)|away|out of)\b`,
  'i',
);

/** "And nobody knows where it is", "nobody has seen it": the device told missing again, not a question where it is. */
const NOBODY_KNOWS_WHERE = /,?\s*(?:and\s+)?(?:nobody|no one|no-one|noone)\s+(?:knows where (?:it|they) (?:is|are|went|has gone)|(?:has|have)\s+seen (?:it|them))\b/i;

/** A device got back, told: "fished it straight out and it still works", "yep found it under the seat": no loss, however it was first told. */
const RECOVERED = /\b(?:fished|pulled|got|grabbed|picked)\s+it\s+(?:straight\s+|right\s+)?(?:out|back)\b|\bfound\s+(?:it|them)\b|\bstill work(?:s|ing)\b|\bdried\s+(?:it|them)\b|\bin (?:a bag of |some )?rice\b|\bworking again\b|\bit(?:['’]s| is) (?:fine|ok|okay)\b/i;

/** A thing left in a public place, or left and now gone, told as the loss it is, and one posted in public as the leak it is, so the policy on breaches answers. */
function leftAsLost(question: string): string {
  const recovered = RECOVERED.test(question);
  const away = question.replace(DEVICE_LEFT_AWAY, 'lost');
  const gone = DEVICE_LEFT_GONE.test(question) && !recovered ? question.replace(DEVICE_LEFT_GONE, 'lost').replace(NO_IDEA_WHERE, '') : recovered ? away : away.replace(DEVICE_INTO_WATER, 'lost $1');
  const missing = !recovered && DEVICE_MISSING.test(gone) ? `${gone.replace(NOBODY_KNOWS_WHERE, '').replace(/[?.!\s]+$/, '')}, lost or stolen?` : gone;
  const left = leftInPublicAsLost(missing);
  return (leftThingHoldsDetails(question) ? left.replace(LEFT_AND_NOW_GONE, 'lost') : left).replace(POSTED_IN_PUBLIC, 'leaked');
}

/** A thing left in a public place ({@link LEFT_IN_PUBLIC}) is lost where it can carry people's details: not "his glasses left on a pew". */
function leftInPublicAsLost(question: string): string {
  const left = LEFT_IN_PUBLIC.exec(question);
  if (!left) return question;
  const thing = question.slice(left.index + left[0].length).split(/\s+(?:on|in|at)\s+/i)[0] ?? '';
  return carriesDetails(thing) ? question.replace(LEFT_IN_PUBLIC, 'lost') : question;
}

/** A work device lost or stolen: "lost my work phone", "the tablet got nicked", "left the laptop on the bus" (read as lost). */
export const DEVICE_LOST = new RegExp(String.raw`\b(?:lost|stolen|nicked|pinched|robbed|swiped|snatched|nabbed)\b.*\b${CARRIED_DEVICE}\b|\b${CARRIED_DEVICE}\b.*\b(?:lost|stolen|nicked|pinched|swiped|snatched|nabbed|gone missing|went missing)\b`, 'i');

/** What app was on the device: "with Jobber on it", ", Fixflo was still logged in", "still logged into Xero", "it's got all the whatsapp photos on". */
const APP_ON_DEVICE = [
  /\s+with\s+(?:[\w.-]+\s+){1,3}?(?:on|open|logged in|signed in)(?:\s+(?:on|to))?\s+it\b/i,
  /\s*,?\s*(?:and\s+)?(?:[\w.-]+\s+){1,3}?(?:was|is|were|are)\s+(?:still\s+)?(?:logged|signed)\s+(?:in|on)\b(?:\s+(?:on|to)\s+it\b)?/i,
  /\s*,?\s*(?:and\s+)?(?:(?:i|it)\s+(?:was|is)\s+|i'?m\s+|it'?s\s+)?still\s+(?:logged|signed)\s+(?:into|in to|on to|onto)\s+[\w.-]+(?:\s+[\w.-]+)?/i,
  /\s*,?\s*(?:and\s+)?it\s*(?:has|had|['’]s)\s+(?:got\s+)?(?:all\s+)?(?:the\s+|our\s+|my\s+)?(?:[\w.-]+\s+){0,6}?[\w.-]+\s+on(?:\s+it)?(?=\s*(?:[.!?,;]|$))/i,
  /\s*,?\s*(?:and\s+)?it\s*(?:has|had|['’]s)\s+(?:got\s+)?(?:all\s+)?(?:the\s+|our\s+|my\s+)?[\w.-]+\s+(?:chats?|messages|photos|pics|contacts|emails|groups?)\b(?:\s+with\s+[\w\s]{1,20}?)?(?=\s*(?:[.!?,;]|$))/i,
  /\s+with\s+(?:the\s+|our\s+|my\s+)?[\w.-]+(?:\s+app)?\s+on(?=\s+(?:got|was|has|is|just)\b)/i,
];

/**
 * "Lost my work phone with Jobber on it, can it be wiped?": the loss of the device is what is told, whatever app was on it,
 * so the app is taken out and the policies on lost devices and breaches answer, not the app's entry.
 */
function withoutAppOnLostDevice(question: string): string {
  return DEVICE_LOST.test(question) ? APP_ON_DEVICE.reduce((q, app) => q.replace(app, ''), question) : question;
}

/**
 * The question as the answerer reads it: contractions spelled out, slips in key words put right, everyday names put as the
 * register says them, then a thing left or looked for told as lost, an app on a lost device taken out, paper after use asked
 * as how to get rid of it, and "abroad" as outside our own region.
 */
export function retold(ctx: QaContext, typed: string): string {
  const told = sharingAskedOfUs(ourItAsSupport(endUpAsHold(spelledOut(ctx.index, withoutAsides(askedByOneOfUs(ctx, relayedAsAsked(withContractions(plusOnesSpelled(typed)))))))));
  return abroadAsHome(ctx, afterUseAsDisposal(ctx, withoutAppOnLostDevice(nowhereAsLost(leftAsLost(inRegisterWords(told))))));
}

/**
 * A guest's companion as chat writes it: "a booker's +1", "plus 1s" are a plus-one, as policies write it (read in the ninetieth round); never a
 * telephone's country code ("+1 415 555 0100").
 */
function plusOnesSpelled(question: string): string {
  return question.replace(/(?<![\w+])\+\s?1(s?)\b(?!\s*\d)|\bplus\s?1(s?)\b/gi, (_, a: string | undefined, b: string | undefined) => `plus-one${a || b ? 's' : ''}`);
}

/**
 * A question of one of our things relayed from someone who asked it: "a carer asked me if the on call phone records her calls, does it?"
 * is "the on call phone records her calls?". Only of a thing ("the", "our"), never a request of theirs ("asked me if we could delete
 * her details" is a request told, which the rules on requests read).
 */
const RELAYED = /^\s*(?:(?:a|an|one of (?:the|our)|the|my|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:asked|asks|was asking|wanted to know|wants to know)\s+(?:me|us)\s+(?:if|whether)\s+((?:the|our)\s+.{6,}?)(?:[,\s]+(?:does|is|can|do|are|has|have|did|will|would)\s+(?:it|they|that)\s*\??)?\s*[?.!]*\s*$/i;
const REQUEST_IN_IT = /\b(?:delete|remove|wipe|erase|copy|copies|send|forward|see|have|get|give|share|pass|change|update|correct)\b/i;

function relayedAsAsked(question: string): string {
  const relayed = RELAYED.exec(question)?.[1];
  return relayed && !REQUEST_IN_IT.test(relayed) ? `${relayed}?` : question;
}

/**
 * Why it is asked, said beside the question, which asks nothing itself: "which of our systems keep data in the US? doing a bit of a
 * tidy up of the register", "what does megan look after? covering her week off in feb", "trustees asked which suppliers keep data only in the uk". Its words ("tidy", "trustees") are no data
 * the question is about. Only after the question ends, and where it asks nothing again ("doing the safeguarding refresher and want
 * to know which suppliers have anything on under 18s" asks it), or one of our own who asked it, before it. So is what it is for ("…? asking for
 * the league data notice", "…? need it for the audit").
 */
const ASIDE_AFTER = /([?!])\s+(?!.*\b(?:want|wants|wanted|which|what|who|whose|where|how|any|anything|list)\b)(?:(?:i'?m|im|we'?re|were|just|for)\s+)?(?:doing|filling in|updating|tidying|sorting|prepping|preparing|writing|checking|covering|asking|need (?:it|this|that)|needed)\s+(?:up\s+|for\s+)?(?:a|an|the|our|my|her|his|their)\b[^?]*$/i;

/**
 * Why one asks whose suppliers they are, said after it: "what does Tamsin look after? she's off next week and I need to know what to
 * keep an eye on", "…? she's going on mat leave in the spring so we need to hand stuff over". Someone away, told last, asks nothing.
 */
const AWAY_AFTER = /([?!])\s+(?:(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are|\s+will be|\s+has|\s+have)\s+(?:off|away|out|going (?:on|off)|on (?:holiday|leave|mat leave|maternity leave|paternity leave|sick leave)|leaving|booked (?:off|leave))\b)[^?]*$/i;
const ASKED_BY_OUR_OWN = /^\s*(?:the\s+|our\s+)?(?:trustees?|boss|manager|management|auditors?|accountants?|inspectors?|committee|board|directors?|partners?|owners?|chair|treasurer|secretary)\s+(?:has\s+|have\s+)?(?:asked|asks|wants to know|want to know|needs to know|need to know|is asking|are asking)(?:\s+me)?(?:\s+to\s+(?:check|find out))?\s*[-–:,]?\s*(?=(?:which|what|who|whose|how|where|is|are|do|does|can|list)\b)/i;

/**
 * What the asking is for, said first and closed with a colon: "OPITO audit prep: which suppliers are Cyber Essentials Plus certified?",
 * "insurance form: who has our data in the US?". Its words (a supplier's name among them) are no part of what is asked.
 */
const PURPOSE_BEFORE = /^\s*[^?:]{0,40}\b(?:prep|preparation|audit|renewal form|insurance form|supplier form|tender|inspection|questionnaire)\s*:\s*(?=(?:which|what) (?:suppliers?|systems?|companies|ones)\b|who (?:has|holds|keeps|stores)\b|list\b|any suppliers?\b)/i;

/**
 * Why it is asked, said after a list question and its "pls": "list every supplier thats ISO 27001 certified pls, filling in the
 * insurance renewal form". Only after a question over the register ("help pls, doing the leaver checklist - do we take her off
 * Xero" asks its question after).
 */
const PLS_ASIDE = /^(\s*(?:which|what|who|list|any|do any|does any)\b[^?]*?\b(?:pls|please|thanks|ta))\s*,\s+(?:i'?m\s+|just\s+)?(?:doing|filling in|updating|tidying|sorting|prepping|preparing|writing|checking)\b[^?]*$/i;

/**
 * A question over the register asked by one of our own people, by first name: "tamsin asked which of our suppliers are iso 27001
 * certified" is that question. Only a name of the firm's people and only before a question over the entries ("priya asked which
 * suppliers…", "list…"), never a story of what they asked of someone ("tamsin asked which parent collected him").
 */
const ASKED_BY_NAME = /^\s*([a-z][a-z'’-]+)\s+(?:has\s+|just\s+)?(?:asked|asks|wants to know|wanted to know|needs to know|is asking)(?:\s+me)?(?:\s+to\s+(?:check|find out))?\s*[-–:,]?\s*(?=(?:which|what)\s+(?:of\s+(?:our|the)\s+)?(?:suppliers?|systems?|companies|processors|ones|apps?|tools?)\b|list\b)/i;

function askedByOneOfUs(ctx: QaContext, question: string): string {
  const name = ASKED_BY_NAME.exec(question)?.[1]?.toLowerCase();
  const ours = name && ctx.config.people.some((p) => p.name.toLowerCase().split(/\s+/)[0] === name);
  return ours ? question.replace(ASKED_BY_NAME, '') : question;
}

function withoutAsides(question: string): string {
  return question.replace(ASIDE_AFTER, '$1').replace(PLS_ASIDE, '$1').replace(AWAY_AFTER, '$1').replace(ASKED_BY_OUR_OWN, '').replace(PURPOSE_BEFORE, '');
}

/**
 * "A customer asked who we share their data with": the register's question asked for them, not a story to act on (whom they may
 * ask, how to answer a request). Told of one of those whose data we hold, it is who we share their kind of data with.
 */
const SHARING_ASKED_OF_US = new RegExp(
  String.raw`^\s*(?:an?|one of (?:our|the)|our|the)\s+(customer|client|patient|member|guest|tenant|parent|pupil|student|resident|employee|volunteer|donor|supporter)s?\s+(?:has\s+)?` +
    String.raw`(?:asked|asks|asking|wants? to know|wanted to know|wanting to know|emailed asking|rang asking)\s+(?:us\s+|me\s+)?(?:who|which (?:companies|suppliers|firms|organisations|organizations|third parties))\s+(?:we|you)\s+(?:share|pass|give|send)\s+(?:their|his|her)\s+(?:personal\s+)?(?:data|details|information|info)\s+(?:with|to|on to)\b[\s?.!]*$`,
  'i',
);

/**
 * "Who does our IT?", "who fixes our it?": whom we use for IT, asked by who does it, is the IT support the register names by what
 * it does ("our it" is never a pronoun). Not a supplier asked whether it is ("is Stratum responsible for our IT?": its entry
 * says), nor a rule on IT ("what's our IT policy?").
 */
const WHO_DOES_OUR_IT = /^(\s*who(?:['’]s| is)?\s+(?:does|do|fixes|fix|looks? after|sorts?|runs?|manages?|handles?|supports?|in charge of|responsible for)\s+our\s+it)\b(?!\s+(?:support|company|firm|guy|guys|team|people|provider|contractor|person|department|helpdesk|help desk))/i;

/**
 * "Which suppliers end up with tracker info?", "…end up holding health info?": which of them hold it, said of where data lands.
 * Only after a list word (which, any, who, what), so "the photos ended up with the wrong parent" keeps its story.
 */
const END_UP_WITH = /^(\s*(?:which|what|who|any|do any|does any)\b[^.?!]{0,40}?)\b(?:end|ends|ended)\s+up\s+(?:with|holding|having|keeping|storing|getting|seeing)\b/i;

function endUpAsHold(question: string): string {
  return question.replace(END_UP_WITH, '$1hold').replace(KIND_RELATED, '$1 $2 info');
}

/** "Anything health related about staff": health info, the kind said as what it relates to. */
const KIND_RELATED = /\b(anything|everything|stuff|things|info|data|details)\s+([a-z]+)[- ]related\b/i;

function ourItAsSupport(question: string): string {
  return question.replace(WHO_DOES_OUR_IT, '$1 support');
}

function sharingAskedOfUs(question: string): string {
  const told = SHARING_ASKED_OF_US.exec(question);
  return told ? `who do we share ${told[1]!.toLowerCase()} data with?` : question;
}
