// Stories from sessions, rounds, pools and streets, told in a staff member's words: a list or round to be printed, no one in for a drop,
// a child who needs changing, a child gone missing, someone's own things in a returned item, an old box of sign-in sheets, a surname and
// number given for "the sheet", a blade said to be carried, a young person who messaged asking to ring instead, photos left on a work
// device, one's own phone while on duty, someone else come to collect a child, a pass used by another, a photo of a list, papers left at
// the end of a season. The one policy sentence that rules on it answers, found by what it says, never by a firm's policy id. Read in the
// seventy-sixth round.
import { sentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { storyWords, theOnly, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';
import { stem, words } from '../text.ts';

/** A list, round or register asked to be printed: "can i print the list of stops so i'm not squinting at my phone". */
const PRINTED_TOLD = /\b(?:can|could|may|should|shall)\s+(?:i|we)\s+(?:just\s+)?print(?:\s+(?:off|out))?\b|\b(?:ok|okay|alright|fine)\s+(?:to|if\s+i)\s+print\b/i;

/** A policy sentence that a thing is never printed; its group is the thing: "Do not print the round", "Never print the register". */
const NOT_PRINTED_SAID = /\b(?:do\s+not|don['’]t|never)\s+print\s+(?:off\s+|out\s+)?(?:the|a|an|any|your)\s+([\w-]+)/i;

/**
 * A thing asked to be printed: the one policy sentence that the thing the story names is never printed ("Do not print the round" of the
 * Saturday round's stops), not one on printing another thing (a lesson's register).
 */
export function printedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PRINTED_TOLD.test(question)) return undefined;
  const told = new Set(words(question).map(stem));
  return theOnly(
    ctx.config.policies.filter((p) =>
      sentencesOf(p.text).some((s) => {
        const thing = NOT_PRINTED_SAID.exec(s)?.[1];
        return thing !== undefined && told.has(stem(thing.toLowerCase()));
      }),
    ),
  );
}

/** No one in for a drop, with leaving it asked: "nobody answered for the buggy drop off, can I just leave it in their porch". */
const NO_ONE_IN_LEAVE_TOLD =
  /^(?=.*\b(?:nobody|no\s?one|no-one)\s+(?:answered|answering|answers|(?:is|was)\s+(?:in|home)|in|home|came\s+to\s+the\s+door)\b|.*\bno\s+(?:answer|reply)\s+at\s+the\s+door\b)(?=.*\bleave\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:in|on|at|by|behind|under|with)\s+(?:the|their|his|her|a)\s+(?:porch|doorstep|step|door|mat|bin|gate|shed|neighbour)s?\b)/i;
const NEVER_LEFT_AT_DOOR_SAID = /\bnever\s+leave\b[^.]*\b(?:doorstep|porch|step|door)\b/i;

export const noOneInLeaveAnswer = toldThenSaid(NO_ONE_IN_LEAVE_TOLD, NEVER_LEFT_AT_DOOR_SAID);

/** A child needing changing or the toilet, one of us asked to do it: "a toddler needed changing … she shouted to me to just do it quickly". */
const CHANGING_ASKED_TOLD =
  /^(?!.*\bmy\s+(?:own\s+)?(?:toddler|son|daughter|little\s+one|kid|baby|boy|girl|child)\b)(?=.*\b(?:asked|told|shouted\s+(?:to|at)|wants?|wanted|begged)\s+(?:me|us)\s+to\b|.*\b(?:can|could|should|shall)\s+i\b|.*\b(?:ok|okay|alright)\s+(?:for\s+me|if\s+i)\b|.*\bdo\s+it\b).*(?:\b(?:needed|needs|need|wanted|wants)\s+(?:changing|a\s+(?:nappy\s+)?change|the\s+(?:toilet|loo|potty)|a\s+(?:wee|poo))\b|\b(?:change|changing)\s+(?:his|her|their|a|the)\s+(?:nappy|pull-?ups?)\b|\b(?:take|taking)\s+(?:him|her|them|the\s+(?:child|kid|little\s+one|toddler))\s+to\s+the\s+(?:toilet|loo)\b)/i;
const NEVER_CHANGED_SAID = /\bnever\b[^.]*\b(?:take\s+a\s+child\s+to\s+the\s+(?:toilet|loo)|change\s+(?:a\s+)?napp(?:y|ies)|changes?\s+napp(?:y|ies))\b/i;

export const changingAskedAnswer = toldThenSaid(CHANGING_ASKED_TOLD, NEVER_CHANGED_SAID);

/** A child we cannot find: "we can't find a little girl anywhere in the hall and her dad is frantic". */
const CHILD_MISSING_TOLD =
  /\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t)\s+find\s+(?:a|the|his|her|their|one\s+of\s+the|little)\s+(?:little\s+)?(?:child|girl|boy|kid|toddler|son|daughter|lad|lass)\b|\b(?:child|girl|boy|kid|toddler|little\s+one)\s+(?:is|has\s+gone|has\s+gone\s+off|went|'s\s+gone)\s+missing\b|\blost\s+(?:a|his|her|their)\s+(?:child|kid|toddler|son|daughter)\b/i;
const CHILD_MISSING_SAID = /\bif\s+a\s+(?:child|young\s+person|pupil|swimmer|camper)\s+(?:goes|is|has\s+gone|went)\s+missing\b|\bmissing\s+child\b/i;

export const childMissingAnswer = toldThenSaid(CHILD_MISSING_TOLD, CHILD_MISSING_SAID);

/** Someone's own things found in a thing brought back: "brought back the marble run and there's an inhaler and a letter … in the box". */
const THINGS_IN_RETURNED_TOLD =
  /^(?=.*\b(?:brought|brings|bring|came|handed|given|sent)\s+(?:it\s+|them\s+)?back\b|.*\breturn(?:ed|s)?\b)(?=.*\b(?:inhaler|letters?|photos?|medication|medicine|tablets|pills|wallet|purse|keys|bank\s+card|school\s+book|diary|passport|prescription|hearing\s+aid)\b[^.?!]*\b(?:in|inside|tucked|left)\b)/i;
const PERSONAL_IN_RETURNED_SAID = /\breturned\b[^.]*\b(?:contains?|inside|left\s+in|found\s+in)\b[^.]*\bpersonal\b/i;

export const thingsInReturnedAnswer = toldThenSaid(THINGS_IN_RETURNED_TOLD, PERSONAL_IN_RETURNED_SAID);

/**
 * Old papers found, whether we still need them asked: "found a box of stay and play sign-in sheets going back to 2023. Do we still need
 * them?" (the thing: "sign-in sheets").
 */
const OLD_PAPERS_FOUND_TOLD =
  /\b(?:found|came\s+across|turned\s+up|dug\s+out)\s+(?:a|an|some|the|loads\s+of|old)\s+(?:(?:box|pile|stack|load|folder|bag|file|bundle|drawer)(?:ful)?\s+of\s+)?(?:[\w'’-]+\s+){0,4}?([\w-]+)\s+(?:sheets|forms|registers|lists|papers|books)\b[^?]*\b(?:going\s+back|dating\s+back|from|back\s+to)\b[^?]*\b(?:still\s+need|need\s+to\s+keep|keep\s+(?:them|these|those)|bin|shred|throw|get\s+rid)\b/i;
/** A policy sentence that the thing is kept a while: "Session registers are kept 1 year." */
const KEPT_FOR_SAID = /\b(?:is|are)\s+kept\s+(?:for\s+)?(?:\d+|one|two|three|four|five|six|seven|twelve)\s+(?:years?|months?|weeks?)\b/i;

/** A sign-in sheet is a register by another name; else the thing is the word the story names. */
export function oldPapersFoundAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = OLD_PAPERS_FOUND_TOLD.exec(question)?.[1]?.toLowerCase();
  if (!thing) return undefined;
  const named = /^sign(?:ing)?-?in$|^in$/.test(thing) || /\bsign(?:ing)?[- ]in\s+sheets\b/i.test(question) ? /\b(?:registers?|sign(?:ing)?[- ]in\s+sheets?)\b/i : new RegExp(String.raw`\b${thing}s?\b`, 'i');
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((s) => KEPT_FOR_SAID.test(s) && named.test(s))));
}

