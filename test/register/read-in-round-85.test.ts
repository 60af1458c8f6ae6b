import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-fifth round mended in the answerer, beside its neighbours: the stories focus set 111 taught, the same stories told
 * otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    strokeClub: 'calder-stroke-club',
    crossings: 'safecross-patrols',
    puppies: 'tamar-puppy-raisers',
    speedCourses: 'roadwise-speed-awareness',
    residents: 'parkview-residents-association',
    shelter: 'harbour-night-shelter',
    tutoring: 'numberwise-tutoring-centre',
    market: 'cornexchange-market-traders',
    schoolRuns: 'shuttlewise-minibuses',
    estate: 'glenmoor-deer-stalking',
    orchestra: 'oakley-youth-orchestra',
    sewingBee: 'thistle-and-thread-sewing-bee',
    newspaper: 'riverprint-community-newspaper',
    admissions: 'ivyroute-admissions-consultancy',
    pestControl: 'kingsmead-pest-control',
    cowork: 'junction-yard-cowork',
    bridgeClub: 'grandslam-bridge-club',
    research: 'fieldvoice-research',
    marina: 'kingfisher-marina',
    wasteFirm: 'sharpsafe-waste',
    weddings: 'brightframe-weddings',
    repairCafe: 'fixit-repair-cafe',
    auctioneers: 'bellweather-auctioneers',
    socialClub: 'ashgrove-social-club',
    rugbyClub: 'bideford-rugby-club',
    coachHolidays: 'wanderwell-coach-holidays',
    scouts: 'ferncliffe-scouts',
    toyLibrary: 'playshelf-toy-library',
    tenantsUnion: 'rentright-tenants-union',
    cycleTraining: 'freewheel-bikeability',
    gym: 'ironclad24-gym',
  }),
);

describe('signs of a stroke seen now', () => {
  cases([
    { firm: 'strokeClub', q: 'harolds face has gone all droopy during bingo and hes slurring!!!', has: ['medical-emergency', 'ring 999 at once'] },
    { firm: 'strokeClub', q: 'one of the members is slurring his words and his arm has gone weak', has: ['medical-emergency', 'ring 999 at once'] },
  ]);
});

describe('a child given a lift', () => {
  cases([
    { firm: 'crossings', q: 'chucking it down and one of the yr 6 lads has no coat and a long walk, can i run him home in my car?', has: ['safeguarding-children', 'Never give children lifts'] },
    { firm: 'puppies', q: 'raisers daughter asked if i could run her to brownies on my way home with the pup in the car, fine yeah?', has: ['children-and-families', 'never take a child anywhere on their own'] },
    // Neighbour: a grown-up taken to the doctor's is no child's lift.
    { firm: 'puppies', q: 'the raisers mum asked if i could run her to the doctors', has: [], not: ['never take a child anywhere on their own'] },
  ]);
});

describe('only a child at home', () => {
  cases([
    { firm: 'puppies', q: 'turned up for my visit and only the 14yo was in, parents stuck in traffic. she said come in and wait, is that ok?', has: ['children-and-families', 'never visit when only children are at home'] },
    // Neighbour: only the dog in.
    { firm: 'puppies', q: 'only the dog was in when i called round, what now', has: [], not: ['never visit when only children are at home'] },
  ]);
});

describe('a device not where it was, and not found', () => {
  cases([
    { firm: 'strokeClub', q: 'hall tablet isnt in the cupboard, cant find it anywhere. alisons on leave this week so who do i tell??', has: ['breaches', 'If Alison is away, tell Imran Hussain'] },
    { firm: 'crossings', q: 'body cam must of fallen off my coat somewhere between the site and the bus stop, cant find it anywhere', has: ['lost-kit-breach', 'Steve Morgan on 07700 900 418'] },
    { firm: 'crossings', q: 'my body camera has gone from the dock, cant find it anywhere', has: ['lost-kit-breach', 'Steve Morgan on 07700 900 418'] },
    // Neighbour: a charger is no device that holds details.
    { firm: 'strokeClub', q: 'the charger isnt in the cupboard, cant find it anywhere', has: [], not: ['Pennine IT will lock and wipe the tablet or laptop'] },
  ]);
});

