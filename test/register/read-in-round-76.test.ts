import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { QUESTION_KINDS, QuestionKinds } from '../../src/register/question-kinds.ts';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading focus set 70 taught (the seventy-sixth round): stories from a toy library's sessions and delivery rounds, detached youth
 * work on the streets and a community lido. Each reading is tested on the question it was read from, on the same story told at other firms
 * whose sentence says it, and beside neighbours that must keep their answer (a list of members who have not paid is no round to print, no
 * answer at the office no drop, someone asking the office to ring about a fundraiser no young person moving a chat, a lad asking to see
 * what is in one's bag no weapon, a friend picking one of us up no one collecting a child, a season ticket brought in to renew no pass used by another, a photo of
 * the rota no list of swimmers, spare leaflets no papers with names at the end of a season). Each neighbour's `not` names a sentence its
 * firm has, so that the check can fail. With the round's work taken out (at the retrained commit), 36 of the 119 cases fail: all 15 of
 * the first, 5 of the second 17, 3 of the 4 on the lights and parking, 10 of the 14 variants the first reviews found and 3 of the 10 the
 * second found (the rest were answered with the same policy already); the neighbours pass either way by design, guarding against
 * over-reach.
 */
const cases = devCasesOn(
  exampleFirms({
    playshelf: 'playshelf-toy-library',
    cornerstone: 'cornerstone-youth-outreach',
    sunwell: 'sunwell-lido',
    ashby: 'ashby-parva-stores',
    bluebell: 'bluebell-day-centre',
    ashgrove: 'ashgrove-social-club',
    strikezone: 'strikezone-bowling',
    jungle: 'jungle-jims-play',
    lamplight: 'lamplight-ghost-walks',
    hopscotch: 'hopscotch-childminding',
    wavelength: 'wavelength-fm',
    lantern: 'lantern-playhouse',
    sentinel: 'sentinel-event-medics',
    kingfisher: 'kingfisher-marina',
    hall: 'hartfield-village-hall',
    larkspur: 'larkspur-pharmacy',
    restwood: 'restwood-pet-crematorium',
    cobblewynd: 'cobblewynd-hostel',
    lifeline: 'lifeline-first-aid-training',
    brookside: 'brookside-care-home',
    tidemill: 'tidemill-bike-hire',
    bouncers: 'bouncers-soft-play',
    littlebundles: 'littlebundles-baby-bank',
    trevose: 'trevose-pharmacy',
    willowmere: 'willowmere-primary-pta',
    fairwaygreen: 'fairwaygreen-golf-club',
    crux: 'crux-climbing',
    skybounce: 'skybounce-trampoline-park',
    ironside: 'ironside-boxing-club',
    pirouette: 'pirouette-dance-academy',
    brightstart: 'brightstart-wraparound-club',
  }),
);

