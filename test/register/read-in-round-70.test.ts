import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 124 and focus set 54 taught (the seventieth round). Each reading is tested on a question it was read from and
 * beside neighbours that must keep their answer (one's own son on a personal call is no client spoken for, a renewal schedule is no
 * health paper, a login to borrow is no question of who else holds one, one's own phone contract is no supplier's, memes in the group
 * chat are no photos of our work, a broken phone is no kit to order).
 */
const cases = devCasesOn(
  exampleFirms({
    fixpoint: 'fixpoint-repairs',
    greenloop: 'greenloop-heat-pumps',
    hearthways: 'hearthways-adoption',
    hinton: 'hinton-skydive-centre',
    kindred: 'kindred-celebrants',
    spinalign: 'spinalign-chiropractic',
    wealdgate: 'wealdgate-insurance-brokers',
  }),
);

describe('callers: family asking after a client, a client spoken for, a parent asking a child\'s notes, a birth relative asking', () => {
  cases([
    { firm: 'wealdgate', q: "bloke on the line says he's the husband and wants to know if the car claim has been paid out, she's at work. ok to tell him?", has: ['caller-identity', 'authorised contact'] },
    { firm: 'wealdgate', q: "my husband rang to ask if I can pick the kids up, ok to tell him I'm free at 4?", has: [], not: ['authorised contact'] },
    { firm: 'wealdgate', q: "Elderly chap on the phone wanting to cancel his home cover, but his son kept butting in telling him what to say. Didn't sit right with me", has: ['vulnerable-customers', 'stop the call politely'] },
    { firm: 'kindred', q: 'home visit today, the widower seemed really muddled and his nephew kept answering for him and going on about the house. something felt off', has: ['safeguarding'] },
    { firm: 'wealdgate', q: 'my son kept butting in when I was on a personal call, sorry about the noise', has: [], not: ['stop the call politely'] },
    { firm: 'spinalign', q: "hi, mum of a 14 yr old patient rang wanting all his notes emailed to her today. is that fine since she's his mum?", has: ['subject-access', 'a child of 12 or over'] },
    { firm: 'hearthways', q: "woman on the phone says she's a birth mother and wants to know if her son is with us and where he lives now. what do i tell her", has: ['access-to-records', 'we will pass their details to the right person'] },
    { firm: 'hearthways', q: "Birth mum rang just now and mentioned the name of the primary school the children go to. I think it came from something in the last exchange. I'm really worried.", has: ['breach-reporting', 'phone Catherine immediately'] },
    { firm: 'hearthways', q: 'birth mum knows the children are doing well from the last letterbox letter, she said thanks', has: [], not: ['phone Catherine immediately'] },
  ]);
});

describe('the police and other bodies, an account taken over, a health paper by ordinary email', () => {
  cases([
    { firm: 'wealdgate', q: "PC at reception asking who was driving one of our fleet clients' vans last tuesday night, what do i give him", has: ['claims-third-parties', 'collar number'] },
    { firm: 'wealdgate', q: 'PC at reception keeps freezing, who fixes it?', has: [], not: ['collar number'] },
    { firm: 'hinton', q: "someone from the AAIB turned up at the office wanting sunday's load sheets for the caravan", has: ['police-press', 'name, organisation and contact details'] },
    { firm: 'hinton', q: "someone from the police turned up at the office wanting sunday's load sheets for the caravan", has: ['police-press', 'name, organisation and contact details'] },
    { firm: 'wealdgate', q: 'clients are replying to emails from my outlook that i never sent, i think someone is in my account', has: ['data-breach', 'hacked mailbox'] },
    { firm: 'wealdgate', q: 'the insurer wants the GP report for the income protection quote asap, can I just attach it to a normal email?', has: ['convictions-health', 'Mimecast secure send'] },
    { firm: 'wealdgate', q: 'can I just attach the renewal schedule to a normal email?', has: [], not: ['Mimecast secure send'] },
  ]);
});

