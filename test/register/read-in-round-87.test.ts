import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-seventh round mended in the answerer, beside its neighbours: the stories focus sets 116, 121, 122 and 123 taught, those the round's
 * review found, the same stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    ballet: 'pirouette-ballet-school',
    skatepark: 'concretewave-skatepark',
    dementiaCafe: 'forgetmenot-dementia-cafe',
    darts: 'bullseye-darts-league',
    rugby: 'bideford-rugby-club',
    florist: 'stemandpetal-florist',
    guitar: 'northgate-guitar-school',
    bouldering: 'gritstone-bouldering-wall',
    orchestra: 'oakley-youth-orchestra',
    playgroup: 'little-acorns-playgroup',
    theatre: 'limelight-youth-theatre',
    seaCadets: 'tamarisk-sea-cadets',
    polishSchool: 'kalina-polish-saturday-school',
    crossingPatrols: 'safecross-patrols',
    wraparound: 'brightstart-wraparound-club',
    scouts: 'ferncliffe-scouts',
    swimSchool: 'ripple-swim-school',
    youthOutreach: 'cornerstone-youth-outreach',
    vegBox: 'furrowfield-veg-box',
    mobileFarm: 'muddyboots-mobile-farm',
    alterations: 'stitchwell-alterations',
    hedgehogs: 'greenway-hedgehog-rescue',
    framing: 'gilt-edge-framing',
    musicShop: 'fretwork-music-shop',
    nursery: 'puddleduck-nursery',
    plumbers: 'tolley-plumbing',
    hockey: 'touchline-player-management',
    canoeClub: 'willowbank-canoe-club',
    newspaper: 'riverprint-community-newspaper',
    canal: 'kennet-canal-volunteers',
    school: 'millbrook-school',
    library: 'wrenfield-community-library',
    windows: 'brightwater-window-cleaning',
    tutors: 'oakhurst-sixth-form-tutors',
    tutoringCentre: 'numberwise-tutoring-centre',
    cycling: 'freewheel-bikeability',
    dampProofing: 'drywall-damp-proofing',
    bloom: 'bramble-and-bloom',
  }),
);

describe('a child at the door with someone not on the pick-up list, or left uncollected', () => {
  cases([
    // "Isn't on their pick up list", the list written as two words: focus set 116's story.
    { firm: 'ballet', q: "a lady i've never met has turned up to get the twins, says she's their auntie. she isn't on their pick up list", has: ['changing-and-collection', "ask for the family's collection password"] },
    // Neighbour: someone not on a list of stallholders comes for no child.
    { firm: 'ballet', q: "a lady has turned up to sell raffle tickets, she isn't on the list of stallholders", has: [], not: ["ask for the family's collection password"] },
    // A child "still sat" somewhere after the session, the parent not answering.
    { firm: 'skatepark', q: "session finished at 7, it's 7.40 and one little lad is still sat by the ramps, mum's not answering", has: ['kids-sessions-and-collection', 'If a child is not collected 20 minutes after the session ends'] },
    // Neighbours: kit still sat somewhere is no child; a child waiting with the parent outside is collected.
    { firm: 'skatepark', q: "session finished at 7, the spare helmets are still sat by the ramps and the supplier's not answering", has: [], not: ['If a child is not collected 20 minutes after the session ends'] },
    { firm: 'ballet', q: "class finished at 7.15 and little Mali is still sitting in reception happily, mum's waiting outside", has: [], not: ['If a child has not been collected 20 minutes after class'] },
  ]);
});

