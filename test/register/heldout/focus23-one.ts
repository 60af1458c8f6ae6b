// Focus set 23 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-seventh round by a writer who read only the README, the case format and three firms' files (foxbridge-steam-railway, glacier-ice-rink, curtain-call-costumes), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and on its code of the time, then read in the same round while focus set 20 stays held out.
import type { ReferenceCase } from './types.ts';

const FOXBRIDGE = 'foxbridge-steam-railway';
const GLACIER = 'glacier-ice-rink';
const CURTAIN = 'curtain-call-costumes';

export const FOCUS23_ONE: ReferenceCase[] = [
  // ---------------------------------------------------------------- Foxbridge Steam Railway
  // situation
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "left the santa coach list on a seat in the buffet car and someone just handed it back to me 😬 do i need to tell anyone or is it fine?",
    has: ["breach-reporting", "and before you go home that day"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "its saturday, office shut and i think ive lost the booking office phone with the cctv app on it. helen's not picking up, can it wait til monday?",
    has: ["breach-reporting", "tell the duty Station Master, who phones Helen"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "oops just sent the turn sheet with everyones numbers to the whole society instead of loco dept 🙈 shall i email them all asking them to delete it",
    has: ["breach-reporting", "don't email everyone asking them to delete something"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "passenger tripped getting off the 14:15 at platform 1, done the accident form. ok if i snap a pic of it on my phone just in case?",
    has: ["breach-reporting", "photograph it on your own phone"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "one of the firemen just told me in the mess hes on new heart tablets and had a dizzy spell last wk. should i give his driver a heads up?",
    has: ["footplate-medicals", "ask them to speak to Gareth in private"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "clearing out the back office, found a box of old accident reports from 2019, one was a kid. can i chuck em in the recycling sacks",
    has: ["records-retention", "never the recycling sacks or the loco firebox"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "lady reckons someone nicked her bag off the bench on platform 1 and wants to see the cctv on the booking office monitor to see who it was",
    has: ["cctv", "don't show recordings to passengers, even one who wants"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "BTP bloke on the phone wants the car park footage from last tues, what do i need off him before we do anything",
    has: ["cctv", "the officer's name, collar number and incident number"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "got an email from a guy asking for a copy of the cctv of him slipping over in the car park last month, what do i do w that",
    has: ["cctv", "we have one month to reply"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "found a wallet in coach 3 after the 12:30, can i have a look inside to see whose it is?",
    has: ["lost-property", "only to find a name, with a second person present"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "mum rang about a teddy her little one left on the santa train, can i just post it to the address she gave me? 🧸",
    has: ["lost-property", "posted only to the address of the named owner"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "school just emailed over the full class list with all the kids names for next weeks visit, where do i save it",
    has: ["school-visits", "delete it and tell the teacher we don't keep them"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "kid on the school trip waving from the footplate steps, can i grab a quick pic for our insta?? so cute",
    has: ["school-visits", "Staff and volunteers do not photograph pupils"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "enthusiast up at the shed asked for derek's mobile, says theyre old mates from the loco dept. ok to give it him?",
    has: ["volunteer-details", "without asking the volunteer first"],
  },
  {
    ws: FOXBRIDGE, kind: 'situation',
    q: "end of day in the booking office, got a pile of phone booking notes and gift aid forms from the shop, where do they go",
    has: ["booking-office", "go in the locked drawer under the counter"],
  },
  // off-topic
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "anyone know if its gonna chuck it down for the gala saturday? ☔",
    has: ["Helen Ashdown"], not: ["DigiTickets"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "whose turn is it to buy biscuits for the mess room lol",
    has: ["Helen Ashdown"], not: ["Better Impact"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "7802 sounded gorgeous on the climb this morning 😍",
    has: ["Helen Ashdown"], not: ["Hik-Connect"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "lady on the 11:00 said the buffet scones were the best shes ever had, made my day",
    has: ["Helen Ashdown"], not: ["Square"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "who won the villa game last night? missed it cos of the late turn",
    has: ["Helen Ashdown"], not: ["Textlocal"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "is the kettle in the booking office broken again or is it just me",
    has: ["Helen Ashdown"], not: ["Opayo"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "whats everyone having for lunch, chippy in tenbury?",
    has: ["Helen Ashdown"], not: ["Sage Accounting"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "derek's put me on every santa special again, does he hate me or what 😂",
    has: ["Helen Ashdown"], not: ["uCheck"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "how many miles is it from foxbridge to orleton lane again? a kid asked me and i totally blanked",
    has: ["Helen Ashdown"], not: ["Mailchimp"],
  },
  {
    ws: FOXBRIDGE, kind: 'off-topic',
    q: "happy friday all, anyone coming to the pub after the last train?",
    has: ["Helen Ashdown"], not: ["Beacon CRM"],
  },
  // new-tool
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "can i set up a whatsapp group for the santa elves so we can sort who's doing which train?",
    has: ["new-tools"], not: ["DigiTickets"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "do we have eventbrite? thinking of using it for the beer festival tickets",
    has: ["new-tools"], not: ["DigiTickets"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "is it ok if i use doodle to get the gala volunteers to pick their slots",
    has: ["new-tools"], not: ["Beacon CRM"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "my mate at another heritage line uses justgiving for their loco appeal, can we?",
    has: ["new-tools"], not: ["Beacon CRM"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "can i use chatgpt to help write a reply to a grumpy complaint about the santa train",
    has: ["new-tools"], not: ["Mailchimp"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "is it ok if i set up a dropbox for the carriage restoration team's photos",
    has: ["new-tools"], not: ["Microsoft 365"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "do we use sumup anywhere? want a little card reader for the plant stall at the gala",
    has: ["new-tools"], not: ["Opayo"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "can i move the regulator newsletter over to substack, looks way nicer",
    has: ["new-tools"], not: ["Mailchimp"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "does the railway have zoom? want to run the members' AGM online this year",
    has: ["new-tools"], not: ["Beacon CRM"],
  },
  {
    ws: FOXBRIDGE, kind: 'new-tool',
    q: "is it ok if i use one of those free online pdf converters to merge the scanned accident forms",
    has: ["new-tools"], not: ["Ecclesiastical Insurance"],
  },
  // ---------------------------------------------------------------- Glacier Ice Rink
  // situation
  {
    ws: GLACIER, kind: 'situation',
    q: "kid just smacked his head on the boards, first aiders with him. ipad's being used so can i take a pic of the bump on my phone for the report?",
    has: ["first-aid-incidents", "Do not photograph injuries on your phone"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "mum of the girl who fell at the disco last night wants me to email her the accident report, can i?",
    has: ["first-aid-incidents", "Never send a report to a parent"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "customer says her phone got nicked from the lockers and wants me to show her the cctv so she can see who did it",
    has: ["cctv", "never show footage to a customer"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "there was a scrap by skate hire about 3 wks ago and someone said it might go to insurance, do we need to do anything with the footage?",
    has: ["cctv", "save the clip within 30 days or it's gone"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "new coach here 👋 a parent asked me to whatsapp her if the lesson moves, can i save her number?",
    has: ["skating-school", "don't save them in your phone"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "little one from the 5pm skate uk class still not picked up 20 mins after and mums not answering. can i drop her home, its on my way",
    has: ["skating-school", "tell the duty manager; don't take them anywhere yourself"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "badge day today!! can i get some pics of the kids with their badges on my phone for the facebook page",
    has: ["skating-school", "only on the rink's iPad, never your own phone"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "guy lost his locker key on the ice, says his car keys are in there. can i just open it with the master key",
    has: ["lockers-lost-property", "only once they can describe what's inside"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "found an iphone left in locker 42 at close, can i try and unlock it to find out whose it is",
    has: ["lockers-lost-property", "Don't unlock phones or look through them"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "lad at skate hire wants to leave his driving licence as a deposit instead of his trainers, thats ok yeah?",
    has: ["skate-hire-payments", "never take car keys, phones, driving licences or bank cards"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "mum on the phone wants to pay the party deposit by reading her card number out to me",
    has: ["skate-hire-payments", "send a Ticket Tailor link instead"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "party just finished and the sheet with the allergy stuff is still pinned up in the kitchen, what do i do with it",
    has: ["parties", "back to the cafe office for shredding the same day"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "ugh i just emailed tuesday's skate school register to the wrong parents 😩 what now",
    has: ["breach-reporting", "Tell the duty manager at once."],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "marauders coach asking for the cctv of their lad getting boarded last night, can i just whatsapp it to him",
    has: ["hockey-club", "Email it from the duty manager's Google account, never WhatsApp"],
  },
  {
    ws: GLACIER, kind: 'situation',
    q: "my phone with classforkids on got nicked off the bench, it's got a passcode tho so its fine right?",
    has: ["breach-reporting", "even if it has a passcode"],
  },
  // off-topic
  {
    ws: GLACIER, kind: 'off-topic',
    q: "is it me or is the rink extra freezing today 🥶",
    has: ["Lorraine Baptiste"], not: ["Verkada"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "whose turn to buy biscuits for the office, i did it last week",
    has: ["Lorraine Baptiste"], not: ["Xero"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "marauders won 6-2 last night!! anyone watch?",
    has: ["Lorraine Baptiste"], not: ["Maidstone Marauders Ice Hockey Club"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "the ice resurfacer's making that clunky noise again lol",
    has: ["Lorraine Baptiste"], not: ["Weald Tech Support"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "a little girl in my skate uk class drew me a picture of us on the ice 🥹",
    has: ["Lorraine Baptiste"], not: ["ClassForKids"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "whats the best way to sharpen figure skates at home",
    has: ["Lorraine Baptiste"], not: ["skate-hire-payments"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "anyone want anything from greggs? going on my break",
    has: ["Lorraine Baptiste"], not: ["Epos Now"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "can we change the disco playlist tonight, the kids are bored of it",
    has: ["Lorraine Baptiste"], not: ["Ticket Tailor"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "traffic on the a20 is mental this morning, gonna be 10 mins late sorry",
    has: ["Lorraine Baptiste"], not: ["RotaCloud"],
  },
  {
    ws: GLACIER, kind: 'off-topic',
    q: "did anyone watch the olympic figure skating last night, that quad!!",
    has: ["Lorraine Baptiste"], not: ["British Ice Skating"],
  },
  // new-tool
  {
    ws: GLACIER, kind: 'new-tool',
    q: "can i make a whatsapp group for my tuesday skate uk parents?",
    has: ["new-tools"], not: ["British Ice Skating"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "do we have spond? my old club used it for lessons and it was class",
    has: ["new-tools"], not: ["BrightHR"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "is it ok if i set up calendly so people can book private lessons with me",
    has: ["new-tools"], not: ["Dojo"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "my mate's rink uses deputy for shifts, can we switch to that?",
    has: ["new-tools"], not: ["BrightHR"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "can i use chatgpt to write a reply to the complaint about the lad who got hurt at the disco",
    has: ["new-tools"], not: ["Notify"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "do we use sumup anywhere? the cafe card machine keeps dropping out",
    has: ["new-tools"], not: ["Dojo"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "is it ok if i put the party allergy questions on a jotform",
    has: ["new-tools"], not: ["Epos Now"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "can i send the cctv clip to the insurers on wetransfer, its too big for email",
    has: ["new-tools"], not: ["Verkada"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "can we do the books in quickbooks instead, i used it at my last job",
    has: ["new-tools"], not: ["Xero"],
  },
  {
    ws: GLACIER, kind: 'new-tool',
    q: "is it ok if i set up an instagram account for the skating school and take lesson bookings in the dms",
    has: ["new-tools"], not: ["British Ice Skating"],
  },
  // ---------------------------------------------------------------- Curtain Call Costumes
  // situation
  {
    ws: CURTAIN, kind: 'situation',
    q: "lady in fitting room 2 struggling with her corset laces, can i just pop in and help?",
    has: ["fittings-and-measurements", "only go in when invited to help with laces"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "measuring a 12 yr old for oliver, his mum's nipped next door to costa for 5 mins. ok to carry on?",
    has: ["fittings-and-measurements", "Nobody under 16 is measured or helped into a costume"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "customer wants me to take a pic of her in the flapper dress on the shop ipad so she can think about it",
    has: ["fittings-and-measurements", "except on the customer's own phone, at their request"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "typed the measurements off the fitting card into booqable, can i bin the card now?",
    has: ["fittings-and-measurements", "put the card in the shredding box under the counter"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "first time hirer forgot her purse, shes offering to leave her car keys as a deposit for the victorian gown. fine??",
    has: ["deposits-and-id", "keep a passport, driving licence, bank card or car keys"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "dracula cape came back with red wine all down it, keeping some deposit - should i take a pic of the customer holding it as proof?",
    has: ["deposits-and-id", "photograph the damage to the costume (never the person)"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "someone dm'd on insta asking for their order posted to their work instead, can i just type that address on the dpd label?",
    has: ["posting-and-returns", "Don't retype addresses from emails or Instagram messages."],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "unpacking a return and theres a phone in the jacket pocket! shall i switch it on and see whose it is",
    has: ["posting-and-returns", "Don't read letters or switch on phones."],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "i think i left the shop ipad on the train back from leeds 🙃 booqable's on it",
    has: ["breach-reporting", "before the end of your shift at the latest"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "customer tagged us in an amazing pic from their show, can i repost it? there's a couple of kids in it",
    has: ["catalogue-photos", "never repost a photo with a child in it"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "someone from the chorus of the operatic society asked me to email her the fitting notes for the whole cast, she's lovely, ok?",
    has: ["schools-and-groups", "never to a parent or a cast member who asks"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "school sent over a class list with full names, birthdays and medical stuff for the nativity costumes 🙄 what do i do with it",
    has: ["schools-and-groups", "reply to say we don't need them and delete it"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "bloke on the phone started reading out his card number for the deposit and ive scribbled it on a post-it 😬",
    has: ["card-payments", "send the customer the Stripe payment link"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "just emailed st peter's measurement sheet to the wrong school 😱😱 should i email them and ask them to delete it?",
    has: ["breach-reporting", "Don't try to sort it out yourself, don't delete emails"],
  },
  {
    ws: CURTAIN, kind: 'situation',
    q: "customer rang asking if we still have her details and measurements from ages ago, she wants them gone",
    has: ["records-retention", "then Noor deletes them in the January clear-out"],
  },
  // off-topic
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "raining again in york, anyone got a brolly i can borrow 🌧️",
    has: ["Ros Pennock"], not: ["DPD"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "whose turn is it to buy the biscuits? i vote declan",
    has: ["Ros Pennock"], not: ["Zettle"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "the operatic society sent us flowers and a thank you card after their mikado 🥰",
    has: ["Ros Pennock"], not: ["schools-and-groups"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "whats the best way to get glitter out of the carpet in fitting room 1",
    has: ["Ros Pennock"], not: ["Bootham Dry Cleaners"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "did anyone watch city on saturday?",
    has: ["Ros Pennock"], not: ["FreeAgent"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "fancy a sandwich from the place on gillygate for lunch?",
    has: ["Ros Pennock"], not: ["Stripe"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "is panto season the busiest or is halloween worse? im new lol",
    has: ["Ros Pennock"], not: ["Booqable"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "whos the best pantomime dame you've ever seen, go",
    has: ["Ros Pennock"], not: ["Squarespace"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "the steamer's leaking again, anyone know how to descale it",
    has: ["Ros Pennock"], not: ["Simply Business"],
  },
  {
    ws: CURTAIN, kind: 'off-topic',
    q: "can someone swap my saturday for next tuesday, it's my mum's birthday",
    has: ["Ros Pennock"], not: ["sipgate"],
  },
  // new-tool
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "can i set up calendly for fitting appointments? booking them over the phone is a faff",
    has: ["new-tools"], not: ["sipgate"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "the drama teacher at st peter's wants a whatsapp group with us for the nativity, is that ok?",
    has: ["new-tools"], not: ["Meta (Instagram and Facebook)"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "is it ok if i list some of the tatty old panto stock on vinted",
    has: ["new-tools"], not: ["Squarespace"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "my mate uses canva for her shops insta posts with model pics, can we?",
    has: ["new-tools"], not: ["Adobe Creative Cloud"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "can i use one of those free background remover websites on the catalogue shots",
    has: ["new-tools"], not: ["Adobe Creative Cloud"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "do we use royal mail click and drop at all for sending costumes out?",
    has: ["new-tools"], not: ["DPD"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "is it ok if i use chatgpt to write the descriptions for the new victorian range",
    has: ["new-tools"], not: ["Squarespace"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "can we take payments with sumup on the christmas market stall",
    has: ["new-tools"], not: ["Zettle"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "does the shop have shopify? thinking of selling the accessories online",
    has: ["new-tools"], not: ["Squarespace"],
  },
  {
    ws: CURTAIN, kind: 'new-tool',
    q: "can i switch the books over to xero, i used it at my last job",
    has: ["new-tools"], not: ["FreeAgent"],
  },
];
