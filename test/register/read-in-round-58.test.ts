import { describe, expect, it } from 'vitest';
import { visitedAtHomeAnswer } from '../../src/register/situations/boundaries.ts';
import { childLeftWithUsAnswer, childLiftAnswer, notCollectedAnswer } from '../../src/register/situations/children.ts';
import { moneyOfferedAnswer } from '../../src/register/situations/clients-own.ts';
import { accessRequestAnswer, footageRequestAnswer } from '../../src/register/situations/requests.ts';
import { listAskedAnswer } from '../../src/register/situations/members-list.ts';
import { sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { keysToldAnswer } from '../../src/register/situations/keys.ts';
import { clientsWifiAnswer, conditionAskedAnswer, detailsForOtherWorkAnswer, healthInGroupAnswer, injuryPhotoSentAnswer, medicineUnboxedAnswer, workInPublicAnswer } from '../../src/register/situations/daily-work.ts';
import { giverAskedAnswer, neighbourAsksAnswer } from '../../src/register/situations/enquiries.ts';
import { carryOnWhenDownAnswer } from '../../src/register/situations/fallbacks.ts';
import { passwordPromptedAnswer } from '../../src/register/situations/keys.ts';
import { barredPicturedAnswer, inBackgroundAnswer, photoTakenDownAnswer, shotOnOwnPhoneAnswer } from '../../src/register/situations/photos.ts';
import { contextOf, devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 111 and focus set 20 (held out in the fifty-seventh round, read in the fifty-eighth): what their misses taught, each beside
// a neighbour that keeps its answer or the rule tried alone, accepted beside refused.
const cases = devCasesOn(
  exampleFirms({
    daycentre: 'bluebell-day-centre',
    cheese: 'curdle-and-crumb',
    planning: 'oakmoor-planning',
    saunas: 'emberdip-saunas',
    classics: 'forgeworks-classics',
    camps: 'pathfinder-camps',
    climbing: 'crux-climbing',
    recovery: 'hookline-recovery',
    club: 'ashgrove-social-club',
    bathrooms: 'aquaform-bathrooms',
    chef: 'saltandsage-private-chef',
    yarns: 'purlwise-yarns',
    ev: 'voltbay-ev-charging',
    flying: 'skyhaven-flying-school',
    tennis: 'baseline-tennis-club',
    models: 'facefront-models',
    guns: 'ironbridge-gunsmiths',
    heirs: 'parchment-probate-genealogists',
    riding: 'hoofbeats-riding-therapy',
    coaching: 'northstar-coaching',
    pools: 'bluewave-pool-care',
    hair: 'silvercomb-mobile-hair',
    childminder: 'hopscotch-childminding',
    scouts: 'ferncliffe-scouts',
    golf: 'fairwaygreen-golf-club',
    swim: 'ripple-swim-school',
    football: 'riverside-rovers-fc',
    advice: 'tawe-money-advice',
    transcripts: 'verbatim-transcription',
  }),
);

describe('a story that says "on her own" asks nobody what they look after', () => {
  cases([
    // Before: "The register names Derek Hammond as looking after no supplier" ("on her own" read as owning).
    { firm: 'daycentre', q: "dropping eileen off and nobody's in, her plan says she cant be on her own. derek wants to just leave her, what do we do", has: ['minibus', 'bring them back to the centre'] },
    // Neighbour: what a person owns, asked, is still theirs.
    { firm: 'daycentre', q: 'what does derek own?', has: ['Derek Hammond', 'looking after no supplier'] },
  ]);
});

describe('a device down with how to carry on asked, and photos by the phone they are on or what is in them', () => {
  cases([
    // Before: the care records' entry; the IT firm's entry.
    { firm: 'daycentre', q: 'ipads are down again!! where am i meant to write up the daily notes today', has: ['care-plans', 'use the paper day sheet from the office'] },
    { firm: 'saunas', q: 'host tablet just died at porthtowan and a group of 6 have rocked up, 2 of them havent signed. how do they do it??', has: ['health-questionnaire', 'use the paper forms in the grey wallet'] },
    // Before: the gardens policy; the photo app's entry; "don't know".
    { firm: 'saunas', q: 'got some amazing sunrise shots of the group this morning on my own phone cos the work one was flat. what do i do with them', has: ['photos-social-media', 'Use the trailer phone, not your own'] },
    { firm: 'classics', q: "about to send the owner this week's bare metal pics but the invoice is kind of in the background of one, does that matter", has: ['progress-diaries', 'check nothing private is in shot'] },
    { firm: 'camps', q: 'got a great group shot but the boy with the purple band is right at the back, does it matter?', has: ['photos-of-children', 'must not be in any photo, even in the background'] },
    // Neighbours: a sentence forbidding one thing on one's own phone is no general rule for it; a clip filmed off a screen keeps its rule.
    { firm: 'climbing', q: 'can i take a pic of the cut on my phone to go with the first aid form', has: ['accident-reporting'] },
    { firm: 'recovery', q: 'got a mint clip on the dash cam of a bmw driver doing something stupid, gonna record it on my phone and send it to the lads', has: ['cameras-and-trackers', 'Never film a clip off the screen with your phone'] },
  ]);

  it('reads a device down only with how to carry on asked, and of the thing the policy says', () => {
    const daycentre = contextOf('bluebell-day-centre');
    expect(carryOnWhenDownAnswer(daycentre, 'the ipads are down, where do i write the notes?')?.sources).toEqual(['policy:care-plans']);
    expect(carryOnWhenDownAnswer(daycentre, 'the ipads are down again')).toBeUndefined();
    expect(carryOnWhenDownAnswer(daycentre, 'the minibus is dead, what do we do?')).toBeUndefined();
  });

  it('reads photos told taken on one\'s own phone, and a picture with something at the back of it', () => {
    const saunas = contextOf('emberdip-saunas');
    expect(shotOnOwnPhoneAnswer(saunas, 'took a few pics of the group on my own phone, is that ok?')?.sources).toEqual(['policy:photos-social-media']);
    expect(shotOnOwnPhoneAnswer(saunas, 'got a call on my own phone from a customer, is that ok?')).toBeUndefined();
    const camps = contextOf('pathfinder-camps');
    expect(inBackgroundAnswer(camps, 'took a photo of the group and a no-photo child is at the back')?.sources).toEqual(['policy:photos-of-children']);
    expect(inBackgroundAnswer(camps, 'the spare t-shirts are at the back of the cupboard')).toBeUndefined();
  });
});

describe('collecting and medicine at camp: one not on the list, a password prompted, medicine out of its box', () => {
  cases([
    // Before: the photos policy; the first-aid policy; "don't know".
    { firm: 'camps', q: "grandad's turned up for alfie, he's not on the list but says mum rang the office this morning to say it's fine", has: ['collection-passwords', 'A phone call is not enough'] },
    { firm: 'camps', q: "a mum at pick up couldnt remember the word so i gave her the first letter as a hint, that's ok isnt it", has: ['collection-passwords', 'Never say the password out loud or prompt them'] },
    { firm: 'camps', q: 'mum handed me some calpol in a sandwich bag for her son, says give him 5ml after lunch', has: ['medical-and-allergies', 'only from the original labelled box'] },
  ]);

  it('reads a password prompted and medicine out of its box, not a password remembered or medicine in its own box', () => {
    const camps = contextOf('pathfinder-camps');
    expect(passwordPromptedAnswer(camps, "dad forgot the password so i told him it, he's always picking up")?.sources).toEqual(['policy:collection-passwords']);
    expect(passwordPromptedAnswer(camps, 'dad remembered the password first time, all good')).toBeUndefined();
    expect(medicineUnboxedAnswer(camps, "his inhaler's in a pot with no label, mum says give him two puffs")?.sources).toEqual(['policy:medical-and-allergies']);
    expect(medicineUnboxedAnswer(camps, 'mum gave me his inhaler in its box with the form signed')).toBeUndefined();
  });
});

describe('people close to those we serve, neighbours, gift recipients and work on the train', () => {
  cases([
    // Before: "don't know"; the subscriptions app's entry; the CRM's entry; the 365 entry.
    { firm: 'daycentre', q: "one of the volunteers has been popping round to see betty at her house, they've got really close. is that allowed?", has: ['volunteers', 'visit members at home or keep in touch privately'] },
    { firm: 'cheese', q: 'woman rang, shes getting a cheese box every month as a present and wants to know who sent it and how much they paid lol what do i say', has: ['cheese-club', 'Never tell a recipient who bought it'] },
    { firm: 'planning', q: 'neighbour came out while i was measuring the drive and started asking what the client is building and why, what do i tell her', has: ['neighbours-and-objections', 'be polite to neighbours but do not discuss the client'] },
    { firm: 'planning', q: 'on the 8.10 to paddington and need to go through the applicants drawings, thats fine right?', has: ['working-away', 'unless you have the privacy screen on'] },
    // Before: the accountants' entry, whose alias is the street the gardens are named for.
    { firm: 'planning', q: "where's good for lunch near montpellier gardens these days?", has: ["don't know"], not: ['Montpellier Accounts'] },
  ]);

  it('reads each by its rule, not a visit with no friendship, a neighbour told of, a gift asked after, or a laptop left on a train', () => {
    const daycentre = contextOf('bluebell-day-centre');
    expect(visitedAtHomeAnswer(daycentre, "a carer has been going round to mr ali's house on her day off")?.sources).toEqual(['policy:volunteers']);
    expect(visitedAtHomeAnswer(daycentre, 'the nurse is visiting at her house on monday to review her plan')).toBeUndefined();
    const planning = contextOf('oakmoor-planning');
    expect(neighbourAsksAnswer(planning, 'the lady next door keeps asking who the work is for')?.sources).toEqual(['policy:neighbours-and-objections']);
    expect(neighbourAsksAnswer(planning, 'neighbour objections came in for the bourton scheme, where do they go?')).toBeUndefined();
    expect(workInPublicAnswer(planning, 'ok to read the case files on the train home?')?.sources).toEqual(['policy:working-away']);
    expect(workInPublicAnswer(planning, 'left the site ipad on the train, what do i do?')).toBeUndefined();
    const cheese = contextOf('curdle-and-crumb');
    expect(giverAskedAnswer(cheese, 'a man got a gift box and wants to know who sent it')?.sources).toEqual(['policy:cheese-club']);
    expect(giverAskedAnswer(cheese, 'customer wants to know who sent the newsletter')).toBeUndefined();
  });
});

describe('focus sets 26 to 29 (scored once blind, then read in the same round): tools, old papers, children, codes, the police, money', () => {
  cases([
    // Before: "don't know". A question surely after a tool, where the rules found nothing, gets the rule on taking one on.
    { firm: 'bathrooms', q: 'we on houzz? customer asked if we had a profile on there', has: ['new-tools'] },
    { firm: 'tennis', q: "can we switch court booking to playtomic? loads of clubs near us use it and it's way slicker", has: ['new-tools'] },
    { firm: 'ev', q: "anyone fancy using miro for planning the big car park install at the business park? i'd pin the survey pics and the site contact's details on the board", has: ['new-tools'] },
    // Before: the entry a word met (video calls, chargers, texts to members). Names of tools the lists now know.
    { firm: 'ev', q: 'thinking of recording little loom videos walking customers through their install, with their address in the title. ok?', has: ["can't find loom", 'new-tools'] },
    { firm: 'club', q: 'could we do the bingo cards on bingo baker instead of the paper books? saves a fortune', has: ['new-tools'] },
    // Before: the job system's entry, the devices policy, the bookings entry. Old papers asked into the bin or the tip, or "chuck them or keep?".
    { firm: 'bathrooms', q: 'found a stack of old paper job sheets from like 2018 under the seat in the van, just bin them at the tip?', has: ['locked shredding bin'] },
    { firm: 'chef', q: 'tidying the van out, theres a pile of handwritten order notes and the allergy printouts from last weekends two parties. recycling bin ok?', has: ['retention', 'shredded at the unit'] },
    { firm: 'yarns', q: 'found a folder of paper sign in sheets from the spring classes in the stock room, names and phone numbers on them. chuck them or keep?', has: ['shredded after the session'] },
    // Before: the retention policy, the postage entry, "don't know" twice.
    { firm: 'bathrooms', q: "mum's nipped to the shops and left her 10 yr old with me while i'm fitting the shower. bit awkward, what do i do", has: ['in-customers-homes', 'never left in charge of a child'] },
    { firm: 'yarns', q: "a mum just dropped her 9 yr old at the saturday crochet morning and said she's popping into town for an hour, is that ok??", has: ['children-at-workshops', 'under-12s must have an adult who stays for the session'] },
    { firm: 'yarns', q: "half term craft club finished at half 4, it's now 5.20 and one little girl's still here, nobody's turned up. rosie's not answering", has: ['children-at-workshops', 'call the emergency contact and then Rosie'] },
    { firm: 'tennis', q: "parent asked if i can drop her son home after squad since it's on my way, fine yeah?", has: ['safeguarding-juniors', 'the parent has agreed in writing'] },
    // Before: the leagues policy, the new-tools policy. A code to get in, given or sent.
    { firm: 'tennis', q: "my mate's coming for a hit sunday morning, he's not a member, can i just give him the number to get in?", has: ['gate-codes', 'even a friend you are playing with'] },
    { firm: 'flying', q: "new instructor starts early tomorrow and asked me to whatsapp him the number for the gate so he can let himself in before anyone's here", has: ['devices-and-keys', 'never written down or sent by text or email'] },
    // Before: the devices policy, the police-notices policy. A copper asking for what the cameras recorded.
    { firm: 'flying', q: 'copper just rang about a quad bike nicked from the farm next door tues night, wants whatever our kit recorded of the lane. can i just pull it off the box in the ops room and send it over?', has: ['nothing is handed over without her say'] },
    { firm: 'guns', q: "a copper popped in asking for the recordings from last tuesday, someone's car got broken into out the front", has: ['cctv', 'collar number'] },
    // Before: the agreements policy's opening, without its sentence on payments.
    { firm: 'heirs', q: 'old fella on the visit today tried to give me £50 for my trouble, kept insisting, i didnt know what to do', has: ['heir-agreements', 'Never ask for or accept any payment from an heir'] },
    // Before: the safeguarding policy. A rider slid off, and whether to write it up.
    { firm: 'riding', q: 'little one slid off Pickle at walk today, landed on her bum and was giggling, no harm done. do i need to write anything up?', has: ['accidents', 'even when nobody seems hurt'] },
    // Neighbour: coming off the phone is no fall.
    { firm: 'riding', q: "just came off the phone with a rider's mum, she wants a copy of his health form", has: [], not: ['Accidents and falls'] },
  ]);

  it('reads each by its rule, beside a neighbour it leaves alone', () => {
    const bathrooms = contextOf('aquaform-bathrooms');
    expect(childLeftWithUsAnswer(bathrooms, "dad's popped to the shops and left his son with me, what do i do?")?.sources).toEqual(['policy:in-customers-homes']);
    expect(childLeftWithUsAnswer(bathrooms, 'mum left her car on the drive, can i ask her to move it?')).toBeUndefined();
    const yarns = contextOf('purlwise-yarns');
    expect(notCollectedAnswer(yarns, "it's half five and nobody's picked her up yet")?.sources).toEqual(['policy:children-at-workshops']);
    expect(notCollectedAnswer(yarns, 'nobody turned up to the knit night, shall we cancel it?')).toBeUndefined();
    const tennis = contextOf('baseline-tennis-club');
    expect(childLiftAnswer(tennis, 'can i run one of the juniors home after training?')?.sources).toEqual(['policy:safeguarding-juniors']);
    expect(childLiftAnswer(tennis, 'can i drop the nets back to the shed after training?')).toBeUndefined();
    expect(keysToldAnswer(tennis, 'ok to tell the courier the gate code?')?.sources).toEqual(['policy:gate-codes']);
    expect(keysToldAnswer(tennis, 'what is the number for the club bar?')).toBeUndefined();
    const flying = contextOf('skyhaven-flying-school');
    expect(footageRequestAnswer(flying, 'the copper pipe by the hangar burst, did the cameras catch it?')).toBeUndefined();
    const heirs = contextOf('parchment-probate-genealogists');
    expect(moneyOfferedAnswer(heirs, 'an heir offered me £20 and kept insisting')?.sources).toEqual(['policy:heir-agreements']);
    expect(moneyOfferedAnswer(heirs, 'an heir offered me a cup of tea')).toBeUndefined();
  });
});

describe('focus sets 26 to 29, read further: papers sent or left, the list asked for, health told where others hear, small talk', () => {
  cases([
    // Before: the devices policy twice, the bookings entry; the members' database entry twice, the photos policy.
    { firm: 'flying', q: "ugh autocomplete got me 🤦 just sent jake h's lesson write up from tuesday to jake m instead. shall i just email jake m and ask him to bin it??", has: ['breach-reporting', 'Tell Alison straight away'] },
    { firm: 'chef', q: "just realised the printed sheet with everyone's food intolerances and names is still on the worktop at the let in trebetherick. guests left this morning and new ones arrive tomorrow. how urgent is this", has: ['mistakes-and-breaches', 'within 24 hours at most'] },
    { firm: 'flying', q: "bloke who hasnt flown with us since like 2019 still has all his lessons and instructor comments sat on the system, is that meant to still be there??", has: ['records-retention', 'Marcus deletes them each January'] },
    { firm: 'flying', q: "guy on the phone wants to pay for his son's intro flight right now and is reading out the long number off his visa, ok if i jot it down and put it through on the machine after?", has: ['trial-lessons', 'send a Stripe payment link instead'] },
    { firm: 'club', q: 'lad on the door tonight looked about 16, showed me his provisional. can i take a pic of it on my phone just in case theres any comeback', has: ['door-and-guests', 'look at it and hand it back'] },
    { firm: 'club', q: 'bloke whos standing for the committee has asked me for a printout of everyones addresses so he can put his leaflets thru doors before the vote. is that ok to give him', has: ['members-list', 'a candidate in a committee election'] },
    { firm: 'club', q: "old fella at the bar asking for his mate's address, says they lost touch yrs ago and hes a member too. can i just look him up n write it down for him", has: ['members-list', 'leave a letter with the Secretary'] },
    { firm: 'tennis', q: 'the estate agents who paid for our new nets want to send our members a special offer, can i send them the email list?', has: ['membership-list', 'Never give it to a sponsor'] },
    { firm: 'club', q: 'gary reckons we should stick pics of the lads who got banned up behind the bar so the new staff know their faces. good idea?', has: ['door-and-guests', 'never printed, pinned up'] },
    // Before: the leagues entry, the safeguarding policy, "I can't find whatsapp", the parents policy.
    { firm: 'tennis', q: "parent asked me to post in the squad group that her boy can't have nuts so nobody brings peanut snacks, ok?", has: ['junior-medical-details', "Never put a junior's medical details in Spond"] },
    { firm: 'riding', q: "one of the mums by the mounting block asked me what's 'wrong with' the little boy on Bramble, what do i even say to that", has: ['rider-health-information', "Never discuss a rider's condition with other parents"] },
    { firm: 'riding', q: 'mum wants me to whatsapp her a pic of the graze on his knee from when he came off earlier so she can see how bad it is', has: ['accidents', 'Do not send photos of injuries by text or email'] },
    { firm: 'riding', q: "dad just messaged saying he doesn't want his daughter on our insta anymore, what do i do about the ones already up", has: ['photos', 'removes the posts within 7 days'] },
    // Before: the new-tools policy, the retention policy, "don't know".
    { firm: 'bathrooms', q: "took the before pics on my normal camera roll coz the photo app wouldn't load this morning. that ok or do i need to do something", has: ['job-photos', "never in your phone's own gallery"] },
    { firm: 'coaching', q: 'client asked if she can see what i write about her after each session... slightly awkward as some of mine are quite blunt lol. do i have to?', has: ['client-requests', 'within one calendar month'] },
    { firm: 'coaching', q: "i'm on the train to london tomorrow when my 10am is on, can i do it from my seat with earbuds in? quiet coach obvs", has: ['online-sessions', 'private room with the door shut'] },
    // Before: the accountants' entry (a place name), the door firm's entry, the texts entry, the breach policy.
    { firm: 'bathrooms', q: "what's the forecast saturday? we're meant to be doing that roof terrace wet room in headingley", has: ["don't know"], not: ['Headingley & Co Accountants'] },
    { firm: 'club', q: 'did warriors win last night? the lads on the door said they got battered', has: ["don't know"], not: ['Sentinel Door Services'] },
    { firm: 'club', q: 'whos calling the bingo numbers tonight, is it sheila or bob?', has: ["don't know"] },
    { firm: 'flying', q: 'did anyone see the match last night, that tackle was a total breach of the rules lol 😂', has: ["don't know"], not: ['breach-reporting'] },
    // Neighbours: a supplier named where nothing of the world is asked keeps its entry, the same names as above.
    { firm: 'club', q: 'who looks after sentinel door services?', has: ['Sentinel Door Services'] },
    { firm: 'bathrooms', q: 'what do headingley & co accountants do for us?', has: ['Headingley & Co Accountants'] },
    { firm: 'planning', q: 'what does montpellier accounts keep on our staff?', has: ['Montpellier Accounts'] },
  ]);

  it('reads each by its rule, beside a neighbour it leaves alone', () => {
    expect(sentToWrongPerson("sent jake h's write up to jake m instead")).toBe(true);
    expect(sentToWrongPerson("sent jake's invoice to the accountant instead of posting it")).toBe(false);
    const club = contextOf('ashgrove-social-club');
    expect(listAskedAnswer(club, "a brewery rep asked for all the members' emails")?.sources).toEqual(['policy:members-list']);
    expect(listAskedAnswer(club, 'how many members are on the list now?')).toBeUndefined();
    expect(barredPicturedAnswer(club, 'can we put up photos of the barred lads in the office?')?.sources).toEqual(['policy:door-and-guests']);
    expect(barredPicturedAnswer(club, 'can we put up photos of the darts team in the bar?')).toBeUndefined();
    const riding = contextOf('hoofbeats-riding-therapy');
    expect(conditionAskedAnswer(riding, "a dad asked me what's wrong with the girl on Pickle")?.sources).toEqual(['policy:rider-health-information']);
    expect(conditionAskedAnswer(riding, "what's wrong with the tablet, it won't turn on")).toBeUndefined();
    expect(injuryPhotoSentAnswer(riding, 'ok to text dad a photo of the cut on her hand?')?.sources).toEqual(['policy:accidents']);
    expect(injuryPhotoSentAnswer(riding, 'ok to text dad a photo of her on the pony?')).toBeUndefined();
    expect(photoTakenDownAnswer(riding, "mum doesn't want her son on our facebook any more")?.sources).toEqual(['policy:photos']);
    const tennis = contextOf('baseline-tennis-club');
    expect(healthInGroupAnswer(tennis, "can i tell the team whatsapp that jess has asthma?")?.sources).toEqual(['policy:junior-medical-details']);
    expect(healthInGroupAnswer(tennis, 'can i post the match times in the squad group?')).toBeUndefined();
    const coaching = contextOf('northstar-coaching');
    expect(accessRequestAnswer(coaching, 'a client wants to read what i write about her')?.sources).toEqual(['policy:client-requests']);
    expect(workInPublicAnswer(coaching, 'my 10am is on at ten, can i take it from the office?')).toBeUndefined();
  });
});

describe("a client's own wi-fi, and a client's details asked by one working for us", () => {
  cases([
    // Before: the subcontractors' policy opening, the homes policy without its sentence on wi-fi (twice).
    { firm: 'bathrooms', q: "plumber we use asked if he can have the customer's number so he can quote her for a new boiler while he's there. she seemed keen", has: ['subcontractors', 'must not contact our customers for any other work'] },
    { firm: 'chef', q: 'owners have left the internet password on the fridge at the polzeath villa, can i hook the office laptop up so i can print the menus off here?', has: ['clients-homes', "join the property's Wi-Fi"] },
    { firm: 'ev', q: 'bloke asked me to put his internet code into the charger setup for him and pointed at the sticker on the router. can i just take a pic of it so i dont have to keep going back in?', has: ['customers-homes', 'let the customer type their Wi-Fi password themselves'] },
  ]);

  it('reads a client\'s wi-fi joined and their details asked for other work, not the wi-fi asked as data, nor our own details', () => {
    const bathrooms = contextOf('aquaform-bathrooms');
    expect(clientsWifiAnswer(bathrooms, "can i go on the customer's wifi to download the manual?")?.sources).toEqual(['policy:in-customers-homes']);
    expect(clientsWifiAnswer(bathrooms, "is the customer's wifi data kept anywhere?")).toBeUndefined();
    expect(detailsForOtherWorkAnswer(bathrooms, "the tiler wants the customer's email to send his own quote")?.sources).toEqual(['policy:subcontractors']);
    expect(detailsForOtherWorkAnswer(bathrooms, 'the tiler wants our office number')).toBeUndefined();
  });
});

describe("the round's rules, as an independent review tried them on twenty other firms", () => {
  cases([
    // Spoilt by the first cut, mended: a café's wi-fi the model was sure was small talk; of several policies saying shred, a
    // bin named by one (the registers policy's "not put in the hut bin or recycling") keeps that one.
    { firm: 'transcripts', q: 'fancy doing my transcripts from the café round the corner this afternoon, their wifi is better. ok?', has: ['home-working-devices'] },
    { firm: 'scouts', q: 'found a box of old paper registers from 2019 in the hut cupboard, can i chuck them in the recycling', has: ['paper-forms'] },
    // Missed by the first cut, mended.
    { firm: 'pools', q: "took a photo of the pump at the cottage for the job but there's guests in the hot tub at the back of it, is that ok", has: ['Photos of pools, hot tubs and installs'] },
    { firm: 'hair', q: "got a lovely pic of mrs b's new set but there's another resident sat in the background, can i still use it", has: ['Photos of styles'] },
    { firm: 'childminder', q: 'mum handed me his antibiotics in a sandwich bag, no box or label, just said 5ml at lunch. can i give it', has: ['allergies-and-medicines'] },
    { firm: 'scouts', q: 'one of the cubs turned up for camp with his tablets loose in a freezer bag, no packet. do i take them', has: ['camps-and-medical'] },
    { firm: 'golf', q: 'did england golf win last night haha', has: ["don't know"] },
    { firm: 'hair', q: 'lovely old gent kept trying to give me £50 after his cut, kept insisting, i said no but he shoved it in my bag. what do i do', has: ['payments', 'Never take cash from a care home resident'] },
    { firm: 'golf', q: "a guy standing for captain wants the members' addresses to send out his leaflet, can i give him them", has: ['member-requests'] },
    { firm: 'swim', q: 'a mum said she doesnt want her son on our instagram anymore', has: ['photo-consent', 'removed within 48 hours'] },
    { firm: 'football', q: 'parent messaged saying she doesnt want her daughter on the club facebook any more', has: ['photos-filming', 'within 48 hours'] },
    { firm: 'advice', q: "client asked can she see the notes we've written on her case", has: ['subject-access'] },
    // Neighbours: England Golf's own entry, asked after by its name, keeps its answer.
    { firm: 'golf', q: 'what does england golf hold on our members?', has: ['England Golf'] },
  ]);
});
