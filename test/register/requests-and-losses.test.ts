import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What focus set 6's misses showed (read in the forty-ninth round), and what a review of round 99's fixes found: each on the
 * set's firm and on another, beside a neighbour of like words that keeps its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    funeral: 'hollins-funeral',
    architects: 'penhallow-architects',
    nursery: 'puddleduck-nursery',
    pt: 'corefit-pt',
    icecream: 'tutti-ice-cream',
    pest: 'kingsmead-pest-control',
    vintage: 'second-stitch-vintage',
    phlebotomy: 'veinway-phlebotomy',
    homes: 'hawksmoor-homes',
    signs: 'brightline-signs',
    bakery: 'crumb-and-crust-bakery',
    digital: 'northwind-digital',
    estates: 'fairhaven-estates',
    weddings: 'brightframe-weddings',
    osteo: 'alder-osteopathy',
    guarding: 'bastion-guarding',
    locksmiths: 'keystone-locksmiths',
    garage: 'marshgate-motors',
    cottages: 'bramblecombe-holiday-cottages',
    bridal: 'ivory-lace-bridal',
    stores: 'ashby-parva-stores',
    windows: 'crystal-clear-windows',
    oak: 'brackenridge-oak',
    parish: 'brockley-parish-council',
    fitness: 'copperbeech-fitness',
    farriers: 'anvil-and-hoof-farriers',
    bookkeeping: 'ledgerlight-bookkeeping',
    apiaries: 'goldcomb-apiaries',
    childminder: 'hopscotch-childminding',
    lettings: 'ashcombe-lettings',
    coffee: 'beanwagon-coffee',
  }),
);

describe('a request for one’s data or its erasure, however it is put, is the policy on requests', () => {
  cases([
    { firm: 'funeral', q: 'the son from the harrison funeral wants his details taken off our system completely, he put it in an email to me this morning', has: ['access-requests'] },
    { firm: 'icecream', q: 'a customer wants her details taken off our system completely', has: ['subject-access'] },
    { firm: 'architects', q: 'bloke who sent an enquiry thru the site last yr now wants all trace of him wiped - how long have we got to sort it', has: ['data-requests', 'within one month'] },
    { firm: 'pest', q: 'the farmer wants all trace of him wiped from our records', has: ['customer-requests'] },
    { firm: 'architects', q: "mrs okafor (loft conversion) has emailed asking for 'all the info you hold on me' - do i just zip up her folder and send it over?", has: ['data-requests'] },
    { firm: 'architects', q: "at the mill site yday the next door neighbour collared me, says he wants to see whatever we've got about him from the party wall stuff", has: ['data-requests'] },
    { firm: 'nursery', q: "poppy's dad came in asking for copies of all her journal stuff, him and mum are separated and she's the main contact on file", has: ['subject-access', 'court order'] },
    // Neighbour: taken off the mailing list is no erasure; it is the rule on marketing.
    { firm: 'icecream', q: 'mrs patel wants her details taken off the mailing list', has: ['marketing-consent'], not: ['subject-access'] },
  ]);
});

describe('a thing left where the public are, or taken from a car, is lost', () => {
  cases([
    { firm: 'funeral', q: "left the folder with the cremation forms on a pew at st mary's after yesterdays service and the vicar isnt answering", has: ['breach-reporting', 'forms left at a church'] },
    { firm: 'architects', q: 'left a roll of A1 prints on the 8.10 into temple meads, client name + address on every title block', has: ['data-breach'] },
    { firm: 'pest', q: 'left the job sheets on the bench at the station', has: ['breach-reporting'] },
    { firm: 'architects', q: "work laptop's been taken out of my car at the clifton job, window smashed. who do i call first?", has: ['data-breach', 'wipe it remotely'] },
    { firm: 'phlebotomy', q: "my tablet's been taken out of the car at the surgery", has: ['breach-reporting'] },
    // Neighbours: a car at a hotel and a table in our own waiting room are no public place (a review and a development case found these).
    { firm: 'weddings', q: 'left the camera bag in the car overnight at the hotel, is that a problem?', has: ['Never leave cameras, cards or laptops in a car overnight'] },
    { firm: 'osteo', q: 'Priya left her day list on the waiting room table this morning and a patient was reading it when I came out', has: ['notes left where others can read them'] },
  ]);
});

describe("one person's papers sent to another by name are sent to the wrong person", () => {
  cases([
    { firm: 'pt', q: "sent dave k's massage notes to dave m, both called dave in my contacts", has: ['breach-reporting', 'even if you are not sure'] },
    { firm: 'vintage', q: "sent anna's order confirmation to bella by mistake", has: ['breach-reporting'] },
  ]);
});

