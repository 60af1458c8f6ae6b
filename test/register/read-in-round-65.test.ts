import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 118 and focus sets 39 and 42 taught (the sixty-fifth round), each beside a neighbour that keeps its answer.
 * The questions are told afresh, not the sets' own.
 */
const cases = devCasesOn(
  exampleFirms({
    photos: 'snapday-school-photography',
    gin: 'copperstill-gin-distillery',
    firstAid: 'lifeline-first-aid-training',
    alpacas: 'woollyridge-alpaca-treks',
    hairClinic: 'crowncraft-hair-clinic',
    physio: 'kestrel-physio',
    hgv: 'gearshift-hgv-training',
    farm: 'mudlark-city-farm',
    nursery: 'puddleduck-nursery',
    rink: 'rollerdome-stockport',
    drips: 'revive-iv-drip-clinic',
    chocolate: 'cocoa-and-co-chester',
    cookery: 'copperpot-cookery-school',
    piercing: 'pinpoint-piercing-studio',
    memoirs: 'lifestory-memoirs',
    transcripts: 'verbatim-transcription',
    cityFarm: 'mudlark-city-farm',
    cowork: 'junction-yard-cowork',
    villageHall: 'hartfield-village-hall',
    alarms: 'beacon-alarm-systems',
    gp: 'peakview-private-gp',
    bookmakers: 'tollgate-bookmakers',
    balloons: 'skylark-balloons',
    music: 'ashdown-music',
    scans: 'sonarbump-baby-scans',
    accountants: 'brightwell-accountancy',
    glazing: 'paneworks-glazing',
    saunas: 'emberdip-saunas',
    divers: 'bluehole-divers',
    church: 'st-brannocks-church',
    vets: 'hawthorn-vets',
    handyperson: 'safehands-handyperson',
    charity: 'harbourlight-cic',
    coaching: 'northstar-coaching',
    burial: 'meadowrest-natural-burial',
    rink2: 'glacier-ice-rink',
    lettings: 'ashcombe-lettings',
    choir: 'cantata-community-choir',
    farmShop: 'appleyard-farm-shop',
    gym: 'copperbeech-fitness',
    camps: 'pathfinder-camps',
    postOffice: 'pennybridge-post-office',
    makeup: 'blushbox-bridal-makeup',
    homebrew: 'hopstop-homebrew-supplies',
    cakes: 'sugarloaf-cakes',
    boats: 'tidecatch-fishing-charters',
    survival: 'northsea-survival-training',
    rescue: 'fellside-mountain-rescue',
    english: 'open-doors-english-classes',
    caves: 'peakhollow-show-caves',
    celebrants: 'kindred-celebrants',
  }),
);

describe('something sent to the wrong one, told with more words between', () => {
  cases([
    { firm: 'photos', q: 'sent the proof list for st aidans to ripley primary instead of st aidans, help', has: ['breach-reporting'] },
    { firm: 'physio', q: "texted mrs khan's appointment letter to the physio at the other clinic instead", has: ['lost-device'], not: ['Cliniko: Practice'] },
    // Neighbour: sent by email instead of by post is no slip of whom it went to.
    { firm: 'firstAid', q: 'emailed the invoice for the March course to Hartley Logistics instead of posting it, is that ok?', has: [], not: ['Reporting a data breach'] },
  ]);
});

describe('a bag with a device in it gone in a break-in', () => {
  cases([
    { firm: 'hgv', q: 'someone smashed the car window at the services and my laptop bag has gone', has: ['breach-reporting'] },
    // Neighbour: a bag's strap broken is no loss.
    { firm: 'hgv', q: 'the strap on my laptop bag snapped, can i claim a new one?', has: [], not: ['Reporting a breach'] },
  ]);
});

describe("what a checker holds on someone, asked beside the story of their DBS", () => {
  cases([
    { firm: 'photos', q: "beth's dbs is up for renewal, what does ucheck keep on her?", has: ['uCheck', 'identity documents'] },
    // Neighbour: a DBS come back with something on it is still a story to act on, not the checker's entry.
    { firm: 'photos', q: "jamie's dbs came back with something on it, what do we do?", has: [], not: ['uCheck holds'] },
  ]);
});

