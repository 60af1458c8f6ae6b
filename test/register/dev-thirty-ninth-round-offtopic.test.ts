import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-ninth round (off-topic questions sharing a word with the register): misses of that
 * kind as classes, written in new words on example firms other than the failing cases', each beside a question of like
 * words that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    brewery: 'tidewell-brewery',
    books: 'marrowby-books',
    kennels: 'thistledown-kennels',
    theatre: 'lantern-playhouse',
    cowork: 'quayside-works',
    tailor: 'needle-and-thread',
  }),
);

describe('a consumable run short of or to be ordered: no register or policy keeps the stock', () => {
  cases([
    // Failed before this round: the breach policy ("out" of something read as a loss) or the entry of the kit it goes in.
    { firm: 'brewery', q: "we're almost out of till roll, who orders more?", has: ['Morwenna Hale'], not: ['breach-reporting', 'Register:'] },
    // Right before and kept: the same shapes where nothing else met them.
    { firm: 'theatre', q: "we're nearly out of programmes for tonight, who orders the reprint?", has: ['Delia Fenwick'], not: ['Register:'] },
    { firm: 'kennels', q: 'did someone order more coffee pods for the office', has: ['Moira Haldane'], not: ['Register:'] },
    // Neighbours: forms run out of with people's details asked after are the policy's; room on a named supplier's drive is not a supply.
    { firm: 'brewery', q: "ran out of mailing list cards at the tap room, can i just note people's emails on my own phone", has: ['marketing-consent'] },
  ]);
});

describe('a charger or a battery low: a gadget\'s upkeep, not the entry of the gadget nor a lost-device policy', () => {
  cases([
    // Failed before this round: the card reader's supplier, whose alias the gadget is.
    { firm: 'books', q: "the card reader's on 4%, where's the charger", has: ['Harriet Lomax'], not: ['SumUp'] },
    { firm: 'kennels', q: "the card reader's on 4%, where's the charger", has: ['Moira Haldane'], not: ['SumUp'] },
    // Right before and kept.
    { firm: 'theatre', q: 'the radio mics are on 10%, where are the chargers', has: ['Delia Fenwick'], not: ['Register:'] },
    // Neighbour: a device lost with its charger is the lost-device policy's.
    { firm: 'brewery', q: 'left my work phone and charger on the bus', has: ['lost-device'] },
  ]);
});

describe('a price, a tax on it or a tax rule asked: no register keeps what we charge', () => {
  cases([
    // Failed before this round: the bookkeeping entry for "vat", a photos policy for a tour's price.
    { firm: 'brewery', q: 'is there vat on the gift cards or not', has: ['Morwenna Hale'], not: ['QuickBooks'] },
    { firm: 'brewery', q: 'customer asking the price of a brewery tour, is it still £15?', has: ['Morwenna Hale'], not: ['photos'] },
    // Right before and kept.
    { firm: 'kennels', q: "what are we charging for a week's boarding at christmas", has: ['Moira Haldane'], not: ['Register:'] },
    { firm: 'brewery', q: 'whats the mileage rate if i drive to the beer festival', has: ['Morwenna Hale'], not: ['Register:'] },
    // Neighbours: who does the VAT returns is the bookkeeper's entry; a charge for a request is the access-request policy's.
    { firm: 'brewery', q: 'who does our vat returns', has: ['QuickBooks'] },
    { firm: 'brewery', q: 'what do we charge for data subject access requests', has: ['access-requests'] },
  ]);
});

describe('the weather, the tide or how warm a room is: no register or policy says', () => {
  cases([
    // Right before and kept (the failing cases met a CCTV policy's room or a first-aid policy's outdoor trip).
    { firm: 'brewery', q: 'forecast says heavy rain saturday, should we still do the beer garden', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'theatre', q: 'its boiling in the auditorium, can we put the air con on', has: ['Delia Fenwick'], not: ['Register:'] },
    { firm: 'brewery', q: 'its freezing in the taproom, can we put the heating on', has: ['Morwenna Hale'], not: ['Register:'] },
  ]);
});

