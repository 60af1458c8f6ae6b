// Focus set 20, part one (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-seventh round by a writer who read only the README, the case format and three firms' files (curdle-and-crumb, millrace-fishery, oakmoor-planning); the other part by another writer, for three other firms. Firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script) and held out: scored as counts only.
import type { ReferenceCase } from './types.ts';

const CC = 'curdle-and-crumb';
const MF = 'millrace-fishery';
const OP = 'oakmoor-planning';

export const FOCUS20_ONE: ReferenceCase[] = [
  // ───────────────────────── Curdle & Crumb ─────────────────────────
  // situation
  { ws: CC, kind: 'situation', q: "oh no i just sent the xmas club email and everyones email addresses are showing in the To bit 🤦 what do i do", has: ['breach-reporting', 'Tell Ruth straight away, and within 24 hours'] },
  { ws: CC, kind: 'situation', q: "the counter ipad isnt in the office this morning and nobody knows where it went?? it was definitely there saturday", has: ['counter-and-devices', 'tell Ruth the same hour'] },
  { ws: CC, kind: 'situation', q: "lady on the phone wants a hamper for her mum and is reading me her card number, can i just scribble it down and put it thru when the ipad's free", has: ['counter-and-devices', 'send a payment link by text or email'] },
  { ws: CC, kind: 'situation', q: "guy at the wine night wants me to take a pic of his driving licence so he doesnt have to bring it next month lol, thats ok yeah?", has: ['tasting-evenings', "Don't write down or photograph anyone's ID"] },
  { ws: CC, kind: 'situation', q: "someone left a phone and a scarf behind after the pairing night, where am i putting them", has: ['tasting-evenings', 'goes in the labelled box under the till'] },
  { ws: CC, kind: 'situation', q: "can i grab a few pics of the family tasting afternoon for insta? loads of little ones having a go at the stilton, so cute 🧀", has: ['tasting-evenings', 'Never post a photo with a child in it'] },
  { ws: CC, kind: 'situation', q: "customer at the counter asked if the brie is ok cos she's expecting.. i think it is?? cant remember tbh", has: ['allergy-notes', 'answer allergen questions from the ingredients folder and the labels'] },
  { ws: CC, kind: 'situation', q: "the bistro on market st want us to save their back door code in the orders whatsapp so we dont lose it, fine?", has: ['wholesale-and-keys', 'written in the delivery folder only'] },
  { ws: CC, kind: 'situation', q: "think i dropped one of the restaurant keys somewhere on the round this morning 😬 its not in the van", has: ['wholesale-and-keys', 'tell Tomasz and the restaurant the same day'] },
  { ws: CC, kind: 'situation', q: "head chef at the mill wants his credit account statements sent to his own email from now on instead of the restaurant one, can i just change it", has: ['wholesale-and-keys', "never to a chef's personal email"] },
  { ws: CC, kind: 'situation', q: "woman rang, shes getting a cheese box every month as a present and wants to know who sent it and how much they paid lol what do i say", has: ['cheese-club', 'Never tell a recipient who bought it'] },
  { ws: CC, kind: 'situation', q: "box came back from the courier today, customer wasnt in. shall i just ring her next door neighbour and ask them to take it in", has: ['chilled-dispatch', "don't ring the neighbours or post it"] },
  { ws: CC, kind: 'situation', q: "theres a stack of old misprinted slips and those sign up cards from the counter in the back, can they go in the recycling bag", has: ['records-retention', 'locked blue shred box in the back room'] },
  { ws: CC, kind: 'situation', q: "customer emailed saying delete everything u have on me, orders and all. do i just go in and delete her account on the website?", has: ['records-retention', 'If a customer asks us to delete their details'] },
  { ws: CC, kind: 'situation', q: "label printer's jammed AGAIN and theres 20 boxes to go out, can i just use one of those free label sites online", has: ['new-tools', 'use the spare printer in the office instead'] },

  // off-topic
  { ws: CC, kind: 'off-topic', q: "anyone know if its meant to chuck it down in hebden tomorrow? thinking of cycling in", has: ['Ruth Ackroyd'], not: ['Shopify'] },
  { ws: CC, kind: 'off-topic', q: "whose turn is it to buy biscuits for the back room this week 🍪", has: ['Ruth Ackroyd'], not: ['chilled-dispatch'] },
  { ws: CC, kind: 'off-topic', q: "whats everyone having for lunch? could murder a cheese toastie tbh", has: ['Ruth Ackroyd'], not: ['allergy-notes'] },
  { ws: CC, kind: 'off-topic', q: "did town win on saturday? tomasz has been in a mood all morning", has: ['Ruth Ackroyd'], not: ['Recharge'] },
  { ws: CC, kind: 'off-topic', q: "that lovely old fella who buys the lancashire every friday brought us a tin of shortbread 🥹", has: ['Ruth Ackroyd'], not: ['Square'] },
  { ws: CC, kind: 'off-topic', q: "honest opinion, baron bigod or stinking bishop on a christmas cheeseboard?", has: ['Ruth Ackroyd'], not: ['allergy-notes'] },
  { ws: CC, kind: 'off-topic', q: "if i swap my saturday on the rota with jess do i get her tips too 😂", has: ['Ruth Ackroyd'], not: ['Google Workspace'] },
  { ws: CC, kind: 'off-topic', q: "what wine goes with a proper strong blue? a customer asked and my mind went blank", has: ['Ruth Ackroyd'], not: ['Eventbrite'] },
  { ws: CC, kind: 'off-topic', q: "happy friday all! whos coming to the pub after we close up?", has: ['Ruth Ackroyd'], not: ['tasting-evenings'] },
  { ws: CC, kind: 'off-topic', q: "the courier was singing abba at the back door again this morning, made my day honestly", has: ['Ruth Ackroyd'], not: ['DPD Local'] },

  // new-tool
  { ws: CC, kind: 'new-tool', q: "can i put the rota on trello? so much easier than the sheet", has: ['new-tools'], not: ['Google Workspace'] },
  { ws: CC, kind: 'new-tool', q: "do we have mailchimp? want to do a christmas email blast to everyone", has: ['new-tools'], not: ['Klaviyo'] },
  { ws: CC, kind: 'new-tool', q: "is it ok if i set up an etsy shop for the hampers? loads of people buy gifts on there", has: ['new-tools'], not: ['Shopify'] },
  { ws: CC, kind: 'new-tool', q: "my mate uses xero for his cafe and says its loads better, can we switch to that?", has: ['new-tools'], not: ['Sage Accounting'] },
  { ws: CC, kind: 'new-tool', q: "can we send the non chilled stuff like crackers and chutney with evri? way cheaper", has: ['new-tools'], not: ['DPD Local'] },
  { ws: CC, kind: 'new-tool', q: "is there a zoom account i can use? thinking of doing an online tasting for the club", has: ['new-tools'], not: ['Shopify'] },
  { ws: CC, kind: 'new-tool', q: "could i set up a hubspot account to keep track of the restaurants and who orders what", has: ['new-tools'], not: ['Klaviyo'] },
  { ws: CC, kind: 'new-tool', q: "do we have dropbox? need to send a chef some big photos of the christmas range", has: ['new-tools'], not: ['WhatsApp Business'] },
  { ws: CC, kind: 'new-tool', q: "doing the club leaflet in canva, can i upload the member list so it puts everyones name on", has: ['new-tools'], not: ['Recharge'] },
  { ws: CC, kind: 'new-tool', q: "is it ok if i make a google form for the xmas pre orders? people keep asking", has: ['new-tools'], not: ['Google Workspace'] },

  // ───────────────────────── Millrace Fishery ─────────────────────────
  // situation
  { ws: MF, kind: 'situation', q: "police just turned up at the gate asking for footage from saturday night, what do i need off them", has: ['cctv', "get the officer's name, collar number and station"] },
  { ws: MF, kind: 'situation', q: "lady from one of the lodges wants the camera footage of herself coming in the gate friday, says someone followed her in. can she have it?", has: ['cctv', 'making a subject access request'] },
  { ws: MF, kind: 'situation', q: "fella at the shop counter says hes with the party in kingfisher and wants the code for the key box, lead guest isnt here yet", has: ['lodge-keys', "Ring the lead guest's number from Lodgify first"] },
  { ws: MF, kind: 'situation', q: "marta found a bag of tablets and some letters in heron after changeover, what do we do with them?", has: ['lodge-keys', 'Bag it, label it with the lodge and date'] },
  { ws: MF, kind: 'situation', q: "someones left a phone on peg 22 on long lake, shall i have a look thru it to see whose it is", has: ['lost-property', 'anything with ID: into the office safe, logged'] },
  { ws: MF, kind: 'situation', q: "bloke reckons the bivvy we found last week is his, can i just hand it over", has: ['lost-property', 'Only hand items back to someone who can describe them'] },
  { ws: MF, kind: 'situation', q: "lad on mill pool hasnt got a rod licence, hes about 14 i think, what do i do with him", has: ['bailiff-patrols', 'the angler stops fishing until they buy one'] },
  { ws: MF, kind: 'situation', q: "angler on the race getting really lairy with me cos i asked to see his ticket, should i be filming this??", has: ['bailiff-patrols', 'Switch on when a conversation turns hostile'] },
  { ws: MF, kind: 'situation', q: "little lad slipped on the platform and got a hook in his hand, hes fine now his dad sorted it. do i need to write anything down", has: ['accidents', 'Write it in the accident book the same day'] },
  { ws: MF, kind: 'situation', q: "guy booking the 48hr says hes diabetic and wants us to know in case, do i put that on his booking?", has: ['accidents', 'Only write it down if they ask us to'] },
  { ws: MF, kind: 'situation', q: "just texted the otter lodge pin to the wrong number 🤦‍♀️ typo in the mobile", has: ['breach-reporting', 'Tell Gary straight away, day or night'] },
  { ws: MF, kind: 'situation', q: "the bait company sponsoring sundays open wants a list of everyone who entered with their phone numbers for a promo, ok to send?", has: ['matches-and-juniors', 'Sponsors get a count of entries, not names'] },
  { ws: MF, kind: 'situation', q: "can we put the junior match winner on facebook with his full name and school? his mums dead proud", has: ['matches-and-juniors', 'first name only, no surname or school'] },
  { ws: MF, kind: 'situation', q: "fella at the till says someone reversed into his van in the car park and wants the other guys reg number off me", has: ['tackle-shop', 'Take details and pass to Gary'] },
  { ws: MF, kind: 'situation', q: "found a load of old check sheets from last year in the office drawer, can they just go in the bin down by the lake", has: ['records-retention', 'Paper goes in the shred sack in the office'] },

  // off-topic
  { ws: MF, kind: 'off-topic', q: "anyone know what the weathers doing saturday? forecast says gusty", has: ['Gary Lound'], not: ['Bookwhen'] },
  { ws: MF, kind: 'off-topic', q: "big common out of mill pool this morning, 28lb 4oz!! 🎣", has: ['Gary Lound'], not: ['Facebook page'] },
  { ws: MF, kind: 'off-topic', q: "what bait is everyone rating at the minute, pellets or boilies?", has: ['Gary Lound'], not: ['Epos Now'] },
  { ws: MF, kind: 'off-topic', q: "whose turn is it to get the bacon butties in for the bailiffs", has: ['Gary Lound'], not: ['bailiff-patrols'] },
  { ws: MF, kind: 'off-topic', q: "did forest win last night? kev's been very quiet this morning 😂", has: ['Gary Lound'], not: ['Environment Agency'] },
  { ws: MF, kind: 'off-topic', q: "the couple in willow left us a thank you card and a bottle of wine, so sweet", has: ['Gary Lound'], not: ['Lodgify'] },
  { ws: MF, kind: 'off-topic', q: "how cold is long lake today, reckon the carp are still feeding?", has: ['Gary Lound'], not: ['Textlocal'] },
  { ws: MF, kind: 'off-topic', q: "who's doing the christmas week rota, can i have boxing day off pls haha", has: ['Gary Lound'], not: ['Microsoft 365'] },
  { ws: MF, kind: 'off-topic', q: "that heron's on the bank by the race again pinching fish, cheeky thing", has: ['Gary Lound'], not: ['lodge-keys'] },
  { ws: MF, kind: 'off-topic', q: "anyone fancy a brew? kettles on in the shop", has: ['Gary Lound'], not: ['tackle-shop'] },

  // new-tool
  { ws: MF, kind: 'new-tool', q: "do we have mailchimp? want to send the match calendar out to everyone", has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: MF, kind: 'new-tool', q: "is it ok if i stick a ring doorbell on willow lodge? guests keep saying they cant find it", has: ['new-tools'], not: ['Hik-Connect'] },
  { ws: MF, kind: 'new-tool', q: "my mate uses fishbrain to log his catches, can we get the lads on it for the league table?", has: ['new-tools'], not: ['Facebook page'] },
  { ws: MF, kind: 'new-tool', q: "can i take the ticket money on sumup on my phone when im down the bank", has: ['new-tools'], not: ['Dojo'] },
  { ws: MF, kind: 'new-tool', q: "do we use xero?", has: ['new-tools'], not: ['QuickBooks'] },
  { ws: MF, kind: 'new-tool', q: "can we put the lodges on booking.com as well? might fill the midweek gaps", has: ['new-tools'], not: ['Lodgify'] },
  { ws: MF, kind: 'new-tool', q: "could we sell tickets for the charity match through eventbrite this year?", has: ['new-tools'], not: ['Dojo'] },
  { ws: MF, kind: 'new-tool', q: "does the fishery have a tiktok? i could do some vids of the big fish going back", has: ['new-tools'], not: ['Facebook page'] },
  { ws: MF, kind: 'new-tool', q: "can i put the lodge cleaning rota on trello for marta", has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: MF, kind: 'new-tool', q: "my mates fishery uses square for their shop till, can we get that?", has: ['new-tools'], not: ['Epos Now'] },

  // ───────────────────────── Oakmoor Planning ─────────────────────────
  // situation
  { ws: OP, kind: 'situation', q: "on a site visit in charlton kings, the daughters bedroom is full of medical kit, do i photograph it for the annex drawings or not?", has: ['site-visits', "family photographs, post, medication, medical equipment or children's bedrooms"] },
  { ws: OP, kind: 'situation', q: "ipad was dead so i took all the site photos on my own phone, what do i need to do with them now", has: ['site-visits', 'upload the photos to the project folder within 24 hours'] },
  { ws: OP, kind: 'situation', q: "client in prestbury gave me a spare key to the garage so we can measure up next week, shall i write the address on the tag so we dont mix it up", has: ['site-visits', 'Keys lent by clients are logged in the key book'] },
  { ws: OP, kind: 'situation', q: "doing the rear elevation photos and next doors kids are playing in the garden, cant really get them out of shot", has: ['site-visits', 'they must be cropped or blurred'] },
  { ws: OP, kind: 'situation', q: "neighbour came out while i was measuring the drive and started asking what the client is building and why, what do i tell her", has: ['neighbours-and-objections', 'be polite to neighbours but do not discuss the client'] },
  { ws: OP, kind: 'situation', q: "woman on the phone wants us to object to the new houses behind her, pretty sure we did a job round there a couple of yrs ago", has: ['neighbours-and-objections', 'run the conflict check in Capsule'] },
  { ws: OP, kind: 'situation', q: "the supporting statement for the granny annex goes into the mums dementia quite a lot, ok to upload it as it is?", has: ['public-register', 'in a separate letter headed "CONFIDENTIAL - NOT FOR PUBLICATION"'] },
  { ws: OP, kind: 'situation', q: "just emailed the drawing pack for the tewkesbury job to the wrong client 🙈 they're both mr davies", has: ['breach-reporting', 'Report it to Sanjay Rao (01242 555 760)'] },
  { ws: OP, kind: 'situation', q: "client started the application himself and says just log in as him, he'll text me his password so i can finish it off", has: ['council-portals', 'never ask a client for the password'] },
  { ws: OP, kind: 'situation', q: "can i put the objection comment on the council site from my personal email? the work one keeps bouncing", has: ['council-portals', 'made from the comments@ mailbox'] },
  { ws: OP, kind: 'situation', q: "got an email from 'planning portal' saying theres an outstanding fee and a link to log in, looks legit tbh", has: ['payment-fraud', 'are a known scam: open the portal'] },
  { ws: OP, kind: 'situation', q: "the surveyor we use emailed saying his bank details have changed, can i update them before this months payment goes", has: ['payment-fraud', 'Ring the person on a number we already hold'] },
  { ws: OP, kind: 'situation', q: "on the 8.10 to paddington and need to go through the applicants drawings, thats fine right?", has: ['working-away', 'unless you have the privacy screen on'] },
  { ws: OP, kind: 'situation', q: "pile of old marked up drawings from finished jobs on my desk, just bin them?", has: ['records-retention', 'Marked-up drawings are scanned to the project folder and shredded'] },
  { ws: OP, kind: 'situation', q: "pdf's too big for the portal, gonna run it through one of those free online compressor sites", has: ['new-tools', 'use Acrobat on your laptop'] },

  // off-topic
  { ws: OP, kind: 'off-topic', q: "is it meant to snow this week? really dont fancy the drive out to stroud", has: ['Sanjay Rao'], not: ['Stannp'] },
  { ws: OP, kind: 'off-topic', q: "whose turn is it for the coffee run? i did it monday", has: ['Sanjay Rao'], not: ['Microsoft 365'] },
  { ws: OP, kind: 'off-topic', q: "anyone doing a gold cup sweepstake this year? 🐎", has: ['Sanjay Rao'], not: ['Hiscox'] },
  { ws: OP, kind: 'off-topic', q: "did glos win at kingsholm on saturday?", has: ['Sanjay Rao'], not: ['Promap'] },
  { ws: OP, kind: 'off-topic', q: "the client in bourton just sent us a massive box of chocolates for getting her extension through 🥰", has: ['Sanjay Rao'], not: ['Planning Portal'] },
  { ws: OP, kind: 'off-topic', q: "where's good for lunch near montpellier gardens these days?", has: ['Sanjay Rao'], not: ['Montpellier Accounts'] },
  { ws: OP, kind: 'off-topic', q: "amazing view off cleeve hill on todays site visit, wish id brought a flask", has: ['Sanjay Rao'], not: ['site-visits'] },
  { ws: OP, kind: 'off-topic', q: "is it just me or is the office freezing today, who's got the heating remote", has: ['Sanjay Rao'], not: ['Leckhampton IT Services'] },
  { ws: OP, kind: 'off-topic', q: "what's the plan for the christmas do, still the pub on the prom?", has: ['Sanjay Rao'], not: ['records-retention'] },
  { ws: OP, kind: 'off-topic', q: "the case officer at tewkesbury was actually really nice today, made a change 😄", has: ['Sanjay Rao'], not: ['Local planning authorities'] },

  // new-tool
  { ws: OP, kind: 'new-tool', q: "can i use canva to do the graphics for the design and access statement?", has: ['new-tools'], not: ['Promap'] },
  { ws: OP, kind: 'new-tool', q: "do we have a zoom account? client wants a video call about the appeal", has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: OP, kind: 'new-tool', q: "is it ok if i set up a trello board to track where all the applications are up to", has: ['new-tools'], not: ['Capsule CRM'] },
  { ws: OP, kind: 'new-tool', q: "my mate at another consultancy uses xero for invoicing, can we switch?", has: ['new-tools'], not: ['FreeAgent'] },
  { ws: OP, kind: 'new-tool', q: "can we get clients to sign the engagement letters on adobe sign instead?", has: ['new-tools'], not: ['Docusign'] },
  { ws: OP, kind: 'new-tool', q: "do we use hubspot for enquiries at all or is that a no", has: ['new-tools'], not: ['Capsule CRM'] },
  { ws: OP, kind: 'new-tool', q: "ok to whatsapp the client the location plan? she cant open attachments on her phone", has: ['new-tools'], not: ['Promap'] },
  { ws: OP, kind: 'new-tool', q: "can i share the site photos with the architect on google drive, easier for him", has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: OP, kind: 'new-tool', q: "do we have mailchimp? thinking of a little newsletter to past clients about permitted development", has: ['new-tools'], not: ['Stannp'] },
  { ws: OP, kind: 'new-tool', q: "can i upload the clients floor plans to sketchup free and knock up a quick 3d", has: ['new-tools'], not: ['AutoCAD LT'] },
];
