import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the ninety-first round mended in the answerer, beside its neighbours: the stories focus sets 133, 138 and 139 taught, the same
 * stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    ponyClub: 'saddlecroft-pony-club',
    guides: 'kingfisher-girlguiding-unit',
    youthClub: 'marshgate-youth-club',
    repairs: 'bytefix-computer-repair',
    rangers: 'heathland-ranger-service',
    streetFood: 'smokestack-street-food',
    shoot: 'blackcock-shooting-estate',
    mosque: 'alnoor-mosque-community-centre',
    library: 'wrenfield-community-library',
    quilting: 'quillfield-quilting-studio',
    reptiles: 'pennyfield-reptile-rescue',
    plastering: 'truewall-plastering',
    hearing: 'brackenfold-hearing-centre',
    scuba: 'kittiwake-scuba-school',
    dropIn: 'openhands-refugee-dropin',
    bmx: 'tarnside-bmx-club',
    angling: 'millpond-angling-club',
    padel: 'glenmore-padel-centre',
    soupRun: 'copperkettle-soup-run',
    croquet: 'kilnworth-croquet-club',
    architects: 'fenwick-shaw',
    canal: 'kennet-canal-volunteers',
  }),
);

describe("focus set 133's stories", () => {
  cases([
    // A rider or a child come off, with how they are: the policy that every fall goes in the accident book.
    { firm: 'ponyClub', q: 'little one slipped off at walk in the arena, totally fine, back on straight away. do i need to write it anywhere?', has: ['accidents', 'goes in the accident book that day'] },
    { firm: 'ponyClub', q: 'Boy came off over a cross country fence and bumped his helmet, says he feels ok and wants to do the next round, can he?', has: ['accidents', 'child does not ride again that day'] },
    // The same story the start answered by its words: the reading keeps it.
    { firm: 'ponyClub', q: 'girl slipped off over the jump at the rally, bit shaken but ok, anything to do?', has: ['accidents'] },
    // Neighbour: one come off a list, not a pony.
    { firm: 'ponyClub', q: "the little one came off the waiting list, she's starting monday, fine?", has: [], not: ['goes in the accident book that day'] },
    // The group taken out of the meeting place: the policy titled on trips, not the one on trip money.
    { firm: 'guides', q: "we've decided last minute to walk the Brownies down to the park for the meeting tonight, do I need to do anything first?", has: ['residential-forms', 'notified on GO before it happens'] },
    { firm: 'guides', q: "we're taking the Guides to the beach on saturday, anything I need to sort?", has: ['residential-forms', 'notified on GO before it happens'] },
    // One of ours moving away, what to do with her details asked: the policy on girls leaving.
    { firm: 'guides', q: 'Ava is moving away and wont be coming back after half term. anything i need to do with her details?', has: ['leaving-data', 'mark her as left on GO and OSM'] },
    // A young person made to carry things for others: the disclosure policy.
    { firm: 'youthClub', q: "Girl in the session says her older cousin is making her carry stuff to flats and she's meant to go tonight. She's terrified.", has: ['disclosures', 'ring 999 and then MASH'] },
    { firm: 'youthClub', q: 'lad says some older boys are making him deliver packages to a flat on the estate', has: ['disclosures'] },
    // Neighbour: an errand for the club.
    { firm: 'youthClub', q: 'her mum is making her carry the cake tins to the hall tonight', has: [], not: ['ring 999 and then MASH'] },
    // The police asking for a young person's details: the sentence on sharing without consent.
    { firm: 'youthClub', q: "police officer phoned asking for a lad's address and who he hangs around with, can I tell him?", has: ['referrals-consent', 'Only the DSL may share information without consent'] },
    { firm: 'youthClub', q: "pc rang asking for one of our members' addresses, he says it's urgent", has: ['referrals-consent'] },
    // The sign-in tablet kept unlocked on purpose: the sentence not to leave it so.
    { firm: 'youthClub', q: "kids keep nicking the door ipad to scroll through who's in tonight 🙄 i've left it on so it doesn't log out", has: ['sign-in', 'let young people scroll the list'] },
    { firm: 'youthClub', q: "left the tablet logged in so it doesn't time out during the session", has: ['sign-in', 'Do not leave the tablet unlocked'] },
    // A photo of young people met on the street: the sentence never to photograph them there.
    { firm: 'youthClub', q: 'got chatting to a group by the shops, ok if i take a quick pic of them for the funding report?', has: ['detached-work', 'never photograph young people on the street'] },
    // Neighbour: a photo of a wall, not of people.
    { firm: 'youthClub', q: 'got chatting to a group by the shops, ok if i take a quick pic of the graffiti for the report?', has: [], not: ['never photograph young people on the street'] },
  ]);
});