describe('papers and photos: lost and waited on, typed up, photos of our work in the group chat; kit for the job', () => {
  cases([
    { firm: 'hearthways', q: 'I think I left a folder of Form F notes on the bus?? it might get handed in to lost property, should I wait till tomorrow before saying anything', has: ['lost-device', 'Do not wait to see whether it turns up'] },
    { firm: 'hearthways', q: "typed up my notes from yesterday's home visit, what do I do with the handwritten pages now?", has: ['records-retention', 'locked shredding console'] },
    { firm: 'greenloop', q: 'lads keep putting install photos in the group chat so we can see how the pipework was done on other jobs, is that alright?', has: ['photos-of-homes', 'never send them in WhatsApp'] },
    { firm: 'greenloop', q: 'lads keep putting memes in the group chat, is that alright?', has: [], not: ['never send them in WhatsApp'] },
    { firm: 'greenloop', q: 'who do I ask about getting new work boots, mine have split', has: [], not: ['Shred-it', 'Ask Nicola before'] },
    { firm: 'greenloop', q: 'who do I ask about getting new software', has: ['paper-and-new-apps', 'Ask Nicola'] },
    // A tool's job failing is the policy keyed on that failure, though the story names the tool (read after the retraining).
    { firm: 'fixpoint', q: 'trade in handset wont wipe, blancco fails every time', has: ['trade-in-wiping', 'drilled'] },
    { firm: 'fixpoint', q: 'how long does blancco keep certificates?', has: ['Blancco', '7 years'], not: ['drilled'] },
  ]);
});

describe('the register asked in other words: a contract\'s end, who else holds a login', () => {
  cases([
    { firm: 'wealdgate', q: 'when does our contract with pantiles end?', has: ['Pantiles IT', '31 March 2027'] },
    { firm: 'hinton', q: 'when does the contract with the IT man run out', has: ['Nene Valley IT', '30 September 2027'] },
    { firm: 'wealdgate', q: 'when does my phone contract end?', has: [], not: ['Pantiles IT'] },
    { firm: 'wealdgate', q: 'does anyone outside the firm have a login to acturis?', has: ['Medway Compliance Partners'] },
    { firm: 'wealdgate', q: 'does anyone have a login to acturis I can borrow?', has: [], not: ['Medway Compliance Partners has access'] },
    // "Tandem customers" in an entry's data subjects are customers, though "tandem …" reads as a phrase of the firm's own.
    { firm: 'hinton', q: 'who do we pass customer details on to?', has: ['British Skydiving', 'Gift voucher resellers'] },
    { firm: 'hinton', q: "which suppliers hold employees' data?", has: ['Staffology Payroll'], not: ['British Skydiving'] },
  ]);
});

const readLater = devCasesOn(
  exampleFirms({
    alder: 'alder-osteopathy',
    harbourview: 'harbourview-dental-nursing-agency',
    ledgerlane: 'ledgerlane-locum-pharmacists',
    luminary: 'luminary-stained-glass',
    paddlepaws: 'paddlepaws-hydrotherapy',
    prickles: 'prickles-hedgehog-hospital',
    tapcart: 'tapcart-mobile-bars',
    vanlife: 'vanlife-conversions',
    whiskerwood: 'whiskerwood-cattery',
  }),
);

