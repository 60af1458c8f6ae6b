// One of ours grown close to someone we serve, told: visits to their home, keeping in touch, a friendship outside work.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly } from '../quoted-policies.ts';

/**
 * One of ours seeing someone we serve outside work, told: "one of the volunteers has been popping round to see betty at her house,
 * they've got really close", "a carer's been going round to his flat on her day off", "she's become friends with one of the
 * residents and visits her at home". A visit to their home and a friendship, or a visit on one's own time.
 */
const VISITED_AT_HOME = /\b(?:popp?(?:ing|ed|s)? round|going round|gone round|been round|went round|goes round|call(?:ing|ed|s)? round|visit(?:ing|ed|s)?|dropp?(?:ing|ed) in on|seeing)\b[^.?!]{0,40}?\b(?:at|to)\s+(?:her|his|their|(?:(?:mr|mrs|ms|miss)\.?\s+)?[a-z]+['’]s)\s+(?:house|home|flat|bungalow|place)\b/i;

/** A friendship grown, or one's own time: "they've got really close", "become friends", "on her day off". */
const CLOSE_SAID = /\b(?:got|getting|grown|become|became)\s+(?:really\s+|very\s+|quite\s+|so\s+)?(?:close|friends|pally|attached)\b|\b(?:on|in)\s+(?:her|his|their|my)\s+(?:day off|days off|own time|spare time|weekends?)\b|\bas (?:a )?friends?\b/i;

/** A policy sentence against seeing those we serve privately: "must not … visit members at home or keep in touch privately", "no friendships outside work". */
const NO_PRIVATE_CONTACT_SAID = /\b(?:not|never|no)\b[^.]*\b(?:visit\w*[^.]*\bat (?:their |his |her )?home|keep in touch privately|privately|friendships?|outside (?:of )?work|personal relationships?)\b/i;

/** One of ours seen at the home of someone we serve, as a friend or on their own time: the one policy that says not to. */
export function visitedAtHomeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!VISITED_AT_HOME.test(question) || !CLOSE_SAID.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NO_PRIVATE_CONTACT_SAID));
}
