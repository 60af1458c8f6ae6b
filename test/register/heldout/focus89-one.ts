// Focus set 89 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (willowcroft-short-breaks, goldenmile-amusements, frostfell-santa-grotto), the firms written by helpers from the configuration reference and two examples: written to measure situations on unseen firms. Frozen (every `has` and `not` fact checked against the files by a script), held out: scored as counts only, never read.
import type { ReferenceCase } from './types.ts';

const WILLOWCROFT = 'willowcroft-short-breaks';
const GOLDENMILE = 'goldenmile-amusements';
const FROSTFELL = 'frostfell-santa-grotto';

export const FOCUS89_ONE: ReferenceCase[] = [
  // ── Willowcroft Short Breaks: situations ──
  { ws: WILLOWCROFT, kind: 'situation', q: "one of the lads told me at bedtime his stepdad hits him, made me pinky promise i wouldnt tell anyone. what do i say to him", has: ['safeguarding-disclosure', 'never promise to keep it secret'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "girl in room 3 said something a bit worrying about her uncle at breakfast.. her mums collecting at 4, should i just ask mum about it then", has: ['safeguarding-disclosure', 'Never tell the parent or the person'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "kid said something at tea i wasnt sure about, my shift finishes in 10 min, ok to write it up tomoz when im back in?", has: ['safeguarding-disclosure', 'in Access Care Planning before the end of your shift'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "amy wants to ping a pic of the sensory room session to Jaydens mum on whatsapp, says its quicker than famly. alright?", has: ['photos', 'never by WhatsApp, text or email'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "got a lovely one of Ellie on the swing but Harvey is kind of in the background, ok to send to her mum", has: ['photos', 'no photo in which another child can be seen'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "thinking of doing a little post on the home's facebook about our halloween party - just the costumes, no faces no names", has: ['photos', 'Never post anything about the children on social media'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "mad night, gave Tyler his 8pm meds but didnt get near emar, fine to fill it in at the end of shift yeah", has: ['medication', 'at the time it is given, never afterwards from memory'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "think i might of given Sophie her evening dose twice, kwame reckons just keep an eye on her?? what should i actually do", has: ['medication', 'the parent and NHS 111 are called for advice'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "woman rang saying shes Oliver's auntie, wants to know if hes with us this weekend so she can drop a present round", has: ['callers-and-visitors', 'Never confirm to a caller or someone at the door'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "dads new partner has turned up to collect Lucas, dad said on the phone its fine but shes not on his form", has: ['callers-and-visitors', 'only with the adults named on the booking form'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "one of the mums at pick up asked how Maisie's toilet training is going, they're best mates so can i tell her", has: ['personal-care-intimate', "Never discuss a child's personal care with other parents"] },
  { ws: WILLOWCROFT, kind: 'situation', q: "only me on the floor for 20 mins, Noah needs changing and his plan says 2 staff, can i just crack on", has: ['personal-care-intimate', 'Two staff give intimate care'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "left the unit tablet on the minibus after swimming and the bus company cant find it. its gone 11pm, ok to tell joanne in the morning", has: ['breaches-lost-devices', 'within 1 hour, day or night'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "sent Ruby's stay report to Finley's mum by mistake :( shall i ring her and ask her to delete it", has: ['breaches-lost-devices', 'Do not delete anything or contact the family yourself'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "a young man who used to stay with us til he was 18 has emailed asking for everything we've got on him from back then", has: ['retention-sar', 'passed to Joanne the same day'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "having a clear out, Charlie left the service last year when he turned 18, can we bin his care plan now", has: ['retention-sar', "kept until the child's 25th birthday"] },
  { ws: WILLOWCROFT, kind: 'situation', q: "Mollie's mum slipped me a £50 love2shop voucher with her xmas card, can i keep it", has: ['gifts', 'Never accept money, vouchers or anything from a child'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "Ben's family want my mobile so they can text me how he gets on at his new placement, is that ok", has: ['gifts', 'never give families your own phone number'] },
  { ws: WILLOWCROFT, kind: 'situation', q: "stuart cant get into emar, hes asked me to sign the 6pm meds under my name and he'll sort his login tomorrow", has: ['passwords-backups', "sign eMAR in another person's name"] },
  { ws: WILLOWCROFT, kind: 'situation', q: "is it ok to leave the tablet open on the lounge table while i nip to the kitchen, only 2 mins", has: ['passwords-backups', 'Lock the tablet when you put it down'] },

  // ── Willowcroft Short Breaks: new tools ──
  { ws: WILLOWCROFT, kind: 'new-tool', q: "shall we just set up a whatsapp group for the staff to swap sleep-ins, easier than the app", has: ['Joanne Pike'], not: ['RotaCloud'] },
  { ws: WILLOWCROFT, kind: 'new-tool', q: "can we start sending the big stay reports to social workers by dropbox, outlook keeps bouncing them", has: ['Joanne Pike'], not: ['Famly'] },
  { ws: WILLOWCROFT, kind: 'new-tool', q: "leanne wants to trial Birdie for the daily logs, anyone know if thats allowed", has: ['Joanne Pike'], not: ['Access Care Planning'] },
  { ws: WILLOWCROFT, kind: 'new-tool', q: "ok to paste my incident notes into chatgpt to tidy up the wording before it goes on the system", has: ['Joanne Pike'], not: ['Access eMAR'] },
  { ws: WILLOWCROFT, kind: 'new-tool', q: "gill mentioned moving payroll over to xero, is that something we can just do", has: ['Joanne Pike'], not: ['Sage Payroll'] },

  // ── Willowcroft Short Breaks: off-topic ──
  { ws: WILLOWCROFT, kind: 'off-topic', q: "what time does the big tesco in dereham shut tonight", has: ['Joanne Pike'], not: ['RotaCloud'] },
  { ws: WILLOWCROFT, kind: 'off-topic', q: "anyone got a decent recipe for gluten free pancakes for saturday brekkie", has: ['Joanne Pike'], not: ['Access eMAR'] },
  { ws: WILLOWCROFT, kind: 'off-topic', q: "is the minibus due its MOT this month or next", has: ['Joanne Pike'], not: ['Broadland IT Support'] },
  { ws: WILLOWCROFT, kind: 'off-topic', q: "who won the norwich game last night", has: ['Joanne Pike'], not: ['Microsoft 365'] },
  { ws: WILLOWCROFT, kind: 'off-topic', q: "how do i get red squash out of the lounge carpet", has: ['Joanne Pike'], not: ['Famly'] },

  // ── Golden Mile Amusements: situations ──
  { ws: GOLDENMILE, kind: 'situation', q: "mum screaming her little lad's gone from the penny falls, shall i put his name out on the tannoy", has: ['lost-children', "never announce the child's name over the tannoy"] },
  { ws: GOLDENMILE, kind: 'situation', q: "found a little girl crying by the claw machines on her own, gonna take her up to the office till we find her mum", has: ['lost-children', 'kept at the prize counter with two staff'] },
  { ws: GOLDENMILE, kind: 'situation', q: "lad on the cat C machines looks about 17, showed me a college card with his dob on, does that count", has: ['adults-only-area', 'accept only a passport, driving licence or PASS card'] },
  { ws: GOLDENMILE, kind: 'situation', q: "just turned a girl away from the over 18s bit with a dodgy id, should i snap a pic of it for the log", has: ['adults-only-area', 'do not photocopy or photograph the ID'] },
  { ws: GOLDENMILE, kind: 'situation', q: "fella at the counter says gamblings got out of hand and he wants banning from the back room, do i just write his name down", has: ['self-exclusion', 'fills in the Bacta form with them in private'] },
  { ws: GOLDENMILE, kind: 'situation', q: "pretty sure the bloke on the fruities in the corner is one from the photo book, what do i do", has: ['self-exclusion', 'tell the duty manager, who asks them to leave'] },
  { ws: GOLDENMILE, kind: 'situation', q: "ryan's on his own tonight and the change machine by the door is empty, can he refill it quick", has: ['cash-handling', 'only by two staff together'] },
  { ws: GOLDENMILE, kind: 'situation', q: "tariq finished friday, he knows the number for the cash office, do we need to do owt", has: ['cash-handling', 'door code is changed whenever someone leaves'] },
  { ws: GOLDENMILE, kind: 'situation', q: "copper just came in wanting saturdays footage from the fight outside, can i stick it on a usb for him now", has: ['cctv', "officer's name, collar number and incident number"] },
  { ws: GOLDENMILE, kind: 'situation', q: "easier if i just video the screen on my phone and send it to the lady whose bag got nicked", has: ['cctv', 'Never film footage off the screen with a phone'] },
  { ws: GOLDENMILE, kind: 'situation', q: "someone rang saying she handed a phone in yesterday and wants the owners number to check he got it back", has: ['prize-counter-lost-property', "Never give out a customer's details"] },
  { ws: GOLDENMILE, kind: 'situation', q: "purse handed in at the prize counter, can i have a proper rummage thru it to find a number to ring", has: ['prize-counter-lost-property', 'never unlocked or opened beyond finding an ID'] },
  { ws: GOLDENMILE, kind: 'situation', q: "jade's phone got nicked on the tram last night, its got the camera app on it", has: ['breaches-lost-devices', 'tell Sandra Whitworth within 2 hours'] },
  { ws: GOLDENMILE, kind: 'situation', q: "the barred gamblers book got left open on the counter and some punter was flicking through it, i've put it back now", has: ['breaches-lost-devices', 'tell Sandra Whitworth within 2 hours'] },
  { ws: GOLDENMILE, kind: 'situation', q: "guy emailed wanting 'everything you've got on me' including the cameras from when he got chucked out last week", has: ['subject-access-retention', 'Pass it to Sandra the same day'] },
  { ws: GOLDENMILE, kind: 'situation', q: "tidying the shared drive, how far back do we need the old refusals and incident stuff", has: ['subject-access-retention', 'the refusals and incident logs 3 years'] },
  { ws: GOLDENMILE, kind: 'situation', q: "chloe's asked for my pin for the coin counter as hers isnt working", has: ['passwords-backups', 'The cash counter PIN is your own'] },
  { ws: GOLDENMILE, kind: 'situation', q: "can me and tariq just share one login for the rota, saves faff", has: ['passwords-backups', 'Use your own login for Deputy and Google Workspace'] },
  { ws: GOLDENMILE, kind: 'situation', q: "someone just won the big one on the £500 jackpot machine, can i film it for our tiktok", has: ['social-media-gifts', 'Never post photos or videos from inside the arcade'] },
  { ws: GOLDENMILE, kind: 'situation', q: "old fella gave me a tenner for helping him on the penny falls, can i keep it", has: ['social-media-gifts', 'Tips and gifts from customers are declined politely'] },

  // ── Golden Mile Amusements: new tools ──
  { ws: GOLDENMILE, kind: 'new-tool', q: "jade wants to move us onto When I Work for shifts, its cheaper, any problem", has: ['Sandra Whitworth'], not: ['Deputy'] },
  { ws: GOLDENMILE, kind: 'new-tool', q: "keith's thinking of sticking Ring cameras on the back door, they save to the cloud", has: ['Sandra Whitworth'], not: ['Hikvision Hik-Connect'] },
  { ws: GOLDENMILE, kind: 'new-tool', q: "can we swap the accounts to quickbooks, the accountant says its easier", has: ['Sandra Whitworth'], not: ['Sage Accounting'] },
  { ws: GOLDENMILE, kind: 'new-tool', q: "could we keep the lost property log on notion instead, drive is rubbish on my phone", has: ['Sandra Whitworth'], not: ['Google Workspace'] },
  { ws: GOLDENMILE, kind: 'new-tool', q: "thinking of a mailchimp list for our regulars to send them half term offers", has: ['Sandra Whitworth'], not: ['Deputy'] },

  // ── Golden Mile Amusements: off-topic ──
  { ws: GOLDENMILE, kind: 'off-topic', q: "what time does the tower ballroom open on a sunday", has: ['Sandra Whitworth'], not: ['Deputy'] },
  { ws: GOLDENMILE, kind: 'off-topic', q: "is it gonna rain for the illuminations switch on", has: ['Sandra Whitworth'], not: ['Hikvision Hik-Connect'] },
  { ws: GOLDENMILE, kind: 'off-topic', q: "where do we order more teddies for the grabbers, running low", has: ['Sandra Whitworth'], not: ['Sage Accounting'] },
  { ws: GOLDENMILE, kind: 'off-topic', q: "best chippy near central pier for my break", has: ['Sandra Whitworth'], not: ['Google Workspace'] },
  { ws: GOLDENMILE, kind: 'off-topic', q: "hand dryer in the gents is dead again, how do i reset it", has: ['Sandra Whitworth'], not: ['Glory cash and change machines'] },

  // ── Frostfell Farm Santa's Grotto: situations ──
  { ws: FROSTFELL, kind: 'situation', q: "think i dropped the check in ipad somewhere in the car park, its pitch black and chucking it down, ok if i look in the morning and say then", has: ['breach-reporting', 'tell Eleanor Pickering straight away'] },
  { ws: FROSTFELL, kind: 'situation', q: "sent the Hendersons gallery link to the Harrisons by mistake, shall i email the harrisons and ask them not to open it", has: ['breach-reporting', 'Do not email the families yourself or delete anything'] },
  { ws: FROSTFELL, kind: 'situation', q: "bin bag in the grotto is full of todays santa cards, ok to take it out to the skip on my way", has: ['wish-lists', 'go in the locked shredding box in the office'] },
  { ws: FROSTFELL, kind: 'situation', q: "one of the notes for the 2pm slot says the little girls dad died in the summer, should i tell all the elves so nobody mentions daddy", has: ['wish-lists', 'the note is not repeated to other staff'] },
  { ws: FROSTFELL, kind: 'situation', q: "poppy took a selfie with a little lad in his elf costume on her phone, she wants to stick it on her insta", has: ['photos', 'never photograph children on their own phones'] },
  { ws: FROSTFELL, kind: 'situation', q: "dad wants to take his own pics of his two with santa on his phone, do i stop him", has: ['photos', 'Parents may take their own photos of their own children'] },
  { ws: FROSTFELL, kind: 'situation', q: "new santa starts saturday, his dbs hasnt come back yet but hes done it for years at another place, can he still do the shift", has: ['safeguarding', 'nobody works in the grotto while a check is pending'] },
  { ws: FROSTFELL, kind: 'situation', q: "mum asked if she can nip to the loo and leave her two in with santa for 5 mins", has: ['safeguarding', 'no adult is ever alone with a child'] },
  { ws: FROSTFELL, kind: 'situation', q: "little boy whispered something to santa about mum's boyfriend that didnt sound right at all, santa told me after, who do i tell", has: ['safeguarding', 'Jess Alderley, our safeguarding lead'] },
  { ws: FROSTFELL, kind: 'situation', q: "lady at the ticket hut says shes lost her son Alfie, shall i get the shop to call out for alfie over the speakers", has: ['lost-children', "Never announce the child's name over the speakers"] },
  { ws: FROSTFELL, kind: 'situation', q: "found a toddler on his own by the reindeer pen, i'm by myself in the car park, shall i walk him up to the office", has: ['lost-children', 'do not take a child anywhere alone'] },
  { ws: FROSTFELL, kind: 'situation', q: "nursery group at 10, two of the kids on the teachers list say no photos but the photographer wants one big group shot", has: ['school-groups', 'Never photograph a child marked "no photos"'] },
  { ws: FROSTFELL, kind: 'situation', q: "a mum from the st marys class trip rang asking if we can email her the group photo", has: ['school-groups', 'give group photos only to the teacher'] },
  { ws: FROSTFELL, kind: 'situation', q: "grandad on the phone asking what time his daughter's booked in with the kids, wants to surprise them", has: ['callers', 'Do not confirm to anyone on the phone'] },
  { ws: FROSTFELL, kind: 'situation', q: "bloke at the gate says hes the kids dad and theres a court thing, wants to know if his ex is bringing them today", has: ['callers', 'pass it to Eleanor the same day'] },
  { ws: FROSTFELL, kind: 'situation', q: "ticket hut tin has got about £350 in it now, ok to leave it under the counter till close", has: ['cash', 'Takings above £200 go in the office safe'] },
  { ws: FROSTFELL, kind: 'situation', q: "a dad emailed saying he wants all the photos and cctv we have of him and his kids from last christmas", has: ['subject-access', 'Pass the request to Eleanor the same day'] },
  { ws: FROSTFELL, kind: 'situation', q: "can i scan the new elf's dbs certificate into the drive so we've got it on file", has: ['records-retention', 'DBS certificates are never copied'] },
  { ws: FROSTFELL, kind: 'situation', q: "kieran forgot his password for the rota app, can he just clock in on mine for today", has: ['passwords', 'own RotaCloud login and never share it'] },
  { ws: FROSTFELL, kind: 'situation', q: "drive is sooo slow on the farm wifi, can i pop the school booking forms on a usb and work on them at home", has: ['passwords', 'never save them to a laptop or USB stick'] },

  // ── Frostfell Farm Santa's Grotto: new tools ──
  { ws: FROSTFELL, kind: 'new-tool', q: "loads of people asking if they can book on eventbrite, can we list the slots there too", has: ['Eleanor Pickering'], not: ['Ticket Tailor'] },
  { ws: FROSTFELL, kind: 'new-tool', q: "tom wants to get a square reader for the farm shop, the fees are less", has: ['Eleanor Pickering'], not: ['SumUp'] },
  { ws: FROSTFELL, kind: 'new-tool', q: "can i just wetransfer the big photo files to the families, quicker", has: ['Eleanor Pickering'], not: ['Pixieset'] },
  { ws: FROSTFELL, kind: 'new-tool', q: "could we send slot reminders through a whatsapp community instead of emails", has: ['Eleanor Pickering'], not: ['Mailchimp'] },
  { ws: FROSTFELL, kind: 'new-tool', q: "my last job used Deputy for the shifts, can we use that for the elves", has: ['Eleanor Pickering'], not: ['RotaCloud'] },

  // ── Frostfell Farm Santa's Grotto: off-topic ──
  { ws: FROSTFELL, kind: 'off-topic', q: "how many mince pies do we need in for the weekend", has: ['Eleanor Pickering'], not: ['Ticket Tailor'] },
  { ws: FROSTFELL, kind: 'off-topic', q: "reindeer feed delivery is late again, who do i chase", has: ['Eleanor Pickering'], not: ['Xero'] },
  { ws: FROSTFELL, kind: 'off-topic', q: "whats the forecast saturday, do we need the gazebo up by the hut", has: ['Eleanor Pickering'], not: ['Pixieset'] },
  { ws: FROSTFELL, kind: 'off-topic', q: "where's the spare santa beard kept", has: ['Eleanor Pickering'], not: ['Google Workspace'] },
  { ws: FROSTFELL, kind: 'off-topic', q: "fairy lights on the grotto path wont come on, where's the switch", has: ['Eleanor Pickering'], not: ['SumUp'] },
];