describe('read in focus sets 58 and 59: photos that show too much, the young, a body at the gate, a record asked gone, a thing not where it is kept', () => {
  readLater([
    { firm: 'prickles', q: "writing up a release story for the facebook page: 'Bramble went home to Mill Lane in Pontesbury today!' with a pic of her going under the hedge, you can just about see the house number on the gatepost. ok to send to Jonty?", has: ['photos-social-media', 'released in the Shrewsbury area'] },
    { firm: 'luminary', q: "doing the survey photos for the landing window at the Pattersons' and there's a windowsill full of family photos and a kid's drawings right in shot. just snap away?", has: ['client-homes-keys', 'never family photos'] },
    { firm: 'luminary', q: "doing the survey photos for the landing window, there's scaffolding right in shot, just snap away?", has: [], not: ['never family photos'] },
    { firm: 'luminary', q: 'lovely piece from the saturday workshop, the maker is 17 and happy to be in the photo holding it for the newsletter. that alright?', has: ['classes-young-people', 'No student under 18 is photographed'] },
    { firm: 'luminary', q: 'lovely piece from the saturday workshop, the maker is 45 and happy to be in the photo holding it for the newsletter. that alright?', has: [], not: ['No student under 18 is photographed'] },
    { firm: 'vanlife', q: "The new apprentice (he's 17) asked me to add him on Snapchat so he can send me pics of his own van project. Harmless enough?", has: ['young-people', 'Nobody swaps personal numbers'] },
    { firm: 'prickles', q: 'two kids (maybe 10 and 12?) just walked in with a hog in a shoebox, their mum is waiting in the car. the older one is giving me their address and his mobile number for the form, is that ok to put in?', has: ['young-and-vulnerable', 'take the details of the adult'] },
    { firm: 'prickles', q: "a mum came in with her two kids and a hog in a shoebox, she's giving me her address for the form", has: [], not: ['take the details of the adult'] },
    { firm: 'prickles', q: "An RSPCA inspector just turned up at the gate about the poisoned hog from last Tuesday and wants a printout of the WRMD record and the finder's address. He's got ID and seems legit, Maggie's not here. Can I just give it him?", has: ['police-and-rspca', 'Do not hand anything over at the door'] },
    { firm: 'prickles', q: "A regular donor, Mr Hughes, phoned saying he's had enough of our letters and wants us to 'delete him from everything'. Shall I just delete his record in Donorfy?", has: ['donations-gift-aid', 'in Donorfy the same day, not deleted'] },
    { firm: 'tapcart', q: "So reader TC5 wasn't in the box when we packed down at Harbourside Fest last night. Probably in one of the crates somewhere, I'll have a proper look Monday when we unload", has: ['card-payments', 'Kwame within one hour'] },
    { firm: 'tapcart', q: "the spare ice scoop wasn't in the box when we packed down, has anyone seen it?", has: [], not: ['Kwame within one hour'] },
    { firm: 'paddlepaws', q: "think i left the clinic ipad at the pub last night, it's not in the drawer", has: ['devices-and-logins', 'wipe'] },
    { firm: 'tapcart', q: "there was a bit of a scuffle between two guests at the Keynsham wedding, one got a cut lip. I'm knackered, I'll write it up on Tuesday when I'm back in the office", has: ['police-and-incidents', 'on the incident form the same night'] },
    { firm: 'vanlife', q: "I sent a load of build photos of the Richards' Sprinter into the Bennetts' WhatsApp chat 🤦 I'm going to message the Bennetts and ask them to delete them and then ring Mr Richards to say sorry", has: ['breaches', 'Do not try to fix it with the customer yourself'] },
    { firm: 'vanlife', q: "I sent the build photos of the Richards' Sprinter into the Richards' WhatsApp chat, they loved them", has: [], not: ['Do not try to fix it with the customer yourself'] },
    { firm: 'whiskerwood', q: "Mr Reeve's daughter rang, he's been taken into hospital and won't be collecting Tigger on sunday. Then a woman from his church called asking how he's doing and whether it's serious. What can I tell the church lady?", has: ['vulnerable-owners-children', 'speak only to the emergency contact'] },
    { firm: 'whiskerwood', q: 'there\'s a big pile of signed paper vet authorisation forms in the tray from the last 2 months. what am I supposed to do with them, file them in the cabinet?', has: ['records-retention', 'scanned and shredded within a week'] },
    // Two the second retraining left to the rules: a paper in hand, and a thing left behind whose it is asked.
    { firm: 'harbourview', q: "Practice in Liskeard doesn't do the app, so our nurse has a paper sheet they've signed. what do I do with it", has: ['timesheets', 'photographed and uploaded the same day'] },
    { firm: 'alder', q: 'someone left a load of exercise bands in treatment room 2, whose are they??', has: ['Rhiannon Matthews'], not: ['Lost or stolen'] },
    { firm: 'alder', q: 'someone left a phone in treatment room 2, whose is it?', has: [], not: ['Sorry, I don'] },
    { firm: 'ledgerlane', q: "got an email from locum Joanne's address saying she's changed banks and giving new sort code and account number for this week's pay. can I update it?", has: ['timesheets-pay', 'send them to Irwell and tell Gareth'] },
  ]);
});

