import { describe, expect, it } from 'vitest';
import { leaverStillInAnswer } from '../../src/register/situations/logins.ts';
import { passwordSeenAnswer } from '../../src/register/situations/watched-and-alone.ts';
import { codeUnaskedAnswer } from '../../src/register/situations/scams.ts';
import { sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { youngDmedAnswer } from '../../src/register/situations/children.ts';
import { unconsentedPostedAnswer } from '../../src/register/situations/photos-and-families.ts';
import { fallenAnswer } from '../../src/register/situations/falls.ts';
import { photoTakenDownAnswer } from '../../src/register/situations/photos.ts';
import { aloneAtWorkAnswer, deviceLentAnswer, photoOnOwnPhoneAskedAnswer } from '../../src/register/situations/house-rules.ts';
import { newToolsPolicy, newToolsRule } from '../../src/register/new-tools-policy.ts';
import { contextOf, devCasesOn, exampleFirms, tinyFirmQa, tinyFirmContext, TINY_SUPPLIER } from './dev-questions.ts';

/**
 * What the seventy-ninth round mended in the answerer, beside its neighbours: the stories focus sets 78 and 85 to 88 taught, each found by
 * what a policy sentence says, the same stories told otherwise or at other firms, and refusals beside them. Each neighbour's `not` names a
 * sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    hennagold: 'hennagold-mehndi',
    forgehub: 'forgehub-makerspace',
    tanglestring: 'tanglestring-puppets',
    saddleworks: 'saddleworks-equine-physio',
    linden: 'linden-interiors',
    gearshare: 'gearshare-bike-workshop',
    bedside: 'bedside-hospital-radio',
    strayline: 'strayline-dog-warden',
    teacup: 'teacup-and-saucer-tearoom',
    harbour: 'harbour-students-union',
    sootbusters: 'sootbusters-sweeps',
    verbatim: 'verbatim-transcription',
    greenmind: 'greenmind-ecotherapy',
    shelter: 'harbour-night-shelter',
    steadystep: 'steadystep-falls-classes',
    homeward: 'homeward-reablement',
    cornexchange: 'cornexchange-market-traders',
    saddleworksyard: 'saddleworks-equine-physio',
    drywall: 'drywall-damp-proofing',
    quayside: 'quayside-works',
    junctionyard: 'junction-yard-cowork',
    minikickers: 'minikickers-football',
    rollhard: 'rollhard-wheelchair-basketball',
    heartmatch: 'heartmatch-introductions',
    willowbank: 'willowbank-counselling',
    rentright: 'rentright-tenants-union',
    kingfisher: 'kingfisher-marina',
    glacier: 'glacier-ice-rink',
    brightbridge: 'brightbridge-supported-living',
    bluebell: 'bluebell-day-centre',
    tamar: 'tamar-tutors',
    ferrybridge: 'ferrybridge-sailing-club',
    throttleup: 'throttleup-motorcycle-training',
    fernleigh: 'fernleigh-salon',
    ashgrove: 'ashgrove-social-club',
    stillpoint: 'stillpoint-yoga',
    lighthouse: 'lighthouse-planetarium',
    appleyard: 'appleyard-farm-shop',
    lincsway: 'lincsway-patient-transport',
    reedbed: 'reedbed-nature-reserve',
    silvercomb: 'silvercomb-mobile-hair',
    thornbury: 'thornbury-county-show',
    crystal: 'crystal-clear-windows',
    carerslink: 'carerslink-centre',
    bigtop: 'bigtop-circus-school',
    fenwick: 'fenwick-shaw',
  }),
);

describe('a work device lost, where the sentence on it names two devices', () => {
  cases([
    { firm: 'hennagold', q: 'left the work iphone on the 48 bus 😭😭', has: ['phones-whatsapp', 'lock it with Find My', 'breaches'] },
    { firm: 'hennagold', q: 'lost my work phone at the mela', has: ['phones-whatsapp', 'lock it with Find My'] },
  ]);
});

describe('a password given to something not genuine: the sentence on a password someone else may have', () => {
  cases([
    { firm: 'forgehub', q: 'got an email that looked like google, typed my password in before i clocked it was dodgy. bit panicky now', has: ['passwords-accounts', 'change it and tell Imran the same day'], not: ['Hosts open the space on weekday evenings'] },
    { firm: 'forgehub', q: 'put my login in and then realised the page was fake', has: ['passwords-accounts', 'change it and tell Imran the same day'] },
    { firm: 'saddleworks', q: 'clicked a link in an email that said it was from the bank and it asked for my google login, i typed it in', has: ['passwords-and-two-step', 'typed it into a page that turned out to be fake'] },
    { firm: 'verbatim', q: 'i think i typed my gmail password into a dodgy looking link', has: ['passwords', 'you typed it into a suspicious page'] },
    // A sentence on a password someone has seen or knows is not one on a password given away, which is a breach to report (as the
    // twenty-ninth round's test at the climbing centre holds).
    { firm: 'sootbusters', q: 'i think i typed my gmail password into a dodgy looking link', has: ['breach-reporting'], not: ['Change your password straight away if you think someone has seen it'] },
    // Where no sentence speaks of a password someone else may have, the breach policy still answers.
    { firm: 'linden', q: 'i think i typed my gmail password into a dodgy looking link', has: ['breach-reporting'] },
    { firm: 'harbour', q: 'pretty sure my flatmate watched me type my outlook password in', has: ['passwords-2fa', 'change it and tell Helen the same day'], not: ['Students come to the advice service'] },
  ]);
});

describe('a password seen, where the sentence on it says someone knows it', () => {
  it('reads "If you think someone knows your password" as the sentence on a password seen', () => {
    const ctx = contextOf('harbour-students-union');
    expect(passwordSeenAnswer(ctx, 'pretty sure my flatmate watched me type my outlook password in')?.sources).toEqual(['policy:passwords-2fa']);
    // A password asked for is no password seen.
    expect(passwordSeenAnswer(ctx, 'a student wants the bar wifi password')).toBeUndefined();
  });
});

describe('one of ours gone who can still get in, where no policy is titled on leavers', () => {
  cases([
    { firm: 'tanglestring', q: 'our freelance lighting guy finished last friday and he can still get into dropbox', has: ['passwords', 'Oli removes their access within a week'] },
    { firm: 'gearshare', q: 'a volunteer who stopped coming months ago can still log into the booking system', has: ['logins-devices', 'Bethan removes their logins within a week'], not: ['Bookings for fix-your-own-bike sessions'] },
    { firm: 'gearshare', q: 'jo stopped volunteering in june but can still see the rota', has: ['logins-devices', 'Bethan removes their logins within a week'], not: ['New volunteers apply through Better Impact'] },
  ]);

  it("reads a sentence on our people leaving, not one on a customer's contract ending", () => {
    const customers = "  - { id: portal, title: The customer portal, text: \"When a customer leaves, Mark removes their access to the portal.\" }";
    const ours = "  - { id: logins, title: Logins, text: \"When a freelancer's contract ends, Oli removes their access within a week.\" }";
    const told = 'our old engineer finished last month and can still get into the app';
    const ctxOf = (policies: string[]) => tinyFirmContext([TINY_SUPPLIER], policies);
    expect(leaverStillInAnswer(ctxOf([customers]), told)).toBeUndefined();
    expect(leaverStillInAnswer(ctxOf([customers, ours]), told)?.sources).toEqual(['policy:logins']);
    // Not one still in the building: a leaver told, but no access.
    expect(leaverStillInAnswer(ctxOf([ours]), 'our old engineer finished last month, can we still send him the rota?')).toBeUndefined();
  });
});

describe('a photo on one\'s own phone, the work camera left behind', () => {
  cases([
    { firm: 'tanglestring', q: 'teacher at the library session said pics are fine but i left the ipad in the van, can i just use my iphone?', has: ['photos-filming', 'never your own phone'] },
    // No picture asked: the van's paperwork, not the photo rule.
    { firm: 'tanglestring', q: 'i left the ipad in the van, can i just use my iphone for the tickets?', has: [], not: ['never your own phone'] },
  ]);
});

describe('a child seen to while the parent goes elsewhere', () => {
  cases([
    { firm: 'hennagold', q: 'mum wants her 8 yr old done at the stall while she goes to the food tent', has: ['mela-stalls', 'only with a parent or carer standing with them'] },
    // The parent waiting, not gone: no child left.
    { firm: 'hennagold', q: 'mum wants to get her henna done while she waits for her sister', has: [], not: ['only with a parent or carer standing with them'] },
  ]);
});

describe('a post asked to be got rid of', () => {
  cases([
    { firm: 'hennagold', q: "a client dm'd asking us to get rid of the post of her feet from last eid", has: ['photos-consent', 'Kiran removes it'], not: ['Consultation and patch-test forms are kept for three years'] },
    // Old papers got rid of are a keeping period, not a post.
    { firm: 'hennagold', q: 'can we get rid of the old consultation forms from 2019', has: ['records-retention'], not: ['Kiran removes it'] },
  ]);
});

describe('a music service asked after is a tool we do not hold', () => {
  cases([
    { firm: 'bedside', q: 'can we play the sunday playlist straight off spotify?', has: ["I can't find spotify", 'Ruth Ogden', 'passwords-new-tools'] },
    { firm: 'bedside', q: 'what song is number one on spotify this week', has: ["don't know"], not: ['If you want to try a new app'] },
  ]);
});

describe('the rule on new tools written as one sentence of a policy on passwords', () => {
  cases([
    { firm: 'strayline', q: 'any chance we could try trello for keeping track of callouts?', has: ["I can't find trello", 'passwords-2fa', "need Karen's agreement"], not: ['When someone leaves, Karen removes all their accounts'] },
    { firm: 'teacup', q: 'should we get on opentable as well? might get more weekday bookings', has: ["I can't find opentable", 'passwords-devices', "need Rosalind's agreement"], not: ['Tom removes their Deputy, ResDiary and Square access'] },
  ]);

  const supplier = '  - { id: xero, name: Xero, purpose: Accounts., locations: [UK], gdprStatement: { status: on-file } }';
  const passwords = (rule: string) => `  - { id: passwords, title: Passwords and two-step sign-in, text: "Use a different password for every account. ${rule}" }`;
  it('finds the rule by its sentence only where no policy is keyed or titled on new tools', () => {
    const ctxOf = (policies: string[]) => tinyFirmContext([supplier], policies);
    expect(newToolsPolicy(ctxOf([passwords("New apps that would hold customer details need Pat's agreement before anyone signs up.")]))?.id).toBe('passwords');
    // A sentence on new apps that asks no one's leave is no rule.
    expect(newToolsPolicy(ctxOf([passwords('New apps are set up by Pat on the office laptop.')]))).toBeUndefined();
    // A policy titled on new tools comes first.
    const titled = '  - { id: new-tools, title: New apps and websites, text: "Ask Pat before using any new app." }';
    expect(newToolsPolicy(ctxOf([passwords("New apps need Pat's agreement first."), titled]))?.id).toBe('new-tools');
  });

  it('quotes the rule alone, not the sentence before it, where "that" opens a clause of the rule\'s own', () => {
    const qa = tinyFirmQa([supplier], [passwords("When someone leaves, Pat removes their logins. New apps that would hold customer details need Pat's agreement first.")]);
    const ctx = { config: qa.config, index: qa.index, contact: 'Pat Doe', now: () => new Date('2026-12-06T10:00:00Z') };
    expect(newToolsRule(ctx)?.answer).not.toContain('When someone leaves');
    // A sentence that leans back on the one before keeps it: "Any new app not on it…" of the list the sentence before names.
    const leaning = tinyFirmQa([supplier], [passwords("Pat keeps the list of approved apps. Any new app not on it needs Pat's agreement before anyone installs it.")]);
    const leaningCtx = { config: leaning.config, index: leaning.index, contact: 'Pat Doe', now: () => new Date('2026-12-06T10:00:00Z') };
    expect(newToolsRule(leaningCtx)?.answer).toContain('Pat keeps the list of approved apps');
  });
});

describe('talk of ending a life, told as a plan', () => {
  cases([
    { firm: 'greenmind', q: "one of my lot told me by the raised beds he's planning to end it this weekend. im still at the allotment with him, what do i do", has: ['risk-assessment', 'stay with them'] },
    // An end planned for a thing is no life.
    { firm: 'greenmind', q: 'the committee is planning to end the tuesday group this year, do we tell the gps?', has: [], not: ['If someone tells you they plan to harm themselves, stay with them'] },
  ]);
});

describe('a friend request from one of those we serve, and a lift offered to them', () => {
  cases([
    { firm: 'greenmind', q: 'got a friend request on fb from a lovely chap in the tuesday group lol, rude not to accept?', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    { firm: 'greenmind', q: 'got a friend request from one of the participants, do i accept?', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    { firm: 'greenmind', q: 'a participant sent me a friend request on facebook, ok to accept?', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    // A request from a friend of one's own is no one we serve.
    { firm: 'greenmind', q: 'got a friend request from my old school mate, do i accept?', has: [], not: ['connect with them on personal social media'] },
    { firm: 'greenmind', q: "one of the regulars missed the 3.15 bus again, can i just drop him home, it's literally on my way to tesco", has: ['safeguarding-adults', 'Never give participants a lift in your own car'] },
    { firm: 'shelter', q: 'one of the guests missed the last bus, ok if i give him a lift back to town?', has: ['shelter-box-keys-and-lifts', 'Never give a guest a lift alone in your own car'] },
    // Things taken back are no lift.
    { firm: 'greenmind', q: 'the spades we borrowed from the allotment society, can i just take them back tomorrow?', has: [], not: ['Never give participants a lift in your own car'] },
  ]);
});

describe('someone fallen: the sentence on what to do', () => {
  cases([
    { firm: 'steadystep', q: "lady went over during the sit to stands, shes sat on the floor saying she's fine, do i pull her up", has: ['falls-in-class', 'do not lift them'] },
    { firm: 'steadystep', q: 'chap went down on the otago visit this morning and banged his head on the coffee table, says hes ok tho', has: ['falls-in-class', 'ring 999 if they hit their head'] },
    { firm: 'homeward', q: 'client fell in the bathroom this morning, what do i do', has: ['falls', 'Do not lift a client who is hurt'], not: ['If you cannot get in within 30 minutes of the visit time'] },
    // A thing gone down, and rent fallen behind, are no fall.
    { firm: 'steadystep', q: 'the zoom went down during the class and she couldnt get back on', has: ['Zoom'], not: ['If a client falls in a class or on a home visit'] },
    { firm: 'cornexchange', q: 'one of the traders fell behind on rent again', has: ['rent-and-arrears'] },
    // Where no sentence says what to do, the one that a fall is written down; never the rent rule on a trader falling behind.
    { firm: 'cornexchange', q: "a lady fell over by the fish stall, she's sat on the floor", has: ['incidents-and-breaches', 'a fall) goes in the TrackTik occurrence book'], not: ['If a trader falls four weeks behind'] },
    // Nor what an insurer asks for after a fall at a competition.
    { firm: 'saddleworksyard', q: "a client fell over in the yard, she's sat on the floor", has: [], not: ['If an insurer or loss adjuster asks for more'] },
  ]);
});

describe('a sign-in code come unasked', () => {
  cases([
    { firm: 'drywall', q: 'just got a text with a 6 digit code i never asked for?? bit weird', has: ['passwords-2fa', 'did not ask for, do not use it and tell Joanne at once'] },
    { firm: 'drywall', q: 'keep getting login codes i didnt request on my phone', has: ['passwords-2fa', 'did not ask for, do not use it and tell Joanne at once'] },
    // A key safe code given out is no code come unasked.
    { firm: 'drywall', q: 'the customer says the key safe code i gave her doesnt work, i never asked her to change it', has: [], not: ['If a code or password is ever texted to you that you did not ask for'] },
  ]);

  it('reads the code itself not asked for, not a pin sent that one did not ask to have changed', () => {
    const ctx = contextOf('drywall-damp-proofing');
    expect(codeUnaskedAnswer(ctx, 'just got a text with a 6 digit code i never asked for')?.sources).toEqual(['policy:passwords-2fa']);
    expect(codeUnaskedAnswer(ctx, 'the landlord sent a new pin for the alarm, i never asked for that')).toBeUndefined();
  });
});

describe('working alone, where the sentence on it sits in a policy on visits', () => {
  cases([
    { firm: 'drywall', q: 'doing a survey on my own out at a farmhouse in the dales thursday, no signal probably, anything i need to do', has: ['home-visits', 'Lone surveyors check in on the BrightHR lone-worker app'] },
    { firm: 'hennagold', q: "doing meena's bridal friday at her mum's in oadby, simran can't make it so i'll just go by myself, fine yeah?", has: ['home-visits', 'never one alone'] },
    // Going alone on an errand is no job done alone.
    { firm: 'hennagold', q: "i'll just go by myself to the wholesaler to get the henna powder", has: [], not: ['Two artists go to every bride, never one alone'] },
  ]);
});

describe('someone we do not know asking to be let in', () => {
  cases([
    { firm: 'forgehub', q: "bloke outside says he's a mate of gareth's and wants me to let him in, never seen him before", has: ['fobs-access', 'ask them to ring the bell'] },
    { firm: 'quayside', q: 'a woman at the door with no fob wants me to hold the door for her', has: ['fobs-and-access', 'open the door for someone you do not know'] },
    { firm: 'junctionyard', q: 'some guy says hes a member but i dont recognise him, wants me to buzz him in', has: ['access-fobs', 'Do not let people follow you in through the doors without a fob'] },
    // Someone known, come to work on the place, is no stranger at the door.
    { firm: 'forgehub', q: 'the plumber is here, can i let him in?', has: [], not: ['Never lend your fob or hold the door for someone you do not know'] },
  ]);
});

describe('a photo already posted of someone who had not agreed', () => {
  cases([
    { firm: 'tanglestring', q: 'oh no priyanka put up a pic on insta and one of the kids is on the no-photo list', has: ['incidents-breaches', 'take the post down first'] },
    { firm: 'minikickers', q: 'uploaded the wrong pics to the tuesday gallery including a no consent kid, spotted it after 5 mins, shall i just delete them and say nothing', has: ['breach-reporting', 'within 24 hours at most'] },
    { firm: 'rollhard', q: 'someone posted a photo of one of the juniors on our page but his mum didnt consent', has: ['breach-reporting', 'take the post down'] },
    // Leave asked before posting is the photo rule's.
    { firm: 'tanglestring', q: 'can i put up a pic of the workshop, one of the kids is on the no-photo list but she is at the back', has: ['photos-filming'], not: ['If it involves a child\'s photo, take the post down first'] },
  ]);

  it('reads a photo put up, not leave asked to put one up', () => {
    const ctx = contextOf('tanglestring-puppets');
    expect(unconsentedPostedAnswer(ctx, 'priyanka put up a pic on insta and one of the kids is on the no-photo list')?.sources).toEqual(['policy:incidents-breaches']);
    expect(unconsentedPostedAnswer(ctx, 'can i put up a pic of the workshop, one of the kids is on the no-photo list')).toBeUndefined();
  });
});

// Two independent reviews of this round's readings put neighbours to dev firms: stories that share the words but tell something else, and
// the same stories told in other words. Each over-reach was narrowed and each under-reach widened; both are kept here.
describe("the first review's over-reaches, narrowed", () => {
  cases([
    // "End it" with someone, or a tenancy, is no life.
    { firm: 'heartmatch', q: "one of our clients says she's planning to end it this weekend with the man we matched her with", has: [], not: ['If a member tells you they feel unsafe'] },
    { firm: 'willowbank', q: "the client says she's going to end it this weekend with her boyfriend, she's had enough of him", has: [], not: ['serious risk to the client'] },
    { firm: 'rentright', q: "member says she's going to end it this week - the tenancy i mean, landlord won't fix the damp", has: [], not: ['If a member tells you they are thinking of ending their life'] },
    // A price gone down, arrears fallen into, love fallen into, or sitting on the floor by choice, is no fall.
    { firm: 'kingfisher', q: 'the buyer agreed the berth price but then he went down on the price this morning, can we accept?', has: [], not: ['A man overboard, a fall between boat and pontoon'] },
    { firm: 'cornexchange', q: 'he fell in arrears with his pitch fees again, do we tell the other traders?', has: ['rent-and-arrears'], not: ['a lost child, a fall) goes in the TrackTik occurrence book'] },
    { firm: 'brightbridge', q: "he's sitting on the floor in his room playing his xbox again and won't come down for tea", has: [], not: ['Write an incident report in Nourish before the end of your shift for any fall'] },
    { firm: 'bluebell', q: 'mrs k is sat on the floor doing the chair exercises because she prefers it, is that ok?', has: [], not: ['find the member unwell or fallen, ring 999 first'] },
    // Taken back in, or a boat, bike or minibus taken back, is no lift.
    { firm: 'shelter', q: "he was barred last month but he's apologised, can i take him back?", has: [], not: ['Never give a guest a lift alone in your own car'] },
    { firm: 'tamar', q: 'a tutor who left us last year wants to rejoin, can i take her back?', has: [], not: ['never give a pupil a lift'] },
    { firm: 'ferrybridge', q: "the safety boat's engine is playing up, can i take her back to the slipway?", has: [], not: ["never give a junior a lift home without their parent's written agreement"] },
    { firm: 'throttleup', q: "the bike's engine light came on mid lesson, can i just run her back to the yard?", has: [], not: ['Never give a young rider a lift alone'] },
    { firm: 'greenmind', q: 'the minibus is at the garage, ok if i take her back on friday?', has: [], not: ['Never give participants a lift in your own car'] },
    // The post through the door is no post online.
    { firm: 'ashgrove', q: 'can we get rid of the post that keeps coming for the old tenant?', has: ['retention'], not: ['If someone asks for a photo to be taken down'] },
    // A member who stopped coming is no leaver of ours.
    { firm: 'stillpoint', q: 'a member who stopped coming last year can still see the members whatsapp group', has: [], not: ['When an employee or freelance teacher leaves, Priya removes their access'] },
    // A sponsored walk is no job done alone; a rule on whom one is never alone with is no rule on working alone.
    { firm: 'lighthouse', q: "i'm doing a sponsored walk on my own for the planetarium, can i post it on facebook?", has: [], not: ['Work-experience students (under 18) never work alone with children'] },
    { firm: 'brightbridge', q: "i'm working on my own at the house tonight as the other staff rang in sick", has: [], not: ['they never work alone with a tenant whose plan says'] },
    // "Every other system … (ask Nia to set them up)" is a rule on logins, not on new tools.
    { firm: 'kingfisher', q: 'can i sign up for a free canva account to make the posters?', has: ["I can't find canva"], not: ['Two-step sign-in must be switched on for every account that offers it'] },
    // Wifi found dodgy is no page that took the password.
    { firm: 'appleyard', q: 'typed my password in before i realised the cafe wifi was dodgy', has: ['passwords', 'If you think someone knows your password'] },
    // One's own phone to ring a client is no photo on it.
    // A parent who stays is no child left.
    { firm: 'hennagold', q: 'dad wants his 8 yr old done while he goes to get the car, mum is staying with her', has: [], not: ['only with a parent or carer standing with them'] },
  ]);

  // Where the firm's answer was the same before this round for other reasons, the reading itself is tried.
  it('does not read love fallen into as a fall, the post through the door as a post online, nor a phone to ring someone as one for photos', () => {
    expect(fallenAnswer(contextOf('glacier-ice-rink'), 'she fell in love with skating at the public session and wants to join the club')).toBeUndefined();
    expect(photoTakenDownAnswer(contextOf('fernleigh-salon'), 'can we get rid of the post that keeps coming for the old tenant?')).toBeUndefined();
    expect(photoTakenDownAnswer(contextOf('hennagold-mehndi'), "a client dm'd asking us to get rid of the post of her feet from last eid")?.sources).toEqual(['policy:photos-consent']);
    const fernleigh = contextOf('fernleigh-salon');
    expect(photoOnOwnPhoneAskedAnswer(fernleigh, "left the ipad at the salon so i can't check the photo consent list, can i use my own phone to ring the client?")).toBeUndefined();
    expect(photoOnOwnPhoneAskedAnswer(fernleigh, 'client wants pics of her colour but i left the ipad at home, can i use my own phone?')?.sources).toEqual(['policy:photo-consent']);
  });
  it('reads a job done alone, not a walk for charity, where a policy is titled on lone working', () => {
    const ctx = contextOf('carerslink-centre');
    expect(aloneAtWorkAnswer(ctx, "i'm doing a sponsored walk on my own for the centre, can i post it?")).toBeUndefined();
    expect(aloneAtWorkAnswer(ctx, "i'm doing a home visit on my own tomorrow, anything i need to do?")).toBeDefined();
  });
});

describe("the second review's under-reaches, widened", () => {
  cases([
    { firm: 'shelter', q: 'one of the guests asked if i could run her to the station in the morning, is that ok?', has: ['shelter-box-keys-and-lifts', 'Never give a guest a lift alone in your own car'] },
    { firm: 'greenmind', q: 'offered to take one of the regulars home after the session as it was chucking it down, was that ok?', has: ['safeguarding-adults', 'Never give participants a lift in your own car'] },
    { firm: 'greenmind', q: 'had a friend request off one of the participants, do i accept?', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    { firm: 'greenmind', q: 'got a facebook friend request from one of the ladies from the monday group', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    { firm: 'greenmind', q: 'a guy from the tuesday group friend requested me on fb', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    { firm: 'greenmind', q: 'one of the participants wants to add me on facebook, is that ok', has: ['safeguarding-adults', 'connect with them on personal social media'] },
    { firm: 'lincsway', q: 'patient took a tumble in the corridor at the hospital, does it need logging', has: ['incidents-and-accidents', 'Every patient fall'] },
    { firm: 'lincsway', q: 'let myself in with the key safe and found mrs evans on the floor in the hall', has: ['key-safes-and-homes', 'If you find the patient has fallen'] },
    { firm: 'brightbridge', q: 'tenant fell down the stairs last night, what do i need to do', has: ['incident-reports', 'for any fall'] },
    { firm: 'steadystep', q: 'one of my ladies slipped and fell during the class, shes on the floor', has: ['falls-in-class', 'do not lift them'] },
    { firm: 'homeward', q: 'found mr patel on the floor when i let myself in', has: ['falls', 'Do not lift a client who is hurt'], not: ['If you cannot get in within 30 minutes of the visit time'] },
    { firm: 'forgehub', q: "someone at the door reckons he's here for the laser induction but he's not on the list, can i let him in?", has: ['fobs-access', 'ask them to ring the bell'], not: ['membermojo: '] },
    { firm: 'forgehub', q: 'a lad i dont know is banging on the door asking to be let in to use the 3d printer', has: ['fobs-access', 'ask them to ring the bell'] },
    { firm: 'junctionyard', q: "bloke followed me in through the front door without a fob, didn't recognise him", has: ['access-fobs', 'Do not let people follow you in'] },
    { firm: 'drywall', q: 'random login code came through on my phone i never requested', has: ['passwords-2fa', 'did not ask for, do not use it'], not: ['Commusoft: '] },
    { firm: 'drywall', q: 'had a text with a microsoft sign in code but i wasnt logging in to anything', has: ['passwords-2fa', 'did not ask for, do not use it'], not: ['Commusoft: '] },
    { firm: 'drywall', q: 'going out on my own to a survey at an empty farmhouse tomorrow, what do i need to do', has: ['home-visits', 'Lone surveyors check in'] },
    { firm: 'drywall', q: 'heading out solo to a job on the moors tomorrow', has: ['home-visits', 'Lone surveyors check in'] },
    { firm: 'tanglestring', q: 'the sound guy we used for the christmas show still has access to our dropbox, his contract ended in january', has: ['passwords', 'Oli removes their access within a week'] },
    { firm: 'gearshare', q: "tom stopped helping out last year but he's still on the rota app", has: ['logins-devices', 'Bethan removes their logins within a week'] },
    { firm: 'forgehub', q: 'entered my password on a site i thought was membermojo but then noticed the url was weird', has: ['passwords-accounts', 'seen or phished'] },
    { firm: 'hennagold', q: 'customer asked us to delete the insta post with her hands in it', has: ['photos-consent', 'Kiran removes it'] },
    { firm: 'teacup', q: 'the work iphone has gone missing from behind the counter', has: ['passwords-devices', 'If the iPad or a phone with work email goes missing'] },
  ]);
});

describe('a forgotten till code, and one under 18 messaged on a personal account', () => {
  cases([
    { firm: 'teacup', q: "priya forgot her till code, can she just use mine for today's shift", has: ['passwords-devices', 'never share them'] },
    // A thing forgotten that is no login.
    { firm: 'teacup', q: 'priya forgot her apron, can she just use mine for the shift', has: [], not: ['never share them or clock in for someone else'] },
    { firm: 'harbour', q: 'can i just dm one of the first years on my own insta to remind her about the trip money, shes 17', has: ['safeguarding', 'must not message under-18s privately on personal accounts'], not: ['The bar runs Challenge 25'] },
  ]);

  it('reads one of them messaged only where they are under 18', () => {
    const ctx = contextOf('harbour-students-union');
    expect(youngDmedAnswer(ctx, 'can i just dm one of the first years on my own insta to remind her about the trip money, shes 17')?.sources).toEqual(['policy:safeguarding']);
    expect(youngDmedAnswer(ctx, "can i just dm one of the first years on my own insta about the trip money, she's 19")).toBeUndefined();
  });
});

describe("one party's paper sent to another by a slip, the receiver named first", () => {
  cases([
    { firm: 'reedbed', q: 'i emailed stalham high the booking form for catfield primary by mistake, shall i ring them and ask them to delete it', has: ['breach-reporting', 'contact the people yourself'] },
    // Sent on purpose, to the party it is for.
    { firm: 'reedbed', q: 'i emailed stalham high the booking form for their trip, is that ok', has: [], not: ['contact the people yourself'] },
  ]);
});

describe('asked to witness the will of someone we serve', () => {
  cases([
    { firm: 'steadystep', q: "one of my home visit ladies asked if i'd sign as witness on her will, her solicitor is coming tues", has: ['safeguarding-adults', 'never agree to be a witness to a will'] },
    { firm: 'silvercomb', q: 'mrs h wants me to witness her new will when i do her hair thursday', has: ['payments', "don't be a witness to a will"] },
    // A will mentioned, no witness asked of us.
    { firm: 'steadystep', q: 'one of my ladies says her will is with her solicitor, should i note that anywhere', has: [], not: ['never agree to be a witness to a will'] },
  ]);
});

describe("a third review's over-reaches, narrowed", () => {
  cases([
    // Lifts for one's own family, a colleague, a heifer or a dinghy.
    { firm: 'greenmind', q: 'my daughter missed her bus, ok if i run her to the station at lunch and come straight back?', has: [], not: ['Never give participants a lift in your own car'] },
    { firm: 'ferrybridge', q: "my wife's car is in the garage, i'll drop her home after the committee meeting", has: [], not: ["never give a junior a lift home without their parent's written agreement"] },
    { firm: 'greenmind', q: "my manager said i'll drop her home after the team meeting since we live on the same road", has: [], not: ['Never give participants a lift in your own car'] },
    { firm: 'thornbury', q: 'the prize heifer is loaded, can i take her home now or wait for the judges', has: ['showground-working'] },
    { firm: 'ferrybridge', q: 'the club laser needs repairs, can i take her home on the trailer over winter?', has: [], not: ["never give a junior a lift home without their parent's written agreement"] },
    // Went over in time, went down to the office or with covid, fell off a register.
    { firm: 'homeward', q: 'the client went over in the visit by 20 minutes again, can i claim the extra time?', has: [], not: ['Do not lift a client who is hurt'] },
    { firm: 'homeward', q: 'mrs k went down this morning to the office to complain about her carer', has: [], not: ['Do not lift a client who is hurt'] },
    { firm: 'lincsway', q: 'the patient went down during the week with covid, do we cancel her transport?', has: [], not: ['If you find the patient has fallen'] },
    { firm: 'steadystep', q: 'a member fell off the register after the system update, can we add her back?', has: [], not: ['If a client falls in a class or on a home visit'] },
    { firm: 'crystal', q: "he fell off the ladder at the last house and hurt his wrist, he's one of our window cleaners", has: [], not: ['If you see someone who has fallen or is unwell through a window'] },
    // A will of one's own family or neighbour.
    { firm: 'silvercomb', q: 'my nan asked me to witness her will on saturday, can i swap my sunday shift?', has: [], not: ["don't be a witness to a will"] },
    // Added to a form or a rota, and a friend request got by a member, are no request to staff.
    { firm: 'greenmind', q: 'one of the participants wants to add me as her emergency contact on her gp form, can i say yes?', has: [], not: ['connect with them on personal social media'] },
    { firm: 'carerslink', q: 'one of the carers wants to add me to the rota for the coffee morning', has: [], not: ['never follow or friend them on social media'] },
    { firm: 'heartmatch', q: 'one of the members got a friend request off a man from the tuesday group, what should she do?', has: [], not: ['Do not follow or friend members on your personal social media'] },
    // No picture in the story.
    { firm: 'bigtop', q: "we've uploaded the minutes of the agm, two members opted out of the mailing list, is that ok?", has: ['Mailchimp'], not: ['posted without consent'] },
    { firm: 'rollhard', q: 'shared the fixture list with the league, one player opted out of emails, does that matter?', has: [], not: ["a junior's photo posted without consent"] },
    { firm: 'tanglestring', q: "the audience survey results went up on the website; a few families said they didn't consent to marketing", has: [], not: ["If it involves a child's photo, take the post down first"] },
    // Gone on leave is not gone; a locker code or home wifi is no login.
    { firm: 'homeward', q: "jo has gone on maternity leave, she's still on the rota app for next month", has: [], not: ['Leavers are removed from the groups by their senior on their last day'] },
    { firm: 'forgehub', q: 'a member forgot her locker code, can she use mine?', has: [], not: ['we do not share the membermojo, Eventbrite or Net2 logins'] },
    { firm: 'harbour', q: 'my flatmate forgot her wifi password, can she use mine for the night?', has: [], not: ['Every person has their own login'] },
    // A guest at a party works no job; the wrong draft sent to the right person went nowhere wrong; a dog is no stranger at the door.
    { firm: 'fenwick', q: 'sent dave the list for the bbq by mistake, it was the old draft, oops', has: [], not: ['client data goes to the wrong person'] },
    { firm: 'quayside', q: 'a dog followed me in this morning, didnt recognise him, whose is he?', has: [], not: ['open the door for someone you do not know'] },
  ]);

  it("reads one party's paper sent to another, not a list for an event, nor the wrong draft sent to the right one", () => {
    expect(sentToWrongPerson('i emailed stalham high the booking form for catfield primary by mistake')).toBe(true);
    expect(sentToWrongPerson('sent dave the list for the bbq by mistake')).toBe(false);
    expect(sentToWrongPerson('emailed stalham high the form for catfield primary by mistake, it was the old draft')).toBe(false);
  });

  it('does not read going to a party as a guest as a job done alone', () => {
    const ctx = contextOf('hennagold-mehndi');
    expect(aloneAtWorkAnswer(ctx, "i'll just go by myself to the henna party at the client's house next month as a guest, fine?")).toBeUndefined();
    expect(aloneAtWorkAnswer(ctx, "simran can't make it so i'll just go by myself to the bridal at the client's house")?.sources).toEqual(['policy:home-visits']);
  });
});

// The seventy-third round's reading of a work phone lent to a relative and the seventy-eighth's of one lent to anyone read the same story
// twice; they are one reading now, each told way answered by its own sentence first and by the other where the firm has only that one.
describe('a work device lent, told either way, is one reading', () => {
  const supplier = '  - { id: xero, name: Xero, purpose: Accounts., locations: [UK], gdprStatement: { status: on-file } }';
  const careNotes = '  - { id: care-notes, title: Writing care notes, text: "Keep your work phone locked with its PIN and never let a client or relative use it." }';
  const devices = '  - { id: devices, title: Work phones and laptops, text: "Keep a six-digit screen lock on it and never lend it to anyone." }';
  const ctxOf = (policies: string[]) => tinyFirmContext([supplier], policies);
  const toRelative = "mr k's grandson asked to borrow my work phone to ring his mum";
  const toColleague = 'can wes borrow my work mobile to ring his missus?';
  it('answers each told way by its own sentence where the firm has both', () => {
    const ctx = ctxOf([careNotes, devices]);
    expect(deviceLentAnswer(ctx, toRelative)?.sources).toEqual(['policy:care-notes']);
    expect(deviceLentAnswer(ctx, toColleague)?.sources).toEqual(['policy:devices']);
  });
  it('answers by the other sentence where the firm has only that one', () => {
    expect(deviceLentAnswer(ctxOf([careNotes]), toColleague)?.sources).toEqual(['policy:care-notes']);
    expect(deviceLentAnswer(ctxOf([devices]), toRelative)?.sources).toEqual(['policy:devices']);
  });
  it("does not read one's own use of one's work phone", () => {
    expect(deviceLentAnswer(ctxOf([careNotes, devices]), 'can i use my work phone to ring my missus?')).toBeUndefined();
  });
});
