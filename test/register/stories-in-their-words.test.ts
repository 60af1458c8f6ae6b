import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

// Situations round 101 and focus set 9 (written blind, read in the fifty-first round) told in words the rules did not know: each
// beside another firm's case and a neighbour that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    jeweller: 'goldhaven-jewellers',
    handyperson: 'safehands-handyperson',
    homecare: 'larkfield-home-care',
    dance: 'pirouette-dance-academy',
    radio: 'wavelength-fm',
    immigration: 'crossway-immigration',
    escapes: 'lockbox-escapes',
    aupairs: 'compass-au-pairs',
    physio: 'kestrel-physio',
    interpreters: 'handspeak-interpreters',
    pestcontrol: 'kingsmead-pest-control',
    counselling: 'willowbank-counselling',
    studio: 'boomline-studios',
    tailor: 'needle-and-thread',
    electrician: 'sparkwise-electrical',
  }),
);

describe('something sent to the wrong one, however told, is a breach', () => {
  cases([
    // Before: the policy on valuations (the thing sent), and the policy on family members (the neighbour who rang).
    { firm: 'jeweller', q: "oh no. i've just emailed mrs thompsons valuation to the other mrs thompson, same surname, both on the system. what do i do now", has: ['breach-reporting'] },
    { firm: 'homecare', q: "I put a copy of Mr Davies care plan through the wrong door this morning, it went to number 14 not 41. The neighbour rang the office and says she'll drop it back. Do I still need to report it?", has: ['breach-reporting'] },
    { firm: 'physio', q: 'the appointment letter went to number 14 not 41, what now', has: ['lost-device'] },
    // Neighbours: the same number twice is no slip; a neighbour ringing about a client is the policy on family and others.
    { firm: 'physio', q: 'the delivery went to number 14 not 14, what now', has: [], not: ['lost-device'] },
    { firm: 'homecare', q: "mrs k's neighbour rang asking how she is getting on, what can i tell her?", has: ['family-requests'] },
  ]);
});

describe('a work device swiped, or an old one asked away, is its policy', () => {
  cases([
    // Before: the breach policy and WhatsApp's entry (the app on the phone).
    { firm: 'jeweller', q: "someone swiped the parliament st shop phone off the counter while i was serving, it's got all the whatsapp photos on. help", has: ['lost-device', 'lock and wipe'] },
    { firm: 'physio', q: 'left my work phone on the bus, it has got the clinic diary on it', has: ['lost-device'] },
    // Before: Shopify's entry (the till). A device away goes with what it holds: the policy's sentence on wiping it.
    { firm: 'jeweller', q: 'the old ipad from the till is knackered, can i take it to cex or the charity shop?', has: ['retention-and-disposal', 'Stray Computing'] },
    { firm: 'jeweller', q: 'can we sell the old laptops on ebay?', has: ['retention-and-disposal'] },
    // Neighbours: a firm with no sentence on it says it doesn't know; a sign is no device.
    { firm: 'physio', q: 'the old ipad from reception is knackered, can i take it to cex?', has: ["don't know"] },
    { firm: 'jeweller', q: 'can i take the old shop sign to the tip?', has: [], not: ['retention-and-disposal'] },
  ]);
});

describe('old papers asked into the recycling are the policy on how paper goes', () => {
  cases([
    // Before: Shopify's entry (repairs), and the shredding firm's.
    { firm: 'jeweller', q: 'found a box of old repair tickets in the back room. can i just put them in the recycling with the cardboard?', has: ['retention-and-disposal', 'shredding console'] },
    { firm: 'immigration', q: 'clearing out my desk drawers and found a pile of photocopied passports from files that closed ages ago. can i just stick them in the recycling bag by the kitchen?', has: ['never into the recycling'] },
    { firm: 'physio', q: 'found some patient forms from 2015 in the cupboard, can i just chuck them in the recycling?', has: ['records-retention'] },
    // Neighbour: papers only said to be old, where no policy says where paper goes, are left to the entries (the shredding firm's).
    { firm: 'physio', q: 'found some old patient forms in the cupboard, can i just chuck them in the recycling?', has: ['Shred Station'], not: ['records-retention'] },
    // Of a policy on how long and one on paper, both saying shred, the one whose sentence says the skip or the recycling.
    { firm: 'electrician', q: 'got a pile of old job sheets in the footwell, can i just chuck them in the skip on site', has: ['paperwork', 'shred'] },
    { firm: 'tailor', q: 'theres boxes of old tickets from 2019 under the stairs, can i just chuck them in the recycling', has: ['paper-records', 'shred'] },
  ]);
});

