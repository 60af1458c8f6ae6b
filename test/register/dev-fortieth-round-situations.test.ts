import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fortieth round, situations: told events whose policy the answerer missed in focus set 5, as
 * classes, written in new words on example firms other than the ones the misses came from, each beside questions of like
 * words that keep their right answers. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    pest: 'kingsmead-pest-control',
    boats: 'towpath-narrowboats',
    tutors: 'tamar-tutors',
    removals: 'thackeray-removals',
    podiatry: 'stepwell-podiatry',
    divers: 'bluehole-divers',
    tackle: 'riverbend-tackle',
    books: 'ledgerlight-bookkeeping',
    petsitters: 'wagtail-pet-sitters',
    it: 'kittiwake-it',
    trees: 'oakwise-tree-surgeons',
    haulage: 'redway-haulage',
    seamstress: 'needle-and-thread',
    cabs: 'lynwood-cars',
    guesthouse: 'saltings-guest-house',
    bakery: 'crumb-and-crust-bakery',
    salon: 'fernleigh-salon',
    tattoo: 'inkwell-tattoo',
    storage: 'stowaway-storage',
    grooming: 'pawprint-grooming',
    karate: 'tenshin-karate',
    homecare: 'larkfield-home-care',
    funerals: 'hollins-funeral',
    pottery: 'kilnworks-pottery',
    haulage2: 'redway-haulage',
  }),
);

describe("a paper with people's details gone, or left where anyone could read it: the breach policy", () => {
  cases([
    { firm: 'pest', q: "the job sheet with the customer's address on blew out of the van window on the ring road, can't find it", has: ['breach-reporting'], not: ['(Register:'] },
    { firm: 'boats', q: 'left the hirer list on the counter all morning, anyone coming in could have read it', has: ['breach-reporting'], not: ['(Register:'] },
    { firm: 'tutors', q: "a letter with a pupil's address on was on the desk and now it's gone", has: ['breach-reporting'] },
    // Kept: blank paper is stationery.
    { firm: 'removals', q: "where have the blank job sheets gone, can't find them", has: [], not: ['breach-reporting'] },
  ]);
});

describe('a caller asking after their own kin, or of another with telling them asked: the policy on telling others', () => {
  cases([{ firm: 'podiatry', q: 'a man rang asking whether his wife has an appointment this week', has: ['confidentiality'], not: ['messaging'] }]);
});

describe("where a trade's paper goes, asked: the one policy that names it and where it is kept", () => {
  cases([
    { firm: 'pest', q: 'where are the job sheets supposed to go at the end of the day', has: ['job-photos'], not: ['(Register:'] },
    // Kept: blank paper is stationery; where notes live in a system is the register's.
    { firm: 'pest', q: 'where do the spare job sheets live', has: [], not: ['job-photos'] },
  ]);
});

describe('a computer dead with our work asked after: the backups policy', () => {
  cases([
    { firm: 'podiatry', q: 'the office pc is completely dead, are we starting from scratch?', has: ['backups'] },
    // Kept: a tablet "dead" alone is its battery.
    { firm: 'podiatry', q: 'ipad is dead can i use my own phone to get a pic of this verruca', has: ['clinical-photos'], not: ['backups'] },
  ]);
});

describe('whether the young need their details taken: the one policy that records people from an age', () => {
  cases([
    { firm: 'divers', q: 'a group of teens are booked on the pool try dive, do we need details for all of them', has: ['junior-divers'], not: ['marketing-consent'] },
    { firm: 'divers', q: "a 15 year old wants to try a dive, do we need his details or his mum's", has: ['junior-divers'] },
  ]);
});

describe('a message asking us to act on a link, asked whether it is real: the policy on suspicious messages', () => {
  cases([
    { firm: 'tackle', q: 'got an email saying a parcel is held and I need to click a link and pay £1.99 to release it, is it real?', has: ['suspicious-emails'], not: ['(Register:'] },
    { firm: 'books', q: 'got an email from hmrc saying a client is due a tax refund with a link to claim it, legit?', has: ['phishing-and-fraud'], not: ['(Register:'] },
  ]);
});

describe('wiped off everything we hold: the erasure policy', () => {
  cases([{ firm: 'petsitters', q: 'a client emailed, wants us to wipe him off everything', has: ['subject-requests'] }]);
});

describe('a work device left in a vehicle overnight, told: the policy on where devices may be left', () => {
  cases([
    { firm: 'podiatry', q: 'the clinic laptop spent the night in my boot, is that a problem', has: ['devices'] },
    // Not a policy sentence on papers left in the van ("never write them on a job sheet left in the van").
    { firm: 'pest', q: 'left the work tablet in the van overnight, is that bad', has: ['lost-device'], not: ['site-access'] },
  ]);
});

