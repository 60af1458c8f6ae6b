import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-sixth round of work, situations: rounds 41 to 44's misses as
 * classes, written in new words on other example firms, and questions that must keep their right
 * answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    photo: 'foxglove-studio',
    software: 'northwind-digital',
    cinema: 'palace-picturehouse',
    nannies: 'little-acorns-nannies',
    escape: 'lockbox-escapes',
    physio: 'kestrel-physio',
    club: 'riverside-rovers-fc',
    nursery: 'puddleduck-nursery',
    funeral: 'hollins-funeral',
    lettings: 'ashcombe-lettings',
    guesthouse: 'saltings-guest-house',
  }),
);

describe("something of one person's sent to another, or left and now gone: the breach policy with its time", () => {
  cases([
    // Failed before this round (a supplier's entry, or the policy on doing it right).
    { firm: 'photo', q: 'ugh i emailed the wedding gallery link for one couple to a completely different couple', has: ['Reporting a data breach', 'within 24 hours'], intent: 'policy' },
    { firm: 'software', q: 'accidentally forwarded one clients export to another client', has: ['Reporting a security incident or data breach', 'within 2 hours'], not: ["Access to clients' production data:"], intent: 'policy' },
    { firm: 'escape', q: 'left the waiver folder at the corporate venue and now its missing', has: ['Reporting a data breach', 'within 24 hours'], not: ['Smartwaiver:'], intent: 'policy' },
    { firm: 'guesthouse', q: 'sent the booking confirmation to a different guest by accident', has: ['Reporting a data breach'], not: ['Little Hotelier:'], intent: 'policy' },
    // Passed before, kept as checks: everyone in cc, the same told another way.
    { firm: 'cinema', q: 'oops sent the members newsletter with all the emails in cc not bcc', has: ['Reporting a data breach', 'within 24 hours'], intent: 'policy' },
    { firm: 'nannies', q: 'i sent one familys nanny profile pack to the wrong family', has: ['Reporting a data breach'], intent: 'policy' },
    // Accepted: a rule asked, a list sent to, or cc asked about, is no slip.
    { firm: 'photo', q: 'can i send the gallery link to the other parent too', has: ['Sharing photos and details with others'], not: ['Reporting a data breach:'] },
    { firm: 'cinema', q: 'i sent the newsletter to the other members list yesterday, how long do we keep the list', has: ['How long we keep records'], not: ['Reporting a data breach:'] },
    { firm: 'cinema', q: 'should the members newsletter go out in cc or bcc', has: [], not: ['Reporting a data breach:'] },
  ]);
});

describe("harm to a child or an adult at risk, told or seen: the safeguarding policy, with whom to tell", () => {
  cases([
    // Failed before this round (no answer).
    { firm: 'nannies', q: 'the little boy i look after said his dad hits him', has: ['Safeguarding children', 'Philippa Hargreaves'], intent: 'policy' },
    { firm: 'club', q: 'a lad in the under 12s said his dad hits him', has: ['Safeguarding concerns', 'tell Des'], intent: 'policy' },
    { firm: 'cinema', q: 'an elderly regular came in with bruises all over his face and says theres no food in at home', has: ['Safeguarding children and vulnerable adults', 'Owen Pritchard'], intent: 'policy' },
    // Passed before, kept as checks: a secret told, said not to tell.
    { firm: 'cinema', q: 'a boy at kids club told me his mums boyfriend hits him and said not to tell anyone', has: ['Safeguarding children and vulnerable adults', 'Owen Pritchard'], intent: 'policy' },
    // Accepted: a knock, a door, or an empty fridge is no concern.
    { firm: 'nursery', q: "there's no food in the fridge for lunch, who orders it", has: [], not: ['Recording safeguarding concerns:'] },
    { firm: 'club', q: 'the ball hit him in the face, do we fill in an accident form', has: [], not: ['Safeguarding concerns:'] },
  ]);
});

describe('someone asking for copies of what we recorded of them, or a solicitor for their records: the requests policy', () => {
  cases([
    // Failed before this round (a policy on the thing, or a supplier's entry).
    { firm: 'photo', q: 'a bride emailed asking for copies of all the photos we have of her', has: ['Requests from clients and parents about their data', 'one month'], not: ['Sharing photos and details with others:'], intent: 'policy' },
    { firm: 'physio', q: 'a solicitor has written asking for a patients treatment notes for a personal injury claim', has: ['Patients asking for a copy of their notes', 'one calendar month'], not: ['Cliniko:'], intent: 'policy' },
    { firm: 'escape', q: 'a player messaged asking for all the room camera videos we kept of him', has: ['Customers asking for their data or to be deleted', 'forward the request to Nadia'], not: ['Calder Valley Security:'], intent: 'policy' },
    { firm: 'lettings', q: "the landlord's solicitor wants the tenancy file", has: ["Requests for a copy of someone's data"], not: ['Requests to delete data:'], intent: 'policy' },
    // Accepted: photos of a place, or a parent's photos, and how long notes are kept, are no one's request for their own data.
    { firm: 'photo', q: 'the client wants all the photos we took of the venue', has: ['Sharing photos and details with others'], not: ['Requests from clients and parents about their data:'] },
    { firm: 'funeral', q: 'the family wants copies of all the photos we have of their mum for the service', has: ['Photographs and social media'], not: ["Requests for a copy of someone's information:"] },
    { firm: 'physio', q: 'how long do we keep patients treatment notes', has: ['Cliniko'], not: ['Patients asking for a copy of their notes:'] },
  ]);
});

describe('a login asked for or lent, what a password must be, whether two-step must be on: the passwords policy', () => {
  cases([
    // Failed before this round (the policy on what the login is for, or the supplier's fact alone).
    { firm: 'nannies', q: 'an au pair asked for my refstream login so she can check her references, ok to give it', has: ['Passwords and two-step sign-in', 'three random words'], not: ['Vetting nannies and au pairs'], intent: 'policy' },
    { firm: 'nannies', q: 'do we have to have two step on for google workspace', has: ['Google Workspace: two-factor authentication is enforced', 'Passwords and two-step sign-in'] },
    // Passed before, kept as checks: a password's length asked, another's login borrowed.
    { firm: 'cinema', q: 'just started, how many characters does my password have to be', has: ['Logins, passwords and two-step sign-in'], intent: 'policy' },
    { firm: 'escape', q: 'the new game master wants to borrow someone elses resova login for tonight', has: ['Passwords, logins and venue devices', 'never share it'] },
    // Accepted: how long a client's gallery password lasts, and the wifi password, are no rule on our logins.
    { firm: 'photo', q: 'how long does the gallery password last', has: ['Pixieset'], not: ['Laptops, phones and passwords:'] },
    { firm: 'cinema', q: 'whats the wifi password for the office', has: ['Rosalind Fenwick'], not: ['Logins, passwords and two-step sign-in:'] },
  ]);
});
