// Focus set 94 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (hirebox-tool-hire, wakeline-cable-park, quietwood-retreat-house), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (69 of 90 on the round's starting answerer, 69 on the answerer of the time), then read in the eightieth round.
import type { ReferenceCase } from './types.ts';

const HIREBOX = 'hirebox-tool-hire';
const WAKELINE = 'wakeline-cable-park';
const QUIETWOOD = 'quietwood-retreat-house';

export const FOCUS94_ONE: ReferenceCase[] = [
  // ── HireBox Tool Hire: situations ──
  { ws: HIREBOX, kind: 'situation', q: 'left the delivery phone on the roof of the lorry at the builders merchants and drove off, its gone. whats the drill', has: ['breach-reporting', 'tell Claire Pennington straight away'] },
  { ws: HIREBOX, kind: 'situation', q: 'think i emailed dave hughes contract to the other dave on the system, he just rang to say. shall i ring the first dave and say sorry and delete the email', has: ['breach-reporting', 'Do not delete anything or contact the customer yourself'] },
  { ws: HIREBOX, kind: 'situation', q: 'lady at the counter wants the carpet cleaner, first time with us, got her passport but the only thing with her address on is a council tax letter from april last year', has: ['id-checks', 'dated within the last 3 months'] },
  { ws: HIREBOX, kind: 'situation', q: 'new fella, name on his bank statement dont match his photo id, says he just got married. hes getting shirty and the queues building, do i tell him it looks dodgy', has: ['id-checks', 'never tell the customer you suspect fraud'] },
  { ws: HIREBOX, kind: 'situation', q: 'lad of 21 wants the luton for a house move tomorrow, clean licence', has: ['driving-licences', 'Minimum age 23 and no more than 6 points'] },
  { ws: HIREBOX, kind: 'situation', q: 'customer did his dvla thing at home and wrote the code on a post it for me, ok to staple it to his contract', has: ['driving-licences', 'Never write down the DVLA check code'] },
  { ws: HIREBOX, kind: 'situation', q: 'bloke wants the 1.5 tonne digger for his garden this weekend, never driven one and hasnt got any tickets', has: ['driving-licences', 'our 30-minute handover, recorded in InspHire'] },
  { ws: HIREBOX, kind: 'situation', q: 'trade customer on the phone wants to sort the deposit for the scaffold tower now, trying to read me his long card number', has: ['deposits', 'send a Dojo payment link'] },
  { ws: HIREBOX, kind: 'situation', q: 'pressure washer back with the lance snapped, can i just knock 60 quid off the hold on his card now while hes here', has: ['deposits', 'only after Kieran has approved the photos'] },
  { ws: HIREBOX, kind: 'situation', q: 'scaffold tower was due back saturday, its monday teatime and his phone goes straight to voicemail', has: ['damage-theft', 'tell Gary, who decides whether to use the tracker'] },
  { ws: HIREBOX, kind: 'situation', q: 'mo here. kieran asked me to look up where the dumper is on the tracker, it isnt late back, he just reckons the customer is doing cash jobs at his mates and wants to know where', has: ['damage-theft', 'never to see where a customer is working'] },
  { ws: HIREBOX, kind: 'situation', q: 'took pics of the dent in the wacker plate on my own phone when it came back, ill just keep them there in case', has: ['damage-theft', 'not on your own phone'] },
  { ws: HIREBOX, kind: 'situation', q: 'woman rang saying her ex has hired a mini digger off us and she needs his address for the kids stuff', has: ['outside-callers', 'take a number and tell Claire'] },
  { ws: HIREBOX, kind: 'situation', q: 'copper at the counter asking who hired the genny they found round the back of a burgled house', has: ['outside-callers', 'Police requests go to Claire in writing'] },
  { ws: HIREBOX, kind: 'situation', q: 'shaun: at the wroughton job with the dumper, nobody about, gates open. just drop it and go?', has: ['delivery-drivers', 'Never leave plant at an unattended site'] },
  { ws: HIREBOX, kind: 'situation', q: 'on a drop and the customers brother is kicking off at me in the drive, mixer still on the lorry', has: ['delivery-drivers', 'ring Gary if they feel unsafe'] },
  { ws: HIREBOX, kind: 'situation', q: 'did a paper contract on site for the marquee job cos the tablet died, brought it back to the shop, just stick it in the filing drawer?', has: ['retention', 'scanned into InspHire within 2 days and shredded'] },
  { ws: HIREBOX, kind: 'situation', q: 'theres a note on a customer we turned away back in 2022 for dodgy id, do we hang on to that forever', has: ['retention', 'Customers refused hire are noted for 2 years'] },
  { ws: HIREBOX, kind: 'situation', q: 'regular asked me if we still had all the gps stuff from when he had the digger in the summer, wants to see it all', has: ['subject-access', 'pass it to Claire the same day'] },
  { ws: HIREBOX, kind: 'situation', q: 'lewis is logged in on the counter tablet, can i just do my hires on his login, quicker than logging him out', has: ['passwords-backups', "never hire out under someone else's"] },

  // ── HireBox Tool Hire: new tools ──
  { ws: HIREBOX, kind: 'new-tool', q: 'can we get docusign so trade lads can sign the contracts from site', has: ['new-software'], not: ['InspHire'] },
  { ws: HIREBOX, kind: 'new-tool', q: 'ok if i stick the damage photos and contract into chatgpt to write the damage letter for me', has: ['new-software'], not: ['Google Workspace'] },
  { ws: HIREBOX, kind: 'new-tool', q: 'thinking of getting a sumup reader for the drivers so they can take payment on delivery', has: ['new-software'], not: ['Dojo'] },
  { ws: HIREBOX, kind: 'new-tool', q: 'kieran wants to try safetyculture on the tablets for the PAT test checklists', has: ['new-software'], not: ['InspHire'] },
  { ws: HIREBOX, kind: 'new-tool', q: 'gonna start a whatsapp group with the trade customers to tell them when new breakers come in', has: ['new-software'], not: ['Google Workspace'] },

  // ── HireBox Tool Hire: off-topic ──
  { ws: HIREBOX, kind: 'off-topic', q: 'what time is the stihl rep coming thursday', has: ['Claire Pennington'], not: ['InspHire'] },
  { ws: HIREBOX, kind: 'off-topic', q: 'whats the fuel mix for the cut off saw again 50 to 1?', has: ['Claire Pennington'], not: ['Trakm8'] },
  { ws: HIREBOX, kind: 'off-topic', q: 'anyone know if the m4 is shut at junction 16 this morning', has: ['Claire Pennington'], not: ['Trakm8'] },
  { ws: HIREBOX, kind: 'off-topic', q: 'whose turn is it to do the bacon rolls', has: ['Claire Pennington'], not: ['Xero'] },
  { ws: HIREBOX, kind: 'off-topic', q: 'can i swap my saturday with lewis next week', has: ['Claire Pennington'], not: ['BrightHR'] },

  // ── Wakeline Cable Park: situations ──
  { ws: WAKELINE, kind: 'situation', q: '17 yr old here on her own for a 2 hr session, says her mum said its fine by text', has: ['waivers-swim-tests', 'Riders under 18 need a parent or guardian to sign'] },
  { ws: WAKELINE, kind: 'situation', q: 'two 14 year olds just checked in, their dad dropped them and went to the pub in town, back at 5 apparently', has: ['waivers-swim-tests', 'that adult on site for the whole session'] },
  { ws: WAKELINE, kind: 'situation', q: 'lad at the desk ticked seizures on his form, queue is massive behind him and zak says just tell him he cant go on', has: ['waivers-swim-tests', 'call the duty manager before the rider goes out'] },
  { ws: WAKELINE, kind: 'situation', q: 'one of the junior regulars asked for my snapchat so i can send her the clip of her backroll', has: ['children', 'never swap phone numbers or social media'] },
  { ws: WAKELINE, kind: 'situation', q: 'little lads mum still not here and we close in 10, he lives on my way home, ok if i just drop him back', has: ['children', 'never give a child a lift'] },
  { ws: WAKELINE, kind: 'situation', q: 'guy on the cable landing some sick stuff, can i grab it on my phone for the insta', has: ['photos-footage', 'Film only on park cameras and drones'] },
  { ws: WAKELINE, kind: 'situation', q: 'jons off today, finn wants to put the drone up over the beach for a sunset reel', has: ['photos-footage', 'Drone flights are done only by Jon'] },
  { ws: WAKELINE, kind: 'situation', q: 'posting the junior comp pics tonight, can i tag the winner, shes 11 and her mum is fine with photos', has: ['photos-footage', 'Never tag or name a child in a post'] },
  { ws: WAKELINE, kind: 'situation', q: 'kid went over the bars on the kicker, bloody nose, mum says shes fine. nearly close, do i need to do anything', has: ['accidents', 'written up on the incident form in Google Drive'] },
  { ws: WAKELINE, kind: 'situation', q: 'letter come from some solicitors about the woman who did her knee on the aqua park in august, want our records', has: ['accidents', 'Insurer or solicitor requests go to Becky'] },
  { ws: WAKELINE, kind: 'situation', q: 'maya sent the smiths waiver link to the jones family by mistake, mrs jones just rang', has: ['breach-reporting', 'tell Becky Harrow at once and within 24 hours'] },
  { ws: WAKELINE, kind: 'situation', q: 'check in ipad has gone walkabout, last seen on the desk at lunch. ill tell becky at the end of the week when shes back', has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: WAKELINE, kind: 'situation', q: 'bloke on the phone says hes dad of one of the teens, wants to know if his son is on the water right now', has: ['outside-callers', 'Offer to pass on a message instead'] },
  { ws: WAKELINE, kind: 'situation', q: 'police officer at the gate asking if a certain lad has got a season pass with us', has: ['outside-callers', "Police requests go to Becky with the officer's name"] },
  { ws: WAKELINE, kind: 'situation', q: 'hollie can just use the check in login on the desk till craig sorts hers yeah', has: ['seasonal-staff', 'never share the check-in login'] },
  { ws: WAKELINE, kind: 'situation', q: 'season done, half the lifeguards are back at uni and they can still get on deputy and roller', has: ['seasonal-staff', 'Craig removes their logins within 2 days'] },
  { ws: WAKELINE, kind: 'situation', q: 'member rang to freeze his pass while his wrist heals and wants to give me his new card over the phone', has: ['memberships', 'card details are never taken by phone'] },
  { ws: WAKELINE, kind: 'situation', q: 'member wants to email a selfie for his pass card instead of coming in, can i save it on the drive and upload later', has: ['memberships', 'Season pass photos are taken at the desk'] },
  { ws: WAKELINE, kind: 'situation', q: 'mum emailed asking for everything we have on her daughter from last summer, clips and all', has: ['retention-subject-access', 'pass it to Becky the same day'] },
  { ws: WAKELINE, kind: 'situation', q: 'clearing out the drive, can i bin the accident forms from 2019? the kid in one of them was 9', has: ['retention-subject-access', 'for a child, until they turn 21'] },

  // ── Wakeline Cable Park: new tools ──
  { ws: WAKELINE, kind: 'new-tool', q: 'craig thinking of moving the rota to planday next season', has: ['Becky Harrow'], not: ['Deputy'] },
  { ws: WAKELINE, kind: 'new-tool', q: 'can i paste the waiver list into chatgpt to sort out who is under 16', has: ['Becky Harrow'], not: ['ROLLER'] },
  { ws: WAKELINE, kind: 'new-tool', q: 'should we get a tiktok going for the park, loads of riders asking', has: ['Becky Harrow'], not: ['Instagram and Facebook'] },
  { ws: WAKELINE, kind: 'new-tool', q: 'want to set up a whatsapp community for season pass holders for weather closures', has: ['Becky Harrow'], not: ['Mailchimp'] },
  { ws: WAKELINE, kind: 'new-tool', q: 'easier to share riders clips with a dropbox link?', has: ['Becky Harrow'], not: ['Google Workspace'] },

  // ── Wakeline Cable Park: off-topic ──
  { ws: WAKELINE, kind: 'off-topic', q: 'whats the lake temp today, people asking if they need a 5mm', has: ['Becky Harrow'], not: ['ROLLER'] },
  { ws: WAKELINE, kind: 'off-topic', q: 'cafe is out of oat milk, who do we order from', has: ['Becky Harrow'], not: ['Xero'] },
  { ws: WAKELINE, kind: 'off-topic', q: 'can someone cover my sunday close shift', has: ['Becky Harrow'], not: ['Deputy'] },
  { ws: WAKELINE, kind: 'off-topic', q: 'wind forecast for saturday?? might have to shut the aqua park', has: ['Becky Harrow'], not: ['ROLLER'] },
  { ws: WAKELINE, kind: 'off-topic', q: 'cable making a grinding noise at tower 3 who do i ring', has: ['Becky Harrow'], not: ['Google Workspace'] },

  // ── Quietwood Retreat House: situations ──
  { ws: QUIETWOOD, kind: 'situation', q: 'after direction with one of the guests can i put a couple of lines in checkfront about what shes wrestling with so whoever sees her next knows', has: ['direction-confidentiality', 'never write about what was said'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'at supper someone asked us to hold the man in room 4 in prayer tonight as his wife has left him. he told me that in our session. should i add him to the intercessions', has: ['direction-confidentiality', "Never mention a guest's situation to other guests"] },
  { ws: QUIETWOOD, kind: 'situation', q: 'the gentleman in the garden room hasnt come out for two days, trays left untouched outside, he seemed very low on arrival', has: ['vulnerable-guests', 'tell the member of the community on duty at once'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'a woman on the silent retreat told me her husband hurts her and made me promise not to tell a soul, and i said i wouldnt', has: ['vulnerable-guests', 'Never promise a guest to keep a safeguarding concern secret'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'one of the older guests seemed muddled this afternoon, shall i just ring her daughter, the number is on her booking', has: ['vulnerable-guests', "only with the guest's agreement or in an emergency"] },
  { ws: QUIETWOOD, kind: 'situation', q: 'kitchen want a list of allergies for the weekend, can i print it off checkfront with surnames and room numbers', has: ['health-dietary', 'kitchen sheet with first names only'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'retreat ended sunday and the diets list is still pinned up on the kitchen fridge', has: ['health-dietary', 'shredded when the retreat ends'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'thinking we should ask everyone at arrival what medication theyre on, just to be safe', has: ['health-dietary', 'Do not ask guests about their health'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'man rang saying hes her brother, family emergency, is his sister with us this week', has: ['outside-callers', 'Take a name and number'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'the vicar from her parish is at the front door asking to see one of our guests, he seems lovely', has: ['outside-callers', 'even family or clergy'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'jean who helps on reception says itd be easier to use the office login than her own', has: ['volunteers', 'Volunteers use their own login, never the house account'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'peter stopped helping at the house last week but he can still get into checkfront', has: ['volunteers', 'Ruth removes their access within a week'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'a guest left me a bottle of whisky and a 50 pound voucher as a thank you for the week, is that ok', has: ['donations-gifts', 'tell Margaret and suggest a donation to the house instead'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'doing the box this morning, brother andrews away so ill just count it myself', has: ['donations-gifts', 'counted by two people each Monday'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'found the printed sheet of fridays arrivals on a pew after evening prayer, no idea how long its been there. ill mention it at chapter next month', has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'toms work phone with the house email on got pinched in alnwick on saturday, he wants to wipe it and email the guests himself', has: ['breach-reporting', 'Do not delete anything or contact the guest yourself'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'a guest rang sounding cross, wants to know what we have on file about her', has: ['retention-access', 'pass it to Margaret the same day'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'tidying checkfront, we still have bookings for people whose last visit was 2021', has: ['retention-access', 'Bookings are kept 3 years after the last stay'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'going to write the checkfront password in the back of the diary so the weekend helpers can get in', has: ['passwords', 'never write passwords in the office diary'] },
  { ws: QUIETWOOD, kind: 'situation', q: 'a guest asked if she could quickly hop on the office computer to print her train ticket', has: ['passwords', 'Guests never use the office PC'] },

  // ── Quietwood Retreat House: new tools ──
  { ws: QUIETWOOD, kind: 'new-tool', q: 'ruth wants to try eventbrite for the open day bookings', has: ['new-software'], not: ['Checkfront'] },
  { ws: QUIETWOOD, kind: 'new-tool', q: 'could people send prayer requests through a google form on the website', has: ['new-software'], not: ['Microsoft 365'] },
  { ws: QUIETWOOD, kind: 'new-tool', q: 'thinking of setting up a justgiving page for the roof appeal', has: ['new-software'], not: ['Beacon CRM'] },
  { ws: QUIETWOOD, kind: 'new-tool', q: 'can i use chatgpt to help me write the autumn programme', has: ['new-software'], not: ['Mailchimp'] },
  { ws: QUIETWOOD, kind: 'new-tool', q: 'would insight timer be ok for the guided meditations on the online retreats', has: ['new-software'], not: ['Zoom'] },

  // ── Quietwood Retreat House: off-topic ──
  { ws: QUIETWOOD, kind: 'off-topic', q: 'what time is compline tonight', has: ['Margaret Ellison'], not: ['Zoom'] },
  { ws: QUIETWOOD, kind: 'off-topic', q: 'boiler in the east wing is banging again, who do we ring', has: ['Margaret Ellison'], not: ['Tynedale IT Services'] },
  { ws: QUIETWOOD, kind: 'off-topic', q: 'how many loaves for 22 people over the weekend', has: ['Margaret Ellison'], not: ['Checkfront'] },
  { ws: QUIETWOOD, kind: 'off-topic', q: 'is the lane up to the house gritted, snow forecast tonight', has: ['Margaret Ellison'], not: ['Checkfront'] },
  { ws: QUIETWOOD, kind: 'off-topic', q: 'which hymns are we doing sunday', has: ['Margaret Ellison'], not: ['Mailchimp'] },
];
