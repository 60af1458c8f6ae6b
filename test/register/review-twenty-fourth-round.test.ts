import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Questions from the review of issue 17's twenty-fourth round: ordinary questions that the round's
 * new rules first answered wrongly (an everyday way to pay read as a tool we do not hold, the
 * recipient role read as people, parents gone home read as a child left with us, a spare read as a
 * backup gone wrong, a job done read as a stranger going through our papers, a question's last part
 * swallowed with what people receive or attend, a statement's next review read as a date no register
 * keeps, a member of staff's own account read as a customer's erasure request), each beside the
 * question the rule was written for, which must keep its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    vets: 'hawthorn-vets',
    nursery: 'puddleduck-nursery',
    bakery: 'crumb-and-crust-bakery',
    brewery: 'tidewell-brewery',
    cabs: 'lynwood-cars',
    florist: 'bramble-and-bloom',
    lettings: 'ashcombe-lettings',
    farm: 'appleyard-farm-shop',
    festival: 'meadowlark-festival',
    cinema: 'palace-picturehouse',
    tattoo: 'inkwell-tattoo',
  }),
);

describe('an everyday way to pay or send is no tool we do not hold', () => {
  cases([
    { firm: 'vets', q: 'can clients pay by debit card?', has: ['Dojo'], not: ["can't find"] },
    { firm: 'brewery', q: 'can customers pay by contactless at the bar?', has: ['Square'], not: ["can't find"] },
    { firm: 'cabs', q: 'can passengers pay by contactless?', has: ['Stripe'], not: ["can't find"] },
    { firm: 'florist', q: 'can we pay the florist invoice through bacs?', has: ['FreeAgent'], not: ["can't find"] },
    { firm: 'brewery', q: "we're moving to paperless invoices, do I shred the old ones?", has: ['How long we keep records'], not: ["can't find"], intent: 'policy' },
    // The questions the rule was written for: a way to pay, and a way to send, that is a tool we do not hold.
    { firm: 'bakery', q: 'can customers pay for their cake by paypal', has: ["can't find paypal", 'Maggie Thornton'], intent: 'unknown-supplier' },
    { firm: 'bakery', q: 'is it ok to send the allergen sheet thru dropbox', has: ["can't find dropbox", 'Using new apps and tools'], intent: 'unknown-supplier' },
  ]);
});

describe('recipients of some kind of data, a list of recipients and which of our recipients are the recipient role', () => {
  cases([
    { firm: 'vets', q: 'which suppliers are recipients of client data?', has: ['Petlog', 'Pennine Pet Crematorium'], not: ["can't find"], intent: 'list-suppliers' },
    { firm: 'cabs', q: 'which suppliers are recipients of passenger data?', has: ['Dudley Council Licensing', 'Hadley & Co'], not: ["can't find"], intent: 'list-suppliers' },
    { firm: 'florist', q: 'can I get a list of recipients?', has: ['Gray Anderson Accountants', 'Lothian Funeral Services'], intent: 'list-suppliers' },
    { firm: 'florist', q: 'which of our recipients are outside the UK?', has: ['No supplier'], not: ['Shopify'], intent: 'location' },
    // The questions the rule was written for: gift recipients and people who receive a bouquet are whose data it is.
    { firm: 'florist', q: 'which suppliers keep data on gift recipients', has: ['Shopify', 'Circuit', 'Interflora'], not: ['Gray Anderson'], intent: 'data' },
    { firm: 'florist', q: 'which suppliers hold details of people who receive a bouquet', has: ['Shopify', 'Circuit', 'Interflora'], not: ['Gray Anderson'], intent: 'data' },
    { firm: 'lettings', q: 'which suppliers hold details of people who guarantee a tenancy', has: ['Goodlord', 'Experian'], intent: 'data' },
  ]);
});

describe('what people receive or attend is only a few words: the rest of the question is still read', () => {
  cases([
    { firm: 'vets', q: 'do we share data about people who attend our events with anyone outside the UK?', has: ['Mailchimp (the US)'], intent: 'location' },
  ]);
});

