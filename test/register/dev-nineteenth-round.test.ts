import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's nineteenth round of work: rounds 21 and 22's misses as classes,
 * written in new words on other example firms, and questions that must keep their right answers.
 * For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    photographer: 'foxglove-studio',
    letting: 'ashcombe-lettings',
    recruiter: 'kestrel-recruitment',
    deli: 'oakhill-pantry',
    removals: 'thackeray-removals',
  }),
);

describe('a statement that is missing is said to be "not on file", as every list of statements says it', () => {
  cases([
    // Failed before this round ("…on file (missing)").
    { firm: 'letting', q: 'is there a gdpr statement from severn property maintenance', has: ['not on file', 'Severn Property Maintenance'], intent: 'statement' },
    { firm: 'photographer', q: 'have the second shooters sent their gdpr statement', has: ['not on file', 'missing'], intent: 'statement' },
    // Passed before, kept as a check: how it is going still gives the note and who looks after it.
    { firm: 'photographer', q: 'where are we with the second shooters gdpr statement', has: ['being drafted', 'Theo Marsh'], intent: 'statement' },
  ]);
});

describe('an owner named by first name, a short name or a nickname, and "their suppliers"', () => {
  cases([
    // Failed before this round ("Sorry, I don't know…").
    { firm: 'recruiter', q: 'ollie\'s suppliers?', has: ['Oliver Mensah', 'Mailchimp'], intent: 'owner' },
    { firm: 'deli', q: 'whats dom in charge of', has: ['Shopify', 'Google Workspace'], intent: 'owner' },
    { firm: 'removals', q: 'what does ade look after', has: ['Yembo'], intent: 'owner' },
    // Passed before, kept as checks.
    { firm: 'recruiter', q: 'what does oliver look after', has: ['Mailchimp'], intent: 'owner' },
    { firm: 'removals', q: 'what systems does adebayo use', has: ['MoveMan', 'Yembo', 'Zoho Workplace'], intent: 'owner' },
  ]);
});

/** Firms with a breach policy and a policy on the thing or the devices lost. */
const incidents = devCasesOn(exampleFirms({ funeral: 'hollins-funeral', solar: 'sunmead-solar' }));

describe('a breach told as what happened: a thing left in public, a link or a list posted publicly', () => {
  incidents([
    // Failed before this round (a supplier or the policy on the thing lost or posted, not the breach policy).
    { firm: 'solar', q: 'a customer shared the quote with our staff mobile numbers on a public forum', has: ['Reporting a data breach'] },
    { firm: 'solar', q: 'left the survey notes for the smith job on the bus', has: ['Reporting a data breach'], intent: 'policy' },
    // Passed before, kept as checks: a lost device keeps its own policy.
    { firm: 'funeral', q: 'i left the folder of arrangement forms for tomorrows service in a taxi last night', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'funeral', q: 'the on call phone got nicked', has: ['Tablets and on-call phones'] },
  ]);
});

/** Firms whose register says nothing of prices, rates, menus or football. */
const offTopic = devCasesOn(exampleFirms({ garage: 'marshgate-motors', driving: 'ridgeway-driving', venue: 'oxley-barn', architect: 'penhallow-architects' }));

describe('off the register\'s subject: a recommendation, a rate, the day\'s doings, closing time, another name sharing a place with a supplier', () => {
  offTopic([
    // Failed before this round (a supplier's entry).
    { firm: 'garage', q: 'whats the cheapest used car on the forecourt', has: ["don't know"], not: ['ClearView'], intent: 'unknown' },
    { firm: 'driving', q: 'who scored for wessex rovers last night', has: ["don't know"], not: ['Safer Roads Wessex'], intent: 'unknown' },
    { firm: 'venue', q: "what's on the wedding breakfast menu today", has: ["don't know"], not: ['Nutritics'], intent: 'unknown' },
    { firm: 'architect', q: 'what time does the office close on fridays', has: ["don't know"], intent: 'unknown' },
    // Passed before, kept as checks: a supplier asked after by the place in its name, the best way to do a thing.
    { firm: 'driving', q: 'what does safer roads wessex do for us', has: ['Drive Safe'], intent: 'purpose' },
    { firm: 'driving', q: 'who looks after collingwood', has: ['Gareth Mills'], intent: 'owner' },
    { firm: 'venue', q: "what's the best way to send the couple their invoice", has: ['Xero'] },
    { firm: 'garage', q: 'what is the current interest rate on car finance', has: ["don't know"], intent: 'unknown' },
  ]);
});

/** Firms where what one supplier does is a kind of data others hold too. */
const holders = devCasesOn(exampleFirms({ cycles: 'pennant-cycles', solicitor: 'greaves-lowther', gym: 'copperbeech-fitness' }));