describe('why it is asked, said after the question: covering for someone', () => {
  cases([
    { firm: 'photos', q: 'what does tom look after? covering his leave next week', has: ['Dropbox', 'Backblaze B2', 'Nidd Valley IT'], not: ['GotPhoto'] },
  ]);
});

describe('pictures put on our socials, where no policy is titled on photos or posting', () => {
  cases([
    { firm: 'photos', q: 'can i stick a few of the nicest nursery group shots on our insta?', has: ['opt-outs', 'signed marketing consent'] },
    { firm: 'photos', q: 'can i put the prom photos on our facebook?', has: ['proms-and-events', 'not posted on our social media until'] },
    // Neighbour: a policy titled on posting photos still answers before a sentence in another.
    { firm: 'alpacas', q: 'can i put some of the trek photos on our facebook?', has: ['photos-social-media'] },
  ]);
});

describe("every photo and bit of info we hold on someone's child, asked for", () => {
  cases([
    { firm: 'nursery', q: "mum's emailed asking for every photo and bit of info we've got on her son", has: ['subject-access'] },
    // Neighbour: photos of her son asked to be taken down is no request for a copy.
    { firm: 'nursery', q: "mum wants the photo of her son taken off the nursery facebook page", has: [], not: ['When a parent asks for their records'] },
  ]);
});

describe('a tool we do not hold, asked after a story told first, or named in brackets as an app', () => {
  cases([
    { firm: 'photos', q: "a few of the prom shots are blurry, can i use topaz to fix them? it's ai but really good", has: ['new-tools', "can't find topaz"] },
    // Neighbour: an everyday thing in the same slot after a story is no tool.
    { firm: 'photos', q: "printer's broken, so can i use the library printer?", has: [], not: ["can't find"] },
    { firm: 'alpacas', q: 'been running the visitor photos through Glowup (free AI editing app) before we post them, honestly they look so much better', has: ['new-tools', "can't find"] },
    // Neighbours: a name in brackets is never read as a slip of one of ours ("InShot" is not Instagram); a tool of ours asked after
    // a story is ours; a supplier of ours named in brackets is ours.
    { firm: 'alpacas', q: 'been running the trek videos through InShot (video editing app) first, they look way better', has: ['new-tools', "can't find"], not: ['Meta (Facebook'] },
    { firm: 'photos', q: 'the retouchers are slammed, can i use dropbox to send them the batch?', has: ['Dropbox'], not: ["can't find"] },
    { firm: 'alpacas', q: "I've been posting the trek photos on Instagram (the meta app) every day, is that ok?", has: ['Meta'], not: ["can't find"] },
  ]);
});

describe('old records asked whether they should still be there, told by the month', () => {
  cases([
    { firm: 'gin', q: "a guest's allergy note from back in march is still on checkfront, should it be?", has: ['retention', 'allergy notes are deleted from Checkfront 30 days after the visit'], not: ['Checkfront: Online bookings'] },
    // Neighbour: a note for next week's class is no old record.
    { firm: 'gin', q: "a guest's nut allergy note is on checkfront for next week's class, should it be?", has: [], not: ['How long we keep records'] },
  ]);
});

describe('card numbers written down, ruled by the sentence that forbids them on paper', () => {
  cases([
    { firm: 'gin', q: "at the festival bar can i jot down card numbers on a pad for people's tabs?", has: ['events-bar', 'Paper tab sheets'] },
    // Neighbour: card numbers taken over the phone are not written on paper.
    { firm: 'gin', q: 'gin club member rang to update her card, can i take the card number over the phone?', has: [], not: ['Weddings and event bars'] },
  ]);
});

describe("someone's health asked after by their employer: the policy that keeps it and names it", () => {
  cases([
    { firm: 'firstAid', q: "her manager emailed asking to be kept in the loop, she told me she's epileptic. what can I tell him", has: ['learner-health', 'Never tell the employer'] },
    // Neighbour: whether he passed names no health matter.
    { firm: 'firstAid', q: 'his employer rang asking whether he passed, can I tell them?', has: [], not: ['Learners\' medical conditions'] },
  ]);
});

