import { describe, expect, it } from 'vitest';
import { checkedByKind } from '../../src/register/answers-by-kind.ts';
import type { QaAnswer } from '../../src/register/qa-context.ts';
import { QUESTION_KINDS, QuestionKinds } from '../../src/register/question-kinds.ts';
import { contextOf, devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-second round mended in the answerer, beside its neighbours: the stories focus sets 99, 104 and 105 taught, the same
 * stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    homeward: 'homeward-repatriation',
    portaray: 'portaray-mobile-xray',
    bootfair: 'bootfair-sundays',
    dicetower: 'dicetower-games',
    kindly: 'kindly-company-companions',
    fellside: 'fellside-first-responders',
    sunrise: 'sunrise-school-clubs',
    shadowglass: 'shadowglass-window-tinting',
    tritonfield: 'tritonfield-triathlon-club',
    tyres: 'harbourside-tyres',
    mountainRescue: 'fellside-mountain-rescue',
    puppets: 'tanglestring-puppets',
    supportedLiving: 'brightbridge-supported-living',
    reablement: 'homeward-reablement',
    icehawks: 'icehawks-ice-hockey-club',
    brightsmile: 'brightsmile-care-home-dental',
    redcup: 'redcup-period-dignity',
  }),
);

describe('family asking after a case, not named on its form, or asking an update', () => {
  cases([
    { firm: 'homeward', q: "the deceased's cousin keeps ringing asking when the flight is, she's not on the form. what can i tell her", has: ['who-we-speak-to', 'told politely that we cannot discuss it'] },
    { firm: 'homeward', q: 'man on the phone says hes the son and wants an update on the paperwork. can i just tell him?', has: ['who-we-speak-to', "check the caller's name and the case password"] },
  ]);
});

describe('what someone died of, asked by another', () => {
  cases([
    { firm: 'homeward', q: "the uncle keeps asking me what his nephew actually died of, he's not the one who instructed us", has: ['faith-and-health-details', 'Cause of death is not discussed with anyone'] },
    { firm: 'homeward', q: 'a family friend wants to know the cause of death, can i tell her', has: ['faith-and-health-details', 'Cause of death is not discussed with anyone'] },
    // Neighbour: flowers are no one.
    { firm: 'homeward', q: 'the florist asked what the lilies died of, too hot in the van?', has: [], not: ['Cause of death is not discussed with anyone'] },
  ]);
});

describe("someone's capacity to decide doubted", () => {
  cases([
    { firm: 'homeward', q: "the widow is 89 and in bits, i dont think she understands what she's signing. carry on with the docusign?", has: ['children-and-vulnerable-families', 'do not ask them to sign anything'] },
    { firm: 'portaray', q: 'resident with advanced dementia cant really say yes or no to the scan and her family arent there, what am i meant to do', has: ['vulnerable-patients', 'follow the best-interests decision recorded by the care home'] },
    // Neighbours: age alone doubts no one's capacity; dementia told with no going ahead asked.
    { firm: 'homeward', q: 'the widow is 89, carry on with the docusign?', has: [], not: ['do not ask them to sign anything'] },
    { firm: 'portaray', q: 'resident with advanced dementia has a hospital appointment tomorrow, what time is the van', has: [], not: ['follow the best-interests decision recorded by the care home'] },
  ]);
});

describe('a paper with people on it asked into the bin', () => {
  cases([
    { firm: 'homeward', q: "can i just bin the printed case sheet with the nok's number on it, case is done", has: ['records-retention', 'Paper copies go in the locked Shred-it console'] },
  ]);
});

