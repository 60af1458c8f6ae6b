import { describe, expect, it } from 'vitest';
import { asksWhatToDo } from '../../src/register/intents.ts';
import { sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { safeguardingAnswer, youngMessagedAnswer } from '../../src/register/situations/children.ts';
import { copyAskedAnswer } from '../../src/register/situations/documents-asked.ts';
import { inBackgroundAnswer } from '../../src/register/situations/photos.ts';
import { unnamedToolAnswer } from '../../src/register/situations/unnamed-tool.ts';
import { oldRecordsClearOutAnswer } from '../../src/register/situations/old-records.ts';
import { footageRequestAnswer } from '../../src/register/situations/requests.ts';
import { contextOf, devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 109 and focus set 15 (written blind, read in the fifty-sixth round): what their misses taught, each beside a neighbour
// that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    sweeps: 'sootbusters-sweeps',
    yard: 'hollybrook-equestrian',
    blocks: 'keyfold-block-management',
    aquatics: 'reefside-aquatics',
    counselling: 'willowbank-counselling',
    tees: 'threadbare-tees',
    waste: 'sharpsafe-waste',
    health: 'steelcity-occupational-health',
    advice: 'tawe-money-advice',
    farriers: 'anvil-and-hoof-farriers',
    osteopath: 'alder-osteopathy',
    karate: 'tenshin-karate',
    aupairs: 'compass-au-pairs',
    scouts: 'ferncliffe-scouts',
    butchers: 'moorgate-butchers',
    acupuncture: 'lotusgate-acupuncture',
    hostel: 'cobblewynd-hostel',
    tiles: 'glazewell-tiles',
    refill: 'refillery-stroud',
    motorhomes: 'roamwell-motorhomes',
    glazing: 'paneworks-glazing',
    valet: 'skyport-valet-parking',
    coding: 'bytesize-coding-club',
  }),
);

describe('a tool we do not hold, by a name the lists had not known', () => {
  cases([
    // Before: the paperwork policy, the retention policy, "don't know".
    { firm: 'sweeps', q: 'can i scan the job sheets with adobe scan on my phone instead of bringing them in on friday', has: ["can't find adobe scan", 'new-tools'] },
    { firm: 'yard', q: 'can i record the hacks on equilab and share the routes with the liveries', has: ["can't find equilab", 'new-tools'] },
    // "Otter" is an everyday word: a tool only where it is taken on or said to do a tool's job.
    { firm: 'blocks', q: 'apparently otter can transcribe the agm and write the minutes for us, can we use it?', has: ["can't find otter", 'new-tools'] },
    { firm: 'tees', q: 'is trustpilot something we use? customer asked where to leave a review', has: ["can't find trustpilot"] },
    // Neighbours: the animal, and "google keep" that is Google keeping something.
    { firm: 'aquatics', q: 'we saw an otter on the river walk today', has: ["don't know"], not: ["can't find otter"] },
    { firm: 'counselling', q: 'does google keep our emails in the uk?', has: ['Google Workspace'], not: ["can't find"] },
  ]);
});

