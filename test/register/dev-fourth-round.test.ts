import { describe, expect, it } from 'vitest';
import { checkDevCase as check, devQa as load, type DevCase as Case } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fourth round of work: one or more for each general cause found in
 * the failures of round 3 (now a development set), on its two firms and the dev fixtures. Written
 * in new words while the answerer was changed, so they are for tuning, like dev-firm.test.ts.
 */
const vets = load('../../examples/hawthorn-vets/vigil.yaml');
const studio = load('../../examples/fenwick-shaw/vigil.yaml');
const lettings = load('./fixtures/harbour-lettings.yaml');

const VETS: Case[] = [
  // A certification scheme named ("PCI", "Cyber Essentials", "ISO 9001") asks after security, by alias too.
  { q: 'is the card terminal PCI DSS compliant', has: ['Dojo', 'PCI DSS Level 1'], intent: 'security' },
  { q: 'is the lab ISO 9001 accredited?', has: ['does not record ISO 9001 for IDEXX', 'SOC 2 Type 2'], intent: 'security' },
  // "Which suppliers have…" names those that have it and counts the rest; "which won't…" names the rest.
  { q: 'which suppliers have promised to notify us of breaches', has: ['Provet Cloud', 'Dojo', 'Microsoft 365', 'the other 11'], not: ['Vetstoria', 'Mailchimp'] },
  { q: "which suppliers won't tell us about a breach", has: ['Vetstoria', 'Mailchimp'], not: ['Provet Cloud', 'Dojo'] },
  { q: 'which suppliers encrypt at rest', has: ['Provet Cloud', 'Dojo', 'Staffology', 'the other 11'], not: ['Vetstoria'] },
  // A region's transfer tool ("the UK Addendum") is no region filter; the Addendum rides on the EU SCCs.
  { q: 'which suppliers are covered by the uk addendum', has: ['IDEXX'], not: ['Vetstoria', 'Mailchimp'] },
  { q: 'which suppliers use eu sccs', has: ['IDEXX'], not: ['Mailchimp', 'none recorded'] },
  // Something of ours stolen, slang or not, asks what to do: never off-topic for its strange words.
  { q: 'my ipad was pinched from the car', has: ['straight away'], intent: 'policy' },
  { q: 'the practice laptop has been stolen from my car', has: ['straight away'], intent: 'policy' },
  // Camera footage is not a video consultation: a firm with no CCTV supplier says so, with whom to tell.
  { q: 'who stores our cctv recordings?', has: ['records no supplier holding cctv', 'imogen@hawthornvets.example'], not: ['PetsApp'] },
  { q: 'how long are video consult recordings kept', has: ['PetsApp', '1 year'] },
  { q: 'why are we allowed to hand microchip details to petlog', has: ['Legal obligation under the Microchipping'], intent: 'lawful-basis' },
  { q: 'what do the accountants get to look at', has: ['Sage Accounting', 'Staffology'], intent: 'access' },
  // "The owner" in a question about data is whose data, not who looks after the supplier; alone it still is.
  { q: 'what does petlog get about the owner', has: ["keeper's name, address and phone number"], not: ['Bethan'], intent: 'data' },
  { q: 'what do we send the insurers about the owner', has: ['policy number'], not: ['Farid'] },
  { q: 'who is the owner of mailchimp', has: ['Farid Nasser looks after Mailchimp'], intent: 'owner' },
  // Abroad is outside the firm's own country (by its office timezone), with each transfer's safeguard and the silent ones.
  { q: 'do we send anything abroad?', has: ['Mailchimp stores data in the US', 'IDTA', 'does not say where PetsApp and Dalesbyte IT'], not: ['Vetstoria', "don't know"] },
  { q: 'is mailchimp data sent abroad?', has: ['Mailchimp stores data in the US', 'IDTA'] },
  // "Does X store data outside the UK?" asks where, not what data.
  { q: 'does vetstoria store data outside the UK?', has: ['Vetstoria data is stored in the UK'], intent: 'location' },
  { q: 'does mailchimp hold client details in the US?', has: ['Mailchimp data is stored in the US', 'IDTA'], intent: 'location' },
  // A where / how long question mostly in words the register never uses is off-topic; "how much … left" is no loss.
  { q: 'where is the staff car park', has: ["don't know", 'imogen@hawthornvets.example'], not: ['Staffology'], intent: 'unknown' },
  { q: 'how long is the lunch break', has: ["don't know"], intent: 'unknown' },
  { q: 'how much holiday do I have left', has: ["don't know"], not: ['Reporting a data breach'], intent: 'unknown' },
  { q: 'where is petsapp data stored', has: ['PetsApp', 'does not say where'] },
  // "Is there a supplier for…" asks which we use, even for sending or sharing something.
  { q: 'is there a supplier for sending texts to clients?', has: ['We use PetsApp'], intent: 'purpose' },
  // A word where the question's shape puts a name, that the register does not hold, is a supplier we do not know, in any case.
  { q: 'where does whatsapp store our messages', has: ["can't find whatsapp", 'imogen@hawthornvets.example'], not: ['PetsApp'], intent: 'unknown-supplier' },
  { q: 'can we use wetransfer to send x-rays to a referral practice', has: ["can't find wetransfer"], intent: 'unknown-supplier' },
  { q: 'is it ok to put client data in chatgpt', has: ["can't find chatgpt"], intent: 'unknown-supplier' },
  { q: 'is hubspot one of our suppliers', has: ["can't find hubspot in"], intent: 'unknown-supplier' },
  { q: 'where does vetstora store data', has: ['Vetstoria'], intent: 'location' },
  // Sent to the wrong anyone, or everyone in cc, is a breach, and saying what one did asks what to do.
  { q: 'I sent the x-ray to the wrong practice', has: ['straight away'], intent: 'policy' },
  { q: 'I put everyone in cc instead of bcc', has: ['straight away'], intent: 'policy' },
  // A terse "data location?" or "hosting" asks where.
  { q: 'mailchimp data location?', has: ['Mailchimp data is stored in the US'], intent: 'location' },
  // What the register says of a person (the suppliers they have accounts with and look after), and who has an account with a supplier.
  { q: 'which systems does Farid use?', has: ['Farid Nasser has an account with Provet Cloud, Vetstoria, Dojo, Mailchimp and Microsoft 365', 'looks after Vetstoria'], not: ["can't find"] },
  { q: 'who is Callum', has: ['Callum Reid (callum@hawthornvets.example)', 'looks after PetsApp'] },
  { q: 'who uses mailchimp', has: ['Farid Nasser has an account with Mailchimp'] },
  { q: 'who can I talk to about gdpr', has: ['imogen@hawthornvets.example'], intent: 'contact' },
  // "force" is enforce.
  { q: 'which systems force 2fa', has: ['enforce two-factor', 'Provet Cloud', 'Staffology'], not: ['Vetstoria', 'Mailchimp'] },
];

