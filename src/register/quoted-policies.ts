// Policies found by their titles, keywords or sentences, and quoted whole with their citation.
import type { Policy } from '../config/schema.ts';
import { sentencesOf, wholeSentencesOf } from './policy-passages.ts';
import type { QaAnswer, QaContext } from './qa-context.ts';
import { STOPWORDS, escapeRegExp, stem, words } from './text.ts';

/** Policies (one, or two on a tie) quoted whole, cited. */
export function quoted(policies: readonly Policy[]): QaAnswer {
  return quotedParts(policies.map((policy) => ({ policy, said: policy.text })));
}

/** Each policy's title and what is quoted of it (its whole text, or the sentences that answer), cited. */
export function quotedParts(parts: readonly { policy: Policy; said: string }[]): QaAnswer {
  return {
    intent: 'policy',
    sources: parts.map(({ policy }) => `policy:${policy.id}`),
    answer: parts.map(({ policy, said }) => `${policy.title}: ${said}`).join('\n') + ` (Policy: ${parts.map(({ policy }) => policy.id).join(', ')}.)`,
  };
}

/** The firm's policies whose title alone says what the pattern does (a keyword is often a side matter of a policy on another). */
export function policiesByTitle(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => pattern.test(p.title));
}

/** The firm's policies whose title or a keyword says what the pattern does. */
export function policiesTitled(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => [p.title, ...p.keywords].some((k) => pattern.test(k)));
}

/** The firm's policies with a keyword that says what the pattern does. */
export function policiesKeyed(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => p.keywords.some((k) => pattern.test(k)));
}

/**
 * The firm's one policy the pattern names in its title, else in its title or a keyword: a title says what a policy is about,
 * where a keyword may only touch on it ("relatives" on a policy about who may change a memorial). `keep` leaves some out.
 */
export function theOneTitled(ctx: QaContext, pattern: RegExp, keep: (p: Policy) => boolean = () => true): QaAnswer | undefined {
  return theOnly(policiesByTitle(ctx, pattern).filter(keep)) ?? theOnly(policiesTitled(ctx, pattern).filter(keep));
}

/** The one policy found, quoted; none where the firm has none or two, so that no guess between them is said as the rule. */
export function theOnly(policies: readonly Policy[]): QaAnswer | undefined {
  return policies.length === 1 ? quoted(policies) : undefined;
}

/** The firm's policies an answer quotes, in the firm's order. */
export function policiesQuoted(ctx: QaContext, answer: QaAnswer): Policy[] {
  return ctx.config.policies.filter((p) => answer.sources.includes(`policy:${p.id}`));
}

/**
 * A story that breaks two rules answered by both: the answer's policies with `other` quoted before them (the rule the story is mostly
 * about) or after them (the rule beside it), unless the answer quotes it already.
 */
export function quotedWith(ctx: QaContext, answer: QaAnswer, other: Policy, place: 'before' | 'after'): QaAnswer {
  const own = policiesQuoted(ctx, answer);
  if (own.includes(other)) return answer;
  return quoted(place === 'before' ? [other, ...own] : [...own, other]);
}

/**
 * The one policy saying the first of `saids` that exactly one policy says, in order of preference: "the sentence offering a private
 * room, else the one on being overheard".
 */
export function theOnlySaying(ctx: QaContext, ...saids: readonly RegExp[]): QaAnswer | undefined {
  for (const said of saids) {
    const found = theOnly(policiesSaying(ctx, said));
    if (found) return found;
  }
  return undefined;
}

/**
 * The one policy found; of several, the one `preferred` picks where it picks exactly one ("of two policies that say wiping a
 * device, the one on getting rid of devices"); else none, as {@link theOnly}.
 */
export function theOnlyPreferring(policies: readonly Policy[], preferred: (p: Policy) => boolean): QaAnswer | undefined {
  const picked = policies.length > 1 ? policies.filter(preferred) : [];
  return theOnly(picked.length === 1 ? picked : policies);
}

/** Of the policies, the one whose keywords the question meets most (at least one), by a keyword said or begun ("insta" begins "instagram"), a tie broken as given; else none. */
export function theMostKeyed(policies: readonly Policy[], question: string, tieBroken: (p: Policy) => boolean = () => false): QaAnswer | undefined {
  const said = question.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4);
  // A keyword said as whole words ("ai" is no keyword of "said"); one word of a keyword begun ("insta" of "instagram", not "form" of "form builder").
  const met = (p: Policy) => p.keywords.filter((k) => new RegExp(String.raw`\b${escapeRegExp(k)}\b`, 'i').test(question) || (!/\s/.test(k) && said.some((w) => k.toLowerCase().startsWith(w)))).length;
  const best = Math.max(0, ...policies.map(met));
  const most = policies.filter((p) => met(p) === best && best > 0);
  return theOnlyPreferring(most, tieBroken);
}

/**
 * Whether a policy has a sentence the pattern meets that names a word of the question: one of four letters or more, stemmed, but for
 * the story's own words (the thing's place, the picture, the verb), which every such sentence shares. The question's words are read
 * once, not once a policy.
 */
export function sentenceNamesAsked(said: RegExp, question: string, named: NamedByStory): (p: Policy) => boolean {
  const asked = askedWords(question, named.storyWord, named.shortWords ? 3 : 4);
  const sentences = named.whole ? wholeSentencesOf : sentencesOf;
  return (p) => sentences(p.text).some((sentence) => said.test(sentence) && namesAsked(sentence, asked));
}

/**
 * The question's words of four letters or more (or, `shortest` 3, of three, stop-words aside: "bag", "box"), stemmed, but for those the
 * story's own pattern meets as written or stemmed.
 */
