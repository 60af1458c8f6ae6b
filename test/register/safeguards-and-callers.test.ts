import { describe, expect, it } from 'vitest';
import { sayDurationsIn } from '../../src/config/duration.ts';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What round 99's misses showed unseen firms' staff ask (the forty-ninth round), each on the round's firms and on another, beside
 * a neighbour of like words that keeps its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    balloons: 'skylark-balloons',
    immigration: 'crossway-immigration',
    pta: 'willowmere-primary-pta',
    pharmacy: 'trevose-pharmacy',
    petsitters: 'wagtail-pet-sitters',
    conveyancing: 'quillby-conveyancing',
    electrical: 'sparkwise-electrical',
    estates: 'fairhaven-estates',
    bridal: 'ivory-lace-bridal',
    farmshop: 'appleyard-farm-shop',
    physio: 'kestrel-physio',
    catering: 'saffron-table-catering',
  }),
);

describe('a period the register writes inside a sentence is said in words', () => {
  it('turns each ISO duration in free text into words and leaves the rest as written', () => {
    expect(sayDurationsIn('Backups kept P30D')).toBe('Backups kept 30 days');
    expect(sayDurationsIn("P5Y after the player's last ticket, or P1Y6M for refunds")).toBe("5 years after the player's last ticket, or 1 year and 6 months for refunds");
    expect(sayDurationsIn('Kept until the PTA closes (PTA AGM minutes)')).toBe('Kept until the PTA closes (PTA AGM minutes)');
  });
  cases([
    { firm: 'immigration', q: 'how long does soar valley keep the backups for', has: ['Soar Valley IT', '30 days'], not: ['P30D'] },
    { firm: 'pta', q: 'how long does the lottery hang on to players details', has: ['Your School Lottery', '5 years after'], not: ['P5Y'] },
  ]);
});

describe('the supplier that keeps data longest or shortest is a query over every period', () => {
  cases([
    { firm: 'immigration', q: 'which supplier keeps our data the longest?', has: ['Kept longest', 'Hiscox', '7 years'] },
    { firm: 'pharmacy', q: 'who keeps data the longest', has: ['Kept longest: ProScript Connect (10 years)', 'no period in time for NHS Spine'] },
    // A period said outright in words counts ("Backups kept 30 days").
    { firm: 'immigration', q: 'which supplier has the shortest retention', has: ['Kept shortest: Soar Valley IT'] },
    // Neighbour: a period compared keeps its answer.
    { firm: 'pharmacy', q: 'which suppliers keep data for more than 5 years', has: ['longer than 5 years', 'PharmOutcomes (8 years)'], not: ['Kept longest'] },
  ]);
});

describe('a list over one transfer safeguard names only the transfers under it', () => {
  cases([
    { firm: 'balloons', q: 'which of our suppliers rely on adequacy for sending data abroad', has: ['adequacy decision: Checkfront and WhatsApp'], not: ['Stripe', 'Dropbox'] },
    { firm: 'immigration', q: 'which suppliers are we using the uk idta with', has: ['UK IDTA: LanguageLine Solutions and Zoom'], not: ['Calendly'] },
    // Before, the suppliers a stray word met were taken for the topic: "none outside the UK" for a firm with six there.
    { firm: 'immigration', q: 'which of our suppliers rely on adequacy for sending data abroad', has: ['WhatsApp Business and Calendly'], not: ['No supplier in the register'] },
    { firm: 'petsitters', q: 'which ones rely on adequacy for moving data abroad', has: ['1Password and BrightPay'], not: ['Time To Pet'] },
    // Neighbour: what covers the transfers to a region, with no safeguard named, is each transfer's own.
    { firm: 'immigration', q: 'what covers our US transfers?', has: ['LanguageLine Solutions', 'IDTA', 'Calendly'] },
  ]);
});

describe("an account asked after on a tool we do not hold is that tool's", () => {
  cases([
    { firm: 'balloons', q: "is there a zoom account i can use for the pilots' safety meeting next week?", has: ["can't find zoom", 'Caroline Hathaway'], not: ['Xero'] },
    { firm: 'conveyancing', q: 'is there a zoom account i can use for the completion meeting', has: ["can't find zoom"] },
    // Neighbours: a firm that holds Zoom answers of it; an English word is what the account is for, not a product.
    { firm: 'immigration', q: 'is there a zoom account i can use', has: ['Zoom: Video consultations'] },
    { firm: 'balloons', q: 'is there a spare account i can use', has: [], not: ["can't find spare"] },
  ]);
});

