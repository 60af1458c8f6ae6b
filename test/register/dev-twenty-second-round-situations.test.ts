import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-second round of work, situations and policy details: rounds
 * 27 to 30's misses as classes, written in new words on other example firms, and questions that
 * must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    bakery: 'crumb-and-crust-bakery',
    pest: 'kingsmead-pest-control',
    travel: 'wayfarer-travel',
    hearing: 'clearsound-hearing',
    plumber: 'tolley-plumbing',
    foodbank: 'harbourlight-cic',
    locksmith: 'keystone-locksmiths',
    park: 'heronsfield-holiday-park',
    theatre: 'lantern-playhouse',
    scaffolder: 'steelrig-scaffolding',
    removals: 'thackeray-removals',
    caterer: 'saffron-table-catering',
    kennels: 'thistledown-kennels',
    driving: 'ridgeway-driving',
    tutors: 'tamar-tutors',
    tattoo: 'inkwell-tattoo',
  }),
);

describe('a tool we do not hold, asked leave to use: not in the register, whom to ask, and the firm\'s own rule on new tools', () => {
  cases([
    // Failed before this round (whom to ask only, or a policy on the thing the tool would be used for).
    { firm: 'bakery', q: 'is it ok to use trello for the cake orders?', has: ["can't find trello", 'Ask Maggie Thornton before signing up for anything new'], intent: 'unknown-supplier' },
    { firm: 'travel', q: 'is notion ok for keeping the trip notes?', has: ["can't find notion", 'try a new app or AI tool with customer data, ask Niamh'], intent: 'unknown-supplier' },
    // Since the thirtieth round, the supplier we use for that job is left unsaid: beside "not in the register" it read as the answer.
    { firm: 'pest', q: 'is it ok to use monday.com for the job schedule', has: ["can't find monday.com", 'Before you sign up to a new app'], not: ['PestPac'], intent: 'unknown-supplier' },
    { firm: 'foodbank', q: 'is trello ok for planning the volunteer rota?', has: ["can't find trello", 'Adaeze Nwosu'], not: ['Client confidentiality'], intent: 'unknown-supplier' },
    // Passed before, kept as checks: a firm with no rule on new tools says whom to ask alone; a tool we hold is its entry.
    { firm: 'plumber', q: 'is calendly ok for booking boiler services?', has: ["can't find calendly", 'Karen Tolley'], intent: 'unknown-supplier' },
    { firm: 'pest', q: 'can we use xero for the invoices?', has: ['Xero: Invoicing'], not: ["can't find"] },
  ]);
});

describe('a tool no supplier is, asked leave to use, that a policy names among its keywords: that policy', () => {
  cases([
    // Failed before this round (the policy on the thing the tool would be used for, or the contact alone).
    { firm: 'pest', q: 'can i use wetransfer to send the job photos to the council', has: ['Using new apps and services', 'ask Hester'], not: ['Photos and paperwork'], intent: 'policy' },
    { firm: 'pest', q: 'can i use dropbox to share the site photos with the school', has: ['Using new apps and services', 'ask Hester'], not: ['Schools'], intent: 'policy' },
    { firm: 'hearing', q: 'can we use chatgpt to write the referral letters to the GP', has: ['New software and apps', 'Helen Marchetti'], not: ['NHS e-Referral'], intent: 'policy' },
    // Passed before, kept as checks: the policy already answering, and a tool we hold, which is its entry.
    { firm: 'travel', q: 'can I use chatgpt to draft itineraries from the customer notes', has: ['New suppliers, apps and messaging'], intent: 'policy' },
    { firm: 'bakery', q: 'can i use my own whatsapp to send customers their order photos', has: ['Using new apps and tools', 'Ask Maggie Thornton'], intent: 'policy' },
    { firm: 'hearing', q: 'can i use chatgpt to tidy up my clinic letters', has: ['New software and apps', 'Helen Marchetti'], intent: 'policy' },
    { firm: 'bakery', q: 'can we use deputy for rota swaps?', has: ['Deputy'], not: ["can't find"] },
  ]);
});

