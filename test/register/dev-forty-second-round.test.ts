import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's forty-second round: the classes rounds 75–77 (new firms) found missed, written on
 * example firms other than the misses' where the class allows, each beside a question of like words that keeps its
 * right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    removals: 'thackeray-removals',
    clearances: 'hearthside-clearances',
    divers: 'bluehole-divers',
    karate: 'tenshin-karate',
    sweeps: 'sootbusters-sweeps',
    dogs: 'wagwise-dog-training',
    mechanics: 'marlow-mobile-mechanics',
    pta: 'willowmere-primary-pta',
    physio: 'kneadwell-sports-massage',
    pest: 'kingsmead-pest-control',
    kitchens: 'oakframe-kitchens',
    inventories: 'keyline-inventories',
    allotments: 'hollowbrook-allotments',
    salon: 'fernleigh-salon',
    photos: 'brightframe-weddings',
    podiatry: 'stepwell-podiatry',
    climbing: 'crux-climbing',
    cleaning: 'sparkle-bright-cleaning',
    accountants: 'trekim',
    crematorium: 'restwood-pet-crematorium',
    golf: 'fairwaygreen-golf-club',
    cottages: 'bramblecombe-holiday-cottages',
    barn: 'oxley-barn',
    farmshop: 'appleyard-farm-shop',
    osteo: 'alder-osteopathy',
    farrier: 'anvil-and-hoof-farriers',
    bakery: 'crumb-and-crust-bakery',
    discos: 'beatbox-discos',
    yoga: 'stillpoint-yoga',
    glazing: 'paneworks-glazing',
  }),
);

describe('how long a thing named in everyday words is kept: beside its entry, only what the policy says of its time', () => {
  cases([
    { firm: 'barn', q: 'how long is cctv footage kept', has: ['Verisure', '30 days', 'Footage is kept 30 days', 'Policy: cctv'], not: ['bridal suite', 'disclosure form'] },
    { firm: 'removals', q: 'how long is van tracker data kept', has: ['Quartix', '90 days', 'Policy:'] },
    // Kept: a story read as retention ("wipe it and flog it") keeps the whole policy, which says what to do.
    { firm: 'clearances', q: 'found a laptop in the back bedroom, son says just wipe it and flog it on ebay', has: ['Wharfe Valley'] },
  ]);
});

describe('a word for a person where a tool would be named ("whatever we hold on him") is never a tool', () => {
  cases([
    { firm: 'removals', q: 'an old customer wants a copy of whatever we hold on him. can i just email him his job sheet from moveman?', has: ['When a customer asks for their data'], not: ["can't find him"] },
    // Kept: the same request, told of her.
    { firm: 'divers', q: "a girl from last year's course wants a copy of everything we keep on her. can i just send her the file from bookeo?", has: ['Requests for personal data'] },
  ]);
});

describe('a minor in a story asking what to do: the one policy titled on the young', () => {
  cases([
    { firm: 'divers', q: 'a 15 year old on the open water course asked if he can add me on snapchat, is that ok', has: ['Junior divers (under 18)'] },
    // Kept: the same ask of an adult is no policy on the young.
    { firm: 'divers', q: 'a lady asked if she can add me on snapchat, is that ok', has: [], not: ['Junior divers'] },
  ]);
});

describe('a tool we do not hold, taken on', () => {
  cases([
    // A keyword said in full with the thing made on the tool ("facebook group") names it more nearly than "facebook" alone.
    { firm: 'dogs', q: 'thinking of making a facebook group for my reactive dog walkers, is that ok?', has: ['New apps and online tools'], not: ['Videos and photos of dogs'] },
    // An unnamed app of three words' description, clients got on it: the rule on new tools, and whom to ask.
    { firm: 'karate', q: "found a free belt grading tracker app, can i get the juniors' parents on it", has: ['Starting to use a new app', 'Helen Varga'] },
    // Others' use told, then leave asked: "use telegram, can we start messaging them on that".
    { firm: 'karate', q: 'some of the parents use telegram, can we start messaging them on that instead', has: ["can't find telegram", 'Helen Varga'] },
    { firm: 'sweeps', q: 'some of the lads use signal, can i start texting customers on it', has: ["can't find signal", 'Lynne Pugh'] },
  ]);
});

describe("a country the register writes by its two-letter code is said by name, the code kept ('IT' read as computers)", () => {
  cases([
    { firm: 'mechanics', q: 'where is tradify hosted', has: ['Australia (AU)', 'New Zealand (NZ)'], not: ['in AU'] },
    // Beside a region said as ever ("the US").
    { firm: 'mechanics', q: 'where is xero hosted', has: ['the US', 'Australia (AU)'] },
  ]);
});

