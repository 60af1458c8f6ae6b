import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import type { VigilConfig } from '../../src/config/schema.ts';
import { devQaOf } from './dev-questions.ts';

/**
 * The review of issue 17's thirty-fourth round: questions its rules answered worse than before, each beside the case
 * the rule was written for, which must keep its answer.
 */
const config = (slug: string): VigilConfig => loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname);
const firm = (slug: string) => devQaOf(config(slug));
const DONT_KNOW = "I don't know how to answer that";

describe('how long a thing lasts: data an entry names is the register\'s, a thing that takes a while or keeps by itself is not', () => {
  it.each([
    ['kittiwake-it', 'how long do voicemails last?', 'Gradwell'],
    ['brightwater-opticians', 'how long do the oct scans last?', 'RetinaVault'],
    ['oakwise-tree-surgeons', 'how long do the tracker journeys last?', 'Quartix'],
    ['fernleigh-salon', 'how long do old timesheets last?', 'Deputy'],
    ['puddleduck-nursery', 'how long do the body maps last?', 'CPOMS'],
    ['lynwood-cars', 'how long do the dashcam clips last before they get overwritten?', 'SmartWitness'],
  ])('%s: "%s" gets the entry that keeps it', (slug, q, supplier) => {
    expect(firm(slug).ask(q).answer).toContain(supplier);
  });
  it.each([
    ['beanwagon-coffee', 'how long does oat milk last once opened?'],
    ['marshgate-motors', 'how long does an mot take?'],
    ['larkfield-home-care', 'how long does a dbs check take?'],
  ])('%s: "%s" stays don\'t-know', (slug, q) => {
    expect(firm(slug).ask(q).answer).toContain(DONT_KNOW);
  });
});

describe('a broken thing: the entry that mends it where its keywords name the thing, else don\'t-know', () => {
  it('the IT firm whose keywords say wifi answers who fixes the wifi', () => {
    expect(firm('hawthorn-vets').ask("the wifi isn't working, who fixes it?").answer).toContain('Dalesbyte IT');
  });
  it('a panic button an app\'s entry also names is still nobody\'s to mend', () => {
    const answer = firm('stepwell-podiatry').ask('the panic button by reception isnt working, who fixes it');
    expect(answer.answer).not.toContain('StaySafe');
  });
});

describe('a thing asked where it is, whose whole name titles a policy: that policy', () => {
  it.each([
    ['beanwagon-coffee', "where's the cash tin?", 'Van keys, the key safe and the cash tin'],
    ['ledgerlight-bookkeeping', 'do we have any spare usb sticks in the office?', 'Laptops, phones and USB sticks'],
  ])('%s: "%s"', (slug, q, title) => {
    expect(firm(slug).ask(q).answer).toContain(title);
  });
  it('one word of a title is not the thing: the padlock key is not the customers\' keys policy', () => {
    expect(firm('sparkwise-electrical').ask('wheres the key for the padlock on the lock up').answer).not.toContain("Customers' keys");
  });
  it('a spare thing no title names stays don\'t-know', () => {
    expect(firm('puddleduck-nursery').ask('where are the spare nappies').answer).toContain(DONT_KNOW);
  });
});

describe('a well-known tool typed as two words: not where the words are the English they are made of', () => {
  it.each([
    ['kilnworks-pottery', 'can we transfer the bookings to the new system?'],
    ['hawthorn-vets', 'how do we transfer the client files to the new laptop?'],
    ['marshgate-motors', 'a customer put his keys and v5 in the drop box after hours, is that ok?'],
  ])('%s: "%s" names no tool we do not hold', (slug, q) => {
    const answer = firm(slug).ask(q).answer;
    expect(answer).not.toContain("can't find wetransfer");
    expect(answer).not.toContain("can't find dropbox");
  });
  it.each([
    ['beanwagon-coffee', 'drop box for the wedding photos? easier to share with the couples'],
    ['kilnworks-pottery', 'is it ok to send the class photos by we transfer?'],
  ])('%s: "%s" is still the tool', (slug, q) => {
    expect(firm(slug).ask(q).answer).toMatch(/can't find (?:dropbox|wetransfer)/);
  });
});

describe('a name at the head of a question: what is said of it is not its second half', () => {
  it('a slip for one of ours before "ok" is ours', () => {
    expect(firm('kestrel-physio').ask('clinko ok for the notes?').answer).toContain('Cliniko:');
  });
  it('a body of ours before "asked" is ours', () => {
    expect(firm('ledgerlight-bookkeeping').ask("hmrc asked for a client's payroll records").answer).not.toContain('hmrcasked');
  });
  it('a name typed in two pieces is still one name', () => {
    expect(firm('stepwell-podiatry').ask('docu sign for the consent forms?').answer).toContain('new app');
  });
});

describe('one of ours gone who can still get in: a person who left, not a thing left somewhere or a vehicle gone out', () => {
  it('a van that left the yard and still shows on the tracker is not a leaver', () => {
    const answer = firm('oakwise-tree-surgeons').ask('the van left the yard an hour ago and i can still see it on the tracker, is that normal?');
    expect(answer.answer).not.toContain('Starters and leavers');
  });
  it('a tablet left at a stall that can still open an app is not a leaver', () => {
    const answer = firm('oakwise-tree-surgeons').ask('she left the tablet at the site and it can still open companycam');
    expect(answer.answer).not.toContain('Starters and leavers');
  });
  it.each([
    'the apprentice left last month but can still log into arbostar',
    'our old groundsman left the company and can still get into the gmail',
  ])('"%s" is still the leavers policy', (q) => {
    expect(firm('oakwise-tree-surgeons').ask(q).answer).toContain('Starters and leavers');
  });
});

describe('a body with no right of its own asking after someone: not a policy titled on relatives alone', () => {
  it('the council asking after a carer is not the policy on telling family members', () => {
    const answer = firm('larkfield-home-care').ask('the council officer wants the details of the carer who visited');
    expect(answer.answer).not.toContain('Sharing information with family members');
  });
  it('a policy on relatives and other callers still answers the police asking after someone', () => {
    const answer = firm('hollins-funeral').ask('a police officer rang asking for the address of one of our families');
    expect(answer.answer).toContain('Talking to relatives and other callers');
  });
});

describe('a broken thing an entry is called by, and a confidential collection: the entry, not don\'t-know', () => {
  it('the fob reader where an entry\'s alias is fobs', () => {
    expect(firm('kingfisher-marina').ask("the fob reader on the gate isn't working, who fixes it?").answer).toContain('Paxton Net2');
  });
  it('a stand for the till is no till', () => {
    expect(firm('beanwagon-coffee').ask('the till stand in van 2 is wobbly, can someone bring an allen key').answer).not.toContain('Square:');
  });
  it('when the confidential waste is collected is the shredding entry\'s', () => {
    expect(firm('kestrel-physio').ask('when does the confidential waste collection come?').answer).toContain('Shred Station');
  });
});
