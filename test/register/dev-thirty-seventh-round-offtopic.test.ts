import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-seventh round (off-topic questions sharing a word with the register): misses of
 * that kind as classes, written in new words on example firms no focus set uses, each beside a question of like words
 * that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    brewery: 'tidewell-brewery',
    kennels: 'thistledown-kennels',
    cowork: 'quayside-works',
    translators: 'wordsmith-translations',
    books: 'marrowby-books',
    theatre: 'lantern-playhouse',
  }),
);

describe('a time, a count, an amount or which everyday thing asked: no supplier entry records it', () => {
  cases([
    // Failed before this round: the whole entry of the supplier whose alias or purpose word the question met.
    { firm: 'kennels', q: 'what time does the pet taxi usually arrive on a monday', has: ['Moira Haldane'], not: ['Register:'] },
    { firm: 'brewery', q: 'how many cans fit in a mixed case box', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'kennels', q: 'what shampoo do we use for puppies in the grooming room', has: ['Moira Haldane'], not: ['Register:'] },
    { firm: 'brewery', q: 'when do the accountants close for christmas', has: ['Morwenna Hale'], not: ['Register:'] },
    // Right before and kept: the same shapes of question, asked when the register keeps nothing of theirs.
    { firm: 'brewery', q: 'what time does the courier come on a tuesday', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: 'what day do wages usually land', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'kennels', q: 'when does the bookkeeper go on holiday', has: ['Moira Haldane'], not: ['Register:'] },
    // Neighbours: a count of years kept, of suppliers, what we send, who does a job, which app, a safeguard, a review date.
    { firm: 'brewery', q: 'how many years does square keep our card payments', has: ['Square'] },
    { firm: 'kennels', q: 'how many of our suppliers are in the US', has: ['Gingr', 'Dropbox'] },
    { firm: 'brewery', q: 'what exactly do we send the courier', has: ['DPD'] },
    { firm: 'brewery', q: 'who does our payroll', has: ['QuickBooks'] },
    { firm: 'kennels', q: 'do we do the bookkeeping in house', has: ['Craigie Bookkeeping'] },
    { firm: 'brewery', q: 'which app do we use for the rota', has: ['Deputy'] },
    { firm: 'kennels', q: 'what safeguard covers brevo sending data abroad', has: ['Brevo', 'EU'] },
    { firm: 'brewery', q: 'when does the klaviyo statement come up for review', has: ['Klaviyo', 'review'] },
  ]);
});

describe('one ordinary English word of a supplier\'s name or alias, in a question otherwise of other things, is the everyday word', () => {
  cases([
    // Failed before this round: the whole entry of the supplier whose one-word alias or name is that word.
    { firm: 'cowork', q: "who's in the five a side teams on thursday", has: ['Nadia Rahman'], not: ['Register:'] },
    { firm: 'translators', q: 'is there any sage left in the herb garden for the lunch', not: ['Register:'], has: ["don't know"] },
    { firm: 'books', q: 'the gardeners are cutting the hedge on friday, can we move the bikes', not: ['Register:'], has: ["don't know"] },
    // Neighbours: the same words asking the register name the supplier still.
    { firm: 'cowork', q: 'can harbour remote into the office pc', has: ['Harbour IT'] },
    { firm: 'translators', q: 'where is sage data stored', has: ['Sage Payroll'] },
    { firm: 'theatre', q: 'what does beacon hold about our donors', has: ['Beacon CRM'] },
  ]);
});

describe('whether a thing is open, down, free, fixed or confirmed now: no supplier entry records a state of the day', () => {
  cases([
    // Failed before this round: the entry of the supplier whose alias, purpose word or name the question met.
    { firm: 'brewery', q: 'is the taproom open on bank holiday monday', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: "is the online shop down again? customers say checkout won't load", has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: 'has the beer club box been confirmed for the pub quiz prize', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'kennels', q: 'is the pet taxi running late today', has: ['Moira Haldane'], not: ['Register:'] },
    { firm: 'kennels', q: 'is gingr down', has: ['Moira Haldane'], not: ['Register:'] },
    // Neighbours: whether a supplier is compliant or where it keeps data, and a story with a policy, keep their answers.
    { firm: 'brewery', q: 'is shopify gdpr compliant', has: ['Shopify', 'on file'] },
    { firm: 'brewery', q: 'is the online shop in the uk', has: ['Shopify'] },
    { firm: 'kennels', q: 'is the cctv working in the kennel block, a dog went missing overnight', has: ['Ring'] },
  ]);
});

describe('an amount or a deadline asked, though its words are some entry\'s data', () => {
  cases([
    // Right before and kept: the shapes this round's change reads as an amount or a deadline.
    { firm: 'brewery', q: 'whats the vat on a mixed case', has: ['Morwenna Hale'], not: ['Register:'] },
    { firm: 'brewery', q: 'whats the deadline for the duty return', has: ['Morwenna Hale'], not: ['Register:'] },
  ]);
});
