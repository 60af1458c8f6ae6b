import { describe, expect, it } from 'vitest';
import { whereaboutsAskedAnswer } from '../../src/register/situations/callers.ts';
import { paperNotesWhatAnswer } from '../../src/register/situations/confidences-and-slips.ts';
import { recordsTimedAnswer } from '../../src/register/situations/old-records.ts';
import { contextOf, devCasesOn, exampleFirms, tinyFirmContext, TINY_SUPPLIER } from './dev-questions.ts';

/**
 * What the eighty-first round mended in the answerer, beside its neighbours: the stories focus sets 90, 100 and 101 taught, the same
 * stories told otherwise or at other firms, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the
 * check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    northgate: 'northgate-tuition',
    ridgeway: 'ridgeway-keyholding',
    keystone: 'keystone-vetting',
    poppins: 'poppins-nanny-agency',
    halcyon: 'halcyon-dance-studio',
    wayfarer: 'wayfarer-event-medical',
    tidemill: 'tidemill-bike-hire',
    nightstop: 'nightstop-kirklees',
    cradlewell: 'cradlewell-doulas',
    resonance: 'resonance-music-therapy',
    muddyboots: 'muddyboots-mobile-farm',
    tamarisk: 'tamarisk-sea-cadets',
  }),
);

describe('a work device gone, told as not where it was carried or not found with where it fell', () => {
  cases([
    { firm: 'northgate', q: 'my work laptop was in my bag on the bus and now its not there, what happens now', has: ['breach-reporting', 'Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'ridgeway', q: 'cant find my work phone, think it fell out my pocket at the last site', has: ['lost-device', 'ring the control room at once'] },
    // Neighbour: a laptop in a bag that is only flat.
    { firm: 'northgate', q: 'my laptop was in my bag all day and now its not charging, who fixes it', has: [], not: ['Don Valley IT will wipe a lost laptop the same day'] },
  ]);
});

describe('a door forced, told as jemmied', () => {
  cases([
    { firm: 'ridgeway', q: 'turned up to an activation and the back doors been jemmied, ok if i just have a quick look inside', has: ['lone-working', 'signs of forced entry; call 999 and wait'] },
    { firm: 'ridgeway', q: 'the back door was kicked in when i got there, do i go in', has: ['lone-working', 'signs of forced entry'] },
    // Neighbour: a door that only sticks.
    { firm: 'ridgeway', q: 'the clients back door sticks when i lock up, anything i should do', has: [], not: ['signs of forced entry'] },
  ]);
});

describe('photos of children on one\'s own phone, where the rule on them says a teacher\'s personal phone or personal phones', () => {
  cases([
    { firm: 'halcyon', q: 'can i film the kids routine on my phone and send it to the parents after', has: ['photos-videos', 'use the studio iPad'] },
    // Neighbour: a rule against photographing one thing (ID) on one's own phone is no rule on photos at large.
    { firm: 'tidemill', q: 'took loads of great pics of the group at poleys bridge this morning on my phone, all adults. can i stick them on my own insta and tag the shop?', has: ['passwords-and-devices', "don't post anything from your own accounts"], not: ['Never photocopy, scan or photograph anyone'] },
  ]);
});

describe('a caller asking whether we teach someone called by name', () => {
  cases([
    { firm: 'northgate', q: "someone rang the office asking if we teach a boy called kai and what time he's at the library", has: ['callers', 'Never confirm to a caller that a pupil'] },
  ]);

  it('reads no pupil asked after in a subject asked after', () => {
    const ctx = contextOf('northgate-tuition');
    expect(whereaboutsAskedAnswer(ctx, 'a mum rang asking if we teach maths gcse as well')).toBeUndefined();
    expect(whereaboutsAskedAnswer(ctx, 'a man rang asking if we teach a girl named maisie')?.sources).toEqual(['policy:callers']);
  });
});

describe('notes jotted on paper, what to do with them asked', () => {
  cases([
    { firm: 'northgate', q: 'i scribbled down what the pupil said on a bit of paper during the session, what do i do with my notes now', has: ['safeguarding', 'Notes on paper are typed into CPOMS'] },
    { firm: 'cradlewell', q: 'scribbled the birth notes on my notepad as it was all so fast, what should i do with them', has: ['records-disposal', 'typed or scanned into Nestkeeper'] },
    { firm: 'resonance', q: 'jotted a few notes on a scrap of paper in the session cos the ipad died, what do i do with them now', has: ['records-retention', 'Paper notes are scanned into Cadenza'] },
  ]);

  it('reads no notes jotted in notepads asked after, nor another paper asked after beside them', () => {
    const ctx = contextOf('northgate-tuition');
    expect(paperNotesWhatAnswer(ctx, 'what do i do with the old notepads in the cupboard')).toBeUndefined();
    expect(paperNotesWhatAnswer(ctx, 'scribbled what the pupil said on a bit of paper in the session, what do i do with the invoice from the library')).toBeUndefined();
    expect(paperNotesWhatAnswer(ctx, 'scribbled what the pupil said on a bit of paper in the session, what do i do with it')?.sources).toEqual(['policy:safeguarding']);
  });
});

describe('records by the trade\'s name, given a length of time in a policy not titled on keeping records', () => {
  cases([
    { firm: 'halcyon', q: 'clearing out the office, theres accident book pages from years ago, can they go in the bin', has: ['health-information', 'Accident book pages are kept 3 years'] },
    { firm: 'tamarisk', q: 'how long do we hang on to the accident book page for the cadet who slipped on the pontoon', has: ['paper-records', 'kept until the cadet is 21'] },
    { firm: 'muddyboots', q: "having a sort out of the office, there's a pile of visit lists from the spring before last, ok to shred them", has: ['records-retention', 'visit lists 12 months for disease tracing'] },
    // Neighbour: papers no policy times by that name stay with the policy on keeping records.
    { firm: 'halcyon', q: 'clearing out the office, theres old consent forms from years ago, can they go in the bin', has: ['records-retention', 'Paper entry and consent forms are scanned'], not: ['Accident book pages are kept 3 years'] },
  ]);

  it('reads no length of time where the records have no trade\'s name, or two policies time them', () => {
    expect(recordsTimedAnswer(contextOf('tamarisk-sea-cadets'), 'how long do we keep stuff on the cadets')).toBeUndefined();
    const ctx = tinyFirmContext([TINY_SUPPLIER], [
      '  - { id: first-aid, title: First aid, text: "Accident book pages are kept 3 years." }',
      '  - { id: children, title: Children, text: "Accident book pages about a child are kept until they are 21." }',
    ]);
    expect(recordsTimedAnswer(ctx, 'how long do we keep the accident book')).toBeUndefined();
    expect(recordsTimedAnswer(tinyFirmContext([TINY_SUPPLIER], ['  - { id: first-aid, title: First aid, text: "Accident book pages are kept 3 years." }']), 'how long do we keep the accident book')?.sources).toEqual(['policy:first-aid']);
  });
});

describe('what we have written about someone, asked by them', () => {
  cases([
    { firm: 'northgate', q: 'a 13 year old i tutor asked what weve got written about her. how long have we got to get back to her', has: ['subject-access', 'we reply within one calendar month'] },
    // Neighbour: wanting to see it, where the firm's rule on the record itself says she may.
    { firm: 'nightstop', q: "yp at the office door wanting to see what we've got written about her, shes a bit wound up about it. am i even allowed to let her see it", has: ['risk-assessments', 'it is their information'] },
  ]);
});

describe("what is on someone's certificate, asked, is no supplier's certifications", () => {
  cases([
    { firm: 'keystone', q: 'the football club secretary wants to know whats actually on one of their coaches certificates, can i tell him', has: ['certificate-information', 'nothing about its content'] },
    // Neighbour: a supplier's certificates asked after by that word.
    { firm: 'keystone', q: 'what certificates does hubspot have', has: ['HubSpot CRM', 'SOC 2'], not: ['nothing about its content'] },
  ]);
});

describe("the round's review: over-reaches narrowed", () => {
  cases([
    // A device in one's bag, now gone slow or glitchy, is not lost; nor is a thing of the device's not found.
    { firm: 'northgate', q: 'my work laptop was in my bag and now its gone really slow, is that a virus', has: [], not: ['Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'ridgeway', q: 'my work phone was in my pocket in the rain and now its gone all glitchy, who do i ask to fix it', has: [], not: ['If one is lost or stolen, ring the control room at once'] },
    { firm: 'northgate', q: 'cant find my laptop charger, think it fell out of my bag, can i get another', has: [], not: ['Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'tamarisk', q: 'cant find the unit tablet stylus, think it dropped in the boathouse', has: [], not: ['If a unit phone, tablet or laptop is lost'] },
    // A key safe prised open by us because it stuck is no sign of forced entry.
    { firm: 'ridgeway', q: 'i had to prise open the key safe cos it was stuck, is that ok', has: [], not: ['signs of forced entry'] },
    // Notes on paper about our own work, or a question about another paper, are not a session's notes.
    { firm: 'northgate', q: 'took notes on paper in the staff meeting about the new rota, what do i do with them', has: [], not: ['Notes on paper are typed into CPOMS'] },
    { firm: 'northgate', q: 'i jotted the pupils homework on a bit of paper for them, what do i do with it if they leave it', has: [], not: ['Notes on paper are typed into CPOMS'] },
    { firm: 'northgate', q: 'i wrote the parents number on a post-it, what do i do with the invoice from the venue', has: [], not: ['Notes on paper are typed into CPOMS'] },
    { firm: 'cradlewell', q: 'scribbled my mileage on a scrap of paper, what do i do with it for expenses', has: [], not: ['typed or scanned into Nestkeeper'] },
    // The police asking what we have written about a pupil is a caller, not the pupil's own request.
    { firm: 'northgate', q: 'the police rang and asked what weve got written about him, can i tell them', has: ['callers'], not: ['we reply within one calendar month'] },
  ]);

  it('reads no pupil asked after where a course, a style or a class is, or where our own manager asks', () => {
    const ctx = contextOf('northgate-tuition');
    expect(whereaboutsAskedAnswer(ctx, 'a parent rang asking if we teach a course called 11 plus prep')).toBeUndefined();
    expect(whereaboutsAskedAnswer(ctx, 'someone rang asking if we teach a subject called further maths')).toBeUndefined();
    expect(whereaboutsAskedAnswer(ctx, "my manager asked if we teach a pupil called ruby, she's doing the rota")).toBeUndefined();
    expect(whereaboutsAskedAnswer(ctx, 'yvonne emailed asking if we teach a pupil called ruby, she is sorting the invoices')).toBeUndefined();
  });
});

describe("the round's review: under-reaches widened", () => {
  cases([
    { firm: 'northgate', q: 'my laptop was in my rucksack when i got on the tram and now it isnt', has: ['breach-reporting', 'Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'northgate', q: 'can i take a pic of the pupils essay on my phone to send to mum', has: ['contact-with-pupils', 'never taken on personal phones'] },
    { firm: 'northgate', q: 'wrote down what the pupil told me in my notebook, what happens to it now', has: ['safeguarding', 'Notes on paper are typed into CPOMS'] },
    { firm: 'northgate', q: 'i took notes on paper during the session about what kai said, where do they go', has: ['safeguarding', 'Notes on paper are typed into CPOMS'] },
    { firm: 'poppins', q: 'scribbled interview notes on my notepad, where do they go', has: ['lost-devices-and-paper', 'typed into Recruit CRM within 24 hours'] },
    { firm: 'northgate', q: 'a pupil asked what we have written about him, how long do we have to reply', has: ['subject-access', 'we reply within one calendar month'] },
    { firm: 'keystone', q: 'the club secretary asked what his coachs certificate says, can i tell him', has: ['certificate-information', 'nothing about its content'] },
  ]);
});

describe("the round's second review: over-reaches narrowed", () => {
  cases([
    // A device gone wrong, someone else's, one's own with no work on it, or found again, is no work device lost.
    { firm: 'northgate', q: 'my laptop was in my bag and now its gone and got coffee all over it, who do i tell', has: [], not: ['Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'northgate', q: 'the pupils ipad was in his bag and now its not there, his mum is going mad at me', has: [], not: ['Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'northgate', q: 'my personal phone was in my coat on the bus and now its gone, nothing work related on it tho', has: [], not: ['Don Valley IT will wipe a lost laptop the same day'] },
    { firm: 'ridgeway', q: 'cant find my phone signal at the last site, think the network dropped out, is that a lone working problem', has: [], not: ['If one is lost or stolen, ring the control room at once'] },
    { firm: 'ridgeway', q: 'cant find my work phone, think i dropped it in the van, yep found it under the seat all good', has: [], not: ['If one is lost or stolen, ring the control room at once'] },
    // Paper written on in a session that is no note of what was said.
    { firm: 'northgate', q: 'wrote the wifi password on a bit of paper during the session, what do i do with it', has: [], not: ['Notes on paper are typed into CPOMS'] },
    { firm: 'northgate', q: 'took notes on paper at the fire safety training session, what do i do with them', has: [], not: ['Notes on paper are typed into CPOMS'] },
    { firm: 'northgate', q: 'made some notes on paper during the call with the accountant about the invoices, what do i do with them', has: [], not: ['Notes on paper are typed into CPOMS'] },
    { firm: 'cradlewell', q: 'scribbled down the hospital car park code on a scrap of paper at the birth, what do i do with it', has: [], not: ['typed or scanned into Nestkeeper'] },
    // A photo of a thing on one's phone is not one of a pupil, whatever the rule on pupils' photos says.
    { firm: 'northgate', q: 'can i take a photo of the broken boiler at the library on my phone to send to the landlord', has: [], not: ['never taken on personal phones'] },
    // Someone else asking what we have written about a pupil is not the pupil's own request.
    { firm: 'northgate', q: 'the gp asked what weve got written about her, can i send it', has: [], not: ['we reply within one calendar month'] },
    { firm: 'northgate', q: 'her ex husband asked what weve got written about her, do i tell him', has: [], not: ['we reply within one calendar month'] },
  ]);
});
