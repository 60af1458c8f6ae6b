import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 115 and focus sets 33, 34 and 36 taught (the sixty-second round), each beside a neighbour that keeps its answer.
 * The questions are told afresh, not the sets' own.
 */
const cases = devCasesOn(
  exampleFirms({
    familyLaw: 'embervale-family-law',
    circus: 'bigtop-circus-school',
    ghostWalks: 'lamplight-ghost-walks',
    energy: 'mossgrove-community-energy',
    clocks: 'tickety-clock-repairs',
    pawnbrokers: 'goldvale-pawnbrokers',
    lullaby: 'little-lullaby-classes',
    schoolRuns: 'wheelwise-school-transport',
    plumbing: 'tolley-plumbing',
    escapes: 'lockbox-escapes',
    museum: 'haverley-museum',
    sleepClinic: 'nightingale-sleep-clinic',
    church: 'st-brannocks-church',
    lifeguards: 'tidemark-lifeguards',
    shelter: 'harbour-night-shelter',
    bookmakers: 'tollgate-bookmakers',
    youthTheatre: 'limelight-youth-theatre',
    falconry: 'hawkwing-falconry',
    hypnotherapy: 'stillwater-hypnotherapy',
    mobileVets: 'brightmoor-mobile-vets',
    quiz: 'tallyho-pub-quiz-league',
    literacy: 'quillstone-literacy-charity',
    befrienders: 'broadland-befrienders',
    languageSchool: 'seaview-language-school',
    socialClub: 'ashgrove-social-club',
    coding: 'bytesize-coding-club',
    valet: 'skyport-valet-parking',
    parking: 'parkright-enforcement',
    cowork: 'junction-yard-cowork',
    villageHall: 'hartfield-village-hall',
  }),
);

describe('harm to a child by an ex, told, is the safeguarding rule', () => {
  cases([
    { firm: 'familyLaw', q: "her ex hit their little girl at contact, she's worried sick", has: ['family-proceedings-confidentiality', 'tell Sian Ellery the same day'] },
    { firm: 'familyLaw', q: "her ex-husband slapped their daughter at handover on sunday, she's in bits", has: ['family-proceedings-confidentiality', 'tell Sian Ellery the same day'] },
    // Neighbour: an ex hitting the roof hurts nobody.
    { firm: 'familyLaw', q: 'her ex hit the roof when he got our letter', has: [], not: ['Sian Ellery the same day'] },
  ]);
});

describe('a signed GDPR addendum come back is the statement; the UK Addendum is the transfer', () => {
  cases([
    { firm: 'circus', q: 'did we ever get the signed gdpr addendum from safetyculture?', has: ['Not yet', 'requested'], intent: 'statement' },
    { firm: 'circus', q: 'has the signed data processing addendum come back from safetyculture yet?', has: ['Not yet', 'requested'], intent: 'statement' },
    { firm: 'circus', q: "what covers safetyculture's transfer, the uk addendum?", has: ['UK Addendum'], intent: 'transfer' },
  ]);
});

describe('a list left at a leisure or sports centre is out of our hands', () => {
  cases([
    { firm: 'circus', q: 'dropped the troupe medical list at the sports centre on saturday', has: ['breach-reporting'] },
    { firm: 'circus', q: 'left the camp register at the leisure centre yesterday', has: ['breach-reporting'] },
  ]);
});

describe('a young one asking for our own number or social media is the rule on contact with young people', () => {
  cases([
    { firm: 'circus', q: 'a 14 year old in the thursday class asked for my instagram', has: ['contact-with-young-people', 'one to one'] },
    { firm: 'ghostWalks', q: 'a year 8 boy asked for my number after the tour, can i give it?', has: ['school-groups', 'phone number or social media'] },
    { firm: 'ghostWalks', q: 'year 9 girl on the school tour wants my snapchat, is that ok?', has: ['school-groups', 'phone number or social media'] },
  ]);
});

describe('sent to a different one of the same name, details put in a group chat, a label wrongly addressed: breaches', () => {
  cases([
    { firm: 'ghostWalks', q: 'emailed the voucher to a different Sarah 😬', has: ['breach-reporting'] },
    { firm: 'ghostWalks', q: "one of the guides has posted a customer's mobile number in the staff group asking who found her bag", has: ['breach-reporting'] },
    { firm: 'clocks', q: 'the parcel for mr bell went out with the wrong postcode on it', has: ['breach-reporting', 'do not contact the customer yourself'] },
    // Neighbour: putting it there is only asked, not done.
    { firm: 'ghostWalks', q: "can i put a customer's number in the guides group so someone can ring her?", has: [], not: ['Reporting a data breach'] },
  ]);
});

