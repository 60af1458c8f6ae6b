import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-seventh round of work (lists, fields, off-topic questions and
 * tools the firm does not use): rounds 39 to 46's misses of that kind as classes, written in new
 * words on other example firms, and questions that must keep their right answers. For tuning, like
 * dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    bakery: 'crumb-and-crust-bakery',
    climbing: 'crux-climbing',
    estates: 'fairhaven-estates',
    stables: 'hollybrook-equestrian',
    pest: 'kingsmead-pest-control',
    vintage: 'second-stitch-vintage',
    digital: 'northwind-digital',
    salon: 'fernleigh-salon',
    locksmith: 'keystone-locksmiths',
    mortgages: 'morrow-mortgages',
    physio: 'kestrel-physio',
    driving: 'ridgeway-driving',
    removals: 'thackeray-removals',
    marina: 'kingfisher-marina',
    cinema: 'palace-picturehouse',
    gym: 'copperbeech-fitness',
    plumber: 'tolley-plumbing',
    football: 'riverside-rovers-fc',
    lettings: 'ashcombe-lettings',
    festival: 'meadowlark-festival',
    holidays: 'heronsfield-holiday-park',
    theatre: 'lantern-playhouse',
    care: 'larkfield-home-care',
    transport: 'careway-transport',
    solar: 'sunmead-solar',
    blocks: 'keyfold-block-management',
    recycling: 'reboot-recycling',
    pharmacy: 'trevose-pharmacy',
  }),
);

const DONT_KNOW = "I don't know how to answer that";

describe('a well-known tool we do not use, wherever the question names it: not in the register, whom to ask, and the new-tools policy', () => {
  cases([
    // Failed before this round (a "don't know", a supplier or policy met by the task's words, or the policy with no "can't find").
    { firm: 'bakery', q: 'do we have canva? i want to make the price board on it', has: ["can't find canva", 'Maggie Thornton', 'Using new apps and tools'], intent: 'unknown-supplier' },
    { firm: 'stables', q: 'thinking of a typeform for lesson feedback, ok?', has: ["can't find typeform", 'Using new apps and services'], intent: 'unknown-supplier' },
    { firm: 'pest', q: 'can i set up calendly so customers can pick a visit slot', has: ["can't find calendly", 'Using new apps and services'], not: ['Verizon Connect'], intent: 'unknown-supplier' },
    { firm: 'pest', q: 'can i set up a typeform so customers can rate the visit', has: ["can't find typeform", 'Using new apps and services'], not: ['Van trackers'], intent: 'unknown-supplier' },
    { firm: 'estates', q: 'can we set up calendly so buyers can book viewings', has: ["can't find calendly", 'Rosalind Achebe', 'New apps and tools'], intent: 'unknown-supplier' },
    { firm: 'estates', q: 'does dropbox keep things in the uk', has: ["can't find dropbox", 'New apps and tools'], intent: 'unknown-supplier' },
    { firm: 'vintage', q: 'do we use airtable? want to track the consignments in it', has: ["can't find airtable", 'New apps and services'], intent: 'unknown-supplier' },
    { firm: 'vintage', q: 'do we use trello? want to plan the window displays on it', has: ["can't find trello", 'New apps and services'], intent: 'unknown-supplier' },
    { firm: 'bakery', q: 'do we use dropbox? the caterer wants the allergen sheets', has: ["can't find dropbox", 'Using new apps and tools'], intent: 'unknown-supplier' },
    { firm: 'digital', q: 'does dropbox keep our files in the uk', has: ["can't find dropbox", 'New tools and services'], intent: 'unknown-supplier' },
    // A policy that names the tool by a keyword answers, as for any tool asked leave for.
    { firm: 'mortgages', q: 'can clients send payslips on whatsapp', has: ['Collecting ID and documents', 'Never accept them by WhatsApp'], not: ['Acre: '] },
    { firm: 'care', q: 'can carers use whatsapp to share rota changes', has: ['Messaging about clients'], not: ['CarePlanner: '] },
    // Passed before, kept as checks: a tool the new-tools policy keywords (that policy), a tool we hold is ours, a tool only said of how something came tells a story.
    { firm: 'climbing', q: 'can i put the route setting schedule on trello', has: ['New apps and tools'], intent: 'policy' },
    { firm: 'stables', q: 'where does jotform keep our data', has: ['Jotform data is stored in'], intent: 'location' },
    { firm: 'salon', q: 'who looks after dropbox', has: ['looks after Dropbox'], intent: 'owner' },
    { firm: 'locksmith', q: 'can i cut a key from a photo someone sent on whatsapp', has: ['Cutting keys and key records'], not: ["can't find whatsapp"] },
    { firm: 'climbing', q: 'a member sent me a photo of their waiver on whatsapp, is that ok to keep', has: ['Induction forms and waivers'], not: ["can't find whatsapp"] },
    { firm: 'stables', q: 'is it ok to make a whatsapp group for the pony club parents', has: ['Using new apps and services'] },
  ]);
});

