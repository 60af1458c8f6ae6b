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
