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
    stables2: 'hollybrook-equestrian',
    escapes: 'lockbox-escapes',
    vintage: 'second-stitch-vintage',
    bakery: 'crumb-and-crust-bakery',
    pest: 'kingsmead-pest-control',
    driving: 'ridgeway-driving',
    physio: 'kestrel-physio',
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
    { firm: 'cleaning', q: 'where is the rota app data stored', has: ['Connecteam data is stored in'], intent: 'location' },
    { firm: 'cleaning', q: 'who runs the rota app', has: ['Tom Ashworth looks after Connecteam'], intent: 'owner' },
    { firm: 'cleaning', q: 'how long does the rota app keep our data', has: ['Connecteam'], intent: 'retention' },
    { firm: 'marina', q: 'who can see the cctv of the car park', has: ['Wyvern Security'], intent: 'access' },
    { firm: 'cycles', q: 'what does the hire system hold', has: ['Rentle', 'hire deposits'], intent: 'supplier' },
    { firm: 'cycles', q: 'whats the cost of a data breach', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'stables', q: 'how much info do we hold on riders', has: ['RideBook'], intent: 'supplier' },
  ]);
});

describe('a tool we do not hold, in more shapes: not in the register, as typed, whom to ask, and the firm\'s new-tools policy', () => {
  cases([
    // Failed before this round (no new-tools policy on the plain "can't find" path, or a policy or supplier met by other words).
    { firm: 'stables2', q: 'can i put the lesson rota on trello', has: ["can't find trello", 'Rosalind Marsh', 'Using new apps and services'], intent: 'unknown-supplier' },
    { firm: 'stables2', q: 'is it ok if i use notion to keep track of livery enquiries', has: ["can't find notion", 'Rosalind Marsh', 'Using new apps and services'], intent: 'unknown-supplier' },
    { firm: 'haulage', q: 'can i put the drivers rota on monday.com', has: ["can't find monday.com", 'Sandra Bellamy', 'New apps and online tools'], intent: 'unknown-supplier' },
    { firm: 'haulage', q: 'is it ok if i use pipedrive to keep track of new customer leads', has: ["can't find pipedrive", 'Sandra Bellamy', 'New apps and online tools'], not: ['Microlise'], intent: 'unknown-supplier' },
    { firm: 'haulage', q: 'is wetransfer ok? a customer wants to send me the delivery notes', has: ["can't find wetransfer", 'Sandra Bellamy', 'New apps and online tools'], not: ['Mandata'], intent: 'unknown-supplier' },
    { firm: 'haulage', q: 'can i paste the driver list into chatgpt to write the rota', has: ["can't find chatgpt", 'Sandra Bellamy', 'New apps and online tools'], intent: 'unknown-supplier' },
    { firm: 'escapes', q: 'can i put the booking rota on asana', has: ["can't find asana", 'Nadia Brennan', 'New apps and websites'], intent: 'unknown-supplier' },
    { firm: 'escapes', q: 'is dropbox ok? a game designer wants to send me the puzzle files', has: ["can't find dropbox", 'Nadia Brennan', 'New apps and websites'], not: ['Room cameras'], intent: 'unknown-supplier' },
    { firm: 'vintage', q: 'can i put the stock list on airtable', has: ["can't find airtable", 'Priya Lang', 'New apps and services'], intent: 'unknown-supplier' },
    { firm: 'vintage', q: 'is it ok if i use mailerlite to send the newsletter', has: ["can't find mailerlite", 'Priya Lang', 'New apps and services'], intent: 'unknown-supplier' },
    { firm: 'pest', q: 'can i put the callout rota on trello', has: ["can't find trello", 'Hester Quayle', 'Using new apps and services'], intent: 'unknown-supplier' },
    // A link to a tool we do not hold: not in the register, whom to ask.
    { firm: 'stables2', q: 'whats the dropbox link for the show photos', has: ["can't find dropbox", 'Rosalind Marsh'], not: ['Photos and social media'], intent: 'unknown-supplier' },
    // Passed before, kept as checks: tools we hold, everyday words in the same slots, a way to pay beside the one we use.
    { firm: 'escapes', q: 'can i take the booking over the phone instead', has: ['Taking payments safely'], not: ["can't find"] },
    { firm: 'escapes', q: 'is stripe ok for refunds', has: ['Stripe'], not: ["can't find"] },
    { firm: 'haulage', q: 'can i put the delivery notes into mandata', has: ['Mandata'], not: ["can't find"] },
    { firm: 'haulage', q: 'can i send it by post instead', has: ['Delivery paperwork'], not: ["can't find"] },
    { firm: 'pest', q: 'can i put the site notes into pestpac', has: ['PestPac'], not: ["can't find"] },
    { firm: 'bakery', q: 'can customers pay by paypal', has: ["can't find paypal", 'Maggie Thornton', 'Using new apps and tools'], intent: 'unknown-supplier' },
    { firm: 'bakery', q: 'can customers pay by card', has: ['Square', 'Card terminals'], not: ["can't find"] },
    { firm: 'bakery', q: 'is deputy ok for rota swaps', has: ['Deputy'], not: ["can't find"] },
    { firm: 'cycles', q: 'is rentle ok? customer wants to book for saturday', has: ['Rentle'], not: ["can't find"] },
  ]);
});

describe('"For that, the register has…" only where the question says the job the tool would do', () => {
  cases([
    // Failed before this round (a supplier met by the task's data words, read as the answer).
    { firm: 'bakery', q: 'can i use canva to design the cake order form', has: ["can't find canva", 'Maggie Thornton'], not: ['For that, the register has'], intent: 'unknown-supplier' },
    { firm: 'cycles', q: 'can i use wetransfer to send the hire waivers to the insurer', has: ["can't find wetransfer", 'Carys Morgan'], not: ['For that, the register has', 'Rentle'], intent: 'unknown-supplier' },
    { firm: 'stables2', q: 'can i use dropbox to send the lesson photos to parents', has: ["can't find dropbox", 'Rosalind Marsh'], not: ['For that, the register has', 'Jotform'], intent: 'unknown-supplier' },
    { firm: 'removals', q: 'can i use dropbox to share the inventory with the customer', has: ["can't find dropbox", 'Donal Keane'], not: ['For that, the register has', 'MoveMan'], intent: 'unknown-supplier' },
    { firm: 'gym', q: 'can i use canva to make the class timetable poster', has: ["can't find canva", 'Nadia Okonkwo'], not: ['For that, the register has', 'Glofox'], intent: 'unknown-supplier' },
    // Passed before, kept as checks: no supplier read as the answer for a poster with names on it.
    { firm: 'bakery', q: 'can i use canva to make the christmas order poster with the customers names', has: ["can't find canva", 'Maggie Thornton', 'Using new apps and tools'], not: ['For that, the register has'], intent: 'unknown-supplier' },
    // Nor where the job is asked ("for booking lessons"): since the thirtieth round no supplier is named beside a tool we do not hold.
    { firm: 'driving', q: 'is Calendly ok to use for booking lessons?', has: ["can't find Calendly"], not: ['For that, the register has', 'Total Drive'] },
  ]);
});
