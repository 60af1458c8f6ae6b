import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * A story the kind model finds likely but is not sure of, answered by the rules with a supplier's entry, gives way to the policy
 * that covers it, as a story it is sure of does (the sixtieth round, answers-by-kind.ts: SITUATION_LIKELY). "Don't know", or a tool
 * the rules found we do not hold, stands where the model only leans: each beside them.
 */
const cases = devCasesOn(exampleFirms({ cakes: 'sugarloaf-cakes', memorials: 'granitecraft-memorials', vegbox: 'furrowfield-veg-box', pottery: 'kilnworks-pottery', dance: 'pirouette-dance-academy' }));

describe('a story only likely told, answered with an entry, is the policy that covers it', () => {
  cases([
    // Since the sixty-fifth round's retraining the model weighs this one at 0.49, below the bar, and the rules read it (an allergy
    // list asked for by someone else). Since the sixty-eighth round's, the memorials one is below the bar too, and the rules read it
    // (a caller of a trade beside us, answered by the policy on who we may discuss an order with, whose keywords it meets).
    { firm: 'cakes', q: 'venue coordinator wants a list of which guests have allergies, can i send it', has: ['allergy-info', 'consent'] },
    { firm: 'memorials', q: "funeral director's on the phone asking when the stone is going in, can i tell him", has: ['Who we can discuss an order with'] },
    // The one that goes the likely way now (0.68, sure of no kind): the rules alone give the pupils' records entry.
    { firm: 'dance', q: 'where does the medical info go on show day? one of my kids has an inhaler', has: ['chaperone', 'shredded'] },
    // Neighbours: "don't know" and a tool we do not hold stand.
    { firm: 'vegbox', q: 'a customer offered to give me a tenner for the spare veg crates', has: ["don't know"], not: ['Safeguarding'] },
    { firm: 'pottery', q: 'is it ok to send the class photos by we transfer?', has: ["can't find wetransfer"] },
  ]);
});