describe('read in focus sets 58 and 59: a well-known tool is no slip of an alias, a question of the world is not asked of us', () => {
  readLater([
    { firm: 'tapcart', q: 'Can we use Calendly so couples can book their cocktail tasting slots?', has: ['new-tools', 'Calendly'], not: ['Google Workspace:'] },
    // ...while a slip of the alias itself is still read as that supplier.
    { firm: 'tapcart', q: 'who looks after the calender?', has: ['Callum Reddy looks after Google Workspace'] },
    { firm: 'ledgerlane', q: "how do you work out a child's paracetamol dose by weight?", has: [], not: ['Firefish'] },
    { firm: 'ledgerlane', q: 'how does this work?', has: ['I answer from'] },
  ]);
});

const reviewed = devCasesOn(
  exampleFirms({
    bastion: 'bastion-guarding',
    bideford: 'bideford-rugby-club',
    bigtop: 'bigtop-circus-school',
    brightbridge: 'brightbridge-supported-living',
    fairword: 'fairword-wills',
    fernleigh: 'fernleigh-salon',
    fixpoint: 'fixpoint-repairs',
    greenleaf: 'greenleaf-epc',
    hearthways: 'hearthways-adoption',
    kindred: 'kindred-celebrants',
    kingfisher: 'kingfisher-marina',
    luminary: 'luminary-stained-glass',
    northwind: 'northwind-digital',
    pathfinder: 'pathfinder-camps',
    prickles: 'prickles-hedgehog-hospital',
    respawn: 'respawn-gaming-cafe',
    safehands: 'safehands-handyperson',
    sparkwise: 'sparkwise-electrical',
    tamar: 'tamar-tutors',
    tapcart: 'tapcart-mobile-bars',
    tidewell: 'tidewell-brewery',
    tuftwell: 'tuftwell-upholstery',
    vanlife: 'vanlife-conversions',
    wanderwell: 'wanderwell-coach-holidays',
    wealdgate: 'wealdgate-insurance-brokers',
  }),
);