const STUDIO: Case[] = [
  // A policy no policy matches is said to be none of ours, with the contact: never a supplier or an unknown name.
  { q: 'do we have a clear desk policy', has: ['none of our policies is on clear desk', 'keira@fenwickshaw.example'], not: ["can't find"], intent: 'unknown' },
  { q: 'is there a policy about social media', has: ['none of our policies is on social media'], intent: 'unknown' },
  { q: 'what does our policy say about usb sticks', has: ['Work in the cloud, not on your laptop'], intent: 'policy' },
  // The first word of an everyday phrase means what the phrase means: a phone number is no device.
  { q: "a neighbour asked me for our client's phone number", has: [], not: ['Work in the cloud, not on your laptop'] },
  // "What now?" asks what to do: the policy, not the supplier a word of it names.
  { q: 'we got a phishing email, what now?', has: ['tell the studio manager the same day'], not: ['Google Workspace:'], intent: 'policy' },
  // What someone "gets to see" or "can access" asks what they reach; an entry's summary says what we pass it.
  { q: 'what can cobalt access', has: ['Cobalt IT has access to Google Workspace and Backblaze'], intent: 'access' },
  { q: 'tell me about redcliffe', has: ['We pass it: read-only access to FreeAgent'] },
  // Why we may put, upload or submit data somewhere asks the lawful basis.
  { q: 'why do we upload site plans to the portal', has: ["part of the client's appointment"], intent: 'lawful-basis' },
  { q: 'are we permitted to submit neighbours details to the planning portal', has: ["part of the client's appointment"], intent: 'lawful-basis' },
  { q: 'which suppliers are covered by the UK IDTA', has: ['Harvest'], not: ['Planning Portal', 'Redcliffe'] },
  // The Data Privacy Framework is an adequacy decision.
  { q: 'which suppliers are under the DPF', has: ['Slack', 'an adequacy decision'], not: ['Harvest'] },
  { q: 'do any suppliers rely on the UK extension to the data privacy framework', has: ['Slack'], not: ['Harvest', "can't find"] },
  // "Which have a statement?" lists those on file, not those missing; "which have not…" the missing.
  { q: 'which suppliers have we received a signed dpa from?', has: ['GDPR statements on file', 'Autodesk Construction Cloud', 'Cobalt IT', 'The other 6'], not: ['Squarespace', 'Planning Portal'] },
  { q: 'how many suppliers have their gdpr statement in place', has: ['7 of 13', 'Slack'], not: ['Squarespace'] },
  { q: 'is cobalt iso 27001 compliant', has: ['does not record ISO 27001 for Cobalt IT', 'Cyber Essentials Plus'], intent: 'security' },
];

