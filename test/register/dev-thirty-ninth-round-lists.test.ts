import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-ninth round, lists over the register: misses of rounds 59 to 64, as classes, in new
 * words on example firms other than the ones they came from where the firm allows. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    osteo: 'alder-osteopathy',
    electrician: 'sparkwise-electrical',
    yoga: 'stillpoint-yoga',
  }),
);

describe('a list asked to be named ("name them pls"): the list, not a kind of data called "name"', () => {
  cases([
    // Failed before this round: "name pls" narrowed the list to holders of names.
    { firm: 'osteo', q: 'how many suppliers store stuff in the EU? name them pls', has: ['SumUp', 'Google Workspace', 'BrightPay'], not: ['name pls'] },
  ]);
});

describe("the register silent on a field, said as what we haven't written down: those suppliers by name", () => {
  cases([
    // Failed before this round.
    { firm: 'electrician', q: 'any suppliers where we havent written down how long they keep stuff?', has: ['National Grid Electricity Distribution'] },
    { firm: 'yoga', q: 'which suppliers have we not recorded how long they keep data for?', has: ['Yoga Alliance Professionals'], not: ['Zoom:'] },
  ]);
});
