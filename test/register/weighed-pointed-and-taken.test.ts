import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

const cases = devCasesOn(
  exampleFirms({
    transport: 'careway-transport',
    cafe: 'tutti-ice-cream',
    studio: 'boomline-studios',
    charity: 'broadland-befrienders',
    physio: 'saddleworks-equine-physio',
    play: 'jungle-jims-play',
    osteopath: 'alder-osteopathy',
    vans: 'cobalt-van-hire',
    cookery: 'copperpot-cookery-school',
    ambulance: 'careway-transport',
  }),
);

describe('a tool weighed against one of ours is a tool we do not hold, however the change is put', () => {
  cases([
    { firm: 'cafe', q: 'could we switch the parlour till to zettle? the fees look lower', has: ["can't find zettle"] },
    // Before: "don't know", and a supplier's entry a word of the story met.
    { firm: 'studio', q: 'could we switch the podcast hosting to captivate? the client likes the stats', has: ["can't find captivate"] },
    { firm: 'play', q: 'could we switch the party invites to evite? the mums all use it', has: ["can't find evite"] },
    // Neighbours: one of our tools weighed is its entry; a room or a timer is no tool.
    { firm: 'studio', q: 'can we use riverside instead of zoom for the remote guests?', has: ['Riverside'] },
    { firm: 'play', q: 'can the hosts use the big room instead of the lagoon room for the party?', has: [], not: ["can't find"] },
    { firm: 'play', q: 'could we switch the lights to the timer?', has: ["don't know"] },
    // A review found these read as tools: only a thing a tool would run (a till, the bookings, the hosting) is switched to one.
    { firm: 'osteopath', q: 'could we switch the cleaning to fortnightly', has: [], not: ["can't find"] },
    { firm: 'cafe', q: 'could we switch the shift to earlies', has: [], not: ["can't find"] },
  ]);
});

describe('who from outside reaches a system, and a field pointed back at, are asked of that supplier', () => {
  cases([
    // Before: Xero's whole entry.
    { firm: 'charity', q: 'can anyone outside the charity get into xero? volunteers bank details are in there for the mileage', has: ['Bure Valley Accountants has access to Xero'] },
    { firm: 'charity', q: 'can anyone outside the charity get into charitylog?', has: ['Reepham Computer Services has access to Charitylog'] },
    // Before: CircleLoop's whole entry, without the transfer's notes.
    { firm: 'charity', q: 'circle loop uses an american company for the calls doesnt it? what covers that transfer', has: ['covered by the EU SCCs'] },
    { firm: 'physio', q: 'writeupp is hosted abroad isnt it? what covers that transfer', has: ['WriteUpp stores data in the UK', 'No transfer safeguard is needed'] },
    // What the first part only supposed is answered by the field pointed at, not the whole entry before it.
    { firm: 'vans', q: "Record360 is american isn't it? what covers that transfer", has: ['Record360 stores data in the US'], not: ['Record360: '] },
    // Neighbour: "outside" said of a place, not of who reaches a system.
    { firm: 'charity', q: 'can anyone get a lift to the lunch club from outside the village?', has: ["don't know"] },
  ]);
});

describe("money taken from someone by one close to them, or a secret sworn, is the safeguarding policy's", () => {
  cases([
    // Before: Xero's entry (a bank card), and the policy on outsiders asking.
    { firm: 'charity', q: 'mr h told me on our call that his nephew has been using his bank card, but he made me swear i wouldnt tell anyone', has: ['safeguarding-sharing', 'never promise to keep a secret'] },
    { firm: 'charity', q: 'mrs p says her grandson keeps taking her pension money but begged me not to say anything', has: ['safeguarding-sharing'] },
    // However the money is taken: out of an account, cheques cashed, benefits handed over. Before: the policy on phone
    // enquiries, the commissioner's entry, the IT firm's.
    { firm: 'ambulance', q: 'one of our regular patients says her grandson has been taking money out of her account, she seemed really upset', has: ['Safeguarding concerns'] },
    { firm: 'ambulance', q: "a patient's son made her hand over her pension at the door before we set off", has: ['Safeguarding concerns'] },
    { firm: 'charity', q: 'mr t told me his nephew keeps cashing his cheques and he doesnt know where the money goes', has: ['safeguarding-sharing'] },
    // Neighbour: the asker's own son, with money for the family's bills, is no one's harm.
    { firm: 'charity', q: 'my son took money out of my account for the car insurance, is that ok to claim on expenses?', has: [], not: ['Safeguarding concerns'] },
    // Never a policy titled for children alone, for money taken from an adult.
    { firm: 'cookery', q: 'his nephew has been using his bank card', has: [], not: ["Children's holiday courses"] },
    // Neighbours: the asker's own son at the canteen, and a colleague's happy news kept quiet, are no one's harm.
    { firm: 'charity', q: 'a volunteer told me she is pregnant and made me promise i wouldnt tell anyone yet', has: [], not: ['Safeguarding concerns'] },
  ]);
});