describe('focus set 70: stories from sessions, rounds, the streets and a lido, each answered by the sentence that rules on it', () => {
  cases([
    { firm: 'playshelf', q: "first time driving the saturday round tomorrow, can i print the list of stops so i'm not squinting at my phone at every junction?", has: ['home-deliveries', 'Do not print the round or write addresses on paper'] },
    { firm: 'playshelf', q: "Nobody answered for the special needs buggy drop off on Cromer Road. Can I just leave it in their porch and text them?", has: ['home-deliveries', 'never leave specialist equipment on a doorstep'] },
    { firm: 'playshelf', q: "At stay and play a toddler needed changing and his mum had popped out to the car for wipes. She shouted to me to just do it quickly, is that ok?", has: ['stay-and-play', 'volunteers never take a child to the toilet'] },
    { firm: 'playshelf', q: "We can't find a little girl anywhere in the hall and her dad is frantic, what do we do right now??", has: ['stay-and-play', 'close the front door, tell the session lead'] },
    { firm: 'playshelf', q: "A family brought back the marble run and there's an inhaler and a letter from the hospital tucked in the box. What do I do with them?", has: ['cleaning-returns', 'label them with the member number'] },
    { firm: 'playshelf', q: "Clearing out the office and found a box of stay and play sign-in sheets going back to 2023. Do we still need them?", has: ['retention-paper', 'Session registers are kept 1 year'] },
    { firm: 'cornerstone', q: "A lad at the park gave me his surname and mobile so we can follow up about the football team. Do I stick that on the sheet?", has: ['contact-sheets', 'Never write a surname, address, school or phone number'] },
    { firm: 'cornerstone', q: "Some of the lads at the skatepark reckon one of the group's got a blade in his bag. Should I ask him to show me what's in it?", has: ['knife-crime-exploitation', 'do not search anyone, take the weapon'] },
    { firm: 'cornerstone', q: "A young person messaged the insta asking if she can just ring me instead because typing takes ages. Alright to give her a call?", has: ['instagram-outreach', 'never move a conversation to Snapchat, WhatsApp'] },
    { firm: 'cornerstone', q: "Got some cracking shots of the lads on the climbing wall trip, they're on the work phone. OK to leave them there and post a few over the next couple of weeks?", has: ['consent-and-photos', 'upload them to SharePoint the same day'] },
    { firm: 'sunwell', q: "I'm lifeguarding this afternoon and my son's school might ring. Can I keep my mobile in my bumbag up on the chair?", has: ['phones-and-photos', 'Lifeguards on duty carry the radio, not a phone'] },
    { firm: 'sunwell', q: "A stage 3 girl's grandad has come to pick her up but it's always her mum. He says mum's stuck at work. Can I let her go with him?", has: ['swimming-lessons', 'if someone else comes, phone the parent first'] },
    { firm: 'sunwell', q: "A teenager just came through on a season pass that's obviously his dad's, the photo's nothing like him. What do I do?", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "I'm on the dawn dip tomorrow, can I just take a photo of the swimmers list on my phone instead of carting the paper about?", has: ['dawn-dips', 'never be left in the lifeguard hut or photographed'] },
    { firm: 'sunwell', q: "Now the season's wound up, what happens to all the bits of paper with swimmers' names on in the hut and at reception?", has: ['end-of-season', 'Shredding Day on the first Saturday of October'] },
  ]);
});

describe('the same stories told at other firms, and told otherwise', () => {
  cases([
    { firm: 'ashby', q: "nobody in at the bungalow on mill lane for the prescription drop, can i leave it on the step and ring them later?", has: ['prescription-deliveries', 'never leave a bag on a doorstep'] },
    { firm: 'bluebell', q: "covering the minibus tomorrow, ok to print the run list so i know the pickups?", has: ['minibus', 'Do not print the run list'] },
    { firm: 'ashgrove', q: "can i print the members list for the agm sign in", has: ['members-list', 'Do not print the list or take it home'] },
    { firm: 'strikezone', q: "the birthday boy's uncle has come to pick him up but the booking says mum, can he go?", has: ['childrens-parties', 'if someone else comes to collect, the host phones the booker first'] },
    { firm: 'hopscotch', q: "freddie's auntie has come to collect him but it's normally his dad, can he go with her?", has: ['collections-and-school-run', 'If someone else comes, they must give'] },
    { firm: 'jungle', q: "we can't find a little boy anywhere in the soft play and his mum is panicking, what do we do", has: ['safeguarding', 'If a child goes missing'] },
    { firm: 'lamplight', q: "can't find one of the kids from the tour group, what do we do?", has: ['school-groups', 'If a child goes missing'] },
    { firm: 'hopscotch', q: "took some lovely pics of the kids at the park on the setting phone, ok to keep them on there till the weekend?", has: ['photos-and-consent', "deleted from the device's camera roll"] },
    { firm: 'cornerstone', q: "can i take a photo of tonight's contact sheet so i can type it up at home", has: ['contact-sheets', 'never photograph one'] },
    { firm: 'cornerstone', q: "a girl gave me her address and school so we can send her the trip letter, can i put it on the sheet?", has: ['contact-sheets', 'Never write a surname, address, school or phone number'] },
    { firm: 'cornerstone', q: "one of the girls has got a knife in her coat, should i take it off her?", has: ['knife-crime-exploitation', 'do not search anyone, take the weapon'] },
    { firm: 'sunwell', q: "someone's trying to use their sister's season ticket, is that allowed?", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "a lad came in using his brother's season ticket, what now", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "im on shift on reception, can i keep my phone on the desk", has: ['phones-and-photos', 'personal phones stay in the staff lockers'] },
    { firm: 'sunwell', q: "we can't find a little boy from the stage 2 lesson, what do we do", has: ['swimming-lessons'] },
    { firm: 'playshelf', q: "someone brought back the sensory tent and there's a child's school book inside it", has: ['cleaning-returns', 'label them with the member number'] },
    { firm: 'playshelf', q: "one of the kids needs the toilet and his dad asked me to take him, can i?", has: ['stay-and-play', 'volunteers never take a child to the toilet'] },
  ]);
});

