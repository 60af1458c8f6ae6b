// Scores of the question sets written blind for firms nobody tuned on. Run: npm run bench:qa-heldout
//
// Each file test/register/heldout/roundN.ts was written by someone who had read only the README, the
// schema, one example firm and the case format (never src/register), and frozen before it was first
// scored. A round is scored once, as held out, at the end of a tuning round; after that its failures
// are read and tuned on, so it becomes a development set. Each file's first line says when it was
// scored; bench/RESULTS.md has the figures. `LAST_READ` (in test/register/heldout/sets.ts) is the last round whose failures were read.
//
// The reference block (test/register/reference/) is different: firms and questions written blind
// like the rounds, but never read. `--reference` scores it on any answerer and prints counts by firm
// and by kind of question only, never a failure, so that it measures every session's answerer on
// the same unseen questions.
//
// A focus set (test/register/heldout/focusN-KIND.ts) is many questions of the kinds unseen firms
// miss most (off-topic questions and tools we do not use, `traps`; situations), written blind for
// firms the writer read. Set N is held out until scored, like a round, then read; `LAST_READ_FOCUS`
// is the last set read, and `HELD_OUT_FOCUS` those before it kept held out. Each prints its counts by firm and by kind.
//
//   --roundN …   score those rounds         --dev        every round up to LAST_READ
//   --failures   list what failed (rounds and focus sets), never of a round held out   --reference   the reference block, counts only
//   --focusN …   score those focus sets (`--dev` adds every set up to LAST_READ_FOCUS)
import { readdirSync } from 'node:fs';
import { loadConfigFile } from '../src/config/index.ts';
import { PolicyQa } from '../src/register/index.ts';
import { CORPUS } from '../test/register/corpus.ts';
import { HELD_OUT, HELD_OUT_FOCUS, LAST_READ, LAST_READ_FOCUS } from '../test/register/heldout/sets.ts';
import type { HeldOutCase, ReferenceCase } from '../test/register/heldout/types.ts';

const HELDOUT = new URL('../test/register/heldout/', import.meta.url);
const REFERENCE = new URL('../test/register/reference/', import.meta.url);
const EXAMPLES = new URL('../examples/', import.meta.url);

const answerers = new Map<string, PolicyQa>();
function qaFor(ws: string, reference: boolean): PolicyQa {
  let qa = answerers.get(ws);
  const file = reference ? new URL(`${ws}.yaml`, REFERENCE) : new URL(`${ws}/vigil.yaml`, EXAMPLES);
  if (!qa) answerers.set(ws, (qa = new PolicyQa(loadConfigFile(file.pathname))));
  return qa;
}

/** Why a case fails, or undefined: the same rule as the corpus test (facts in, facts out). */
function judge(c: HeldOutCase, reference = false): string | undefined {
  const answer = qaFor(c.ws, reference).ask(c.q).answer;
  const missing = c.has.filter((fact) => !answer.toLowerCase().includes(fact.toLowerCase()));
  const present = (c.not ?? []).filter((fact) => answer.includes(fact));
  if (!missing.length && !present.length) return undefined;
  return `${missing.length ? `missing ${JSON.stringify(missing)} ` : ''}${present.length ? `should not say ${JSON.stringify(present)} ` : ''}| ${answer.slice(0, 200)}`;
}

const line = (name: string, group: string, passed: number, total: number) =>
  `${name.padEnd(10)} ${group.padEnd(18)} ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${((passed / total) * 100).toFixed(1)}%`;

/** Passes by one grouping of the cases, then all of them. */
function tally<C>(name: string, results: { c: C; failure?: string }[], groupOf: (c: C) => string): void {
  for (const group of [...new Set(results.map((r) => groupOf(r.c)))]) {
    const mine = results.filter((r) => groupOf(r.c) === group);
    console.log(line(name, group, mine.filter((r) => !r.failure).length, mine.length));
  }
}

function score(name: string, cases: HeldOutCase[], showFailures: boolean): void {
  const results = cases.map((c) => ({ c, failure: judge(c) }));
  tally(name, results, (c) => c.ws);
  // A round written in the reference block's mix of kinds is counted by kind too.
  if (cases.every((c) => 'kind' in c)) tally(name, results, (c) => (c as ReferenceCase).kind);
  console.log(line(name, 'all', results.filter((r) => !r.failure).length, results.length));
  if (showFailures) for (const r of results.filter((x) => x.failure)) console.log(`  [${r.c.ws}] ${r.c.q}\n    ${r.failure}`);
}

/** The cases a module exports (each round file exports one array). */
async function casesOf<C>(file: URL): Promise<C[]> {
  const exported = Object.values(await import(file.href)) as unknown[];
  return exported.filter(Array.isArray).flat() as C[];
}

const numbered = (dir: URL, pattern: RegExp) =>
  readdirSync(dir).flatMap((f) => pattern.exec(f)?.[1] ?? []).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
score('corpus', CORPUS, false);
for (const round of numbered(HELDOUT, /^round(\d+)\.ts$/).map(Number)) {
  const read = round <= LAST_READ && !HELD_OUT.has(round);
  if (!args.includes(`--round${round}`) && !(args.includes('--dev') && read) && round !== 1) continue;
  score(`round${round}${read ? 'dev' : ''}`, await casesOf(new URL(`round${round}.ts`, HELDOUT)), showFailures && read);
}
for (const set of [...new Set(numbered(HELDOUT, /^focus(\d+)-[a-z]+\.ts$/))].map(Number)) {
  const read = set <= LAST_READ_FOCUS && !HELD_OUT_FOCUS.has(set);
  if (!args.includes(`--focus${set}`) && !(args.includes('--dev') && read)) continue;
  for (const file of readdirSync(HELDOUT).filter((f) => f.startsWith(`focus${set}-`)).sort()) {
    const name = `${file.replace(/\.ts$/, '')}${read ? 'dev' : ''}`;
    const results = (await casesOf<ReferenceCase>(new URL(file, HELDOUT))).map((c) => ({ c, failure: judge(c) }));
    tally(name, results, (c) => c.ws);
    tally(name, results, (c) => c.kind);
    console.log(line(name, 'all', results.filter((r) => !r.failure).length, results.length));
    if (showFailures && read) for (const r of results.filter((x) => x.failure)) console.log(`  [${r.c.ws}] ${r.c.q}\n    ${r.failure}`);
  }
}
if (args.includes('--reference')) {
  const cases = (await Promise.all(numbered(REFERENCE, /^([a-z0-9-]+)\.ts$/).map((f) => casesOf<ReferenceCase>(new URL(`${f}.ts`, REFERENCE))))).flat();
  const results = cases.map((c) => ({ c, failure: judge(c, true) }));
  tally('reference', results, (c) => c.ws);
  tally('reference', results, (c) => c.kind);
  console.log(line('reference', 'all', results.filter((r) => !r.failure).length, results.length));
}
