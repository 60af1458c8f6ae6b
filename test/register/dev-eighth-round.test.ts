import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/register/spelling.ts';
import { checkDevCase as check, devQa as load, type DevCase as Case } from './dev-questions.ts';

/**
 * Dev questions for issue 17's eighth round of work: one or more for each general cause found in
 * the misses of rounds 6 and 7 (development sets), written in new words on example firms, and
 * others of the kinds those rounds show to be weak. For tuning, like dev-firm.test.ts.
 */
/** Each example firm these questions are asked of, by its trade. */
const FIRMS = {
  agency: load('../../examples/kestrel-recruitment/vigil.yaml'),
  architects: load('../../examples/fenwick-shaw/vigil.yaml'),
  deli: load('../../examples/oakhill-pantry/vigil.yaml'),
  msp: load('../../examples/kittiwake-it/vigil.yaml'),
  photographer: load('../../examples/lumen-lark/vigil.yaml'),
  physio: load('../../examples/kestrel-physio/vigil.yaml'),
  plumber: load('../../examples/tolley-plumbing/vigil.yaml'),
  school: load('../../examples/millbrook-school/vigil.yaml'),
  shop: load('../../examples/brackenridge-oak/vigil.yaml'),
  solicitors: load('../../examples/greaves-lowther/vigil.yaml'),
  studio: load('../../examples/larch-vale/vigil.yaml'),
  vets: load('../../examples/hawthorn-vets/vigil.yaml'),
};

/** One test a case, titled by firm and question. */
function cases(list: (Case & { firm: keyof typeof FIRMS })[]): void {
  it.each(list)('$firm: $q', ({ firm, ...c }) => check(FIRMS[firm], c));
}

describe("a supplier's own name says nothing of what is asked about it", () => {
  cases([
    // "Protect" in Acronis Cyber Protect's name is not a security question.
    { firm: 'plumber', q: 'what gets sent to acronis cyber protect', has: ['everything on the office PC'], intent: 'data' },
    { firm: 'plumber', q: 'how long does acronis cyber protect keep backups', has: ['up to 90 days'], intent: 'retention' },
    // "Safe" in Gas Safe Register's is not either.
    { firm: 'plumber', q: 'what info goes to gas safe register after a job?', has: ['installation address'], intent: 'data' },
    { firm: 'plumber', q: 'how long does gas safe keep our data', has: ['for the life of the installation'], intent: 'retention' },
    // A question that asks after security still does.
    { firm: 'plumber', q: 'is acronis cyber protect encrypted?', has: ['encrypted at rest'], intent: 'security' },
  ]);
});

describe('two words the register uses are spelt right, never a slip of a name', () => {
  cases([
    // "Gas safety" is what Commusoft's records are, not a typo of Gas Safe Register.
    { firm: 'plumber', q: 'for how many years are gas safety check records retained?', has: ['Commusoft', 'at least 2 years'], not: ['for the life of the installation'], intent: 'retention' },
    { firm: 'plumber', q: 'where are gas safety certificates stored', has: ['Commusoft', 'stored in the UK'], not: ['Gas Safe Register'], intent: 'location' },
    { firm: 'plumber', q: 'who looks after gas safety paperwork', has: ['Karen Tolley looks after Commusoft'], not: ['Gary'] },
  ]);
});

describe('what we hold on someone, asked in other words, is a subject access request', () => {
  cases([
    { firm: 'physio', q: 'a patient wants to know what records we hold on her', has: ['one calendar month'], not: ['8 years'], intent: 'policy' },
    { firm: 'solicitors', q: 'one of our clients wants to know what info we hold on her', has: ['Helen Marsh the same day'], intent: 'policy' },
    { firm: 'solicitors', q: 'a client asked what information we have about him', has: ['Helen Marsh the same day'], intent: 'policy' },
    // "Him" is a person, never a supplier we do not know.
    { firm: 'solicitors', q: 'a former client rang to ask what we keep on him', has: ['Helen Marsh the same day'], not: ["can't find"], intent: 'policy' },
    { firm: 'photographer', q: 'a bride asked what details we have about her', has: ['within one month'], intent: 'policy' },
  ]);
});

describe("a slip in one of the answerer's own words", () => {
  it('an everyday word one letter from a key word is left alone ("police", "retail", "supplies")', () => {
    const { index } = FIRMS.solicitors;
    expect(spelledOut(index, 'the police asked about our retail supplies')).toBe('the police asked about our retail supplies');
    expect(spelledOut(index, 'which statments are missing, is the polciy encyrpted')).toBe('which statements are missing, is the policy encrypted');
  });

  cases([
    { firm: 'vets', q: 'is provet cloud encyrpted', has: ['encrypted at rest'], intent: 'security' },
    { firm: 'vets', q: 'whats the retension on petlog data', has: ['for the life of the animal'], intent: 'retention' },
    { firm: 'deli', q: 'gdpr statments still outstanding', has: ['Gorgias (in progress)', 'Trustpilot (awaited)'], intent: 'statement' },
    // Statements being chased are those not on file.
    { firm: 'deli', q: "statements we're still chasing", has: ['Gorgias (in progress)', 'DPD (requested)'], intent: 'statement' },
  ]);
});