describe('a supplier\'s role or statement asked loosely', () => {
  cases([
    { firm: 'mechanics', q: 'what are our accountants to us gdpr wise, processor or what', has: ['Penn & Harding is a recipient'], intent: 'role' },
    { firm: 'mechanics', q: 'have we got anything from tradify about gdpr', has: ["Tradify's GDPR statement is on file"], intent: 'statement' },
    // Kept: asked what they do for us, the entry.
    { firm: 'mechanics', q: 'what do our accountants do for us', has: ['Penn & Harding', 'year-end accounts'] },
  ]);
});

describe('an entry code sent to the wrong person: a breach first, then the rule on codes', () => {
  cases([
    { firm: 'mechanics', q: "just texted a customer's key safe code to the wrong number", has: ['Reporting a data breach', "Customers' keys, key safes and codes"] },
    // Kept: a code sent to the right person is the rule on codes alone.
    { firm: 'mechanics', q: "can i text the customer's key safe code to the other mechanic", has: ["Customers' keys, key safes and codes"], not: ['Reporting a data breach'] },
  ]);
});

describe('things kept in a big company\'s product said with an adjective ("a shared google drive folder"): a tool we do not hold', () => {
  cases([
    { firm: 'removals', q: 'can i keep the customer inventories in a shared google drive folder', has: ["can't find google drive", 'Donal Keane'] },
  ]);
});

describe('a slip of a name beside a part of another name or an alias in everyday words: the slip says who is asked after', () => {
  cases([
    { firm: 'pta', q: 'how long do we keep the school parents emails in mailerlitte', has: ['MailerLite'], not: ['Willowmere Primary School holds'] },
    // Kept: the school named alone.
    { firm: 'pta', q: 'how long does the school keep parents emails', has: ['Willowmere Primary School'] },
  ]);
});

describe('a transfer or a statement asked in other words', () => {
  cases([
    // "Whats protecting that" after data going abroad asks the transfer's safeguard (round 76's miss; its firm, as the class is its words).
    { firm: 'mechanics', q: 'tradify data might go to australia, whats protecting that', has: ['Tradify', 'IDTA'], intent: 'transfer' },
    { firm: 'physio', q: 'do we have a data sharing agreement with the running club', has: ['Five Weirs Running Club'], intent: 'statement' },
  ]);
});

describe('stories a policy covers, told in other words', () => {
  cases([
    // A message posted in the wrong group, told by the group's app: the breach policy, though the app is named.
    { firm: 'pta', q: 'just posted the raffle winners phone numbers in the whole class whatsapp instead of the committee one', has: ['Reporting a data breach'] },
    // A paper form said by what it is for: the policy titled for that.
    { firm: 'pta', q: 'someone handed me a paper form for the raffle, where should it go', has: ['Paper forms, raffle stubs and sign-up sheets'] },
    // A client's coach asking after them, and what to tell him: the policy on questions from others.
    { firm: 'physio', q: "a coach from the running club rang asking how his runner's hamstring is, can i tell him?", has: ['questions from coaches and parents'] },
    // A tracker used to check on staff, asked: the policy on trackers, not the tracker's entry.
    { firm: 'pest', q: 'is the tracker in my van being used to check how long my lunch breaks are?', has: ['Van trackers'] },
    // Neighbour (answered right before too, its entry then the policy): the same asked of another firm's trackers.
    { firm: 'removals', q: 'is the tracker in the van being used to time our breaks?', has: ['Van tracking:'] },
    // A photo said to be for the website, leave to use it asked: the policy on photos.
    { firm: 'kitchens', q: "got a lovely photo of the finished kitchen for the website but you can see the family's post on the side, ok to use?", has: ["Photos taken in customers' homes"] },
    // Photos on one's own phone, asked: the one policy saying which phone photos are taken on (a neighbour: right before too,
    // after the app's entry; round 76's miss needed the rule read across a semicolon).
    { firm: 'inventories', q: "ipad's died, ok to take the photos on my own phone and upload later?", has: ["Photos and video in tenants' homes"] },
    // …and one the code before answered with the app's entry alone.
    { firm: 'inventories', q: 'ipad is flat, can i take the photos on my own phone today?', has: ["Photos and video in tenants' homes"] },
  ]);
});

