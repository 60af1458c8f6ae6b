import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-ninth round (tools the firm does not use): a product's name that no
 * English word list, firm or person has, beside the words a product sits by ("are we on X", "my invoices in
 * X", "X is easier, can we use that"), is not in the register; rounds 50 to 52's QuickBooks misses as that
 * class, written in new words on other example firms, beside questions whose strange word is a place, a
 * person or a slip for a supplier we hold, which keep their answers. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    cinema: 'palace-picturehouse',
    framing: 'gilt-edge-framing',
    swim: 'ripple-swim-school',
    climbing: 'crux-climbing',
    valeting: 'shinewell-valeting',
    gym: 'copperbeech-fitness',
    solar: 'sunmead-solar',
    plumbing: 'tolley-plumbing',
    launderette: 'sudsworth-launderette',
    pest: 'kingsmead-pest-control',
    haulage: 'redway-haulage',
  }),
);

describe('a product no word list holds, where a product sits in the question: not in the register, whom to ask, and the new-tools policy', () => {
  cases([
    // Failed before this round: a "don't know", or the supplier that does the job the product would do.
    { firm: 'cinema', q: 'are we on veezi for the tickets', has: ["can't find veezi", 'Rosalind Fenwick'], not: ['Kinolta'], intent: 'unknown-supplier' },
    { firm: 'climbing', q: 'are we on rollerdigital? wanted to log in to check a booking', has: ["can't find rollerdigital", 'New apps and tools'], not: ['Rock Gym Pro'] },
    { firm: 'framing', q: 'are we on framecad? wanted to log in', has: ["can't find framecad", 'New apps and online tools'] },
    { firm: 'framing', q: 'my sister reckons framecad is better, can we just start using it', has: ["can't find framecad", 'New apps and online tools'] },
    { firm: 'swim', q: 'jo says swimdesk is much easier, can we move to that', has: ["can't find swimdesk", 'New apps and online tools'] },
    { firm: 'valeting', q: 'my mate says valetpro is easier, can we use that for bookings', has: ["can't find valetpro", 'New apps and tools'] },
    { firm: 'gym', q: 'my mate says truecoach is easier, can we use that for bookings', has: ["can't find truecoach", 'Nadia Okonkwo'] },
    // Thirtieth round: "do we keep / do we do" a thing on a product asks whether we use it (failed before: the supplier doing that job).
    { firm: 'plumbing', q: 'do we keep the job photos in companycam', has: ["can't find companycam"], not: ['Commusoft'] },
  ]);
});

describe('a strange word that is a place, a person or a slip for one of ours keeps its answer', () => {
  cases([
    // A town after "in" where a job or a site is, not where something is kept.
    { firm: 'swim', q: 'can i use the pool in camborne on saturday', has: [], not: ["can't find camborne"] },
    { firm: 'solar', q: 'is it ok to leave the ladder on site in redruth overnight', has: [], not: ["can't find redruth"] },
    { firm: 'plumbing', q: 'can i use my own drill on the job in helston', has: [], not: ["can't find helston"] },
    { firm: 'plumbing', q: 'do we do the jobs in helston on a friday', has: [], not: ["can't find helston"] },
    { firm: 'launderette', q: 'do we do the invoices on xero', has: ['Xero'], not: ["can't find"] },
    // A customer's surname "is" something that is no product's praise.
    { firm: 'solar', q: 'gaz says trevithick is a nightmare customer, can we use the other installer', has: [], not: ["can't find trevithick"] },
    // A slip for a supplier we hold, and products we hold asked the same way.
    { firm: 'launderette', q: 'are we on xreo for the invoices', has: ['Xero'], not: ["can't find"] },
    { firm: 'pest', q: 'are we on pestpac? someone mentioned it', has: ['PestPac'], not: ["can't find"] },
    { firm: 'haulage', q: 'are we on microlise? i need to log in', has: ['Microlise'], not: ["can't find"] },
  ]);
});
