import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-eighth round of work, situations: rounds 47 to 49's misses that tell a situation, as
 * classes, written in new words on other example firms, and questions that must keep their right answers. For tuning, like
 * dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    windows: 'crystal-clear-windows',
    cinema: 'palace-picturehouse',
    football: 'riverside-rovers-fc',
    pest: 'kingsmead-pest-control',
    pottery: 'kilnworks-pottery',
    storage: 'stowaway-storage',
    holidays: 'heronsfield-holiday-park',
    removals: 'thackeray-removals',
    shop: 'ashby-parva-stores',
    nannies: 'little-acorns-nannies',
    dance: 'pirouette-dance-academy',
    swim: 'ripple-swim-school',
    guesthouse: 'saltings-guest-house',
    ebikes: 'spokesmith-ebikes',
    tattoo: 'inkwell-tattoo',
    garage: 'marshgate-motors',
    theatre: 'lantern-playhouse',
    repairs: 'fixpoint-repairs',
    marina: 'kingfisher-marina',
    nursery: 'puddleduck-nursery',
    recycling: 'reboot-recycling',
    deli: 'oakhill-pantry',
    farm: 'appleyard-farm-shop',
    climbing: 'crux-climbing',
    print: 'northgate-print',
    haulage: 'redway-haulage',
    photo: 'brightframe-weddings',
  }),
);

describe('one of our accounts taken over, told by its signs (someone got in, posts nobody made, spam sent, a dodgy link clicked): the breach policy, or the one on dodgy emails for a link', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'windows', q: 'reckon somebody has got into our facebook page, it\'s posting adverts for sunglasses', has: ['Reporting a data breach'], not: ['Photos and video at customers'], intent: 'policy' },
    { firm: 'cinema', q: 'strange messages keep going out from the box office email to our members', has: ['Reporting a data breach'], not: ['Kinolta: Box office'], intent: 'policy' },
    { firm: 'football', q: 'i think a hacker got into the club instagram, can\'t log in any more', has: ['Reporting a data breach'], not: ['Facebook and Instagram: The club'], intent: 'policy' },
    { firm: 'pest', q: 'pressed a link in a text about a parcel and now my work email is sending junk to customers', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'storage', q: 'someone has logged into our website account and changed things', has: ['Reporting a data breach'], not: ['Xero: The company'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'pottery', q: 'clicked on a weird link in an email pretending to be from the bank, what now', has: ['Dodgy emails and messages'], not: ['When personal data goes astray:'], intent: 'policy' },
    { firm: 'football', q: 'who runs the club instagram', has: ['Facebook and Instagram'], not: ['Reporting a data breach:'] },
    { firm: 'storage', q: 'someone got into a unit last night', has: [], not: ['Reporting a data breach:'] },
  ]);
});

describe('someone leaving, asked when their logins go: the firm\'s one policy on leavers', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'holidays', q: 'the seasonal cleaners finish at the end of october, when do their accounts get closed?', has: ['Passwords, two-step sign-in and leavers'], not: ['Marram & Co'], intent: 'policy' },
    { firm: 'pottery', q: 'our summer assistant is leaving on the 30th, will she lose her email access that day?', has: ['When someone leaves'], not: ['When personal data goes astray:'], intent: 'policy' },
    { firm: 'photo', q: 'lewis\'s last day is next friday, when does his login get switched off', has: ['When someone leaves the studio'], not: ['Studio Ninja: Client'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'holidays', q: 'how long do we keep the guest register', has: ['guest'], not: ['Passwords, two-step sign-in and leavers:'] },
  ]);
});

describe('a work vehicle used on one\'s own errand, asked whether it is tracked: the policy on trackers', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'windows', q: 'going to use the van to help my sister move house at the weekend, will the tracker log it?', has: ['Van cameras and trackers'], intent: 'policy' },
    { firm: 'pest', q: 'can i take the work van to the garden centre on my day off, does it show where i went', has: ['Van trackers'], not: ['Lost or stolen phones, tablets and vans:'], intent: 'policy' },
    { firm: 'removals', q: 'borrowing a van for a personal trip on sunday, is it tracked', has: ['Van tracking'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'removals', q: 'who can see van tracking data', has: ['Quartix'] },
  ]);
});

describe('where to save our own file so it is kept: the backups policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'shop', q: 'where should i keep the new staff rota so it doesn\'t go missing', has: ['Backups of the back-office PC'], intent: 'policy' },
    { firm: 'cinema', q: 'where do we save the film booking spreadsheet so that it\'s backed up', has: ['Backups of the office PC and shared drive'], intent: 'policy' },
    { firm: 'football', q: 'where shall i put the fixture list file so we don\'t lose it', has: ['Club records and backups'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'cinema', q: 'where is kinolta data stored', has: ['Kinolta'], not: ['Backups of the office PC and shared drive:'] },
  ]);
});

describe('an ID photographed on one\'s own phone: the policy that says never to copy ID, where there is no policy on personal phones', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'guesthouse', q: 'a guest from germany looks about 17, can i snap a photo of her passport on my mobile?', has: ['Registering overseas guests'], not: ['Morston Seal Trips'], intent: 'policy' },
    { firm: 'ebikes', q: 'ok to take a quick picture of the hirer\'s licence with my phone?', has: ['ID checks before a hire'], not: ['Onfido: Identity'], intent: 'policy' },
    { firm: 'tattoo', q: 'can i take a photo of her id on my phone before the tattoo', has: ['ID and age checks'], not: ['Photos of work and social media:'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'tattoo', q: 'can i take a photo of the tattoo on my phone for instagram', has: ['Photos of work and social media'], not: ['ID and age checks:'] },
  ]);
});