describe('neighbours that keep their answer', () => {
  cases([
    { firm: 'playshelf', q: "can i print the list of members who haven't paid?", has: [], not: ['Do not print the round'] },
    { firm: 'bluebell', q: "can i print the lunch menu for the tables?", has: [], not: ['Do not print the run list'] },
    { firm: 'playshelf', q: "nobody answered the phone at the office so can i leave it till tomorrow?", has: [], not: ['never leave specialist equipment on a doorstep'] },
    { firm: 'cornerstone', q: "someone messaged the office email asking if we can ring them instead about the fundraiser", has: [], not: ['never move a conversation to Snapchat'] },
    { firm: 'cornerstone', q: "a lad asked me to show him what's in my bag for the trip", has: [], not: ['do not search anyone'] },
    { firm: 'sunwell', q: "my mate has come to pick me up after my shift, can he wait in reception?", has: [], not: ['if someone else comes, phone the parent first'] },
    { firm: 'sunwell', q: "a teenager came in with his dad's season ticket to renew it for him", has: [], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "can i take a photo of the rota on the staff board", has: [], not: ['never be left in the lifeguard hut or photographed'] },
    { firm: 'sunwell', q: "term's over for the lessons, what do we do with the spare leaflets?", has: [], not: ['Shredding Day on the first Saturday of October'] },
  ]);
});

// Retraining on focus set 70 left the model less sure that these are off the subject, and the words a policy shares with them ("turn them
// off" of a device's encryption, "ambulance", "studio") carried an answer: the lights, the radio or where to park, asked of a question
// leaning off the subject, are nobody's where the answer says nothing of them (read-in-round-74's showroom lights and read-in-round-75's
// ambulance crew are the two the retraining flipped). A policy that speaks of the thing keeps its answer.
describe('the lights, the radio or where to park, asked leaning off the subject', () => {
  cases([
    { firm: 'wavelength', q: "can i turn the radio up in the studio", has: [], not: ['Lock the screen when you leave the studio'] },
    { firm: 'lantern', q: "can i turn the stage lights off after the show", has: [], not: ['Lost property log: 6 months'] },
    { firm: 'sentinel', q: "are we allowed to turn the blue lights on in town", has: [], not: ['Crew WhatsApp groups are for logistics only'] },
    { firm: 'kingfisher', q: "can i turn the lights on in the boat on pontoon c to check on him, not seen him for days", has: ['safeguarding-welfare'] },
  ]);
});

// The accepted case beside those refusals: no example firm has a policy that speaks of the lights, so the showroom whose question the
// retraining flipped is given one. The same question, which the model leans to be off the subject (0.93), keeps that policy, because
// it speaks of the lights; without it (above, and read-in-round-74) the answer is "don't know". Nor is "switch" a tool we do not hold.
/** An example firm's workspace, parsed. */
const readConfigOf = (folder: string) => parseConfig(readFileSync(new URL(`../../examples/${folder}/vigil.yaml`, import.meta.url), 'utf8'), `${folder}/vigil.yaml`);