describe("an animal's nip told as the accident it is", () => {
  cases([
    { firm: 'farm', q: "one of the goats nipped a kid's hand at the feeding session, what do i do", has: ['paper-records', 'accident book'] },
    // Neighbour: nipping to the shop hurts nobody.
    { firm: 'alpacas', q: 'i nipped to the shop and left the booking ipad on the counter, is that ok?', has: [], not: ['Bites, kicks and accidents'] },
  ]);
});

describe('what the animals eat, asked by a visitor, is nobody\'s data', () => {
  cases([
    { firm: 'farm', q: 'a kid on the school trip asked what the pigs eat, is it just scraps?', has: ['Kwame'], not: ['Microsoft 365'] },
    // Neighbour: a resident allergic to hay is a care-home visit's matter.
    { firm: 'alpacas', q: 'a care home resident is allergic to hay, can she still join the session?', has: [], not: ["I don't know"] },
  ]);
});

describe('locked out of an account while someone else posts from it', () => {
  cases([
    { firm: 'farm', q: "can't log into our facebook page and someone's posting dodgy links from it", has: ['breach-reporting'] },
    // Neighbour: locked out for a forgotten password is no takeover.
    { firm: 'hairClinic', q: 'locked out of the instagram again, forgot the password, how do i reset it?', has: [], not: ['Reporting a data breach'] },
  ]);
});

describe('details put up on a board: the sentence that keeps them off it', () => {
  cases([
    { firm: 'rink', q: "shall i put the allergies for sunday's party up on the café whiteboard so the kitchen can see?", has: ['parties-and-children', 'never written on the whiteboard'] },
    { firm: 'chocolate', q: 'kitchen want the workshop allergies written up on the whiteboard with names, ok if i do that?', has: ['allergy-notes', 'kitchen whiteboard with a name'], not: ['Eventbrite: Tickets'] },
    // Neighbour: of two sentences on the whiteboard, the one on what is put up (the password, not allergies).
    { firm: 'cookery', q: 'can i write the ipad password on the whiteboard for the new tutor?', has: ['Tablets, phones and passwords'], not: ['Allergies and dietary information'] },
  ]);
});

describe('a product with no label', () => {
  cases([
    { firm: 'chocolate', q: 'the salted caramel slabs have no labels on, can i still put them out?', has: ['allergen-information', 'comes off sale until Mei has checked it'] },
    // Neighbour: the label printer out of ink is no product without a label.
    { firm: 'chocolate', q: "the label printer's out of ink, who do i ask?", has: [], not: ['Allergen information'] },
  ]);
});

describe('a thing asked to stay in a vehicle overnight: the sentence that names it', () => {
  cases([
    { firm: 'drips', q: "missed the courier for the wigan samples, it's gone 4. can i keep them in the van overnight?", has: ['blood-tests', 'never stay in the van overnight'], not: ['CitySprint: Collects'] },
    { firm: 'drips', q: 'the courier never came for the blood samples, ok to leave them in the van overnight?', has: ['blood-tests', 'never stay in the van overnight'], not: ['CitySprint: Collects'] },
    // Neighbour: the van itself left at home overnight keeps its answer (the medicines policy's van).
    { firm: 'drips', q: 'can i leave the van at home overnight?', has: ['medicines-in-the-van'] },
  ]);
});

describe('back to work after a stomach bug', () => {
  cases([
    { firm: 'chocolate', q: 'been throwing up since last night, ok to come in tomorrow?', has: ['food-hygiene-records', 'stay away until 48 hours after the last symptoms'] },
    // Neighbour: a cold is no stomach bug.
    { firm: 'chocolate', q: 'had a cold last week, ok to come in for my shift?', has: [], not: ['Food hygiene records'] },
  ]);
});

describe('who else is on a list, asked by one who is on it', () => {
  cases([
    { firm: 'chocolate', q: "one of the gift recipients rang asking if her colleague Tom is on the list too, wants to know if he's getting a box", has: ['corporate-gifting', 'never tell one recipient who else is on the list'] },
    // Neighbour: which company sent the gift is not who else is on the list.
    { firm: 'chocolate', q: 'a recipient asked which company sent her the box', has: [], not: ['Corporate gifting address lists'] },
  ]);
});

