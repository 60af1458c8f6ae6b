import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-ninth round of work, situations: rounds 24 to 52's misses that tell a situation, as
 * classes, written in new words on other example firms, and questions that must keep their right answers. For tuning, like
 * dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    windows: 'crystal-clear-windows',
    vineyard: 'hollowfield-vineyard',
    sweeps: 'sootbusters-sweeps',
    photo: 'brightframe-weddings',
    icecream: 'tutti-ice-cream',
    launderette: 'sudsworth-launderette',
    kennels: 'thistledown-kennels',
    garage: 'marshgate-motors',
    guesthouse: 'saltings-guest-house',
    repairs: 'fixpoint-repairs',
    funeral: 'hollins-funeral',
    ebikes: 'spokesmith-ebikes',
    storage: 'stowaway-storage',
    climbing: 'crux-climbing',
    gym: 'copperbeech-fitness',
    brewery: 'tidewell-brewery',
    pest: 'kingsmead-pest-control',
    deli: 'oakhill-pantry',
    pottery: 'kilnworks-pottery',
    removals: 'thackeray-removals',
    football: 'riverside-rovers-fc',
    swim: 'ripple-swim-school',
    parties: 'bouncealot-parties',
    karate: 'tenshin-karate',
  }),
);

describe('a member of staff leaving, asked what becomes of their logins or what needs doing: the firm\'s one policy on leavers', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'vineyard', q: 'tom is finishing up next week, what happens to his accounts?', has: ['Leavers and seasonal staff'], intent: 'policy' },
    { firm: 'vineyard', q: 'the pickers finish friday, what happens to their accounts', has: ['Leavers and seasonal staff'], intent: 'policy' },
    { firm: 'sweeps', q: 'one of the sweeps handed his notice in, what do i need to sort', has: ['When someone leaves'], intent: 'policy' },
    { firm: 'photo', q: 'our second shooter quit yesterday, what needs doing with her logins', has: ['When someone leaves the studio'], not: ['Passwords and two-step sign-in:'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'sweeps', q: 'a customer is moving away, what needs doing', has: [], not: ['When someone leaves:'] },
    { firm: 'vineyard', q: 'how long do we keep the tasting bookings', has: ['FareHarbor'], not: ['Leavers and seasonal staff:'] },
  ]);
});

describe('one password for two systems, or a colleague asking to use one\'s login: the passwords policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'windows', q: 'ok to use the same password for xero and my email?', has: ['Passwords and two-step sign-in'], not: ['Xero: The'], intent: 'policy' },
    { firm: 'photo', q: 'can i use the same password for pixieset and dropbox', has: ['Passwords and two-step sign-in'], not: ["I can't find dropbox"], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'windows', q: 'where does xero store our data', has: ['Xero'], not: ['Passwords and two-step sign-in:'] },
    { firm: 'climbing', q: 'who looks after rock gym pro', has: ['Priya Desai'], not: ['Passwords, logins and shared devices:'] },
  ]);
});

describe('someone asking us to wipe their details, told in everyday words: the firm\'s one policy on deletion requests', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'icecream', q: "lady at the van wants all her details deleted now the wedding's done, can i just do it", has: ['When someone asks for their data or to be deleted'], not: ['Photos and videos at school fairs'], intent: 'policy' },
    { firm: 'launderette', q: 'guy at the counter wants his details wiped, can i just do it?', has: ['Customers asking for their data or to be deleted'], not: ['Logins, PINs and the counter tablet:'], intent: 'policy' },
    { firm: 'kennels', q: 'a customer wants his account deleted now his dog has passed, what do i do', has: ['Customers asking for their data or for it to be deleted'], not: ['Photos of dogs on social media:'], intent: 'policy' },
    { firm: 'garage', q: 'a customer wants his details wiped now the car is sold', has: ['Customers asking for their data, corrections or deletion'], not: ['Reporting a data breach:'], intent: 'policy' },
    { firm: 'guesthouse', q: 'a guest wants us to erase everything we have on her', has: ['When a guest asks us to delete their details'], not: ['When a guest asks for a copy of their data:'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'repairs', q: 'customer wants us to wipe her phone before trade in', has: ['Trade-ins and wiping'], not: ['Subject access and deletion requests:'] },
  ]);
});

describe('a third party asking a detail of someone\'s job, and whether to tell them: the policy on talking to others', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'funeral', q: "the vicar's on the phone asking what time the service is, can i tell him", has: ['Talking to relatives and other callers'], not: ['Bowland IT:'], intent: 'policy' },
    { firm: 'funeral', q: 'the undertaker from another firm rang asking the date, can i tell him', has: ['Talking to relatives and other callers'], intent: 'policy' },
    { firm: 'ebikes', q: 'a man rang asking where his wife rode the bike yesterday, can i tell him', has: ['Police and other people asking about a customer'], not: ['GPS trackers on the hire bikes:'], intent: 'policy' },
    { firm: 'storage', q: 'a woman rang asking if her husband has a unit here, can i tell her', has: ['Police, suspicious units and welfare concerns'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'funeral', q: 'what does halo funeral software hold', has: ['Halo'], not: ['Talking to relatives and other callers:'] },
  ]);
});