describe('the lights asked leaning off the subject, where a policy speaks of them', () => {
  const linden = readFileSync(new URL('../../examples/linden-interiors/vigil.yaml', import.meta.url), 'utf8');
  const closingUp = [
    '  - id: closing-up',
    '    title: Closing up the showroom',
    '    text: >-',
    '      The last one out at 5 checks the back door, turns the showroom lights off, sets the alarm and puts the sample-room',
    '      keys in the key safe. Never leave the lights on overnight for a client viewing.',
    '    keywords: [closing up, lock up, lights, alarm, last one out]',
  ].join('\n');
  const qa = new PolicyQa(parseConfig(linden.replace(/^policies:\n/m, `policies:\n${closingUp}\n`), 'linden-interiors/vigil.yaml'));
  it('keeps the policy that says to turn the showroom lights off', () => {
    const answer = qa.ask('can i turn the showroom lights off at 5?');
    expect(answer.sources).toEqual(['policy:closing-up']);
    expect(answer.answer).toContain('turns the showroom lights off');
  });
  // The shipped model's lean moves with every retraining (0.971, 0.933, 0.942 in three rounds), so the guard is also tried against a model
  // that is sure every question is small talk (its bias alone: a real model, not a stand-in): the policy that speaks of the lights stands,
  // and a firm with no such policy gets "don't know", not the policy a stray word met.
  const sureSmallTalk = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'every question small talk', bias: [0, 0, 0, 10, 0], weights: {} });
  it('keeps that policy against a model sure the question is small talk; a firm without one gets "don\'t know"', () => {
    const withPolicy = new PolicyQa(parseConfig(linden.replace(/^policies:\n/m, `policies:\n${closingUp}\n`), 'linden-interiors/vigil.yaml'), { kinds: sureSmallTalk });
    expect(withPolicy.ask('can i turn the showroom lights off at 5?').sources).toEqual(['policy:closing-up']);
    const without = new PolicyQa(parseConfig(linden, 'linden-interiors/vigil.yaml'), { kinds: sureSmallTalk }).ask('can i turn the showroom lights off at 5?');
    expect(without.intent).toBe('unknown');
  });
  it('reads "switch" as what is done to the lights, not a tool to ask about', () => {
    expect(new PolicyQa(parseConfig(linden, 'linden-interiors/vigil.yaml')).ask('ok to switch the showroom lights off at five').answer).not.toContain("can't find switch");
  });
});

// The same retraining made the model surer that putting the hall hire prices on the noticeboard is small talk: a service's prices asked
// by its purpose keyword ("the hall hire prices") are that supplier's (read-in-round-53 keeps Hallmaster's entry); prices of no service
// of ours are not.
describe("a service's prices asked by its purpose keyword", () => {
  cases([
    { firm: 'hall', q: "can you put the bar prices on the noticeboard", has: [], not: ['Hallmaster'] },
  ]);
  // The shipped model's lean moved below sure with a later retraining (0.953, then 0.597), so the rule is also tried against a model sure
  // every question is small talk (its bias alone: a real model, not a stand-in).
  it('keeps the hall hire entry against a model sure the question is small talk, and no entry for the bar prices', () => {
    const sureSmallTalk = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'every question small talk', bias: [0, 0, 0, 10, 0], weights: {} });
    const hall = new PolicyQa(readConfigOf('hartfield-village-hall'), { kinds: sureSmallTalk });
    expect(hall.ask('can you put the hall hire prices on the noticeboard').sources).toContain('register:hallmaster');
    expect(hall.ask('can you put the bar prices on the noticeboard').sources).toEqual([]);
  });
});