describe('a story whose policy the rules had missed', () => {
  cases([
    // Before: the van paperwork policy. A phone someone "had off the seat" is stolen.
    { firm: 'sweeps', q: 'someone smashed the van window in ludlow tesco car park and had the work phone off the seat', has: ['lost-devices', 'get a crime number'] },
    // Neighbour: a phone off the hook is taken by no one.
    { firm: 'sweeps', q: 'someone had the phone off the hook all morning', has: ["don't know"], not: ['lost-devices'] },
    // Before: "don't know". How quick we must act, asked after the story, asks what to do.
    { firm: 'aquatics', q: 'bloke replied to the newsletter just saying take me off this. how quick do i have to do it', has: ['marketing', 'remove them within 2'] },
    // Before: "don't know". A report sent to someone at quite another client is a slip.
    { firm: 'health', q: 'just sent a ffw report for a lad at the tinsley steelworks to the hr contact at a completely different client via egress 😬', has: ['breach-reporting', 'revoke it at once'] },
    // Before: the mobile unit's policy. Old records by the trade's own name, found and asked whether to bin, are kept by the retention rule.
    { firm: 'health', q: 'found a box of old audiograms from 2009 in the back office cupboard, ok to bin them?', has: ['health-records-retention', 'kept for 40 years from the last entry'] },
    // Before: the incinerator's entry, aliased by its town. "In oldbury" is where the story happened.
    { firm: 'waste', q: 'wayne had a needlestick off a loose sharp at the vets in oldbury, done the injury report, how long do we keep that', has: ['records-retention', 'kept 40 years'] },
    // Neighbour: the town said as the supplier still names it.
    { firm: 'waste', q: 'what do we send to oldbury?', has: ['Black Country Thermal Treatment'] },
    // Before: the home visits policy. Bruises up both arms of a child are a concern.
    { firm: 'advice', q: "home visit in bonymaen this morning, the client's little lad had bruises up both arms and she went really jumpy when i asked. rhodri's off today, who do i tell", has: ['safeguarding', 'Carys if Rhodri is away'] },
    // Before: the breach policy and the photos policy. Footage asked to be sent, or filmed for the police, is the CCTV policy's.
    { firm: 'yard', q: "livery on box 7 reckons someone's been nicking her hay, she wants me to send her the cctv from last night", has: ['cctv', 'goes to Rosalind'] },
    { firm: 'yard', q: 'police popped in about the quad bike stolen down the lane, can i just film the camera screen on my phone for them', has: ['cctv', 'never film the screen on your phone'] },
  ]);

  it('reads each story by its rule, beside its neighbour', () => {
    expect(asksWhatToDo('bloke replied to the newsletter saying take me off. how quick do i have to do it')).toBe(true);
    expect(asksWhatToDo('how quick is the broadband at the office?')).toBe(false);
    expect(sentToWrongPerson('sent the report to the hr contact at a completely different client')).toBe(true);
    expect(sentToWrongPerson('sent the cv to the hiring manager at another client this morning')).toBe(false);
    const yard = contextOf('hollybrook-equestrian');
    const advice = contextOf('tawe-money-advice');
    expect(safeguardingAnswer(advice, 'the little lad had bruises up both arms')?.sources).toEqual(['policy:safeguarding']);
    expect(safeguardingAnswer(advice, 'the grey pony had bruises up both legs after the show')).toBeUndefined();
    expect(footageRequestAnswer(yard, 'the police want to know how long we keep cctv, can i find out for them')).toBeUndefined();
    const health = contextOf('steelcity-occupational-health');
    expect(oldRecordsClearOutAnswer(health, 'found a box of old audiograms from 2009, can we use the box for the van?')).toBeUndefined();
  });
});

describe('a story told in the words of its own policy, not of another that shares a noun', () => {
  cases([
    // Before: the riders' medical notes policy. A form found blowing about is a paper astray: the breach policy.
    { firm: 'yard', q: 'found a riders medical form blowing round the outdoor school this morning, popped it back in the office. do i need to tell anyone or is that fine', has: ['breach-reporting', 'not sure it counts'] },
    // Before: the photos policy ("under 18"). A young helper messaged on one's own phone: how young ones are contacted.
    { firm: 'yard', q: 'ok if i text freya (one of the 16yo helpers) on my own mobile to see if she can do sunday mucking out?', has: ['young-volunteers', 'through their parents'] },
    // Before: RideBook's entry. A group chat asked to be set up is a tool we do not hold.
    { firm: 'yard', q: 'the pony club mums want a group chat for pony club week with all the parents numbers in it, can i set one up for them', has: ['new-tools', 'including free ones and group chats'] },
    // Before: the CCTV policy ("car park"). Cars caught in the background of one's own photos: the photos policy that says what to frame out.
    { firm: 'blocks', q: 'doing the quarterly walk round at brunel court, theres loads of cars in the car park in the background of my shots, does that matter', has: ['site-inspections', 'car number plates'] },
    // Before: "don't know". A copy of a paper asked for by someone: the policy that keys the paper and rules whom copies go to.
    { firm: 'waste', q: "a bloke at the tattoo studio in bilston asked for a copy of the con note, hes not the one we normally deal with", has: ['consignment-notes', 'Never give a copy to anyone else'] },
  ]);

  it('reads each story by its rule, beside its neighbour', () => {
    const yard = contextOf('hollybrook-equestrian');
    expect(youngMessagedAnswer(yard, 'can i text one of the 15 year old volunteers from my own phone?')?.sources).toEqual(['policy:young-volunteers']);
    expect(youngMessagedAnswer(yard, 'can i text the farrier from my own phone?')).toBeUndefined();
    // A group chat where the register holds a messaging app (the farriers' WhatsApp) is on a tool of ours.
    expect(unnamedToolAnswer(yard, 'can we set up a group chat for the liveries?')?.sources).toEqual(['policy:new-tools']);
    expect(unnamedToolAnswer(contextOf('anvil-and-hoof-farriers'), 'can we set up a group chat for the staff?')).toBeUndefined();
    const blocks = contextOf('keyfold-block-management');
    expect(inBackgroundAnswer(blocks, 'a resident was in the background of my photos')?.sources).toEqual(['policy:site-inspections']);
    expect(inBackgroundAnswer(blocks, 'there was music in the background of the call')).toBeUndefined();
    const waste = contextOf('sharpsafe-waste');
    expect(copyAskedAnswer(waste, 'the practice manager asked for a copy of the transfer note')?.sources).toEqual(['policy:consignment-notes']);
    expect(copyAskedAnswer(waste, 'the driver asked for a copy of the rota')).toBeUndefined();
  });
});

