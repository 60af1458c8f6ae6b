import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-seventh round of work, situations: rounds 39 to 46's misses that tell a situation,
 * as classes, written in new words on other example firms, and questions that must keep their right answers. For tuning,
 * like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    shop: 'ashby-parva-stores',
    escape: 'lockbox-escapes',
    catering: 'saffron-table-catering',
    nursery: 'puddleduck-nursery',
    guesthouse: 'saltings-guest-house',
    photo: 'foxglove-studio',
    lettings: 'ashcombe-lettings',
    physio: 'kestrel-physio',
    cinema: 'palace-picturehouse',
    cabs: 'lynwood-cars',
    funeral: 'hollins-funeral',
    cycles: 'pennant-cycles',
    homecare: 'larkfield-home-care',
    books: 'marrowby-books',
    school: 'millbrook-school',
    farm: 'appleyard-farm-shop',
    swim: 'ripple-swim-school',
    vets: 'hawthorn-vets',
    software: 'northwind-digital',
    bridal: 'ivory-lace-bridal',
    storage: 'stowaway-storage',
    cowork: 'quayside-works',
    blocks: 'keyfold-block-management',
    nannies: 'little-acorns-nannies',
    windows: 'crystal-clear-windows',
    transport: 'careway-transport',
    kennels: 'thistledown-kennels',
    ebikes: 'spokesmith-ebikes',
  }),
);

describe('paper asked of once its use is over, after a clause that says so or printed and called "it": how to get rid of it', () => {
  cases([
    // Failed before this round (the supplier whose entry names the paper, or the one its other words met).
    { firm: 'shop', q: 'back from the paper round, what do i do with the round sheets', has: ['How long we keep paper records and how we get rid of them', 'shredded'], intent: 'policy' },
    { firm: 'escape', q: 'finished for the night, what should i do with the paper waivers', has: ['Waivers and health information'], not: ['Smartwaiver: Digital'], intent: 'policy' },
    { firm: 'catering', q: 'after the wedding, what do we do with the dietary sheets', has: ['Guest lists and special diets'], intent: 'policy' },
    { firm: 'shop', q: 'the tablet is down so i printed the delivery list, what do i do with it after', has: ['How long we keep paper records and how we get rid of them'], intent: 'policy' },
    // Accepted: a paper no policy says how to get rid of keeps its answer, and a rule asked without the clause too.
    { firm: 'nursery', q: 'what do i do with the accident forms after they are signed', has: [], not: ['How do'] },
  ]);
});

describe('a work device lost with an app on it or still logged in: the policies on lost devices and breaches, not the app', () => {
  cases([
    // Failed before this round (the app's entry).
    { firm: 'nursery', q: 'lost my work phone with famly on it', has: ['Reporting a data breach'], not: ['Famly: Nursery'], intent: 'policy' },
    { firm: 'escape', q: 'lost the front desk ipad with resova open on it', has: ['Reporting a data breach'], not: ['Resova: Online'], intent: 'policy' },
    { firm: 'photo', q: 'left the laptop on the 8 train with lightroom open on it', has: ['Reporting a data breach'], not: ['Adobe Creative Cloud:'], intent: 'policy' },
    // Passed before, kept as a check: the loss told first.
    { firm: 'guesthouse', q: 'my phone got nicked, little hotelier was still logged in', has: ['Lost or stolen phone, tablet or laptop'], intent: 'policy' },
    // Accepted: the app asked about, with no loss told, is the register's.
    { firm: 'nursery', q: 'does famly keep photos of the kids', has: ['Famly'], not: ['Reporting a data breach:'] },
    { firm: 'escape', q: 'who looks after resova', has: ['Resova'], not: ['Reporting a data breach:'] },
  ]);
});

