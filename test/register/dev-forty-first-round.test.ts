import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's forty-first round: the classes rounds 70, 71, 73, 74 and 75 (new firms) found missed, written on
 * example firms other than the misses' where the class allows, each beside a question of like words that keeps its
 * right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    accountants: 'trekim',
    service: 'service-firm',
    farmshop: 'appleyard-farm-shop',
    cinema: 'palace-picturehouse',
    trees: 'oakwise-tree-surgeons',
    pharmacy: 'trevose-pharmacy',
    music: 'ashdown-music',
    homecare: 'larkfield-home-care',
    wines: 'corkscrew-wines',
    haulage: 'redway-haulage',
    hearing: 'clearsound-hearing',
    blinds: 'shadeline-blinds',
    removals: 'thackeray-removals',
    pta: 'willowmere-primary-pta',
    mechanics: 'marlow-mobile-mechanics',
    photos: 'foxglove-studio',
    pest: 'kingsmead-pest-control',
    theatre: 'lantern-playhouse',
    inventories: 'keyline-inventories',
    nails: 'polish-nail-bar',
    carehome: 'brookside-care-home',
    clinic: 'lumiere-aesthetics',
    it: 'kittiwake-it',
    chemist: 'larkspur-pharmacy',
    phlebotomy: 'veinway-phlebotomy',
    football: 'riverside-rovers-fc',
    pools: 'bluewave-pool-care',
    roofing: 'slateline-roofing',
    guesthouse: 'saltings-guest-house',
  }),
);

describe('a breach promise the register does not record: said so, with whom to ask', () => {
  cases([
    { firm: 'accountants', q: 'will dropbox tell us if they get hacked', has: ['no breach-notification promise from Dropbox', 'Tess Ekim'] },
    // Kept: a promise recorded is said, with nobody to ask.
    { firm: 'accountants', q: 'will xero tell us if they get hacked', has: ['Xero, on a breach'], not: ['ask Tess Ekim'] },
  ]);
});

describe('words shortened ("xmas") and a region said as "uk based"', () => {
  cases([
    { firm: 'pta', q: 'who does the xmas cards from the kids drawings and are they uk based', has: ['Cauliflower Cards', 'UK'] },
    // Kept: said in full, "christmas" is an everyday word, never a name we cannot find.
    { firm: 'farmshop', q: 'where do we keep the xmas hamper orders', has: ['Shopify'], not: ["can't find"] },
    { firm: 'service', q: 'is zoho crm uk based', has: ['Zoho CRM', 'the EU'], intent: 'location' },
  ]);
});

describe('a name in everyday words that, with the next word, is data another named supplier holds: that data, not a second supplier', () => {
  cases([
    { firm: 'cinema', q: 'on what basis do we give payroll info to harcourts', has: ['Harcourt Lyle', 'Legal obligation'], not: ['no lawful basis for BrightPay'] },
    // Kept: the bank named alone is the bank.
    { firm: 'pta', q: 'where does the bank keep our bank statements', has: ['Unity Trust Bank', 'UK'] },
  ]);
});

describe('a field said as a noun phrase before the supplier ("retention period for X?"): that field of its entry', () => {
  cases([
    // Where a policy is keyed "retention", the field's word was taken for a tool that policy names.
    { firm: 'roofing', q: 'retention period for powered now?', has: ['Powered Now'], intent: 'retention' },
    // Kept: where no policy is keyed by the field's word.
    { firm: 'service', q: 'retention period for zoho crm?', has: ['Zoho CRM', '6 years'], intent: 'retention' },
    { firm: 'service', q: 'lawful basis for zoho crm?', has: ['Zoho CRM', 'Sam Reed'], intent: 'lawful-basis' },
  ]);
});

describe("whether a supplier's support can dial, go or look into our account: its support access", () => {
  cases([
    { firm: 'trees', q: 'can company cam support go and look at our job photos whenever', has: ['CompanyCam support can view our projects only when we grant access'], intent: 'access' },
    { firm: 'pharmacy', q: 'can the proscript support people see patient records?', has: ['remote session we start'], intent: 'access' },
  ]);
});

describe('a slip of a name ending in s, and a plural that is no slip', () => {
  cases([
    { firm: 'phlebotomy', q: 'does egres have two factor', has: ['Egress Protect', 'enforced'] },
    // Kept: a slip of a longer name was found before, its stem two slips away.
    { firm: 'music', q: 'does gocardles keep data in the uk', has: ['GoCardless', 'UK'] },
    // Kept: "trailers" is no slip of the trackers' alias "trackers"; where we park is no register fact.
    { firm: 'haulage', q: 'where do we park the trailers at the depot', has: ["I don't know how to answer that"], not: ['Microlise'] },
  ]);
});

