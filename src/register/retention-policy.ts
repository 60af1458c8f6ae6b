// The policy that says how long we keep the thing a retention question asks after, beside what the register's entries say.
import type { Policy } from '../config/schema.ts';
import { DURATION, sharesTopicWord, topicTerms } from './field-facts.ts';
import { SUPPLIER_STOP, termsOf } from './field-index.ts';
import { policyAnswer } from './policy-answer.ts';
import { wholeSentencesOf } from './policy-passages.ts';
import type { QaAnswer, QaContext, Question } from './qa-context.ts';
import { policiesByTitle, policiesKeyed, policiesQuoted, quoted, quotedParts } from './quoted-policies.ts';
import { escapeRegExp, rawWords } from './text.ts';
import { stemWord } from './thesaurus.ts';

/** A length of time asked for. */
const HOW_LONG = /\bhow long\b/i;

/** A sentence that says how long a thing is kept, not how soon something must be done ("tell Tom within 1 hour"). */
const KEEPING = /\b(?:kept|keep|keeps|retained|held|stays?|delet\w*|overwrit\w*|record(?:s|ed)? over|shredd\w*|destroy\w*|remov\w*|clear\w*|anonymis\w*|wiped?|purged?|archived?|expires?|goes after)\b/i;

/** True when a sentence of the policy gives one of the asked thing's terms a length of time it is kept for ({@link timedSentences}). */
function givesTime(ctx: QaContext, p: Policy, thing: readonly string[]): boolean {
  return timedSentences(ctx, p, thing).length > 0;
}

/**
 * The sentences of a policy that give one of the asked thing's terms a length of time it is kept for. A sentence's words count
 * stemmed one by one too: a phrase the thesaurus reads as one ("cctv footage") still says each word.
 */
function timedSentences(ctx: QaContext, p: Policy, thing: readonly string[]): string[] {
  const says = (clause: string) => new Set([...thingTerms(ctx, clause), ...rawWords(clause).map(stemWord)]);
  // The thing and its length of time in one clause: "records are kept for 6 years, but we take people off the newsletter" gives the newsletter none.
  const timedClause = (clause: string) => DURATION.test(clause) && thing.some((t) => says(clause).has(t));
  return wholeSentencesOf(p.text).filter((line) => KEEPING.test(line) && line.split(/;\s+|,?\s+(?:but|so|while|whereas)\s+/).some(timedClause));
}

/** What a text says a thing is, synonyms too ("footage" is CCTV): its topic terms and the thesaurus's groups they are in. */
function thingTerms(ctx: QaContext, text: string): string[] {
  return termsOf(text, ctx.index.thesaurus, SUPPLIER_STOP).flat().filter((x) => !x.startsWith('p:') && x !== 'c:' && (x.startsWith('~') || x.length >= 3));
}

/**
 * The policy on a retention question's own topic ("allergy notes … removed 3 months after delivery"), if one names it;
 * where another policy the question meets gives the thing its length of time and the one found does not, that one
 * ("uncollected post is kept for 30 days" in the post-room policy, not the retention schedule that only names post).
 */
export function topicPolicy(ctx: QaContext, question: string): QaAnswer | undefined {
  const found = policyAnswer(ctx, `${question} retention`);
  const named = found ? ctx.config.policies.filter((p) => found.sources.includes(`policy:${p.id}`) && sharesTopicWord(ctx.index.thesaurus, question, `${p.title} ${p.text}`)) : [];
  if (!found || named.length === 0) return undefined;
  const thing = thingTerms(ctx, question);
  if (named.some((p) => givesTime(ctx, p, thing))) return found;
  const timed = timedPolicyMet(ctx, question, thing);
  return timed ? quoted([timed.policy]) : found;
}

/** The first policy the question's words meet with a sentence that gives the thing a length of time, and those sentences. */
function timedPolicyMet(ctx: QaContext, question: string, thing: readonly string[]): { policy: Policy; said: string[] } | undefined {
  for (const { policy } of ctx.index.policiesByWords(question)) {
    const said = timedSentences(ctx, policy, thing);
    if (said.length > 0) return { policy, said };
  }
  return undefined;
}

/**
 * "How long do we hang on to the letters we never printed?" where the register is silent on the entries holding them: the policy
 * with a sentence that gives the thing asked a length of time ("Unpublished readers' letters are deleted after 3 months"), of those
 * the question's words meet; none where no sentence does.
 */
export function timedPolicy(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!HOW_LONG.test(question)) return undefined;
  const timed = timedPolicyMet(ctx, question, thingTerms(ctx, question));
  return timed ? quotedParts([{ policy: timed.policy, said: timed.said.join(' ') }]) : undefined;
}

/**
 * {@link topicPolicy}, asked of a supplier named only in everyday words, where a sentence of the policy gives a length of
 * time for the thing asked: what the question says beside those words ("enquiries" in "website enquiries", not
 * "website"), or those words where it says nothing else ("how long is cctv kept?").
 */
export function timedTopicPolicy(ctx: QaContext, q: Question): QaAnswer | undefined {
  const found = topicPolicy(ctx, q.text);
  const policies = found ? policiesQuoted(ctx, found) : [];
  const beside = q.named.reduce((text, m) => text.replace(new RegExp(`\\b${escapeRegExp(m.matched)}\\b`, 'gi'), ' '), q.text);
  const thing = topicTerms(ctx.index.thesaurus, beside).length ? thingTerms(ctx, beside) : thingTerms(ctx, q.text);
  const timed = policies.map((p) => ({ p, said: timedSentences(ctx, p, thing) })).filter((t) => t.said.length > 0);
  if (timed.length === 0) return undefined;
  // "How long…" asked, beside the entry's own period only what the policy says of the thing's time: the rest is about
  // other things (and other suppliers). A story read as retention ("just wipe it and sell it") keeps the whole policy.
  if (!HOW_LONG.test(q.text)) return found;
  return quotedParts(timed.map((t) => ({ policy: t.p, said: t.said.join(' ') })));
}

/** A policy titled as the firm's schedule of keeping: "How long we keep records", "How long records are kept", "How long the club keeps records", "What we keep and for how long", "Retention", "Keeping and deleting data" (the stories of old records read it too). */
export const RETENTION_TITLE = /\bretention\b|\bhow long we keep\b|\bhow long (?:records|files) are kept\b|\bhow long the [\w-]+ keeps\b|\bwhat we keep\b|\bkeeping (?:our |the )?records\b|\bkeeping\s+(?:[\w'’-]+\s+){1,3}?records\b(?!\s+(?:confidential|private|safe|secure|secret))|\bkeeping (?:and|&) (?:deleting|destroying|getting rid|disposing)\b/i;

/** The firm's schedules of how long it keeps things: those titled so, else those keyed "retention". */
export function retentionSchedules(ctx: QaContext): Policy[] {
  const titled = policiesByTitle(ctx, RETENTION_TITLE);
  return titled.length ? titled : policiesKeyed(ctx, /^\s*retention\s*$/i);
}