describe('requests told in other words: a record put right, everything written about someone, a whole file sent on', () => {
  cases([
    // Before: Charitylog's entry (the system).
    { firm: 'handyperson', q: 'clients address is wrong on the system, she moved to the ground floor flat last month. who fixes it', has: ['requests-for-data', 'correct them'] },
    // Before: "don't know".
    { firm: 'homecare', q: 'mr hughes said at his review that he wants to see everything the carers have written about him, how long have we got to get back to him', has: ['subject-access', 'We must reply within'] },
    { firm: 'physio', q: 'a patient wants to see everything the physios have written about her', has: ['subject-access'] },
    // Before: the breach policy.
    { firm: 'immigration', q: "former client rang, she's gone to another firm for her appeal and wants her whole file sent over to them. what do i need to do and how fast", has: ['subject-access', 'within 7 days'] },
    // Neighbour: a firm with no policy on putting records right does not get one guessed.
    { firm: 'physio', q: "the patient's phone number on the booking is out of date, can i just change it?", has: [], not: ['subject-access'] },
  ]);
});

describe('someone asking after another, or collecting for them, is the policy on what we tell and hand over', () => {
  cases([
    // Before: the passwords policy, and the IT firm's entry.
    { firm: 'jeweller', q: "a womans husband just rang asking if she'd put a deposit down on anything with us recently, said its for his birthday. what do i say", has: ['secret-commissions'] },
    { firm: 'jeweller', q: "a guy's come in saying hes collecting his girlfriends ring from the workshop, says she knows and its fine. he hasnt got anything from her in writing. can i give it him?", has: ['secret-commissions', 'written authority'] },
    // Neighbour: collecting one's own repair without the ticket is the repairs policy's.
    { firm: 'jeweller', q: 'a woman is here collecting a repair but hasnt got the ticket', has: ['repairs-and-uncollected'] },
  ]);
});

describe('a secret sworn, money borrowed, a passport kept, or talk of ending a life is the policy on harm', () => {
  cases([
    { firm: 'dance', q: "one of my grade 3 girls told me after class that something's going on at home and made me pinky promise not to tell anyone. what do i do now?", has: ['safeguarding', 'do not promise to keep it secret'] },
    { firm: 'handyperson', q: "fitting rails today and the old chap had bruises on both arms, and he said his grandson 'borrows' his bank card every week", has: ['safeguarding', 'Imran'] },
    { firm: 'aupairs', q: "an au pair told me on the phone her host family have taken her passport 'to keep it safe' and she's doing like 50 hours a week. she was crying. what do i do", has: ['safeguarding'] },
    { firm: 'radio', q: 'a caller on drivetime got really upset and started saying she didnt see the point any more. i faded her down, what are we supposed to do?', has: ['phone-ins', '116 123'] },
    { firm: 'handyperson', q: 'the old lady i fitted a rail for today said she doesnt see the point any more', has: ['safeguarding'] },
    // Neighbours: a passport's details taken for a visa, and no point seen in a new screen (at a firm whose phone-in policy has
    // the Samaritans' number, so a false reading would show), are no harm.
    { firm: 'aupairs', q: "we've taken her passport details for the visa", has: [], not: ['Worries about a child'] },
    { firm: 'radio', q: 'i dont see the point of the new playout screen', has: [], not: ['116 123'] },
    { firm: 'radio', q: 'i dont see the point any more of the new playout screen', has: [], not: ['116 123'] },
  ]);
});

describe("identity papers copied or sent on are the rule on copies of them, and papers left after a session a breach", () => {
  cases([
    // Before: Zoho Recruit's entry, and uCheck's GDPR statement ("on file").
    { firm: 'aupairs', q: "host mum wants a copy of her new au pair's passport for her own records before she arrives. can i just forward it from zoho?", has: ['documents-and-checks', 'never receive a passport copy'] },
    { firm: 'aupairs', q: "nanny brought her dbs certificate in this morning, can i just scan it and attach it to her record so we've got it on file?", has: ['documents-and-checks', 'We never keep a copy of a DBS certificate'] },
    { firm: 'immigration', q: 'can i scan the clients passport and email it to the barrister', has: ['original-documents'] },
    // Neighbour: how long a scan is kept asks the register.
    { firm: 'aupairs', q: 'how long are passport scans kept in zoho?', has: ['Zoho Recruit'], not: ['documents-and-checks'] },
    // Before: the marketing policy (an attendee list).
    { firm: 'escapes', q: "just found a printed attendee list from the corporate session left on the table in the vault after they'd all gone. does that count as anything?", has: ['breach-reporting'] },
  ]);
});

describe("a question the kind model is sure is off-topic is not kept on a supplier's purpose keyword alone", () => {
  cases([
    // Before: the IT firm's entry ("printer" among its keywords), and the fuel card's ("diesel").
    { firm: 'homecare', q: 'where do we keep the spare printer paper and toner? the office one has run out', has: ["don't know", 'Priya'], not: ['Severn IT Support'] },
    { firm: 'pestcontrol', q: "who's got the receipts for the diesel? need to do my expenses", has: ["don't know"] },
    // Neighbours: the repairer asked for is the IT firm's entry, and so is who fixes the wifi or when the backup runs (a check on
    // every sure off-topic question lost these in 147 of 207 firms); a policy's own keyword keeps its answer.
    { firm: 'homecare', q: "the office printer's jammed, who fixes it?", has: ['Severn IT Support'] },
    { firm: 'homecare', q: 'who fixes the wifi?', has: ['Severn IT Support'] },
    { firm: 'studio', q: 'what time does the backup run?', has: ['Backblaze B2'] },
    { firm: 'interpreters', q: "can i give my login to the temp who's covering priya's desk next week?", has: ['Never share your login'] },
  ]);
});

