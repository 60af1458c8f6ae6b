import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-fifth round of work (lists and register lookups): rounds 39
 * and 40's misses of that kind as classes, written in new words on other example firms, and
 * questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    removals: 'thackeray-removals',
    cleaning: 'sparkle-bright-cleaning',
    dance: 'pirouette-dance-academy',
    bakery: 'crumb-and-crust-bakery',
    pest: 'kingsmead-pest-control',
  }),
);

describe('"would X tell us if they got hacked": the supplier\'s own breach promise, with how fast, not our breach policy', () => {
  cases([
    // Failed before this round (the breach policy, or the supplier's whole entry).
    { firm: 'plumber', q: 'if the job system got hacked would they let us know', has: ['Commusoft', '48 hours'], intent: 'security' },
    { firm: 'removals', q: 'if the crm was breached would they even tell us', has: ['MoveMan', '48 hours'], intent: 'security' },
    { firm: 'cleaning', q: 'if the rota app gets hacked will they tell us', has: ['Connecteam', '48 hours'], intent: 'security' },
    { firm: 'cleaning', q: 'if the direct debit people get hacked do they tell us', has: ['GoCardless', '72 hours'], intent: 'security' },
    // Passed before, kept as checks: the promise asked with the supplier's name or the word "breach"; our own breach is still the policy's.
    { firm: 'plumber', q: 'would commusoft warn us if they were breached', has: ['Commusoft', '48 hours'], intent: 'security' },
    { firm: 'removals', q: 'would the removals system tell us if they had a breach', has: ['MoveMan', '48 hours'], intent: 'security' },
    { firm: 'cleaning', q: 'if my phone got hacked what do i do', has: ['Reporting a data breach'], not: ['Connecteam, on a breach'] },
    { firm: 'plumber', q: 'if the engineer app got hacked what do i do', has: ['data breaches'], not: ['Commusoft, on a breach'] },
  ]);
});
