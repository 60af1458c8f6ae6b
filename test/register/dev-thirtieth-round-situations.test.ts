import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirtieth round of work, situations: rounds 53 to 55's misses that tell a situation, as classes,
 * written in new words on other example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    pottery: 'kilnworks-pottery',
    windows: 'crystal-clear-windows',
    sweeps: 'sootbusters-sweeps',
    vineyard: 'hollowfield-vineyard',
    aquatics: 'reefside-aquatics',
    pest: 'kingsmead-pest-control',
    funeral: 'hollins-funeral',
    festival: 'meadowlark-festival',
    driving: 'ridgeway-driving',
    icecream: 'tutti-ice-cream',
    village: 'ashby-parva-stores',
    storage: 'stowaway-storage',
    bridal: 'ivory-lace-bridal',
    nannies: 'little-acorns-nannies',
    transport: 'careway-transport',
    boats: 'towpath-narrowboats',
  }),
);

describe('one of our accounts taken over, told by its signs: the breach policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'pottery', q: 'i think somebodys got into our facebook page, its messaging people links', has: ['When personal data goes astray'], intent: 'policy' },
    { firm: 'pottery', q: 'there are posts on our instagram we never made, have we been hacked', has: ['When personal data goes astray'], intent: 'policy' },
    { firm: 'windows', q: 'somebodys logged into the business gmail and its sending spam to customers', has: ['Reporting a data breach'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'windows', q: 'where does google workspace keep our emails', has: ['Google Workspace'], not: ['Reporting a data breach:'] },
    { firm: 'pottery', q: 'how many posts did we put on instagram last month', has: [], not: ['When personal data goes astray:'] },
  ]);
});

describe('a member of staff finishing, asked what needs turning off: the policy on leavers', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'sweeps', q: 'dave finishes next friday, what needs switching off', has: ['When someone leaves'], intent: 'policy' },
    { firm: 'vineyard', q: 'sarah finishes this week, what needs cancelling', has: ['Leavers and seasonal staff'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'sweeps', q: 'the customer finishes on friday, what needs doing', has: [], not: ['When someone leaves:'] },
  ]);
});

describe('a newcomer with no login yet asked to use the asker\'s: the passwords policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'aquatics', q: 'new girl hasnt got a login yet, can she just use mine this week', has: ['Passwords and two-step sign-in'], intent: 'policy' },
    { firm: 'sweeps', q: 'the new lad hasnt got a login yet, can he use mine today', has: ['Passwords and two-step sign-in'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'aquatics', q: 'the new girl hasnt got a uniform yet, can she borrow mine', has: [], not: ['Passwords and two-step sign-in:'] },
    { firm: 'sweeps', q: 'can the new lad use my van for today', has: [], not: ['Passwords and two-step sign-in:'] },
  ]);
});

describe('whether the work van knows where staff go at weekends: the trackers policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'windows', q: 'does the van know where i drive on a sunday', has: ['Van cameras and trackers'], intent: 'policy' },
    { firm: 'pest', q: 'the lads want to know if the van knows where they go at weekends', has: ['Van trackers'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'pest', q: 'where are the vans tracked data stored', has: ['Verizon Connect'], not: ['Van trackers:'] },
  ]);
});

describe('someone asking for everything we hold on them: the policy on requests for one\'s data', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'pottery', q: 'a customer rang, she wants to know everything we have got on her', has: ['When someone asks for their data'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'pottery', q: 'a student emailed saying delete everything, what do i do', has: ['When someone asks for their data'], intent: 'policy' },
  ]);
});

describe('a relative asking after someone\'s booking, and whether to tell: the policy on talking to others about people', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'funeral', q: 'a daughter rang asking about her dads booking, can i tell her', has: ['Talking to relatives and other callers'], intent: 'policy' },
  ]);
});

describe('one of our systems down, or work asked lost with it: the backups policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'festival', q: 'the ticketing system wont load and the gates open in an hour', has: ['Backups and offline lists'], intent: 'policy' },
    { firm: 'festival', q: 'the website has gone down, what do we do', has: ['Backups and offline lists'], intent: 'policy' },
    { firm: 'festival', q: "the office laptop won't turn on, have we lost everything", has: ['Backups and offline lists'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'festival', q: "the generator won't start", has: [], not: ['Backups and offline lists:'] },
    { firm: 'festival', q: 'does skiddle keep data outside the uk', has: ['Skiddle'], not: ['Backups and offline lists:'] },
  ]);
});

describe('someone\'s health told in passing, and where to note it: the policy on health information', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'driving', q: 'a pupil mentioned he has epilepsy, where should i record it', has: ["Pupils' health and eyesight"], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'driving', q: 'a pupil said she has a dentist appointment, where do i put that in the diary', has: ['Total Drive'], not: ["Pupils' health and eyesight:"] },
    { firm: 'icecream', q: 'what allergens are in the mint choc chip', has: [], not: ['Allergy and dietary information for events:'] },
  ]);
});

describe('a work phone left or dropped and gone, told as a story: the policy on lost devices', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'windows', q: 'left my work phone on the roof of the car and drove off', has: ['Work phones, tablets and the van'], intent: 'policy' },
    { firm: 'sweeps', q: "left the work phone on a customer's wall and drove off", has: ['Lost or stolen phones, tablets and laptops'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'sweeps', q: "left a message on the customer's phone, no reply", has: [], not: ['Lost or stolen phones, tablets and laptops:'] },
  ]);
});

describe('work mail on one\'s own phone: the policy on staff\'s own devices', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'village', q: 'can i get the shop emails on my personal phone', has: ['Shop devices and your own phone'], intent: 'policy' },
    { firm: 'storage', q: 'can i get work emails on my own iphone', has: ['Phones, tablets, PCs and scanners'], intent: 'policy' },
    { firm: 'bridal', q: 'can i get work emails on my own iphone', has: ['iPads, phones and the shop laptop'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'boats', q: 'can i get work emails on my own iphone', has: ['Using your own phone for work'], intent: 'policy' },
    { firm: 'transport', q: 'can i get work emails on my own android', has: ['Personal phones and messaging apps'], intent: 'policy' },
  ]);
});

describe('something sent to "the wrong" someone by name: the breach policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'pottery', q: 'oh no i just emailed the invoice to the wrong dave', has: ['When personal data goes astray'], intent: 'policy' },
    { firm: 'nannies', q: 'just texted the rota to the wrong emma', has: ['Reporting a data breach'], intent: 'policy' },
    // Accepted neighbours that must keep their answers.
    { firm: 'transport', q: 'i just emailed a passengers booking to the wrong mike, what do i do', has: ['Reporting a data breach'], intent: 'policy' },
  ]);
});
