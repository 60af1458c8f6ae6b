import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 117 and focus sets 37 and 40 taught (the sixty-fourth round), each beside a neighbour that keeps its answer.
 * The questions are told afresh, not the sets' own.
 */
const cases = devCasesOn(
  exampleFirms({
    lifts: 'liftwell-stairlifts',
    dna: 'trueline-dna-testing',
    coaches: 'wanderwell-coach-holidays',
    referencing: 'homecheck-tenant-referencing',
    repairs: 'fixit-repair-cafe',
    piercing: 'pinpoint-piercing-studio',
    hgv: 'gearshift-hgv-training',
    fish: 'saltwave-fishmongers',
    upholstery: 'tuftwell-upholstery',
    boatyard: 'tidewater-boatyard',
    softPlay: 'jungle-jims-play',
    gunsmiths: 'ironbridge-gunsmiths',
    lashes: 'lashline-brow-studio',
    babyClasses: 'little-lullaby-classes',
    circus: 'bigtop-circus-school',
    cottages: 'bramblecombe-holiday-cottages',
    surf: 'swellcraft-surf-school',
    medics: 'sentinel-event-medics',
    occHealth: 'steelcity-occupational-health',
    drones: 'skyward-surveys',
  }),
);

describe('who is covered by a transfer safeguard, asked by the verb that says it', () => {
  cases([
    { firm: 'lifts', q: 'who have we signed the idta with?', has: ['Xero'], not: ['Shopify', 'Pride Mobility'] },
    { firm: 'dna', q: 'who did we sign the international data transfer agreement with', has: ['CloudLIMS', 'Stripe', 'Alderbrook Genetics'] },
    { firm: 'lifts', q: 'who are we using the sccs with for overseas transfers', has: ['Shopify', 'Pride Mobility'], not: ['Xero'] },
    // Neighbour: who is on the rota is no safeguard.
    { firm: 'lifts', q: 'who have we got on the rota saturday', has: [], not: ['IDTA', 'contractual clauses'] },
  ]);
});

describe('adequacy told by what it is: the country\'s data laws are good enough', () => {
  cases([
    { firm: 'lifts', q: "which suppliers can send data abroad cos that country's data protection laws are good enough", has: ['BrightPay', 'GoCardless', 'Handicare Stairlifts', '1Password'], not: ['Xero'] },
    // Neighbour: a thing good enough is no transfer.
    { firm: 'lifts', q: 'are the new stairlift rails good enough for the curved stairs', has: [], not: ['adequacy'] },
  ]);
});

describe('"ISO" with no number is any ISO certificate', () => {
  cases([
    { firm: 'lifts', q: 'which suppliers hold iso certs', has: ['Joblogic', 'Quartix'], not: ['Dojo', 'Shopify'] },
    // Neighbour: a number the register has for no supplier is still said to be held by none.
    { firm: 'lifts', q: 'which suppliers have iso 9001', has: ['no supplier with ISO 9001'] },
  ]);
});

describe('the outside organisations we pass data to, with a word between or a thanks after', () => {
  cases([
    { firm: 'lifts', q: 'list the outside organisations we actually hand customer details over to', has: ['Handicare Stairlifts', 'Motability Operations', 'Hulme & Pickering'] },
    { firm: 'lifts', q: 'list the outside organisations we pass customer details on to thx', has: ['Handicare Stairlifts', 'Pride Mobility'], not: ['thx'] },
  ]);
});

describe('held here or over in Europe asks where', () => {
  cases([
    { firm: 'lifts', q: 'payroll stuff in brite pay - is it held here or over in europe somewhere?', has: ['BrightPay', 'EU'] },
  ]);
});

describe("a supplier's breach promise, asked of it by an everyday alias", () => {
  cases([
    { firm: 'dna', q: 'if the overseas lab has a data breach, how quickly must they let us know?', has: ['Alderbrook Genetics, on a breach', '24 hours'], not: ['Reporting a data breach'] },
    { firm: 'dna', q: 'if the partner lab has a breach or mixes up samples, how fast do they have to tell us?', has: ['24 hours'], not: ['Reporting a data breach'] },
    // Neighbour: how fast the lab sends results back is no breach promise.
    { firm: 'dna', q: 'how quickly does the partner lab send results back?', has: [], not: ['Will notify us within 24 hours'] },
    // Neighbour: how long we have to report their breach to the ICO is ours to do, the breach policy's.
    { firm: 'lifts', q: 'if joblogic has a breach and tells us, how long do we have to report it to the ico?', has: ['breach-reporting'] },
  ]);
});

