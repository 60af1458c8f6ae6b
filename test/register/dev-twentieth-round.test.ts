import { describe } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twentieth round of work: rounds 23 and 24's misses as classes,
 * written in new words on other example firms, and questions that must keep their right answers.
 * For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    photographer: 'foxglove-studio',
    care: 'larkfield-home-care',
    recruiter: 'kestrel-recruitment',
    garage: 'marshgate-motors',
    removals: 'thackeray-removals',
    physio: 'kestrel-physio',
    gym: 'copperbeech-fitness',
    vets: 'hawthorn-vets',
    funeral: 'hollins-funeral',
    letting: 'ashcombe-lettings',
    school: 'millbrook-school',
    it: 'kittiwake-it',
    driving: 'ridgeway-driving',
  }),
);

describe('"who haven\'t we got a statement from?": a negated helping verb is never a supplier\'s name', () => {
  cases([
    // Failed before this round ("I can't find haven in our register").
    { firm: 'photographer', q: 'who havent we had a gdpr statement from', has: ['not on file', 'Flodesk'], intent: 'statement' },
    { firm: 'care', q: "who haven't we got a dpa from", has: ['not on file', 'uCheck'], intent: 'statement' },
    // Passed before, kept as checks: the same asked without a contraction, and a supplier we do not hold.
    { firm: 'photographer', q: 'who have we not got a gdpr statement from', has: ['not on file', 'Flodesk'], intent: 'statement' },
    { firm: 'photographer', q: 'do we have a dpa with sage', has: ["can't find sage"], intent: 'unknown-supplier' },
  ]);
});

describe('a tool we do not use asked about as "GDPR compliant": not in the register, and whom to ask, not our own supplier for that job', () => {
  cases([
    // Failed before this round (our own supplier's statement, as if it were the tool asked about).
    { firm: 'photographer', q: 'is smugmug gdpr compliant? we might move the galleries', has: ["can't find smugmug", 'Rosalind Fenwick'], not: ['Pixieset'], intent: 'unknown-supplier' },
    { firm: 'photographer', q: 'thinking of changing the mailing list, is convertkit gdpr compliant', has: ["can't find convertkit", 'Rosalind Fenwick'], not: ['Flodesk'] },
    { firm: 'care', q: 'thinking of changing rota system, is Rotacloud gdpr compliant?', has: ["can't find Rotacloud", 'Priya Mistry'], not: ['CarePlanner'] },
    // A web address is a name, however everyday its first word ("care").
    { firm: 'care', q: 'is care.com gdpr compliant', has: ["can't find care.com", 'Priya Mistry'], not: ['Birdie'] },
    // Passed before, kept as checks: our own tools, by name or everyday words, and a slip of a name.
    { firm: 'photographer', q: 'is pixieset gdpr compliant', has: ['Pixieset', 'on file'], intent: 'statement' },
    { firm: 'care', q: 'is the rota system gdpr compliant', has: ['CarePlanner', 'on file'], intent: 'statement' },
    { firm: 'photographer', q: 'does anyone know if Pic-Time is gdpr compliant', has: ["can't find Pic-Time"] },
    { firm: 'recruiter', q: 'is bullhorn gdpr compliant', has: ['Bullhorn'], intent: 'statement' },
  ]);
});

describe('two questions in one: whom to ask after a policy, and a second asked in the first supplier\'s own shorthand', () => {
  cases([
    // Failed before this round (the second question dropped).
    { firm: 'photographer', q: 'which policy covers memory cards, and who do i turn to with gdpr questions?', has: ['Memory cards and camera kit', 'For data protection, ask Rosalind Fenwick'] },
    { firm: 'removals', q: 'which policy is about the surveyors tablets, and who do i turn to with gdpr questions?', has: ['Passwords and tablets', 'For data protection, ask Donal Keane'] },
    { firm: 'garage', q: 'who looks after xero? and where is the MTD data kept', has: ['Denise Harrow looks after Xero', 'stored in the US'] },
    { firm: 'photographer', q: 'who runs stripe and where are the BACS details stored', has: ['looks after Stripe', 'stored in the EU and the US'] },
    { firm: 'garage', q: 'who do i go to with data protection questions?', has: ['For data protection, ask Denise Harrow'], intent: 'contact' },
    // Passed before, kept as checks.
    { firm: 'removals', q: 'who looks after quartix? and where is the tracker data kept', has: ['Lukas Novak looks after Quartix', 'stored in the UK'] },
    { firm: 'removals', q: 'who owns yembo? and where do the video survey files live', has: ['Adebayo Okonjo looks after Yembo', 'stored in the US'] },
  ]);
});

describe('who looks after a supplier and the lawful basis for its data, asked together: both answered, the basis as the register writes it', () => {
  cases([
    // Failed before this round (the lawful basis, explicit consent, dropped).
    { firm: 'gym', q: "who looks after myzone and what's the legal basis for the heart rate data", has: ['Priya Bhatt looks after MyZone', 'Explicit consent'] },
    { firm: 'physio', q: 'who handles bupa, and on what basis do we send them the diagnosis?', has: ['Owen Hartley looks after Health insurers', 'Explicit consent'] },
    // Passed before, kept as a check.
    { firm: 'physio', q: "who deals with the insurers and what's our lawful basis for sending them diagnoses", has: ['Owen Hartley looks after Health insurers', 'Explicit consent'] },
  ]);
});

