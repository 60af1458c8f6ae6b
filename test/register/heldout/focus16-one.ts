// Focus set 16, part one (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-sixth round by a writer who read only the README, the case format and three firms' files (taycommon-credit-union, lacehall-student-living, skybounce-trampoline-park); the other part by a second writer. Frozen (every `has` fact checked against the files by a script) and held out: scored as counts only.
import type { ReferenceCase } from './types.ts';

const TAY = 'taycommon-credit-union';
const LACE = 'lacehall-student-living';
const SKY = 'skybounce-trampoline-park';

export const FOCUS16_ONE: ReferenceCase[] = [
  // ── Tay Common Credit Union: situations ──────────────────────────────────────────────
  { ws: TAY, kind: 'situation', q: "just noticed i posted mrs hendry's loan letter to her old flat in lochee, she moved to fintry in the summer 😬 what now", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: TAY, kind: 'situation', q: "ahmed's just sent the seagate deductions to lawhill's hr by mistake, should i phone lawhill and ask them to delete it?", has: ['breach-reporting', 'Do not try to recall the email'] },
  { ws: TAY, kind: 'situation', q: "fella on the phone says he's sandra duncan's husband, wants to know if her loan's cleared yet. can i just tell him?", has: ['member-identity', 'unless Northlight shows a signed third-party authority'] },
  { ws: TAY, kind: 'situation', q: 'got an email from mr kowalski saying pay his loan into his new account not the old one, different sort code and all. ok to just update it?', has: ['member-identity', 'on the strength of an email'] },
  { ws: TAY, kind: 'situation', q: "older lady in at the desk with her nephew, he's doing all the talking and wants her to take out every penny today. felt really off", has: ['member-identity', 'do not refuse at the counter'] },
  { ws: TAY, kind: 'situation', q: 'someone at the centre door is struggling with a buggy, can i nip over and help and just leave everything on the table for a sec?', has: ['counter-and-cash', 'lock the laptop and take the cash box'] },
  { ws: TAY, kind: 'situation', q: "counted up at close and we're £12 short in the tin 🙁 who needs to know?", has: ['counter-and-cash', 'reported to Ahmed the same day'] },
  { ws: TAY, kind: 'situation', q: "fiona's stepping down at xmas and she knows the combo for the box upstairs, does anything need done about that?", has: ['keys-and-safe', 'whenever someone who knows it leaves'] },
  { ws: TAY, kind: 'situation', q: "hr at lawhill rang asking why derek's amount dropped last month, is he behind on his loan or something. what do i say to her", has: ['payroll-deductions', 'do not discuss a member with their HR'] },
  { ws: TAY, kind: 'situation', q: "doing the seagate list this month, can i just pop the spreadsheet password at the bottom of the email to save time?", has: ['payroll-deductions', 'never in the same email'] },
  { ws: TAY, kind: 'situation', q: "mr petrie at the counter wants everything we've got on him printed off, says he's entitled to it by law", has: ['subject-access', 'pass it to Morag the same day'] },
  { ws: TAY, kind: 'situation', q: 'clearing out the grey cabinet, loads of mandate forms from june that got scanned ages ago. fine to stick them in the blue bin?', has: ['records-retention', 'Angus Secure Shred console, never the recycling'] },
  { ws: TAY, kind: 'situation', q: 'my cousin has just joined the queue at the desk 😅 do i serve her or what', has: ['volunteer-confidentiality', 'ask the other person on duty'] },
  { ws: TAY, kind: 'situation', q: "can i look up members' accounts on my own laptop at home in broughty ferry on a sunday? would save loads of time", has: ['devices-and-passwords', 'Northlight is never opened on a personal phone'] },
  { ws: TAY, kind: 'situation', q: "woman rang saying she's from perth road it and needs the 6 digit number that just popped up on my phone", has: ['devices-and-passwords', 'hang up and tell Morag'] },

  // ── Tay Common Credit Union: off-topic ───────────────────────────────────────────────
  { ws: TAY, kind: 'off-topic', q: 'does the café next to the counter still do the soup and a roll deal on saturdays?', has: ['Morag Lindsay'], not: ['counter-and-cash'] },
  { ws: TAY, kind: 'off-topic', q: "who's bringing the biscuits to the board meeting on thursday night?", has: ['Morag Lindsay'], not: ['Microsoft 365'] },
  { ws: TAY, kind: 'off-topic', q: 'do we have spare toner for the upstairs printer or do i need to order more', has: ['Morag Lindsay'], not: ['Perth Road IT'] },
  { ws: TAY, kind: 'off-topic', q: 'what time does the reform street post office shut on a saturday?', has: ['Morag Lindsay'], not: ['allpay'] },
  { ws: TAY, kind: 'off-topic', q: "is the main hall at the centre free on friday for the volunteers' christmas lunch?", has: ['Morag Lindsay'], not: ['volunteer-confidentiality'] },
  { ws: TAY, kind: 'off-topic', q: "who's booking the christmas night out this year? somewhere down the waterfront maybe", has: ['Morag Lindsay'], not: ['Mailchimp'] },
  { ws: TAY, kind: 'off-topic', q: 'my car loan just got approved 🎉 anyone know a decent garage in lochee for a service?', has: ['Morag Lindsay'], not: ['Experian'] },
  { ws: TAY, kind: 'off-topic', q: 'how many chairs do we need putting out for the AGM in the big hall?', has: ['Morag Lindsay'], not: ['Mailchimp'] },
  { ws: TAY, kind: 'off-topic', q: "heating's off in the upstairs office again, brr. who do we phone at the centre about it?", has: ['Morag Lindsay'], not: ['keys-and-safe'] },
  { ws: TAY, kind: 'off-topic', q: "anyone got a spare phone charger? mine's dead and i'm on the counter at 10", has: ['Morag Lindsay'], not: ['devices-and-passwords'] },

  // ── Tay Common Credit Union: new tools ───────────────────────────────────────────────
  { ws: TAY, kind: 'new-tool', q: 'can i do the volunteer rota on trello instead of that spreadsheet?', has: ['trello', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: "a member asked if she can just send her payslips over dropbox, is that ok?", has: ['dropbox', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'thinking of doing the AGM poster in canva, fine?', has: ['canva', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'could we get members to sign their loan agreements on docusign instead of coming in?', has: ['docusign', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'can the board meet on zoom this month, half of them are away', has: ['zoom', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'want to run a wee survey on surveymonkey asking members about the christmas saver', has: ['surveymonkey', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'is google forms ok for the new volunteers sign up?', has: ['google forms', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'kirsty reckons we could let folk book loan appointments through calendly, do we have it?', has: ['calendly', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'am i allowed to use grammarly to check my letters to members?', has: ['grammarly', 'new-tools'] },
  { ws: TAY, kind: 'new-tool', q: 'should we be on tiktok to get younger ones saving? could do wee videos', has: ['tiktok', 'new-tools'] },

  // ── Lace Hall Student Living: situations ─────────────────────────────────────────────
  { ws: LACE, kind: 'situation', q: "just sent the arrears letter for flat 3c to someone else's dad by accident 🙈 should i email him and ask him to bin it?", has: ['breach-reporting', 'Do not email the people involved'] },
  { ws: LACE, kind: 'situation', q: "the move-in sheet with everyone's names and rooms was left out at hockley all night and now nobody can find it", has: ['breach-reporting', 'Tell Marcus Adeyemi straight away'] },
  { ws: LACE, kind: 'situation', q: "kieran wants to pop into 4b this afternoon to sort the blind, the girl hasn't been told. that alright?", has: ['room-entry', 'written notice by email from StarRez'] },
  { ws: LACE, kind: 'situation', q: "went in to fix the radiator in 11d and the lad wasn't there, do i need to leave something to say we've been?", has: ['room-entry', 'saying who came, when and why'] },
  { ws: LACE, kind: 'situation', q: 'taxi driver outside says the girl in 12f sent him to pick up a new card for her, she texted the desk too so its legit?', has: ['key-cards', 'Never encode a card for a friend'] },
  { ws: LACE, kind: 'situation', q: 'the lift engineer wants to hang on to the master till tomorrow morning so he doesnt have to sign it out again', has: ['key-cards', 'Contractors never keep a master card overnight'] },
  { ws: LACE, kind: 'situation', q: "nobody's seen the lad in 7a for like 4 days and he's not answering his door, flatmates are getting worried", has: ['welfare-concerns', 'made by two staff and logged in MyConcern'] },
  { ws: LACE, kind: 'situation', q: "a resident told me at the desk she's been really low lately and thought about hurting herself, can i put that on her booking record so the others know?", has: ['welfare-concerns', 'Do not write welfare details in StarRez notes'] },
  { ws: LACE, kind: 'situation', q: "bloke at the desk says he's zara's boyfriend and wants to know which flat she's in, wants to surprise her for her birthday 🎂", has: ['third-party-enquiries', 'offer to pass on a message'] },
  { ws: LACE, kind: 'situation', q: 'officer on the phone wants to know if a tom hartley lives at hockley house, do i tell him?', has: ['third-party-enquiries', 'a written data protection request'] },
  { ws: LACE, kind: 'situation', q: "lad from flat 9 wants to grab his flatmate's amazon box for her, she's in lectures till 5", has: ['parcels', 'A flatmate may collect only if'] },
  { ws: LACE, kind: 'situation', q: 'a guy moved out in june and letters keep coming for him, can i send them on to his home address in leeds?', has: ['parcels', 'we do not forward it'] },
  { ws: LACE, kind: 'situation', q: "doing check outs at hockley tomorrow and the ipad's dead, ok to snap the damage on my own phone instead?", has: ['inspection-photos', 'never on a personal phone'] },
  { ws: LACE, kind: 'situation', q: 'found a box of old signed key logs from last term in the back office, all scanned already. ok for the recycling?', has: ['records-retention', 'the locked confidential waste bin'] },
  { ws: LACE, kind: 'situation', q: 'ex-resident emailed wanting all the door records and camera footage we have of her from last year', has: ['subject-access', 'pass it to Marcus Adeyemi the same day'] },

  // ── Lace Hall Student Living: off-topic ──────────────────────────────────────────────
  { ws: LACE, kind: 'off-topic', q: 'is the tram running out to clifton campus today? got a training thing at 2', has: ['Marcus Adeyemi'], not: ['University student support teams'] },
  { ws: LACE, kind: 'off-topic', q: "who's ordering the pizza for the welcome week quiz night in the common room?", has: ['Marcus Adeyemi'], not: ['StarRez'] },
  { ws: LACE, kind: 'off-topic', q: 'is the lift at hockley house working again or is it still stairs only?', has: ['Marcus Adeyemi'], not: ['Fixflo'] },
  { ws: LACE, kind: 'off-topic', q: 'what time does goose gate reception shut on a sunday?', has: ['Marcus Adeyemi'], not: ['Dockside Parcel Hub'] },
  { ws: LACE, kind: 'off-topic', q: 'fire alarm test is wednesday at 10 right? need to give the cleaners a heads up', has: ['Marcus Adeyemi'], not: ['Trent Valley Fire & Security'] },
  { ws: LACE, kind: 'off-topic', q: 'anyone seen the big hoover from the lace hall laundry room?', has: ['Marcus Adeyemi'], not: ['room-entry'] },
  { ws: LACE, kind: 'off-topic', q: "can anyone cover my reception shift saturday night? it's my sister's wedding", has: ['Marcus Adeyemi'], not: ['key-cards'] },
  { ws: LACE, kind: 'off-topic', q: "anyone know when the staff parking permits go up? rent's going up enough as it is lol", has: ['Marcus Adeyemi'], not: ['GoCardless'] },
  { ws: LACE, kind: 'off-topic', q: 'for the rebooking party in the common room do we need more bunting or is there loads left?', has: ['Marcus Adeyemi'], not: ['Mailchimp'] },
  { ws: LACE, kind: 'off-topic', q: "is the duty manager phone charger in the back office? it's on 5%", has: ['Marcus Adeyemi'], not: ['breach-reporting'] },

  // ── Lace Hall Student Living: new tools ──────────────────────────────────────────────
  { ws: LACE, kind: 'new-tool', q: 'could i put the flat cleaning rota on google sheets and share it with the residents?', has: ['google sheets', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'residents keep asking if they can pay rent with paypal, do we do that?', has: ['paypal', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'can i use eventbrite for the welcome week events? easier for headcounts', has: ['eventbrite', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'thinking of making a padlet for freshers to post what societies theyre into', has: ['padlet', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'can we list the empty studios on airbnb over the summer?', has: ['airbnb', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'would it be ok to do the residents survey through typeform, it looks way nicer', has: ['typeform', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'could the maintenance lads track jobs in asana instead?', has: ['asana', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'i want to set up a discord server for the hockley house residents, allowed?', has: ['discord', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'can i use otter to take notes in the welfare team meeting?', has: ['otter', 'new-tools'] },
  { ws: LACE, kind: 'new-tool', q: 'is it ok if i build the guarantor form on jotform?', has: ['jotform', 'new-tools'] },

  // ── SkyBounce Trampoline Park: situations ────────────────────────────────────────────
  { ws: SKY, kind: 'situation', q: "the sheet for the 2pm party (the one with the kids' allergies) was left on a table by the slushie machine and now it's vanished 😬", has: ['breach-reporting', 'Tell the duty manager at once'] },
  { ws: SKY, kind: 'situation', q: "nan's brought the twins in and wants to do their forms herself, mum's at work. that ok?", has: ['waivers', 'cannot sign for a child'] },
  { ws: SKY, kind: 'situation', q: 'lad here for dodgeball says he did his form last year, system says it ran out in august. can he just go on?', has: ['waivers', 'signed in the last 12 months'] },
  { ws: SKY, kind: 'situation', q: "little girl bumped her head on the edge of the foam pit, seems fine now and mum's taken her home. anything else i need to do?", has: ['accident-records', 'ring Josh Mensah on 07700 900 562'] },
  { ws: SKY, kind: 'situation', q: "safetyculture won't load on the duty ipad and i need to write up a sprained wrist from court 3, what do i do", has: ['accident-records', 'the paper accident book in the red folder'] },
  { ws: SKY, kind: 'situation', q: "police officer at the desk wants saturday's car park scuffle, can i just put it on a usb stick for him?", has: ['cctv', 'pass it to Josh or Kerry'] },
  { ws: SKY, kind: 'situation', q: "a kid went flying off the wall tramp earlier and mum's on about claiming, how do we stop the cameras wiping it?", has: ['cctv', 'the same day to save the clip'] },
  { ws: SKY, kind: 'situation', q: 'a mum at a party asked me to film her lad on the big air bag on my phone and send it to her, is that ok?', has: ['photos-videos', 'take photos or videos of customers'] },
  { ws: SKY, kind: 'situation', q: "a dad's been filming all round the toddler session and it's not just his kid in it, other parents look uneasy", has: ['photos-videos', 'the duty manager politely asks them to stop'] },
  { ws: SKY, kind: 'situation', q: "the mum for sunday's party wants me to email her the sheet so she can double check everything", has: ['party-bookings', 'Never email or photograph a party sheet'] },
  { ws: SKY, kind: 'situation', q: "can we get all the party kids' names and their mums' numbers so we can text a thank you after?", has: ['party-bookings', 'the organiser sends the invitations'] },
  { ws: SKY, kind: 'situation', q: "customer forgot her locker number and wants me to open it, no manager about, can i use the key?", has: ['lockers-lost-property', 'a second member of staff watching'] },
  { ws: SKY, kind: 'situation', q: 'found an iphone under the seats by court 5, can i have a look through it to see whose it is?', has: ['lockers-lost-property', 'never look through a phone'] },
  { ws: SKY, kind: 'situation', q: 'got a letter from a solicitor wanting everything we have on a boy who broke his arm here in march', has: ['subject-access', 'email it to Kerry the same day'] },
  { ws: SKY, kind: 'situation', q: "desk is rammed, can i just use lauren's roller since she's still logged in on the other till?", has: ['devices-passwords', 'even when the desk is busy'] },

  // ── SkyBounce Trampoline Park: off-topic ─────────────────────────────────────────────
  { ws: SKY, kind: 'off-topic', q: "has anyone gritted the car park? it's like an ice rink out there", has: ['Kerry Ashton'], not: ['accident-records'] },
  { ws: SKY, kind: 'off-topic', q: "we're out of large grip socks again, who does the sock order?", has: ['Kerry Ashton'], not: ['lockers-lost-property'] },
  { ws: SKY, kind: 'off-topic', q: 'the coffee machine in the café is leaking everywhere, who do we call?', has: ['Kerry Ashton'], not: ['Dojo'] },
  { ws: SKY, kind: 'off-topic', q: 'how many pizzas do we usually order for a party of 20 kids?', has: ['Kerry Ashton'], not: ['party-bookings'] },
  { ws: SKY, kind: 'off-topic', q: "can someone swap my saturday shift? it's my cousin's wedding", has: ['Kerry Ashton'], not: ['RotaCloud'] },
  { ws: SKY, kind: 'off-topic', q: "who's reffing the dodgeball league final on friday night?", has: ['Kerry Ashton'], not: ['waivers'] },
  { ws: SKY, kind: 'off-topic', q: 'how much are we charging for the halloween glow jump this year?', has: ['Kerry Ashton'], not: ['ROLLER'] },
  { ws: SKY, kind: 'off-topic', q: "is the first aid kit in the café restocked? we're out of plasters", has: ['Kerry Ashton'], not: ['SafetyCulture'] },
  { ws: SKY, kind: 'off-topic', q: 'are the new trampoline beds for court 2 getting delivered monday or tuesday?', has: ['Kerry Ashton'], not: ['SafetyCulture'] },
  { ws: SKY, kind: 'off-topic', q: "a nursery in highworth is bringing a minibus for the toddler session, is there space out front for it?", has: ['Kerry Ashton'], not: ['Wessex Fire & Security'] },

  // ── SkyBounce Trampoline Park: new tools ─────────────────────────────────────────────
  { ws: SKY, kind: 'new-tool', q: 'can i edit the party reels in capcut before amira posts them?', has: ['capcut', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'could we schedule the insta posts through hootsuite?', has: ['hootsuite', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'thinking of putting the party pics in a google photos album to share with the party mums', has: ['google photos', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "card machine's playing up, can i take payments on my sumup reader from my market stall?", has: ['sumup', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'should we get ourselves on trustpilot for reviews?', has: ['trustpilot', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'bethan reckons quickbooks is better than xero, can we switch?', has: ['quickbooks', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'can i knock up a little page for the holiday club on wix?', has: ['wix', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: "the insurers want the clip from tuesday, can i wetransfer it to them?", has: ['wetransfer', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'can the party hosts post stories on snapchat from the parties?', has: ['snapchat', 'new-tools'] },
  { ws: SKY, kind: 'new-tool', q: 'is it ok to put a half price jump deal on groupon for january?', has: ['groupon', 'new-tools'] },
];
