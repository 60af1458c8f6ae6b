import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-eighth round mended in the answerer, beside its neighbours: the stories focus sets 120, 126 and 127 taught, the same
 * stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    bookbinder: 'quirewell-bookbindery',
    stables: 'ravensmoor-riding-stables',
    hearing: 'brackenfold-hearing-centre',
    reptiles: 'pennyfield-reptile-rescue',
    quilting: 'quillfield-quilting-studio',
    greengrocer: 'greengage-greengrocers',
    careHome: 'brookside-care-home',
    notary: 'harbourside-notary',
    tenantsUnion: 'rentright-tenants-union',
    parking: 'parkright-enforcement',
    residents: 'parkview-residents-association',
    hydrotherapy: 'paddlepaws-hydrotherapy',
    chocolatier: 'embers-chocolatier',
  }),
);

describe("focus set 120's stories", () => {
  cases([
    // A child a parent leaves with us to fetch later: the rule that the young attend only with a parent.
    { firm: 'bookbinder', q: 'mum wants to drop her 14 yr old at the coptic binding day and pick her up at 4, is that ok', has: ['courses', 'Under-16s may attend only with a parent'] },
    { firm: 'bookbinder', q: 'a dad wants to drop his son off at the saturday course and collect him after, hes 12', has: ['courses', 'Under-16s may attend only with a parent'] },
    // Neighbour: a book left to fetch later is no child.
    { firm: 'bookbinder', q: 'a customer wants to drop her book at the counter and pick it up at 4, is that ok', has: [], not: ['Under-16s may attend only with a parent'] },
    // Someone's health told, whom to tell asked, where no policy is titled on health: the sentence on where health needs go.
    { firm: 'bookbinder', q: 'one of saturdays attendees said she has arthritis in her hands, who should i tell', has: ['courses', 'go only to the tutor'] },
    // Neighbour: praise told is no health need.
    { firm: 'bookbinder', q: 'one of saturdays attendees said she loved the marbling, who should i tell', has: [], not: ['Access or health needs go only to the tutor'] },
    // A friend of one of ours come to look round: the policy on visitors.
    { firm: 'bookbinder', q: 'a friend of tobias dropped in to see the workshop, fine if he just wanders round?', has: ['visitors', 'accompanied in the workshop'] },
    { firm: 'bookbinder', q: "esme's sister popped in, can she have a look around the bench room while she waits?", has: ['visitors', 'accompanied in the workshop'] },
    // Neighbour: a friend's booking is no visit.
    { firm: 'bookbinder', q: 'a friend of tobias wants to book the coptic binding day, is there space?', has: [], not: ['accompanied in the workshop'] },
    // A sending through a tool we do not hold, asked of us by a client: the tool is not ours.
    { firm: 'bookbinder', q: 'library wants the treatment photos sent by wetransfer, is that allowed', has: ['wetransfer', 'Miriam Thorne'] },
    // Neighbour: what came by the tool is the thing's, kept where such things are.
    { firm: 'bookbinder', q: 'the library sent the photos by wetransfer, where do i save them', has: ['Dropbox'] },
  ]);
});

describe('focus sets 126 and 127: something gone to the wrong person', () => {
  cases([
    { firm: 'stables', q: "might have emailed the Wilsons' livery bill to the Watsons. probably nothing but flagging it?", has: ['breach-reporting', "even if you're not sure"] },
    { firm: 'hearing', q: "just realised the appointment reminder for Mr Dale went to a number that's one digit off his. it had his name and time on it. ugh", has: ['breach-reporting', 'tell Helen at once'] },
    { firm: 'hearing', q: "Mrs Patel's repaired aid went home with Mrs Pearson yesterday by the look of it. Shall I ring them both and arrange a swap?", has: ['breach-reporting', 'Do not contact the patient or'] },
    { firm: 'hearing', q: 'I think the referral letter for Mr Booth went to Knaresborough Road surgery not his actual one 🙈 what should I do first', has: ['breach-reporting', 'Write down what happened while you remember it'] },
    // Neighbours: a bill sent to its own family, an aid gone home with its owner, a letter gone where it was meant.
    { firm: 'stables', q: "emailed the Wilsons' livery bill to them this morning, is the price right?", has: [], not: ["even if you're not sure"] },
    { firm: 'hearing', q: "Mrs Patel's repaired aid went back to her yesterday, when is her follow-up?", has: [], not: ['Do not contact the patient or'] },
    { firm: 'hearing', q: 'the referral letter for Mr Booth went to his own surgery this morning, when will they ring him?', has: [], not: ['Write down what happened while you remember it'] },
  ]);
});

