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
    { firm: 'ledgerlane', q: "how do you work out a child's paracetamol dose by weight?", has: [], not: ['Firefish'] },
    { firm: 'ledgerlane', q: 'how does this work?', has: ['I answer from'] },
  ]);
});
