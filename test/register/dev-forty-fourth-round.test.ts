import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's forty-fourth round: the classes round 92 (new firms) found missed, on other example firms
 * where the class allows, each beside a question of like words that keeps its right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    osteo: 'alder-osteopathy',
    hydro: 'paddlepaws-hydrotherapy',
    aupairs: 'compass-au-pairs',
    transport: 'careway-transport',
    repairs: 'fixpoint-repairs',
    ices: 'tutti-ice-cream',
    bikes: 'tidemill-bike-hire',
    divers: 'bluehole-divers',
    parties: 'bouncealot-parties',
    dance: 'pirouette-dance-academy',
    salon: 'fernleigh-salon',
    pianos: 'keynote-piano-services',
    tanning: 'sunbeam-tanning-studio',
    vans: 'cobalt-van-hire',
    scouts: 'ferncliffe-scouts',
    roofers: 'slateline-roofing',
    pools: 'bluewave-pool-care',
    climbing: 'crux-climbing',
    plumbers: 'tolley-plumbing',
    phones: 'fixfast-phone-repairs',
    bookkeepers: 'ledgerlight-bookkeeping',
    glazing: 'paneworks-glazing',
    travel: 'wayfarer-travel',
    farmshop: 'appleyard-farm-shop',
    kayaks: 'tidemill-bike-hire',
    accountants: 'brightwell-accountancy',
  }),
);

describe("a transfer safeguard a supplier is 'on' ('who's on the SCCs?') lists those it covers", () => {
  cases([
    { firm: 'osteo', q: "who's on the IDTA?", has: ['Xero'], not: ['SumUp'], intent: 'list-suppliers' },
    { firm: 'osteo', q: "who's on adequacy?", has: ['SumUp', 'Physitrack', 'BrightPay'], not: ['Xero'], intent: 'list-suppliers' },
    { firm: 'hydro', q: "who's on the SCCs + uk addendum", has: ['Cliniko', 'Squarespace', 'Mailchimp'], intent: 'list-suppliers' },
    // Neighbour: who is on something else is no safeguard.
    { firm: 'osteo', q: "who's on reception this morning?", has: ['Rhiannon'], intent: 'unknown' },
  ]);
});

describe('a caller asking where someone is placed, or went, gets the policy on callers', () => {
  cases([
    { firm: 'aupairs', q: 'a police officer from swindon rang wanting to know where one of our au pairs is placed', has: ['callers-and-enquiries', 'switchboard'] },
    { firm: 'aupairs', q: 'old host family rang asking where their au pair went after she left them', has: ['callers-and-enquiries'] },
    // Neighbour, right before as after: the firm's policy on phone enquiries answered it by its words.
    { firm: 'transport', q: 'a woman rang wanting to know where one of our patients is staying now', has: ['patient-enquiries'] },
  ]);
});

describe("someone's details changed, asked where to update them, is the policy on putting data right", () => {
  cases([
    { firm: 'hydro', q: "owner says she's moved house and got a new mobile, can i just change it myself", has: ['records-and-requests', 'Cliniko'] },
    { firm: 'aupairs', q: "Lucy's got married and has a new surname, where do i update it", has: ['subject-access', 'Zoho Recruit'] },
    // Neighbour: our own new number is no one's record.
    { firm: 'aupairs', q: "we've got a new office phone number, where do i update it", has: [], not: ['subject-access'] },
  ]);
});

describe('a profile pack sent to one family instead of another is a breach', () => {
  cases([{ firm: 'aupairs', q: "just sent Chiara's profile pack to the Hendersons instead of the Hardings 🙈 should i ask them to delete it?", has: ['breach-reporting'] }]);
});

describe('a reel asked taken down, and a newsletter asked stopped in her own words', () => {
  cases([
    { firm: 'hydro', q: 'an owner just messaged asking us to take the insta reel of her spaniel down', has: ['photos-and-videos'] },
    { firm: 'hydro', q: "an owner replied 'please stop the newsletter AND the reminder texts' to paddle post", has: ['records-and-requests'] },
    // Neighbours: asked of us without quotes (right before as after, by the policy's keyword); a reply of STOP to a service
    // text keeps the marketing policy; "unsubscribe" replied keeps it too.
    { firm: 'hydro', q: 'an owner asked us to stop the reminder texts', has: ['records-and-requests'] },
    { firm: 'repairs', q: 'someone replied STOP to the ready for collection text. do i take them off everything?', has: ['marketing'] },
    { firm: 'ices', q: 'a guy just replied unsubscribe to the newsletter what do i do', has: ['marketing-consent'] },
  ]);
});