describe('someone else to agree or sign for a member', () => {
  cases([
    { firm: 'strokeClub', q: 'new chap at tuesday group can hardly get his words out, his wife says shell just sign the form for him. thats fine right?', has: ['consent-aphasia', 'Never assume a member cannot decide'] },
    { firm: 'strokeClub', q: 'tried the form with a member today but he really couldnt follow it at all so his carer signed in the end, anything i need to note?', has: ['consent-aphasia', 'plainly cannot understand, and record why'] },
    { firm: 'strokeClub', q: 'his daughter signed the form for him in the end, is that ok?', has: ['consent-aphasia', 'plainly cannot understand, and record why'] },
    // Neighbour: a parcel signed for.
    { firm: 'strokeClub', q: 'a parcel came for the club, can i sign for it?', has: [], not: ['Only ask the carer to agree for them'] },
  ]);
});

describe('whether to have recorded someone aggressive', () => {
  cases([
    { firm: 'crossings', q: 'bloke in a transit just went mental at me at the crossing, effing and blinding. should i have had the cam going??', has: ['body-camera-use', 'when someone is aggressive or abusive to you'] },
    { firm: 'crossings', q: 'a dad was swearing at me at the gate, should i switch the camera on next time?', has: ['body-camera-use', 'when someone is aggressive or abusive to you'] },
  ]);
});

describe('a complaint told without the word', () => {
  cases([
    { firm: 'crossings', q: 'a mum had a right go at me this morning saying im too slow letting the kids over. what am i supposed to do', has: ['complaints', 'give the parent the complaints card'] },
    { firm: 'crossings', q: 'head at st marys rang in moaning about the patrol on castle st, how long have we got to get back to her properly?', has: ['complaints', 'replies in full within 10 working days'] },
    { firm: 'speedCourses', q: 'a driver rang in moaning about the course, how long do we have to reply to him?', has: ['complaints', 'full reply within 10 working days'] },
    { firm: 'residents', q: 'a resident had a right go at me about the lift being broken again, what should i do', has: ['repairs-to-landlord', 'only when the resident has asked us to'] },
    // Neighbours: moaning about the weather is no complaint; nor are threats, which are aggression.
    { firm: 'crossings', q: 'a mum moaning about the weather again', has: [], not: ['give the parent the complaints card'] },
    { firm: 'crossings', q: 'a dad had a right go at me and threatened to hit me', has: [], not: ['give the parent the complaints card'] },
  ]);
});

describe('money taken by one of their own', () => {
  cases([
    { firm: 'strokeClub', q: 'one of the ladies told me her nephew keeps helping himself to money from her purse. im only a volunteer, who do i tell and when', has: ['safeguarding', 'before you leave the session'] },
    // Neighbour: biscuits from her tin are no money.
    { firm: 'strokeClub', q: 'her nephew keeps helping himself to biscuits from her tin when he visits', has: [], not: ['has money going missing'] },
  ]);
});

describe('a slip to be tidied up quietly', () => {
  cases([
    { firm: 'puppies', q: 'oops just emailed the harveys visit notes to the wrong raiser... shall i just ask her to delete it and leave it at that?', has: ['lost-phone-breach', 'Do not try to tidy it up yourself'] },
    // Neighbour: a request for one's records, with notes being cleared: the request's rule on deleting.
    { firm: 'puppies', q: 'someone asked for a copy of their stuff last week and i was halfway through clearing old visit notes out of their folder... ok to carry on?', has: ['own-data-requests', 'Do not delete anything once a request has been made'] },
  ]);
});

describe('a family\'s private life told on a visit', () => {
  cases([
    { firm: 'puppies', q: 'just back from a visit, the mum spent ages telling me about her divorce and her depression. do i put any of that in my notes?', has: ['home-visits', 'their health or their relationships'] },
    { firm: 'puppies', q: 'the dad was telling me all about his drinking, should i write that down?', has: ['home-visits', 'their health or their relationships'] },
  ]);
});

describe('leave asked to ban someone', () => {
  cases([
    { firm: 'shelter', q: 'a guest pulled a knife on another guest tonight, can i kick him out', has: ['bans-and-incidents', 'Only the shift leader may exclude'] },
    { firm: 'market', q: 'stan wants to tell the guy who swore at bev never to come back. is stan allowed to do that himself?', has: ['banning-and-disc', 'Only Karen or Imran may ban someone'] },
    { firm: 'market', q: 'can we ban him from the market?', has: ['banning-and-disc', 'Only Karen or Imran may ban someone'] },
    // Neighbour: left off a mailing is no ban.
    { firm: 'market', q: 'can we exclude him from the traders newsletter?', has: [], not: ['Only Karen or Imran may ban someone'] },
  ]);
});

