// Focus set 19 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-sixth round by a writer who read only the README, the case format and three firms' files (skyport-valet-parking, greenleaf-epc, bytesize-coding-club), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script; five tools asked after are named in their firm's own policy on new tools, kept as written), scored once as held out on the round's start code and on its code of the time, then read in the same round while focus set 16 stays held out.
import type { ReferenceCase } from './types.ts';

const SKY = 'skyport-valet-parking';
const GRN = 'greenleaf-epc';
const BSC = 'bytesize-coding-club';

export const FOCUS19_ONE: ReferenceCase[] = [
  // ───────────── Skyport Valet Parking: situations ─────────────
  { ws: SKY, kind: 'situation', q: "customer at drop off has his house keys and the garage zapper all on one bunch with the car key, do i just chuck the lot in traka?", has: ['keys-handling', 'off the ring in front of the customer'] },
  { ws: SKY, kind: 'situation', q: "slot 23 wont open and mr adeyemi's flight has literally just landed 😬 can i just give the door a yank", has: ['keys-handling', 'If the cabinet will not release'] },
  { ws: SKY, kind: 'situation', q: "handset camera keeps freezing, can i snap the scuffs on this audi on my iphone and airdrop them to the office later?", has: ['vehicle-photos', 'Never use your own phone for photos'] },
  { ws: SKY, kind: 'situation', q: "range rover has a kids seat and a pile of letters on the front seat, should i get them in the pics in case they say stuff went missing?", has: ['vehicle-photos', 'inside the car beyond the dashboard'] },
  { ws: SKY, kind: 'situation', q: "customer on the phone fuming, got a speed camera letter from avon and somerset for tuesday when his golf was with us. wants the name of whoever was driving", has: ['customer-cars', 'never given to the customer'] },
  { ws: SKY, kind: 'situation', q: "im nearly on fumes myself, ok to nip into the esso on the a38 in the customers merc on the way back to the yard?", has: ['customer-cars', 'no fuel stops, errands or lunch runs'] },
  { ws: SKY, kind: 'situation', q: "bloke rang the office asking if his neighbours blue qashqai is parked with us and what day they get back from tenerife, says hes watering their plants. can i tell him", has: ['customer-confidentiality', 'Never tell a caller, a visitor'] },
  { ws: SKY, kind: 'situation', q: "woman at arrivals says shes mr okonkwo's wife and wants his car, he's stuck at passport control. she hasnt got the ref number, do i give her the keys?", has: ['customer-confidentiality', 'anyone else, ring Kerry-Ann first'] },
  { ws: SKY, kind: 'situation', q: "someone reversed into the fence by row C last night, can i put the recording on a usb stick and send it to the insurance bloke?", has: ['cctv', 'only Dominic or Kerry-Ann may export a clip'] },
  { ws: SKY, kind: 'situation', q: "camera by the back fence just shows the hedge now, can i get the ladder and swing it round to cover where the lads smoke?", has: ['cctv', 'Cameras must not be moved'] },
  { ws: SKY, kind: 'situation', q: "sent the 'your driver is waiting at T1' text to the wrong mrs patel 🙈 she isnt even flying this week. who do i tell", has: ['breach-reporting', 'Ring Kerry-Ann on 07700 900418 straight away'] },
  { ws: SKY, kind: 'situation', q: "found this mornings returns printout blowing round the drop off area, all names and regs on it. binned it now, do i need to do anything else?", has: ['breach-reporting', 'Fill in a breach form'] },
  { ws: SKY, kind: 'situation', q: "customer emailed 'send me everything you have on me incl the video of my car coming in'. can i just screenshot the recorder and reply to him?", has: ['subject-access', 'Do not send photos or footage yourself'] },
  { ws: SKY, kind: 'situation', q: "how long do we hang on to the history of who took which keys out of the cabinet? tomasz reckons it's forever", has: ['records-retention', 'Traka key logs are kept 12 months'] },
  { ws: SKY, kind: 'situation', q: "can i take the work phone home tonight, im on the 5am start tomoz and it saves me faffing in the key room", has: ['devices-passwords', 'put the handset in the charging locker'] },

  // ───────────── Skyport Valet Parking: off-topic ─────────────
  { ws: SKY, kind: 'off-topic', q: "anyone know if the a38 is shut at barrow gurney again this morning? 🚧", has: ['Dominic Pryce'], not: ['customer-cars'] },
  { ws: SKY, kind: 'off-topic', q: "the kettle in the key room has packed up, can we get a new one?", has: ['Dominic Pryce'], not: ['keys-handling'] },
  { ws: SKY, kind: 'off-topic', q: "can i swap my saturday late with jamal? hes fine with it", has: ['Dominic Pryce'], not: ['Microsoft 365'] },
  { ws: SKY, kind: 'off-topic', q: "what time is the first easyjet in from alicante tomorrow, anyone know?", has: ['Dominic Pryce'], not: ['ParkDesk'] },
  { ws: SKY, kind: 'off-topic', q: "is overtime time and a half on christmas day or just normal rate?", has: ['Dominic Pryce'], not: ['Backwell & Yatton Accountants'] },
  { ws: SKY, kind: 'off-topic', q: "bmw in row D has a flat battery, where are the jump leads kept?", has: ['Dominic Pryce'], not: ['customer-cars'] },
  { ws: SKY, kind: 'off-topic', q: "the gate barrier is sticking halfway up again, is it just the cold?", has: ['Dominic Pryce'], not: ['Mendip Alarm & CCTV'] },
  { ws: SKY, kind: 'off-topic', q: "do we get issued winter hi-vis coats or do i buy my own from screwfix", has: ['Dominic Pryce'], not: ['Bristol Airport'] },
  { ws: SKY, kind: 'off-topic', q: "ideas for the xmas do? shona suggested the pub in winford 🍻", has: ['Dominic Pryce'], not: ['Stripe'] },
  { ws: SKY, kind: 'off-topic', q: "whats the best way to get tree sap off a windscreen without scratching it", has: ['Dominic Pryce'], not: ['vehicle-photos'] },

  // ───────────── Skyport Valet Parking: new tools ─────────────
  { ws: SKY, kind: 'new-tool', q: "can we set up a whatsapp group for the night drivers to say when each car is parked up?", has: ['whatsapp', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "ok to put waze on the handsets so we can dodge the traffic at the airport roundabout?", has: ['waze', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "spanish couple coming back at 11 dont speak much english, can i use google translate on my phone to talk to them", has: ['google translate', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "thinking of using chatgpt to write replies to the stroppy trustpilot reviews, fine?", has: ['chatgpt', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "want to make a christmas offer flyer in canva, do i need to ask anyone first", has: ['canva', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "is ilovepdf ok to merge the damage report pdfs into one for a claim?", has: ['ilovepdf', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "the insurer wants a big batch of pics, can i share them with a dropbox link?", has: ['dropbox', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "kerry-ann would a trello board work for the valeting jobs? its free", has: ['trello', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "the broker wants a zoom call about the claim, can i just download zoom on the office pc", has: ['zoom', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "could we use life360 to see where the drivers are on a busy morning?", has: ['life360', 'new-tools'] },

  // ───────────── Greenleaf Energy Assessments: situations ─────────────
  { ws: GRN, kind: 'situation', q: "lady at the bungalow in dereham has her tablets and her zimmer frame right next to the boiler, do i just shoot round them?", has: ['photos-in-homes', 'medication or mobility aids'] },
  { ws: GRN, kind: 'situation', q: "survey app crashed halfway through the job in wymondham so i did the loft and boiler on the normal tablet camera. uploaded them now, anything else?", has: ['photos-in-homes', 'delete them from the camera roll'] },
  { ws: GRN, kind: 'situation', q: "loft in sprowston had about 2 inches of insulation lol 😂 can i stick the pic on our facebook as a before shot?", has: ['photos-in-homes', 'posted on social media'] },
  { ws: GRN, kind: 'situation', q: "tenant texted me the lock box code for the flat in lakenham, ok if i save it in my phone notes for the revisit?", has: ['keys-and-access', 'go only in the job notes in Calendly'] },
  { ws: GRN, kind: 'situation', q: "at the house in thorpe for the epc, only the 15 yo son is home and says come in mum said its fine. go ahead?", has: ['keys-and-access', 'the only person at home is under 18'] },
  { ws: GRN, kind: 'situation', q: "householder on the eco job in great yarmouth keeps trying to hand me her PIP letter, can i just take a pic of it on my phone so the installer has it?", has: ['grant-evidence', 'photograph them on a work or personal phone'] },
  { ws: GRN, kind: 'situation', q: "one of the heat pump firms emailed asking us to forward the benefit letters for the gorleston job, ok to send?", has: ['grant-evidence', 'say no and point them to PAS Hub'] },
  { ws: GRN, kind: 'situation', q: "landlord in costessey wants me to write in the cert that his tenant mrs gray is disabled and needs the heating on all day. fine to pop that in the addendum?", has: ['public-register', 'describe the house, not the people'] },
  { ws: GRN, kind: 'situation', q: "homeowner in eaton rang, doesnt want her energy rating coming up when people google her address. can we take it down for her?", has: ['public-register', 'we cannot hide it ourselves'] },
  { ws: GRN, kind: 'situation', q: "just realised i sent the retrofit report for 14 elm close to the wrong landlord 😬 should i hit recall in gmail?", has: ['breach-reporting', 'Do not try to recall emails'] },
  { ws: GRN, kind: 'situation', q: "lodged the cert for 12a station rd against 12 station rd by mistake, can i just sort it myself tomorrow?", has: ['breach-reporting', 'asks Elmhurst if a lodged certificate'] },
  { ws: GRN, kind: 'situation', q: "tenant in the hmo on earlham rd wants copies of the photos i took in her room. landlord says send them to him and he'll pass them on, that ok?", has: ['subject-access', "A tenant's request is the tenant's"] },
  { ws: GRN, kind: 'situation', q: "my daughter wants to borrow the work ipad for her homework over half term, is that alright?", has: ['work-devices', 'Do not lend them, even to family'] },
  { ws: GRN, kind: 'situation', q: "marek's off sick, can i just log in as him and lodge the 3 epcs he did yesterday so the agents arent waiting?", has: ['passwords', "lodging under someone else's number is not allowed"] },
  { ws: GRN, kind: 'situation', q: "buyer of a house in aylsham asking how long we'll still have the survey pics from the epc we did there in 2024", has: ['records-retention', 'the life of the certificate'] },

  // ───────────── Greenleaf Energy Assessments: off-topic ─────────────
  { ws: GRN, kind: 'off-topic', q: "anyone know a decent cafe near the office for the team lunch on friday?", has: ['Claire Donnelly'], not: ['Google Workspace'] },
  { ws: GRN, kind: 'off-topic', q: "whats the pence per mile rate we claim this year?", has: ['Claire Donnelly'], not: ['Colegate Accountancy'] },
  { ws: GRN, kind: 'off-topic', q: "is the acle straight shut again? got a job in yarmouth at 9", has: ['Claire Donnelly'], not: ['work-devices'] },
  { ws: GRN, kind: 'off-topic', q: "what u-value do we assume for a filled cavity on a 1970s semi these days?", has: ['Claire Donnelly'], not: ['Elmhurst Energy'] },
  { ws: GRN, kind: 'off-topic', q: "radiator at home is cold at the top, how do i bleed it 🙃", has: ['Claire Donnelly'], not: ['Grant scheme installers'] },
  { ws: GRN, kind: 'off-topic', q: "whose turn is it to empty the dishwasher in the back office", has: ['Claire Donnelly'], not: ['keys-and-access'] },
  { ws: GRN, kind: 'off-topic', q: "can i book next friday off as holiday?", has: ['Claire Donnelly'], not: ['Calendly'] },
  { ws: GRN, kind: 'off-topic', q: "whats the parking like at the new estate in poringland, anyone been?", has: ['Claire Donnelly'], not: ['WhatsApp Business'] },
  { ws: GRN, kind: 'off-topic', q: "any tips for getting loft ladders down when the hatch is stiff? nearly took my head off", has: ['Claire Donnelly'], not: ['photos-in-homes'] },
  { ws: GRN, kind: 'off-topic', q: "is there a dress code for the landlord expo at the showground next month?", has: ['Claire Donnelly'], not: ['Estate and letting agents'] },

  // ───────────── Greenleaf Energy Assessments: new tools ─────────────
  { ws: GRN, kind: 'new-tool', q: "magicplan does floor plans off the lidar on the ipad, can i start using it on surveys?", has: ['magicplan', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "the retrofit pdf is too big to email, can i wetransfer it to the coordinator?", has: ['wetransfer', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "ok to run my site notes through chatgpt to tidy up the wording in the report?", has: ['chatgpt', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "can i put the grammarly extension in chrome on the office pc", has: ['grammarly', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "some of the loft pics are really dark, can i brighten them up in snapseed first?", has: ['snapseed', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "is camscanner ok for scanning my paper sketches into pdfs?", has: ['camscanner', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "farmhouses out near reepham never have proper addresses, can we ask clients to send a what3words?", has: ['what3words', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "tom would trello be any good for tracking which jobs are lodged?", has: ['trello', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "can i keep a backup of my job photos in my dropbox just in case", has: ['dropbox', 'new-tools'] },
  { ws: GRN, kind: 'new-tool', q: "fancy doing a nicer looking quote template in canva, allowed?", has: ['canva', 'new-tools'] },

  // ───────────── ByteSize Coding Club: situations ─────────────
  { ws: BSC, kind: 'situation', q: "just sent the half term camp email to all the parents with everyone in the To box 🤦‍♀️ what do i do", has: ['breach-reporting', 'Ring Rhian on 07700 900418'] },
  { ws: BSC, kind: 'situation', q: "one of the yr5s at heol y bont logged in as his mate and deleted his whole game. is that just a behaviour thing or something else?", has: ['breach-reporting', "into another child's coding account"] },
  { ws: BSC, kind: 'situation', q: "ifan's mum asked if i can send her a pic of his robot, can i just take it on my phone and whatsapp her?", has: ['photos', 'only on the two club iPads'] },
  { ws: BSC, kind: 'situation', q: "got a cracking shot of the team with the lego robot but two of them have their ysgol cae'r felin jumpers on, fine to post?", has: ['photos', 'no school uniforms or logos in shot'] },
  { ws: BSC, kind: 'situation', q: "new kid tomorrow wants his login to be harri-jones2016 so his mates can find him, is that ok?", has: ['pupil-accounts', "never a child's full name, school or birthday"] },
  { ws: BSC, kind: 'situation', q: "a couple of the 10 year olds want to carry on their python at home on replit, can i help them make accounts?", has: ['pupil-accounts', 'Never ask a child under 13'] },
  { ws: BSC, kind: 'situation', q: "fire alarm just went off in the hall, do i grab the sign-in sheet or just get the kids out?", has: ['registers-medical', 'in the red folder at all times'] },
  { ws: BSC, kind: 'situation', q: "some bloke here says hes ffion's uncle and has come to get her, hes not on her list. let her go?", has: ['registers-medical', 'if anyone else comes, ring the parent first'] },
  { ws: BSC, kind: 'situation', q: "think i lost my studio fob on the 25 bus 😩", has: ['keys-and-studio', 'ring Owain within the hour'] },
  { ws: BSC, kind: 'situation', q: "megan needs to get into the studio before me tomorrow, can i just give her my fob for the morning?", has: ['keys-and-studio', 'Never lend a fob or key'] },
  { ws: BSC, kind: 'situation', q: "my cousin's doing work experience at easter camp, his dbs hasnt come back yet. can he run the scratch table on his own?", has: ['dbs-checks', 'work only alongside a DBS-checked tutor'] },
  { ws: BSC, kind: 'situation', q: "new tutor sent me a photo of her dbs cert, shall i save it in the staff folder?", has: ['dbs-checks', 'never keep a copy or photo'] },
  { ws: BSC, kind: 'situation', q: "dad emailed from a hotmail i dont recognise asking for everything we've got on his son, says he's the one who booked. just send it?", has: ['subject-access', 'ringing back the number on ClassForKids'] },
  { ws: BSC, kind: 'situation', q: "clearing out the cabinet, how long do we have to keep the old accident forms from 2022?", has: ['records-retention', 'until the child is 21'] },
  { ws: BSC, kind: 'situation', q: "one of the kids asked to use my laptop to show his mum his game at pick up, thats fine right?", has: ['devices-and-passwords', 'never let a pupil use a tutor laptop'] },

  // ───────────── ByteSize Coding Club: off-topic ─────────────
  { ws: BSC, kind: 'off-topic', q: "anyone know if the buses are diverted round st mary st today? 🚌", has: ['Rhian Pritchard'], not: ['Bute Street Studios'] },
  { ws: BSC, kind: 'off-topic', q: "whats a good first project for a 7 yo, a maze game or a dance party?", has: ['Rhian Pritchard'], not: ['pupil-accounts'] },
  { ws: BSC, kind: 'off-topic', q: "how do i get the micro:bit to show a smiley when you press button A", has: ['Rhian Pritchard'], not: ['new-tools'] },
  { ws: BSC, kind: 'off-topic', q: "can someone cover my thursday session, got the dentist 🦷", has: ['Rhian Pritchard'], not: ['Google Workspace'] },
  { ws: BSC, kind: 'off-topic', q: "the hoover in the studio has died, who do i tell?", has: ['Rhian Pritchard'], not: ['Bute Street Studios'] },
  { ws: BSC, kind: 'off-topic', q: "lunch for the summer camp tutors, pizza or subs? 🍕", has: ['Rhian Pritchard'], not: ['ClassForKids'] },
  { ws: BSC, kind: 'off-topic', q: "quick one, whats the difference between a for loop and a while loop, asking for a year 9 lol", has: ['Rhian Pritchard'], not: ['Raspberry Pi Code Editor'] },
  { ws: BSC, kind: 'off-topic', q: "are we doing christmas jumper day at the clubs this year?", has: ['Rhian Pritchard'], not: ['photos'] },
  { ws: BSC, kind: 'off-topic', q: "is there anywhere for parents to park near the studio at pick up time?", has: ['Rhian Pritchard'], not: ['registers-medical'] },
  { ws: BSC, kind: 'off-topic', q: "what's the theme for easter camp, games or robots?", has: ['Rhian Pritchard'], not: ['Mailchimp'] },

  // ───────────── ByteSize Coding Club: new tools ─────────────
  { ws: BSC, kind: 'new-tool', q: "can i run a kahoot quiz at the end of the python session? the kids love it", has: ['kahoot', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "thinking of doing 3d design with tinkercad at summer camp, ok to set the kids up?", has: ['tinkercad', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "would a padlet wall work for the kids to post their game ideas?", has: ['padlet', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "my school uses blooket all the time, can we use it at club too?", has: ['blooket', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "want to make the camp certificates in canva, need to ask first?", has: ['canva', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "can i get chatgpt to write a lesson plan for the app lab course?", has: ['chatgpt', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "the older ones are begging for minecraft education for a redstone session, can we?", has: ['minecraft education', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "ok to point the teenagers at khan academy for extra javascript practice between sessions?", has: ['khan academy', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "i'll send the tutors a doodle poll for the inset day training, fine?", has: ['doodle', 'new-tools'] },
  { ws: BSC, kind: 'new-tool', q: "a parent asked if we could do an online taster session on zoom for kids who cant get to cardiff", has: ['zoom', 'new-tools'] },
];