describe('someone we serve afraid of one of their own is a safeguarding matter', () => {
  cases([
    { firm: 'lifts', q: 'fitted a rail today, the old lady seemed really frightened of her grandson who kept hovering', has: ['safeguarding', 'Many of our customers are elderly'] },
    // Neighbour: afraid of a thing is no harm at home.
    { firm: 'lifts', q: 'the old lady seemed really frightened of the new rail at first', has: [], not: ['Many of our customers are elderly'] },
  ]);
});

describe('ringing our customers to sell to them is marketing', () => {
  cases([
    { firm: 'lifts', q: 'can we phone our old customers to sell them the new riser recliners?', has: ['marketing-consent', 'We never cold-call'] },
    // Neighbour: ringing a customer about their job is no marketing.
    { firm: 'lifts', q: 'can i ring the customer to say the engineer is running late?', has: [], not: ['We never cold-call'] },
  ]);
});

describe("a result put on the wrong person's login is a breach", () => {
  cases([
    { firm: 'dna', q: "think i've just put the khan result on the wrong client's login in the portal, help", has: ['breach-reporting', 'within one hour'] },
    { firm: 'repairs', q: "think i added the booking to someone else's account on ticket tailor", has: ['breach-reporting'] },
    // Neighbour: a result put on the client's own login, asked, is the rule on releasing results, not a slip.
    { firm: 'dna', q: "can i put the smith result on her portal login now it's signed off?", has: ['releasing-results'], not: ['breach-reporting'] },
  ]);
});

describe('anything asked into the ordinary bin is the sentence on the ordinary bins', () => {
  cases([
    { firm: 'dna', q: 'ok to put the used swabs in the general waste?', has: ['retention', 'never the ordinary bins'] },
    // Neighbour: the clinical bin is where they go.
    { firm: 'dna', q: 'who collects the yellow clinical waste bins?', has: ['Initial Medical'] },
  ]);
});

describe('a public review asked to be answered', () => {
  cases([
    { firm: 'dna', q: 'got a 2 star saying the results took too long, can i respond and explain?', has: ['marketing-and-reviews', 'Never reply to a public review'] },
  ]);
});

describe('health told, and written where the policy says it never goes, or work gone ahead with', () => {
  cases([
    { firm: 'coaches', q: "mr ellis rang, he's got a pacemaker now, was gonna jot it on the seating plan for the driver, ok?", has: ['medical-and-mobility', 'only in the medical notes field'] },
    { firm: 'piercing', q: "so the girl booked in for a conch at 3, Lily, she's just mentioned she's on warfarin after her dvt last year. she says her doctor won't mind and she's had loads done before without any bother and honestly she's lovely and came all the way from Lewes, do I just crack on?", has: ['health-questions', "only with their GP's agreement"] },
    // Neighbour: a seat change rung in is no health matter.
    { firm: 'coaches', q: 'mrs ellis rang to move seats, was gonna jot it on the seating plan, ok?', has: [], not: ['only in the medical notes field'] },
  ]);
});

describe('a passenger not back before the coach leaves, and their family rung', () => {
  cases([
    { firm: 'coaches', q: "at the christmas market stop in aachen and mr todd still isn't back, been 20 min. do we just head off??", has: ['vulnerable-passengers', 'ring Craig before leaving'] },
    { firm: 'coaches', q: "one of my gents is really confused this morning, thinking i'll ring his son, he's his next of kin", has: ['vulnerable-passengers', "rung only with the passenger's agreement"] },
    // Neighbour: the coach itself not back is no passenger left behind.
    { firm: 'coaches', q: 'the coach still isnt back from the garage, can we head off in the minibus?', has: [], not: ['ring Craig before leaving'] },
  ]);
});

describe('tools taken on, by what they are or by a product name', () => {
  cases([
    { firm: 'coaches', q: 'found a firefox add on that fills in the hotel rooming lists for you, ok to install?', has: ['new-tools'] },
    { firm: 'coaches', q: 'theres this free app that reads receipts into a spreadsheet, can i get it on the office laptop?', has: ['new-tools'] },
    { firm: 'coaches', q: 'my nephew says we should get airtags for the luggage on the swiss tours so nothing goes missing, anyone object?', has: ['new-tools'] },
    { firm: 'repairs', q: 'can i stick tile trackers on the good sanders so we know if they go walkabout?', has: ['new-tools'] },
    // Neighbour: a floor tile is no tracker.
    { firm: 'repairs', q: 'the tile on the kitchen floor is cracked', has: [], not: ['new-tools'] },
  ]);
});

