import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 118 and focus sets 39 and 42 taught (the sixty-fifth round), each beside a neighbour that keeps its answer.
 * The questions are told afresh, not the sets' own.
 */
const cases = devCasesOn(
  exampleFirms({
    photos: 'snapday-school-photography',
    gin: 'copperstill-gin-distillery',
    firstAid: 'lifeline-first-aid-training',
    alpacas: 'woollyridge-alpaca-treks',
    hairClinic: 'crowncraft-hair-clinic',
    physio: 'kestrel-physio',
    hgv: 'gearshift-hgv-training',
    farm: 'mudlark-city-farm',
    nursery: 'puddleduck-nursery',
  }),
);

describe('something sent to the wrong one, told with more words between', () => {
  cases([
    { firm: 'photos', q: 'sent the proof list for st aidans to ripley primary instead of st aidans, help', has: ['breach-reporting'] },
    { firm: 'physio', q: "texted mrs khan's appointment letter to the physio at the other clinic instead", has: ['lost-device'], not: ['Cliniko: Practice'] },
    // Neighbour: sent by email instead of by post is no slip of whom it went to.
    { firm: 'firstAid', q: 'emailed the invoice for the March course to Hartley Logistics instead of posting it, is that ok?', has: [], not: ['Reporting a data breach'] },
  ]);
});

describe('a bag with a device in it gone in a break-in', () => {
  cases([
    { firm: 'hgv', q: 'someone smashed the car window at the services and my laptop bag has gone', has: ['breach-reporting'] },
    // Neighbour: a bag's strap broken is no loss.
    { firm: 'hgv', q: 'the strap on my laptop bag snapped, can i claim a new one?', has: [], not: ['Reporting a breach'] },
  ]);
});

describe("what a checker holds on someone, asked beside the story of their DBS", () => {
  cases([
    { firm: 'photos', q: "beth's dbs is up for renewal, what does ucheck keep on her?", has: ['uCheck', 'identity documents'] },
    // Neighbour: a DBS come back with something on it is still a story to act on, not the checker's entry.
    { firm: 'photos', q: "jamie's dbs came back with something on it, what do we do?", has: [], not: ['uCheck holds'] },
  ]);
});

describe('why it is asked, said after the question: covering for someone', () => {
  cases([
    { firm: 'photos', q: 'what does tom look after? covering his leave next week', has: ['Dropbox', 'Backblaze B2', 'Nidd Valley IT'], not: ['GotPhoto'] },
  ]);
});

describe('pictures put on our socials, where no policy is titled on photos or posting', () => {
  cases([
    { firm: 'photos', q: 'can i stick a few of the nicest nursery group shots on our insta?', has: ['opt-outs', 'signed marketing consent'] },
    { firm: 'photos', q: 'can i put the prom photos on our facebook?', has: ['proms-and-events', 'not posted on our social media until'] },
    // Neighbour: a policy titled on posting photos still answers before a sentence in another.
    { firm: 'alpacas', q: 'can i put some of the trek photos on our facebook?', has: ['photos-social-media'] },
  ]);
});

describe("every photo and bit of info we hold on someone's child, asked for", () => {
  cases([
    { firm: 'nursery', q: "mum's emailed asking for every photo and bit of info we've got on her son", has: ['subject-access'] },
    // Neighbour: photos of her son asked to be taken down is no request for a copy.
    { firm: 'nursery', q: "mum wants the photo of her son taken off the nursery facebook page", has: [], not: ['When a parent asks for their records'] },
  ]);
});

describe('a tool we do not hold, asked after a story told first, or named in brackets as an app', () => {
  cases([
    { firm: 'photos', q: "a few of the prom shots are blurry, can i use topaz to fix them? it's ai but really good", has: ['new-tools', "can't find topaz"] },
    // Neighbour: an everyday thing in the same slot after a story is no tool.
    { firm: 'photos', q: "printer's broken, so can i use the library printer?", has: [], not: ["can't find"] },
    { firm: 'alpacas', q: 'been running the visitor photos through Glowup (free AI editing app) before we post them, honestly they look so much better', has: ['new-tools', "can't find"] },
    // Neighbours: a name in brackets is never read as a slip of one of ours ("InShot" is not Instagram); a tool of ours asked after
    // a story is ours; a supplier of ours named in brackets is ours.
    { firm: 'alpacas', q: 'been running the trek videos through InShot (video editing app) first, they look way better', has: ['new-tools', "can't find"], not: ['Meta (Facebook'] },
    { firm: 'photos', q: 'the retouchers are slammed, can i use dropbox to send them the batch?', has: ['Dropbox'], not: ["can't find"] },
    { firm: 'alpacas', q: "I've been posting the trek photos on Instagram (the meta app) every day, is that ok?", has: ['Meta'], not: ["can't find"] },
  ]);
});

describe('old records asked whether they should still be there, told by the month', () => {
  cases([
    { firm: 'gin', q: "a guest's allergy note from back in march is still on checkfront, should it be?", has: ['retention', 'allergy notes are deleted from Checkfront 30 days after the visit'], not: ['Checkfront: Online bookings'] },
    // Neighbour: a note for next week's class is no old record.
    { firm: 'gin', q: "a guest's nut allergy note is on checkfront for next week's class, should it be?", has: [], not: ['How long we keep records'] },
  ]);
});

describe('card numbers written down, ruled by the sentence that forbids them on paper', () => {
  cases([
    { firm: 'gin', q: "at the festival bar can i jot down card numbers on a pad for people's tabs?", has: ['events-bar', 'Paper tab sheets'] },
    // Neighbour: card numbers taken over the phone are not written on paper.
    { firm: 'gin', q: 'gin club member rang to update her card, can i take the card number over the phone?', has: [], not: ['Weddings and event bars'] },
  ]);
});

describe("someone's health asked after by their employer: the policy that keeps it and names it", () => {
  cases([
    { firm: 'firstAid', q: "her manager emailed asking to be kept in the loop, she told me she's epileptic. what can I tell him", has: ['learner-health', 'Never tell the employer'] },
    // Neighbour: whether he passed names no health matter.
    { firm: 'firstAid', q: 'his employer rang asking whether he passed, can I tell them?', has: [], not: ['Learners\' medical conditions'] },
  ]);
});

describe("an animal's nip told as the accident it is", () => {
  cases([
    { firm: 'farm', q: "one of the goats nipped a kid's hand at the feeding session, what do i do", has: ['paper-records', 'accident book'] },
    // Neighbour: nipping to the shop hurts nobody.
    { firm: 'alpacas', q: 'i nipped to the shop and left the booking ipad on the counter, is that ok?', has: [], not: ['Bites, kicks and accidents'] },
  ]);
});

describe('what the animals eat, asked by a visitor, is nobody\'s data', () => {
  cases([
    { firm: 'farm', q: 'a kid on the school trip asked what the pigs eat, is it just scraps?', has: ['Kwame'], not: ['Microsoft 365'] },
    // Neighbour: a resident allergic to hay is a care-home visit's matter.
    { firm: 'alpacas', q: 'a care home resident is allergic to hay, can she still join the session?', has: [], not: ["I don't know"] },
  ]);
});

describe('locked out of an account while someone else posts from it', () => {
  cases([
    { firm: 'farm', q: "can't log into our facebook page and someone's posting dodgy links from it", has: ['breach-reporting'] },
    // Neighbour: locked out for a forgotten password is no takeover.
    { firm: 'hairClinic', q: 'locked out of the instagram again, forgot the password, how do i reset it?', has: [], not: ['Reporting a data breach'] },
  ]);
});
