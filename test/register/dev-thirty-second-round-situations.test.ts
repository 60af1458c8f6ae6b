import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-second round of work, situations: rounds 56 to 61's misses that tell a situation, as classes,
 * written in new words on other example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    lettings: 'ashcombe-lettings',
    windows: 'crystal-clear-windows',
    aquatics: 'reefside-aquatics',
    removals: 'thackeray-removals',
    marina: 'kingfisher-marina',
    estates: 'fairhaven-estates',
    garden: 'greenhythe-garden-centre',
    osteo: 'alder-osteopathy',
    interiors: 'linden-interiors',
    piano: 'keynote-piano-services',
    cleaning: 'sparkle-bright-cleaning',
    pets: 'wagtail-pet-sitters',
    electrical: 'sparkwise-electrical',
    storage: 'stowaway-storage',
    brewery: 'tidewell-brewery',
    valeting: 'shinewell-valeting',
    coffee: 'beanwagon-coffee',
    tailor: 'needle-and-thread',
    roastery: 'ember-roast-coffee',
    farrier: 'anvil-and-hoof-farriers',
    magic: 'fizzpop-magic',
    signs: 'brightline-signs',
  }),
);

describe('a key or entry code told in a story: the firm\'s one policy on keys and codes', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'lettings', q: 'ive lost the office spare keys somewhere on the high street', has: ['keys-and-codes'], intent: 'policy' },
    { firm: 'windows', q: 'customer gave us her gate code, can i whatsapp it to the other lad', has: ['Keeper'], intent: 'policy' },
    { firm: 'aquatics', q: 'left a maintenance customer\'s key in the van overnight, is that ok', has: ['key cabinet'], intent: 'policy' },
    { firm: 'removals', q: 'can the driver keep the customer keys overnight in the lorry', has: ['key log'], intent: 'policy' },
    { firm: 'marina', q: 'berth holder texted me the gate code for the pontoon, can i put it in the group', has: ['Boat keys, gate codes and fobs'], intent: 'policy' },
    { firm: 'estates', q: 'vendor gave me her alarm code, where do i put it', has: ['Keys and viewings'], intent: 'policy' },
    { firm: 'garden', q: 'customer gave me her gate code for the delivery, can i text it to the driver', has: ['gate and key safe codes'], intent: 'policy' },
    { firm: 'osteo', q: 'can i take the clinic keys home over the weekend', has: ['keys-and-alarm'], intent: 'policy' },
    { firm: 'interiors', q: 'lost the key to the showroom on friday', has: ['client-keys'], intent: 'policy' },
    { firm: 'piano', q: 'client gave me her key, away on holiday, what do i do', has: ['client-keys', 'key cabinet'], intent: 'policy' },
    // Accepted neighbours that must keep their answers: a customer's key lost is a breach; where codes are kept asked bare is the supplier's; a key that is data is no door key.
    { firm: 'removals', q: 'ive lost a customers house keys', has: ['breach'] },
    { firm: 'estates', q: 'ive lost the keys for a vendors house', has: ['breach'] },
    { firm: 'cleaning', q: 'where are alarm codes kept?', has: ['1Password'] },
    { firm: 'pets', q: 'where are the alarm codes stored', has: ['1Password'] },
    { firm: 'marina', q: 'whats the gate code', has: ['Paxton Net2'] },
  ]);
});

describe('a colleague\'s login used by logging in as them: the passwords policy', () => {
  cases([
    // Failed before this round.
    { firm: 'electrical', q: 'dan is off, can i log in as him to send his quotes', has: ['passwords'], intent: 'policy' },
    { firm: 'pets', q: 'megan wants me to log in as her on time to pet while she is off', has: ['passwords'], intent: 'policy' },
    { firm: 'storage', q: 'can my colleague log in as me while im on holiday', has: ['Passwords, two-step sign-in'], intent: 'policy' },
    // Accepted neighbours: signing in oneself is the supplier's matter.
    { firm: 'brewery', q: 'how do i log in as admin on shopify', has: ['Shopify'], not: ['(Policy: passwords'] },
  ]);
});

describe('a sign-in to one of our accounts from somewhere else, told by an alert: the breach policy', () => {
  cases([
    // Failed before this round.
    { firm: 'windows', q: 'someone signed into our gmail from another country, what now', has: ['breach'], intent: 'policy' },
    { firm: 'valeting', q: 'someone has signed into our instagram from overseas', has: ['breach'], intent: 'policy' },
    { firm: 'brewery', q: 'someone signed into our shopify from another country', has: ['breach'], intent: 'policy' },
    { firm: 'osteo', q: 'someone signed into the clinic gmail from another country, got an alert', has: ['breach-reporting'], intent: 'policy' },
    // Accepted neighbours: one's own sign-in tells no breach.
    { firm: 'brewery', q: 'i signed into shopify from the office', has: ['Shopify'], not: ['breach'] },
  ]);
});

describe('an email to many with everyone in the To box, not bcc: the breach policy', () => {
  cases([
    // Failed before this round.
    { firm: 'tailor', q: 'sent the sale email to everyone in the To box instead of bcc', has: ['breach'], intent: 'policy' },
    { firm: 'osteo', q: 'emailed the newsletter with everyone in the to box not bcc', has: ['breach-reporting'], intent: 'policy' },
  ]);
});

describe('a card number read out over the phone, and someone off a newsletter they never joined: the card and marketing policies', () => {
  cases([
    // Failed before this round.
    { firm: 'garden', q: 'a customer read her card number over the phone for a delivery order', has: ['card-payments'], intent: 'policy' },
    { firm: 'coffee', q: 'a guest read her card details to me over the phone', has: ['card-payments'], intent: 'policy' },
    // Accepted neighbours: the rule asked, the card reader asked after, and unsubscribes told otherwise.
    { firm: 'coffee', q: 'can i take payment over the phone', has: ['card-payments'] },
    { firm: 'coffee', q: 'customer wants off the newsletter, never asked to be on it', has: ['data-requests'] },
    { firm: 'coffee', q: 'she never signed up for our newsletter but says she keeps getting it, wants taken off', has: ['data-requests'] },
    { firm: 'coffee', q: 'what card reader do we use', has: ['Square'] },
    { firm: 'roastery', q: 'subscriber says she never signed up to the newsletter and wants off it', has: ['Klaviyo'] },
  ]);
});

describe('a job\'s photos put on our socials, told: the firm\'s one policy titled on photos', () => {
  cases([
    // Failed before this round.
    { firm: 'piano', q: 'that steinway came up beautiful, can i stick the before and afters on our facebook', has: ['photos'], intent: 'policy' },
    { firm: 'magic', q: 'can i post the photos from the party on facebook', has: ['photos'], not: ['Dropbox:'], intent: 'policy' },
    { firm: 'farrier', q: 'can i stick the before n after of that sidebone case on my insta', has: ['social-media'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'signs', q: 'can i post the photos of the van wrap on insta', has: ['site-photos'] },
    { firm: 'interiors', q: 'the hallway at the mill house came out lovely, ok to share the before and after on the website', has: ['site-photos'] },
    { firm: 'farrier', q: 'can i put the video of the shoeing on tiktok', has: ['social-media'] },
    { firm: 'osteo', q: 'can i post the before and after of a patient\'s posture on instagram', has: ['patient-photos'] },
  ]);
});
