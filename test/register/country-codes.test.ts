import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * A register may write a country as its two-letter code (`locations: [AU]`, `[CA, US]`). A question
 * names the country ("australia", "canada"), and must find those suppliers: before, the code was
 * compared with the name, so the answer was "none" or "I can't find Australia" although the
 * register names them (seen on round 21, held out; these firms are others).
 */
const cases = devCasesOn(
  exampleFirms({
    salon: 'fernleigh-salon',
    physio: 'kestrel-physio',
    bookshop: 'marrowby-books',
    removals: 'thackeray-removals',
  }),
);

describe('a country written as its code in the register is the country a question names', () => {
  cases([
    { firm: 'salon', q: 'do any suppliers store data in australia?', has: ['Deputy'], not: ['No supplier'], intent: 'location' },
    { firm: 'physio', q: 'which suppliers keep data in Australia', has: ['Xero'], not: ["can't find"], intent: 'location' },
    { firm: 'bookshop', q: 'anything stored in canada?', has: ['Shopify', 'Bookmanager'], not: ['No supplier'], intent: 'location' },
    { firm: 'removals', q: 'is any of our data held in australia', has: ['Deputy'], not: ['No supplier'], intent: 'location' },
    // The three regions' own codes are unchanged: "EU" is the EU, not a country.
    { firm: 'bookshop', q: 'which suppliers store data in the EU?', not: ['Australia', 'Canada'], has: [], intent: 'location' },
  ]);
});
