// A check on one of our people told in a story: their DBS certificate brought from elsewhere, come back with something on it, or
// asked after by a client. The firm's one policy titled on DBS checks answers, not the entry of the umbrella body that runs them.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOneTitled, theOnly, toldThenSaid } from '../quoted-policies.ts';
import { leftRecordAskedGone } from './old-records.ts';
import { sentencesOf } from '../policy-passages.ts';
import { STOPWORDS, words } from '../text.ts';

/**
 * Someone's DBS told: "new girl already has a dbs from her last agency", "carer's dbs came back with something on it", "the manager
 * at the home wants to know what was on marta's dbs". Not who runs our checks or where their data is kept.
 */
const DBS_TOLD = /\b(?:his|her|their|[a-z]+['’]s|[a-z]+s['’])\s+(?:enhanced\s+|basic\s+|new\s+|old\s+)?dbs\b|\b(?:has|had|got|have)\s+(?:already\s+)?(?:a|an)\s+(?:enhanced\s+|basic\s+)?dbs\s+(?:from|with|through|already)\b|\bdbs\s+(?:came|has come|come)\s+back\b/i;

/**
 * Someone new offering to help with the children, and what they must do first asked: "my brother in law has offered to help out on
 * Sunday mornings with the youngsters … does he need to do anything first?", "a mum wants to volunteer with the juniors, can she start
 * saturday?". Whoever helps with children is checked before they start; not a helper at an adult session, nor a child helped.
 */
const HELPER_WITH_CHILDREN = /\b(?:offered|offering|wants?|wanting|keen|happy|volunteered|volunteering|going|agreed)\s+(?:to\s+)?(?:help(?:\s+out)?|volunteer|coach|assist|lend a hand)\b[^.?!]{0,60}?\bwith\s+(?:the\s+|our\s+)?(?:youngsters|kids|juniors?|children|young ones|under[- ]?\d+s|little ones|u-?\d+s?|cubs|beavers|brownies|youth (?:group|section|team))\b(?=[^]*\b(?:(?:need|needs|have|has) to do (?:anything|something)|anything (?:he|she|they) (?:needs?|has|have) to|(?:can|could) (?:he|she|they) (?:just\s+)?(?:start|come|help|crack on)|(?:ok|okay|alright|fine) (?:for (?:him|her|them) )?to (?:start|help|come)|what (?:does|do) (?:he|she|they) need)\b)/i;

/** A policy titled on DBS checks: "DBS checks", "DBS checks and safer recruitment", "New volunteers and DBS checks". */
const DBS_POLICY = /\bdbs\b|\bcriminal record/i;

/**
 * What a body holds on someone, asked: "jamie's doing his dbs renewal, what does ucheck hold on him?" asks the checker's entry
 * (what it holds), not what to do with his DBS.
 */
const HOLDS_ON_ASKED = /\bwhat\s+(?:info\s+|data\s+|details\s+|stuff\s+)?(?:does|do|did|will|would)\s+(?!(?:i|we|you|the\s+(?:trustees?|board|committee|office|team|staff|managers?|school|club|church|charity|firm|company|practice))\b)[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:hold|keep|have|store|know)\s+(?:on|about)\s+(?:him|her|them|me|us|staff|people)\b/i;

/** How long a thing is kept, asked: the rule on keeping records answers, not the one on checks ("how long do we keep someone's dbs result"). */
const KEEPING_ASKED = /\bhow\s+long\s+(?:do|are|should|must|can|will|have)\s+we\b[^?]{0,30}?\b(?:keep|hold|store|retain)\b|\bhow\s+long\s+(?:is|are|do|does)\b[^?]{0,40}?\b(?:kept|held|stored|retained)\b/i;

/**
 * Someone's DBS told ({@link DBS_TOLD}), or someone new to help with the children ({@link HELPER_WITH_CHILDREN}): the firm's one policy titled on
 * DBS checks. Not where the DBS record of one who has left is asked gone ("stopped coaching last year, can i wipe his dbs date now?"): the rule
 * on keeping records answers.
 */
export function dbsToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = (DBS_TOLD.test(question) || HELPER_WITH_CHILDREN.test(question)) && !HOLDS_ON_ASKED.test(question) && !KEEPING_ASKED.test(question) && !leftRecordAskedGone(question);
  return told ? (onlyCheckedDoIt(ctx, question) ?? theOneTitled(ctx, DBS_POLICY)) : undefined;
}

/** A sentence that only the checked do a thing: "Only DBS-checked volunteers go on school visits". */
const ONLY_CHECKED_SAID = /\bonly\s+(?:enhanced\s+)?dbs[- ]checked\b/i;

/** The words of a check itself, which every sentence on checks shares. */
const CHECK_WORD = /^(?:dbs|checked|checks?|volunteers?|only|enhanced|staff)$/;

/**
 * The thing the story is about that only the checked may do, in a policy other than the one on checks: "new volunteer Ollie is keen to come
 * to the primary school on thurs but his DBS hasn't come back yet" (school visits). Read in the eighty-eighth round.
 */
