import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devQaOf } from './dev-questions.ts';

/**
 * The review of issue 17's thirty-first round: rules that took ordinary questions to "don't know" or to the wrong
 * policy, each mended beside the accepted neighbour the round was made for. A dead battery or a new charger is the
 * register's where a supplier's work is batteries; a "new lead" is a sales lead, not a cable; an email address taken
 * off the newsletter is an unsubscribe, not an erasure; papers "out by" a time is the paper-round policy's.
 */
const firm = (slug: string) => devQaOf(loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname));
const DONT_KNOW = "I don't know how to answer that";

describe('a battery told dead: the register\'s where a supplier\'s work is batteries, else "don\'t know"', () => {
  it('the solar installer: a customer\'s dead battery and its warranty is the battery maker\'s entry', () => {
    expect(firm('sunmead-solar').ask('customer says their battery is dead, who do we contact about the warranty').sources).toEqual(['register:givenergy']);
  });
  it('the cycle shop: a dead e-bike battery is the motor maker\'s entry (diagnostics and warranty)', () => {
    expect(firm('pennant-cycles').ask('bosch battery is dead on a customer bike').sources).toEqual(['register:bosch-ebike']);
  });
  it('accepted neighbour: the locksmiths\' card reader battery is a gadget\'s upkeep, "don\'t know"', () => {
    const answer = firm('keystone-locksmiths').ask('card reader battery is dead how do i charge it');
    expect(answer.answer).toContain(DONT_KNOW);
    expect(answer.sources).toEqual([]);
  });
  it('accepted neighbour: a new charger cable for the card reader is "don\'t know"', () => {
    expect(firm('keystone-locksmiths').ask('where do i get a new charger cable for the card reader').answer).toContain(DONT_KNOW);
  });
});

describe('a "new lead" is a sales lead, not a cable', () => {
  it('the solar installer: a new lead from the website goes to the CRM\'s entry', () => {
    expect(firm('sunmead-solar').ask('a new lead came in from the website, where do i put it').sources).toEqual(['register:hubspot']);
  });
});

describe('an email address taken off the newsletter is an unsubscribe; a number wiped is an erasure', () => {
  it('the e-bike shop: "remove their email address from the newsletter" is the marketing policy', () => {
    expect(firm('spokesmith-ebikes').ask('someone wants us to remove their email address from the newsletter').sources).toEqual(['policy:marketing-consent']);
  });
  it('accepted neighbour: "wipe his number off our system" is the requests policy', () => {
    expect(firm('spokesmith-ebikes').ask('bloke emailed asking us to wipe his number off our system').sources).toEqual(['policy:data-requests']);
  });
});

describe('a time something must be done by: "don\'t know" for vans back, the policy where one says the time', () => {
  it('the village shop: papers "out by" a time is the paper-round policy (rounds start no earlier than 06:00)', () => {
    expect(firm('ashby-parva-stores').ask('what time do the papers have to be out by').sources).toEqual(['policy:young-workers']);
  });
  it('accepted neighbour: when the vans have to be back is "don\'t know"', () => {
    expect(firm('thackeray-removals').ask('what time have the vans got to be back').answer).toContain(DONT_KNOW);
  });
});