// Two reviews tried the readings on questions of their own at development firms, before and after (301 questions): the variants a
// reading should have read, read now, and every over-reach narrowed and kept here as a neighbour.
describe('what the reviews found: the same stories told otherwise', () => {
  cases([
    { firm: 'jungle', q: "a little girl has disappeared from the toddler area and mum is frantic", has: ['safeguarding', 'Code Banana'] },
    { firm: 'cornerstone', q: "I think one of the lads has a knife tucked in his waistband, should i frisk him?", has: ['knife-crime-exploitation', 'do not search anyone'] },
    { firm: 'cornerstone', q: "there's a rumour a lad is carrying a blade, should i go through his rucksack?", has: ['knife-crime-exploitation', 'do not search anyone'] },
    { firm: 'cornerstone', q: "one of the lads pulled a knife on another at the skatepark, what do i do?", has: ['knife-crime-exploitation', 'do not search anyone'] },
    { firm: 'playshelf', q: "there was no answer at the house for the buggy drop, i've left it in the porch, is that ok?", has: ['home-deliveries', 'never leave specialist equipment on a doorstep'] },
    { firm: 'littlebundles', q: "nobody home for the bundle, can i leave it with the lady next door?", has: ['deliveries', 'Never leave a bundle with a neighbour'] },
    { firm: 'cornerstone', q: "one of the kids dm'd asking if she can ring me instead", has: ['instagram-outreach', 'never move a conversation'] },
    { firm: 'cornerstone', q: "a young lad messaged asking if he can ring me rather than typing", has: ['instagram-outreach', 'never move a conversation'] },
    { firm: 'cornerstone', q: "one of our young people messaged me on insta and wants to move it to a phone call", has: ['instagram-outreach', 'never move a conversation'] },
    { firm: 'sunwell', q: "the season has come to an end, what happens to the dawn dip lists?", has: ['end-of-season', 'Shredding Day'] },
    { firm: 'sunwell', q: "someone is using a season ticket that isn't theirs", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "can I check my phone on the chair during a quiet shift?", has: ['phones-and-photos', 'Lifeguards on duty carry the radio, not a phone'] },
    { firm: 'playshelf', q: "a mum asked me to change her baby's nappy while she sorts the toy returns, is that ok?", has: ['stay-and-play', 'change a nappy'] },
    { firm: 'hall', q: "can you put the hall hire costs on the noticeboard", has: ['Hallmaster'] },
  ]);
});