describe('a parent gone home, popped back or the asker\'s own has left no child with us', () => {
  cases([
    { firm: 'nursery', q: 'after the parents have gone home, can I text them photos of the kids?', has: ['Famly'], not: ['Recording safeguarding concerns'] },
    { firm: 'nursery', q: 'a mum popped back to ask if her son can have his photo on the website', has: ['Famly'], not: ['Recording safeguarding concerns'] },
    { firm: 'nursery', q: 'my mum has gone away so can my son come to work with me?', has: [], not: ['Recording safeguarding concerns'] },
    // The questions the rule was written for: a parent gone off on an errand, the child left with us.
    { firm: 'nursery', q: 'the mum has nipped to the shop and left her son with us, is that ok?', has: ['Recording safeguarding concerns'], intent: 'policy' },
    { firm: 'farm', q: 'a lad of 10 is helping his dad pick strawberries and the dad has gone to the car, can he stay with me', has: ['Safeguarding children and young workers'], intent: 'policy' },
  ]);
});

describe('a spare asked for when something fails is not a backup gone wrong', () => {
  cases([
    { firm: 'vets', q: 'the card machine failed, is there a backup?', has: ['Dojo: Card payments'] },
    { firm: 'farm', q: 'the card machine failed, is there a backup?', has: ['Taking card payments'], not: ['Backups of the office files'], intent: 'policy' },
    { firm: 'festival', q: "there's a storm warning, what's the backup plan?", has: ["don't know"], not: ['Backups and offline lists'] },
    // The questions the rule was written for: our backup showing a warning, or its drive a red cross.
    { firm: 'farm', q: 'the office backup keeps showing a warning, who should i tell', has: ['Backups of the office files', 'tell Helen'], intent: 'policy' },
    { firm: 'farm', q: 'the backup drive has a red cross on it this morning, who do we ring', has: ['Backups of the office files', 'tell Helen'], intent: 'policy' },
  ]);
});

describe('someone going through our papers once a job is done is no stranger', () => {
  cases([
    { firm: 'vets', q: 'once someone has gone through the CVs, how long do we keep them?', has: [], not: ['Reporting a data breach'], intent: 'retention' },
    { firm: 'cinema', q: 'once someone has been through the lost property log, how long do we keep it?', has: ['Lost property log 3 months'], not: ['Reporting a data breach'] },
    // The question the rule was written for: a stranger who may have looked through our list.
    { firm: 'farm', q: 'left the delivery list on the dashboard with the van open, someone may have looked through it', has: ['Reporting a data breach', 'within 24 hours'], intent: 'policy' },
  ]);
});

describe("the next review or renewal of a supplier's statement is a date the register keeps, whatever case its name is in", () => {
  cases([
    { firm: 'bakery', q: 'when is the next review of the square gdpr statement?', has: ['Square', 'next review due 2028-01-31'], intent: 'statement' },
    { firm: 'bakery', q: 'when is our next square renewal due?', has: ['Square'], not: ["don't know"] },
    { firm: 'brewery', q: 'when is the next deputy renewal?', has: ['Deputy'], not: ["don't know"] },
    // The question the rule was written for: the date of the next of something no register records.
    { firm: 'bakery', q: 'when is the next flour delivery from the mill?', has: ["don't know"], intent: 'unknown' },
  ]);
});

describe("a member of staff's own account to delete is no customer's erasure request", () => {
  cases([
    { firm: 'tattoo', q: 'I want to delete my account on the booking app, who do I ask?', has: ['Fresha'], not: ['Requests for a copy or to delete data'] },
    // The questions the rule was written for: a customer asking us to erase their details.
    { firm: 'tattoo', q: 'a client rang asking us to wipe her details', has: ['Requests for a copy or to delete data', 'Nadia Ferreira'], intent: 'policy' },
    { firm: 'farm', q: 'customer phoned asking us to wipe all her details', has: ['When someone asks for their data', 'pass it to Helen the same day'], intent: 'policy' },
  ]);
});
