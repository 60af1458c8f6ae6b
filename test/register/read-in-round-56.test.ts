import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 109 and focus set 15 (written blind, read in the fifty-sixth round): what their misses taught, each beside a neighbour
// that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    sweeps: 'sootbusters-sweeps',
    yard: 'hollybrook-equestrian',
    blocks: 'keyfold-block-management',
    aquatics: 'reefside-aquatics',
    counselling: 'willowbank-counselling',
    tees: 'threadbare-tees',
  }),
);

describe('a tool we do not hold, by a name the lists had not known', () => {
  cases([
    // Before: the paperwork policy, the retention policy, "don't know".
    { firm: 'sweeps', q: 'can i scan the job sheets with adobe scan on my phone instead of bringing them in on friday', has: ["can't find adobe scan", 'new-tools'] },
    { firm: 'yard', q: 'can i record the hacks on equilab and share the routes with the liveries', has: ["can't find equilab", 'new-tools'] },
    // "Otter" is an everyday word: a tool only where it is taken on or said to do a tool's job.
    { firm: 'blocks', q: 'apparently otter can transcribe the agm and write the minutes for us, can we use it?', has: ["can't find otter", 'new-tools'] },
    { firm: 'tees', q: 'is trustpilot something we use? customer asked where to leave a review', has: ["can't find trustpilot"] },
    // Neighbours: the animal, and "google keep" that is Google keeping something.
    { firm: 'aquatics', q: 'we saw an otter on the river walk today', has: ["don't know"], not: ["can't find otter"] },
    { firm: 'counselling', q: 'does google keep our emails in the uk?', has: ['Google Workspace'], not: ["can't find"] },
  ]);
});