describe('what to do about the cameras after a scuffle', () => {
  cases([
    { firm: 'rink', q: 'a kid fell off the half pipe and his dad had words with another parent, nobody hurt. anything i need to do about the cameras?', has: ['cctv', 'the clip is saved before it is overwritten'] },
    // Neighbour: the camera screen gone blank is the recorder's matter.
    { firm: 'rink', q: "the cctv screen's gone blank, who fixes it?", has: ['Hik-Connect'] },
  ]);
});

describe("someone's details in one's own phone's notes", () => {
  cases([
    { firm: 'drips', q: "wifi was down so i saved her address in my phone's notes, is that ok?", has: ['new-tools', "never use your own phone's notes"] },
    // Neighbour: notes taken in our own system are ours.
    { firm: 'drips', q: 'i took her notes on the clinic tablet in pabau, is that right?', has: ['Pabau'], not: ['Trying or adopting new apps'] },
  ]);
});

describe('a form everyone fills in, told to be skipped', () => {
  cases([
    { firm: 'rink', q: "the party mum says the kids won't need to do the waiver as it's a private party", has: ['waivers-and-age', 'Nobody skates without a signed Smartwaiver'] },
    { firm: 'drips', q: "the agency says their influencer won't need to complete the questionnaire as it's a collab, is that right?", has: ['photos-and-influencers', 'the same questionnaire and sign-off as anyone else'], not: ['Instagram and Facebook: Our'] },
    // Neighbour: a form done is nothing skipped.
    { firm: 'rink', q: 'the kids have all done the waiver online, can they go on?', has: ['Smartwaiver: Digital'] },
  ]);
});

describe('one under 18 told by whose child they are', () => {
  cases([
    { firm: 'drips', q: "her son's 16, can he have a drip with her?", has: ['prescriber-sign-off', 'We do not treat anyone under 18'] },
    { firm: 'piercing', q: 'her daughter is 15 and wants her nose done', has: ['id-and-age-checks'] },
    // Neighbour: a child's age told of a booking made for an adult asks nothing of their age.
    { firm: 'drips', q: 'a client booked a drip for her 40th birthday, can we add a balloon?', has: [], not: ['We do not treat anyone under 18'] },
  ]);
});

describe('copies of ID at large, asked', () => {
  cases([
    { firm: 'rink', q: "can we take photocopies of people's ID at the door on late nights?", has: ['waivers-and-age', 'never photocopy or photograph it'], not: ['Facebook and Instagram: Our'] },
    // Neighbour: a party form photocopied is no ID.
    { firm: 'rink', q: 'can i photocopy the party form for the café?', has: [], not: ['Waivers, under-16s and age checks'] },
  ]);
});

describe('a picture no longer wanted up', () => {
  cases([
    { firm: 'drips', q: 'client from the summer emailed saying she doesn\'t want her reel up any more, her husband saw it. who sorts that?', has: ['photos-and-influencers', 'Jess takes the post down the same day'] },
    // Neighbour: a nurse not wanted changed is no picture.
    { firm: 'drips', q: "client doesn't want her nurse changed, can we keep Chloe?", has: [], not: ['Jess takes the post down'] },
  ]);
});

describe('a complaint left as a comment on our page, asked whether to reply', () => {
  cases([
    { firm: 'drips', q: 'someone commented on our facebook post that the drip made her ill, can i reply?', has: ['adverse-reactions', 'even to reply to a review'] },
    // Neighbour: a comment asking prices is no complaint.
    { firm: 'drips', q: 'someone commented on our insta asking about prices, can i reply?', has: [], not: ['Adverse reactions'] },
  ]);
});

describe('a reaction told by how it shows', () => {
  cases([
    { firm: 'drips', q: "client's gone really flushed and wheezy, what do i do", has: ['adverse-reactions', 'stop the infusion'] },
  ]);
});

describe('where to eat, and whether we work in a place too, are nobody\'s data', () => {
  cases([
    { firm: 'drips', q: 'any good lunch spots near the ancoats unit?', has: ['Aisha'], not: ['Ancoats Accountancy:'] },
    { firm: 'drips', q: 'someone on facebook asking if we do drips in bolton as well?', has: ['Aisha'], not: ['Photos, social media'] },
    // Neighbours: the accountants named by the same place are asked after; whether we do a thing too, with no place, is the rule on it.
    { firm: 'drips', q: 'who does the ancoats accountancy payroll?', has: ['Ancoats Accountancy'] },
    { firm: 'chocolate', q: 'someone asked if we do nut-free chocolate as well', has: ['allergen-information'] },
  ]);
});

