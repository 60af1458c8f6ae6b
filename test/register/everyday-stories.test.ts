import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Stories every firm's staff tell, swept over all the example firms (the forty-seventh round), each beside a neighbour of like
 * words that keeps its answer.
 */
const cases = devCasesOn(exampleFirms({ farmshop: 'appleyard-farm-shop', farriers: 'anvil-and-hoof-farriers' }));

describe('a record is a file, never a recording', () => {
  cases([
    // Before, the CCTV policy ("Recordings are overwritten after 31 days") answered these in some 30 firms.
    { firm: 'farmshop', q: 'a customer has died, what do we do with their records', has: [], not: ['CCTV:'] },
    { firm: 'farmshop', q: 'we have old paper records in the loft, what do we do with them', has: [], not: ['CCTV:'] },
    // One record is a file as many are ("records" alone set apart left the singular on the CCTV policy).
    { firm: 'farmshop', q: 'can i delete a customer record?', has: [], not: ['CCTV:'] },
    // Neighbours: recordings are still the cameras'.
    { firm: 'farmshop', q: 'how long are the cctv recordings kept?', has: ['31 days'] },
    { firm: 'farmshop', q: 'a customer wants a copy of the cctv recording of her car', has: ['CCTV: We have CCTV'] },
  ]);
});

describe("one whose data we hold asking for their own records is the policy on such requests", () => {
  cases([
    { firm: 'farmshop', q: 'a member of staff wants to see their HR records', has: ['When someone asks for their data:'], not: ['CCTV:'] },
    { firm: 'farmshop', q: 'a former employee asked for their personnel file', has: ['When someone asks for their data:'] },
    { firm: 'farmshop', q: 'an ex-employee wants a copy of their emails', has: ['When someone asks for their data:'], not: ['Google Workspace:'] },
    // Neighbour: another's records asked by a relative are not the asker's own.
    { firm: 'farmshop', q: "a customer's relative phoned asking for their details", has: [], not: ['When someone asks for their data: Anyone can ask what personal data we hold about them, ask us to correct it or ask us to delete it: a loyalty customer'] },
  ]);
});

describe('a public body is no product we do not know', () => {
  cases([
    { firm: 'farriers', q: 'HMRC asked for our payroll records', has: ['BrightPay'], not: ["can't find hmrc"] },
    { firm: 'farriers', q: 'the DVLA wrote asking for a driver\'s details', has: [], not: ["can't find"] },
  ]);
});

describe("everyone cc'd is a breach told; a customer asking whom we share with is the register's answer", () => {
  cases([
    { firm: 'farmshop', q: "I accidentally cc'd all customers in an email", has: ['Reporting a data breach:'], not: ["The Grower's Letter and marketing consent:"] },
    { firm: 'farmshop', q: 'a customer asked who we share their data with', has: ['We share customer data with', 'Shopify', 'MailerLite'], intent: 'access' },
    { firm: 'farmshop', q: 'a customer wants to know who we share her details with', has: ['We share customer data with'] },
    // Neighbour: asked directly, the same answer.
    { firm: 'farmshop', q: 'who do we share customer data with?', has: ['We share customer data with', 'Shopify'] },
  ]);
});

const leavers = devCasesOn(exampleFirms({ discos: 'beatbox-discos', pools: 'bluewave-pool-care' }));

describe('one of ours gone by what they were, who still has access, is the policy on leavers', () => {
  leavers([
    { firm: 'discos', q: 'the old manager still has access to everything and left in march', has: ['New starters and leavers:'] },
    { firm: 'discos', q: 'she left in march and is still on the whatsapp group', has: ['New starters and leavers:'] },
    // A parent asking what we hold on their child asks for the child's data: the policy on requests, not the one on kids' parties.
    { firm: 'discos', q: 'a parent asked what info we keep on their kid', has: ['Customers asking for their data'], not: ["Kids' parties"] },
    // Neighbour: a customer who still has access is no leaver of ours.
    { firm: 'discos', q: 'a customer still has access to the booking page and left in march', has: [], not: ['New starters and leavers:'] },
    // A month is when, never a product we do not know.
    { firm: 'pools', q: 'the old manager still has access to everything and left in march', has: [], not: ["can't find march"] },
  ]);
});

describe("whom to tell of a breach is the breach policy, not the contact alone", () => {
  leavers([
    { firm: 'discos', q: "who do i tell if there's a breach", has: ['Reporting a data breach:'] },
    { firm: 'discos', q: 'who do I report a hack to?', has: ['Reporting a data breach:'] },
    // Neighbour: whom to ask about data protection at large is the contact.
    { firm: 'discos', q: 'who do I ask about gdpr stuff', has: ['For data protection, ask Shona Patel'], intent: 'contact' },
  ]);
});