describe("a big company's product a job is done on ('on google meet', 'with adobe sign') is a tool we do not hold", () => {
  cases([
    { firm: 'aupairs', q: "rachel's been sending placement agreements with adobe sign, is that allowed?", has: ['adobe sign', 'Fiona Hargreaves'], not: ['DocuSign'] },
    { firm: 'aupairs', q: "i've started doing interviews on google meet, easier for the girls in japan", has: ['google meet', 'Fiona Hargreaves'], not: ['Zoom:'] },
  ]);
});

describe('a place nearby to park or eat is no register matter, whatever supplier its words meet', () => {
  cases([
    { firm: 'aupairs', q: 'anywhere decent to park near the office on bath road? first day tomorrow', has: ['Fiona Hargreaves'], not: ['Leckhampton Digital'], intent: 'unknown' },
    { firm: 'accountants', q: 'any good lunch spots near the office that take card payments', has: ["don't know"], intent: 'unknown' },
    { firm: 'bikes', q: 'anywhere that does pasty delivery for lunch round here', has: ["don't know"], not: ['Quartix'], intent: 'unknown' },
  ]);
});

describe("'outside the agency' said last is where outside is, not data asked about; 'which accounts…' are the systems we hold", () => {
  cases([
    { firm: 'aupairs', q: "who do we share people's details with outside the agency", has: ['Hartley Pearce Immigration', 'Brunswick & Reeve', 'AuPairWorld'] },
    { firm: 'dance', q: "who do we pass pupils' details on to outside the school?", has: ['We pass pupils details on to'], not: ['school data'] },
    { firm: 'hydro', q: "which accounts don't force two step, where it's just optional", has: ['Squarespace', 'Dojo', 'Pet insurers'], not: ['Mortimer Hale'] },
    // Neighbour: accounts kept are the bookkeeping's.
    { firm: 'hydro', q: 'what accounts do we keep for 6 years', has: ['Mortimer Hale Accountants'] },
  ]);
});

describe('notes on the road go where the policy says papers travel; opting out of the pension is no unsubscribe', () => {
  cases([
    { firm: 'hydro', q: "home visit in evesham tomorrow, where should the notes go while i'm driving about", has: ['paper-and-poolside', 'car boot'] },
    { firm: 'hydro', q: "whats the legal basis for giving nest our details, tom's asking about opting out", has: ['NEST pensions', 'Pensions Act 2008'] },
    { firm: 'salon', q: "what's the lawful basis for sending nest our staff details? kim's asking about opting out", has: ['NEST'], not: ['marketing-opt-out'] },
    // Neighbours: a policy that only forbids paper in the van ("alarm codes… never on paper in the van") says nothing of how
    // notes travel; a client opting out of the newsletter keeps the marketing policy.
    { firm: 'pianos', q: 'where should the notes go while im driving', has: [], not: ['client-keys'] },
    { firm: 'salon', q: 'a client wants to opt out of the newsletter', has: ['marketing-opt-out'] },
  ]);
});

describe("a tool we do not hold gets the new-tools sentences of a policy on several things, not the whole policy naming our tools", () => {
  cases([
    { firm: 'tanning', q: 'can we start using fresha for bookings too? its free and loads of my clients use it', has: ['fresha', 'Gemma Lowther', 'Ask Gemma before signing the studio up'], not: ['Phorest'] },
    { firm: 'vans', q: 'i signed up for a docusign free trial so business accounts can sign hire agreements from their office, hope thats ok', has: ['Dominic Hale', 'Before signing up to any new app'], not: ['Navotar', 'Anything on paper'] },
    { firm: 'roofers', q: 'can we use tradify for quoting instead', has: ['Bethan Oakes', "Don't put any new app"], not: ['Powered Now'] },
    // An app that is only where something happens ("Leaders do not message young people… on any app") is no rule on taking one up.
    { firm: 'scouts', q: 'can i use signupgenius for the parent rota for the gang show?', has: ['Do not set up a new WhatsApp or Facebook group'], not: ['one-to-one'] },
    // Neighbours: a rule in the policy's last paragraph ("without Rob's say-so") is kept; a policy about new tools alone is quoted whole.
    { firm: 'pools', q: "found a free quoting app that's way quicker, can i just start using it?", has: ['say-so'] },
    { firm: 'climbing', q: 'can we use trello for the route setting rota?', has: ['New apps and tools: Do not start using a new app'] },
  ]);
});

