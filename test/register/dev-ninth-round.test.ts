import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's ninth round of work: one or more for each general cause found in
 * round 8's misses (a development set since it was scored), written in new words on other example
 * firms, and others of the kinds an unseen firm's staff ask. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    deli: 'oakhill-pantry',
    msp: 'kittiwake-it',
    photographer: 'lumen-lark',
    physio: 'kestrel-physio',
    plumber: 'tolley-plumbing',
    recruiter: 'kestrel-recruitment',
    school: 'millbrook-school',
    shop: 'brackenridge-oak',
    solicitors: 'greaves-lowther',
    studio: 'larch-vale',
    vets: 'hawthorn-vets',
  }),
);

describe('who else can reach, view or is able to see a supplier\'s data asks who has access', () => {
  cases([
    { firm: 'plumber', q: 'who else is able to reach the job system data', has: ['Pennine IT Support', 'Commusoft support can log in'], intent: 'access' },
    { firm: 'physio', q: 'who else can reach the patient notes in cliniko', has: ['Avonside IT', 'switch on support access'], intent: 'access' },
    { firm: 'physio', q: 'is anyone else able to view cliniko', has: ['Avonside IT'], intent: 'access' },
    { firm: 'solicitors', q: 'who else can reach the data in leap', has: ['Arkwright IT', 'approve remote access'], intent: 'access' },
  ]);
});

describe('a tool not on the register, asked leave to use to send something somewhere, is not on the register', () => {
  cases([
    // The council, the GP, the other side's solicitors: where it would go, not what is asked about.
    { firm: 'physio', q: 'can we use wetransfer to send x-rays to the gp', has: ["can't find wetransfer", 'Nadia Okoro'], intent: 'unknown-supplier' },
    { firm: 'solicitors', q: "can i use dropbox to send the completion statement to the buyer's solicitors", has: ["can't find dropbox", 'Helen Marsh'], intent: 'unknown-supplier' },
    { firm: 'plumber', q: 'is it ok to use wetransfer to send the gas certificates to the landlord', has: ["can't find wetransfer", 'Karen Tolley'], intent: 'unknown-supplier' },
  ]);
});

describe('a breach described, not named, gets the breach policy', () => {
  cases([
    // Everyone's addresses on show to everyone: a breach, whatever the email was about.
    { firm: 'plumber', q: "i emailed all our landlords and everyone's addresses were visible", has: ['ICO'], not: ['Anyone can ask what we hold'], intent: 'policy' },
    { firm: 'physio', q: "i emailed a reminder to all our patients and everyone's email addresses were showing", has: ['ICO', '24 hours'], intent: 'policy' },
    { firm: 'solicitors', q: "i sent the client newsletter and forgot to bcc so everyone's emails are visible", has: ['ICO', 'within 24 hours'], not: ['Never send money'], intent: 'policy' },
  ]);
});

describe('losing a device that is logged into something gets the lost-device policy', () => {
  cases([
    // "Lose my phone" is the keyword "lost phone", whatever app it is logged into.
    { firm: 'solicitors', q: 'what do i do if i lose my phone with the case system logged in', has: ['lock and wipe it remotely'], intent: 'policy' },
    { firm: 'physio', q: 'what should i do if i lose my laptop with cliniko open on it', has: ['24 hours'], intent: 'policy' },
    // What is on the device ("the project archive") is not what the question is about.
    { firm: 'studio', q: 'what do i do if i lose my laptop and it has the project archive on it', has: ['within one hour at the latest'], not: ['12 years after practical completion'], intent: 'policy' },
  ]);
});

// ---- Others of the kinds an unseen firm's staff ask, in new words ----

describe('when the office is open, or a holiday falls, is no register question', () => {
  cases([
    // Zoom's purpose mentions the office and the HR system's mentions holidays: neither says when anyone is in.
    { firm: 'solicitors', q: 'is the office open on boxing day', has: ["don't know", 'Helen Marsh'], not: ['Zoom'], intent: 'unknown' },
    { firm: 'msp', q: 'when is the next bank holiday', has: ["don't know", 'Priya Lowther'], not: ['Breathe HR'], intent: 'unknown' },
    { firm: 'studio', q: 'when is the next bank holiday', has: ['Nina Okonjo'], not: ['BrightHR'], intent: 'unknown' },
    // A policy about the showroom is not about when it is open.
    { firm: 'shop', q: 'is the showroom open on easter monday', has: ['Rhiannon Tudor'], not: ['Clear desk'], intent: 'unknown' },
    { firm: 'shop', q: 'what are the showroom opening hours', has: ['Rhiannon Tudor'], not: ['Clear desk'], intent: 'unknown' },
    { firm: 'deli', q: 'what time does the shop close on christmas eve', has: ['Ruth Oakley'], not: ['Shopify:'], intent: 'unknown' },
    { firm: 'vets', q: 'what time does reception close on saturdays', has: ['Imogen Pryce'], intent: 'unknown' },
    { firm: 'recruiter', q: 'is the office shut on good friday', has: ['Priya Shah'], intent: 'unknown' },
  ]);
});

