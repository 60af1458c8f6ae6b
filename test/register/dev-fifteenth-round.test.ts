import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fifteenth round of work: round 14's misses as classes, written in
 * new words on other example firms (the lawful basis of an activity, review dates passed asked as a "GDPR review", copies of a kind
 * of data, whose data it is said in the possessive, an erasure request with "do we have to?"), and
 * questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    driving: 'ridgeway-driving',
    photographer: 'lumen-lark',
    physio: 'kestrel-physio',
    plumber: 'tolley-plumbing',
    opticians: 'brightwater-opticians',
    gym: 'copperbeech-fitness',
    brewery: 'tidewell-brewery',
  }),
);

describe('the lawful basis of an activity is that of the supplier doing it, not of one a stray word names', () => {
  cases([
    // Failed before this round (the practice system's entry, found by one word, answered).
    { firm: 'opticians', q: 'lawful basis for texting patients when their eye test is due', has: ['Twilio', 'Legitimate interests for recall reminders'], intent: 'lawful-basis' },
    { firm: 'driving', q: "what's the legal basis for texting pupils the day before their lesson", has: ['Textlocal'], not: ['Total Drive'], intent: 'lawful-basis' },
    // Passed before, kept as checks.
    { firm: 'plumber', q: "what's our legal basis for getting customer reviews after a job", has: ['Checkatrade', 'Legitimate interests'], intent: 'lawful-basis' },
    { firm: 'plumber', q: "what's the lawful basis for checking the engineers' licences", has: ['Licence Bureau'], intent: 'lawful-basis' },
  ]);
});

describe('a GDPR review asked after by that name is the statements\' review date', () => {
  cases([
    // Failed before this round ("don't know").
    { firm: 'driving', q: 'whose gdpr reviews are late', has: ['past their review date', 'Textlocal'], intent: 'statement' },
    { firm: 'driving', q: 'any data protection reviews overdue', has: ['past their review date', 'Textlocal'], intent: 'statement' },
    // Passed before, kept as a check.
    { firm: 'driving', q: 'whose gdpr statement is overdue for review', has: ['Textlocal'], intent: 'statement' },
  ]);
});

describe('copies of a kind of data are that data: every supplier holding it is listed', () => {
  cases([
    // Failed before this round (DVSA, whose entry says "driving licence number", left out).
    { firm: 'driving', q: "which suppliers keep copies of pupils' licences", has: ['Total Drive', 'DVSA', 'Collingwood Insurance'] },
  ]);
});

describe("whose data it is, said in the possessive, is not a supplier asked after", () => {
  cases([
    // Failed before this round (answered with the freelancers themselves).
    { firm: 'photographer', q: "which suppliers have freelancers' contracts", has: ['Google Workspace'], not: ['We use Freelance second shooters'] },
    { firm: 'photographer', q: "what systems hold freelancers' agreements", has: ['Google Workspace'], not: ['Freelance second shooters:'] },
  ]);
});

describe('an erasure request with "do we have to?" gets the policy on what must be kept', () => {
  cases([
    // Failed before this round ("don't know", or the access-request policy).
    { firm: 'plumber', q: 'customer wants us to delete his details, do we have to', has: ['6 years'], intent: 'policy' },
    { firm: 'physio', q: 'patient wants us to delete all her notes, do we have to?', has: ['8 years'], intent: 'policy' },
    { firm: 'opticians', q: 'patient wants us to delete all his records, do we have to?', has: ['10 years'], intent: 'policy' },
    // Passed before, kept as checks: a deletion policy of its own still answers.
    { firm: 'gym', q: 'member wants us to delete all her stuff, do we have to', has: ['asks us to delete'], intent: 'policy' },
    { firm: 'brewery', q: 'customer wants us to delete all his details, do we have to?', has: ['asks us to delete'], intent: 'policy' },
  ]);
});
