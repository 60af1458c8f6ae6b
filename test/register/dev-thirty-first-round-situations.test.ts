import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-first round of work, situations: rounds 55 to 58's misses that tell a situation, as classes,
 * written in new words on other example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    piano: 'keynote-piano-services',
    cycles: 'pennant-cycles',
    signs: 'brightline-signs',
    haulage: 'redway-haulage',
    farrier: 'anvil-and-hoof-farriers',
    surf: 'swellcraft-surf-school',
    trees: 'oakwise-tree-surgeons',
    magic: 'fizzpop-magic',
    bees: 'goldcomb-apiaries',
    pets: 'wagtail-pet-sitters',
    podiatry: 'stepwell-podiatry',
    tattoo: 'inkwell-tattoo',
    swim: 'ripple-swim-school',
    vets: 'hawthorn-vets',
    bakery: 'crumb-and-crust-bakery',
    cakes: 'sugarloaf-cakes',
  }),
);

describe('a work device left or dropped somewhere not ours, or lost: the devices policy and the breach policy after it', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'piano', q: 'left my work phone at a school in bath', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'cycles', q: 'left the workshop tablet at a customer\'s house after a repair', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'signs', q: 'left the survey tablet on a customer\'s forecourt in leeds', has: ['devices', 'breach-reporting'], intent: 'policy' },
    { firm: 'haulage', q: 'left my work phone at a services on the m6', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'farrier', q: 'lost my work phone', has: ['phones-and-devices', 'breach-reporting', '24 hours'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'pets', q: 'left my phone in the car, is that ok', has: ['phones-devices'], not: ['breach-reporting'] },
    { firm: 'surf', q: 'dropped my phone in the sea, its dead', has: [], not: ['breach-reporting'] },
    { firm: 'bees', q: 'dropped the laptop at the show and the screen broke', has: ['devices'], not: ['breach-reporting'] },
    { firm: 'signs', q: 'left the tablet on charge in the office', has: ['devices'], not: ['breach-reporting'] },
    { firm: 'trees', q: 'left the tablet in the van overnight is that ok', has: [], not: ['breach-reporting'] },
  ]);
});

describe('someone else asking for their data gone or shown, told as a story: the policy on requests for one\'s data', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'magic', q: 'a dad wants us to wipe his number after the party', has: ['subject-requests'], intent: 'policy' },
    { firm: 'bees', q: 'farmer wants us to delete his contact details now hes stopped hosting', has: ['subject-requests'], intent: 'policy' },
    { firm: 'tattoo', q: 'client messaged on instagram saying wipe my number', has: ['data-requests'], intent: 'policy' },
    { firm: 'pets', q: 'a client wants to see everything weve got on her and her dogs', has: ['subject-requests'], intent: 'policy' },
    { firm: 'podiatry', q: 'man wants to know everything weve got on him', has: ['subject-requests'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'swim', q: 'parent asked to wipe her number from the class group', has: [], not: ['access-requests'] },
  ]);
});

describe('a login typed into a link or page the asker doubts: the breach policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'vets', q: 'typed my password into a dodgy looking link', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'signs', q: 'i put my shopvox login into a suspicious site', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'tattoo', q: 'typed the instagram password into a dodgy dm link', has: ['breach-reporting'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'piano', q: 'entered my xero password into the xero app, is that fine', has: [], not: ['breach-reporting'] },
    { firm: 'podiatry', q: 'how do i change my cliniko password', has: [], not: ['breach-reporting'] },
  ]);
});

describe('an email sent with everyone\'s addresses showing, told as sent without bcc: the breach policy', () => {
  cases([
    { firm: 'bees', q: 'emailed the hive hosts without bcc by mistake', has: ['breach-reporting'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'magic', q: 'do i need to bcc party emails', has: [], not: ['breach-reporting'] },
  ]);
});

describe('someone told as allergic: what a policy on allergies covers', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'magic', q: 'a kid at the party is allergic to nuts, what do i do', has: ['allergy-info'] },
    { firm: 'bakery', q: 'someone allergic to sesame asked what we use', has: ['allergy-notes'] },
    // Accepted neighbours that must keep their answers.
    { firm: 'cakes', q: 'bride says her dad is gluten intolerant', has: ['allergy-info'] },
    { firm: 'magic', q: 'where do we keep allergy info for parties', has: ['allergy-info'] },
  ]);
});
