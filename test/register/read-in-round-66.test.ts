import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 119 and focus sets 41 and 46 taught (the sixty-sixth round), each beside a neighbour that keeps its answer.
 * The questions are told afresh, not the sets' own.
 */
const cases = devCasesOn(
  exampleFirms({
    taxidermy: 'featherstone-taxidermy',
    punts: 'punt-and-pole-cambridge',
    burials: 'meadowrest-natural-burial',
    tattoos: 'clearskin-laser-tattoo-removal',
    walling: 'drystone-dales-walling',
    library: 'pageturner-mobile-library',
    broadband: 'fibrefield-broadband-coop',
    cinema: 'starlight-outdoor-cinema',
    }),
);

describe('a slip of sending, told in more ways', () => {
  cases([
    { firm: 'taxidermy', q: "Colin sent the bill for the Coopers' fox to the other Coopers in Dereham, should I ask them to bin it?", has: ['breach-reporting'] },
    { firm: 'punts', q: "I emailed the seating plan for Tuesday's stag party to the organiser of a different stag party, both called Tom. should I ask the wrong one to delete it?", has: ['breach-reporting'] },
    { firm: 'burials', q: "sent the confirmation for Mr Shaw's interment to Hartleys instead of Dodsworths", has: ['breach-reporting'] },
    // Neighbours: the right people, and the menu sent on to another party's organiser as asked.
    { firm: 'taxidermy', q: "sent the Coopers' invoice to the Coopers this morning, do they pay by card?", has: [], not: ['Reporting a data breach'] },
    { firm: 'punts', q: 'emailed the menu to the organiser of the other hen party too, they asked for it', has: [], not: ['Reporting a data breach'] },
    { firm: 'burials', q: 'sent the confirmation to Dodsworths this morning, do they need anything else from us?', has: [], not: ['Reporting a data breach'] },
  ]);
});

describe('house rules on scraps of paper, photos on own phones and someone pictured', () => {
  cases([
    { firm: 'tattoos', q: "wrote a client's medication and allergies on a sticky note to put in later, that's alright isn't it", has: ['consultations-and-health', 'never write health details'], not: ['Clinic management system'] },
    { firm: 'tattoos', q: "ipad battery has died, ok to take today's photos on my own phone?", has: ['before-after-photos', 'Never use your own phone'] },
    { firm: 'library', q: 'Mrs Hill said I could snap her with her large print books for the newsletter. fine to go ahead?', has: ['photos-and-stories'], not: ['Mailchimp'] },
    // Neighbours: a shopping list on a post-it, one's own phone taken into a room, and a picture of someone's letter, not of them.
    { firm: 'tattoos', q: 'wrote the gel order on a post-it, who do we buy it from?', has: [], not: ['Consultations, medical history'] },
    { firm: 'tattoos', q: 'can I charge my own phone in the treatment room?', has: [], not: ['Before and after photos'] },
    { firm: 'library', q: 'can I take a photo of her letter from the council for the referral?', has: [], not: ['Photos and readers'] },
  ]);
});

describe('the young counted, leave asked after a full stop', () => {
  cases([
    { firm: 'punts', q: 'three 15 year olds want to hire a punt on their own. allowed?', has: ['children-and-lifejackets', 'Children under 16 may not be on a self-hire punt'] },
    // Neighbour: two adults.
    { firm: 'punts', q: 'the two 20 year olds from the stag want a refund. allowed?', has: [], not: ['Children and life jackets'] },
  ]);
});

describe('a device gone into water, and English words run together', () => {
  cases([
    { firm: 'walling', q: 'the crew tablet slipped into the reservoir at Grimwith, it has the photo app on', has: ['lost-device'] },
    { firm: 'walling', q: "the lads have been off since tuesday, who do i tell?", has: [], not: ['Microsoft 365'] },
    // Neighbours: a quad in the beck is no device; "office" itself still names the mail.
    { firm: 'walling', q: 'the quad went in the beck, who do i call', has: [], not: ['lost-device'] },
    { firm: 'walling', q: 'where is our office email stored?', has: ['Microsoft 365'] },
  ]);
});

