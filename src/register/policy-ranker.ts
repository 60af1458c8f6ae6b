// Which of a firm's policies covers a situation told, as a model learned across firms: a softmax over the firm's
// policies of a score that adds the sentence index's own reading (how well each policy's best sentence met the
// question, policy-passages.ts) to learned weights of pairs of words, one from the question and one from the policy's
// title and keywords ("rang" with "callers", "wrong" with "breach", "mine" with "password"). scripts/train-policy-ranker.ts
// learns them from the development questions whose answer is a policy (the held-out sets are never read) and writes
// policy-ranker.json.
//
// Why: the sentence index scores the words a question shares with a policy, so a story told in other words than the
// policy's ("can she just use mine for the day?" of a login) meets whatever sentence shares its stray words. Which words
// of a story go with what a policy is titled for is the same in every firm, and some 3,000 situations written blind for
// ~200 firms teach it. In an experiment cross-validated by firm on the development sets (a script not kept in the tree; the
// held-out validation rounds are what bench/RESULTS.md reports), the right policy came first for 83 % of them, against 70 %
// for the best sentence alone. The model only chooses among the firm's own policies; it never writes a word.
import { readFileSync } from 'node:fs';
import { shuffledPasses } from './shuffled-passes.ts';
import type { Policy } from '../config/schema.ts';
import type { PassageMatch } from './policy-passages.ts';
import { STOPWORDS, words } from './text.ts';

/** The model as stored: the weights of the sentence index's readings, each word pair's weight, and what it was trained on. */
export interface PolicyRankerWeights {
  /** sha256 of the training questions and the policies they were answered by. */
  trainedOn: string;
  /** One weight for each of {@link readingsOf}'s values. */
  readings: readonly number[];
  weights: Readonly<Record<string, number>>;
}

/**
 * How training goes: passes, the step (AdaGrad's), how many questions a pair needs, and the weights' rounding. A pair whose
 * weight ends smaller than 0.3 (about one step's worth: the training met it too seldom to say much) is left out: in the
 * sixty-third round, cross-validated by firm on 6,238 development questions (a script not kept), that put the right policy first
 * for 81.0 % against 80.7 % when keeping every pair down to 0.05, with a model a third smaller; the held-out counts did not move.
 */
export const RANKER_TRAINING = { passes: 8, step: 0.3, minQuestions: 5, decimals: 2, smallest: 0.3 } as const;

/** A question and one policy as features: the pairs of their words, and the sentence index's reading of the policy. */
export interface Candidate {
  pairs: string[];
  readings: number[];
}

/** The words of a text that say something: folded, not stop-words, longer than two letters, each once. */
function contentWords(text: string): string[] {
  return [...new Set(words(text).filter((w) => w.length > 2 && !STOPWORDS.has(w)))];
}

/**
 * The sentence index's reading of one policy against the question: its best sentence's score as a share of the best
 * policy's, whether it came first or second, and how many of the question's words its title and keywords and its
 * sentence met (capped, as a share).
 */
function readingsOf(match: PassageMatch | undefined, rank: number, best: number): number[] {
  if (!match) return [0, 0, 0, 0, 0];
  return [match.score / best, rank === 0 ? 1 : 0, rank === 1 ? 1 : 0, Math.min(match.about, 3) / 3, Math.min(match.strong, 5) / 5];
}

/**
 * How many of the sentence index's first policies are also read by their best sentence's words. In the seventy-fourth round,
 * cross-validated by firm (five folds of the 8,504 development questions answered by a policy; a script not kept), these pairs put
 * the right policy first for 80.6 % against 79.5 % without them (pairs with every sentence of every policy: 79.5 %).
 */
const SENTENCE_PAIRED = 3;

/**
 * Each of the firm's policies as a candidate for the question, given the sentence index's ranking of them: pairs of the question's
 * words with the policy's title and keywords, and, for the index's first three, with the words of its best sentence beyond them
 * ("sharpie" with "write", "skip" with "shredding"), which say what a story is about where the title is general.
 */
export function candidatesOf(question: string, policies: readonly Policy[], ranked: readonly PassageMatch[]): Candidate[] {
  const asked = contentWords(question);
  const best = ranked[0]?.score || 1;
  return policies.map((policy) => {
    const head = contentWords(`${policy.title} ${policy.keywords.join(' ')}`);
    const pairs = asked.flatMap((w) => head.map((t) => `${w}|${t}`));
    // A word said in both, whatever it is: the one pair every firm's words share.
    if (asked.some((w) => head.includes(w))) pairs.push('=');
    const rank = ranked.findIndex((m) => m.policy.id === policy.id);
    if (rank >= 0 && rank < SENTENCE_PAIRED) {
      const said = contentWords(ranked[rank]!.passage).filter((t) => !head.includes(t));
      pairs.push(...asked.flatMap((w) => said.map((t) => `${w}~${t}`)));
    }
    return { pairs, readings: readingsOf(ranked[rank], rank, best) };
  });
}

