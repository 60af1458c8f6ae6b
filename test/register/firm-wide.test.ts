import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Questions about the firm's papers as a whole, swept over every example firm (the forty-seventh round): before, "what policies
 * do we have?" was "none of our policies is on that" in every firm, "where is the data protection policy?" was "I can't find
 * protection in our register" in 152 of 195, and "which suppliers are controllers?" "I can't find controller" in 155. Each beside a
 * neighbour of like words that keeps its answer.
 */
const cases = devCasesOn(
  exampleFirms({ farmshop: 'appleyard-farm-shop', furniture: 'brackenridge-oak', farriers: 'anvil-and-hoof-farriers', accountants: 'trekim', it: 'kittiwake-it', taxis: 'lynwood-cars', signs: 'brightline-signs', cycles: 'pennant-cycles' }),
);

describe("the firm's policies asked after as a set are each by its title", () => {
  cases([
    { firm: 'farmshop', q: 'what policies do we have?', has: ['Our 12 policies', 'Reporting a data breach', 'CCTV', 'Taking card payments'], intent: 'policy' },
    { firm: 'farmshop', q: 'where can I read our policies?', has: ['Our 12 policies', 'Photos and social media'] },
    { firm: 'furniture', q: 'where is the data protection policy?', has: ['Our 5 policies', 'Clear desk in the showroom and office'], not: ["can't find"] },
    { firm: 'furniture', q: 'where is our gdpr policy?', has: ['Our 5 policies'], not: ['GDPR statements not on file'] },
    { firm: 'furniture', q: 'what polices do we have', has: ['Our 5 policies'] },
    { firm: 'farriers', q: 'can you list all our policies', has: ['Our 12 policies', 'Sharing hoof details with vets'] },
    // A topic asked: the one policy titled for it, though the question's one word scores low in its text.
    { firm: 'farriers', q: 'what is our policy on photos?', has: ['Photos of horses and yards on social media:'], not: ['Our 12 policies'] },
    { firm: 'farriers', q: 'what policies do we have about photos', has: ['Photos of horses and yards on social media:'] },
    // Neighbours: policies on a topic are that policy, and a topic no policy is on is said to be none.
    { firm: 'farmshop', q: 'what policies do we have on photos?', has: ['Photos and social media: We love sharing'], not: ['Our 12 policies'] },
    { firm: 'furniture', q: 'do we have a policy on photos?', has: ['none of our policies is on photos'] },
  ]);
});

describe('a clean desk is a clear desk', () => {
  cases([
    { firm: 'furniture', q: 'is there a clean desk policy?', has: ['Clear desk in the showroom and office: Order forms'] },
    { firm: 'furniture', q: 'is there a clear desk policy?', has: ['Clear desk in the showroom and office: Order forms'] },
  ]);
});

describe('controllers: the joint controllers and recipients among our suppliers, and the firm itself', () => {
  cases([
    { firm: 'furniture', q: 'which suppliers are controllers?', has: ['joint controllers', 'Meta Ads', 'recipients', 'PayPal', 'Corve Dale Accountants'], not: ['Hik-Connect', "can't find"] },
    { firm: 'furniture', q: 'who are the independent controllers?', has: ['PayPal', 'Royal Mail Click & Drop'], not: ['Hik-Connect'] },
    { firm: 'furniture', q: 'who is the data controller?', has: ['Brackenridge Oak Furniture is the controller', 'Rhiannon Tudor'], intent: 'role' },
    { firm: 'furniture', q: 'are we the controller?', has: ['Brackenridge Oak Furniture is the controller'] },
    // Neighbours: joint controllers alone are that role; one supplier's role is its own; a firm with a policy on its role quotes it.
    { firm: 'furniture', q: 'who are our joint controllers?', has: ['Our joint controllers: Meta Ads.'], not: ['PayPal'] },
    { firm: 'furniture', q: 'is hik-connect a controller?', has: ['Hik-Connect is a processor'] },
    { firm: 'accountants', q: 'are we a data controller?', has: ['joint controller'], not: ['is the controller of the personal data we hold'] },
    // Where the firm's papers say it processes some data for others, or another controls it, they say so beside.
    { firm: 'it', q: 'who is the data controller?', has: ['Kittiwake IT is the controller', 'For client data we are the processor'] },
    { firm: 'taxis', q: 'who is the data controller?', has: ['the council is the controller of the pupil data'], not: ['controller on shift', 'controllers\' PC'] },
  ]);
});

