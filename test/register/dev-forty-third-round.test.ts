import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's forty-third round: the classes rounds 86–89 (new firms) found missed, written on
 * example firms other than the misses' where the class allows, each beside a question of like words that keeps its
 * right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    pools: 'bluewave-pool-care',
    estates: 'fairhaven-estates',
    mechanics: 'marlow-mobile-mechanics',
    bakery: 'crumb-and-crust-bakery',
    care: 'brookside-care-home',
    festival: 'meadowlark-festival',
    pantry: 'oakhill-pantry',
    architects: 'penhallow-architects',
    sweeps: 'sootbusters-sweeps',
    marquees: 'canopy-marquee-hire',
    framing: 'gilt-edge-framing',
    gym: 'copperbeech-fitness',
    aesthetics: 'lumiere-aesthetics',
    auctions: 'bellweather-auctioneers',
    nannies: 'little-acorns-nannies',
    recycling: 'reboot-recycling',
    nursery: 'puddleduck-nursery',
    mortgages: 'morrow-mortgages',
    guarding: 'bastion-guarding',
    roofing: 'slateline-roofing',
    removals: 'thackeray-removals',
    investigators: 'blackthorn-investigations',
    foodbank: 'harbourlight-cic',
    stoves: 'hearthstone-stove-fitters',
    osteo: 'alder-osteopathy',
    lettings: 'ashcombe-lettings',
    oak: 'brackenridge-oak',
    pub: 'plough-at-amberley',
    coffee: 'beanwagon-coffee',
    childminders: 'hopscotch-childminding',
    inventories: 'keyline-inventories',
    phlebotomy: 'veinway-phlebotomy',
  }),
);

describe('a list names a country by its code in square brackets, never a bracket within a bracket', () => {
  cases([
    { firm: 'pools', q: 'which suppliers keep data in australia', has: ['ServiceM8 (Australia [AU] and the US)', 'Xero (the US and Australia [AU])'], not: ['(AU))'] },
    { firm: 'pools', q: 'what data do we keep outside the uk', has: ['Shopify (Canada [CA], the US and the EU)'], not: ['(CA)'] },
    // Kept: one supplier's own answer names the country with its code in round brackets.
    { firm: 'mechanics', q: 'where is tradify hosted', has: ['Australia (AU)', 'New Zealand (NZ)'] },
  ]);
});

describe("'who's on X?' asks who has an account with a system named by its own name", () => {
  cases([
    { firm: 'mechanics', q: "who's on tradify", has: ['have accounts with Tradify', 'Dan Whitlock'] },
    { firm: 'mechanics', q: 'whos in xero', has: ['have accounts with Xero', 'Janet Hollis'] },
    // Kept: a rota is no system of ours named by its name, though RotaCloud is the rota's.
    { firm: 'care', q: "who's on the rota tonight", has: [], not: ['have accounts with RotaCloud'] },
  ]);
});

describe('the IT company, people or guy is the supplier the register has for IT', () => {
  cases([
    { firm: 'bakery', q: 'who is our IT company?', has: ['Mendip Tech'] },
    { firm: 'sweeps', q: 'how long does the it company keep our stuff', has: ['Teme Valley IT'], not: ['How long each supplier keeps'] },
    { firm: 'festival', q: 'can the it guys get onto the office laptops', has: ['Teme Valley IT', 'one-time code'] },
    // Kept: "it" alone is the question's own word, not the IT firm's.
    { firm: 'bakery', q: 'does it support two factor?', has: [], not: ['Mendip Tech'] },
  ]);
});

describe('two named suppliers, one reaching the other: who reaches whom said once, and never that nobody does', () => {
  cases([
    { firm: 'bakery', q: 'can the IT company see our gmail?', has: ['Mendip Tech has access to Google Workspace', 'Remote access only while a member of staff watches', 'Access Transparency'], not: ['names nobody besides us with access to Mendip Tech'] },
    { firm: 'pantry', q: 'does klaviyo have access to the shopify data?', has: ['Klaviyo has access to Shopify', 'Gorgias also has access to Shopify'], not: ['Klaviyo and Gorgias', 'names nobody'] },
    // The pair said once: not again after the lawful basis, as the code before this round did.
    { firm: 'architects', q: 'can the accountants get into xero?', has: ['Harlow Moss has access to Xero'], not: ['names nobody', 'legitimate interests. Harlow Moss has access to Xero'] },
  ]);
});