describe('a what-to-do question no policy is about is "don\'t know", not a policy on a stray word', () => {
  cases([
    // The breach policy's text mentions card details; paying by card is not a breach.
    { firm: 'msp', q: 'a client wants to pay by card, what do i do', has: ["don't know", 'Priya Lowther'], not: ['Lost devices and data breaches'] },
    // Annual leave is time off, not a client leaving.
    { firm: 'msp', q: 'how do i book annual leave', has: [], not: ['When a client leaves'] },
    // A retention policy's title says "customer records" and its text "invoices": posting an invoice is neither.
    { firm: 'plumber', q: 'can i send the invoice through the post to the customer', has: [], not: ['How long we keep customer records'] },
  ]);
});

describe('a tool asked about by the shape of the question is named as not on the register', () => {
  cases([
    { firm: 'deli', q: 'can we use canva to design the newsletter', has: ["can't find canva", 'Ruth Oakley'], intent: 'unknown-supplier' },
    { firm: 'school', q: "can i use padlet to share pupils' work with parents", has: ["can't find padlet", 'Fiona MacLeod'], intent: 'unknown-supplier' },
    { firm: 'photographer', q: 'can i use wetransfer to send the wedding photos to the couple', has: ["can't find wetransfer", 'Rosa Lark'], intent: 'unknown-supplier' },
    { firm: 'vets', q: 'can we use whatsapp to send x-ray images to the referral vet', has: ["can't find whatsapp", 'Imogen Pryce'], intent: 'unknown-supplier' },
    { firm: 'recruiter', q: 'can i use wetransfer to send a cv to a client', has: ["can't find wetransfer", 'Priya Shah'], intent: 'unknown-supplier' },
  ]);
});

describe('who else can reach a supplier that reaches others', () => {
  cases([
    // Klaviyo reaches Shopify; nobody is recorded as reaching Klaviyo: said first, not turned round.
    { firm: 'deli', q: "who else can see what's in klaviyo", has: ['nobody besides us with access to Klaviyo'], intent: 'access' },
    { firm: 'vets', q: 'who else can view provet', has: ['Dalesbyte IT', 'temporary access'], intent: 'access' },
    { firm: 'recruiter', q: 'who else can reach candidate data in bullhorn', has: ['Bullhorn support staff'], intent: 'access' },
    { firm: 'school', q: 'who else can get at the pupil records in arbor', has: ["Arbor's support team"], intent: 'access' },
  ]);
});

describe('breaches and lost kit told as a story', () => {
  cases([
    { firm: 'recruiter', q: "i sent a shortlist to a client and everyone's email addresses were in the to field", has: ['within one hour', 'ICO'], intent: 'policy' },
    { firm: 'vets', q: 'i emailed the vaccination reminder to all clients without bcc', has: ['ICO'], intent: 'policy' },
    { firm: 'deli', q: 'i emailed the hamper order list to all our customers by mistake', has: ['within 72 hours'], intent: 'policy' },
    { firm: 'shop', q: "a customer says she got someone else's order confirmation email, what now", has: ['within 2 hours at most'], intent: 'policy' },
    { firm: 'photographer', q: 'i posted a gallery link in the public facebook group by mistake', has: ['unauthorised access'], intent: 'policy' },
    { firm: 'vets', q: 'what if i lose my phone with the practice system logged in', has: ['24 hours'], intent: 'policy' },
    { firm: 'recruiter', q: 'what happens if i lose my work phone on the tube', has: ['wipe it remotely'], intent: 'policy' },
    { firm: 'school', q: 'i left my ipad on the bus with the class list on it', has: ['the same day', 'ICO'], intent: 'policy' },
    { firm: 'deli', q: 'what if i lose the packing tablet', has: ['wipes it remotely'], intent: 'policy' },
  ]);
});

describe('sick notes are sickness absence', () => {
  cases([{ firm: 'studio', q: 'where are sick notes kept', has: ['BrightHR'], intent: 'location' }]);
});