describe('logins: one not working yet lent, a password asked strong enough, the two-step code by another name', () => {
  cases([
    { firm: 'podiatry', q: "the new podiatrist's cliniko login isn't working yet, can she use mine?", has: ['passwords'] },
    { firm: 'podiatry', q: 'is Summer2024! strong enough as a password for the new email account?', has: ['passwords'] },
    { firm: 'podiatry', q: 'the authenticator code thing on the email is driving me mad, can i switch it off', has: ['passwords'] },
  ]);
});

describe('a break-in told, then the device gone: a device stolen', () => {
  cases([{ firm: 'trees', q: 'smashed window on the truck this morning, site tablet is gone', has: ['devices'] }]);
});

describe('an entry code written down to pass on: the keys policy', () => {
  cases([{ firm: 'seamstress', q: 'a customer left a note with her alarm code on, shall i write it on the order sheet?', has: ['keys-and-alarm'] }]);
});

describe('a found device or bag asked looked through: the lost property policy, whatever supplier the story names', () => {
  cases([
    { firm: 'cabs', q: "a passenger left a phone in the back of the cab and it's been handed in, can i look through it to find out whose it is", has: ['lost-property'], not: ['breach-reporting'] },
    { firm: 'guesthouse', q: 'a guest found a purse in the breakfast room and handed it in, can i go through it for an address', has: ['lost-property'], not: ['(Register:'] },
  ]);
});

describe('a picture of someone put on stories or TikTok: the photos policy', () => {
  cases([
    { firm: 'salon', q: "sophie wants to put a sneak peek of the bride's hair on stories before the wedding", has: ['photo-consent'] },
    { firm: 'tattoo', q: "can i post a video of dan's back piece on tiktok", has: ['photos-social'] },
    // Kept: the lawful basis asked is the register's fact.
    { firm: 'storage', q: 'on what grounds can we put photos of the units on our facebook', has: [], not: ['photo-consent'] },
  ]);
});

describe("a login lent on a thing one policy says is never shared: that policy, else the passwords policy", () => {
  cases([{ firm: 'bakery', q: 'can sam use my till login while his is locked', has: ['passwords'] }]);
});

describe("round 66's misses, as classes, on other firms", () => {
  cases([
    // A screen seen by someone it is not for is a breach.
    { firm: 'pest', q: 'a customer was reading my tablet screen over my shoulder and could see the other jobs', has: ['breach-reporting'], not: ['(Register:'] },
    { firm: 'podiatry', q: 'a patient in the waiting room was peering at the reception screen with the day list on it', has: ['breach-reporting'], not: ['paper-records'] },
    // A colleague's code used is a login lent; a discount code is no login.
    { firm: 'bakery', q: "jo's on the till, can i just use her code to put this through", has: ['passwords'], not: ['(Register:'] },
    { firm: 'it', q: 'can i use her discount code for the parts order', has: [], not: ['client-passwords'] },
    // Work put on one's own page.
    { firm: 'grooming', q: 'can i post the doodle i did today on my own tiktok? it came out amazing', has: ['dog-photos'], not: ['(Register:'] },
    // A child booked in is the policy titled on the young.
    { firm: 'karate', q: 'a dad wants to book his 6 year old in for the beginners class', has: ['contacting-juniors'], not: ['accident-reporting'] },
    // A lawyer wanting someone's notes is an access request.
    { firm: 'podiatry', q: 'a man on the phone says his lawyer wants the notes from his last appointment, can i email them', has: ['subject-requests'], not: ['backups'] },
  ]);
});

describe("round 68's misses, as classes, on other firms", () => {
  cases([
    { firm: 'homecare', q: "the letter about mr patel's visits went to his neighbour instead of his son", has: ['breach-reporting'] },
    { firm: 'podiatry', q: "one of the receptionists has been looking at the notes of a patient she doesn't deal with, it's her sister in law", has: ['breach-reporting'] },
    { firm: 'pest', q: "one of the tablets isn't in the drawer this morning and nobody knows where it is", has: ['lost-device'] },
    { firm: 'funerals', q: "a reporter from the gazette rang asking about mr jenkins's funeral", has: ['family-enquiries'], not: ['breach-reporting'] },
    { firm: 'podiatry', q: 'just popping to the loo, do i really need to lock the reception pc', has: ['passwords'] },
    { firm: 'pottery', q: "can i put some pics of the kids' class up? one of the mums hasn't said", has: ['photos-consent'] },
    { firm: 'haulage2', q: 'a driver asked if we use his tracker data to check when he stops for lunch', has: ['vehicle-tracking'] },
  ]);
});

describe("round 69's misses, as classes, on other firms", () => {
  cases([
    // A leading "of the ones in the US," scopes the list question after it.
    { firm: 'salon', q: 'of the ones in the us, which dont have a gdpr statement yet', has: ['of the suppliers storing data in the US'] },
    { firm: 'podiatry', q: 'i think a patient watched me type my password in at reception', has: ['passwords'], not: ['devices'] },
    { firm: 'podiatry', q: 'jo forgot her phone, ok if she logs into cliniko on mine today', has: ['passwords'], not: ['messaging'] },
  ]);
});
