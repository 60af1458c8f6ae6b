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

// The review's over-reaches: questions that share a new reading's words but not its story, each kept as the start code answered it.
describe("the review's over-reaches, kept as they were", () => {
  const reviewed = devCasesOn(
    exampleFirms({
      childminder: 'hopscotch-childminding',
      forestSchool: 'acorn-wild-forest-school',
      pharmacy: 'larkspur-pharmacy',
      vans: 'cobalt-van-hire',
      library: 'pageturner-mobile-library',
      walling: 'drystone-dales-walling',
      clocks: 'tickety-clock-repairs',
      chocolate: 'cocoa-and-co-chester',
      roofing: 'slateline-roofing',
      print: 'northgate-print',
      butchers: 'moorgate-butchers',
      pottery: 'kilnworks-pottery',
      nails: 'polish-nail-bar',
      cityFarm: 'mudlark-city-farm',
      shop: 'ashby-parva-stores',
      immigration: 'crossway-immigration',
      homeCare: 'larkfield-home-care',
      plough: 'plough-at-amberley',
      valet: 'skyport-valet-parking',
      osteopath: 'alder-osteopathy',
      coffee: 'ember-roast-coffee',
      glass: 'kilnhouse-glass-studio',
      climbing: 'crux-climbing',
      petSitters: 'wagtail-pet-sitters',
      lullaby: 'little-lullaby-classes',
      farriers: 'anvil-and-hoof-farriers',
    }),
  );
  reviewed([
    { firm: 'childminder', q: 'I gave Lily her medicine an hour late, what now?', has: ['Allergies, medicines and health records'], not: ["When something goes wrong with children's information"] },
    { firm: 'forestSchool', q: 'I forgot to give Sam his medicine before the walk, what now?', has: ['Allergy, medication and medical forms'], not: ['Lost tablets, wrong photos'] },
    { firm: 'pharmacy', q: 'a customer says she missed her dose yesterday, can she take two today?', has: [], not: ['Reporting a data breach'] },
    { firm: 'vans', q: 'the police check the number plates on our vans sometimes, do we need to tell customers?', has: ['Police and safety camera partnerships'], not: ['Record360'] },
    { firm: 'library', q: "I'm working on my own laptop today as the van one is broken, is that ok?", has: [], not: ['Home visits and lone working'] },
    { firm: 'walling', q: "the landowner said he's by himself on the farm, can I give him my mobile?", has: ["Landowners' and farmers' details"], not: ['Lone working on remote land'] },
    { firm: 'clocks', q: 'the counter tablet has died, what do I do?', has: [], not: ['customers who have died'] },
    { firm: 'clocks', q: "Kev's dad passed away on Sunday, what do we need to do about his shifts?", has: [], not: ['customers who have died'] },
    { firm: 'chocolate', q: 'I mixed up the stickers on the two boxes of truffles, vegan and milk, what now?', has: ['Allergen information'], not: ['Reporting a data breach'] },
    { firm: 'roofing', q: 'I sent the quotes for the slate to Travis Perkins instead of Jewson to compare prices, is that ok?', has: [], not: ['data breaches'] },
    { firm: 'print', q: 'I sent the proofs to the bride instead of the planner because she asked me to, is that ok?', has: [], not: ['Reporting a data breach'] },
    { firm: 'butchers', q: "I emailed the branch's stock list to the other branch, ok?", has: [], not: ['Reporting a data breach'] },
    { firm: 'pottery', q: "I texted the team's rota to the other team so they can cover, that alright?", has: [], not: ['When personal data goes astray'] },
    { firm: 'nails', q: "the electrician's here to fix the lights, can I let him in before we open?", has: [], not: ["Calls and visitors asking about other people's bookings"] },
    { firm: 'cityFarm', q: 'the vet rep is here, shall I show him round the pens?', has: [], not: ['Callers and visitors asking about someone'] },
    { firm: 'shop', q: 'a customer asked to have her name and email address removed from the mailing list, what do I do?', has: ['The Parva Post and marketing consent'], not: ['When someone asks for their data'] },
    { firm: 'immigration', q: "the police want all the messages we've got on him, what do I do?", has: [], not: ["Requests for a copy of a client's file"] },
    { firm: 'homeCare', q: 'his daughter is asking for all the texts we have about him, can I send them?', has: ['Birdie: Digital care records'] },
    { firm: 'plough', q: "who's handling the christmas party bookings, one of the guests wants her deposit back and her card details deleted", has: ['How long we keep things'] },
    { firm: 'valet', q: 'the parking cameras caught a car scraping ours, is there anywhere I can save the footage?', has: [], not: ["Sorry, I don't know"] },
    { firm: 'osteopath', q: 'can I keep copies of the clinic letters on my laptop at home?', has: [], not: ['Patients asking for their records'] },
    { firm: 'coffee', q: 'can I photograph the screen of the card machine on my phone to show the bank the error?', has: [], not: ['CCTV in the cafe'] },
    { firm: 'cityFarm', q: "bruising on one of the lambs' legs after the kids handled them, who do I tell?", has: [], not: ['Safeguarding, DBS checks'] },
    { firm: 'glass', q: 'one of the makers had burns up both arms after the furnace incident, what do we do?', has: [], not: ['Courses for 14-17 year olds'] },
    { firm: 'climbing', q: "a new member fell into arrears, what's the procedure?", has: [], not: ['Accidents, injuries and first aid records'] },
    { firm: 'petSitters', q: "a lady saying she's Bob's sister booked walks for him, what's our phone number for her?", has: [], not: ["Keeping clients' details and absences private"] },
    { firm: 'nails', q: 'the parcel of gel polishes arrived smashed, can I photograph them for the claim, is that ok?', has: ['Royal Mail Click & Drop'] },
    { firm: 'coffee', q: 'I wrote down their order on a napkin, is that ok?', has: [], not: ['Card numbers'] },
    { firm: 'lullaby', q: 'can we put all the class leaders in one chat to sort the rota?', has: ['Google Workspace: Email'] },
    { firm: 'farriers', q: "which apps don't support two factor, we need to know them all to chase them?", has: ['Farriers Registration Council', 'Teme Valley Equine Vets'], not: ['others.'] },
  ]);
});
