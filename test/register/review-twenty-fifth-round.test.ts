import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Questions from the review of issue 17's twenty-fifth round: ordinary questions that the round's
 * new rules first answered wrongly (the firm's tablets read as medication, "tell me" read as a
 * supplier telling us of its hack, a photo put in the newsletter read as people put on the list,
 * someone else's news read as our slip, the police or an insurer asking about footage read as asking
 * for it, an everyday plural or "on foot" read as a tool we do not hold, customer names and addresses
 * held in two pieces of an entry read as held by none, junior staff read as children, "the website
 * says" read as a story told), each beside the question the rule was written for, which must keep its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    driving: 'ridgeway-driving',
    haulage: 'redway-haulage',
    caterer: 'saffron-table-catering',
    bakery: 'crumb-and-crust-bakery',
    removals: 'thackeray-removals',
    plumber: 'tolley-plumbing',
    club: 'riverside-rovers-fc',
    divers: 'bluehole-divers',
    store: 'ashby-parva-stores',
    dance: 'pirouette-dance-academy',
    lettings: 'ashcombe-lettings',
    salon: 'fernleigh-salon',
    recruitment: 'kestrel-recruitment',
    festival: 'meadowlark-festival',
  }),
);

describe('the firm\'s tablets taken home are devices; tablets someone is put on are medication', () => {
  cases([
    { firm: 'driving', q: 'can instructors take tablets home overnight', has: ['Lost or stolen phone or tablet'], intent: 'policy' },
    { firm: 'haulage', q: 'do drivers take tablets home', has: [], not: ['Pennine Occupational Health'] },
    // The questions the rule was written for: one's own or a pupil's medicine told.
    { firm: 'caterer', q: "i've been put on tablets for a stomach bug, do i need to tell anyone before my shift", has: ['Fitness to work'], intent: 'policy' },
    { firm: 'driving', q: 'a pupil says she has just been put on epilepsy tablets, do i need to tell anyone', has: ["Pupils' health and eyesight"], intent: 'policy' },
  ]);
});

describe('"tell me what to do" about a hack asks what we do, not whether a supplier tells us', () => {
  cases([
    { firm: 'bakery', q: 'can you tell me what to do if my email gets hacked', has: ['Reporting a data breach'], not: ['breach-notification promise'], intent: 'policy' },
    { firm: 'removals', q: 'my phone was hacked, tell me who to ring', has: ['Reporting a data breach'], not: ['MoveMan, on a breach'], intent: 'policy' },
    // The question the rule was written for: the supplier's own breach promise.
    { firm: 'plumber', q: 'if the job system got hacked would they let us know', has: ['Commusoft', '48 hours'], intent: 'security' },
  ]);
});

describe('a photo put in the newsletter is the photo policy\'s; people put on it the marketing policy\'s', () => {
  cases([
    { firm: 'club', q: 'can i add a photo of the under 9s to the newsletter', has: ['Photographs and filming'], intent: 'policy' },
    { firm: 'divers', q: 'can i add the junior divers photos to the newsletter', has: ['Junior divers (under 18)'], not: ['Newsletter and marketing:'], intent: 'policy' },
    // The question the rule was written for: everyone in the photos put on the list.
    { firm: 'club', q: 'can i add everyone from the presentation night photos to the newsletter', has: ['Messages to parents, newsletters and sponsors', 'ticked newsletter consent'], intent: 'policy' },
  ]);
});

describe("someone else's news with \"what now\" is no slip of ours", () => {
  cases([
    { firm: 'store', q: 'the courier said the address is wrong, what now', has: [], not: ['Reporting a data breach'] },
    { firm: 'club', q: 'a parent said their phone number has changed, what now', has: [], not: ['Reporting a data breach'] },
    // The question the rule was written for: our own slip.
    { firm: 'store', q: 'whoops, i said a customers full address out loud at the counter with a queue behind, what now', has: ['Reporting a data breach', 'within 24 hours'], intent: 'policy' },
  ]);
});