describe('something sent to another home by its number by mistake, or ransomware told by its screen: the breach policy', () => {
  cases([
    // Failed before this round (the booking system's entry, or the encryption facts of the file store).
    { firm: 'guesthouse', q: 'sent the booking confirmation to room 4 by mistake', has: ['Reporting a data breach'], not: ['Little Hotelier: Reservations'], intent: 'policy' },
    { firm: 'physio', q: 'the screen says our files are encrypted and we must pay to unlock them', has: ['Lost or stolen devices and data breaches'], not: ['Google Workspace: data is encrypted'], intent: 'policy' },
    { firm: 'cinema', q: 'a ransom note popped up on the box office pc', has: ['Reporting a data breach'], not: ['Backups of the office PC'], intent: 'policy' },
    // Passed before, kept as a check.
    { firm: 'lettings', q: 'emailed the flat 3 inventory to flat 5 by mistake', has: ['Reporting a data breach'], intent: 'policy' },
    // Accepted: sending to a home asked as a rule, and ransomware asked about, keep their answers.
    { firm: 'lettings', q: 'can i send the tenancy agreement to the landlord', has: [], not: ['Reporting a data breach:'] },
    { firm: 'physio', q: 'does cliniko have two factor', has: ['Cliniko'], not: ['Lost or stolen devices and data breaches:'] },
  ]);
});

describe("a partner, relative or neighbour asking where someone is or how to reach them: the policy on telling others", () => {
  cases([
    // Failed before this round (a safeguarding policy, a supplier's entry, or a job-tag policy).
    { firm: 'cabs', q: 'a passengers wife rang asking where he was dropped off last night', has: ['When someone asks about another person'], intent: 'policy' },
    { firm: 'funeral', q: 'a neighbour wants the daughters phone number to send a card', has: ['Talking to relatives and other callers'], not: ['Bowland IT:'], intent: 'policy' },
    { firm: 'cycles', q: 'a customers ex rang asking for his address', has: ['Requests from the police, employers and others'], not: ['Workshop job tags and paperwork:'], intent: 'policy' },
    { firm: 'homecare', q: 'a clients nephew rang asking where she is staying now', has: ['Sharing information with family members'], not: ['CarePlanner data is stored in'], intent: 'policy' },
    { firm: 'transport', q: 'a patients daughter rang asking where her mum is', has: ['Phone enquiries about patients'], intent: 'policy' },
    // Accepted: a parent asking after her own order, or the ashes of her own, is no one asking after another person.
    { firm: 'nursery', q: 'a mum rang asking where her order is', has: [], not: ['Reporting a data breach:'] },
    { firm: 'funeral', q: 'a daughter rang asking where her dads ashes are', has: ['Accrington Crematorium'], not: ['Talking to relatives and other callers:'] },
  ]);
});

describe('a child wanting, or wanted, in a photo or a recording: the policy on pictures of children', () => {
  cases([
    // Failed before this round (a card reader's or a delivery planner's entry, or don't know).
    { firm: 'books', q: 'a few kids at story time want a photo with the author, can i put it on facebook', has: ['Photos and filming at author events'], not: ['SumUp:'], intent: 'policy' },
    { firm: 'farm', q: 'some children at lambing day want a selfie with the lambs, ok to post it', has: ['Photos and social media'], not: ['Circuit:'], intent: 'policy' },
    { firm: 'swim', q: 'a dad wants his 6 year old filmed in the lesson to send to grandma', has: ['Photos and videos of children'], intent: 'policy' },
    { firm: 'photo', q: 'the bride wants her 12 year old niece in the photos', has: ['Photographing children and consent'], intent: 'policy' },
    // Passed before, kept as a check.
    { firm: 'school', q: 'a mum asked if her daughter can be in the video for the open day', has: ['Photographs and videos of pupils'], intent: 'policy' },
    // Accepted: how long or where photos of children are kept is the register's.
    { firm: 'nursery', q: 'how long do we keep photos of the children', has: [], not: ['Mobile phones, cameras and photos:'] },
  ]);
});

describe("someone's details photographed on one's own phone: the policy on personal phones", () => {
  cases([
    // Failed before this round (the policy on the details, not on the phone).
    { firm: 'software', q: 'can i take a screenshot of the client database on my personal phone', has: ['Laptops and devices', 'personal devices'], intent: 'policy' },
    { firm: 'bridal', q: 'is it ok to snap a photo of the brides measurements sheet on my phone', has: ['iPads, phones and the shop laptop'], not: ['Photos of brides:'], intent: 'policy' },
    // Passed before, kept as a check.
    { firm: 'storage', q: 'can i take a photo of the customers id on my phone so i have it', has: ['Phones, tablets, PCs and scanners'], intent: 'policy' },
    // Accepted: a photo of a house, not of anyone's details, is the photo policy's.
    { firm: 'windows', q: 'can i take photos of customers houses on my phone', has: ["Photos and video at customers' homes"] },
  ]);
});

