// A customer, member or pupil leaving us, told: what happens to their record is the firm's policy on such leavers, where it has one.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, theOnly } from '../quoted-policies.ts';

/**
 * Stopping by a date ("he's stopping karate after this month", "she's giving up lessons at the end of term", "wont be coming back after half
 * term") or ending what they pay for ("cancelled her direct debit", "wants to end their contract"). Someone going home early leaves nothing.
 */
const STOPPING_BY = /\b(?:stopping|quitting|giving up|leaving|cancell?ing|ending|finishing|not renewing|moving away|won['’]?t be coming back|not coming back)\b(?:\s+[\w'’-]+){0,3}?\s+(?:after|at the end of|from|by)\s+(?:(?:this|next|the end of|the|half)\s+)?(?:month|term|week|year|season|course|block|half[- ]term)\b/i;
const ENDING_WHAT_THEY_PAY = /\b(?:cancel(?:l?ed|l?ing|s)?|stop(?:ped|ping|s)?|end(?:ed|ing|s)?|quit(?:ting|s)?)\s+(?:his|her|their|the)\s+(?:membership|direct debit|subscription|lessons|classes|contract|plan)\b/i;

/**
 * One of ours moving away or leaving, with what to do with their details asked: "Ava is moving away … anything i need to do with her details?"
 * (read in the ninety-first round), "Ruby has left guides, what happens to her info".
 */
const LEAVER_DETAILS_ASKED = /\b(?:moving away|moving schools?|leaving us|left us|not coming back|won['’]?t be coming back|(?:has|have|['’]s)\s+left\s+(?:guides|brownies|rainbows|scouts|cubs|beavers|the (?:club|unit|group|team|pack|troop|squad|class|school|choir|section)))\b[^?]{0,80}?\b(?:her|his|their)\s+(?:details|info|information|data|records?|file|account)\b/i;

/**
 * A member of staff leaving is told otherwise, and has a policy of its own on logins; and the asker, or we, stopping something
 * ("I'm leaving at the end of the month", "we're stopping the printer lease") is no customer leaving us.
 */
const STAFF_LEAVING = /\b(?:notice|resign\w*|last (?:day|shift)|new job|p45|payroll)\b|\b(?:i|we)(?:['’]?m|['’]?re| am| are|['’]ll| will)?(?: be)?\s+(?:stopping|quitting|giving up|leaving|cancell?ing|ending|finishing|not renewing|moving away)\b/i;

/** A title on customers leaving: "When a member leaves", "When a client contract ends", "When a girl leaves". Not a title on staff leavers. */
const CUSTOMER_LEAVERS_TITLE = /^(?!.*\b(?:staff|team|employees?|someone|cleaners?|workers?|volunteers?)\b).*\b(?:members?|clients?|customers?|pupils?|students?|patients?|tenants?|residents?|girls?|boys?|child(?:ren)?|kids?|young (?:people|person)|players?|swimmers?|riders?|cadets?|scouts?|guides?|dancers?)\b.*\b(?:leaves?|leaving|leavers?|stops?|cancels?|ends?)\b/i;

/** A customer leaving us, told: the firm's one policy titled on it. */
export function customerLeavingAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!(STOPPING_BY.test(question) || ENDING_WHAT_THEY_PAY.test(question) || LEAVER_DETAILS_ASKED.test(question)) || STAFF_LEAVING.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, CUSTOMER_LEAVERS_TITLE));
}
