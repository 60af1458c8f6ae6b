import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { CORPUS, type CorpusCase } from './corpus.ts';

const workspaces = ['trekim', 'service-firm', 'stratum-customer'] as const;
const qa = Object.fromEntries(
  workspaces.map((ws) => [ws, new PolicyQa(loadConfigFile(new URL(`../../examples/${ws}/vigil.yaml`, import.meta.url).pathname))]),
) as Record<CorpusCase['ws'], PolicyQa>;

/** Why a case fails, or undefined when it passes. */
function judge(c: CorpusCase): string | undefined {
  const answer = qa[c.ws].ask(c.q);
  const text = answer.answer.toLowerCase();
  const missing = c.has.filter((fact) => !text.includes(fact.toLowerCase()));
  // Facts that must not appear are matched as written: "US" is not the "us" in "customers".
  const present = (c.not ?? []).filter((fact) => answer.answer.includes(fact));
  const problems = [
    ...(c.intent && answer.intent !== c.intent ? [`intent ${answer.intent}, wanted ${c.intent}`] : []),
    ...(missing.length ? [`missing ${missing.map((m) => JSON.stringify(m)).join(', ')}`] : []),
    ...(present.length ? [`should not say ${present.map((m) => JSON.stringify(m)).join(', ')}`] : []),
  ];
  return problems.length ? `${problems.join('; ')} | answer: ${answer.answer.slice(0, 160)}` : undefined;
}

describe('policy Q&A corpus', () => {
  it('has at least 120 questions over all three examples, with negative cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(120);
    for (const ws of workspaces) expect(CORPUS.filter((c) => c.ws === ws).length).toBeGreaterThanOrEqual(25);
    expect(CORPUS.filter((c) => c.intent === 'unknown-supplier' || c.not?.length).length).toBeGreaterThanOrEqual(15);
  });

  it('answers at least 95% correctly (result table printed)', () => {
    const results = CORPUS.map((c) => ({ ...c, failure: judge(c) }));
    const rows: { workspace: string; questions: number; passed: number; rate: string }[] = workspaces.map((ws) => {
      const mine = results.filter((r) => r.ws === ws);
      const passed = mine.filter((r) => !r.failure).length;
      return { workspace: ws, questions: mine.length, passed, rate: `${((passed / mine.length) * 100).toFixed(1)}%` };
    });
    const passed = results.filter((r) => !r.failure).length;
    rows.push({ workspace: 'all', questions: results.length, passed, rate: `${((passed / results.length) * 100).toFixed(1)}%` });
    console.log('\nPolicy Q&A corpus\n' + rows.map((r) => `  ${r.workspace.padEnd(17)} ${String(r.passed).padStart(3)}/${String(r.questions).padEnd(3)} ${r.rate}`).join('\n'));
    const failures = results.filter((r) => r.failure);
    if (failures.length) console.log('Failures:\n' + failures.map((f) => `  [${f.ws}] ${f.q}\n    ${f.failure}`).join('\n'));
    expect(passed / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never drops or doubles the punctuation between sentences', () => {
    const bad = CORPUS.map((c) => qa[c.ws].ask(c.q).answer)
      .flatMap((a) => a.split('\n'))
      .filter((line) => /[^.]\.\.(?!\.)|[a-z0-9)] (It|The|We|Our|On|See) [a-z]|[,;]\.|\.\s*\./.test(line.replace(/123\.456\.\S+/g, 'IP')));
    expect(bad).toEqual([]);
  });
});
