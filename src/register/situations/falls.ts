// Someone we serve fallen, told in a staff member's words: the policy sentence on what to do when someone falls answers (do not lift
// them, ring 999 if they hit their head), found by what it says, never by a firm's policy id. Read in the seventy-ninth round (focus set 88).
//
// Every run of free words in these patterns is bounded ({0,n}): a pasted email must not make a pattern's work grow with its length cubed.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, theOnly, theOnlyPreferring } from '../quoted-policies.ts';
import { theBreachPolicy } from './breaches.ts';

/** Who fell: a person, by a word for one or a name after a title ("mrs k"), never a thing ("the zoom went down during the class"). */
const PERSON = String.raw`(?:lady|ladies|man|woman|gent|gentleman|chap|bloke|fella|client|resident|tenant|member|patient|participant|customer|rider|service user|she|he|(?:mr|mrs|ms)\.?\s+[a-z]+)`;

/**
 * A person fallen, told: "mrs k had a fall in the hall", "tenant fell down the stairs", "found mr patel on the floor". The fall said of the
 * person: not one who fell in love or in arrears, nor one who sits on the floor by choice.
 */
const FALLEN_TOLD = new RegExp(
  String.raw`\b${PERSON}\s+(?:[\w'’-]+\s+)?(?:had\s+a\s+fall|took\s+a\s+tumble|fell\s+(?:over|down|during|in\s+the|on\s+the|at\s+the)\b)` +
    String.raw`|\bfound\s+(?:him|her|${PERSON})\s+on\s+the\s+(?:[\w-]+\s+){0,2}?floor\b`,
  'i',
);

/**
 * A person found lying on the floor, with how long or the ambulance told: "got to betty's at 2 and she was on the kitchen floor, think shes
 * been there since the morning. ambulance has her now", "mrs d was sitting on the floor by the bed when i got in, says she slid off". Not
 * one scrubbing it or doing exercises there.
 */
const ON_FLOOR_TOLD = new RegExp(
  String.raw`^(?!.*\b(?:scrubbing|cleaning|mopping|exercises?|stretch\w*|playing|doing (?:his|her|their) (?:physio|exercises))\b)` +
    String.raw`(?=.*\b(?:ambulance|999|paramedics?|been there|since (?:the )?(?:morning|last night|yesterday)|(?:can['’]?t|couldn['’]?t|cannot)\s+get\s+up|slid|slipped|hurt|injur\w*)\b)` +
    String.raw`.*\b(?:she|he|${PERSON})\s+was\s+(?:on|lying on|sitting on|stuck on)\s+the\s+(?:(?:kitchen|bathroom|bedroom|hall|lounge|living room|landing)\s+)?floor\b`,
  'i',
);

/**
 * A person gone over or down, somewhere or at some time: "lady went over during the sit to stands", "chap went down on the otago visit this
 * morning". A fall only where the story speaks of one ({@link FALL_SPOKEN_OF}): not "went down on the price", "went over in the visit by 20
 * minutes" or "went down during the week with covid".
 */
const WENT_OVER_TOLD = new RegExp(
  String.raw`\b${PERSON}\s+(?:[\w'’-]+\s+)?(?:went|has\s+gone|had\s+gone)\s+(?:over|down)\s+(?:during|in\s+the|at\s+the|this\s+(?:morning|afternoon|evening)|while|on\s+the\s+(?:[\w-]+\s+)?(?:visit|floor|stairs|steps|ramp|ice|path|pavement|way)|and\s+(?:banged|hit|bumped|hurt|cut|can['’]?t|couldn['’]?t))`,
  'i',
);

/**
 * A rider or a child come off, told: "little one slipped off at walk in the arena, totally fine", "Boy came off over a cross country fence and
 * bumped his helmet" (read in the ninety-first round). Off a horse, a bike or a climbing frame, with how they are said; not one come off a rota,
 * a list or a call.
 */
const CAME_OFF_TOLD = new RegExp(
  String.raw`\b(?:${PERSON}|little one|(?:little\s+|young\s+|small\s+)?(?:boy|girl|kid|child|lad|lass|one))\s+(?:[\w'’-]+\s+)?(?:slipped|came|fell|tumbled|was thrown|got thrown|has come|had come)\s+off\b(?!\s+(?:the\s+|a\s+|her\s+|his\s+)?(?:rota|list|register|call|phone|meds|medication|pill|books|project|case|waiting list|team)\b)`,
  'i',
);

/** How the one come off is, said: fine, hurt, a knock, back on, patched up ("kid came off over the bars … patched him up", read in the ninety-first round). */
const HOW_THEY_ARE_SAID = /\b(?:fine|ok|okay|alright|all right|unhurt|hurt|bumped|banged|knock\w*|helmet|back on|crying|shaken|winded|head|arm|wrist|leg|ankle|patched (?:him|her|them) up|grazed|scraped|plaster(?:ed)?|first aid)\b/i;

/** A fall spoken of: the floor, a knock or a hurt, getting up, an ambulance. */
const FALL_SPOKEN_OF = /\b(?:floor|fell|fall|hurt|banged|bumped|head|hip|wrist|ankle|knee|injur\w*|bruis\w*|(?:can['’]?t|couldn['’]?t|cannot)\s+get\s+up|(?:pull|help|lift|get)\s+(?:her|him|them)\s+up|ambulance|999)\b/i;

