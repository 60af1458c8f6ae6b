// Focus set 90 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (muddyboots-mobile-farm, whirligig-funfair, freewheel-bikeability), the firms written by helpers from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script), scored as counts only in the eightieth round (72 of 90), read in the eighty-first.
import type { ReferenceCase } from './types.ts';

const MUDDYBOOTS = 'muddyboots-mobile-farm';
const WHIRLIGIG = 'whirligig-funfair';
const FREEWHEEL = 'freewheel-bikeability';

export const FOCUS90_ONE: ReferenceCase[] = [
  // ── Muddy Boots Mobile Farm: situations ──
  { ws: MUDDYBOOTS, kind: 'situation', q: "think ollie left the work phone on the coach back from st marys, driver not answering. what do i do", has: ['breach-reporting', 'tell Rachel Ashdown straight away'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "oh no just sent the booking form for little acorns nursery to the woman from the saturday party by mistake. shall i text her and ask her to delete it", has: ['breach-reporting', 'Do not delete messages or contact the customer yourself'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "school says theyve got tons of hand gel by the door so we dont need to bother setting up the sink thing today, ok to skip it?", has: ['hand-washing', 'gel alone is not enough'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "pickle the pygmy goat had a dodgy tummy last tuesday, seems fine now. she's the kids favourite, can she come to the party on saturday", has: ['hand-washing', 'No animal goes out within 14 days of being unwell'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "mum from the birthday party in wye rang, her little boy has been poorly with a bad tummy since the weekend and the gp asked if he touched animals", has: ['hand-washing', 'Dan tells the vet the same day'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "work phone is dead and the teacher wants some pics of the class with the lambs, can i just use my iphone and send them over", has: ['photos', 'only on the work phones, never a personal phone'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "got the cutest shot of a little girl cuddling a chick, her face is beaming, can i put it on our insta? school ticked yes to photos on the booking", has: ['photos', 'only with written parental consent'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "at the oaks care home, a lovely lady with quite advanced dementia holding the rabbit, her carer said go on take a picture for the family", has: ['photos', 'never photograph a resident who cannot agree'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "one of the old gents at the care home keeps trying to put a tenner in my pocket for the animals, says he'll be offended if i dont take it", has: ['care-homes', 'Never accept gifts or money from residents'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "was thinking i could jot down which residents are diabetic or have heart trouble in the visit notes so we know for next time, good idea?", has: ['care-homes', "Do not ask about or write down residents' health conditions"] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "while we were packing up the guinea pigs a little lad told me his dad shuts him in the shed when he's naughty. teacher was busy. not sure what to do", has: ['safeguarding', 'Report any concern or disclosure to Rachel'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "my cousin wants to help out at the nursery visit on friday, he's great with animals, his dbs thing hasnt come through yet tho", has: ['safeguarding', 'enhanced DBS check before their first visit'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "teacher asked if i could take one of the reception kids to the loo across the playground while she stays with the rest", has: ['safeguarding', 'Never be alone with a child or a resident'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "biscuit the rabbit nipped a boys finger, tiny bit of blood, teacher put a plaster on. we're about to load up", has: ['bites-incidents', 'in the accident book before you leave the venue'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "the shetland caught a dad on the knee with his back leg, he's gone off to a&e to get it looked at", has: ['bites-incidents', 'Rachel reports within 10 days'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "parent emailed asking for every photo and bit of info we have on her son from the nursery visits this year", has: ['subject-access', 'Pass it to Rachel the same day'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "girl who worked with us last summer wants a copy of all her stuff we have, can we charge for the time it takes", has: ['subject-access', 'within one calendar month, free of charge'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "having a sort out of the office, there's a pile of visit lists from the spring before last, ok to shred them", has: ['records-retention', 'visit lists 12 months for disease tracing'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "got a stack of paper visit sheets from the weekend shows sitting in the van door pocket, what am i meant to do with them", has: ['records-retention', 'scanned to OneDrive within 2 days and shredded'] },
  { ws: MUDDYBOOTS, kind: 'situation', q: "chloe's locked out of the booking system, can i just give her my login for today so she can check in the parties", has: ['passwords-backups', 'their own Microsoft 365 and Bookwhen login'] },

  // ── Muddy Boots Mobile Farm: new tools ──
  { ws: MUDDYBOOTS, kind: 'new-tool', q: "can i set up a tiktok for the farm and post the goat videos, they'd go viral", has: ['Rachel Ashdown'], not: ['Canva'] },
  { ws: MUDDYBOOTS, kind: 'new-tool', q: "parents keep asking if they can book parties through eventbrite, can we start using that", has: ['Rachel Ashdown'], not: ['Bookwhen'] },
  { ws: MUDDYBOOTS, kind: 'new-tool', q: "dan wants to stick the animal movement records in a dropbox so the vet can see them, that alright", has: ['Rachel Ashdown'], not: ['Stour Valley Vets'] },
  { ws: MUDDYBOOTS, kind: 'new-tool', q: "gonna use chatgpt to write the risk assessment for the care home visit, ill paste in the residents names and needs", has: ['Rachel Ashdown'], not: ['Microsoft 365'] },
  { ws: MUDDYBOOTS, kind: 'new-tool', q: "a lot of mums want to pay the party deposit with paypal, can we add that", has: ['Rachel Ashdown'], not: ['Square'] },

  // ── Muddy Boots Mobile Farm: off-topic ──
  { ws: MUDDYBOOTS, kind: 'off-topic', q: "whats the best hay to get in for the goats over winter", has: ['Rachel Ashdown'], not: ['Stour Valley Vets'] },
  { ws: MUDDYBOOTS, kind: 'off-topic', q: "is the m20 shut again near ashford? need to be at the school by 9", has: ['Rachel Ashdown'], not: ['WhatsApp Business'] },
  { ws: MUDDYBOOTS, kind: 'off-topic', q: "anyone seen the key for the trailer hitch lock", has: ['Rachel Ashdown'], not: ['Square'] },
  { ws: MUDDYBOOTS, kind: 'off-topic', q: "how many eggs should the hens be laying this time of year, feels low", has: ['Rachel Ashdown'], not: ['Bookwhen'] },
  { ws: MUDDYBOOTS, kind: 'off-topic', q: "what time we leaving for the lambing day at the school saturday", has: ['Rachel Ashdown'], not: ['Microsoft 365'] },

  // ── Whirligig Funfair: situations ──
  { ws: WHIRLIGIG, kind: 'situation', q: "sd card's not in the waltzer camera, no idea where its gone, was there yesterday", has: ['breach-reporting', 'tell Lorraine Harker straight away'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "the kiosk card reader has gone walkabout since last night, shall i just wipe it off the app myself", has: ['breach-reporting', 'Do not delete anything yourself'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "found a little lass crying near the dodgems, shes freezing, can i take her in my van to warm up while we find her mam", has: ['lost-children', 'never into a living van or behind a ride'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "doing the announcement for a lost kid, mum gave me her full name and school, read it all out?", has: ['lost-children', "gives the child's first name only"] },
  { ws: WHIRLIGIG, kind: 'situation', q: "dad kicking off at the speedway cos his lad is a bit under the stick, says he went on it at leeds last week no bother", has: ['height-limits', 'no exceptions for parents who insist'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "little girl about 1.1m wants to go on the waltzer with her mates, no grown up with her", has: ['height-limits', 'Under 1.2 m rides the waltzer only with an adult'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "lad banged his head on the dodgems, his mam says she's suing, ray told her sorry it was our fault the car was dodgy", has: ['accidents', 'Never admit fault or discuss it on social media'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "woman went over on her ankle getting off the twister, first aid done and she's gone home, anything else i need to do", has: ['accidents', 'Write the accident report the same night'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "big wheel paperwork ran out last week, gala committee havent noticed, we're fine to run it saturday yeah", has: ['ride-inspections', 'a lapsed ride does not open'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "bloke from the council at the gate wants to see the certs for all the rides, where are they", has: ['ride-inspections', 'Lorraine keeps the certificates in Google Drive'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "pay box tin's stuffed, everyone's busy so ill just walk it over to the van myself", has: ['cash', 'every 2 hours by two people'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "counted up at close and hook a duck is about 30 quid down, probably just miscounted, leave it till morning?", has: ['cash', 'Shortfalls over £20 are reported to Lorraine the same night'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "copper at the pay box asking for the camera stuff from last night about the fight by the generator", has: ['cctv', "take the officer's name and collar number"] },
  { ws: WHIRLIGIG, kind: 'situation', q: "mum wants to see the video of her lad getting pushed off the steps, i could show her on the app on my phone quick", has: ['cctv', 'Never show footage to a parent on your phone'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "bloke messaged the page asking what info we've got on him since he bought wristbands off us", has: ['subject-access', 'Pass it to Lorraine the same day'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "one of last years gaff lads wants a copy of everything we've got on him, can we charge him a tenner for it", has: ['subject-access', 'free of charge, after checking who is asking'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "clearing the office van, theres accident forms from 2019 about kids hurt on the rides, can they go in the burn bin", has: ['records-retention', 'involving children until the child turns 21'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "still got band orders going back to 2021 in the system, do we need them", has: ['records-retention', 'Wristband orders are kept 3 years'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "kayleigh cant remember her login for the card machine, can she just use mine tonight", has: ['passwords-backups', 'Each card reader has its own SumUp staff login'] },
  { ws: WHIRLIGIG, kind: 'situation', q: "accident forms from the last three grounds are in a carrier bag in billy's cab, that ok til end of season?", has: ['passwords-backups', 'scanned into Google Drive the same week'] },

  // ── Whirligig Funfair: new tools ──
  { ws: WHIRLIGIG, kind: 'new-tool', q: "can we get some arlo cameras for the dodgems, they're on offer at argos", has: ['Lorraine Harker'], not: ['Reolink CCTV'] },
  { ws: WHIRLIGIG, kind: 'new-tool', q: "shannon reckons we should sell the bands on eventbrite this year, fees are cheaper", has: ['Lorraine Harker'], not: ['Skiddle'] },
  { ws: WHIRLIGIG, kind: 'new-tool', q: "sumup keeps losing signal at the kiosk, can i get a zettle reader instead", has: ['Lorraine Harker'], not: ['SumUp'] },
  { ws: WHIRLIGIG, kind: 'new-tool', q: "wanna start a tiktok for the fair and post the rides at night", has: ['Lorraine Harker'], not: ['Facebook'] },
  { ws: WHIRLIGIG, kind: 'new-tool', q: "my mate says quickbooks payroll is dead easy, can we do the lads wages on that", has: ['Lorraine Harker'], not: ['BrightPay'] },

  // ── Whirligig Funfair: off-topic ──
  { ws: WHIRLIGIG, kind: 'off-topic', q: "whos got the diesel can for the genny", has: ['Lorraine Harker'], not: ['SumUp'] },
  { ws: WHIRLIGIG, kind: 'off-topic', q: "is it gonna rain at the pontefract gala sunday", has: ['Lorraine Harker'], not: ['Facebook'] },
  { ws: WHIRLIGIG, kind: 'off-topic', q: "how much are we doing hook a duck for this year, 2 quid or 3", has: ['Lorraine Harker'], not: ['SumUp'] },
  { ws: WHIRLIGIG, kind: 'off-topic', q: "can someone grab more candy floss sugar from the cash and carry", has: ['Lorraine Harker'], not: ['Sage Accounting'] },
  { ws: WHIRLIGIG, kind: 'off-topic', q: "what time we pulling on at the ground thursday", has: ['Lorraine Harker'], not: ['Skiddle'] },

  // ── Freewheel Cycle Training: situations ──
  { ws: FREEWHEEL, kind: 'situation', q: "left the register on the wall outside st bedes after level 2, went back and it's not there", has: ['breach-reporting', 'tell Hannah Westbury straight away'] },
  { ws: FREEWHEEL, kind: 'situation', q: "sent the form with maisie's details to the wrong mum, should i message her and ask her to bin it", has: ['breach-reporting', 'Do not contact the parents yourself or delete anything'] },
  { ws: FREEWHEEL, kind: 'situation', q: "lad turned up day one, mum says she'll do the form tonight, can he come out on the road with us this morning", has: ['consent-medical', 'without a completed parental consent form'] },
  { ws: FREEWHEEL, kind: 'situation', q: "one of the year 6s says his inhaler is in his classroom, we're about to head out, it's only a short loop", has: ['consent-medical', 'must be with the group before it leaves the playground'] },
  { ws: FREEWHEEL, kind: 'situation', q: "van clipped a year 5's back wheel on the junction, nobody hurt, kids shaken, we're on the pavement now", has: ['on-road-incidents', 'Tell the school and Marcus by phone within 30 minutes'] },
  { ws: FREEWHEEL, kind: 'situation', q: "car pulled out right in front of the group on gloucester rd, nobody touched, do i need to write that up", has: ['on-road-incidents', 'Near misses are reported too, within 24 hours'] },
  { ws: FREEWHEEL, kind: 'situation', q: "femi wants to wear his gopro on his lid to get some footage for the insta", has: ['photos', 'Never use a personal phone or helmet camera'] },
  { ws: FREEWHEEL, kind: 'situation', q: "got a cracking group shot at the end but you can see the school logo on their jumpers", has: ['photos', 'never with a name or school uniform badge visible'] },
  { ws: FREEWHEEL, kind: 'situation', q: "gwen's off sick thursday, that leaves me and bea with 16 kids for level 2, we'll manage won't we", has: ['safeguarding', 'ratio of 1 instructor to 6 riders'] },
  { ws: FREEWHEEL, kind: 'situation', q: "girl said something on the ride back about her stepdad hitting her, school's about to finish", has: ['safeguarding', "to the school's designated safeguarding lead before you leave site"] },
  { ws: FREEWHEEL, kind: 'situation', q: "one kid's back brake barely works, dad says its fine he rides it to school every day", has: ['bike-checks', 'faulty brakes does not go on the road'] },
  { ws: FREEWHEEL, kind: 'situation', q: "helmet on one of the girls is cracked, shall i text her mum about it", has: ['bike-checks', 'Note helmet or bike problems on the register'] },
  { ws: FREEWHEEL, kind: 'situation', q: "new adult learner asked if i can come to hers for the first lesson, she's nervous about being seen", has: ['adult-lessons', 'Meet adult learners at a public place'] },
  { ws: FREEWHEEL, kind: 'situation', q: "the lady ive been teaching to ride gave me a bottle of champagne at the end, bit awkward", has: ['adult-lessons', 'Do not accept gifts over £20'] },
  { ws: FREEWHEEL, kind: 'situation', q: "dad emailed wanting everything we've got on his daughter from the summer course, he's separated from mum", has: ['subject-access', 'checked against the consent form'] },
  { ws: FREEWHEEL, kind: 'situation', q: "instructor who left in may wants copies of all emails mentioning him, do we charge for that", has: ['subject-access', 'within one calendar month, free of charge'] },
  { ws: FREEWHEEL, kind: 'situation', q: "end of term clear out of jotform, one of the kids came off in june and broke his wrist, delete his too?", has: ['records-retention', 'kept until the child turns 21'] },
  { ws: FREEWHEEL, kind: 'situation', q: "cupboard full of registers from 2021 and 2022, can they go in the shredder", has: ['records-retention', 'Course registers are kept 3 years'] },
  { ws: FREEWHEEL, kind: 'situation', q: "the school's said i can use the pc in their office to print today's register, just need to sign into outlook", has: ['passwords-backups', "never share them or log in on a school's computer"] },
  { ws: FREEWHEEL, kind: 'situation', q: "wifi at that school is rubbish so i'm putting the registers on a usb stick to be safe", has: ['passwords-backups', 'do not keep copies on USB sticks'] },

  // ── Freewheel Cycle Training: new tools ──
  { ws: FREEWHEEL, kind: 'new-tool', q: "can i plan the level 3 routes on strava and share them with the school", has: ['new-tools'], not: ['JotForm'] },
  { ws: FREEWHEEL, kind: 'new-tool', q: "honestly google forms would be so much easier for the parent forms, can we switch", has: ['new-tools'], not: ['JotForm'] },
  { ws: FREEWHEEL, kind: 'new-tool', q: "gonna paste my notes into chatgpt to tidy up the incident write up, has the kids names in", has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: FREEWHEEL, kind: 'new-tool', q: "could we share the course pics with parents in a google photos album", has: ['new-tools'], not: ['Mailchimp'] },
  { ws: FREEWHEEL, kind: 'new-tool', q: "alfie fancies moving adult lesson bookings over to calendly, any issue", has: ['new-tools'], not: ['Acuity Scheduling'] },

  // ── Freewheel Cycle Training: off-topic ──
  { ws: FREEWHEEL, kind: 'off-topic', q: "anyone got a recommendation for a decent waterproof for the winter courses", has: ['Hannah Westbury'], not: ['Stripe'] },
  { ws: FREEWHEEL, kind: 'off-topic', q: "whats the quickest fix for a slipping chain on a kids bike", has: ['Hannah Westbury'], not: ['Acuity Scheduling'] },
  { ws: FREEWHEEL, kind: 'off-topic', q: "is the cumberland basin bridge shut this week, need to get to a school in bedminster", has: ['Hannah Westbury'], not: ['Xero'] },
  { ws: FREEWHEEL, kind: 'off-topic', q: "can anyone cover my level 1 at st werburghs thursday morning", has: ['Hannah Westbury'], not: ['When I Work'] },
  { ws: FREEWHEEL, kind: 'off-topic', q: "where do we keep the spare puncture repair kits", has: ['Hannah Westbury'], not: ['Xero'] },
];