describe('someone who would rather not be filmed is left out of the shot', () => {
  cases([
    { firm: 'ghostWalks', q: "a stag do wants me to film them at the end but one of them doesn't want to be in it", has: ['filming-and-photos', 'left out of the shot'] },
  ]);
});

describe('one of the children wandered off, told, even after "HELP"', () => {
  cases([
    { firm: 'ghostWalks', q: "one of the pupils has wandered off near the shambles and we can't find him", has: ['school-groups', 'not found within 10 minutes'] },
    { firm: 'ghostWalks', q: 'HELP one of the kids has run off near the minster, the teacher cant find him', has: ['school-groups', 'not found within 10 minutes'] },
    // Neighbour: "help" with a few words is still asking what the bot does.
    { firm: 'ghostWalks', q: 'help me', has: ['I answer from Lamplight Ghost Walks'] },
  ]);
});

describe('a condition told and what to put on the booking asked is the policy on health information', () => {
  cases([
    { firm: 'ghostWalks', q: 'lady booking says her husband has dementia, what do i put on the booking?', has: ['access-needs', 'never the diagnosis'] },
  ]);
});

describe('a hyphened keyword counts in full only as itself', () => {
  cases([
    { firm: 'ghostWalks', q: 'i always mix up', has: ["don't know"], not: ['Card readers, walk-ups and cash'] },
    // Neighbour: the keyword itself still finds its policy.
    { firm: 'ghostWalks', q: 'can i take walk-up payments on my own phone?', has: ['card-payments'] },
  ]);
});

describe('money offered on a visit, felt rude to refuse, is the rule on gifts', () => {
  cases([
    { firm: 'energy', q: 'the lady at the house tried to give me a tenner for helping, felt rude saying no', has: ['home-visits', 'accept gifts beyond a cup of tea'] },
  ]);
});

describe('another address asked, the proof missing, a seller without ID: the rule that says what to do', () => {
  cases([
    { firm: 'clocks', q: 'customer emailed asking us to post the clock to her son\'s instead of her own address', has: ['postal-repairs', 'phoning the number we already hold'] },
    { firm: 'clocks', q: "a chap came in for his late mum's carriage clock without the ticket", has: ['uncollected-items', 'proof they are the executor'] },
    { firm: 'clocks', q: 'woman wants to sell us a rolex but has no ID with her', has: ['buying-and-cash', 'say we need to make checks'] },
    // Neighbour: a firm whose ID rule other rules found already keeps it.
    { firm: 'pawnbrokers', q: "lad wants to sell us a gold chain but hasn't got any id on him", has: ['customer-id-aml'] },
  ]);
});

describe('a group chat with outsiders, a marketplace, a listing site: tools we do not hold', () => {
  cases([
    { firm: 'clocks', q: "i'd like to set up a group chat with our regular dealers, is that ok?", has: ['new-tools', 'ask Fiona Pennock first'] },
    { firm: 'clocks', q: 'can we sell some of the pre-owned watches on catawiki?', has: ["can't find catawiki", 'new-tools'] },
    { firm: 'ghostWalks', q: 'saw our old tour listed on airbnb experiences, is that us?', has: ["can't find airbnb"] },
  ]);
});

describe('our own number or a friend request, asked or sent by someone we serve, is the rule against private contact', () => {
  cases([
    { firm: 'schoolRuns', q: 'one of the dads added me on facebook last night', has: ['safeguarding', 'never add pupils or parents on social media'] },
    { firm: 'schoolRuns', q: 'one of the parents asked me for my mobile number so she can message me directly', has: ['handover-and-parents', "don't give parents your own number"] },
  ]);
});

describe('a paper left at a street or a saint\'s by name is out of our hands', () => {
  cases([
    { firm: 'lullaby', q: 'think i left the sign-in sheet on a chair at elm road after the sing and sign class', has: ['breach-reporting'] },
    { firm: 'schoolRuns', q: "left the route sheet on a bench at st peter's after the school run", has: ['breach-reporting'] },
  ]);
});

describe('a child by name no longer wanted on our pages is the photos policy', () => {
  cases([
    { firm: 'lullaby', q: "mum says she doesn't want Oscar on our instagram any more", has: ['class-photos', 'tell Poppy Lang'] },
    // Neighbour: wanting something else on the page is no photo coming down.
    { firm: 'lullaby', q: "does anyone want to put the new timetable on our instagram?", has: [], not: ['tell Poppy Lang'] },
  ]);
});

