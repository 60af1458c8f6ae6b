import { describe, expect, it } from 'vitest';
import { sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { signedForByAnotherAnswer } from '../../src/register/situations/children.ts';
import { childConfidenceAskedAnswer, residenceAskedAnswer, unplacedAskerAnswer } from '../../src/register/situations/enquiries.ts';
import { leaverCodeAnswer } from '../../src/register/situations/keys.ts';
import { oldRecordsClearOutAnswer } from '../../src/register/situations/old-records.ts';
import { accessRequestAnswer, footageRequestAnswer, policeAskAnswer } from '../../src/register/situations/requests.ts';
import { scamTold } from '../../src/register/situations/scams.ts';
import { dbsToldAnswer } from '../../src/register/situations/vetting.ts';
import { strangersThingFoundAnswer } from '../../src/register/situations/found-property.ts';
import { listeningDeviceAnswer } from '../../src/register/situations/listening.ts';
import { hardshipToldAnswer } from '../../src/register/situations/welfare.ts';
import { moneyOfferedAnswer } from '../../src/register/situations/clients-own.ts';
import { diedRecordsAnswer } from '../../src/register/situations/old-records.ts';
import { contextOf, devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 110 and focus set 16 (held out in the fifty-sixth round, read in the fifty-seventh), and focus sets 21 and 22 (written
// blind and scored once in the fifty-seventh, then read): what their misses taught, each beside a neighbour that keeps its answer.
const cases = devCasesOn(
  exampleFirms({
    pawn: 'goldvale-pawnbrokers',
    parking: 'parkright-enforcement',
    credit: 'taycommon-credit-union',
    halls: 'lacehall-student-living',
    trampoline: 'skybounce-trampoline-park',
    labradors: 'hollowmere-labradors',
    interpreters: 'handspeak-interpreters',
    celebrants: 'kindred-celebrants',
    gp: 'peakview-private-gp',
    workwear: 'stitchline-workwear',
    nurses: 'taffside-nurse-bank',
    transcription: 'verbatim-transcription',
    vending: 'vendright-vending',
    debt: 'harrow-debt-recovery',
    theatre: 'lantern-playhouse',
    scouts: 'ferncliffe-scouts',
    vegbox: 'furrowfield-veg-box',
    railway: 'foxbridge-steam-railway',
    rink: 'glacier-ice-rink',
    costumes: 'curtain-call-costumes',
    forest: 'acorn-wild-forest-school',
    store: 'haybarn-country-store',
    hair: 'silvercomb-mobile-hair',
    sweeps: 'sootbusters-sweeps',
    motorhomes: 'roamwell-motorhomes',
  }),
);

describe('someone asking for everything we hold on a person, however they put it', () => {
  cases([
    // Before: the retention policy; "sar" also keys the pawnbroker's money-laundering policy (a suspicious activity report).
    { firm: 'pawn', q: 'a solicitor emailed asking for all his clients pledge records from us', has: ['subject-access', "need the customer's signed authority"] },
    // Before: the accident policy. "Everything we have on" him, asked by a solicitor.
    { firm: 'trampoline', q: 'got a letter from a solicitor wanting everything we have on a boy who broke his arm here in march', has: ['subject-access', 'email it to Kerry the same day'] },
    // Before: the site clients' entry. Every photo "of my car".
    { firm: 'parking', q: "motorist emailed 'send me every photo youve got of my car' about the castlefield retail park one", has: ['subject-access', 'as a subject access request'] },
  ]);

  it('reads a request for everything held, not our own solicitor asking for our papers', () => {
    expect(accessRequestAnswer(contextOf('goldvale-pawnbrokers'), 'our solicitor wants everything we have on the lease renewal')).toBeUndefined();
    expect(accessRequestAnswer(contextOf('goldvale-pawnbrokers'), 'a solicitor emailed asking for all his clients pledge records from us')?.sources).toEqual(['policy:subject-access']);
  });
});

describe('the police, a boyfriend, a parent or a number we cannot place asking after someone', () => {
  cases([
    // Before: a refiner's entry, "don't know". A PC, an officer.
    { firm: 'pawn', q: 'pc from euston street station at the counter asking for the address of one of our customers', has: ['stolen-goods-and-police', 'ask them to email a signed data request'] },
    { firm: 'halls', q: 'officer on the phone wants to know if a tom hartley lives at hockley house, do i tell him?', has: ['third-party-enquiries', 'a written data protection request'] },
    // Before: the policy on entering rooms. Which flat she is in.
    { firm: 'halls', q: "bloke at the desk says he's zara's boyfriend and wants to know which flat she's in, wants to surprise her for her birthday", has: ['third-party-enquiries', 'offer to pass on a message'] },
    // Before: the video consultations supplier. What her child told the doctor.
    { firm: 'gp', q: 'mum ringing wanting to know what her 14 yr old talked to dr mehta about last week, theres a red confidentiality alert on the kids record... what do i say', has: ['confidentiality-reception', 'pass the call to the doctor and say nothing more'] },
    // Before: the funeral directors' entry. Ring back on the number in our diary.
    { firm: 'celebrants', q: "had a text from a number i dont know saying its hartley and sons, asking for the family's home address for thursday. do i reply?", has: ['sharing-with-partners', 'back on the number in our diary'] },
    // Neighbour: a PC that is a computer.
    { firm: 'pawn', q: 'the pc keeps crashing when i open pawnledger', has: ['PawnLedger'], not: ['Stolen goods checks'] },
  ]);

  it('reads each asking by its rule, not a council officer, a room for a meeting, a session time or a new number with nothing asked', () => {
    const pawn = contextOf('goldvale-pawnbrokers');
    expect(policeAskAnswer(pawn, 'an officer from the council rang asking for a customer address')).toBeUndefined();
    expect(policeAskAnswer(pawn, 'pc from euston street station at the counter asking for the address of one of our customers')?.sources).toEqual(['policy:stolen-goods-and-police']);
    const halls = contextOf('lacehall-student-living');
    expect(residenceAskedAnswer(halls, 'which room is the fire warden training in?')).toBeUndefined();
    expect(residenceAskedAnswer(halls, "her mum rang and wants to know which room she's in")?.sources).toEqual(['policy:third-party-enquiries']);
    const gp = contextOf('peakview-private-gp');
    expect(childConfidenceAskedAnswer(gp, 'mum wants to know what time her son is booked in for')).toBeUndefined();
    expect(childConfidenceAskedAnswer(gp, 'dad asking what his daughter said to the doctor')?.sources).toEqual(['policy:confidentiality-reception']);
    const celebrants = contextOf('kindred-celebrants');
    expect(unplacedAskerAnswer(celebrants, "got a text from a new number saying it's jess, she's changed her phone")).toBeUndefined();
    expect(unplacedAskerAnswer(celebrants, 'an email i dont recognise asking for the widow\'s address')?.sources).toEqual(['policy:sharing-with-partners']);
  });
});

describe('slips of sending, a code a leaver knows, bank details changed by message, old papers', () => {
  cases([
    // Before: the retention policy, a supplier's entry, a vet's entry, the data breach policy of another firm's words.
    { firm: 'credit', q: "just noticed i posted mrs hendry's loan letter to her old flat in lochee, she moved to fintry in the summer, what now", has: ['breach-reporting', 'within 24 hours at most'] },
    { firm: 'gp', q: "omg i just uploaded mr h's blood results to the wrong patient's app, what do i do", has: ['breach-reporting', 'Tell Fiona straight away, in person or by phone'] },
    { firm: 'labradors', q: "the smiths have just rung, their pup's folder had the jones's vet card in it instead of theirs", has: ['breach-reporting', 'Ring Helen on 07700 900418 straight away'] },
    { firm: 'interpreters', q: "st james's rang, the booking confirmation we sent them for mr ali had a different deaf clients name and address on page 2?? not sure how that happened", has: ['Reporting a data breach'] },
    // Before: the passwords policy, the retention policy. A leaver who knows a code.
    { firm: 'credit', q: "fiona's stepping down at xmas and she knows the combo for the box upstairs, does anything need done about that?", has: ['keys-and-safe', 'whenever someone who knows it leaves'] },
    { firm: 'labradors', q: "jordan's last day is friday, do we need to sort anything about getting in the gate after she goes?", has: ['kennel-security', 'changed every 3 months and whenever someone leaves'] },
    // Before: the new-tools policy, the kennel mobile's. New account, different sort code, a different account number.
    { firm: 'credit', q: 'got an email from mr kowalski saying pay his loan into his new account not the old one, different sort code and all. ok to just update it?', has: ['member-identity', 'on the strength of an email'] },
    { firm: 'labradors', q: 'a buyer says she got a message from us with a different account number for the balance, is that right??', has: ['deposits-and-scams', 'We never change our bank details by message'] },
    // Before: the system's entry, a visit policy, the van tracker's entry. Old papers, and where they may go.
    { firm: 'parking', q: "clearing out noticedesk, there's cases cancelled back in 2022 still on there, should they be?", has: ['records-retention', '2 years after the case closed'] },
    { firm: 'celebrants', q: 'clearing out my desk at home and found 2 full visit notebooks from 2025, can they just go in my recycling bin?', has: ['records-retention', 'never put in household recycling'] },
    { firm: 'workwear', q: 'clearing the office tray, theres a pile of old delivery sheets from september. cardboard skip ok?', has: ['records-retention', 'Cardboard skips are for cardboard only'] },
  ]);

  it('reads each slip, leaver, change and clear-out by its rule, beside its neighbour', () => {
    expect(sentToWrongPerson('uploaded the photos to the wrong folder')).toBe(false);
    expect(sentToWrongPerson("sent the renewal letter to her old address")).toBe(true);
    expect(leaverCodeAnswer(contextOf('hollowmere-labradors'), "the gate code isn't working this morning, what's the new one?")).toBeUndefined();
    expect(leaverCodeAnswer(contextOf('hollowmere-labradors'), "sam's leaving on friday, who does her puppy visits?")).toBeUndefined();
    expect(scamTold('have we moved the takings into the new account yet?')).toBe(false);
    expect(scamTold('email from a supplier saying pay into their new account from now on')).toBe(true);
    expect(oldRecordsClearOutAnswer(contextOf('stitchline-workwear'), 'the empty cardboard boxes from the thread delivery, can they just go in the recycling bin?')).toBeUndefined();
  });
});

describe('tools asked after by names the rules had missed, and small talk that met a word', () => {
  cases([
    // Before: "I can't find christmas" (of "over xmas"), the shop's entry, the shared drive's entry, the directory's entry.
    { firm: 'nurses', q: "would google forms work for collecting everyone's availability over xmas?", has: ["can't find google forms", 'new-tools'] },
    { firm: 'workwear', q: 'are we on stripe for the website payments or is that something else', has: ["can't find stripe", 'new-tools'] },
    { firm: 'vending', q: 'do we have a rota app like deputy? paper rota on the wall is a nightmare', has: ["can't find deputy", 'new-tools'] },
    { firm: 'labradors', q: 'should we list the next litter on pets4homes too? champdogs has been a bit quiet', has: ["can't find pets4homes", 'new-tools'] },
    // Before: a policy or an entry a word met. Advice, a shop's hours, the roads, who pays.
    { firm: 'transcription', q: "anyone know what time the post office on park row shuts today? need to send my nan's birthday card", has: ["don't know"], not: ['Royal Mail Special Delivery'] },
    { firm: 'transcription', q: 'the strap on my laptop bag has snapped, does the firm pay for a new one or do i buy my own', has: ["don't know"], not: ['home-working-devices'] },
    { firm: 'labradors', q: 'does anyone know a decent make of microchip scanner? ours keeps reading the same number twice', has: ["don't know"], not: ['Petlog'] },
    { firm: 'labradors', q: 'is the lane flooded again down by the gate? need to know before i bring the horsebox down', has: ["don't know"], not: ['kennel-security'] },
    { firm: 'vending', q: 'is the new dark roast bean any good or should the office machines stay on the old one', has: ["don't know"] },
    { firm: 'workwear', q: 'the big tajima keeps snapping the gold thread on the crests, any tips?', has: ["don't know"] },
    // Neighbour: who to ring when a laptop breaks is still the firm's matter.
    { firm: 'transcription', q: 'who do i ring when my laptop breaks?', has: ['Headingley IT'] },
  ]);
});

describe('hardship, a colleague still logged in, a child signed for by another, a DBS, a dad filming, a sheet gone', () => {
  cases([
    // Before: "don't know", the call-recording policy. Someone in tears who cannot pay, or newly bereaved.
    { firm: 'parking', q: 'bloke on the phone was in tears, lost his job and cant pay the pcn, keeps getting reminders', has: ['appeals', 'pass the case to Declan Moore'] },
    { firm: 'debt', q: 'sole trader on the line just told me his wife died last month and he can barely think straight. what do i do', has: ['vulnerability-breathing-space', 'stop pushing for payment on that call'] },
    // Before: the booking system's entry, "don't know", the CCTV policy, the logins policy.
    { firm: 'trampoline', q: "desk is rammed, can i just use lauren's roller since she's still logged in on the other till?", has: ['devices-passwords', 'even when the desk is busy'] },
    { firm: 'trampoline', q: "nan's brought the twins in and wants to do their forms herself, mum's at work. that ok?", has: ['waivers', 'cannot sign for a child'] },
    { firm: 'trampoline', q: "little girl bumped her head on the edge of the foam pit, seems fine now and mum's taken her home. anything else i need to do?", has: ['accident-records'] },
    { firm: 'trampoline', q: "police officer at the desk wants saturday's car park scuffle, can i just put it on a usb stick for him?", has: ['cctv', 'pass it to Josh or Kerry'] },
    { firm: 'trampoline', q: "a dad's been filming all round the toddler session and it's not just his kid in it, other parents look uneasy", has: ['photos-videos', 'the duty manager politely asks them to stop'] },
    { firm: 'halls', q: "the move-in sheet with everyone's names and rooms was left out at hockley all night and now nobody can find it", has: ['breach-reporting', 'Tell Marcus Adeyemi straight away'] },
    // Before: the new-tools policy, the umbrella body's entry, the breach policy. Someone's DBS.
    { firm: 'nurses', q: 'new girl already has a dbs from her last agency from march, can we just go off that one?', has: ['dbs-checks', 'do a status check online'] },
    { firm: 'nurses', q: "carer's dbs came back with something on it from years ago, do i still book her for saturday at ty gwyn?", has: ['dbs-checks', 'makes a written risk assessment within 5 working days'] },
    { firm: 'nurses', q: "the manager at the st fagans home wants to know what was on marta's dbs, she's heard rumours", has: ['dbs-checks', 'Clients are told only the level'] },
    // Neighbours: who runs our checks is the umbrella body's entry; a copy of a certificate is the rule on copies.
    { firm: 'nurses', q: 'who runs our dbs checks?', has: ['uCheck'] },
    { firm: 'theatre', q: 'volunteer gave me a paper copy of their dbs certificate, should i scan it?', has: ['photocopy'] },
  ]);

  it('reads each story by its rule, not one told of oneself, a parent signing, or no DBS of anyone', () => {
    const debt = contextOf('harrow-debt-recovery');
    expect(hardshipToldAnswer(debt, "i lost my job last year so i know how he feels, anyway what's for lunch")).toBeUndefined();
    expect(hardshipToldAnswer(debt, 'debtor on the phone was crying, says she cant pay anything this month')?.sources).toEqual(['policy:vulnerability-breathing-space']);
    const trampoline = contextOf('skybounce-trampoline-park');
    expect(signedForByAnotherAnswer(trampoline, 'mum wants to fill in the waivers for both boys at the kiosk')).toBeUndefined();
    expect(signedForByAnotherAnswer(trampoline, 'her grandad wants to sign the waiver for her')?.sources).toEqual(['policy:waivers']);
    const nurses = contextOf('taffside-nurse-bank');
    expect(dbsToldAnswer(nurses, 'how much does a dbs cost us these days?')).toBeUndefined();
    expect(dbsToldAnswer(nurses, "ceri's dbs has come back clear, can i book her?")?.sources).toEqual(['policy:dbs-checks']);
  });
});

describe('one we know come to be served, a stranger\'s card found, what can hear the work', () => {
  cases([
    // Before: "don't know", the cash collector's entry, the laptop policy.
    { firm: 'credit', q: 'my cousin has just joined the queue at the desk, do i serve her or what', has: ['volunteer-confidentiality', 'ask the other person on duty'] },
    { firm: 'vending', q: 'found a bank card and somebodys staff lanyard in the coin return at the dye works, bring em back to the depot for safe keeping?', has: ['on-site-conduct', 'never taken back to the depot'] },
    { firm: 'transcription', q: "we've got an echo dot on the shelf in the box room where i type, does that matter??", has: ['headphones', 'unplug any smart speaker (Alexa, Google Nest)'] },
    { firm: 'transcription', q: 'the big work cans are giving me a headache, ok if i use my own wireless ones just for this afternoon?', has: ['headphones', 'Bluetooth headphones'] },
  ]);

  it('reads a stranger\'s thing found and a device that listens, not our own card or a headset asked after', () => {
    const vending = contextOf('vendright-vending');
    expect(strangersThingFoundAnswer(vending, 'found the company fuel card under the seat, what do i do?')).toBeUndefined();
    expect(strangersThingFoundAnswer(vending, "found someone's purse by the machine at st james, what do i do with it?")?.sources).toEqual(['policy:on-site-conduct']);
    const transcription = contextOf('verbatim-transcription');
    expect(listeningDeviceAnswer(transcription, 'which headphones do we use for the court audio?')).toBeUndefined();
    expect(listeningDeviceAnswer(transcription, 'can i wear my airpods for the interview tapes?')?.sources).toEqual(['policy:headphones']);
  });
});

describe("the round's rules, as an independent review tried them on other firms", () => {
  cases([
    // Missed by the first cut: a dad in hardship (a parent was not one the rule knew), a member whose firm has four policies that
    // say hardship (the one titled on it), another child's form found in a pack.
    { firm: 'scouts', q: "a dad was in tears at pick up, lost his job and can't pay for summer camp", has: ['Subs, payments and the hardship fund'] },
    { firm: 'vegbox', q: "a member lost her job and says she can't pay for her box next month", has: ['Keeping the hardship scheme confidential'] },
    { firm: 'scouts', q: "a parent found another child's medical form in her kid's camp pack instead of theirs", has: ['Reporting a data breach'] },
  ]);
});

describe('focus set 23 (scored once blind, then read in the same round)', () => {
  cases([
    // Before: the new-tools policy. Whether we still have her details, from ages ago, is how long we keep them.
    { firm: 'costumes', q: 'customer rang asking if we still have her details and measurements from ages ago, she wants them gone', has: ['records-retention', 'then Noor deletes them in the January clear-out'] },
    // Before: the hockey club's policy, the deposits policy, the Santa specials policy. A score, a thank-you, a moan about the rota.
    { firm: 'rink', q: 'marauders won 6-2 last night!! anyone watch?', has: ["don't know"] },
    { firm: 'costumes', q: 'the operatic society sent us flowers and a thank you card after their mikado', has: ["don't know"] },
    { firm: 'railway', q: "derek's put me on every santa special again, does he hate me or what", has: ["don't know"] },
    // Neighbour: a thank-you card asked to be posted is no small talk.
    { firm: 'costumes', q: 'the operatic society sent us a thank you card, can i post it on our instagram?', has: [], not: ["don't know"] },
  ]);
});

describe('focus set 24 (scored once blind, then read in the same round)', () => {
  cases([
    // Before: "I can't find life360" with no rule, "don't know". A tool surely asked after gets the rule on new tools.
    { firm: 'forest', q: 'do we have life360? thinking parents could see where the bus is on it', has: ["can't find life360", 'new-tools'] },
    { firm: 'forest', q: 'used tapestry at my last nursery for the obs and it was sooo easy, can we get it here?', has: ["can't find tapestry", 'new-tools'] },
    // Before: a supplier's entry, the worries policy, the consent policy, the preferences policy.
    { firm: 'store', q: 'found a stack of old order pads from 2017 in the back office, can i just chuck them in the big bin out back?', has: ['records-retention', 'Paper goes in the locked shredding sack in the office'] },
    { firm: 'hair', q: "client who said yes to photos now wants hers off our page, she's changed her mind", has: ['tell Ann-Marie and the photo comes down that day'] },
    { firm: 'hair', q: 'resident at the home tried to give me a tenner for doing her hair so nice, can i keep it?', has: ['payments', 'Never take cash from a care home resident'] },
    { firm: 'hair', q: 'family emailed to say their mum passed away last week, what happens to her card and everything', has: ['records-retention', 'Pauline closes their card after the final invoice is paid'] },
  ]);

  it('reads money offered and a death told by their rules, not a payment asked or a death with nothing asked of records', () => {
    const hair = contextOf('silvercomb-mobile-hair');
    expect(moneyOfferedAnswer(hair, 'how do residents pay for their hair, is it cash?')).toBeUndefined();
    expect(moneyOfferedAnswer(hair, 'mrs jones gave me £5 as a tip, is that allowed?')?.sources).toEqual(['policy:payments']);
    expect(diedRecordsAnswer(hair, 'sad news, mrs jones passed away on sunday, shall we send flowers?')).toBeUndefined();
    expect(diedRecordsAnswer(hair, 'mr cole has died, what do we do with his client card?')?.sources).toEqual(['policy:records-retention']);
  });
});

describe('one list of what staff call the police, and a feast that is a time, read where each is shared', () => {
  cases([
    // A feast is when, never a tool's name: the tool said beside it is the one not held, and a calendar question stays small talk.
    { firm: 'sweeps', q: 'what times are the office phones answered over christmas?', has: ["don't know"], not: ['Teme Valley IT'] },
  ]);

  it('reads a PC, a PCSO or a detective by rank asking, for footage or details, and never a PC that is a computer', () => {
    const pawn = contextOf('goldvale-pawnbrokers');
    expect(policeAskAnswer(pawn, 'a pcso came in asking for the address of one of our customers')?.sources).toEqual(['policy:stolen-goods-and-police']);
    expect(policeAskAnswer(pawn, 'the pc in the back office wants the customer records updating')).toBeUndefined();
    const motorhomes = contextOf('roamwell-motorhomes');
    expect(footageRequestAnswer(motorhomes, 'pc from northallerton rang, wants the clip of the gate from tuesday night')?.sources).toEqual(['policy:cctv-yard']);
    expect(footageRequestAnswer(motorhomes, 'the pc in the office has the cctv footage on it, is it backed up?')).toBeUndefined();
  });
});