describe('a tool told as "an app called …"', () => {
  cases([
    { firm: 'rink', q: "there's an app called Invitey that does party invites and RSVPs, thinking of running the party bookings thru it, ok?", has: ['new-tools', "can't find Invitey"], not: ['Typeform: The'] },
    // Neighbour: an app of ours so called is ours.
    { firm: 'rink', q: 'the app called ClubRight keeps logging me out', has: [], not: ["can't find"] },
  ]);
});

describe('a device found not in the bag it was carried in', () => {
  cases([
    { firm: 'photos', q: "got to st aidans and the edit laptop wasn't in my bag", has: ['breach-reporting'] },
    // Neighbour: a charger not in the bag is no device lost.
    { firm: 'hgv', q: "the tablet charger wasn't in my bag, can i borrow one?", has: [], not: ['Reporting a breach'] },
  ]);
});

describe("old audio asked whether we've still got it", () => {
  cases([
    { firm: 'memoirs', q: "a son from a book we finished a couple of years back asking if we've still got his mum's interview audio", has: ['recordings-and-retention'], not: ['Short Run Press:'] },
    // Neighbour: audio asked of a firm whose one retention policy already answered keeps its answer.
    { firm: 'transcripts', q: "client from years ago asking if we've still got the audio from her tribunal hearing", has: ['records-retention'] },
  ]);
});

describe('a voice recorder left somewhere, told as the lost device it is', () => {
  cases([
    { firm: 'transcripts', q: "left the little olympus dictaphone on the tram, it has monday's interview on it", has: ['breach-reporting'] },
    { firm: 'memoirs', q: "think i left the old olympus recorder on the bus home, yesterday's session is on it", has: ['devices-and-home-working', 'breach-reporting'] },
    // Neighbour: one left on the office desk is in our own place.
    { firm: 'memoirs', q: 'i left the little sony recorder on the desk in the office, is that ok overnight?', has: [], not: ['Reporting a data breach'] },
  ]);
});

