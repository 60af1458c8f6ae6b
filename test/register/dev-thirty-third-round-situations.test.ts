import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-third round of work, situations: rounds 56 to 61's misses that tell a situation, as classes,
 * written in new words on other example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    pets: 'wagtail-pet-sitters',
    grooming: 'pawprint-grooming',
    estates: 'fairhaven-estates',
    farrier: 'anvil-and-hoof-farriers',
    windows: 'crystal-clear-windows',
    cleaning: 'sparkle-bright-cleaning',
    blinds: 'shadeline-blinds',
    electrical: 'sparkwise-electrical',
    locksmith: 'keystone-locksmiths',
    funeral: 'hollins-funeral',
    memorials: 'granitecraft-memorials',
    tailor: 'needle-and-thread',
    music: 'ashdown-music',
    equestrian: 'hollybrook-equestrian',
  }),
);

describe('an entry code sent over a messaging app, the app named: the firm\'s one policy on keys and codes', () => {
  cases([
    // Failed before this round.
    { firm: 'pets', q: 'ok to email the gate code to jack for tomorrow', has: ['key-holding'], intent: 'policy' },
    { firm: 'pets', q: 'the new sitter asked for the alarm code, can i whatsapp it to her', has: ['key-holding'], intent: 'policy' },
    // Accepted neighbours: where codes are kept, asked bare, is the supplier's; the messaging app asked after is its own entry.
    { firm: 'pets', q: 'where are the alarm codes stored', has: ['1Password'] },
    { firm: 'pets', q: 'what do we use whatsapp business for', has: ['WhatsApp Business'], not: ['(Policy: key-holding'] },
    { firm: 'farrier', q: 'yard gate code, can i text it to the apprentice', has: ['Gate codes, key safes'], intent: 'policy' },
  ]);
});

describe('someone leaving, asked what happens with two of their things: the leavers policy', () => {
  cases([
    // Failed before this round.
    { firm: 'pets', q: 'reuben leaves next week, what happens with his keys and his logins', has: ['leavers'], intent: 'policy' },
    // Accepted neighbours.
    { firm: 'cleaning', q: 'one of my cleaners quit today, what needs doing', has: ['leav'] },
  ]);
});

describe('a record made long ago, asked whether we still have it: the retention policy', () => {
  cases([
    // Failed before this round.
    { firm: 'locksmith', q: 'customer wants a copy of the invoice from 2017, would we still have it', has: ['Keeping and destroying records'], intent: 'policy' },
    { firm: 'funeral', q: 'family wants a copy of the funeral arrangements from 2012, would we still have them', has: ['7 years'], intent: 'policy' },
    { firm: 'memorials', q: 'customer wants the inscription proof from 2015, do we still have it', has: ['How long we keep records'], intent: 'policy' },
    { firm: 'tailor', q: 'bride from 2018 wants her measurements, would we still have them', has: ['How long we keep things'], intent: 'policy' },
    { firm: 'windows', q: 'customer wants a receipt from 2019, would we still have it', has: ['How long we keep things'], intent: 'policy' },
    // Accepted neighbours: a request for one's own data with no age told stays the request's; a future year asks after no record.
    { firm: 'electrical', q: 'someone wants a copy of everything we hold on them', has: ['data-requests'] },
    { firm: 'music', q: 'do we still have lessons in 2027', has: [], not: ['Keeping and destroying records'] },
  ]);
});

describe('an animal in our care hurt or taken ill: the firm\'s policy on vets in an emergency, or on injuries', () => {
  cases([
    // Failed before this round.
    { firm: 'pets', q: 'the puppy im walking is limping after the park, what do i do', has: ['emergency-vets'], intent: 'policy' },
    { firm: 'pets', q: 'cat is bleeding from its ear and the owner is on holiday', has: ['emergency-vets'], intent: 'policy' },
    { firm: 'grooming', q: 'dog limping after the groom, what now', has: ['Injuries, bites'], intent: 'policy' },
    // Accepted neighbours: a person hurt is no vet's matter; a horse hurt at a firm without a vet-emergency policy is unchanged.
    { firm: 'pets', q: 'i cut my hand on the gate latch, is there a form', has: [], not: ['emergency-vets'] },
    { firm: 'equestrian', q: 'horse cut its leg on the fence', has: [], not: ['Jotform'] },
    { firm: 'pets', q: 'what do we give the insurers if we claim for a cat getting hurt', has: ['Pet Business Insurance'], not: ['(Policy: emergency-vets'] },
  ]);
});
