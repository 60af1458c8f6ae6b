import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-second round (lists over the register and tools we do not use): rounds 56 to 61's
 * misses of those kinds as classes, written in new words on other example firms, each beside a question of like words
 * that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    plumbing: 'tolley-plumbing',
    physio: 'kestrel-physio',
    signs: 'brightline-signs',
    climbing: 'crux-climbing',
    pt: 'corefit-pt',
  }),
);

describe('whom we pass data on to, set against the software we use: the recipients by name, not the processors', () => {
  cases([
    // Failed before this round: the contrast read as the data asked about, or a policy answered.
    { firm: 'signs', q: 'who do we pass customer data on to, rather than them processing it for us', has: ['Hartley Moss', 'Wrapforce Installers'], not: ['Xero', 'shopVOX'] },
    { firm: 'plumbing', q: 'who do we pass customer details on to, as opposed to the apps we use', has: ['Gas Safe Register', 'Worcester Bosch', 'Checkatrade'], not: ['QuickBooks'] },
    { firm: 'physio', q: 'who are the outside companies we pass patient data on to, rather than ones processing it for us', has: ['Health insurers', "Patients' GP surgeries"], not: ['Cliniko'] },
    { firm: 'climbing', q: 'who outside the centre do we hand climbers details on to', has: ['Pennant Sports Insurance', 'TopLogger'] },
    // Neighbours: asked plainly, what each gets is said; the processors asked for are the processors.
    { firm: 'plumbing', q: 'who do we pass customer details on to', has: ['Gas Safe Register', 'the installation address'] },
    { firm: 'physio', q: 'which suppliers process patient data for us', has: ['Cliniko'] },
  ]);
});

describe('a product we do not hold weighed as easier or instead: "can i do X in Y", "is Y any good? … on that instead"', () => {
  cases([
    // Failed before this round: no use asked, so nothing looked for a product.
    { firm: 'signs', q: 'can i do the quotes in quickbooks? my mate says its loads easier', has: ['quickbooks', 'new-tools'] },
    { firm: 'pt', q: 'can we do the bookings in mindbody, apparently its easier', has: ['mindbody', 'new-tools'] },
    { firm: 'pt', q: 'is mindbody any good? could do the bookings on that instead', has: ['mindbody', 'new-tools'] },
    // Neighbours: our own tool done "instead" is ours; a day moved or kit weighed is no product.
    { firm: 'plumbing', q: 'can i do my invoices in quickbooks instead', has: ['QuickBooks: Bookkeeping'], not: ['new-tools'] },
    { firm: 'signs', q: 'can i do the install on saturday instead', has: ['Priya Sandhu'], not: ['new-tools'] },
    { firm: 'pt', q: 'is the new kettlebell any good', has: ['Jess Harlow'], not: ['new-tools'] },
  ]);
});