describe("focus set 127's stories, and focus set 126's", () => {
  cases([
    // Swapped labels: a parcel gone out with another's address.
    { firm: 'quilting', q: "omg i think i swapped two labels this morning, mrs jenkins' fat quarters went out with mr price's address on 😬 what now", has: ['breach-reporting', 'Tell Marian as soon as you notice'] },
    // Neighbour: labels on our own shelves are nobody's details.
    { firm: 'quilting', q: 'swapped the labels on the fabric shelves this morning, the batiks look better by the door', has: [], not: ['Tell Marian as soon as you notice'] },
    // A small fall, whether to write it up asked; a stay in hospital, what is official asked: the policy on accidents.
    { firm: 'stables', q: 'adult rider had a tiny tumble in the school, brushed herself off and got back on. do i really need to write that up?', has: ['accidents', 'fill in the accident book'] },
    { firm: 'stables', q: 'the hacking client who came off on Tuesday has been kept in hospital with a broken wrist. anything official we need to do?', has: ['accidents', 'reported to the HSE under RIDDOR'] },
    // Neighbours: a good lesson written up, a farrier kept in traffic.
    { firm: 'stables', q: 'adult rider had a great lesson in the school today, do i need to write that up in her notes?', has: [], not: ['fill in the accident book'] },
    { firm: 'stables', q: "the farrier's been kept in traffic, anything we need to do?", has: [], not: ['reported to the HSE under RIDDOR'] },
    // A parent's form put off till later, going ahead asked: the sentence that nothing goes ahead until it is done.
    { firm: 'stables', q: "girl of about 10 here with her nan for a taster lesson, nan says mum will do the forms later. pony's tacked up, fine to go?", has: ['children-riders', 'No under-18 rides until a parent has completed'] },
    // Neighbour: a fee sent later is no form.
    { firm: 'stables', q: "mum says she'll send the lesson fee later, pony's tacked up, fine to go?", has: [], not: ['No under-18 rides until a parent has completed'] },
    // A caller saying what he runs, wanting a child's address: the sentence that a child's details go to the parent only.
    { firm: 'stables', q: "a man rang saying he runs the pony club rally and wants Mia Scott's home address and age for the entries. ok to pass on?", has: ['children-riders', 'details to anyone but their parent'] },
    // Neighbour: the same caller asking after stabling wants nobody's details.
    { firm: 'stables', q: 'a man rang saying he runs the pony club rally and wants to know if we have stables free in june', has: [], not: ['details to anyone but their parent'] },
    // A caller who holds a power of attorney for someone, their results wanted: the sentence on attorneys of the policy on callers.
    { firm: 'hearing', q: "caller says he has power of attorney for his father and wants the audiogram results, we haven't got anything on file from him though", has: ['family-callers', 'registered LPA we have a copy of'] },
    // Neighbours: an attorney's copy of everything is a request for the records; a deed we notarised, asked for by the police, is the request policy's.
    { firm: 'careHome', q: "mr hale's son came in wanting a copy of everything we've written about his dad, says he's got lpa", has: ['subject-access'] },
    { firm: 'notary', q: "someone from the Met rang wanting a copy of a power of attorney we notarised for a man they're investigating, they said it's urgent", has: ['data-requests'] },
    // Our emails asked stopped, in her words or as told.
    { firm: 'greengrocer', q: "woman at the door said pls stop sending her the thursday what's-in-the-box emails. I'm on the van til 4, can it wait till next week?", has: ['marketing-emails', 'is unsubscribed the same day'] },
    { firm: 'tenantsUnion', q: "a supporter texted back 'stop texting me' to our meeting reminder. do i need siobhan to ok taking him off?", has: ['members-requests', 'stop emails or texts is unsubscribed at once'] },
    // Neighbour: a van across her drive is no mailing.
    { firm: 'greengrocer', q: 'woman at the door said pls stop parking the van across her drive on thursdays', has: [], not: ['is unsubscribed the same day'] },
  ]);
});