describe('someone else answering for the person we serve, and a child too young to be left', () => {
  cases([
    { firm: 'dementiaCafe', q: 'her husband answered all the questions for her when we signed her up, is that ok?', has: ['consent-and-capacity', 'We ask the person living with dementia themselves first'] },
    { firm: 'dementiaCafe', q: 'her son did all the talking when we signed her up, should i have asked her?', has: ['consent-and-capacity', 'We ask the person living with dementia themselves first'] },
    // Neighbour: one's own wife talking is nobody agreeing for anyone.
    { firm: 'dementiaCafe', q: "my wife did all the talking at the carers' group, ha", has: [], not: ['We ask the person living with dementia themselves first'] },
    // Children dropped and the parent gone: the rule on under-14s climbing only with an adult (focus set 121's story).
    { firm: 'bouldering', q: 'three 11 year olds want to climb on their own, their dad dropped them off and left', has: ['waivers-medical', 'under-14s climb only with a supervising adult'] },
    // Neighbour: the parent staying leaves no child alone.
    { firm: 'bouldering', q: 'three 11 year olds want to climb, their dad dropped them off and is staying to watch', has: [], not: ['under-14s climb only with a supervising adult'] },
  ]);
});

describe('a photo no longer wanted on the club page, and a complaint asked too late', () => {
  cases([
    { firm: 'rugby', q: "a mum doesnt want her lad's photo on the club page anymore, can you sort it", has: ['photos-and-filming', 'take it down the same day'] },
    // The league's page, as focus set 116's story named it.
    { firm: 'darts', q: "a mum has messaged saying she doesnt want her lad's photo on the league page anymore, it's from last month's finals", has: ['junior-names-and-photos', 'Lorraine takes the photo down within 48 hours'] },
    // Neighbour: a photo wanted on the page is no take-down.
    { firm: 'rugby', q: "a mum wants her lad's photo on the club page, can you sort it", has: [], not: ['take it down the same day'] },
    { firm: 'darts', q: 'how long have we got to complain about the ref at the cup final?', has: ['disciplinary-records', 'made in writing to Lorraine within 7 days'] },
    // Neighbour: a match still to be played is no complaint.
    { firm: 'darts', q: 'can we still play the cup match if it was rained off 10 days ago?', has: [], not: ['made in writing to Lorraine within 7 days'] },
  ]);
});

describe('flowers delivered to the wrong house', () => {
  cases([
    { firm: 'florist', q: 'the birthday bouquet got delivered to the wrong house and the neighbour read the card', has: ['breach-reporting', 'Tell Ros straight away'] },
    // Flowers gone to another number of the street (focus set 121's story told otherwise).
    { firm: 'florist', q: 'the wreath for 3 Mill Lane went to 8 Mill Lane instead, the family rang in tears', has: ['breach-reporting', 'Tell Ros straight away'] },
    // Neighbour: one of us gone to another address is nothing delivered.
    { firm: 'florist', q: 'i went to 41 Oakdale instead of the shop this morning, is that ok', has: [], not: ['delivered to the wrong address'] },
  ]);
});

describe("a pupil after one's own number, and a parent after a child's records", () => {
  cases([
    // The photos policy's "use the school iPad, never your own phone" gives way to the rule against messaging a child directly.
    { firm: 'guitar', q: 'one of my teen students asked for my mobile number to text about practice', has: ['safeguarding', 'Never message a child directly'] },
    // Neighbour: the school iPad asked for is no number of one's own.
    { firm: 'guitar', q: 'one of my teen students asked for the school iPad to film her practice', has: [], not: ['Never message a child directly'] },
    { firm: 'rugby', q: "dad wants a copy of his son's match reports from this season, he's 14", has: ['subject-access', 'a parent may ask for a child'] },
    // Focus set 121's story.
    { firm: 'guitar', q: "dad wants a copy of his daughter's lesson notes, she's 13, can i just send them", has: ['subject-access', 'asked for their own view'] },
    // Reports asked to be seen, by a parent who does not pay the fees (the review's story).
    { firm: 'polishSchool', q: 'dad (divorced, doesnt pay fees) wants to see his sons reports', has: ['parents-requests', 'Both parents with parental responsibility may see reports'] },
    // Neighbour: a match to be watched is no record.
    { firm: 'polishSchool', q: 'dad wants to see his sons football match on saturday', has: [], not: ['Both parents with parental responsibility may see reports'] },
    // Neighbour: a concert programme is no record of the child.
    { firm: 'guitar', q: "dad wants a copy of his daughter's concert programme, she's 13", has: [], not: ['asked for their own view'] },
  ]);
});

