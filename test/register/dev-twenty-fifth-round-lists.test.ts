import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { checkDevCase, devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-fifth round of work (lists and register lookups): rounds 39
 * and 40's misses of that kind as classes, written in new words on other example firms, and
 * questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    removals: 'thackeray-removals',
    cleaning: 'sparkle-bright-cleaning',
    dance: 'pirouette-dance-academy',
    bakery: 'crumb-and-crust-bakery',
    pest: 'kingsmead-pest-control',
    football: 'riverside-rovers-fc',
    festival: 'meadowlark-festival',
    lettings: 'ashcombe-lettings',
    gym: 'copperbeech-fitness',
  }),
);

describe('"would X tell us if they got hacked": the supplier\'s own breach promise, with how fast, not our breach policy', () => {
  cases([
    // Failed before this round (the breach policy, or the supplier's whole entry).
    { firm: 'plumber', q: 'if the job system got hacked would they let us know', has: ['Commusoft', '48 hours'], intent: 'security' },
    { firm: 'removals', q: 'if the crm was breached would they even tell us', has: ['MoveMan', '48 hours'], intent: 'security' },
    { firm: 'cleaning', q: 'if the rota app gets hacked will they tell us', has: ['Connecteam', '48 hours'], intent: 'security' },
    { firm: 'cleaning', q: 'if the direct debit people get hacked do they tell us', has: ['GoCardless', '72 hours'], intent: 'security' },
    // Passed before, kept as checks: the promise asked with the supplier's name or the word "breach"; our own breach is still the policy's.
    { firm: 'plumber', q: 'would commusoft warn us if they were breached', has: ['Commusoft', '48 hours'], intent: 'security' },
    { firm: 'removals', q: 'would the removals system tell us if they had a breach', has: ['MoveMan', '48 hours'], intent: 'security' },
    { firm: 'cleaning', q: 'if my phone got hacked what do i do', has: ['Reporting a data breach'], not: ['Connecteam, on a breach'] },
    { firm: 'plumber', q: 'if the engineer app got hacked what do i do', has: ['data breaches'], not: ['Commusoft, on a breach'] },
  ]);
});

describe('a kind of data about a group said as a list in everyday words ("who has kids data", "everything with staff data on it")', () => {
  cases([
    // Failed before this round (a policy the other words met, one supplier, or "don't know").
    { firm: 'festival', q: 'who has kids data', has: ['Skiddle', 'under-18 tickets'], not: ['Safeguarding'] },
    { firm: 'festival', q: 'anything with the juniors details in it', has: ['Skiddle', 'under-18 tickets'], not: ['Card details'] },
    { firm: 'dance', q: 'anything with the juniors details in it', has: ['Class Manager', 'Royal Academy of Dance', 'ISTD'], intent: 'data' },
    { firm: 'dance', q: 'who has the under-16s data', has: ['Class Manager', 'Royal Academy of Dance', 'ISTD'], intent: 'data' },
    { firm: 'removals', q: 'list everything with staff data on it', has: ['Hollis Grant', 'Deputy', 'Quartix', 'Zoho Workplace'], intent: 'data' },
    { firm: 'removals', q: 'anything with employee details in', has: ['Hollis Grant', 'Deputy', 'Zoho Workplace'], intent: 'data' },
    { firm: 'removals', q: 'list everything with kids data on it', has: ['records no supplier holding kids data', 'Donal Keane'], not: ['everything kids'], intent: 'data' },
    // Passed before, kept as checks: a firm's own synonym for a child, the register's own words.
    { firm: 'dance', q: 'who has kids data', has: ['Class Manager', 'Royal Academy of Dance', 'ISTD', 'Starlite Costumes'], not: ['New apps and tools', 'Xero'], intent: 'data' },
    { firm: 'removals', q: 'which suppliers hold staff data', has: ['Hollis Grant', 'Deputy', 'Zoho Workplace'], intent: 'data' },
    { firm: 'football', q: 'which suppliers hold childrens data', has: ['Whole Game System', 'Spond'], intent: 'data' },
    { firm: 'football', q: 'who has the kit sizes', has: ['Bannister Teamwear'] },
    // The asker's own kid is no child whose data we hold: still a staff matter we don't know, beside the festival's kids' data above.
    { firm: 'festival', q: 'my kid has a temperature can i go home early', has: ["don't know"], not: ['Skiddle'], intent: 'unknown' },
  ]);
});