describe('Q&A on a vets (dev questions, issue 17 fourth round)', () => {
  it.each(VETS)('$q', (c) => check(vets, c));

  it('lists the statements due for review in the window asked, and every review date', () => {
    const year = vets.ask('which statements are due for review next year').answer;
    expect(year).toContain('Due in 2027: Provet Cloud (due 2027-01-31), Sage Accounting (due 2027-02-28)');
    expect(year).not.toContain('Mailchimp');
    const soon = vets.ask('which dpas need reviewing in the next 3 months').answer;
    expect(soon).toContain('Due in the next 3 months: Mailchimp (due 2026-12-31), Provet Cloud (due 2027-01-31) and Sage Accounting (due 2027-02-28).');
    expect(vets.ask('what are the statement review dates').answer).toContain('Review dates to come: Mailchimp (due 2026-12-31), Provet Cloud');
  });

  it('counts the suppliers in a role when asked how many', () => {
    expect(vets.ask('how many suppliers are recipients?').answer).toContain('Our recipients (4): Petlog');
  });
});

describe('Q&A on an architects (dev questions, issue 17 fourth round)', () => {
  it.each(STUDIO)('$q', (c) => check(studio, c));
});

describe('Q&A on an architects with an erasure policy (dev questions, issue 17 fourth round)', () => {
  const larch = load('../../examples/larch-vale/vigil.yaml');
  it('reads someone asking us to delete their data as an erasure request, not a retention question', () => {
    for (const q of ['a client has asked to be removed from all our records', 'a former client wants us to delete all their details']) {
      expect(larch.ask(q).answer).toMatch(/^Requests for a copy of data, correction or erasure: /);
    }
    expect(larch.ask('how long do we keep enquiries before we delete them').answer).toContain('deleted after one year');
  });
  it.each([
    // A period in words ("a year", "two months") filters retention as a number does.
    { q: 'which suppliers keep data for less than a year', has: ['Backblaze B2 (90 days)'], not: ['Autodesk'] },
    // Who can access a supplier includes its own staff, on the register's terms.
    { q: 'who can access our microsoft 365 account?', has: ['nobody besides us', 'Customer Lockbox'] },
    // Needing consent, or what gives us the right, asks the lawful basis.
    { q: 'do we need consent for the newsletter', has: ['Consent, given when signing up'], intent: 'lawful-basis' },
    { q: "what gives us the right to send clients' details to hewitt", has: ['Performance of our contract'], intent: 'lawful-basis' },
  ])('$q', (c) => check(larch, c));

  it('reads a later word of an everyday phrase by the phrase: an email or IP address is no home address', () => {
    const answer = larch.ask("which suppliers have our clients' home addresses").answer;
    expect(answer).toContain('Matterport');
    for (const name of ['Mailchimp', 'Figma', 'Squarespace']) expect(answer).not.toContain(name);
    expect(larch.ask('which suppliers hold email addresses').answer).toContain('Mailchimp');
  });

  it('reads someone asking for a copy of what we hold as a subject access request', () => {
    for (const q of ['a client asked for a copy of their file', 'someone wants to see what we have on them', 'a client wants a copy of everything we hold on them']) {
      expect(larch.ask(q).answer).toMatch(/^Requests for a copy of data, correction or erasure: /);
    }
  });
});

describe('Q&A on a deli (dev questions, issue 17 fourth round)', () => {
  const deli = load('../../examples/oakhill-pantry/vigil.yaml');
  it('leads with the policy when a question asks for our policy, even naming a supplier', () => {
    const answer = deli.ask("what's our policy on marketing emails");
    expect(answer.intent).toBe('policy');
    expect(answer.answer).toMatch(/^Marketing opt-outs: /);
    expect(answer.sources).toContain('register:klaviyo');
  });
});

describe('Q&A on a gym (dev questions, issue 17 fourth round)', () => {
  const gym = load('./fixtures/northgate-gym.yaml');
  it.each([
    // Whose data narrows a where / how long question to the suppliers holding it about those people.
    { q: "where do we keep members' bank details?", has: ['GoCardless'], not: ['BrightPay'] },
    { q: 'where do we keep staff bank details?', has: ['BrightPay'], not: ['GoCardless'] },
  ])('$q', (c) => check(gym, c));
});

describe('Q&A on a gym: everyday words are no unknown supplier (dev questions, issue 17 fourth round)', () => {
  const gym = load('./fixtures/northgate-gym.yaml');
  it.each(['is everything backed up', 'where do we keep paper records', 'is our data stored securely'])('%s', (q) => {
    expect(gym.ask(q).answer).not.toContain("can't find");
  });
});

describe('Q&A on a letting agency (dev questions, issue 17 fourth round)', () => {
  const CASES: Case[] = [
    { q: 'is stripe PCI compliant?', has: ['PCI DSS Level 1'], intent: 'security' },
    { q: 'which suppliers have we got a gdpr statement from', has: ['Reapit', 'Rightmove'], not: ['Goodlord', 'Fixflo'], intent: 'statement' },
    { q: 'which suppliers have not sent a statement', has: ['Goodlord (awaited)', 'Fixflo (not on file)'], not: ['Reapit', 'Rightmove'], intent: 'statement' },
  ];
  it.each(CASES)('$q', (c) => check(lettings, c));
});
