import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * The asker's own life outside work, in a question the kind model is sure is off the subject (the sixtieth round): their car
 * finance, their gym's direct debit, their car insurance, their sister's wedding are nobody's in the register, whatever supplier's
 * keyword or name the words meet; so is a thing mislaid about the place ("anyone seen the forklift key?"). Each beside a neighbour
 * of like words asked of the firm's own business, which keeps its answer.
 */
const cases = devCasesOn(
  exampleFirms({ music: 'fretwork-music-shop', falconry: 'hawkwing-falconry', chef: 'saltandsage-private-chef', ev: 'voltbay-ev-charging', physio: 'kestrel-physio', boatyard: 'tidewater-boatyard', stores: 'ashby-parva-stores' }),
);

describe("the asker's own bills, car and family's occasions are nobody's in the register", () => {
  cases([
    { firm: 'music', q: 'direct debit for my gym keeps failing, is it a banking thing today or just me', has: ["don't know"], not: ['GoCardless'] },
    { firm: 'falconry', q: 'my car insurance is up for renewal, anyone used nfu for their car? worth it?', has: ["don't know"], not: ['NFU Mutual'] },
    { firm: 'chef', q: "can anyone take photos at my sister's wedding in august? i'll pay in cake", has: ["don't know"], not: ['Photos and social media'] },
    { firm: 'ev', q: 'my car finance payments went up again this month, anyone else getting stung?', has: ["don't know"], not: ['Stripe'] },
    // Neighbours: the same words of the firm's own business keep their answers.
    { firm: 'music', q: "a customer's direct debit for lessons keeps failing, who do i tell?", has: ['GoCardless'] },
    { firm: 'falconry', q: 'is nfu our insurer?', has: ['NFU Mutual'] },
    { firm: 'chef', q: 'can i put photos of the wedding dinner we cooked on instagram?', has: ['Photos and social media'] },
    { firm: 'physio', q: 'my bank details have changed, who do i tell for payroll?', has: ['IRIS Payroll'] },
    // The asker's own holiday is work's leave: the rota app where it is booked.
    { firm: 'stores', q: 'where do i book my holiday?', has: ['Rotacloud'] },
  ]);
});

describe('a thing mislaid about the place, asked after, is nobody\'s in the register', () => {
  cases([
    { firm: 'boatyard', q: 'anyone seen the forklift key? not on its hook in the workshop', has: ["don't know"], not: ['Keytracker'] },
    // Neighbour: an owner's boat key missing from the cabinet is the policy on owners' keys.
    { firm: 'boatyard', q: 'anyone seen the owners keys for the fairline? theyre not back in the cabinet and hes coming today', has: ["Owners' keys"] },
  ]);
});
