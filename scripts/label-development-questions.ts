// Writes test/register/development-kinds.json: the kind of each development question that does not say its own —
// the corpus, the early rounds (written before questions said their kind) and the dev cases of test/register's
// suites — as the rules alone answered it where that answer passed the case: "don't know" is off-topic, "not in the
// register" a tool we do not hold, a policy's answer a situation, a list a list, any other a supplier's field.
// Run once to freeze the labels the question-kind model also learns from (scripts/train-question-kinds.ts): the
// labels stay as they were when the rules change. A case the rules alone fail is left unlabelled.
// Run: node scripts/label-development-questions.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadConfigFile } from '../src/config/index.ts';
import { PolicyQa } from '../src/register/index.ts';
import type { QaAnswer } from '../src/register/answer.ts';
import type { QuestionKind } from '../src/register/question-kinds.ts';
import { CORPUS } from '../test/register/corpus.ts';
import { isDevelopmentSet } from '../test/register/heldout/sets.ts';
import type { HeldOutCase } from '../test/register/heldout/types.ts';

const HELDOUT = new URL('../test/register/heldout/', import.meta.url);
const EXAMPLES = new URL('../examples/', import.meta.url);
const DEVELOPMENT_KINDS = new URL('../test/register/development-kinds.json', import.meta.url);
const SUITES = new URL('../test/register/', import.meta.url);

/**
 * The dev cases of test/register's suites: each `{ firm: 'key', q: '…', has: […], not: […] }` on the example firm its file's
 * `exampleFirms({ key: 'folder' })` names. Read from the source, since the suites run only under the test runner.
 */
function suiteCases(file: string): HeldOutCase[] {
  const text = readFileSync(new URL(file, SUITES), 'utf8');
  const map = /exampleFirms\(\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const folders = new Map([...map.matchAll(/(\w+): '([a-z0-9-]+)'/g)].map((m) => [m[1]!, m[2]!]));
  const literal = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`;
  // A fact may be a constant of the file ("DONT_KNOW"), read from its declaration.
  const constants = new Map([...text.matchAll(new RegExp(String.raw`const ([A-Z_]+) = (${literal});`, 'g'))].map((m) => [m[1]!, unquote(m[2]!)]));
  const item = String.raw`${literal}|[A-Z_]+`;
  const list = String.raw`\[(?:\s*(?:${item})\s*,?)*\s*\]`;
  const shape = new RegExp(String.raw`\{ firm: '(\w+)', q: (${literal}), has: (${list})(?:, not: (${list}))?`, 'g');
  const facts = (source: string) => [...source.matchAll(new RegExp(item, 'g'))].map((m) => (/^[A-Z_]+$/.test(m[0]) ? constants.get(m[0]) : unquote(m[0])));
  return [...text.matchAll(shape)].flatMap((m) => {
    const ws = folders.get(m[1]!);
    const has = facts(m[3]!);
    const not = m[4] ? facts(m[4]) : [];
    if (!ws || [...has, ...not].some((f) => f === undefined)) return [];
    return [{ ws, q: unquote(m[2]!), has: has as string[], ...(m[4] && { not: not as string[] }) }];
  });
}

/** A quoted string of the suites' source as its text: the quotes taken off and each escape read. */
function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** The kind the rules alone took a question for, by the answer they gave. */
function kindAnswered(answer: QaAnswer): QuestionKind {
  if (answer.intent === 'unknown') return 'off-topic';
  if (answer.intent === 'unknown-supplier') return 'new-tool';
  if (answer.intent === 'policy') return 'situation';
  return answer.intent === 'list-suppliers' ? 'list' : 'field';
}

const passes = (c: HeldOutCase, answer: string) => c.has.every((f) => answer.toLowerCase().includes(f.toLowerCase())) && !(c.not ?? []).some((f) => answer.includes(f));

const answerers = new Map<string, PolicyQa>();
const labelled: { set: string; q: string; kind: QuestionKind }[] = [];
const sets: [string, HeldOutCase[]][] = [['corpus', CORPUS]];
for (const file of readdirSync(HELDOUT).filter(isDevelopmentSet).sort()) {
  const cases = Object.values(await import(new URL(file, HELDOUT).href)).filter(Array.isArray).flat() as (HeldOutCase & { kind?: string })[];
  if (cases.length && cases.every((c) => c.kind === undefined)) sets.push([file.replace(/\.ts$/, ''), cases]);
}
// The model's own suite is left out: its questions test the model.
for (const file of readdirSync(SUITES).filter((f) => f.endsWith('.test.ts') && f !== 'question-kinds.test.ts').sort()) {
  const cases = suiteCases(file);
  if (cases.length) sets.push([file.replace(/\.test\.ts$/, ''), cases]);
}
for (const [set, cases] of sets) {
  for (const c of cases) {
    let qa = answerers.get(c.ws);
    if (!qa) answerers.set(c.ws, (qa = new PolicyQa(loadConfigFile(new URL(`${c.ws}/vigil.yaml`, EXAMPLES).pathname), { kinds: null })));
    const answer = qa.ask(c.q);
    if (passes(c, answer.answer)) labelled.push({ set, q: c.q, kind: kindAnswered(answer) });
  }
}
writeFileSync(DEVELOPMENT_KINDS, `[\n${labelled.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`);
console.log(`labelled ${labelled.length} questions of ${sets.length} sets`);
