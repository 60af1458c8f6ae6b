import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's seventeenth round of work: rounds 17 and 18's misses as classes,
 * written in new words on other example firms (every supplier but those left out, the contact's
 * phone number, a break-in told, a password, price or setting asked for, whose data as a second
 * question, old paper things, my laptop encrypted, how soon we must, a friend's child), and questions that must
 * keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    physio: 'kestrel-physio',
    brewery: 'tidewell-brewery',
    gym: 'copperbeech-fitness',
    opticians: 'brightwater-opticians',
    homecare: 'larkfield-home-care',
    architects: 'penhallow-architects',
    lettings: 'ashcombe-lettings',
    recruiter: 'kestrel-recruitment',
    solicitors: 'greaves-lowther',
    nursery: 'puddleduck-nursery',
  }),
);

describe('every supplier in a region but those left out, though another entry mentions them', () => {
  cases([
    // Failed before this round ("no supplier holding xero data…").
    { firm: 'opticians', q: "apart from xero, what's kept in the US", has: ['RetinaVault', 'Twilio', 'Google Workspace'], not: ['holding xero'] },
    { firm: 'physio', q: 'other than xero, whats stored in america', has: ['Doxy.me', 'JotForm', 'Stripe'], not: ['holding xero'] },
    { firm: 'architects', q: 'except xero, which suppliers store data in the US?', has: ['Autodesk Construction Cloud', 'Squarespace', 'Matterport'], not: ['holding xero'] },
    // Passed before, kept as a check.
    { firm: 'gym', q: 'other than stripe, which suppliers keep data in the US', has: ['MyZone', 'Xero', 'Wellhub'], not: ['Stripe ('] },
  ]);
});

describe("the data-protection contact's phone number, where the workspace records it", () => {
  cases([
    // Failed before this round (the email alone).
    { firm: 'physio', q: "what's the phone number of the data protection lead", has: ['Nadia Okoro', '0117 555 0142'] },
    { firm: 'brewery', q: 'data protection contact phone number?', has: ['Morwenna Hale', '01326 555 731'] },
    // Passed before, kept as a check: no number asked, none given.
    { firm: 'lettings', q: 'who do I ask about data protection', has: ['Owen Trask'], not: ['0117 496 0281'] },
  ]);
});

describe('a break-in told is a theft: the breach policy and whom to tell', () => {
  cases([
    // Failed before this round (the vans policy, without whom to ring).
    { firm: 'plumber', q: 'someone broke into the van overnight and the job sheets were in it', has: ['Karen Tolley'] },
  ]);
});

describe('a password, a price or a setting asked for is no register matter: "don\'t know" with the contact', () => {
  cases([
    // Failed before this round (a supplier's summary or a policy sentence sharing a word).
    { firm: 'plumber', q: 'whats the office wifi password', has: ["don't know", 'Karen Tolley'], not: ['Pennine IT'] },
    { firm: 'plumber', q: 'how much do we charge for a boiler service', has: ["don't know"], not: ['Commusoft'] },
    { firm: 'physio', q: 'whats the wifi password for the clinic', has: ["don't know", 'Nadia Okoro'], not: ['Avonside'] },
    { firm: 'brewery', q: 'whats the till pin', has: ["don't know", 'Morwenna Hale'], not: ['Square:'] },
    // Passed before, kept as checks: the rule on passwords is a policy, a price or setting of no supplier is "don't know".
    { firm: 'physio', q: 'how much does a physio session cost', has: ["don't know"] },
    { firm: 'brewery', q: "what's the temperature setting on the fermenters", has: ["don't know"] },
    { firm: 'opticians', q: "what's our password policy?", has: ['three random words'], not: ["don't know"] },
    { firm: 'lettings', q: 'what are the password rules?', has: ['strong password'], not: ["don't know"] },
  ]);
});

describe('a second question asking whose data it is, is answered too', () => {
  cases([
    // Failed before this round (the second question dropped).
    { firm: 'physio', q: 'does stripe have 2fa and whose data is in it', has: ['two-factor', 'patients'] },
    { firm: 'brewery', q: 'is square encrypted and whose data is on it', has: ['encrypted at rest', 'taproom customers'] },
    // Passed before, kept as a check: a whose question alone.
    { firm: 'physio', q: 'whose data does xero hold', has: ['patients and suppliers'] },
  ]);
});

describe('"what do I do with old X?" for a paper thing: how it is got rid of, where a policy says', () => {
  cases([
    // Failed before this round (the supplier that holds such things, not the policy).
    { firm: 'plumber', q: 'what do i do with old job sheets', has: ['scanning and shredding'] },
    // Passed before, kept as checks: the policy's shredding bin; a thing no policy says how to get rid of.
    { firm: 'physio', q: 'what should i do with old paper notes', has: ['locked shredding bin'] },
    { firm: 'brewery', q: 'what do i do with old delivery notes', has: ['DPD'] },
  ]);
});

describe("whether my laptop is encrypted: the policy on our devices, not a supplier's encryption", () => {
  cases([
    // Failed before this round (a supplier's encryption, or that the register does not record it for the IT firm).
    { firm: 'architects', q: 'is my work laptop encrypted', has: ['disk encrypted'], not: ['Harbour IT Services'] },
    { firm: 'recruiter', q: 'are our office laptops encrypted', has: ['disk encryption'], not: ['Aircall'] },
    // Passed before, kept as checks: the policy after the IT firm's line; a supplier named by its own name is asked after.
    { firm: 'solicitors', q: 'is my work laptop encrypted', has: ['Laptops are encrypted'] },
    { firm: 'recruiter', q: 'is the aircall app encrypted', has: ['Aircall', 'encrypted at rest'] },
  ]);
});

describe('"how soon must we…?" is a rule for us: the policy, not a supplier\'s entry', () => {
  cases([
    // Failed before this round (the job system's summary).
    { firm: 'plumber', q: 'how soon must paper notes be scanned', has: ['scanning and shredding'], not: ['Commusoft:'] },
    { firm: 'plumber', q: 'how soon do job sheets have to go back to the office', has: ['go back to the office'], not: ['Commusoft:'] },
    // Passed before, kept as checks.
    { firm: 'lettings', q: 'how soon do i need to report a lost phone', has: ['within 1 hour'] },
    { firm: 'brewery', q: 'how soon do i need to report a lost phone', has: ['the same shift'] },
  ]);
});

describe("a friend's or neighbour's child is another child, as policies say it", () => {
  cases([
    // Failed before this round (the safeguarding policy, on "kid" alone).
    { firm: 'nursery', q: "a mum asked for photos of her friend's kid from the trip, can I send them", has: ['photo consent', 'their own child'], not: ['CPOMS'] },
    // Passed before, kept as checks: a parent's request about their own child.
    { firm: 'nursery', q: 'a dad wants a copy of his son\'s learning journal', has: ['copy of the information'] },
  ]);
});

describe('a setting or cost of what the register records is still a register question', () => {
  cases([
    // Passed before, kept as checks against the "don't know" for a password, price or setting.
    { firm: 'physio', q: "what's the retention setting for patient notes", has: ['Cliniko'], not: ["don't know"] },
    { firm: 'physio', q: 'what are the privacy settings on the booking system', has: ['Cliniko'], not: ["don't know"] },
    { firm: 'physio', q: 'what is the cost of a data breach', has: ['Nadia'], not: ["don't know"] },
  ]);
});