describe('a thing looked for everywhere and not found, when it holds people\'s details: lost, so the breach policy', () => {
  cases([
    // Failed before this round (don't know).
    { firm: 'nursery', q: 'i cant find the sign in sheet anywhere', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'vets', q: 'cant find a clients consent form anywhere', has: ['Reporting a data breach'], intent: 'policy' },
    // Accepted: our own kit not found is no loss of anyone's data.
    { firm: 'cycles', q: 'cant find the workshop van keys anywhere', has: [], not: ['Reporting a data breach:'] },
  ]);
});

describe('someone collecting without the proof, or a debt to hand on asked when: the policy that says so', () => {
  cases([
    // Failed before this round (the post log's or the key holder's entry, or the debt collector's lawful basis).
    { firm: 'cowork', q: 'a courier is collecting a parcel for one of the members but has no id', has: ["Handling members' post", 'photo ID'], not: ['Envoy: Visitor'], intent: 'policy' },
    { firm: 'blocks', q: 'a plumber came to collect the keys but hasnt got the code', has: ['Sharing details with contractors and giving access to flats', 'one-time code'], not: ['KeyNest: Holding'], intent: 'policy' },
    { firm: 'storage', q: 'a unit is 3 months unpaid, when can we send it to the solicitors', has: ['Units in arrears, lien sales and personal documents'], intent: 'policy' },
    // Accepted: a firm with no policy that hands over only on proof keeps its answer; what is sent to the solicitors is the register's.
    { firm: 'nannies', q: 'a nanny came to collect her payslip but has no id', has: [], not: ['Reporting a data breach:'] },
    { firm: 'blocks', q: 'what do we send to the solicitors', has: ['Hartwell Law'], not: ['Chasing service charge arrears:'] },
    { firm: 'kennels', q: 'the owners friend is here to pick up the dog but hasnt got the booking ref', has: ['Paws Pet Taxi'], not: ['Reporting a data breach:'] },
    { firm: 'physio', q: 'when can we send notes to the gp', has: ["Patients' GP surgeries"], not: ['Patients asking for a copy of their notes:'] },
  ]);
});

describe('someone claiming to be entitled and wanting something: the policy on what they want, not the phone system or the booking system', () => {
  cases([
    // Failed before this round (a safeguarding policy, or the policy with the hire system's or the call service's entry after it).
    { firm: 'cabs', q: 'a man says hes her husband and wants to know where she was dropped', has: ['When someone asks about another person'], not: ['Safeguarding on school runs'], intent: 'policy' },
    { firm: 'lettings', q: 'a caller says hes the landlords son and wants the tenants number', has: ['Fake emails and payment fraud'], not: ['Reapit: Our CRM'], intent: 'policy' },
    { firm: 'ebikes', q: 'a man says hes from the police and wants the hire records', has: ['Police and other people asking about a customer'], not: ['Booqable: Online'], intent: 'policy' },
    { firm: 'transport', q: 'someone on the phone says theyre from the hospital and asked for the patients address', has: ['Phone enquiries about patients'], not: ['Moneypenny: Out-of-hours'], intent: 'policy' },
    // Accepted: a claim with no policy on what is wanted keeps its answer; a want with no claim too.
    { firm: 'cinema', q: 'a customer says shes a friend and wants a free ticket', has: [], not: ['Reporting a data breach:'] },
    { firm: 'ebikes', q: 'the police want the hire records', has: ['Police and other people asking about a customer'] },
  ]);
});

describe("a theft told in a place whose name is a word of a supplier's name: the place, not the supplier", () => {
  cases([
    // Failed before this round (the crematorium's entry).
    { firm: 'funeral', q: 'the arrangement tablet was stolen from the car outside the church in accrington', has: ['Tablets and on-call phones'], not: ['Accrington Crematorium:'], intent: 'policy' },
    // Accepted: the same word asked of, or sent to, is the supplier.
    { firm: 'funeral', q: 'what does accrington hold', has: ['Accrington Crematorium'] },
    { firm: 'ebikes', q: 'what do we send to clifton', has: ['Clifton Cargo Couriers'] },
    { firm: 'ebikes', q: 'where is data in clifton stored', has: ['Clifton Cargo Couriers'] },
  ]);
});
