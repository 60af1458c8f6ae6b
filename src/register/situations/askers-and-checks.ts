// Who is asking, and how we know: a body a policy sentence names (a solicitor, a tribunal, an insurer) asking for someone's records, and a
// caller who may not be who they say. The one policy sentence that rules on it answers, found by what it says, never by a firm's policy
// id. Read in the seventy-first round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import type { Policy } from '../../config/schema.ts';
import { sentencesOf, wholeSentencesOf } from '../policy-passages.ts';
import { policiesByTitle, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';

/** Bodies outside the person and the firm that ask for records, each as a story and a policy sentence name it; not our own (they act for us). */
const ASKERS: readonly { told: RegExp; said: string }[] = [
  { told: /(?<!\b(?:our|my|the firm['’]s|the practice['’]s)\s+)\b(?:solicitors?|lawyers?|law firm)\b/i, said: String.raw`solicitors?|lawyers?` },
  { told: /\btribunals?\b/i, said: String.raw`tribunals?` },
  { told: /\bcourts?\b(?!\s*(?:yard|case|shoes))/i, said: String.raw`courts?` },
  { told: /(?<!\b(?:our|my|the firm['’]s|the practice['’]s)\s+)\b(?:insurers?|insurance (?:company|firm))\b/i, said: String.raw`insurers?|insurance compan(?:y|ies)` },
];

/** Records or copies asked for: "wanting a copy of a donor's result", "wants copies of the pics of the flat". */
const RECORDS_WANTED =
  /\b(?:asking|asked|asks|wants?|wanting|wanted|requesting|requested|request|after)\s+(?:(?:us|me)\s+)?(?:for\s+)?(?:(?:a\s+)?cop(?:y|ies)\s+of\s+|to see\s+)?(?:[\w'’-]+\s+){0,5}?(?:results?|records?|notes|files?|reports?|forms?|footage|photos?|pics?|pictures?|statements?|data)\b/i;

/**
 * A body a policy sentence names asking for someone's records: "got an email from a solicitor wanting a copy of a donors result for an
 * employment tribunal" where the policy says "If the police, a solicitor, an insurer or an employment tribunal asks for a result…", or
 * "Solicitors, insurers and journalists get nothing". The one policy with a sentence on that body asking, or on what it gets.
 */
export function namedAskerAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = ASKERS.filter((a) => a.told.test(question));
  if (told.length === 0 || !RECORDS_WANTED.test(question) || OUR_OWN_RECORDS.test(question)) return undefined;
  // A sentence on footage rules on footage asked for, not on other records.
  const footageAsked = FOOTAGE.test(question);
  // Of several policies with such a sentence, the one whose sentence names the most of the bodies told ("a solicitor … for an employment
  // tribunal" is the sentence on solicitors and tribunals asking, not "unions and solicitors get nothing" of callers), then the one titled on them.
  const ruledOn = told.map((a) => new RegExp(String.raw`\b(?:${a.said})\b[^.]{0,80}?(?:${ASKER_RULED.source})`, 'i'));
  const named = (said: string) => ruledOn.filter((pattern) => pattern.test(said)).length;
  // The parts of each whole sentence, but not those of a sentence on footage (its semicolon may part the footage from the rule).
  const parts = (p: Policy) => wholeSentencesOf(p.text).filter((whole) => footageAsked || !FOOTAGE.test(whole)).flatMap(sentencesOf);
  // Each policy read once: the most bodies one of its sentences rules on.
  const scored = ctx.config.policies.map((p) => ({ p, most: Math.max(0, ...parts(p).map(named)) })).filter((x) => x.most > 0);
  const best = Math.max(0, ...scored.map((x) => x.most));
  const titled = new RegExp(String.raw`\b(?:${told.map((a) => a.said).join('|')}|police|legal|requests?)\b`, 'i');
  // Where no sentence rules on the body, the one policy titled on it ("Requests from police or solicitors"), read in the eighty-ninth round.
  const titledOnBody = new RegExp(String.raw`\b(?:${told.map((a) => a.said).join('|')})\b`, 'i');
  return scored.length ? theOnlyPreferring(scored.filter((x) => x.most === best).map((x) => x.p), (p) => titled.test(p.title)) : theOnly(policiesByTitle(ctx, titledOnBody));
}

/** Records of our own asked for ("the insurer wants our MOT records for the van fleet"): no one's data. */
const OUR_OWN_RECORDS = /\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:records?|files?|reports?|data|details|paperwork|certificates?)\b/i;

/** Footage or camera recordings, asked for or ruled on. */
const FOOTAGE = /\b(?:footage|cctv|dash ?cam\w*|body ?cam\w*|video\w*|camera)\b/i;

/**
 * A sentence on what a body asking for records gets: "… asks for a result, take their name", "Solicitors, insurers and journalists get
 * nothing", "Never give a parent, school or solicitor a copy of test items", each said after the body it rules on; not one that they ask us to do something ("Criminals pretend to be … solicitors and ask us to send rent").
 */
const ASKER_RULED = /\b(?:asks?|asking|requests?|wants?)\s+(?:us\s+)?(?:for|to see|a copy|copies)\b|\b(?:get|are told|are given)\s+nothing\b|\ba\s+copy\s+of\b/i;

/** Whether a caller is who they say, asked: "how do I know its really her", "how can I tell it's actually him", "got an email from a gmail saying it's dr ellis … how do i know it's really him". */
const IDENTITY_DOUBTED =
  /^(?=.*\b(?:rang|rings|phoned|called|calling|on the phone|caller|messaged|emailed|an email from|turned up)\b)(?=.*\bhow\s+(?:do|can|would|will|should)\s+(?:i|we)\s+(?:know|tell|check|be sure|make sure|verify|confirm)\s+(?:(?:that|if)\s+)?(?:(?:it['’]?s|its|it is)\s+(?:really\s+|actually\s+)?(?:her|him|them|the (?:member|client|customer|patient|donor|tenant|parent))\b|(?:she|he|they)['’]?(?:s|re| is| are)\s+(?:really\s+)?who\s+(?:she|he|they)\s+says?|(?:she|he|they)['’]?(?:s|re| is| are)\s+(?:really\s+)?allowed|the\s+caller\s+is\s+(?:really\s+|actually\s+)?(?:the\s+)?(?:member|client|customer|patient|donor|tenant|parent))|.*\bhow\s+(?:do|can|would|will|should)\s+(?:i|we)\s+(?:verify|check|confirm)\s+who\s+(?:she|he|they)\s+(?:really\s+)?(?:is|are))/i;

/** A policy sentence on checking it is the person before anything is told or read out to a caller. */
const IDENTITY_CHECKED_SAID = /^(?=.*\b(?:call\w*|phone\w*|rings?|rang|read\w*\s+(?:out|back)|over the phone|caller)\b)(?:.*\b(?:check\w*|confirm\w*|verif\w*)\s+(?:that\s+)?(?:it is|it['’]s|they are|who|the person['’]s identity|their identity)\b[^.]*\b(?:using|with|by)\b|.*\b(?:date of birth|security (?:question|word)|password)\b[^.]*\b(?:check\w*|confirm\w*|verif\w*|prove)\b)/i;

export const identityDoubtedAnswer = toldThenSaid(IDENTITY_DOUBTED, IDENTITY_CHECKED_SAID);