/** Someone's surname or number given, asked whether it goes on a sheet: "gave me his surname and mobile … Do I stick that on the sheet?". */
const DETAILS_GIVEN_PUT_TOLD =
  /\b(?:gave|given|told)\s+(?:me|us)\s+(?:his|her|their)\s+(?:full\s+name|surname|last\s+name|home\s+address|address|school|mobile|phone\s+number|number)\b[^.?!]*[.?!,]?[^?]*?\b(?:stick|put|write|note|jot|add|pop)\s+(?:that|it|them|those|this|these)\s+(?:down\s+)?(?:on|in|onto)\s+(?:the|our|my|a)\s+([\w-]+)(?:\s+([\w-]+))?/i;
const NEVER_WRITTEN_SAID = /\bnever (?:write|put|record|note)\b[^.]*\b(?:surnames?|last names?|full names?|address(?:es)?|phone numbers?|mobile numbers?)\b/i;

export const detailsGivenPutAnswer = toldOfThingThenSaid(DETAILS_GIVEN_PUT_TOLD, NEVER_WRITTEN_SAID);

/** A blade said to be carried, a search thought of: "reckon one of the group's got a blade in his bag. Should I ask him to show me what's in it?". */
const WEAPON_SEARCH_TOLD =
  /^(?=.*\b(?:got|has|have|had|carrying|carries|carry|with|holding|pulled)\s+(?:a\s+)?(?:knife|blade|weapon|machete|shank)\b|.*\b(?:knife|blade|weapon|machete|shank)\s+(?:in|on|down)\s+(?:his|her|their|a|the)\s+(?:bag|pocket|waistband|coat|jacket|sock|hoodie|rucksack)\b)(?=.*\b(?:search|check|look\s+in|looking\s+in|show\s+(?:me|us)|empty|pat\s+(?:him|her|them)\s+down|take\s+it|confiscate|grab\s+it)\b)/i;