describe('a machine fault with nobody\'s data in it, and whom to ring: the entry that repairs it, else no one the register knows', () => {
  cases([
    // Failed before this round: the lost-device policy for a noisy machine, the breach policy for a leak, a supplier's name as the verb "ring".
    { firm: 'brewery', q: 'the keg washer is making a horrible grinding noise, who do we ring', has: ['Morwenna Hale'], not: ['lost-device'] },
    { firm: 'brewery', q: "the fridge in the bar is leaking again, anyone got an engineer's number", has: ['Morwenna Hale'], not: ['breach-reporting'] },
    { firm: 'kennels', q: 'the dryer in the grooming room is making a funny noise, who do we ring', has: ['Moira Haldane'], not: ['lost-phone'] },
    { firm: 'cowork', q: 'the coffee machine is leaking, who do we call', has: ['Nadia Rahman'], not: ['breach-reporting'] },
    // Neighbours: the card reader's fault is its supplier's, and a supplier named Ring is still asked after as itself.
    { firm: 'brewery', q: "the card reader isn't working, who do we ring", has: ['Square'] },
    { firm: 'kennels', q: 'how long does ring keep footage', has: ['Ring', '30 days'] },
  ]);
});

describe('where to park, or whether there is room: never the register\'s, even at a supplier named by its own name', () => {
  cases([
    // Failed before this round: the entries of the venue and the security firm the question's words met.
    { firm: 'kennels', q: 'is there anywhere to park the pet taxi at the vets', has: ['Moira Haldane'], not: ['Paws Pet Taxi'] },
    { firm: 'theatre', q: 'is there room to park the set van behind the theatre', has: ['Delia Fenwick'], not: ['Witham Security'] },
    // Right before and kept.
    { firm: 'cowork', q: 'can members use the pay and display on the quay', has: ['Nadia Rahman'], not: ['Register:'] },
  ]);
});

describe('staff time, pay days, errands and socials: the employer\'s to say, not an entry\'s or a policy\'s', () => {
  cases([
    // Failed before this round: the CCTV policy for who runs the taproom.
    { firm: 'brewery', q: "who's running the taproom on sunday", has: ['Morwenna Hale'], not: ['cctv'] },
    // Right before and kept.
    { firm: 'brewery', q: "who's writing the newsletter bit about the oyster festival? needs doing by friday", has: ['Morwenna Hale'], not: ['Klaviyo'] },
    { firm: 'brewery', q: 'can i take a couple of days off next week', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: 'is pay going in early because of christmas', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: "are we doing a whip round for sam's leaving do", has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'kennels', q: 'can i book a week of holiday in march', has: ['Moira Haldane'], not: ['Register:'] },
    // Neighbours: where an entry's own work is shift swaps, a swap asked is that entry's; who does payroll is the register's.
    { firm: 'brewery', q: 'can i swap my saturday shift with jo', has: ['Deputy'] },
    { firm: 'kennels', q: 'who do we use for payroll', has: ['BrightPay'] },
    { firm: 'brewery', q: 'who sends the newsletter', has: ['Klaviyo'] },
  ]);
});

describe('a piece of kit to get: no register or policy keeps the shopping list, but a tool asked for is the register\'s', () => {
  cases([
    // Failed before this round: every supplier's location for a badge.
    { firm: 'brewery', q: 'where do i get a new name badge', has: ['Morwenna Hale'], not: ['Register:'] },
    // Right before and kept.
    { firm: 'brewery', q: 'can we get a bigger bin for the hop waste', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: 'can we get a spare set of keys cut for the cellar', has: ['Morwenna Hale'], not: ['Register:'] },
    // Neighbours: an app asked for is the rota app we hold; the card reader, its supplier.
    { firm: 'brewery', q: 'can we get a new app for the rota', has: ['Deputy'] },
    { firm: 'brewery', q: 'can we get a new card reader for the bar', has: ['Square'] },
  ]);
});

describe('who has a thing, or has anyone seen it: where a thing is, not an entry\'s data', () => {
  cases([
    // Failed before this round: the entries whose words met "shop" and "keys", listed.
    { firm: 'tailor', q: "who's got the keys to the shop", has: ['Priya'], not: ['Wix'] },
    // Right before and kept.
    { firm: 'tailor', q: 'anyone seen the big scissors', has: ['Priya'], not: ['Register:'] },
    // Neighbours: a thing a policy is titled by is that policy's; who has a login is the register's.
    { firm: 'tailor', q: 'who has the shop keys', has: ['keys-and-alarm'] },
    { firm: 'tailor', q: 'who has the admin login for sumup', has: ['SumUp'] },
  ]);
});
