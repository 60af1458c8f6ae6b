import { describe, expect, it } from 'vitest';
import { checkDevCase as check, devQa as load, type DevCase as Case } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fifth round of work: one or more for each general cause found in
 * the failures of round 4 (now a development set), on its two firms and the dev fixtures. Written
 * in new words while the answerer was changed, so they are for tuning, like dev-firm.test.ts.
 */
const agency = load('../../examples/kestrel-recruitment/vigil.yaml');
const school = load('../../examples/millbrook-school/vigil.yaml');

const AGENCY: Case[] = [
  // An acronym's plural ("CVs", "IDs") is the register's own word, never an unknown supplier.
  { q: 'where are CVs stored?', has: ['Bullhorn', 'Bullhorn data is stored in the EU'], not: ["can't find"], intent: 'location' },
  { q: 'which suppliers hold CVs?', has: ['Bullhorn', 'Indeed'], not: ["can't find", 'Moorepay'] },
  // "Are there any…" / "is there any supplier…" asks over the register.
  { q: 'are there any systems without an owner?', has: ['Indeed'], not: ['Bullhorn', "don't know"], intent: 'list-suppliers' },
  { q: 'is there any supplier nobody looks after?', has: ['Indeed'], not: ['Bullhorn', "don't know"], intent: 'list-suppliers' },
  // Being covered for sending data to America, or its being protected in the States, asks after the transfer safeguard.
  { q: 'are we covered to send quickbooks invoices to the US', has: ['UK International Data Transfer Agreement'], intent: 'transfer' },
  { q: 'is aircall data protected when it goes to the states?', has: ['UK Addendum'], intent: 'transfer' },
  { q: "what's our legal basis for passing temps' details to the pension?", has: ['NEST', 'Pensions Act 2008'], intent: 'lawful-basis' },
  // Passing data on is to those who use it for their own ends: the processors are counted, not named; "X or Y" is either.
  { q: 'which third parties do we hand candidate details to?', has: ['LinkedIn Recruiter', 'Indeed', '6 processors'], not: ['Bullhorn', 'Mailchimp'], intent: 'access' },
  { q: "who do we pass temps' or employees' details on to?", has: ['NEST', 'Harper Brook LLP'], not: ['Timesheet Portal', 'Bullhorn'], intent: 'access' },
  // A what-to-do question mostly in strange words, matching only a word of some policy's text, is off-topic.
  { q: 'should I wear a suit to the office party?', has: ["don't know", 'priya@kestrel-recruitment.example'], not: ['Reporting a data breach'], intent: 'unknown' },
  { q: "can I park in the visitors' bays on mondays?", has: ["don't know"], intent: 'unknown' },
  { q: 'my work laptop got nicked at the gym, what now?', has: ['wipe it remotely'], intent: 'policy' },
  // Anyone of ours saying or finding something asks what to do, whatever we call them; someone else getting it is a breach.
  { q: 'a temp says someone else got their payslip', has: ['within one hour'], intent: 'policy' },
  { q: 'our cleaner saw a CV left on the printer', has: ['within one hour'], intent: 'policy' },
  // ...unless a product sits where the question's shape puts a name: a supplier we do not know.
  { q: 'can I use Canva for client presentations?', has: ["can't find Canva", 'priya@kestrel-recruitment.example'], intent: 'unknown-supplier' },
  { q: 'a candidate wants everything we hold on them', has: ['within 30 days'], intent: 'policy' },
  // "Based in" a place asks where, for a register place too.
  { q: 'are any of our suppliers based in Canada?', has: ['QuickBooks Online'], not: ["don't know", 'Bullhorn'], intent: 'location' },
  // Who has accounts or a login with a supplier: the people the register says use it.
  { q: 'who has accounts with bullhorn?', has: ['Priya Shah', 'Jack Reilly', 'have accounts with Bullhorn'], not: ['Hana'], intent: 'access' },
  { q: 'who has got a login for aircall', has: ['Tom Whitaker, Gemma Lowe and Oliver Mensah'], intent: 'access' },
  // A capitalised term of the entries' data ("National Insurance numbers") is no unknown supplier.
  { q: 'which suppliers hold National Insurance numbers?', has: ['Moorepay', 'NEST'], not: ["can't find"] },
  // Who can see a supplier's data leads with the supplier, its lawful basis after and labelled; a recipient in a list says what we pass it.
  { q: 'who else can see our payroll data', has: ['nobody besides us with access to Moorepay', 'Lawful basis: Legal obligation'], intent: 'access' },
  { q: "which suppliers hold temps' data?", has: ['Harper Brook LLP: we pass it read-only access to QuickBooks Online'] },
  { q: 'which suppliers keep data for under a year', has: ['uCheck', 'Aircall'], not: ['Bullhorn', 'Moorepay'] },
  // A lawful basis asked by a supplier's alias says whose it is.
  { q: 'do we need consent to send job alerts?', has: ['Lawful basis for Mailchimp: Consent'], intent: 'lawful-basis' },
  // Certificates we keep are documents; those a supplier has are security.
  { q: 'do we keep DBS certificates?', has: ['uCheck', '6 months'], intent: 'retention' },
  { q: 'what certificates does moorepay have', has: ['ISO 27001', 'Cyber Essentials Plus'], intent: 'security' },
];