describe('the booking, accounts and website apps small firms are sold, named anywhere in a question: a tool we do not hold', () => {
  cases([
    { firm: 'karate', q: 'thinking about glofox for the class bookings, thoughts?', has: ["can't find glofox", 'Helen Varga'] },
    { firm: 'pta', q: 'would squarespace be ok for a new pta website?', has: ["can't find squarespace", 'Helen Okafor'] },
    { firm: 'allotments', q: 'can we take the rents by gocardless this year', has: ["can't find gocardless"], not: ['Xero:'] },
    { firm: 'salon', q: 'what do people reckon to fresha, should we move the bookings over', has: ["can't find fresha"] },
    // Kept: a customer who came to us through a marketplace ("booked on Treatwell") asks nothing of the tool.
    { firm: 'osteo', q: "a lady who booked on Treatwell hasn't turned up, can I text her on her mobile?", has: [], not: ["can't find Treatwell", "can't find treatwell"] },
    // Kept: one of ours named first, a tool we do not hold after it ("pixieset is slow, can i just wetransfer them").
    { firm: 'photos', q: 'pixieset is being so slow, can i just wetransfer the full res files to the couple?', has: ['Sending photos to clients'] },
    // Kept: a typo of an everyday word is no app's name ("famly" for family).
    { firm: 'karate', q: 'where do we keep famly contact details for the juniors', has: [], not: ["can't find famly"] },
  ]);
});

describe('a value or a recommendation no register keeps: don\'t know, with whom to ask', () => {
  cases([
    { firm: 'pest', q: 'whats the mot date on van 2', has: ["don't know", 'Hester Quayle'], not: ['Lex Autolease'] },
    { firm: 'podiatry', q: 'whats a good stretch for plantar fasciitis, got a patient asking', has: ["don't know", 'Gwen Ashdown'] },
    // Kept: a good app asked for is the register's (the supplier that does it).
    { firm: 'physio', q: 'whats a good app for sending clients their exercises', has: ['Physitrack'] },
  ]);
});

describe('rounds 80 and 81: stories and asks in other words', () => {
  cases([
    // Another's account used, asked: the rule on logins alone, not the entry the words met ("account" beside the accounts app).
    { firm: 'climbing', q: 'ellie is still logged in on the desk pc, can i just use her account to check this lot in?', has: ['Passwords, logins and shared devices'], not: ["can't find her", 'Xero:'] },
    // Something that went to the wrong people by mistake: the breach policy.
    { firm: 'pta', q: 'the cake sale email for year 2 went out to all the year 5 parents by mistake', has: ['Reporting a data breach'] },
    // A job sheet left in a customer's house: out of our hands, the breach policy.
    { firm: 'cleaning', q: "left my job sheet in the house after the deep clean and the customer's away for a week", has: ['Reporting a data breach'] },
    // "How is that covered" after data going abroad: the transfer's safeguard.
    { firm: 'mechanics', q: 'xero keeps our stuff in the us doesnt it? how is that covered', has: ['UK Addendum'], intent: 'transfer' },
    // Trackers "there to spy on" breaks: the policy on trackers.
    { firm: 'pest', q: 'the lads reckon the trackers are there to spy on our lunch breaks, is that right?', has: ['Van trackers'] },
    // Time off asked how to book: the employer's to say, not the register's (a neighbour: don't know before too, where no
    // policy's words met it; round 81's firm had a policy on cameras that did).
    { firm: 'removals', q: 'how do i book a week off in august', has: ["don't know", 'Donal Keane'] },
  ]);
});

describe('round 80 classes', () => {
  cases([
    // A role said in words, then as the register records it, as an auditor would check it.
    { firm: 'accountants', q: 'what is xero to us gdpr wise', has: ['a joint controller', 'recorded as joint-controller'], intent: 'role' },
    // "Every record about him deleted", told: a request to erase (round 80's firm: the class is its words).
    { firm: 'crematorium', q: 'an owner wants every record about him deleted, he says its his right, can i just do it in crematrack', has: ['When someone asks for their data'] },
    // "What do i do with the paper ones now", after typing them up: the policy on those papers.
    { firm: 'pta', q: "i've typed up the gift aid forms, what do i do with the paper ones now", has: ['Paper forms, raffle stubs and sign-up sheets'] },
    // "How far back do we have to keep…": how long, said as how far back.
    { firm: 'cleaning', q: 'how far back do we have to keep the invoices', has: ['Xero'], intent: 'retention' },
  ]);
});

describe('rounds 81 and 82 classes', () => {
  cases([
    // "Remote onto" is reaching a system: the IT firm's access (round 82's firm; other firms' IT entries say it in their summary).
    { firm: 'golf', q: 'can the IT man remote onto the office pc whenever he wants', has: ['Nidd Valley IT', 'one-time code'], intent: 'access' },
    // A dress code is no register's matter: don't know, with whom to ask.
    { firm: 'golf', q: 'whats the dress code in the bar on competition days', has: ["don't know"], not: ['Epos Now'] },
    // Who outside the firm reaches a system, "apart from us": its access, not our people's accounts (round 81's miss, its firm:
    // the class needs people recorded as using the system).
    { firm: 'cottages', q: 'apart from us who else can log into the accounts software', has: ['Hannaford & Yeo'], not: ['Sarah Ridd and Tom Ridd have accounts'] },
    // Kept: who of ours has an account.
    { firm: 'cottages', q: 'who has a login for xero', has: ['Sarah Ridd'] },
  ]);
});