describe('the police or an insurer asking about our footage is the register\'s answer; asking for it, the camera policy\'s', () => {
  cases([
    { firm: 'store', q: 'the insurer asked if our cctv footage is stored in the uk', has: ['Soar Valley Security', 'stored in the UK'], not: ['CCTV in the shop:'], intent: 'location' },
    { firm: 'store', q: 'the police asked where soar valley security keeps the footage', has: ['Soar Valley Security', 'stored in the UK'], intent: 'location' },
    { firm: 'haulage', q: 'the insurer asked how long we keep the dashcam footage', has: ['Lytx', '90 days'], intent: 'retention' },
    // The question the rule was written for: the police asking for footage.
    { firm: 'store', q: 'a policeman is in the shop wanting the cctv of a shoplifter from tuesday', has: ['CCTV in the shop', 'collar number'], intent: 'policy' },
  ]);
});

describe('"on foot", "in binders", "on bikes" or "a paper survey" name no tool we do not hold', () => {
  cases([
    { firm: 'store', q: 'is it ok to do the paper round on foot', has: ['Paper-round staff and safeguarding'], not: ["can't find"], intent: 'policy' },
    { firm: 'club', q: 'can i keep the medical forms in binders', has: ['Medical information, emergency cards and accidents'], not: ["can't find"], intent: 'policy' },
    { firm: 'store', q: 'can we do the deliveries on bikes', has: [], not: ["can't find"] },
    { firm: 'bakery', q: 'can i make a paper survey for customers', has: [], not: ["can't find paper"] },
    // The questions the rule was written for: a tool named where the thing would be kept or made.
    { firm: 'dance', q: 'can i keep the costume measurements in notion', has: ["can't find notion", 'New apps and tools'], intent: 'unknown-supplier' },
    { firm: 'bakery', q: 'could we set up a surveymonkey poll for customers', has: ["can't find surveymonkey", 'Using new apps and tools'], intent: 'unknown-supplier' },
  ]);
});

describe('each kind of data asked may sit in its own piece of an entry, about the people asked', () => {
  cases([
    { firm: 'bakery', q: 'which suppliers hold customer names and addresses', has: ['Shopify', 'Stuart', 'Circuit'], intent: 'data' },
    { firm: 'lettings', q: 'which suppliers hold tenants bank details', has: ['Goodlord', 'bank statements'], not: ['Reapit'], intent: 'data' },
    // The question the rule was written for: staff sickness notes and emails with tenants are no tenants' health data.
    { firm: 'lettings', q: 'do any of our systems have health info about tenants', has: ['records no supplier holding health data about tenants'], not: ['Microsoft 365'], intent: 'data' },
  ]);
});

describe('junior staff are staff; the juniors are children', () => {
  cases([
    { firm: 'salon', q: 'who has junior staff data', has: ['These suppliers'], not: ['records no supplier'], intent: 'data' },
    { firm: 'recruitment', q: 'which suppliers hold junior candidates data', has: ['Bullhorn'], not: ['records no supplier'], intent: 'data' },
    // The questions the rule was written for: the juniors, and under-16s, as children.
    { firm: 'festival', q: 'anything with the juniors details in it', has: ['Skiddle', 'under-18 tickets'], not: ['Card details'] },
    { firm: 'dance', q: 'anything with the juniors details in it', has: ['Class Manager', 'Royal Academy of Dance', 'ISTD'], intent: 'data' },
  ]);
});

describe('"the website says…" asks the register; "the sponsor wants…" tells a story', () => {
  cases([
    { firm: 'bakery', q: 'the website says we hold card details, is that true?', has: ['Shopify'], not: ['Delivery drivers and customer details:'] },
    // The question the rule was written for: another firm wanting our people's details.
    { firm: 'club', q: 'the shirt sponsor wants the parents email list so they can send them deals', has: ["Parents' details are never given to sponsors"], intent: 'policy' },
  ]);
});
