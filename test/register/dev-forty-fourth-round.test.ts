import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's forty-fourth round: the classes round 92 (new firms) found missed, on other example firms
 * where the class allows, each beside a question of like words that keeps its right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    osteo: 'alder-osteopathy',
    hydro: 'paddlepaws-hydrotherapy',
    aupairs: 'compass-au-pairs',
    transport: 'careway-transport',
    repairs: 'fixpoint-repairs',
    ices: 'tutti-ice-cream',
    bikes: 'tidemill-bike-hire',
    divers: 'bluehole-divers',
    parties: 'bouncealot-parties',
    accountants: 'brightwell-accountancy',
  }),
);

describe("a transfer safeguard a supplier is 'on' ('who's on the SCCs?') lists those it covers", () => {
  cases([
    { firm: 'osteo', q: "who's on the IDTA?", has: ['Xero'], not: ['SumUp'], intent: 'list-suppliers' },
    { firm: 'osteo', q: "who's on adequacy?", has: ['SumUp', 'Physitrack', 'BrightPay'], not: ['Xero'], intent: 'list-suppliers' },
    { firm: 'hydro', q: "who's on the SCCs + uk addendum", has: ['Cliniko', 'Squarespace', 'Mailchimp'], intent: 'list-suppliers' },
    // Neighbour: who is on something else is no safeguard.
    { firm: 'osteo', q: "who's on reception this morning?", has: ['Rhiannon'], intent: 'unknown' },
  ]);
});

describe('a caller asking where someone is placed, or went, gets the policy on callers', () => {
  cases([
    { firm: 'aupairs', q: 'a police officer from swindon rang wanting to know where one of our au pairs is placed', has: ['callers-and-enquiries', 'switchboard'] },
    { firm: 'aupairs', q: 'old host family rang asking where their au pair went after she left them', has: ['callers-and-enquiries'] },
    // Neighbour, right before as after: the firm's policy on phone enquiries answered it by its words.
    { firm: 'transport', q: 'a woman rang wanting to know where one of our patients is staying now', has: ['patient-enquiries'] },
  ]);
});

describe("someone's details changed, asked where to update them, is the policy on putting data right", () => {
  cases([
    { firm: 'hydro', q: "owner says she's moved house and got a new mobile, can i just change it myself", has: ['records-and-requests', 'Cliniko'] },
    { firm: 'aupairs', q: "Lucy's got married and has a new surname, where do i update it", has: ['subject-access', 'Zoho Recruit'] },
    // Neighbour: our own new number is no one's record.
    { firm: 'aupairs', q: "we've got a new office phone number, where do i update it", has: [], not: ['subject-access'] },
  ]);
});

describe('a profile pack sent to one family instead of another is a breach', () => {
  cases([{ firm: 'aupairs', q: "just sent Chiara's profile pack to the Hendersons instead of the Hardings 🙈 should i ask them to delete it?", has: ['breach-reporting'] }]);
});

describe('a reel asked taken down, and a newsletter asked stopped in her own words', () => {
  cases([
    { firm: 'hydro', q: 'an owner just messaged asking us to take the insta reel of her spaniel down', has: ['photos-and-videos'] },
    { firm: 'hydro', q: "an owner replied 'please stop the newsletter AND the reminder texts' to paddle post", has: ['records-and-requests'] },
    // Neighbours: asked of us without quotes (right before as after, by the policy's keyword); a reply of STOP to a service
    // text keeps the marketing policy; "unsubscribe" replied keeps it too.
    { firm: 'hydro', q: 'an owner asked us to stop the reminder texts', has: ['records-and-requests'] },
    { firm: 'repairs', q: 'someone replied STOP to the ready for collection text. do i take them off everything?', has: ['marketing'] },
    { firm: 'ices', q: 'a guy just replied unsubscribe to the newsletter what do i do', has: ['marketing-consent'] },
  ]);
});

describe("a big company's product a job is done on ('on google meet', 'with adobe sign') is a tool we do not hold", () => {
  cases([
    { firm: 'aupairs', q: "rachel's been sending placement agreements with adobe sign, is that allowed?", has: ['adobe sign', 'Fiona Hargreaves'], not: ['DocuSign'] },
    { firm: 'aupairs', q: "i've started doing interviews on google meet, easier for the girls in japan", has: ['google meet', 'Fiona Hargreaves'], not: ['Zoom:'] },
  ]);
});

describe('a place nearby to park or eat is no register matter, whatever supplier its words meet', () => {
  cases([
    { firm: 'aupairs', q: 'anywhere decent to park near the office on bath road? first day tomorrow', has: ['Fiona Hargreaves'], not: ['Leckhampton Digital'], intent: 'unknown' },
    { firm: 'accountants', q: 'any good lunch spots near the office that take card payments', has: ["don't know"], intent: 'unknown' },
    { firm: 'bikes', q: 'anywhere that does pasty delivery for lunch round here', has: ["don't know"], not: ['Quartix'], intent: 'unknown' },
  ]);
});

/** Neighbours a review found the first cut of these classes took: each shares the class's words and means something else. */
describe('what the classes leave alone', () => {
  cases([
    { firm: 'osteo', q: "who's on the idta working group", has: [], not: ['Suppliers whose transfers rely'] },
    { firm: 'osteo', q: 'a client called wanting to know where the company is based', has: [], not: ['subject-access'] },
    { firm: 'osteo', q: "she's got a new phone, can i change the whatsapp settings?", has: [], not: ['subject-access'] },
    { firm: 'osteo', q: 'we sent the quotes to the client instead of waiting for approval', has: [], not: ['breach-reporting'] },
    { firm: 'osteo', q: 'i sent the references to hr instead of the manager, both are internal', has: [], not: ['breach-reporting'] },
    { firm: 'parties', q: 'the boss asked us to stop the texts until the new system is live', has: [], not: ['Offers and the newsletter'] },
  ]);
});