describe("requests for one's own data, told in more ways", () => {
  cases([
    { firm: 'taxidermy', q: 'a customer emailed wanting his name and phone number deleted from everything, can we do that?', has: ['subject-access'] },
    { firm: 'walling', q: 'a former apprentice wants all the photos and timesheets we hold with her name on', has: ['subject-access'] },
    // Neighbours: a name put on an invoice; a landowner's farm name on photos.
    { firm: 'taxidermy', q: 'he wants his name and email on the invoice, can we do that?', has: [], not: ['When someone asks what we hold'] },
    { firm: 'walling', q: "the landowner wants all the photos we've got with his farm name on, can we send them?", has: [], not: ['When someone asks for their information'] },
  ]);
});

describe('working alone, a check-in missed, an injury with time off', () => {
  cases([
    { firm: 'walling', q: "Gareth's on holiday so I'm walling on my own at Kettlewell all week, that alright?", has: ['lone-working'] },
    { firm: 'library', q: 'Dev was due to text back after his 3 o clock visit and nothing, not answering either', has: ['lone-visits'] },
    { firm: 'walling', q: 'Kieran dropped a coping stone on his hand last week, off work since. anything need doing?', has: ['accidents', 'more than seven days'] },
    { firm: 'punts', q: "a lad fell in off the pontoon at Quayside, he's fine, do I need to write it up?", has: ['accidents-and-health'] },
    // Neighbours: a ewe on her own, a text about the rota, a dropped sandwich, falling in love.
    { firm: 'walling', q: 'the ewe was on her own in the top field when we got there', has: [], not: ['Lone working'] },
    { firm: 'library', q: 'Dev was due to text back about the rota', has: [], not: ['Home visits and lone working'] },
    { firm: 'walling', q: 'Kieran dropped his sandwich in the beck, anything need doing?', has: [], not: ['Accidents, injuries and RIDDOR'] },
    { firm: 'punts', q: 'the bride fell in love with the punt, can we write it up for insta?', has: [], not: ['Accidents, people in the water'] },
  ]);
});

describe('harm seen, a death told, the police and family on the phone', () => {
  cases([
    { firm: 'library', q: 'one of my readers had bruising all over both arms today and went quiet when I asked', has: ['safeguarding'] },
    { firm: 'library', q: 'the carer at number 12 says Mr Ellis passed away at the weekend. what do we need to do?', has: ['closing-records'] },
    { firm: 'broadband', q: 'a DI from Dyfed-Powys rang asking which customer had a particular IP address, can I look it up?', has: ['support-calls'] },
    { firm: 'cinema', q: "a lady rang saying she's Nina's mum, lost her new number, can I give it to her? seemed genuine", has: ['crew-records', 'take a message instead'] },
    // Neighbours: marks on the vans, the pc that is a computer, a dad dropping off a jacket.
    { firm: 'library', q: 'one of the vans had marks up both sides after the round', has: [], not: ['Safeguarding concerns'] },
    { firm: 'broadband', q: 'the pc from the shop keeps crashing, who fixes it', has: [], not: ['Support calls and checking who you are talking to'] },
    { firm: 'cinema', q: "Priya's dad dropped off her jacket, where do I leave it?", has: [], not: ['Crew records and right-to-work checks'] },
  ]);
});

describe('couriers and tools asked after', () => {
  cases([
    { firm: 'taxidermy', q: 'could we ship the small cases with parcelforce?', has: ["can't find parcelforce", 'new-tools'] },
    { firm: 'walling', q: 'my brother swears by jobber for invoicing, worth switching?', has: ["can't find jobber", 'new-tools'] },
    { firm: 'library', q: 'can I just do a signupgenius for the volunteer rota', has: ["can't find signupgenius", 'new-tools'] },
    // Neighbours: a parcel of one's own, and DPD where the firm holds it.
    { firm: 'walling', q: 'my evri parcel never came, so annoying', has: [], not: ['new-tools'] },
    { firm: 'taxidermy', q: 'can we send the big cases by dpd?', has: ['DPD'], not: ["can't find DPD"] },
  ]);
});