describe('the review: stories the readings over-reached on, which keep their own answer', () => {
  reviewed([
    { firm: 'wealdgate', q: "new starter says she's the sister of Tom in accounts, asking whether she gets a staff discount on her car policy", has: [], not: ['caller-identity'] },
    { firm: 'wealdgate', q: 'a chap from the council kept interrupting at the networking breakfast, so rude', has: [], not: ['vulnerable-customers'] },
    { firm: 'wealdgate', q: 'the guy from Pantiles IT kept butting in during the server upgrade meeting', has: [], not: ['vulnerable-customers'] },
    { firm: 'kindred', q: "at the funeral the vicar's wife kept interrupting the family during the tribute", has: [], not: ['children-and-namings'] },
    { firm: 'bideford', q: "mum of a 9 year old is asking for the results of saturday's mini rugby festival", has: [], not: ['subject-access'] },
    { firm: 'hearthways', q: 'a birth father asked whether he needs to bring ID to the letterbox meeting', has: ['Letterbox contact:'], not: ['access-to-records'] },
    { firm: 'hearthways', q: 'birth mum is asking if we could pay her bus fare to the contact session', has: [], not: ['access-to-records'] },
    { firm: 'hearthways', q: 'birth mum said her own new address is 12 Elm Road so letterbox can reach her, where do I record it?', has: [], not: ['breach-reporting'] },
    { firm: 'hearthways', q: 'the birth father had the school run on tuesdays before the children were removed, is that in the CPR?', has: [], not: ['breach-reporting'] },
    { firm: 'tamar', q: 'someone is using the email template I made, who changed it?', has: [], not: ['breach-reporting'] },
    { firm: 'sparkwise', q: 'customer left their house keys with me, should I wait for them to come back before locking up?', has: ['customer-keys'], not: ['lost-devices'] },
    { firm: 'hearthways', q: "the prospective adopter's file is missing some references, should I wait for them before panel?", has: [], not: ['lost-device'] },
    { firm: 'bastion', q: 'can I get a new jacket? the body camera clip on mine has broken and the camera keeps falling off', has: ['body-worn-cameras'] },
    { firm: 'northwind', q: "a client's contract ends next month, what do we do with their data?", has: ['client-offboarding'] },
    { firm: 'luminary', q: 'can we photograph the restored 17th century window for the newsletter? it is 17 feet high', has: [], not: ['No student under 18 is photographed'] },
    { firm: 'vanlife', q: "customer asked me to follow them on insta so we can share build pics, she's 16 weeks into the build", has: [], not: ['Nobody swaps personal numbers'] },
    { firm: 'vanlife', q: "my daughter, she's 15, wants to add me on tiktok, lol", has: [], not: ['Nobody swaps personal numbers'] },
    { firm: 'pathfinder', q: "a camper's mum rang asking how she's doing, she had a fall yesterday and went to hospital for a check", has: [], not: ['medical-and-allergies'] },
    { firm: 'bigtop', q: "a student's mum rang asking how she's doing after her fall, she went to hospital", has: [], not: ['medical-forms'] },
    { firm: 'tuftwell', q: 'pile of fabric sample sheets from the supplier, what should I do with them?', has: [], not: ['records-retention'] },
    { firm: 'prickles', q: 'a volunteer who left last year asked us to delete all her details, can I just delete her?', has: [], not: ['not deleted'] },
    { firm: 'tapcart', q: "I cut off a drunk guest at the bar last night, I'll log it tomorrow", has: ['challenge-25'] },
    { firm: 'safehands', q: "shared the photos of the Taylors' fence in the team's whatsapp so Dave can quote", has: [], not: ['breach-reporting'] },
  ]);
});

describe('the review: plain variants the readings now read', () => {
  reviewed([
    { firm: 'kingfisher', q: "woman on the phone says she's the wife of the owner of Sea Breeze and wants to know if the berth fees have been paid, ok to tell her?", has: ['subject-access-requests'] },
    { firm: 'brightbridge', q: "man rang saying he's the tenant's brother and wants to know what's in her support plan file, can I tell him?", has: ['subject-access'] },
    { firm: 'wealdgate', q: 'lady came in to change her car policy and her boyfriend kept answering for her, she seemed nervous', has: ['vulnerable-customers'] },
    { firm: 'fairword', q: "at the will appointment Mrs Cole's nephew kept interrupting and telling her what to leave to whom", has: ['vulnerable-clients'] },
    { firm: 'wanderwell', q: 'old gent booking the scotland tour on the phone, his daughter kept telling him what to say about paying with his card. felt wrong', has: ['vulnerable-passengers'] },
    { firm: 'respawn', q: "a mum rang asking for her 15 year old's account records and play history, ok?", has: ['subject-access', 'a child of 13 or over'] },
    { firm: 'bideford', q: "a mum is asking for her daughter's injury reports, her daughter is 13", has: ['subject-access'] },
    { firm: 'hearthways', q: 'birth dad posted on facebook the name of the town the kids live in now', has: ['breach-reporting'] },
    { firm: 'tamar', q: "someone's been using our gmail to send parents weird links", has: ['breach-reporting'] },
    { firm: 'greenleaf', q: "doing the EPC photos and there's post and bills on the kitchen table right in shot, ok to carry on?", has: ['photos-in-homes'] },
    { firm: 'luminary', q: 'one of the under-18s on the course would like to be photographed with her lamp for the website', has: ['classes-young-people'] },
    { firm: 'bigtop', q: 'one of the students is in hospital after a fall off the trapeze, the other parents keep asking how she is', has: ['medical-forms'] },
    { firm: 'fixpoint', q: "phone we bought in won't erase, it's stuck on activation lock", has: ['trade-in-wiping'] },
    { firm: 'tapcart', q: "cut my finger on a broken glass at the wedding, nothing serious, I'll log it on monday", has: ['police-and-incidents'] },
  ]);
});