describe('where or how long a kind of data is kept: every supplier holding it, not only the one whose purpose names it', () => {
  holders([
    // Failed before this round (the one supplier whose purpose names it).
    { firm: 'cycles', q: 'where do we keep frame numbers', has: ['BikeRegister', 'Lightspeed'], intent: 'location' },
    { firm: 'solicitor', q: 'where are our matter files kept', has: ['LEAP', 'Restore Records Management'], intent: 'location' },
    // Passed before, kept as a check.
    { firm: 'gym', q: 'how long are par-q forms kept', has: ['Jotform', '1 year'], intent: 'retention' },
  ]);
});

/** Firms whose entries give a length of time for one thing a supplier does. */
const details = devCasesOn(exampleFirms({ solar: 'sunmead-solar', optician: 'brightwater-opticians', translator: 'wordsmith-translations' }));

describe("how long one thing lasts: the detail of the entry that says so, before the supplier's retention", () => {
  details([
    // Failed before this round (the supplier's retention alone).
    { firm: 'solar', q: 'how long does a commusoft support session last', has: ['one day'], intent: 'retention' },
    { firm: 'optician', q: 'how long are lensbridge remote sessions kept', has: ['90 days'], intent: 'retention' },
    // Passed before, kept as a check.
    { firm: 'translator', q: 'how long do sharefile download links last', has: ['7 days'], intent: 'retention' },
  ]);
});

/** Firms with suppliers abroad found by what they do. */
const abroad = devCasesOn(exampleFirms({ vet: 'hawthorn-vets', salon: 'fernleigh-salon', recruiter: 'kestrel-recruitment' }));

describe('the safeguard for sending the data of one activity abroad: the supplier that does it', () => {
  abroad([
    // Failed before this round (another supplier holding some of that data).
    { firm: 'vet', q: 'what safeguard covers sending the reminder texts data overseas', has: ['Mailchimp', 'IDTA'], not: ['Provet'], intent: 'transfer' },
    { firm: 'salon', q: 'what safeguard covers sending the appointment data abroad', has: ['Phorest', 'adequacy'], intent: 'transfer' },
    // Passed before, kept as a check.
    { firm: 'recruiter', q: 'what safeguard covers sending the job alert emails abroad', has: ['Mailchimp', 'adequacy'], intent: 'transfer' },
  ]);
});

/** Firms that pass data on to others besides their processors. */
const recipients = devCasesOn(exampleFirms({ vet: 'hawthorn-vets', letting: 'ashcombe-lettings' }));

describe('whether we pass data on to anyone: the recipients the register names, not one supplier\'s access', () => {
  recipients([
    // Failed before this round (one supplier's access, or every holder).
    { firm: 'vet', q: 'do we give client details to anyone else', has: ['Petlog', 'Pet insurers', 'Pennine Pet Crematorium'], not: ['Dalesbyte IT has access'], intent: 'access' },
    { firm: 'letting', q: 'do we share tenant data with any other companies', has: ['Experian', 'Tenancy Deposit Scheme'], intent: 'access' },
    // Passed before, kept as a check: one recipient asked after.
    { firm: 'vet', q: 'do we share data with the insurers', has: ['Pet insurers'], intent: 'access' },
  ]);
});

/** Firms that keep records whose names use a word of security ("protection"). */
const keeping = devCasesOn(exampleFirms({ nursery: 'puddleduck-nursery', school: 'millbrook-school', funeral: 'hollins-funeral' }));

describe('how long a thing is kept, whatever it is called ("child protection records", "plan protection documents")', () => {
  keeping([
    // Failed before this round (the supplier's security).
    { firm: 'nursery', q: 'how long do we keep child protection records', has: ['25'], intent: 'retention' },
    { firm: 'school', q: 'how long do we keep child protection files', has: ["25th birthday"], intent: 'retention' },
    { firm: 'funeral', q: 'how long do we keep the pre-paid funeral plan protection documents', has: ['life of the plan'], intent: 'retention' },
    // Passed before, kept as a check: the protection a supplier gives is still its security.
    { firm: 'school', q: 'how is cpoms data protected', has: ['encrypted'], intent: 'security' },
  ]);
});

/** Firms with a policy on taking card payments beside one on phone calls or bookings. */
const payments = devCasesOn(exampleFirms({ deli: 'oakhill-pantry', guesthouse: 'saltings-guest-house', architect: 'penhallow-architects' }));

describe('a card number asked to be taken over the phone: the card policy, whose keyword phrase is said in full', () => {
  payments([
    // Passed before, kept as checks (no other example firm's policies split the words so that it failed).
    { firm: 'deli', q: 'a customer on the phone wants to pay for a hamper, can i take the card number', has: ['payment link'], intent: 'policy' },
    { firm: 'guesthouse', q: 'guest wants to pay the deposit over the phone, can i write down the card details', has: ['Stripe payment link'], intent: 'policy' },
    // A phrase said in full decides only where its policy's sentence is clearly better ("site visit" is not how to get rid of drawings).
    { firm: 'architect', q: 'what do I do with paper drawings after a site visit', has: ['shredding'], intent: 'policy' },
  ]);
});