describe('what the reviews found: neighbours that keep their answer', () => {
  cases([
    // A disclosure told beside the toilet or a nappy is the safeguarding policy's, before the rule on changing.
    { firm: 'playshelf', q: "while i was taking her to the toilet she told me her stepdad hits her, can i tell her mum?", has: ['safeguarding'] },
    { firm: 'playshelf', q: "a toddler needed changing and when I went to help I saw bruises all over her back, her mum shouted to me to just do it quickly", has: ['safeguarding'] },
    { firm: 'playshelf', q: "a little boy told me his dad hurts him when he wets himself, then asked me to take him to the toilet, can I?", has: ['safeguarding'] },
    { firm: 'larkspur', q: "nobody home for the prescription delivery, can i leave it on the doorstep?", has: [], not: ['never leave it in the reader when'] },
    { firm: 'restwood', q: "nobody answered at the house so can i leave the ashes on the doorstep?", has: [], not: ["Never leave a phone on the van's"] },
    { firm: 'ashgrove', q: "can i print the drinks price list for behind the bar?", has: [], not: ['Do not print the list or take it home'] },
    { firm: 'jungle', q: "we can't find the girl's party booking on the system, what do we do?", has: [], not: ['Code Banana'] },
    { firm: 'jungle', q: "a dad says he lost his son's coat in the ball pit, can we check the cctv?", has: [], not: ['Code Banana'] },
    { firm: 'playshelf', q: "we can't find the boy's library card, can we still lend him the toys?", has: [], not: ['If a child goes missing, close the front door'] },
    { firm: 'playshelf', q: "a member just returned from hospital and is on medication, can her little one still come to stay and play in the hall?", has: [], not: ['label them with the member number'] },
    { firm: 'cobblewynd', q: "found a pile of fire drill sign-in sheets going back to 2020, do we still need them?", has: [], not: ['The register is kept 12 months'] },
    { firm: 'lifeline', q: "found a box of old visitor sign-in sheets from reception going back to 2019, do we still need them?", has: [], not: ['Registers, assessment papers and practical sign-off sheets'] },
    { firm: 'cornerstone', q: "a lad gave me his phone number, can i put it in my phone so i can text him about football?", has: ['work-phones'] },
    { firm: 'cornerstone', q: "a girl gave me her phone number, can i put it on the school trip form?", has: [], not: ['Never write a surname, address, school or phone number'] },
    { firm: 'cornerstone', q: "can we have a knife in the kit bag for cutting fruit at the session? i'll check with the lead", has: [], not: ['do not search anyone'] },
    { firm: 'ashgrove', q: "should the room hire prices include vat?", has: [], not: ['Bookwhen'] },
    { firm: 'sunwell', q: "a kid paid with a bank card that's clearly his mum's, is that ok?", has: [], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "a man is using his wife's card to pay for the cafe, fine?", has: ['Square'], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "found a membership card which is his in the changing rooms, can we post it back to him?", has: [], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'brookside', q: "a resident's son paid for the hairdresser with a card that's obviously his mum's, is that ok?", has: [], not: ["someone else's login"] },
    { firm: 'cornerstone', q: "the boy's social worker messaged me, should I give her a call?", has: [], not: ['never move a conversation to Snapchat'] },
    { firm: 'cornerstone', q: "my manager messaged about the girl from tuesday, should I give him a call about it?", has: [], not: ['never move a conversation to Snapchat'] },
    { firm: 'ashgrove', q: "end of the season, what do we do with the quiz league sheets?", has: [], not: ['day sheet,'] },
    { firm: 'ashgrove', q: "the darts season is over, what do we do with the team sheets?", has: [], not: ['day sheet,'] },
    { firm: 'sunwell', q: "can I take a photo of the volunteer rota list so I know my shifts?", has: ['volunteers'], not: ['never be left in the lifeguard hut or photographed'] },
    { firm: 'sunwell', q: "can I take a photo of the cafe price list for the website?", has: [], not: ['never be left in the lifeguard hut or photographed'] },
    { firm: 'tidemill', q: "a man has turned up to collect them, the bikes the family left here at lunchtime", has: [], not: ['handed back only to the same person'] },
    { firm: 'bouncers', q: "grandad has come to pick him up from the party but it's always his mum, ok to let him go?", has: [], not: ['A child found alone'] },
    { firm: 'sunwell', q: "there's footage on the gate tablet of the theft, should we keep it until the police come?", has: ['Devon and Cornwall Police'] },
    { firm: 'wavelength', q: "can i turn the music down while a caller reads out her address on air?", has: ['phone-ins'] },
  ]);
});

// A second pair of reviews, after the narrowing (262 questions): more variants read, more over-reach narrowed.
describe('what the second reviews found: the same stories told otherwise', () => {
  cases([
    { firm: 'bluebell', q: "would it be alright if i printed the run list for the driver?", has: ['minibus', 'Do not print the run list'] },
    { firm: 'littlebundles', q: "no one in at the flat, can i leave the bundle outside the door?", has: ['deliveries'] },
    { firm: 'cornerstone', q: "a lad gave me his full name and number, can i write them on tonight's contact sheet?", has: ['contact-sheets', 'Never write a surname'] },
    { firm: 'cornerstone', q: "a kid messaged on insta asking to switch to whatsapp, can I?", has: ['instagram-outreach', 'never move a conversation'] },
    { firm: 'cornerstone', q: "a girl texted me asking if we can ring her instead, she's got no data left", has: ['instagram-outreach', 'never move a conversation'] },
    { firm: 'brightstart', q: "during the after school session can i look at my phone if it's quiet?", has: ['photos-phones', 'Staff phones stay in the lockers'] },
    { firm: 'playshelf', q: "during the stay and play session can i have my phone with me for the bus times?", has: ['stay-and-play', "Volunteers' phones stay in the office drawer"] },
    { firm: 'ironside', q: "a junior's brother has come to pick him up, he's 19, can he go with him?", has: ['if anyone else turns up, ring the parent first'] },
    { firm: 'sunwell', q: "someone's using a season ticket that's not theirs", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'pirouette', q: "term's over — do we keep the class lists or shred them?", has: ['retention', 'shredded at the end of each term'] },
  ]);
});

