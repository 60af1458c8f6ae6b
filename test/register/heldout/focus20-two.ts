// Focus set 20, part two (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-seventh round by a writer who read only the README, the case format and three firms' files (emberdip-saunas, forgeworks-classics, pathfinder-camps); the other part by another writer, for three other firms. Firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script) and held out: scored as counts only.
import type { ReferenceCase } from './types.ts';

const E = 'emberdip-saunas';
const F = 'forgeworks-classics';
const P = 'pathfinder-camps';

export const FOCUS20_TWO: ReferenceCase[] = [
  // ---------------------------------------------------------------- Emberdip Saunas: situation
  { ws: E, kind: 'situation', q: 'host tablet just died at porthtowan and a group of 6 have rocked up, 2 of them havent signed. how do they do it??', has: ['health-questionnaire', 'use the paper forms in the grey wallet'] },
  { ws: E, kind: 'situation', q: "lady in tonights group just told me shes 5 months pregnant but really wants to have a go in the sauna, is that ok?", has: ['health-questionnaire', 'until they have told us their doctor is happy'] },
  { ws: E, kind: 'situation', q: 'guy slipped on the trailer steps and cut his shin quite bad, hes fine now and gone home. do i need to do anything else', has: ['incident-reporting', 'Fill in the incident form in the shared drive'] },
  { ws: E, kind: 'situation', q: 'oops 😬 put the key safe number for tomorrows garden job in the hosts chat instead of the customers. ill just delete it yeah?', has: ['incident-reporting', 'Do not delete messages or try to fix it yourself'] },
  { ws: E, kind: 'situation', q: "dropping the sauna at a house in perranporth tmrw, customer wont be in. can i save the side gate code in my notes app so i dont have to keep looking it up", has: ['garden-access', 'Those codes live only in the Bookwhen booking notes'] },
  { ws: E, kind: 'situation', q: 'customer left their front door key under the mat for us but we need to come back tmrw for the trailer, shall i just hang on to it', has: ['garden-access', 'Never take a house key away from the property'] },
  { ws: E, kind: 'situation', q: "mum at the sunset session wants me to get a pic of her and her 2 kids by the sauna for our insta, she's well up for it", has: ['photos-social-media', 'anyone who says no, or children'] },
  { ws: E, kind: 'situation', q: 'got some amazing sunrise shots of the group this morning on my own phone cos the work one was flat. what do i do with them', has: ['photos-social-media', 'Use the trailer phone, not your own'] },
  { ws: E, kind: 'situation', q: "a guest dm'd saying she hates the pic of her coming out the plunge that we put up and wants it gone asap", has: ['photos-social-media', 'it comes down within 7 days'] },
  { ws: E, kind: 'situation', q: "3 day festival at boardmasters, we're camping on site. can the work phone and tablet just stay locked in the trailer at night?", has: ['trailer-devices', 'never stay in a trailer overnight, even at a festival'] },
  { ws: E, kind: 'situation', q: 'pretty sure the trailer phone fell out my pocket on the beach at gwithian, been looking for ages cant find it 😩', has: ['trailer-devices', 'tell Tamsin straight away so Kernow Bytes can lock'] },
  { ws: E, kind: 'situation', q: 'found a gold ring at the bottom of the cold tub after the last session, what do i do with it', has: ['lost-property', 'Phones, cards and jewellery go in the safe'] },
  { ws: E, kind: 'situation', q: 'clearing out the locker in trailer 2 and there is a pile of old paper waivers from 2024 in there, just bin them?', has: ['records-retention', 'old paperwork in a trailer locker, give it to her'] },
  { ws: E, kind: 'situation', q: 'guest emailed asking for a copy of the health form she filled in last month, can i just send it over?', has: ['guest-requests', 'we have one calendar month to answer'] },
  { ws: E, kind: 'situation', q: "bloke who came in may wants us to wipe everything we have on him incl his waiver. can i just delete him off the system", has: ['guest-requests', 'waivers for 3 years even after a request'] },

  // ---------------------------------------------------------------- Emberdip Saunas: off-topic
  { ws: E, kind: 'off-topic', q: "anyone know what the surf's doing at chapel porth tomorrow?", has: ['Tamsin Trelawny'], not: ['Bookwhen'] },
  { ws: E, kind: 'off-topic', q: 'whose turn is it to bring the pasties on saturday 😂', has: ['Tamsin Trelawny'], not: ['RotaCloud'] },
  { ws: E, kind: 'off-topic', q: 'is it meant to be windy tonight? got a sunset one at fistral', has: ['Tamsin Trelawny'], not: ['WhatsApp Business'] },
  { ws: E, kind: 'off-topic', q: 'did the pirates win on sunday', has: ['Tamsin Trelawny'], not: ['Hiscox'] },
  { ws: E, kind: 'off-topic', q: 'customer just told me it was the best sauna of her life 🥹 made my whole week', has: ['Tamsin Trelawny'], not: ['Bookwhen'] },
  { ws: E, kind: 'off-topic', q: 'how many logs do we usually get through on a busy saturday? think we might be running low', has: ['Tamsin Trelawny'], not: ['Datatool TrakKing trackers'] },
  { ws: E, kind: 'off-topic', q: "what's everyone getting for lunch, is the bakery in st agnes open mondays?", has: ['Tamsin Trelawny'], not: ['health-questionnaire'] },
  { ws: E, kind: 'off-topic', q: "anyone fancy a dip after work? sea's 11 degrees apparently lol", has: ['Tamsin Trelawny'], not: ['SumUp'] },
  { ws: E, kind: 'off-topic', q: 'who is actually the fastest at getting the stove going, jory reckons its him', has: ['Tamsin Trelawny'], not: ['incident-reporting'] },
  { ws: E, kind: 'off-topic', q: "how do you say thank you in cornish? want to write it on the chalkboard by the trailer", has: ['Tamsin Trelawny'], not: ['Canva'] },

  // ---------------------------------------------------------------- Emberdip Saunas: new-tool
  { ws: E, kind: 'new-tool', q: 'can i use capcut to edit the reels from this weekend?', has: ['new-tools'], not: ['Canva'] },
  { ws: E, kind: 'new-tool', q: 'do we have a mailchimp account? want to send a newsletter to everyone who came last summer', has: ['new-tools'], not: ['Bookwhen'] },
  { ws: E, kind: 'new-tool', q: 'is it ok if i set up a calendly link for the garden hire enquiries', has: ['new-tools'], not: ['Bookwhen'] },
  { ws: E, kind: 'new-tool', q: 'customer wants to pay for a gift voucher on paypal, can we take that?', has: ['new-tools'], not: ['Stripe'] },
  { ws: E, kind: 'new-tool', q: 'do we use square at the festivals or is that not a thing', has: ['new-tools'], not: ['SumUp'] },
  { ws: E, kind: 'new-tool', q: 'my mate at the surf school uses planday for their shifts and loves it, could we?', has: ['new-tools'], not: ['RotaCloud'] },
  { ws: E, kind: 'new-tool', q: 'ok if i get chatgpt to write replies to our google reviews?', has: ['new-tools'], not: ['Google Workspace'] },
  { ws: E, kind: 'new-tool', q: 'wedding planner wants all the pics from saturday, do we have a dropbox i can share them on', has: ['new-tools'], not: ['Google Workspace'] },
  { ws: E, kind: 'new-tool', q: 'should we start a tiktok for emberdip? i could post the plunge videos', has: ['new-tools'], not: ['Instagram and Facebook'] },
  { ws: E, kind: 'new-tool', q: 'are the books done in quickbooks or something else', has: ['new-tools'], not: ['Xero'] },

  // ---------------------------------------------------------------- Forgeworks Classics: situation
  { ws: F, kind: 'situation', q: "doing the clutch on the e-type and wont be done till tomorrow, ok if i keep the key in my overalls tonight?", has: ['keys-and-logbooks', 'a key is never in a pocket overnight'] },
  { ws: F, kind: 'situation', q: "just found the v5 for the mgb sat in the glovebox 🙄 where's it meant to live", has: ['keys-and-logbooks', 'numbered envelope in the fire safe in the office'] },
  { ws: F, kind: 'situation', q: "bloke at reception says hes picking up the healey for his brother who's abroad, nothing came through by email. do i give him the keys?", has: ['keys-and-logbooks', 'If in doubt, the car stays'] },
  { ws: F, kind: 'situation', q: "transporter lad here for the jag but he's not the driver fiona was told about, different guy from the same firm. let him take it?", has: ['keys-and-logbooks', "must be named in that email, with the driver's name"] },
  { ws: F, kind: 'situation', q: "owner's wife emailed asking if she can see the photo updates on the 911 too, can i just add her", has: ['progress-diaries', 'they ask in writing and Georgie adds them'] },
  { ws: F, kind: 'situation', q: "ipad was flat so i did the strip down pics on my own phone, that alright?", has: ['progress-diaries', 'in CompanyCam only, never on your own phone'] },
  { ws: F, kind: 'situation', q: "about to send the owner this week's bare metal pics but the invoice is kind of in the background of one, does that matter", has: ['progress-diaries', 'check nothing private is in shot'] },
  { ws: F, kind: 'situation', q: 'buyer on the phone wants scans of the old logbooks in the jensens folder before he drives up from devon', has: ['history-files', 'send only pages with names covered'] },
  { ws: F, kind: 'situation', q: 'guy wants to test drive the e-type on saturday, ok if i just snap his licence on my phone for the sheet?', has: ['showroom-sales', 'Do not photocopy or photograph licences'] },
  { ws: F, kind: 'situation', q: "buyer wants to pay 12 grand in cash for the mini, says he'll bring it in a bag tomorrow lol", has: ['showroom-sales', 'never accept more than £5,000 in cash'] },
  { ws: F, kind: 'situation', q: 'the triumph owner just rang, says he got an email from us with a different account to pay the next stage into. is that legit??', has: ['bank-details-fraud', 'tell them not to pay and ring Fiona at once'] },
  { ws: F, kind: 'situation', q: "the rover's got the owner's dashcam in it, can i have a nosey at what's on it? wanna see where he's been", has: ['road-tests', 'do not view or delete its recordings'] },
  { ws: F, kind: 'situation', q: "sent the valuation for one customer's jag to a different customer by mistake, shall i just recall it in outlook?", has: ['incident-reporting', 'Do not try to recall emails or delete photos yourself'] },
  { ws: F, kind: 'situation', q: "one of the workshop ipads has gone walkabout, nobody's seen it since friday", has: ['incident-reporting', 'Tell Fiona within one hour'] },
  { ws: F, kind: 'situation', q: "clearing the loft above barn 2, there's boxes of job files from 2015 up there. ok to skip them?", has: ['records-retention', '7 years after the final invoice'] },

  // ---------------------------------------------------------------- Forgeworks Classics: off-topic
  { ws: F, kind: 'off-topic', q: "anyone know if the bacon roll van's coming round the yard today?", has: ['Fiona Blake'], not: ['Garage Hive'] },
  { ws: F, kind: 'off-topic', q: 'did villa win last night?', has: ['Fiona Blake'], not: ['Verisure'] },
  { ws: F, kind: 'off-topic', q: "whose turn is it for the tea run, i did it yesterday", has: ['Fiona Blake'], not: ['keys-and-logbooks'] },
  { ws: F, kind: 'off-topic', q: "is it gonna rain saturday? the showroom's always dead when it rains", has: ['Fiona Blake'], not: ['Car & Classic'] },
  { ws: F, kind: 'off-topic', q: 'mrs hargreaves dropped off a tin of biscuits for finishing her mg, so sweet of her', has: ['Fiona Blake'], not: ['CompanyCam'] },
  { ws: F, kind: 'off-topic', q: 'what was the original colour code on a 1967 series 1 e-type, opalescent something?', has: ['Fiona Blake'], not: ['Garage Hive'] },
  { ws: F, kind: 'off-topic', q: 'anyone going to goodwood revival this year?', has: ['Fiona Blake'], not: ['Hagerty'] },
  { ws: F, kind: 'off-topic', q: 'how many coats of lacquer do we normally do on a full respray', has: ['Fiona Blake'], not: ['Moss Europe'] },
  { ws: F, kind: 'off-topic', q: "anyone got a 10mm socket i can borrow, mine's disappeared again", has: ['Fiona Blake'], not: ['Traka key cabinet'] },
  { ws: F, kind: 'off-topic', q: 'what time does the showroom shut on saturdays again', has: ['Fiona Blake'], not: ['showroom-sales'] },

  // ---------------------------------------------------------------- Forgeworks Classics: new-tool
  { ws: F, kind: 'new-tool', q: 'can i send the owner the full set of restoration pics on wetransfer, too big for email', has: ['new-tools'], not: ['CompanyCam'] },
  { ws: F, kind: 'new-tool', q: 'is it ok if i set up a whatsapp group with the 911 owner for quicker updates', has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: F, kind: 'new-tool', q: 'do we use xero for the accounts?', has: ['new-tools'], not: ['Fosseway Accountants'] },
  { ws: F, kind: 'new-tool', q: 'my mate at another garage lists all his stock on autotrader, can we do that too?', has: ['new-tools'], not: ['Car & Classic'] },
  { ws: F, kind: 'new-tool', q: "do we have an hpi account? want to check the mustang before we take it on sale or return", has: ['new-tools'], not: ['DVLA'] },
  { ws: F, kind: 'new-tool', q: 'can i get chatgpt to write the advert for the daimler, im rubbish at that stuff', has: ['new-tools'], not: ['Car & Classic'] },
  { ws: F, kind: 'new-tool', q: 'do we have a google photos account for the showroom pics?', has: ['new-tools'], not: ['CompanyCam'] },
  { ws: F, kind: 'new-tool', q: 'buyer wants to pay the deposit with paypal, do we take that?', has: ['new-tools'], not: ['Garage Hive'] },
  { ws: F, kind: 'new-tool', q: "ok if i use dropbox to share the old bills and mot scans with a buyer", has: ['new-tools'], not: ['Microsoft 365'] },
  { ws: F, kind: 'new-tool', q: "could we put the workshop board on trello so everyone can see which car's in which bay", has: ['new-tools'], not: ['Garage Hive'] },

  // ---------------------------------------------------------------- Pathfinder Camps: situation
  { ws: P, kind: 'situation', q: "grandad's turned up for alfie, he's not on the list but says mum rang the office this morning to say it's fine", has: ['collection-passwords', 'A phone call is not enough'] },
  { ws: P, kind: 'situation', q: "a mum at pick up couldnt remember the word so i gave her the first letter as a hint, that's ok isnt it", has: ['collection-passwords', 'Never say the password out loud or prompt them'] },
  { ws: P, kind: 'situation', q: "dad's kicking off at the sign out table, won't give the password and says he's taking his son anyway. what do i do", has: ['collection-passwords', 'keep the child with you, ring the parent'] },
  { ws: P, kind: 'situation', q: 'can i stick the allergy list up in the hall so all the leaders can see it at lunch?', has: ['medical-and-allergies', 'not on a noticeboard or a table'] },
  { ws: P, kind: 'situation', q: 'mum handed me some calpol in a sandwich bag for her son, says give him 5ml after lunch', has: ['medical-and-allergies', 'only from the original labelled box'] },
  { ws: P, kind: 'situation', q: "kids are doing the obstacle course and it's epic, can i grab a quick vid on my phone?", has: ['photos-of-children', 'taken only on the camp iPads, never on personal phones'] },
  { ws: P, kind: 'situation', q: 'got a great group shot but the boy with the purple band is right at the back, does it matter?', has: ['photos-of-children', 'must not be in any photo, even in the background'] },
  { ws: P, kind: 'situation', q: "my uni mate wants to help out next week, her dbs is still processing. can she start monday?", has: ['staff-vetting', 'Nobody works at camp until their enhanced DBS'] },
  { ws: P, kind: 'situation', q: 'one of the y4 girls said something about her stepdad at lunch and begged me not to tell anyone, i kinda said ok 😕 what now', has: ['safeguarding-concerns', 'do not promise to keep a secret'] },
  { ws: P, kind: 'situation', q: "noticed some marks on a lad's back when he was getting changed for swimming, he went quiet when i asked. what do i do", has: ['safeguarding-concerns', 'on a blue concern form as soon as you can'] },
  { ws: P, kind: 'situation', q: 'left the register clipboard on a bench in the park after the walk, went back and its gone 😬', has: ['data-breaches', 'Tell the site manager straight away'] },
  { ws: P, kind: 'situation', q: "sent the gallery password to last week's parents by mistake, shall i just email them all asking them to delete it?", has: ['data-breaches', 'by asking parents to delete an email'] },
  { ws: P, kind: 'situation', q: 'little one bumped his head on the climbing frame, seems fine, just a small lump. anything i need to do', has: ['accidents-first-aid', 'head injury letter and a text to the parent'] },
  { ws: P, kind: 'situation', q: 'found an inhaler on the field after lunch, no name on it. chuck it in the lost property box?', has: ['lost-property', 'auto-injectors never go in lost property'] },
  { ws: P, kind: 'situation', q: 'found a box of old accident forms from 2019 in the store cupboard at reigate, can they be shredded?', has: ['records-retention', 'Accident and medication forms: until the child is 21'] },

  // ---------------------------------------------------------------- Pathfinder Camps: off-topic
  { ws: P, kind: 'off-topic', q: "is it meant to hit 30 on thursday? we're gonna need more suncream", has: ['Samuel Okafor'], not: ['Textlocal'] },
  { ws: P, kind: 'off-topic', q: 'whose turn is it to buy biscuits for the staff room', has: ['Samuel Okafor'], not: ['BrightHR'] },
  { ws: P, kind: 'off-topic', q: 'did anyone watch the england game last night', has: ['Samuel Okafor'], not: ['Ofsted'] },
  { ws: P, kind: 'off-topic', q: 'a mum just gave me a thank you card and a box of chocolates, so sweet 🥹', has: ['Samuel Okafor'], not: ['Magicbooking'] },
  { ws: P, kind: 'off-topic', q: "what are the kids having for lunch today, pasta again?", has: ['Samuel Okafor'], not: ['medical-and-allergies'] },
  { ws: P, kind: 'off-topic', q: 'anyone got a good game for a rainy afternoon with the 5 year olds?', has: ['Samuel Okafor'], not: ['photos-of-children'] },
  { ws: P, kind: 'off-topic', q: 'anyone know where the spare footballs went? the bag in the shed is empty', has: ['Samuel Okafor'], not: ['lost-property'] },
  { ws: P, kind: 'off-topic', q: "what's everyone doing for end of camp drinks on friday?", has: ['Samuel Okafor'], not: ['accidents-first-aid'] },
  { ws: P, kind: 'off-topic', q: 'how do you make slime without borax? doing it with my group tomorrow', has: ['Samuel Okafor'], not: ['Stripe'] },
  { ws: P, kind: 'off-topic', q: 'traffic on the a25 is a nightmare this morning, anyone else stuck?', has: ['Samuel Okafor'], not: ['collection-passwords'] },

  // ---------------------------------------------------------------- Pathfinder Camps: new-tool
  { ws: P, kind: 'new-tool', q: 'can i set up a whatsapp group for the parents in my group so i can send them updates', has: ['new-tools'], not: ['Textlocal'] },
  { ws: P, kind: 'new-tool', q: "do we have a dropbox for sharing the week's photos with parents?", has: ['new-tools'], not: ['Pixieset'] },
  { ws: P, kind: 'new-tool', q: 'is it ok if i make the summer poster on canva with a few of the kids pics', has: ['new-tools'], not: ['Pixieset'] },
  { ws: P, kind: 'new-tool', q: "can i use chatgpt to write up an incident report? i'm rubbish at the wording", has: ['new-tools'], not: ['Google Workspace'] },
  { ws: P, kind: 'new-tool', q: "my friend's holiday club uses classdojo to message parents, can we?", has: ['new-tools'], not: ['Textlocal'] },
  { ws: P, kind: 'new-tool', q: 'do we use mailchimp for the parent newsletter?', has: ['new-tools'], not: ['Textlocal'] },
  { ws: P, kind: 'new-tool', q: 'a parent wants to pay with paypal instead, do we accept that', has: ['new-tools'], not: ['Stripe'] },
  { ws: P, kind: 'new-tool', q: "is it ok to run the leaders' briefing on zoom on sunday night", has: ['new-tools'], not: ['Google Workspace'] },
  { ws: P, kind: 'new-tool', q: 'do we have an instagram page? one of the mums was asking', has: ['new-tools'], not: ['Pixieset'] },
  { ws: P, kind: 'new-tool', q: 'is xero what we use for invoices and that?', has: ['new-tools'], not: ['FreeAgent'] },
];
