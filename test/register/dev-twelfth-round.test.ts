import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twelfth round of work: one or more for each general cause found in
 * round 11's misses (a development set since it was scored), written in new words on other example
 * firms. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    school: 'millbrook-school',
    vets: 'hawthorn-vets',
  }),
);

describe('a social network by its everyday short name ("insta") is no unknown supplier: the photos policy answers', () => {
  cases([
    { firm: 'school', q: 'can i put a photo of a pupil who won the race on insta', has: ['Photographs and videos of pupils'], intent: 'policy' },
  ]);
});

describe('"nobody responsible for it" asks which suppliers have no owner', () => {
  cases([
    { firm: 'vets', q: 'which suppliers have nobody responsible for them', has: ['Pennine Pet Crematorium', 'Dalesbyte IT'], not: ['Provet Cloud'], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'any accounts with no one responsible', has: ['Pennine IT Support'], not: ['Commusoft'], intent: 'list-suppliers' },
  ]);
});