const DO_NOT_SEARCH_SAID = /\b(?:do\s+not|don['’]t|never)\s+search\b/i;

export const weaponSearchAnswer = toldThenSaid(WEAPON_SEARCH_TOLD, DO_NOT_SEARCH_SAID);

/** A young person who messaged asking to ring or switch app instead: "messaged the insta asking if she can just ring me instead". */
const MOVE_FROM_MESSAGES_TOLD =
  /^(?=.*\b(?:young\s+(?:person|people|man|woman|lad)|yp|girl|boy|lad|lass|kid|teen\w*|child|pupil)\b)(?=.*\b(?:messaged|messages|message|dm['’]?d|dmed|dms|inboxed|texted)\b)(?=.*\b(?:ring|call|phone|facetime|whatsapp|snapchat|snap|text)\s+(?:me|her|him|them|us)?\s*instead\b|.*\bgive\s+(?:her|him|them)\s+a\s+(?:call|ring|bell)\b|.*\b(?:move|switch|go)\s+(?:it\s+|this\s+)?(?:over\s+)?(?:to|onto)\s+(?:whatsapp|snapchat|snap|a\s+call|the\s+phone)\b)/i;
const CONVERSATION_NOT_MOVED_SAID = /\b(?:move|take|switch)\s+(?:a|the)\s+conversation\s+(?:to|onto|over\s+to)\b/i;

export const moveFromMessagesAnswer = toldThenSaid(MOVE_FROM_MESSAGES_TOLD, CONVERSATION_NOT_MOVED_SAID);

/** Photos kept on a work device to post later: "they're on the work phone. OK to leave them there and post a few over the next couple of weeks?". */
const PHOTOS_LEFT_ON_DEVICE_TOLD =
  /^(?=.*\b(?:photos?|pics?|pictures?|shots|videos?|footage)\b)(?=.*\bon\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:phone|mobile|ipad|tablet|camera)\b)(?=.*\b(?:leave|keep)\s+(?:them|it|those|these)\b[^.?!]*\b(?:there|on\s+it|for\s+now|till|until|over|next|couple|later)\b)/i;
const UPLOADED_SAME_DAY_SAID = /\b(?:photos?|upload\w*)\b[^.]*\bsame\s+day\b[^.]*\bdelete[ds]?\b[^.]*\b(?:device|phone|camera|tablet)\b/i;

export const photosLeftOnDeviceAnswer = toldThenSaid(PHOTOS_LEFT_ON_DEVICE_TOLD, UPLOADED_SAME_DAY_SAID);

/** One's own phone on duty: "I'm lifeguarding this afternoon … Can I keep my mobile in my bumbag up on the chair?". */
const PHONE_ON_DUTY_TOLD =
  /^(?=.*\b(?:lifeguarding|on\s+duty|on\s+the\s+chair|on\s+poolside|poolside|on\s+shift|on\s+the\s+session|running\s+the\s+session)\b)(?=.*\b(?:keep|have|carry|take|bring)\s+my\s+(?:own\s+)?(?:mobile|phone)\b)/i;
const OWN_PHONE_PUT_AWAY_SAID = /\bon\s+duty\b[^.]*\bnot\s+a\s+phone\b|\b(?:personal|own|staff|volunteers['’]?)\s+phones?\s+(?:stay|are\s+kept|are\s+left|go)\s+in\s+the\b/i;

export const phoneOnDutyAnswer = toldThenSaid(PHONE_ON_DUTY_TOLD, OWN_PHONE_PUT_AWAY_SAID);

/** Someone not usual come to collect a child: "grandad has come to pick her up but it's always her mum". */
const OTHER_COLLECTOR_TOLD =
  /\b(?:grandad|grandpa|grandma|gran|nan|nana|uncle|aunt|auntie|aunty|step-?dad|step-?mum|older\s+(?:brother|sister)|neighbour|(?:mum|dad)['’]?s\s+(?:boyfriend|girlfriend|partner|friend)|someone\s+else|a\s+(?:man|woman|lady|bloke)|another\s+(?:adult|parent))\s+(?:has\s+)?(?:come|turned\s+up|arrived|here|is\s+here|rocked\s+up)\s+to\s+(?:pick\s+(?:her|him|them)\s+up|collect\s+(?:her|him|them))\b/i;
const HANDED_ONLY_TO_NAMED_SAID = /\bif\s+(?:someone|anyone|somebody)\s+else\s+(?:comes|collects|arrives|turns\s+up)\b|\bhanded\s+(?:back|over)\s+only\s+to\b/i;

export const otherCollectorAnswer = toldThenSaid(OTHER_COLLECTOR_TOLD, HANDED_ONLY_TO_NAMED_SAID);

/** A pass or ticket used by someone not its holder: "came through on a season pass that's obviously his dad's". */
const PASS_OF_ANOTHER_TOLD =
  /\b(?:pass|ticket|card|membership|wristband)\s+(?:that['’]?s|thats|which\s+is|is)\s+(?:obviously\s+|clearly\s+|actually\s+|really\s+)?(?:his|her|their|someone\s+else['’]?s|somebody\s+else['’]?s)\s*(?:(?:dad|mum|brother|sister|mate|friend|partner|husband|wife)['’]?s)?\b|\b(?:using|use|used|uses)\s+(?:someone\s+else['’]?s|somebody\s+else['’]?s|(?:his|her|their)\s+(?:dad|mum|brother|sister|mate|friend|partner|husband|wife)['’]?s)\s+(?:season\s+)?(?:pass|ticket|card|membership)\b/i;
const HOLDER_ONLY_SAID = /\b(?:used|use)\s+only\s+by\s+(?:its|the)\s+holder\b|\bif\s+someone\s+else\s+uses\s+it\b/i;

export const passOfAnotherAnswer = toldThenSaid(PASS_OF_ANOTHER_TOLD, HOLDER_ONLY_SAID);

/** A photo of a list taken instead of carrying it: "can I just take a photo of the swimmers list on my phone instead of carting the paper". */
const LIST_PHOTOGRAPHED_TOLD =
  /\b(?:take|taking|snap|snapping|grab)\s+(?:a\s+)?(?:photo|pic|picture|snap|screenshot)\s+of\s+(?:the|our|this|that|these|those|my|his|her|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:list|register|sheet|rota|form|forms)\b/i;
const NEVER_PHOTOGRAPHED_SAID = /\bnever\b[^.]*\bphotograph(?:ed)?\b/i;

export const listPhotographedAnswer = toldThenSaid(LIST_PHOTOGRAPHED_TOLD, NEVER_PHOTOGRAPHED_SAID, {
  storyWord: storyWords('take', 'photo', 'phone', 'instead', 'paper', 'carting', 'carry', 'tomorrow', 'just', 'about'),
  only: true,
  whole: true,
});

/** Papers left at the end of a season or term: "now the season's wound up, what happens to all the bits of paper with swimmers' names on". */
const SEASON_PAPERS_TOLD =
  /^(?=.*\b(?:season|term|summer|camp|course)(?:['’]s|\s+(?:is|has))?\s+(?:wound\s+up|over|finished|ended|closed|done)\b|.*\bend\s+of\s+(?:the\s+)?(?:season|term|summer)\b)(?=.*\bwhat\s+(?:happens|do\s+(?:i|we)\s+do|should\s+(?:i|we)\s+do)\s+(?:to|with)\b[^?]*\b(?:papers?|sheets?|forms?|lists?|notes)\b)/i;
const SHREDDED_BY_SAID = /\bshredded\b/i;

export const seasonPapersAnswer = toldThenSaid(SEASON_PAPERS_TOLD, SHREDDED_BY_SAID, {
  storyWord: storyWords('season', 'wound', 'happens', 'bits', 'paper', 'papers', 'names?', 'term', 'summer', 'over', 'finished', 'ended', 'closed', 'done', 'all'),
  only: true,
});
