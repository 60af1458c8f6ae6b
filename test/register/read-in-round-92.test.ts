import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the ninety-second round mended in the answerer, beside its neighbours: the stories focus sets 137 and 144 to 147 taught, the same
 * stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    inflatables: 'bounceabout-inflatables',
    parcels: 'swiftdrop-parcel-depot',
    windmill: 'millbrook-windmill-trust',
    locks: 'ashcombe-lock-volunteers',
    badgers: 'bramblebank-badger-group',
    pizza: 'crescent-pizza-takeaway',
    bothies: 'fellgate-bothy-association',
    sweets: 'quarrybank-sweet-shop',
    soupRun: 'copperkettle-soup-run',
    lifeboat: 'sandbar-lifeboat-station',
    padel: 'glenmore-padel-centre',
    facePaint: 'twinkletoes-face-painting',
    panto: 'hawkridge-pantomime-society',
    ironing: 'smoothline-ironing-service',
    gutters: 'gullyguard-gutter-cleaning',
  }),
);

describe('money: cash held on to, and one’s own money spent', () => {
  cases([
    // Cash taken, with keeping it or paying it in later asked: the sentence on when cash is handed over or banked.
    { firm: 'inflatables', q: 'got £120 cash from the party in rayleigh, ok if i hang onto it till tuesday', has: ['payments', 'handed to Kelly the same evening'] },
    { firm: 'badgers', q: 'took £63 in the bucket at the village fete, can I hang on to it till the next meeting in a fortnight?', has: ['money', 'handed to Mo Hussain within 3 days'] },
    { firm: 'bothies', q: 'emptied the honesty box at the bothy, about £60 in coins. ok if I just pay it in myself next month?', has: ['expenses', 'banked within 14 days'] },
    { firm: 'pizza', q: 'finished my deliveries, got £86 in cash in my bum bag. do i just stick it in the till and go home?', has: ['card-payments', 'signed for in the takings book'] },
    { firm: 'lifeboat', q: 'got £40 in the tins at the harbour, ok if I hang on to them till sunday', has: ['cash-and-tins', 'never take tins or takings home overnight'] },
    // The review's variant: banking it oneself later.
    { firm: 'sweets', q: "saturday's takings, can I bank them myself on monday?", has: ['cash-handling', 'banked by Margaret on Tuesday'] },
    // Neighbour: money a customer left behind is lost property, not takings.
    { firm: 'sweets', q: 'customer left £20 on the counter, can I hang on to it till she comes back?', has: [], not: ['banked by Margaret on Tuesday'] },
    // One's own money spent on the work, getting it back asked: the sentence on claiming expenses.
    { firm: 'bothies', q: 'spent £40 on timber and diesel for the Cheviot trip, how do I get it back?', has: ['expenses', 'on the expenses form with receipts'] },
    { firm: 'bothies', q: 'i paid £25 for the padlock out of my own pocket, can i claim it back?', has: ['expenses', 'on the expenses form with receipts'] },
    // Neighbour: a member who paid twice is owed a refund, not expenses.
    { firm: 'bothies', q: 'a member paid £30 subs twice, how do we get it back to her?', has: [], not: ['on the expenses form with receipts'] },
  ]);
});

describe('old records: cleared out, a leaver’s file, and an injury’s report', () => {
  cases([
    // Old paper found, burning or binning asked: the policy on keeping records.
    { firm: 'windmill', q: 'clearing out the office and found a pile of booking forms from 2021, ok to burn them in the stove in the meal room?', has: ['records-retention', 'Old paper goes in the locked shredding sack'] },
    { firm: 'pizza', q: 'clearing out the office cupboard and found wage sheets and cash-up sheets from 2018, can i bin them?', has: ['records-retention', 'Payroll and takings records are kept for 6 years'] },
    // Where no policy is on keeping records, the one sentence that gives the records named a time.
    { firm: 'inflatables', q: 'can we clear out the old bookings from 2022 now or do we keep them', has: ['data-requests', '3 years after the party'] },
    // One who left years ago, whether we still need their file: the sentence on keeping records after leaving.
    { firm: 'sweets', q: "a lad who did saturdays left 3 years ago, do we still need his file and his mum's signed form?", has: ['records-retention', 'kept 2 years after the person leaves'] },
    { firm: 'sweets', q: 'a girl who did saturdays left 4 years ago, do we still need her file?', has: ['records-retention', 'kept 2 years after the person leaves'] },
    // The review's variants: one who left the team, and old books said dated without being found.
    { firm: 'locks', q: 'Pete left the team three years ago, do we still need his volunteer file?', has: ['records-retention'] },
    { firm: 'pizza', q: 'old takings books from 2017 in the back, can we throw them out?', has: ['records-retention', 'Payroll and takings records are kept for 6 years'] },
    // How long an injury's report is kept: the sentence on accident reports.
    { firm: 'inflatables', q: 'how long do we have to keep the report from the girl who broke her wrist last summer', has: ['accidents', 'until the injured child turns 21'] },
    // Neighbour: how long the lock log is kept says no injury.
    { firm: 'locks', q: 'how long do we keep the lock log from last summer?', has: [], not: ['Accident records are kept 3 years'] },
    // What the trail camera caught, how long kept asked: the sentence on how long clips are kept.
    { firm: 'badgers', q: 'the cam at the wood edge picked up loads of dog walkers this month, how long can we keep those?', has: ['trail-cameras', 'deleted within 31 days'] },
  ]);
});

