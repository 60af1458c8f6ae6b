import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirteenth round of work: one or more for each general cause found
 * in rounds 9–12's misses (round 12 a development set since it was scored), written in new words on
 * other example firms. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    physio: 'kestrel-physio',
    vets: 'hawthorn-vets',
    salon: 'fernleigh-salon',
    lettings: 'ashcombe-lettings',
  }),
);

describe('a bare summary request gives the whole entry, with the basis and the supplier\'s own access', () => {
  cases([
    { firm: 'vets', q: 'what do we know about provet', has: ['Provet Cloud', 'ticket'] },
    { firm: 'plumber', q: 'give me the lowdown on quartix', has: ['Quartix', 'Legitimate interests'] },
    { firm: 'physio', q: 'tell me about moneypenny', has: ['Moneypenny', 'booking-only login'] },
    { firm: 'salon', q: 'fill me in on brevo', has: ['Brevo', 'Consent for offers'] },
  ]);
});

describe('retention equal to a period lists those that keep data for it, the comparisons still working', () => {
  cases([
    { firm: 'plumber', q: 'what suppliers hold onto data for seven years', has: ['GoCardless'], not: ['QuickBooks', 'Quartix'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'who keeps stuff for 6 years', has: ['Xero', 'IRIS Payroll', 'Clifton Lane Accountants'], not: ['Stripe', 'SumUp'], intent: 'list-suppliers' },
    { firm: 'salon', q: 'list the companies that keep data for 5 years', has: ['SumUp'], not: ['Deputy', 'QuickBooks Online'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'which suppliers keep data for more than 6 years', has: ['Stripe'], not: ['Xero'], intent: 'list-suppliers' },
  ]);
});

describe('what the register does not record is said to be unrecorded, with whom to ask, never a confident supplier', () => {
  cases([
    { firm: 'plumber', q: 'where do we keep customers fingerprints', has: ['no supplier', 'Karen Tolley'], not: ['Commusoft'] },
    { firm: 'salon', q: 'do we hold staff thumbprints anywhere', has: ['no supplier', 'Rhiannon Hughes'], not: ['Deputy'] },
    { firm: 'vets', q: 'does idexx have liability insurance', has: ['insurance', 'Imogen Pryce'] },
    { firm: 'physio', q: 'are moneypenny staff dbs checked', has: ['dbs', 'Nadia Okoro'] },
  ]);
});

describe('whether someone else can get into a system, and a 2FA question the register is silent on, name who to ask', () => {
  cases([
    { firm: 'plumber', q: 'can the accountants log into moneysoft', has: ['Armley & Co Accountants'], intent: 'access' },
    { firm: 'physio', q: 'could our accountant get at xero', has: ['Clifton Lane Accountants'], intent: 'access' },
    { firm: 'vets', q: 'is two factor switched on for petlog', has: ['Petlog', 'Imogen Pryce'] },
  ]);
});

describe('something sent to someone other than meant, told without "wrong", is a breach: the breach policy answers', () => {
  cases([
    { firm: 'plumber', q: 'i emailed one customers invoice to another customer', has: ['wrong customer', 'Karen Tolley'], intent: 'policy' },
    { firm: 'vets', q: 'i texted a vaccination reminder to a different client', has: ['Reporting a data breach', '24 hours'], intent: 'policy' },
    { firm: 'physio', q: 'i emailed a patients treatment notes to another patient', has: ['data breaches', '24 hours'], intent: 'policy' },
  ]);
});

describe('"asking us to wipe" her details is an erasure request, whatever else the message says: the deletion policy answers', () => {
  cases([
    { firm: 'lettings', q: 'a previous tenant emailed asking us to wipe all her details', has: ['Requests to delete data'], intent: 'policy' },
  ]);
});

describe('two questions in one without "and", the second after the first\'s question mark, each answered once', () => {
  cases([
    { firm: 'physio', q: 'who looks after our card payments? is it stored in the uk', has: ['Nadia Okoro', 'stored in the UK'] },
    { firm: 'physio', q: 'who handles our newsletter? do they have 2fa', has: ['Lucy Bramwell', 'two-factor'] },
    { firm: 'physio', q: 'what do we use for video appointments? who looks after it', has: ['video consultations', 'Owen Hartley'] },
  ]);
});
