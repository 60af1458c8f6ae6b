// Focus set 17 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-sixth round by a writer who read only the README, the case format and three firms' files (moorgate-butchers, lotusgate-acupuncture, cobblewynd-hostel), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and on its code of the time, then read in the same round while focus set 16 stays held out.
import type { ReferenceCase } from './types.ts';

const MB = 'moorgate-butchers';
const LG = 'lotusgate-acupuncture';
const CW = 'cobblewynd-hostel';

export const FOCUS17_ONE: ReferenceCase[] = [
  // ---------------------------------------------------------------- Moorgate Butchers: situations
  { ws: MB, kind: 'situation', q: "omg just emailed the xmas order spreadsheet to the half moon instead of the crown 😬 what do i do now", has: ['breach-reporting', 'Julie writes it in the breach log'] },
  { ws: MB, kind: 'situation', q: "woman rang saying her husband left his points card at home, can i just read out the number we've got for him so he still gets his stamps?", has: ['loyalty-card', "Never read a customer's number aloud"] },
  { ws: MB, kind: 'situation', q: "police came in wanting the video of the lad who nicked the ribeyes on saturday, mark's not in till monday. what do i take off them?", has: ['cctv-and-photos', 'collar number and incident number'] },
  { ws: MB, kind: 'situation', q: "that lad who keeps pinching the pies, can we stick a still off the cameras in the front window so folk know his face? 😡", has: ['cctv-and-photos', 'never put CCTV stills of suspected shoplifters'] },
  { ws: MB, kind: 'situation', q: "customer on the phone wants to pay her turkey deposit now, can i just jot her card details down and put it through the till later?", has: ['christmas-orders', 'Never write down a card number'] },
  { ws: MB, kind: 'situation', q: "lady ordering her christmas box says her son's coeliac and she's got crohn's so it all has to be gluten free, do i write all that on the form?", has: ['christmas-orders', 'note only what the order needs'] },
  { ws: MB, kind: 'situation', q: "mrs atkinson on kings road says we can let ourselves in with her key safe thursday, can i pop the code in the notes on the van app so whoever's driving has it", has: ['delivery-van', 'Sam agrees them with the customer'] },
  { ws: MB, kind: 'situation', q: "the samsung keeps dying on the round, can kieran just use his own mobile for the drops on tuesday?", has: ['delivery-van', 'never use your own phone for deliveries'] },
  { ws: MB, kind: 'situation', q: "the back door key for the old bell has gone walkabout, think it fell out my pocket on the round this morning", has: ['keys-and-alarm', 'tell Sam the same day'] },
  { ws: MB, kind: 'situation', q: "can someone text me the alarm number? i'm opening up tomorrow and mark's at his sister's in ripon", has: ['keys-and-alarm', 'Never write the alarm code down'] },
  { ws: MB, kind: 'situation', q: "bloke at the counter wants to know everything we've got on him, says he's entitled to it. do i just print his orders off for him?", has: ['subject-access', 'who asked, when and how to reach them'] },
  { ws: MB, kind: 'situation', q: "landlord at the fleece has shut up shop and wants all his details wiped off our system, invoices and everything", has: ['subject-access', 'still kept for 6 years for HMRC'] },
  { ws: MB, kind: 'situation', q: "found a box of old turkey order forms from 2023 behind the chest freezer, can i just chuck them out with the fat and bones?", has: ['records-retention', 'never the shop bins or the bone bin'] },
  { ws: MB, kind: 'situation', q: "callum's login on the ipad isn't working so he's been using mine all morning, that's fine for today right?", has: ['devices-and-passwords', "do not share yours or use someone else's"] },
  { ws: MB, kind: 'situation', q: "pretty sure my sister saw my password when i logged into shopify at home last night, what should i do", has: ['devices-and-passwords', 'change it and tell Julie the same day'] },

  // ---------------------------------------------------------------- Moorgate Butchers: off-topic
  { ws: MB, kind: 'off-topic', q: "whos doing the sausage making thursday? dawn says she cant", has: ['Julie Kershaw'], not: ['RotaCloud'] },
  { ws: MB, kind: 'off-topic', q: "card machine's out of till roll again, where do we keep the spare rolls?", has: ['Julie Kershaw'], not: ['Square'] },
  { ws: MB, kind: 'off-topic', q: "when's the van due its service? it's making a right rattle going up parliament street", has: ['Julie Kershaw'], not: ['delivery-van'] },
  { ws: MB, kind: 'off-topic', q: "are we going to have enough 20lb turkeys this year or should i steer folk towards the crowns?", has: ['Julie Kershaw'], not: ['christmas-orders'] },
  { ws: MB, kind: 'off-topic', q: "what temp should the cold room be at? display's saying 6", has: ['Julie Kershaw'], not: ['records-retention'] },
  { ws: MB, kind: 'off-topic', q: "bandsaw blade's gone blunt, who do we get in to sharpen it?", has: ['Julie Kershaw'], not: ['Stray Computer Services'] },
  { ws: MB, kind: 'off-topic', q: "is the christmas do at the coach and horses again this year? 🍻", has: ['Julie Kershaw'], not: ['christmas-orders'] },
  { ws: MB, kind: 'off-topic', q: "pork pies are 3.50 on the label but 3.80 on the board, which one's right?", has: ['Julie Kershaw'], not: ['Square'] },
  { ws: MB, kind: 'off-topic', q: "is the bone bin getting picked up tuesday or wednesday this week?", has: ['Julie Kershaw'], not: ['records-retention'] },
  { ws: MB, kind: 'off-topic', q: "the newsletter says 10% off sausages this week, does that include the chipolatas?", has: ['Julie Kershaw'], not: ['Mailchimp'] },

  // ---------------------------------------------------------------- Moorgate Butchers: new tools
  { ws: MB, kind: 'new-tool', q: "can we do the wholesale drops on trello so sam and kieran can tick them off as they go?", has: ['trello', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "anyone got a canva login? want to do the bbq box posters for the window", has: ['canva', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "thinking we could sell bbq packs on deliveroo this summer, is that allowed?", has: ['deliveroo', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "couple of folk have asked if they can pay the christmas deposit with paypal, can we take it?", has: ['paypal', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "price list's too big to email to the new restaurant in knaresborough, ok if i share it from my dropbox?", has: ['dropbox', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "julie could we get a sumup reader for the farmers market stall in ripon?", has: ['sumup', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "sam reckons quickbooks is loads easier than xero, can we switch?", has: ['quickbooks', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "could the chefs book their collection slots through calendly instead of ringing the shop?", has: ['calendly', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "can i start a tiktok for the shop? butchery videos do mad numbers", has: ['tiktok', 'new-tools'] },
  { ws: MB, kind: 'new-tool', q: "the new pub in pateley bridge wants a meeting on zoom tuesday, have we got that?", has: ['zoom', 'new-tools'] },

  // ---------------------------------------------------------------- Lotusgate Acupuncture: situations
  { ws: LG, kind: 'situation', q: "oh no i think i put mrs okoro's granules in mr adeyemi's bag and he's already gone 😩", has: ['breach-reporting', 'Do not try to fix it yourself'] },
  { ws: LG, kind: 'situation', q: "at a house call in hove and the lone worker thing won't start on my phone, do i just go in?", has: ['home-visits', 'StaySafe session with the expected finish time'] },
  { ws: LG, kind: 'situation', q: "sophie's visit in kemptown finished 20 mins ago and she still hasn't checked out, she's not picking up 😟", has: ['home-visits', 'Jade rings you, then the patient'] },
  { ws: LG, kind: 'situation', q: "patient rang, she's come out in an itchy rash since starting the new decoction last week", has: ['adverse-reactions', 'record it in Jane that day'] },
  { ws: LG, kind: 'situation', q: "the man who fainted on the couch tuesday is now saying he wants compensation for his cracked tooth", has: ['adverse-reactions', 'Wei tells Balens within 48 hours'] },
  { ws: LG, kind: 'situation', q: "ipad's dead, can i just grab a pic of his tongue on my phone and upload it later?", has: ['tongue-photos', 'Never take patient photos on your own phone'] },
  { ws: LG, kind: 'situation', q: "that eczema lady's before and after is amazing, can we put it on the clinic insta? she won't mind", has: ['tongue-photos', 'separate signed photo consent form'] },
  { ws: LG, kind: 'situation', q: "mr li is at the front desk asking for a copy of his whole file, what do i do?", has: ['subject-access', 'photo ID at the desk'] },
  { ws: LG, kind: 'situation', q: "got an email from a solicitor wanting mrs hart's treatment notes for her car accident case", has: ['subject-access', "need the patient's signed authority"] },
  { ws: LG, kind: 'situation', q: "found a pile of old dispensary ledgers from 2016 in the cupboard under the stairs, ok to chuck them?", has: ['records-retention', 'Dispensary books are kept for 8 years'] },
  { ws: LG, kind: 'situation', q: "the girl i treated for acne was 16 when she stopped coming, how long do we hang on to her notes?", has: ['records-retention', 'for children, until their 25th birthday'] },
  { ws: LG, kind: 'situation', q: "think i dropped my dispensary key somewhere between here and the bus stop on gloucester road", has: ['keys-and-locking-up', 'reported to Anna the same day'] },
  { ws: LG, kind: 'situation', q: "people in the waiting room can see the diary on jade's screen when they stand up, is that allowed?", has: ['devices-and-passwords', 'keep it turned away from the waiting area'] },
  { ws: LG, kind: 'situation', q: "posting mrs d's herbs today, can i write 'herbal medicine - fragile' on the box so the postie's careful?", has: ['herbal-prescriptions', 'in plain packaging, with only our return address'] },
  { ws: LG, kind: 'situation', q: "the peony portal keeps logging me out, can i just email the granule script over to them?", has: ['herbal-prescriptions', 'never by email or WhatsApp'] },

  // ---------------------------------------------------------------- Lotusgate Acupuncture: off-topic
  { ws: LG, kind: 'off-topic', q: "is the moxa delivery coming today or tomorrow? we're down to the last box", has: ['Anna Whitlock'], not: ['home-visits'] },
  { ws: LG, kind: 'off-topic', q: "anyone know if the trains are on strike thursday? worried about getting in for my 9am", has: ['Anna Whitlock'], not: ['Jane App'] },
  { ws: LG, kind: 'off-topic', q: "where do we keep the spare couch roll? room 2's run out", has: ['Anna Whitlock'], not: ['Sussex Shred'] },
  { ws: LG, kind: 'off-topic', q: "is there anywhere to park near the clinic for the new patient on tuesday, she's got a bad hip", has: ['Anna Whitlock'], not: ['Jane App'] },
  { ws: LG, kind: 'off-topic', q: "how much is a follow up now, 55 or 60? patient's asking", has: ['Anna Whitlock'], not: ['Dojo'] },
  { ws: LG, kind: 'off-topic', q: "is the herb order from the wholesaler due this week? we're nearly out of dang gui", has: ['Anna Whitlock'], not: ['Peony Herbal Pharmacy'] },
  { ws: LG, kind: 'off-topic', q: "do we have to wear the clinic tunics on home visits or is own clothes ok?", has: ['Anna Whitlock'], not: ['home-visits'] },
  { ws: LG, kind: 'off-topic', q: "the newsletter mentioned a summer open day, has a date been set yet?", has: ['Anna Whitlock'], not: ['Mailchimp'] },
  { ws: LG, kind: 'off-topic', q: "the sharps bin in room 1 is full, who comes to take those away?", has: ['Anna Whitlock'], not: ['Sussex Shred'] },
  { ws: LG, kind: 'off-topic', q: "has anyone got the date for the cupping cpd course in london?", has: ['Anna Whitlock'], not: ['Microsoft 365'] },

  // ---------------------------------------------------------------- Lotusgate Acupuncture: new tools
  { ws: LG, kind: 'new-tool', q: "tbh cliniko looks way nicer than jane, could we move over?", has: ['cliniko', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "my patient's moved to leeds, can i do her follow ups on google meet?", has: ['google meet', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "is it ok to keep the formula pdfs in my icloud so i can check them on visits?", has: ['icloud', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "wei said otter.ai can write up the consultation notes for you, can i give it a go?", has: ['otter', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "could we make the new patient form on typeform? looks much more professional", has: ['typeform', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "i keep my cpd stuff in evernote, can i put case notes in there too?", has: ['evernote', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "could we get a zettle reader for home visits instead? the dojo one's a pain", has: ['zettle', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "mrs wu only speaks cantonese, can i run her intake form through google translate?", has: ['google translate', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "can we build the new clinic website on wix?", has: ['wix', 'new-tools'] },
  { ws: LG, kind: 'new-tool', q: "could patients sign the consent forms on docusign instead of paper?", has: ['docusign', 'new-tools'] },

  // ---------------------------------------------------------------- Cobblewynd Hostel: situations
  { ws: CW, kind: 'situation', q: "a lady's on the phone saying she's jonas's mum from munich, he's not answered in 3 days and she wants to know if he's booked in with us. can i tell her?", has: ['guest-enquiries', 'Never confirm or deny that someone is staying'] },
  { ws: CW, kind: 'situation', q: "guy at reception says his girlfriend in dorm 3 asked him to grab her charger out her locker, can i open it for him?", has: ['lockers', "never open a guest's locker for anyone else"] },
  { ws: CW, kind: 'situation', q: "an aussie girl's forgotten her padlock code and her flight's in 2 hours, can i just chop it off with the bolt cutters?", has: ['lockers', 'with a second member of staff present'] },
  { ws: CW, kind: 'situation', q: "found an iphone under a bunk in dorm 2, can i switch it on and look at the lock screen pics to work out whose it is?", has: ['lost-property', 'look through a found phone or laptop'] },
  { ws: CW, kind: 'situation', q: "someone left their passport in the kitchen like 10 days ago and nobody's come back for it, what do we do with it?", has: ['lost-property', "St Leonard's police station"] },
  { ws: CW, kind: 'situation', q: "french girl checking in, her card got declined for the key deposit and she's offered to leave her passport with us instead, ok?", has: ['passport-checks', 'never keep a passport or ID card'] },
  { ws: CW, kind: 'situation', q: "can i not just snap a pic of everyone's passport at check in? typing the numbers into cloudbeds takes ages", has: ['passport-checks', 'Never photocopy, scan or photograph a passport'] },
  { ws: CW, kind: 'situation', q: "a guest had her purse nicked from her locker overnight and wants to see the camera recording of the locker room", has: ['cctv', 'is making a subject access request'] },
  { ws: CW, kind: 'situation', q: "can i just video the camera screen on my phone so callum can see the scrap in the bar last night?", has: ['cctv', 'Never film the screen with your phone'] },
  { ws: CW, kind: 'situation', q: "got a cracking pic of the tour group at the top of arthur's seat this morning, ok to put it on our insta?", has: ['photos-social', 'if everyone recognisable has said yes'] },
  { ws: CW, kind: 'situation', q: "one of the girls from yesterday's walk wants the photo of her taken off our instagram, she's raging", has: ['photos-social', 'do it the same day and tell Eilidh'] },
  { ws: CW, kind: 'situation', q: "new vol starts monday, can she just use my cloudbeds login for the first week till hers is sorted?", has: ['live-in-volunteers', "never use someone else's login"] },
  { ws: CW, kind: 'situation', q: "a guy from the walking tour is asking for everything we've got on him, says it's his right under gdpr", has: ['subject-access-retention', 'Write the request in the incident log'] },
  { ws: CW, kind: 'situation', q: "a vol from last summer emailed asking us to delete everything we have on her", has: ['subject-access-retention', 'what we must keep and why'] },
  { ws: CW, kind: 'situation', q: "someone's posted a screenshot of tonight's arrivals in the crew chat 😬", has: ['breach-reporting', 'Tell the duty manager at once'] },

  // ---------------------------------------------------------------- Cobblewynd Hostel: off-topic
  { ws: CW, kind: 'off-topic', q: "is the bar open till 1 or 2 on hogmanay?", has: ['Morag Sinclair'], not: ['Dojo'] },
  { ws: CW, kind: 'off-topic', q: "is the free tour at 10 or 11 tomorrow? some spanish lads in dorm 5 want to know", has: ['Morag Sinclair'], not: ['GuruWalk'] },
  { ws: CW, kind: 'off-topic', q: "dorm 4 shower's leaking again, who do we ring for a plumber?", has: ['Morag Sinclair'], not: ['Grassmarket IT'] },
  { ws: CW, kind: 'off-topic', q: "how much is a private room on a saturday in august? a couple are asking at the desk", has: ['Morag Sinclair'], not: ['Booking.com'] },
  { ws: CW, kind: 'off-topic', q: "guests keep asking for a good chippy near the grassmarket, any recs?", has: ['Morag Sinclair'], not: ['Grassmarket IT'] },
  { ws: CW, kind: 'off-topic', q: "does the bar do any gluten free beer? a guest's asking", has: ['Morag Sinclair'], not: ['Dojo'] },
  { ws: CW, kind: 'off-topic', q: "where do we keep the spare sheets and pillowcases for the bunks?", has: ['Morag Sinclair'], not: ['Cloudbeds'] },
  { ws: CW, kind: 'off-topic', q: "is the pub quiz tuesday or wednesday this week?", has: ['Morag Sinclair'], not: ['photos-social'] },
  { ws: CW, kind: 'off-topic', q: "the keycard printer's out of blank cards, who do we order more from?", has: ['Morag Sinclair'], not: ['lockers'] },
  { ws: CW, kind: 'off-topic', q: "do volunteers get a free drink at the bar after their shift?", has: ['Morag Sinclair'], not: ['live-in-volunteers'] },

  // ---------------------------------------------------------------- Cobblewynd Hostel: new tools
  { ws: CW, kind: 'new-tool', q: "morag should we stick the privates on airbnb as well for the fringe?", has: ['airbnb', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "are we on tripadvisor? a guest said she'd leave us a review there", has: ['tripadvisor', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "can we use eventbrite for the pub quiz sign ups? it's getting chaotic", has: ['eventbrite', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "can i make an airtable for the lost property instead of the sheet?", has: ['airtable', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "can we let guests settle their bar tab on paypal?", has: ['paypal', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "is it ok to save the vol contracts in my dropbox so i can get at them on my phone?", has: ['dropbox', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "should we move the crew chat over to telegram? whatsapp keeps eating messages", has: ['telegram', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "can i use grammarly when i reply to guest emails, my english spelling is rubbish 😅", has: ['grammarly', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "could we keep the wifi and door codes in lastpass so the vols can get at them?", has: ['lastpass', 'new-tools'] },
  { ws: CW, kind: 'new-tool', q: "can we send a newsletter to past guests through mailchimp?", has: ['mailchimp', 'new-tools'] },
];
