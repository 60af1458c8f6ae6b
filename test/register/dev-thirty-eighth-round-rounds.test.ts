import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-eighth round (the general rounds: a supplier's fields, lists across the register,
 * situations): misses of that kind as classes, written in new words on example firms, each beside a question of like
 * words that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    removals: 'thackeray-removals',
    books: 'marrowby-books',
    lettings: 'ashcombe-lettings',
    cowork: 'quayside-works',
    brewery: 'tidewell-brewery',
    wines: 'corkscrew-wines',
    solar: 'sunmead-solar',
    barn: 'oxley-barn',
    podiatry: 'stepwell-podiatry',
    architects: 'fenwick-shaw',
  }),
);

describe('how long we keep a thing named by a supplier\'s everyday alias: the policy that gives that thing its period too', () => {
  cases([
    // Failed before this round: the supplier's retention alone, though a policy says how long that very thing is kept.
    { firm: 'plumber', q: 'how long do we hold on to quote requests that come in through the website', has: ['Wix', 'Unsuccessful quotes are deleted after 1 year'] },
    { firm: 'removals', q: 'how long do the trackers keep where we have driven', has: ['Quartix', 'Journeys are kept for 90 days'] },
    { firm: 'barn', q: 'how long is the camera footage kept', has: ['Verisure', 'Footage is kept 30 days', 'Policy: cctv'] },
    // Right before and kept: a policy that gives the thing no period is not added; other fields of the same suppliers.
    { firm: 'books', q: 'how long do the shop cameras keep recordings', has: ['Verisure', 'Footage is kept 30 days'] },
    { firm: 'plumber', q: 'where is the website data stored', has: ['Wix', 'US'], not: ['Policy:'] },
    { firm: 'removals', q: 'who looks after the van trackers', has: ['Quartix'], not: ['Policy:'] },
    { firm: 'cowork', q: 'how long is uncollected post kept', has: ['kept for 30 days and then returned to sender'] },
  ]);
});

describe('"hang on to" and "hold on to" are keeping: a period asked over the register', () => {
  cases([
    // Failed before this round: "hang" read as the name of a supplier we do not hold.
    { firm: 'lettings', q: 'what do we hang onto for more than 5 years', has: ['Reapit', 'DocuSign', 'InventoryBase'], not: ["can't find"] },
    { firm: 'cowork', q: 'what do we hang onto for 6 years', has: ['Nexudus', 'Xero', 'Keel & Co'], not: ["can't find"] },
    // Right before and kept: the same asked with "keep" and "hold on to", and of one supplier.
    { firm: 'solar', q: 'what do we keep for more than 5 years', has: ['GoCardless', 'Breathe HR'] },
    { firm: 'brewery', q: 'which suppliers do we hang on to data with for 6 years', has: ['Ekos', 'QuickBooks'] },
    { firm: 'wines', q: 'how long does shopify hang on to customer orders', has: ['Shopify', '6 years'] },
  ]);
});

describe('which suppliers hold a kind of data: asked with "what holds", "where does it end up", examples after a comma, or set against another kind', () => {
  cases([
    // Failed before this round: one entry whole for "what holds", a year-end accountant for "end up", the examples or the contrast read as more data asked.
    { firm: 'solar', q: 'what holds info about our staff', has: ['These suppliers', 'Breathe HR', 'Microsoft 365'] },
    { firm: 'wines', q: 'what keeps customer email addresses', has: ['These suppliers', 'Shopify', 'Lightspeed Retail'] },
    { firm: 'architects', q: 'where do clients bank details end up', has: ['FreeAgent'], not: ['Redcliffe'] },
    { firm: 'podiatry', q: 'which suppliers hold staff data but not patients', has: ['BrightPay'], not: ['Cliniko'] },
    // Right before and kept: the same kinds asked the usual way; "what data does X hold" is still X's own.
    { firm: 'solar', q: 'which suppliers hold staff data', has: ['Breathe HR', 'Microsoft 365'] },
    { firm: 'wines', q: 'who holds customer email addresses', has: ['Shopify', 'Lightspeed Retail'] },
    { firm: 'brewery', q: 'where do card details go', has: ['Square'] },
    { firm: 'podiatry', q: 'where are patient records stored', has: ['Cliniko', 'UK'] },
    { firm: 'wines', q: 'what data does shopify hold', has: ['Shopify', 'customer names'], not: ['These suppliers'] },
  ]);
});
