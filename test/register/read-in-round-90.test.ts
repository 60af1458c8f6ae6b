import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the ninetieth round mended in the answerer, beside its neighbours: the stories focus sets 129, 134 and 135 taught, the same
 * stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    hatbox: 'hatbox-millinery',
    beachCleans: 'tidewrack-beach-cleans',
    seaSwimming: 'saltpan-sea-swimming-club',
    fireRisk: 'firebreak-fire-risk-assessors',
    harbour: 'quayside-harbour-office',
    waterTaxis: 'ferryman-water-taxis',
    babyMassage: 'hollowtree-baby-massage',
    radio: 'signalbox-community-radio',
    supperClub: 'larchgate-supper-club',
    natureReserve: 'reedbed-nature-reserve',
    counselling: 'riverbend-counselling-rooms',
    launderette: 'thistledown-launderette',
    holidayLets: 'pebbledash-holiday-lets',
  }),
);

describe("focus set 134's stories", () => {
  cases([
    // The police asking for a clip to be sent over: the sentence on police requests for footage.
    { firm: 'harbour', q: 'PC rang asking if we could just email over the clip of the car park from saturday night', has: ['cctv-footage', "signed data request form with the officer's collar number"] },
    // Neighbour: the police asking for something else.
    { firm: 'harbour', q: 'PC rang asking if we could move the boat trailer off the slipway', has: [], not: ["Police requests must come on a signed data request form"] },
    // Someone come to say a thing handed in is theirs: the lost property policy.
    { firm: 'harbour', q: 'lad come in saying the sunglasses in the box are his, can I just give them over?', has: ['lost-property', 'describe it or prove it is theirs'] },
    // The same claim the start already answered by its lost property words: the reading keeps it.
    { firm: 'waterTaxis', q: 'woman rang saying the scarf in lost property is hers, can we post it to her?', has: ['lost-property', 'Return it only to someone who can describe it'] },
    // Neighbour: a thing of ours broken, not one handed in.
    { firm: 'harbour', q: 'lad come in saying the sunglasses he bought at the chandlery are broken, can I just give him a new pair?', has: [], not: ['Hand it back only to someone who can describe it'] },
    // A stranger's thing found where people sit, told bare, or left with us long and never claimed: the lost property policy.
    { firm: 'waterTaxis', q: 'found an iphone wedged under the seats on the 3pm run', has: ['lost-property', 'phones and wallets go to the police'] },
    { firm: 'waterTaxis', q: 'kiosk is full of coats and hats from the summer that nobody came back for, what happens to them', has: ['lost-property', 'Unclaimed items go to charity after 2 months'] },
    { firm: 'harbour', q: "we've had a kid's bike in the back office since june, can it go to the tip", has: ['lost-property', 'other items are kept for 3 months'] },
    { firm: 'supperClub', q: "we've had a coat hanging in the hall since september, nobody's claimed it", has: ['lost-property', 'kept for 2 months and then given to charity'] },
    // Neighbours: ours, or nothing found.
    { firm: 'harbour', q: "we've had the harbour bike in the back office since june, can it go to the tip", has: [], not: ['other items are kept for 3 months'] },
    { firm: 'waterTaxis', q: 'found a great new coat shop in town', has: [], not: ['Unclaimed items go to charity after 2 months'] },
    // A fob lost or kept overnight: the policy on keys and fobs.
    { firm: 'fireRisk', q: 'dropped the fob for Kirkgate House somewhere in the car park and cant find it 😬', has: ['keys-and-fobs', 'reported to Callum within the hour'] },
    { firm: 'fireRisk', q: 'finishing late at the block in Headingley, ok if I keep the fob overnight and drop it back tmrw morning?', has: ['keys-and-fobs', 'never take them home'] },
    // Neighbour: a fob reader is no fob.
    { firm: 'fireRisk', q: 'the fob reader at Kirkgate House is broken again', has: [], not: ['never take them home'] },
    // A work phone gone into the water, told without "the": lost, so the breach policy.
    { firm: 'waterTaxis', q: 'taxi phone just went in the river at the quay 😱', has: ['breach-reporting', 'Tell Ros at once'] },
    // Neighbour: no device.
    { firm: 'waterTaxis', q: 'the van went in the river', has: [], not: ['Tell Ros at once'] },
    // Someone's details given to one who lied about who they were: a breach, whatever is asked after.
    { firm: 'harbour', q: "gave a berth holder's number to a bloke who said he was his brother, turns out he wasn't 😬 should I delete the note I made of the call?", has: ['breach-reporting', 'Do not delete anything'] },
    // Neighbour: no lie found out.
    { firm: 'harbour', q: "gave a berth holder's number to a bloke who said he was his brother, he was really grateful", has: [], not: ['Do not delete anything'] },
    // A mishap where nobody was hurt, whether to log it asked: the sentence on near misses.
    { firm: 'harbour', q: 'two ribs touched at the fuel berth, no damage done, do I still need to log it?', has: ['incident-reports', 'every accident, near miss, pollution or collision'] },
    // Neighbour: no writing up asked.
    { firm: 'harbour', q: 'two ribs touched at the fuel berth, no damage done, do I still need to pay the fuel bill?', has: [], not: ['every accident, near miss, pollution or collision'] },
    // A request for the firm's own information as a public body's: the policy on Freedom of Information.
    { firm: 'harbour', q: 'got a letter from a local councillor asking how much we spent on dredging last year, who does that go to?', has: ['requests-for-information', 'Pass every written request to Jory the same day'] },
    { firm: 'harbour', q: 'email from a Mr Hosking saying we are a public body so we have to send him the names of everyone with a mooring here', has: ['requests-for-information', 'Personal details of berth holders are never released under FOI'] },
    // Neighbour: nothing asked.
    { firm: 'harbour', q: 'got a letter from a local councillor thanking us for the regatta', has: [], not: ['Pass every written request to Jory the same day'] },
    // A list asked to be printed, where the policy says "never print it" of what its title names.
    { firm: 'waterTaxis', q: "tablet's playing up this morning, can I print today's list of who's booked as a backup?", has: ['passenger-manifests', 'never print it or photograph it'] },
    // Neighbour: nobody's list.
    { firm: 'waterTaxis', q: 'can I print the tide times for the kiosk window?', has: [], not: ['never print it or photograph it'] },
  ]);
});

