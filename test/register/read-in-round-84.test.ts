import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-fourth round mended in the answerer, beside its neighbours: the stories focus set 109 taught, the same stories told
 * otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    parkview: 'parkview-residents-association',
    riverprint: 'riverprint-community-newspaper',
    safehome: 'safehome-discharge-volunteers',
    befrienders: 'broadland-befrienders',
    villageShop: 'ashby-parva-stores',
    mensShed: 'tinkers-mens-shed',
    synagogue: 'bethshalom-synagogue',
    library: 'pageturner-mobile-library',
    church: 'st-brannocks-church',
    bakery: 'crumb-and-crust-bakery',
    companions: 'kindly-company-companions',
    villageHall: 'hartfield-village-hall',
    familyHistory: 'rootsandroutes-family-history-society',
    leagueOfFriends: 'wardside-league-of-friends',
    memoryCafe: 'forget-me-not-memory-cafe',
    socialClub: 'ashgrove-social-club',
    hospitalRadio: 'bedside-hospital-radio',
  }),
);

describe('what the association keeps on someone, asked by them', () => {
  cases([
    { firm: 'parkview', q: 'a resident stopped me by the bins and asked what info the association keeps on her. i said id find out, what now?', has: ['own-data-request', 'Note who asked and when'] },
    { firm: 'mensShed', q: 'one of the members asked what info the group keeps on him, what do i do?', has: ['subject-access', 'for a copy of what the shed holds about them'] },
    { firm: 'synagogue', q: 'a member asked what the shul keeps on him', has: ['subject-access', 'give it to Miriam the same day'] },
    { firm: 'library', q: 'a reader asked what the library keeps on her', has: ['subject-access', 'pass it to Helen the same day'] },
    { firm: 'church', q: 'someone on the electoral roll asked what the church keeps on them', has: ['subject-access', 'a copy of what the parish holds about them'] },
    // Neighbour: what the shop has for someone, not what it holds on them.
    { firm: 'bakery', q: 'a customer asked what the shop has for her gluten free', has: [], not: ['If a customer asks what data we hold about them'] },
  ]);
});

describe('someone we serve not seen for days, or an older person seen not coping', () => {
  cases([
    { firm: 'parkview', q: "nobody's seen the lady at 41 derwent for days, can i ask in the block group if anyone knows where she is?", has: ['vulnerable-residents', 'Do not discuss it in any WhatsApp group'] },
    { firm: 'befrienders', q: "nobody's seen mrs hale from the tuesday group for over a week, can i ask round the group if anyone knows where she is?", has: ['safeguarding-sharing', 'tell Maggie the same'] },
    { firm: 'parkview', q: 'door knocking today, old gent at 3 ashdown hasnt got any heating and looked really frail, no ones seen his family for weeks. who do i tell?', has: ['vulnerable-residents', 'tell Marcia the same day'] },
    { firm: 'befrienders', q: "old gent on my visits hasn't got any heating and looks frail, who should i tell?", has: ['safeguarding-sharing', 'tell Maggie the same'] },
    { firm: 'befrienders', q: 'Mr Coe seems not to be coping, no heating and not eating, who do I tell?', has: ['safeguarding-sharing', 'neglecting themselves'] },
    { firm: 'companions', q: 'my client had no heating and no food in the fridge today, she seemed muddled, who do I tell?', has: ['safeguarding', 'ring the office or the on-call phone'] },
    // Whom to tell asked in other words (the same reading of it as a story's "who do I tell?" beside it elsewhere).
    { firm: 'companions', q: 'my client seemed muddled and had no food in, who should i speak to?', has: ['safeguarding', 'ring the office or the on-call phone'] },
    { firm: 'villageHall', q: "one of the lunch club ladies hasn't been seen for days, who do I tell?", has: ['safeguarding', 'Megan Watkins is our designated safeguarding'] },
    // Neighbours: a thing not seen, not a person; whom to tell asked of good news; a firm whose one safeguarding policy is for its young staff.
    { firm: 'befrienders', q: "nobody's seen the tea urn for days, has someone borrowed it?", has: [], not: ['If you are worried'] },
    { firm: 'villageShop', q: 'old gent who comes in said his heating is fixed now, who do i tell the delivery is late?', has: [], not: ['If a young person tells you something worrying'] },
    { firm: 'villageShop', q: 'doing the deliveries, elderly lady at the end house had nothing in the fridge and seemed really muddled, who do i tell?', has: ['Margaret Ellwood'], not: ['If a young person tells you something worrying'] },
    // Not coping seen, but an outing asked, not whom to tell.
    { firm: 'befrienders', q: 'my client seemed really frail today, can i still take her out for lunch?', has: [], not: ['If you are worried'] },
  ]);
});

