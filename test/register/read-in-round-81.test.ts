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

describe('photos on one\'s own phone, where the rule says a teacher\'s personal phone or the camera roll', () => {
  cases([
    { firm: 'halcyon', q: 'can i film the kids routine on my phone and send it to the parents after', has: ['photos-videos', 'use the studio iPad'] },
    { firm: 'wayfarer', q: 'took a pic of a nasty ankle on my iphone for the handover to the ambulance crew, is that ok', has: ['photos-social-media', 'Injury photos are taken only with the GoCanvas camera'] },
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

  it('reads no notes jotted in notepads asked after', () => {
    expect(paperNotesWhatAnswer(contextOf('northgate-tuition'), 'what do i do with the old notepads in the cupboard')).toBeUndefined();
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