describe('a time, a price, parking or a best score: never a register fact, so "don\'t know" and whom to ask', () => {
  cases([
    // Failed before this round (a supplier whose text mentions lessons, showings, customers, the car park or visitors).
    { firm: 'driving', q: 'what time is the last lesson on a friday', has: [DONT_KNOW], not: ['Total Drive'], intent: 'unknown' },
    { firm: 'cinema', q: 'what time is the last showing on sundays', has: [DONT_KNOW], not: ['SumUp'], intent: 'unknown' },
    { firm: 'removals', q: 'is there parking for customers at the yard', has: [DONT_KNOW, 'Donal Keane'], not: ['MoveMan'], intent: 'unknown' },
    { firm: 'marina', q: 'can visitors park on the quay', has: [DONT_KNOW], not: ['BerthHop'], intent: 'unknown' },
    { firm: 'stables', q: 'can the farrier park by the stables', has: [DONT_KNOW, 'Rosalind Marsh'], not: ['Hik-Connect'], intent: 'unknown' },
    { firm: 'theatre', q: 'can actors park behind the theatre', has: [DONT_KNOW, 'Delia Fenwick'], not: ['Witham Security'], intent: 'unknown' },
    // Passed before, kept as checks: the same kinds of question whose words met nothing, and the register's own times, cameras and amounts.
    { firm: 'physio', q: 'what time is the first appointment on mondays', has: [DONT_KNOW], intent: 'unknown' },
    { firm: 'climbing', q: 'whats the record time on the speed wall', has: [DONT_KNOW], intent: 'unknown' },
    { firm: 'climbing', q: 'how much is a day pass', has: [DONT_KNOW], intent: 'unknown' },
    { firm: 'removals', q: 'hows much is fuel a litre at the moment', has: [DONT_KNOW], intent: 'unknown' },
    { firm: 'gym', q: 'can members park in the car park after 10pm', has: [DONT_KNOW], intent: 'unknown' },
    { firm: 'gym', q: 'who can see the car park cctv', has: ['Northgate Security'], intent: 'access' },
    { firm: 'climbing', q: 'where does rock gym pro store data', has: ['Rock Gym Pro data is stored in'], intent: 'location' },
    { firm: 'bakery', q: 'how much customer data do we keep', has: ['Shopify'], not: [DONT_KNOW] },
  ]);
});