describe('small talk the model is sure of, though a word meets a policy or an entry', () => {
  cases([
    // Before: the customer keys policy ("key cabinet"), Jobber's entry ("diary"), Mailchimp's ("newsletter").
    { firm: 'aquatics', q: 'who ate my pasty out of the back office fridge, it was right next to the key cabinet', has: ["don't know"], not: ['customer-keys'] },
    { firm: 'sweeps', q: 'whos down for the saturday jobs in the diary next week, i did the last two', has: ["don't know"], not: ['Jobber'] },
    { firm: 'yard', q: 'the christmas show photos in the newsletter look amazing, who took them?', has: ["don't know"], not: ['Mailchimp'] },
  ]);
});

describe("the round's rules, as an independent review tried them on other firms", () => {
  cases([
    // Spoilt by the first cut, mended: old things that are nobody's records stay as they were; a policy of the firm's own on
    // setting up chat groups stands before the rule on new tools.
    { firm: 'farriers', q: 'found a box of old horseshoes from 1990 in the forge, ok to bin them?', has: ["don't know"], not: ['How long we keep records'] },
    { firm: 'karate', q: 'can i set up a group chat for the junior squad?', has: ['contacting-juniors'] },
    // Missed by the first cut: the child said a few words before the bruises; a paper "there's" blowing round; "juniors" read as children.
    { firm: 'karate', q: 'one of the kids in the tuesday class has bruises up both arms', has: ['safeguarding'] },
    { firm: 'aupairs', q: 'au pair says the little boy she looks after has bruises up both legs', has: ['safeguarding'] },
    { firm: 'scouts', q: 'theres a register blowing round the field after the fete', has: ['breach'] },
    { firm: 'karate', q: 'one of our juniors asked me to message her on my own phone about the grading', has: ['contacting-juniors'] },
  ]);

  it('finds old records by a name the retention policy writes, not any old things in a box', () => {
    expect(oldRecordsClearOutAnswer(contextOf('alder-osteopathy'), 'found a box of old magazines from 2015 in the waiting room, ok to bin them?')).toBeUndefined();
    expect(oldRecordsClearOutAnswer(contextOf('steelcity-occupational-health'), 'found a box of old audiograms from 2009, ok to bin them?')?.sources).toEqual(['policy:health-records-retention']);
  });
});

describe('focus set 17 (scored once blind, then read in the same round)', () => {
  cases([
    // Before: "don't know" (the model only leaning to a tool); the name is one a tool is known by and leave is asked.
    { firm: 'acupuncture', q: "my patient's moved to leeds, can i do her follow ups on google meet?", has: ["can't find google meet", 'new-tools'] },
    { firm: 'acupuncture', q: 'mrs wu only speaks cantonese, can i run her intake form through google translate?', has: ["can't find google translate"] },
    // Before: the keys policy, Shopify's entry. Old ledgers and order forms, asked whether to chuck, are the retention rule's.
    { firm: 'acupuncture', q: 'found a pile of old dispensary ledgers from 2016 in the cupboard under the stairs, ok to chuck them?', has: ['records-retention', 'Dispensary books are kept for 8 years'] },
    { firm: 'butchers', q: 'found a box of old turkey order forms from 2023 behind the chest freezer, can i just chuck them out with the fat and bones?', has: ['records-retention', 'never the shop bins or the bone bin'] },
    // Before: the breach policy. A still off our cameras put up is the camera policy's.
    { firm: 'butchers', q: 'that lad who keeps pinching the pies, can we stick a still off the cameras in the front window so folk know his face? 😡', has: ['cctv-and-photos', 'never put CCTV stills of suspected shoplifters'] },
    // Before: the IT firm named for the Grassmarket. "Near the grassmarket" is the place.
    { firm: 'hostel', q: 'guests keep asking for a good chippy near the grassmarket, any recs?', has: ["don't know"], not: ['Grassmarket IT'] },
    // Neighbour: the IT firm asked after by that word.
    { firm: 'hostel', q: 'who looks after grassmarket?', has: ['Grassmarket IT'] },
  ]);
});

