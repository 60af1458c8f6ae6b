import { describe, expect, it } from 'vitest';
import type { PolicyQa } from '../../src/register/index.ts';
import { checkDevCase as check, devQa as load, type DevCase as Case } from './dev-questions.ts';

/**
 * Dev questions for issue 17's sixth round of work: one or more for each general cause found in
 * the failures of round 5 (now a development set), in new words, on round 5's firms and earlier
 * dev firms. For tuning, like dev-firm.test.ts.
 */
const msp = load('../../examples/kittiwake-it/vigil.yaml');
const maker = load('../../examples/brackenridge-oak/vigil.yaml');
const agency = load('../../examples/kestrel-recruitment/vigil.yaml');
const architects = load('../../examples/fenwick-shaw/vigil.yaml');

const MSP: Case[] = [
  // Someone else's where / how long question is the register's question, not what to do.
  { q: 'one of our clients wants to know where their passwords are kept', has: ['IT Glue', 'US'], not: ['When a client leaves'], intent: 'location' },
  { q: 'a customer asked me how long we keep their tickets', has: ['HaloPSA', '6 years'], intent: 'retention' },
  // "us" after a verb is the pronoun; someone leaving asks what happens to their data.
  { q: 'our client is leaving, what happens to their data', has: ['30 days'], not: ['stored in the US'] },
  { q: 'a client is leaving us - what do we need to do?', has: ['When a client leaves', '30 days'] },
  // A distinctive word of a name, even when a purpose keyword writes it in lower case.
  { q: 'where is microsoft data stored?', has: ['Microsoft 365', 'UK'], not: ['Pax8'], intent: 'location' },
  // A supplier's engineers getting or logging into our systems: its support access.
  { q: 'can microsoft engineers get into our files?', has: ['Customer Lockbox'], intent: 'security' },
  { q: 'can gradwell engineers get into our phone system?', has: ['only when we ask them'], intent: 'security' },
  // A word two of a policy's keyword phrases share ("remote access", "remote session").
  { q: 'is it ok to remote into a customer pc without telling them?', has: ['Connecting to client computers', 'NinjaOne'], not: ['Lost devices'] },
  // "Backed up" asks after backups; another supplier that backs it up is named where its entry is silent.
  { q: 'is sharepoint backed up?', has: ['Microsoft 365', 'Acronis', 'every night'], intent: 'security' },
  // A breach promise alone names its supplier.
  { q: 'would ninjaone warn us of a breach?', has: ['NinjaOne', '72 hours'], intent: 'security' },
];

const MAKER: Case[] = [
  { q: 'is our shopify backed up every day?', has: ['Rewind', 'daily'] },
  // A supplier's measure that answers a what-to-do question, beside the policy.
  { q: 'our driver lost the handheld, what now?', has: ['Severn Vale Haulage', 'wiped remotely', 'Rhiannon'] },
  { q: 'any joint controllers?', has: ['Meta Ads'] },
];

const OTHERS: [PolicyQa, Case][] = [
  [architects, { q: 'are we joint controllers with anybody?', has: ['Hale Structural Engineers'] }],
  [architects, { q: 'is anyone a recipient of our data?', has: ['Planning Portal', 'Redcliffe & Co'] }],
  [agency, { q: 'will moorepay let us know if they get breached?', has: ['Moorepay', '24 hours'], intent: 'security' }],
  [agency, { q: 'a candidate asked where their CV is kept', has: ['Bullhorn'], intent: 'location' }],
  // A measure is added only where two of the question's own words are in it: a payslip never goes by email.
  [agency, { q: 'I accidentally emailed a payslip to the wrong temp, what now?', has: ['Priya Shah', 'Moorepay', 'never by email'] }],
];

describe('dev questions for the sixth round (round 5 causes, new wording)', () => {
  for (const c of MSP) it(`managed IT: ${c.q}`, () => check(msp, c));
  for (const c of MAKER) it(`furniture maker: ${c.q}`, () => check(maker, c));
  for (const [qa, c] of OTHERS) it(`${qa.config.organisation.name}: ${c.q}`, () => check(qa, c));
});