describe('someone taken ill now, where the policy says what to do in an emergency', () => {
  cases([
    { firm: 'shelter', q: 'guys gone blue in the toilets, think hes taken something', has: ['health-and-medication', 'In an emergency call 999'] },
  ]);
});

describe('a child not collected, with everyone else gone', () => {
  cases([
    { firm: 'tutoring', q: 'its 6.20, session finished at 6 and lilys mum still isnt here. everyone else has gone so its just me and her', has: ['pick-up', 'two adults stay with the child'] },
    // Neighbour: everyone gone, and no child left.
    { firm: 'tutoring', q: 'session finished at 6 and everyone else has gone, can i lock up now?', has: [], not: ['two adults stay with the child'] },
    { firm: 'tutoring', q: "session finished at 6 and everyone else has gone, its just me and her, mum still isn't here", has: ['pick-up', 'two adults stay with the child'] },
  ]);
});

describe('someone unknown at the door to collect a child', () => {
  cases([
    { firm: 'tutoring', q: 'ayaan (8) uncle is at the door to get him, says mum sent him. never seen him before', has: ['pick-up', 'ask for the password'] },
  ]);
});

describe('marks seen on a child of a school year', () => {
  cases([
    { firm: 'tutoring', q: 'one of my year 4s had bruises up both arms today and went really quiet when i asked if she was ok', has: ['safeguarding', 'the same day before you leave the centre'] },
    { firm: 'tutoring', q: 'one of my pupils had bruises up both arms today', has: ['safeguarding', 'the same day before you leave the centre'] },
    // Neighbour: a paper about pupils photographed is no child pictured.
    { firm: 'schoolRuns', q: "new PA here, i've got loads of pupils to remember, can i take photos of the one page profiles on my phone so i can learn them at home", has: ['pupil-information'], not: ['Never take a photo or video of a pupil on a school route'] },
  ]);
});

describe('a device fallen out of what it was carried in', () => {
  cases([
    { firm: 'estate', q: 'think my inreach fell out my jacket up on the hill yesterday arvo, only clocked it now at 10am. am i too late to say?', has: ['lost-device-breach', 'at the latest by 09:00 the next morning'] },
    { firm: 'estate', q: 'think my phone fell out my jacket up on the hill yesterday arvo, only clocked it now at 10am. am i too late to say?', has: ['lost-device-breach', 'at the latest by 09:00 the next morning'] },
    { firm: 'estate', q: 'my phone slipped out of my pocket on the hill somewhere, cant find it', has: ['lost-device-breach', 'tell Isla Grant on 01807 555 318 the same day'] },
  ]);
});

describe('a count short by so many', () => {
  cases([
    { firm: 'estate', q: 'did the ammo count after today and we are one box short. who do i tell', has: ['rifle-security', 'reported to Callum and Isla at once'] },
    { firm: 'estate', q: 'the stock take of ammo this morning is two boxes short', has: ['rifle-security', 'reported to Callum and Isla at once'] },
    // Neighbour: a count short of a helper is no discrepancy.
    { firm: 'estate', q: "for the deer count on saturday we're one ghillie short, who can cover?", has: [], not: ['a discrepancy in the ammunition count'] },
  ]);
});

describe('a paper left in one\'s inbox', () => {
  cases([
    { firm: 'estate', q: 'gent coming next week sent a pic of his fac to my outlook, fine to just leave it in there so i have it handy?', has: ['firearms-documents', 'never in email attachments left in an inbox'] },
    { firm: 'estate', q: "an agent sent a scan of his clients passport to my email, ok to keep it in my inbox?", has: ['firearms-documents', 'never in email attachments left in an inbox'] },
  ]);
});

describe('someone out and about asking after ours', () => {
  cases([
    { firm: 'estate', q: 'fella in the pub in tomintoul was asking me which of the guests have brought their own guns and where they get put at night. what do i say', has: ['firearms-documents', 'which guests hold rifles or where rifles are kept overnight'] },
    { firm: 'sewingBee', q: 'a man in the pub was asking me whether his wife comes to the thursday workshop', has: ['refugee-workshop-confidentiality', 'whether a woman attends'] },
    // Neighbour: where a place is, asked in the village.
    { firm: 'estate', q: 'a lady in the village shop was asking me where the larder is', has: [], not: ['Never tell anyone outside the estate office'] },
  ]);
});

