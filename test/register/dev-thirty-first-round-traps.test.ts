import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-first round (one supplier's fields, lists, off-topic questions and tools we do not
 * use): rounds 53 to 58's misses of those kinds as classes, written in new words on other example firms, each beside a
 * question of like words that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    plumbing: 'tolley-plumbing',
    physio: 'kestrel-physio',
    salon: 'fernleigh-salon',
    photographer: 'foxglove-studio',
  }),
);

describe('a GDPR statement asked in other words: "did X ever send back their data protection bit", "a signed agreement with X"', () => {
  cases([
    // Failed before this round: read as security measures or the entry.
    { firm: 'plumbing', q: 'did the accountants ever send back their gdpr bit', has: ['requested', 'Armley'] },
    { firm: 'physio', q: 'has the card reader company ever sent over their data protection terms', has: ['requested', 'SumUp'], not: ['PCI DSS'] },
    { firm: 'plumbing', q: 'do we have a signed agreement with pennine it', has: ['missing', 'Pennine IT Support'] },
    // Neighbours: something else sent back is the entry; what we sent is not their statement.
    { firm: 'plumbing', q: 'did the accountants send back the year end figures', has: ['Armley & Co Accountants', 'Year-end accounts'], not: ['Not yet'] },
  ]);
});

describe('statements asked for: only those requested, awaited or in progress, not one never asked for', () => {
  cases([
    // Failed before this round: an on-file supplier's statement, or every one not on file.
    { firm: 'plumbing', q: 'who have we requested a dpa from', has: ['Armley & Co Accountants', 'Licence Bureau', 'Moneysoft'], not: ['WhatsApp Business', 'Wix'] },
    { firm: 'physio', q: 'whose gdpr statements have we asked for and are still waiting on', has: ['SumUp', 'Clifton Lane Accountants', 'Avonside IT'], not: ['JotForm', "Patients' GP surgeries"] },
    // Neighbours: "not even requested" and "missing" are every one not on file.
    { firm: 'physio', q: 'who have we got no statement from, not even requested one', has: ['JotForm', "Patients' GP surgeries"] },
    { firm: 'physio', q: 'which statements are missing', has: ['JotForm', 'SumUp'] },
  ]);
});

describe('tools we do not use: leave asked after the story, a move of our records, "X is better", an everyday alias beside', () => {
  cases([
    // Failed before this round: don't know, or the supplier we use for the job.
    { firm: 'physio', q: 'thinking of sending the exercise sheets over telegram, thats fine right', has: ["can't find telegram"] },
    { firm: 'plumbing', q: 'thinking we move the payroll to brightpay, can i start using it', has: ["can't find brightpay"] },
    { firm: 'salon', q: 'my sister says square is better for taking payments, can we use that', has: ["can't find square"] },
    { firm: 'physio', q: 'whats our mailerlite login for the newsletter', has: ["can't find mailerlite"], not: ['Brevo'] },
    // Neighbours: the tool we hold keeps its entry; a van moved is no tool.
    { firm: 'physio', q: 'whats our brevo login for the newsletter', has: ['Brevo'], not: ["can't find"] },
    { firm: 'plumbing', q: 'thinking we move the van to the other yard, is that ok', has: ["don't know"] },
  ]);
});

describe("off-topic: a gadget's battery or charger, a price, when vehicles are due back: don't know, no supplier", () => {
  cases([
    // Failed before this round: the card reader's or accounting supplier's entry.
    { firm: 'physio', q: 'where do i get a spare charger for the card machine', has: ["don't know", 'Nadia Okoro'], not: ['SumUp'] },
    { firm: 'plumbing', q: 'how much does quickbooks cost', has: ["don't know"], not: ['Bookkeeping'] },
    { firm: 'physio', q: 'the card machine battery is flat how do i charge it', has: ["don't know"], not: ['SumUp'] },
    { firm: 'plumbing', q: 'what time have the engineers got to be back at the yard', has: ["don't know"] },
    // Neighbours: what the card reader keeps, when the backups run, and leave to use another tool keep their answers.
    { firm: 'physio', q: 'how long does the card reader keep card details', has: ['SumUp', '5 years'] },
    { firm: 'plumbing', q: 'what time do the backups run', has: ['Acronis'] },
    { firm: 'physio', q: 'card machine keeps dying, can i take payments on zettle instead', has: ["can't find zettle"] },
  ]);
});

describe('deleted by mistake and asked back ("how long can they be got back"): the supplier\'s restore period beside what it keeps', () => {
  cases([
    // Failed before this round: only how long the supplier keeps the data.
    { firm: 'photographer', q: 'deleted some client photos off dropbox by mistake, how long can they be got back', has: ['Dropbox', 'restored for 180 days'] },
    // Neighbours: how long something is kept is still the retention alone; a lost phone asked back is no file restored.
    { firm: 'photographer', q: 'how long do we keep client photos in dropbox', has: ['Dropbox', '7 years'], not: ['180 days'] },
    { firm: 'plumbing', q: 'lost the van keys, how do i get them back', has: [], not: ['Acronis'] },
  ]);
});
