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
