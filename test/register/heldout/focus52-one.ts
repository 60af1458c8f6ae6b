// Focus set 52 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-eighth round by a writer who read only the README, the case format and three firms' files (cotswold-gliding-club, quietroom-exam-centre, bouncers-soft-play), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const COTSWOLD = 'cotswold-gliding-club';
const QUIETROOM = 'quietroom-exam-centre';
const BOUNCERS = 'bouncers-soft-play';

export const FOCUS52_ONE: ReferenceCase[] = [
  // ── cotswold-gliding-club: situations ──
  { ws: COTSWOLD, kind: 'situation', q: "Dave in the bar just told me he had a stent put in last month and he's down on the list to fly solo saturday. what do i do with that?", has: ['medical-declarations', 'tell them not to fly solo'] },
  { ws: COTSWOLD, kind: 'situation', q: "Ros the cabinet's locked and I'm up at the launch point, can I just take a pic of Hannah's new declaration on my phone and send it over to you?", has: ['medical-declarations', 'Never photograph a declaration'] },
  { ws: COTSWOLD, kind: 'situation', q: "Tony Barrett left the club and his last flight was Aug 2024. His form is still in the cabinet, can I bin it now or do we keep it?", has: ['medical-declarations', 'shredded 12 months after their last flight'] },
  { ws: COTSWOLD, kind: 'situation', q: "Trial lesson chap booked for 2pm looks like he'd be well over the limit for the K21 back seat, and he ticked yes to one of the health questions too. can we still take him up??", has: ['trial-lessons', 'offer another date or a refund'] },
  { ws: COTSWOLD, kind: 'situation', q: "lady on the phone has a virgin voucher that ran out last week, she's asking if we'll extend it till spring. am i allowed to just say yes?", has: ['trial-lessons', 'Only Joanne or Graham may extend a voucher'] },
  { ws: COTSWOLD, kind: 'situation', q: "Got a 14 yr old booked for a taster flight on Sunday. His mum wants to drop him at the gate at 10 and come back for him after lunch, is that ok?", has: ['trial-lessons', 'stay on the airfield for the whole visit'] },
  { ws: COTSWOLD, kind: 'situation', q: "tablet died at the launchpoint about 2 so we did the rest of the days launches on a paper sheet from the caravan. what happens with it now, just leave it in the office?", has: ['flight-logs', 'enter it the same evening'] },
  { ws: COTSWOLD, kind: 'situation', q: "Mrs Hendry rang wanting to know how many hours her husband has done this year and what's outstanding on his account. He's a member, she's not. Can I tell her?", has: ['flight-logs', 'how much another member has flown or owes'] },
  { ws: COTSWOLD, kind: 'situation', q: "Heavy landing in the K13 this afternoon, nobody hurt thank god but the wheel box is cracked. Who do I need to tell?", has: ['accidents-incidents', 'tell the duty instructor and Ros at once'] },
  { ws: COTSWOLD, kind: 'situation', q: "Someone from the Wilts and Glos Standard just phoned the office asking about the outlanding in the farmer's field yesterday and who was flying. What do I say?", has: ['accidents-incidents', 'referred to Graham'] },
  { ws: COTSWOLD, kind: 'situation', q: "The fuel store key isn't on its hook and nobody's signed it out in the book. Pete's not about. What should I do?", has: ['winch-and-airfield', 'reported to Pete and Graham the same day'] },
  { ws: COTSWOLD, kind: 'situation', q: "Noticed Kev was on his mobile while driving the retrieve car across the field this morning, is that actually allowed?", has: ['winch-and-airfield', 'carry the club radio, not their own phones'] },
  { ws: COTSWOLD, kind: 'situation', q: "Marek wants to do Ellie's pre-solo briefing in the bunkroom because it's quiet in there. She's 15. Fine?", has: ['juniors-safeguarding', 'never alone with a junior'] },
  { ws: COTSWOLD, kind: 'situation', q: "Josh (16) said something to me in the hangar today that's really bothering me about things at home, and he made me promise not to tell his dad. not sure what to do", has: ['juniors-safeguarding', 'do not promise to keep it secret'] },
  { ws: COTSWOLD, kind: 'situation', q: "oh no, I sent this week's bulletin to everyone with all the addresses in the To line instead of bcc, everyone can see everyone elses email", has: ['breach-reporting', 'Tell Graham at once'] },
  { ws: COTSWOLD, kind: 'situation', q: "The launch point tablet got left out by the caravan overnight, found it on the grass this morning soaking wet. It was still logged in.", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: COTSWOLD, kind: 'situation', q: "Had an email from Alan Fowler asking for everything we've got on him, his training card, flying records and the camera footage of his car being scraped in the car park", has: ['members-data-requests', 'Pass the request to Graham the same day'] },
  { ws: COTSWOLD, kind: 'situation', q: "Two police officers came to the office asking for the car park footage from Sunday night, somebody's trailer got broken into. Can I put it on a usb stick for them?", has: ['members-data-requests', 'do not hand over anything yourself'] },
  { ws: COTSWOLD, kind: 'situation', q: "A member just rang to top up his account and read me his card number before I could stop him, I've got it written on a post it. what now?", has: ['clubhouse-and-cash', 'Never write down a card number'] },
  { ws: COTSWOLD, kind: 'situation', q: "Can I pin the list of who's in the bunkrooms this weekend (names and car regs) on the clubhouse board so people know who's staying?", has: ['clubhouse-and-cash', 'kept in the office, not pinned'] },

  // ── cotswold-gliding-club: new tools ──
  { ws: COTSWOLD, kind: 'new-tool', q: "would it be ok to take the open day bookings through Eventbrite this year? it's free for free events", has: ['Graham Pettifer'], not: ['Bookwhen'] },
  { ws: COTSWOLD, kind: 'new-tool', q: "I've started keeping instructor rating and revalidation dates on a Trello board so I can see who's due, that alright?", has: ['Graham Pettifer'], not: ["Click'n'Glide"] },
  { ws: COTSWOLD, kind: 'new-tool', q: "zettle have offered us a cheaper rate on card fees, can we take the bar payments on Zettle instead?", has: ['Graham Pettifer'], not: ['SumUp'] },
  { ws: COTSWOLD, kind: 'new-tool', q: "Sally's wondering whether we should move the club bookkeeping and payroll over to Xero next year", has: ['Graham Pettifer'], not: ['QuickBooks'] },
  { ws: COTSWOLD, kind: 'new-tool', q: "thinking of sending the weekly members email from Brevo from now on, is that ok with everyone?", has: ['Graham Pettifer'], not: ['Mailchimp'] },

  // ── cotswold-gliding-club: off-topic ──
  { ws: COTSWOLD, kind: 'off-topic', q: "what time does the winch need to be out on the field on saturday morning?", has: ['Graham Pettifer'], not: ['DutyMan', 'winch-and-airfield'] },
  { ws: COTSWOLD, kind: 'off-topic', q: "how much is a trial lesson voucher at the moment? someone in the bar was asking for a birthday present", has: ['Graham Pettifer'], not: ['Bookwhen', 'trial-lessons'] },
  { ws: COTSWOLD, kind: 'off-topic', q: "is the bar open on wednesday evenings over the winter?", has: ['Graham Pettifer'], not: ['SumUp', 'clubhouse-and-cash'] },
  { ws: COTSWOLD, kind: 'off-topic', q: "where can visitors park for the open day, is the car park going to be big enough?", has: ['Graham Pettifer'], not: ['Hik-Connect'] },
  { ws: COTSWOLD, kind: 'off-topic', q: "what's the weather looking like for sunday, is the ridge going to work?", has: ['Graham Pettifer'], not: ["Click'n'Glide", 'DutyMan'] },

  // ── quietroom-exam-centre: situations ──
  { ws: QUIETROOM, kind: 'situation', q: "Candidate turned up for her 2nd chemistry paper without her passport. she says she showed it on monday so it should be fine, can I let her in?", has: ['id-checks', 'before every exam, not just the first'] },
  { ws: QUIETROOM, kind: 'situation', q: "guy at the door for the 9am history, the photo on his driving licence honestly doesn't look like him. there's a queue behind him, what do I do", has: ['id-checks', 'do not let them sit'] },
  { ws: QUIETROOM, kind: 'situation', q: "Bernard asked me why candidate 4017 gets extra time and wants to know what her condition is. Do I tell him?", has: ['access-arrangements', 'Invigilators are told only what they need'] },
  { ws: QUIETROOM, kind: 'situation', q: "Priyanka's off today, can I just email the ed psych report for the girl in room 2 over to Ifeoma so she knows what she needs?", has: ['access-arrangements', 'Never email them to an invigilator'] },
  { ws: QUIETROOM, kind: 'situation', q: "I opened the maths paper 1 packet at 8.05 in the office to count them out, start's at 9.30. is that a problem?", has: ['exam-papers-security', 'stop and tell Daniel at once'] },
  { ws: QUIETROOM, kind: 'situation', q: "Parcelforce never turned up for the script bags. I go past the main post office on my way home, shall I just drop them off tonight?", has: ['exam-papers-security', 'Scripts never leave the building with a member of staff'] },
  { ws: QUIETROOM, kind: 'situation', q: "Ifeoma wants to keep her mobile in her pocket on silent this afternoon in case the childminder rings. ok?", has: ['invigilators', 'own phones in the office locker'] },
  { ws: QUIETROOM, kind: 'situation', q: "lad in room 1 went really pale and had to go out for about 15 min then came back and carried on. what do i write down?", has: ['invigilators', 'record the time they left and returned'] },
  { ws: QUIETROOM, kind: 'situation', q: "spotted a smartwatch on a candidate's wrist about half way through english lit. do I pull her out now?", has: ['malpractice', 'let the candidate finish'] },
  { ws: QUIETROOM, kind: 'situation', q: "Her mum is on the phone demanding to know what happened in the exam this morning and why we took her daughter's phone off her", has: ['malpractice', 'discuss it with other candidates or parents'] },
  { ws: QUIETROOM, kind: 'situation', q: "A dad just rang asking me to read him his daughter's grades over the phone, says he paid for all her entries so he's entitled", has: ['results-and-certificates', 'Never give results over the phone'] },
  { ws: QUIETROOM, kind: 'situation', q: "There's a pile of certificates in the drawer from 2025 that nobody ever collected. Can we shred them to make room?", has: ['results-and-certificates', 'they are never shredded'] },
  { ws: QUIETROOM, kind: 'situation', q: "I've just emailed Amira Khan's results to a different Amira on the list. what do I do??", has: ['breach-reporting', 'Tell Miriam at once'] },
  { ws: QUIETROOM, kind: 'situation', q: "Think I left this morning's seating plan in Costa on Oxford Rd at lunch. went back and it's not there", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: QUIETROOM, kind: 'situation', q: "a candidate emailed asking for a copy of everything we've got about him, including the cctv from his exam in June", has: ['subject-access', 'Pass it to Miriam the same day'] },
  { ws: QUIETROOM, kind: 'situation', q: "A girl who sat english lang with us wants her marked paper back to see where she lost marks. Do we send it to her?", has: ['subject-access', 'go to the awarding body, not us'] },
  { ws: QUIETROOM, kind: 'situation', q: "clearing out the exams office, there's a stack of attendance registers and incident logs from last summer, remarks all done. ok to put them in the recycling?", has: ['paper-and-retention', 'office cross-cut shredder'] },
  { ws: QUIETROOM, kind: 'situation', q: "just nipping to the loo, can I leave the exams office open for two mins? Bernard's about", has: ['paper-and-retention', 'Lock the exams office whenever you leave it'] },
  { ws: QUIETROOM, kind: 'situation', q: "some bloke rang asking if Tom Brady is doing his A levels here this week and which days, says he's his uncle", has: ['visitors-and-calls', 'Do not confirm to a caller'] },
  { ws: QUIETROOM, kind: 'situation', q: "15 yr old wants to leave the french exam early, says his mate's dad is waiting outside to take him home", has: ['visitors-and-calls', 'not released during an exam without a parent'] },

  // ── quietroom-exam-centre: new tools ──
  { ws: QUIETROOM, kind: 'new-tool', q: "could we do the remote ID checks on a Zoom call instead? some of the home ed families find the app fiddly", has: ['Miriam Achterberg'], not: ['Yoti'] },
  { ws: QUIETROOM, kind: 'new-tool', q: "I've been saving the access arrangement reports in a Dropbox folder so I can get at them from home, is that ok?", has: ['Miriam Achterberg'], not: ['Airtable'] },
  { ws: QUIETROOM, kind: 'new-tool', q: "could private candidates sign up for the summer series on Google Forms instead? it'd save us paying for the subscription", has: ['Miriam Achterberg'], not: ['Typeform'] },
  { ws: QUIETROOM, kind: 'new-tool', q: "would it be easier to do the invigilators' pay through QuickBooks?", has: ['Miriam Achterberg'], not: ['Xero'] },
  { ws: QUIETROOM, kind: 'new-tool', q: "a parent asked if she can pay the late entry fee by PayPal, do we take that?", has: ['Miriam Achterberg'], not: ['Stripe'] },

  // ── quietroom-exam-centre: off-topic ──
  { ws: QUIETROOM, kind: 'off-topic', q: "how much is the late entry fee for the summer series this year?", has: ['Miriam Achterberg'], not: ['Stripe'] },
  { ws: QUIETROOM, kind: 'off-topic', q: "when does the June exam timetable come out?", has: ['Miriam Achterberg'], not: ['Microsoft 365'] },
  { ws: QUIETROOM, kind: 'off-topic', q: "is there anywhere for candidates to park near the centre on exam days?", has: ['Miriam Achterberg'], not: ['UniFi Protect', 'visitors-and-calls'] },
  { ws: QUIETROOM, kind: 'off-topic', q: "who's covering invigilation on thursday afternoon? I can't do it anymore", has: ['Miriam Achterberg'], not: ['invigilators'] },
  { ws: QUIETROOM, kind: 'off-topic', q: "do we have any spare calculators for the maths paper tomorrow?", has: ['Miriam Achterberg'], not: ['malpractice', 'Reading IT Hub'] },

  // ── bouncers-soft-play: situations ──
  { ws: BOUNCERS, kind: 'situation', q: "mum at the front desk is in bits, she can't find her little boy, he's 4, blue dinosaur top, green band. what do we do", has: ['lost-child', "with the child's first name, age, clothes"] },
  { ws: BOUNCERS, kind: 'situation', q: "we found the little girl asleep in the ball pit after a couple of mins, all fine now. do I still need to write it up anywhere?", has: ['lost-child', 'even if the child is found in a minute'] },
  { ws: BOUNCERS, kind: 'situation', q: "Grandad has come to collect Evie from the Jones party but mum dropped her off, he hasn't got a matching band. mum isn't here", has: ['wristbands', 'the adult who checked them in must tell the front desk first'] },
  { ws: BOUNCERS, kind: 'situation', q: "we've got two Olivias in the same party, can I write their surnames on the bands with a sharpie so we don't mix them up?", has: ['wristbands', 'Never write a surname'] },
  { ws: BOUNCERS, kind: 'situation', q: "A mum at the counter asked if the chocolate brownies have nuts in. I think they're fine? Bogdan made them this morning", has: ['allergies', 'from the Nutritics allergen chart only'] },
  { ws: BOUNCERS, kind: 'situation', q: "kid at the 2 o'clock party has gone all blotchy and his lips are swelling up after the party food!!", has: ['allergies', 'call 999 for any breathing difficulty or swelling'] },
  { ws: BOUNCERS, kind: 'situation', q: "a dad wants to see the footage of his son falling off the big slide, can I show him on the office screen quickly?", has: ['cctv', 'never show footage to a parent on the screen'] },
  { ws: BOUNCERS, kind: 'situation', q: "police officer came in asking for the car park video from tuesday night, someone's car got broken into. Rhian's not in", has: ['cctv', "the officer's collar number and crime reference"] },
  { ws: BOUNCERS, kind: 'situation', q: "Seren wants to film the birthday girl blowing out her candles for our insta, mum said it's fine. ok to do?", has: ['photos-and-phones', 'Staff never photograph or film children'] },
  { ws: BOUNCERS, kind: 'situation', q: "there's a man by the toddler zone filming on his phone and it's definitely not his kid he's filming", has: ['photos-and-phones', 'politely remind them of the house rules'] },
  { ws: BOUNCERS, kind: 'situation', q: "a little girl told me her mums boyfriend hurts her and then made me pinky promise not to tell anyone", has: ['safeguarding', 'do not promise to keep it secret'] },
  { ws: BOUNCERS, kind: 'situation', q: "noticed marks on a boy's arms that look like fingers, dad got really funny when I asked about them. Shall I put it in the staff group chat so everyone keeps an eye out?", has: ['safeguarding', 'Do not discuss the concern with the parents'] },
  { ws: BOUNCERS, kind: 'situation', q: "boy fell from the top level of the frame and they've taken him to A&E in the ambulance with his nan", has: ['accidents', 'tell Gareth the same day'] },
  { ws: BOUNCERS, kind: 'situation', q: "mum says her daughter split her chin on the slide and wants to know if we'll pay for it, I said sorry it was our fault, was that ok?", has: ['accidents', 'Do not admit fault or promise compensation'] },
  { ws: BOUNCERS, kind: 'situation', q: "I think I left the front desk tablet on the bus home last night", has: ['breach-reporting', 'Tell Rhian at once'] },
  { ws: BOUNCERS, kind: 'situation', q: "sent the party confirmation for the Patel party to the wrong mum, it had all the kids names and allergies on it. should I email her and ask her to delete it?", has: ['breach-reporting', 'Do not delete anything or contact the family yourself'] },
  { ws: BOUNCERS, kind: 'situation', q: "a mum wants the number of the parents of a boy from saturday's party so she can give back a present he left behind", has: ['data-requests', 'Offer to pass on a message'] },
  { ws: BOUNCERS, kind: 'situation', q: "a dad emailed saying take all our details off your system, we don't want to hear from you again", has: ['data-requests', 'unsubscribe them in ROLLER straight away'] },
  { ws: BOUNCERS, kind: 'situation', q: "Parent rang to pay the party deposit and wants to read her card number out to me over the phone", has: ['cash-and-paper', 'send a ROLLER payment link'] },
  { ws: BOUNCERS, kind: 'situation', q: "party's finished, can I just chuck the printed party list in the bin in the party room?", has: ['cash-and-paper', 'shredded in the office shredder that night'] },

  // ── bouncers-soft-play: new tools ──
  { ws: BOUNCERS, kind: 'new-tool', q: "can I do the allergen sheet for the counter in Canva? it'd look way nicer", has: ['Rhian Pritchard'], not: ['Nutritics'] },
  { ws: BOUNCERS, kind: 'new-tool', q: "Kayleigh says Planday is free for small teams, could we do the staff rota on that instead?", has: ['Rhian Pritchard'], not: ['RotaCloud'] },
  { ws: BOUNCERS, kind: 'new-tool', q: "I've started doing the hourly toilet checks on a Jotform on my phone, it's quicker", has: ['Rhian Pritchard'], not: ['SafetyCulture'] },
  { ws: BOUNCERS, kind: 'new-tool', q: "should we get a SumUp reader for the café? the fees look lower", has: ['Rhian Pritchard'], not: ['Dojo'] },
  { ws: BOUNCERS, kind: 'new-tool', q: "can we start a TikTok for the centre and post the party videos there?", has: ['Rhian Pritchard'], not: ['Facebook and Instagram'] },

  // ── bouncers-soft-play: off-topic ──
  { ws: BOUNCERS, kind: 'off-topic', q: "how much is a party for 20 kids on a saturday afternoon?", has: ['Rhian Pritchard'], not: ['ROLLER'] },
  { ws: BOUNCERS, kind: 'off-topic', q: "what time do we open on bank holiday monday?", has: ['Rhian Pritchard'], not: ['RotaCloud'] },
  { ws: BOUNCERS, kind: 'off-topic', q: "has anyone gritted the car park? it's like an ice rink out there", has: ['Rhian Pritchard'], not: ['Verkada', 'cctv'] },
  { ws: BOUNCERS, kind: 'off-topic', q: "the café's nearly out of oat milk, when's the next delivery?", has: ['Rhian Pritchard'], not: ['Square', 'allergies'] },
  { ws: BOUNCERS, kind: 'off-topic', q: "do we sell grip socks at the desk or do the kids have to bring their own?", has: ['Rhian Pritchard'], not: ['wristbands', 'ROLLER'] },
];