describe('a paper that looks forged, a caller who says she is family, and a guarantor asked after', () => {
  cases([
    { firm: 'referencing', q: "pretty sure this reference letter's been doctored, the dates dont match. should i tell the agent?", has: ['referee-calls', 'refer it to Sunil, who decides'] },
    { firm: 'referencing', q: "had a woman ring saying she's the applicant's sister, wants to know if his referencing has gone through yet", has: ['phone-callers', 'not even whether an application exists'] },
    { firm: 'referencing', q: 'the agent keeps asking what the guarantor earns, what can i tell them?', has: ['guarantors', "never the guarantor's income"] },
    // Neighbour: a statement arrived is no forgery.
    { firm: 'referencing', q: 'the bank statement has come in for the applicant, where do i upload it?', has: [], not: ['refer it to Sunil, who decides'] },
  ]);
});

describe('a young one asking for our number, a DBS certificate copied, and who has a tool on loan', () => {
  cases([
    { firm: 'repairs', q: 'lad from young fixers asked for my mobile so i can help him with his bike at the weekend, can i give it?', has: ['safeguarding-young-people', 'Never give a young person your personal phone number'] },
    { firm: 'repairs', q: "can i scan sue's dbs certificate and save it in the drive?", has: ['dbs-checks', 'never photocopy or scan'] },
    { firm: 'repairs', q: "bloke's been waiting ages for the wallpaper steamer and wants to know who's got it so he can knock on their door", has: ['tool-library', 'Lend Engine waiting list instead'] },
    // Neighbour: where a tool is, asked, is no one's details.
    { firm: 'repairs', q: 'is the pressure washer back on the shelf yet?', has: [], not: ['Lend Engine waiting list instead'] },
  ]);
});

describe('age and ID checks: under 18 by age, or no ID on them', () => {
  cases([
    { firm: 'piercing', q: "lad wants his lip done, he's 16 and his mum says it's fine over facetime", has: ['id-and-age-checks'] },
    { firm: 'piercing', q: "girl in for a nostril says she's 16, came with her nan but no ID on her, can we still go ahead?", has: ['id-and-age-checks'] },
    // Neighbour: a number of minutes is no age.
    { firm: 'piercing', q: "she's 15 minutes late, can we still fit her in?", has: [], not: ['id-and-age-checks'] },
  ]);
});

describe('photos or film on one\'s own phone, by "shoot" or by "his own phone"', () => {
  cases([
    { firm: 'piercing', q: 'my phone camera is way better than the studio one, ok if i shoot the new daith on mine?', has: ['portfolio-photos', 'Use the studio phone'] },
    { firm: 'hgv', q: "kev wants to film the learner's reversing on his own phone to show him where he went wrong after", has: ['dashcams-telematics', 'Never film learners on your own phone'] },
  ]);
});

describe('a report sent for someone from a different company is a slip', () => {
  cases([
    { firm: 'hgv', q: 'just sent Hollis Haulage the assessment notes for a learner from a different employer', has: ['breach-reporting', 'Do not delete anything'] },
    // Neighbour: the right company's report sent is no slip.
    { firm: 'hgv', q: 'sent Hollis Haulage the lesson report for their own driver, do i log it?', has: [], not: ['Do not delete anything'] },
  ]);
});

describe('reading details aloud, asked', () => {
  cases([
    { firm: 'piercing', q: 'woman on the phone asking me to read out her gift voucher code, she lost the email', has: ['online-orders-and-cards', 'Gift voucher codes are not read out'] },
    { firm: 'fish', q: 'woman at the till with a queue behind asked how many stamps till her free fish, do i read it off the screen to her?', has: ['loyalty-card', 'visit history out loud at the counter'] },
    // Neighbour: a card number read out on a voicemail by the customer is told, not asked of us.
    { firm: 'fish', q: 'someone left a voicemail reading out their card number, what now?', has: [], not: ['visit history out loud at the counter'] },
  ]);
});

describe('ill after what we sold, a phone left on the dash, a customer asking us to key in their number', () => {
  cases([
    { firm: 'fish', q: 'bloke rang saying him and his wife were up all night being sick after the prawns we sold them friday', has: ['allergies', 'recorded as a complaint in Trail'] },
    { firm: 'fish', q: 'nipping into the newsagents for 2 mins, ok to leave the van phone on the dash?', has: ['van-round', 'never left on the dashboard'] },
    { firm: 'fish', q: "old fella said 'pop my number in for me son, it's on the round list'", has: ['loyalty-card', 'do not type it in for them'] },
    // Neighbour: ill, with nothing of ours eaten, is no complaint.
    { firm: 'fish', q: 'jack is ill today, can someone cover the van round?', has: [], not: ['recorded as a complaint in Trail'] },
  ]);
});