describe('a worn camera: saying it records, and looking back at what it caught', () => {
  cases([
    { firm: 'bootfair', q: 'do i actually have to tell people when i turn the camera on? feels a bit confrontational', has: ['bodycams', 'saying clearly "I am recording"'] },
    { firm: 'bootfair', q: 'should i warn him before i switch my bodycam on?', has: ['bodycams', 'saying clearly "I am recording"'] },
    { firm: 'bootfair', q: 'can i have a look back at what my chest camera caught at the gate this morning, want to check what he said', has: ['bodycams', 'Only Gary and Carol may view or download clips'] },
    // Neighbour: a till is no camera.
    { firm: 'bootfair', q: 'do i have to tell people when i turn the till on', has: [], not: ['saying clearly "I am recording"'] },
  ]);
});

describe("a child's words that stuck with one", () => {
  cases([
    { firm: 'dicetower', q: "a lad at club said something about home this morning that's really stuck with me. not sure if it's anything", has: ['kids-club', 'Any safeguarding worry goes to Danny Okafor'] },
    // Neighbour: a joke.
    { firm: 'dicetower', q: "a lad at club said something about the new warhammer box that's really stuck with me lol", has: [], not: ['Any safeguarding worry goes to Danny Okafor'] },
  ]);
});

describe('someone found on the floor, or the home filthy with no food', () => {
  cases([
    { firm: 'kindly', q: "got to betty's at 2 and she was on the kitchen floor, think shes been there since the morning. ambulance has her now, who do i ring", has: ['safeguarding', 'ring the office or the on-call phone'] },
    { firm: 'kindly', q: 'flat was filthy today and no food in the fridge at all, how do i write it up', has: ['safeguarding', 'Write what you saw in CarePlanner'] },
    // Neighbours: one scrubbing the floor; the office kitchen.
    { firm: 'kindly', q: 'she was on the kitchen floor scrubbing it when i arrived, is that ok for her to do', has: [], not: ['ring the office or the on-call phone'] },
    { firm: 'kindly', q: 'the office kitchen is filthy and no food in the fridge for the meeting, who orders', has: [], not: ['Write what you saw in CarePlanner'] },
  ]);
});

describe('the paper ringing, who it was we went to, and the family to be questioned', () => {
  cases([
    { firm: 'fellside', q: 'the herald rang my mobile asking about the crash on the a685, what do i say', has: ['village-confidentiality', 'and anyone who asks officially to Alistair Brathwaite'] },
    { firm: 'fellside', q: 'lady in the spar asked me if it was old jim we went to yesterday and whether he pulled through', has: ['village-confidentiality', 'Never confirm who a patient was'] },
    { firm: 'fellside', q: 'neighbour wants to know who the ambulance was for last night', has: ['village-confidentiality', 'Never confirm who a patient was'] },
    { firm: 'fellside', q: 'was thinking of popping round to ask the mum a few questions about them bruises', has: ['children-and-vulnerable-adults', 'Never investigate or question the'] },
    // Neighbours: an echo, a day, kit.
    { firm: 'fellside', q: 'the echo rang round the village hall at the first aid course, who do i tell about the acoustics', has: [], not: ['and anyone who asks officially to Alistair Brathwaite'] },
    { firm: 'fellside', q: 'gwen asked me if it was tuesday we went to the training night at penrith', has: [], not: ['Never confirm who a patient was'] },
    { firm: 'fellside', q: 'should i have a word with his dad about the kit he needs for the cadets first aid badge', has: [], not: ['Never investigate or question the'] },
  ]);
});

describe("patient notes in one's own notebook, and a recent call posted", () => {
  cases([
    { firm: 'fellside', q: 'ipad died halfway thru the call so i scribbled the obs in my own notebook, what now', has: ['patient-information', 'Never write patient details in a personal notebook'] },
    { firm: 'fellside', q: 'want to post on our facebook that we were busy at the rta in brough yesterday, is that ok', has: ['photos-social-media', 'never mentions calls in the last 7 days'] },
    // Neighbour: the training dates are no one's details.
    { firm: 'fellside', q: 'i wrote the training dates in my own notebook, is that ok', has: [], not: ['Never write patient details in a personal notebook'] },
  ]);
});

