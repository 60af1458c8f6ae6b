import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fourteenth round of work: situations told in everyday words that a
 * firm's policy covers in one of its sentences (round 13's main miss, written in new words on other
 * example firms), and off-topic questions that must still get "don't know". For tuning, like
 * dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    gym: 'copperbeech-fitness',
    guesthouse: 'saltings-guest-house',
    salon: 'fernleigh-salon',
    driving: 'ridgeway-driving',
    plumber: 'tolley-plumbing',
    physio: 'kestrel-physio',
  }),
);

describe('a situation a policy sentence covers gets that policy, quoted and cited', () => {
  cases([
    // Failed before this round ("don't know"): the policy meets them only in one sentence.
    { firm: 'guesthouse', q: 'someone left a scarf behind in room 2', has: ['Lost property', '3 months'], intent: 'policy' },
    { firm: 'salon', q: 'a lady came up in a rash after her colour last time, can we still do her roots today', has: ['do not go ahead'], intent: 'policy' },
    // "Hang on to" is keeping (thirty-eighth round): a retention question, answered like "how long do we keep…", the policy's sentence after the entry's period.
    { firm: 'gym', q: 'how long do we hang on to old membership stuff once someone quits', has: ['2 years after a membership ends'], intent: 'retention' },
    // Passed before, kept as checks that the sentence match does not take them elsewhere.
    { firm: 'driving', q: 'a learner told me she has epilepsy, where should i note it down', has: ['Total Drive record'] },
    { firm: 'guesthouse', q: 'the guest wants the jumper they forgot posted to their work address', has: ['address on the booking'] },
    { firm: 'plumber', q: 'can i leave the customers spare key on the dashboard while i pop into the merchants', has: ['on view'] },
    { firm: 'salon', q: 'a client wants a copy of the video of her in the chair', has: ['Only the salon owner'] },
  ]);
});

describe('a supplier\'s GDPR role asked directly, however put, is said', () => {
  cases([
    { firm: 'plumber', q: 'whats checkatrades data protection role', has: ['Checkatrade is a joint controller'], intent: 'role' },
    { firm: 'driving', q: 'what role does the dvsa have under gdpr', has: ['DVSA is a recipient'], intent: 'role' },
    { firm: 'guesthouse', q: 'booking.com, whats their role under data protection', has: ['Booking.com is a joint controller'], intent: 'role' },
    // Passed before, kept as a check.
    { firm: 'gym', q: 'wellhub: what is their gdpr role', has: ['Wellhub is a joint controller'], intent: 'role' },
  ]);
});

describe('who sees something, where the register names nobody besides us, gets the policy that names who does', () => {
  cases([
    { firm: 'guesthouse', q: 'who gets to look at the doorbell recordings', has: ['Ring', 'Harriet or Gideon'] },
    { firm: 'driving', q: 'who can get at the dashcam clips', has: ['Nextbase Cloud', 'Only Gareth Mills'] },
  ]);
});

describe('where things go when we get rid of them asks how to dispose of them, not where data is stored', () => {
  cases([
    { firm: 'gym', q: 'where should i put old paper waivers when i chuck them out', has: ['locked shredding bin'], intent: 'policy' },
    { firm: 'physio', q: 'where does the paper referral letter go once i have finished with it', has: ['locked shredding bin'], intent: 'policy' },
    // A plain "where is it stored" is still the register's.
    { firm: 'gym', q: 'where is glofox data stored', has: ['Glofox', 'EU'], intent: 'location' },
  ]);
});

describe('which suppliers we do not know the location of lists those the register is silent on', () => {
  cases([
    { firm: 'gym', q: 'which companies do we not know the country of', has: ['does not record where', 'WhatsApp Business'], not: ['Glofox'], intent: 'list-suppliers' },
    { firm: 'gym', q: "for which suppliers don't we have a location", has: ['does not record where', 'WhatsApp Business'], not: ['Glofox'], intent: 'list-suppliers' },
  ]);
});

describe('off-topic questions still get "don\'t know" and whom to ask', () => {
  cases([
    { firm: 'gym', q: 'who won the rugby at the weekend', has: ["don't know", 'Nadia Okonkwo'], intent: 'unknown' },
    { firm: 'guesthouse', q: 'whats a good recipe for banana bread', has: ["don't know"], intent: 'unknown' },
    { firm: 'driving', q: 'will it snow on friday', has: ["don't know"], intent: 'unknown' },
    { firm: 'salon', q: 'how do i get a red wine stain out of the carpet', has: ["don't know"], intent: 'unknown' },
    { firm: 'plumber', q: 'what time does the football kick off tonight', has: ["don't know"], intent: 'unknown' },
    // A staff matter, not a child's data: "kid" is kept out of the children concept for this.
    { firm: 'driving', q: 'my kid is ill can i leave early', has: ["don't know"], intent: 'unknown' },
  ]);
});
