// A complaint told in staff's own words, with no "complaint" said: "a mum had a right go at me this morning saying im too slow", "the
// head rang in moaning about the patrol on castle st". The firm's one policy on complaints answers; abuse or threats told are not a
// complaint but aggression, which other policies rule on.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { theOneTitled, toldThenSaid } from '../quoted-policies.ts';

/**
 * Someone unhappy with us, told: "had a right go at me", "rang in moaning about", "moaning about our …" (not about the weather), "kicked off at
 * me about the price", "came up shouting … and wants to complain".
 */
const COMPLAINT_TOLD =
  /\b(?:had|having|has|have)\s+a\s+(?:right\s+|real\s+|proper\s+|bit of a\s+|massive\s+)?go\s+at\s+(?:me|us|one of (?:us|our \w+))\b|\b(?:rang|phoned|called|came|come|emailed|messaged)\s+(?:in\s+|up\s+|round\s+)?(?:moaning|complaining|to (?:moan|complain))\b|\bmoaning\s+(?:about|at)\s+(?:me|us|our)\b|\bkick(?:ed|ing)\s+off\s+at\s+(?:me|us)\s+(?:about|over)\b|\b(?:wants?|wanted|wanting|going)\s+to\s+(?:complain|make a complaint|put in a complaint|lodge a complaint)\b/i;

/** Abuse or threats told: aggression, not a complaint. */
const ABUSE_TOLD = /\b(?:swore|swearing|effing|threat\w*|hit|punch\w*|spat|pushed|shoved|violent|abus\w+|aggressive|police)\b/i;

const COMPLAINTS_TITLE = /\bcomplaints?\b/i;

export function complaintToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return COMPLAINT_TOLD.test(question) && !ABUSE_TOLD.test(question) ? theOneTitled(ctx, COMPLAINTS_TITLE) : undefined;
}

/**
 * Whether it is too late to complain, asked: "it's been about 10 days now, can we still complain?", "is it too late to put in a complaint",
 * "how long have we got to complain".
 */
const COMPLAINT_TIME_ASKED =
  /\b(?:can|could)\s+(?:we|i|they|he|she)\s+still\s+(?:complain|put in a complaint|make a complaint|report it)\b|\btoo\s+late\s+to\s+(?:complain|put in a complaint|make a complaint)\b|\bhow\s+long\s+(?:have|do)\s+(?:we|i|they)\s+(?:got\s+|have\s+)?to\s+(?:complain|put in a complaint|make a complaint)\b/i;

/** A policy sentence on the time a complaint is made in: "Complaints about conduct … are made in writing to Lorraine within 7 days of the match". */
const COMPLAINT_WITHIN_SAID = /\bcomplain\w*\b[^.]*\bwithin\s+(?:\d+|one|two|three|five|seven|ten|fourteen|twenty-eight)\s+(?:working\s+)?(?:days?|weeks?|months?)\b/i;

export const complaintTimeAskedAnswer = toldThenSaid(COMPLAINT_TIME_ASKED, COMPLAINT_WITHIN_SAID);
