// What kind of question a text is — about one supplier's field, a list over the register, a situation
// at work, a tool we do not hold, or nothing the register or policies cover — as a logistic regression over
// its words and word pairs, learned from the development questions (scripts/train-question-kinds.ts writes
// question-kinds.json; the held-out sets are never read).
//
// Why a model here, beside the hand-written rules: the rules read a question's words against the firm's
// own register, so a stray word ("night" in a football question, a supplier's purpose word in a question
// about the car park) can carry an answer. Whether a question is about work at all is the same for every
// firm, and is learned from some 14,000 questions (written blind for ~190 firms, and the dev cases of the
// suites): the model knows a question about parking or the quiz night without knowing the firm.
//
// Logistic regression, not naive Bayes, which was tried first: naive Bayes counts each word as if the others
// did not exist, so it stays sure of a question's kind against the very questions it learned from ("who
// normally orders the stock for the shop" is off-topic by its words, but the bookshop's stock system is what
// answers it), and its probabilities sit at 0.9999 either way. Written here rather than taken from a
// package: those on npm come with a language toolkit or a tensor library for a sum of weights.
import { readFileSync } from 'node:fs';
import { shuffledPasses } from './shuffled-passes.ts';

export const QUESTION_KINDS = ['field', 'list', 'situation', 'off-topic', 'new-tool'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The model as stored: a bias and, for each feature, a weight for each kind; and what it was trained on. */
export interface QuestionKindWeights {
  kinds: readonly QuestionKind[];
  /** sha256 of the training questions and their kinds, so a test can tell a model trained on other questions. */
  trainedOn: string;
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

/** How training goes: passes over the questions, the step (AdaGrad's), L2 shrinkage, and how many questions a feature needs. */
export const TRAINING = { passes: 10, step: 0.3, shrink: 1e-6, minQuestions: 3, decimals: 3 } as const;

/** A question's features: its words, lower-cased and apostrophes dropped, and each pair of words side by side. */
export function featuresOf(text: string): string[] {
  const ws = text.toLowerCase().replace(/['’]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  const features = new Set(ws);
  for (let i = 0; i + 1 < ws.length; i++) features.add(`${ws[i]} ${ws[i + 1]}`);
  return [...features];
}

/**
 * Weights learned from questions of known kinds by stochastic gradient descent on the softmax loss, the questions taken
 * in an order shuffled by a fixed seed (so the same questions give the same model). Features met in fewer than
 * {@link TRAINING}.minQuestions questions are left out: a word seen once is learned by heart, not as a kind's.
 */
export function trainQuestionKinds(cases: readonly { q: string; kind: QuestionKind }[], trainedOn: string): QuestionKindWeights {
  const K = QUESTION_KINDS.length;
  const seen = new Map<string, number>();
  for (const c of cases) for (const f of featuresOf(c.q)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const data = cases.map((c) => ({ features: featuresOf(c.q).filter((f) => seen.get(f)! >= TRAINING.minQuestions), kind: QUESTION_KINDS.indexOf(c.kind) }));
  const bias = new Float64Array(K);
  const biasSquares = new Float64Array(K).fill(1e-8);
  const weights = new Map<string, { w: Float64Array; squares: Float64Array }>();
  const weightsOf = (f: string) => {
    let row = weights.get(f);
    if (!row) weights.set(f, (row = { w: new Float64Array(K), squares: new Float64Array(K).fill(1e-8) }));
    return row;
  };
  for (const i of shuffledPasses(data.length, TRAINING.passes)) {
    const { features, kind } = data[i]!;
    const rows = features.map(weightsOf);
    const p = softmax(bias, rows.map((r) => r.w));
    for (let k = 0; k < K; k++) {
      const g = p[k]! - (k === kind ? 1 : 0);
      biasSquares[k]! += g * g;
      bias[k]! -= (TRAINING.step * g) / Math.sqrt(biasSquares[k]!);
      for (const r of rows) {
        const gr = g + TRAINING.shrink * r.w[k]!;
        r.squares[k]! += gr * gr;
        r.w[k]! -= (TRAINING.step * gr) / Math.sqrt(r.squares[k]!);
      }
    }
  }
  const round = (x: number) => Math.round(x * 10 ** TRAINING.decimals) / 10 ** TRAINING.decimals;
  const sorted = [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { kinds: QUESTION_KINDS, trainedOn, bias: [...bias].map(round), weights: Object.fromEntries(sorted.map(([f, r]) => [f, [...r.w].map(round)])) };
}

/** Each kind's probability from the bias and the weights of the features present. */
function softmax(bias: ArrayLike<number>, rows: readonly ArrayLike<number>[]): number[] {
  const z = Array.from(bias);
  for (const w of rows) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** A model ready to weigh questions. */
export class QuestionKinds {
  private readonly model: QuestionKindWeights;

  constructor(model: QuestionKindWeights) {
    this.model = model;
  }

  /** How likely each kind is, given the question's known features (those the model never learned say nothing). */
  weigh(text: string): Record<QuestionKind, number> {
    const rows = featuresOf(text).map((f) => this.model.weights[f]).filter((w) => w !== undefined);
    const p = softmax(this.model.bias, rows);
    return Object.fromEntries(this.model.kinds.map((k, i) => [k, p[i]!])) as Record<QuestionKind, number>;
  }
}

let shipped: QuestionKinds | undefined;

/** The model trained on the development questions, read once on first use. */
export function shippedQuestionKinds(): QuestionKinds {
  shipped ??= new QuestionKinds(JSON.parse(readFileSync(new URL('./question-kinds.json', import.meta.url), 'utf8')) as QuestionKindWeights);
  return shipped;
}