describe('someone\'s address published by a slip', () => {
  cases([
    { firm: 'riverprint', q: "oops, we ran mr gillespie's letter online with his full street address. can i just edit it out and not make a fuss?", has: ['lost-device-breach', 'Do not try to fix it quietly'] },
    { firm: 'riverprint', q: 'oops, we printed the raffle winners in the paper with their home addresses, what now?', has: ['lost-device-breach', 'Do not try to fix it quietly'] },
    { firm: 'riverprint', q: "the classified ad went out with the seller's home address on it by mistake", has: ['lost-device-breach', 'Do not try to fix it quietly'] },
    { firm: 'familyHistory', q: "oops, the magazine printed a member's full home address with her research interests", has: ['email-and-mistakes'] },
    { firm: 'leagueOfFriends', q: "oops, our facebook post showed a patient's name and ward", has: ['breach-reporting'] },
    { firm: 'memoryCafe', q: "oops the newsletter went out with Mr Bell's address and phone in it", has: ['breaches-and-lost-devices', 'a newsletter sent with everyone'] },
    // Told by the group it went into, which is an entry of ours: the breach, not the entry.
    { firm: 'parkview', q: "oops, we put a resident's flat number and phone in the block C group by mistake", has: ['lost-phone-breach'], not: ['The Parkview Residents WhatsApp community'] },
    // Neighbour: leave asked to print them, no slip told: the rule on letters, not the breach policy.
    { firm: 'riverprint', q: 'can we print the raffle winners in the paper with their home addresses?', has: [], not: ['Do not try to fix it quietly.'] },
  ]);
});

describe('how long a thing is kept, where the entries holding it do not say', () => {
  cases([
    { firm: 'riverprint', q: 'the letters we never printed from the summer are still sitting in the inbox, how long do we hang on to them?', has: ['keeping-material', 'letters are deleted after 3 months'], not: ['Otter transcripts are deleted once the story is published.'] },
    // Only the sentence giving the letters their time is quoted, not the rest of the schedule. Neighbour: an entry that gives the time
    // itself answers, and no policy sentence is put beside it.
    { firm: 'riverprint', q: 'how long do we hang on to the unused photos from the gala on dropbox?', has: ['unused photos deleted after 2 years'], not: ['Unused photos go after 2 years'] },
  ]);
});

describe('the neighbours asked by us whether a client is back in hospital', () => {
  cases([
    { firm: 'safehome', q: "client didn't answer the door, shall i knock next door and ask if she's gone back into hospital?", has: ['no-answer', 'Never ask neighbours whether the person'] },
    // Neighbour: a neighbour asking us is the policy on what neighbours are told.
    { firm: 'safehome', q: "the lady next door came out and asked me what's wrong with mrs b and whether she's been in hospital", has: ['health-details'], not: ['Never ask neighbours whether the person has been taken back to hospital or give them any details.'] },
  ]);
});

describe('VAT on a price asked, and a tool played off', () => {
  cases([
    { firm: 'socialClub', q: 'do we add vat to the room hire prices?', has: ["don't know"], not: ['Bookwhen'] },
    // Neighbour: VAT returns are what an entry holds, asked of it.
    { firm: 'socialClub', q: 'does sage hold our vat returns?', has: ['Sage Accounting', 'VAT returns'] },
    { firm: 'hospitalRadio', q: 'can we play the christmas requests straight off youtube?', has: ["I can't find youtube", 'passwords-new-tools'] },
  ]);
});

const more = devCasesOn(
  exampleFirms({
    axeThrowing: 'timberjack-axe-throwing',
    bridgeClub: 'grandslam-bridge-club',
    periodDignity: 'redcup-period-dignity',
    schoolCaterers: 'mealtime-school-caterers',
    vetting: 'keystone-vetting',
    befrienders: 'broadland-befrienders',
    mensShed: 'tinkers-mens-shed',
    bakery: 'crumb-and-crust-bakery',
    synagogue: 'bethshalom-synagogue',
    introductions: 'heartmatch-introductions',
  }),
);

