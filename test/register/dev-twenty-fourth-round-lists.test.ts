import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-fourth round of work (lists and register lookups): rounds 37
 * and 38's misses of that kind (and one of round 1's) as classes, written in new words on other
 * example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    bakery: 'crumb-and-crust-bakery',
    travel: 'wayfarer-travel',
    brewery: 'tidewell-brewery',
    physio: 'kestrel-physio',
    lettings: 'ashcombe-lettings',
  }),
);

describe('"anything we use that can\'t do 2fa?": the register\'s entries without it, not the password policy', () => {
  cases([
    // Failed before this round ("Sorry, I don't know…").
    { firm: 'brewery', q: 'anything we use that has no two-factor?', has: ['ResDiary', 'Untappd for Business'], not: ['Square', 'Shopify', 'QuickBooks'], intent: 'list-suppliers' },
    { firm: 'physio', q: "anything we use that can't do two step", has: ['JotForm', 'Moneypenny'], not: ['Cliniko', 'Stripe', 'Xero'], intent: 'list-suppliers' },
    // Passed before, kept as checks: "is there anything…" was read already; those that have it.
    { firm: 'bakery', q: 'is there anything we use without 2fa', has: ['Loyalzoo', 'Trail'], not: ['Square', 'Shopify'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'which suppliers have two-factor', has: ['Cliniko', 'Stripe', 'Xero'], not: ['Moneypenny'] },
  ]);
});
