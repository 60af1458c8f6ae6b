import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-fourth round of work, situations and off-topic questions:
 * rounds 37 and 38's misses as classes, written in new words on other example firms, and questions
 * that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    farm: 'appleyard-farm-shop',
    cabs: 'lynwood-cars',
    cinema: 'palace-picturehouse',
    brewery: 'tidewell-brewery',
    shop: 'ashby-parva-stores',
  }),
);

describe('a card number written down: the card-payments policy, not the supplier holding cards nor a tool named "later"', () => {
  cases([
    // Failed before this round (the booking or till supplier whose entry holds tokenised cards, or a tool named "later").
    { firm: 'cinema', q: 'took a phone booking and scribbled the card number on a sticky note to run through later', has: ['Taking card payments', 'Never write a card number down'], not: ["can't find", 'Kinolta: Box office'], intent: 'policy' },
    { firm: 'farm', q: 'took a turkey order on the phone and scribbled the card details on a scrap of paper', has: ['Taking card payments', 'shred it at once'], not: ['SumUp: Card payments on'], intent: 'policy' },
    // Failed before this round ("…through later" read "later" as a tool we do not hold).
    { firm: 'cinema', q: 'can i send the friends list through later', has: ['Membermojo'], not: ["can't find"] },
    // Passed before, kept as checks: the same already answered, a supplier asked what cards it holds, and a tool we do not hold in a slot.
    { firm: 'farm', q: 'a customer gave me her card number over the phone, i wrote it on the order pad to type in later', has: ['Taking card payments', 'shred it at once'], not: ["can't find"], intent: 'policy' },
    { firm: 'cinema', q: 'can i write the card number on the booking sheet', has: ['Taking card payments'], intent: 'policy' },
    { firm: 'cinema', q: 'does kinolta hold card numbers', has: ['Kinolta', 'tokenised card references'], not: ['Taking card payments'] },
    { firm: 'cinema', q: 'can i put the friends list into airtable', has: ["can't find airtable", 'Rosalind Fenwick'], intent: 'unknown-supplier' },
  ]);
});

describe('a child left with us while their parent steps out: the safeguarding policy', () => {
  cases([
    // Failed before this round (a supplier or the CCTV or retention policy).
    { firm: 'farm', q: 'a lad of 10 is helping his dad pick strawberries and the dad has gone to the car, can he stay with me', has: ['Safeguarding children and young workers', 'Never be alone with a visiting child'], not: ['CCTV:'], intent: 'policy' },
    { firm: 'cabs', q: 'a 12 year old is waiting in the office for a lift and his mum has nipped to the shop, is that ok', has: ['Safeguarding on school runs', 'Jodie Fellows'], not: ['How long we keep things'], intent: 'policy' },
    { firm: 'cinema', q: 'a little boy at kids club says his mum went out for a smoke, can he sit with me in the box office', has: ['Safeguarding children and vulnerable adults', 'no member of staff is ever alone with a child'], intent: 'policy' },
    // Passed before, kept as checks: a parent gone off with no child in the story, and a child's photo asked after.
    { firm: 'cinema', q: 'my dad has gone to the hospital, can i leave early', has: ["don't know", 'Rosalind Fenwick'], not: ['Safeguarding'], intent: 'unknown' },
    { firm: 'farm', q: 'can i put photos of the school visit on instagram', has: ['Photos and social media'], not: ['Safeguarding'], intent: 'policy' },
  ]);
});

describe('a backup gone wrong, or where the backup drive is kept: the backups policy, with whom to tell and where it lives', () => {
  cases([
    // Failed before this round (only the data-protection contact, or a supplier's location).
    { firm: 'farm', q: 'where is the backup hard drive supposed to live', has: ['Backups of the office files', 'takes the USB backup drive home'], not: ['Google Workspace data is stored in'], intent: 'policy' },
    { firm: 'farm', q: 'the office backup keeps showing a warning, who should i tell', has: ['Backups of the office files', 'tell Helen'], intent: 'policy' },
    { firm: 'cinema', q: 'backup on the office computer says failed, who do i speak to', has: ['Backups of the office PC and shared drive', 'Ferncliffe IT'], intent: 'policy' },
    // Passed before, kept as checks: errors already answered, a supplier's data asked after by its name, and a file deleted and asked back.
    { firm: 'cabs', q: 'the backup failed again last night', has: ['Office backups', 'ring Saltwells IT before 10:00'], intent: 'policy' },
    { firm: 'farm', q: 'the backup drive has a red cross on it this morning, who do we ring', has: ['Backups of the office files', 'tell Helen'], intent: 'policy' },
    { firm: 'farm', q: 'got an error message on the nightly backup this morning, who needs to know', has: ['Backups of the office files', 'tell Helen'], intent: 'policy' },
    { firm: 'cabs', q: 'deleted the lost property log by mistake, can we get it back', has: ['Office backups'], intent: 'policy' },
    { firm: 'farm', q: 'where does shopify store our data', has: ['Shopify'], not: ['Backups of the office files'], intent: 'location' },
  ]);
});

