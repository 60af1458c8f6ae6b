import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's sixteenth round of work: rounds 15 and 16's misses as classes,
 * written in new words on other example firms (a second question said briefly or standing on its
 * own, shortened periods, a supplier's own name beside an everyday alias, what a supplier reaches,
 * a tool we do not hold, names spelt as they sound, paper after use, a loss told, relatives asking,
 * "do we have a…?" about no register matter, a story naming a supplier only in everyday words, "the
 * X" for an alias "our X", a pic for a photo), and
 * questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    physio: 'kestrel-physio',
    kennels: 'thistledown-kennels',
    brewery: 'tidewell-brewery',
    driving: 'ridgeway-driving',
    gym: 'copperbeech-fitness',
    opticians: 'brightwater-opticians',
    nursery: 'puddleduck-nursery',
    homecare: 'larkfield-home-care',
    lettings: 'ashcombe-lettings',
    architects: 'larch-vale',
    photographer: 'lumen-lark',
  }),
);

describe('a second question, said in a word or two or standing on its own, is answered too', () => {
  cases([
    // Failed before this round (only how long, or only the owner).
    { firm: 'plumber', q: "where's the job system data stored and how long for", has: ['Commusoft', 'UK', '6 years'] },
    { firm: 'physio', q: 'where is the payroll software data kept + how long do we keep it', has: ['IRIS Payroll', 'UK', '6 years'] },
    { firm: 'brewery', q: 'who looks after deputy and how long do we keep shift rotas?', has: ['Ellis Varga', '2 years'] },
    { firm: 'driving', q: 'who looks after textlocal and how long do we keep text reminders?', has: ['Megan Rowe', '90 days'] },
    // ...of the supplier the first part named, not of every one holding such data.
    { firm: 'driving', q: 'who looks after stripe and how long do we keep card payments?', has: ['Priya Lawal', '7 years'], not: ['IRIS'] },
    { firm: 'kennels', q: 'who looks after sumup and how long do we keep card payments?', has: ['Ailsa Grant', '5 years'], not: ['QuickBooks holds'] },
    // Passed before, kept as checks.
    { firm: 'kennels', q: "where's the grooming app data kept and for how long", has: ['MoeGo', 'US', '2 years'] },
    { firm: 'plumber', q: 'who runs payroll and where is it kept?', has: ['Karen Tolley', 'Moneysoft', 'UK'] },
  ]);
});

describe('a period shortened ("yrs") is read as the period', () => {
  cases([
    // Failed before this round ("I can't find yrs", or "don't know").
    { firm: 'plumber', q: 'which suppliers keep stuff for exactly 6 yrs', has: ['Commusoft', 'QuickBooks', 'Moneysoft'], not: ['GoCardless ('] },
    { firm: 'gym', q: 'who keeps data for 7yrs', has: ['GoCardless'], not: ['Stripe ('] },
    { firm: 'brewery', q: 'which ones keep data for 2 yrs', has: ['Deputy', 'ResDiary'] },
    { firm: 'physio', q: 'which suppliers keep data for more than 5 yrs', has: ['Stripe', 'Xero'] },
  ]);
});

describe("a supplier's own name, not an everyday alias beside it, says who is asked after", () => {
  cases([
    // Failed before this round ("don't know", or the passwords policy).
    { firm: 'kennels', q: 'does Ring get to watch our cameras whenever they fancy?', has: ['Ring'], not: ["don't know"] },
    { firm: 'kennels', q: 'does Gingr get to poke around our booking system whenever they fancy?', has: ['support staff can view our account'] },
    // Passed before, kept as a check.
    { firm: 'brewery', q: 'does Eagle Eye get to view our security cameras whenever they want?', has: ['only with a support PIN'] },
  ]);
});

describe('what a supplier reaches, asked the other way round', () => {
  cases([
    // Failed before this round (the IT firm's summary, naming no system).
    { firm: 'plumber', q: 'which of our systems can pennine IT reach?', has: ['Commusoft', 'Microsoft 365'], intent: 'access' },
    { firm: 'opticians', q: 'which of our systems can lensbridge get into?', has: ['Optix', 'Google Workspace'], intent: 'access' },
    { firm: 'physio', q: 'what systems can avonside IT access?', has: ['Cliniko', 'Google Workspace'], intent: 'access' },
    // Passed before, kept as a check: who reaches a system.
    { firm: 'plumber', q: 'who can get into commusoft?', has: ['Pennine IT Support'], intent: 'access' },
  ]);
});

describe('"is X ok to use?" of a tool we do not hold', () => {
  cases([
    // Failed before this round (the supplier we use instead, without the contact).
    { firm: 'plumber', q: 'a customer wants the boiler photos, is WeTransfer ok to use?', has: ["can't find WeTransfer", 'Karen Tolley'], intent: 'unknown-supplier' },
    // ...whatever job it is for: the supplier we use for that job is left unsaid (thirtieth round: beside "not in the register" it read as the answer).
    { firm: 'driving', q: 'is Calendly ok to use for booking lessons?', has: ["can't find Calendly", 'Priya Lawal'], not: ['Total Drive'] },
    { firm: 'brewery', q: 'is Eventbrite ok to use for tour bookings?', has: ["can't find Eventbrite", 'Morwenna Hale'], not: ['ResDiary'] },
    // Passed before, kept as checks.
    { firm: 'physio', q: 'is Calendly ok to use for booking new patients?', has: ["can't find Calendly", 'Nadia Okoro'] },
    { firm: 'plumber', q: 'is whatsapp ok to use for job photos?', has: ['WhatsApp Business'], not: ["can't find"] },
  ]);
});

