import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

const cases = devCasesOn(
  exampleFirms({
    coffee: 'beanwagon-coffee',
    farmshop: 'appleyard-farm-shop',
    hydro: 'paddlepaws-hydrotherapy',
    aquatics: 'reefside-aquatics',
    plumber: 'tolley-plumbing',
    centre: 'cragside-outdoor',
    clinic: 'kestrel-physio',
    pub: 'plough-at-amberley',
    garage: 'rollright-garage-doors',
    divers: 'bluehole-divers',
  }),
);

describe("a thing of ours playing up, or how to work it, is whom to ask: the supplier's entry says nothing of mending it", () => {
  cases([
    // Before: Square's whole entry, and the card payments policy.
    { firm: 'coffee', q: 'the card reader keeps saying no connection again, anyone know the trick?', has: ["don't know", 'Hattie Marsh'], not: ['Square:'] },
    // Before: the card payments policy, which says nothing of refunds.
    { firm: 'coffee', q: 'how do I refund someone on the card machine? charged her twice', has: ["don't know"], not: ['Taking card payments'] },
    // Before: Dojo's whole entry.
    { firm: 'hydro', q: 'card machine keeps declining contactless, is it just me?', has: ["don't know"], not: ['Dojo:'] },
    // Neighbours: a policy that says how it is done answers how to do it; a field asked beside the fault is answered;
    // the thing lost or stolen is an incident; what the supplier keeps is its entry's.
    { firm: 'farmshop', q: 'how do I refund someone on the card machine? charged her twice', has: ['card-payments', 'Refunds go back to the card'] },
    { firm: 'aquatics', q: 'till keeps freezing lol, what uptime does epos now actually promise us', has: ['Epos Now', '99.9%'] },
    { firm: 'plumber', q: 'the work tablet was stolen from the van last night', has: ['lost-phone'] },
    { firm: 'coffee', q: 'where does square keep the card details', has: ['Square', 'tokenised'] },
    // What a review of the first cut found dropped, put back: who supplies it, asked however "who's" is typed; the IT firm
    // whose work is the thing; an entry that says how the thing is done.
    { firm: 'centre', q: 'card reader keeps dropping out, whos the company for it?', has: ['Stripe'] },
    { firm: 'clinic', q: 'the wifi keeps cutting out in reception', has: ['Avonside IT'] },
    { firm: 'pub', q: 'how do i do a refund on the card machine', has: ['Dojo', 'manager PIN'] },
    // A second review: an entry whose keywords only name refunds says nothing of how; a job done "at the end of a repair" is no
    // repairer; a laptop nagging for an update is the IT firm's, not a policy the ranker would guess.
    { firm: 'garage', q: 'how do i do a refund on the till', has: ["don't know"] },
    { firm: 'divers', q: 'the laptop keeps asking for an update should i do it', has: ['Harbourside IT'] },
  ]);
});
