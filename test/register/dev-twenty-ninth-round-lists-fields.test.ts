import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-ninth round of work (lists over the register and one
 * supplier's fields): rounds 2 to 52's misses of that kind as classes, written in new words on other
 * example firms, each beside a question that must keep its right answer. For tuning, like
 * dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    physio: 'kestrel-physio',
    vets: 'hawthorn-vets',
    removals: 'thackeray-removals',
    plumber: 'tolley-plumbing',
  }),
);

describe('"who keeps customers\' card details", "…bank details": the card or the account itself, not every payment a ledger records', () => {
  cases([
    // Failed before this round (the bookkeeping app, for its "bank transactions").
    { firm: 'physio', q: 'which apps keep patients card details', has: ['Stripe', 'SumUp'], not: ['Xero'], intent: 'data' },
    { firm: 'plumber', q: 'which systems have customers bank details', has: ['GoCardless'], not: ['QuickBooks'], intent: 'data' },
    // Passed before, kept as checks: payment data is every payment; staff bank details are payroll's.
    { firm: 'physio', q: 'which suppliers hold payment data', has: ['Stripe', 'SumUp', 'Xero'] },
    { firm: 'vets', q: 'which suppliers hold staff bank details', has: ['Staffology'], not: ['Sage Accounting'] },
  ]);
});

describe('"which statements need reviewing by the end of March?": those due from today to that month\'s end', () => {
  cases([
    // Failed before this round (every one due in the year, or only the next).
    { firm: 'vets', q: 'which gdpr statements are due for review by the end of march 2027?', has: ['Mailchimp', 'Provet Cloud', 'Sage Accounting', 'Dojo'], not: ['Microsoft 365', 'IDEXX', 'Petlog'], intent: 'statement' },
    { firm: 'removals', q: 'which statements need a review before february?', has: ['Kingsway Self Storage', 'Stripe'], not: ['FreeAgent'] },
    // Passed before, kept as a check: a year asked is the whole year.
    { firm: 'vets', q: 'which gdpr statements are due for review in 2027', has: ['Provet Cloud', 'Microsoft 365', 'IDEXX', 'Petlog'] },
  ]);
});

describe('"which suppliers haven\'t got anyone here looking after them": no owner, with the people it is none of said between', () => {
  cases([
    // Failed before this round (a policy on requests; "charge" taken for a supplier's name).
    { firm: 'plumber', q: "which suppliers haven't got anyone in the office looking after them", has: ['Pennine IT Support'], not: ['QuickBooks'], intent: 'list-suppliers' },
    { firm: 'removals', q: "which systems haven't got anybody here in charge of them", has: ['Bytewise IT'], not: ['Stripe'], intent: 'list-suppliers' },
    // Passed before, kept as checks.
    { firm: 'plumber', q: 'which suppliers have no owner', has: ['Pennine IT Support'] },
    { firm: 'physio', q: 'who looks after xero', has: ['Nadia Okoro'], intent: 'owner' },
  ]);
});

describe('"who else apart from us can get into X", "X is in America, what\'s the legal cover?": one supplier\'s access and transfer safeguard', () => {
  cases([
    // Failed before this round (the whole entry of the accountants, or of the supplier).
    { firm: 'plumber', q: 'who else apart from us can get into quickbooks', has: ['Armley & Co Accountants'], intent: 'access' },
    { firm: 'physio', q: "xero keeps things in the states doesn't it? what's the legal cover there", has: ['IDTA'], intent: 'transfer' },
    // Passed before, kept as checks: who else, and the lawful basis, are their own fields.
    { firm: 'physio', q: 'who else can get into xero', has: ['Clifton Lane Accountants'], intent: 'access' },
    { firm: 'physio', q: "what's the lawful basis for xero", has: ['no lawful basis'], intent: 'lawful-basis' },
  ]);
});