describe('children and adults at risk', () => {
  cases([
    // A teacher or parent leaving the children with us: the sentence that they stay, or that we are never alone with a child.
    { firm: 'windmill', q: 'teacher wants to pop out to the car park for 10 mins and leave her class with me up the mill, is that ok?', has: ['safeguarding', 'the teacher stays with their class at all times'] },
    { firm: 'inflatables', q: 'the birthday girls mum went inside and left me watching the kids on the bouncer, is that ok', has: ['safeguarding-children', 'Crew are never alone with a child'] },
    { firm: 'inflatables', q: 'mum left me watching the kids for a second while she grabbed a drink', has: ['safeguarding-children', 'Crew are never alone with a child'] },
    { firm: 'padel', q: 'a parent asked to leave her son with me after coaching till she gets back, ok?', has: ['junior-coaching', 'A parent or named adult must collect each junior'] },
    // A parent seen rough with their child: the safeguarding policy.
    { firm: 'inflatables', q: 'saw a dad grab his lad really rough at the party today, didnt sit right with me', has: ['safeguarding-children', 'tell Dean Mayhew the same day'] },
    // Neighbour: a dad shouting at the telly is no one's harm.
    { firm: 'inflatables', q: 'saw a dad shouting at the football on the telly in the house lol', has: [], not: ['tell Dean Mayhew the same day'] },
    // A child on their own by their look: the safeguarding policy.
    { firm: 'soupRun', q: 'a lad who looked about 15 came for soup tonight on his own, we let him go. was that ok', has: ['safeguarding', 'referred to Sheffield Safeguarding Hub the same night'] },
    { firm: 'soupRun', q: 'a girl who looked about 14 came to the van on her own tonight', has: ['safeguarding', 'referred to Sheffield Safeguarding Hub the same night'] },
    // An older person seen not coping, what to do asked: the policy on adults at risk.
    { firm: 'locks', q: "the old chap on the boat at the bottom moorings seems really muddled and i don't think he's eating. not sure what to do", has: ['welfare-concerns', 'tell Anjali Rao, our safeguarding lead'] },
    { firm: 'locks', q: "the old lady on the narrowboat by the winding hole seems really confused and her boat's freezing, what do i do?", has: ['welfare-concerns'] },
  ]);
});

describe('out on the work: alone after dark, papers taken out, an injury told', () => {
  cases([
    // Going alone after dark: the policy on lone working.
    { firm: 'badgers', q: "nobody's free for the watch at the old quarry tonight, ok if I go by myself after dark?", has: ['lone-working-health', 'Never survey alone after dark'] },
    { firm: 'badgers', q: 'no one can do the watch at the quarry, ok if i go alone after dark?', has: ['lone-working-health', 'Never survey alone after dark'] },
    // Neighbour: going alone to a meeting.
    { firm: 'badgers', q: 'ok if i go by myself to the committee meeting?', has: [], not: ['Never survey alone after dark'] },
    // Papers taken home: the sentence that they never leave.
    { firm: 'locks', q: 'can I take the passage book home tonight to tidy up the entries from the weekend?', has: ['lost-kit', 'The lock log never leaves the top lock cabin'] },
    { firm: 'sweets', q: "can I take tonight's printed web orders home so I can get ahead first thing?", has: ['lost-device', 'shredded after packing, never taken home'] },
    // A paper printed to take out: the sentence never to take printed maps.
    { firm: 'badgers', q: "can I print out the map of the setts to take with me tonight? signal's rubbish up there", has: ['lost-device-paper', 'Never take printed sett maps into the field'] },
    { firm: 'badgers', q: 'can i print off the survey sheets to take with me?', has: ['lost-device-paper'] },
    // Someone hurt, who needs to know asked: the accidents policy.
    { firm: 'locks', q: 'pat broke her wrist on the balance beam yesterday and went to a&e. who needs to know?', has: ['incidents-health', 'Serious injuries must be reported to Anjali the same day'] },
    // A reaction to something eaten: the allergies policy.
    { firm: 'sweets', q: 'a kid came out in a rash after eating some fizzy cola bottles in the shop, his dad is sorting him out, anything I need to do?', has: ['allergens', 'Any allergic reaction in the shop goes in the accident'] },
    // Neighbour: a rash from the washing powder.
    { firm: 'sweets', q: 'came out in a rash from the new washing powder lol', has: [], not: ['Any allergic reaction in the shop goes in the accident'] },
  ]);
});