describe("focus set 126's other stories, and the round's review", () => {
  cases([
    // A tool we do not hold whose name is an everyday phrase, asked about as one.
    { firm: 'greengrocer', q: 'could we list our end of day bruised veg bags on Too Good To Go? saves chucking it', has: ["can't find Too Good To Go", 'Tamsin Greaves'] },
    // Neighbour: the phrase said as words asks after no tool.
    { firm: 'greengrocer', q: 'the strawberries are too good to go in the bin, can i take them home?', has: [], not: ["can't find"] },
    // Parents who booked a party, asked added to a mailing: the sentence on who gets our emails.
    { firm: 'chocolatier', q: "we had 6 birthday bookings this month, shall I add all the parents to the valentine's send?", has: ['newsletter', 'Parents booking a party are not added'] },
    // Neighbour: photos added to the send are no people.
    { firm: 'chocolatier', q: "can i add the new truffle photos to the valentine's send?", has: [], not: ['Parents booking a party are not added'] },
    // A check not back, where only the checked do what the story is about: that policy, not the one on checks.
    { firm: 'reptiles', q: "new volunteer Ollie is keen to come to the primary school on thurs but his DBS hasn't come back yet", has: ['school-visits', 'Only DBS-checked volunteers go on school visits'] },
    // Neighbour: a check not back for the cleaning rota is the policy on checks.
    { firm: 'reptiles', q: "new volunteer Ollie's DBS hasn't come back yet, can he do the cleaning rota?", has: ['volunteers'], not: ['Only DBS-checked volunteers go on school visits'] },
    // Papers asked saved somewhere, where one sentence says where they go and only there.
    { firm: 'reptiles', q: 'got a bunch of references for the new vol applicants sent to my gmail - ok to save them in a drive folder?', has: ['volunteers', 'go in Better Impact only'] },
    // Neighbour: photos of the vivariums are no volunteer's papers.
    { firm: 'reptiles', q: 'got some photos of the new vivs, ok to save them in a drive folder?', has: [], not: ['go in Better Impact only'] },
    // How a caller would pay is no tool ("by reading the card number"); a payment app is.
    { firm: 'parking', q: 'motorist on phone wants to pay by reading card number to me', has: ['never take or write down a card number'], not: ["can't find reading"] },
    { firm: 'parking', q: 'can motorists pay by paypal?', has: ["can't find paypal"] },
    // Where a supplier keeps our data: the place first, then what it holds (the review found the place 300 to 535 characters in).
    { firm: 'hydrotherapy', q: 'is Cliniko data kept in the uk', has: ['Cliniko data is stored in the UK'] },
  ]);
});

describe("the round's review: worries told without the words the rules waited for", () => {
  cases([
    // Someone not seen for days, told without a subject.
    { firm: 'residents', q: 'havent seen the old lady at number 12 for days', has: ['vulnerable-residents', 'tell Marcia the same day'] },
    // Neighbour: keys not seen are no one's welfare.
    { firm: 'residents', q: 'havent seen the van keys for days, anyone got them?', has: [], not: ['tell Marcia the same day'] },
    // Hardship told as "skint" and "really stressed".
    { firm: 'parking', q: 'motorist says theyre skint and really stressed about the charge', has: ['appeals', 'financial hardship'] },
    // Neighbour: one's own stress is no motorist's hardship.
    { firm: 'parking', q: "i'm really stressed today, the customer keeps ringing about the machine jamming", has: [], not: ['stop all chasing'] },
    // An animal found in a bad way.
    { firm: 'reptiles', q: 'the corn snake we collected was in a really bad state', has: ['welfare-concerns', 'tell Sam the same day with what you saw'] },
    { firm: 'reptiles', q: "collected a boa from a house in Fakenham today, viv was filthy and she's really underweight 😢", has: ['welfare-concerns', 'tell Sam the same day with what you saw'] },
    // Neighbour: our van in a bad state is no animal.
    { firm: 'reptiles', q: 'the van is in a really bad state, who cleans it?', has: [], not: ['tell Sam the same day with what you saw'] },
  ]);
});
