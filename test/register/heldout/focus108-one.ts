// Focus set 108 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eighty-third round by a writer who read only the README, the case format and three firms' files (ostomate-home-nursing, curdcraft-cheese-deli, levelup-esports-academy), the firms written by a helper from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), held out: scored as counts only, never read.
import type { ReferenceCase } from './types.ts';
const OSTOMATE = 'ostomate-home-nursing'; const CURDCRAFT = 'curdcraft-cheese-deli'; const LEVELUP = 'levelup-esports-academy';

export const FOCUS108_ONE: ReferenceCase[] = [
  // ── Ostomate Home Nursing: situations ──
  { ws: OSTOMATE, kind: 'situation', q: "left my nursing bag with the day's visit sheets on a bench at the tesco car park and its gone 😩 it's nearly 10pm, ok to tell someone first thing tomorrow?", has: ["lost-device-breach", "within the hour, at any time of day"] },
  { ws: OSTOMATE, kind: 'situation', q: "posted mrs ellis's discharge letter to the wrong surgery by mistake... can i just ring them and ask them to shred it and sort it myself?", has: ["lost-device-breach", "Do not try to put it right yourself"] },
  { ws: OSTOMATE, kind: 'situation', q: "work iphone nicked from my coat at a patient's block of flats. rang bernadette twice, no answer. what now??", has: ["lost-device-breach", "if she does not answer"] },
  { ws: OSTOMATE, kind: 'situation', q: "tidying up semble - theres a lady we discharged in 2020, can i delete her record now she's not on our books?", has: ["records-retention", "kept for 8 years after discharge or death"] },
  { ws: OSTOMATE, kind: 'situation', q: "i keep a little notebook in my bag with my visit notes in case semble goes down, is that alright?", has: ["records-retention", "Never keep your own copies of notes"] },
  { ws: OSTOMATE, kind: 'situation', q: "mr hall was discharged today, theres a stack of paper visit sheets in his home folder. what do i do with them", has: ["records-retention", "Semble within a week"] },
  { ws: OSTOMATE, kind: 'situation', q: "mr p asked me for a copy of all his notes while i was changing his bag this morning. i told him to email the office, was that right?", has: ["subject-access", "as a task for Bernadette the same day"] },
  { ws: OSTOMATE, kind: 'situation', q: "a daughter rang, says she's next of kin and wants copies of her mum's records sent to her. can i send them?", has: ["subject-access", "with the patient's signed authority"] },
  { ws: OSTOMATE, kind: 'situation', q: "one of our patients passed away last month and his son wants his notes. just send them through egress like normal?", has: ["subject-access", "pass the request to Bernadette"] },
  { ws: OSTOMATE, kind: 'situation', q: "colorectal nurse at the hospital wants a pic of mrs d's stoma today, quickest is whatsapp - ok?", has: ["stoma-photos", "send it through Egress"] },
  { ws: OSTOMATE, kind: 'situation', q: "work phone died mid visit, can i take the wound photo on my own phone and delete it once its uploaded?", has: ["stoma-photos", "Never use your own phone"] },
  { ws: OSTOMATE, kind: 'situation', q: "new nurse starting tmrw asked me to text her the key safe code for mr o's so she can get in", has: ["key-safes", "tell them to look in Semble"] },
  { ws: OSTOMATE, kind: 'situation', q: "pretty sure the window cleaner was watching when i punched in the keysafe code at mrs b's 😬 what do i do?", has: ["key-safes", "the patient or family to change it"] },
  { ws: OSTOMATE, kind: 'situation', q: "neighbour of one of my ladies rang the office asking how she's doing after her op, she sounded really worried. what can i tell her?", has: ["relatives-and-carers", "say you cannot discuss the patient"] },
  { ws: OSTOMATE, kind: 'situation', q: "the agency carer who changes his bag wants to read through his notes so she knows his history, can i show her semble?", has: ["relatives-and-carers", "not the history in the notes"] },
  { ws: OSTOMATE, kind: 'situation', q: "gp surgery says their email is down and asked me to fax over the prescription request instead. ok?", has: ["supplies-and-prescriptions", "by fax or ordinary email"] },
  { ws: OSTOMATE, kind: 'situation', q: "ordering bags from securicare for a new patient, should i tell them why she had her colostomy so they send the right stuff?", has: ["supplies-and-prescriptions", "Send only the name, address, NHS number"] },
  { ws: OSTOMATE, kind: 'situation', q: "last visit finishes late tonight, ok to leave the laptop locked in the boot overnight and bring it in tomorrow?", has: ["car-and-lone-working", "any paper in the car overnight"] },
  { ws: OSTOMATE, kind: 'situation', q: "staysafe is asking who i'm visiting, do i put the patient's name in?", has: ["car-and-lone-working", "with the postcode only"] },
  { ws: OSTOMATE, kind: 'situation', q: "someone smashed the window of the lease car while i was on a visit, bag was on the back seat. is this a police thing or a data thing?", has: ["car-and-lone-working", "treat it as a lost device"] },

  // ── Ostomate Home Nursing: new tools ──
  { ws: OSTOMATE, kind: 'new-tool', q: "could we use calendly so patients can book their own visit slots online?", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'new-tool', q: "is it ok to use dropbox to share care plans with the colorectal team? their files are massive", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'new-tool', q: "a few surgeries use accurx to text patients, can we sign up to it too?", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'new-tool', q: "can i paste my visit notes into chatgpt to tidy up the wording before it goes into semble?", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'new-tool', q: "want to make a leaflet in canva with a couple of patient stories in it, any issue with that?", has: ["Bernadette Oyelaran"] },

  // ── Ostomate Home Nursing: off-topic ──
  { ws: OSTOMATE, kind: 'off-topic', q: "when's the christmas meal this year and is it partners invited?", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'off-topic', q: "where am i meant to park when i pop into the harrogate office? got a ticket last week 🙄", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'off-topic', q: "how many days annual leave do i get in my first year?", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'off-topic', q: "my tunics have shrunk in the wash, who do i ask about getting new ones?", has: ["Bernadette Oyelaran"] },
  { ws: OSTOMATE, kind: 'off-topic', q: "anyone know a decent cafe for lunch near ripon between visits?", has: ["Bernadette Oyelaran"] },

  // ── Curdcraft: situations ──
  { ws: CURDCRAFT, kind: 'situation', q: "think i left the café ipad on the bench outside after packing up the market stall and now it's gone 😩", has: ["lost-device-breach", "tell Imogen straight away"] },
  { ws: CURDCRAFT, kind: 'situation', q: "stuck mrs k's label on someone else's parcel and dpd has already collected. should i email her and say sorry?", has: ["lost-device-breach", "Do not email the customer yourself"] },
  { ws: CURDCRAFT, kind: 'situation', q: "a club box went to the wrong address, its sunday and imogen's not in till tuesday. fine to mention it then?", has: ["lost-device-breach", "Imogen needs to hear the same day"] },
  { ws: CURDCRAFT, kind: 'situation', q: "shopify is full of online customers who haven't ordered anything since 2020, do we just keep them forever?", has: ["records-retention", "not ordered for 3 years"] },
  { ws: CURDCRAFT, kind: 'situation', q: "a cheese club member cancelled last week, do i delete her out of recharge straight away?", has: ["records-retention", "removed from Recharge after 12 months"] },
  { ws: CURDCRAFT, kind: 'situation', q: "our saturday lad left in the summer, can i bin his staff file to free up the drawer?", has: ["records-retention", "Staff files are kept for 6 years"] },
  { ws: CURDCRAFT, kind: 'situation', q: "lady at the counter just asked for a copy of everything we've got on her. what do i actually do?", has: ["subject-access", "Note it in the hello inbox"] },
  { ws: CURDCRAFT, kind: 'situation', q: "someone rang saying they're a customer and asked me to read back the address on their last order. ok to do?", has: ["subject-access", "someone you cannot identify"] },
  { ws: CURDCRAFT, kind: 'situation', q: "club member messaged on insta asking what info we keep about her and whether we charge for it", has: ["subject-access", "within one month, free of charge"] },
  { ws: CURDCRAFT, kind: 'situation', q: "regular rang to order a hamper and wants to read me her card number, can i jot it on the pad and put it through the till later?", has: ["card-payments", "never take card details by phone"] },
  { ws: CURDCRAFT, kind: 'situation', q: "someone just sent their full card details in an instagram DM for a gift voucher 😬 what do i do with it", has: ["card-payments", "erase the message and reply with a link"] },
  { ws: CURDCRAFT, kind: 'situation', q: "closing on my own tonight, is it ok if i count the takings and float by myself?", has: ["card-payments", "counted by two people at close"] },
  { ws: CURDCRAFT, kind: 'situation', q: "customer just signed up for loyalty points at the till, can i add her to the friday email while i'm at it?", has: ["loyalty-and-marketing", "not consent to the Friday email"] },
  { ws: CURDCRAFT, kind: 'situation', q: "want to text our loyalty regulars about the tasting night from my phone, can i export the numbers from square?", has: ["loyalty-and-marketing", "Never photograph the loyalty screen"] },
  { ws: CURDCRAFT, kind: 'situation', q: "packing club boxes - can i write 'nut allergy' on the outside label so nobody mixes it up?", has: ["club-allergies-and-gifts", "Do not copy them onto"] },
  { ws: CURDCRAFT, kind: 'situation', q: "a guy who gave his mum a gift subscription wants to know her new address, she moved last month", has: ["club-allergies-and-gifts", "giver when the recipient changes address"] },
  { ws: CURDCRAFT, kind: 'situation', q: "pc came in asking to see saturday's footage of the shoplifter, can i just show him on the app on my phone?", has: ["cctv", "the request in writing from the officer"] },
  { ws: CURDCRAFT, kind: 'situation', q: "customer says she slipped by the café door last week and wants the camera clip of herself", has: ["cctv", "treat it under the subject access"] },
  { ws: CURDCRAFT, kind: 'situation', q: "a customer asked if the brie has nuts in, she's allergic. do i need to write her name down somewhere?", has: ["cafe-allergens", "you do not need to write their name down"] },
  { ws: CURDCRAFT, kind: 'situation', q: "chef wants a printed list of the tasting-night guests' allergies stuck up by the till, is that ok?", has: ["cafe-allergens", "Never pin a list of customers"] },

  // ── Curdcraft: new tools ──
  { ws: CURDCRAFT, kind: 'new-tool', q: "could we sell tickets for the tasting evenings through eventbrite instead of the google sheet?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'new-tool', q: "thinking of putting the café on deliveroo for cheese toasties, anything data-wise to sort?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'new-tool', q: "can we use opentable for café table bookings?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'new-tool', q: "is mailerlite ok to use for a separate wholesale newsletter to the restaurants?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'new-tool', q: "my mate's deli uses trello to track wholesale orders, can we set that up?", has: ["Imogen Thackeray"] },

  // ── Curdcraft: off-topic ──
  { ws: CURDCRAFT, kind: 'off-topic', q: "do staff still get 20% off cheese or did that change?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'off-topic', q: "when's the staff christmas do? 🎄", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'off-topic', q: "can i park in the yard behind the shop on saturdays?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'off-topic', q: "what wine should i recommend with the stilton for a customer's dinner party?", has: ["Imogen Thackeray"] },
  { ws: CURDCRAFT, kind: 'off-topic', q: "the cheese fridge is making a weird noise again, when's the engineer coming?", has: ["Imogen Thackeray"] },

  // ── LevelUp Esports Academy: situations ──
  { ws: LEVELUP, kind: 'situation', q: "oops just sent the holiday camp email to all the parents with everyone in cc 😬 should i send a sorry email to them all?", has: ["lost-device-breach", "Do not message the family yourself"] },
  { ws: LEVELUP, kind: 'situation', q: "we're live right now and the overlay is showing one of the kids' real name from his steam profile!! what do i do", has: ["lost-device-breach", "Stop the stream first"] },
  { ws: LEVELUP, kind: 'situation', q: "marcus is on holiday and i think i left the camp register with the medical list on the train", has: ["lost-device-breach", "or Hollie if he is away"] },
  { ws: LEVELUP, kind: 'situation', q: "end of term cleanup - do i wipe the discord mod logs along with the team channels?", has: ["records-retention", "except moderation logs"] },
  { ws: LEVELUP, kind: 'situation', q: "a mum asked how long we hang on to the signed consent forms after her son stops coming", has: ["records-retention", "consent forms and accident records for 6 years"] },
  { ws: LEVELUP, kind: 'situation', q: "can i keep last week's tournament vod up on twitch for longer? the parents loved it", has: ["records-retention", "Twitch broadcasts delete after 7 days"] },
  { ws: LEVELUP, kind: 'situation', q: "a dad at pickup asked for everything we've got on his daughter, i said i'd email it to him tonight. ok?", has: ["subject-access", "request to Hollie the same day"] },
  { ws: LEVELUP, kind: 'situation', q: "15yo player asked on discord for a copy of his own data, can he even ask without his parents?", has: ["subject-access", "a player aged 13 or over can usually"] },
  { ws: LEVELUP, kind: 'situation', q: "12 yr old in the saturday squad is desperate to be on stream, just by his gamer tag - can he?", has: ["streaming-consent", "never on stream at all"] },
  { ws: LEVELUP, kind: 'situation', q: "kid without streaming consent just turned up for the streamed session, where do i sit him?", has: ["streaming-consent", "PCs 15 to 20"] },
  { ws: LEVELUP, kind: 'situation', q: "can i stream from my bedroom tonight with a few of the team on voice? academy is shut", has: ["streaming-consent", "Never stream from home with players on voice"] },
  { ws: LEVELUP, kind: 'situation', q: "a player dm'd me asking for tips on his aim, can i just reply quick?", has: ["discord-contact", "messages you privately, do not reply"] },
  { ws: LEVELUP, kind: 'situation', q: "priyanka had to leave so it's just me in the voice channel with the team tonight, ok to carry on?", has: ["discord-contact", "at least two staff present"] },
  { ws: LEVELUP, kind: 'situation', q: "an 11yo's mum wants me to add him to the academy discord so he gets the updates", has: ["discord-contact", "Players under 13 are not on Discord"] },
  { ws: LEVELUP, kind: 'situation', q: "a player told me on voice something about home that worried me and made me promise not to tell anyone. i said ok 😕", has: ["safeguarding-concerns", "not promise to keep it secret"] },
  { ws: LEVELUP, kind: 'situation', q: "where do i write up something a kid said in chat? can i just post it in our staff slack so marcus sees it?", has: ["safeguarding-concerns", "the concern form in the Safeguarding folder"] },
  { ws: LEVELUP, kind: 'situation', q: "an uncle i've never seen is here to collect one of the camp kids, says mum sent him. let him go?", has: ["medical-and-registers", "collection password"] },
  { ws: LEVELUP, kind: 'situation', q: "last day of camp, what happens to the printed register with the medical alerts? can i take it home to file?", has: ["medical-and-registers", "shredded at the end of the week"] },
  { ws: LEVELUP, kind: 'situation', q: "got a great pic of the team celebrating on my phone, can i send it to ezra for insta?", has: ["photos-and-clips", "academy camera or the streaming PC"] },
  { ws: LEVELUP, kind: 'situation', q: "parent emailed asking us to take down a youtube clip of her son, how quickly do we have to do it?", has: ["photos-and-clips", "Remove any clip within 24 hours"] },

  // ── LevelUp Esports Academy: new tools ──
  { ws: LEVELUP, kind: 'new-tool', q: "could we stream on kick as well as twitch? better payouts apparently", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'new-tool', q: "can we run the next inter-academy bracket on start.gg?", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'new-tool', q: "some of the kids use medal.tv to clip their plays, can we use it for the academy highlights?", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'new-tool', q: "is zoom ok for the parents' info evening? a couple of dads can't get google meet working", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'new-tool', q: "thinking of putting session plans in notion instead of drive, thoughts?", has: ["Marcus Adeyemi-Clarke"] },

  // ── LevelUp Esports Academy: off-topic ──
  { ws: LEVELUP, kind: 'off-topic', q: "what crosshair settings do the pros use in valorant rn?", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'off-topic', q: "who's ordering the pizza for friday's camp lunch? 🍕", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'off-topic', q: "where's best to park near the unit on a saturday?", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'off-topic', q: "the headset on PC 7 has a dead left ear, can i order a new one?", has: ["Marcus Adeyemi-Clarke"] },
  { ws: LEVELUP, kind: 'off-topic', q: "are we doing a staff christmas party this year?", has: ["Marcus Adeyemi-Clarke"] },
];
