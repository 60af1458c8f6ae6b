// Who is asking, and how we know: a body a policy sentence names (a solicitor, a tribunal, an insurer) asking for someone's records, and a
// caller who may not be who they say. The one policy sentence that rules on it answers, found by what it says, never by a firm's policy
// id. Read in the seventy-first round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import type { Policy } from '../../config/schema.ts';
import { sentencesOf } from '../policy-passages.ts';
import { theOnly, toldThenSaid } from '../quoted-policies.ts';

/** Bodies outside the person and the firm that ask for records, each as a story and a policy sentence name it; not our own (they act for us). */
const ASKERS: readonly { told: RegExp; said: string }[] = [
  { told: /(?<!\b(?:our|my|the firm['’]s|the practice['’]s)\s+)\b(?:solicitors?|lawyers?|law firm)\b/i, said: String.raw`solicitors?|lawyers?` },
  { told: /\btribunals?\b/i, said: String.raw`tribunals?` },
  { told: /\bcourts?\b(?!\s*(?:yard|case|shoes))/i, said: String.raw`courts?` },
  { told: /(?<!\b(?:our|my|the firm['’]s|the practice['’]s)\s+)\b(?:insurers?|insurance (?:company|firm))\b/i, said: String.raw`insurers?|insurance compan(?:y|ies)` },
];

/** Records or copies asked for: "wanting a copy of a donor's result", "wants copies of the pics of the flat". */
const RECORDS_WANTED =
  /\b(?:asking|asked|asks|wants?|wanting|wanted|requesting|requested|request|after)\s+(?:(?:us|me)\s+)?(?:for\s+)?(?:(?:a\s+)?cop(?:y|ies)\s+of\s+|to see\s+)?(?:\w+\s+){0,3}?(?:results?|records?|notes|files?|reports?|forms?|footage|photos?|pics?|pictures?|statements?|data|details|cop(?:y|ies))\b/i;

/**
 * A body a policy sentence names asking for someone's records: "got an email from a solicitor wanting a copy of a donors result for an
 * employment tribunal" where the policy says "If the police, a solicitor, an insurer or an employment tribunal asks for a result…", or
 * "Solicitors, insurers and journalists get nothing". The one policy with a sentence on that body asking, or on what it gets.
 */
export function namedAskerAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = ASKERS.filter((a) => a.told.test(question));
  if (told.length === 0 || !RECORDS_WANTED.test(question)) return undefined;
  // Of several policies with such a sentence, the one whose sentence names the most of the bodies told ("a solicitor … for an employment
  // tribunal" is the sentence on solicitors and tribunals asking, not "unions and solicitors get nothing" of callers).
  const named = (said: string) => told.filter((a) => new RegExp(String.raw`\b(?:${a.said})\b`, 'i').test(said)).length;
  const rules = (said: string) => ASKER_RULED.test(said) && named(said) > 0;
  const most = (p: Policy) => Math.max(...sentencesOf(p.text).filter(rules).map(named));
  const saying = ctx.config.policies.filter((p) => sentencesOf(p.text).some(rules));
  const best = Math.max(0, ...saying.map(most));
  return theOnly(saying.filter((p) => most(p) === best));
}

/**
 * A sentence on what a body asking for records gets: "… asks for a result, take their name", "Solicitors, insurers and journalists get
 * nothing", "Never give a parent, school or solicitor a copy of test items" (which, beside a sentence on solicitors asking for the case
 * file, leaves no one sentence to answer); not one that they ask us to do something ("Criminals pretend to be … solicitors and ask us to send rent").
 */
const ASKER_RULED = /\b(?:asks?|asking|requests?|wants?)\s+(?:us\s+)?(?:for|to see|a copy|copies)\b|\b(?:get|are told|are given)\s+nothing\b|\b(?:never|not|don['’]t|do not)\s+give\b[^.]*\bcop(?:y|ies)\b/i;

/** Whether a caller is who they say, asked: "how do I know its really her", "how can I tell it's actually him". */
const IDENTITY_DOUBTED =
  /^(?=.*\b(?:rang|rings|phoned|called|calling|emailed|messaged|on the phone|caller|wants?|wanting|asked|asking)\b)(?=.*\bhow\s+(?:do|can|would|will|should)\s+(?:i|we)\s+(?:know|tell|check|be sure|make sure|verify|confirm)\s+(?:(?:that|if)\s+)?(?:it['’]?s|its|it is|they['’]?re|she['’]?s|he['’]?s|she is|he is|they are|who)\b)/i;

/** A policy sentence on checking it is the person before anything is read out: "until you have checked it is the member, using their date of birth". */
const IDENTITY_CHECKED_SAID = /\b(?:check\w*|confirm\w*|verif\w*)\s+(?:that\s+)?(?:it is|it['’]s|they are|who)\b[^.]*\b(?:using|with|by)\b|\b(?:date of birth|security (?:question|word)|password)\b[^.]*\b(?:check\w*|confirm\w*|verif\w*|prove)\b/i;

export const identityDoubtedAnswer = toldThenSaid(IDENTITY_DOUBTED, IDENTITY_CHECKED_SAID);