describe('lists over the register in everyday words: who has a kind of data, whom we hand it to, who says not where', () => {
  cases([
    // Failed before this round (one supplier's entry, or a "don't know").
    { firm: 'salon', q: "who's got clients' card details", has: ['These suppliers', 'SumUp'], intent: 'data' },
    { firm: 'physio', q: 'whos got patients medical info', has: ['These suppliers', 'Cliniko', 'JotForm'], intent: 'data' },
    { firm: 'salon', q: 'who do we actually hand client details over to', has: ['We pass client details on to', 'Treatwell'], intent: 'access' },
    { firm: 'plumber', q: 'who do we actually pass customer details on to', has: ['We pass customer details on to', 'Gas Safe Register'], intent: 'access' },
    { firm: 'climbing', q: "any suppliers that don't tell us where they keep the data?", has: ['does not record where data is stored by TopLogger'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'any suppliers that dont tell us where they keep the data', has: ['records where data is stored for every supplier'], intent: 'list-suppliers' },
    { firm: 'physio', q: 'which suppliers only hold staff details and nothing on patients', has: ['IRIS Payroll'], not: ['Cliniko', 'Google Workspace'], intent: 'data' },
    { firm: 'climbing', q: 'which apps hold staff data and no data on members', has: ['RotaCloud', 'Moorfield Payroll'], not: ['Google Workspace', 'Calder Security'], intent: 'data' },
    { firm: 'salon', q: 'which systems have staff info but nothing about clients', has: ['Deputy', 'IRIS Payroll'], not: ['Phorest', 'Ring'], intent: 'data' },
    // Passed before, kept as checks: "who's got" a thing that is no data, "who has access", and the holders with nothing left out.
    { firm: 'physio', q: 'which suppliers hold staff details', has: ['Cliniko', 'IRIS Payroll'], intent: 'data' },
    { firm: 'salon', q: 'who has access to the booking system', has: ['Phorest'], intent: 'access' },
    // Van keys are a thing lying about, no entry's data (the fortieth round: a key "kept" in a bracket of site access notes is no
    // head of what is held); it was the van lease's entry before.
    { firm: 'pest', q: 'whos got the spare van keys', has: ['Hester Quayle', "I don't know"], not: ['These suppliers', 'Lex Autolease'] },
  ]);
});

describe("one supplier's field asked in everyday words: what it holds on me, an American transfer, an agreement sent", () => {
  cases([
    // Failed before this round (the whole entry, the lawful basis or the role).
    { firm: 'physio', q: 'what does cliniko hold on me', has: ['Cliniko holds', 'health records'], intent: 'data' },
    { firm: 'climbing', q: 'what does rock gym pro hold on me', has: ['Rock Gym Pro holds'], intent: 'data' },
    { firm: 'climbing', q: 'rock gym pro is american right, so how can we send member data over there', has: ['IDTA'], intent: 'transfer' },
    { firm: 'stables', q: 'mailchimp is american isnt it, how can we send the newsletter list over there', has: ['IDTA'], intent: 'transfer' },
    { firm: 'football', q: 'whole game system - have they sent the joint controller agreement back yet', has: ['on file'], intent: 'statement' },
    { firm: 'lettings', q: 'have rightmove signed the joint controller agreement yet', has: ['Not yet', 'in progress'], intent: 'statement' },
    { firm: 'holidays', q: 'has pitchup signed the data sharing agreement yet', has: ['Not yet', 'requested'], intent: 'statement' },
    // Passed before, kept as checks: the role asked as such, and an agreement of ours or of no data.
    { firm: 'lettings', q: 'is rightmove a joint controller', has: ['Rightmove is a joint controller'], intent: 'role' },
    { firm: 'holidays', q: 'is pitchup a joint controller', has: ['Pitchup.com is a joint controller'], intent: 'role' },
    { firm: 'festival', q: "do we have st clement's gdpr statement", has: ['on file'], intent: 'statement' },
  ]);
});

describe('ordinary questions near the new rules, from the regression hunt: they keep their answers, or get the better one', () => {
  cases([
    // Changed for the better in the hunt: a tool the firm's rule on approved tools keywords, and a tool with no policy at all.
    { firm: 'recycling', q: 'can i put the collection list on dropbox', has: ['Approved tools and storage'], not: ['Chain of custody'], intent: 'policy' },
    { firm: 'pharmacy', q: 'can patients order prescriptions on whatsapp', has: ["can't find whatsapp"], not: ['ProScript Connect: '], intent: 'unknown-supplier' },
    { firm: 'transport', q: 'who do we usually send patient details to', has: ['We pass patient details to'], intent: 'access' },
    // Kept: the role asked as an arrangement, our own signing, an agreement of no data, an amount of data.
    { firm: 'transport', q: 'do we have a joint controller arrangement with spire', has: ['Spire Healthcare is a joint controller'], intent: 'role' },
    { firm: 'blocks', q: 'have we signed the contract with gallagher', has: ['Gallagher'], not: ['GDPR statement is on file'] },
    { firm: 'solar', q: 'have they sent the installer agreement yet', has: ['MCS'], not: ['GDPR statements not on file'] },
    { firm: 'gym', q: 'how much data does the booking system hold', has: ['Glofox'], not: [DONT_KNOW] },
  ]);
});
