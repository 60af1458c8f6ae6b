// The firm's own rules on everyday things of the work, asked in a story: a health list or details put up on a board, a sign-up sheet
// left out, health notes photographed, a product with no label, a thing left in a vehicle overnight, coming back after a stomach bug,
// who else is on a list, the cameras after a scuffle. The one policy sentence that rules on that thing answers, whatever supplier or
// policy the story's other words meet.
import type { Policy } from '../../config/schema.ts';
import { sentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { askedWords, policiesByTitle, policiesSaying, quotedWith, sentenceNamesAsked, storyWords, theMostKeyed, theOnly, theOnlyPreferring, theOnlySaying, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';
import { RETENTION_TITLE } from '../retention-policy.ts';
import { stem, words } from '../text.ts';
import { leaveAsked } from '../unknown.ts';
import { HEALTH_PAPER } from './one-sentence-rules.ts';
import { DEVICES_TITLE } from '../policy-answer.ts';

/**
 * A list of people's allergies or health put up where all can see it: "new girl says the nut list should be stuck up by the snack table so
 * everyone can see it", "can we pin the allergy sheet on the kitchen wall".
 */
const HEALTH_LIST_PUT_UP =
  /\b(?:allerg\w*|nut|medical|medication|medicines?|dietary|health)\s+(?:list|sheet|chart|info)\b[^.?!]{0,20}?\b(?:stuck|put|pinned|taped|blu-?tacked|displayed|hung|going)\s+(?:up\s+)?(?:on|by|in|next to|above|over)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:wall|table|fridge|door|notice ?board|counter|hatch|kitchen)\b|\b(?:stick|pin|tape|put|display|hang)\s+(?:up\s+)?(?:the|our)\s+(?:allerg\w*|nut|medical|medication|dietary|health)\s+(?:list|sheet|chart|info)\s+(?:up\s+)?(?:on|by|in|next to|above|over)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:wall|table|fridge|door|notice ?board|counter|hatch)\b/i;

/** A policy sentence that such a list is never on the wall or on show: "the printed list stays in the kitchen folder, face down, never on the wall". */
const NEVER_ON_WALL_SAID = /\b(?:never|not)\s+(?:be\s+)?(?:on|put up on|pinned (?:up )?on|stuck (?:up )?on|displayed on)\s+(?:the|a)\s+(?:wall|notice ?board)\b|\b(?:never|not)\s+(?:be\s+)?(?:displayed|on (?:show|display))\b/i;

export const healthListPutUpAnswer = toldThenSaid(HEALTH_LIST_PUT_UP, NEVER_ON_WALL_SAID);

/**
 * A photo of people's health notes asked: "can i take a photo of the medical notes for my group on my phone, the wifi at the pool is
 * rubbish", "ok to snap the allergy info so i have it at the away match".
 */
const HEALTH_NOTES_PHOTOGRAPHED =
  /\b(?:take|taking|grab|grabbing)\s+(?:a\s+)?(?:photo|pic|picture|snap|screenshot)\s+of\s+(?:the|their|his|her|our)\s+(?:[\w-]+\s+)?(?:medical|health|allerg\w*|medication)\s+(?:notes?|info|information|details|forms?|sheets?|list)\b|\b(?:photograph|snap|screenshot)\s+(?:the|their|his|her|our)\s+(?:[\w-]+\s+)?(?:medical|health|allerg\w*|medication)\s+(?:notes?|info|information|details|forms?|sheets?|list)\b/i;

/** A policy sentence that such notes are not photographed: "must not write them down, photograph them or share them". */
const NOT_PHOTOGRAPHED_SAID = /\b(?:must not|never|do not|don['’]t|may not|cannot)\b[^.;]{0,30}?\bphotograph\w*\b/i;

/** Health notes photographed: the one policy saying they are not, of several the one titled on medical or health matters. */
export function healthNotesPhotographedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!HEALTH_NOTES_PHOTOGRAPHED.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, NOT_PHOTOGRAPHED_SAID), (p) => /\b(?:medical|health|medication|allerg\w*)\b/i.test(p.title));
}

/**
 * A sheet left out for people to write their details on: "for the 40k day can i leave a clipboard on the counter for people to put their
 * email and number down", "ok to put a sign-up sheet by the till for names and phone numbers".
 */
const SIGN_UP_SHEET_LEFT_OUT =
  /\b(?:leave|put|stick|pop|have)\s+(?:out\s+)?(?:a|the)\s+(?:clipboard|sign[- ]?up sheet|sign[- ]?in sheet|sheet|list|pad)\s+(?:out\s+)?(?:on|at|by|next to)\s+(?:the\s+)?(?:counter|desk|table|door|till|reception|bar|front)\b[^.?!]{0,40}?\b(?:names?|emails?|e-mails?|numbers?|phone|addresses|details)\b/i;

/** A policy sentence against details on paper sheets left out: "Never write players' emails … on paper sign-up sheets left on the counter". */
const SHEETS_LEFT_OUT_SAID = /\b(?:never|not|no|don['’]t|do not)\b[^.;]*\b(?:sign[- ]?up|sign[- ]?in|paper)\s+(?:sheets?|lists?)\b[^.;]*\b(?:left|counter|desk|out)\b/i;

export const signUpSheetLeftOutAnswer = toldThenSaid(SIGN_UP_SHEET_LEFT_OUT, SHEETS_LEFT_OUT_SAID);

/** Details put up on a board, asked: "shall I write the allergies up on the café whiteboard so the kitchen can see them?". */
const PUT_ON_BOARD = /\b(?:write|writing|written|wrote|put|putting|stick|sticking|stuck|pin|pinning|pinned|pop|popping|jot|jotting|jotted|list|listing|listed|chalk|chalking|chalked)\b[^.?!]{0,50}?\b(?:up\s+)?on\s+(?:the|our|a)\s+(?:\S+\s+)?(white ?board|notice ?board|chalk ?board|black ?board|rota ?board|jobs? ?board|work ?board|wall ?board)\b/i;

/**
 * Details put up on a board: the one policy with a sentence that says they never go on that board, and whose words name what is put
 * up ("never write the password on the whiteboard" is no rule on bookings put on it; "don't write allergies next to names on the
 * whiteboard" is one on allergies). A sentence against photographing the board is another rule.
 */
export function putOnBoardAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const board = PUT_ON_BOARD.exec(question)?.[1];
  if (!board) return undefined;
  const named = board.replace(/\s+/g, '').replace(/board$/i, String.raw`\s*board`);
  // Where no sentence names the board as the story does, one on the work's board by another name ("the workshop job board").
  return boardRule(ctx, question, named) ?? boardRule(ctx, question, String.raw`(?:job|jobs|work|workshop|rota|wall)\s*board`);
}

function boardRule(ctx: QaContext, question: string, board: string): QaAnswer | undefined {
  const said = new RegExp(String.raw`^(?!.*\b(?:photo\w*|film\w*|pictures?)\b)(?=.*\b${board}s?\b)(?=.*\b(?:never|not|no|don['’]?t|do not)\b)`, 'i');
  return theOnly(policiesSaying(ctx, said).filter(policyNames(said, question, BOARD_STORY_WORD)));
}

/** Words of a story that say nothing of what is put up: the board, writing, seeing. */
const BOARD_STORY_WORD = /^(?:white|notic|chalk|black|board|write|writ|wrote|stick|post|list|chalk|kitchen|see|can|shall|never|them|they|this|that|with|from|what|okay)/;

/** Whether a policy's title, keywords or a sentence the pattern meets name a word of the question. */
function policyNames(said: RegExp, question: string, storyWord: RegExp): (p: Policy) => boolean {
  const asked = askedWords(question, storyWord);
  const inSentence = sentenceNamesAsked(said, question, { storyWord });
  return (p) => words(`${p.title} ${p.keywords.join(' ')}`).some((w) => asked.has(stem(w))) || inSentence(p);
}

/** A product told to have no label: "the new raspberry bars have no labels yet", "the fudge is unlabelled". */
const NO_LABEL_TOLD = /\b(?:ha(?:ve|s)|with|got)\s+no\s+labels?\b|\bno\s+labels?\s+(?:on|yet)\b|\bwithout\s+(?:a\s+|any\s+)?labels?\b|\blabels?\s+(?:is\s+|are\s+)?missing\b|\bmissing\s+(?:its\s+|their\s+)?labels?\b|\bunlabell?ed\b|\b(?:haven['’]?t|hasn['’]?t|not)\s+(?:got\s+|been\s+)?labell?ed\b/i;

/** A policy sentence on a product whose label is missing. */
const NO_LABEL_SAID = /\blabels?\b[^.]*\bmissing\b|\bmissing\b[^.]*\blabels?\b|\bunlabell?ed\b|\bwithout (?:a |its )?label\b|\bno label\b/i;

/** A product with no label, to be put on sale: the one policy sentence on a missing label (it comes off sale until checked). */
export function noLabelAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return NO_LABEL_TOLD.test(question) && ON_SALE_ASKED.test(question) ? theOnly(policiesSaying(ctx, NO_LABEL_SAID)) : undefined;
}