describe('round 94: a road is no supplier, how far back is how long, a paper signed about GDPR is the statement, signs of loss and slips told', () => {
  cases([
    { firm: 'vans', q: 'putting in a claim for the luton that got rear-ended on the A52, what do we send the fleet insurer', has: ['Tradex Insurance', 'hire agreement'], not: ['A52 in our register'] },
    { firm: 'plumbers', q: 'how far back does the van tracker history go', has: ['Quartix'], intent: 'retention' },
    { firm: 'plumbers', q: 'has quartix signed anything about gdpr?', has: ['Quartix', 'on file'], intent: 'statement' },
    { firm: 'vans', q: 'one of the counter ipads has vanished after the saturday rush, checked the drawer and the van cabs, nothing', has: ['breach-reporting'] },
    { firm: 'osteo', q: 'the laptop screen says pay in bitcoin to get the files back, what now', has: ['breach-reporting'] },
    { firm: 'tanning', q: 'i think the newsletter just went out with everyones email showing in the To bit', has: ['when-things-go-wrong'] },
    // Neighbours, right before as after: a device vanished "from" somewhere, everyone's addresses showing in an email sent; a road
    // said where nothing else is asked stays unknown; "anything about" a supplier asks its whole entry.
    { firm: 'plumbers', q: 'the work ipad has vanished from the van', has: ['lost-phone'] },
    { firm: 'osteo', q: 'the offers email went out with everyones addresses showing', has: ['breach-reporting'] },
    { firm: 'plumbers', q: "stuck in traffic on the M25, what's the wifi password at the yard", has: ["don't know"] },
    { firm: 'plumbers', q: 'anything about quartix i should know?', has: ['Quartix: GPS tracking'] },
  ]);
});

describe('a title that lists other things beside new apps is quoted for its rule alone; one listing kinds of tool, whole', () => {
  cases([
    { firm: 'phones', q: 'can i use trello for the repair queue?', has: ['trello'], not: ['RepairDesk login'] },
    { firm: 'bookkeepers', q: 'thinking of trying karbon for the practice workflow', has: ['Adopting new software, apps and AI tools: Before you sign up'] },
    // Neighbours, as the whole policy said them: a sentence of the policy on what the question is about is said with the rule.
    { firm: 'glazing', q: 'can I keep survey photos in Google Photos?', has: ["don't keep them in your own phone's camera roll", 'without asking Graham first'] },
    { firm: 'travel', q: 'can I use Signal to message customers?', has: ['WhatsApp is not approved for customer messages', 'ask Niamh'] },
  ]);
});

/** Neighbours two reviews found the first cuts of these classes took: each shares the class's words and means something else. */
describe('what the classes leave alone', () => {
  cases([
    { firm: 'osteo', q: "who's on the idta working group", has: [], not: ['Suppliers whose transfers rely'] },
    { firm: 'osteo', q: 'a client called wanting to know where the company is based', has: [], not: ['subject-access'] },
    { firm: 'osteo', q: "she's got a new phone, can i change the whatsapp settings?", has: [], not: ['subject-access'] },
    { firm: 'osteo', q: 'we sent the quotes to the client instead of waiting for approval', has: [], not: ['breach-reporting'] },
    { firm: 'osteo', q: 'i sent the references to hr instead of the manager, both are internal', has: [], not: ['breach-reporting'] },
    { firm: 'parties', q: 'the boss asked us to stop the texts until the new system is live', has: [], not: ['Offers and the newsletter'] },
    { firm: 'osteo', q: 'which accounts have unpaid balances', has: [], not: ['Balens'] },
    { firm: 'osteo', q: 'which accounts are not backed up', has: ['Xero'] },
    { firm: 'osteo', q: 'where is M1 Finance data stored?', has: ['M1'], not: ['Xero data is stored in'] },
    { firm: 'farmshop', q: 'how far back does the garden go behind the shop?', has: [], not: ['we keep it for'] },
    { firm: 'osteo', q: 'the photos on the ipad have disappeared', has: [], not: ['Lost or stolen'] },
    { firm: 'osteo', q: 'can customers pay in bitcoin for their files to be printed?', has: [], not: ['Reporting a data breach'] },
    { firm: 'osteo', q: 'has Sam signed the form about GDPR training?', has: [], not: ["can't find Sam"] },
    { firm: 'farmshop', q: 'is there anything on data protection for CCTV?', has: ['Wye Valley Security: Installed'] },
    // Beside each accepted shape, its refusal: a body left out is no firm ("outside the NHS"), a thing gone is no person, a clip
    // carried somewhere is no post taken down, a camera near a shed is no place to eat.
    { firm: 'osteo', q: 'who do we share patient records with outside the clinic', has: ['Balens', "Patients' GPs"] },
    { firm: 'osteo', q: 'who do we share patient records with outside the NHS', has: ["Patients' GPs"], not: ['Balens'] },
    { firm: 'osteo', q: 'a client emailed asking where her deposit went', has: [], not: ['Requests about a patient'] },
    { firm: 'osteo', q: 'can we take the clip of the match down to the clubhouse?', has: ["don't know"] },
    { firm: 'kayaks', q: 'is there a cctv camera near the bike shed?', has: ['Devon and Cornwall Police'] },
  ]);
});