/** Firms whose device policies say nothing of who else may use a device. */
const devices = devCasesOn(exampleFirms({ funeral: 'hollins-funeral', architect: 'penhallow-architects' }));

describe('someone else using one of our devices: the sentence that says who may, where a policy has one', () => {
  devices([
    // Passed before, kept as checks: with no such sentence, the device policy still answers (no other example firm has one).
    { firm: 'funeral', q: 'is it ok if my husband borrows the arrangement tablet', has: ['Tablets and on-call phones'], intent: 'policy' },
    { firm: 'architect', q: 'can my flatmate use my work laptop', has: ['practice laptop'], intent: 'policy' },
  ]);
});

/** A firm with a retention said as "deleted after a year". */
const periods = devCasesOn(exampleFirms({ architect: 'larch-vale' }));

describe('a retention said as "deleted after 1 year" is a period: compared, not said to be missing', () => {
  periods([
    // Failed before this round ("the register gives no period in time for Figma").
    { firm: 'architect', q: 'which suppliers keep data for 1 year', has: ['Figma', 'Squarespace'], intent: 'list-suppliers' },
    { firm: 'architect', q: 'which suppliers keep data for more than 5 years', has: ['Autodesk Construction Cloud'], not: ['Figma'], intent: 'list-suppliers' },
  ]);
});

/** Firms with policies on what relatives and the press may be told. */
const callers = devCasesOn(exampleFirms({ care: 'larkfield-home-care', funeral: 'hollins-funeral' }));

describe('a husband, a wife or a reporter asking about someone: the policy on who may be told', () => {
  callers([
    // Failed before this round (a policy on messaging, or on keeping records).
    { firm: 'care', q: 'a man phoned saying his wife is one of our clients and wants to know what time the carer visits', has: ['Sharing information with family members'], intent: 'policy' },
    { firm: 'funeral', q: 'a reporter from the local paper is asking about yesterdays funeral', has: ['Talking to relatives and other callers'], intent: 'policy' },
    // Passed before, kept as a check: the asker's own husband is no relative of someone we hold data on.
    { firm: 'funeral', q: 'is it ok if my husband borrows the arrangement tablet', has: ['Tablets and on-call phones'], intent: 'policy' },
  ]);
});

/** Firms with a policy on what to check before doing something. */
const checks = devCasesOn(exampleFirms({ guesthouse: 'saltings-guest-house', pharmacy: 'trevose-pharmacy' }));

describe('"what do I need to see / check before…" asks what to do: the policy, not a supplier\'s access', () => {
  checks([
    // Failed before this round (a supplier's access).
    { firm: 'guesthouse', q: 'what do we need to see when a guest checks in', has: ['Registering overseas guests'], intent: 'policy' },
    { firm: 'pharmacy', q: 'what do i need to see before handing over a prescription', has: ['Prescription deliveries'], intent: 'policy' },
  ]);
});

/** A firm whose policy says police requests come in writing. */
const police = devCasesOn(exampleFirms({ theatre: 'lantern-playhouse' }));

describe('a policeman or policewoman asking is the police', () => {
  police([
    // Failed before this round (the box-office devices policy).
    { firm: 'theatre', q: 'a policeman rang asking who booked seat g12 last night, can i tell him', has: ['in writing'], intent: 'policy' },
  ]);
});

/** Firms whose opt-out policies are met by "stop". */
const strangeHowTo = devCasesOn(exampleFirms({ brewery: 'tidewell-brewery', recruiter: 'kestrel-recruitment' }));

describe('a how-to in strange words, met by a policy only through one everyday word ("stop"), is off the subject', () => {
  strangeHowTo([
    // Failed before this round (the marketing policy).
    { firm: 'brewery', q: 'how do i stop the fermenter airlock bubbling over', has: ["don't know"], intent: 'unknown' },
    // Passed before, kept as a check.
    { firm: 'recruiter', q: 'how do i stop getting the newsletter', has: ['Mailchimp'] },
  ]);
});

/** Firms with a devices policy and a breach policy that both name a loss. */
const lostDevices = devCasesOn(exampleFirms({ funeral: 'hollins-funeral', music: 'ashdown-music', locksmith: 'keystone-locksmiths' }));

describe('a lost device: its own policy, then the breach policy (whom to tell, within how long)', () => {
  lostDevices([
    // Failed before this round (the devices policy alone).
    { firm: 'funeral', q: 'the on call phone got nicked', has: ['Tablets and on-call phones', 'Reporting a data breach'] },
    { firm: 'music', q: 'i left my work laptop on the train', has: ['Reporting a data breach'] },
    // Failed before this round (the breach policy alone, without the devices policy's IT firm to wipe it).
    { firm: 'locksmith', q: 'my work mobile got pinched at a job in bedminster', has: ['Vans, keys and devices', 'Reporting a data breach'] },
  ]);
});