describe("a thing one supplier's retention names, asked how long it is kept, names that supplier", () => {
  cases([
    { firm: 'marquees', q: 'how long is someone\'s mailbox kept after they leave', has: ['Microsoft 365', '90 days'], not: ['Breathe HR'] },
    { firm: 'marquees', q: 'how long are mailboxes kept', has: ['Microsoft 365', '90 days'] },
    // Kept: a story whose policy already gave the time ("turns 25") answers so still, beside the right entry.
    { firm: 'aesthetics', q: 'we treated a 16 year old for laser, how long do we have to keep her file?', has: ['Pabau', 'turns 25'] },
    // Kept: whose data it is ("the member") names no thing kept, and a request to wipe someone asks no time.
    { firm: 'gym', q: 'ex member wants us to wipe her from the system', has: ['When someone asks us to delete their data'], not: ['MyZone'] },
  ]);
});

describe('a name cut short in everyday words and run together ("mail boxes" of Mail Boxes Etc. is "mailbox") names no supplier, nor do its slips', () => {
  cases([
    // The one example firm with such an alias (round 86's own).
    { firm: 'auctions', q: 'what happens to my mailbox when i leave', has: ['Microsoft 365'], not: ['Mail Boxes'] },
    // Kept: the shortening said as written, and an alias that is no shortening ("help desk") run together.
    { firm: 'auctions', q: 'who uses mail boxes', has: ['Mail Boxes Etc.'] },
    { firm: 'pantry', q: 'who has access to the helpdesk', has: ['Gorgias'] },
  ]);
});

describe("where a person lives is their home, not where data is stored", () => {
  cases([
    { firm: 'nannies', q: 'a mum at the park asked me where the new family lives', has: ['say where the family lives'], not: ['Brevo'] },
    // Kept: where a thing "lives" is where it is stored.
    { firm: 'recycling', q: 'where do customer contracts live', has: ['PandaDoc', 'Stored in the US'] },
  ]);
});

describe('a tool asked after as someone asked us, or a call set up on it', () => {
  cases([
    { firm: 'nursery', q: 'a parent asked if we use seesaw', has: ["can't find seesaw", 'Rosalind Achebe'] },
    { firm: 'mortgages', q: 'can i set up a zoom call with the client', has: ["can't find zoom", 'Joanne Morrow'] },
    // Kept: a tool of ours asked after the same way is ours.
    { firm: 'care', q: 'a relative asked if we use rotacloud', has: ['RotaCloud'], not: ["can't find"] },
  ]);
});

describe('an everyday word of an alias that plays or scores is a side in a game, not the app', () => {
  cases([
    { firm: 'roofing', q: 'which teams are playing at elland road on saturday', has: ["don't know"], not: ['Microsoft 365'] },
    // Kept: the app named by the same word.
    { firm: 'guarding', q: 'who looks after teams', has: ['looks after Microsoft 365'] },
  ]);
});

describe('papers blown off or gone, told of any paper: a breach', () => {
  cases([
    { firm: 'removals', q: 'a load of papers blew off the back of the van on the m6', has: ['(Policy: breach'] },
    { firm: 'removals', q: 'one of the job sheets flew out the van window on the a30', has: ['(Policy: breach'] },
    { firm: 'removals', q: "the run sheet with customers' addresses went flying out of the van window on the a30", has: ['(Policy: breach'] },
    // Kept: papers that flew off the shelves sold well.
    { firm: 'osteo', q: 'The price lists flew off the shelves at the show, can we print more?', has: [], not: ['(Policy: breach'] },
    // Kept: blank paper holds nobody's details, and a sheet fallen off a wall is not gone.
    { firm: 'removals', q: 'some blank paper blew off the trolley', has: [], not: ['(Policy: breach'] },
    { firm: 'removals', q: 'the sign up sheet fell off the wall', has: [], not: ['(Policy: breach'] },
  ]);
});

describe('a caller asking whether someone is ours: the sentence not to confirm it', () => {
  cases([
    { firm: 'investigators', q: 'a woman rang to ask whether mark hale is one of our clients', has: ['Never confirm or deny'] },
    { firm: 'foodbank', q: 'someone phoned asking if we work for mr hale on church lane', has: ['Never confirm to anyone that a person uses the food bank'] },
    // Kept: whom a service is for is no one of ours asked after.
    { firm: 'foodbank', q: 'someone phoned asking if we do discounts for students', has: [], not: ['Never confirm to anyone'] },
  ]);
});