describe('an English word typed as a word is no product we do not know; a word-named product or a capitalised word may be', () => {
  cases([
    { firm: 'farriers', q: 'a contractor needs access to our systems', has: [], not: ["can't find contractor"] },
    { firm: 'farriers', q: 'which suppliers are controllers?', has: [], not: ["can't find controller"] },
    { firm: 'farriers', q: 'do we have a dpa with sage', has: ["I can't find sage in our register"] },
    { firm: 'farriers', q: 'which suppliers hold data about job applicants?', has: [], not: ["can't find job"] },
    { firm: 'farriers', q: "what's stored in the cloud?", has: [], not: ["can't find cloud"] },
    // A short word a product is named by is still one.
    { firm: 'farriers', q: 'whats zooms gdpr status', has: ["I can't find zooms"] },
    // A slip of an everyday word is that word.
    { firm: 'farriers', q: 'how long do we keep invoces for', has: [], not: ["can't find invoces"] },
    // A certification is no product: whether we hold it the register does not say.
    { firm: 'farriers', q: 'are we cyber essentials certified', has: [], not: ["can't find cyber"] },
    { firm: 'farriers', q: 'do we have a dpa with Procreate', has: ["I can't find Procreate in our register"] },
    // A kind of thing asked after by name is still looked for, and said not held.
    { firm: 'cycles', q: 'do we have antivirus', has: ["I can't find antivirus in our register"] },
    { firm: 'cycles', q: 'do we have a CRM?', has: ["I can't find CRM in our register"] },
  ]);
});

describe('whether our suppliers have been reviewed is every review date the register keeps', () => {
  cases([
    { firm: 'farriers', q: 'which suppliers have we not reviewed this year?', has: ['Review dates to come: SumUp (due 2027-02-28)', 'Farriers Registration Council (due 2028-01-31)'], intent: 'statement' },
    { firm: 'farriers', q: "which suppliers haven't been reviewed?", has: ['Review dates to come'] },
    { firm: 'farriers', q: 'when were our suppliers last reviewed?', has: ['Review dates to come'] },
    // Neighbour: those overdue are those past their date, and the next one.
    { firm: 'farriers', q: 'which suppliers are overdue a review?', has: ['Next due: SumUp (due 2027-02-28)'], not: ['Review dates to come'] },
  ]);
});

describe("a retention question with no topic is the firm's own schedule, then each supplier's period", () => {
  cases([
    { firm: 'signs', q: 'how long do we keep records', has: ['How long we keep things: Quotes, job records and invoices', 'How long each supplier keeps our data'], intent: 'retention' },
    // Neighbour: a firm with no schedule gives each supplier's period alone.
    { firm: 'furniture', q: 'how long do we keep records', has: ['How long each supplier keeps our data'], not: ['(Policy:'] },
    { firm: 'farmshop', q: 'how long do we keep records', has: ['Keeping and getting rid of personal data:', 'How long each supplier keeps our data'] },
  ]);
});

const jobs = devCasesOn(exampleFirms({ translations: 'wordsmith-translations' }));

describe('"who do we use for X" is the supplier that does X, not who of us has an account with it', () => {
  jobs([
    { firm: 'translations', q: 'who do we use for it support', has: ['We use Clearline IT for'], not: ['has an account', 'names nobody'] },
    // "Our IT" alone, asked who does it, is the IT support ('don't know' in every firm before).
    { firm: 'translations', q: 'who does our IT?', has: ['Clearline IT'] },
    { firm: 'translations', q: 'who fixes our it?', has: ['Clearline IT'] },
    // Neighbour: who uses a named supplier is our people with accounts.
    { firm: 'translations', q: 'who uses xtrf?', has: ['have accounts with XTRF'] },
  ]);
});

const starters = devCasesOn(exampleFirms({ discos: 'beatbox-discos', farmshop: 'appleyard-farm-shop' }));

describe('what a new starter should read is the policy for people joining, then every policy by its title', () => {
  starters([
    { firm: 'discos', q: 'what do i need to read as a new starter', has: ['New starters and leavers: A new starter', 'Our 12 policies on data protection, for every new starter to read'], not: ['Hughes & Barlow:'] },
    { firm: 'farmshop', q: "i'm new, what do i need to know about data protection", has: ['Our 12 policies on data protection, for every new starter to read', 'The veg-box round'] },
    // Neighbour: a new starter's own logins, asked, are not a reading list.
    { firm: 'discos', q: 'a new starter joins on monday, what do they need?', has: [], not: ['for every new starter to read'] },
  ]);
});

describe('"what does our GDPR policy say" is every policy by its title; about a topic, not the list', () => {
  cases([
    { firm: 'farriers', q: 'what does our GDPR policy say', has: ['Our 12 policies on data protection'] },
    { firm: 'farmshop', q: 'what does our gdpr policy say about children', has: [], not: ['Our 12 policies', 'GDPR statements not on file'] },
  ]);
});
