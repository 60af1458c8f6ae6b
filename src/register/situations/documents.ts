// Someone's identity papers copied, scanned or sent on: the policy's sentence on copies of that paper answers.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly } from '../quoted-policies.ts';
import { wellKnownStranger } from '../unknown.ts';

/** Identity papers, each with the words a policy sentence names it by. */
const ID_PAPERS: readonly { told: RegExp; said: string }[] = [
  { told: /\bpassports?\b/i, said: String.raw`passports?` },
  { told: /\bdbs(?:\s+(?:certificates?|certs?|checks?))?\b|\bcriminal record (?:certificates?|checks?)\b/i, said: String.raw`dbs|criminal record` },
  { told: /\bdriving licen[cs]es?\b|\bdriver['’]?s licen[cs]es?\b/i, said: String.raw`driving licen[cs]es?|driver['’]?s licen[cs]es?` },
  { told: /\bbirth certificates?\b/i, said: String.raw`birth certificates?` },
  { told: /\b(?:brps?|biometric residence permits?|visas?|share codes?)\b/i, said: String.raw`brps?|biometric residence|visas?|share codes?` },
];

/** Copying or passing the paper on, asked or told: "can i just scan it and attach it", "wants a copy of her passport", "forward it". */
const COPIED = /\b(?:scan(?:s|ned|ning)?|photocop(?:y|ied|ies|ying)|cop(?:y|ies|ied)|photo(?:graph)?(?:s|ed|ing)?|pics?|picture|forward(?:s|ed|ing)?|attach(?:es|ed|ing)?|upload(?:s|ed|ing)?|whatsapp(?:ed)?|e-?mail(?:ed)? (?:it|them|over|across|on))\b/i;

/** A question of the register, not a situation: "how long are passport scans kept", "where do the DBS copies go". */
const ASKS_REGISTER = /^\s*(?:how long|where|which|who (?:has|holds|keeps|stores))\b|\bhow long\b[^.?!]*\b(?:kept|keep|held|hold|stored)\b/i;

/** Leave asked, or a wish to do it: "can i just forward it", "ok to scan it", "wants a copy". */
const LEAVE_ASKED = /\b(?:can|could|should|shall|may)\s+(?:i|we)\b|\b(?:ok|okay|fine|alright|allowed)\s+to\b|\bwants?\s+(?:a\s+)?cop(?:y|ies)\b/i;

/** A policy sentence on copies of a paper: keeping, taking, sending or never holding one. */
const COPIES_SAID = String.raw`\b(?:cop(?:y|ies)|scans?|scanned|photocop\w+|photograph\w*|forward\w*|send|sent|receive)\b`;

/**
 * Someone's identity paper copied, scanned or sent on, asked or told: "host mum wants a copy of her au pair's passport, can i
 * just forward it from zoho?", "nanny brought her dbs certificate in, can i scan it and attach it to her record?". Whatever
 * system the story names, the rule on copies of that paper is the policy's: the one policy with a sentence on both, or of
 * several, the one titled on the paper.
 */
export function idPaperCopiedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // A tool we do not hold asked after ("can i wetransfer a passport scan to the hotel") is the tool's question.
  // Only leave asked or a copy wanted: a question about what is kept ("does thirdfort keep a copy of the passport?") is the register's.
  if (!COPIED.test(question) || !LEAVE_ASKED.test(question) || ASKS_REGISTER.test(question) || wellKnownStranger(ctx, question)) return undefined;
  const paper = ID_PAPERS.find((p) => p.told.test(question));
  if (!paper) return undefined;
  const said = new RegExp(String.raw`^(?=.*\b(?:${paper.said})\b).*${COPIES_SAID}`, 'i');
  const saying = policiesSaying(ctx, said);
  // Where more than one says it (the breach policy's "a passport scan attached where it shouldn't be"), the one titled on the paper.
  const titled = new RegExp(String.raw`\b(?:${paper.said})\b`, 'i');
  return saying.length > 1 ? theOnly(saying.filter((p) => titled.test(p.title))) : theOnly(saying);
}
