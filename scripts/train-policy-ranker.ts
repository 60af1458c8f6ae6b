// Trains the policy ranker (src/register/policy-ranker.ts) on the development questions whose answer is one of their
// firm's policies, and writes src/register/policy-ranker.json. Run: npm run train:ranker
//
// Only development questions are learned from, as for the question-kind model: the corpus and the sets already read
// (test/register/heldout/sets.ts says which). The held-out rounds, the focus sets not yet read and the reference block
// stay unseen. `npm test` fails when the JSON is not what this writes.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadConfigFile } from '../src/config/index.ts';
import { PolicyQa } from '../src/register/index.ts';
import { type Candidate, type PolicyRankerWeights, candidatesOf, trainPolicyRanker } from '../src/register/policy-ranker.ts';
import { CORPUS } from '../test/register/corpus.ts';
import { trainingFiles } from './train-question-kinds.ts';

const HELDOUT = new URL('../test/register/heldout/', import.meta.url);
const EXAMPLES = new URL('../examples/', import.meta.url);
export const RANKER_FILE = new URL('../src/register/policy-ranker.json', import.meta.url);

interface Case {
  ws: string;
  q: string;
  has: string[];
}

/** Every development question with its firm and the facts its answer must say. */
async function developmentCases(): Promise<Case[]> {
  const cases: Case[] = [...CORPUS];
  for (const file of trainingFiles()) {
    for (const exported of Object.values(await import(new URL(file, HELDOUT).href))) if (Array.isArray(exported)) cases.push(...(exported as Case[]));
  }
  return cases;
}

/**
 * Each development question answered by one of its firm's policies (the first policy id among its facts), with each of the
 * firm's policies as a candidate, as the answerer's own index reads them.
 */
export async function rankerQuestions(): Promise<{ q: string; answer: string; candidates: Candidate[]; index: number }[]> {
  const answerers = new Map<string, PolicyQa>();
  const questions = [];
  for (const c of await developmentCases()) {
    let qa = answerers.get(c.ws);
    if (!qa) answerers.set(c.ws, (qa = new PolicyQa(loadConfigFile(new URL(`${c.ws}/vigil.yaml`, EXAMPLES).pathname), { kinds: null })));
    const { policies } = qa.config;
    const index = policies.findIndex((p) => c.has.includes(p.id));
    if (index < 0) continue;
    questions.push({ q: c.q, answer: policies[index]!.id, candidates: candidatesOf(c.q, policies, qa.index.policyPassages(c.q)), index });
  }
  return questions;
}

/** sha256 of the training questions and the policies that answer them, in order. */
export function rankerFingerprint(questions: readonly { q: string; answer: string }[]): string {
  return createHash('sha256').update(questions.map((c) => `${c.answer}\t${c.q}`).join('\n')).digest('hex');
}

/** The model as written: one pair a line, so a retrained model's difference reads. */
export function rankerText(model: PolicyRankerWeights): string {
  const weights = Object.entries(model.weights).map(([p, w]) => `    ${JSON.stringify(p)}: ${w}`);
  return `{\n  "trainedOn": ${JSON.stringify(model.trainedOn)},\n  "readings": ${JSON.stringify(model.readings)},\n  "weights": {\n${weights.join(',\n')}\n  }\n}\n`;
}

/** The model the development questions make. */
export async function trainedRanker(): Promise<PolicyRankerWeights> {
  const questions = await rankerQuestions();
  return trainPolicyRanker(questions.map((c) => ({ candidates: c.candidates, answer: c.index })), rankerFingerprint(questions));
}

if (import.meta.main) {
  const model = await trainedRanker();
  writeFileSync(RANKER_FILE, rankerText(model));
  console.log(`trained on the development questions answered by a policy: ${Object.keys(model.weights).length} word pairs; wrote src/register/policy-ranker.json`);
}
