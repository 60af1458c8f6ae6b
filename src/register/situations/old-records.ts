// A record made for someone years ago, asked whether we still have it: how long we keep things answers, not a request's policy.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, theOnly } from '../quoted-policies.ts';

/**
 * Whether we still hold a record: "would we still have it", "do we still keep their notes", "or is it long gone"; not "do we
 * still have lessons in 2027", which asks after no record.
 */
const STILL_HELD_ASKED = /\b(?:would|do|will|did|should|have|could)\s+we\s+still\s+(?:have|hold|keep|got|be keeping)\s+(?:it|them|that|those|this|these|a copy|copies|(?:the|their|her|his|its|any)\s+(?:[\w'’-]+\s+){0,3}?(?:records?|notes|files?|paperwork|certs?|certificates?|reports?|cop(?:y|ies)|invoices?|receipts?|quotes?|proofs?|photos?|pictures?|details|data|info|artwork|measurements|drawings?|forms?|documents?|docs|diar(?:y|ies)))\b|\bstill\s+(?:have|got|hold|keep)\s+(?:it|them|that|those|a copy|the|any)\b|\blong gone\b|\bbeen\s+(?:deleted|binned|shredded|destroyed|got rid of)\s+by now\b/i;

/** The thing told as made or held long ago: "in 2018", "five years ago", "years back", "ages ago". */
const LONG_AGO = /\b(?:19|20)\d\d\b|\b(?:\d+|a few|a couple of|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|yrs)\s+(?:ago|back)\b|\b(?:years|ages)\s+(?:ago|back)\b/i;

/** A policy on keeping records, by its title: "How long we keep things", "Keeping and destroying records", "Record retention". */
const RETENTION_POLICY = /\bhow long we keep\b|\bkeeping and (?:deleting|destroying|getting rid)\b|\bretention\b/i;

/**
 * Something made or held long ago, asked whether we still have it: "someone wants a copy of the eicr we did for them in 2018,
 * would we still have it?". The copy asked for is no request for one's own data: whether it still exists is the retention rule.
 */
export function oldRecordStillHeldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STILL_HELD_ASKED.test(question) || !LONG_AGO.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, RETENTION_POLICY));
}