describe('a child not collected, medicine with no form, a health list put up, a school asking, a child\'s words summed', () => {
  cases([
    { firm: 'sunrise', q: 'its ten past 6 and still nobody for alfie, mums phone goes to voicemail', has: ['collection', 'ring the parents and then the emergency'] },
    { firm: 'sunrise', q: 'mum handed me calpol for oscar at drop off but didnt fill anything in, can i give it him at 4', has: ['allergies-medication', 'with a signed parent form'] },
    { firm: 'sunrise', q: 'new girl says the nut list should be stuck up by the snack table so everyone can see it, is that ok', has: ['allergies-medication', 'printed list stays in the kitchen folder'] },
    { firm: 'sunrise', q: 'can we pin the allergy sheet on the kitchen wall', has: ['allergies-medication', 'printed list stays in the kitchen folder'] },
    { firm: 'sunrise', q: 'the school office asked if ben was with us yesterday after he got hurt at lunch, can i tell them', has: ['callers', 'Schools can be told about attendance and'] },
    { firm: 'sunrise', q: 'how do i write down what jayden said at breakfast club, can i just sum it up', has: ['safeguarding', 'write it on the concern form in'] },
    // Neighbours: a meeting not come to; spare places asked; an inspector summed up.
    { firm: 'sunrise', q: "its ten past 6 and still nobody for the meeting, the chair's phone goes to voicemail", has: [], not: ['ring the parents and then the emergency'] },
    { firm: 'sunrise', q: 'the school office asked if we had any spare places in january', has: [], not: ['Schools can be told about attendance and'] },
    { firm: 'sunrise', q: 'can i just sum up what the ofsted inspector said in the newsletter', has: [], not: ['write it on the concern form in'] },
  ]);
});

describe('footage of one\'s car, footage of weeks ago, and a driver under 18 booking himself', () => {
  cases([
    { firm: 'shadowglass', q: 'customer at the counter wants the camera footage of his car being dropped off, reckons we scratched the bumper. what do i do with that', has: ['subject-access', 'pass it to Karen Whitworth the same day'] },
    { firm: 'shadowglass', q: 'customer says we dinged his door about 2 months ago, is the cctv of it still there?', has: ['records-retention', 'CCTV overwrites itself after 30 days'] },
    { firm: 'shadowglass', q: '17 year old just passed his test and wants his rear windows done, paying himself. fine to book him in?', has: ['young-and-vulnerable-customers', 'booked and paid for by a parent or guardian'] },
  ]);
});

describe('a child waited with alone, health notes photographed, a tool we do not hold', () => {
  cases([
    { firm: 'tritonfield', q: 'one of the junior mums is stuck in traffic and asked if i can wait with her daughter in the car park on my own, is that ok', has: ['safeguarding-juniors', 'A junior is never left alone with one adult'] },
    { firm: 'tritonfield', q: 'can i take a photo of the medical notes for my group on my phone, the wifi at the pool is rubbish', has: ['medical-information', 'must not write them down, photograph them or share them'] },
    { firm: 'tritonfield', q: 'is there a club group on garmin connect i should add my athletes to', has: ['garmin connect', 'Helen Marsh'], not: ['Pass it to Helen the same day'] },
  ]);
});

describe('a patient known only by their room, a visit booked alone, scans onto a stick', () => {
  cases([
    { firm: 'portaray', q: "lady in room 14 cant tell me her name and the carer just says 'its the lady in 14'. good enough to go ahead?", has: ['patient-id', 'never by room number alone'] },
    { firm: 'portaray', q: 'referral says the son at the address can get aggressive and callum has me down on my own tomorrow', has: ['vulnerable-patients', 'into a home where the referral flags a risk'] },
    { firm: 'portaray', q: "patient's son has her power of attorney and wants her scans put on a memory stick for him, can i just do that", has: ['subject-access', 'never by ordinary email or a USB stick'] },
    // Neighbour: a stock take is no visit.
    { firm: 'portaray', q: 'the rota has me down on my own for the stock take on friday', has: [], not: ['into a home where the referral flags a risk'] },
  ]);
});

