// Focus set 47 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-sixth round by a writer who read only the README, the case format and three firms' files (kilnhouse-glass-studio, brightpath-driving-assessments, harbourview-dental-nursing-agency), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const KILNHOUSE = 'kilnhouse-glass-studio';
const BRIGHTPATH = 'brightpath-driving-assessments';
const HARBOURVIEW = 'harbourview-dental-nursing-agency';

export const FOCUS47_ONE: ReferenceCase[] = [
  // ───────────────────────── Kilnhouse Glass Studio ─────────────────────────
  // situation
  { ws: KILNHOUSE, kind: 'situation', q: "saturday taster, one lady didnt tick the box saying we can snap her but her friend keeps asking me to get a pic of the two of them at the glory hole. what do i do about her?", has: ['photos-consent', 'green lanyard'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Ravi got a gorgeous shot of a 15 yr old lad gathering his first bubble. Dad said 'yeah go for it' out loud, so can Ana stick it up with the boy's name on?", has: ['photos-consent', "parent's written consent"] },
  { ws: KILNHOUSE, kind: 'situation', q: "A mum dropped her 16 year old off for the young makers weekend and said she'd nip into Cabot Circus and be back for 4 — is that allowed??", has: ['young-people', 'stay in the studio for the whole session'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Who do I tell — the 15yo girl on thursday's family class had bruises all up her arm and went dead quiet when her stepdad turned up to collect her", has: ['young-people', 'our safeguarding lead'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Callum's student caught the back of her hand on the punty, it's come up in a blister roughly the size of a 50p. whats the drill", has: ['hot-shop-safety', 'running water for 20 minutes'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Guy on the evening class nicked his finger on a sliver of cullet, plaster on, he's totally fine. Does it need writing up anywhere or nah", has: ['hot-shop-safety', 'goes in the incident log that'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Freya asked me to print out everyone's conditions off the sign-up (the fits, the pregnant lady etc) and pin it up by the glory hole for the weekend group so tutors can see at a glance. ok to do?", has: ['health-notes', 'never print them or copy them into WhatsApp'] },
  { ws: KILNHOUSE, kind: 'situation', q: "one of tomorrows group wrote she's expecting. should I mention it at the start of the safety talk so everyone gives her a bit of room?", has: ['health-notes', 'Talk to the participant privately'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Callum's off sick so I just used his login on the controller app to start the anneal on the big pieces, that's alright isn't it", has: ['kiln-room', 'on your own KilnAid login'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Bea finished last friday — anything we need to do about the tablet in the back room where the annealers are?", has: ['kiln-room', 'PIN is changed whenever someone leaves'] },
  { ws: KILNHOUSE, kind: 'situation', q: "The couple in Clifton are thrilled with their chandelier and said on the phone we can put it on our socials, hanging in their stairwell. Good to go?", has: ['commissions', 'client has agreed in writing'] },
  { ws: KILNHOUSE, kind: 'situation', q: "bloke rang up, wants to know how much is left on the present his wife got him for a taster. he's read me the code off it — can i just tell him the balance?", has: ['gift-vouchers', "buyer's email address"] },
  { ws: KILNHOUSE, kind: 'situation', q: "Lady on the phone wants to read me her long card number so she can put the deposit down on her window piece, I've got a pen ready, anything I should know first?", has: ['card-payments', 'send a payment link instead'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Order for six decanters just came thru the website, £900ish, going to an address in Manchester but the bill's registered in Leeds. post it or hold?", has: ['card-payments', 'differs from the billing address'] },
  { ws: KILNHOUSE, kind: 'situation', q: "someone's left a nasty note under our latest post saying her son got burnt at one of our tasters, Mollie wants to reply to her right there so everyone sees we care", has: ['instagram-messages', 'Do not reply to comments about an accident'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Left the shop iPad on the number 8 bus last night 🙈 it's got the till and the studio email logged in", has: ['lost-device', 'day or night'] },
  { ws: KILNHOUSE, kind: 'situation', q: "Think I swapped the stickers on two parcels this morning, the Clifton one's gone to Glasgow and the Glasgow one's on its way to Clifton. Both with the courier already", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: KILNHOUSE, kind: 'situation', q: "A PC came in asking whether we've got the yard filmed from tuesday night, somebody nicked two bikes. Can I just show her on the office screen?", has: ['cctv', 'collar number'] },
  { ws: KILNHOUSE, kind: 'situation', q: "the furnace engineer's turned up an hour early and Jonah isn't in yet, do I just wave him through to the back?", has: ['visitors', 'sign in at the shop desk'] },
  { ws: KILNHOUSE, kind: 'situation', q: "A woman who did the weekend course last spring has emailed asking for everything we've got on her, pictures and all. Who deals with that?", has: ['subject-access', 'pass it to Tamsin the same day'] },
  // new-tool
  { ws: KILNHOUSE, kind: 'new-tool', q: "Thinking we move the taster bookings over to Eventbrite, loads of the other studios use it – any reason not to?", has: ['new-tools'], not: ['Bookwhen'] },
  { ws: KILNHOUSE, kind: 'new-tool', q: "my mate sells her ceramics on Etsy and says it's way better than our own site for seconds, can we list the wonky tumblers there", has: ['new-tools'], not: ['Shopify'] },
  { ws: KILNHOUSE, kind: 'new-tool', q: "I've been taking payments on SumUp on my own phone at the fair since ours packed up on saturday, that's ok right?", has: ['new-tools'], not: ['Square'] },
  { ws: KILNHOUSE, kind: 'new-tool', q: "A chap from the Harbourside market wants to pay for his commission through PayPal. can we take it that way?", has: ['new-tools'], not: ['Stripe'] },
  { ws: KILNHOUSE, kind: 'new-tool', q: "Freya wants to trial Klaviyo for the monthly email because it hooks into the shop better. ok?", has: ['new-tools'], not: ['Mailchimp'] },
  // off-topic
  { ws: KILNHOUSE, kind: 'off-topic', q: "what time does the gallery shop shut on a sunday? customer asking at the till", has: ['Tamsin Kerr'], not: ['Square'] },
  { ws: KILNHOUSE, kind: 'off-topic', q: "how much is a weekend course these days, someone wants to treat her husband", has: ['Tamsin Kerr'], not: ['Bookwhen', 'Gift Up!'] },
  { ws: KILNHOUSE, kind: 'off-topic', q: "is there anywhere to park near the studio for the open day on saturday or is it all residents only round there", has: ['Tamsin Kerr'], not: ['visitors'] },
  { ws: KILNHOUSE, kind: 'off-topic', q: "have we got any of the blue swirl tumblers left out back or have they all sold", has: ['Tamsin Kerr'], not: ['Shopify'] },
  { ws: KILNHOUSE, kind: 'off-topic', q: "anyone know if it's meant to rain for the makers' fair on Sunday? wondering whether to bring the gazebo", has: ['Tamsin Kerr'], not: ['Square'] },

  // ───────────────────────── Brightpath Driving Assessments ─────────────────────────
  // situation
  { ws: BRIGHTPATH, kind: 'situation', q: "Dr Patel's secretary asked if she can just email Mr Hughes's letter to my normal work address as it's quicker, is that ok?", has: ['referrals', 'referrals inbox only'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "A letter came through the door this morning from the stroke unit at QMC about a new gentleman. what happens to the actual paper once I've put him on the system", has: ['referrals', 'scanned into WriteUpp the same day'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Mrs Okoro didn't tick the box about her doctor getting a copy, but the surgery has rung twice today asking for the write-up. Can I send it?", has: ['sharing-reports', 'only when the driver has agreed'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Gent today clipped two kerbs and nearly went through a red, then told me flat out he's not handing his licence in and I'm not to tell anyone. I said I'd keep it between us... was that right?", has: ['sharing-reports', 'do not promise to keep quiet'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "how should the finished write-up go to the Swansea lot, can I just attach it to a regular message from my inbox?", has: ['sharing-reports', 'never by ordinary email'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "daughter of one of Tuesday's drivers rang wanting to know how her dad got on — she's not down on his form anywhere", has: ['family-members', 'unless the driver has named them'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "A woman rang in tears saying her mum's still driving with Alzheimer's and has she been seen by us yet. What can I tell her", has: ['family-members', 'do not confirm whether the person is a client'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Mr Ali's wife wanted to sit in the back during his road drive to keep him calm, Dean said fine — ok?", has: ['family-members', 'only the assessor and driver go in the car'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Halfway through the memory tests Mrs Green kept asking why she was here and what the paper she'd signed was for. Do I carry on?", has: ['capacity-dementia', 'stop and speak to Marcus before going further'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Realised at home I left my clipboard with today's notes in the Corsa, it's parked at the centre overnight — should I go back?", has: ['in-car-assessments', 'never left on the seat or in the boot overnight'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "client's son asked me to film his dad's drive on my mobile so the rest of the family can watch it later", has: ['in-car-assessments', 'Do not take photos or videos of drivers in the car'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "We got rear-ended at the lights on Derby Road (nobody hurt). The other driver's demanding to know what's 'wrong with' my client and why he's being tested, what do I say?", has: ['road-incidents', "do not give out the driver's medical condition"] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Marcus suggested I pull up where the car went and how fast on the ring road on Tuesday to back up my fail for Mr Dunn", has: ['vehicle-tracker', "never used to judge a driver's assessment"] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Mrs Banks let slip her nephew takes her pension card every week and she's got nothing left for food. not sure what to do with that", has: ['safeguarding', 'as our safeguarding lead the same day'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "man on the line says he's Mr Ellis and wants to move his appointment to next week, how do I know it's actually him?", has: ['phone-identity', 'full name, date of birth and first line of address'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Someone smashed my car window in the Sainsbury's car park and took my bag with the work laptop in it. what now", has: ['lost-device', 'Trent Valley IT wipes the device'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Just sent Mr Burton's report to the surgery in Beeston instead of Bulwell, same surname different doctor. Should I ring them and ask them to bin it?", has: ['breach-reporting', 'Do not try to recall or delete anything'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "Mr Nowak's English isn't great and his son has offered to come along and translate for him on Friday, saves us booking someone", has: ['interpreters', 'never ask a family member to interpret'] },
  { ws: BRIGHTPATH, kind: 'situation', q: "a law firm acting for Mr Rees has emailed wanting copies of everything we have on him, notes and route sheets too", has: ['subject-access', "driver's signed authority"] },
  { ws: BRIGHTPATH, kind: 'situation', q: "found a load of files on the system for people we saw once back in 2015 — when are we meant to get rid of those?", has: ['records-retention', '8 years after the last assessment'] },
  // new-tool
  { ws: BRIGHTPATH, kind: 'new-tool', q: "Can we use Otter.ai to transcribe the feedback sessions? would save me hours writing up", has: ['new-tools'], not: ['WriteUpp'] },
  { ws: BRIGHTPATH, kind: 'new-tool', q: "SurveyMonkey is free and Tom reckons it's easier than what we've got, could we switch the after-assessment questionnaire over?", has: ['new-tools'], not: ['SmartSurvey'] },
  { ws: BRIGHTPATH, kind: 'new-tool', q: "Lorraine's been looking at Stripe for the self-funders, the fees are lower apparently. thoughts", has: ['new-tools'], not: ['SumUp'] },
  { ws: BRIGHTPATH, kind: 'new-tool', q: "I've already set up a Calendly page so drivers' families can book themselves in, is that alright to keep going with?", has: ['new-tools'], not: ['WriteUpp'] },
  { ws: BRIGHTPATH, kind: 'new-tool', q: "Judith's accountant friend recommends we move the books over to Xero — is that something we could do?", has: ['new-tools'], not: ['QuickBooks'] },
  // off-topic
  { ws: BRIGHTPATH, kind: 'off-topic', q: "what time's the team meeting on thursday, is it still half 9?", has: ['Sarah Whitcombe'], not: ['Microsoft 365'] },
  { ws: BRIGHTPATH, kind: 'off-topic', q: "is there disabled parking at the centre for a client coming in a wheelchair tomorrow", has: ['Sarah Whitcombe'], not: ['in-car-assessments'] },
  { ws: BRIGHTPATH, kind: 'off-topic', q: "who's covering Gail's assessments while she's away next week?", has: ['Sarah Whitcombe'], not: ['WriteUpp'] },
  { ws: BRIGHTPATH, kind: 'off-topic', q: "how much do we charge a self-funding driver for the full assessment now", has: ['Sarah Whitcombe'], not: ['SumUp'] },
  { ws: BRIGHTPATH, kind: 'off-topic', q: "is the christmas do still at Ye Olde Trip this year or did we move it", has: ['Sarah Whitcombe'], not: ['Breathe HR'] },

  // ───────────────────────── Harbourview Dental Nursing Agency ─────────────────────────
  // situation
  { ws: HARBOURVIEW, kind: 'situation', q: "Shannon wants to put all the Cornwall girls in one chat together so they can grab last-minute work faster, is that ok?", has: ['whatsapp-shifts', "see each other's numbers"] },
  { ws: HARBOURVIEW, kind: 'situation', q: "When I send out tomorrow's Truro job to the nurses do I say which surgery it is straight away or not", has: ['whatsapp-shifts', 'practice name only once the nurse has accepted'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Lucy's left us to go full time at a practice in Exeter. she's still on the lists on the work mobiles, does that matter?", has: ['whatsapp-shifts', 'delete them from the broadcast lists the same week'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "one of our nurses sent me a snap of the appointments board at the surgery to show how mad her day was lol", has: ['patient-information', 'photograph a screen, chart or day list'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Zoe asked if she can write on her sheet that she stayed an extra hour because Mrs Trelawny's extraction overran", has: ['patient-information', 'must never name a patient'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "my mobile got swiped out of my bag at Plymouth station, it's my own one but it has the shift app and the work messages on", has: ['lost-device', 'on-call number'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "new girl is keen to start Monday, her police check hasn't come back yet but the practice in Saltash is desperate. can we book her?", has: ['compliance-records', 'No nurse is offered a shift until'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Practice rang to say one of ours isn't coming up when they search her number on the dental council website. She's booked all next week", has: ['compliance-records', 'a lapsed registration means no shifts'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Is it ok if I keep a copy of her blood results in my inbox just in case a practice asks?", has: ['compliance-records', 'never keep copies in email'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "The practice manager in Truro wants me to forward Ellie's police certificate and her home address before she starts on Monday", has: ['nurse-profiles', 'Never forward a DBS certificate'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "the surgery in Falmouth has inspectors in next week and wants the full vetting files on every nurse we've sent them", has: ['nurse-profiles', 'are sent to Amira'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Zoe's messaging the work mobile saying she's 3 hrs short on last week's money, do I sort it on there?", has: ['timesheets', 'Pay queries go to Bev by email'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Practice in Liskeard doesn't do the app, so our nurse has a paper sheet they've signed. what do I do with it", has: ['timesheets', 'photographed and uploaded the same day'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Practice manager in Newquay rang absolutely fuming — says our nurse was rude to the dentist and on her phone all morning", has: ['practice-feedback', 'goes to Jess the same day'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Ellie got stabbed by a dirty probe clearing the tray after an extraction, the dentist's sorting it there, anything we need to do our end?", has: ['sharps-injury', 'Tell the agency the same day by phone'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "I sent Sophie's profile to the surgery in Torquay instead of Torpoint 😬 what do I do", has: ['breach-reporting', 'Tell Kerry straight away'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "email from one of our practices saying they've moved banks and to pay the next invoice to a new account. looks legit", has: ['phishing', 'phone the person on the number in TempBuddy or FreeAgent'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "A practice in Launceston wants a reference for one of our old nurses. Between us she was a bit unreliable, can I put that?", has: ['recruitment', 'says only dates and roles'] },
  { ws: HARBOURVIEW, kind: 'situation', q: "On placement in St Austell yesterday a little boy came in with marks on his face and his mum's story didn't really add up", has: ['safeguarding', "practice's safeguarding lead that day"] },
  { ws: HARBOURVIEW, kind: 'situation', q: "Ex-nurse messaged the office asking for all the chats and notes we've got about her from when she worked for us", has: ['subject-access', 'Pass it to Kerry the same day'] },
  // new-tool
  { ws: HARBOURVIEW, kind: 'new-tool', q: "Daniel's keen to try Deputy for planning who goes where each week instead of what we use now", has: ['new-tools'], not: ['TempBuddy'] },
  { ws: HARBOURVIEW, kind: 'new-tool', q: "The new nurse asked if she can sign her worker agreement on Adobe Sign since she already has it", has: ['new-tools'], not: ['DocuSign'] },
  { ws: HARBOURVIEW, kind: 'new-tool', q: "Totaljobs have offered us a free month of ads for dental nurses. worth a go?", has: ['new-tools'], not: ['Indeed'] },
  { ws: HARBOURVIEW, kind: 'new-tool', q: "could we move the office line over to Dialpad? my last agency used it and it was fab", has: ['new-tools'], not: ['CircleLoop'] },
  { ws: HARBOURVIEW, kind: 'new-tool', q: "Bev's been doing this month's practice invoices in Xero on a trial to compare, hope that's ok", has: ['new-tools'], not: ['FreeAgent'] },
  // off-topic
  { ws: HARBOURVIEW, kind: 'off-topic', q: "what's the hourly rate for a Sunday in Truro these days?", has: ['Kerry Pascoe'], not: ['whatsapp-shifts'] },
  { ws: HARBOURVIEW, kind: 'off-topic', q: "can anyone cover the Bodmin booking tomorrow, Ellie's got covid", has: ['Kerry Pascoe'], not: ['WhatsApp Business'] },
  { ws: HARBOURVIEW, kind: 'off-topic', q: "is there parking at the Mutley office or do I need the multi storey", has: ['Kerry Pascoe'], not: ['TempBuddy'] },
  { ws: HARBOURVIEW, kind: 'off-topic', q: "when's the staff christmas meal, has anyone booked the table yet?", has: ['Kerry Pascoe'], not: ['TempBuddy'] },
  { ws: HARBOURVIEW, kind: 'off-topic', q: "is the Torpoint ferry still running with this wind? got a nurse due across at 8", has: ['Kerry Pascoe'], not: ['TempBuddy'] },
];