/** The product to go on sale: "out on the shelf", "can i still put them out?", "sell them". Not a letter or a box of pots. */
const ON_SALE_ASKED = /\b(?:on (?:the )?(?:shelf|shelves|counter|display|sale)|put (?:them|it|those) out|(?:them|it) out on|sell (?:them|it|those)|selling|display)\b/i;

/** A thing asked to stay in a vehicle overnight: "can I keep them in the van fridge overnight and send tomorrow". */
const OVERNIGHT_IN_VEHICLE_ASKED = /\b(?:keep|leave|store|stick|put|pop)\s+(?:it|them|those|these|(?:the|my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:in|on)\s+(?:the\s+|my\s+|our\s+)?(?:van|car|cab|lorry|truck|boot|vehicle)(?:\s+fridge)?\s+(?:overnight|over ?night|all night)\b/i;

/** A policy sentence that something never stays in a vehicle overnight. */
const OVERNIGHT_IN_VEHICLE_SAID = /^(?=.*\b(?:never|not|no)\b)(?=.*\b(?:vans?|cars?|vehicles?|cabs?|boots?|lorr(?:y|ies)|trucks?)\b)(?=.*\bovernight\b)/i;

/** Words of a story that say nothing of what is kept: the vehicle, the night, keeping. */
const VEHICLE_STORY_WORD = /^(?:van|car|cab|lorri|lorry|truck|boot|vehicl|overnight|night|keep|leav|store|fridg|tomorrow|send|never|them|they|this|that|with|from|ever)/;

/**
 * A thing asked to stay in a vehicle overnight: the one policy with a sentence that it never does and that names it ("samples never
 * stay in the van overnight", not "never leave medicines in it overnight"); veg boxes or ladders that no such sentence names are left
 * to the rest of the rules.
 */
export const overnightInVehicleAnswer = toldThenSaid(OVERNIGHT_IN_VEHICLE_ASKED, OVERNIGHT_IN_VEHICLE_SAID, { storyWord: VEHICLE_STORY_WORD, only: true });

/** Coming back to work after a stomach bug, asked: "had a stomach bug sunday night, been fine since, ok to come in for my shift?". */
const BUG_TOLD = /\b(?:stomach bug|tummy bug|sickness bug|norovirus|noro|d\s?(?:&|and)\s?v|vomiting|been sick|being sick|throwing up|threw up|diarrh\w*|the runs|food poisoning|gastro\w*)\b/i;
const BACK_TO_WORK_ASKED = /\b(?:ok|okay|fine|alright|allowed|safe)\s+(?:for me\s+)?to\s+(?:come|be)\s+(?:in|back)\b|\b(?:can|could|should|shall)\s+i\s+(?:still\s+)?(?:come|be)\s+(?:in|back)\b(?!\s+to\b)|\b(?:can|could|should)\s+i\s+(?:still\s+)?(?:do|work|cover)\s+(?:my|the|tomorrow['’]?s?)\b/i;

/** A policy sentence on staying away after such a bug. */
const STAY_AWAY_SAID = /^(?=.*\b(?:vomiting|diarrh\w*|sickness|stomach bug|d&v)\b)(?=.*\b(?:stay away|stay off|not (?:come|work|return)|must not|off work|until \d+ hours|48 hours)\b)/i;

/** Back to work after a stomach bug, asked: the one policy sentence on staying away after one. */
export function backAfterBugAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return BUG_TOLD.test(question) && BACK_TO_WORK_ASKED.test(question) ? theOnly(policiesSaying(ctx, STAY_AWAY_SAID)) : undefined;
}

/**
 * Whether someone else is on one of our lists, asked by one who is: "one of the gift recipients rang asking if her colleague Dave is on
 * the list too", "a guest wants to know who else is booked on the tour".
 */
const OTHER_ON_LIST_ASKED = /\b(?:asking|asked|asks|wants? to know|wanted to know|wondering)\b[^.?!]{0,30}?\b(?:(?:if|whether)\s+(?:her|his|their|my|a|the)?\s*(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were)\s+(?:on\s+(?:the|our)\s+(?:[\w-]+\s+)?list|booked\s+(?:in|on))|who else\s+(?:is|['’]s|was|are|were)\s+(?:on\s+(?:the|our)\s+(?:[\w-]+\s+)?list|booked|coming|getting))\b/i;

/** A policy sentence on never telling one who else is on a list; the rule said as "never" before one said in passing. */
const WHO_ELSE_SAID = /\b(?:tell|told|say|share|shared|confirm|reveal|give out|pass on)\b[^.]*\bwho else\b/i;
const NEVER_WHO_ELSE_SAID = /\bnever\b[^.]*\bwho else\b/i;

/** Who else is on a list, asked: the one policy with a sentence on telling who else, preferring the one that says "never". */
export function otherOnListAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OTHER_ON_LIST_ASKED.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, WHO_ELSE_SAID), (p) => sentencesOf(p.text).some((said) => NEVER_WHO_ELSE_SAID.test(said)));
}

/** What to do about the cameras, asked after something happened: "…a bit of a scuffle. anything i need to do about the cameras?". */
const CAMERAS_ASKED = /\b(?:anything|what)\s+(?:else\s+)?(?:do\s+)?(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+|should\s+)?do\s+(?:about|with)\s+(?:the\s+)?(?:cameras?|cctv|footage|recordings?)\b/i;

/** A policy on cameras, by its title. */
const CAMERAS_TITLE = /\bcctv\b|\bcameras?\b|\bfootage\b/i;

/** What to do about the cameras, asked: the one policy titled on them. */
export function camerasAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CAMERAS_ASKED.test(question) ? theOnly(policiesByTitle(ctx, CAMERAS_TITLE)) : undefined;
}

/**
 * The cameras on one's own phone, asked: "can I get the camera app on my phone? want to keep an eye on the shop when I'm locking up late",
 * "can I watch the cctv from my phone at home" (read in the eighty-ninth round).
 */
const CAMERAS_ON_OWN_PHONE =
  /\b(?:camera|cameras|cctv)\s+(?:app|feed|live view)\b[^.?!]{0,40}?\b(?:on|onto|to)\s+(?:my|his|her)\s+(?:own\s+)?(?:phone|mobile|iphone|tablet|laptop)\b|\b(?:watch|view|see|check|look at)\s+(?:the\s+)?(?:cctv|cameras?|camera feed)\s+(?:from|on)\s+(?:my|his|her)\s+(?:own\s+)?(?:phone|mobile|iphone|tablet|laptop|home)\b/i;

/** A policy sentence on who may watch the cameras: "Only Janet and Imran may watch or download CCTV". */
const WHO_WATCHES_SAID = /\bonly\b[^.]*\b(?:watch|view|look at|see|access|download)\w*\b[^.]*\b(?:cctv|cameras?|footage|recordings?)\b/i;

/** The cameras on one's own phone, asked: the one policy sentence on who may watch them, else the one policy titled on them. */
export function camerasOnOwnPhoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CAMERAS_ON_OWN_PHONE.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, WHO_WATCHES_SAID)) ?? theOnly(policiesByTitle(ctx, CAMERAS_TITLE));
}

/** Someone's details put in the notes app of one's own phone, told or asked: "jotted the client's address and her meds in my iphone notes", "gave me her alarm code on a post-it, can I just stick it in my phone notes" (read in the eighty-ninth round). */
const NOTED_ON_OWN_PHONE = /\b(?:jot|jotted|jotting|wrote|write|written|writing|noted|note|typed|type|put|saved|save|stuck|stick|popped|pop|store|stored|keep|kept)\b[^.?!]{0,60}?\b(?:in|on|into|onto)\s+(?:my|his|her|their)\s+(?:own\s+)?(?:i?phone|mobile|phone['’]s)\s+notes\b|\b(?:in|on|into)\s+(?:my|the)\s+notes app\b/i;

/** A policy sentence that a phone's notes are no place for people's details. */
const PHONE_NOTES_SAID = /^(?=.*\b(?:never|not|no)\b)(?=.*\b(?:phone['’]?s?|mobile['’]?s?)\s+notes\b|.*\bnotes app\b)/i;

/** A policy sentence that records are never kept on one's own phone: "Every casualty is recorded in GoCanvas on the event tablet, never on a personal phone". */
const RECORDED_NEVER_ON_OWN_PHONE_SAID = /\b(?:is|are)\s+(?:recorded|written|noted|kept)\b[^.]*\bnever\s+(?:on|in)\s+(?:a|your)\s+(?:personal|own)\s+(?:phone|mobile)\b/i;

/** A child in the story: a lost child's details are the safeguarding policy's, not the rule on where records are kept. */
const CHILD_TOLD = /\b(?:kid|kids|child|children|boy|girl|son|daughter|toddler)['’]?s?\b/i;

/**
 * Details in one's own phone's notes: the one policy sentence against it, whatever system the story names; else, the story telling no
 * child, the one sentence that records are never kept on one's own phone.
 */
export function notedOnOwnPhoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!NOTED_ON_OWN_PHONE.test(question) || !SOMEONES_DETAILS.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, PHONE_NOTES_SAID)) ?? (CHILD_TOLD.test(question) ? undefined : theOnly(policiesSaying(ctx, RECORDED_NEVER_ON_OWN_PHONE_SAID)));
}

