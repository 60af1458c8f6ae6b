import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 126 and focus set 61 taught (the seventy-second round). Each reading is tested on a question it was read from and
 * beside neighbours that must keep their answer (a staff member asking after a resident is no caller, a camera asked about has not failed,
 * a call put on hold is not on speaker, introducing oneself to a colleague is no approach at a match, young people counted ask no rule).
 * Every case that asks for an answer fails with the round's readings taken out (the start's situations, `unknown.ts`, `never-kept.ts`,
 * `world-times.ts` and `intents.ts` over today's models); the neighbours pass both ways, as they guard against the readings reaching too far.
 */
const cases = devCasesOn(
  exampleFirms({
    brightside: 'brightside-sexual-health',
    ironclad: 'ironclad-enforcement-agents',
    clearwater: 'clearwater-recovery-rehab',
    birthright: 'birthright-independent-midwives',
    touchline: 'touchline-player-management',
    lowmoor: 'lowmoor-care-farm',
    pathfinder: 'pathfinder-camps',
    glazewell: 'glazewell-tiles',
    refillery: 'refillery-stroud',
    ironbridge: 'ironbridge-gunsmiths',
    greenloop: 'greenloop-heat-pumps',
    fretwork: 'fretwork-music-shop',
    seaview: 'seaview-language-school',
    seaglass: 'seaglass-fertility-clinic',
    riverside: 'riverside-rovers-fc',
    harbourshelter: 'harbour-night-shelter',
    bideford: 'bideford-rugby-club',
    bigtop: 'bigtop-circus-school',
    heartmatch: 'heartmatch-introductions',
    greenleaf: 'greenleaf-landscaping',
    greenleafEpc: 'greenleaf-epc',
    tutti: 'tutti-ice-cream',
    pirouette: 'pirouette-dance-academy',
    ashby: 'ashby-parva-stores',
    palace: 'palace-picturehouse',
    goldvale: 'goldvale-pawnbrokers',
    bastion: 'bastion-guarding',
    brookside: 'brookside-care-home',
    lashline: 'lashline-brow-studio',
    pinpoint: 'pinpoint-piercing-studio',
    cobblewynd: 'cobblewynd-hostel',
    wealdgate: 'wealdgate-insurance-brokers',
    steelcity: 'steelcity-occupational-health',
  }),
);

describe('callers asking whether someone is with us, in their own words', () => {
  cases([
    { firm: 'brightside', q: "some guy rang sayin he's jack's boyfriend and wants to know if jack came in on tues", has: ['confidentiality-callers', 'Never confirm to anyone that a person'] },
    { firm: 'brightside', q: 'his girlfriend phoned wanting to know if tom came in on monday for his results', has: ['confidentiality-callers', 'Never confirm to anyone that a person'] },
    { firm: 'clearwater', q: "some woman just rang reception saying she's Kieran's mum and is he with us yet?? he came in yesterday. what do i tell her", has: ['confidentiality-callers', 'Never confirm or deny that someone is staying'] },
    { firm: 'clearwater', q: 'is kieran with us yet? he was meant to come in yesterday', has: [], not: ['Never confirm or deny that someone is staying'] },
    { firm: 'ironclad', q: 'his wife rang up asking how much he owes, says shell pay it off', has: ['callers-and-id', 'Never discuss a case with a partner'] },
  ]);
});

describe('on a visit, a call or at a match', () => {
  cases([
    { firm: 'ironclad', q: 'only the kids were in when i knocked at the longton address, mum at work', has: ['visits-and-entry', 'the only people at home are children'] },
    { firm: 'ironclad', q: 'only the kids are allowed in the soft play', has: [], not: ['the only people at home are children'] },
    { firm: 'ironclad', q: 'my cam died halfway thru a doorstep in bentilee this morning', has: ['body-worn-cameras', 'say so on the next recording'] },
    { firm: 'ironclad', q: 'which camera do we use for visits?', has: [], not: ['say so on the next recording'] },
    { firm: 'ironclad', q: "went to a house in burslem, woman answered and said she's just come out of hospital after a breakdown", has: ['vulnerability', 'If anyone at the address may be vulnerable'] },
    { firm: 'ironclad', q: 'fella on the phone says his debt adviser put him in a breathing space last week', has: ['vulnerability', 'If a customer is in a Breathing Space'] },
    { firm: 'ironclad', q: 'got arrested in hanley saturday night, nothing came of it tho', has: ['certificates', 'within 24 hours of any arrest'] },
    { firm: 'touchline', q: "doing the call with Boro's sporting director from the train, might have to go on loudspeaker cos my signal's rubbish", has: ['transfer-talks', 'Do not discuss deals in public places'] },
    { firm: 'touchline', q: 'saw a cracking 14 yr old at the u15s game sat, his mum was on the touchline, should i go introduce myself?', has: ['scouting', 'pass the name to Steve Rimmer'] },
    { firm: 'touchline', q: 'the club put me on hold for ages, shall I ring back later?', has: [], not: ['Do not discuss deals in public places'] },
    { firm: 'touchline', q: 'can I introduce myself to the new physio at the club tomorrow?', has: [], not: ['pass the name to Steve Rimmer'] },
  ]);
});

