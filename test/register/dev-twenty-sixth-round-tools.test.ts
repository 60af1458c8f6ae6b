import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-sixth round of work (tools and off-topic): rounds 41 to 44's
 * misses of that kind as classes, written in new words on other example firms, and questions that
 * must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    gym: 'copperbeech-fitness',
    haulage: 'redway-haulage',
    removals: 'thackeray-removals',
    theatre: 'lantern-playhouse',
    cycles: 'pennant-cycles',
    stables: 'hollybrook-equestrian',
    cleaning: 'sparkle-bright-cleaning',
    books: 'marrowby-books',
    marina: 'kingfisher-marina',
  }),
);

const DONT_KNOW = "I don't know how to answer that";

describe('a price, a place to park or who is on a rota: never a register fact, so "don\'t know" and whom to ask', () => {
  cases([
    // Failed before this round (a supplier whose text mentions hire, parking, rotas or commission, or a policy).
    { firm: 'gym', q: "who's on the front desk rota tomorrow", has: [DONT_KNOW, 'Nadia Okonkwo'], not: ['Google Workspace'], intent: 'unknown' },
    { firm: 'haulage', q: 'where should the lorries park overnight', has: [DONT_KNOW, 'Sandra Bellamy'], not: ['Allstar', 'Microlise'], intent: 'unknown' },
    { firm: 'haulage', q: 'where do we park the trailers at the depot', has: [DONT_KNOW, 'Sandra Bellamy'], not: ['Calder Security'], intent: 'unknown' },
    { firm: 'removals', q: 'where can the removal van park at the new flat', has: [DONT_KNOW, 'Donal Keane'], not: ['MoveMan'], intent: 'unknown' },
    { firm: 'removals', q: 'how much to hire a van for the day', has: [DONT_KNOW, 'Donal Keane'], not: ['Van tracking'], intent: 'unknown' },
    { firm: 'removals', q: 'who is on the crew rota for saturday', has: [DONT_KNOW, 'Donal Keane'], not: ['Deputy'], intent: 'unknown' },
    { firm: 'theatre', q: 'whats our commission on ticket sales', has: [DONT_KNOW, 'Delia Fenwick'], not: ['Spektrix'], intent: 'unknown' },
    { firm: 'theatre', q: 'hows much is a matinee ticket', has: [DONT_KNOW, 'Delia Fenwick'], not: ['Spektrix'], intent: 'unknown' },
    { firm: 'theatre', q: "who's on the box office rota on friday", has: [DONT_KNOW, 'Delia Fenwick'], not: ['Spektrix'], intent: 'unknown' },
    { firm: 'theatre', q: 'where do the actors park', has: [DONT_KNOW, 'Delia Fenwick'], not: ['Witham Security'], intent: 'unknown' },
    { firm: 'cycles', q: 'how much to hire an e bike', has: [DONT_KNOW, 'Carys Morgan'], not: ['Rentle'], intent: 'unknown' },
    { firm: 'cycles', q: "who's on the workshop rota this week", has: [DONT_KNOW, 'Carys Morgan'], not: ['Bikedesk'], intent: 'unknown' },
    { firm: 'stables', q: 'where can the horsebox park', has: [DONT_KNOW, 'Rosalind Marsh'], not: ['Hik-Connect'], intent: 'unknown' },
    { firm: 'cleaning', q: 'whos on the rota for the office clean on monday', has: [DONT_KNOW, 'Tom Ashworth'], not: ['Connecteam'], intent: 'unknown' },
    // Passed before, kept as checks: the same words asking the register (data, who sees CCTV, where a rota app keeps data).
    { firm: 'gym', q: 'how much data does the booking system hold', has: ['Glofox', 'member contact details'], intent: 'supplier' },
    { firm: 'gym', q: 'who can see the car park cctv', has: ['Northgate Security'], intent: 'access' },
    { firm: 'cleaning', q: 'where is the rota app data stored', has: ['Connecteam keeps'], intent: 'location' },
    { firm: 'cleaning', q: 'who runs the rota app', has: ['Tom Ashworth looks after Connecteam'], intent: 'owner' },
    { firm: 'cleaning', q: 'how long does the rota app keep our data', has: ['Connecteam'], intent: 'retention' },
    { firm: 'marina', q: 'who can see the cctv of the car park', has: ['Wyvern Security'], intent: 'access' },
    { firm: 'cycles', q: 'what does the hire system hold', has: ['Rentle', 'hire deposits'], intent: 'supplier' },
    { firm: 'cycles', q: 'whats the cost of a data breach', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'stables', q: 'how much info do we hold on riders', has: ['RideBook'], intent: 'supplier' },
  ]);
});