describe('the tea things, and whether a place is open on a day, asked: nobody\'s, though a policy title shares a word', () => {
  cases([
    { firm: 'hgv', q: 'is the kettle in the classroom working? the cpc lads will want brews at 9', has: ["don't know", 'Lee Hargreaves'], not: ['Driver CPC'] },
    { firm: 'fish', q: 'is the microwave in the office fixed or do i bring a sandwich on the round', has: ["don't know"], not: ['On the van round'] },
    { firm: 'piercing', q: 'client in the chair asked if the shop is open on new years day, what do i tell her?', has: ["don't know"] },
    // Neighbour: a day open said beside a card taken over the phone is still the card rule's to answer.
    { firm: 'piercing', q: 'a customer asked if the shop is open on boxing day, can i take her card details over the phone for a voucher?', has: ['online-orders-and-cards'], not: ["don't know"] },
    // Neighbour: a kettle in a story of a customer's home is a situation the rules still read.
    { firm: 'fish', q: 'old dear on the round keeps asking me to come in and put the kettle on for her, feels rude to say no', has: [], not: ["don't know"] },
  ]);
});

describe('a sign-in code asked by a caller, where the rule says never read one out', () => {
  cases([
    { firm: 'upholstery', q: "bloke rang saying he's from instagram support and needs the code that just came to my phone", has: ['devices-and-accounts', 'never read a sign-in code out'] },
  ]);
});

describe('a phone dropped and gone in the water is lost', () => {
  cases([
    { firm: 'boatyard', q: 'dropped my phone off the pontoon by the crane, gone in the river. had the job photo app on it', has: ['data-breach'] },
    // Neighbour: a phone dropped and still working is no loss.
    { firm: 'boatyard', q: "dropped the work phone on the slipway, screen's smashed but it still works", has: [], not: ['data-breach'] },
  ]);
});

describe("someone's money asked by their family", () => {
  cases([
    { firm: 'boatyard', q: "man rang saying he's mr hale's son and wants to know how much his dad still owes for the lift-out", has: ['bank-details', "Never read out an owner's account balance"] },
    // Neighbour: what a job costs, asked, is no one's balance.
    { firm: 'boatyard', q: 'mr hale rang asking how much the lift-out costs', has: [], not: ["Never read out an owner's account balance"] },
  ]);
});

describe("a child told hurt by one of the family, by the hurt done to an arm or a neck", () => {
  cases([
    { firm: 'softPlay', q: "little girl at tiny explorers told me her mum squeezes her arm really hard when she's naughty. she had marks too", has: ['safeguarding'] },
    // Neighbour: a hand held to cross the road is no harm.
    { firm: 'softPlay', q: 'his dad grabbed his hand to cross the road, is that ok to have on cctv', has: [], not: ['Designated Safeguarding Lead'] },
  ]);
});

describe('one who looks under 18, where the firm checks age', () => {
  cases([
    { firm: 'gunsmiths', q: 'young lad at the till wants a folding knife, looks about 16 if im honest', has: ['age checks'] },
    // Neighbour: a gauge said in a number is no age.
    { firm: 'gunsmiths', q: 'lad at the counter wants the 16 bore cartridges', has: [], not: ['age checks'] },
  ]);
});

describe('a forecast of snow or rain said first is the weather asked', () => {
  cases([
    { firm: 'lashes', q: 'snow forecast for monday ❄️ is the academy practical still going ahead or', has: ["don't know"], not: ['Academy students and practice models'] },
    // Neighbour: the practical asked about with no weather is still the register's to answer, not small talk.
    { firm: 'lashes', q: 'the academy practical on sunday, do the practice models need a patch test first?', has: [], not: ["don't know"] },
  ]);
});

describe('a picture asked to be wiped from the gallery is a photo asked to come down', () => {
  cases([
    { firm: 'babyClasses', q: "a mum emailed asking for her baby's pic to be wiped from the gallery", has: ['Photos and videos at classes'], not: ['Reporting a data breach'] },
    { firm: 'circus', q: "a dad emailed asking for his daughter's show pic to be wiped from the online gallery", has: ['Photos and videos of students and performers'] },
  ]);
});

