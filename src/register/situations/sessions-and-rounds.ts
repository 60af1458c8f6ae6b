// Stories from sessions, rounds, pools and streets, told in a staff member's words: a list or round to be printed, no one in for a drop,
// a child who needs changing, a child gone missing, someone's own things in a returned item, an old box of sign-in sheets, a surname and
// number given for "the sheet", a blade said to be carried, a young person who messaged asking to ring instead, photos left on a work
// device, one's own phone while on duty, someone else come to collect a child, a pass used by another, a photo of a list, papers left at
// the end of a season. The one policy sentence that rules on it answers, found by what it says, never by a firm's policy id. Read in the
// seventy-sixth round; narrowed where two reviews found a reading taking another story.
//
// Every run of free words in these patterns is bounded ({0,n}): a pasted email must not make a pattern's work grow with its length cubed.
import type { Policy } from '../../config/schema.ts';
import { sentencesOf, wholeSentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { askedWords, namesAsked, storyWords, theOnly, toldThenSaid } from '../quoted-policies.ts';
import { STOPWORDS, escapeRegExp } from '../text.ts';

/** Words that say what kind of paper a thing is, not which: a list, a register, a sheet. */
const PAPER_KINDS = ['lists?', 'registers?', 'sheets?', 'rotas?', 'forms?', 'papers?', 'notes?', 'bits?', 'copy', 'copies'];
const PAPER_KIND = new RegExp(`^(?:${PAPER_KINDS.join('|')})$`, 'i');

/**
 * The question's words of three letters or more that say what the story is about ({@link askedWords}): not the story's own words
 * (`extra`), nor the kind of paper it is, which every such sentence shares.
 */
const substance = (question: string, ...extra: string[]) => askedWords(question, storyWords(...extra, ...PAPER_KINDS), 3);

/**
 * A list, round or register asked to be printed: "can i print the list of stops", "ok to print the run list". What is printed must be a
 * list of some kind, not a poster, a flyer, a menu or prices.
 */
const PRINTED_TOLD =
  /\b(?:(?:can|could|may|should|shall)\s+(?:i|we)\s+(?:just\s+)?print|(?:ok|okay|alright|fine)\s+(?:to|if\s+i)\s+print(?:ed)?)(?:\s+(?:off|out))?\s+(?:the|a|our|my|this|that|today['’]?s|tomorrow['’]?s|tonight['’]?s)\s+(?:[\w'’-]+\s+){0,3}?(?:list|round|register|rota|route|stops|sheet|schedule)s?\b/i;
/** What a printed list is not about: a price list, a poster's list, a quiz's winners. */
const NOT_PEOPLES_LIST = /\b(?:price|prices|drinks|menu|poster|flyer|quiz|raffle|results|winners|stock|shopping)\b/i;

/** A policy sentence that a thing is never printed; its group is the thing: "Do not print the round", "Never print the register". */
const NOT_PRINTED_SAID = /\b(?:do\s+not|don['’]t|never)\s+print\s+(?:off\s+|out\s+)?(?:the|a|an|any|your)\s+([\w-]+)/i;

/** A policy sentence that what it speaks of is never printed, by a pronoun: "never print it or photograph it". */
const PRINTING_IT_FORBIDDEN = /\b(?:do\s+not|don['’]t|never)\s+print\s+(?:it|them)\b/i;

/**
 * A thing asked to be printed: the one policy sentence that the thing the story names is never printed ("Do not print the round" of the
 * Saturday round's stops), not one on printing another thing (a lesson's register). Where the sentence's thing is only a kind of paper
 * ("Do not print the list"), the story must name what the policy's title says it is a list of ("the members list").
 */
export function printedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = PRINTED_TOLD.exec(question);
  if (!found || NOT_PEOPLES_LIST.test(found[0])) return undefined;
  const titled = substance(question, 'print', 'off', 'out');
  // The thing said as one, not as a turn or a count ("the next round of sessions", "round two").
  const toldAsThing = (thing: string) => new RegExp(String.raw`\b${escapeRegExp(thing)}s?\b(?!\s+(?:of|one|two|three|four|\d))`, 'i').test(question);
  // "never print it", the thing said before it: the things the policy's title names ("Passenger lists and manifests", read in the ninetieth round).
  const titleThings = (p: Policy) => p.title.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !STOPWORDS.has(w)).map((w) => w.replace(/s$/, ''));
  const says = (p: Policy) =>
    sentencesOf(p.text).some((s) => {
      if (PRINTING_IT_FORBIDDEN.test(s)) return titleThings(p).some((thing) => new RegExp(String.raw`\b${escapeRegExp(thing)}s?\b`, 'i').test(found[0]));
      const thing = NOT_PRINTED_SAID.exec(s)?.[1]?.toLowerCase();
      return thing !== undefined && toldAsThing(thing) && (!PAPER_KIND.test(thing) || namesAsked(p.title, titled));
    });
  return theOnly(ctx.config.policies.filter(says));
}

/**
 * Papers printed and done with, what to do with them asked: "printed off a few cvs for a meeting at a practice, what do i do with them now",
 * "ive got printouts of this mornings checks, what should i do with them after". Not whether to print (asked before printing,
 * {@link printedAnswer}), nor what holds nobody's details (posters, a rota, leaflets).
 */
const PRINTED_DONE_TOLD =
  /^(?!.*\b(?:posters?|rotas?|leaflets?|flyers?|menus?|signs?|price lists?|tickets?|maps?|timetables?)\b).*\b(?:printed|print-?outs?\s+of)\s+(?:off\s+|out\s+)?(?:a\s+few\s+|some\s+|the\s+|a\s+couple\s+of\s+|\w+\s+)?[\w'’-]+\b[^?]*\b(?:what\s+(?:do|should|shall)\s+(?:i|we)\s+do\s+with\s+(?:them|it|those|these)|where\s+(?:do|should)\s+(?:they|those|these)\s+go|what['’]?s the deal with (?:them|it|those))\b/i;

/** A policy sentence on where printed papers go: "anything printed goes in the locked confidential bin". */
const PRINTED_GO_SAID = /\b(?:anything|everything|all|papers?|copies)\s+(?:you\s+)?printed\b[^.]*\b(?:goes|go|put|shredded|bin)\b/i;

export const printedDoneAnswer = toldThenSaid(PRINTED_DONE_TOLD, PRINTED_GO_SAID);

/** No one in for a drop, with leaving it asked or told: "nobody answered for the buggy drop off, can I just leave it in their porch". */
const NO_ONE_IN_LEAVE_TOLD =
  /^(?=.{0,300}?\b(?:drop|drop-?off|delivery|deliveries|delivering|parcel|bag|bundle|meal|dinner|prescription|order|round|package|buggy|equipment|box|food|ashes|toys?)\b)(?=.{0,200}?\b(?:nobody|no\s?one|no-one)\s+(?:answered|answering|answers|(?:is|was)\s+(?:in|home)|in|home|came\s+to\s+the\s+door)\b|.{0,200}?\bno\s+(?:answer|reply)\s+at\s+the\s+(?:door|house|flat|address)\b)(?=.{0,300}?\b(?:leave|left)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:in|on|at|by|behind|under|with)\s+(?:the|their|his|her|a)\s+(?:(?:lady|man|woman|people)\s+next\s+door|neighbours?|porch|doorstep|step|mat|bin|gate|shed)\b|.{0,300}?\b(?:leave|left)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+outside\s+(?:the|their|his|her)\s+(?:door|house|flat|front\s+door)\b)/i;
/** A policy sentence never to leave a thing on the doorstep or with a neighbour; not one never to leave a card in a reader when you step away. */
const NEVER_LEFT_AT_DOOR_SAID =
  /\bnever\s+leave\s+(?:(?:a|an|the|any|their)\s+)?(?:[\w-]+\s+){0,3}?(?:on|at|in)\s+(?:a|the)\s+(?:doorstep|porch)\b|\bnever\s+leave\s+(?:(?:a|an|the|any|their)\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:a|the)\s+neighbour\b/i;

export const noOneInLeaveAnswer = toldThenSaid(NO_ONE_IN_LEAVE_TOLD, NEVER_LEFT_AT_DOOR_SAID);

/**
 * A child needing changing or the toilet, one of us asked to do it: "a toddler needed changing … she shouted to me to just do it quickly".
 * Tried before the safeguarding reading, which takes a parent stepped out as a child left with us; so never where harm or a secret is told
 * (that story is the safeguarding policy's), nor of one's own child.
 */
const CHANGING_ASKED_TOLD =
  /^(?!.{0,300}?\bmy\s+(?:own\s+)?(?:little\s+)?(?:toddler|son|daughter|one|kid|baby|boy|girl|child|grandson|granddaughter|grandchild|nephew|niece|\d+\s*(?:year|yr)\s*old)\b)(?!.{0,300}?\b(?:bruis\w*|hurts?|hit|hits|hitting|smack\w*|told\s+me|touch\w*|marks?|scared|frightened|secret|abus\w*|afraid)\b)(?=.{0,300}?\b(?:asked|told|shouted\s+(?:to|at)|wants?|wanted|begged)\s+(?:me|us)\s+to\b|.{0,300}?\b(?:can|could|should|shall)\s+i\b|.{0,300}?\b(?:ok|okay|alright)\s+(?:for\s+me|if\s+i)\b).{0,300}?(?:\b(?:toddler|baby|child|kid|little\s+one|little\s+(?:boy|girl))\s+(?:needed|needs|wanted|wants)\s+(?:changing|a\s+(?:nappy\s+)?change|the\s+(?:toilet|loo|potty)|a\s+(?:wee|poo))\b|\b(?:change|changing)\s+(?:his|her|their|a|the)\s+(?:(?:baby|toddler|little\s+one)['’]s\s+)?(?:nappy|pull-?ups?)\b|\b(?:take|taking)\s+(?:him|her|them|the\s+(?:child|kid|little\s+one|toddler))\s+to\s+the\s+(?:toilet|loo)\b)/i;
const NEVER_CHANGED_SAID = /\bnever\b[^.]*\b(?:take\s+a\s+child\s+to\s+the\s+(?:toilet|loo)|change\s+(?:a\s+)?napp(?:y|ies)|changes?\s+napp(?:y|ies))\b/i;

export const changingAskedAnswer = toldThenSaid(CHANGING_ASKED_TOLD, NEVER_CHANGED_SAID);

/** A child we cannot find: "we can't find a little girl anywhere in the hall", "a little girl has disappeared" (not "the girl's booking"). */
const CHILD = String.raw`(?:child|girl|boy|kid|toddler|son|daughter|lad|lass|little\s+one)`;
const CHILD_MISSING_TOLD = new RegExp(
  String.raw`\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t)\s+find\s+(?:a|the|his|her|their|one\s+of\s+the|little)\s+(?:little\s+)?${CHILD}s?\b(?!['’])|\b${CHILD}s?\s+(?:is|are|has|have|has\s+gone|'s\s+gone|went|has\s+just)\s+(?:missing|disappeared|wandered\s+off|gone\s+missing)\b(?!\s+(?:from\s+(?:home|school|care)|since)\b)`,
  'i',
);
const CHILD_MISSING_SAID = /\bif\s+a\s+(?:child|young\s+person|pupil|swimmer|camper)\s+(?:goes|is|has\s+gone|went)\s+missing\b|\bmissing\s+child\b/i;

export const childMissingAnswer = toldThenSaid(CHILD_MISSING_TOLD, CHILD_MISSING_SAID);

/** A thing brought back with someone's own things inside: "brought back the marble run and there's an inhaler and a letter … in the box". */
const THINGS_IN_RETURNED_TOLD =
  /^(?=.{0,200}?\b(?:brought|handed|sent|gave)\s+(?:back\s+(?:the|a|an|his|her|their)\b|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){1,3}?back\b)|.{0,200}?\breturned\s+(?:the|a|an|his|her|their)\s+(?!(?:van|car|office|shop|door)\b))(?=.{0,300}?\b(?:inhaler|letters?|photos?|medication|medicine|tablets|pills|wallet|purse|bank\s+card|school\s+book|book|diary|passport|prescription|hearing\s+aid)\b.{0,40}?\b(?:in|inside|tucked\s+in(?:to|side)?|left\s+in)\s+(?:it\b|its\s+[\w-]+|the\s+(?:box|bag|case|pocket|lid|tub|crate|compartment|basket|pouch|tin)\b))/i;
const PERSONAL_IN_RETURNED_SAID = /\breturned\b[^.]*\b(?:contains?|inside|left\s+in|found\s+in)\b[^.]*\bpersonal\b/i;

export const thingsInReturnedAnswer = toldThenSaid(THINGS_IN_RETURNED_TOLD, PERSONAL_IN_RETURNED_SAID);

/**
 * Old papers found, whether we still need them asked: "found a box of stay and play sign-in sheets going back to 2023. Do we still need
 * them?" (the thing: "sign-in").
 */
const OLD_PAPERS_FOUND_TOLD =
  /\b(?:found|came\s+across|dug\s+out)\s+(?:a|an|some|the|loads\s+of|old)\s+(?:(?:old\s+)?(?:box|pile|stack|load|folder|bag|file|bundle|drawer)(?:ful)?\s+of\s+)?(?:[\w'’-]+\s+){0,4}?([a-z][\w-]*)\s+(?:sheet|form|register|list|book)s?\b[^?]{0,80}?\b(?:going\s+back|dating\s+back|from|back\s+to)\b[^?]{0,80}?\b(?:still\s+need|need\s+to\s+keep|keep\s+(?:it|them|these|those)|bin|shred|throw|get\s+rid)\b/i;
/** A policy sentence that a thing is kept a while: "Session registers are kept 1 year." */
const KEPT_FOR_SAID = /\b(?:is|are)\s+kept\s+(?:for\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+(?:years?|months?|weeks?)\b/i;
/** Where the firm says what its sign-in sheets are: "Every family signs in on the session register". */
const SIGNED_IN_ON = /\bsigns?\s+in\s+(?:on|in)\s+the\s+([\w-]+)\s+register\b/i;

/**
 * Old papers found: the one sentence saying how long that kind is kept. Sign-in sheets are the register the firm's own words say one
 * signs in on ("signs in on the session register": session registers), else sign-ins by that name; any other thing by its name.
 */
export function oldPapersFoundAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = OLD_PAPERS_FOUND_TOLD.exec(question)?.[1]?.toLowerCase();
  if (!thing || /^(?:old|paper|the|these|those)$/.test(thing)) return undefined;
  const signIn = /^(?:sign(?:ing)?-?in|in)$/.test(thing);
  const register = signIn ? ctx.config.policies.flatMap((p) => sentencesOf(p.text)).map((s) => SIGNED_IN_ON.exec(s)?.[1]).find(Boolean) : undefined;
  const named = signIn
    ? new RegExp(String.raw`\bsign(?:ing)?[- ]ins?\b${register ? String.raw`|\b${escapeRegExp(register)}\s+registers?\b` : ''}`, 'i')
    : new RegExp(String.raw`\b${escapeRegExp(thing)}s?\b`, 'i');
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((s) => KEPT_FOR_SAID.test(s) && named.test(s))));
}

/** Someone's surname or number given, asked whether it goes on a sheet: "gave me his surname and mobile … Do I stick that on the sheet?". */
const DETAILS_GIVEN_PUT_TOLD =
  /\b(?:gave|given|told)\s+(?:me|us)\s+(?:his|her|their)\s+(full\s+name|surname|last\s+name|home\s+address|address|school|mobile|phone\s+number|number|details)\b[^?]{0,120}?\b(?:stick|put|write|note|jot|add|pop)\s+(?:that|it|them|those|this|these)\s+(?:down\s+)?(?:on|onto)\s+(?:the|our|a|tonight['’]s|today['’]s|this)\s+([\w-]+(?:\s+[\w-]+){0,2})/i;
const NEVER_WRITTEN_SAID = /\bnever (?:write|put|record|note)\b[^.]*\b(?:surnames?|last names?|full names?|address(?:es)?|phone numbers?|mobile numbers?)\b/i;
/** Words after a thing's name that are no part of it: "the sheet tonight", "the sheet for the team". */
const NOT_A_NAME = /^(?:for|so|with|tonight|today|please|pls|now|then|too|as|because|or|and)$/i;
/** The detail given, as the sentence must name it: a mobile is a phone number, a last name a surname. */
const DETAIL_SAID: Readonly<Record<string, RegExp>> = {
  'full name': /\b(?:full names?|surnames?|last names?)\b/i,
  surname: /\b(?:full names?|surnames?|last names?)\b/i,
  'last name': /\b(?:full names?|surnames?|last names?)\b/i,
  'home address': /\baddress(?:es)?\b/i,
  address: /\baddress(?:es)?\b/i,
  school: /\bschools?\b/i,
  mobile: /\b(?:phone|mobile)\s+numbers?\b/i,
  'phone number': /\b(?:phone|mobile)\s+numbers?\b/i,
  number: /\b(?:phone|mobile)\s+numbers?\b/i,
};
/** The details themselves, which the sentence lists: never the thing they are written on. */
const DETAIL_WORD = /^(?:phone|mobile|number|school|address|surname|name)s?$/i;

/**
 * The details given, to go on a thing: the one sentence never to write that detail on that thing, by the last word the story calls it
 * ("the sheet"; "the school trip form" is a form); not the details' own words, which every such sentence lists. A detail the sentence
 * does not name (a coach's own mobile, of a sentence on juniors' full names) is none of its business.
 */
export function detailsGivenPutAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = DETAILS_GIVEN_PUT_TOLD.exec(question);
  if (!found) return undefined;
  // The thing's words run until a word that is no part of its name ("the sheet so i can …"): its last word is what it is.
  const named = found[2]!.toLowerCase().split(/\s+/);
  const end = named.findIndex((w) => STOPWORDS.has(w) || NOT_A_NAME.test(w));
  const thing = (end === -1 ? named : named.slice(0, end)).pop()?.replace(/s$/, '');
  if (!thing || DETAIL_WORD.test(thing)) return undefined;
  const naming = new RegExp(String.raw`\b${escapeRegExp(thing)}s?\b`, 'i');
  const detail = DETAIL_SAID[found[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? /./;
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((s) => NEVER_WRITTEN_SAID.test(s) && naming.test(s) && detail.test(s))));
}

/**
 * A blade said to be carried, a search thought of or a weapon pulled: "reckon one of the group's got a blade in his bag. Should I ask him
 * to show me what's in it?". Not a knife for the kit, nor one someone was hurt or threatened with (that one is a victim's story).
 */
const WEAPON = String.raw`(?:knife|blade|weapon|machete|shank)`;
const WEAPON_SEARCH_TOLD = new RegExp(
  String.raw`^(?!.{0,300}?\b(?:pulled\s+on\s+(?:him|her|me|them|us)|stabbed|cut\s+(?:him|her|me|them|himself|herself)|slashed)\b)(?=.{0,300}?\b(?:got|carrying|carries|holding|has|had)\s+(?:a\s+)?${WEAPON}\b|.{0,300}?\b${WEAPON}\s+(?:in|on|down|tucked\s+in)\s+(?:his|her|their)\s+(?:bag|pocket|waistband|coat|jacket|sock|hoodie|rucksack)\b)(?=.{0,300}?\b(?:search|frisk|go\s+through|look\s+in|show\s+(?:me|us)|empty|pat\s+(?:him|her|them)\s+down|take\s+it|confiscate|grab\s+it|check\s+(?:his|her|their|the)\s+(?:bag|pockets?|rucksack|coat|jacket))\b)|\b(?:pulled|pulled\s+out|waving|brandishing|flashed)\s+(?:a\s+)?${WEAPON}\b`,
  'i',
);
/** A policy sentence that, seeing a weapon, one does not search anyone: not one against searching for people in records. */
const DO_NOT_SEARCH_SAID = /\b(?:knife|knives|weapon|blade)\b[^.]*\b(?:do\s+not|don['’]t|never)\s+search\s+(?:anyone|anybody|them|him|her|people|young\s+people)\b/i;

export const weaponSearchAnswer = toldThenSaid(WEAPON_SEARCH_TOLD, DO_NOT_SEARCH_SAID);

/**
 * A young person who messaged asking to ring or switch app instead: "a young person messaged the insta asking if she can just ring me
 * instead". The young one is who messaged, not a social worker or a colleague messaging about them.
 */
const YOUNG = String.raw`(?:young\s+(?:person|man|woman|lad)|yp|girl|boy|lad|lass|kid|teen(?:ager)?|child|pupil|one\s+of\s+(?:the|our)\s+(?:lads|girls|boys|kids|young\s+people|yps|teenagers))`;
const MOVE_FROM_MESSAGES_TOLD = new RegExp(
  String.raw`^(?=.{0,200}?\b${YOUNG}\s+(?:has\s+|just\s+|had\s+)?(?:messaged|dm['’]?d|dmed|inboxed|texted|sent\s+(?:me\s+|us\s+)?a\s+(?:message|dm))\b)(?=.{0,300}?\b(?:she|he|they)\s+(?:can|could|may)\s+(?:just\s+)?(?:ring|call|phone|facetime|whatsapp|snapchat|snap)\s+(?:me|us)\b|.{0,300}?\b(?:ring|call|phone)\s+(?:her|him|them)\s+(?:instead|rather\s+than)\b|.{0,300}?\bgive\s+(?:her|him|them)\s+a\s+(?:call|ring|bell)\b|.{0,300}?\b(?:move|switch|take)\s+(?:it|this|the\s+chat)\s+(?:over\s+)?(?:to|onto)\s+(?:whatsapp|snapchat|snap|a\s+(?:phone\s+)?call|the\s+phone)\b|.{0,300}?\bswitch\s+to\s+(?:whatsapp|snapchat|snap)\b)`,
  'i',
);
const CONVERSATION_NOT_MOVED_SAID = /\b(?:move|take|switch)\s+(?:a|the)\s+conversation\s+(?:to|onto|over\s+to)\b/i;

export const moveFromMessagesAnswer = toldThenSaid(MOVE_FROM_MESSAGES_TOLD, CONVERSATION_NOT_MOVED_SAID);

/**
 * Photos kept on a work device to post later: "they're on the work phone. OK to leave them there and post a few over the next couple of
 * weeks?". Photos to be posted: not footage kept for the police, copies of someone's ID, or photos of an injury, a threat or damage.
 */
const PHOTOS_LEFT_ON_DEVICE_TOLD =
  /^(?!.{0,300}?\b(?:police|cctv|theft|evidence|footage|passports?|licen[cs]es?|id\s+check|id|bruis\w*|injur\w*|threat\w*|safeguarding|accident|insurance|claim|damage|meters?|readings?|receipts?)\b)(?=.{0,300}?\b(?:post|posting|upload|uploading|insta(?:gram)?|facebook|socials?|website|newsletter)\b)(?=.{0,200}?\b(?:photos?|pics?|pictures?|shots|videos?)\b)(?=.{0,300}?\bon\s+(?:the|our)\s+(?:[\w-]+\s+(?:phone|mobile)|(?:[\w-]+\s+)?(?:ipad|tablet|camera))\b)(?=.{0,300}?\b(?:leave|keep)\s+(?:them|it|those|these)\b.{0,40}?\b(?:there|on\s+it|for\s+now|till|until|over|next|couple|later)\b)/i;
const UPLOADED_SAME_DAY_SAID = /\b(?:photos?|upload\w*)\b[^.]*\bsame\s+day\b[^.]*\bdelete[ds]?\b[^.]*\b(?:device|phone|camera|tablet)\b/i;

export const photosLeftOnDeviceAnswer = toldThenSaid(PHOTOS_LEFT_ON_DEVICE_TOLD, UPLOADED_SAME_DAY_SAID);

/**
 * One's own phone on duty: "I'm lifeguarding this afternoon … Can I keep my mobile in my bumbag up on the chair?". Not others ringing one
 * on it ("can parents ring me on it about lessons?"), which the rule on giving one's number decides.
 */
const PHONE_ON_DUTY_TOLD =
  /^(?!.{0,300}?\b(?:ring|call|text|message|contact|phone)\s+me\b)(?=.{0,300}?\b(?:lifeguarding|on\s+duty|on\s+the\s+chair|on\s+poolside|poolside|on\s+(?:a\s+|my\s+|the\s+)?(?:[\w-]+\s+)?shift|during\s+(?:a|my|the)\s+(?:[\w-]+\s+){0,3}?(?:shift|session)|on\s+the\s+(?:[\w-]+\s+){0,3}?session|running\s+the\s+(?:[\w-]+\s+){0,3}?session)\b)(?=.{0,300}?\b(?:keep|have|carry|take|bring|check|use|look\s+at)\s+my\s+(?:own\s+)?(?:mobile|phone)\b(?!\s+(?:number|no)\b))/i;
const OWN_PHONE_PUT_AWAY_SAID = /\bon\s+duty\b[^.]*\bnot\s+a\s+phone\b|\b(?:personal|own|staff|volunteers['’]?)\s+phones?\s+(?:stay|are\s+kept|are\s+left|go)\s+in\s+the\b/i;

export const phoneOnDutyAnswer = toldThenSaid(PHONE_ON_DUTY_TOLD, OWN_PHONE_PUT_AWAY_SAID);

/** Someone not usual come to collect a child: "grandad has come to pick her up but it's always her mum", "uncle is at the door to get him" (a child or a parent told: not an adult swimmer). */
const OTHER_COLLECTOR_TOLD =
  /^(?=.{0,300}?\b(?:child|children|kids?|girl|boy|son|daughter|toddler|little\s+one|pupil|junior|baby|mum|dad|parents?)s?\b).{0,300}?\b(?:grandad|grandpa|grandma|gran|nan|nana|uncle|aunt|auntie|aunty|cousin|babysitter|childminder|nanny|au\s+pair|step-?dad|step-?mum|(?:older\s+|big\s+)?(?:brother|sister)|neighbour|(?:mum|dad)['’]?s\s+(?:boyfriend|girlfriend|partner|friend)|someone\s+else|a\s+(?:man|woman|lady|bloke)|another\s+(?:adult|parent))\s+(?:has\s+|is\s+)?(?:come|turned\s+up|arrived|here|rocked\s+up|at\s+the\s+(?:door|gate|front))\s+to\s+(?:pick\s+(?:her|him)\s+up|collect\s+(?:her|him)|get\s+(?:her|him))\b/i;
/** A policy sentence on who a child is handed to, or phoning first where someone else comes; not one on a child found alone. */
const HANDED_ONLY_TO_NAMED_SAID = /^(?!.*\bfound\s+alone\b).*(?:\bif\s+(?:someone|anyone|somebody)\s+else\s+(?:comes|collects|arrives|turns\s+up)\b|\b(?:child|children|pupils?|kids?)\b[^.]*\bhanded\s+(?:back|over)\s+only\s+to\b)/i;

export const otherCollectorAnswer = toldThenSaid(OTHER_COLLECTOR_TOLD, HANDED_ONLY_TO_NAMED_SAID);

/** A pass or ticket used by someone not its holder: "came through on a season pass that's obviously his dad's". Not a bank card, nor one found. */
const PASS = String.raw`(?:pass|ticket|membership(?:\s+card)?|season\s+card)`;
const KIN = String.raw`(?:dad|mum|brother|sister|mate|friend|partner|husband|wife|son|daughter)`;
const PASS_OF_ANOTHER_TOLD = new RegExp(
  String.raw`^(?!.{0,300}?\b(?:left|found|lost|dropped|handed\s+in)\b).{0,300}?(?:\b${PASS}\s+(?:that['’]?s|thats|that\s+is|which\s+is|is)\s+(?:obviously\s+|clearly\s+|actually\s+|really\s+)?(?:someone\s+else['’]?s|somebody\s+else['’]?s|(?:his|her|their)\s+${KIN}['’]?s)\b|\b${PASS}\s+(?:that|which)(?:\s+(?:isn['’]?t|is\s+not)|['’]s\s+not|s\s+not)\s+(?:his|hers|theirs)\b|\b(?:using|use|used|uses)\s+(?:someone\s+else['’]?s|somebody\s+else['’]?s|(?:his|her|their)\s+${KIN}['’]?s)\s+(?:season\s+)?${PASS}\b|\b(?:can|could|may)\s+(?:my|his|her|their)\s+${KIN}\s+use\s+(?:my|his|her|their)\s+(?:season\s+)?${PASS}\b)`,
  'i',
);
const HOLDER_ONLY_SAID = /\b(?:pass|ticket|card|membership)\b[^.]*\b(?:(?:used|use)\s+only\s+by\s+(?:its|the)\s+holder|if\s+someone\s+else\s+uses\s+it)\b/i;

export const passOfAnotherAnswer = toldThenSaid(PASS_OF_ANOTHER_TOLD, HOLDER_ONLY_SAID);

/** A photo of a list taken instead of carrying it: "can I just take a photo of the swimmers list on my phone instead of carting the paper". */
const LIST_PHOTOGRAPHED_TOLD =
  /\b(?:take|taking|snap|snapping|grab|photograph|photographing)\s+(?:a\s+)?(?:(?:photo|pic|picture|snap|screenshot)\s+of\s+)?(?:the|our|this|that|these|those|my|his|her|their|[\w-]+['’]s)\s+((?:[\w'’-]+\s+){0,2}?)(list|register|sheet|rota|form)s?\b(?!\s+of\s+(?:[\w-]+\s+)?(?:prices|stock|drinks|menu))/i;
const NEVER_PHOTOGRAPHED_SAID = /\bnever\b[^.]*\bphotograph(?:ed)?\b/i;

/**
 * A photo of a list: the one policy whose sentence says that kind of paper is never photographed, where a sentence of it naming that kind
 * names the list's own words ("ticks swimmers in and out" of the dawn-dip list, for "the swimmers list"), not any list ("the volunteer
 * rota list", "the cafe price list", "the mileage sheet").
 */
export function listPhotographedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = LIST_PHOTOGRAPHED_TOLD.exec(question);
  if (!found || NOT_PEOPLES_LIST.test(found[1]!)) return undefined;
  const kind = found[2]!.toLowerCase();
  const named = new RegExp(String.raw`\b${kind}s?\b`, 'i');
  // The word the list is called by where the story gives one ("the swimmers list"; "the delivery van sheet" is the van's), else the story's
  // words ("on the dawn dip tomorrow").
  const story = ['take', 'photo', 'phone', 'instead', 'carting', 'carry', 'tomorrow', 'snap', 'pic', 'picture'];
  const own = substance(found[1]!.trim().split(/\s+/).pop() ?? '', ...story);
  const asked = own.size > 0 ? own : substance(question, ...story);
  const says = (p: Policy) => {
    const sentences = wholeSentencesOf(p.text);
    return sentences.some((s) => NEVER_PHOTOGRAPHED_SAID.test(s) && named.test(s)) && sentences.some((s) => named.test(s) && namesAsked(s, asked));
  };
  return theOnly(ctx.config.policies.filter(says));
}

/** Papers left at the end of a season or term: "now the season's wound up, what happens to all the bits of paper with swimmers' names on". */
const PERIOD = String.raw`(?:season|term|summer|camp|course)`;
const SEASON_PAPERS_TOLD = new RegExp(
  String.raw`^(?=.{0,200}?\b${PERIOD}(?:['’]s|\s+(?:is|has))?\s+(?:wound\s+up|over|finished|ended|closed|done|come\s+to\s+an\s+end)\b|.{0,200}?\bend\s+of\s+(?:the\s+)?(?:season|term|summer)\b)(?=.{0,300}?\b(?:what\s+(?:happens|do\s+(?:i|we)\s+do|should\s+(?:i|we)\s+do)\s+(?:to|with)|(?:should|can|do)\s+(?:i|we)\s+(?:bin|shred|keep|throw\s+away|chuck))\b[^?]{0,80}?\b(?:papers?|sheets?|forms?|lists?|notes)\b)`,
  'i',
);
const SHREDDED_SAID = /\bshredded\b/i;

/**
 * Papers at a season's end: the one policy on that season's end (it speaks of the season or the term) whose sentence says what is
 * shredded and names a word of the story besides the kind of paper ("the hut", "reception"), not a day sheet shredded after an event.
 */
export function seasonPapersAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!SEASON_PAPERS_TOLD.test(question)) return undefined;
  const period = new RegExp(String.raw`\b${PERIOD}s?\b`, 'i');
  const asked = substance(question, 'season', 'wound', 'happens', 'names?', 'term', 'summer', 'camp', 'course', 'over', 'finished', 'ended', 'closed', 'done', 'all', 'come', 'end', 'bin', 'keep', 'shred');
  const says = (p: Policy) => period.test(`${p.title} ${p.text}`) && sentencesOf(p.text).some((s) => SHREDDED_SAID.test(s) && namesAsked(s, asked));
  return theOnly(ctx.config.policies.filter(says));
}

/**
 * A child asked to walk home alone: "a 9 year olds dad hasnt turned up yet, can she just walk home, its only round the corner", "12 yr old
 * says his dad texted him its fine to walk home on his own after saturday, do i let him go". A child named by age or as one, not an adult
 * walking home ("can i walk home after my shift?").
 */
const CHILD_WALKS_HOME_TOLD =
  /^(?=.*\b(?:\d{1,2}\s*(?:yr|year)s?[- ]?olds?|kids?|child|junior|son|daughter|little (?:lad|girl|boy))\b)(?=.*\b(?:walk|walking|cycle|cycling|bike)\s+home\b)(?=.*\b(?:can|could|should|ok|okay|alright|fine|do i let|let (?:him|her|them))\b)/i;

/** A policy sentence on how children leave: collected by a parent, or walking home only on a parent's say. */
const CHILDREN_LEAVE_SAID = /^(?=.*\b(?:child|children|juniors?|pupils?|kids?)\b)(?=.*\b(?:walks?\s+home|collect(?:s|ed)?)\b)/i;

export const childWalksHomeAnswer = toldThenSaid(CHILD_WALKS_HOME_TOLD, CHILDREN_LEAVE_SAID);

/**
 * One under age come to collect a child: "Ruby's big sister (she's 14) has turned up to walk her home", "his brother's here to get him, he's
 * only 13", "her 14 year old brother has come to collect her". The one sentence on the youngest a child may go home with.
 */
const YOUNG_COLLECTOR_TOLD = /^(?=.*\b(?:(?:she|he)['’]?s|(?:she|he) is|who['’]?s|aged|only)\s+(?:only\s+)?1[0-7]\b(?!\s*(?:minutes?|mins?|months?|weeks?|%))|.*\b1[0-7][- ]?(?:yr|year)s?[- ]?old\s+(?:brother|sister|sibling|cousin)\b)(?=.*\b(?:(?:older|big|little)\s+)?(?:brother|sister|sibling|cousin)\b).*\b(?:turned up|here|come|came|arrived|at the door)\b[^.?!]{0,20}?\b(?:to\s+)?(?:walk|take|pick|collect|get|fetch)\b/i;

/** A policy sentence never to hand a child to someone too young: "never hand a child to someone under 16". */
const NOT_TO_YOUNG_COLLECTOR_SAID = /\bnever\s+(?:hand|give|release|let)\s+(?:a\s+)?(?:child|children)\s+(?:over\s+)?(?:to|go with)\s+(?:someone|anyone|a person)\s+under\s+1[0-8]\b/i;

export const youngCollectorAnswer = toldThenSaid(YOUNG_COLLECTOR_TOLD, NOT_TO_YOUNG_COLLECTOR_SAID);