const readLast = devCasesOn(
  exampleFirms({
    lantern: 'lantern-playhouse',
    ridgeback: 'ridgeback-security-dog-patrols',
    roots: 'rootsandroutes-family-history-society',
    sunnyside: 'sunnyside-holiday-club',
  }),
);

describe('read in focus set 60: a loss whose look is put off, the police in an emergency or by CID, footage of oneself, a form or a worry put off, staff with a child, a parent kept from, a relative\'s address', () => {
  readLast([
    { firm: 'ridgeback', q: "stopped at the services on the A1 for a brew, come back and the work phone's not in the van door pocket. prob just dropped it somewhere, I'll have a proper look when I'm done at the Carcroft site about 6am", has: ['lost-kit', 'within 30 minutes of noticing'] },
    { firm: 'ridgeback', q: "Ryan here. think the key for the Askern unit fell out my pocket walking the fence line, it's pitch black. gonna come back in daylight tomorrow and look before I say anything to anyone, no point panicking the client if it turns up", has: ['lost-kit', 'client is told the same shift'] },
    { firm: 'ridgeback', q: "the work phone's on charge in the van, I'll have a proper look at the emails when I'm done", has: [], not: ['lost-kit'] },
    { firm: 'ridgeback', q: 'CID rang the office wanting the incident log from the Armthorpe break-in, gave a crime number and everything, DC Walker. can I just export it from tracktik and email it over to him?', has: ['police-requests', 'ask for the request in writing'] },
    { firm: 'ridgeback', q: "2am, police at the Bentley site - 13 yr old girl missing and they think she was seen going in there earlier tonight. they want the bodycam footage from my shift right now. Kirsty's phone going to voicemail, what do I do???", has: ['police-requests', 'ring Darren on 07700 900418'] },
    { firm: 'ridgeback', q: 'camera battery died half way through the shift so when the trespassers came back I got it all on my own phone instead. how do I get that onto the system?', has: ['body-worn-cameras', 'Never record on your own phone'] },
    { firm: 'ridgeback', q: 'the lad we stopped for shoplifting at Parkgate last week has emailed the office asking for all the bodycam video of himself. do we have to give it him?? Bev', has: ['callers-and-enquiries', 'pass it to Kirsty the same day'] },
    { firm: 'lantern', q: 'a customer wants a copy of the cctv of herself at the bar. and how long have we got to reply?', has: ['Delia', 'one month'] },
    { firm: 'sunnyside', q: "new girl Poppy is booked from tomorrow, mum says she'll fill in the medical bits at drop off as she hasn't had time. thats fine yeah?", has: ['medical-allergies', 'no form, no place'] },
    { firm: 'sunnyside', q: "a boy in my group said something a bit worrying about home at pick up time, I've written it down on the form. marcus has gone for the day, can I just hand it to him tomorrow morning?", has: ['safeguarding', 'before the child goes home'] },
    { firm: 'sunnyside', q: "a boy in my group said something funny about his dad's singing, made us all laugh", has: [], not: ['before the child goes home'] },
    { firm: 'sunnyside', q: 'not sure how to say this but one of the other play workers keeps taking the same girl off on her own to the changing rooms and giving her sweets. probably nothing but it feels off to me', has: ['safeguarding', 'Concerns about a member of staff go straight to Hannah'] },
    { firm: 'sunnyside', q: "mum of the twins said quietly at drop off that their dad mustn't find out they come to us. I said ok. is there anything else I'm meant to do with that?", has: ['callers', 'she checks for a court order'] },
    { firm: 'sunnyside', q: "mum said their dad mustn't find out about the surprise party we're helping with", has: [], not: ['court order'] },
    { firm: 'roots', q: "lady in Australia who had a research report from us wants the address of her second cousin in Gainsborough who came up in the tree. she's family so I can tell her, right?", has: ['living-people', 'Never tell an enquirer where a living person lives'] },
    { firm: 'roots', q: "can I upload a member's tree to Ancestry to look for hints for her? she asked me to", has: ['new-tools', 'Margaret'] },
  ]);
});