describe('suppliers nobody has been made responsible for: the register silent on owner', () => {
  cases([{ firm: 'homecare', q: 'which suppliers has nobody been made responsible for?', has: ['does not record who looks after', 'Severn IT Support'], intent: 'list-suppliers' }]);
});

describe('a well-known product said where a tool would do a job: not in the register', () => {
  cases([
    { firm: 'wines', q: 'are we on sage for the books?', has: ["can't find sage", 'Margot Ellery'] },
    // Kept: sage as a colour is a word.
    { firm: 'wines', q: "what's the sage green paint called", has: ["I don't know how to answer that"], not: ["can't find sage"] },
    // Kept: a Google product where the firm holds Google Workspace may well be it.
    { firm: 'wines', q: 'could we do the tasting sign up sheet on google forms', has: ['Google Workspace'], not: ["can't find google"] },
  ]);
});

describe('a recipient asked whether it is our processor: a controller in its own right', () => {
  cases([{ firm: 'removals', q: 'is the BAR a processor or what', has: ['not our processor', 'controller in its own right'], intent: 'role' }]);
});

describe('feeling unsafe, or someone muddled, in everyday words: the policy that speaks of it', () => {
  cases([
    { firm: 'hearing', q: 'the man at the house was really intimidating me, what should i do', has: ['home-visits'] },
    { firm: 'blinds', q: 'old fella seemed really muddled at the measure and wants to pay the deposit there and then', has: ['SumUp', 'home-visits'] },
  ]);
});

describe("a colleague asking for the login of one of our systems: the rule on logins; a customer's gallery code is no login of ours", () => {
  cases([
    { firm: 'pta', q: "tariq's asked me for the bank login so he can check the fair money went in", has: ['passwords-and-accounts'] },
    // Kept: a login of a system named by its own name was the rule already.
    { firm: 'mechanics', q: 'gareth asked me for the tradify login so he can finish his job', has: ['Passwords and two-step sign-in'] },
    { firm: 'photos', q: "a mum asked for the login code for her friend's kid's school photos, is that ok", has: ['Sharing photos and details with others'], not: ['Policy: passwords'] },
  ]);
});

describe('a paper taken by the wind, a device slid or flown off and gone: lost, the breach policy', () => {
  cases([
    { firm: 'pest', q: "the wind took a job sheet with a customer's address on it out of the van", has: ['Reporting a data breach'] },
    { firm: 'roofing', q: "drone went down over a field and I can't find it anywhere", has: ['last GPS position'] },
    // Kept: a phone off a van roof was read as lost already.
    { firm: 'pest', q: 'my phone slid off the van roof on the motorway and its gone', has: ['Lost or stolen phones'] },
  ]);
});

describe("whether a named supplier has two-step, where the register is silent: whom to ask, not our rule on logins", () => {
  cases([
    { firm: 'accountants', q: 'does receipt bank use two-factor?', has: ['Receipt Bank', 'Tess Ekim'], not: ['(Policy:'] },
    // Kept: whether we must have it on is our rule.
    { firm: 'mechanics', q: 'do we have to have two step on for tradify', has: ['Passwords and two-step sign-in'] },
  ]);
});

describe('where I should write a thing down: the rule that says; where we record something stays the register', () => {
  cases([
    { firm: 'mechanics', q: "where should i write down the customer's key safe code", has: ['customer-keys'] },
    { firm: 'theatre', q: 'where do we record wheelchair spaces and companion tickets for customers', has: ['Spektrix'] },
  ]);
});

describe("the police asking for photos: the one policy with a sentence on the police asking; footage stays the camera policy's", () => {
  cases([
    { firm: 'inventories', q: "a police officer has asked for the photos from last week's check-out", has: ['written request'] },
    { firm: 'nails', q: 'police came in asking for the video of the woman who nicked polishes last tuesday', has: ['CCTV'] },
  ]);
});

describe('a word-named product where its kind is said ("a doodle poll"): not in the register', () => {
  cases([
    { firm: 'accountants', q: 'can we use a doodle poll for the christmas do', has: ["can't find doodle", 'Tess Ekim'] },
    // Kept: a doodle is a drawing.
    { firm: 'photos', q: "a kid did a doodle on the back of the order form, is that ok", has: [], not: ["can't find doodle"] },
  ]);
});