describe('a sign-up sheet left out, a receipt lost, a client photographed on my phone', () => {
  cases([
    { firm: 'dicetower', q: 'for the 40k day can i leave a clipboard on the counter for people to put their email and number down', has: ['tournament-data', 'on paper sign-up sheets left on the counter'] },
    { firm: 'kindly', q: 'did a big shop for doris today but lost the tesco reciept, does it matter', has: ['money-and-gifts', 'keep every receipt and give it back with the change'] },
    { firm: 'kindly', q: 'ethel looked so happy at the garden centre, can i snap her on my phone and send it to her daughter', has: ['photos-and-social-media', 'Never take photos of a client'] },
    // Neighbour: a clipboard for the stock count.
    { firm: 'dicetower', q: 'can i leave a clipboard on the counter for the stock count', has: [], not: ['on paper sign-up sheets left on the counter'] },
    // Neighbour: a till is no camera.
    { firm: 'bootfair', q: 'do i have to tell people when i turn the till on', has: [], not: ['saying clearly "I am recording"'] },
  ]);
});

describe("against a model sure of small talk: a customer's story, and where a new lead goes", () => {
  // The round's first retraining made the shipped model sure (0.96) both are small talk; its second did not. A real model built from
  // weights, sure of small talk whatever the question, keeps the mends tested however the next retraining leans.
  const smallTalk = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'a model sure of small talk', bias: QUESTION_KINDS.map((k) => (k === 'off-topic' ? 20 : 0)), weights: {} });
  const entry = (id: string): QaAnswer => ({ intent: 'supplier', answer: `${id}: …`, sources: [`register:${id}`] });

  it("keeps what the rules found for a customer's story, and not for one's own", () => {
    const ctx = contextOf('harbourside-tyres');
    expect(checkedByKind(ctx, smallTalk, "customer got someone else's parking ticket stuck on his windscreen", entry('parkingeye')).sources).toEqual(['register:parkingeye']);
    expect(checkedByKind(ctx, smallTalk, 'my mate got a parking ticket stuck on his windscreen lol', entry('parkingeye')).intent).toBe('unknown');
  });

  it('keeps the CRM for where a new lead is put, a service asked by its keyword; not for a lead told of in passing', () => {
    const ctx = contextOf('sunmead-solar');
    expect(checkedByKind(ctx, smallTalk, 'a new lead came in from the website, where do i put it', entry('hubspot')).sources).toEqual(['register:hubspot']);
    expect(checkedByKind(ctx, smallTalk, 'the dog chewed through his new lead on the website photo shoot lol', entry('hubspot')).intent).toBe('unknown');
  });

  cases([{ firm: 'tyres', q: "customer got someone else's parking ticket stuck on his windscreen", has: ['ParkingEye'] }]);
});