describe('longest and shortest read every period the register says, in words too', () => {
  cases([
    { firm: 'homes', q: 'who holds our data the longest', has: ['Kept longest: Wilkins Crane Solicitors'] },
    { firm: 'guarding', q: 'which supplier has the shortest retention', has: ['Kept shortest: Zello'] },
    // Neighbour: how long one kind of thing is kept, the longest, is that thing's answer (the backups policy), not every supplier's.
    { firm: 'signs', q: 'which supplier keeps backups longest', has: ['Backups'], not: ['Kept longest'] },
  ]);
});

describe('a leaving and a login lent, as a review of round 99’s fixes found them missed or overread', () => {
  cases([
    // A job finishing is no one leaving; a leaver's laptop is the devices policy's, not a last-day sentence elsewhere.
    { firm: 'bakery', q: 'the job finished today, anything i need to sort', has: [], not: ['leaves'] },
    { firm: 'digital', q: 'someone is leaving next week, what do we do with their laptop', has: ['devices'] },
    { firm: 'estates', q: 'can my colleague send the invoices using my login', has: ['Never share logins'] },
    { firm: 'funeral', q: 'a relative rang asking after Mrs Jones, what can I tell her', has: ['family-enquiries'] },
  ]);
});

describe('focus set 6’s other situations, each beside a neighbour', () => {
  cases([
    { firm: 'nursery', q: 'student on placement asked if she can go on as me for the afternoon coz her famly account isnt set up yet', has: ['passwords', 'never share your Famly login'] },
    { firm: 'pt', q: "tom's off sick so marcus said just log in as tom on trainerize and run his 6am people, that alright?", has: ['passwords', 'even for cover sessions'] },
    { firm: 'pt', q: 'can i log in as admin on trainerize to add a client', has: [], not: ['even for cover sessions'] },
    { firm: 'locksmiths', q: 'aisha wants to scroll back through the shop cams on her phone to see who pinched the charity tin', has: ['cctv', 'Only Dean Halloran and Joanne'] },
    { firm: 'garage', q: 'mrs ward reckons we scratched her bumper when she dropped off and she wants to see the recording', has: ['cctv', 'Only Denise and Gary may view'] },
    { firm: 'locksmiths', q: 'got a call from a bloke saying hes DC Morris from trinity road, wants the address of the lockout we did tues night', has: ['sharing-police', 'ring back through 101'] },
    { firm: 'funeral', q: 'reporter from the local paper on the line wanting to know how the young lad from the crash died, what do i tell her', has: ['family-enquiries', 'or the press go to Ruth'] },
    { firm: 'garage', q: "she says her mobile's wrong on our system and her surname's changed since she got married", has: ['customer-requests', 'note it on their record'] },
    { firm: 'pt', q: 'hannah absolutely smashed her 12 week transformation, can i put her before and after up on the gram', has: ['client-photos', 'signed the photo consent form'] },
    { firm: 'pt', q: "some guy at the gym was reading my laptop over my shoulder while i had a client's health form open, not sure if thats a thing", has: ['breach-reporting'] },
    { firm: 'architects', q: 'sat in costa before the 2pm site meeting, ok to jump on their free wifi and open the project files?', has: ['working-away', 'Use the practice VPN'] },
    // Neighbours: a firm's own guest wifi is its entry's or nobody's, never the rule on public networks.
    { firm: 'architects', q: 'whats the guest wifi password in the meeting room? clients coming in at 2', has: [], not: ['Use the practice VPN'] },
    { firm: 'cottages', q: 'how long are the guest wifi connection logs kept', has: [], not: ['VPN'] },
  ]);
});

describe('focus set 6’s traps: a product named by what it is, a code or a rate asked', () => {
  cases([
    { firm: 'locksmiths', q: "dean can we stick an arlo cam over the key machine? the app's free", has: ["can't find arlo"], not: ['Hik-Connect'] },
    { firm: 'garage', q: 'ive been using autodata on my own login for wiring, is that ok', has: ["can't find autodata"], not: ['HaynesPro'] },
    { firm: 'garage', q: 'can i sign us up to the rac recovery portal for tows?', has: ["can't find rac"], not: ['Castle Recovery'] },
    { firm: 'nursery', q: 'parents evening on zoom this term? some of the dads work away', has: ["can't find zoom"], not: ['Google Workspace'] },
    { firm: 'locksmiths', q: "what's the wifi code for the shop, a customer wants it while she waits for her keys", has: ["don't know", 'Joanne Tranter'], not: ['Harbourside IT'] },
    { firm: 'nursery', q: "does anyone know the council's funding rate per hour for 2 yr olds this year?", has: ["don't know"], not: ['Calderdale Council Early Years'] },
    // Neighbours: a tool of ours by the kind it is keeps its entry; an English word before "cam" is no product; a call on FaceTime is a story.
    { firm: 'locksmiths', q: 'can i see the shop cctv on my phone?', has: ['Only Dean Halloran'], not: ["can't find"] },
    { firm: 'bridal', q: "lucy's aunty is here to pick up her dress, no order no. but she knows all about the wedding and has lucy on facetime. ok to hand it over?", has: [], not: ["can't find facetime"] },
    { firm: 'locksmiths', q: 'can we put a door cam on the back entrance', has: [], not: ["can't find door"] },
  ]);
});

