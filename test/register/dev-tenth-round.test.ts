import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's tenth round of work: one or more for each general cause found in
 * round 9's misses (a development set since it was scored), written in new words on other example
 * firms. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    physio: 'kestrel-physio',
    plumber: 'tolley-plumbing',
    recruiter: 'kestrel-recruitment',
    solicitors: 'greaves-lowther',
    vets: 'hawthorn-vets',
  }),
);

describe('where something is kept, when the register does not say, names the contact', () => {
  cases([
    { firm: 'vets', q: 'where do the photos clients send through the app go', has: ['PetsApp', 'Imogen Pryce'], intent: 'location' },
    { firm: 'solicitors', q: 'where is the it support company keeping our stuff', has: ['Arkwright IT', 'Helen Marsh'], intent: 'location' },
  ]);
});

describe('"who is … compliant / certified" lists the suppliers with that certification', () => {
  cases([
    { firm: 'physio', q: 'who is pci compliant', has: ['Stripe', 'SumUp'], not: ['Cliniko', 'Xero'], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'who is iso 27001 certified', has: ['Commusoft', 'Quartix', 'Acronis Cyber Protect'], not: ['QuickBooks', 'Gas Safe Register'], intent: 'list-suppliers' },
    { firm: 'vets', q: 'who is soc 2 compliant', has: ['IDEXX', 'Microsoft 365'], not: ['Provet Cloud'], intent: 'list-suppliers' },
  ]);
});

describe('"who do we rely on / who is covered by" a transfer safeguard lists those that use it', () => {
  cases([
    { firm: 'physio', q: 'who do we rely on the uk idta for', has: ['Doxy.me', 'Xero'], not: ['Stripe', 'JotForm'], intent: 'list-suppliers' },
    { firm: 'vets', q: 'whos covered by the idta', has: ['Mailchimp'], not: ['IDEXX', 'Provet Cloud'], intent: 'list-suppliers' },
    { firm: 'solicitors', q: 'who is covered by the idta', has: ['InfoTrack', 'Zoom'], not: ['DocuSign', 'Thirdfort'], intent: 'list-suppliers' },
  ]);
});

describe('accounts that "make you use" two-factor enforce it; available is not enough', () => {
  cases([
    { firm: 'vets', q: 'which logins make you use 2fa', has: ['Provet Cloud', 'Dojo', 'Staffology'], not: ['Vetstoria', 'PetsApp', 'Mailchimp'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'which apps make us use two factor', has: ['Cliniko', 'Xero'], not: ['Physitrack', 'Brevo', 'Doxy.me'], intent: 'list-suppliers' },
  ]);
});

describe('suppliers that "keep everything in" a region store data only there', () => {
  cases([
    { firm: 'physio', q: 'which suppliers keep everything in the uk', has: ['Cliniko', 'IRIS Payroll'], not: ['Physitrack', 'Stripe'], intent: 'location' },
    // "Everything" is no kind of data: the backup that holds everything is not what is asked.
    { firm: 'plumber', q: 'which suppliers keep everything in the uk', has: ['Commusoft', 'Moneysoft Payroll Manager'], not: ['Quartix', 'QuickBooks', 'Acronis'], intent: 'location' },
  ]);
});

describe('suppliers that have not told us where, or have nobody looking after them, are the register\'s silences', () => {
  cases([
    { firm: 'vets', q: 'which suppliers havent told us where they keep the data', has: ['PetsApp', 'Dalesbyte IT'], not: ['Provet Cloud'], intent: 'list-suppliers' },
    { firm: 'solicitors', q: "which companies haven't said where our data is", has: ['Arkwright IT'], not: ['LEAP'], intent: 'list-suppliers' },
    { firm: 'vets', q: 'which suppliers dont have anyone looking after them', has: ['Pennine Pet Crematorium', 'Dalesbyte IT'], not: ['Provet Cloud'], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'which systems have nobody looking after them', has: ['Pennine IT Support'], not: ['Commusoft'], intent: 'list-suppliers' },
  ]);
});

describe('"what do we keep for more than N years" compares retention over the register', () => {
  cases([
    { firm: 'vets', q: 'what do we keep for more than 5 years', has: ['Provet Cloud', 'Sage Accounting', 'Staffology'], not: ['Vetstoria'], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'what do we hold for longer than 5 years', has: ['QuickBooks', 'GoCardless'], not: ['Quartix (', 'Wix ('], intent: 'list-suppliers' },
  ]);
});

describe('a request to have details wiped from our systems gets the erasure policy, not the supplier list', () => {
  cases([
    { firm: 'solicitors', q: 'a client wants all her details wiped from our systems', has: ['Helen Marsh', 'delete'], not: ['We use'], intent: 'policy' },
    { firm: 'recruiter', q: 'a candidate asked for everything we have on her to be wiped from our systems', has: ['30 days'], not: ['We use'], intent: 'policy' },
  ]);
});

describe('sickness records and fit notes are medical information', () => {
  cases([
    { firm: 'recruiter', q: 'which suppliers hold any medical info', has: ['Moorepay'] },
  ]);
});
