import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-fourth round (everyday running of the business asked about a thing, not about
 * data): misses of that kind as classes, written in new words on other example firms, each beside a question of like
 * words that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    bakery: 'crumb-and-crust-bakery',
    vets: 'hawthorn-vets',
    salon: 'fernleigh-salon',
    plumber: 'tolley-plumbing',
    physio: 'kestrel-physio',
    marina: 'kingfisher-marina',
    solar: 'sunmead-solar',
    haulage: 'redway-haulage',
    gym: 'copperbeech-fitness',
    guesthouse: 'saltings-guest-house',
    motors: 'marshgate-motors',
    coffee: 'ember-roast-coffee',
    garden: 'greenhythe-garden-centre',
    tattoo: 'inkwell-tattoo',
    swim: 'ripple-swim-school',
    trees: 'oakwise-tree-surgeons',
    climbing: 'crux-climbing',
    ebikes: 'spokesmith-ebikes',
  }),
);

describe('how long a thing lasts or takes, not how long data is kept', () => {
  cases([
    // Failed before this round: a supplier's retention period, met through "fridge" or "how long".
    { firm: 'bakery', q: 'how long does the sourdough starter last in the fridge', has: ['Maggie Thornton'], not: ['Register:'] },
    { firm: 'physio', q: 'how long does a first assessment take?', has: ['Nadia Okoro'], not: ['Register:'] },
    // Neighbours: a retention period, and how long a request for someone's data takes, keep their answers.
    { firm: 'salon', q: 'how long do we keep patch test forms', has: ['Phorest'] },
    { firm: 'vets', q: 'how long does a breach report take to send', has: ['Reporting a data breach'] },
  ]);
});

describe('where a thing is, not where data is stored', () => {
  cases([
    { firm: 'plumber', q: 'where is the gas safe refresher training this year?', has: ['Karen Tolley'], not: ['Register:'] },
    { firm: 'marina', q: 'wheres the key for the fuel pump', has: ['Rosalind Teague'], not: ['Register:'] },
    // Neighbours: records and the register's own data are where they are stored, whatever word a firm uses for them.
    { firm: 'plumber', q: 'where are the gas safety certificates kept', has: ['Commusoft'] },
    { firm: 'physio', q: 'where are exercise plans kept', has: ['Physitrack'] },
    { firm: 'vets', q: 'where are the x-rays stored', has: ['Provet Cloud'] },
  ]);
});

describe('when pay or a delivery comes, a spare to hand, a perk, an errand, a repair, the way, a course, a sum', () => {
  cases([
    // Failed before this round: a supplier or policy whose words these everyday ones brush against ("payroll", "delivery", "breach").
    { firm: 'solar', q: 'what day do wages go out', has: ['Gareth Vowles'], not: ['Register:'] },
    { firm: 'haulage', q: 'when is pay day, is it the 28th', has: ['Sandra Bellamy'], not: ['driver card'] },
    { firm: 'coffee', q: 'what time does the milk delivery come', has: ['Rosalind Achterberg'], not: ['Register:'] },
    { firm: 'garden', q: 'has the compost delivery arrived yet', has: ['Ruth Okonjo'], not: ['Register:'] },
    { firm: 'tattoo', q: 'do staff get a discount on tattoos', has: ['Nadia Ferreira'], not: ['Register:'] },
    { firm: 'guesthouse', q: 'the shower in room 4 is leaking, who fixes it', has: ['Gideon Moss'], not: ['data breach'] },
    { firm: 'swim', q: 'the pool heater isnt working who do i call to fix it', has: ['Harriet Quayle'], not: ['data breach'] },
    { firm: 'trees', q: 'how do i get to the site in kendal', has: ['Rhiannon Ashby'], not: ['CompanyCam'] },
    { firm: 'climbing', q: 'can i eat my lunch at the front desk', has: ['Nadia Kowalczyk'], not: ['login'] },
    { firm: 'motors', q: 'whats the vat on a used car', has: ['Denise Harrow'], not: ['Register:'] },
    { firm: 'ebikes', q: 'whats the postage on a battery to france', has: ['Nia Okonjo'], not: ['Register:'] },
    // Neighbours: a lost phone is the breach policy's, a supplier's keeper the register's, whatever these shapes meet.
    { firm: 'plumber', q: 'i lost my work phone, who do i tell', has: ['Lost phones'] },
    { firm: 'plumber', q: 'who do we use for invoicing', has: ['Commusoft'] },
  ]);
});
