// Another company put forward for a job one of ours does: "phits insoles, can we order through their portal?", "royal mail
// click and drop for the club boxes, its cheaper than the courier". The question names a company, not a thing of ours: by
// "their" portal, or by weighing it against the supplier we use for the job. Its name may be any words, so the signal is
// where it sits and what is said of it, and the name is one no supplier of ours has.
import { isEnglishWord } from './english-words.ts';
import type { QaContext, Question } from './qa-context.ts';
import { supplierCalled } from './supplier-called.ts';
import { STOPWORDS } from './text.ts';
import { holdsNamed, leaveAsked, unlistedEveryday } from './unknown.ts';
import { everydayThing, firmsWord } from './word-named-tools.ts';

/** A company's own place to order or sign in, said as theirs: "through their portal", "on their app", "their website". */
const THEIR_PLACE = /\btheir (?:portal|app|website|site|system|platform|online shop|shop|account)\b/;

/**
 * "Phits insoles, can we order through their portal?": leave asked to deal through a company's own place, the company named
 * before it by a word no English list has and none of the firm's (a slip for an English word too: a name is often one).
 */
function throughTheirPlace(ctx: QaContext, text: string): string | undefined {
  const place = THEIR_PLACE.exec(text);
  if (!place || !leaveAsked(text)) return undefined;
  const before = text.slice(0, place.index).split(/[^a-z0-9]+/).filter(Boolean);
  return before.find((w) => w.length >= 4 && !isEnglishWord(w) && !STOPWORDS.has(w) && !unlistedEveryday(w) && !firmsWord(ctx, w) && !holdsNamed(ctx, w));
}

/**
 * "Royal mail click and drop for the club boxes, its cheaper than the courier": a bare phrase at the head (no article or
 * possessive before it, as a thing of ours has) put to a job, then weighed cheaper or better than the one we use.
 */
const WEIGHED_HEAD = /^((?!(?:the|a|an|my|our|your|their|his|her|some|any|this|that|these|those|it|we|i|you|they)\b)[a-z]+(?: [a-z]+){1,4}?) for (?:the |our |all )?[a-z ]{2,40}?[,;.]\s*(?:its|it is|thats|that is|theyre|they are|would be|its way|its much)(?: (?:way|much|a lot|so|loads|far))? (?:cheaper|better|easier|quicker|faster|simpler) than ((?:the|our|what)\b.*)$/;

/** What we use, said instead of its name: "than what we use", "than what weve got". */
const WHAT_WE_USE = /^what (?:we|weve|we have) (?:use|got|have|pay)\b/;

/** Words said of a thing, never a name's: comparatives and superlatives ("bigger", "cheapest"), and "new", "other", "second". */
const DESCRIBING = /^(?:[a-z]+(?:er|est)|new|old|other|another|second|extra|more|less|same|different|own|proper|normal|usual|local|free)$/;

/** Whether the words after "than" open on a supplier of ours by its name or alias: "the courier", "dpd", "our payroll software". */
function namesOurs(ctx: QaContext, said: string): boolean {
  const [first, ...rest] = said.replace(/^(?:the|our) /, '').split(' ');
  return [1, 2, 3].some((k) => supplierCalled(ctx, [first, ...rest].slice(0, k).join(' '), { dropThe: true }));
}

/** The head phrase weighed against ours ({@link WEIGHED_HEAD}), when two of its words are none of the firm's and none says what a thing is like. */
function weighedHead(ctx: QaContext, text: string): string | undefined {
  const found = WEIGHED_HEAD.exec(text);
  const phrase = found?.[1];
  // Weighed against a supplier of ours, by its name or alias, or against what we use ("cheaper than the almond" is a thing).
  if (!found || !phrase || !(WHAT_WE_USE.test(found[2]!) || namesOurs(ctx, found[2]!))) return undefined;
  const said = phrase.split(' ');
  // A name is said once: a plural last word is things ("bigger boxes"); an everyday way ("second class post") is no company.
  if (said.some((w) => DESCRIBING.test(w) || everydayThing(w)) || /[^s]s$/.test(said.at(-1)!)) return undefined;
  const strange = said.filter((w) => !STOPWORDS.has(w) && !firmsWord(ctx, w));
  // Not one of ours, by the phrase ("the courier") or by one of its words alone ("dpd").
  return strange.length >= 2 && !supplierCalled(ctx, phrase, { dropThe: true, byAWord: true }) ? phrase : undefined;
}

/** Another company put forward for a job of ours ({@link throughTheirPlace}, {@link weighedHead}), as typed in lower case. */
export function rivalProduct(ctx: QaContext, q: Question): string | undefined {
  const text = q.text.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
  return throughTheirPlace(ctx, text) ?? weighedHead(ctx, text);
}