describe("focus sets 129 and 135's stories", () => {
  cases([
    // Someone's health said in a group chat by a slip: a breach.
    { firm: 'seaSwimming', q: "hannah mentioned someone's epilepsy in the session whatsapp this morning by accident. is that a big deal", has: ['breach-reporting', 'shared in a group is a breach'] },
    // Neighbour: nobody's health.
    { firm: 'seaSwimming', q: 'hannah mentioned the tide times in the session whatsapp this morning by accident', has: [], not: ['Tell Fiona within 24 hours'] },
    // A client's photo to go on the website: the policy on photos, not one titled on messages through the platform.
    { firm: 'hatbox', q: 'got a gorgeous shot of the ascot client in the finished hat from her fitting. want to pop it on the website gallery, she seemed happy. anything I need first?', has: ['fitting-photos', 'signs the photo consent slip'] },
    // A group chat put to other uses: the sentence on what the group is for.
    { firm: 'seaSwimming', q: 'members are using the session group to sell wetsuits and arrange car shares, is that fine?', has: ['group-chats', 'Groups are for sea conditions and cancellations only'] },
    // Neighbour: the group used for what it is for.
    { firm: 'seaSwimming', q: 'members are using the session group to check the sea conditions, is that fine?', has: [], not: ['Groups are for sea conditions and cancellations only'] },
    // A door code sent to the wrong one: a breach.
    { firm: 'supperClub', q: "i sent the door code to someone who came last month instead of tonight's guest 🤦‍♀️", has: ['breach-reporting', 'Tell Ros straight away'] },
    // Neighbour: a menu holds nobody's details.
    { firm: 'supperClub', q: "i sent the menu to someone who came last month instead of tonight's guest", has: [], not: ['Tell Ros straight away'] },
    // A teacher leaving the children with us: the sentence that the teacher stays responsible, before safeguarding at large.
    { firm: 'beachCleans', q: 'the teacher wants to wander off for a coffee and leave the kids with us for an hour, is that alright', has: ['school-groups', 'The teacher stays responsible for the pupils'] },
    // Where that sentence is the safeguarding policy's own, the safeguarding policy stands (it did before the reading too).
    { firm: 'natureReserve', q: "teacher says she's popping to the car and leaving the class with me for 20 mins", has: ['safeguarding', 'The teacher stays responsible for the class'] },
    // Neighbour: no children left.
    { firm: 'beachCleans', q: 'the teacher wants to leave the minibus with us for an hour', has: [], not: ['The teacher stays responsible for the pupils'] },
    // Bruises on a baby, its age in months: safeguarding.
    { firm: 'babyMassage', q: "noticed bruises on a 4 month old's arms during class today, mum went really quiet when I asked", has: ['safeguarding', 'write down what you saw and heard'] },
    // A secret about a partner at home: safeguarding.
    { firm: 'babyMassage', q: "a mum told me some stuff about her partner at home and made me swear I wouldn't tell anyone", has: ['safeguarding', 'promise a parent to keep it secret'] },
    // Neighbour: a happy secret.
    { firm: 'babyMassage', q: "a mum told me she's planning a surprise party for her partner and made me swear I wouldn't tell anyone", has: [], not: ['Do not promise a parent to keep it secret'] },
    // A parent's low mood told: the sentence on what to do.
    { firm: 'babyMassage', q: "a mum stayed behind crying after class and said she's been feeling really low since the birth, what do i do", has: ['baby-health-notes', 'give them the health visitor leaflet'] },
    // Neighbour: a battery low.
    { firm: 'babyMassage', q: 'the battery on the card reader is feeling low, what do i do', has: [], not: ['give them the health visitor leaflet'] },
    // Money back for a session missed through illness: the sentence on refunds for missed classes.
    { firm: 'babyMassage', q: 'baby had a temperature and missed week 3, parent asking for her money back', has: ['payments-refunds', 'class can be moved to the next course'] },
    // Neighbour: no illness, no missed class.
    { firm: 'babyMassage', q: 'parent asking for her money back, she didnt like the class', has: [], not: ["a poorly baby's class can be moved to the next course"] },
    // A picture of a guest asked off a post: the sentence on taking photos down, not the erasure of everything held.
    { firm: 'supperClub', q: "guest dm'd asking us to delete the pic of her from friday's post", has: ['photos', 'Tilly removes it within 24 hours'] },
    // Neighbour: deleted from our own files is an erasure.
    { firm: 'supperClub', q: "guest dm'd asking us to delete the pic of her from our files", has: ['subject-access'], not: ['Tilly removes it within 24 hours'] },
    // A home too full to get through: the sentence on hoarding.
    { firm: 'fireRisk', q: 'flat on the 4th floor is absolutely rammed with stuff, can barely get past the front door, what do i do before i go', has: ['safeguarding-on-site', 'tell the site manager before you leave'] },
    // Neighbour: full of people, not things.
    { firm: 'fireRisk', q: 'flat on the 4th floor is absolutely rammed with people for a party, what do i do', has: [], not: ['tell the site manager before you leave'] },
    // A plus-one written "+1": the policy on plus-ones.
    { firm: 'supperClub', q: "a booker's +1 loved the evening, should I add her email to our list?", has: ['plus-ones', 'unless they ask us themselves'] },
    // Someone's health told, how much to write down asked: the policy on recording it.
    { firm: 'fireRisk', q: 'lady in flat 12 told me all about her parkinsons and the tablets she takes, how much of that do I write down?', has: ['resident-vulnerabilities', 'never diagnoses or names of medication'] },
    // Someone under 18 on a show: the rule whose age takes them in.
    { firm: 'radio', q: "we've got a 16yo from the youth theatre on the arts show next week, anything special?", has: ['guests-releases', 'a parent signs for anyone under 18'] },
  ]);
});