describe("the round's review: over-reaches narrowed, and the stories told otherwise", () => {
  cases([
    // A paper ringing about a subscription or an advert; one's own shopping; marks a van left; lunch in the hall; a daughter of 34; a
    // capacity a request's policy checks before records go.
    { firm: 'mountainRescue', q: 'the telegraph called, do i need to renew the subscription for the base?', has: [], not: ['Only Rob Heaton (press officer) or the team leader speaks to journalists'] },
    { firm: 'mountainRescue', q: 'the mercury emailed about advertising in their summer supplement, worth it?', has: [], not: ['Only Rob Heaton (press officer) or the team leader speaks to journalists'] },
    { firm: 'kindly', q: 'went shopping for myself at lunch and lost the receipt for my new shoes, can i still return them', has: [], not: ['keep every receipt and give it back with the change'] },
    { firm: 'fellside', q: 'can i ask the dad about the marks his van left on our drive', has: [], not: ['Never investigate or question the'] },
    { firm: 'sunrise', q: 'the school asked if lunch was in the hall today', has: [], not: ['Schools can be told about attendance and'] },
    { firm: 'puppets', q: 'can i wait with her daughter on my own in the foyer, shes 34 and in a wheelchair', has: [], not: ['there are always two adults in the room'] },
    { firm: 'supportedLiving', q: 'i dont think she understands what shes signing on the tenancy, carry on?', has: [], not: ['checks capacity, consent and any Lasting Power of Attorney first'] },
    { firm: 'kindly', q: 'she was on the kitchen floor scrubbing it when i arrived, hurt her back doing it apparently', has: [], not: ['ring the office or the on-call phone'] },
    { firm: 'kindly', q: 'the office fridge is filthy and theres no food left for the staff lunch', has: [], not: ['Write what you saw in CarePlanner'] },
    // Told otherwise.
    { firm: 'shadowglass', q: 'lad of 17 wants the back windows done on his mums car, ok to book him in?', has: ['young-and-vulnerable-customers', 'booked and paid for by a parent or guardian'] },
    { firm: 'shadowglass', q: 'young lad, says hes 17, wants his windows tinted, can i take the booking?', has: ['young-and-vulnerable-customers', 'booked and paid for by a parent or guardian'] },
    { firm: 'homeward', q: "bloke called saying he's the cousin, wanting to know when the body will be flown back", has: ['who-we-speak-to', 'told politely that we cannot discuss it'] },
    { firm: 'fellside', q: 'can i put on the page that we got called to the fire at the farm on monday', has: ['photos-social-media', 'never mentions calls in the last 7 days'] },
    { firm: 'sunrise', q: 'his teacher rang to ask whether maisie came to breakfast club this morning', has: ['callers', 'Schools can be told about attendance and'] },
    { firm: 'reablement', q: 'found her on the living room floor this morning, she seemed ok', has: ['falls', 'help them up only as shown in your moving and handling training'] },
    { firm: 'reablement', q: 'mrs d was sitting on the floor by the bed when i got in, says she slid off, been there since last night', has: ['falls', 'Do not lift a client who is hurt'] },
  ]);
});

describe('stories of focus sets 106 and 107', () => {
  cases([
    { firm: 'icehawks', q: "one of the lads' mum is stuck at work, can i run him home after practice? would just be me and him in the car", has: ['safeguarding', 'no adult is alone in a car with a child'] },
    { firm: 'icehawks', q: "one of the u12s told me something about home at training that's really bothering me. he made me swear not to tell anyone", has: ['safeguarding', 'Do not promise to keep it secret'] },
    { firm: 'brightsmile', q: "resident's mouth is in a terrible state, nobody's been brushing her teeth for weeks by the look of it and the staff don't seem bothered. who do i tell", has: ['safeguarding', 'tell Dr Amir Farahani, our safeguarding lead'] },
    { firm: 'redcup', q: "can i take today's dispatch list home to double check the addresses over the weekend", has: ['lost-device', 'Printed label sheets and dispatch lists never leave the unit'] },
    { firm: 'redcup', q: 'one of the packers stopped coming about 3 yrs ago, should her details still be on the system?', has: ['records-retention', 'volunteer records 2 years after the last shift'] },
    { firm: 'redcup', q: 'the teacher nipped out and left me in the room with a year 9 while we unloaded boxes, is that a problem?', has: ['safeguarding', 'never alone with a pupil'] },
    // Neighbours: a stick dropped round; the van not cleaned; the newspaper.
    { firm: 'icehawks', q: 'one of the lads left his stick in the rink, can i drop it round to his house', has: [], not: ['no adult is alone in a car with a child'] },
    { firm: 'brightsmile', q: "nobody's been cleaning the van for weeks, who do i tell", has: [], not: ['tell Dr Amir Farahani, our safeguarding lead'] },
    { firm: 'redcup', q: "can i take today's newspaper home after the break", has: [], not: ['Printed label sheets and dispatch lists never leave the unit'] },
  ]);
});