describe("focus sets 138 and 139's stories", () => {
  cases([
    // Someone hurt, what needs doing asked: the accident policy.
    { firm: 'shoot', q: 'a beater twisted his ankle badly on the heather bank on drive 3, what needs doing', has: ['accidents', 'written up on the accident form by Hamish'] },
    { firm: 'shoot', q: 'beater cut his hand on the brambles on drive 2, what needs doing', has: ['accidents'] },
    // Neighbour: a thing broken, nobody hurt.
    { firm: 'shoot', q: 'the pheasant pen fence is down on drive 3, what needs doing', has: [], not: ['Any injury is written up on the accident form'] },
    // An injury asked into the group chat: the sentence that keeps injuries out of it.
    { firm: 'shoot', q: 'ok if i post in the group how bad petes cut was so everyone knows', has: ['accidents', 'Never share injury details in the WhatsApp group'] },
    { firm: 'shoot', q: "can i tell the beaters group that jim's injury means he's out for the season", has: ['accidents', 'Never share injury details in the WhatsApp group'] },
    // Neighbour: "cut" done, not suffered.
    { firm: 'shoot', q: "ok if i post in the group that pete's cut the grass round the lodge", has: [], not: ['Never share injury details in the WhatsApp group'] },
    // Worry about how someone at home treats a young beater: the sentence on safeguarding concerns.
    { firm: 'shoot', q: 'one of the lads on the team said something that worried me about how his stepdad treats him', has: ['young-beaters', 'Any safeguarding concern goes to Hamish the same day'] },
    // Neighbour: how a coach runs things, nobody at home.
    { firm: 'shoot', q: 'worried about how his coach runs the drives', has: [], not: ['Any safeguarding concern goes to Hamish the same day'] },
    // A stranger with a camera asking who is shooting: the press policy.
    { firm: 'shoot', q: 'some bloke at the gate with a camera asking whos shooting today and if a certain MP is here', has: ['photos-and-press', 'say nothing and pass them to Rosalind'] },
    // Recovered data copied to one's own stick: the sentence never to.
    { firm: 'repairs', q: 'can i copy a few of the recovered holiday videos onto my own stick to check they play at home', has: ['browsing-customer-data', 'never copy anything to your own phone or USB stick'] },
    // Old devices wiped, what to write down asked: the policy on wiping devices.
    { firm: 'repairs', q: "just blancco'd three old pcs from the school, anything i need to note down", has: ['wiping-disposal', 'Write the serial number and wipe result'] },
    // A lost phone asked into the group: the sentence not to post about the loss.
    { firm: 'rangers', q: 'can i put a message in the work party group asking if anyone found the phone i dropped on stoborough heath', has: ['lost-device-incidents', 'Do not post about the loss in the WhatsApp group'] },
    // Neighbour: a message about the rota.
    { firm: 'rangers', q: 'can i put a message in the work party group asking if anyone can do saturday', has: [], not: ['Do not post about the loss in the WhatsApp group'] },
    // A landowner asking who was seen: the sentence that incidents are not discussed with landowners.
    { firm: 'rangers', q: 'the landowner at arne rang asking who started the fire last week, he wants the details of the people we saw', has: ['incidents-on-reserves', 'do not discuss them with landowners'] },
    // Neighbour: the landowner asking something else.
    { firm: 'rangers', q: 'the landowner at arne rang asking if we can move the work party to friday', has: [], not: ['do not discuss them with landowners'] },
    // One not seen since a year, whether we may still hold his details asked: the sentence on how long after the last work party.
    { firm: 'rangers', q: 'a volunteer hasnt been out with us since 2023, are we still meant to have his details', has: ['volunteer-records-retention', "deleted two years after someone's last work party"] },
    // Neighbour: one not seen, his health asked after.
    { firm: 'rangers', q: "a volunteer hasnt been out with us since 2023, hope he's ok", has: [], not: ["deleted two years after someone's last work party"] },
    // Someone in a reel wanting it down: the sentence that photos are deleted when asked.
    { firm: 'streetFood', q: 'someone DMd saying theyre in our reel from last weeks market and want it taken down', has: ['photos', 'Molly deletes any photo within 48 hours'] },
  ]);
});