/** Each candidate's probability under the weights given. */
function probabilities(candidates: readonly Candidate[], weightOf: (pair: string) => number, readings: ArrayLike<number>): number[] {
  const z = candidates.map((c) => c.pairs.reduce((sum, p) => sum + weightOf(p), 0) + c.readings.reduce((sum, x, i) => sum + x * readings[i]!, 0));
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

/**
 * Weights learned by stochastic gradient descent on the softmax loss over each question's candidates, the questions taken
 * in an order shuffled by a fixed seed (the same questions give the same model). A pair met in fewer than
 * {@link RANKER_TRAINING}.minQuestions questions is left out, and so is a weight too small to matter.
 */
export function trainPolicyRanker(questions: readonly { candidates: Candidate[]; answer: number }[], trainedOn: string): PolicyRankerWeights {
  const seen = new Map<string, number>();
  for (const q of questions) for (const p of new Set(q.candidates.flatMap((c) => c.pairs))) seen.set(p, (seen.get(p) ?? 0) + 1);
  // Each pair kept as a number, so that the passes add up arrays rather than look up strings.
  const pairs = [...seen].filter(([, n]) => n >= RANKER_TRAINING.minQuestions).map(([p]) => p).sort();
  const number = new Map(pairs.map((p, i) => [p, i]));
  const data = questions.map((q) => ({
    answer: q.answer,
    candidates: q.candidates.map((c) => ({ pairs: Int32Array.from(c.pairs.flatMap((p) => number.get(p) ?? [])), readings: c.readings })),
  }));
  const weights = new Float64Array(pairs.length);
  const squares = new Float64Array(pairs.length).fill(1e-8);
  const readings = new Float64Array(5);
  const readingSquares = new Float64Array(5).fill(1e-8);
  for (const i of shuffledPasses(data.length, RANKER_TRAINING.passes)) {
    const { candidates, answer } = data[i]!;
    const z = candidates.map((c) => c.pairs.reduce((sum, p) => sum + weights[p]!, 0) + c.readings.reduce((sum, x, r) => sum + x * readings[r]!, 0));
    const top = Math.max(...z);
    const e = z.map((x) => Math.exp(x - top));
    const total = e.reduce((a, b) => a + b, 0);
    candidates.forEach((c, k) => {
      const g = e[k]! / total - (k === answer ? 1 : 0);
      if (Math.abs(g) < 1e-9) return;
      for (const p of c.pairs) {
        squares[p]! += g * g;
        weights[p]! -= (RANKER_TRAINING.step * g) / Math.sqrt(squares[p]!);
      }
      c.readings.forEach((x, r) => {
        const gr = g * x;
        readingSquares[r]! += gr * gr;
        readings[r]! -= (RANKER_TRAINING.step * gr) / Math.sqrt(readingSquares[r]!);
      });
    });
  }
  const round = (x: number) => Math.round(x * 10 ** RANKER_TRAINING.decimals) / 10 ** RANKER_TRAINING.decimals;
  const kept = pairs.flatMap((p, i) => (Math.abs(weights[i]!) >= RANKER_TRAINING.smallest ? [[p, round(weights[i]!)] as const] : []));
  return { trainedOn, readings: [...readings].map(round), weights: Object.fromEntries(kept) };
}

/** A model ready to rank a firm's policies for a question. */
export class PolicyRanker {
  private readonly model: PolicyRankerWeights;

  constructor(model: PolicyRankerWeights) {
    this.model = model;
  }

  /** The policy most likely to cover the question and how likely, given the sentence index's ranking; none for a firm with none. */
  best(question: string, policies: readonly Policy[], ranked: readonly PassageMatch[]): { policy: Policy; probability: number } | undefined {
    if (policies.length === 0) return undefined;
    const p = probabilities(candidatesOf(question, policies, ranked), (pair) => this.model.weights[pair] ?? 0, this.model.readings);
    const top = p.indexOf(Math.max(...p));
    return { policy: policies[top]!, probability: p[top]! };
  }
}

let shipped: PolicyRanker | undefined;

/** The model trained on the development questions, read once on first use. */
export function shippedPolicyRanker(): PolicyRanker {
  shipped ??= new PolicyRanker(JSON.parse(readFileSync(new URL('./policy-ranker.json', import.meta.url), 'utf8')) as PolicyRankerWeights);
  return shipped;
}