describe('focus set 6’s last situations: not on the list, the blue bin, PAR-Qs, a report left in the chat', () => {
  cases([
    { firm: 'nursery', q: "man at the door says he's ruby's uncle, he's not on her list and mum hasn't rung us", has: ['collection', 'collection password'] },
    { firm: 'nursery', q: 'clearing out the loft cupboard and theres boxes of old registers from kids who left in 2019, can they go in the blue bin?', has: ['record-retention', 'confidential shredding bin'] },
    { firm: 'pt', q: "got a stack of paper par-qs from saturday's taster session, where do they need to go", has: ['health-info', 'within 48 hours'] },
    { firm: 'pt', q: 'client just sent me a photo of her knee MRI report on whatsapp, fine to leave it in the chat?', has: ['health-info', 'never in WhatsApp'] },
    // Neighbours: a named tool asked of with nothing kept in it keeps its entry; a list not mentioned is no collection.
    { firm: 'pt', q: 'do we use whatsapp business for client messages?', has: ['WhatsApp'], not: ['never in WhatsApp'] },
    { firm: 'nursery', q: 'man at the door says he is from the council about the funding forms', has: [], not: ['collection password'] },
  ]);
});

describe('what a review of the focus set 6 fixes found overread, each put right', () => {
  cases([
    // Glasses left on a pew carry nobody's details; a reporter where no policy speaks of the press is "don't know", not a
    // policy on cold callers; a policy asked by that word is never chatter to the kind model.
    { firm: 'stores', q: 'customer left his glasses on a pew at the wedding', has: [], not: ['breach-reporting'] },
    { firm: 'windows', q: "there's a reporter on the line wanting to know about the accident", has: ["don't know"], not: ['Canvassing'] },
    { firm: 'oak', q: 'do we have a clean desk policy', has: ['clear-desk'] },
    // A request put as "if we hold anything on her", or a right to make us remove everything.
    { firm: 'stores', q: 'ex girlfriend of a client wants to know if we hold anything on her', has: ['subject-access'] },
    { firm: 'parish', q: 'can a customer make us remove everything we have about them?', has: ['requests-from-residents'] },
    // A list ended by "etc" keeps every holder its words found before.
    { firm: 'fitness', q: 'which systems have customer addresses, phone numbers etc', has: ['Glofox', 'Brevo', 'Stripe'] },
    // Health told with whether to tell others, where no policy is titled on health: no guess at another policy.
    { firm: 'farriers', q: "a customer told me she's pregnant, should I let the others know", has: [], not: ['Apprentices'] },
  ]);
});

describe('printing at home is the one policy that says whether', () => {
  cases([
    { firm: 'architects', q: 'printer at home is way quicker than queuing for the plotter, ok if i run off the kemble st GAs at mine tonight?', has: ['working-away', 'print client drawings at home'] },
    { firm: 'bookkeeping', q: 'printer at home is handy, can i print out payslips there to check them', has: ['Do not print client or payroll documents at home'] },
    // Neighbour: printing in the office is no printing at home.
    { firm: 'architects', q: 'the office printer is out of toner, who do we order from', has: [], not: ['print client drawings at home'] },
  ]);
});

describe('what a review of the last fixes found overread, each put right', () => {
  cases([
    // Not on the list, where no policy is titled on collecting children: no guess at a policy with "collect" in its title.
    { firm: 'apiaries', q: "grandad turned up to get millie, he's not on her collection list", has: [], not: ['Swarm'] },
    { firm: 'childminder', q: "a kid's aunt has turned up to collect him and she's not on his list", has: ['collections-and-school-run'] },
    // A code is an entry's only where the entry keeps that thing's codes; "code of conduct" is no code.
    { firm: 'osteo', q: "what's the pin for the card machine", has: ["don't know"], not: ['SumUp'] },
    { firm: 'windows', q: "what's the code for the key safe", has: ['Keeper'] },
    { firm: 'guarding', q: "what's the code of conduct", has: [], not: ["don't know"] },
    // Leave to keep something in a folder is no chat; a rule on sending by WhatsApp is no rule on keeping in it.
    { firm: 'lettings', q: 'client sent me a photo of her passport on whatsapp, fine to leave it in the chat?', has: [], not: ['Keys and key safe codes'] },
    { firm: 'coffee', q: 'client sent some photos of the job by email, ok to keep them in the job folder?', has: [], not: ['Van keys'] },
    // "Policy" said keeps a policy's answer from the model, never a supplier a near word met.
    { firm: 'guarding', q: "what's the parking policy", has: [], not: ['Northamptonshire Police'] },
  ]);
});