/**
 * A policy sentence on someone fallen: "If a client falls in a class or on a home visit, do not lift them", "If you find the client on the
 * floor, do not lift them", "Do not lift a client who is hurt"; not one on a payment fallen behind ("If a trader falls four weeks behind").
 */
const FALLEN_SAID =
  /\bif\s+(?:a|the|any|someone|anyone)\s+(?:[\w-]+\s+)?(?:falls|has fallen|has a fall)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:behind|due|ill|short|arrears|asleep|pregnant|in love)\b)|\b(?:find|see)\s+(?:the\s+|a\s+|someone\s+)?(?:[\w-]+\s+)?(?:(?:has|who has)\s+)?(?:on the floor|(?:unwell\s+or\s+)?fallen)\b|\bdo not lift\s+(?:them|a client|the client|anyone|someone)\b/i;

/**
 * Where no sentence says what to do, one that a fall is written down: "Every security incident in the hall (theft, violence, a lost child, a
 * fall) goes in the TrackTik occurrence book", "Any fall or collision is written on the incident form"; not what an insurer asks for.
 */
const FALL_RECORDED_SAID =
  /^(?!.*\b(?:insurers?|claims?|loss adjusters?)\b)(?=.*\b(?:record|recorded|report|reported|log|logged|goes in|go in|written|write|form|book)\b).*(?:\b(?:a|any|every)\s+(?:[\w-]+\s+)?fall\b(?!\s+(?:due|behind))|\bfalls,)/i;

/** A policy titled on accidents or falls: "Falls and accidents", "Accidents and first aid". */
const ACCIDENTS_TITLE = /\b(?:accidents?|injur(?:y|ies)|falls?)\b/i;

/** A policy titled on falls: "When a client has fallen", "Falls". */
const FALLS_TITLE = /\bfall(?:s|en)?\b/i;

/**
 * Someone fallen: the one policy with a sentence on what to do (of several, the one titled on falls, not the one on a door not answered),
 * else the one with a sentence that a fall is written down; that one first where the story asks whether it is to be written down. One come off
 * a pony or a bike ({@link CAME_OFF_TOLD}): the one policy titled on accidents.
 */
export function fallenAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const fallen = FALLEN_TOLD.test(question) || ON_FLOOR_TOLD.test(question) || (WENT_OVER_TOLD.test(question) && FALL_SPOKEN_OF.test(question));
  if (!fallen) {
    // One come off a pony or a bike: the policy titled on accidents, never a sentence elsewhere that a fall is written down (a trips policy's).
    return CAME_OFF_TOLD.test(question) && HOW_THEY_ARE_SAID.test(question) ? theOnly(policiesByTitle(ctx, ACCIDENTS_TITLE)) : undefined;
  }
  const toDo = () => theOnlyPreferring(policiesSaying(ctx, FALLEN_SAID), (p) => FALLS_TITLE.test(p.title));
  const recorded = () => theOnly(policiesSaying(ctx, FALL_RECORDED_SAID));
  return RECORD_ASKED.test(question) ? (recorded() ?? toDo()) : (toDo() ?? recorded());
}

/** Whether it is to be written down, asked: "does it need logging", "do i write it up", "what form". */
const RECORD_ASKED = /\b(?:log|logging|logged|write\s+(?:it\s+|this\s+)?up|write\s+(?:it|this|that)\s+(?:down|anywhere|somewhere)|written\s+up|record(?:ed|ing)?|forms?|report(?:ed|ing)?|paperwork|accident\s+book)\b/i;

/**
 * A mishap where nobody was hurt, with whether to write it up asked: "two ribs touched at the fuel berth, no damage done, do I still need to log
 * it?" (read in the ninetieth round), "nobody was hurt, do I need to fill in a form?". A near miss is logged where the firm says so.
 */
const NEAR_MISS_ASKED =
  /^(?=.*\b(?:no damage(?: done)?|nothing damaged|nobody (?:was\s+)?(?:hurt|injured|touched)|no(?:-|\s)?one (?:was\s+)?(?:hurt|injured)|no harm done|near miss|nearly (?:hit|collided|crashed|fell))\b)(?=.*\b(?:log|logged|write (?:it|that|this)? ?up|writing up|report|record|form|book)\b)/i;

/**
 * A policy sentence that near misses are logged or reported too: "Log every accident, near miss, pollution or collision", "Near misses are
 * reported too, within 24 hours"; the breach policy's near misses are of data, never a mishap on the path (read in the ninetieth round's review).
 */
const NEAR_MISS_SAID = /\bnear[- ]miss(?:es)?\b/i;

/** A mishap where nobody was hurt ({@link NEAR_MISS_ASKED}): the one policy sentence on near misses, never the breach policy's. */
export function nearMissAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!NEAR_MISS_ASKED.test(question)) return undefined;
  const breach = theBreachPolicy(ctx);
  return theOnly(policiesSaying(ctx, NEAR_MISS_SAID).filter((p) => p !== breach));
}
