import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 119 and focus sets 41, 46 and 47 taught (the sixty-sixth round), with a few older development questions, each beside a neighbour that keeps its answer.
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
    careFarm: 'lowmoor-care-farm',
    museum: 'haverley-museum',
    glass: 'kilnhouse-glass-studio',
    nurses: 'harbourview-dental-nursing-agency',
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

describe('read in focus set 47 and the older sets: doses, footage, harm, the police, injuries, chats and copies', () => {
  cases([
    { firm: 'punts', q: "which of our systems just can't do two-step at all?", has: ['Hik-Connect'], not: ['Granta Security Systems'] },
    { firm: 'tattoos', q: 'have we got anything on file from the pharmacy?', has: ['missing'], not: ['Dispenses the numbing cream'] },
    { firm: 'careFarm', q: "gave Mo his 12 o'clock meds about 40 mins late, what now", has: ['medication-and-health', 'missed or wrong dose'] },
    { firm: 'museum', q: 'can I take a video of the cctv monitor on my phone to send Dave?', has: ['Never film footage on the monitor with a phone'] },
    { firm: 'careFarm', q: "spotted bruises on one of the participants arms at lunch, she didn't say how", has: ['safeguarding'] },
    { firm: 'careFarm', q: 'one of the guys said something on the walk that really worried me, who should I tell?', has: ['safeguarding'] },
    { firm: 'careFarm', q: 'a man rang saying he was police, asking if one of our participants was in today', has: ['referrals-and-sharing'] },
    { firm: 'nurses', q: "her police check still hasn't come back, can she do Thursday?", has: ['compliance-records'] },
    { firm: 'glass', q: 'caught my wrist on the punty, bit of a blister, whats the drill?', has: ['hot-shop-safety'] },
    { firm: 'nurses', q: 'Jade got pricked by a used needle clearing the tray, anything we need to do?', has: ['sharps-injury'] },
    { firm: 'nurses', q: "an ex-nurse wants all the messages and emails we've got about her", has: ['subject-access'] },
    { firm: 'nurses', q: 'Shannon wants to stick all the Truro nurses in one group so they see the shifts quicker, ok?', has: ['whatsapp-shifts'] },
    { firm: 'nurses', q: "ok if I keep a copy of Zoe's blood test results in my inbox in case a practice asks?", has: ['compliance-records', 'never keep copies in email'] },
    { firm: 'glass', q: 'the electrician is here early, can I let him through to the kiln room?', has: ['visitors'] },
    { firm: 'glass', q: 'mixed up the labels on two orders this morning, both already posted', has: ['breach-reporting'] },
    // Neighbours: the unknown asked too, a summary asked, a packed lunch, the gallery filmed, a pony, a tractor's noise, a van checked at the
    // roadside, booking asked, a rose, the rota's messages, a new starter added to the app, the rota kept, no visitor, jars of frit.
    { firm: 'punts', q: "which don't have 2fa or we don't know?", has: ['Granta Security Systems'] },
    { firm: 'tattoos', q: 'tell me about the pharmacy', has: ['Dispenses the numbing cream'] },
    { firm: 'careFarm', q: 'forgot to give Sam his packed lunch, can he have a sandwich from the cafe?', has: [], not: ['Medication, health notes'] },
    { firm: 'museum', q: 'can I take a video of the gallery on my phone for the newsletter?', has: [], not: ['Never film footage on the monitor'] },
    { firm: 'careFarm', q: 'bruises on the ponys legs after the ride, who do i tell', has: [], not: ['Safeguarding adults'] },
    { firm: 'careFarm', q: 'the tractor made a noise on the walk that really worried me, who should I tell?', has: [], not: ['Safeguarding adults'] },
    { firm: 'nurses', q: 'the police checked the van at the roadside this morning', has: [], not: ['GDC registration, DBS'] },
    { firm: 'glass', q: "what's the procedure for booking a taster session?", has: [], not: ['Hot shop safety and burns'] },
    { firm: 'nurses', q: 'Jade got pricked by a rose in the practice garden lol', has: [], not: ['Sharps and needlestick'] },
    { firm: 'nurses', q: "all the messages we've got about the rota have vanished from the work phone", has: [], not: ['When a nurse asks for a copy'] },
    { firm: 'nurses', q: 'can we add all the new nurses to TempBuddy?', has: [], not: ['WhatsApp shift offers'] },
    { firm: 'nurses', q: 'should I keep a copy of the rota on my phone?', has: [], not: ['never keep copies in email'] },
    { firm: 'glass', q: 'can I let him through the side gate with the trolley?', has: [], not: ['Visitors, open studio days'] },
    { firm: 'glass', q: 'swapped the labels on two jars of frit in the store, does it matter?', has: [], not: ['Reporting a data breach'] },
  ]);
});