describe('clinical work told in staff words', () => {
  cases([
    { firm: 'clearwater', q: 'Precious gave the 10pm librium and i was on my break so she just signed it herself, is that alright', has: ['detox-records', 'signed by two staff'] },
    { firm: 'clearwater', q: "Reece's dip came back positive for benzos, can i snap a pic of the cup for his file", has: ['drug-testing', 'Never photograph a test kit or result'] },
    { firm: 'clearwater', q: 'one of the women told me in 1:1 that her ex has her 4 yr old this week and he\'s back on the gear, she begged me not to say anything', has: ['consent-to-share', 'tell Rachel or the manager on call'] },
    { firm: 'clearwater', q: 'gonna text a couple of the lads who left last month from my own mobile to see how theyre doing, work one\'s knackered', has: ['aftercare-contact', 'only from your work phone or work email'] },
    { firm: 'brightside', q: 'my pt tested pos for gonorrhoea and wants her ex told, but she really doesnt want him knowing it came from her', has: ['partner-notification', 'Never name the patient'] },
    { firm: 'brightside', q: 'a 12 year old turned up at the wednesday afternoon session on her own', has: ['young-people', 'under 13 is always a safeguarding referral'] },
    { firm: 'brightside', q: '15yo wants the pill today, anything i need to do before i give it?', has: ['young-people', 'Fraser competence assessment'] },
    { firm: 'brightside', q: 'how many 15 year olds did we see in clinic last year?', has: [], not: ['Fraser competence assessment'] },
    { firm: 'birthright', q: "blue lighting Mel in to southmead now, should I ping them her record from the ipad so they've got it before we arrive?", has: ['referrals-transfers', 'do not email the record'] },
    { firm: 'birthright', q: "just realised I sent Becky H's results message to the other Becky 😫", has: ['breach-reporting', 'Tell Esther at once'] },
    { firm: 'birthright', q: "can I put Zara's BP readings and the plan in the 8am group chat? quicker than everyone logging in", has: ['on-call', 'Anything clinical goes in WriteUpp'] },
  ]);
});

describe('players, their accounts and their records', () => {
  cases([
    { firm: 'touchline', q: "young Tyler (15) dm'd me asking about a move to City, ok to just reply to him direct?", has: ['minors-and-parents', 'Never message a player under 18 alone'] },
    { firm: 'touchline', q: "one of our 16 yr olds said on the phone he's not eating and the coaches keep screaming at him, sounded really low", has: ['minors-and-parents', 'Tell Marie Kowalski about any welfare concern'] },
    { firm: 'touchline', q: "Jordan's asked me to put his new boots pic up on his account myself, he'll sort the caption after", has: ['social-media', 'Only Zak Hussain posts'] },
    { firm: 'touchline', q: "we've still got footage of the 2023/24 games on the camera account, can it go?", has: ['records-retention', 'Match video is deleted at the end'] },
    { firm: 'touchline', q: 'can I get us on InStat for the lower league data?', has: ["can't find instat", 'new-tools'] },
    { firm: 'ironclad', q: 'which outside company can get into tallis besides us?', has: ['Potteries IT Solutions'] },
    { firm: 'ironclad', q: "debtor emailed saying he wants every video and phone recording we've got of him", has: ['subject-access', 'Note the request in Tallis and tell'] },
    { firm: 'ironclad', q: 'neighbour asked if i could show her the vid of the car getting clamped on her street', has: ['body-worn-cameras', 'never copy, download or show footage to anyone'] },
    { firm: 'ironclad', q: 'can you show me the video of how to fit the clamp?', has: [], not: ['never copy, download or show footage to anyone'] },
    { firm: 'brightside', q: 'patient filled in the paper form at the desk, where does it go after?', has: ['records-retention', 'Paper is scanned into Semble the same day'] },
  ]);
});

