import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's eighteenth round of work: rounds 19 and 20's misses as classes,
 * written in new words on other example firms (a statement's status in the register's own word, its
 * review date asked after as the "GDPR thing", statements asked for by their status, how one is
 * going, a link to its privacy terms, a fee or an opening time, a thing left on the bus), and
 * questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    physio: 'kestrel-physio',
    gym: 'copperbeech-fitness',
  }),
);

describe("an awaited statement named in the register's own word", () => {
  cases([
    // Failed before this round ("we are awaiting", never "awaited").
    { firm: 'gym', q: 'is the MyZone statement awaited', has: ['awaiting', 'awaited'], intent: 'statement' },
    // Passed before, kept as a check.
    { firm: 'gym', q: 'have we got the myzone gdpr statement', has: ['Not yet', 'awaiting'], not: ['Yes'], intent: 'statement' },
  ]);
});

describe('statements asked for by their status: requested, in progress, pending', () => {
  cases([
    // Failed before this round ("Sorry, I don't know…").
    { firm: 'gym', q: 'anything where the gdpr docs are only requested so far', has: ['Northgate Security (requested)', 'Freelance personal trainers (requested)'], intent: 'statement' },
    { firm: 'plumber', q: 'any statements in progress just now', has: ['Moneysoft Payroll Manager (in progress)'], intent: 'statement' },
    { firm: 'gym', q: 'any statements pending at the moment', has: ['Ledgerline Accountants (in progress)', 'MyZone (awaited)'], intent: 'statement' },
    // Passed before, kept as checks.
    { firm: 'physio', q: 'any statements in progress just now', has: ['IRIS Payroll (in progress)', 'Health insurers (in progress)'], intent: 'statement' },
    { firm: 'gym', q: 'any dpas in progress?', has: ['Ledgerline Accountants (in progress)'], intent: 'statement' },
  ]);
});

describe("a statement's review date asked after as the supplier's \"GDPR thing\" or \"GDPR stuff\"", () => {
  cases([
    // Failed before this round ("The register records nothing about review for…").
    { firm: 'physio', q: 'the doxy gdpr thing says review 2026 on it, is that still ok?', has: ['2026-06-30', 'overdue'], not: ['records nothing about review'], intent: 'statement' },
    { firm: 'plumber', q: 'quickbooks gdpr thing - review says 2026, right?', has: ['2026-08-31', 'overdue'], not: ['records nothing about review'], intent: 'statement' },
    // Passed before, kept as a check.
    { firm: 'physio', q: "what's the review date on the doxy.me statement", has: ['2026-06-30'], intent: 'statement' },
  ]);
});

describe("how a statement not on file is going: the register's note on it and who looks after the supplier", () => {
  cases([
    // Failed before this round (the status alone).
    { firm: 'gym', q: 'whats happening with the northgate dpa', has: ['requested', 'August 2026', 'Rhys Evans'], intent: 'statement' },
    { firm: 'physio', q: 'any update on the jotform gdpr statement?', has: ['missing', 'download', 'Lucy Bramwell'], intent: 'statement' },
    { firm: 'physio', q: "what's going on with the accountants dpa", has: ['awaited', 'Nadia Okoro'], intent: 'statement' },
    // Passed before, kept as a check: asked whether it is here, the status alone.
    { firm: 'gym', q: 'have we got the northgate dpa?', has: ['Not yet', 'requested'], not: ['Rhys Evans'], intent: 'statement' },
  ]);
});

describe("a link to a supplier's privacy terms or page: the link its statement entry gives", () => {
  cases([
    // Failed before this round (the whole entry, no link).
    { firm: 'gym', q: "is there a link to stripe's privacy terms", has: ['https://stripe.com/legal/dpa'], intent: 'statement' },
    { firm: 'gym', q: 'whats the stripe privacy page', has: ['https://stripe.com/legal/dpa'], intent: 'statement' },
    // Passed before, kept as a check.
    { firm: 'gym', q: 'have we got a link for the glofox gdpr stuff', has: ['https://www.glofox.com/legal/data-processing-agreement'], intent: 'statement' },
  ]);
});

describe("a fee asked for, or when a bar or counter opens: no register or policy says, so the contact", () => {
  cases([
    // Failed before this round (a supplier whose purpose mentions the fee or the bar).
    { firm: 'gym', q: 'what time does the protein bar open on saturdays', has: ["don't know", 'Nadia Okonkwo'], not: ['Stripe'] },
    { firm: 'gym', q: 'how much is the monthly membership fee now', has: ["don't know", 'Nadia Okonkwo'], not: ['Glofox'] },
    { firm: 'gym', q: "what's the PT session fee", has: ["don't know", 'Nadia Okonkwo'], not: ['Freelance personal trainers'] },
    { firm: 'plumber', q: 'how much is the boiler service fee', has: ["don't know", 'Karen Tolley'], not: ['Worcester Bosch'] },
    // Passed before, kept as a check.
    { firm: 'plumber', q: 'what time does the office open tomorrow', has: ["don't know", 'Karen Tolley'] },
  ]);
});

describe('a thing left on the bus or in a cafe is lost: the policy on losses answers', () => {
  cases([
    // Failed before this round (a policy on the thing, not on losing it).
    { firm: 'plumber', q: 'i left the job sheets on the train', has: ['Lost phones, tablets and data breaches'] },
    { firm: 'physio', q: 'think i left some patient notes on the bus', has: ['Lost or stolen devices and data breaches'] },
    // Passed before, kept as a check.
    { firm: 'physio', q: 'i lost some patient notes on the bus', has: ['Lost or stolen devices and data breaches'] },
  ]);
});