// Neighbours an independent review found the readings above over-reached on, each mended and kept here as it answers now.
describe('what the readings of this round leave alone', () => {
  cases([
    // A disclosure told beside what the animals eat is the safeguarding policy's, not small talk.
    { firm: 'cityFarm', q: 'a little boy asked me what the goats eat and then told me his dad hits him with a belt, what do i do?', has: ['safeguarding'] },
    // A sentence against photographing the whiteboard, or on passwords put on it, is no rule on what else goes up.
    { firm: 'cowork', q: 'can i write the wifi password up on the whiteboard in the meeting room for the new members?', has: [], not: ['CCTV, door logs and photos'] },
    { firm: 'villageHall', q: 'ok to put the bookings for next week on the noticeboard?', has: [], not: ['Devices, passwords and logins'] },
    // Ladders left in the van overnight are not the keys the sentence names.
    { firm: 'alarms', q: 'can i keep the ladders in the van overnight?', has: ["Vans, trackers and what's left in them"] },
    // Letters without a label are no product for sale: the encrypted email's entry leads, as it did.
    { firm: 'gp', q: "the printer's run out of labels so the referral letters went without a label, is that ok?", has: ['Egress Protect: Encrypted email'] },
    // Coming back to a customer is not coming back to work.
    { firm: 'chocolate', q: 'a customer rang saying she had food poisoning after our brownies, can i come back to her tomorrow?', has: [], not: ['Food hygiene records and fitness to work'] },
    // Opening times in one's phone notes are nobody's details.
    { firm: 'bookmakers', q: 'i jotted down the new shop opening times in my phone notes, fine?', has: [], not: ['How long we keep things'] },
    // A form skipped that only one side policy mentions, by no keyword the story meets, is left to the rest of the rules.
    { firm: 'balloons', q: "the pilot said we can skip the weight form for the couple, they're both slim", has: [], not: ['Gift vouchers and voucher holders'] },
    // An age said in passing asks no age check.
    { firm: 'music', q: "a mum rang, her daughter's 14 and wants saturday piano lessons, have we got any slots?", has: [], not: ['Online lessons and contacting pupils'] },
    // A husband asking after a scan is no employer asking after health.
    { firm: 'scans', q: "a man rang asking if his wife's scan is still on for tomorrow, she's pregnant with twins, can i tell him?", has: [], not: ['When a client has lost her pregnancy'] },
    // Our own invoice sent to our own old inbox is no slip with anyone's details: the entry a word met leads, as it did.
    { firm: 'accountants', q: 'sent the invoice for our office cleaning to the old finance inbox instead of the new one', has: ['TaxCalc: Self-assessment'] },
    // A key card's number is not a payment card's.
    { firm: 'glazing', q: 'a customer read me her card number for the deposit and i wrote it on the job sheet, what now?', has: [], not: ['Door keys, key cards and codes'] },
    // A new-apps sentence that lists AI replies to reviews is no rule on replying.
    { firm: 'saunas', q: 'someone commented on our insta saying the sauna was too hot and she felt sick, can i reply under it?', has: [], not: ['Trying new apps and services'] },
    // What the trustees keep is the DBS policy's, not a checker's entry.
    { firm: 'charity', q: 'her dbs has come back clear, what do the trustees keep about her now?', has: ['DBS checks for volunteers'] },
    // A boat of ours or a church service is no tool.
    { firm: 'divers', q: "the boat's engine is playing up, so can we use rib two for saturday's dive?", has: [], not: ["can't find rib"] },
    { firm: 'church', q: "we've got a service called evensong on sunday, can i put the readers' names in the newsletter?", has: [], not: ["can't find evensong"] },
    // Brackets that say who someone is name no app.
    { firm: 'vets', q: "mrs jones (the lady from the website) rang asking about her cat's results, can i tell her?", has: [], not: ["can't find"] },
    // A policy titled on photos still answers a photo for the socials, though it says nothing of posting.
    { firm: 'handyperson', q: 'client was made up with her new ramp and asked if we can put the before n after on our facebook, is that ok', has: ['photos'] },
  ]);
});

describe('round 120 and focus set 43: asides, safeguards, and rules said in one sentence', () => {
  cases([
    // Why it is asked, said after "pls," or someone's being away said after the question, or the purpose said first with a colon.
    { firm: 'boats', q: 'which suppliers keep data in the US pls, doing the insurance renewal form', has: ['Suppliers that store data in the US'] },
    { firm: 'survival', q: "what does Fiona look after? she's going on mat leave in the spring so we need to hand stuff over", has: ['Fiona Grant looks after'] },
    { firm: 'survival', q: 'opito audit prep: which suppliers are iso 27001 certified?', has: ['Suppliers with ISO 27001'], not: ['OPITO Central Register: certifications'] },
    // Neighbour: a supplier's name before the colon is still asked after, where no purpose is said.
    { firm: 'photos', q: 'xero: which suppliers are ISO 27001 certified?', has: ['Xero'] },
    // A safeguard a supplier "uses" is one it is covered by.
    { firm: 'gin', q: 'who uses the sccs?', has: ['Suppliers whose transfers rely on the EU standard contractual clauses'] },
    // Neighbour: who uses a room is no safeguard.
    { firm: 'survival', q: 'who uses the pool on saturdays?', has: [], not: ['Suppliers whose transfers rely on'] },
    // Chats wiped, asked when: how long they are kept.
    { firm: 'boats', q: 'when do the chats on the boat whatsapp get wiped', has: ['WhatsApp Business', '31 October'] },
    // A photo of a child told first, then "it" put on the socials: the rule on children's photos.
    { firm: 'boats', q: 'this lad caught his first bass, cracking shot, can i put it on facebook?', has: ['catch-photos', 'Never post a photo of a child'] },
    { firm: 'celebrants', q: 'took the sweetest photo of the little page boy with the rings yesterday, ok to pop it on our insta? 🥰', has: ['children-and-namings', 'Never post or share a photograph of a child'] },
    // A picture no longer wanted up, told with when it was taken.
    { firm: 'boats', q: 'a lady messaged saying she doesnt want her photo from the seal trip up any more', has: ['catch-photos', 'take it down the same day'], not: ['WhatsApp Business: Messages'] },
    // Callout photos still on one's phone, asked whether to keep them.
    { firm: 'rescue', q: "got loads of pics from sunday's shout still on my phone, should i keep them or delete?", has: ['photos-social-media', 'Delete any callout photos from your phone'] },
    // Neighbour: photos kept in our own system are asked of its entry.
    { firm: 'rescue', q: 'how long do we keep callout photos in d4h?', has: [], not: ['Delete any callout photos from your phone'] },
    // A knock to the head told in everyday words.
    { firm: 'caves', q: 'kid bonked his head on the low ceiling near the exit, he is fine, do i need to log it?', has: ['accidents'], not: ['DigiTickets: Timed'] },
    // A DBS run out, with the tutor down on the rota, is the DBS policy's, not the rota's.
    { firm: 'english', q: "Tom's dbs ran out last month and he's down to teach thursday, does it matter?", has: ['volunteer-dbs'] },
    // Old boarding lists asked whether they can go.
    { firm: 'boats', q: 'found a pile of boarding lists in the kiosk tin going back to may, can they go?', has: ['records-retention', 'Boarding lists and medical declarations: 28 days'] },
  ]);
});