export function askedWords(question: string, storyWord: RegExp, shortest = 4): Set<string> {
  const kept = (w: string) => w.length >= shortest && !(shortest < 4 && STOPWORDS.has(w)) && !storyWord.test(w) && !storyWord.test(stem(w));
  return new Set(words(question).filter(kept).map(stem));
}

/** Whether a text names one of the question's words ({@link askedWords}). */
export function namesAsked(text: string, asked: ReadonlySet<string>): boolean {
  return words(text).some((w) => asked.has(stem(w)));
}

/** The firm's policies with a sentence that says what the pattern does. */
export function policiesSaying(ctx: QaContext, pattern: RegExp): Policy[] {
  return ctx.config.policies.filter((p) => sentencesOf(p.text).some((said) => pattern.test(said)));
}

/**
 * The same, read by whole sentences, where a semicolon parts what the rule is about from the rule ("accept only a passport, driving
 * licence or PASS card; look at it and hand it back, never photograph or copy it").
 */
export function policiesSayingWhole(ctx: QaContext, says: (sentence: string) => boolean): Policy[] {
  return ctx.config.policies.filter((p) => wholeSentencesOf(p.text).some(says));
}

/** Words of any story that say nothing of what a rule is about. */
const PLAIN_STORY_WORDS = ['never', 'them', 'they', 'this', 'that', 'with', 'from', 'what', 'just', 'okay', 'about'];

/**
 * A {@link NamedByStory.storyWord}: the plain words of any story, and `extra`, the words (or a word's pattern, "members?") of the rule's
 * own story that say nothing of what its sentence is about ("written", "short" of a count short of what is written).
 */
export function storyWords(...extra: string[]): RegExp {
  return new RegExp(`^(?:${[...PLAIN_STORY_WORDS, ...extra].join('|')})$`);
}

/** Which of several policies with the sentence answers: the one whose sentence names a word of the story, but for the story's own words. */
export interface NamedByStory {
  /** Words of the story that say nothing of what the rule is about ("never", the vehicle, the board). */
  storyWord: RegExp;
  /** Only a policy whose sentence names one answers, even where the firm has one policy with the sentence. */
  only?: boolean;
  /** Sentences read whole, a semicolon not parting them ("…; never in a household bin, and never kept at home"). */
  whole?: boolean;
  /** Words of three letters name a thing too ("bag", "box", "kit"), stop-words aside. */
  shortWords?: boolean;
}

/**
 * A story told in the question's words, answered by the firm's one policy sentence said in the policy's words; with `named`, of several
 * the one whose sentence names a word of the story (or, `only`, none but such a one).
 */
export function toldThenSaid(told: RegExp, said: RegExp, named?: NamedByStory): (ctx: QaContext, question: string) => QaAnswer | undefined {
  return (ctx, question) => {
    if (!told.test(question)) return undefined;
    const saying = named?.whole ? policiesSayingWhole(ctx, (s) => said.test(s)) : policiesSaying(ctx, said);
    if (!named) return theOnly(saying);
    const naming = sentenceNamesAsked(said, question, named);
    return named.only ? theOnly(saying.filter(naming)) : theOnlyPreferring(saying, naming);
  };
}

/** Words a story's captured thing may run on into that are no thing: "on the bands with a sharpie". */
const NOT_A_THING = /^(?:with|for|so|and|to|at|in|as|because|before|after|when|if|or|but|please|pls)$/i;

/**
 * A story that names a thing (the `told` pattern's groups: "their surnames on the bands", "the allergy form"), answered by the firm's one
 * policy sentence the `said` pattern meets that names that thing too ("Never write a surname … on a wristband"), not one on another
 * thing (party bags, a photo's caption, the loyalty card). Where the story names no thing ("fill the form in for him"), `optional` lets
 * the one sentence `said` meets answer.
 */
export function toldOfThingThenSaid(told: RegExp, said: RegExp, { optional = false } = {}): (ctx: QaContext, question: string) => QaAnswer | undefined {
  return (ctx, question) => {
    const found = told.exec(question);
    if (!found) return undefined;
    const things = found.slice(1).filter((w): w is string => !!w && !NOT_A_THING.test(w)).map((w) => w.toLowerCase().replace(/s$/, ''));
    if (!things.length) return optional ? theOnly(policiesSaying(ctx, said)) : undefined;
    // The thing as a word or a word's end: "band" names "wristband".
    const naming = new RegExp(String.raw`\w*(?:${things.map(escapeRegExp).join('|')})s?\b`, 'i');
    return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((s) => said.test(s) && naming.test(s))));
  };
}

/** A policy on losses by its title: lost or stolen things, breaches, incidents; not lost property, which is others' things found. */
export const LOSS_TITLE = /^(?!.*\blost property\b).*\b(?:lost|loss|losses|stolen|breach\w*|incidents?|missing)\b/i;

/**
 * The one policy on losses whose sentence names the thing lost as lost ("If the kit bag with the medical cards … goes missing",
 * "a notebook or folder with carers' details in it, is lost or stolen"): what to do for that loss, where one says it. A policy on
 * something else that mentions the thing ("the school contracts folder" of a backups policy) is none.
 */
export function lossPolicyNaming(ctx: QaContext, thing: string): QaAnswer | undefined {
  const name = escapeRegExp(thing.toLowerCase().replace(/s$/, ''));
  const lost = String.raw`(?:lost|stolen|missing|gone)`;
  const said = new RegExp(String.raw`\b${name}s?\b[^.]*\b${lost}\b|\b${lost}\b[^.]*\b${name}s?\b`, 'i');
  return theOnly(policiesSaying(ctx, said).filter((p) => LOSS_TITLE.test(p.title)));
}