describe("what the round's review found: plain variants of the readings, and over-reaches narrowed", () => {
  cases([
    // A young person made to carry or run things, told in other words.
    { firm: 'youthClub', q: 'one of the boys told me some older lads make him drop off packages across town', has: ['disclosures'] },
    { firm: 'youthClub', q: 'a 14 year old said hes being forced to deliver bags for someone, what do i do', has: ['disclosures'] },
    { firm: 'youthClub', q: 'kid says his uncle got him running parcels for him to other estates', has: ['disclosures'] },
    // One of ours gone, told in the past.
    { firm: 'guides', q: 'Ruby has left guides, what happens to her info', has: ['leaving-data', 'mark her as left on GO and OSM'] },
    // The police by other names, asking where someone lives or whom he goes about with.
    { firm: 'youthClub', q: 'a copper came in asking where one of our girls lives and her phone number', has: ['referrals-consent'] },
    { firm: 'youthClub', q: 'PCSO wants to know who jayden hangs about with, ok to tell her?', has: ['referrals-consent'] },
    // Over-reach narrowed: our own address is no one's information.
    { firm: 'youthClub', q: "the police asked for our club's address to send a letter, can I give it", has: [], not: ['Only the DSL may share information without consent'] },
    // An injury asked into the group in other words.
    { firm: 'shoot', q: 'can I put in the beaters whatsapp that dave broke his wrist today', has: ['accidents', 'Never share injury details in the WhatsApp group'] },
    // Over-reach narrowed: a lost thing that holds nobody's information.
    { firm: 'rangers', q: 'can i put a message in the group asking if anyone found my sunglasses at the work party', has: [], not: ['Do not post about the loss in the WhatsApp group'] },
    // A landowner asking whether we saw who did it.
    { firm: 'rangers', q: 'a landowner asked if we saw who dumped the rubbish by his gate', has: ['incidents-on-reserves', 'do not discuss them with landowners'] },
  ]);
});

describe("focus sets 140 and 141's stories", () => {
  cases([
    // Photos of young riders to go up, "all" of them: the photos policy.
    { firm: 'bmx', q: 'great shots from sunday of the under 10s on the start hill, ok if i stick them all on the facebook page', has: ['photos-of-riders', 'whose parents ticked photo consent'] },
    // A rider come off and patched up: the policy on accidents.
    { firm: 'bmx', q: 'kid came off over the bars on the second straight, patched him up and his dad took him home, do i need to write anything', has: ['medical-info', 'written on an accident form before the rider leaves'] },
    // Neighbour: a number plate come off, not a rider.
    { firm: 'bmx', q: 'the number plate came off over the bars on the second straight, fine to race?', has: [], not: ['written on an accident form before the rider leaves'] },
    // Bruises seen on a rider: the safeguarding policy.
    { firm: 'bmx', q: 'noticed bruises on a rider again tonight, should i ring her mum and ask whats going on', has: ['safeguarding-concerns', 'tell Lisa Hetherington, the welfare officer'] },
    // A junior asking for one's number: the rule against messaging juniors, not the one on giving out members' numbers to callers.
    { firm: 'angling', q: 'one of the juniors asked for my number so i can tell him when the carp are feeding, is that ok', has: ['juniors-safeguarding', 'never message a junior directly'] },
    // Neighbour: a grown-up asking.
    { firm: 'angling', q: 'the bailiff asked for my number so he can ring me about the gate', has: [], not: ['never message a junior directly'] },
    // Something a junior said that worried the asker: the safeguarding policy.
    { firm: 'angling', q: 'something a junior said at the match really bothered me, not sure who to tell', has: ['juniors-safeguarding', 'Any worry about a child goes to Jo'] },
    // Neighbour: something a grown-up said.
    { firm: 'angling', q: 'something the bailiff said at the match really bothered me', has: [], not: ['Any worry about a child goes to Jo'] },
    // A refund said in quid, over the limit: the sentence on who approves it.
    { firm: 'padel', q: 'customer wants 80 quid back for a rained off block booking, can i do it on the till', has: ['till-and-refunds', 'Refunds over 50 pounds need Ross or Fiona'] },
    // A gift offered, taking it asked: the sentence on gifts.
    { firm: 'soupRun', q: 'a guest tried to give me a watch to say thanks, looks expensive. can i take it', has: ['money-and-gifts', 'never accept gifts worth more than £5'] },
    // Neighbour: a lift offered, no gift.
    { firm: 'soupRun', q: 'a guest offered me a lift to town, can i take it', has: [], not: ['never accept gifts worth more than £5'] },
    // Another club asking for the members' contacts: the policy on the member list, of two that say details are never given out.
    { firm: 'croquet', q: 'the bowls club down the road asked for our members contacts to invite them to their open day, ok to send', has: ['member-list', 'never given to a member, a local business'] },
  ]);
});