describe('rules said in one sentence: the radio, footage for fun, a till code lent, our notes to an employer, the coroner', () => {
  cases([
    { firm: 'boats', q: "the coastguard called on 16 asking about anyone with medical issues, one gent has a heart condition, can i tell them over the radio?", has: ['passenger-lists', 'never by reading health details out on VHF'] },
    { firm: 'boats', q: "jory wants to watch the deck camera of that woman falling in the fish box, says it's hilarious. is that allowed", has: ['cameras', 'crew never watch it for fun'], not: ['Hik-Connect: CCTV'] },
    { firm: 'caves', q: 'Ellis has forgotten his till code again, can he just go on mine for the rest of the shift?', has: ['tills-and-cash', 'never share it'] },
    { firm: 'survival', q: "agency phoned about a delegate who panicked during the HUET and wants Kirsty's notes on what happened. can we send them?", has: ['assessments-resits', "never the instructor's notes"], not: ['Employers and agencies: The operators'] },
    { firm: 'rescue', q: "the coroner's office rang about last month's death on the pikes, they want our incident notes. who deals with it?", has: ['subject-access', "Coroner's requests after a death go to the"] },
    // Neighbours: a radio check asks no one's details; an employer asking a pass rate wants no notes.
    { firm: 'boats', q: 'can i do the radio check on 16 before we leave?', has: [], not: ['never by reading health details out on VHF'] },
    { firm: 'survival', q: 'the employer wants to know how many delegates passed last month, can I send a summary?', has: [], not: ["never the instructor's notes"] },
  ]);
});

// Neighbours a second review found the later readings over-reaching on, each mended and kept here as it answers now.
describe('what the later readings of this round leave alone', () => {
  cases([
    // An employer's want of our notes is ruled by a sentence that names the employer, not one on door codes or AI tools.
    { firm: 'coaching', q: "the client's employer wants our session notes for his appraisal", has: [], not: ['Before using a new tool or app'] },
    // The coroner named in a question of the register is asked of it.
    { firm: 'burial', q: "which supplier holds the coroner's paperwork we scan in?", has: [], not: ['Funeral directors and burial paperwork:'] },
    // A radio message with no one's details in it asks no rule on the radio.
    { firm: 'rink2', q: 'can i tell the zamboni driver over the radio to come out early?', has: [], not: ['First aid and accident reports'] },
    // A lead-in before a colon is the subject where no list over the register follows.
    { firm: 'lettings', q: 'SAR form: what do I do with it?', has: ['subject-access'] },
    // "Knocked my arm" hurts no one: the tablet smashed is the breach.
    { firm: 'caves', q: 'a customer knocked my arm and the tablet with the bookings smashed, do I need to report it?', has: [], not: ['Accidents, first aid and the accident book'] },
    // A door list is no boarding list, and a flower is no child.
    { firm: 'choir', q: "we've got the door list from the concert, can they go?", has: [], not: ['The youth section and safeguarding'] },
    { firm: 'celebrants', q: "got a lovely shot of the arch with all the baby's breath, can I stick it on insta?", has: [], not: ['Children, naming ceremonies'] },
    // Paper invoices binned are not the photos on one's phone.
    { firm: 'farmShop', q: "i've got photos of the supplier invoices on my phone, can I bin the paper copies?", has: ['Xero:'] },
    // Wiping down the machines wipes no data; DBS paperwork on the rota is no DBS run out.
    { firm: 'gym', q: 'what time does the cleaner come to wipe down the machines?', has: [], not: ['Lost or stolen phones'] },
    { firm: 'camps', q: "who's on the rota tomorrow for the DBS paperwork?", has: [], not: ['uCheck holds', 'uCheck:'] },
  ]);
});