describe('deliveries, callers, codes and cameras', () => {
  cases([
    // A parcel gone to the wrong house number: the policy titled on the wrong address.
    { firm: 'parcels', q: 'just realised the parcel for number 14 i left at 41 🤦', has: ['wrong-address', 'log it in Track-POD as a misdelivery'] },
    { firm: 'parcels', q: 'took the parcel for number 22 to number 2 instead of 22, customer has rung', has: ['wrong-address', 'log it in Track-POD as a misdelivery'] },
    { firm: 'pizza', q: "ryan took an order to number 14 instead of 41 and the receipt stapled to the box had the real customer's name and mobile on it, who do i tell and by when", has: ['wrong-order-breach', 'tell Marisa or Tariq before the end of the shift'] },
    // Another's card in a customer's parcel: the policy on what goes to the wrong person.
    { firm: 'sweets', q: 'a lady rang saying her box had a birthday card meant for someone else in it 🙈 how long have I got to flag it?', has: ['wrong-parcel', 'Margaret the same day and within 24 hours at most'] },
    { firm: 'sweets', q: 'customer says her order had a packing slip meant for someone else in it', has: ['wrong-parcel'] },
    { firm: 'parcels', q: "a customer found another customer's delivery slip inside their parcel", has: ['wrong-address'] },
    // Nobody in, another taking the parcel in: the sentence on neighbours.
    { firm: 'parcels', q: 'nobody in at no 8, bloke from six houses down says hell take it in for them', has: ['wrong-address', 'a neighbour within three doors'] },
    { firm: 'parcels', q: "nobody answering at 14, the lady over the road says she'll sign for it", has: ['wrong-address', 'a neighbour within three doors'] },
    // A caller changing a booking without its reference: the sentence on the reference and postcode.
    { firm: 'inflatables', q: 'someone rang wanting to move their date, no ref, just said its for jacks 5th', has: ['callers-enquiries', 'the booking reference and the party postcode'] },
    // A caller asking where a boat is moored: the policy on whereabouts.
    { firm: 'locks', q: 'man on the phone says hes from a debt collection firm and wants to know where nb Kingfisher is tied up. what do I say?', has: ['callers-asking', 'pass it to Hannah Clegg, who contacts the boater'] },
    { firm: 'locks', q: 'a caller asked where the boat Kingfisher is moored', has: ['callers-asking', 'Never tell anyone where a boat is moored'] },
    // A gate's padlock number to be emailed: the sentence that codes are given in person.
    { firm: 'badgers', q: 'new volunteer needs the number for the padlock on the top field gate, can I email it to her?', has: ['landowner-details', 'given by Rob in person or by phone'] },
    // A reply of STOP to our texts: the policy that names stopping texts.
    { firm: 'pizza', q: "got a reply saying STOP to this week's 2 for 1 deals message, who deals with that?", has: ['subject-access', 'in Textlocal straight away by Marisa'] },
    // Neighbour: a driver stopping by is no reply.
    { firm: 'pizza', q: "the driver says he'll stop by the shop later", has: [], not: ['in Textlocal straight away by Marisa'] },
    // An incident on our cameras: the sentence that its footage is saved.
    { firm: 'pizza', q: "one of the drivers says a customer got aggressive with him at the counter last night and he wants it looked into, it'll be on the cameras. what do i need to do?", has: ['cctv', 'tell Tariq the same day so it can be saved'] },
    { firm: 'pizza', q: 'a driver says the fight in the shop will be on the cameras', has: ['cctv', 'tell Tariq the same day so it can be saved'] },
    // A row to be filmed on one's phone: the sentence not to film arguments.
    { firm: 'locks', q: 'a boater started shouting at me over the paddles, should i get my phone out and record him next time?', has: ['photos', 'Do not film arguments with boaters'] },
    { firm: 'locks', q: 'a boater is kicking off about the queue, can I film him?', has: ['photos', 'Do not film arguments with boaters'] },
    // Photos to be uploaded: the sentence on where they go.
    { firm: 'bothies', q: 'got loads of nice pics from the Cheviot weekend, where should I upload them?', has: ['photos', 'Photos go into the Work Party Photos folder'] },
    { firm: 'lifeboat', q: 'where do I send launch photos?', has: ['photos-and-video', 'Launch photos for Facebook go to Colin Durrant'] },
    // A young worker asked to stay late: the sentence on under-18s' hours.
    { firm: 'sweets', q: "Maisie's 16 and asked if she can stay till half 8 to help with the christmas rush, is that ok?", has: ['young-workers', 'more than 8 hours a day or after 20:00'] },
    { firm: 'sweets', q: "she's 17 and wants to work till 9 on friday for the late opening", has: ['young-workers', 'more than 8 hours a day or after 20:00'] },
    // Neighbour: a day off till a date is no late shift.
    { firm: 'sweets', q: "Maisie's off till the 8th, can Josie cover?", has: [], not: ['more than 8 hours a day or after 20:00'] },
  ]);
});

