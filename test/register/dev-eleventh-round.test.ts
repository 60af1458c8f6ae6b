import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's eleventh round of work: one or more for each general cause found in
 * round 10's misses (a development set since it was scored), written in new words on other example
 * firms. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    physio: 'kestrel-physio',
    plumber: 'tolley-plumbing',
    solicitors: 'greaves-lowther',
    vets: 'hawthorn-vets',
  }),
);

describe('a supplier\'s "gdpr paperwork" or "data agreement" is its GDPR statement', () => {
  cases([
    { firm: 'vets', q: 'have we had the gdpr paperwork back from petsapp', has: ['PetsApp'], intent: 'statement' },
    { firm: 'solicitors', q: 'is there a data agreement in place with arkwright it', has: ['Arkwright IT'], intent: 'statement' },
    { firm: 'plumber', q: 'which suppliers are still missing the gdpr stuff', has: ['Licence Bureau', 'Pennine IT Support'], not: ['Commusoft'], intent: 'statement' },
  ]);
});

describe('"where is 2fa compulsory / optional" lists the accounts by how two-factor is set', () => {
  cases([
    { firm: 'vets', q: 'where is two factor mandatory', has: ['Provet Cloud', 'Dojo', 'Staffology'], not: ['Vetstoria', 'PetsApp'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'where is 2fa required', has: ['Cliniko', 'Xero'], not: ['Physitrack', 'Brevo'], intent: 'list-suppliers' },
  ]);
});

describe('"who relies on / who do we send data to using" a transfer safeguard lists those covered by it', () => {
  cases([
    { firm: 'physio', q: 'anyone relying on the idta to get data out', has: ['Doxy.me', 'Xero'], not: ['Stripe', 'JotForm'], intent: 'list-suppliers' },
    { firm: 'solicitors', q: 'who are we transferring info to under the idta', has: ['InfoTrack', 'Zoom'], not: ['DocuSign', 'Thirdfort'], intent: 'list-suppliers' },
  ]);
});

describe('"whose info is in X" asks whose data a supplier holds', () => {
  cases([
    { firm: 'vets', q: 'whose info is in staffology', has: ['employees'], intent: 'data' },
  ]);
});
