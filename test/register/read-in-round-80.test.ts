import { describe, expect, it } from 'vitest';
import { childAtMachineAnswer, excludedBackAnswer, harmSignsAnswer, selfExclusionAnswer } from '../../src/register/situations/gambling.ts';
import { childLiftAnswer, youngMessagedAnswer } from '../../src/register/situations/children.ts';
import { leftUnlockedAnswer } from '../../src/register/situations/logins.ts';
import { pressAsksAnswer } from '../../src/register/situations/callers.ts';
import { RETENTION_TITLE } from '../../src/register/retention-policy.ts';
import { accessLentAnswer } from '../../src/register/situations/keys.ts';
import { countedAloneAnswer, lookedUpForOwnSakeAnswer, overdueUnreachableAnswer, parentSaidOkAnswer } from '../../src/register/situations/one-sentence-rules.ts';
import { ourComputerAskedAnswer } from '../../src/register/situations/logins.ts';
import { tooYoungToJoinAnswer } from '../../src/register/situations/ages.ts';
import { failingToldAnswer } from '../../src/register/situations/welfare.ts';
import { idKeptAnswer } from '../../src/register/situations/documents.ts';
import { personTaggedAnswer, photoTakenDownAnswer } from '../../src/register/situations/photos.ts';
import { deviceLentAnswer, threatenedAtWorkAnswer } from '../../src/register/situations/house-rules.ts';
import { PAPER_FOUND_OUTSIDE, sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { checkedByKind } from '../../src/register/answers-by-kind.ts';
import { QUESTION_KINDS, QuestionKinds } from '../../src/register/question-kinds.ts';
import type { QaAnswer } from '../../src/register/qa-context.ts';
import { contextOf, devCasesOn, exampleFirms, tinyFirmContext, TINY_SUPPLIER } from './dev-questions.ts';

/**
 * What the eightieth round mended in the answerer, beside its neighbours: the stories focus set 84 and focus sets 91 to 94 taught, each
 * found by what a policy sentence says, the same stories told otherwise or at other firms, and refusals beside them. Each neighbour's
 * `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    bingo: 'lucky-seven-bingo',
    bookies: 'tollgate-bookmakers',
    snapbooth: 'snapbooth-hire',
    bluehole: 'bluehole-divers',
    bramblecombe: 'bramblecombe-holiday-cottages',
    greenmind: 'greenmind-ecotherapy',
    homefit: 'homefit-ot-adaptations',
    wakeline: 'wakeline-cable-park',
    cueball: 'cueball-snooker-club',
    trowel: 'trowel-and-sieve-archaeology',
    lottery: 'lightkeeper-hospice-lottery',
    bulkbuy: 'bulkbuy-cash-and-carry',
    liftwell: 'liftwell-stairlifts',
    hirebox: 'hirebox-tool-hire',
    quietwood: 'quietwood-retreat-house',
    forgehub: 'forgehub-makerspace',
    church: 'st-brannocks-church',
    cedarwood: 'cedarwood-hospice-at-home',
    bideford: 'bideford-rugby-club',
    haverley: 'haverley-museum',
    rollhard: 'rollhard-wheelchair-basketball',
    silvercomb: 'silvercomb-mobile-hair',
    ironclad: 'ironclad-enforcement-agents',
    baseline: 'baseline-tennis-club',
    kalina: 'kalina-polish-saturday-school',
    nightrider: 'nightrider-blood-bikes',
    sunberry: 'sunberry-pick-your-own',
    costumes: 'curtain-call-costumes',
    hostel: 'cobblewynd-hostel',
    emberdip: 'emberdip-saunas',
    spokesmith: 'spokesmith-ebikes',
    crux: 'crux-climbing',
    openhands: 'openhands-refugee-dropin',
    secondhome: 'secondhome-furniture-reuse',
    servewell: 'servewell-process-servers',
    clearpath: 'clearpath-vasectomy-clinic',
    crowdscene: 'crowdscene-extras-agency',
    pirates: 'puttingpirates-adventure-golf',
    zapzone: 'zapzone-laser-tag',
    langar: 'guru-nanak-langar-kitchen',
    gym: 'ironclad24-gym',
    meridian: 'meridian-travel-clinic',
    homecheck: 'homecheck-tenant-referencing',
    skybounce: 'skybounce-trampoline-park',
    ripple: 'ripple-swim-school',
    cocoa: 'cocoa-and-co-chester',
    ashgrove: 'ashgrove-social-club',
  }),
);

describe('a paper found out of doors is a breach, not old records to clear out', () => {
  cases([
    { firm: 'bingo', q: 'found a soggy membership form in the car park, just bin it yeah?', has: ['breach-reporting', 'a membership form dropped in the car park is a breach'], not: ['Anything past its date is deleted, not archived'] },
    // Old forms come across indoors are still a matter of how long we keep them.
    { firm: 'bingo', q: 'came across a box of membership forms from 2019 in the loft, can we shred them?', has: ['records-retention', 'Membership records are deleted 2 years'], not: ['a membership form dropped in the car park is a breach'] },
    { firm: 'bingo', q: 'going thru the old filing cabinet, loads of membership forms from 2019, shall i box them up for the loft', has: ['records-retention', 'deleted, not archived'], not: ['a membership form dropped in the car park is a breach'] },
  ]);
});

describe('stories of a gaming floor', () => {
  cases([
    { firm: 'bingo', q: 'mrs k has been on the handset 6 hrs and just asked marie to lend her a tenner', has: ['safer-gambling', 'speak to the customer kindly and tell the duty manager'] },
    { firm: 'bookies', q: 'fella on machine 3 has been on the fobt since we opened and now wants to borrow a tenner off me', has: ['safer-gambling', 'Watch for signs of gambling harm'] },
    { firm: 'bingo', q: 'regular wants to ban himself, says hes losing too much. shall i just tick the flag in sapphire at the desk', has: ['safer-gambling', 'taken to a quiet room by a duty manager'] },
    { firm: 'bookies', q: 'lad at the counter wants to ban himself, what do i do', has: ['self-exclusion', 'A customer can self-exclude at the counter'] },
    { firm: 'bookies', q: 'bloke who self excluded last year just walked in', has: ['self-exclusion', 'If you recognise an excluded customer'] },
    { firm: 'bingo', q: 'woman came in with her 10 yr old, can the kiddie sit next to her on the terminal, shell keep an eye', has: ['age-checks', 'never let a child near a terminal'] },
    // A self-exclusion long over is a record to keep or delete, not one to act on now.
    { firm: 'bingo', q: 'someone self excluded ages ago and their exclusion ended last year, can we wipe their record now', has: ['kept for 7 years after the exclusion ends'], not: ['taken to a quiet room by a duty manager'] },
    // Borrowing asked by one we serve, at a firm with no gambling: the rules on boundaries, not a sentence on signs of harm.
    { firm: 'greenmind', q: 'one of the participants asked to borrow a tenner for the bus', has: ['safeguarding-adults'] },
  ]);

  it('reads each story only where it is told', () => {
    const bingo = contextOf('lucky-seven-bingo');
    expect(harmSignsAnswer(bingo, 'she has been on the handsets all day and keeps going to the cash machine')?.sources).toEqual(['policy:safer-gambling']);
    expect(harmSignsAnswer(bingo, 'can a member borrow a pen to fill the form in')).toBeUndefined();
    expect(selfExclusionAnswer(bingo, 'we barred him for fighting in the car park')).toBeUndefined();
    expect(excludedBackAnswer(bingo, 'someone self excluded ages ago, can we wipe their record now')).toBeUndefined();
    expect(childAtMachineAnswer(bingo, 'her 10 yr old wants to sit with her in the cafe')).toBeUndefined();
    // A firm with no sentence on a child at a machine gets nothing from the reading.
    expect(childAtMachineAnswer(contextOf('greenmind-ecotherapy'), 'can the kiddie sit next to her on the terminal')).toBeUndefined();
  });
});

describe('a photo asked off one place online', () => {
  cases([
    { firm: 'snapbooth', q: 'brides uncle wants the pic of him pulling a face off the gallery, attendant says frame 214 about 10:40pm', has: ['galleries-qr-codes', 'within 48 hours'], not: ['take a post down within 24 hours if anyone in it asks'] },
    // Asked off our own page: the sentence on our posts.
    { firm: 'snapbooth', q: 'a guest wants the post of her taken down from our insta', has: ['marketing-photos', 'take a post down within 24 hours'] },
  ]);
});

describe('people put on our list, where the sentence on it sits in another policy', () => {
  cases([
    { firm: 'snapbooth', q: 'loads of guests typed their emails in at the wedding to get pics, can chloe pop them in the offers list?', has: ['galleries-qr-codes', "never add guests' email addresses"], not: ['Prefer shots of props, backdrops and the booth set-up'] },
    // The sentence naming those told of, before the policy on marketing; else the policy on marketing.
    { firm: 'bluehole', q: 'can i add the junior divers to the newsletter', has: ['junior-divers', 'Never add a junior diver to the newsletter'] },
    { firm: 'bluehole', q: 'can i add everyone from the try dive day to the newsletter', has: ['marketing-consent', 'Only add someone to the MailerLite newsletter'], not: ['Never add a junior diver to the newsletter'] },
  ]);
});

describe('a pupil asking for our social media, told by school year', () => {
  cases([
    { firm: 'snapbooth', q: 'at the prom a year 11 asked for my snapchat, harmless right?', has: ['proms-under-18s', 'never swap contact details'] },
  ]);
});

describe('our accounts signed into on someone else\'s computer', () => {
  cases([
    { firm: 'snapbooth', q: 'venue manager says i can log into our snappic on their office pc to print the extra copies', has: ['passwords-new-tools', "venue's or client's computer"] },
    { firm: 'bramblecombe', q: 'guest says i can log into the booking system on their laptop to check the dates', has: ['devices-and-new-apps', "Don't sign in to the booking system on a guest's computer"] },
    // Our own computer is no one else's.
    { firm: 'snapbooth', q: 'can i log into snappic on the office pc', has: [], not: ["Never sign in to our accounts on a venue's or client's computer"] },
  ]);
});

describe('a work laptop asked to be lent to one\'s family, or left open in the car', () => {
  cases([
    { firm: 'homefit', q: 'my husbands laptop has died, he wants to borrow my work one tonight for his banking', has: ['passwords-backups', 'let a family member use your work laptop'] },
    { firm: 'homefit', q: 'popping into greggs between visits, laptop open on the passenger seat, only be 2 mins', has: ['passwords-backups', 'including in the car'] },
  ]);

  it('reads neither in one\'s own use of the laptop', () => {
    const homefit = contextOf('homefit-ot-adaptations');
    expect(deviceLentAnswer(homefit, 'can i use my work laptop at home tonight to finish a report')).toBeUndefined();
    expect(deviceLentAnswer(homefit, 'can i borrow my work one for the weekend, the laptop i mean')).toBeUndefined();
    expect(leftUnlockedAnswer(homefit, 'put the laptop bag on the passenger seat, is that ok')).toBeUndefined();
  });
});

describe('a gift pressed on one, and the rule on gifts said as "do not accept"', () => {
  cases([
    { firm: 'homefit', q: 'lovely old gent pressed a £50 m&s voucher on me as a thank you for his wet room', has: ['home-visits', 'Do not accept gifts over £20'] },
    // "Engineers do not take cash in customers' homes" is a rule of payment, not one on gifts: the sentence on gifts answers.
    { firm: 'liftwell', q: 'the old dear at my last job tried to give me £20 "for a drink" after the service, can i keep it', has: ['safeguarding', 'Never accept gifts'] },
  ]);
});

describe('someone asking for all we hold on them, said as what the club has', () => {
  cases([
    { firm: 'cueball', q: 'member collared me at the bar and said he wants everything the club has got on him', has: ['subject-access', 'Write it in the office diary'] },
  ]);
});

describe('a child given a lift, told as "drop him back"; and one under 18 asking for our social media beside a supplier named', () => {
  cases([
    { firm: 'wakeline', q: 'little lads mum still not here and we close in 10, he lives on my way home, ok if i just drop him back', has: ['children', 'never give a child a lift'] },
    { firm: 'wakeline', q: 'one of the junior regulars asked for my snapchat so i can send her the clip of her backroll', has: ['children', 'never swap phone numbers or social media'], not: ['Film only on park cameras and drones'] },
  ]);

  it('reads no lift in a child taken back to the hut, and prefers the sentence on contact to one on pictures', () => {
    const wakeline = contextOf('wakeline-cable-park');
    expect(childLiftAnswer(wakeline, 'the little lad dropped his phone in the lake, can i take him back to the hut')).toBeUndefined();
    expect(youngMessagedAnswer(wakeline, 'a 15 year old asked for my number')?.sources).toEqual(['policy:children']);
  });
});

describe('a paper\'s reporter by its name in lower case', () => {
  cases([
    { firm: 'trowel', q: "lad from the yorkshire post turned up at the gate asking what we've found on the housing site", has: ['social-media-and-press', 'say nothing and pass their details to Priya'] },
  ]);

  it('reads no reporter in a post on a page', () => {
    expect(pressAsksAnswer(contextOf('trowel-and-sieve-archaeology'), 'a woman from the facebook post asked when the open day is')).toBeUndefined();
  });
});

describe('a letter for someone else in an envelope', () => {
  cases([
    { firm: 'lottery', q: 'mr angove just rang, his winners letter envelope had a letter for a mrs hocking in newquay in it instead', has: ['breach-reporting', 'Tell Gareth straight away and within 24 hours'] },
  ]);

  it('reads no slip in an envelope holding what it should', () => {
    expect(sentToWrongPerson('the envelope had a cheque for the hospice in it, who do i give it to')).toBe(false);
  });
});

describe('old records asked about, told otherwise', () => {
  cases([
    { firm: 'bulkbuy', q: 'clearing the back office, ok to chuck the old invoices and delivery notes in the baler with the cardboard', has: ['retention', 'the locked shredding console in the office'] },
    { firm: 'cueball', q: 'tidying up clubspark, theres loads of people who stopped paying back in 2022, can they go', has: ['records-retention'] },
  ]);

  it('reads a policy titled "Keeping member and staff records" as the firm\'s schedule of keeping, not one on keeping records safe', () => {
    expect(RETENTION_TITLE.test('Keeping member and staff records')).toBe(true);
    expect(RETENTION_TITLE.test('Keeping client records confidential')).toBe(false);
  });
});

describe('one too young to hire, told by an adult age', () => {
  cases([
    { firm: 'hirebox', q: 'lad of 21 wants the luton for a house move tomorrow, clean licence', has: ['driving-licences', 'Minimum age 23 and no more than 6 points'] },
  ]);

  it('weighs a 24 year old against older ages, not against any minimum age', () => {
    const hirebox = contextOf('hirebox-tool-hire');
    expect(tooYoungToJoinAnswer(hirebox, 'lad of 24 wants the luton for a house move tomorrow')).toBeUndefined();
  });
});

describe('a fob or key asked to be lent', () => {
  cases([
    { firm: 'cueball', q: 'jades boyfriend wants to borrow her fob so he can get in before opening and practise his long pots', has: ['membership-cards', 'Never lend a staff door fob'] },
    { firm: 'forgehub', q: 'my mate wants to borrow my fob to use the laser cutter on sunday', has: ['fobs-access', 'Never lend your fob'] },
  ]);

  it('reads no lending in one\'s own use of a spare', () => {
    expect(accessLentAnswer(contextOf('forgehub-makerspace'), 'can i borrow the spare fob till mine comes')).toBeUndefined();
  });
});

describe('cash counted alone', () => {
  cases([
    { firm: 'quietwood', q: 'doing the box this morning, brother andrews away so ill just count it myself', has: ['donations-gifts', 'counted by two people each Monday'] },
    { firm: 'cueball', q: 'on my own behind the bar tonight, ok to cash up and do the sheet?', has: ['cash-handling', 'The till is counted by two people at closing'] },
    { firm: 'church', q: 'nobody else around after the service to count the collection with me, can i do it', has: ['counted by two people who are not related'] },
  ]);

  it('reads no cash in raffle tickets counted alone', () => {
    expect(countedAloneAnswer(contextOf('cueball-snooker-club'), 'can i count the raffle tickets on my own')).toBeUndefined();
  });
});

describe('one we serve asking to use a computer of ours', () => {
  cases([
    { firm: 'quietwood', q: 'a guest asked if she could quickly hop on the office computer to print her train ticket', has: ['passwords', 'Guests never use the office PC'] },
  ]);

  it('reads nothing where no computer of ours is asked for', () => {
    expect(ourComputerAskedAnswer(contextOf('quietwood-retreat-house'), 'a guest asked if the office is open on sunday')).toBeUndefined();
  });
});

describe('someone kicking off at one where one works', () => {
  cases([
    { firm: 'hirebox', q: 'on a drop and the customers brother is kicking off at me in the drive, mixer still on the lorry', has: ['delivery-drivers', 'ring Gary if they feel unsafe'] },
  ]);
});

describe("the round's reviews: over-reaches narrowed", () => {
  cases([
    // An engineer at the machines all day is no player in a long session.
    { firm: 'bookies', q: 'the donvale engineer has been on the machines since we opened, he asked me for the safe code', has: [], not: ['Watch for signs of gambling harm'] },
    { firm: 'bookies', q: 'engineer has been at the machines all day, can he see the cctv', has: [], not: ['Watch for signs of gambling harm'] },
    // Spare keys are no records to keep or clear.
    { firm: 'bookies', q: "we've got spare safe keys cut back in 2021 in the drawer, do we still need them", has: ['cash-and-keys'], not: ['Self-exclusion forms and photos: the exclusion period and 2 years more'] },
    // A blank form in a pack, and forms collected from their owner, are no breach.
    { firm: 'bingo', q: 'the new members pack has a form for someone to sign inside, who keeps it after?', has: [], not: ['a membership form dropped in the car park is a breach'] },
    { firm: 'bingo', q: 'picked up the signed publicity forms at the bus stop from the winner like she asked, where do they go', has: ['winners-photos'], not: ['a membership form dropped in the car park is a breach'] },
  ]);

  it('reads no self-exclusion in a bar the manager wants, no hire in one told done, no threat in a stressed relative', () => {
    expect(selfExclusionAnswer(contextOf('tollgate-bookmakers'), 'manager wants to stop him coming in after he smashed the fobt screen, do we give him a letter')).toBeUndefined();
    expect(tooYoungToJoinAnswer(contextOf('hirebox-tool-hire'), 'a 19 year old rented the van last week and brought it back scratched, what do we do')).toBeUndefined();
    expect(threatenedAtWorkAnswer(contextOf('cedarwood-hospice-at-home'), 'patients wife keeps screaming at me to hurry up with the meds, shes stressed, how do i record the doses')).toBeUndefined();
  });
});

describe("the round's reviews: under-reaches widened", () => {
  cases([
    { firm: 'bingo', q: 'bloke asked if he can take a break from coming here for 6 months cos of his spending', has: ['safer-gambling', 'taken to a quiet room by a duty manager'] },
    { firm: 'bookies', q: 'woman asked if we can stop taking her bets for six months', has: ['self-exclusion', 'A customer can self-exclude at the counter'] },
    { firm: 'bookies', q: 'punter says hes had enough and wants us to bar him', has: ['self-exclusion', 'A customer can self-exclude at the counter'] },
    { firm: 'bingo', q: 'she asked if we could stop her from coming in for a year', has: ['safer-gambling', 'taken to a quiet room by a duty manager'] },
    { firm: 'bookies', q: 'bloke been feeding the machine for hours, keeps going to the cashpoint', has: ['safer-gambling', 'repeated trips to the cash machine'] },
    { firm: 'bookies', q: 'punter trying to win back what he lost on the roulette, getting angry and hitting the screen', has: ['safer-gambling', 'anger at the terminals'] },
    { firm: 'bingo', q: 'lady on table 4 has been playing since half 10 and has asked me twice if she can have a loan till friday', has: ['safer-gambling', 'chasing losses, borrowing'] },
    { firm: 'bingo', q: 'a grandad has brought his 7 year old in and shes on his lap at the terminal', has: ['age-checks', 'never let a child near a terminal'] },
    { firm: 'bingo', q: 'self excluded member came in to pick up her winnings cheque', has: ['safer-gambling', 'A self-excluded customer who comes in is asked to leave'] },
    { firm: 'bookies', q: 'a man who banned himself in march is back putting bets on', has: ['self-exclusion', 'If you recognise an excluded customer'] },
    { firm: 'bingo', q: 'the winners envelope we posted to him had another ladys cheque in it', has: ['breach-reporting'] },
    { firm: 'bookies', q: 'found a bet slip with an account number on the pavement outside the shop', has: ['data-breach'] },
    { firm: 'bingo', q: 'lady wants her photo off the wall, she won in january', has: ['winners-photos', "takes winners' photos down from the wall after 3 months"] },
    { firm: 'cueball', q: 'new lad keeps forgetting his fob, ok if he just takes mine for the week', has: ['membership-cards', 'Never lend a staff door fob'] },
    { firm: 'forgehub', q: 'can i give my fob to my partner so she can pick up my stuff', has: ['fobs-access', 'Never lend your fob'] },
    { firm: 'bideford', q: 'nobody else around to do the till with me', has: ['bar-rules', 'Cash is counted at close by two people'] },
    { firm: 'haverley', q: 'donation box needs emptying and theres just me today', has: ['cash-and-gift-aid', 'Two people count the till float and the donation box'] },
    { firm: 'cueball', q: 'the other barman left at 10 so i did the takings alone, problem?', has: ['cash-handling', 'The till is counted by two people at closing'] },
    { firm: 'snapbooth', q: 'can i use the hotel reception computer to check our bookings email', has: ['passwords-new-tools', "venue's or client's computer"] },
    { firm: 'rollhard', q: 'at the away game, can i log into the club email on the sports hall computer', has: ['phones-and-passwords', 'Never sign in to club accounts on a shared computer'] },
    { firm: 'nightrider', q: "my laptop's broken can i just log into relaydesk on the family pc", has: ['devices-and-accounts', 'on a shared family computer'] },
    { firm: 'quietwood', q: 'guest wants to print her boarding pass, can she use our pc for 5 mins', has: ['passwords', 'Guests never use the office PC'] },
    { firm: 'quietwood', q: 'guest asked can she borrow the computer in the office for 5 mins to book a taxi', has: ['passwords', 'Guests never use the office PC'] },
    { firm: 'homefit', q: 'mrs jones pushed a bottle of wine into my hand when i left, what do i do', has: ['home-visits', 'Do not accept gifts over £20'] },
    { firm: 'homefit', q: "client's wife insisted i take a box of chocolates and a bottle of wine, ok?", has: ['home-visits', 'Do not accept gifts over £20'] },
    { firm: 'silvercomb', q: 'mrs d stuffed a twenty in my apron pocket when i wasnt looking', has: ['payments', "Don't accept gifts worth more than a box of biscuits"] },
    { firm: 'ironclad', q: 'debtor is going mad at me on the doorstep', has: ['visits-and-entry', 'If you feel unsafe, leave at once and call Darren'] },
    { firm: 'ironclad', q: 'bloke at the door squaring up and calling me all sorts, do i stay', has: ['visits-and-entry', 'If you feel unsafe, leave at once and call Darren'] },
    { firm: 'servewell', q: 'guy in wythenshawe went proper mental at me, shouting and that, i got back in the car. anything i need to do', has: ['lone-working', 'Record what happened in the job notes the same day'] },
    { firm: 'baseline', q: 'the 10 year olds dad texted, ok to take her back to hers after coaching', has: ['safeguarding-juniors', 'give a junior a lift unless the'] },
    { firm: 'kalina', q: 'one of the year 10s asked for my snapchat', has: ['safeguarding', 'Never message a pupil privately on'] },
    { firm: 'wakeline', q: 'one of the teenage riders asked for my number so he can text me about lessons', has: ['children', 'swap phone numbers or social media with riders under 18'] },
    { firm: 'hirebox', q: 'customer is 20, wants to take out the floor sander tomorrow', has: ['driving-licences', 'Minimum age 23'] },
  ]);
});

describe('guards the tests above do not reach', () => {
  it('reads no paper found out of doors in a blank one', () => {
    expect(PAPER_FOUND_OUTSIDE.test('found a soggy membership form in the car park')).toBe(true);
    expect(PAPER_FOUND_OUTSIDE.test('found a blank membership form in the car park')).toBe(false);
    expect(PAPER_FOUND_OUTSIDE.test('found one of our booking forms at the bus station')).toBe(true);
    expect(PAPER_FOUND_OUTSIDE.test("picked up the pickers' tickets at the bus station for their coach home")).toBe(false);
  });

  it('keeps whom to tell, answered with the contact, however sure a model is of small talk; not another answer', () => {
    const ctx = contextOf('lucky-seven-bingo');
    // A model that is all but sure of small talk, whatever the question: a real one, built from weights.
    const smallTalk = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'a model sure of small talk', bias: QUESTION_KINDS.map((k) => (k === 'off-topic' ? 20 : 0)), weights: {} });
    const contact: QaAnswer = { intent: 'contact', answer: 'For data protection, ask Pauline Ashcroft.', sources: [] };
    expect(checkedByKind(ctx, smallTalk, 'the warning light is on in the van, who do I tell?', contact)).toBe(contact);
    const stray: QaAnswer = { intent: 'policy', answer: 'CCTV: CCTV overwrites after 31 days.', sources: ['policy:cctv'] };
    expect(checkedByKind(ctx, smallTalk, 'the warning light is on in the van, is it bad?', stray).intent).toBe('unknown');
  });

  it('reads no cash counted by two in medicines counted in', () => {
    const ctxOf = (policy: string) => tinyFirmContext([TINY_SUPPLIER], [policy]);
    const medicines = '  - { id: medication, title: Medication, text: "Medication is checked and counted into the MAR by two staff." }';
    const cash = '  - { id: cash, title: Cash, text: "The till is counted by two people at close." }';
    expect(countedAloneAnswer(ctxOf(medicines), 'on my own tonight, ok to cash up the till?')).toBeUndefined();
    expect(countedAloneAnswer(ctxOf(cash), 'on my own tonight, ok to cash up the till?')?.sources).toEqual(['policy:cash']);
  });
});

describe("someone's passport asked to be kept by us", () => {
  cases([
    { firm: 'sunberry', q: 'one of the kyrgyz lads wants me to keep his passport in the office safe cos hes scared of losing it in the caravan, he asked nicely so thats ok yeah?', has: ['seasonal-worker-documents', "never keep a worker's passport"] },
    { firm: 'costumes', q: 'customer offered her passport as a deposit for the dame costume, ok?', has: ['deposits-and-id', 'never keep a passport, driving licence'] },
  ]);

  it('reads no keeping in a copy of a passport, which the rule on copies reads', () => {
    expect(idKeptAnswer(contextOf('cobblewynd-hostel'), 'can i take a photo of his passport for the booking')).toBeUndefined();
    expect(idKeptAnswer(contextOf('cobblewynd-hostel'), 'should we keep his passport number on the booking')).toBeUndefined();
  });
});

describe('someone tagged in a post', () => {
  cases([
    { firm: 'wakeline', q: 'posting the junior comp pics tonight, can i tag the winner, shes 11 and her mum is fine with photos', has: ['photos-footage', 'Never tag or name a child in a post'] },
    { firm: 'emberdip', q: 'can i tag the couple from this morning in our story?', has: ['photos-social-media', 'Do not tag guests'] },
  ]);

  it('reads no person in a place tagged', () => {
    expect(personTaggedAnswer(contextOf('cobblewynd-hostel'), 'can i tag the venue in the post about the ceilidh')).toBeUndefined();
  });
});

describe('children dropped while the parent goes off', () => {
  cases([
    { firm: 'wakeline', q: 'two 14 year olds just checked in, their dad dropped them and went to the pub in town, back at 5 apparently', has: ['waivers-swim-tests', 'that adult on site for the whole session'] },
  ]);
});

describe('a hire not back and the hirer not answering; one under 18 with a parent\'s word by text', () => {
  cases([
    { firm: 'hirebox', q: 'scaffold tower was due back saturday, its monday teatime and his phone goes straight to voicemail', has: ['damage-theft', 'tell Gary, who decides whether to use the tracker'] },
    { firm: 'spokesmith', q: "the bike was due back yesterday and the hirer isn't answering", has: ['overdue-stolen-bikes', 'the hirer cannot be reached'] },
    { firm: 'wakeline', q: '17 yr old here on her own for a 2 hr session, says her mum said its fine by text', has: ['waivers-swim-tests', 'Riders under 18 need a parent or guardian to sign'] },
    { firm: 'crux', q: '15 year old turned up, his dad texted to say its fine for him to climb', has: ['induction-waivers', 'Under-18s need a parent or guardian to sign their form'] },
  ]);

  it('reads neither where the hirer answers or the parent is here', () => {
    expect(overdueUnreachableAnswer(contextOf('hirebox-tool-hire'), 'scaffold tower was due back saturday, he rang to say he needs it till wednesday')).toBeUndefined();
    expect(parentSaidOkAnswer(contextOf('crux-climbing'), '15 year old here with his dad, he says its fine for him to climb')).toBeUndefined();
  });
});

describe('stories from focus sets 95 to 97', () => {
  cases([
    { firm: 'openhands', q: 'a family gave me a gold bracelet to say thanks for helping with their housing, feel rude saying no', has: ['gifts-and-cash', 'Do not accept gifts worth more than £10'] },
    { firm: 'secondhome', q: 'family tried to give me £20 for lugging the wardrobe up three flights', has: ['home-visits', 'Never take gifts or money from families'] },
    { firm: 'servewell', q: 'lees phone is dead, can he borrow mine for his serves today', has: ['passwords-devices', 'never let anyone else use one'] },
    { firm: 'servewell', q: 'woman rang absolutely fuming, how did you find my address and what have you got on me', has: ['subject-access', 'pass the request to Joanne the same day'] },
    { firm: 'openhands', q: "a man asked me in arabic for everything we've got written about him, i said i'd ask someone who do i give it to", has: ['subject-access', 'give it to Miriam the same day'] },
    { firm: 'clearpath', q: 'patient from 2017 we never saw again, is his stuff still meant to be in the system', has: ['records-retention'] },
    { firm: 'pirates', q: 'emailed the wrong mum the allergy list for saturdays party, should i ring her and ask her to delete it', has: ['breach-reporting', 'Do not delete anything or contact the customers yourself'] },
    { firm: 'crowdscene', q: 'oh no the crowd list for the period drama just went to the soap lot instead, can i hit recall in gmail and bin it from sent before anyone notices', has: ['breach-reporting', 'Do not try to recall emails or delete anything yourself'] },
    { firm: 'pirates', q: 'the party ipad has gone walkies from the party room, cant find it anywhere', has: ['breach-reporting', 'Tell the duty manager at once'] },
    { firm: 'zapzone', q: 'one of the waiver tablets isnt in the drawer this morning, think it walked last night', has: ['breach-reporting', 'Tell the duty manager at once and Fiona MacLeod'] },
    { firm: 'servewell', q: 'mate asked if i can find his exs new address on tracesmart, wont take a sec', has: ['Never search for yourself, friends, family'] },
    { firm: 'meridian', q: "can i look up my sister's appointment to see what jabs she had", has: ['patient-records', 'never look up family, friends or yourself'] },
    { firm: 'langar', q: 'one of the 16 yr old sevadars didnt turn up, ok if i just whatsapp her directly to check shes coming?', has: ['young-volunteers', 'never messages a child volunteer one to one'] },
    { firm: 'gym', q: 'Tyler the PT finished renting with us today, anything i need to do on the door system', has: ['door-codes', 'Staff and trainer codes are cancelled on their last day'] },
  ]);

  it('reads no lookup for one\'s own sake in a customer\'s own request, and no wrong recipient in a paper gone elsewhere as planned', () => {
    expect(lookedUpForOwnSakeAnswer(contextOf('servewell-process-servers'), 'the solicitor asked if i can find the new address on tracesmart for the open job')).toBeUndefined();
    expect(sentToWrongPerson('the crowd list just went to the soap lot instead')).toBe(true);
    expect(sentToWrongPerson('the crowd list went to the production office instead of the unit base, as they asked')).toBe(false);
    expect(sentToWrongPerson('the delivery went to the depot instead')).toBe(false);
  });
});

describe("the second reviews: under-reaches widened", () => {
  cases([
    { firm: 'hirebox', q: 'the cement mixer should have come back friday and hes not picking up his phone, what do i do', has: ['damage-theft', 'If a hire is 48 hours overdue and the customer does not answer'] },
    { firm: 'hirebox', q: 'customer still has the breaker a week late and wont reply to texts or calls', has: ['damage-theft', 'If a hire is 48 hours overdue and the customer does not answer'] },
    { firm: 'hirebox', q: 'the breaker was due back friday, now tuesday and he keeps hanging up on me', has: ['damage-theft', 'If a hire is 48 hours overdue and the customer does not answer'] },
    { firm: 'crux', q: 'lad whos 15 here on his own, his mum said on the phone earlier that he can climb', has: ['induction-waivers', 'Under-18s need a parent or guardian to sign'] },
    { firm: 'crux', q: '15 year old turned up, says mum said yes over the phone, is that enough', has: ['induction-waivers', 'Under-18s need a parent or guardian to sign'] },
    { firm: 'emberdip', q: "17 year old wants a sauna session, her mum sent a text saying she's allowed", has: ['health-questionnaire', 'Under-18s need a parent or guardian to sign and stay at'] },
    { firm: 'bluehole', q: 'teenager booked on the try dive, dad whatsapped us to say go ahead, no form signed', has: ['junior-divers', 'A parent or guardian must sign the medical questionnaire'] },
    { firm: 'skybounce', q: 'birthday party pics going on fb tonight, ok to tag the birthday girls mum', has: ['photos-videos', 'never tag the family'] },
    { firm: 'ripple', q: 'posting the stage 5 certificates pics, can i tag little ellie', has: ['photo-consent', "Never tag a child's"] },
    { firm: 'hostel', q: 'guest wants to leave her passport with us as security for the key', has: ['passport-checks', 'never keep a passport or ID card as a deposit'] },
    { firm: 'wakeline', q: 'got an email from an insurance company asking for our notes on the man who crashed into the kicker', has: ['accidents', 'or solicitor requests go to Becky'] },
    { firm: 'cueball', q: 'im on me own tonight can i cash up the tables till', has: ['cash-handling', 'The till is counted by two people at closing'] },
  ]);
});

describe("the second reviews: over-reaches narrowed", () => {
  cases([
    { firm: 'hirebox', q: 'customer is 20 stone and wants to hire the scaffold tower, any issue?', has: [], not: ['Minimum age 23'] },
    { firm: 'hirebox', q: 'sent the wrong one, the old price list instead of the new one, does it matter', has: [], not: ['If a counter tablet'] },
    { firm: 'crux', q: '16 yo here, her mum texted me to say is it ok if she pays next week', has: [], not: ['Under-18s need a parent or guardian to sign'] },
    { firm: 'meridian', q: 'can i check my mum is on the rota for the christmas party', has: [], not: ['never look up family, friends or yourself'] },
    { firm: 'bingo', q: 'member wants to take a break from coming here for 6 months while her hip is done, can we freeze her membership', has: [], not: ['taken to a quiet room by a duty manager'] },
    { firm: 'sunberry', q: "picked up the pickers' tickets at the bus station for their coach home", has: [], not: ['Tell Helen'] },
    { firm: 'ashgrove', q: 'can we take the old darts team photos down off the wall to repaint', has: [], not: ['If someone asks for a photo to be taken down'] },
    { firm: 'bingo', q: 'the ipad on the bar is fine, i think they walked off with the charger cable though', has: [], not: ['a membership form left on the desk'] },
  ]);

  it('reads none of these stories where the words mean something else', () => {
    expect(overdueUnreachableAnswer(contextOf('hirebox-tool-hire'), 'customer due back in for his deposit refund and not answering his phone')).toBeUndefined();
    expect(personTaggedAnswer(contextOf('cocoa-and-co-chester'), "i tagged the customers' parcels with the wrong labels, they went out")).toBeUndefined();
    expect(countedAloneAnswer(contextOf('cueball-snooker-club'), 'can i empty the lost property box by myself')).toBeUndefined();
    expect(harmSignsAnswer(contextOf('tollgate-bookmakers'), 'new cashier asked to borrow a tenner off me till payday')).toBeUndefined();
    expect(sentToWrongPerson('my emails went to the junk folder instead of the inbox all week') && sentToWrongPerson('the list went to the junk folder instead')).toBe(false);
    expect(photoTakenDownAnswer(contextOf('lucky-seven-bingo'), 'lady wants her photo off the wall, she won in january')?.sources).toEqual(['policy:winners-photos']);
  });
});

describe('someone we serve failing, and a document photographed only onto our own devices', () => {
  cases([
    { firm: 'quietwood', q: 'the gentleman in the garden room hasnt come out for two days, trays left untouched outside, he seemed very low on arrival', has: ['vulnerable-guests', 'tell the member of the community on duty at once'] },
    { firm: 'homefit', q: 'lady i saw today had an empty fridge, no heating on, and said her son keeps her bank card', has: ['vulnerable-clients', 'tell Carys Pritchard, the safeguarding lead, the same day'] },
    { firm: 'openhands', q: 'guest wants me to take a photo of his asylum letter on my phone so farah can look at it next week', has: ['home-office-letters', "only onto the charity's phone or laptop"] },
  ]);

  it('reads no one failing in an office fridge', () => {
    expect(failingToldAnswer(contextOf('quietwood-retreat-house'), 'we have an empty fridge in the office, can we fill it')).toBeUndefined();
  });
});