describe("what two reviews of the change found: over-reaches narrowed, plain variants read", () => {
  cases([
    { firm: 'lowmoor', q: 'one of the participants signed the register himself this morning, is that ok?', has: [], not: ['two staff sign the MAR sheet'] },
    { firm: 'lowmoor', q: 'no second signature on todays mar, does it matter?', has: ['medication-and-health', 'two staff sign the MAR sheet'] },
    { firm: 'pathfinder', q: 'a leader gave a kid calpol and signed the form on his own, no second person', has: ['two staff signatures'] },
    { firm: 'clearwater', q: 'precious signed for the methadone herself and didnt get a second signature', has: ['detox-records', 'signed by two staff'] },
    { firm: 'clearwater', q: 'can i snap a pic of the positive feedback cards for the newsletter?', has: [], not: ['Never photograph a test kit or result'] },
    { firm: 'clearwater', q: 'took a photo of the results board in the office, is that a problem', has: [], not: ['Never photograph a test kit or result'] },
    { firm: 'clearwater', q: "my daughter's relapsed on the booze, keep it between us but i might need a day off", has: [], not: ['risk to a child'] },
    { firm: 'clearwater', q: "can i call the pharmacy from my own phone? work one's dead", has: [], not: ['Contact former residents only from your work phone'] },
    { firm: 'glazewell', q: 'can i text the customer from my own phone, work one is dead', has: [], not: ['Take job photos only on your work phone'] },
    { firm: 'brightside', q: 'can we text his hook ups without his name on it', has: ['partner-notification', 'Never name the patient'] },
    { firm: 'birthright', q: 'paramedics taking her in now, can i email the ward her notes from the ipad', has: ['referrals-transfers', 'do not email the record'] },
    { firm: 'birthright', q: 'ok to put the clinical governance meeting date in the group chat?', has: [], not: ['Anything clinical goes in WriteUpp'] },
    { firm: 'seaglass', q: "can you compare amy's results to the other amy's, i think the lab mixed them up", has: [], not: ['Reporting a data breach'] },
    { firm: 'greenleaf', q: "sent dave's quote to the other dave on the road, same name", has: ['Reporting a data breach'] },
    { firm: 'riverside', q: "we've still got footage of last season's matches on the club laptop, can it go?", has: [], not: ['Footage is kept for 31 days'] },
    { firm: 'ashby', q: 'the new cash registers arrived today, what do we do with the old ones?', has: [], not: ['shredded at the end of the month'] },
    { firm: 'pirouette', q: 'got the new uniform lists from the supplier, what do i do with the old ones?', has: [], not: ['Pupil records, including medical notes, are deleted'] },
    { firm: 'greenloop', q: 'the 12 yr old boiler wants replacing at the job in leek, do we quote for a full system?', has: [], not: ['child under 16'] },
    { firm: 'fretwork', q: 'a 15 year old came in wanting to sell us his electric guitar', has: [], not: ['Online lessons with under-16s'] },
    { firm: 'seaview', q: 'a 15 yo wants to book the summer course, what forms do we need?', has: [], not: ['for under-18s a parent must have said yes'] },
    { firm: 'refillery', q: 'customer asking if the oat milk came in yesterday, where would it be?', has: [], not: ['whether a person is a member'] },
    { firm: 'ironbridge', q: 'customer asking if his rifle came in yesterday from the proof house', has: [], not: ['whether someone is a customer'] },
    { firm: 'ironclad', q: 'darren wants to know how much mr clarke has paid this month for the weekly report', has: [], not: ['Never discuss a case with a partner'] },
    { firm: 'ironclad', q: 'my dash cam died on the a50 this morning, can i get the van one replaced?', has: [], not: ['say so on the next recording'] },
    { firm: 'ironclad', q: 'bodycam battery ran out on the last visit in longton, do i need to do anything', has: ['body-worn-cameras', 'say so on the next recording'] },
    { firm: 'ironclad', q: 'arrested development is my fave show', has: [], not: ['within 24 hours of any arrest'] },
    { firm: 'ironclad', q: 'i was charged with running the van checks tomorrow, where are the keys kept?', has: [], not: ['within 24 hours of any arrest'] },
    { firm: 'touchline', q: 'at the match saturday should i go and introduce myself to the new kit man at the club?', has: [], not: ['pass the name to Steve Rimmer'] },
    { firm: 'touchline', q: "Leo's 15 and he texted me asking about boots deals, can I reply to him?", has: ['minors-and-parents', 'Never message a player under 18 alone'] },
    { firm: 'touchline', q: "can you put the agency fee on Jordan's account this month", has: [], not: ['Only Zak Hussain posts'] },
    { firm: 'touchline', q: "kai's dad said the club keeps shouting at him about the release fee, should i call them?", has: [], not: ['any welfare concern'] },
    { firm: 'tutti', q: 'put me on lates this weekend pls', has: [], not: ["can't find lates"] },
    { firm: 'bideford', q: 'young ellie (14) messaged me about training times, ok to reply to her direct?', has: ['messaging-children', 'Never send private one-to-one messages'], intent: 'policy' },
    { firm: 'bigtop', q: "one of the aerial girls (15) dm'd me on insta about the show, can i message her back?", has: ['contact-with-young-people', 'Do not message anyone under 18 one to one'], intent: 'policy' },
    { firm: 'harbourshelter', q: "woman at the door saying she's tom's sister and is he with you tonight", has: ['Never confirm to anyone who phones or calls at the door'] },
    { firm: 'heartmatch', q: "some woman phoned asking if gary came in on friday, says she's his wife", has: ['callers-asking', 'anyone is, was or wanted to be a member'] },
  ]);
});