describe('of the policies a question meets, the one that quotes what the question says ("stop reminding me")', () => {
  cases([
    // Round 88's own firm: no other example firm's policies quote a phrase where two policies tie.
    { firm: 'stoves', q: 'customer rang saying stop reminding me every year about the sweep', has: ['taken off that day'] },
    // Kept: a quote said where its policy already answers; a policy's own words in quotes ('never pass on details "just in case"') are no one's.
    { firm: 'pools', q: 'a customer replied stop emailing me', has: ['unsubscribed in Mailchimp that day'] },
    { firm: 'estates', q: "Can I keep a copy of the buyer's passport just in case?", has: [], not: ['(Policy: referrals'] },
  ]);
});

describe("review of this round's change: questions of like words its new rules must leave alone", () => {
  cases([
    // A quick call names no app; a thing playing up is going wrong, not a side in a game.
    { firm: 'osteo', q: 'can i make a quick call to the customer?', has: [], not: ["can't find quick"] },
    { firm: 'osteo', q: 'email is playing up, who looks after it?', has: ['Rhiannon Matthews looks after Google Workspace'] },
    // "Get onto" someone about something is to contact them, not to reach a system.
    { firm: 'osteo', q: 'can dave get onto the supplier about the late delivery?', has: [], not: ["can't find"] },
    // A kind of thing asked after as someone asked us is no tool; nor is stationery gone a breach.
    { firm: 'osteo', q: 'a customer asked if we use recycled packaging', has: [], not: ["can't find recycled"] },
    { firm: 'osteo', q: 'the printer paper has gone missing', has: [], not: ['(Policy: breach'] },
    // Where a customer "lives" on a system is where their data is; how long someone's details are kept names no one supplier.
    { firm: 'auctions', q: 'where does the customer live on the system?', has: ['Auction Marketer', 'Stored in the UK'] },
    { firm: 'osteo', q: "how long do we keep someone's details?", has: ['How long each supplier keeps our data'] },
    // Whom a service is for is no one of ours; a word of an alias in everyday words ("holiday") is no system one is on.
    { firm: 'osteo', q: 'someone phoned asking if we do parties for the kids', has: [], not: ['Never confirm'] },
    { firm: 'lettings', q: "who's on holiday?", has: [], not: ['has an account with', 'have accounts with'] },
    // "IT" in capitals is never the pronoun.
    { firm: 'osteo', q: 'Does IT Support have access to Xero?', has: ['Severn Valley IT'] },
    // Two named suppliers, the one reached named first: who reaches whom is still said once.
    { firm: 'oak', q: 'who has access to Shopify and Rewind?', has: ['Rewind and Gorgias have access to Shopify'], not: ['Rewind has access to Shopify'] },
  ]);
});

describe("a tool we do not hold: the rule on new tools, by itself where it is a sentence of a policy on something else", () => {
  cases([
    { firm: 'pub', q: 'could i do the new menus on canva', has: ["can't find canva", "Don't install apps or sign up to new websites", '(Policy: passwords-and-devices.)'], not: ['clerk code'] },
    // Kept: the sentence the rule leans on ("on it") and the one that goes on from it ("If it will hold…") come with it, as the whole policy did.
    { firm: 'inventories', q: 'can i put the key collection rota on trello', has: ['Each clerk has a work iPad', "Don't install apps on it", 'If it will hold'] },
    // Kept: a policy about new tools is quoted whole.
    { firm: 'coffee', q: 'can we use trello for the event checklists', has: ["can't find trello", 'Free trials count too'] },
  ]);
});

describe('a caller asking where someone is: the sentence never to tell anyone else where they are', () => {
  cases([
    { firm: 'marquees', q: 'a man rang asking where the wedding is today', has: ['never say where a wedding is'] },
    // Kept: a sentence telling the office where one is, is no rule on callers; nor is one on where a family lives (their address).
    { firm: 'phlebotomy', q: 'a woman rang asking where her husband is right now', has: [], not: ['Tell Bethany where you are'] },
    { firm: 'childminders', q: 'a woman rang asking where her husband is right now', has: [], not: ['never tell anyone where'] },
  ]);
});
