// A device or system we work on down, with how to carry on asked: the policy sentence that says what to do when it is.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSayingWhole, theOnly } from '../quoted-policies.ts';

/**
 * The thing we work on, told down or dead: "ipads are down again", "host tablet just died", "the app's not working", "the booking
 * system won't load". The thing is the word before the trouble.
 */
const DEVICE_DOWN = /\b(ipads?|tablets?|laptops?|apps?|systems?|till|wi-?fi|internet|signal)\s+(?:is\s+|are\s+|['’]s\s+|has\s+|have\s+|just\s+|has just\s+|keeps?\s+)?(?:down|dead|died|crashed|gone (?:down|off)|not working|stopped working|(?:won['’]?t|wont|will not) (?:load|turn on|work|connect|sync))\b/i;

/** How to carry on asked: "where am i meant to write up the daily notes today", "how do they do it??", "what do we do". */
const CARRY_ON_ASKED = /\b(?:where|how|what)\b[^?]*\b(?:do|does|did|am|are|is|should|can|meant|supposed)\b/i;

/** A policy sentence on when the thing is down: "if the iPads are down, use the paper day sheet", "unless the tablet is dead. If it is, …". */
function downSaid(thing: string): RegExp {
  const stem = thing.toLowerCase().replace(/s$/, '').replace(/^wi-?fi$/, 'wi-?fi');
  return new RegExp(String.raw`\b(?:if|when|unless|while)\b[^.]*\b${stem}s?\b[^.]*\b(?:down|dead|not working|offline|fails?|broken|flat)\b`, 'i');
}

/**
 * A device or system down, with how to carry on asked: the one policy with a sentence on what to do when that thing is down (the
 * paper day sheet, the paper forms in the grey wallet), before the entry of the supplier the work is done on.
 */
export function carryOnWhenDownAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = DEVICE_DOWN.exec(question)?.[1];
  if (!thing || !CARRY_ON_ASKED.test(question)) return undefined;
  const said = downSaid(thing);
  return theOnly(policiesSayingWhole(ctx, (s) => said.test(s)));
}
