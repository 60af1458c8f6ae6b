// Trains the question-kind model (src/register/question-kinds.ts) on the development question sets and
// writes src/register/question-kinds.json. Run: npm run train:kinds
//
// Only development questions are learned from: the sets already read (test/register/heldout/sets.ts says
// which) and the dev cases of test/register's suites. The held-out rounds, the focus sets not yet read and the
// reference block stay unseen, so their scores still measure the answerer on questions nobody tuned it on.
// `npm test` fails when the JSON is not what this writes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { type QuestionKind, type QuestionKindWeights, trainQuestionKinds } from '../src/register/question-kinds.ts';
import { isDevelopmentSet } from '../test/register/heldout/sets.ts';

const HELDOUT = new URL('../test/register/heldout/', import.meta.url);
export const MODEL_FILE = new URL('../src/register/question-kinds.json', import.meta.url);
const DEVELOPMENT_KINDS = new URL('../test/register/development-kinds.json', import.meta.url);

/** The files learned from: every development set whose questions say their kind. */
export function trainingFiles(): string[] {
  return readdirSync(HELDOUT).filter(isDevelopmentSet).sort();
}

/**
 * Every development question with its kind: as its writer gave it, or, for the corpus, the early rounds written before kinds
 * were asked for and the dev cases of test/register's suites, as the rules alone answered it where that passed (frozen in
 * development-kinds.json by scripts/label-development-questions.ts). A round labelled there and held out since is left out.
 */
export async function trainingCases(): Promise<{ q: string; kind: QuestionKind }[]> {
  const labelled = JSON.parse(readFileSync(DEVELOPMENT_KINDS, 'utf8')) as { set: string; q: string; kind: QuestionKind }[];
  const cases = labelled.filter((c) => !c.set.startsWith('round') || isDevelopmentSet(`${c.set}.ts`)).map(({ q, kind }) => ({ q, kind }));
  for (const file of trainingFiles()) {
    for (const exported of Object.values(await import(new URL(file, HELDOUT).href))) {
      if (Array.isArray(exported)) cases.push(...(exported as { q: string; kind?: QuestionKind }[]).filter((c): c is { q: string; kind: QuestionKind } => c.kind !== undefined));
    }
  }
  return cases;
}

/** sha256 of the training questions and their kinds, in order: what the committed model says it was trained on. */
export function fingerprint(cases: readonly { q: string; kind: QuestionKind }[]): string {
  return createHash('sha256').update(cases.map((c) => `${c.kind}\t${c.q}`).join('\n')).digest('hex');
}

/** The model as written: one feature a line, so a retrained model's difference reads. */
export function modelText(model: QuestionKindWeights): string {
  const weights = Object.entries(model.weights).map(([f, row]) => `    ${JSON.stringify(f)}: ${JSON.stringify(row)}`);
  return `{\n  "kinds": ${JSON.stringify(model.kinds)},\n  "trainedOn": ${JSON.stringify(model.trainedOn)},\n  "bias": ${JSON.stringify(model.bias)},\n  "weights": {\n${weights.join(',\n')}\n  }\n}\n`;
}

if (import.meta.main) {
  const cases = await trainingCases();
  const model = trainQuestionKinds(cases, fingerprint(cases));
  writeFileSync(MODEL_FILE, modelText(model));
  console.log(`trained on ${cases.length} questions: ${Object.keys(model.weights).length} features; wrote src/register/question-kinds.json`);
}