const tackle = devCasesOn(exampleFirms({ tackle: 'riverbend-tackle' }));

describe('telling the regulator of a breach is the breach policy; the asker\'s own file is the policy on requests', () => {
  tackle([
    { firm: 'tackle', q: 'do we have to tell the ico about a breach', has: ['(Policy: breach-reporting.)'], not: ['Suppliers that promise to tell us of a breach'] },
    // Neighbour: the suppliers' own promises, asked of them, are the register's.
    { firm: 'tackle', q: 'which suppliers will tell us about a breach?', has: ['Suppliers that promise to tell us of a breach'] },
    { firm: 'tackle', q: 'can i see my own personnel file', has: ['(Policy: data-requests.)'] },
  ]);
});

describe('what to do with old records is how long we keep them', () => {
  cases([
    { firm: 'farmshop', q: 'what should I do with old customer files?', has: ['Keeping and getting rid of personal data:'], not: ['Google Workspace:'] },
    { firm: 'farmshop', q: 'we have old paper records in the loft, what do we do with them', has: ['Keeping and getting rid of personal data:'] },
    // Neighbour: where old files are kept is the register's.
    { firm: 'farmshop', q: 'where are the staff files kept?', has: ['Google Workspace'] },
  ]);
});

describe("work sent to one's own account is the policy on devices, not the firm's entry for that service", () => {
  cases([
    { firm: 'farmshop', q: 'can I forward work emails to my personal gmail?', has: ['Phones, tablets and the office PC:'], not: ['Google Workspace:', 'The register records no lawful basis'] },
    { firm: 'farmshop', q: 'can i email client stuff to my personal gmail', has: ['Phones, tablets and the office PC:'], not: ["The Grower's Letter"] },
    // Neighbour: the firm's own Gmail is its entry.
    { firm: 'farmshop', q: 'is our gmail backed up?', has: ['Google Workspace'] },
  ]);
});

const review = devCasesOn(exampleFirms({ tackle: 'riverbend-tackle', accountants: 'brightwell-accountancy', aerials: 'highmast-aerials' }));

describe('a second review: neighbours the first changes over-reached into', () => {
  review([
    // Card details kept "on file" are data kept, not suppliers' statements on file.
    { firm: 'tackle', q: 'can we keep card details on file for repeat customers', has: ['Taking card payments:'], not: ['GDPR statements on file', "Yes: Square's GDPR statement"] },
    { firm: 'tackle', q: "is square's gdpr statement on file?", has: ["Square's GDPR statement is on file"] },
    // "Our GDPR policy" is the firm's, not a supplier's statement.
    { firm: 'tackle', q: 'what does our gdpr policy say about children', has: [], not: ['GDPR statements not on file'] },
    { firm: 'tackle', q: 'do we have a data protection policy?', has: ['Our 12 policies on data protection'] },
    // One's own bank details changed is a payroll matter, never a scam.
    { firm: 'accountants', q: 'my bank details have changed how do i update payroll', has: ['Payroll bureau:'], not: ['Reporting a data breach:'] },
    // Old data in a system is not paper for the shredder; old customer records where no schedule is titled are.
    { firm: 'aerials', q: 'what should we do with old data in Xero', has: [], not: ['Getting rid of paper:'] },
    { firm: 'aerials', q: 'what do we do with old customer records', has: ['Getting rid of paper:'] },
  ]);
});

const names = devCasesOn(exampleFirms({ music: 'ashdown-music' }));

describe('a supplier of ours named where a tool goes is ours, though the words caught are only the start of its name', () => {
  names([
    { firm: 'music', q: 'is it ok to put staff data in Trinity College London?', has: ['Trinity College London:'], not: ["can't find Trinity College"] },
    // Neighbour: a tool we do not hold, in the same place, is still said not held.
    { firm: 'music', q: 'is it ok to put staff data in Airtable?', has: ["I can't find Airtable"] },
  ]);
});

const third = devCasesOn(exampleFirms({ farriers: 'anvil-and-hoof-farriers', travel: 'wayfarer-travel', blocks: 'keyfold-block-management', florist: 'bramble-and-bloom' }));

describe('a third review: a slip told is a breach, a keyword is no title, a cloud of one\'s own is a tool we do not hold', () => {
  third([
    { firm: 'farriers', q: 'i sent a client file to my personal email by mistake', has: ['Reporting a data breach:'], not: ['Phones, tablets and the office laptop:'] },
    { firm: 'travel', q: 'what is our returns policy', has: [], not: ['ATOL certificates'] },
    { firm: 'blocks', q: "what's our policy on holidays", has: [], not: ['Passwords and two-step sign-in:'] },
    { firm: 'florist', q: 'can i use my personal dropbox for work files', has: [], not: ['Taking card payments over the phone:'] },
  ]);
});