describe('focus set 18 (scored once blind, then read in the same round)', () => {
  cases([
    // Before: the trackers' entry and Jobber's. A van's MOT, or whose turn a chore is, is small talk.
    { firm: 'tiles', q: 'is van 3 booked in for its mot this week? the tyres are looking a bit bald too', has: ["don't know"], not: ['Quartix'] },
    { firm: 'motorhomes', q: 'is van 2 booked in for its mot? the mobile engineers need it thursday', has: ["don't know"], not: ['Jobber'] },
    // Before: the new-tools policy alone, which keys chatgpt. The tool is still none of ours, said first.
    { firm: 'tiles', q: "asked chatgpt to tidy up the wording on mr bell's quote, ok if i paste his measurements in next time?", has: ["can't find chatgpt", 'new-tools'] },
    { firm: 'refill', q: 'been using chatgpt to write the monthly email, can i paste the members list in so it personalises them?', has: ["can't find chatgpt", 'new-tools'] },
    // Before: Checkatrade's entry. A tool asked for beside one of ours is still not ours.
    { firm: 'tiles', q: 'should we get on trustpilot as well as checkatrade?', has: ["can't find trustpilot", 'new-tools'] },
    // Before: the new-tools policy. Someone in the background of our post who wants it gone: the photos policy on taking one down.
    { firm: 'refill', q: "a customer messaged saying she's in the background of our latest post about the new oat milk and wants it gone", has: ['photos', 'take it down that day and tell Marcus'] },
    // Before: the retention policy. Keys kept "at his tonight" are keys taken home.
    { firm: 'motorhomes', q: "aaron's got the keys from the job in sowerby and it's gone 6, can he just keep them at his tonight and bring them in first thing?", has: ['customer-keys', 'never take keys home overnight'] },
    // Before: the customer keys policy. A gate code texted is the policy whose sentence says codes are not sent by text.
    { firm: 'motorhomes', q: "can i just text the new gate code to tomasz? he's starting early tomorrow", has: ['yard-register', 'given out in person, not by text'] },
    // Neighbour: a firm whose only rule on the alarm code is in its keys policy.
    { firm: 'refill', q: "sam's opening up on saturday and asked me for the alarm code, can i just text it to her?", has: ['keys-and-alarm'] },
    // Before: the devices policy. A link clicked, then one's password typed in, is a breach.
    { firm: 'motorhomes', q: 'i clicked a link in an email saying my mailbox password had expired and typed my password in 😬', has: ['breach-reporting', 'a hacked account or a clicked phishing link'] },
    // Before: the CCTV installer's entry. A PC asking for the clip of the gate is the camera policy's.
    { firm: 'motorhomes', q: 'pc from northallerton rang, wants the clip of the gate from tuesday night for a break-in on the industrial estate', has: ['cctv-yard', 'collar number and crime reference'] },
    // Neighbour: the model only leaning to a tool never overrides a policy the rules found (the key card never goes in a text).
    { firm: 'glazing', q: 'can i photo the key card for the new locks and send it to the office on whatsapp?', has: ['keys-and-locks'], not: ["can't find whatsapp"] },
    // Neighbour: a PC that is a computer.
    { firm: 'motorhomes', q: 'the pc in the office wants an update', has: ['Hambleton IT'], not: ['cctv-yard'] },
  ]);
});

describe('focus set 19 (scored once blind, then read in the same round)', () => {
  cases([
    // Before: a policy a word met, "don't know", "I can't find point". Tools by names the lists had not known.
    { firm: 'valet', q: 'ok to put waze on the handsets so we can dodge the traffic at the airport roundabout?', has: ["can't find waze", 'new-tools'] },
    { firm: 'coding', q: 'thinking of doing 3d design with tinkercad at summer camp, ok to set the kids up?', has: ["can't find tinkercad", 'new-tools'] },
    { firm: 'coding', q: 'the older ones are begging for minecraft education for a redstone session, can we?', has: ["can't find minecraft education", 'new-tools'] },
    { firm: 'coding', q: 'ok to point the teenagers at khan academy for extra javascript practice between sessions?', has: ["can't find khan academy"] },
    // Before: the keys policy. A printout found blowing round is a paper astray.
    { firm: 'valet', q: 'found this mornings returns printout blowing round the drop off area, all names and regs on it. binned it now, do i need to do anything else?', has: ['breach-reporting', 'Fill in a breach form'] },
  ]);
});