describe("someone's relative wanting a copy of their report: the policy on whom we send reports to; one with power of attorney asks as they would", () => {
  cases([
    { firm: 'inventories', q: "the tenant's mum phoned wanting a copy of the checkout report", has: ['Who we send reports and evidence to'] },
    { firm: 'carehome', q: "mr hale's son came in wanting a copy of everything we've written about his dad, says he's got lpa", has: ['Requests to see or delete records'] },
  ]);
});

describe('a slip of our name where the question names another by its words: the slip mended', () => {
  cases([{ firm: 'clinic', q: 'where does Xreo keep our accounts data', has: ['Xero', 'US'], not: ["can't find"] }]);
});

describe('a review date asked that the register does not give: said so, with whom to ask', () => {
  cases([
    { firm: 'clinic', q: "when is mail chimp's dpa next due for review", has: ['no review date', 'Claire Ashworth'] },
    { firm: 'accountants', q: "when is dropbox's dpa due for review", has: ['no review date', 'Tess Ekim'] },
    // Kept: a review date recorded is said, with nobody to ask.
    { firm: 'clinic', q: "when is xero's dpa due for review", has: ['next review due'], not: ['no review date'] },
  ]);
});

describe('an aside saying what a category is not ("(never treatment details)"): no data held', () => {
  cases([
    { firm: 'clinic', q: 'which suppliers hold health data about clients', has: ['Pabau'], not: ['Xero'] },
    { firm: 'chemist', q: 'which suppliers hold health data', has: ['Titan PMR'], not: ['Esendex'] },
  ]);
});

describe('a device not in its drawer with a word between, a child booked after the booking, a caller a policy says never to confirm to, a client on my personal mobile', () => {
  cases([
    { firm: 'it', q: "the loan laptop isn't in the store cupboard and nobody knows where it is", has: ['Lost devices and data breaches'] },
    { firm: 'phlebotomy', q: 'mum has booked me to do bloods on her 5 year old at home tomorrow, is that ok', has: ['Joanne or Helen'] },
    { firm: 'clinic', q: 'a man just rang asking if his wife had her lips done here last week, what do I say?', has: ['pass it on'] },
    { firm: 'clinic', q: 'a client texted a photo of her swollen lip to my personal mobile', has: ['clinic number'] },
  ]);
});

describe("a processor's data processing terms asked: its GDPR statement", () => {
  cases([
    { firm: 'chemist', q: 'have we got the data processing terms off epos now yet', has: ['requested Epos Now'] },
    { firm: 'guesthouse', q: 'has broadland sent their data processing terms yet', has: ['awaiting Broadland Accountancy'] },
  ]);
});

describe('who of us may look, said in a measure ("only Dan and Kieran can view…"): part of who has access', () => {
  cases([
    // Kept: where the entry's notes say it already.
    { firm: 'mechanics', q: 'who can look at the dashcam footage', has: ['Only Dan and Kieran'] },
    { firm: 'pools', q: 'who can look at where the vans have been on the trackers', has: ['Rob and Callum'] },
  ]);
});

describe('a verb where a tool would go ("allowed to cancel a dd") is no tool; "dd" is a direct debit; gumtree is a tool', () => {
  cases([
    // Kept: where "dd" and "refund" already met the entry.
    { firm: 'football', q: 'who is allowed to refund a dd', has: ['GoCardless'], not: ["can't find"] },
    { firm: 'pools', q: "who's allowed to cancel a dd mandate", has: ['GoCardless'], not: ["can't find"] },
    { firm: 'wines', q: 'can i list the old wine racks on gumtree', has: ["can't find gumtree", 'Margot Ellery'] },
  ]);
});

describe("the review's neighbours: words that meet a new class's pattern but tell something else", () => {
  cases([
    { firm: 'homecare', q: "any suppliers no one's been named owner of", has: ['does not record who looks after', 'Severn IT Support'], intent: 'list-suppliers' },
    { firm: 'accountants', q: 'do we need to report it to apple support?', has: [], not: ["can't find apple"] },
    { firm: 'accountants', q: 'does xero support remote working', has: ['Xero'], not: ['has access to'] },
    { firm: 'accountants', q: 'should dates be dd/mm/yyyy in the letters', has: [], not: ['direct debit'] },
    { firm: 'pest', q: "my phone crashed and now i can't find it in the app", has: [], not: ['Lost or stolen phones'] },
    { firm: 'guesthouse', q: 'the guest asked for the wifi password', has: [], not: ['Policy: passwords'] },
  ]);
});