describe("what the round's review found: plain variants of the readings, and an over-reach narrowed", () => {
  cases([
    // Someone's details given to one pretending to be another, told in other orders.
    { firm: 'harbour', q: "someone rang pretending to be a boat owner's wife and I gave her his phone number", has: ['breach-reporting', 'Do not delete anything'] },
    { firm: 'counselling', q: "caller said she was a client's sister and I gave out the appointment time, turns out she wasn't", has: ['breach-reporting'] },
    { firm: 'launderette', q: "a man rang saying he was from the care home and I gave him a resident's address, he wasn't", has: ['breach-reporting'] },
    // Neighbour: nothing found false.
    { firm: 'harbour', q: 'a woman rang saying she was his wife and I gave her his mooring number, she was lovely', has: [], not: ['Do not delete anything'] },
    // A baby's health said in the group by a slip.
    { firm: 'babyMassage', q: "oops I said in the group chat that Amy's baby has reflux and a hospital appointment", has: ['breach-reporting'] },
    { firm: 'babyMassage', q: "posted about a baby's tongue tie in the group by mistake", has: ['breach-reporting'] },
    // Belongings found or long unclaimed, and a thing left claimed.
    { firm: 'supperClub', q: "a cardigan has been on the hook since the march supper, nobody's asked for it", has: ['lost-property', 'kept for 2 months and then given to charity'] },
    { firm: 'holidayLets', q: 'guest left a watch in the cottage 4 months ago, never came back for it', has: ['lost-property'] },
    { firm: 'holidayLets', q: 'found a purse down the back of the sofa in Gull Cottage', has: ['lost-property'] },
    { firm: 'holidayLets', q: 'guest says the charger left in the cottage is theirs, can I send it?', has: ['lost-property'] },
    // Someone under 18 to come on or present a show.
    { firm: 'radio', q: 'a 16 year old wants to come on the show on saturday', has: ['guests-releases', 'a parent signs for anyone under 18'] },
    { firm: 'radio', q: 'a 17 year old volunteer wants to present a show', has: ['guests-releases', 'a parent signs for anyone under 18'] },
    // Over-reach narrowed: a data breach's near miss is no rule on logging a mishap.
    { firm: 'natureReserve', q: 'a branch came down on the path just after a group passed, nobody hurt, should I report it?', has: [], not: ['Near misses are discussed'] },
  ]);
});