describe('where a kind of data is kept: every holder of that kind, its places (what it is kept "for" is no period), and a key safe is a thing', () => {
  cases([
    // Failed before this round (one holder only; the supplier's security for a key safe).
    { firm: 'vets', q: 'where are clinical records kept', has: ['Provet Cloud', 'Pet insurers'] },
    { firm: 'funeral', q: 'where do the funeral records live', has: ['Halo Funeral Software', 'Golden Charter'] },
    { firm: 'letting', q: 'where do the key safe codes get stored', has: ['Severn Property Maintenance', 'does not say where'], intent: 'location' },
    { firm: 'letting', q: 'which suppliers have the key safe codes', has: ['Severn Property Maintenance'], not: ['security measures'] },
    { firm: 'removals', q: 'where does quartix keep the van data for the mileage claims', has: ['stored in the UK'], intent: 'location' },
    { firm: 'removals', q: 'where does yembo keep the videos for the quotes', has: ['stored in the US'], intent: 'location' },
    // Passed before, kept as checks: records of people are not everything about them; "safe" of data is still security.
    { firm: 'school', q: 'where do we keep pupil records', has: ['Arbor'], not: ['Google Workspace'] },
    { firm: 'it', q: 'where are staff records kept', has: ['Breathe'], not: ['Keeper'] },
    { firm: 'letting', q: 'is our tenant data safe', has: ['encrypted'], intent: 'security' },
    { firm: 'removals', q: 'do we keep the survey videos for long', has: ['Yembo'], intent: 'retention' },
  ]);
});

describe('"who do I tell / speak to…" about a loss or a subject: the policy that says, not only the data-protection contact', () => {
  cases([
    // Failed before this round (the data-protection contact alone).
    { firm: 'photographer', q: 'my camera bag got nicked with the memory cards in it, who do i tell', has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'removals', q: 'a survey tablet was stolen out of the van, who should i tell', has: ['Reporting a data breach', 'office manager'], intent: 'policy' },
    { firm: 'photographer', q: 'who do i talk to about photographing children at a school', has: ['Photographing children and consent', 'For data protection, ask Rosalind Fenwick'] },
    { firm: 'removals', q: "who do i speak to about a customer's alarm codes", has: ["Customers' keys and alarm codes", 'For data protection, ask Donal Keane'] },
    // Passed before, kept as checks: the contact, and a supplier's owner.
    { firm: 'photographer', q: 'who do i ask about gdpr stuff', has: ['For data protection, ask Rosalind Fenwick'], intent: 'contact' },
    { firm: 'garage', q: 'who do i ask about xero', has: ['Denise Harrow looks after Xero'], intent: 'owner' },
  ]);
});

/** Thackeray Removals with its accountants (statement requested) renamed "Hollis Grant International": a word of the name is a field's word. */
function withInternationalAccountants() {
  const config = loadConfigFile(new URL('../../examples/thackeray-removals/vigil.yaml', import.meta.url).pathname);
  const suppliers = config.suppliers.map((s) => (s.id === 'hollis-grant' ? { ...s, name: 'Hollis Grant International', aliases: [] } : s));
  return devQaOf({ ...config, suppliers });
}

describe('"can <someone> check where I went / my clips?": the policy on watching staff, not the supplier\'s entry alone', () => {
  cases([
    // Failed before this round (the tracker's or the dashcam's supplier entry).
    { firm: 'removals', q: 'can lukas look at where i went on saturday on the tracker', has: ['Van tracking', 'privacy mode'], intent: 'policy' },
    { firm: 'driving', q: 'can gareth watch my dashcam clips from last week', has: ['Dashcams in tuition cars'], intent: 'policy' },
    // Passed before, kept as checks: who can see the trackers' data asked in general.
    { firm: 'removals', q: 'can sophie see my driving reports', has: ['Van tracking'] },
    { firm: 'removals', q: 'can the office see where the vans are', has: ['Quartix'], intent: 'location' },
  ]);
});

/** Foxglove Studio with a policy for staff who leave, written as firms write one (its keywords "leaver", "resign", "last day"). */
function withLeaversPolicy() {
  const config = loadConfigFile(new URL('../../examples/foxglove-studio/vigil.yaml', import.meta.url).pathname);
  const leavers = {
    id: 'leavers',
    title: 'When someone leaves',
    text: 'On their last day, collect the studio keys and memory cards, remove their Studio Ninja and Pixieset logins the same day, and change the studio wifi password within a week.',
    keywords: ['leaver', 'leaving', 'resign', 'last day', 'logins'],
  };
  return devQaOf({ ...config, policies: [...config.policies, leavers as (typeof config.policies)[number]] });
}

const renamed = devCasesOn({ removals: withInternationalAccountants() });
const leaving = devCasesOn({ photographer: withLeaversPolicy() });

describe('a word of a supplier\'s name ("International", "Abroad") says which supplier, not which field is asked', () => {
  renamed([
    // Failed before this round (where it stores data and its transfer safeguard, not its statement).
    { firm: 'removals', q: 'have hollis grant international sent us their gdpr statement yet', has: ['requested'], intent: 'statement' },
    // Passed before, kept as a check: its owner asked after.
    { firm: 'removals', q: 'who looks after hollis grant international', has: ['looks after Hollis Grant International'], intent: 'owner' },
  ]);
});

describe('someone leaving the job, however said ("resigned", "handed in her notice"): the policy on leavers', () => {
  leaving([
    // Failed before this round ("Sorry, I don't know…" or another policy).
    { firm: 'photographer', q: 'the second shooter handed in her notice, what do i need to do', has: ['When someone leaves'] },
    // Passed before, kept as checks: said in the policy's own words, and a lost card is still a breach.
    { firm: 'photographer', q: 'our photographer resigned yesterday, what needs doing', has: ['When someone leaves'] },
    { firm: 'photographer', q: 'what do we do when someone is leaving', has: ['When someone leaves'] },
    { firm: 'photographer', q: 'i lost a memory card at a wedding', has: ['Reporting a data breach'] },
  ]);
});
