import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Questions from the review of issue 17's twenty-sixth round: ordinary questions that the round's
 * new rules first answered wrongly (a park that is a place or a noun read as where to park, who is in
 * charge of a rota's supplier read as who is on the rota, a folder or invite named for what it holds
 * read as a tool we do not hold, annual leave read as a tool asked leave to use, the firm's own solicitor
 * read as someone asking for their records), each beside the
 * question the rule was written for, which must keep its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    park: 'heronsfield-holiday-park',
    playhouse: 'lantern-playhouse',
    homecare: 'larkfield-home-care',
    vets: 'hawthorn-vets',
    bakery: 'crumb-and-crust-bakery',
    lettings: 'ashcombe-lettings',
    physio: 'kestrel-physio',
  }),
);

describe('a park named as a place or a thing is no question of where to park', () => {
  cases([
    { firm: 'park', q: "where do we keep the park's booking records?", has: ['Anytime Booking'], not: ["don't know"] },
    { firm: 'park', q: 'where does the car park barrier system keep number plates?', has: ['Gatewise ANPR'], not: ["don't know"] },
    { firm: 'park', q: "where do the caravan park owners' details get stored?", has: ['North Norfolk District Council'], not: ["don't know"] },
    // The questions the rule was written for: where to park, which no register records.
    { firm: 'park', q: 'where can guests park?', has: ["don't know"], not: ['Coastwatch'] },
    { firm: 'park', q: 'where can the delivery van park?', has: ["don't know"], not: ['Purple'] },
    { firm: 'park', q: 'where should visitors park when the car park is full?', has: ["don't know"], not: ['Gatewise'] },
  ]);
});

describe('who is in charge of a rota supplier asks the register, not the rota', () => {
  cases([
    { firm: 'playhouse', q: 'who is in charge of the rota supplier?', has: ['Gus Barrow', 'Better Impact'], not: ["don't know"] },
    { firm: 'homecare', q: 'who is in charge of the rota provider?', has: ['Owen Gallagher', 'CarePlanner'], not: ["don't know"] },
    // The questions the rule was written for: who works when.
    { firm: 'playhouse', q: "who's on the rota this sunday?", has: ["don't know"] },
    { firm: 'homecare', q: 'who is on shift tonight?', has: ["don't know"] },
  ]);
});

describe('a folder or invite named for what it holds is no tool we do not hold', () => {
  cases([
    { firm: 'vets', q: "what's the meeting invite for tuesday?", has: [], not: ["can't find meeting"] },
    { firm: 'bakery', q: "what's the training folder?", has: [], not: ["can't find training"] },
    { firm: 'bakery', q: "where's the wedding folder?", has: [], not: ["can't find wedding"] },
    // The questions the rule was written for: a link on a tool the register does not hold.
    { firm: 'vets', q: 'what is the zoom link for the staff meeting?', has: ["can't find zoom"], intent: 'unknown-supplier' },
    { firm: 'bakery', q: "what's the dropbox link for the photos?", has: ["can't find dropbox"], intent: 'unknown-supplier' },
  ]);
});

describe('annual leave is no tool asked leave to use', () => {
  cases([
    { firm: 'vets', q: 'is it ok if I use annual leave for the conference?', has: [], not: ["can't find annual"] },
    { firm: 'vets', q: 'is it ok to use annual leave for the vet conference?', has: [], not: ["can't find annual"] },
    // The question the rule was written for: a tool we do not hold asked leave for.
    { firm: 'vets', q: 'is it ok if I use notion to plan the rota?', has: ["can't find notion"], intent: 'unknown-supplier' },
  ]);
});

describe("the firm's own solicitor asking for records is no one's request for their data", () => {
  cases([
    { firm: 'lettings', q: 'our solicitor wants the tenancy records for the eviction hearing, where are they?', has: [], not: ["Requests for a copy of someone's data"] },
    // The questions the rule was written for: a solicitor acting for the person whose records they are.
    { firm: 'lettings', q: "the landlord's solicitor wants the tenancy file", has: ["Requests for a copy of someone's data"], intent: 'policy' },
    { firm: 'physio', q: 'a solicitor has written asking for a patients treatment notes for a personal injury claim', has: ['Patients asking for a copy of their notes'], intent: 'policy' },
  ]);
});