const SCHOOL: Case[] = [
  // A certification scheme the register records ("Cyber Essentials") is no unknown supplier.
  { q: 'which suppliers are Cyber Essentials certified', has: ['Arbor', 'CPOMS', 'Tapestry', 'Smoothwall'], not: ["can't find", 'ParentPay'] },
  { q: 'do any of our systems have Cyber Essentials Plus', has: ['Arbor', 'Smoothwall'], not: ["can't find", 'ClassDojo'] },
  // Those overdue, when some are, without the next due (said only when none is overdue).
  { q: 'which dpas have gone past their review date', has: ['CPOMS (due 2026-08-31)', 'Tapestry (due 2025-05-31)'], not: ['Arbor', 'Next due'], intent: 'statement' },
  { q: 'whose statements are due for review?', has: ['CPOMS', 'Tapestry', 'Next due: Arbor'], intent: 'statement' },
  // A list question may start with what it leaves out, and say systems or apps.
  { q: 'except Tapestry, which apps hold photos of pupils?', has: ['ClassDojo', 'Tempest Photography'], not: ['Tapestry', 'Sage 50'] },
  { q: 'apart from CPOMS, what systems have medical information?', has: ['Arbor', 'EVOLVE'], not: ['CPOMS', 'ParentPay'] },
  // Pupils are not their parents: a supplier holding parents' data only holds no pupils' data.
  { q: 'which suppliers hold information about pupils?', has: ['Arbor', 'Tapestry', 'Smoothwall'], not: ['Sage 50', 'Hamilton Auld CA'] },
  // The supplier found by what it does is the one whose lawful basis is asked, beside those found by the data named.
  { q: "on what grounds do we hand pupils' names to the photographer?", has: ['Tempest Photography', 'photo consent form'], not: ['Arbor', 'ClassDojo'], intent: 'lawful-basis' },
  { q: "why are we allowed to give pupils' medical needs to the trips system?", has: ['EVOLVE'], not: ['Arbor'], intent: 'lawful-basis' },
  { q: 'which outside bodies do we disclose staff data to?', has: ['Scottish Public Pensions Agency', 'Disclosure Scotland', 'Hamilton Auld CA'], not: ['Smoothwall', 'Google Workspace', 'bodies'], intent: 'access' },
  { q: 'which suppliers hold criminal records or medical data?', has: ['Disclosure Scotland', 'Arbor', 'EVOLVE'], not: ['Sage 50', 'ParentPay'] },
  { q: 'can I bring my bike into the staffroom?', has: ["don't know", 'bursar@millbrookhouse.example'], intent: 'unknown' },
  { q: "I found a pupil's report left on the photocopier", has: ['72 hours'], intent: 'policy' },
  // Whose data it is matches no policy on its own: a request no policy covers is said so, with whom to ask.
  { q: 'a parent wants a copy of everything we hold on their child', has: ["don't know", 'bursar@millbrookhouse.example'], not: ['Photographs and videos of pupils'], intent: 'unknown' },
  { q: "what's our policy on pupils' photos?", has: ['school iPads'], intent: 'policy' },
  // A retention in words that says how long after an event ("6 years after the pupil leaves") is compared as a period.
  { q: 'which suppliers hold on to data for over 5 years?', has: ['Arbor (6 years after the pupil leaves)', 'ParentPay', 'Sage 50'], not: ['Tapestry', 'ClassDojo'] },
  // A code of the kind the entries use ("P1 to P4") is no unknown supplier either.
  { q: 'how long do we keep the P5 class photos?', has: ['Tempest Photography', '1 year'], not: ["can't find"], intent: 'retention' },
  { q: 'where are the P6 reports stored?', has: ['Arbor', 'stored in the UK'], not: ["can't find"], intent: 'location' },
  // "Do we share X with the photographer?" is about the supplier what follows "with" finds, and says what it holds.
  { q: "do we share pupils' data with the photographer?", has: ['Tempest Photography holds photographs of pupils'], not: ['Arbor', 'ClassDojo'], intent: 'access' },
  // When a supplier's statement is due for review asks after its statement; a passed review date is said to be overdue.
  { q: 'when is cpoms due for review?', has: ['review was due 2026-08-31 and is overdue'], intent: 'statement' },
  { q: 'is the tapestry statement overdue?', has: ['review was due 2025-05-31 and is overdue'], intent: 'statement' },
  { q: "is arbor's dpa up for review?", has: ['next review due 2027-09-30'], intent: 'statement' },
  // Anything in writing from a supplier found by what it does asks after its statement.
  { q: 'have we got anything in writing from the photographer?', has: ['no GDPR statement from Tempest Photography'], not: ['Arbor'], intent: 'statement' },
  // Safeguarding is child protection, not a transfer's safeguard.
  { q: 'how long are safeguarding records kept?', has: ['CPOMS', '25th birthday'], not: ['transfer safeguard'], intent: 'retention' },
  { q: 'where are the safeguarding notes stored?', has: ['CPOMS', 'CPOMS data is stored in the UK'], not: ['transfer safeguard'], intent: 'location' },
  { q: 'do we keep PVG certificates after someone starts?', has: ['recruitment decision'], intent: 'retention' },
  // A what-to-do question's capitals are its story ("my P6s"), not a supplier asked after.
  { q: 'two of my P6s said something worrying at lunch, what do I do?', has: ['record it in CPOMS'], not: ["can't find"], intent: 'policy' },
];