describe('a date or a person the register does not hold is off-topic: "don\'t know", with the contact', () => {
  cases([
    { firm: 'vets', q: 'when is the staff party this year', has: ["don't know", 'imogen@hawthornvets.example'], not: ['Dunmore & Pike'], intent: 'unknown' },
    { firm: 'msp', q: 'when is the staff party this year?', has: ["don't know"], not: ['Scoresby & Co'], intent: 'unknown' },
    { firm: 'school', q: 'when is the staff party this year', has: ["don't know"], not: ['Tapestry'], intent: 'unknown' },
    { firm: 'msp', q: 'who is scotlands backup quarterback', has: ["don't know"], not: ['Acronis'], intent: 'unknown' },
    { firm: 'studio', q: "who is scotland's backup quarterback?", has: ["don't know"], not: ['Backblaze'], intent: 'unknown' },
    { firm: 'architects', q: 'who is scotlands backup quarterback', has: ["don't know"], not: ['Backblaze'], intent: 'unknown' },
    // A person of the register, or a supplier's owner, is still answered.
    { firm: 'vets', q: 'who is bethan', has: ['Bethan looks after Petlog'] },
    { firm: 'msp', q: 'who is in charge of the backups?', has: ['Acronis'], not: ["don't know"] },
  ]);
});

describe('two questions joined by "and", the second about what the first found', () => {
  cases([
    { firm: 'vets', q: 'who looks after petlog and how long do they keep data', has: ['Bethan Lloyd looks after Petlog', 'for the life of the animal'] },
    { firm: 'msp', q: 'who manages keeper and is it encrypted', has: ['Dominic Hurst looks after Keeper', 'encrypted at rest'] },
    { firm: 'deli', q: 'who looks after gorgias, and have we got their dpa', has: ['Kasia Wolna looks after Gorgias', 'still working on their GDPR statement'] },
    // Both halves answered where the first finds its supplier by what it does.
    { firm: 'vets', q: 'who does our payroll and where is it kept', has: ['Staffology', 'stored in the UK'] },
  ]);
});

describe('where a person is, not where data is stored, is what a tracker holds', () => {
  it.each<Case>([
    { q: 'is gary able to see where i am during the day', has: ['Quartix'], not: ["can't find"] },
    { q: 'does the office know where i am at lunchtime', has: ['Quartix'] },
    { q: 'can the office tell where i am', has: ['Quartix'] },
  ])('$q', (c) => {
    check(FIRMS.plumber, c);
    // The tracker first: "office" still finds the suppliers of the office's PC after it (left for a later round).
    expect(FIRMS.plumber.ask(c.q).answer).toMatch(/^Quartix/);
  });
});

describe('a request to take something down or stop: the policy, and where it is carried out', () => {
  cases([
    // "Taken off" / "taken down" is removing; wanting it so is a request to act on.
    { firm: 'agency', q: 'a candidate asked to be taken off our mailing list', has: ['Candidate data and deletion requests', 'Mailchimp'], intent: 'policy' },
    { firm: 'deli', q: 'a customer wants her review taken down', has: ['Customers asking for their data or for it to be deleted'], not: ['Taking payments'], intent: 'policy' },
    { firm: 'agency', q: 'a client wants their logo taken down from our website', has: ['Candidate data and deletion requests'], not: ['Reporting a data breach'], intent: 'policy' },
    // "Our newsletter" is the supplier whose alias is "the newsletter". (Which policy leads is left:
    // this firm's has none on stopping marketing, and the payment-fraud one wins on "email" and "send".)
    { firm: 'solicitors', q: 'a client emailed asking us to stop sending our newsletter', has: ['MailerLite: The quarterly client newsletter'] },
    // Already right on the start, kept as a check.
    { firm: 'school', q: 'a parent wants a photo of their child taken off the school website', has: ['Photographs and videos of pupils'], intent: 'policy' },
  ]);
});

