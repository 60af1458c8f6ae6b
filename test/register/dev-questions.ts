// What the dev-question suites of each round of Q&A work share: the answerer on a firm's file at a
// fixed date, and the one rule a dev case is judged by.
import { expect, it } from 'vitest';
import { FakeClock } from '../../src/clock.ts';
import { loadConfigFile, parseConfig } from '../../src/config/index.ts';
import type { VigilConfig } from '../../src/config/schema.ts';
import { PolicyQa } from '../../src/register/index.ts';
import type { PolicyQaOptions } from '../../src/register/answer.ts';
import type { QaContext } from '../../src/register/qa-context.ts';

const clock = new FakeClock('2026-12-01T09:00:00Z');

/** The answerer on a workspace file, by its path relative to this folder, at 1 Dec 2026 09:00. */
export function devQa(path: string): PolicyQa {
  return devQaOf(loadConfigFile(new URL(path, import.meta.url).pathname));
}

/** The answerer on a workspace's config, at the same date as {@link devQa} (with other options where given). */
export function devQaOf(config: VigilConfig, options: Omit<PolicyQaOptions, 'clock'> = {}): PolicyQa {
  return new PolicyQa(config, { ...options, clock });
}

/** The rules' context on an example firm, at the same date as {@link devQa}: to try one rule on its own. */
export function contextOf(folder: string): QaContext {
  const qa = devQa(`../../examples/${folder}/vigil.yaml`);
  return { config: qa.config, index: qa.index, contact: 'the contact', now: () => clock.now() };
}

/** A dev question: facts its answer must hold (any case), must not hold (as written), and the intent read. */
export interface DevCase {
  q: string;
  has: string[];
  not?: string[];
  intent?: string;
}

/** Checks one dev case, and that the answer's punctuation is whole (no "..", no ",."). */
export function checkDevCase(qa: PolicyQa, { q, has, not, intent }: DevCase): void {
  const answer = qa.ask(q);
  for (const fact of has) expect(answer.answer.toLowerCase()).toContain(fact.toLowerCase());
  for (const fact of not ?? []) expect(answer.answer).not.toContain(fact);
  if (intent) expect(answer.intent).toBe(intent);
  expect(answer.answer).not.toMatch(/[^.]\.\.(?!\.)|[,;]\./);
}

/** The answerer on each example firm, by a short name for its trade: `{ plumber: 'tolley-plumbing' }` (its folder in examples/). */
export function exampleFirms<K extends string>(folders: Record<K, string>): Record<K, PolicyQa> {
  return Object.fromEntries(Object.entries<string>(folders).map(([trade, folder]) => [trade, devQa(`../../examples/${folder}/vigil.yaml`)])) as Record<K, PolicyQa>;
}

/** A function that makes one test a case on those firms, titled by firm and question. */
export function devCasesOn<K extends string>(firms: Record<K, PolicyQa>): (list: (DevCase & { firm: K })[]) => void {
  return (list) => it.each(list)('$firm: $q', ({ firm, ...c }) => checkDevCase(firms[firm], c));
}

/** The one supplier a tiny firm needs when the case is about its policies alone. */
export const TINY_SUPPLIER = '  - { id: xero, name: Xero, purpose: Accounts., locations: [UK], gdprStatement: { status: on-file } }';

/** The answering context of a tiny firm ({@link tinyFirmQa}), for a reading called directly. */
export function tinyFirmContext(suppliers: readonly string[], policies: readonly string[]): QaContext {
  const qa = tinyFirmQa(suppliers, policies);
  return { config: qa.config, index: qa.index, contact: 'Pat Doe', now: () => clock.now() };
}

/**
 * The answerer on a one-person firm of the given suppliers and policies (YAML flow lines, each starting "  - "): a register
 * shaped for one case that no example firm has.
 */
export function tinyFirmQa(suppliers: readonly string[], policies: readonly string[] = []): PolicyQa {
  const yaml = [
    'version: 1',
    'organisation: { name: Tiny Ltd, timezone: Europe/London, dataProtectionContact: { name: Pat Doe, email: pat@tiny.example } }',
    'people: [{ id: pat, name: Pat Doe, email: pat@tiny.example, roles: [staff, compliance] }]',
    'suppliers:',
    ...suppliers,
    ...(policies.length ? ['policies:', ...policies] : []),
    '',
  ].join('\n');
  return devQaOf(parseConfig(yaml, 'tiny.yaml'));
}