describe('someone else on my login: the passwords policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'football', q: 'the new assistant coach wants to log in with my account for a bit, is that ok', has: ['Passwords and two-step sign-in'] },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'shop', q: 'can the new lad go on my till login until his is set up', has: ['Till PINs, Horizon logins and passwords'] },
    { firm: 'holidays', q: 'could the temp use my password for the booking system today', has: ['Passwords, two-step sign-in and leavers'] },
    { firm: 'holidays', q: 'can the new receptionist share my login', has: ['Passwords, two-step sign-in and leavers'] },
  ]);
});

describe('someone\'s details wrong and asked put right: the policy on requests that says it corrects them', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'garage', q: 'customer rang, says his address is wrong on his invoice and wants it updated', has: ['Customers asking for their data, corrections or deletion'], not: ['Reporting a data breach:'], intent: 'policy' },
    { firm: 'storage', q: 'a tenant emailed saying we\'ve got her surname spelt wrong, she wants it fixed and a copy of her file', has: ['Subject access and other requests about personal data'], not: ['Reporting a data breach:'], intent: 'policy' },
    { firm: 'pottery', q: 'a student says we spelt her name wrong on the certificate', has: ['When someone asks for their data'], not: ['When personal data goes astray:'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'football', q: 'a parent says the team sheet has the wrong kick off time', has: [], not: ['Requests for someone'] },
    { firm: 'guesthouse', q: 'a guest says her email is wrong on the booking', has: [], not: ['When a guest asks for a copy of their data:'] },
  ]);
});

describe('children\'s photos to post where a policy titled for photos says children: that policy', () => {
  cases([
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'nannies', q: 'can i put the pics from the teddy bears picnic on our facebook page, the children had a lovely time', has: ['Photos of children and social media'], intent: 'policy' },
    { firm: 'swim', q: 'can i share some photos of the kids at the gala on the website', has: ['Photos and videos of children'], intent: 'policy' },
  ]);
});

describe('a child telling something vague that worries the asker: the safeguarding policy', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'dance', q: 'one of my little dancers said something about her dad today that\'s bothering me, what should i do', has: ['Safeguarding and disclosures'], intent: 'policy' },
    { firm: 'football', q: 'a lad in the under 11s told me something after training and i\'m worried', has: ['Safeguarding concerns'], not: ['Spond: Team'], intent: 'policy' },
    { firm: 'swim', q: 'one of the children mentioned something at the pool that made me uneasy, who do i tell', has: ['Safeguarding concerns and disclosures'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'shop', q: 'the paper boy told me his bike was stolen, i\'m worried', has: [], not: ['Paper-round staff and safeguarding:'] },
    { firm: 'swim', q: 'a child told me she can swim 25 metres now', has: [], not: ['Safeguarding concerns and disclosures:'] },
  ]);
});

describe('someone new offering to help with a class or a group: the policy on checks for helpers', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'football', q: 'my brother would like to help out with the under 9s training, can he start saturday?', has: ['DBS checks for coaches and volunteers'], intent: 'policy' },
    { firm: 'nannies', q: 'my neighbour wants to help with the toddler group tomorrow, is that alright', has: ['Vetting nannies and au pairs'], intent: 'policy' },
    { firm: 'theatre', q: 'a parent offered to help with the youth theatre rehearsals, can she just come along', has: ['Safeguarding children and young people'], not: ['ClassForKids: Youth'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'football', q: 'my mate wants to join the club, how does he sign up', has: [], not: ['DBS checks for coaches and volunteers:'] },
  ]);
});

describe('the regression hunt\'s important answers: improvements it found, and what must keep its answer', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'marina', q: 'someone got into the marina email and is sending invoices', has: ['Reporting a data breach'], not: ['Google Workspace: Email'], intent: 'policy' },
    { firm: 'deli', q: 'clicked a dodgy link in an email from a supplier', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'nursery', q: 'a child said something that worried me at pick up', has: ['Recording safeguarding concerns'], not: ['Collecting children:'], intent: 'policy' },
    { firm: 'recycling', q: 'using the van for a personal trip, will it be logged', has: ['Van tracking and dashcams'], intent: 'policy' },
    { firm: 'farm', q: 'where do i save the egg orders so they don\'t get lost', has: ['Backups of the office files'], intent: 'policy' },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'repairs', q: 'a customer\'s phone has weird messages going out, can we fix it', has: [], not: ['Reporting a data breach:'] },
    { firm: 'marina', q: 'someone\'s got into a boat on the pontoon', has: [], not: ['Reporting a data breach:'] },
    { firm: 'pest', q: 'a customer says her address is wrong on the report', has: [], not: ['When a customer asks about their data:'] },
  ]);
});

describe('a one-word alias that is the first word of the supplier\'s name, where a place is said (\'at a wall in Calder today\'): the place, not the supplier', () => {
  cases([
    // Failed before this round (on main before it).
    { firm: 'climbing', q: 'left the route setting laptop at a wall in calder today and it\'s gone', has: ['Reporting a data breach'], not: ['Calder Security:'], intent: 'policy' },
    { firm: 'print', q: 'dropped a folder of customer proofs at a job in calder yesterday', has: [], not: ['Calder Accountancy:'] },
    // Passed before, kept as checks, or accepted neighbours that must keep their answers.
    { firm: 'haulage', q: 'does calder keep footage', has: ['Calder Security'] },
    { firm: 'print', q: 'does calder have our payroll data', has: ['Calder Accountancy'] },
    { firm: 'climbing', q: 'is our footage stored in calder', has: ['Calder Security'] },
  ]);
});