describe('what the second reviews found: neighbours that keep their answer', () => {
  cases([
    { firm: 'playshelf', q: "can we print the volunteer rota for the next round of stay and play sessions?", has: [], not: ['Do not print the round'] },
    { firm: 'willowmere', q: "the headteacher said she needs the loo, can i cover the tombola till she's back?", has: [], not: ['other than their own'] },
    { firm: 'jungle', q: "a boy has run off with one of the tablets from the party room, what do we do?", has: [], not: ['Code Banana'] },
    { firm: 'playshelf', q: "a mum told me at stay and play that her teenage son has gone missing since friday, she's in bits", has: [], not: ['If a child goes missing, close the front door'] },
    { firm: 'playshelf', q: "the Wilsons brought back the baby walker and the photos in the catalogue don't match it, is it the right one?", has: [], not: ['label them with the member number'] },
    { firm: 'fairwaygreen', q: "a new coach gave us his mobile number, can we put it on the website so parents can ring him?", has: [], not: ["never put a junior's full name"] },
    { firm: 'cornerstone', q: "one of the lads had a knife pulled on him last week, he wants to show me the cut", has: [], not: ['do not search anyone'] },
    { firm: 'cornerstone', q: "a young person messaged to say the police will ring me instead of her", has: [], not: ['never move a conversation to Snapchat'] },
    { firm: 'cornerstone', q: "a lad messaged the insta asking if his mum can ring me instead, she wants to talk about his school", has: [], not: ['never move a conversation to Snapchat'] },
    { firm: 'hopscotch', q: "there are photos of a bruise on freddie's arm on the setting phone, should i keep them there until the safeguarding lead sees them?", has: [], not: ["deleted from the device's camera roll"] },
    { firm: 'hopscotch', q: "i've got some photos of the meter readings on the setting phone, ok to keep them until the end of the month?", has: [], not: ["deleted from the device's camera roll"] },
    { firm: 'cornerstone', q: "a young person sent photos of threats she got, they're on the work phone, can i keep them there for now?", has: ['instagram-outreach'] },
    { firm: 'sunwell', q: "an elderly lady from aqua aerobics had a dizzy spell, her neighbour has come to pick her up, is that ok?", has: [], not: ['if someone else comes, phone the parent first'] },
    { firm: 'crux', q: "a woman has come to collect him, the adult climber who hurt his ankle, can i tell her which hospital?", has: [], not: ['if someone else'] },
    { firm: 'sunwell', q: "a customer left her membership card which is her daughter's on the sundeck, what do i do with it", has: [], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'skybounce', q: "can i take a photo of the party menu sheet for the website?", has: [], not: ['photograph or screenshot the'] },
    { firm: 'ashby', q: "can i take a photo of the delivery van sheet showing the mileage for the insurance?", has: [], not: ['never photograph'] },
    { firm: 'lifeline', q: "the course is finished, what do we do with the spare blank certificate forms?", has: [], not: ['Registers, assessment papers and practical sign-off sheets'] },
    { firm: 'sunwell', q: "what are the car park charges in summer?", has: [], not: ['Hik-Connect'] },
  ]);
});