describe('a name spelt as it sounds', () => {
  cases([
    // Failed before this round ("don't know").
    { firm: 'opticians', q: 'wat does brite hr do', has: ['BrightHR', 'rotas'] },
    { firm: 'kennels', q: 'wat does brite pay do', has: ['BrightPay', 'payroll'] },
    // Passed before, kept as a check.
    { firm: 'brewery', q: 'wot does the krafty collective do', has: ['Crafty Collective'] },
  ]);
});

describe('what to do with a paper thing after use is how to get rid of it', () => {
  cases([
    // Failed before this round (a summary of the suppliers the thing names).
    { firm: 'physio', q: 'what do I do with the paper intake forms after the appointment?', has: ['shredding'], intent: 'policy' },
    { firm: 'gym', q: "what do we do with the paper PAR-Q forms once they're on the system?", has: ['shredding bin'], intent: 'policy' },
    // Passed before, kept as a check.
    { firm: 'driving', q: "what do I do with the paper lesson agreement once it's scanned?", has: ['shredded'] },
  ]);
});

describe('a loss or theft told is answered by the policy that names it', () => {
  cases([
    // Failed before this round (the vans policy, whose words the story met).
    { firm: 'plumber', q: 'my keys got nicked from the van', has: ['Karen Tolley', 'same day'], not: ['Never leave job sheets'] },
    // Passed before, kept as checks.
    { firm: 'plumber', q: 'my tablet got nicked from the van on a job', has: ['Karen Tolley', 'same day'] },
    { firm: 'gym', q: 'my work laptop was pinched from my car at the gym', has: ['within 2 hours'] },
    { firm: 'driving', q: 'my phone got stolen from the car during a lesson', has: ['within 2 hours'] },
  ]);
});

describe('relatives asking after someone, and staff matters about our own family', () => {
  cases([
    // Passed before, kept as checks: no other example firm has a policy on relatives that its keywords do not already name.
    { firm: 'homecare', q: "a client's son rang asking what medication his dad is on", has: ['relative'] },
    { firm: 'homecare', q: "a client's grandson rang asking what meds she takes", has: ['relative'] },
    // A staff matter about one's own family stays off-topic, relatives or not.
    { firm: 'brewery', q: 'my mum is ill can I leave early', has: ["don't know"] },
    { firm: 'plumber', q: 'my son is sick can I go home', has: ["don't know"] },
    { firm: 'gym', q: 'my son is sick can I go home', has: ["don't know"] },
    { firm: 'brewery', q: "my dad's birthday is tomorrow can I have the day off", has: ["don't know"] },
  ]);
});

describe('"do we have a…?" about no register matter is off-topic', () => {
  cases([
    // Failed before this round (every supplier holding members' or staff data, or the CCTV policy).
    { firm: 'gym', q: 'do we have a parking permit scheme for members?', has: ["don't know", 'Nadia Okonkwo'], not: ['These suppliers'] },
    { firm: 'brewery', q: 'do we have a uniform allowance for bar staff?', has: ["don't know", 'Morwenna Hale'], not: ['CCTV'] },
    // Passed before, kept as checks: a thing the register holds is still answered.
    { firm: 'physio', q: 'do we have a christmas party budget?', has: ['Nadia Okoro'] },
    { firm: 'plumber', q: 'do we have a payroll provider?', has: ['Moneysoft'] },
    { firm: 'gym', q: 'do we have a newsletter?', has: ['Brevo'] },
  ]);
});

describe('a story naming a supplier only in everyday words gets the policy first', () => {
  cases([
    // Failed before this round (the supplier's lawful basis and another policy).
    { firm: 'driving', q: "a pupil's dad wants the diary emailed to him, can I send it?", has: ['Anyone may ask'], intent: 'policy' },
    // Passed before, kept as checks.
    { firm: 'kennels', q: "a customer's neighbour wants the key safe code, can I send it?", has: ['key safe codes'] },
    { firm: 'homecare', q: "a client's son wants the care plan emailed to him, can I send it?", has: ['relative'] },
  ]);
});

describe('an alias "our X" is also "the X"', () => {
  cases([
    // Failed before this round (the repairs portal, whose purpose mentions contractors).
    { firm: 'lettings', q: 'who looks after the contractor?', has: ['Severn Property Maintenance'], not: ['Fixflo'] },
    { firm: 'lettings', q: 'where does the contractor keep our data?', has: ['Severn Property Maintenance'], not: ['Fixflo data is stored in'] },
    // Passed before, kept as checks.
    { firm: 'architects', q: "is the accountants' gdpr statement on file?", has: ['Fairbank & Co'] },
    { firm: 'kennels', q: 'who looks after the vet?', has: ['Braeside Vets'] },
  ]);
});

describe('a pic is a photo', () => {
  cases([
    // Failed before this round (the key safe policy, or "don't know").
    { firm: 'kennels', q: 'can i snap a pic of the lady collecting her dog?', has: ["customer's face"] },
    { firm: 'photographer', q: 'can i share a pic from the wedding?', has: ['portfolio consent'] },
    // Passed before, kept as a check.
    { firm: 'brewery', q: 'can i snap some pics of the tour group?', has: ['Ask before photographing'] },
  ]);
});