describe("focus sets 146 and 147's stories", () => {
  cases([
    // A reaction to face paint: the policy on skin reactions.
    { firm: 'facePaint', q: 'kid went all red and blotchy 10 mins after i did his spiderman, mum is cross 😬 what do i do', has: ['skin-allergies', 'wash the paint off with water'] },
    // Neighbour: red in the face at a telling off, which "so sweet" is no food for.
    { firm: 'facePaint', q: 'kid went all red when his mum told him off, so sweet', has: [], not: ['wash the paint off with water'] },
    // With no sentence on reactions, the policy titled on allergies.
    { firm: 'pizza', q: 'customer rang, his lips started swelling after the pizza', has: ['allergies'] },
    // A parent leaving the children with us: the sentence that we are never alone with a child.
    { firm: 'facePaint', q: 'the birthday mum wants to nip to the shop and leave me with the 4 kids for 20 mins, is that ok?', has: ['safeguarding', 'we are never alone with a child'] },
    // A sum back, or off, asked to be handed over: the sentence on refunds over a sum.
    { firm: 'facePaint', q: 'a mum wants £25 back because her son cried and we stopped halfway, can i just hand it over?', has: ['cash-and-takings', 'Refunds over £20 need Becky'] },
    { firm: 'gutters', q: "we left a muddy mess on a customer's patio, can i give her £100 off to say sorry?", has: ['payments', "Refunds and goodwill payments over £75 need Rachel's okay"] },
    // Cash taken, where it goes asked: the sentence on handing it over.
    { firm: 'gutters', q: 'customer paid £60 cash on the drive, where does it go?', has: ['payments', 'put in the van cash wallet with the job number'] },
    // Papers taken home: the sentence that they never leave the hall.
    { firm: 'panto', q: "can i take tonight's register sheets home in my handbag to type them up?", has: ['lost-papers-or-devices', 'never leave the hall except in the locked chaperone box'] },
    // Neighbour: costumes are nobody's papers.
    { firm: 'panto', q: 'can i take the spare costumes home to wash them?', has: [], not: ['never leave the hall except in the locked chaperone box'] },
    // Someone hurt, what to do asked: the one sentence that accidents go in the accident book.
    { firm: 'panto', q: 'a lad slipped on the stage steps and grazed his knee tonight, anything i need to do?', has: ['medical-forms', 'fill in the accident book that night'] },
    // A code seen: the sentence on a code another may have seen.
    { firm: 'ironing', q: 'i think a bloke across the road watched me open the lockbox at the Beeston drop. what do i do?', has: ['key-safes', 'ring Lee Whitaker on 07700 900 562 at once'] },
    { firm: 'gutters', q: "think the tenant's boyfriend saw me type the key safe number in at the Lydiard job, what now?", has: ['access-codes', 'so the customer can change it'] },
    // Contacting a customer directly: the sentence that we never do.
    { firm: 'ironing', q: "the lady whose bedding i'm doing wants her sheets folded differently, can i text her directly to ask?", has: ['ironers-at-home', 'Ironers never contact customers directly'] },
    // More work on the spot: the sentence never to agree extra work on the doorstep.
    { firm: 'gutters', q: "lovely old boy in Stratton wants me to fix his cracked ridge tiles today while i'm up there, can i just agree a price?", has: ['vulnerable-customers', 'Never agree extra work on the doorstep'] },
    // Neighbour: a quote for next spring.
    { firm: 'gutters', q: 'customer wants a quote for new gutters next spring, can i give her a price?', has: [], not: ['Never agree extra work on the doorstep'] },
    // Another's invoice received: the policy on what goes to the wrong person.
    { firm: 'gutters', q: 'letting agent got an invoice meant for one of our homeowners. should i ring the homeowner and explain?', has: ['wrong-recipient', 'do not contact anyone else yourself'] },
  ]);
});