describe('a device said to have no lock is the rule on locks', () => {
  cases([
    { firm: 'lullaby', q: 'the work tablet has no passcode on it, is that a problem?', has: ['lost-devices', 'six-digit PIN'] },
  ]);
});

describe('camera footage asked for, of their own child, is the cameras policy and the one on requests', () => {
  cases([
    { firm: 'schoolRuns', q: "a mum's asking for the bus camera footage of her daughter from monday, says she was bullied", has: ['cameras-and-trackers', 'data-requests', "don't send anything yourself"] },
  ]);
});

describe('a seizure told, medicine to stay in a vehicle overnight, a neighbour offering to have a child', () => {
  cases([
    { firm: 'schoolRuns', q: "harry's fitting, PA's timing it, what do i do", has: ['medical-needs', 'seizure lasts 5 minutes'] },
    { firm: 'schoolRuns', q: 'ok to leave her insulin in the minibus overnight? mum wasnt in', has: ['medical-needs', 'never left on the vehicle'] },
    { firm: 'schoolRuns', q: "nobody home at mia's, the neighbour says she can take her in till dad gets back", has: ['handover-and-parents', 'keep the pupil safely on the vehicle'] },
    // Neighbour: fitting a boiler is no seizure.
    { firm: 'plumbing', q: "the lads are fitting the new boiler at mrs khan's today", has: [], not: ['seizure'] },
  ]);
});

describe('a name opening the question, with leave asked to move to it, is a tool we do not hold by the rules alone', () => {
  cases([
    { firm: 'escapes', q: 'klemvo does bookings and waivers, could we move to that?', has: ["can't find klemvo", 'New apps and websites'] },
    // Neighbour: one of ours opening the question is ours.
    { firm: 'escapes', q: 'smartwaiver handles waivers, could we switch to it?', has: ['Smartwaiver:'], not: ["can't find"] },
  ]);
});

describe('a child lost told the other way round, or a class left with us: the safeguarding rule', () => {
  cases([
    { firm: 'museum', q: "a dad can't find his little girl, last seen by the dinosaur", has: ['safeguarding', 'close the front door'] },
    { firm: 'museum', q: 'the teacher asked if she can pop out and leave the class with me for ten minutes', has: ['safeguarding', 'never left alone with a child or a group'] },
    // Neighbour: keys not found are the keys' rule.
    { firm: 'museum', q: "i can't find the keys to the store", has: ['keys-and-alarm'], not: ['close the front door'] },
  ]);
});

describe("a letter about someone who isn't theirs, everyone's addresses shown: breaches", () => {
  cases([
    { firm: 'sleepClinic', q: "a pharmacy says they received one of our letters about someone who isn't their patient", has: ['data-breach', 'Tell Fiona McLeod'] },
    { firm: 'church', q: "sent the harvest supper email and everyone's addresses are visible", has: ['breach-reporting', 'Do not try to recall emails'] },
  ]);
});

describe("our people's numbers asked for by a venue are the rule on what we tell venues", () => {
  cases([
    { firm: 'lifeguards', q: 'a venue manager asked for the phone numbers of all our lifeguards for the summer', has: ['sharing-with-venues', "Never give a lifeguard's phone number"] },
  ]);
});

describe('a tool said by its job ("a rota thingy"), with who approves it asked, is a tool we do not hold', () => {
  cases([
    { firm: 'lifeguards', q: 'found a rota thingy online, much cheaper than ours, who approves that?', has: ['not in our register yet', 'Jago signs off'] },
  ]);
});

describe('whether someone is staying with us, asked by a caller, is the rule on confirming who stays', () => {
  cases([
    { firm: 'shelter', q: 'a woman rang the hall asking if her husband dave is sleeping here tonight', has: ['guest-confidentiality', 'whether someone is staying with us'] },
    { firm: 'shelter', q: 'a man phoned asking whether his brother is staying with you this week', has: ['guest-confidentiality', 'whether someone is staying with us'] },
  ]);
});

describe('a robbery told is the rule on what to do in one', () => {
  cases([
    { firm: 'bookmakers', q: 'the balby shop got robbed last night, what do we do', has: ['cash-and-keys', 'If you are robbed'] },
    // Neighbour: a bet held up by the till is no robbery.
    { firm: 'bookmakers', q: 'my bet got held up by the system', has: [], not: ['If you are robbed'] },
  ]);
});

describe('a child still here after the session with no answer, a secret sworn by one of the year 7s: the rules on children', () => {
  cases([
    { firm: 'youthTheatre', q: 'class finished at 6 and little jacob is still here, dad not answering his phone', has: ['collection', 'two staff stay with them and call Bethan'] },
    { firm: 'youthTheatre', q: 'one of the yr 7s told me something at the break, she made me promise not to say a word', has: ['safeguarding-concerns', 'tell Bethan Lloyd'] },
    // Neighbour: a rehearsal still in the hall is no child left.
    { firm: 'youthTheatre', q: 'the rehearsal is still here in the hall? no answer from the caretaker', has: [], not: ['two staff stay with them'] },
  ]);
});

