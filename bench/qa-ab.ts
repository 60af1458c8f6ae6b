// The Q&A benchmark of bench/qa.ts for this tree and for an earlier commit, in one process, the two
// alternated build by build and question by question, so that other work on a shared machine slows
// both alike and the ratio says what the code changed. Run: node bench/qa-ab.ts <commit> [rounds]
// The earlier commit's src/ is taken with `git archive` into a temporary folder (its imports of
// node_modules resolve through a link to this tree's).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { questions, workspaceYaml } from './qa-register.ts';
import { median, quantile } from './stats.ts';

interface Side {
  parseConfig: (yaml: string, name: string) => unknown;
  PolicyQa: new (config: never) => { ask(question: string): unknown };
}

const ref = process.argv[2];
if (!ref) {
  console.error('usage: node bench/qa-ab.ts <commit> [rounds]');
  process.exit(2);
}
const rounds = Number(process.argv[3] ?? 3);
const here = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'vigil-qa-ab-'));
try {
  const tar = execFileSync('git', ['archive', ref, 'src'], { cwd: here, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(here, 'node_modules'), join(dir, 'node_modules'));
  const side = async (root: string): Promise<Side> => ({
    parseConfig: (await import(join(root, 'src/config/index.ts'))).parseConfig,
    PolicyQa: (await import(join(root, 'src/register/index.ts'))).PolicyQa,
  });
  const [old, now] = [await side(dir), await side(here)];
  const yaml = workspaceYaml();
  const [oldConfig, nowConfig] = [old.parseConfig(yaml, 'bench.yaml') as never, now.parseConfig(yaml, 'bench.yaml') as never];
  const builds = { old: [] as number[], now: [] as number[] };
  let oldQa = new old.PolicyQa(oldConfig);
  let nowQa = new now.PolicyQa(nowConfig);
  for (let i = 0; i < 10 * rounds; i++) {
    let t = performance.now();
    oldQa = new old.PolicyQa(oldConfig);
    builds.old.push(performance.now() - t);
    t = performance.now();
    nowQa = new now.PolicyQa(nowConfig);
    builds.now.push(performance.now() - t);
  }
  const qs = questions();
  for (const q of qs.slice(0, 200)) (oldQa.ask(q), nowQa.ask(q)); // warm up
  const times = { old: [] as number[], now: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    for (const q of qs) {
      let t = performance.now();
      oldQa.ask(q);
      times.old.push(performance.now() - t);
      t = performance.now();
      nowQa.ask(q);
      times.now.push(performance.now() - t);
    }
  }
  const row = (what: string, a: number, b: number, digits: number) => console.log(`${what.padEnd(22)} ${ref.slice(0, 10).padStart(10)} ${a.toFixed(digits).padStart(9)} ms   this tree ${b.toFixed(digits).padStart(9)} ms   ratio ${(b / a).toFixed(2)}`);
  console.log(`node ${process.version}, ${qs.length} questions x ${rounds}, builds ${10 * rounds} each, alternated`);
  row('index build median', median(builds.old), median(builds.now), 1);
  row('question p50', quantile(times.old, 0.5), quantile(times.now, 0.5), 3);
  row('question p99', quantile(times.old, 0.99), quantile(times.now, 0.99), 3);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