describe('"who set up X and can they get into it remotely?": the second question, after "can", answered too, "it" being X and "they" whoever gets in', () => {
  cases([
    // Failed before this round (the entry alone, or who has an account, never who reaches it).
    { firm: 'locksmith', q: 'who set up the job app and can they get into it from home?', has: ['ServiceM8:', 'Harbourside IT has access to ServiceM8'] },
    { firm: 'park', q: 'who supplies the tills and can they log into them remotely?', has: ['Epos Now:', 'Marram & Co has access to Epos Now'], not: ['have accounts with'] },
    // Passed before, kept as checks: a "can" second question that reads as a whole entry is not split off; a field question after "and" still is.
    { firm: 'plumber', q: 'where is commusoft data kept and can they see it', has: ['Pennine IT Support has access to Commusoft'], intent: 'access' },
    { firm: 'theatre', q: 'who looks after the box office system and how long do they keep it', has: ['Owen Mallory looks after Spektrix', 'Spektrix holds'], intent: 'owner' },
  ]);
});

describe('a detail a policy states, asked as what we must do by when or what becomes of a thing: the policy, not a supplier\'s entry', () => {
  cases([
    // Failed before this round (a supplier's retention or whole entry, or the policy only after it).
    { firm: 'caterer', q: 'how quickly do guest lists need deleting after the wedding', has: ['Guest lists and special diets', '3 months after the event'], intent: 'policy' },
    { firm: 'removals', q: 'how fast do job sheets need shredding', has: ['Job sheets and paperwork on the road', 'after 30 days'], intent: 'policy' },
    { firm: 'kennels', q: "a dog's vaccination card got left behind at collection, what happens to it", has: ['Checking vaccination records', 'hand the card back'], intent: 'policy' },
    // Passed before, kept as checks: the same shapes, already the policy; and where a supplier holds the answer.
    { firm: 'foodbank', q: 'how quickly do paper vouchers need to be shredded', has: ['Paper records and vouchers', '1 week'], intent: 'policy' },
    { firm: 'plumber', q: 'what happens to commusoft data when we leave', has: ['Commusoft'] },
  ]);
});

describe('"is <someone> watching where I drive?": the firm\'s policy on watching staff where it has one, else the tracker\'s entry', () => {
  cases([
    // Failed before this round (where the tracker stores its data).
    { firm: 'scaffolder', q: 'is the office tracking where i go at weekends in the van', has: ['Vehicle trackers', 'not for watching anyone live'], intent: 'policy' },
    // Passed before, kept as checks: a firm with no policy on it gets the tracker's entry; a tracker named by its own name is its entry.
    { firm: 'plumber', q: 'is karen tracking where i drive after work', has: ['Quartix'], not: ['Requests'] },
    { firm: 'scaffolder', q: 'is gary watching my driving on quartix', has: ['Quartix'] },
  ]);
});

describe('"is X counted as special category?": the policy sentence that says which data is, not a supplier that holds X', () => {
  cases([
    // Failed before this round (the supplier holding it first, its entry with no word of special category).
    { firm: 'driving', q: "is a pupil's epilepsy counted as special category?", has: ['are special category data'], intent: 'policy' },
    { firm: 'tutors', q: 'are ehcps classed as special category', has: ['SEN notes, EHCPs, diagnoses and medication details are special category data'], intent: 'policy' },
    // Passed before, kept as checks: a supplier named by its own name is its entry with the policy; the register-wide question stays a list.
    { firm: 'tattoo', q: 'are the health questionnaires in jotform special category?', has: ['Jotform', 'special category'] },
    { firm: 'driving', q: 'which suppliers hold special category data', has: ['Total Drive'], not: ['Health details a pupil tells us'] },
  ]);
});