describe('our papers gone through by a stranger: the breach policy, with its time limit', () => {
  cases([
    // Failed before this round (the supplier whose entry holds the paper).
    { firm: 'farm', q: 'left the delivery list on the dashboard with the van open, someone may have looked through it', has: ['Reporting a data breach', 'within 24 hours'], not: ['Circuit:'], intent: 'policy' },
    { firm: 'cabs', q: 'a driver parked up with the window down and the school run sheets on the passenger seat, somebody might have been through them', has: ['Reporting a data breach', 'within 24 hours'], not: ['Dudley Home to School Transport:'], intent: 'policy' },
    // Passed before, kept as checks: a job asked after ("has someone gone through…?"), and the supplier holding the list.
    { firm: 'farm', q: 'has someone gone through the returns list yet', has: ["don't know"], not: ['Reporting a data breach'] },
    { firm: 'farm', q: 'how long does circuit keep addresses', has: ['Circuit', '90 days'], intent: 'retention' },
  ]);
});

describe('a member of the public asking to see our camera footage: the camera policy, who handles footage requests', () => {
  cases([
    // Failed before this round (the lost-device policy the theft meets).
    { firm: 'brewery', q: 'a bloke says his phone was stolen in the taproom and he wants to watch the cctv', has: ['CCTV in the taproom and yard'], not: ['Lost or stolen till iPad'], intent: 'policy' },
    // Passed before, kept as checks: footage of oneself is an access request, and the same request already answered.
    { firm: 'cabs', q: 'a passenger says we clipped his wing mirror and wants to see the dashcam footage', has: ['In-car cameras and footage', 'Only Kuldeep Johal or Denise Harrop download footage'], intent: 'policy' },
    { firm: 'cinema', q: 'a man wants to see the cctv because his bike was nicked outside', has: ['CCTV and requests for footage', 'passed to Roz'], intent: 'policy' },
    { firm: 'cinema', q: 'a customer wants a copy of the cctv of himself at the bar', has: ['Subject access and other data requests', 'one calendar month'], intent: 'policy' },
  ]);
});

describe("a customer asking for their details to be deleted: the data-rights policy (whom to pass it to, how fast)", () => {
  cases([
    // Failed before this round (the devices policy its "wipe" meets, or a supplier).
    { firm: 'farm', q: 'customer phoned asking us to wipe all her details', has: ['When someone asks for their data', 'pass it to Helen the same day'], not: ['Phones, tablets and the office PC'], intent: 'policy' },
    { firm: 'shop', q: 'a lady emailed saying remove all her details, she doesnt shop here any more', has: ['When someone asks for their data'], intent: 'policy' },
    // Passed before, kept as checks: wiping a lost phone is the devices policy's, and a copy of one's data asked for.
    { firm: 'farm', q: 'my phone was nicked, can helen wipe it remotely', has: ['Phones, tablets and the office PC'], not: ['When someone asks for their data'], intent: 'policy' },
    { firm: 'farm', q: 'a customer wants a copy of all the data we hold on her', has: ['When someone asks for their data'], intent: 'policy' },
  ]);
});

describe("off topic, sharing a word with the register or a supplier's name: don't know, and whom to ask", () => {
  cases([
    // Failed before this round (the supplier whose name or entry shares a word, or a policy).
    { firm: 'farm', q: 'whats the best circuit breaker for the cold store', has: ["don't know", 'Helen Appleyard'], not: ['Circuit:'], intent: 'unknown' },
    { firm: 'brewery', q: 'is the square getting a new bandstand this year', has: ["don't know", 'Morwenna Hale'], not: ['Square:'], intent: 'unknown' },
    { firm: 'farm', q: 'how many hampers did we sell at the christmas fair', has: ["don't know", 'Helen Appleyard'], not: ['Taking card payments'], intent: 'unknown' },
    { firm: 'farm', q: 'whats the staff discount on veg boxes', has: ["don't know", 'Helen Appleyard'], not: ['The veg-box round'], intent: 'unknown' },
    // Passed before, kept as checks: a discount already refused, and the same supplier asked after as the register's, by the same word.
    { firm: 'brewery', q: 'whats the trade discount on a firkin', has: ["don't know", 'Morwenna Hale'], intent: 'unknown' },
    { firm: 'farm', q: 'what does circuit hold', has: ['Circuit', 'key-safe codes'], not: ["don't know"] },
    { firm: 'brewery', q: 'what does square hold', has: ['Square', 'payment card details'] },
    { firm: 'brewery', q: 'how long does square keep card details', has: ['Square'], not: ["don't know"] },
    { firm: 'farm', q: 'how many suppliers did we add this year', has: ['14'], intent: 'list-suppliers' },
    { firm: 'brewery', q: 'how many kegs were returned last month', has: ["don't know", 'Morwenna Hale'], intent: 'unknown' },
  ]);
});