describe('round 84 classes', () => {
  cases([
    // "Are there any of our systems where you can't even turn on 2fa": a list over the register, never "I can't find turn".
    { firm: 'mechanics', q: 'are there any of our systems where you cant even turn on 2fa', has: ['Recorded as without it', 'HaynesPro WorkshopData'], not: ["can't find turn"] },
    // A recommendation asked, or days of holiday: no register's matter.
    { firm: 'barn', q: 'can u recommend a decent photographer for a barn wedding', has: ["don't know"], not: ['Verisure'] },
    { firm: 'removals', q: 'how many days holiday do i get a year', has: ["don't know", 'Donal Keane'], not: ['Deputy holds'] },
    // "Any data terms with them": the statement.
    { firm: 'mechanics', q: 'tradify, do we have any data terms with them', has: ["Tradify's GDPR statement is on file"], intent: 'statement' },
    // Things "done on" a tool we do not hold, leave asked: the tool, not the policy on class lists.
    { firm: 'pta', q: 'the head wants the class lists done on arbor, can i set it up', has: ["can't find arbor", 'Helen Okafor'] },
    // Kept: things done on one of ours, not asked leave for.
    { firm: 'mechanics', q: 'are the job cards done on tradify', has: ['Tradify'], not: ["can't find"] },
  ]);
});

describe("review of this round's change: questions of like words its new rules must leave alone", () => {
  cases([
    // A thing's age is no minor; leave asked to post in a group is no mistake; a newsletter sent twice went to no wrong person.
    { firm: 'farmshop', q: 'the old paper booking forms are 7 years old now, can we shred them?', has: [], not: ['Safeguarding children'] },
    { firm: 'osteo', q: 'can I put the rota in the staff whatsapp group instead of emailing it round?', has: [], not: ['Reporting a data breach'] },
    { firm: 'farrier', q: 'the newsletter went out to everyone twice by mistake, do I need to do anything?', has: [], not: ['Reporting a data breach'] },
    // "He uses crutches, can we…" names no tool; a sentence's end joins no name ("Acuity. Sarah"); a person's surname is no slip of a supplier's.
    { firm: 'osteo', q: 'He uses crutches, can we book him into the downstairs room?', has: [], not: ["can't find crutches"] },
    { firm: 'osteo', q: 'Can we take the bookings through Acuity. Sarah says it is cheaper', has: ["can't find acuity"], not: ['Acuity. Sarah'] },
    { firm: 'bakery', q: 'does Lola Fenwick have access to the rota?', has: ['Deputy'], not: ['Fennick'] },
    // Hours recorded on a phone are no filming; a skip outside the site is no web site; a form from a client says who sent it, not what it is for.
    { firm: 'osteo', q: 'can i record my hours on my phone instead of the paper timesheet?', has: [], not: ['Photos and videos of patients'] },
    { firm: 'osteo', q: 'is it ok to leave a skip outside the site overnight?', has: [], not: ['A tool that is not in our register'] },
    { firm: 'discos', q: 'where does the signed form from a client go?', has: [], not: ['Reporting a data breach'] },
    // A tool an entry says we moved from is that entry's; a personal bank card is no tool; the coaches moving training are no third party.
    { firm: 'yoga', q: 'did the old bookings on mindbody get moved over?', has: ['TeamUp'], not: ["can't find mindbody"] },
    { firm: 'osteo', q: 'can I pay for the parts on my Monzo card and claim it back?', has: [], not: ["can't find Monzo"] },
    { firm: 'osteo', q: 'the coaches are asking if we can move the training to 6pm', has: [], not: ['third part'] },
    // Photos for the website named beside leave asked for something else; a supplier's two-factor asked beside a password rule.
    { firm: 'osteo', q: 'the photos for our website are on the old laptop, can we wipe it and sell it?', has: [], not: ['Photos and videos of patients'] },
    { firm: 'osteo', q: 'can I use the same password for Xero as for my email, and does Xero have two-factor?', has: ['Xero: two-factor authentication is enforced'] },
    // Some of us ("our lot in the workshop") are still our people; a photo of someone's papers is that paper's policy.
    { firm: 'mechanics', q: 'who uses tradify apart from our lot in the workshop?', has: ['have accounts with Tradify'] },
    { firm: 'glazing', q: 'can i just snap a photo of their payslips on my phone to help fill in the finance later', has: ['Finance applications'] },
  ]);
});
