// Stories of being watched and of being left alone, in a staff member's words: a password seen as it was typed, a grown-up filming
// children not their own, one adult left alone with the children. The one policy sentence that rules on it answers, found by what it
// says, never by a firm's policy id. Read in the seventy-eighth round (focus sets 81 and 82).
//
// Every run of free words in these patterns is bounded ({0,n}): a pasted email must not make a pattern's work grow with its length cubed.
import { toldThenSaid } from '../quoted-policies.ts';

/**
 * A password seen or likely seen as it was typed: "pretty sure a student was peering over my shoulder while i typed the admin pw at the
 * desk", "someone watched me put the code in"; not one asked for ("she wants the wifi password").
 */
const PASSWORD_SEEN_TOLD =
  /^(?=.{0,300}?\b(?:pw|password|passcode|pin|login|log-?in)\b)(?=.{0,300}?\b(?:(?:peering|looking|peeking|watching|leaning)\s+over\s+(?:my|his|her)\s+shoulder|(?:saw|seen|watched|clocked)\s+(?:me|him|her)\s+(?:type|typing|put|putting|enter|entering)|(?:may|might|could)\s+have\s+(?:seen|clocked)\s+(?:my|the)\s+(?:pw|password|passcode|pin))\b)/i;

/**
 * A policy sentence on a password someone else may have: "If you think a password has been seen or guessed … change it at once", "…has
 * been seen or phished", "If you think someone has seen your password", "If you think someone knows your password, change it", "Change your
 * password straight away if you think someone has seen it".
 */
const PASSWORD_SEEN_SAID = /\b(?:password|passcode|pin)s?\s+(?:has|have|may have|might have)\s+been\s+(?:seen|phished|guessed)\b|\bsomeone\s+(?:watched\s+you\s+type|(?:knows|may know|might know)\s+your\s+(?:password|passcode|pin)|(?:has|may have|might have)\s+seen\s+(?:your\s+(?:password|passcode|pin)|it)\b)/i;

export const passwordSeenAnswer = toldThenSaid(PASSWORD_SEEN_TOLD, PASSWORD_SEEN_SAID);

/**
 * A grown-up filming or photographing children not their own: "some grown man is videoing the little ones at mini shredders and none of
 * them are his", "a woman keeps taking photos of the kids in the pool"; not a parent filming their own.
 */
const FILMING_OTHERS_CHILDREN_TOLD =
  /^(?!.{0,300}?\b(?:his|her|their)\s+own\s+(?:kids?|child|children|son|daughter)\b(?!\s+(?:are|is)\s+not))(?=.{0,300}?\b(?:man|woman|bloke|guy|lady|fella|adult|someone|somebody|stranger)\b)(?=.{0,300}?\b(?:filming|videoing|recording|taking\s+(?:photos|pictures|pics|videos)\s+of|photographing)\s+(?:the\s+|our\s+|some\s+of\s+the\s+)?(?:little\s+ones|kids|children|juniors|girls|boys|young\s+ones|skaters|swimmers|players|pupils)\b)/i;

/** A policy sentence that adults filming children not their own are stopped: "adults filming children who are not their own are asked to stop". */
const FILMING_OTHERS_CHILDREN_SAID = /\b(?:adults?|anyone|people)\s+(?:filming|photographing|taking\s+photos\s+of)\s+(?:children|kids|juniors)\s+(?:who\s+are\s+)?not\s+their\s+own\b/i;

export const filmingOthersChildrenAnswer = toldThenSaid(FILMING_OTHERS_CHILDREN_TOLD, FILMING_OTHERS_CHILDREN_SAID);

/**
 * One adult left alone with the children: "priti called in sick so its just me with the kids tonight, is that ok?", "the other helper
 * has gone home, I'm on my own with the juniors", "asked if i can wait with her daughter in the car park on my own" (not a daughter of 34),
 * "the teacher nipped out and left me in the room with a year 9", "only me and Josh (15) have turned up tonight";
 * not one child with their parent, nor a group or class of grown-ups.
 */
const ALONE_WITH_CHILDREN_TOLD =
  /\bleft\s+me\s+(?:alone\s+|on my own\s+)?(?:in\s+the\s+(?:[\w-]+\s+)?room\s+)?with\s+(?:a|the|one)\s+(?:year\s*\d{1,2}|pupil|child|kid|student)\b|^(?!.*\b(?:she|he|they)['’]?(?:s|re)?\s+(?:[2-9]\d|1[89])\b)(?=.*\b(?:wait|stay|sit)\s+with\s+(?:her|his|their|the)\s+(?:daughter|son|kid|child|little one|girl|boy|lad|lass)\b[^.?!]{0,40}?\b(?:on my own|by myself|alone)\b)|\b(?:just|only)\s+me\s+(?:with|and)\s+(?:the\s+)?(?:kids|children|juniors|little\s+ones|under[- ]?1\d\s*s)\b|\b(?:just|only)\s+me\s+and\s+(?:[a-z]+\s*\(\s*(?:[5-9]|1[0-7])\s*\)|one of the (?:kids|children|juniors|teens|teenagers))|\b(?:i['’]?m|i\s+am|i['’]?ll\s+be|i\s+will\s+be)\s+(?:on\s+my\s+own|by\s+myself|alone)\s+with\s+(?:the\s+)?(?:kids|children|juniors|little\s+ones)\b/i;

/**
 * A policy sentence that two adults are always there, or that one is never alone with a child: "at least two DBS-checked adults are always
 * in the room", "never fewer than two adults", "are never alone with a pupil".
 */
const TWO_ADULTS_SAID = /\b(?:at\s+least|always|never\s+(?:fewer|less)\s+than)\s+two\s+(?:[\w-]+\s+){0,2}?(?:adults|leaders|staff|volunteers|coaches|helpers)\b|\bnever\s+(?:be\s+)?alone\s+with\s+(?:a|any)\s+(?:pupil|child|young person|junior)\b/i;

export const aloneWithChildrenAnswer = toldThenSaid(ALONE_WITH_CHILDREN_TOLD, TWO_ADULTS_SAID);
