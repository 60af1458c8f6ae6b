import { describe, expect, it } from 'vitest';
import { asksWhatToDo } from '../../src/register/intents.ts';
import { sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { safeguardingAnswer } from '../../src/register/situations/children.ts';
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
