// Out-of-fold score of the answerer on the development sets: the way to weigh a change that touches the models or their guards
// without reading a held-out set. Run: npm run bench:qa-cv [-- --failures FILE]
//
// Both models (the question kinds and the policy ranker) are trained on the development sets, so scoring the answerer on those sets
// overstates what the models do for a firm nobody has seen. Here the development firms are split into five folds; for each, both
// models are trained without the fold's firms and the fold's questions (those that say their kind) are answered with them. A change to
// a guard is weighed by running this before and after it: the rules were tuned on these questions, so the count itself overstates,
// but the difference between two runs is the models' part. `--failures FILE` writes the questions failed, one a line, to compare runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfigFile } from '../src/config/index.ts';
import { PolicyQa } from '../src/register/index.ts';
import { PolicyRanker, candidatesOf, trainPolicyRanker } from '../src/register/policy-ranker.ts';
import { type QuestionKind, QuestionKinds, trainQuestionKinds } from '../src/register/question-kinds.ts';
import { trainingFiles } from '../scripts/train-question-kinds.ts';
import { CORPUS } from '../test/register/corpus.ts';
import { isDevelopmentSet } from '../test/register/heldout/sets.ts';

interface Case {
  ws: string;
  q: string;
  has: string[];
  not?: string[];
  kind?: QuestionKind;
}

const HELDOUT = new URL('../test/register/heldout/', import.meta.url);
const EXAMPLES = new URL('../examples/', import.meta.url);
const FOLDS = 5;

const cases: Case[] = [];
for (const file of trainingFiles()) {
  for (const exported of Object.values(await import(new URL(file, HELDOUT).href))) if (Array.isArray(exported)) cases.push(...(exported as Case[]));
}
/** A firm's fold, by a hash of its folder's name: every question of a firm in one fold. */
const foldOf = (ws: string) => [...ws].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 0) % FOLDS;
/** The questions labelled with their kind outside the sets (the corpus, the early rounds), as the kinds' trainer reads them. */
const labelled = (JSON.parse(readFileSync(new URL('../test/register/development-kinds.json', import.meta.url), 'utf8')) as { set: string; q: string; kind: QuestionKind }[]).filter(
  (c) => !c.set.startsWith('round') || isDevelopmentSet(`${c.set}.ts`),
);

const configs = new Map<string, ReturnType<typeof loadConfigFile>>();
const configOf = (ws: string) => configs.get(ws) ?? configs.set(ws, loadConfigFile(new URL(`${ws}/vigil.yaml`, EXAMPLES).pathname)).get(ws)!;
const plain = new Map<string, PolicyQa>();
const plainQa = (ws: string) => plain.get(ws) ?? plain.set(ws, new PolicyQa(configOf(ws), { kinds: null })).get(ws)!;

const args = process.argv.slice(2);
const failuresFile = args.includes('--failures') ? args[args.indexOf('--failures') + 1] : undefined;
let passed = 0;
let asked = 0;
const failures: string[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const testing = cases.filter((c) => foldOf(c.ws) === fold);
  const tested = new Set(testing.map((c) => c.q));
  const kindCases = [...labelled.filter((c) => !tested.has(c.q)), ...cases.filter((c) => foldOf(c.ws) !== fold && c.kind)].map(({ q, kind }) => ({ q, kind: kind! }));
  const kinds = new QuestionKinds(trainQuestionKinds(kindCases, `fold ${fold}`));
  const rankerCases = [];
  for (const c of [...(CORPUS as Case[]), ...cases].filter((x) => foldOf(x.ws) !== fold)) {
    const qa = plainQa(c.ws);
    const answer = qa.config.policies.findIndex((p) => c.has.includes(p.id));
    if (answer >= 0) rankerCases.push({ candidates: candidatesOf(c.q, qa.config.policies, qa.index.policyPassages(c.q)), answer });
  }
  const ranker = new PolicyRanker(trainPolicyRanker(rankerCases, `fold ${fold}`));
  const answerers = new Map<string, PolicyQa>();
  for (const c of testing.filter((x) => x.kind)) {
    const qa = answerers.get(c.ws) ?? answerers.set(c.ws, new PolicyQa(configOf(c.ws), { kinds, ranker })).get(c.ws)!;
    const answer = qa.ask(c.q).answer;
    const right = c.has.every((fact) => answer.toLowerCase().includes(fact.toLowerCase())) && !(c.not ?? []).some((fact) => answer.includes(fact));
    asked++;
    if (right) passed++;
    else failures.push(`[${c.ws}] ${c.q}`);
  }
  console.log(`fold ${fold}: trained on ${kindCases.length} kinds and ${rankerCases.length} policy answers`);
}
console.log(`out of fold: ${passed} / ${asked} (${((passed / asked) * 100).toFixed(1)} %)`);
if (failuresFile) writeFileSync(failuresFile, `${failures.sort().join('\n')}\n`);