describe('a child\'s lift, and a child minded by us', () => {
  cases([
    { firm: 'estate', q: 'guest asked if i could run their wee girl back to the bothy in the pickup on my own while they finish up at the larder, ok?', has: ['children-and-vulnerable', 'never alone in a vehicle or cottage with a child'] },
    { firm: 'sewingBee', q: 'a lady brought her wee boy to thursday, could he go play in the side room with one of us so she can sew?', has: ['adult-at-risk', 'they stay with her at all times'] },
    { firm: 'sewingBee', q: 'a mum asked if her little girl could sit with me in the kitchen so she can finish her sewing', has: ['adult-at-risk', 'they stay with her at all times'] },
  ]);
});

describe('someone gone down and not responding', () => {
  cases([
    { firm: 'sewingBee', q: 'mrs h has just gone down at drop-in and isnt responding!! what do i do', has: ['adult-at-risk', 'call 999 first; the defibrillator is in the hall lobby'] },
    { firm: 'sewingBee', q: 'mrs h is unresponsive in her chair, help', has: ['adult-at-risk', 'call 999 first; the defibrillator is in the hall lobby'] },
  ]);
});

describe('a name on a label, where the policy says a number instead', () => {
  cases([
    { firm: 'sewingBee', q: "should i put jean's name on the labels for her tea cosies so people know who made them?", has: ['market-sales-and-makers', "the maker's member number, not their name"] },
    { firm: 'sewingBee', q: 'should i put the makers names on the price tags for the market', has: ['market-sales-and-makers', "the maker's member number, not their name"] },
  ]);
});

describe('a short PIN', () => {
  cases([
    { firm: 'orchestra', q: "my phone only has a 4 number pin, is that fine if i'm using it for orchestra stuff?", has: ['lost-device-wrong-email', 'screen lock of at least 6 digits or a fingerprint'] },
    { firm: 'orchestra', q: 'my passcode is only 4 digits, does that matter?', has: ['lost-device-wrong-email', 'screen lock of at least 6 digits or a fingerprint'] },
    // Neighbour: a padlock's code is no screen lock.
    { firm: 'orchestra', q: 'the instrument store padlock has a 4 digit code, is that ok?', has: [], not: ['screen lock of at least 6 digits'] },
  ]);
});

describe('how long a DBS result is kept', () => {
  cases([
    { firm: 'orchestra', q: "how long are we supposed to keep someone's dbs result once they've been signed off?", has: ['records-retention', 'DBS outcomes are kept for 6 months after the decision'] },
  ]);
});

describe('a tool we do not hold that a policy forbids by name', () => {
  cases([
    { firm: 'newspaper', q: 'a nurse wants to tell me about staffing at the RAH but only over whatsapp, is that ok?', has: ['Morven Sinclair', 'protecting-sources', 'Use Signal with disappearing messages'] },
    { firm: 'admissions', q: "year 12 boy I tutor wants to do tomorrow's session on facetime cos his zoom keeps crashing, that ok?", has: ['Eleanor Whitcombe', 'safeguarding-online', "FaceTime or at a student's home"] },
    // Neighbour: the rule on new tools names the tool already, and is the firm's word on it.
    { firm: 'pestControl', q: 'whatsapp group for the techs?', has: ['new-tools'], not: ['Never text them, post them in Slack or WhatsApp'] },
  ]);
});

describe('the records of one who has not come since, asked gone', () => {
  cases([
    { firm: 'sewingBee', q: "mary hasn't been since easter, when should her emergency contact stuff be cleared off the list?", has: ['records-retention', 'deleted 6 months after someone stops coming'] },
  ]);
});