const reviewedAgain = devCasesOn(
  exampleFirms({
    aquaform: 'aquaform-bathrooms',
    brookside: 'brookside-care-home',
    fieldvoice: 'fieldvoice-research',
    fixit: 'fixit-repair-cafe',
    ferncliffe: 'ferncliffe-scouts',
    harbourShelter: 'harbour-night-shelter',
    kindred: 'kindred-celebrants',
    kingfisher: 'kingfisher-marina',
    lincsway: 'lincsway-patient-transport',
    northwind: 'northwind-digital',
    parchment: 'parchment-probate-genealogists',
    pathfinder: 'pathfinder-camps',
    ridgeback: 'ridgeback-security-dog-patrols',
    roots: 'rootsandroutes-family-history-society',
    safehands: 'safehands-handyperson',
    sunnyside: 'sunnyside-holiday-club',
    wanderwell: 'wanderwell-coach-holidays',
  }),
);

describe('the second review: over-reaches narrowed, and variants read', () => {
  reviewedAgain([
    { firm: 'kingfisher', q: 'police asking for the pontoon cctv, an outboard has gone missing off one of the boats', has: ['cctv-footage'] },
    { firm: 'harbourShelter', q: "police came in asking for our records on a guest who's been missing since friday", has: ['guest-confidentiality'] },
    { firm: 'fieldvoice', q: 'police want the footage from the door camera, a laptop went missing from reception last week', has: ['cctv'] },
    { firm: 'ridgeback', q: "dropped my phone screen first on the concrete, it's cracked, I'll check if it still works later", has: [], not: ['lost-kit'] },
    { firm: 'brookside', q: "one of the handhelds is missing from the office, I'll have a look on the next shift", has: ['devices'] },
    { firm: 'sunnyside', q: "mum said dad mustn't find out they've been eating sweets at club, haha", has: [], not: ['court order'] },
    { firm: 'sunnyside', q: 'a volunteer keeps messaging one of the girls on snapchat, is that ok?', has: ['safeguarding', 'Concerns about a member of staff'] },
    { firm: 'pathfinder', q: 'one of the staff keeps giving the same child sweets and taking her off alone, not sure what to do', has: ['safeguarding-concerns'] },
    { firm: 'sunnyside', q: 'mum says she\'ll bring the booking form at drop off for the october half term, and pay then', has: [], not: ['no form, no place'] },
    { firm: 'ferncliffe', q: "Jack's had a fall at camp, what's the phone number of his grandma? she's his emergency contact", has: ['camps-and-medical'] },
    { firm: 'fixit', q: 'someone asked for the phone number of her grandson who volunteers here on saturdays, she says he\'s not answering', has: ['requests-about-people'] },
    { firm: 'roots', q: "what's the address of her aunt's old house in the 1911 census? I need it for the transcription", has: [], not: ['living-people'] },
    { firm: 'safehands', q: "taking before photos of the kitchen, there's post on the side in the shot, ok?", has: ['photos'] },
    { firm: 'wanderwell', q: 'at the coffee stop the tour guide was telling them what to buy in the gift shop', has: [], not: ['vulnerable-passengers'] },
    { firm: 'kindred', q: 'the groom\'s mum kept telling him what to say in his vows, is that our business?', has: [], not: ['children-and-namings'] },
    { firm: 'parchment', q: "on the call the heir's brother kept speaking for him, he barely got a word in", has: ['heir-agreements'] },
    { firm: 'aquaform', q: "at the home survey the old lady's son kept answering for her when I asked about the walk-in shower, she seemed confused", has: ['finance-applications'] },
    { firm: 'northwind', q: "one of our customers' contracts ends next week, what happens to their data?", has: ['client-offboarding'] },
    { firm: 'sunnyside', q: 'nothing back from mum about whether he can go swimming with his asthma, ok to carry on?', has: ['medical-allergies'] },
    { firm: 'lincsway', q: "my son rang saying a patient's relative called him about the booking, should I answer?", has: ['who-can-be-told'] },
  ]);
});