describe('a kind of data about someone held in ONE piece of an entry\'s data, not pooled from two ("health info about tenants")', () => {
  cases([
    // Failed before this round (the office suite, whose health words are staff sickness records and whose tenants or members are in emails).
    { firm: 'lettings', q: 'do any of our systems have health info about tenants', has: ['records no supplier holding health data about tenants', 'Owen Trask'], not: ['Microsoft 365'], intent: 'data' },
    { firm: 'gym', q: 'do any of our systems have sickness info about members', has: ['MyZone', 'Jotform'], not: ['Google Workspace'], intent: 'data' },
    { firm: 'gym', q: 'do any of our systems have health info about members', has: ['MyZone', 'Jotform', 'Freelance personal trainers'], not: ['Google Workspace'], intent: 'data' },
    // Passed before, kept as checks: staff health is the suite's (its staff records), and tenants' data is every holder's.
    { firm: 'lettings', q: 'which suppliers hold staff health data', has: ['Microsoft 365'] },
    { firm: 'lettings', q: 'which suppliers hold tenants data', has: ['Reapit', 'Fixflo', 'Microsoft 365'], intent: 'data' },
  ]);
});

describe('a tool we do not hold, asked with what it is for ("make the invites on X", "set up an X survey", "keep the scans on X")', () => {
  cases([
    // Failed before this round (a policy the other words met, the stranger without the new-tools policy, or a verb taken for the tool).
    { firm: 'dance', q: 'is it ok to design the show posters on canva with the pupils photos', has: ["can't find canva", 'Rosalind Achebe', 'New apps and tools'], intent: 'unknown-supplier' },
    { firm: 'dance', q: 'can we set up a jotform questionnaire for the parents', has: ["can't find jotform", 'Rosalind Achebe', 'New apps and tools'], intent: 'unknown-supplier' },
    { firm: 'dance', q: 'can i keep the costume measurements in notion', has: ["can't find notion", 'Rosalind Achebe', 'New apps and tools'], intent: 'unknown-supplier' },
    { firm: 'bakery', q: 'can i store the allergy sheets in onedrive', has: ["can't find onedrive", 'Maggie Thornton', 'Using new apps and tools'], intent: 'unknown-supplier' },
    { firm: 'pest', q: 'is it ok to make the job quotes on canva with the customers addresses', has: ["can't find canva", 'Hester Quayle', 'Using new apps and services'], intent: 'unknown-supplier' },
    { firm: 'bakery', q: 'could we set up a surveymonkey poll for customers', has: ["can't find surveymonkey", 'Using new apps and tools'], intent: 'unknown-supplier' },
    // Passed before, kept as checks: an everyday place to keep a thing is no tool.
    { firm: 'dance', q: 'can i keep the costume measurements in the office', has: ['Starlite Costumes'], not: ["can't find"] },
  ]);
});

describe('the new-tools policy found by its title when its keywords never say "new app"', () => {
  // The bakery's policy with every keyword that names new tools taken out: its title still says what it is about.
  const config = loadConfigFile(new URL('../../examples/crumb-and-crust-bakery/vigil.yaml', import.meta.url).pathname);
  const stripped = { ...config, policies: config.policies.map((p) => ({ ...p, keywords: p.keywords.filter((k) => !/^new /i.test(k)) })) };
  const qa = devQaOf(stripped);
  it('still quotes it beside a tool we do not hold', () => {
    // Failed before this round (the stranger alone).
    checkDevCase(qa, { q: 'can i use trello for the cake orders', has: ["can't find trello", 'Using new apps and tools'], intent: 'unknown-supplier' });
  });
  it('quotes none where two policies are titled so', () => {
    const two = { ...stripped, policies: [...stripped.policies, { ...stripped.policies.find((p) => /new apps/i.test(p.title))!, id: 'other-apps', title: 'Other apps we approve' }] };
    const answer = devQaOf(two).ask('can i use trello for the cake orders');
    expect(answer.answer).toContain("can't find trello");
    expect(answer.answer).not.toContain('Using new apps and tools');
  });
});