/** Someone's details, not one's own shopping list or the opening times. */
const SOMEONES_DETAILS = /\b(?:address(?:es)?|numbers?|details|(?:alarm|gate|door|key ?safe|entry|access)\s+codes?|names?|meds|medication|medical|health|allerg\w*|dob|date of birth|e-?mails?|postcodes?|clients?['’]?s?|customers?['’]?s?|patients?['’]?s?|his|her|their)\b/i;

/**
 * A form everyone fills in, told to be skipped for someone: "Glow said she won't need to fill in the medical form because it's a gifted
 * drip"; or put off till later, read in the eighty-eighth round ("nan says mum will do the forms later. pony's tacked up, fine to go?"). The
 * policies with a sentence on that form, and of several the one whose keywords the story meets most (the influencer's).
 */
const FORM_SKIPPED_TOLD = /\b(?:won['’]?t|wont|doesn['’]?t|does not|will not|don['’]?t|do not|shouldn['’]?t)\s+(?:need|have)\s+to\s+(?:fill in|fill out|do|complete|sign)\s+(?:the|a|her|his|their|any|our)\s+(?:[\w-]+\s+)?(form|questionnaire|waiver|consent form)s?\b|\b(?:skip|skipping)\s+(?:the\s+)?(?:[\w-]+\s+)?(form|questionnaire|waiver)s?\b|\b(?:will|['’]ll|gonna|going to)\s+(?:do|fill in|fill out|complete|sign|send)\s+(?:the|a|her|his|their)\s+(?:[\w-]+\s+)?(form|questionnaire|waiver)s?\s+(?:later|tomorrow|after|afterwards|next time|next week|when)\b/i;

export function formSkippedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = FORM_SKIPPED_TOLD.exec(question);
  const form = told?.[1] ?? told?.[2] ?? told?.[3];
  if (!form) return undefined;
  const head = form.split(/\s+/).pop()!;
  // Put off, the one sentence that nothing goes ahead until it is done ("No under-18 rides until a parent has completed the registration form").
  const first = told?.[3] ? theOnly(policiesSaying(ctx, new RegExp(String.raw`\buntil\b[^.]*\b${head}s?\b`, 'i'))) : undefined;
  if (first) return first;
  // Of several its keywords meet as often, the one titled on that form ("Waivers, under-16s and age checks", not "How long we keep records").
  const titled = new RegExp(String.raw`\b${head}s?\b`, 'i');
  return theMostKeyed(policiesSaying(ctx, new RegExp(String.raw`\b(?:${head}s?|questionnaires?)\b`, 'i')), question, (p) => titled.test(p.title));
}

/**
 * A rule said in one sentence, met by a story that names what it rules on: the one policy with such a sentence; of several, the one
 * whose sentence names a word of the story.
 */
function sentenceRule(told: RegExp, said: RegExp): (ctx: QaContext, question: string) => QaAnswer | undefined {
  return toldThenSaid(told, said, { storyWord: storyWords() });
}

/** Someone's health or details asked to be told over the radio: "one lady declared a heart thing. can i just tell them over the radio?". */
export const overRadioAnswer = sentenceRule(
  /^(?=.*\b(?:medical|health|condition|heart|names?|address(?:es)?|injur\w*|allerg\w*|declar\w*|epilep\w*|diabet\w*|pregnan\w*|details)\b).*\b(?:tell|read|give|say|pass)\b[^?]{0,40}?\b(?:over|on|by|via)\s+(?:the\s+)?(?:radio|vhf|channel\s*16)\b/i,
  /^(?=.*\b(?:radio|vhf)\b)(?=.*\b(?:never|not|no|don['’]?t)\b)/i,
);

/** News or results asked to be left on someone's voicemail: "she's not picking up, can i just leave the good news on her voicemail?". */
export const onVoicemailAnswer = sentenceRule(
  /\bleave\s+(?:a\s+message\s+(?:with|about)\s+)?(?:(?:the|her|his|their|a|it|that|them|this)\s+)?(?:[\w'’-]+\s+){0,4}?(?:on|in)\s+(?:her|his|their|the|a)\s+(?:voicemail|voice ?mail|answerphone|answer ?phone|answering machine)\b/i,
  /^(?=.*\b(?:voicemail|voice mail|answerphone|answer phone|answering machine|messages?)\b)(?=.*\b(?:never|not|don['’]?t|only)\b)(?=.*\bleave\b)/i,
);

/**
 * Someone's former partner asking after them: "a man phoned saying he used to be with one of our patients and wants to know if she's
 * still got their embryos", "her ex rang asking when she's next in". The one policy sentence naming ex-partners among those told nothing.
 */
export const exPartnerAsksAnswer = sentenceRule(
  /^(?=.*\b(?:used to be (?:with|married to|going out with|together with)|(?:her|his|their) ex\b(?!-|\s+(?:boss|business|colleague|employer|manager|landlord|workmate|teacher|neighbour|partner in|flatmate|housemate)\b)|(?<!\bmy\s)ex-?(?:husband|wife|partner|boyfriend|girlfriend)|former (?:partner|husband|wife))\b)(?=.*\b(?:wants? to know|asking|asked|asks|rang|phoned|called|emailed|messaged|turned up)\b[^.?!]*\b(?:she|he|her|him|they|them|their)\b)/i,
  /^(?=.*\b(?:ex-?partners?|former partners?)\b)(?=.*\b(?:never|not|no)\b)/i,
);

/**
 * Papers with people's details taken home by one of us: "I took the paper sheets for Birch Close home last night to fill in the gaps, they're
 * in my car now", "can i take today's dispatch list home to double check the addresses", "can I take the passage book home tonight", "can I
 * take tonight's printed web orders home" (read in the ninety-second round; not a client taking their own forms home to sign).
 * The one policy sentence that they never go home or never leave the unit, of several the one naming a word of the story.
 */
export const papersTakenHomeAnswer = sentenceRule(
  /\b(?:(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:just\s+|already\s+)?(?:took|taken|brought)|(?:can|could|should|shall|may)\s+(?:i|we)\s+(?:just\s+)?(?:take|bring)|(?:i['’]m|i am|we['’]re|we are)\s+(?:taking|bringing))\s+(?:the|some|my|our|a few|all the|a load of|a pile of|today['’]?s|tonight['’]?s)\s+(?:[\w'’-]+\s+){0,2}?(?:paper\s+)?(?:sheets?|forms?|files?|folders?|notes|records|charts?|paperwork|papers|registers?|lists?|books?|logs?|orders|diar(?:y|ies))\b(?:\s+(?:for|from|of)(?:\s+[\w'’-]+){1,3}?)?\s+home\b/i,
  /\b(?:never|not|don['’]?t)\s+(?:be\s+)?(?:go|goes|taken|take|leave|leaves)\s+home\b|\b(?:never|not|don['’]?t)\s+leaves?\s+the\s+(?:[\w-]+\s+){0,2}?(?:unit|office|building|premises|warehouse|cabin|shop|station|site|depot|hut|base|yard|mill|clinic|surgery|salon|hall|theatre|venue|church|school|studio)\b(?!\s+(?:car park|kitchen)\b)/i,
);

/**
 * Someone aggressive or threatening where one works: "the son at the house in Dereham was really aggressive tonight, shouting and slamming
 * doors", "the customers brother is kicking off at me in the drive". The one policy sentence to leave, or whom to ring, when one feels unsafe; not a past one asked to be noted or banned ("a customer was aggressive at the
 * desk yesterday, can we ban her and note it on her record?").
 */
export const threatenedAtWorkAnswer = sentenceRule(
  /^(?!.*\b(?:on|over) the phone\b|.*\b(?:by|in an?|on)\s+(?:e-?mail|message|text|review|whatsapp|facebook|online)\b|.*\b(?:ban|barred|put a note|note (?:it|that|this|on)|on (?:his|her|their) (?:record|account|file)|record (?:it|that|this)|normal to|last (?:week|month|year))\b).*\b(?:son|daughter|husband|wife|partner|man|woman|bloke|guy|fella|lad|dad|mum|father|mother|brother|sister|relative|family|patient|client|customer|tenant|resident|neighbour|visitor|debtor|parent|punter|passenger|guest|member|he|she|they)\s+(?:(?!(?:dog|cat|horse)\b)[\w'’-]+\s+){0,6}?(?:(?:was|were|is|are|got|getting|became|being)\s+(?:really\s+|very\s+|quite\s+|a bit\s+|so\s+)?(?:aggressive|threatening|abusive|violent|hostile|intimidating)|threatened (?:me|us|to hit)|squared up to|squaring up|calling (?:me|us) all sorts|(?:is|was|started|keeps)\s+(?:kicking off|going mad|effing and blinding)\s+at\s+(?:me|us)|went\s+(?:proper\s+|absolutely\s+)?(?:mental|mad|nuts)\s+at\s+(?:me|us))\b/i,
  /^(?=.*\b(?:unsafe|threaten\w*|aggressi\w*|abusive|violen\w*)\b)(?=.*\b(?:leave|walk away|get out|ring|call|phone)\b)/i,
);

/**
 * Another person's full name asked whether to write in someone's report or notes: "writing up yesterday's kick off between Aisha and Robbie
 * in the lounge, do I put Robbie's full name in Aisha's one". The one policy sentence on initials, of several the one naming a word of the story.
 */
export const otherNamedInReportAnswer = toldThenSaid(
  /\b(?:put|use|write|name|include|mention)\s+(?:[\w'’-]+['’]s\s+|(?:his|her|their|the other \w+['’]s)\s+)?(?:full\s+|real\s+)?name\b[^?]*?\b(?:in|on|into)\s+(?:[\w'’-]+['’]s\s+|(?:the|her|his|their)\s+)(?:one|report|form|notes?|write-?up|record|log|incident)\b/i,
  /\binitials\b/i,
  { storyWord: storyWords('name', 'names', 'full', 'only') },
);

/**
 * A picture to be posted on the word of mouth only: "Dad said 'yeah go for it' out loud, so can Ana stick it up with the boy's name on?",
 * "said on the phone we can put it on our socials", "he laughed and said 'go for it'. posting tonight". The one policy sentence that
 * asks for consent in writing, of several the one naming a word of the story. Not our own people's say-so, nor a notice posted ("committee
 * said go for it, can I post the fixtures on facebook?").
 */
const POSTED_ON_SAYING = /^(?!.*\b(?:boss|manager|committee|owner|director|chair|trustees?|supervisor|team)\s+(?:said|says)\b|.*\b(?:fixtures|job ad|vacancy|rota|menu|offer|opening hours|poster|flyer|results|event)\b)(?=.*\b(?:post|posting|posted|put|putting|stick|sticking|share|sharing|upload\w*)\b)(?=.*\b(?:socials?|social media|insta(?:gram)?|the gram|facebook|fb|tiktok|website|our page|the page|online|it up)\b)(?=.*(?:\b(?:said|says|saying|told (?:me|us))\b[^.?!]{0,40}\b(?:yes|yeah|ok|okay|fine|go for it|we can|happy|no problem)\b|\bon the phone\b|\bout loud\b|\bverbally\b|\bgo for it\b))/i;
const IN_WRITING_SAID = /^(?=.*\b(?:written|in writing|signed|by email)\b)(?=.*\b(?:consent|agree\w*|yes|permission|ok|form)\b)(?=.*\b(?:photos?|pictures?|images?|videos?|post\w*|social|online|website|instagram|facebook)\b)/i;
export const postedOnSayingAnswer = toldThenSaid(POSTED_ON_SAYING, IN_WRITING_SAID, { storyWord: storyWords('post', 'posting', 'photo', 'photos', 'social', 'socials') });

/** Camera footage watched for a laugh: "ollie wants to watch the deck camera of that bloke falling in, says it's hilarious". */
export const footageForFunAnswer = sentenceRule(
  /\b(?:watch|see|look at|show|replay)\w*\b[^?]{0,60}?\b(?:cameras?|cctv|footage|recordings?)\b[^?]*\b(?:hilarious|funny|for fun|for a laugh|a laugh|lol|lmao)\b/i,
  /^(?=.*\b(?:for fun|entertainment|for a laugh|amusement)\b)(?=.*\b(?:never|not|no)\b)/i,
);

/** Pictures of the work still on one's own phone, asked whether to keep them: "I've still got about 40 photos from the callout on my phone … do I need to keep the rest?". */
export const photosOnOwnPhoneKeptAnswer = sentenceRule(
  /\b(?:photos?|pics?|pictures?|videos?)\b[^?]{0,60}?\bon\s+my\s+(?:own\s+)?(?:phone|mobile)\b[^?]*\b(?:keep|delete|get rid of|hang on to|bin)\s+(?:them|the rest|those|these|the photos|the pics|all of them)\b/i,
  /^(?=.*\b(?:delete|deleted|remove|removed|wipe|wiped)\b)(?=.*\b(?:photos?|pictures?|pics)\b)(?=.*\b(?:phones?|mobiles?)\b)/i,
);

/** Someone's own login asked to be lent: "Ellis forgot his till code again, can he just go on mine?", "asked if he can use my Nourish details". */
export const loginLentAnswer = sentenceRule(
  /\b(?:can|could)\s+(?:he|she|they|i|we)\s+(?:just\s+)?(?:go|log|sign)\s+(?:on|in|into)\s+(?:on\s+)?(?:mine|my\s+(?:login|account|code|passcode|pin))\b|\b(?:use|borrow|have)\s+(?:my|mine)\s+(?:till\s+)?(?:login|code|passcode|pin|password|account)\b|\b(?:login|log-?in)\b[^.?!]{0,50}?\b(?:he|she|they)\s+(?:can|could)\s+(?:just\s+)?(?:use|borrow|have)\s+mine\b|\b(?:he|she|they|someone|somebody|him|her|them)\s+(?:can\s+|could\s+|to\s+)?(?:just\s+)?(?:use|borrow|have)\s+my\s+(?!(?:bank|card|contact|personal|home|own)\b)[\w-]+\s+(?:login|log-?in|details|password)\b/i,
  /\b(?:never share|not share|don['’]t share|do not share|never lend|own (?:\w+ )?(?:passcode|login|code|pin|password))\b|\bnever\s+(?:a|an|your|someone['’]s|another)\s+(?:[\w-]+\s+)?(?:login|password|code)\b/i,
);

/**
 * One's work phone or laptop asked to be lent to another: "wes wants to borrow my work mobile to ring his missus, his is dead", "can i lend
 * her the work ipad for the weekend?". Not one's own use of it ("can i use my work phone to ring my missus?", "i need to use my work phone to
 * take before and after photos").
 */
const DEVICE_LENT_TOLD =
  /\bborrow\s+(?:my\s+work\s+one|mine)\b(?<=\b(?:laptop|phone|mobile|ipad|tablet)\b.*)|\b(?:borrow|(?!(?:i|we)\s)(?:he|she|they|[a-z]+)\s+(?:wants?|asked|asks|needs?)\s+to\s+(?:use|have|go on))\s+my\s+(?:work|company|charity|office|shop|club)\s+(?:phone|mobile|laptop|tablet|ipad)\b|\blend\s+(?:him|her|them|[a-z]+)\s+(?:my|the|our)\s+(?:work|company|charity|office|shop|club)\s+(?:phone|mobile|laptop|tablet|ipad)\b/i;

/** A policy sentence that one's family, or anyone else, never uses a work device: "Never share logins or let a family member use your work laptop", "never let anyone else use one". */
const FAMILY_NEVER_USE_SAID = /\b(?:never|not|don['’]t|do not)\b[^.;]{0,40}?\blet\s+(?:(?:a|any|your)\s+(?:family member|relative|partner|friend|child|children)s?|anyone else|anybody else|someone else)\s+use\b/i;

/** A policy sentence against lending: "Keep a six-digit screen lock on it and never lend it to anyone". */
const NEVER_LENT_SAID = /\b(?:never|not|don['’]t|do not)\s+lend\s+(?:it|them|your|the|a|any|work|company)\b/i;

/**
 * One of our work devices asked for, let or handed to someone, most often one we serve or their family: "mr k's grandson asked to borrow my
 * work phone", "let her son use the work tablet". Read in the seventy-third round.
 */
const WORK_DEVICE = String.raw`(?:my|the|our)\s+work\s+(?:phone|mobile|tablet|ipad|laptop)\b(?!\s+(?:charger|cable|lead|case|number))`;
const LENT_TO_SERVED_TOLD = new RegExp(
  String.raw`\b(?:asked|asks|asking|wants?|wanted|wanting)\s+(?:to|if\s+(?:he|she|they)\s+(?:could|can))\s+(?:borrow|use|have a go on)\s+${WORK_DEVICE}` +
    String.raw`|\b(?:let|letting)\s+(?:him|her|them|(?:his|her|their|the|a)\s+[\w-]+)\s+(?:borrow|use|have a go on)\s+${WORK_DEVICE}|\b(?:lent|lend|gave|give|handed|hand)\s+(?:him|her|them|the\s+[\w-]+)\s+${WORK_DEVICE}`,
  'i',
);

/** A policy sentence that those we serve and their family never use a work device: "never let a client or relative use it". */
const SERVED_NEVER_USE_SAID =
  /\bnever\s+(?:let|allow)\s+(?:a|an|the|any)\s+(?:client|patient|customer|resident|service user|relative|family member|visitor)s?\b[^.;]{0,40}?\buse\s+(?:it|them|the|your|a)\b/i;

/**
 * One's work device lent or asked to be lent. Told as asked for, let or handed to someone ("mr k's grandson asked to borrow my work phone",
 * most often one we serve or their family): the one sentence that those we serve never use it first. Told as borrowed ("can wes borrow my
 * work mobile?", "he wants to borrow my work one tonight", of a laptop): the one policy titled for devices whose sentence says it is never lent first (not a fob's or a login's). One reading, so
 * that each is answered by the other sentence where the firm has only that one; else the sentence that family never use one.
 */
export function deviceLentAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const toServed = LENT_TO_SERVED_TOLD.test(question);
  if (!toServed && !DEVICE_LENT_TOLD.test(question)) return undefined;
  const servedNeverUse = () => theOnlySaying(ctx, SERVED_NEVER_USE_SAID);
  const neverLent = () => theOnly(policiesSaying(ctx, NEVER_LENT_SAID).filter((p) => DEVICES_TITLE.test(p.title)));
  const familyNeverUse = () => theOnlySaying(ctx, FAMILY_NEVER_USE_SAID);
  return toServed ? (servedNeverUse() ?? neverLent() ?? familyNeverUse()) : (neverLent() ?? servedNeverUse() ?? familyNeverUse());
}

/** An employer's or agency's side wanting our notes on someone: "agency rang about a candidate … and wants Ewan's notes on what happened". */
export const notesWantedByWorkSideAnswer = sentenceRule(
  /\b(?:agenc(?:y|ies)|employers?|bookers?|contractors?|client company)\b[^?]*\b(?:wants?|asking for|asked for|requesting|after)\b[^?]{0,40}?\bnotes\b/i,
  /^(?=.*\b(?:employers?|agenc(?:y|ies)|bookers?)\b)(?=.*\bnever\b[^.]*\bnotes\b)/i,
);

/** The coroner's officer asking for something: "coroners officer rang about the death, asking for our notes & times". */
const coronerRule = sentenceRule(
  /\bcoroner['’]?s?\b[^?]*\b(?:asking|asked|asks|wants?|wanting|requesting|requested|rang|phoned|emailed)\b[^?]*\b(?:notes|records?|reports?|files?|times|statements?|cop(?:y|ies)|log)\b/i,
  /\bcoroner\w*['’]?s?\b[^.]*\b(?:requests?|asks?|ask for|go(?:es)? to)\b|\brequests?\b[^.]*\bcoroner/i,
);

/** Whether the thing is still kept, asked beside: "is that even still kept or has it gone in the may deletions", "have we still got it?". */
const STILL_KEPT_ASKED = /\b(?:still\s+(?:kept|held|here|on file|on the system|got)|still\s+(?:have|hold|keep)\s+(?:it|them|that)|(?:been|gone in the|gone in)\s+(?:[\w-]+\s+)?(?:deleted|destroyed|deletions|shredded|purge))\b/i;

/**
 * The coroner's officer asking for a record: the policy sentence on the coroner's requests; where whether it is still kept is asked too,
 * the firm's one retention policy after it ("a job in 2017, is that even still kept").
 */
export function coronerAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const asks = coronerRule(ctx, question);
  if (!asks || !STILL_KEPT_ASKED.test(question)) return asks;
  const kept = policiesByTitle(ctx, RETENTION_TITLE);
  return kept.length === 1 ? quotedWith(ctx, asks, kept[0]!, 'after') : asks;
}

/** A list of who has allergies or a condition, asked for by someone else: "venue coordinator wants a list of which guests have allergies, can i send it". */
const HEALTH_LIST_ASKED = /\b(?:wants?|wanted|asked for|asking for|asks for|after)\s+(?:a\s+)?list\s+of\s+(?:which|who|the|all the)\s+(?:[\w'’-]+\s+){0,2}?(?:have|has|with|need)\s+(?:any\s+)?(?:allerg\w*|medical|health|dietary|conditions?)\b/i;

/** A policy titled on allergies or health. */
const HEALTH_TITLE = /\ballerg\w*|\bhealth\b|\bmedical\b|\bdietary\b/i;

/** Who has allergies, asked for as a list by someone else: the firm's one policy titled on allergies or health (what may go, with consent). */
export function healthListAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return HEALTH_LIST_ASKED.test(question) ? theOnly(policiesByTitle(ctx, HEALTH_TITLE)) : undefined;
}

/** Something written, then where: "scribbled the obs …". */
const WROTE = String.raw`\b(?:wrote|write|written|writing|jotted|jot|jotting|scribbled|scribble|noted|note|put|popped)\b[^.?!]{0,60}?`;
/** Someone's details written on a scrap of paper told or asked: "wrote a client's medication list on a post-it to add in later". */
const WRITTEN_ON_SCRAP = new RegExp(WROTE + String.raw`\b(?:on|onto)\s+(?:a|the|some|my|an)\s+(?:post-?its?|sticky(?:\s+notes?)?|scraps?\s+of\s+paper|bits?\s+of\s+paper|pieces?\s+of\s+paper|napkin|envelope|back of\s+(?:a|an|the)\s+\w+|notepad|scrap)\b`, 'i');

/** A policy sentence against writing details on paper or sticky notes, or that says to enter them elsewhere, "not on paper". */
const NOT_ON_PAPER_SAID = /^(?=.*\b(?:never|not|don['’]?t)\b)(?=.*\b(?:write|written|writing|note|jot|enter)\w*\b)(?=.*\b(?:paper|sticky notes?|post-?its?|scraps?)\b)/i;

/**
 * Someone's details written on a scrap of paper or in one's own notebook: the one policy with a sentence against it that names what was
 * written, by its title, keywords or that sentence (a rule against writing the door code on paper is none on a client's medication).
 */
export function writtenOnScrapAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!DETAILS_WRITTEN.test(question)) return undefined;
  // One's own notebook is named by the one sentence against it, whatever it says was written.
  if (IN_OWN_NOTEBOOK.test(question)) return theOnly(policiesSaying(ctx, NOT_IN_OWN_NOTEBOOK_SAID));
  if (!WRITTEN_ON_SCRAP.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NOT_ON_PAPER_SAID).filter(policyNames(NOT_ON_PAPER_SAID, question, SCRAP_STORY_WORD)));
}

/** Written in one's own notebook: "ipad died halfway thru the call so i scribbled the obs in my own notebook". */
const IN_OWN_NOTEBOOK = new RegExp(WROTE + String.raw`\b(?:in|into)\s+my\s+(?:own\s+|personal\s+)?notebook\b`, 'i');

/** A policy sentence against writing in one's own notebook: "Never write patient details in a personal notebook". */
const NOT_IN_OWN_NOTEBOOK_SAID = /\b(?:never|not|don['’]?t)\b[^.;]*\b(?:personal|own)\s+notebooks?\b/i;

/** Someone's details by what they are, not "their order". */
const DETAILS_WRITTEN = /\b(?:address(?:es)?|(?:phone\s+|mobile\s+|card\s+)?numbers?|details|names?|meds|medication|medical|health|allerg\w*|dob|date of birth|e-?mails?|postcodes?|passwords?|codes?|obs|observations|vitals)\b/i;

const SCRAP_STORY_WORD = /^(?:wrote|write|writ|jot|scribbl|note|post|sticki|paper|scrap|bit|piec|never|them|they|this|that|with|from|what|just|okay|about|later)/;

/** A picture of the work asked to be taken on one's own phone: "ok to just take the before photo on my own phone?", "asked me to snap the
 * day 5 blast on my own phone", "pics are fine but i left the ipad in the van, can i just use my iphone?" (the work camera left behind). */
const PHOTO_ON_OWN_PHONE_ASKED = /^(?=.*\b(?:pics?|photos?|pictures?|videos?|filming|snaps?)\b)(?=.*\b(?:left|forgot|forgotten|lost)\s+(?:the|our)\s+(?:work\s+|company\s+|studio\s+|club\s+)?(?:ipad|tablet|camera)\b).*\b(?:can|could|shall|should)\s+i\s+(?:just\s+)?use\s+my\s+(?:own\s+)?(?:phone|mobile|iphone)(?:\s*(?:[?.!]|$)|\s+(?:for|to take|to get)\s+(?:the\s+|some\s+)?(?:pics?|photos?|pictures?|videos?)\b)|^(?=.*\b(?:pics?|photos?|pictures?|videos?|snaps?)\s+of\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+|(?:his|her|their)\s|the\s+(?:patient|client|customer|child|kid|resident|pupil|wound|foot|feet|leg|stump)))(?=.*\b(?:flat|dead|charging|not charged|broken|in use|lost)\b).*\b(?:can|could|shall|should)\s+i\s+(?:just\s+)?use\s+my\s+(?:own\s+)?(?:phone|mobile|iphone)\s*(?:[?.!]|$)|\b(?:take|taking|snap|snapping|do|doing|grab|grabbing|get|getting)\s+(?:the|a|her|his|their|some|a few|them)?\s*(?:[\w'’-]+\s+)?(?:photos?|pics?|pictures?|videos?)\s+(?:[\w'’-]+\s+){0,3}?(?:on|with)\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile|iphone)\b|\buse\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile|iphone)\s+(?:to|for)\s+(?:take\s+|get\s+)?(?:the\s+|a\s+|her\s+|his\s+|some\s+)?(?:[\w'’-]+\s+)?(?:photos?|pics?|pictures?|videos?)\b|\b(?:snap|snapping|photograph|photographing|film|filming)\s+(?!(?:(?:the|a|an|her|his|their)\s+)?(?:licen[cs]e|passport|id|card)\b)(?:the|a|an|her|his|their|some)?\s*(?:[\w'’-]+\s+){0,3}?(?:on|with)\s+my\s+(?:own|personal)\s+(?:phone|mobile|iphone)\b/i;

/** A policy sentence against one's own phone ("never on a staff phone": a phone of one of the staff's own). */
const NOT_OWN_PHONE_SAID = /^(?=.*\b(?:never|not|don['’]?t)\b)(?=.*\b(?:(?:own|personal)\s+(?:phones?|mobiles?|devices?)|on\s+a\s+staff\s+(?:phone|mobile))\b)/i;

/** Pictures: the words a photos policy's title uses. */
const PHOTOS_NAMED = /\b(?:photos?|photographs?|pictures?|images?|filming|videos?)\b/i;

/**
 * A picture asked to be taken on one's own phone: the one policy titled on photos with a sentence against own phones (a policy on
 * devices says nothing of which pictures may be taken where).
 */
export function photoOnOwnPhoneAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PHOTO_ON_OWN_PHONE_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NOT_OWN_PHONE_SAID).filter((p) => PHOTOS_NAMED.test(p.title)));
}

/**
 * Working alone told of oneself ("Dan's off sick so I'll be on my tod up at Cam High Road tomorrow", "doing a survey on my own out at a
 * farmhouse", "doing meena's bridal … simran can't make it so i'll just go by myself", "alarm's gone off at 2am, heading over on my own now", "home visit tomorrow to a new housebound customer, can i go on my own" (the eighty-ninth round's review), "nobody's free for the watch at the old quarry tonight, ok if I go by myself after dark?" (read in the ninety-second round), going alone said of a job; not "on my own laptop", nor a client
 * who lives alone), or one out alone not checked in ("Freya was meant to ring in at 1 … her phone goes straight to voicemail").
 */
const ALONE_AT_WORK = /^(?!.*\bas\s+a\s+guest\b)(?=.*\b(?:bridal|visits?|jobs?|bookings?|appointments?|surveys?|house|home|flat|clients?|customers?|patients?|call-?outs?|site|alarms?|watch|patrol|after dark)\b).*\b(?:(?:i['’]?ll|i will|i['’]?m going to|i['’]?m gonna|(?:can|could|may|shall)\s+i|(?:ok|okay|alright|fine)\s+(?:if|for)\s+(?:i|me\s+to))\s+(?:just\s+)?go|(?:i['’]?m\s+)?(?:going|heading)\s+(?:out|over|round|there|in))\s+(?:by myself|on my own|alone|solo)\b|\b(?:i['’]?ll be|i['’]?m|i am|i will be|i['’]?d be|leaves me|working|doing (?:it|the \w+(?: \w+)?|(?:a|an|this|that) (?:[\w-]+\s+)?(?:survey|visit|job|shift|install|inspection|assessment|delivery|round|call-?out|valuation|clean|session|class)))\s+(?:[\w'’-]+\s+){0,2}?(?:on my (?:own|tod)|by myself|alone)(?!\s+(?:[\w'’-]+\s+)?(?:phones?|laptops?|mobiles?|devices?|tablets?|cars?|vans?|computers?|pcs?|accounts?|e-?mails?|kit|time|money)\b)\b|\bon my tod\b/i;
/** Put on a visit alone by whoever books the work: "callum has me down on my own tomorrow" of a referral's address. */
const BOOKED_ALONE = /^(?=.*\b(?:visits?|jobs?|house|home|flat|address|referrals?|clients?|customers?|patients?|call-?outs?|site)\b).*\b(?:has|have|had|put)\s+me\s+(?:down\s+)?(?:on my own|by myself|alone|solo)\b/i;
const CHECK_IN_MISSED = /\b(?:meant|supposed|due)\s+to\s+(?:ring|call|check|text|phone|message)\s+(?:in|back)\b[^?]*\b(?:nothing|no answer|not heard|haven['’]?t heard|voicemail|no reply|no word|not answering|isn['’]?t answering)\b|\b(?:hasn['’]?t|has not|didn['’]?t|did not)\s+(?:checked|rung|called|texted|phoned)\s+in\b/i;

/** A policy titled on working alone. */
const LONE_WORKING_TITLE = /\blone\b|\bworking alone\b/i;

/**
 * A policy sentence on working alone, where no policy is titled on it: "Lone surveyors check in on the BrightHR lone-worker app on arrival and
 * leaving", "Two artists go to every bride, never one alone"; not a rule on whom one is never alone with ("never work alone with children").
 */
const LONE_WORKING_SAID = /\blone\s+(?:workers?|working|surveyors?|visits?|staff|engineers?|[a-z]+ers)\b|\btwo\s+(?:people|staff|of us)\s+(?:go|attend)\s+(?:to\s+)?(?:any|every|each|the)\b|\bwork(?:s|ing)?\s+alone\b(?!\s+with\b)|\bnever\s+(?:one|go|goes|work|works|visit|visits)\s+alone\b(?!\s+with\b)/i;

/** Working alone told, put on a visit alone, or a check-in missed: the firm's one policy titled on lone working, else its one sentence on it. */
export function aloneAtWorkAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ALONE_AT_WORK.test(question) && !BOOKED_ALONE.test(question) && !CHECK_IN_MISSED.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, LONE_WORKING_TITLE)) ?? theOnly(policiesSaying(ctx, LONE_WORKING_SAID));
}

/**
 * Someone asked to be pictured, with leave asked: "Mrs Grey said I could snap her holding her big print book. Fine to go ahead?". The
 * person, not their things ("a pic of her ID" is a copy of a paper, which other rules read).
 */
const PERSON_PICTURED = /\b(?:snap|photograph|film|video|take\s+(?:a\s+|some\s+)?(?:photos?|pics?|pictures?)\s+of|get\s+(?:a\s+)?(?:photo|pic|picture)\s+of)\s+(?:her|him|(?:mrs?|ms|miss)\.?\s+[a-z]+)\b(?!['’])(?=\s*(?:$|[,.?!;(]|(?:holding|reading|doing|with|in|at|outside|inside|wearing|and|for|while|when|next to|by)\b))/i;

/** A child in the story, whose picture the rules on children read. */
const CHILD_SAID = /\b(?:child|children|kids?|bridesmaids?|juniors?|pupils?|daughter|son|girl|boy|baby|toddler|teen\w*|\d{1,2}\s*(?:yo|yrs?|years?))\b/i;

/** Someone pictured, leave asked, not a child: the firm's one policy titled on photos. */
export function personPicturedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PERSON_PICTURED.test(question) && leaveAsked(question) && !CHILD_SAID.test(question) ? theOnly(policiesByTitle(ctx, PHOTOS_NAMED)) : undefined;
}

/** Someone saying they are one of ours' family, asking a number or address: "a woman saying she's Sam's mum, she's lost his new number, can I give it to her?". */
const KIN_CLAIMED = /\b(?:saying|says|said|claims?|claiming|reckons?)\s+(?:(?:that\s+)?(?:she|he|they)(?:['’]s|['’]re| is| are| was)|to be)\s+(?:[a-z]+['’]s\s+)(?:mum|mam|mother|dad|father|parent|guardian|wife|husband|partner|girlfriend|boyfriend|sister|brother|son|daughter|nan|gran|aunt|uncle|cousin|relative)\b/i;
const CONTACT_ASKED = /\b(?:his|her|their)\s+(?:new\s+|mobile\s+|phone\s+|home\s+|work\s+)?(?:numbers?|mobile|address|phone)\b/i;

/** A policy sentence against giving out someone's number or address to one saying they are family. */
const KIN_CLAIM_SAID = /^(?=.*\b(?:family|relatives?|claiming|whoever they say)\b)(?=.*\b(?:never|not|don['’]?t)\b)(?=.*\b(?:numbers?|address(?:es)?|details)\b)/i;

/** One saying they are family, asking a number or address: the one policy sentence against giving it to them. */
export function kinClaimedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return KIN_CLAIMED.test(question) && CONTACT_ASKED.test(question) ? theOnly(policiesSaying(ctx, KIN_CLAIM_SAID)) : undefined;
}

/**
 * A dose the asker gave late or wrongly, or forgot to give, told: "think i gave J his lunchtime tablets an hour late, what now", "forgot
 * to give her the 2pm meds" (not a customer's own missed dose, nor pills left at home). The one policy sentence on a missed or wrong dose.
 */
export const doseSlipAnswer = sentenceRule(
  /\b(?:gave|given|give|giving)\s+(?:[\w'’-]+\s+){0,4}?(?:tablets?|meds|medication|medicines?|dose|insulin|inhaler|pills?)\b[^.?!]*\b(?:late|early|twice|wrong|too many|double|by mistake)\b|\b(?:forgot|forgotten)\s+to\s+give\s+(?:[\w'’-]+\s+){0,3}?(?:tablets?|meds|medication|medicines?|dose|pills?)\b|\b(?:i|we)\s+(?:missed|forgot)\s+(?:giving\s+)?(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:dose|meds|medication|tablets|pills)\b/i,
  // A dose, said as one: not a breach policy's "lost tablets" (devices) or "the wrong medicine label".
  /\b(?:missed|late|wrong|double|extra)\s+(?:or\s+(?:a\s+)?\w+\s+)?doses?\b|\bdoses?\b[^.]*\b(?:missed|given late|late|wrong|error)\b|\bmedication errors?\b/i,
);

/** Camera footage filmed off the screen on a phone, asked: "can i just video the screen in the office on my phone to show dave what the lad did". */
export const footageFilmedOffScreenAnswer = sentenceRule(
  /^(?=.*\b(?:cctv|cameras?|footage|recording|what (?:the \w+|he|she|they) did)\b)(?!.*\b(?:card machine|till|reader|terminal|laptop)\b).*\b(?:video|film|record|photo(?:graph)?|snap|take\s+(?:a\s+)?(?:video|pic|photo|picture)\s+of)\w*\s+(?:the\s+)?(?:cctv\s+|camera\s+)?(?:screen|monitor|footage|playback)\b[^?]*\b(?:phone|mobile)\b/i,
  /^(?=.*\b(?:film|photograph|video|record)\w*\b)(?=.*\b(?:monitor|screen|footage)\b)(?=.*\b(?:phones?|mobiles?)\b)(?=.*\b(?:never|not|don['’]?t)\b)/i,
);

/** Those we send work to, asked put in one group chat: "Shannon wants to put all the Cornwall girls in one chat together". */
const ALL_IN_ONE_CHAT = /\b(?:put|add|stick|get)\s+(?:all|every(?:one|body)?)\b[^?]{0,50}?\b(?:in|into|on)\s+(?:one|a|the same|a single)\s+(?:[\w-]+\s+)?(?:chat|group|group chat|whatsapp(?: group)?)\b/i;
const NUMBERS_SEEN_IN_GROUP_SAID = /\bgroups?\b[^.]*\b(?:see|sees|seeing|visible|shows?|shown)\b[^.]*\bnumbers?\b/i;

/** Words of a story that say nothing of who is put in the chat: the chat, putting, seeing. */
const CHAT_STORY_WORD = /^(?:group|chat|whatsapp|one|all|put|add|stick|togeth|same|singl|number|see|never|them|they|this|that|with|from|what|just|okay|about|can|want)/;

/** Everyone put in one chat: the one policy sentence against a group where all see each other's numbers, that names who is put in it. */
export const allInOneChatAnswer = toldThenSaid(ALL_IN_ONE_CHAT, NUMBERS_SEEN_IN_GROUP_SAID, { storyWord: CHAT_STORY_WORD, only: true });

/** Someone's papers, as staff and policies name them: reports, letters, results, certificates, forms. */
const PAPERS = String.raw`(?:write-?ups?|reports?|letters?|results?|notes|documents?|docs?|records?|forms?|files?|referrals?|assessments?|statements?|certificates?|certs?|passports?|ids?|licen[cs]es?|dbs|details|payslips?|contracts?|scans?)`;

/** A copy of someone's papers (not the rota) asked kept in one's own inbox or phone: "is it ok if I keep a copy of her blood results in my inbox just in case". */
export const copyKeptByMeAnswer = sentenceRule(
  new RegExp(String.raw`\bkeep\w*\s+(?:a\s+)?cop(?:y|ies)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?${PAPERS}\b[^?]{0,40}?\b(?:in|on)\s+my\s+(?:own\s+)?(?:inbox|e-?mails?|phone|mobile|laptop|desktop|downloads|drive)\b`, 'i'),
  /\b(?:never|don['’]?t|do not|not)\s+keep\s+(?:any\s+)?cop(?:y|ies)\b|\bcop(?:y|ies)\b[^.]*\b(?:never|not)\s+(?:be\s+)?kept\b/i,
);

/**
 * Papers of a kind asked saved somewhere of one's own choosing: "got a bunch of references for the new vol applicants sent to my gmail - ok
 * to save them in a drive folder?". The one sentence that says where such papers go, and only there ("Volunteer applications, references and
 * training go in Better Impact only"), naming a word of the story. Read in the eighty-eighth round.
 */
const SAVED_SOMEWHERE_ASKED = /\b(?:save|saving|put|putting|keep|keeping|store|storing|stick|pop|upload|move)\s+(?:them|it|these|those|this|that)\s+(?:in|into|on|onto|to)\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:folder|drive|laptop|desktop|inbox|spreadsheet|sheet|notebook)\b/i;
const GO_ONLY_SAID = /\b(?:go|goes|are kept|is kept|are stored|is stored|live|lives|are saved|is saved)\s+(?:in|on|into)\s+[^.]{1,40}?\bonly\b/i;
export const savedSomewhereAnswer = toldThenSaid(SAVED_SOMEWHERE_ASKED, GO_ONLY_SAID, { storyWord: storyWords('folders?', 'drives?', 'sent', 'save', 'saving', 'gmail', 'bunch', 'new'), only: true });

/** A visitor or engineer come before whoever sees them, asked let through: "the furnace engineer's turned up early … do I just wave him through to the back?". */
const VISITOR_LET_THROUGH = /^(?=.*\b(?:engineer|contractor|plumber|electrician|technician|repair ?man|visitor|rep|inspector|surveyor|fitter)['’]?s?\b).*\b(?:wave|let|send|take|show|bring)\s+(?:him|her|them)\s+(?:through|in|round|back|up)\b/i;

/**
 * One of ours' friend or family dropped in, asked to look round: "a friend of tobias dropped in to see the workshop, fine if he just
 * wanders round?". Read in the eighty-eighth round.
 */
const GUEST_LOOKS_ROUND = /\b(?:friend|mate|partner|husband|wife|boyfriend|girlfriend|relative|brother|sister|dad|mum)\b[^.?!]{0,40}?\b(?:dropped|popped|came|come|turned up|is here)\b[^?]*?\b(?:wander|wanders|wandering|look|looks|looking|walk|walks|walking)\s+(?:round|around)\b/i;

/** A policy titled on visitors or contractors on site, not on callers asking about someone ("Callers and visitors asking about someone"). */
const VISITORS_TITLE = /\bvisitors?\b|\bcontractors?\b/i;
const ASKING_ABOUT_TITLE = /\basking\b|\bcallers?\b|\benquir\w*/i;

/**
 * Someone we do not know about the place, told: "theres a guy i dont recognise walking up and down the back row near the boats, not sure
 * hes one of ours", "some bloke wandering round the yard, never seen him before". Not one known by sight ("a lad i recognise from last week"),
 * nor a caller, a sender or a sign-in ("some guy i dont know keeps ringing asking for the gate code"), which are not about the place.
 */
const STRANGER_ABOUT_TOLD =
  /^(?!.*\b(?:rang|rings|ringing|called|calling|phoned|phoning|on the phone|emailed|emailing|e-?mail|texted|texting|messag\w*|logged|signed|online)\b)(?=.*\b(?:walking|wandering|hanging|lurking|standing|sitting|sat|waiting|watching|looking|round|around|about|in the|on the|by the|at the|outside)\b)(?:.*\b(?:someone|somebody|a\s+(?:guy|man|bloke|woman|lady|lad|fella|person|couple|group)|some\s+(?:guy|man|bloke|woman|lady|lads?|fella|people))\b[^.?!]{0,30}?\b(?:i|we)\s+(?:don['’]?t|dont|do not|didn['’]?t|didnt)\s+(?:recognise|recognize|know)\b|.*\b(?:never|not)\s+seen\s+(?:him|her|them)\s+(?:here\s+)?before\b|.*\bnot\s+sure\s+(?:if\s+|whether\s+)?(?:he|she|they)(?:['’]?s|['’]re|\s+is|\s+are)\s+(?:one of ours|a customer|a member|with us|meant to be here)\b)/i;

/**
 * A policy sentence on someone seen about the place that staff do not know: "If you see someone on the yard you do not know, ask politely if
 * you can help", "If someone you do not recognise is in the building, ask them politely who they are"; not one on a caller, an attachment
 * or a door opened for them ("Never open an attachment from someone you do not know").
 */
const STRANGER_ABOUT_SAID = /\b(?:see|notice|spot|find)\s+(?:someone|anyone|somebody|people|a stranger|strangers)\b[^.]{0,40}?\b(?:you|we)\s+(?:do not|don['’]t)\s+(?:know|recognise|recognize)\b|\b(?:someone|anyone|somebody|a stranger)\s+(?:you|we)\s+(?:do not|don['’]t)\s+(?:know|recognise|recognize)\s+(?:is|are)\s+(?:in|on|at|about|around|hanging)\b/i;

export const strangerAboutAnswer = toldThenSaid(STRANGER_ABOUT_TOLD, STRANGER_ABOUT_SAID);

/** A visitor to be let in or to look round: the firm's one policy titled on visitors or contractors. */
export function visitorLetThroughAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return VISITOR_LET_THROUGH.test(question) || GUEST_LOOKS_ROUND.test(question) ? theOnly(policiesByTitle(ctx, VISITORS_TITLE).filter((p) => !ASKING_ABOUT_TITLE.test(p.title))) : undefined;
}

/**
 * Someone's papers sent by ordinary email, asked: "how should the finished write-up go to the Swansea lot, can I just attach it to a
 * regular message from my inbox?". A paper in the story and in the sentence against ordinary email (a rule against emailing a key
 * safe's code says nothing of how a referral goes).
 */
const ORDINARY_EMAIL_ASKED = /\b(?:attach|send|sending|sent|email|e-mail|pop|put)\w*\b[^?]{0,80}?\b(?:regular|normal|ordinary|plain|usual)\s+(?:e-?mails?|messages?)\b/i;
const PAPER_SENT = new RegExp(String.raw`\b${PAPERS}\b`, 'i');
const ORDINARY_EMAIL_SAID = new RegExp(String.raw`^(?=.*\b(?:ordinary|normal|regular|plain|unencrypted)\s+e-?mails?\b)(?=.*\b${PAPERS}\b)`, 'i');

/** Someone's papers sent by ordinary email: the one policy sentence against it that names papers, else the one on how they go only. */
export function ordinaryEmailAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!ORDINARY_EMAIL_ASKED.test(question) || !PAPER_SENT.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, ORDINARY_EMAIL_SAID)) ?? sentOnlyThroughAnswer(ctx, question);
}

/** A policy sentence that such papers are sent only one way ("Send them to insurers only through the insurer's portal or Mimecast secure send"). */
const SENT_ONLY_THROUGH_SAID = /\bsend\s+(?:them|it|these|those)\b[^.;]*\bonly\s+(?:through|via|by|over)\b|\bonly\s+(?:be\s+)?sent\s+(?:through|via|by|over)\b/i;

/**
 * A health paper asked to go by ordinary email ("the insurer wants the GP report …, can I just attach it to a normal email?"), where no
 * sentence names ordinary email beside the papers: the one policy on health papers that says how they are sent only.
 */
function sentOnlyThroughAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!new RegExp(String.raw`\b${HEALTH_PAPER}\b`, 'i').test(question)) return undefined;
  return theOnly(policiesSaying(ctx, SENT_ONLY_THROUGH_SAID).filter((p) => /\b(?:health|medical)\b/i.test(p.text)));
}

/** Someone we serve filmed at their session on one's own phone, asked: "client's son asked me to film his dad's drive on my mobile". */
export const sessionFilmedOnPhoneAnswer = sentenceRule(
  /\b(?:film|video|record|photograph|snap)\w*\s+(?:his|her|their|the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:drive|lesson|session|class|assessment|treatment|walk|ride|swim|dive|climb|flight)\b[^?]*\b(?:on|with)\s+my\s+(?:own\s+)?(?:phone|mobile)\b/i,
  /\b(?:do not|don['’]?t|never|not)\s+(?:take|film|record|make)\s+(?:any\s+)?(?:photos?|pictures?|videos?|films?|recordings?)\b/i,
);

/**
 * Calls or bookings taken away from the system and written down on paper: "took 3 swarm calls on my mobile while I was out, scribbled them on the
 * back of an envelope. anything i need to do with them". The one sentence that says where each is logged, naming the same thing.
 */
const TAKEN_ON_PAPER_TOLD = /\b(?:took|taken|had|got|answered|fielded)\s+(?:\d+|a few|a couple of|some|two|three|four|several)\s+(?:[\w-]+\s+)?(calls|bookings|enquiries|orders|messages|referrals)\b[^.?!]{0,80}?[.,;]?\s*(?:and\s+)?(?:i\s+)?(?:scribbled|wrote|jotted|noted)\s+(?:them|it|these|those)\s+(?:all\s+)?(?:down\s+)?(?:on|in)\b/i;

/** A policy sentence saying where each such thing is logged: "Log the call in the swarm log in SharePoint the same day". */
const LOGGED_IN_SAID = /\b(?:log|record|enter)\s+(?:the|each|every|all)\s+[\w-]+\s+(?:in|into|on)\s+(?:the|our)\b/i;

export const takenOnPaperAnswer = toldOfThingThenSaid(TAKEN_ON_PAPER_TOLD, LOGGED_IN_SAID);

/**
 * A list of who owes, who has paid or everyone's details to be pinned up where all can see it: "was going to pin up a list of who's paid their
 * subs by the boat racks so people can check themselves", "pin the subs list on the noticeboard". Not a rota of who does the teas. The one
 * sentence that keeps people's details off the wall.
 */
const PEOPLE_LIST_PUT_UP = /\b(?:pin|pinning|stick|sticking|put|putting|tape|taping|hang|hanging)\s+(?:up\s+)?(?:(?:a|the)\s+(?:list|sheet|printout|print-?out)\s+of\s+(?:who['’]?s\s+(?:paid|not paid|owing|behind)|who\s+(?:has|have|hasn['’]?t|haven['’]?t)\s+paid|who\s+owes?|everyone['’]?s\s+(?:[\w-]+\s+)?(?:numbers|addresses|details|e-?mails|contacts)|all\s+the\s+[\w-]+['’]?\s+(?:numbers|addresses|details))|the\s+(?:subs|fees|payments?|arrears|debtors?)\s+list)\b/i;

/** A policy sentence keeping people's details off a wall or noticeboard: "Nothing with a member's details is left on the noticeboard". */
const DETAILS_OFF_WALL_SAID = /\bnothing\s+with\s+(?:a|an|any)\s+[\w-]+['’]?s?\s+details\b[^.]*\b(?:notice ?board|wall)\b/i;

/** A list of people put up: the one sentence keeping details off the wall, else the one that says such a list is never on show. */
export function peopleListPutUpAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PEOPLE_LIST_PUT_UP.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, DETAILS_OFF_WALL_SAID)) ?? theOnly(policiesSaying(ctx, NEVER_ON_WALL_SAID));
}