describe('a young player asking for secrecy about home, and a parent helping often', () => {
  cases([
    // "Things are really bad at home", secrecy begged: focus set 114's story told otherwise.
    { firm: 'orchestra', q: 'one of the violas said things are awful at home at the moment and asked me not to tell anyone, what should i do?', has: ['safeguarding-concern', 'do not promise to keep it secret'] },
    // Neighbour: a happy home and a surprise kept is no harm.
    { firm: 'orchestra', q: 'one of the violas said things are great at home and asked me not to tell anyone about her surprise party', has: [], not: ['do not promise to keep it secret'] },
    // Focus set 118's story: a parent helping often, what she needs asked.
    { firm: 'playgroup', q: "Becky's mum has been helping loads this term, pretty much every tuesday and thursday. do we need anything from her?", has: ['parent-helpers', 'helps more than 3 times a month needs a DBS check'] },
    // Neighbour: a delivery coming often is no helper.
    { firm: 'playgroup', q: 'the milk delivery has been coming every tuesday and thursday, do we need anything for it?', has: [], not: ['helps more than 3 times a month needs a DBS check'] },
  ]);
});

describe("a young one by school year or age in brackets asking for one's own number", () => {
  cases([
    { firm: 'theatre', q: 'one of the seniors (15) asked for my whatsapp number so she can ask about lines', has: ['contacting-children', 'Never give your personal number'] },
    { firm: 'seaCadets', q: 'a cadet (14) asked for my number so she can text me about the boat trip', has: ['two-adult-rule', 'Adults never message a cadet one to one'] },
    { firm: 'crossingPatrols', q: 'a year 6 asked for my phone number in case she gets lost', has: ['safeguarding-children', 'Never give children lifts, sweets or your phone number'] },
    // Neighbour: the time asked is no number of one's own.
    { firm: 'crossingPatrols', q: 'a year 6 asked for the time in case she gets lost', has: [], not: ['Never give children lifts, sweets or your phone number'] },
  ]);
});

describe('a child uncollected as texted, a disclosure in plain words, and a helper who comes often', () => {
  cases([
    { firm: 'wraparound', q: 'its 6.25pm and no ones come for little ethan, mum not answering. what now', has: ['collections', 'start the late collection procedure'] },
    { firm: 'playgroup', q: 'child told me daddy smacked her with a belt, should i ask her more about it?', has: ['safeguarding', 'Never question the child'] },
    { firm: 'swimSchool', q: 'a girl told me her mum doesnt feed her at weekends and said dont tell', has: ['safeguarding-concerns', 'do not promise to keep it secret'] },
    // Focus set 90's story: shut in the shed, told by a child.
    { firm: 'mobileFarm', q: "while we were packing up the guinea pigs a little lad told me his dad shuts him in the shed when he's naughty. teacher was busy. not sure what to do", has: ['safeguarding', 'Report any concern or disclosure to Rachel'] },
    // Neighbour: a shed shut against foxes harms no one.
    { firm: 'mobileFarm', q: 'a little lad told me his dad shuts the shed every night so the foxes cant get in', has: [], not: ['Report any concern or disclosure to Rachel'] },
    // Neighbour: a cat not fed is no child neglected.
    { firm: 'swimSchool', q: 'a girl told me her mum doesnt feed the cat at weekends', has: [], not: ['do not promise to keep it secret'] },
    { firm: 'theatre', q: 'a kid told me something at rehearsal about home and asked me to keep it between us', has: ['safeguarding-concerns', 'do not promise to keep it secret'] },
    // Neighbour: a surprise for a mother's birthday is no worry about home.
    { firm: 'theatre', q: "a kid told me something about her mum's birthday surprise and asked me to keep it between us", has: [], not: ['do not promise to keep it secret'] },
    // The review's story: held by the policy's own words and the ranker, not by the helper reading (it passes with that reading taken
    // out), so a regression check of the answer, not of the rule; the rule's own case is Becky's mum's, above.
    { firm: 'playgroup', q: 'one of the parent helpers has been in 4 times this month already, is that a problem?', has: ['parent-helpers', 'helps more than 3 times a month needs a DBS check'] },
    { firm: 'scouts', q: "a dad has been helping out most weeks now, he's great, anything we need to do?", has: ['new-volunteers', 'Anyone helping regularly'] },
    // One of the family not on the app children are handed over by, though the story names the app: the rule, not the app's entry.
    { firm: 'wraparound', q: 'a lady turned up saying shes jaydens nan, he clearly knows her and is running to her but shes not on famly. can i let him go?', has: ['collections', 'even a grandparent the child clearly knows'], not: ["The parent app and the club's records"] },
    // Whether a child is in today, asked by a caller: the rule never to confirm a child attends.
    { firm: 'wraparound', q: 'someone rang saying theyre from social services and want to know if amelia is in today', has: ['callers-and-police', 'never confirm to a stranger that a child attends'] },
    // Neighbour: whether the cook is in asks after none of the children.
    { firm: 'wraparound', q: 'someone rang and wants to know if the cook is in today', has: [], not: ['never confirm to a stranger that a child attends'] },
    // Neighbour: a grandparent not on duty asks nothing of the list.
    { firm: 'wraparound', q: 'jaydens nan turned up at the door, shes not on duty today so can she take him to the park later', has: [], not: ['even a grandparent the child clearly knows'] },
    // Neighbour: a trade come in often is no helper to be checked.
    { firm: 'scouts', q: 'the plumber has been helping us every week with the boiler, anything we need to do?', has: [], not: ['Anyone helping regularly'] },
  ]);
});

