import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fortieth round (tools the firm does not use): misses of that kind from the focus sets as
 * classes, written in new words on other example firms, each beside a question of like words that keeps its old, right
 * answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    coffee: 'beanwagon-coffee',
    grooming: 'pawprint-grooming',
    plumber: 'tolley-plumbing',
    pottery: 'kilnworks-pottery',
    podiatry: 'stepwell-podiatry',
    gym: 'corefit-pt',
    counselling: 'willowbank-counselling',
    park: 'heronsfield-holiday-park',
  }),
);

describe('leave asked after the change, in words the rounds had not taught: "are we ok to switch?", "any problem with that?"', () => {
  cases([
    // Failed before this round: the job's supplier of ours answered.
    { firm: 'counselling', q: 'accountant reckons we should run payroll on sage from april, are we ok to switch?', has: ["can't find sage", 'Priya Venkatesan'], not: ['BrightPay:'] },
    { firm: 'park', q: 'jeremy wants the pitch fee invoices on quickbooks from next year – any problem with that?', has: ["can't find quickbooks", 'Rosalind Achebe'], not: ['Xero:'] },
    { firm: 'coffee', q: 'the bookkeeper reckons we should run payroll on sage from next month, are we ok to switch?', has: ["can't find sage", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'could we do the invoices on wave from january, are we ok to change?', has: ["can't find wave", 'Policy: new-tools'] },
    { firm: 'plumber', q: 'the new office manager wants the job invoices on freshbooks from april - any problem with that?', has: ["can't find freshbooks"] },
    // Right before and kept: how a job is done, in English words, is no tool.
    { firm: 'podiatry', q: 'can i do the notes in bullet points, are we ok to do that?', has: [], not: ["can't find"] },
    { firm: 'grooming', q: 'could we run the payroll on friday instead, are we ok to do that?', has: [], not: ["can't find"] },
    { firm: 'pottery', q: 'can we do the rota in pairs from now on, are we ok to change?', has: [], not: ["can't find"] },
  ]);
});
