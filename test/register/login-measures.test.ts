import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Who logs in to a supplier, asked: the people the register lists with an account, and what the supplier's security measures
 * say of logins in the firm's own words ("Only Tom and Jess have Quartix logins."), which `uses` lists without saying no one
 * else may (the sixtieth round). Each beside a neighbour whose measures say nothing of logins, or say something else.
 */
const cases = devCasesOn(exampleFirms({ tyres: 'harbourside-tyres', upholstery: 'tuftwell-upholstery' }));

describe('who logs in to a supplier: its people, and what its measures say of logins', () => {
  cases([
    { firm: 'tyres', q: 'who can log in and see where the vans are on the tracking', has: ['Jess Pengelly and Tom Pengelly have accounts with Quartix', 'Only Tom and Jess have Quartix logins.'], not: ['Private mode'] },
    { firm: 'upholstery', q: 'who can log in to quartix', has: ['have accounts with Quartix', 'Only Carol and Alan have logins.'], intent: 'access' },
    // Neighbours: a measure on something else is not said; a supplier whose measures say nothing of logins gets its people alone.
    { firm: 'upholstery', q: 'who uses shopify?', has: ['with Shopify. (Register.)'], not: ['Only Carol and Alan'] },
  ]);
});