describe('what a third review of the narrowed readings found', () => {
  cases([
    { firm: 'goldvale', q: 'new starter asked if i could show her the video on how to test gold', has: [], not: ['Never show footage'] },
    { firm: 'greenleafEpc', q: 'only the son is in charge of the lettings now his dad retired, who do i send the certs to?', has: [], not: ['the only person at home is under 18'] },
    { firm: 'lashline', q: "a 17 year old came in to drop off her mum's gift voucher", has: [], not: ['parent or guardian consent form'] },
    { firm: 'pinpoint', q: 'a 15 yo came in wanting her nose done', has: ['Under-16s may have lobe piercings only'] },
    { firm: 'wealdgate', q: 'the paper sheets for the printer, where do they go? the cupboard\'s full', has: [], not: ['Paper is scanned into Acturis the same day'] },
    { firm: 'steelcity', q: 'worker did the paper health questionnaire form in the waiting room, where does it go?', has: ['Paper is scanned the same day'] },
    { firm: 'bastion', q: 'i was charged £20 for parking at the hospital, can i claim it back?', has: [], not: ['arrested, charged or cautioned'] },
    { firm: 'brookside', q: 'new carer gave out the teas and signed the fluid chart herself, is that ok?', has: [], not: ['Controlled drugs need two signatures'] },
    { firm: 'brookside', q: 'gave the 10pm diazepam on my own and signed for it myself, couldnt find anyone', has: ['Controlled drugs need two signatures'] },
    { firm: 'clearwater', q: 'ex-colleagues who left last year keep ringing me, can i call them back from my own phone?', has: [], not: ['Contact former residents only from your work phone'] },
    { firm: 'clearwater', q: "my mate's minding her little one while i'm on nights, she's relapsed on the fags, keep it between us lol", has: [], not: ['risk to a child'] },
    { firm: 'birthright', q: "on the way to the conference, can i email the team the notes from yesterday's meeting", has: [], not: ['do not email the record'] },
    { firm: 'birthright', q: 'can i put my own bp readings in the group chat, been feeling rough all week', has: [], not: ['Anything clinical goes in WriteUpp'] },
    { firm: 'ironclad', q: 'my phone camera died so couldnt get a pic of the reg plate, can i use the van one?', has: [], not: ['say so on the next recording'] },
    { firm: 'touchline', q: 'playing music on the loudspeaker at the academy open day, do we need a licence?', has: [], not: ['on speakerphone'] },
    { firm: 'touchline', q: "at the game sat can i go and say hello to the lad's mum, she's my cousin", has: [], not: ['pass the name to Steve Rimmer'] },
    { firm: 'wealdgate', q: "forwarded dave's quote to the other dave in accounts to check the figures", has: [], not: ['A breach is any loss of'] },
    { firm: 'palace', q: 'is the new wes anderson worth putting on for a staff screening', has: ['Rosalind Fenwick'], not: ['Kinolta login'] },
    { firm: 'cobblewynd', q: "lad at the front desk saying he's jamie's brother and is he with you?", has: ['Never confirm or deny that someone is staying'] },
  ]);
});
