import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-third round of work (register lookups, lists, people and
 * multi-part questions): rounds 31 to 36's misses of that kind as classes, written in new words on
 * other example firms, and questions that must keep their right answers. For tuning, like
 * dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    vets: 'hawthorn-vets',
    physio: 'kestrel-physio',
    homecare: 'larkfield-home-care',
    removals: 'thackeray-removals',
    brewery: 'tidewell-brewery',
    plumber: 'tolley-plumbing',
    theatre: 'lantern-playhouse',
  }),
);

describe('"anything on the register nobody is looking after?": the entries with no owner', () => {
  cases([
    // Failed before this round ("Sorry, I don't know…").
    { firm: 'removals', q: 'is there anything on the register that nobody is looking after?', has: ['Bytewise IT'], not: ['MoveMan', 'Yembo'], intent: 'list-suppliers' },
    { firm: 'vets', q: 'are there any systems no one is looking after', has: ['Pennine Pet Crematorium', 'Dalesbyte IT'], not: ['Provet Cloud'] },
    // Passed before, kept as a check.
    { firm: 'vets', q: 'which suppliers have no owner', has: ['Pennine Pet Crematorium', 'Dalesbyte IT'], not: ['Provet Cloud'] },
  ]);
});

describe('"what doesn\'t have two-factor?", "which of our accounts…": the register\'s entries, never an alias "the accounts"', () => {
  cases([
    // Failed before this round (no supplier called "two-factor"; Xero, whose alias is "the accounts").
    { firm: 'brewery', q: "what doesn't have two-factor?", has: ['ResDiary', 'Untappd for Business'], not: ['Square', 'Shopify', 'QuickBooks'], intent: 'list-suppliers' },
    { firm: 'physio', q: "which of our accounts haven't got 2fa", has: ['JotForm', 'Moneypenny'], not: ['Xero', 'Cliniko', 'Stripe'] },
    { firm: 'physio', q: 'which of our accounts store data in the US', has: ['Doxy.me', 'JotForm', 'Stripe', 'Google Workspace', 'Xero'], not: ['Cliniko', 'IRIS Payroll'], intent: 'location' },
    // Passed before, kept as a check: those that enforce it.
    { firm: 'brewery', q: 'which suppliers enforce 2fa', has: ['Square', 'Shopify', 'QuickBooks'], not: ['ResDiary'] },
  ]);
});

describe('a person by a familiar name ("Beth", "Soph", "Dom"): their systems and what they look after', () => {
  cases([
    // Failed before this round ("Sorry, I don't know…").
    { firm: 'vets', q: 'what systems does beth use', has: ['Bethan Lloyd', 'Provet Cloud', 'IDEXX', 'Microsoft 365'], not: ['Dojo', 'Staffology'], intent: 'owner' },
    { firm: 'removals', q: 'what does soph look after', has: ['Sophie Thackeray', 'Stripe', 'FreeAgent', 'Hollis Grant'], not: ['MoveMan', 'Deputy'] },
    { firm: 'brewery', q: 'what is dom in charge of', has: ['Dominika Nowak'] },
    { firm: 'vets', q: 'apart from beth who else uses idexx', has: ['Callum Reid'], not: ['Bethan'], intent: 'access' },
    // Passed before, kept as checks: everyone with an account; a common word is nobody's name ("own" is not Owen).
    { firm: 'removals', q: 'who uses freeagent', has: ['Sophie Thackeray', 'Donal Keane'] },
    { firm: 'physio', q: 'what systems do we own', has: [], not: ['Owen Hartley'] },
  ]);
});

describe('holders of a kind of data: "who have we got holding…", "…on clients or carers", disability as health', () => {
  cases([
    // Failed before this round ("Sorry, I don't know…"; every holder of carers' data; disability read as no kind of data).
    { firm: 'homecare', q: 'who have we got holding medical details', has: ['Birdie', 'NHSmail'], not: ['Xero', 'Indeed'], intent: 'data' },
    { firm: 'homecare', q: 'which systems hold health info on clients or carers', has: ['Birdie', 'NHSmail'], not: ['CarePlanner', 'Quartix', 'Google Workspace'] },
    { firm: 'plumber', q: 'who holds disability info', has: ['Commusoft'], intent: 'data' },
    // "Where's the rota kept, is it in the UK?": the one supplier the rota names, not every UK holder.
    { firm: 'homecare', q: "where's the rota kept, is it in the uk", has: ['CarePlanner', 'the UK and the EU'], not: ['Birdie', 'NHSmail'], intent: 'location' },
    // Passed before, kept as a check: the region list itself.
    { firm: 'homecare', q: 'which suppliers store data in the uk', has: ['Birdie', 'CarePlanner', 'NHSmail'] },
  ]);
});

describe('where a thing is kept: "…get backed up to", the second question answered, "…actually store/give"', () => {
  cases([
    // Failed before this round (how it is kept safe; one of two questions; the whole entry or a policy).
    { firm: 'physio', q: 'where does the payroll get backed up to', has: ['IRIS Payroll', 'UK'], intent: 'location' },
    { firm: 'theatre', q: 'where does the box office system get backed up to', has: ['Spektrix data is stored in the UK'], intent: 'location' },
    { firm: 'physio', q: "where's payroll kept n how long for", has: ['IRIS Payroll', 'stored in the UK', 'up to 6 years'], intent: 'location' },
    { firm: 'homecare', q: 'how long do we keep the dbs checks in ucheck and whos account is it under', has: ['up to 6 months', 'Kwame Mensah'] },
    { firm: 'physio', q: 'who looks after the intake form and how long are submissions kept', has: ['Lucy Bramwell', 'up to 3 months'], not: ['IRIS Payroll'] },
    { firm: 'removals', q: 'has anyone got the yembo login, and did they ever send a dpa', has: ['Adebayo Okonjo', "Yembo's GDPR statement is on file"] },
    { firm: 'physio', q: 'what do we actually give the accountants', has: ['read-only access to Xero'], intent: 'data' },
    { firm: 'vets', q: 'what does the card machine at reception actually store about clients', has: ['Dojo', 'tokenised card number'], not: ['PCI DSS'], intent: 'data' },
    { firm: 'brewery', q: 'what does the card reader at the taproom actually store about customers', has: ['Square', 'last four digits'], intent: 'data' },
    // A note's sentence on another supplier that says nothing of where is left out.
    { firm: 'plumber', q: 'where does whatsapp store our stuff', has: ['WhatsApp Business', 'US'], not: ['Commusoft'], intent: 'location' },
    // Passed before, kept as checks: "…in the US? and for how long" on one line; where a thing is hosted; a note on where we keep it in another supplier.
    { firm: 'homecare', q: 'where does ucheck keep its data', has: ['uCheck', 'UK', 'BreatheHR'] },
    { firm: 'vets', q: 'who looks after provet and how long are x-rays kept', has: ['Imogen Pryce', '7 years'] },
    { firm: 'physio', q: 'is the intake form data kept in the US? and for how long', has: ['JotForm', 'US', 'up to 3 months'] },
    { firm: 'physio', q: 'where is the payroll data hosted', has: ['IRIS Payroll', 'UK'], not: ['Xero'] },
  ]);
});
