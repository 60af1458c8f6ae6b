// Clients' homes while we look after them, told in a staff member's words: someone asking when the owners are back, a break-in found, the
// police after the alarm's code, a code someone saw typed in, reports asked by a neighbour, a key still held after a client has gone. The
// one policy sentence that rules on it answers, found by what it says, never by a firm's policy id. Read in the seventy-first round.
import type { Policy } from '../../config/schema.ts';
import { sentencesOf } from '../policy-passages.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { words } from '../text.ts';

/**
 * When those away are back, or where they are, asked by another: "guy in a van … asked me when the owners are back", "the vets … asking
 * where the owners are and when they're home". Not where their number is asked too ("… and for their number"), which the rule on callers
 * asking for a number answers.
 */
const AWAY_ASKED =
  /^(?!.*\b(?:and|also)\s+(?:for\s+)?(?:their|his|her)\s+(?:numbers?|phone|mobile|address|e-?mail|details)\b)(?!.*\b(?:trade show|the office|meeting|conference|from work|lunch)\b).*\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:me\s+|us\s+)?(?:(?:when(?:['’]?s)?|if|whether|how long)\s+(?:the\s+)?(?:owners?|clients?|customers?|family|homeowners?|people|they|he|she|mr\s+\w+|mrs\s+\w+)\b[^.?!]{0,30}?\b(?:back|home|away|returning|fl(?:y|ies) back)|(?:when|if|whether|how long)\s+the\s+[a-z]+s\s+(?:are|were)\s+(?:away|on holiday)|(?:when|if|whether)\s+the\s+[a-z]+s\s+(?:are|get|come|were)\s+back\b(?!\s+open)|where\s+the\s+(?:owners?|clients?|customers?|family|homeowners?)\s+(?:are|is)(?!\s+(?:going|thinking|planning|moving))|where\s+(?:they|he|she)\s+(?:have|has|['’]ve|['’]s)\s+gone)\b/i;

/** A sentence never to tell another that someone is away, when they return or their travel plans; not "when you step away" nor "give anything away". */
const AWAY_KEPT_SAID = /\b(?:never|not|don['’]t|do not)\s+(?:confirm|tell|say|give|share|reveal|mention)\b[^.]*(?:\b(?:is|are|be|being)\s+away\b|\baway\s+(?:from home|on holiday)\b|\b(?:travel|holiday)\s+plans\b|\bwhen\s+(?:they|a client|a customer|the owners?|its owner|their owner)\s+(?:return|are back|get back|fl(?:y|ies) back|come back)\b)/i;

/** A sentence's words that name who asks ("the vet", "delivery driver"), by the question's words. */
function namesAsker(question: string): (p: Policy) => boolean {
  const asked = new Set(words(question).filter((w) => w.length >= 3).map((w) => w.replace(/s$/, '')));
  return (p) => sentencesOf(p.text).some((s) => AWAY_KEPT_SAID.test(s) && words(s).some((w) => /^(?:vet|driver|neighbour|caller|courier|police|builder|tradesperson|plumber)s?$/.test(w) && asked.has(w.replace(/s$/, ''))));
}

/** A title on keeping quiet that a home is empty or its people away. */
const AWAY_TITLE = /\b(?:empty|away|absen\w*)\b/i;

/**
 * Someone asking when the owners are back: the one policy sentence that keeps it from others; of several, the one naming who asks (the
 * vet), else the one titled on homes empty or people away.
 */
export function awayAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!AWAY_ASKED.test(question)) return undefined;
  const saying = policiesSaying(ctx, AWAY_KEPT_SAID);
  if (saying.length <= 1) return theOnly(saying);
  const naming = saying.filter(namesAsker(question));
  return theOnly(naming.length ? naming : saying.filter((p) => AWAY_TITLE.test(p.title)));
}

/** A break-in found, whether to go in asked: "the back door's been jimmied, glass everywhere … should I go in and check?". */
const BREAK_IN_FOUND =
  /^(?!.*\bmy\s+(?:car|van)\s+(?:was|has been|got)\b)(?!.*\bgo\s+in\s+to\s+(?:the\s+)?(?:office|work)\b)(?=.*\b(?:jimmied|(?:been\s+)?forced(?:\s+open)?|broken into|broke in(?:to)?|break-?in|burgled|kicked in|prised|pried|been put through)\b|.*\b(?:window|door|patio door|lock)s?\s*(?:['’]s|has|have|is|was)?\s*(?:been\s+)?smashed\b|.*\bsmashed\s+(?:in\s+)?(?:the\s+)?(?:front\s+|back\s+|side\s+)?(?:window|door)\b)(?=.*\b(?:should|shall|can|do)\s+(?:i|we)\s+(?:go|get|head|nip)\s+in(?:side)?\b|.*\b(?:go|going)\s+in(?:side)?\s+(?:and|to)\s+(?:check|look|see)\b|.*\b(?:safe|ok|okay)\s+to\s+go\s+in(?:side)?\b|.*\bcheck\s+inside\b)/i;

/** A sentence not to go in where there has been a break-in: "If you find a break-in, do not go in; call 999", "don't go in if there are signs someone is still inside". */
const DO_NOT_GO_IN_SAID = /^(?=.*\b(?:break-?ins?|broken into|forced|burglar\w*|burgled|intruders?|still inside|signs (?:of|that|someone))\b).*\b(?:do not|don['’]t|never)\s+(?:go|walk)\s+in(?:side)?\b|^(?=.*\b(?:break-?ins?|broken into|forced|burglar\w*|burgled|intruders?|still inside)\b).*\b(?:do not|don['’]t|never)\s+enter\b/i;

export const breakInFoundAnswer = toldThenSaid(BREAK_IN_FOUND, DO_NOT_GO_IN_SAID);

/** The police, a neighbour or another wanting an alarm's code: "the police want the number to switch it off". */
const ALARM_CODE_WANTED =
  /^(?=.*\balarm\b)(?=.*\b(?:police|officers?|neighbours?|fire (?:brigade|service)|firemen|firefighters)\b[^.?!]{0,40}?\b(?:want|wants|wanting|asked|asking|need|needs)\b[^.?!]{0,20}?\b(?:the\s+)?(?:code|number|pin)\b)/i;

/** A sentence on what the police are given of an alarm: "Give the police the alarm company's details, never the alarm code". */
const ALARM_CODE_KEPT_SAID = /\bnever\s+(?:give\s+(?:out\s+)?)?the\s+alarm\s+codes?\b|\balarm\s+codes?\b[^.]*\b(?:never|not)\s+(?:given|passed|told)\b/i;

export const alarmCodeWantedAnswer = toldThenSaid(ALARM_CODE_WANTED, ALARM_CODE_KEPT_SAID);

/**
 * A code seen typed in, or heard said aloud: "pretty sure the window cleaner clocked me punching in the keypad number", "think the cleaner at
 * the dental surgery overheard me saying the code out loud"; read in the ninety-second round, "a bloke across the road watched me open the
 * lockbox", "the tenant's boyfriend saw me type the key safe number in".
 */
const CODE_SEEN =
  /^(?=.*\b(?:clocked|saw|seen|watched|watching|spotted|overheard|behind me|looking over)\b)(?=.*\b(?:keypad|key ?safe|alarm|gate|door|entry)\s*(?:codes?|numbers?|pins?)\b|.*\b(?:keypad|lock ?box|key ?safe)\b|.*\bthe\s+(?:code|pin|combination|numbers)\b)(?=.*\b(?:punch(?:ed|ing)?|type|typ(?:ed|ing)|tap|tapp(?:ed|ing)|key(?:ed|ing)\s+in|put(?:ting)?\s+in|did\s+the|open(?:ed|ing)?\s+the\s+(?:lock ?box|key ?safe))\b|.*\b(?:say|saying|said|read|reading)\s+(?:it|the\s+(?:code|pin|number))\s+(?:out\s+loud|aloud)\b)/i;

/** A sentence on a code someone else may have seen: "If a code may have been seen by someone else, tell Gemma at once". */
const CODE_SEEN_SAID = /\b(?:codes?|pins?|combinations?)\b[^.]*\b(?:seen|overheard|watched|known to (?:anyone|someone|somebody|others?))\b/i;

/** A code seen typed in: of two policies with such a sentence, the one titled on codes or keys, not the breach policy. */
export function codeSeenAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return CODE_SEEN.test(question) ? theOnlyPreferring(policiesSaying(ctx, CODE_SEEN_SAID), (p) => /\b(?:codes?|keys?|key ?safes?|alarms?)\b/i.test(p.title)) : undefined;
}

/** Reports or updates asked to go to another: "the client's neighbour … asked if I can forward her the daily updates on the dogs". */
const REPORTS_TO_ANOTHER =
  /\b(?:neighbours?|friends?|relatives?|family|son|daughter|sister|brother|cleaner|gardener)\b[^.?!]{0,60}?\b(?:asked|asking|wants?|wanting)\b[^.?!]{0,30}?(?:\b(?:forward|send|copy|cc|share|pass)\w*\s+(?:her|him|them|on)?\s*(?:the\s+)?(?:daily\s+|visit\s+|weekly\s+)?(?:updates?|reports?)\b|\ba\s+copy\s+of\s+(?:the|today['’]?s|yesterday['’]?s|this\s+\w+['’]?s)\s+(?:visit\s+)?(?:updates?|reports?)\b)/i;

/** A sentence that reports go to the client only. */
const REPORTS_CLIENT_ONLY_SAID = /\b(?:reports?|updates?)\s+(?:go|goes|are sent|is sent)\s+to\s+the\s+\w+\s+only\b/i;

export const reportsToAnotherAnswer = toldThenSaid(REPORTS_TO_ANOTHER, REPORTS_CLIENT_ONLY_SAID);

/** A client gone whose key we still hold: "haven't booked since summer 2024 and have moved to Spain, we've still got their back door key". */
const KEY_KEPT_AFTER =
  /^(?=.*\b(?:moved|haven['’]?t booked|not booked|stopped|left us|cancelled|no longer|last booking|contract (?:ended|finished)|job (?:ended|finished))\b)(?=.*\b(?:still\s+(?:got|have|holding|hold)|we['’]ve\s+still\s+got)\b[^.?!]{0,40}?\bkeys?\b|.*\bkeys?\b[^.?!]{0,20}?\b(?:is|are)\s+still\s+(?:in|on|at)\b)/i;

/** A sentence that keys are returned within a time. */
const KEYS_RETURNED_SAID = /\bkeys?\b[^.;]*\b(?:returned|given back|handed back|sent back|go back|goes back)\b[^.;]*\bwithin\b/i;

export const keyKeptAfterAnswer = toldThenSaid(KEY_KEPT_AFTER, KEYS_RETURNED_SAID);