describe('a leaver told gone gets what the policies say of their last day', () => {
  cases([
    // No policy is titled on leavers here: the one sentence on a last day answers.
    { firm: 'balloons', q: 'the seasonal lad finished today, anything i need to sort before he goes?', has: ['fuel card', 'last day'] },
    // Neighbour: a customer finishing a booking is no leaver.
    { firm: 'balloons', q: 'the customer finished their booking today, anything i need to sort?', has: [], not: ['fuel card'] },
  ]);
});

describe('a device taken by someone is a theft told', () => {
  cases([
    { firm: 'immigration', q: 'someone smashed my car window and took the office mobile out of my bag', has: ['breach-and-lost-device', 'crime reference'] },
    { firm: 'electrical', q: 'a lad grabbed my phone off the table at the services and legged it', has: ['lost-devices'] },
    // Neighbour: a phone number taken down is no phone taken.
    { firm: 'electrical', q: 'someone took my phone number down wrong on the job sheet', has: [], not: ['lost-devices'] },
  ]);
});

describe("work done under another's login is the rule on sharing logins", () => {
  cases([
    { firm: 'immigration', q: 'im in court all day tomorrow, can priyanka submit the application using my login', has: ['portals-and-accounts', 'Do not share logins'] },
    { firm: 'estates', q: 'can jo send the offer letter using my login while im off', has: ['Never share logins'] },
    // Neighbour: a booking on one's own account is no login lent.
    { firm: 'immigration', q: 'can jo book the hotel on my account', has: [], not: ['portals-and-accounts'] },
  ]);
});

describe('family asking after someone we serve, with what to tell them asked, is the rule on telling others', () => {
  cases([
    { firm: 'immigration', q: "client's husband rang asking how her spouse visa is going, can i tell him?", has: ['written authority'] },
    // No policy is titled on it: the one sentence that says a booking is discussed with the passenger alone answers.
    { firm: 'balloons', q: "mum bought her son a flight for his birthday and keeps ringing asking if he's booked yet. what can i tell her?", has: ['only discuss a booking'] },
    { firm: 'bridal', q: 'brides mum rang asking what dress her daughter picked n how much is left to pay, can i tell her', has: ["A bride's order is hers alone"] },
  ]);
});

describe('whether a processing agreement is needed with one not our processor is answered by its role', () => {
  cases([
    { firm: 'immigration', q: 'do we need a data processing agreement with the home office for the applications we put in?', has: ['a controller in its own right', 'Article 28) is for processors'] },
    { firm: 'farmshop', q: 'do we need a dpa with harvest hands recruitment?', has: ['joint controller', 'Article 26'] },
    // Neighbours: a processor's agreement is its statement alone; a recipient's statement asked after, not whether one is needed, is too.
    { firm: 'immigration', q: 'do we need a dpa with zoom?', has: ["Zoom's GDPR statement is on file"], not: ['Article 28'] },
    { firm: 'immigration', q: "is the home office's gdpr statement on file?", has: ['on file'], not: ['Article 28'] },
  ]);
});

describe('examples set off by "etc" show the kind asked; its holders answer', () => {
  cases([
    { firm: 'immigration', q: 'where do we hold health info, medical reports etc?', has: ['Osprey Approach', 'BrightHR'] },
    { firm: 'physio', q: 'where do we hold health info, medical reports etc?', has: ['Cliniko', 'IRIS'] },
    // Neighbour: the example asked alone is its own holders'.
    { firm: 'physio', q: 'where do we keep medical reports?', has: ['Jotform'], not: ['Cliniko'] },
  ]);
});

describe("someone's health told, with whether to tell the others asked, is the policy on health information", () => {
  cases([
    { firm: 'balloons', q: "a lady told me while we were loading that she's 5 months pregnant, do i tell the rest of the crew?", has: ['pilot decides'] },
    { firm: 'catering', q: 'a guest told me she has a severe nut allergy, should i let the kitchen know?', has: ['Allergens and dietary requirements'] },
    // Neighbour: health told with nothing asked of passing it on or noting it keeps its reading.
    { firm: 'balloons', q: 'do i tell the rest of the crew about the new landing field?', has: [], not: ['pilot decides'] },
  ]);
});
