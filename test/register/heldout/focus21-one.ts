// Focus set 21 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-seventh round by a writer who read only the README, the case format and three firms' files (vendright-vending, kindred-celebrants, loftcraft-conversions), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and on its code of the time, then read in the same round while focus set 20 stays held out.
import type { ReferenceCase } from './types.ts';

const VENDRIGHT = 'vendright-vending';
const KINDRED = 'kindred-celebrants';
const LOFTCRAFT = 'loftcraft-conversions';

export const FOCUS21_ONE: ReferenceCase[] = [
  // ───────────────────────── VendRight Vending ─────────────────────────
  // situation
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "amir's asked me to grab the keys for his first 2 sites tmrw on my pin cos hes running late, thats fine yeah?",
    has: ['site-keys', 'Never sign out keys for someone else'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: 'first drop tomoz is the hospital at 6am, can i just keep the fob in the van overnight? saves me coming back to the depot',
    has: ['site-keys', 'even if you start at that site first thing tomorrow'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "pretty sure i left the keys for the leeds road factory hanging in the machine lock 😬 only just noticed, im on the ring road now. what do i do",
    has: ['site-keys', 'ring Dean straight away (07700 900418)'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "got lost in st james again, the machine on my list is somewhere past ward 20 something. can i just pop onto the ward n ask a nurse?",
    has: ['on-site-conduct', 'never enter a ward, even to ask for directions'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "lad at the school told me while i was filling the drinks machine that someone at home hits him. not sure what im meant to do with that",
    has: ['on-site-conduct', "passes it to the site's safeguarding lead"],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: 'found a bank card and somebodys staff lanyard in the coin return at the dye works, bring em back to the depot for safe keeping?',
    has: ['on-site-conduct', 'never taken back to the depot'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "got 3 cash bags on board, ok if i nip into greggs on the way back? starving 🥐",
    has: ['cash-handling', 'Go straight back to the depot with cash on board'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "lady at the office block stopped me, says the machine ate her £2 and she wants me to write her name and number down so someone rings her back",
    has: ['refunds', 'give them the QR code or the form address'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "vendon kept crashing so i took pics of the broken coin mech on the normal camera, theyre still sat in my gallery. that ok?",
    has: ['photos-and-phones', 'delete it from the phone the same day'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "cant find my work phone anywhere, think it fell out the van at the last drop. whats the drill",
    has: ['photos-and-phones', 'ring Dean or Martin straight away'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: 'facilities guy at the print works wants proof our driver actually turned up tuesday. can i screenshot the tracker and email it him?',
    has: ['vehicle-tracking', 'we do not send screenshots of tracker maps'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "just sent a refund email meant for one customer to a completely different bloke 🤦 wrong autofill. what now",
    has: ['breach-reporting', 'by phone if it is out of hours'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "card reader on the snack machine at the bus station looks like someones glued an extra bit on the front?? shall i try n pull it off",
    has: ['breach-reporting', 'take the reader out of service'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: 'clearing the office, got a carrier bag of old count sheets and delivery notes. ok to lob them in the big skip out back?',
    has: ['records-retention', 'go in the locked confidential waste bin'],
  },
  {
    ws: VENDRIGHT, kind: 'situation',
    q: "woman who got her money back last month has emailed asking if we still have her details and wants them wiped. how long do we hang on to that stuff",
    has: ['records-retention', 'deleted once the refund is paid and logged'],
  },

  // off-topic
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: "morning all, anyone know if its meant to chuck it down in leeds later? ☔",
    has: ['Joanne Pritchard'], not: ['Quartix'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: "whose turn is it to buy biscuits for the count room, im sure i did it last week",
    has: ['Joanne Pritchard'], not: ['cash-handling'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: 'did anyone watch leeds last night?? what a game ⚽',
    has: ['Joanne Pritchard'], not: ['Loomis UK'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: "nurse at st james reckons our latte is better than costa's 😂",
    has: ['Joanne Pritchard'], not: ['on-site-conduct'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: "whats everyone having for dinner, im parked up near the chippy on kirkstall rd",
    has: ['Joanne Pritchard'], not: ['Quartix'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: 'is the new dark roast bean any good or should the office machines stay on the old one',
    has: ['Joanne Pritchard'], not: ['Nayax'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: 'how many snickers fit in one spiral on the big snack machine? settling a pick list argument',
    has: ['Joanne Pritchard'], not: ['Vendon'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: 'anyone fancy swapping saturday on the rota? got a wedding 🙏',
    has: ['Joanne Pritchard'], not: ['Microsoft 365'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: "tell me a joke, its been a loooong route today",
    has: ['Joanne Pritchard'], not: ['refunds'],
  },
  {
    ws: VENDRIGHT, kind: 'off-topic',
    q: 'happy friday! receptionist at the print works brought us a cake for fixing her machine 🎂',
    has: ['Joanne Pritchard'], not: ['Typeform'],
  },

  // new-tool
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: 'can i use circuit to plan my drops? the free version does loads of stops',
    has: ['new-tools'], not: ['Vendon'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: "do we have a whatsapp group for the drivers? want to swap runs for friday",
    has: ['new-tools'], not: ['Vodafone Business'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: 'is it ok if i set up a google form so the office block can report broken machines',
    has: ['new-tools'], not: ['Typeform'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: "my mate at another vending firm uses sumup readers on his old machines, can we get some of those?",
    has: ['new-tools'], not: ['Nayax'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: "can i use chatgpt to write a reply to the guy moaning about his money? id paste his email in",
    has: ['new-tools'], not: ['Typeform'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: 'do we use dropbox? a host site wants to send me their new contract',
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: 'is it ok if i put life360 on the lads phones so we can all see where everyone is',
    has: ['new-tools'], not: ['Quartix'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: 'can we move the invoicing over to xero? my mate swears by it',
    has: ['new-tools'], not: ['Sage Accounting'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: "can i back up my fault pics to google photos so i dont lose them",
    has: ['new-tools'], not: ['Vendon'],
  },
  {
    ws: VENDRIGHT, kind: 'new-tool',
    q: 'do we have a rota app like deputy? paper rota on the wall is a nightmare',
    has: ['new-tools'], not: ['Microsoft 365'],
  },

  // ───────────────────────── Kindred Celebrants ─────────────────────────
  // situation
  {
    ws: KINDRED, kind: 'situation',
    q: "visiting the morgans this aft, there's 4 of them and they all talk at once 😅 can i just record it on my phone so i dont miss anything",
    has: ['family-visits', 'everyone in the room agrees'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "got an early visit in ludlow tomorrow, ok to leave my notebook and the printed draft in the car tonight so i dont forget them?",
    has: ['family-visits', 'never stay in the car overnight'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "wifi was down at home so i wrote mr harper's tribute in word and saved it on my laptop desktop, is that alright",
    has: ['eulogy-scripts', "never on your own laptop's desktop"],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "the deceased's brother just emailed asking for a copy of the draft, his niece is the one we've been dealing with. can i just send it him?",
    has: ['eulogy-scripts', 'Drafts go only to the one person the family named'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: 'the widow handed me a shoebox of old printed photos for the slideshow, some are the only copies she has. what do i do with them',
    has: ['photos-and-music', 'list them on the visit form and return every one'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "a cousin's messaged our facebook page asking for the webcast password for friday's funeral at telford crem, shall i send it?",
    has: ['photos-and-music', 'given only to the family contact, who shares it'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "mum for the naming day on the 14th has sent a photo of the baby's birth certificate 'for our records'. do we need to keep it?",
    has: ['children-and-namings', 'We do not need a birth certificate'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: 'got the cutest pic of the little flower girl at yesterdays wedding, ok to pop it on our insta? 🥰',
    has: ['children-and-namings', 'Never post or share a photograph of a child'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "home visit today, the widower seemed really muddled and his nephew kept answering for him and going on about the house. something felt off",
    has: ['children-and-namings', 'talk to Ros the same day'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "the undertakers want me to email over the whole tribute plus my notes from the visit so they can 'get a feel for the family'. ok to do?",
    has: ['sharing-with-partners', 'They do not get the eulogy or visit'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "had a text from a number i dont know saying its hartley and sons, asking for the family's home address for thursday. do i reply?",
    has: ['sharing-with-partners', 'back on the number in our diary'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: 'oh no. just emailed the draft eulogy for mrs price to the wrong family 😩 the surnames are nearly the same',
    has: ['breach-reporting', 'Phone Ros straight away, day or evening'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "left my work phone at the barn after saturday's wedding and they cant find it, it's got all the families' chats on. was gonna post in the team whatsapp, anything else i should do?",
    has: ['breach-reporting', 'Do not message it on WhatsApp'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: 'clearing out my desk at home and found 2 full visit notebooks from 2025, can they just go in my recycling bin?',
    has: ['records-retention', 'never put in household recycling'],
  },
  {
    ws: KINDRED, kind: 'situation',
    q: "couple we married last summer have emailed asking us to delete all their info now the wedding's done. how long do we normally keep it?",
    has: ['records-retention', 'Wedding and naming bookings in Dubsado: 2 years'],
  },

  // off-topic
  {
    ws: KINDRED, kind: 'off-topic',
    q: "anyone know if the A49's still shut at craven arms?",
    has: ['Ros Tanner'], not: ['Zoom'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: 'lovely wedding at the barn yesterday, the sun came out just in time ☀️',
    has: ['Ros Tanner'], not: ['Wedding and ceremony venues'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: "whose turn is it to bring cake for friday's catch up 🍰",
    has: ['Ros Tanner'], not: ['FreeAgent'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: "whats a good reading for a humanist wedding, something not too soppy?",
    has: ['Ros Tanner'], not: ['eulogy-scripts'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: 'anyone got tips for not welling up when you read a tribute for someone young',
    has: ['Ros Tanner'], not: ['family-visits'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: 'the family from tuesday sent flowers to the office to say thank you, so sweet 💐',
    has: ['Ros Tanner'], not: ['Obitus'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: 'anyone going to the shrewsbury game tonight?',
    has: ['Ros Tanner'], not: ['Hiscox'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: "is there such a thing as a hymn for a non religious funeral lol, asking for a friend",
    has: ['Ros Tanner'], not: ['photos-and-music'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: 'is the office kettle fixed yet or am i bringing a flask',
    has: ['Ros Tanner'], not: ['Google Workspace'],
  },
  {
    ws: KINDRED, kind: 'off-topic',
    q: 'popping to the bakery on the high street, anyone want anything?',
    has: ['Ros Tanner'], not: ['Stripe'],
  },

  // new-tool
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'can i use otter to transcribe my visit recordings? would save me hours',
    has: ['new-tools'], not: ['Zoom'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'do we have calendly or something so couples can book their planning call themselves?',
    has: ['new-tools'], not: ['Zoom'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'is it ok if i set up a shared google photos album so the family can drop pics in for the slideshow',
    has: ['new-tools'], not: ['Canva'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'my mate who does weddings sends a mailchimp newsletter to all her past couples, can we do that?',
    has: ['new-tools'], not: ['Squarespace'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: "can i use chatgpt to tidy up a tribute? i'd paste the family's notes in",
    has: ['new-tools'], not: ['Google Workspace'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'do we have microsoft teams? a family in canada want to do the visit on teams',
    has: ['new-tools'], not: ['Zoom'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'is it ok if i use signal for messaging families instead, heard its more secure',
    has: ['new-tools'], not: ['WhatsApp'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'can couples pay their deposit by paypal? one of them asked',
    has: ['new-tools'], not: ['Stripe'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'do we use dropbox at all? the crem asked if i could drop the slideshow in their dropbox',
    has: ['new-tools'], not: ['Obitus'],
  },
  {
    ws: KINDRED, kind: 'new-tool',
    q: 'is it ok if i design the order of service booklets in adobe express',
    has: ['new-tools'], not: ['Canva'],
  },

  // ───────────────────────── LoftCraft Conversions ─────────────────────────
  // situation
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "first on site at the caversham job tmrw, can i just take the customer's front door key home tonight instead of dropping it back at the office?",
    has: ['keys-and-codes', 'never goes home, in a van or in a pocket'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "sparky's turning up at 7 before i get there, he wants the alarm number so he can let himself in. ok to text it him?",
    has: ['keys-and-codes', 'on the day, never the alarm code'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "think i've lost the key for the wokingham job 😬 had it on me at lunch, now its gone",
    has: ['keys-and-codes', 'phone Neil within the hour'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "pulling up the old loft boards and found a bundle of old letters and a tin with about £200 in it lol. what do we do with it",
    has: ['occupied-homes', 'handed to the customer the same day and noted'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "mum's gone on the school run and left her 10yo at home, he keeps hanging round the landing wanting to watch me work. is that ok?",
    has: ['occupied-homes', 'never be alone with a child in a room'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "customer's got one of them indoor cameras on the landing pointing right at our ladder all day, bit creepy. can i ask them to turn it off?",
    has: ['occupied-homes', 'Do not ask for cameras to be switched off'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: 'the dormer on the reading job came out mint, can i stick the before n afters on our insta tonight?',
    has: ['site-photos', 'ticked the marketing box in the contract'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "next door's kitchen ceiling already has a crack, neighbour let me in to see. should i snap a few pics on my phone to cover us?",
    has: ['site-photos', 'photographed only by the party wall surveyor, never by us'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "neighbour collared me on the drive asking how much the job's costing and if they're doing a side return next. what do i tell her",
    has: ['neighbours-party-wall', 'Do not discuss the customer or their plans'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "scaffolder wants the homeowner's mobile so he can sort access for the lorry himself, ok to give it him?",
    has: ['drawings-and-sharing', "gets the customer's own phone number unless the customer agrees"],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: 'structural engineer says just send him everything on the job, easiest to share the sharepoint link yeah?',
    has: ['drawings-and-sharing', 'Never send a whole job folder'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: 'accidentally emailed the stage 3 invoice to the wrong customer, both called smith 🙈 should i just email them asking them to delete it?',
    has: ['breach-reporting', 'Tell Priti at once, by phone (0118 496 0732)'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: "van got broken into overnight and the site tablet's gone. priti's on holiday this week, who do i tell?",
    has: ['breach-reporting', 'If she is away, tell Gareth'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: 'cab of the van is full of old marked up drawings and delivery notes with addresses on, ok to chuck them in the skip on site?',
    has: ['records-retention', 'goes in the locked shredding bin once scanned'],
  },
  {
    ws: LOFTCRAFT, kind: 'situation',
    q: 'woman who had a quote off us last spring and never went ahead rang asking us to delete her details, how long do we keep that?',
    has: ['records-retention', '12 months after the last contact'],
  },

  // off-topic
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: "is it meant to rain thursday? we've got the roof open on the woodley job",
    has: ['Priti Shah'], not: ['Buildertrend'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: "who's on the tea run, its freezing up in this loft ☕",
    has: ['Priti Shah'], not: ['occupied-homes'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: 'anyone watching the reading game saturday?',
    has: ['Priti Shah'], not: ['Checkatrade'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: "whose turn for bacon rolls friday? i got them last week 🥓",
    has: ['Priti Shah'], not: ['Xero'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: 'customer made us a lasagne for lunch today, absolute legend 😂',
    has: ['Priti Shah'], not: ['Citation'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: 'whats the best plasterboard screw for ceilings, are drywall screws ok?',
    has: ['Priti Shah'], not: ['CompanyCam'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: 'how long are veluxes taking to deliver atm, anyone know?',
    has: ['Priti Shah'], not: ['Pipedrive'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: "haha neil's van smells like a kebab shop this morning",
    has: ['Priti Shah'], not: ['keys-and-codes'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: 'roughly what size steel would you go for on a 4.2m span?',
    has: ['Priti Shah'], not: ['Building control'],
  },
  {
    ws: LOFTCRAFT, kind: 'off-topic',
    q: "lovely old couple on the tilehurst job brought us biscuits and said we're the tidiest builders they've ever had 🙂",
    has: ['Priti Shah'], not: ['site-photos'],
  },

  // new-tool
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: "can i use magicplan to measure up the survey tomorrow, it's way quicker than a tape",
    has: ['new-tools'], not: ['CompanyCam'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'do we have sketchup? want to knock up a quick 3d of the dormer for the customer',
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'is it ok if i set up a whatsapp group with the customer and the sparky to share progress pics',
    has: ['new-tools'], not: ['CompanyCam'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: "my mate's firm runs all their jobs on tradify and says its miles better, can we?",
    has: ['new-tools'], not: ['Buildertrend'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'can i use chatgpt to write up the quote letter for the mrs patel job',
    has: ['new-tools'], not: ['Pipedrive'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'do we use lastpass? mine keeps asking if i want to save my work logins',
    has: ['new-tools'], not: ['1Password'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'can we put the job list on trello so the lads can see whats next',
    has: ['new-tools'], not: ['Buildertrend'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'is it ok if i keep the drawings in my personal dropbox so i can get at them on site',
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'do we have quickbooks? someone at the merchants was saying its good for invoicing',
    has: ['new-tools'], not: ['Xero'],
  },
  {
    ws: LOFTCRAFT, kind: 'new-tool',
    q: 'my mate gets loads of work off mybuilder, can we get ourselves on there too?',
    has: ['new-tools'], not: ['Checkatrade'],
  },
];
