import { describe, expect, it } from 'vitest';
import { leaverStillInAnswer } from '../../src/register/situations/logins.ts';
import { passwordSeenAnswer } from '../../src/register/situations/watched-and-alone.ts';
import { codeUnaskedAnswer } from '../../src/register/situations/scams.ts';
import { newToolsPolicy, newToolsRule } from '../../src/register/new-tools-policy.ts';
import { contextOf, devCasesOn, exampleFirms, tinyFirmQa } from './dev-questions.ts';

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
    hotplate: 'hotplate-meals-on-wheels',
    cornexchange: 'cornexchange-market-traders',
    saddleworksyard: 'saddleworks-equine-physio',
    drywall: 'drywall-damp-proofing',
    quayside: 'quayside-works',
    junctionyard: 'junction-yard-cowork',
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
    const ctxOf = (policies: string[]) => {
      const qa = tinyFirmQa(['  - { id: xero, name: Xero, purpose: Accounts., locations: [UK], gdprStatement: { status: on-file } }'], policies);
      return { config: qa.config, index: qa.index, contact: 'Pat Doe', now: () => new Date('2026-12-06T10:00:00Z') };
    };
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
    const ctxOf = (policies: string[]) => {
      const qa = tinyFirmQa([supplier], policies);
      return { config: qa.config, index: qa.index, contact: 'Pat Doe', now: () => new Date('2026-12-06T10:00:00Z') };
    };
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
    { firm: 'hotplate', q: 'mrs jones had a fall in the kitchen, shes sat on the floor when i got there', has: ['no-answer', 'do not lift them'] },
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