describe('stories of earlier sets the round read again', () => {
  cases([
    // A child's words kept on one's own phone: the safeguarding policy, which keeps them off it.
    { firm: 'mosque', q: 'i typed up what the boy said in my phone notes so i wouldnt forget it, thats ok right', has: ['safeguarding', 'never keep a copy on your phone'] },
    // Neighbour: what a child wants for eid is no disclosure.
    { firm: 'mosque', q: 'i typed up what the boy said he wants for eid in my phone notes', has: [], not: ['never keep a copy on your phone'] },
    // What another has borrowed, asked by his wife: the sentence never to tell it.
    { firm: 'library', q: "a woman rang asking what books her husband has out, he's lost the list and theyre overdue. can i read them out to her", has: ['borrower-records', 'Never tell anyone what another person has borrowed'] },
    // Neighbour: what books we have.
    { firm: 'library', q: 'a woman rang asking what books we have on gardening', has: [], not: ['Never tell anyone what another person has borrowed'] },
    // Leave for photos given by word of mouth: the sentence that the form is signed.
    { firm: 'library', q: 'dad at story time said yeah go ahead take photos of his daughter but he didnt fill in anything. is a verbal ok good enough?', has: ['photos', 'signed the photo consent form that day'] },
    // A picture asked off the platform, whose picture said first.
    { firm: 'quilting', q: "one of the thursday ladies messaged asking us to remove the pic of her at the machine from insta, it's a nice one tho... does it have to go straight away?", has: ['photo-consent', 'take it down that day'] },
    // Not sure how sure: "not 100% sure" is no rate asked.
    { firm: 'reptiles', q: "think I might have sent the Thompsons' write-up to the other leopard gecko applicant 😳 not 100% sure tho, prob nothing?", has: ['breach-reporting', 'even if you are not sure it counts'] },
    // The start answered this one only by the rate it read in "100%"; now the paper left at the job is read.
    { firm: 'plastering', q: 'might have left a job sheet on top of the rubbish at the longton job, not 100% sure tho. does it matter', has: ['breach-reporting'] },
    // One who never came back, when the record may go asked: the retention policy, from the last appointment.
    { firm: 'hearing', q: 'we saw a 13 y/o in 2019 who never came back. when can her record go?', has: ['records-retention', 'until their 25th birthday'] },
    // Back from a trip, whether its passports are still needed: the sentence on deleting them after the group returns.
    { firm: 'scuba', q: 'we got back from the red sea in june, do we still need everyones passport details', has: ['trips-abroad', 'deleted 3 months after the group returns'] },
    // A grown-up's words kept in one's own notebook: the safeguarding policy, which keeps them out of it.
    { firm: 'dropIn', q: "wrote down what the woman told me about her husband in my notebook, tom's not in today. is my notebook ok to keep it in", has: ['safeguarding-children', 'not in your own notes or phone'] },
    // Records asked kept on one laptop alone: the sentence that nothing is.
    { firm: 'dropIn', q: 'ok if i keep the casework tracker spreadsheet just on the office laptop desktop, easier than finding it', has: ['backups', 'Nothing is kept only on a laptop or phone'] },
    // Neighbour: kept where the firm keeps its records.
    { firm: 'dropIn', q: 'ok if i keep the casework tracker spreadsheet on onedrive', has: [], not: ['Nothing is kept only on a laptop or phone'] },
    // Neighbour: back from a trip, whether we still need to pay the operator.
    { firm: 'scuba', q: 'we got back from the red sea in june, do we still need to pay the boat operator', has: [], not: ['deleted 3 months after the group returns'] },
  ]);
});

describe("what the second retraining uncovered: two reviewed refusals the old model's doubt had kept, now kept by the rules", () => {
  cases([
    // The policy for the young stays the answer for one under 18 ("my daughter's 19" is refused in read-in-round-86).
    { firm: 'canal', q: "my daughter's 16, can she do the brushcutter work on saturday?", has: ['young-volunteers', 'never on chainsaw, brushcutter or lock-gate work'] },
    // Drawings sent to the wrong client stay a breach ("sent dave the list for the bbq by mistake, it was the old draft" is refused in
    // read-in-round-79).
    { firm: 'architects', q: 'emailed the drawings for the Clarke house to the wrong client by mistake', has: ['lost-device-breach', 'client data goes to the wrong person'] },
  ]);
});
