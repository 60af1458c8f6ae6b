import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-fourth round mended in the answerer, beside its neighbours: the stories focus set 109 taught, the same stories told
 * otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    parkview: 'parkview-residents-association',
    riverprint: 'riverprint-community-newspaper',
    safehome: 'safehome-discharge-volunteers',
    befrienders: 'broadland-befrienders',
    villageShop: 'ashby-parva-stores',
    mensShed: 'tinkers-mens-shed',
  }),
);

describe('what the association keeps on someone, asked by them', () => {
  cases([
    { firm: 'parkview', q: 'a resident stopped me by the bins and asked what info the association keeps on her. i said id find out, what now?', has: ['own-data-request', 'Note who asked and when'] },
    { firm: 'mensShed', q: 'one of the members asked what info the group keeps on him, what do i do?', has: ['subject-access', 'for a copy of what the shed holds about them'] },
  ]);
});

describe('someone we serve not seen for days, or an older person seen not coping', () => {
  cases([
    { firm: 'parkview', q: "nobody's seen the lady at 41 derwent for days, can i ask in the block group if anyone knows where she is?", has: ['vulnerable-residents', 'Do not discuss it in any WhatsApp group'] },
    { firm: 'befrienders', q: "nobody's seen mrs hale from the tuesday group for over a week, can i ask round the group if anyone knows where she is?", has: ['safeguarding-sharing', 'tell Maggie the same'] },
    { firm: 'parkview', q: 'door knocking today, old gent at 3 ashdown hasnt got any heating and looked really frail, no ones seen his family for weeks. who do i tell?', has: ['vulnerable-residents', 'tell Marcia the same day'] },
    { firm: 'befrienders', q: "old gent on my visits hasn't got any heating and looks frail, who should i tell?", has: ['safeguarding-sharing', 'tell Maggie the same'] },
    // Neighbours: a thing not seen, not a person; whom to tell asked of good news; a firm whose one safeguarding policy is for its young staff.
    { firm: 'befrienders', q: "nobody's seen the tea urn for days, has someone borrowed it?", has: [], not: ['If you are worried'] },
    { firm: 'villageShop', q: 'old gent who comes in said his heating is fixed now, who do i tell the delivery is late?', has: [], not: ['If a young person tells you something worrying'] },
    { firm: 'villageShop', q: 'doing the deliveries, elderly lady at the end house had nothing in the fridge and seemed really muddled, who do i tell?', has: ['Margaret Ellwood'], not: ['If a young person tells you something worrying'] },
  ]);
});

describe('someone\'s address published by a slip', () => {
  cases([
    { firm: 'riverprint', q: "oops, we ran mr gillespie's letter online with his full street address. can i just edit it out and not make a fuss?", has: ['lost-device-breach', 'Do not try to fix it quietly'] },
    { firm: 'riverprint', q: 'oops, we printed the raffle winners in the paper with their home addresses, what now?', has: ['lost-device-breach', 'Do not try to fix it quietly'] },
    // Neighbour: leave asked to print them, no slip told: the rule on letters, not the breach policy.
    { firm: 'riverprint', q: 'can we print the raffle winners in the paper with their home addresses?', has: [], not: ['Do not try to fix it quietly.'] },
  ]);
});

describe('how long a thing is kept, where the entries holding it do not say', () => {
  cases([
    { firm: 'riverprint', q: 'the letters we never printed from the summer are still sitting in the inbox, how long do we hang on to them?', has: ['keeping-material', 'letters are deleted after 3 months'] },
    // Neighbour: an entry that gives the time itself answers, and no policy sentence is put beside it.
    { firm: 'riverprint', q: 'how long do we hang on to the unused photos from the gala on dropbox?', has: ['unused photos deleted after 2 years'], not: ['Unused photos go after 2 years'] },
  ]);
});

describe('the neighbours asked by us whether a client is back in hospital', () => {
  cases([
    { firm: 'safehome', q: "client didn't answer the door, shall i knock next door and ask if she's gone back into hospital?", has: ['no-answer', 'Never ask neighbours whether the person'] },
    // Neighbour: a neighbour asking us is the policy on what neighbours are told.
    { firm: 'safehome', q: "the lady next door came out and asked me what's wrong with mrs b and whether she's been in hospital", has: ['health-details'], not: ['Never ask neighbours whether the person has been taken back to hospital or give them any details.'] },
  ]);
});