describe('a tool we do not hold, asked about beside a policy\'s word, and a field asked in a story', () => {
  cases([
    // Before: the cash policy ("deposit").
    { firm: 'jeweller', q: 'customer asked if she can pay her bespoke deposit on paypal. do we take paypal?', has: ["can't find paypal", 'passwords-and-new-tools'] },
    // Neighbour: a story about a tool we hold is that tool's.
    { firm: 'jeweller', q: 'customer wants to pay her deposit by dojo link, is that ok?', has: ['Dojo'], not: ["can't find"] },
    // Before: "don't know" ("0%" read as a rate asked).
    { firm: 'jeweller', q: 'when someone goes for the 0% finance on a ring, what exactly do we send over to v12?', has: ['V12 Retail Finance', 'price and deposit'] },
    { firm: 'jeweller', q: 'do we still take 10% deposit?', has: ["don't know"] },
    // Before: who else reaches it (read as whom we send data to).
    { firm: 'handyperson', q: 'does ringcentral send any of our call data to america? a client asked about the recorded message', has: ['RingCentral', 'IDTA'] },
    { firm: 'physio', q: 'do we send patient data to the insurers?', has: ['We pass'] },
  ]);
});

describe('parking and a prize are asked of no register, whatever place or policy the words meet', () => {
  cases([
    // Before: the interpreters' entry (their office is in Clarendon Park), and the competitions policy ("prize").
    { firm: 'immigration', q: "going to the interpreting agency's office in clarendon park tomorrow to drop off some papers, is there parking or should i get the bus?", has: ["don't know", 'Denise'] },
    { firm: 'radio', q: 'whats the prize for this weeks competition? someone asked on the studio line and i had no idea', has: ["don't know"] },
    // Neighbour: how long entries are kept is the register's and the policy's.
    { firm: 'radio', q: 'how long do we keep competition entries?', has: ['competitions', '3 months'] },
  ]);
});

describe('a list asked with "(or plus)", and the person a question puts before another said', () => {
  cases([
    // Before: only the Plus holders.
    { firm: 'handyperson', q: 'which suppliers have cyber essentials (or plus)?', has: ['BrightHR', 'Bramhall Tech Solutions', 'Charitylog'] },
    { firm: 'handyperson', q: 'which suppliers have cyber essentials plus?', has: ['Charitylog'], not: ['BrightHR'] },
    // Before: Imran's accounts (the first of the two in the file).
    { firm: 'handyperson', q: "what systems does terry use? he's off in feb and imran is covering", has: ['Terry Barlow', 'CompanyCam'] },
    { firm: 'handyperson', q: 'what does imran look after? terry asked', has: ['Imran Qureshi looks after'] },
  ]);
});

describe('a review of this round: near neighbours the new rules must leave alone', () => {
  cases([
    // A parcel of parts or a contractor gone to the wrong number holds no one's details.
    { firm: 'physio', q: 'parcel of couch roll got delivered to number 14 instead of 41, how do i get it back', has: [], not: ['lost-device'] },
    { firm: 'homecare', q: 'the plumber went to number 14 not 41 for the leak, who pays for the call out', has: [], not: ['breach-reporting'] },
  ]);
});

describe("a review's true cases in new words: the same situations, told otherwise", () => {
  cases([
    // Before: the policy on requests for records.
    { firm: 'counselling', q: 'a client emailed late last night saying she wants to die, what do i do', has: ['Confidentiality, risk and safeguarding'] },
    { firm: 'aupairs', q: "our au pair says the family keep her passport locked in their safe and she can't have it", has: ['safeguarding'] },
    { firm: 'physio', q: 'the appointment letter for a patient got posted through her neighbours door by mistake', has: ['lost-device'] },
    { firm: 'immigration', q: 'the decision letter went to the other mrs khan, not our client', has: ['breach'] },
    { firm: 'tailor', q: "a woman's neighbour is here to pick up her dress but has no note from her", has: ['garment-collection'] },
  ]);
});

describe('a device snatched is lost; one policy on breaches and devices both answers it', () => {
  cases([
    { firm: 'immigration', q: 'the office laptop got snatched at the station, what now', has: ['breach-and-lost-device'] },
    { firm: 'physio', q: 'someone snatched my work phone out of my hand at the bus stop', has: ['lost-device'] },
    // Neighbour: a card swiped at the till is no device lost.
    { firm: 'physio', q: 'the patient swiped her card twice on the machine, can i refund one?', has: [], not: ['lost-device'] },
  ]);
});