describe("another family's address asked for, someone asked after as one of ours, a condition told in front of the group", () => {
  cases([
    { firm: 'youthTheatre', q: 'a dad asked me for another parents number so they can sort a lift, ok to give it?', has: ['contacting-children', "Do not give out any family's details to another parent"] },
    { firm: 'hypnotherapy', q: 'a solicitor rang asking whether a mrs jones is one of our clients', has: ['requests-for-information', 'never confirm that someone is or'] },
    { firm: 'falconry', q: 'a man on the owl experience told me he has epilepsy in front of the whole group, what now', has: ['health-declarations', 'talk to them privately'] },
  ]);
});

describe('focus set 36 read: recording on our own phone, another address, sessions missed, a county, a leaver, old forms, a slip into a shared folder', () => {
  cases([
    { firm: 'mobileVets', q: 'a client asked if i could record the visit on my phone for her son, ok?', has: ['never record a consultation on your own phone'] },
    { firm: 'mobileVets', q: 'caller wants the prescription emailed to a new address, says the old one is closed', has: ['repeat-prescriptions', "postcode and pet's date of birth"] },
    { firm: 'literacy', q: "my learner didn't turn up twice now, should i ring her?", has: ['meeting-learners', 'does not turn up twice in a row'] },
    { firm: 'mobileVets', q: 'family moving to yorkshire, their new vet wants the records, how fast do we send them?', has: ['records-and-requests', 'within 2 working days'], not: ["can't find"] },
    { firm: 'befrienders', q: 'one of our drivers finished yesterday, what happens with her logins?', has: ['passwords-accounts'] },
    { firm: 'quiz', q: 'found a box of old prize claim forms from 2023 while tidying, can they go?', has: ['records-and-requests', 'prize claim forms 30 days after payment'] },
    { firm: 'quiz', q: 'saved the team list into the shared drive by mistake, everyone can see it', has: ['breach-reporting', 'within 1 hour of noticing'] },
    // Neighbour: saved there on purpose is no slip.
    { firm: 'quiz', q: 'saved the team list into the shared drive', has: [], not: ['within 1 hour of noticing'] },
  ]);
});

describe("everything we hold on one of theirs, asked by someone else, needs their written authority", () => {
  cases([
    { firm: 'languageSchool', q: 'an agent from brazil asked for all the information we have on one of their students', has: ['subject-access', "written authority"] },
    // Neighbour: the student asking for her own is the same policy, asked by her.
    { firm: 'languageSchool', q: 'a student wants all the data we hold on her', has: ['subject-access'] },
  ]);
});

describe('someone asked to leave, a relative not on the list, a car asked after: the rules that say what to do', () => {
  cases([
    { firm: 'socialClub', q: 'we asked a lad to leave after he swore at the bar staff, anything i need to do?', has: ['door-and-guests', 'with the time and a factual'] },
    // Neighbour: the bins put out is no one put out.
    { firm: 'socialClub', q: 'can you put the bins out tonight', has: [], not: ['incident book'] },
    { firm: 'coding', q: "a woman at the door says she's max's auntie, she's not on his list, can he go with her?", has: ['registers-medical', 'ring the parent first'] },
    { firm: 'valet', q: "a woman phoned asking whether her boss's car is parked with us this week", has: ['customer-confidentiality', 'Never tell a caller, a visitor'] },
  ]);
});

describe('lists asked in few words: who holds a certification, which lack enforced two-factor on our accounts, where storage is unknown', () => {
  cases([
    { firm: 'parking', q: "who's iso 27001?", has: ['Suppliers with ISO 27001', 'NoticeDesk', 'Xero'] },
    { firm: 'parking', q: "who's cyber essentials plus certified?", has: ['Clearsight ANPR', 'Irwell IT'] },
    { firm: 'cowork', q: "which apps don't have two factor enforced on our accounts?", has: ['LetterLoop', 'Brewtill'], not: ['Ledgerly: two-factor authentication is enforced'] },
    { firm: 'villageHall', q: "any supplier where we don't even know where it's stored?", has: ['does not record where data is stored by WhatsApp'] },
    // Neighbour: who is on the payroll is the payroll system's entry, no list of certifications.
    { firm: 'cowork', q: 'who is on the payroll?', has: ['Peoplefold:'] },
  ]);
});
