// Focus set 87 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-ninth round by a writer who read only the README, the case format and three firms' files (junctionbox-model-railway-club, reedbed-nature-reserve, shearcraft-hair-academy), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (79 of 90 on the round's starting answerer, 79 on the answerer of the time), then read in the seventy-ninth round.
import type { ReferenceCase } from './types.ts';

const JUNCTIONBOX = 'junctionbox-model-railway-club';
const REEDBED = 'reedbed-nature-reserve';
const SHEARCRAFT = 'shearcraft-hair-academy';

export const FOCUS87_ONE: ReferenceCase[] = [
  // ── Junction Box Model Railway Club: situations ──
  { ws: JUNCTIONBOX, kind: 'situation', q: "hannahs off sat so its just me and dave for the juniors, dave needs to run one of the 12yo's out to his car to fetch a loco box he left, thats ok right its 2 mins", has: ['safeguarding', 'alone with a junior'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'one of the junior lads asked for my number so i can send him pics of my 00 gauge shunting plank, fine to give it him?', has: ['safeguarding', 'personal phone numbers'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'after the session a junior said some stuff about home that made me uneasy and asked me not to tell anyone, what do i do', has: ['safeguarding', 'do not promise secrecy'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: "12 yr old says his dad texted him its fine to walk home on his own after saturday, do i let him go", has: ['safeguarding', 'signed in and collected'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'got some great shots of the kids running the tt layout sat, gonna put them on the fb group with their names tagged so the parents see', has: ['photos', 'full name or school'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'bob is fuming about a pic of him asleep in a chair at the autumn show thats on the facebook page and wants it gone', has: ['photos', 'within two days'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'a youtuber who does layout tours messaged asking if he can come film the clubroom next thurs, can i just say yes', has: ['photos', "committee's agreement first"] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'easier for me to keep an excel of the n gauge lot with their emails and phones on my home pc, ok?', has: ['membership-data', 'nowhere else'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'a member wants to buy geoffs old class 37 and asked me for geoffs phone number, can i give it', has: ['membership-data', 'offer to pass on a message'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'oh no i just emailed the running night change to all the members with everyones address in the To line, can i recall it', has: ['breach-reporting', 'Do not try to recall emails'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'think we left the printed junior register on the front desk at the lyceum after sunday, only realised now', has: ['breach-reporting', 'within 24 hours'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: "little girl lost her mum at the show, shall i put her name out on the tannoy", has: ['exhibitions', 'announce a description'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: "card reader on the sales stand died, can i jot down peoples card numbers and run them thru tomorrow", has: ['exhibitions', 'never write card numbers down'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: "writing up a get well soon bit for the newsletter about brian's heart op, ok to put the details in?", has: ['newsletter', 'health news'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'one of the juniors won best in show for his diorama, can mick put his full name in the next issue', has: ['newsletter', 'first name only'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: "i'm handing the treasurer job over at the agm, what happens with the logins", has: ['passwords', 'same week'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'got an email saying confirm the club gocardless login or the account gets suspended, looks legit tbh', has: ['passwords', 'forward it to Janet'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'bloke who came to club night wants to pop back tues to see the layout, can i text him the door code', has: ['clubroom', 'never give it to non-members'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: "where do the first aid forms and junior sign in sheets go, theres a pile on the layout bench", has: ['clubroom', 'locked filing cabinet'] },
  { ws: JUNCTIONBOX, kind: 'situation', q: 'new dad volunteering at the junior sessions needs his dbs doing, which site do we use', has: ['ucheck', 'Enhanced DBS checks'] },

  // ── Junction Box: new tools ──
  { ws: JUNCTIONBOX, kind: 'new-tool', q: 'can we use signupgenius for the steward rota at the spring show?', has: ['Janet'], not: ['Stripe', 'Zoom'] },
  { ws: JUNCTIONBOX, kind: 'new-tool', q: 'thinking of moving committee chat over to discord, any problem with that', has: ['Janet'], not: ['Ticket Tailor', 'SumUp'] },
  { ws: JUNCTIONBOX, kind: 'new-tool', q: 'ok to make the exhibition flyers in canva using photos of members with their layouts?', has: ['Janet'], not: ['Stripe', 'Unity Trust Bank'] },
  { ws: JUNCTIONBOX, kind: 'new-tool', q: 'mick fancies trying substack for the newsletter, is that allowed', has: ['Janet'], not: ['Ticket Tailor', 'Stripe'] },
  { ws: JUNCTIONBOX, kind: 'new-tool', q: 'want to set up a trello board for the new layout build with everyones names and jobs on it', has: ['Janet'], not: ['SumUp', 'Unity Trust Bank'] },

  // ── Junction Box: off-topic ──
  { ws: JUNCTIONBOX, kind: 'off-topic', q: 'whats better for plastic kits, poly cement or mek?', has: [], not: ['membermojo', 'SumUp'] },
  { ws: JUNCTIONBOX, kind: 'off-topic', q: 'who won the f1 last night', has: [], not: ['Zoom', 'Stripe'] },
  { ws: JUNCTIONBOX, kind: 'off-topic', q: 'any tips on fitting a dcc chip in a hornby class 08', has: [], not: ['GoCardless', 'MailerLite'] },
  { ws: JUNCTIONBOX, kind: 'off-topic', q: 'is it gonna rain in crewe on saturday', has: [], not: ['Ticket Tailor', 'Facebook'] },
  { ws: JUNCTIONBOX, kind: 'off-topic', q: 'tell us a joke about trains', has: [], not: ['uCheck', 'instantprint', 'Zoom'] },

  // ── Hickling Reedbeds: situations ──
  { ws: REEDBED, kind: 'situation', q: 'the teacher from ludham primary wants to leave the class with me at the dipping platform and go have a coffee in the cafe for 20 mins, is that ok', has: ['safeguarding', 'without school staff present'] },
  { ws: REEDBED, kind: 'situation', q: "school's sent over a spreadsheet of all 28 kids names for next weeks reed walk, do i save it?", has: ['safeguarding', "pupils' names"] },
  { ws: REEDBED, kind: 'situation', q: 'kid at pond dipping today told me something about his step dad that worried me, who do i tell', has: ['safeguarding', 'tell the teacher and Chloe'] },
  { ws: REEDBED, kind: 'situation', q: "its end of july and the special needs notes from all this years school bookings are still in sharepoint, do they stay?", has: ['safeguarding', 'end of the school year'] },
  { ws: REEDBED, kind: 'situation', q: "want to strap a trail cam on the boardwalk post, otters have been seen right under it", has: ['trail-cameras', 'the boardwalk or the car park'] },
  { ws: REEDBED, kind: 'situation', q: 'trail cam by the north dyke caught 2 blokes with lurchers hare coursing, shall i stick it on the reserve facebook', has: ['trail-cameras', 'give the card to Martin'] },
  { ws: REEDBED, kind: 'situation', q: 'grabbed the sd cards from the wood cams on my way home, ok if i hang on to them over the weekend and drop them monday', has: ['trail-cameras', 'to the office the same day'] },
  { ws: REEDBED, kind: 'situation', q: 'lady on the phone found a dead swan with a ring on, she wants the number of whoever ringed it', has: ['bird-ringing', "Never give out a ringer's name"] },
  { ws: REEDBED, kind: 'situation', q: 'going to do an insta post about the ringing demo with a map of where the mist nets go', has: ['bird-ringing', 'not published on social media'] },
  { ws: REEDBED, kind: 'situation', q: "gonna set up a whatsapp group for the thursday work party lot so we can sort lifts", has: ['volunteers', 'work party group in Teams'] },
  { ws: REEDBED, kind: 'situation', q: 'one of my regular vols is applying to the rspb and asked me to be her referee, can i write it', has: ['volunteers', 'only from Martin or Fiona'] },
  { ws: REEDBED, kind: 'situation', q: "found a stack of sign in sheets from august in the office drawer, what happens to them", has: ['volunteers', 'shredded after a month'] },
  { ws: REEDBED, kind: 'situation', q: 'a guy rang the desk asking if his neighbour mr ellis is a member here, said he wants to gift him something', has: ['members-data', 'to a caller'] },
  { ws: REEDBED, kind: 'situation', q: 'member at the till said please stop sending me the emails, i just said ok, anything else i need to do', has: ['members-data', 'Beacon and Mailchimp the same day'] },
  { ws: REEDBED, kind: 'situation', q: "laptop got nicked out the works van at potter heigham this morning, had volunteer stuff on it", has: ['breach-reporting', 'within 24 hours'] },
  { ws: REEDBED, kind: 'situation', q: 'i emailed stalham high the booking form for catfield primary by mistake, shall i ring them and ask them to delete it', has: ['breach-reporting', 'contact the people yourself'] },
  { ws: REEDBED, kind: 'situation', q: "someone keyed a car in the car park, the owner wants the clip so he can put it on the village facebook", has: ['cctv', 'never shared on social media'] },
  { ws: REEDBED, kind: 'situation', q: 'visitor who slipped on the ice by the pay machine wants the camera footage of her fall', has: ['cctv', 'subject access request'] },
  { ws: REEDBED, kind: 'situation', q: 'dropped my work phone off the staithe into the broad, its gone', has: ['devices-passwords', 'reported to Martin or Fiona'] },
  { ws: REEDBED, kind: 'situation', q: 'new weekend volunteer in the shop doesnt have a till login yet, can she just use mine', has: ['devices-passwords', 'Square till logins'] },

  // ── Hickling Reedbeds: new tools ──
  { ws: REEDBED, kind: 'new-tool', q: 'could we use calendly for people to book the guided walks?', has: ['Fiona'], not: ['Arlo', 'BTO DemOn'] },
  { ws: REEDBED, kind: 'new-tool', q: 'can we set up a justgiving page for the reedbed appeal', has: ['Fiona'], not: ['Wildlife Insights', 'Arlo'] },
  { ws: REEDBED, kind: 'new-tool', q: 'is it ok to run the volunteer agm on zoom', has: ['Fiona'], not: ['Mailchimp', 'GoCardless'] },
  { ws: REEDBED, kind: 'new-tool', q: 'thinking of doing a surveymonkey survey of members about the visitor centre', has: ['Fiona'], not: ['Eventbrite', 'Arlo'] },
  { ws: REEDBED, kind: 'new-tool', q: 'the uni wants us to share the trail cam pics through dropbox, fine?', has: ['Fiona'], not: ['GoCardless', 'Eventbrite'] },

  // ── Hickling Reedbeds: off-topic ──
  { ws: REEDBED, kind: 'off-topic', q: "how do you tell a marsh harrier from a hen harrier", has: [], not: ['Arlo', 'Square'] },
  { ws: REEDBED, kind: 'off-topic', q: 'what time is sunrise tomorrow', has: [], not: ['Eventbrite', 'Enthuse'] },
  { ws: REEDBED, kind: 'off-topic', q: 'anyone know a decent pub near hickling for lunch', has: [], not: ['GoCardless', 'Mailchimp'] },
  { ws: REEDBED, kind: 'off-topic', q: 'how do i get rid of duckweed in my garden pond', has: [], not: ['Beacon CRM', 'Wildlife Insights'] },
  { ws: REEDBED, kind: 'off-topic', q: 'happy friday everyone!!', has: [], not: ['BTO DemOn', 'Better Impact', 'Square'] },

  // ── Shearcraft Hair Academy: situations ──
  { ws: SHEARCRAFT, kind: 'situation', q: 'one of my 16yo apprentices dmd me on insta about swapping her thursday shift, can i just reply there', has: ['safeguarding', 'use Teams or OneFile only'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "apprentice told me her bf has been hurting her and begged me not to say, rhodri's on leave this week", has: ['safeguarding', 'if Rhodri is away'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'where do i write up a welfare worry about a learner, can i pop it in her onefile notes?', has: ['safeguarding', 'never in OneFile'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'client loved her balayage, ok to snap it on my phone quick for the insta', has: ['photo-consent', 'Never use your own phone'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'a client messaged saying she wants her before and after pic off our instagram, how fast do we need to do it', has: ['photo-consent', 'within 48 hours'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "our 17 yr old apprentice wants to be in the reel, she's signed the form herself", has: ['photo-consent', 'parent or guardian also signs'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'i sent lily’s progress review to the wrong salon owner, bit of a mess. what now', has: ['breach-reporting', 'Tell Carys Pritchard straight away'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "enrolment form was left on the reception desk overnight, prob nobody saw it, does that even count", has: ['breach-reporting', 'report it anyway'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "regular says she doesnt need a patch test, had the same colour at another salon in june, student wants to crack on", has: ['patch-tests-health', 'whatever the client says'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "student wrote 'client pregnant, eczema on scalp' on the column sheet, is that alright", has: ['patch-tests-health', 'only in the Phorest client notes'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "mad busy saturday and a student asked to use my login to find a clients colour card, fine just this once?", has: ['passwords-2fa', "never use a tutor's login"] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'pretty sure tomasz saw me typing my 365 password earlier', has: ['passwords-2fa', 'change it and tell Carys'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'clearing out, can i delete the portfolio of an apprentice who finished in 2022?', has: ['records-retention', '6 years after the apprenticeship ends'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "ex student from years back lost her level 2 cert, should we keep old learner files longer in case this happens", has: ['records-retention', 'City & Guilds keeps its own copy'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'police officer at reception asking for the camera footage from the shoplifting tuesday', has: ['cctv', 'collar number'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "gonna stick the clip of the shampoo thief in the staff whatsapp so we all know her face", has: ['cctv', 'never shared on WhatsApp'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'left my tutor laptop in the car overnight in roath and the window was smashed, laptop gone. its 11pm', has: ['lost-device', 'day or night'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "can i take an ipad home tonight to finish uploading todays assessment pics", has: ['lost-device', 'never taken home'] },
  { ws: SHEARCRAFT, kind: 'situation', q: "mum of one of our 17 yr olds rang wanting a copy of everything we have on her daughter", has: ['subject-access', 'no automatic right'] },
  { ws: SHEARCRAFT, kind: 'situation', q: 'salon client asked what we keep on her, can i just print her phorest record and hand it over', has: ['subject-access', 'Do not send anything yourself'] },

  // ── Shearcraft: new tools ──
  { ws: SHEARCRAFT, kind: 'new-tool', q: 'could we use fresha for the training salon bookings instead?', has: ['Carys'], not: ['BrightPay', 'Hik-Connect'] },
  { ws: SHEARCRAFT, kind: 'new-tool', q: 'want to start a tiktok for the academy showing the students cuts', has: ['Carys'], not: ['BrightPay', 'Taff IT Solutions'] },
  { ws: SHEARCRAFT, kind: 'new-tool', q: 'ok to make the open evening flyers in canva with photos of the students?', has: ['Carys'], not: ['Hywel Rowlands & Co', 'Hik-Connect'] },
  { ws: SHEARCRAFT, kind: 'new-tool', q: 'thinking of using google classroom for the adult evening course', has: ['Carys'], not: ['BrightPay', 'Mailchimp'] },
  { ws: SHEARCRAFT, kind: 'new-tool', q: 'can i use chatgpt to help write up the apprentices progress reviews', has: ['Carys'], not: ['Hik-Connect', 'Wix'] },

  // ── Shearcraft: off-topic ──
  { ws: SHEARCRAFT, kind: 'off-topic', q: 'best way to knock out brassiness without purple shampoo?', has: [], not: ['Phorest', 'Wix'] },
  { ws: SHEARCRAFT, kind: 'off-topic', q: 'anyone fancy the chippy for lunch', has: [], not: ['Xero', 'BrightPay'] },
  { ws: SHEARCRAFT, kind: 'off-topic', q: 'did wales win the rugby saturday', has: [], not: ['Mailchimp', 'OneFile'] },
  { ws: SHEARCRAFT, kind: 'off-topic', q: 'how many days till christmas', has: [], not: ['Hik-Connect', 'City & Guilds'] },
  { ws: SHEARCRAFT, kind: 'off-topic', q: "whats the difference between point cutting and slide cutting", has: [], not: ['Taff IT Solutions', 'Microsoft 365', 'Xero'] },
];