// After the review: a machine or a reply not responding is no one taken ill; a question asked in the street of no one of ours, no
// confidence; leave from a chat, no ban; a key safe's PIN, no phone's; how long before a DBS comes back, no keeping; a passenger's
// own phone, no loss of ours; and the near variants it found.
describe('the review of the round\'s readings', () => {
  cases([
    { firm: 'cowork', q: 'the card machine in the cafe is not responding, what do i do', has: [], not: ['is taken ill, call 999 first'] },
    { firm: 'bridgeClub', q: 'the scoring tablet is not responding, what should I do', has: [], not: ['If a member is taken ill, call 999'] },
    { firm: 'shelter', q: 'the booking system is unresponsive tonight, where do we record beds', has: [], not: ['In an emergency call 999'] },
    { firm: 'research', q: 'the interviewee is not responding to texts, can I ring her at home', has: [], not: ['In an emergency call 999'] },
    { firm: 'research', q: 'a client is not responding to my texts about the interview, can I ring her at home', has: [], not: ['In an emergency call 999'] },
    { firm: 'strokeClub', q: "one of our members has gone all floppy and isn't responding to me", has: ['medical-emergency', 'ring 999 at once'] },
    { firm: 'wasteFirm', q: 'the key safe at the depot has a 4 digit pin, should we change it', has: ['site-keys'], not: ['are locked with a PIN of at least six digits'] },
    { firm: 'weddings', q: 'my phone has a 4 digit pin, is that ok', has: [], not: ['its password must be at least 16 characters'] },
    { firm: 'wasteFirm', q: "i keep the key safe's 4 digit code on my phone, is that ok?", has: [], not: ['are locked with a PIN of at least six digits'] },
    { firm: 'tenantsUnion', q: 'is a 4 digit code on my phone ok', has: ['phones-and-passwords'] },
    { firm: 'estate', q: 'a fella in the village asked if they still do stalking in november', has: [], not: ['Never tell anyone outside the estate office'] },
    { firm: 'repairCafe', q: "someone at the cafe asked if we've got anyone who can fix a toaster", has: [], not: ['Never tell anyone who has borrowed a tool'] },
    { firm: 'auctioneers', q: 'someone in the street asked if they are holding a sale next month', has: [], not: ['Never tell anyone who consigned a lot'] },
    { firm: 'scouts', q: 'someone in the pub asked me whether the Smith boy is in our troop', has: ['safeguarding'] },
    { firm: 'repairCafe', q: 'neighbour at the school gates asked if her husband has been using the tool library', has: ['tool-library', 'Never tell anyone who has borrowed a tool'] },
    { firm: 'socialClub', q: 'can i kick him off the whatsapp group, he keeps posting rubbish', has: [], not: ['Only the committee can bar someone'] },
    { firm: 'market', q: 'can I throw her out of the group chat', has: [], not: ['Only Karen or Imran may ban someone'] },
    { firm: 'shelter', q: 'can we chuck them out of the rota for being late', has: [], not: ['Only the shift leader may exclude'] },
    { firm: 'rugbyClub', q: 'how long can a new coach keep helping with the u12s before his DBS comes back', has: ['dbs-checks'] },
    { firm: 'coachHolidays', q: "the passenger's phone fell out of her bag on the coach, what do we do", has: [], not: ['breach-reporting'] },
    { firm: 'sewingBee', q: 'a lady brought her little girl, could she sit with me in the kitchen so her mum can finish her sewing', has: ['adult-at-risk', 'they stay with her at all times'] },
    { firm: 'sewingBee', q: 'can her daughter go and play in the side room with a volunteer so she can get on with her quilt', has: ['adult-at-risk', 'they stay with her at all times'] },
    { firm: 'toyLibrary', q: 'a mum asked could her toddler play with me while she picks out toys', has: ['stay-and-play'] },
    { firm: 'estate', q: "can i run the guest's wee lad back to the lodge in the pickup", has: ['children-and-vulnerable', 'never alone in a vehicle or cottage with a child'] },
    { firm: 'estate', q: "can I drive the ghillie's son home after the shoot", has: ['children-and-vulnerable', 'never alone in a vehicle or cottage with a child'] },
  ]);
});

describe('a paper left and gone when we went back, and going alone to an alarm', () => {
  cases([
    { firm: 'cycleTraining', q: "left the register on the wall outside st bedes after level 2, went back and it's not there", has: ['breach-reporting', 'tell Hannah Westbury'] },
    // Neighbours: a coffee left and gone is no loss of anyone's details, however the gone is told.
    { firm: 'cycleTraining', q: "left my coffee on the wall outside st bedes, went back and it's not there", has: [], not: ['tell Hannah Westbury'] },
    { firm: 'cycleTraining', q: "left my coffee on the wall outside st bedes and it's gone", has: [], not: ['tell Hannah Westbury'] },
    { firm: 'gym', q: "alarm's gone off at 2am, heading over on my own now, anything i should do", has: ['lone-working', 'tell the ops WhatsApp group when they arrive and leave'] },
  ]);
});
