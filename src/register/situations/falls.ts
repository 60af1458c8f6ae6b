// Someone we serve fallen, told in a staff member's words: the policy sentence on what to do when someone falls answers (do not lift
// them, ring 999 if they hit their head), found by what it says, never by a firm's policy id. Read in the seventy-ninth round (focus set 88).
//
// Every run of free words in these patterns is bounded ({0,n}): a pasted email must not make a pattern's work grow with its length cubed.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly } from '../quoted-policies.ts';

/** Who fell: a person, by a word for one or a name after a title ("mrs k"), never a thing ("the zoom went down during the class"). */
const PERSON = String.raw`(?:lady|man|woman|gent|gentleman|chap|bloke|fella|client|resident|member|patient|participant|customer|she|he|(?:mr|mrs|ms)\.?\s+[a-z]+)`;

/**
 * A person fallen, told: "lady went over during the sit to stands, shes sat on the floor", "chap went down on the otago visit this
 * morning and banged his head", "mrs k had a fall in the hall". The fall said of the person: not a system gone down, a talk that went
 * down well, or one gone down with flu.
 */
const FALLEN_TOLD = new RegExp(
  String.raw`\b${PERSON}\s+(?:[\w'’-]+\s+)?(?:had\s+a\s+fall|took\s+a\s+tumble|(?:went|has\s+gone|had\s+gone)\s+(?:over|down)\s+(?:during|on|in|at|and|this|while)\b|fell\s+(?:over|down|during|in|on|at)\b)` +
    String.raw`|\b(?:${PERSON}|she|he)(?:['’]?s|\s+is|\s+was)\s+(?:sat|sitting|lying|stuck|still)\s+on\s+the\s+floor\b`,
  'i',
);

/**
 * A policy sentence on someone fallen: "If a client falls in a class or on a home visit, do not lift them", "If you find the client on the
 * floor, do not lift them", "Do not lift a client who is hurt"; not one on a payment fallen behind ("If a trader falls four weeks behind").
 */
const FALLEN_SAID =
  /\bif\s+(?:a|the|any|someone|anyone)\s+(?:[\w-]+\s+)?(?:falls|has fallen|has a fall)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:behind|due|ill|short|arrears|asleep|pregnant)\b)|\b(?:find|see)\s+(?:the\s+|a\s+|someone\s+)?(?:[\w-]+\s+)?(?:on the floor|(?:unwell\s+or\s+)?fallen)\b|\bdo not lift\s+(?:them|a client|the client|anyone|someone)\b/i;

/**
 * Where no sentence says what to do, one that a fall is written down: "Every security incident in the hall (theft, violence, a lost child, a
 * fall) goes in the TrackTik occurrence book", "Any fall or collision is written on the incident form"; not what an insurer asks for.
 */
const FALL_RECORDED_SAID =
  /^(?!.*\b(?:insurers?|claims?|loss adjusters?)\b)(?=.*\b(?:record|recorded|report|reported|log|logged|goes in|go in|written|write|form|book)\b).*(?:\b(?:a|any|every)\s+fall\b(?!\s+(?:due|behind))|\bfalls,)/i;

/** Someone fallen: the one policy with a sentence on what to do, else the one with a sentence that a fall is written down. */
export function fallenAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!FALLEN_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, FALLEN_SAID)) ?? theOnly(policiesSaying(ctx, FALL_RECORDED_SAID));
}