describe('Q&A on a recruitment agency (dev questions, issue 17 fifth round)', () => {
  it.each(AGENCY)('$q', (c) => check(agency, c));
});

describe('Q&A on a school (dev questions, issue 17 fifth round)', () => {
  it.each(SCHOOL)('$q', (c) => check(school, c));
});

describe('Q&A on a vets (dev questions, issue 17 fifth round)', () => {
  const vets = load('../../examples/hawthorn-vets/vigil.yaml');
  it.each([
    // "What systems / apps do we use?" lists the register; "are there any third parties in America?" asks where.
    { q: 'what systems do we use?', has: ['We use 14 suppliers', 'Provet Cloud', 'Dalesbyte IT'], intent: 'list-suppliers' },
    { q: 'which apps do we use?', has: ['We use 14 suppliers'], intent: 'list-suppliers' },
    { q: 'are there any third parties in America?', has: ['IDEXX', 'Mailchimp'], not: ['Vetstoria'], intent: 'location' },
    // Two words found only in an entry's notes ("the back office", "ticket closes") are no supplier asked about.
    { q: 'what time does the office close on fridays?', has: ["don't know", 'imogen@hawthornvets.example'], not: ['Provet Cloud'], intent: 'unknown' },
    { q: 'how long are the x-ray images kept?', has: ['Provet Cloud'], intent: 'retention' },
  ])('$q', (c) => check(vets, c));
});

describe('Q&A on a deli (dev questions, issue 17 fifth round)', () => {
  const deli = load('../../examples/oakhill-pantry/vigil.yaml');
  it.each([
    // Everything we hold on someone, asked for, is a subject access request.
    { q: 'a customer asked for all the data we hold about them', has: ['within one month'], intent: 'policy' },
    { q: 'a customer wants everything we have on them', has: ['within one month'], intent: 'policy' },
    // "Is there anything / anyone…" asks over the register too.
    { q: 'is there anything we use without a DPA?', has: ['Gorgias (in progress)', 'Trustpilot (awaited)'], not: ["can't find"], intent: 'statement' },
    { q: "is there anyone who doesn't have an owner?", has: ['records who looks after every supplier'], not: ["don't know"] },
  ])('$q', (c) => check(deli, c));
});
