import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twentieth round of work: rounds 23 and 24's misses as classes,
 * written in new words on other example firms, and questions that must keep their right answers.
 * For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    photographer: 'foxglove-studio',
    care: 'larkfield-home-care',
    recruiter: 'kestrel-recruitment',
  }),
);

describe('"who haven\'t we got a statement from?": a negated helping verb is never a supplier\'s name', () => {
  cases([
    // Failed before this round ("I can't find haven in our register").
    { firm: 'photographer', q: 'who havent we had a gdpr statement from', has: ['not on file', 'Flodesk'], intent: 'statement' },
    { firm: 'care', q: "who haven't we got a dpa from", has: ['not on file', 'uCheck'], intent: 'statement' },
    // Passed before, kept as checks: the same asked without a contraction, and a supplier we do not hold.
    { firm: 'photographer', q: 'who have we not got a gdpr statement from', has: ['not on file', 'Flodesk'], intent: 'statement' },
    { firm: 'photographer', q: 'do we have a dpa with sage', has: ["can't find sage"], intent: 'unknown-supplier' },
  ]);
});