describe('a complaint said as wanted, photo consent taken back, and a box left at the wrong number', () => {
  cases([
    { firm: 'crossingPatrols', q: 'a parent came up shouting that i let cars through too early and wants to complain', has: ['complaints', 'give the parent the complaints card'] },
    { firm: 'youthOutreach', q: 'a young person wants to withdraw their photo consent, the pic is on our insta', has: ['consent-and-photos', 'posts can be removed within 48 hours'] },
    { firm: 'vegBox', q: 'driver just realised he left the box for no 14 at no 41, the member had a card message in it', has: ['breach-reporting', 'Tell Tamsin straight away'] },
    // Neighbour: a box left where it belongs is nothing gone astray.
    { firm: 'vegBox', q: 'driver left the box at no 14 as usual, member says thanks', has: [], not: ['Tell Tamsin straight away'] },
    { firm: 'bloom', q: 'driver left a bouquet with a card message at the wrong house, the neighbour opened the card', has: ['breach-reporting', 'a card message delivered to the wrong address'] },
  ]);
});

describe("focus set 122's stories: a thing never collected, a child left to be measured, a number on an envelope, an address posted", () => {
  cases([
    { firm: 'alterations', q: "coat's been hanging here since june, lady never picked it up even after we texted twice. what do we do with it", has: ['paper-tickets', 'Uncollected orders are kept for 90 days after two reminders'] },
    { firm: 'framing', q: 'a framed print has been sat in the back since march, the customer never came for it, what do we do?', has: ['framing-orders', 'For an uncollected order, ring twice, then write'] },
    { firm: 'musicShop', q: "there's a guitar in the workshop nobody's collected for a year, can we sell it?", has: ['repairs-and-customer-instruments', 'If an instrument is not collected'], not: ['Repair and setup jobs in the workshop'] },
    // Neighbours: a courier not come for our parcel is no customer's thing uncollected; a child not picked up is the fitting room's.
    { firm: 'alterations', q: 'the courier never picked it up today, what do we do with the parcel', has: [], not: ['Uncollected orders are kept for 90 days after two reminders'] },
    { firm: 'alterations', q: 'mum never collected her from the fitting, what do we do', has: [], not: ['Uncollected orders are kept for 90 days after two reminders'] },
    // A child left while the parent nips to the bank: the rule that staff never measure a child alone.
    { firm: 'alterations', q: 'mum dropped her lad off for blazer sleeves and nipped to the bank, shall i crack on measuring him?', has: ['fitting-room', 'staff never measure a child alone'] },
    // A number jotted on an envelope, where the sentence says to enter it in the app "not on paper".
    { firm: 'hedgehogs', q: "jotted a finder's number on the back of an envelope while i was driving, will type it up at the weekend ok?", has: ['hotline-calls', 'Airtable admissions form straight away'] },
    // A finder's address posted in the group, deleting and apologising asked: the breach policy.
    { firm: 'hedgehogs', q: "someone posted a finder's full address in the carers whatsapp 🙈 shall i delete it and message the finder to say sorry?", has: ['breach-reporting', 'Do not delete messages or contact the people yourself'] },
    // Neighbour: the shed's new address is no one's details.
    { firm: 'hedgehogs', q: "sally posted the shed's new address in the carers whatsapp, shall i delete the old one?", has: [], not: ['Do not delete messages or contact the people yourself'] },
  ]);
});