describe('a property filter over one region or role, and the lawful basis as a filter', () => {
  cases([
    // The region narrows the property's suppliers; those with no recorded place are said, never counted in or out.
    { firm: 'vets', q: 'which US suppliers enforce two-factor?', has: ['Of the 2 suppliers that store data in the US', 'none recorded', 'does not say where PetsApp and Dalesbyte IT'], not: ['Provet Cloud'] },
    { firm: 'vets', q: 'which eu suppliers encrypt data at rest', has: ['Provet Cloud and Dojo'], not: ['Staffology'] },
    { firm: 'architects', q: 'which of our us suppliers have iso 27001', has: ['Suppliers with ISO 27001: Google Workspace.'], not: ['Autodesk'] },
    { firm: 'msp', q: 'which us suppliers enforce 2fa', has: ['NinjaOne, IT Glue, Xero and Pax8'], not: ['HaloPSA'] },
    { firm: 'deli', q: 'which suppliers outside the uk have no breach promise', has: ['no breach-notification promise from PayPal', 'Trustpilot'], not: ['No supplier holding breach data'] },
    // The lawful basis the register records, named where it is the basis, not where a form is named ("the cremation consent form").
    { firm: 'vets', q: 'which suppliers rely on consent', has: ['Petlog, Pet insurers and Mailchimp'], not: ['Pennine Pet Crematorium', "can't find"] },
    { firm: 'vets', q: 'which suppliers have legal obligation as their lawful basis', has: ['Petlog and Dunmore & Pike'], not: ["can't find"] },
    { firm: 'deli', q: 'which suppliers use legitimate interests', has: ['legitimate interests: DPD'], not: ["can't find"] },
    { firm: 'architects', q: 'which suppliers have a lawful basis of legal obligation', has: ['Redcliffe & Co'], not: ["don't know"] },
    { firm: 'msp', q: 'which processors rely on consent', has: ['Of the 12 processors', 'none recorded'], not: ["don't know"] },
  ]);
});

describe("a supplier's name with a letter moved or two exchanged, and a count of what someone looks after", () => {
  cases([
    { firm: 'msp', q: 'how long does aconris keep backups', has: ['Acronis'], not: ["can't find"], intent: 'retention' },
    { firm: 'deli', q: 'how long does klayivo keep customer emails', has: ['Klaviyo'], not: ["can't find"], intent: 'retention' },
    { firm: 'shop', q: 'how long does klayivo keep data', has: ['Klaviyo'], not: ["can't find"], intent: 'retention' },
    // A word that is no slip of any name is still a supplier we do not know.
    { firm: 'deli', q: 'where does mailerlite store our data', has: ["can't find"], intent: 'unknown-supplier' },
    { firm: 'msp', q: 'how many suppliers does dominic look after', has: ['5. Dominic Hurst looks after HaloPSA, NinjaOne, Acronis, Keeper and Sophos'], intent: 'owner' },
  ]);
});

describe('the thing a system alias names ("patient notes system") is that system, not a supplier whose data text has the word', () => {
  cases([
    { firm: 'physio', q: 'how long do we keep patient notes', has: ['Cliniko'], not: ['Shred Station'], intent: 'retention' },
    { firm: 'physio', q: 'who can see patient notes', has: ['Cliniko'], not: ['Shred Station'] },
    // A policy's own phrase stays the policy's ("remote access" beside a "remote access tool").
    { firm: 'msp', q: 'what is our remote access policy', has: ['Connecting to client computers'], intent: 'policy' },
  ]);
});

describe('whether I may send something to whoever receives it is the lawful basis recorded for them, before any policy', () => {
  cases([
    { firm: 'physio', q: "can i post an onward referral to a patient's doctor", has: ['Explicit consent asked at discharge'], intent: 'lawful-basis' },
    { firm: 'deli', q: 'can i hand delivery addresses to the parcel company', has: ['Necessary for the contract of sale'], intent: 'lawful-basis' },
  ]);
});

describe('a list question over the suppliers someone looks after', () => {
  cases([
    { firm: 'studio', q: 'which suppliers does priti look after that have no gdpr statement', has: ['looked after by Priti Desai', 'Fairbank & Co (requested)'], not: ['Matterport'], intent: 'statement' },
    { firm: 'studio', q: 'which suppliers that josh manages are in the us', has: ['Josh Fenwick looks after', 'Squarespace'], not: ['Matterport', 'Mailchimp'], intent: 'location' },
    { firm: 'msp', q: 'which of the suppliers dominic looks after are in the us', has: ['NinjaOne'], not: ['IT Glue', 'Xero', 'Pax8'], intent: 'location' },
    { firm: 'msp', q: 'which suppliers does marcus look after without a dpa', has: ['Scoresby & Co (requested)'], not: ['Sophos', 'Gradwell'], intent: 'statement' },
    { firm: 'vets', q: 'which suppliers imogen is responsible for encrypt data at rest', has: ['Of the 5 suppliers Imogen Pryce looks after', 'Provet Cloud, Dojo and Staffology'] },
    // Without a filter, what someone looks after is still listed as before.
    { firm: 'studio', q: 'which suppliers does priti look after', has: ['Priti Desai looks after Microsoft 365, FreeAgent and Fairbank & Co'], intent: 'owner' },
  ]);
});