describe('neighbours the review found the first cut over-reached on', () => {
  cases([
    // A number of boxes or a bore is no age; a courier's badge is no client's ID.
    { firm: 'gunsmiths', q: 'customer wants a shotgun that is 12 bore, can we store it in the gun room overnight?', has: [], not: ['age checks'] },
    { firm: 'piercing', q: "it is 10 o'clock and the client hasn't turned up", has: [], not: ['ID and age checks'] },
    // A brother's pinch and a knock on a beam are no harm at home.
    { firm: 'softPlay', q: 'her little brother pinched her arm in the ball pit', has: [], not: ['Designated Safeguarding Lead'] },
    { firm: 'softPlay', q: 'his dad hit his face on the low beam in the toddler area, do we need an accident form?', has: [], not: ['Designated Safeguarding Lead'] },
    // Staff off sick is no customer ill after eating.
    { firm: 'fish', q: 'jack rang in sick after the weekend, who covers the round?', has: [], not: ['recorded as a complaint in Trail'] },
    // A ring that fits is no health.
    { firm: 'piercing', q: 'client said the ring fits fine now, can i carry on with the second hole?', has: [], not: ["Clients' health answers"] },
    // A coach struggling is no sign in a person; wary is no fear.
    { firm: 'coaches', q: 'the coach is struggling on the hills, should i text her daughter that we\'ll be late?', has: [], not: ["rung only with the passenger's agreement"] },
    { firm: 'coaches', q: 'shes really muddled today, shall i give her daughter a call?', has: ["rung only with the passenger's agreement"] },
    { firm: 'lifts', q: 'she was wary of her son seeing the quote, can we post it to her sister instead?', has: [], not: ['Many of our customers are elderly'] },
    // The kind of person asking is not the one asked after.
    { firm: 'referencing', q: 'the guarantor rang asking what the applicant earns, what can i tell him?', has: ['phone-callers'], not: ["never the guarantor's income"] },
    // One's own teabags in the bin are nothing the sample sentence names.
    { firm: 'dna', q: 'ok to chuck my teabags in the normal bin?', has: [], not: ['never the ordinary bins'] },
    // A phone fished straight out and working is not lost.
    { firm: 'boatyard', q: 'dropped the work phone, it fell in the water but i fished it straight out and it still works', has: [], not: ['data-breach'] },
    // A key to the hall is no tool on loan.
    { firm: 'repairs', q: 'volunteer asking who has the key to the hall', has: [], not: ['Lend Engine waiting list instead'] },
  ]);
});

describe("an outside body asking us to confirm someone's record", () => {
  cases([
    { firm: 'lashes', q: 'salon in leeds emailed asking us to confirm one of this years grads actually passed our volume course before they hire her', has: ['academy-students', 'only when the graduate asks us to'], not: ['Google Workspace:'] },
    // Neighbour: a booking confirmed is no one's record asked.
    { firm: 'lashes', q: 'can you confirm my booking for saturday please', has: [], not: ['only when the graduate asks us to'] },
  ]);
});

describe('an address asked onto a key tag, and camera video asked to be seen', () => {
  cases([
    { firm: 'cottages', q: 'doing new labels for the spare keys, ok to write the cottage address on them?', has: ['door-codes-and-keys'], not: ['NFU Mutual:'] },
    { firm: 'surf', q: 'woman wants to see the camera vid of her car getting broken into in the car park', has: ['cctv'] },
    // Neighbour: filming a lesson on a camera is the photos policy's, not a request for footage.
    { firm: 'surf', q: 'can i take a camera video of the lesson for our insta?', has: [], not: ['CCTV at the shop'] },
  ]);
});

describe("our own slip in someone's record, asked how to put right", () => {
  cases([
    { firm: 'medics', q: 'think i typed the wrong nhs number on a patient on saturday, can i just change it?', has: ['subject-access', 'addendum'] },
  ]);
});

describe('how long a thing "stays" in a system asks how long it is kept', () => {
  cases([
    { firm: 'occHealth', q: 'how long do secure emails stay in the egress archive after sending', has: ['Egress', '2 years'], not: ['encrypted in transit'] },
  ]);
});

describe('something recorded by accident, asked whether to keep it', () => {
  cases([
    { firm: 'drones', q: 'filmed my feet by accident for 5 mins on the last flight, do i need to keep that?', has: ['keeping-and-deleting', 'accidental recordings'] },
    // Neighbour: a drone flown into a tree by accident is nothing recorded, and no sentence on accidental recordings answers it.
    { firm: 'drones', q: 'accidentally clipped a tree on the last flight, prop is chipped, do i log it?', has: [], not: ['accidental recordings'] },
  ]);
});
