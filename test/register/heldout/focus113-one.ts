// Focus set 113 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eighty-fifth round by a writer who read only the README, the case format and three firms' files (kennet-canal-volunteers, pinewood-orienteering-club, silverbirch-retirement-village), the firms written by a helper from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored as counts only in the eighty-fifth round (73 of 90 at its start, 71 at its end), read in the eighty-sixth.
import type { ReferenceCase } from './types.ts';
const KENNET = 'kennet-canal-volunteers'; const PINEWOOD = 'pinewood-orienteering-club'; const SILVERBIRCH = 'silverbirch-retirement-village';
export const FOCUS113_ONE: ReferenceCase[] = [
  // ───── Kennet Canal Volunteers: situations ─────
  // young-volunteers
  { ws: KENNET, kind: 'situation', q: 'my nephew is 15 and really keen to come on the chainsaw day clearing the towpath, he can just help out with the saw right?', has: ['young-volunteers', 'never on chainsaw, brushcutter or lock-gate work'] },
  { ws: KENNET, kind: 'situation', q: 'one of the dofe lads asked for my mobile so he can whatsapp me about sat, thats fine isnt it', has: ['young-volunteers', "through their parent's email, never a private message"] },
  { ws: KENNET, kind: 'situation', q: 'a 16yo at the work party today said something about home that has really been bothering me since. who do i tell??', has: ['young-volunteers', 'tell Gareth Willoughby, our safeguarding lead'] },
  // lost-device-breach
  { ws: KENNET, kind: 'situation', q: 'left my phone on the train last night 😬 it had better impact logged in and my work emails', has: ['lost-device-breach', 'tell Margaret Ellery the same day'] },
  { ws: KENNET, kind: 'situation', q: 'argh just sent the sunday reminder with everyones addresses showing in the To box, can i quickly recall it in outlook?', has: ['lost-device-breach', 'Do not try to recall or forward the message yourself'] },
  { ws: KENNET, kind: 'situation', q: 'about to email all the volunteers about the xmas social, anything i need to watch out for when i send it?', has: ['lost-device-breach', 'than one volunteer always go in "Bcc"'] },
  // photos
  { ws: KENNET, kind: 'situation', q: 'got a great pic of the lock gate crew incl one of the dofe girls, ok to stick it on fb with her name under it?', has: ['photos', 'unless the parent has ticked photo consent'] },
  { ws: KENNET, kind: 'situation', q: 'still got loads of work party pics on my phone from the summer, they are all on sharepoint now. does it matter?', has: ['photos', 'Delete photos from your own phone once they'] },
  { ws: KENNET, kind: 'situation', q: 'thinking of bringing my drone saturday to get some aerial shots of the gang working on the lock, ok?', has: ['photos', 'Drone footage of the locks is flown only by Colin'] },
  // emergency-contacts
  { ws: KENNET, kind: 'situation', q: 'leading my first work party tmrw - where am i meant to keep the printout with everyones meds and next of kin? was going to leave it on the van dashboard', has: ['emergency-contacts', 'keeps it in the red first-aid bag'] },
  { ws: KENNET, kind: 'situation', q: 'one of the regulars asked me if bob is diabetic, she is worried about him on long days. can i say?', has: ['emergency-contacts', "is told about a volunteer's health"] },
  // accidents
  { ws: KENNET, kind: 'situation', q: 'new guy slipped on the lock edge this morning, nearly went in but he is fine, just a wet boot. do i need to write it up anywhere?', has: ['accidents', 'goes in the accident book at the Hamstead store'] },
  { ws: KENNET, kind: 'situation', q: 'a walker tripped over our kit on the towpath and ended up going to a&e with her wrist. do we have to report that to anyone?', has: ['accidents', 'RIDDOR if a member of the public goes to hospital'] },
  { ws: KENNET, kind: 'situation', q: 'reporter from the local paper just rang asking about the lady who fell in at kintbury on sunday, what do i tell him', has: ['accidents', 'refer any press enquiry to Margaret'] },
  // subject-access
  { ws: KENNET, kind: 'situation', q: "a volunteer emailed saying 'what info have you lot actually got on me?' what do i do with that", has: ['subject-access', 'forward it to Margaret Ellery the same day'] },
  { ws: KENNET, kind: 'situation', q: 'a mum wants a copy of everything we hold on her son, he is 15 and does his dofe hours with us', has: ['subject-access', 'if the young person is 13 or older'] },
  // retention
  { ws: KENNET, kind: 'situation', q: 'tidying up BI - how long are we meant to hang onto details of old volunteers who stopped coming out?', has: ['retention', "kept for 6 years after the volunteer's last work party"] },
  { ws: KENNET, kind: 'situation', q: 'can i save copies of the dofe assessor reports i write into our sharepoint just in case?', has: ['retention', 'reports stay on eDofE; we keep no copy'] },
  // boat-passengers
  { ws: KENNET, kind: 'situation', q: 'found a handbag on kennet lady after the 2pm trip with a bank card inside, a man just rang saying its his wifes, can he pick it up?', has: ['boat-passengers', 'back only to the named person, after they describe it'] },
  { ws: KENNET, kind: 'situation', q: 'saturdays charter lady wants the list of everyone booked on all the trips that day to see if her friends are coming, ok to send?', has: ['boat-passengers', 'Charter organisers get only their own booking'] },
  // ───── Kennet Canal Volunteers: new tools ─────
  { ws: KENNET, kind: 'new-tool', q: 'can we use doodle polls to get volunteers to pick dates for the winter work parties?', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'new-tool', q: 'thinking of putting the santa cruise tickets on eventbrite this year instead, any issue?', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'new-tool', q: 'is it ok to share the risk assessments and volunteer photos with the leaders via my personal dropbox?', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'new-tool', q: 'can we do the trustee meeting on zoom and record it for the minutes?', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'new-tool', q: 'want to upload the volunteer list into canva to make name badges for the open day, allowed?', has: ['Margaret Ellery'] },
  // ───── Kennet Canal Volunteers: off-topic ─────
  { ws: KENNET, kind: 'off-topic', q: 'anyone know if it will rain on saturday in hungerford?', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'off-topic', q: 'whats a good recipe for flapjacks for the tea break, need to feed 20', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'off-topic', q: 'did anyone catch the reading match last night?', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'off-topic', q: 'what kind of bird is that blue one that zips along the water near the swing bridge', has: ['Margaret Ellery'] },
  { ws: KENNET, kind: 'off-topic', q: 'best pub near newbury wharf for the xmas do?', has: ['Margaret Ellery'] },

  // ───── Pinewood Orienteering Club: situations ─────
  // results-publication
  { ws: PINEWOOD, kind: 'situation', q: 'a runner emailed asking us to take her off last years results completely, she has a stalker issue. can we?', has: ['results-publication', 'remove their name from past results'] },
  { ws: PINEWOOD, kind: 'situation', q: "doing sunday's results, should i put the si card no. and year of birth columns in like the old spreadsheet had?", has: ['results-publication', 'Never publish dates of birth, addresses'] },
  { ws: PINEWOOD, kind: 'situation', q: 'one guy twisted his ankle and pulled out on blue, should the results say injured or what?', has: ['results-publication', 'Non-finishers appear as "DNF" with no reason given'] },
  // safeguarding
  { ws: PINEWOOD, kind: 'situation', q: "one of the squad mums asked if i'd drive her lad to the JK since its on my way, just me n him in the car. fine?", has: ['safeguarding', 'no adult drives a junior alone unless the parent'] },
  { ws: PINEWOOD, kind: 'situation', q: '14yo at training tonight said something about her stepdad thats really worrying me', has: ['safeguarding', 'tell Helen Marchbank, our welfare'] },
  { ws: PINEWOOD, kind: 'situation', q: 'can i just dm the juniors on insta to remind them about thursday session?', has: ['safeguarding', 'Messages to juniors go through Spond with a parent included'] },
  // missing-competitor
  { ws: PINEWOOD, kind: 'situation', q: 'courses closed 20 mins ago and one M65 still hasnt downloaded, what now', has: ['missing-competitor', 'Anyone missing after course closure is searched for'] },
  { ws: PINEWOOD, kind: 'situation', q: 'on download - a girl retired halfway round and just wants to go straight to her car without coming to the finish, ok?', has: ['missing-competitor', 'they must still download at the finish'] },
  { ws: PINEWOOD, kind: 'situation', q: "took the emergency contacts printout home, can i bin it on monday? shattered tonight", has: ['missing-competitor', 'shredded at home that evening'] },
  // photos
  { ws: PINEWOOD, kind: 'situation', q: 'a dad came up at the finish asking for a pic of his son to come off the website, how fast do we need to do it?', has: ['photos', 'Tomasz removes it from the website within 48 hours'] },
  { ws: PINEWOOD, kind: 'situation', q: 'took loads of squad pics on my phone at training, theyre in the drive now - can i just keep them on my phone?', has: ['photos', 'within 14 days once they are in the club drive'] },
  // landowner-permissions
  { ws: PINEWOOD, kind: 'situation', q: 'forestry england want the full entry list for the november event, can i just send them the si entries export?', has: ['landowner-permissions', 'never the entry list, except the MOD at Bramshott'] },
  { ws: PINEWOOD, kind: 'situation', q: 'farmer is fuming someone parked across his gate on sunday and wants the name of the driver, i know who it was', has: ['landowner-permissions', 'gives no names and deals with it through Rosalind'] },
  { ws: PINEWOOD, kind: 'situation', q: 'clearing out the drive, can i delete the landowner letters from 2018?', has: ['landowner-permissions', 'Permission letters are kept for 6 years after the event'] },
  // lost-device-breach
  { ws: PINEWOOD, kind: 'situation', q: 'think i left the start list with all the emergency numbers on my car roof in the car park 🤦 its gone', has: ['lost-device-breach', 'Rosalind Thackeray the same day'] },
  { ws: PINEWOOD, kind: 'situation', q: 'a junior lost one of the club hire dibbers somewhere in the forest, do we need to report that as a data thing?', has: ['lost-device-breach', 'losing one in the forest is not a breach'] },
  // subject-access
  { ws: PINEWOOD, kind: 'situation', q: "member messaged me on fb 'what do u actually keep about me??' - do i need to do anything?", has: ['subject-access', 'Forward the request to Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'situation', q: 'a parent wants everything we hold on her kid, does that include the stuff the coaches wrote about him on the squad app?', has: ['subject-access', 'Coaching feedback written about a junior on Spond is included'] },
  // retention
  { ws: PINEWOOD, kind: 'situation', q: 'how long do we keep the accident forms? theres one from a 12 yr old who broke her wrist back in 2022', has: ['retention', 'kept 3 years, or until an injured junior'] },
  { ws: PINEWOOD, kind: 'situation', q: 'one of our coaches stopped coaching last year, can i wipe his dbs date now?', has: ['retention', 'DBS check dates for 6 years'] },
  // ───── Pinewood Orienteering Club: new tools ─────
  { ws: PINEWOOD, kind: 'new-tool', q: 'can we set up a strava club and get the juniors to post their training runs on it?', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'new-tool', q: 'would it be ok to start a whatsapp group for the event officials on the day?', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'new-tool', q: 'can i put the maps and start lists in my dropbox so the planners can grab them?', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'new-tool', q: 'thinking of doing the AGM on zoom this year, any problem?', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'new-tool', q: 'can we use eventbrite for the beginners coaching course bookings instead?', has: ['Rosalind Thackeray'] },
  // ───── Pinewood Orienteering Club: off-topic ─────
  { ws: PINEWOOD, kind: 'off-topic', q: 'what shoes do people recommend for muddy pine forest, my inov8s are done', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'off-topic', q: 'whats the weather looking like for sunday at hankley common?', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'off-topic', q: 'who won the world orienteering champs sprint this year?', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'off-topic', q: 'anyone got a good cake recipe for the event tea tent', has: ['Rosalind Thackeray'] },
  { ws: PINEWOOD, kind: 'off-topic', q: 'how do i get better at relocating when im lost on a course lol', has: ['Rosalind Thackeray'] },

  // ───── Silverbirch Retirement Village: situations ─────
  // safeguarding-adults
  { ws: SILVERBIRCH, kind: 'situation', q: 'mrs h in 14 has a new "friend" who keeps asking her about her bank card, she seems a bit scared of him. what should i do', has: ['safeguarding-adults', 'Oluwafemi Adeyemi, our safeguarding lead, the same shift'] },
  { ws: SILVERBIRCH, kind: 'situation', q: "noticed bruises on mr k's arms on my 10pm call and femi has gone home, who do i ring?", has: ['safeguarding-adults', 'Out of hours ring the on-call'] },
  { ws: SILVERBIRCH, kind: 'situation', q: "resident told me her son's been taking money out of her purse but made me swear not to tell anyone", has: ['safeguarding-adults', 'do not promise the resident secrecy'] },
  // who-may-be-told
  { ws: SILVERBIRCH, kind: 'situation', q: 'man rang reception asking if mrs patel is in and which flat she is, says hes her nephew. can i tell him?', has: ['who-may-be-told', 'never confirms to a caller whether a resident is in'] },
  { ws: SILVERBIRCH, kind: 'situation', q: "mr d's daughter rang wanting to know how his hospital appt went, can i fill her in?", has: ['who-may-be-told', 'tell a relative only what the resident has'] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'the residents association chair asked me which flats are behind with their service charge, can i tell her?', has: ['who-may-be-told', "The residents' association is told nothing"] },
  // lost-device-breach
  { ws: SILVERBIRCH, kind: 'situation', q: 'left my care phone on the bus home last night 😩 what do i do', has: ['lost-device-breach', 'Kilbride at once, and within 24 hours'] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'just emailed the handover sheet to the wrong shona, can i recall it in outlook before she opens it?', has: ['lost-device-breach', 'Do not delete or recall anything yourself'] },
  { ws: SILVERBIRCH, kind: 'situation', q: "district nurse wants mrs o's discharge info, can i just send it from my normal outlook?", has: ['lost-device-breach', 'emailed outside the village by NHSmail'] },
  // subject-access
  { ws: SILVERBIRCH, kind: 'situation', q: 'mr b asked for a copy of his care notes, can i just email them to his gmail?', has: ['subject-access', 'sent by NHSmail or recorded delivery, never by ordinary email'] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'mrs w passed away last month and her son is asking for all her care records', has: ['subject-access', 'Access to Health Records Act 1990'] },
  // retention
  { ws: SILVERBIRCH, kind: 'situation', q: 'clearing the cupboard - how long do we have to keep care files for residents who died?', has: ['retention', 'Care records are kept for 8 years after care ends'] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'someone keyed a car in the car park 3 wks ago and police might want to see the cameras, will it still be there?', has: ['retention', 'CCTV overwrites after 30 days unless footage is kept'] },
  // photos
  { ws: SILVERBIRCH, kind: 'situation', q: "taking a few snaps at the coffee morning on my own phone for the newsletter, that's ok isn't it?", has: ['photos', "never on staff's own phones"] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'mrs g has changed her mind and doesnt want her picture on the village facebook any more', has: ['photos', 'reception takes the photo off Facebook the same day'] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'lovely moment of mr t laughing while his carer washed his hair, ok for the newsletter?', has: ['photos', 'Never photograph a resident receiving care'] },
  // keys-and-codes
  { ws: SILVERBIRCH, kind: 'situation', q: 'can i write the key safe numbers on the rota whiteboard so the agency carers can find them easier?', has: ['keys-and-codes', 'held only in Tunstall and Birdie'] },
  { ws: SILVERBIRCH, kind: 'situation', q: "the plumber needs to get into flat 30 while i'm on my break, can i just give him the master key?", has: ['keys-and-codes', 'Contractors never hold a master key'] },
  // minibus
  { ws: SILVERBIRCH, kind: 'situation', q: "roy's off sick, can marcus drive the shopping bus on tuesday? he's got a normal car licence", has: ['minibus', 'Only drivers with a MiDAS certificate drive'] },
  { ws: SILVERBIRCH, kind: 'situation', q: 'mrs a came over faint on the outing, paramedics asking what tablets she takes - am i allowed to tell them?', has: ['minibus', "give the resident's name and medication list from Birdie"] },
  // ───── Silverbirch Retirement Village: new tools ─────
  { ws: SILVERBIRCH, kind: 'new-tool', q: 'can we set up a whatsapp group with the families to send updates on their mum or dad?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'new-tool', q: 'can residents do zoom calls with their families on the lounge ipad, and can we record them?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'new-tool', q: 'someone donated an amazon echo for the lounge, ok to set it up?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'new-tool', q: 'is it ok to paste the care notes into chatgpt to tidy up the handover summary?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'new-tool', q: 'can i use canva to make the newsletter with residents photos in it?', has: ['Deborah Kilbride'] },
  // ───── Silverbirch Retirement Village: off-topic ─────
  { ws: SILVERBIRCH, kind: 'off-topic', q: 'what time does the garden centre on the ripon road shut on sundays?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'off-topic', q: 'is it going to snow in harrogate this weekend?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'off-topic', q: 'anyone know a good quiz question about the 1960s for the bingo night?', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'off-topic', q: 'how do you get candle wax off a carpet', has: ['Deborah Kilbride'] },
  { ws: SILVERBIRCH, kind: 'off-topic', q: 'who won strictly last night?', has: ['Deborah Kilbride'] },
];