describe('how long a thing is kept, where a policy speaks of ages too', () => {
  more([
    // "12 to 17 year olds" is an age, not a length of time the waiver is kept.
    { firm: 'axeThrowing', q: 'how long do we hang on to the waivers for the kids who came to family sessions', has: ['waivers', 'Waivers are kept for 3 years'] },
  ]);
});

describe("someone's money taken over by one of their own", () => {
  more([
    { firm: 'bridgeClub', q: "mrs h seemed very muddled today and said her nephew is 'looking after her money' now. should i have a word with her partner about it?", has: ['vulnerable-members', 'signs of financial abuse'] },
    { firm: 'befrienders', q: 'mrs d said her new lodger has her bank card now and does all her shopping', has: ['safeguarding-sharing', 'scammed'] },
    // Neighbour: one's own money looked after while away is no one's abuse.
    { firm: 'bridgeClub', q: "my son is looking after my money while i'm in spain, can i still pay subs by card?", has: [], not: ['signs of financial abuse'] },
  ]);
});

describe('someone asking to be wiped', () => {
  more([
    { firm: 'periodDignity', q: 'a donor wants to be totally wiped incl her gift aid, can i just delete her record', has: ['subject-access', "Donors' Gift Aid records must be kept for 6 years"] },
    { firm: 'mensShed', q: 'a member wants to be completely deleted from everything, what do i do?', has: ['subject-access'] },
  ]);
});

describe('the records of one who has left, asked gone now', () => {
  more([
    { firm: 'schoolCaterers', q: 'girl with the dairy allergy left in july, can i get rid of her diet form now', has: ['records-retention', 'after the pupil leaves the school'] },
    { firm: 'schoolCaterers', q: 'the lad with the nut allergy moved schools at easter, ok to delete his diet records now?', has: ['records-retention', 'after the pupil leaves the school'] },
    { firm: 'bakery', q: 'one of the saturday girls left in june, can i shred her staff file now?', has: ['staff-records'] },
    { firm: 'synagogue', q: 'a family resigned membership in 2019, can i bin their file now?', has: ['records-retention', 'after a household leaves'] },
    { firm: 'introductions', q: 'a member left in march, can I delete her notes now?', has: ['records-retention', 'When a membership ends'] },
    // Neighbour: a thing left behind, not one who has left.
    { firm: 'schoolCaterers', q: "the girl left her lunchbox behind, can i get rid of the diet form now we've typed it up?", has: [], not: ['Special-diet forms and menus are kept until the end of the term after the pupil leaves the school'] },
  ]);
});

describe('our own email to the wrong person, where a policy is titled on it', () => {
  more([
    { firm: 'vetting', q: 'just sent a status update to the wrong scout group, outlook autofilled it. can i email them asking them to delete it', has: ['wrong-recipient', 'do not try to recall it yourself'] },
    // Neighbour: a client's slip that reaches us is the breach policy's.
    { firm: 'vetting', q: 'one of our clients forwarded an applicants details to the wrong church, should i ring the applicant and warn her', has: ['breach', 'Do not contact the applicant or the client organisation'] },
  ]);
});

const played = devCasesOn(
  exampleFirms({ discos: 'beatbox-discos', dayCentre: 'bluebell-day-centre', keyholding: 'ridgeway-keyholding' }),
);

describe('music played off a tool we do not hold, and a code given to the wrong one', () => {
  played([
    { firm: 'discos', q: 'can i play the set straight off spotify at the wedding?', has: ["I can't find spotify", 'new-tools'] },
    { firm: 'dayCentre', q: 'can we play the singalong songs straight off spotify on the tv?', has: ["I can't find spotify", 'new-tools'] },
    { firm: 'keyholding', q: 'gave a code to the wrong person on the phone, should i ring the client myself and say sorry', has: ['breach', 'Do not contact the client yourself'] },
    { firm: 'keyholding', q: "i told the wrong caller the client's address, what do i do", has: ['breach', 'Tell Colin Wharton by phone within one hour'] },
  ]);
});