function onlyCheckedDoIt(ctx: QaContext, question: string): QaAnswer | undefined {
  const asked = new Set(words(question).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !CHECK_WORD.test(w)));
  return theOnly(ctx.config.policies.filter((p) => !DBS_POLICY.test(p.title) && sentencesOf(p.text).some((s) => ONLY_CHECKED_SAID.test(s) && words(s).some((w) => asked.has(w)))));
}

/**
 * Someone's checks not back yet, with starting or sending them asked: "Sophie's references still aren't back on Xref but … can I send her
 * for a trial day tomorrow?", "he's done his application but nothing back yet. Can he start this week?". A person to start or be sent, not a
 * build or a minibus whose application or certificate is not back.
 */
const CHECKS_PENDING =
  /^(?=.*(?:\b(?:references?|checks?|dbs|vetting|application|right[- ]to[- ]work|certificate)\b[^.?!]{0,40}?\b(?:still\s+)?(?:aren['’]?t|isn['’]?t|is not|are not|haven['’]?t|hasn['’]?t|not)\s+(?:yet\s+)?(?:back|come back|come through|through|cleared|returned)\b|\b(?:references?|checks?|dbs|vetting)\b[^.?!]{0,20}?\b(?:is|are)\s+still\s+(?:processing|pending|being processed|going through)\b|\bnothing back yet\b|\bstill waiting (?:on|for) (?:his|her|their|the) (?:references?|checks?|dbs|vetting)\b))(?=.*\b(?:(?:can|could|shall|should)\s+(?:i|we)\s+(?:just\s+)?(?:send|introduce|put|place|book|let)\s+(?:her|him|them)|(?:can|could|shall|should)\s+(?:he|she|they)\s+(?:just\s+)?(?:start|begin|help|come|do\s+(?:just\s+)?(?:the|a|their|his|her)\s+first)|ok(?:ay)?\s+for\s+(?:him|her|them)\s+to\s+(?:start|help|begin))\b)/i;

/** A policy titled on checking people before they start: "Vetting nannies …", "Safer recruitment". */
const CHECKS_POLICY = /\bvetting\b|\bbackground checks?\b|\bsafer recruitment\b|\bpre-?employment checks?\b/i;

/**
 * Someone's checks not back, with starting asked: the firm's one policy titled on checking people before they start, else the one on
 * DBS checks (not one on handling certificates beside a vetting policy).
 */
export function checksPendingAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CHECKS_PENDING.test(question)) return undefined;
  // Just the first lesson asked ("his dbs is still processing. can he do just the first lesson?"): the one sentence that says the check
  // comes before a first lesson, before any policy titled on the checks.
  const beforeFirst = FIRST_ONE_ASKED.test(question) ? theOnly(policiesSaying(ctx, CHECKED_BEFORE_FIRST_SAID)) : undefined;
  return beforeFirst ?? theOneTitled(ctx, CHECKS_POLICY) ?? theOneTitled(ctx, DBS_POLICY);
}

/** Just the first one asked: "can he do just the first lesson?". */
const FIRST_ONE_ASKED = /\bdo\s+(?:just\s+)?(?:the|a|their|his|her)\s+first\s+(?:lesson|session|shift|visit|class|booking|day)\b/i;

/** A policy sentence that the check comes before the first lesson: "Every tutor has an enhanced DBS check through uCheck before a first lesson". */
const CHECKED_BEFORE_FIRST_SAID = /\b(?:dbs|checks?|vetted|vetting)\b[^.]*\bbefore\s+(?:their|a|the|any|his|her)\s+first\s+(?:lesson|session|shift|visit|class|placement|job|day|booking)\b/i;

/**
 * Someone helping often, what they need asked: "Becky's mum has been helping loads this term, pretty much every tuesday and thursday. do we
 * need anything from her?", "her dad's been in to help twice a week since september, does he need a check?", "a dad has been helping out
 * most weeks now, anything we need to do?". One of the family or a volunteer, not a trade ("the plumber has been helping us every week
 * with the boiler").
 */
const HELPING_OFTEN_TOLD =
  /^(?=.*\b(?:mum|mom|dad|parent|mother|father|gran|granny|grandad|grandma|nan|auntie|aunt|uncle|volunteer|helper)s?\b).*\b(?:helping|helped|helps|volunteering|volunteered|been in to help|coming in to help)\b[^.?!]{0,60}?\b(?:every|each|twice a|most|loads|a lot|regularly|(?:two|three|four|2|3|4)\s+times\s+a)\b(?=[^]*\b(?:(?:need|needs)\s+(?:anything|something|a\s+dbs|a\s+check|to\s+do\s+anything)|anything\s+(?:we|i)\s+(?:need|have|should)\s+to\s+do)\b)/i;

/**
 * A policy sentence on how often one may help before a check: "A parent who helps more than 3 times a month needs a DBS check", "Anyone
 * helping regularly … must be appointed through the membership system with … an enhanced DBS check".
 */
const CHECKED_PAST_SAID = /\b(?:more than\s+(?:\d+|once|twice|one|two|three|four|five)\s+(?:times?|sessions?|days?)|help(?:s|ing)?\s+regularly)\b[^.]*\b(?:dbs|check|checked|vetted|vetting)\b/i;

export const helpingOftenAnswer = toldThenSaid(HELPING_OFTEN_TOLD, CHECKED_PAST_SAID);