describe('a still off our cameras shared, and what our cameras got asked to be seen', () => {
  cases([
    { firm: 'rink', q: 'kid nicked a pair of wheels from the shop, can i grab a still off the cctv and pop it on our insta so someone recognises him?', has: ['cctv'], not: ['Hik-Connect: The CCTV recorder'] },
    // Neighbours: a picture of our own stock for the socials is the photos policy's; the police asking what the cameras picked up
    // keeps the camera policy.
    { firm: 'rink', q: 'can i grab a pic of the new skates and pop it on our insta?', has: ['photos-and-filming'] },
    { firm: 'rink', q: 'a detective came in about the car park break-in, wants to see what our cameras picked up. can i show him on the office screen?', has: ['cctv'] },
  ]);
});

describe("a photo of someone's licence asked, where only the policy's keywords name the licence", () => {
  cases([
    { firm: 'postOffice', q: "would it be ok if i took a photo of the customer's licence when they pick up parcels, in case there's a query?", has: ['id-checks', 'never photocopy, photograph or write down the ID number'] },
    // Neighbour: whether an expired licence will do asks no copy.
    { firm: 'postOffice', q: "a customer's licence has expired, can i still accept it as ID?", has: [], not: ['never photocopy, photograph or write down'] },
  ]);
});

describe('focus set 44: a label on the wrong box, a login given to a fake, a post against someone\'s wishes, a portfolio, a child by age', () => {
  cases([
    { firm: 'chocolate', q: "just noticed the label for the Harrison order went on someone else's box, what now?", has: ['breach-reporting'] },
    { firm: 'chocolate', q: 'got a text saying our square account was locked, clicked it and put the login in, now i think it was fake', has: ['breach-reporting'], not: ['Square: The shop till'] },
    { firm: 'rink', q: 'put a reel up and a mum who said no photos has her kid in the background, shall i just delete it quick?', has: ['breach-reporting', 'Do not delete anything'] },
    { firm: 'makeup', q: "Amy's covering Saturday and asked if she can take a few before and afters of her brides for her own insta portfolio", has: ['photos-instagram'], not: ['Instagram: Our portfolio'] },
    { firm: 'homebrew', q: "customer wants to bring her 14 yr old to the tuesday night brew day, he just wants to watch. is that ok", has: ['age-checks', 'Under-16s do not attend evening classes at all'] },
    // Neighbours: a label on crooked is no slip; a photo asked down by its subject's mum is the photos policy's; a 16-year-old
    // collecting an order asks no class's age rule.
    { firm: 'chocolate', q: 'the label went on the box a bit crooked, is that ok?', has: [], not: ['Reporting a data breach'] },
    { firm: 'rink', q: "a mum doesn't want her son's photo up anymore, can we take it down?", has: ['photos-and-filming'], not: ['Reporting a data breach'] },
    { firm: 'homebrew', q: "a customer's 16 yr old is picking up his order, fine?", has: [], not: ['Under-16s do not attend evening classes'] },
  ]);
});

// The model retrained with focus set 44 no longer finds this story likely enough to hand it to the ranker (test/register/situation-
// likely.test.ts holds the same question): the rules now read it.
describe('a list of who has allergies, asked for by someone else', () => {
  cases([
    { firm: 'cakes', q: 'the caterer wants a list of who has allergies for the wedding, ok to send?', has: ['allergy-info'] },
    // Neighbour: a list of who sits where names no allergy.
    { firm: 'cakes', q: 'the venue wants a list of which guests are on table 3, can i send it?', has: [], not: ['Allergies and dietary information'] },
  ]);
});

