import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's forty-second round: the classes rounds 75–77 (new firms) found missed, written on
 * example firms other than the misses' where the class allows, each beside a question of like words that keeps its
 * right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    barn: 'oxley-barn',
    removals: 'thackeray-removals',
    clearances: 'hearthside-clearances',
  }),
);

describe('how long a thing named in everyday words is kept: beside its entry, only what the policy says of its time', () => {
  cases([
    { firm: 'barn', q: 'how long is cctv footage kept', has: ['Verisure', '30 days', 'Footage is kept 30 days', 'Policy: cctv'], not: ['bridal suite', 'disclosure form'] },
    { firm: 'removals', q: 'how long is van tracker data kept', has: ['Quartix', '90 days', 'Policy:'] },
    // Kept: a story read as retention ("wipe it and flog it") keeps the whole policy, which says what to do.
    { firm: 'clearances', q: 'found a laptop in the back bedroom, son says just wipe it and flog it on ebay', has: ['Wharfe Valley'] },
  ]);
});