describe("the second review's near misses: a copy of our own papers, good news told as a secret", () => {
  cases([
    // A timetable or price list holds nobody's details: no request for anyone's data.
    { firm: 'swimSchool', q: 'a parent asked for a copy of the lesson timetable', has: [], not: ['When a parent asks for a copy of everything'] },
    { firm: 'plumbers', q: 'a customer asked for a copy of our price list', has: [], not: ['Anyone can ask what we hold about them'] },
    { firm: 'scouts', q: 'a parent asked for a copy of the term programme', has: [], not: ['asks for a copy of'] },
    // Beside them, what we hold of someone asked is the request still.
    { firm: 'swimSchool', q: 'a parent asked for a copy of everything we hold on her son', has: ['access-requests', 'When a parent asks for a copy of everything'] },
    { firm: 'plumbers', q: 'a customer asked for a copy of the photos we took of his boiler', has: ['access-requests', 'Anyone can ask what we hold about them'] },
    // A puppy or a baby sister kept secret is no worry.
    { firm: 'nursery', q: "alfie told me a secret, he's getting a puppy for his birthday and mum doesnt know he knows 😂", has: [], not: ['Log any safeguarding or welfare concern'] },
    { firm: 'wraparound', q: "child whispered that she has a secret: she's going to be a big sister!! so cute", has: [], not: ['Tell the designated safeguarding lead on shift'] },
    // Beside it, harm told with the secret is the safeguarding policy's whatever else the child said.
    { firm: 'wraparound', q: "child told me a secret, her dad hits her when he's been drinking and she's scared of her birthday party", has: ['Tell the designated safeguarding lead on shift'] },
  ]);
});

describe('readings held against the retraining with focus set 122', () => {
  cases([
    // A record gone from one of our systems, where it went asked: the system's entry, not the policy on keeping records.
    { firm: 'hockey', q: "an old player's contract has vanished from hubspot, where did it go?", has: ['HubSpot'], not: ['Unsigned scouting targets are deleted from HubSpot'] },
    // How long a thing is kept, asked as hanging on to it: the entry that says so, not the policy (read-in-round-84's case).
    { firm: 'newspaper', q: 'how long do we hang on to the unused photos from the gala on dropbox?', has: ['unused photos deleted after 2 years'], not: ['Unused photos go after 2 years'] },
    // Neighbour: the system named first, not as where the thing sits, leaves the policy's longer rule standing.
    { firm: 'canal', q: 'tidying up BI - how long are we meant to hang onto details of old volunteers who stopped coming out?', has: ['retention', "kept for 6 years after the volunteer's last work party"] },
    // A rota of who does the teas holds nobody's details.
    { firm: 'canoeClub', q: "can I pin up a list of who's doing teas each week by the kettle?", has: [], not: ["Nothing with a member's details is left on the noticeboard."] },
  ]);
});