describe('a message that seemed genuine asked for a login: the policy on suspicious emails, or else the breach policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'climbing', q: 'got an email pretending to be from the bank and it asked for my password, i typed it in', has: ['Reporting a data breach'], not: ['Passwords, logins and shared devices:'], intent: 'policy' },
    { firm: 'gym', q: 'clicked a link in a text saying it was from royal mail and it asked for my email login', has: ['Suspicious emails, texts and calls'], not: ['Passwords and two-step sign-in:'], intent: 'policy' },
    { firm: 'brewery', q: 'opened an email from dpd and it wanted my microsoft password, i put it in', has: ['Fake invoices and suspicious emails'], not: ['DPD: Delivering'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'pest', q: 'the xero app asked for my password again, is that normal', has: [], not: ['Reporting a data breach:'] },
  ]);
});

describe('someone asking to come off our marketing, and how fast: the marketing policy, not the one on deleting all their data', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'ebikes', q: 'a customer replied to the newsletter asking to be taken off, how quickly do i have to do it', has: ['Newsletter and marketing emails'], not: ['Customers asking for their data or to be deleted:'], intent: 'policy' },
    { firm: 'deli', q: 'a customer asked to be taken off the mailing list, how fast', has: ['Marketing opt-outs'], not: ['Customers asking for their data or for it to be deleted:'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'ebikes', q: 'how do people sign up to the newsletter', has: ['Newsletter and marketing emails'] },
  ]);
});

describe('relatives at odds over a decision: the firm\'s one policy on who alone may decide', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'removals', q: "two sisters are fighting over who gets their late mum's furniture out of storage, what do we do", has: ['Who can collect or visit goods in storage'], not: ['Passwords and tablets:'], intent: 'policy' },
    { firm: 'funeral', q: "the family can't agree on the music, who do we listen to", has: ['Talking to relatives and other callers'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'removals', q: 'who can see van tracking data', has: ['Quartix'], not: ['Who can collect or visit goods in storage:'] },
  ]);
});

describe('someone asking to see what is on their own file: the policy on requests for one\'s own data', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'removals', q: "a porter wants to see what's on his file, can i email it", has: ['When a customer asks for their data'], not: ['Job sheets and paperwork on the road:'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'climbing', q: "a member wants to see what's in her record, do i just print it", has: ['Requests to see, correct or delete personal data'] },
  ]);
});

describe('a list or file sent to someone in place of the one meant: the breach policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'storage', q: 'i just emailed the tenant list to the locksmith instead of jo', has: ['Reporting a data breach'], not: ['Marketing emails, texts and consent:'], intent: 'policy' },
    { firm: 'photo', q: 'sent the shot list to the florist instead of the bride, oops', has: ['Reporting a data breach'], not: ['Pixieset: Online'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'removals', q: 'sent the van to the depot instead of the yard this morning', has: [], not: ['Reporting a data breach:'] },
    { firm: 'windows', q: 'can i send the invoice to the accountant instead of the customer', has: ['Holroyd & Lees'], not: ['Reporting a data breach:'] },
  ]);
});

describe('a paper with people\'s details left or dropped out of our hands: the breach policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'sweeps', q: 'i dropped a job sheet somewhere on the high street today', has: ['Reporting a data breach'], not: ['Job sheets and paperwork in the vans:'], intent: 'policy' },
    { firm: 'removals', q: "left the inventory sheets at the customer's house yesterday", has: ['Reporting a data breach'], not: ['MoveMan: Removals'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'swim', q: 'i left the register at the pool', has: ['Printed registers at the pool'], not: ['Reporting a data breach:'] },
    { firm: 'football', q: 'left the match day register on the bus home', has: ['Reporting a data breach'] },
  ]);
});

describe('someone hurt, and what paperwork follows: the firm\'s one policy titled on accidents or injuries', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'parties', q: 'a child fell off the castle at a party today, is there a form', has: ['Accidents and injuries at parties'], not: ['Google Workspace: Office'], intent: 'policy' },
    { firm: 'swim', q: 'a child slipped on the poolside and cut her knee, what now', has: ['Accident and incident records'], not: ['Safeguarding concerns and disclosures:'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'karate', q: 'my back is hurt, can i skip class', has: [], not: ['Injuries and accidents:'] },
    { firm: 'climbing', q: 'where do we keep first aid records', has: ['Pennant Sports Insurance'] },
  ]);
});
