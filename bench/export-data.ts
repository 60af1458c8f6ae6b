// A year of evidence for the export benchmark: 500 people, 8 weekday attestations, every prompt
// answered (a few late, a few No), about 1,000,000 answers, with its audit chain (sealed-year.ts).
import { parseConfig, type VigilConfig } from '../src/config/index.ts';
import { manyPeople, tenPerManager } from '../test/fixtures/many-people.ts';
import { buildSealedYear } from './sealed-year.ts';

export const PEOPLE = 500;
export const ATTESTATIONS = ['backup', 'av', 'screen-lock', 'clean-desk', 'two-factor', 'updates', 'passwords', 'local-data'];

export function benchConfig(): VigilConfig {
  const people = manyPeople(PEOPLE, { managerOf: tenPerManager });
  const atts = ATTESTATIONS.map((id) => `  - { id: ${id}, question: "${id} done today?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }`).join('\n');
  return parseConfig(`version: 1
organisation: { name: Bench Ltd, timezone: Europe/London, complianceChannel: { slack: "#c" }, dataProtectionContact: { name: Person 0 } }
people:
${people}
suppliers:
  - { id: xero, name: Xero, purpose: Accounting., gdprStatement: { status: on-file }, owner: p0 }
attestations:
${atts}
`, 'bench.yaml');
}

/**
 * Creates the year in `file` as the app leaves it, audit chain included (see sealed-year.ts);
 * returns how many answers it wrote. A year without its chain made exports look cheaper than
 * they are: every export checks the chain.
 */
export async function buildYear(file: string): Promise<number> {
  return (await buildSealedYear(file)).answers;
}