describe("the second review's misses: neglect told plainly, of an old man or a child's parent", () => {
  cases([
    { firm: 'vegBox', q: 'an old man on the round looked really thin and said he hasnt eaten for days, no heating', has: ['safeguarding', 'If a member seems at risk of harm or neglect'] },
    // Neighbour: a dog off its food is no one neglected.
    { firm: 'vegBox', q: 'the dog on the round hasnt eaten for days, owner says its the heat', has: [], not: ['If a member seems at risk of harm or neglect'] },
    { firm: 'school', q: "a child said things are bad at home, mum drinks and doesn't wake up", has: ['safeguarding-records', 'Tell the Designated Safeguarding Lead, Anna Lindqvist, at once'] },
    // Neighbours: coffee drunk, and a lie-in till nine, are no worry.
    { firm: 'school', q: 'a child said her mum drinks coffee and doesnt wake up till 9 on saturdays lol', has: [], not: ['Tell the Designated Safeguarding Lead, Anna Lindqvist, at once'] },
    { firm: 'school', q: 'a child said her mum drinks and doesnt wake up till 9 on saturdays lol', has: [], not: ['Tell the Designated Safeguarding Lead, Anna Lindqvist, at once'] },
  ]);
});

describe("focus set 123's stories", () => {
  cases([
    // A child's telling, where the sentence on the safeguarding lead is in the policy on housebound readers: the children's policy.
    { firm: 'library', q: 'a little boy at story time said something about his dad hitting him 😟 what do i do, should i have a word with his mum when she picks him up?', has: ['safeguarding-children', 'blue concern form'] },
    // Beside it, a firm whose one children's policy is on photos keeps its safeguarding policy.
    { firm: 'cycling', q: "girl said something on the ride back about her stepdad hitting her, school's about to finish", has: ['safeguarding', "to the school's designated safeguarding lead before you leave site"] },
    // A caption with a child's first name and surname.
    { firm: 'library', q: "making the summer reading challenge poster, want to caption the photo 'Amelia Jones, age 7, our top reader!' she'd be chuffed", has: ['photos', "never put a child's full name"] },
    // Neighbour: a caption on a poster with no photo names no child.
    { firm: 'library', q: "making the summer reading poster, want to caption it 'Summer Reading, age 7 and up'", has: [], not: ["never put a child's full name"] },
    // A payment bounced, with raising it oneself offered: who alone chases it.
    { firm: 'windows', q: "no 8's payment bounced again. shall i knock and ask him about it while im there doing his windows?", has: ['direct-debits', 'chased only by Sharon or Jade'] },
    { firm: 'tutoringCentre', q: 'ethans dd bounced again, shall i say something to him tonight so he reminds his mum', has: ['payments-fees', 'chased by Priti Nair only'] },
    // Neighbour: one's own bill is no customer's payment.
    { firm: 'tutoringCentre', q: 'my own dd bounced again, shall i ask priti for an advance', has: [], not: ['chased by Priti Nair only'] },
    // Our van's window smashed, keys inside: the sentence on a van broken into, though the story names the tracker's and key cabinet's words.
    { firm: 'windows', q: 'van window smashed overnight outside my house, think the key pouch was in the glovebox 😬', has: ['lost-device', 'offered a lock change at our cost'] },
    { firm: 'dampProofing', q: 'someone smashed the van window last night at the services, nothing obvious missing', has: ['lost-device', 'a van is broken into'] },
    // Neighbour: a customer's car is not ours.
    { firm: 'windows', q: "a customer's car window got smashed while we were on his roof, is that on us?", has: [], not: ['offered a lock change at our cost'] },
    // A sign-in alert from abroad, told as "weird".
    { firm: 'windows', q: 'got a weird sign in alert on the office outlook from another country?? might be nothing, dont want to make a fuss', has: ['breach-reporting', 'even if unsure'] },
    // Neighbour: a sign in the post is no sign-in.
    { firm: 'windows', q: 'got a weird sign in the post from another country, a postcard from spain', has: [], not: ['even if unsure'] },
    // Checks not back, just the first lesson asked: the sentence that the check comes before a first lesson.
    { firm: 'tutors', q: 'new physics tutor wants to start with a student on monday, his dbs is still processing. can he do just the first lesson?', has: ['safeguarding', 'through uCheck before a first lesson'] },
    // Neighbour: paperwork first asks no lesson.
    { firm: 'tutors', q: "new physics tutor's dbs is still processing, can he do the paperwork first?", has: [], not: ['through uCheck before a first lesson'] },
  ]);
});
