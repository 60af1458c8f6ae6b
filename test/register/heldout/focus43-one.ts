// Focus set 43 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-fifth round by a writer who read only the README, the case format and three firms' files (fellside-mountain-rescue, open-doors-english-classes, peakhollow-show-caves), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';
const FELLSIDE = 'fellside-mountain-rescue';
const OPENDOORS = 'open-doors-english-classes';
const PEAKHOLLOW = 'peakhollow-show-caves';
export const FOCUS43_ONE: ReferenceCase[] = [
  // ───────────── Fellside Mountain Rescue: situation (20) ─────────────
  {
    ws: FELLSIDE, kind: 'situation',
    q: "argh. sent the gift aid spreadsheet to the wrong Sian last night (my sister in law, not our treasurer). she's said she'll delete it, is that the end of it or do i need to do something?",
    has: ['breach-reporting', 'Tell Graham Routledge (secretary) straight away'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "lost my phone somewhere coming down off Bowfell yesterday, had sarcall on it + the team groups. prob in a bog. does that count as anything??",
    has: ['breach-reporting', 'within 24 hours at most'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "is it ok to just snap a pic of the ccr on my phone and ping it to Kemi? scanner at base is being a pain again",
    has: ['casualty-care-records', 'a CCR form on your own phone'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "Found the team copy of a casualty form in the lid of my rucksack from Tuesday's job at Stickle Ghyll. Where's it actually meant to go after a callout?",
    has: ['casualty-care-records', 'scanned into D4H at base'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "reporter from the local paper just collared me at the roadhead at Seathwaite asking about the lad who came off the Corridor Route. what do i say to him",
    has: ['press-enquiries', 'the press officer will be in touch'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "radio lot have asked if I'll do a quick interview tmrw morning about the fatality on Great Gable, I was on the stretcher party so I know what happened. fine to go ahead?",
    has: ['press-enquiries', 'Only Rob Heaton (press officer) or the team leader speaks to journalists'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "got an absolute belter of the heli winching on saturdays shout, golden light and everything. can i stick it on my insta? no faces in it honest",
    has: ['photos-social-media', 'Do not post callout photos on your'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "I've still got about 40 photos from the Langdale callout on my phone. Rob had the decent ones off me through the drive last week. Do I need to keep the rest or what?",
    has: ['photos-social-media', 'Delete any callout photos from your phone'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "want to put the group pic from the rope rescue training day on the team facebook page but Dave was a bit funny about being in photos. ok to post anyway?",
    has: ['photos-social-media', 'only when everyone in them has agreed'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "my wife goes mad when the pager goes off at 2am and I just disappear. Is it alright if I forward her the callout text so she knows roughly where I am?",
    has: ['callout-information', 'Do not forward callout texts'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "on control last night Jonny suggested I keep a rough paper notebook of the radio msgs as a backup in case sar call falls over. good idea or no?",
    has: ['callout-information', 'do not keep a separate notebook or spreadsheet'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "bit uneasy - the tracking app is on my phone now. does the team see where I am all weekend when I'm just out with the kids??",
    has: ['member-tracking', 'the app stops when you book off'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "Tom wants to pull everyones track logs from this years shouts to see who's slowest getting up to the casualty, for the fitness reviews. is that allowed",
    has: ['member-tracking', 'tracks are never used to check'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "Pete went out on his own to recce the Mickleden search area for training and hasn't answered his phone for 2 hrs. can control fire a sarloc at his mobile to see where he is?",
    has: ['member-tracking', 'never to a member or anyone else'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "new recruit starting with us in Feb, do i need to photocopy her DBS cert for our files or what",
    has: ['member-records', 'and the number recorded, never copied'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "turns out I'm allergic to penicillin now (found out the hard way lol). my next of kin's changed too since I moved. when do we update all that?",
    has: ['member-records', 'update them every January'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "The lady we carried down off Helvellyn in Sept sent £250 and such a lovely letter. Rob wants to use her story and her first name in the Christmas appeal mailout, she'd probably be chuffed. ok?",
    has: ['donors-gift-aid', 'without their written consent'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "collection tin from the Ambleside coop came back today, quite heavy! can i just open it and count it tonight at home, nobody else about",
    has: ['donors-gift-aid', 'counted by two members together'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "Solicitor's email in the secretary inbox on behalf of the walker with the broken ankle from August - they want our casualty record for an insurance claim. Can I just export the D4H pdf and send it back to them?",
    has: ['subject-access', 'do not send anything yourself'],
  },
  {
    ws: FELLSIDE, kind: 'situation',
    q: "coroners officer rang the base phone about the Scafell death, asking for our notes & times. who deals with that?",
    has: ['subject-access', "Coroner's requests after a death go to the"],
  },

  // ───────────── Fellside Mountain Rescue: new-tool (5) ─────────────
  {
    ws: FELLSIDE, kind: 'new-tool',
    q: "half the team already use OS Maps on their phones, could we just record search tracks on that during shouts?",
    has: ['new-tools'], not: ['Ridgeline Tracking'],
  },
  {
    ws: FELLSIDE, kind: 'new-tool',
    q: "been playing with otter.ai, it transcribes radio chat really well. thinking it could write up the control log for us after a job?",
    has: ['new-tools'], not: ['SARCALL'],
  },
  {
    ws: FELLSIDE, kind: 'new-tool',
    q: "can we set up a Signal group for the winter skills course folk",
    has: ['new-tools'], not: ['WhatsApp'],
  },
  {
    ws: FELLSIDE, kind: 'new-tool',
    q: "Rob reckons we should take sponsorship for the fell race runners through JustGiving this year - any reason not to?",
    has: ['new-tools'], not: ['Donorfy'],
  },
  {
    ws: FELLSIDE, kind: 'new-tool',
    q: "I've got a Zettle reader from my cafe, can I use it for the street collection in Keswick on Saturday?",
    has: ['new-tools'], not: ['SumUp'],
  },

  // ───────────── Fellside Mountain Rescue: off-topic (5) ─────────────
  {
    ws: FELLSIDE, kind: 'off-topic',
    q: "anyone know what time the ceilidh finishes sat? need to book a taxi back to Grasmere",
    has: ['Graham Routledge'], not: ['Eventbrite'],
  },
  {
    ws: FELLSIDE, kind: 'off-topic',
    q: "who's got the key for the drying room at base, my gear's still minging from thursday",
    has: ['Graham Routledge'], not: ['D4H'],
  },
  {
    ws: FELLSIDE, kind: 'off-topic',
    q: "MWIS says 80mph gusts on the tops tomorrow. is sunday training still on or are we doing the indoor session",
    has: ['Graham Routledge'], not: ['WhatsApp'],
  },
  {
    ws: FELLSIDE, kind: 'off-topic',
    q: "is the pub quiz for team funds still the 14th at the Brit?",
    has: ['Graham Routledge'], not: ['Donorfy'],
  },
  {
    ws: FELLSIDE, kind: 'off-topic',
    q: "how much diesel's in Land Rover 2? it was on about a quarter when I parked it up last night",
    has: ['Graham Routledge'], not: ['SARCALL'],
  },

  // ───────────── Open Doors English Classes: situation (20) ─────────────
  {
    ws: OPENDOORS, kind: 'situation',
    q: "oh no I think I added Amina to the weds beginners whatsapp instead of thursdays 😩 she can see everyones numbers now. should I just message the group and say sorry + ask them to ignore?",
    has: ['breach-reporting', 'try to fix it yourself by messaging the people involved'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "left the Longsight register on the 53 bus last night. names and phone numbers on it. I'm hoping nobody picked it up, is it a big deal?",
    has: ['breach-reporting', 'never wait to see whether it matters'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "new learner at registration offered me his ARC card, should I take a quick photo for our records so we've got proof of his status for the funder?",
    has: ['immigration-status', 'photograph or copy a Home Office letter'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "Two men at the door of the Cheetham Hill centre this morning saying they're from immigration enforcement, asking whether a certain learner comes to classes here and what days. I said I'd check. What do I do??",
    has: ['immigration-status', 'police goes to Farida, who will ask for it in writing'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "the charity phone is always flat when I get it. can i just run the tues eve class group off my own number, way easier",
    has: ['whatsapp-groups', "never a tutor's personal number"],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "Mariam hasn't been in for 3 weeks and I'm a bit worried. ok to ask in the class group if anyone knows what's happened to her?",
    has: ['whatsapp-groups', 'Never post anything about one'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "man just came to the creche saying he's Hawa's cousin and he's here to pick up her little boy. not on the form and doesnt know the password. Hawa's in level 2 upstairs",
    has: ['creche', 'phone the parent in class'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "little Yonas bumped his head on the table corner in the crèche, he's fine now, bit of a lump. mum is still in her class, do I need to fill anything in?",
    has: ['creche', 'Accident forms are completed the same day'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "Aga's off this week - shall I scan Pete's DBS certificate and stick it on the shared drive so she can pop it in later?",
    has: ['volunteer-dbs', 'never photocopy or scan a DBS certificate'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "just noticed Sarah's dbs ran out in Oct and she's down to tutor thurs. does it matter much, she's been with us for years",
    has: ['volunteer-dbs', 'is taken off the rota until it is renewed'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "one of my learners is sofa surfing and wants housing help. can i whatsapp his details over to my contact at refugee action? she's lovely, replies really fast",
    has: ['referrals', 'never WhatsApp or personal email'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "the law centre have asked us to send everything we've got on Ahmed - whole file, case notes, attendance, the lot - for his appeal. he did ask them to help him. Do I just send it all over?",
    has: ['referrals', 'Send only what the partner needs for that help'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "learner came in in tears, no money for food till her support payment on friday. I've got a twenty in my purse, can I just give her that??",
    has: ['hardship-fund', 'Never give cash from your own pocket'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "before we do a hardship grant for a learner do we need to see his bank statements or anything to prove he's skint?",
    has: ['hardship-fund', 'No learner is asked for bank statements'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "hiya new volunteer here 👋 how do I get my tram fares back? can I just email Helen my sort code and account no with photos of the tickets?",
    has: ['travel-expenses', 'never in an email or WhatsApp message'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "one of my learners asked if we can pay her bus fares back into her bank account as she's coming in from Gorton 3x a week",
    has: ['travel-expenses', 'reimbursed in class with a bus pass voucher'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "Farhad asked me today (in Dari, Yusuf translated) if he can see what we've written about him. I said I'd find out. what happens now?",
    has: ['case-notes', 'pass it to Helen the same day'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "writing up notes after a support session, F was in a real state and honestly quite hard work. can I put that she seemed hysterical and unreliable? it's only internal",
    has: ['case-notes', 'as if the learner will read them'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "end of term party was brilliant!! can I post a few group shots on the facebook page, everyone was smiling and nobody said no",
    has: ['photos-consent', 'Never post faces of asylum seekers on social media without'],
  },
  {
    ws: OPENDOORS, kind: 'situation',
    q: "Nour's asked for her picture to come off the website, it's been up on the about us page since summer. how quickly do we need to do that?",
    has: ['photos-consent', 'we remove the photo within a week'],
  },

  // ───────────── Open Doors English Classes: new-tool (5) ─────────────
  {
    ws: OPENDOORS, kind: 'new-tool',
    q: "learners keep struggling with the zoom app, could we do the online class on google meet instead? works in the browser",
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: OPENDOORS, kind: 'new-tool',
    q: "a few learners from Eritrea prefer Telegram, can I make a class group there for them?",
    has: ['new-tools'], not: ['WhatsApp Business'],
  },
  {
    ws: OPENDOORS, kind: 'new-tool',
    q: "my friend's charity is on quickbooks and reckons its cheaper for small orgs, could we move over?",
    has: ['new-tools'], not: ['Xero'],
  },
  {
    ws: OPENDOORS, kind: 'new-tool',
    q: "thinking of doing the supporters update on Mailchimp, the templates are nicer. ok?",
    has: ['new-tools'], not: ['Brevo'],
  },
  {
    ws: OPENDOORS, kind: 'new-tool',
    q: "is DeepL ok to use for translating letters learners bring in? quicker than waiting for an interpreter",
    has: ['new-tools'], not: ['Northern Voices Interpreting'],
  },

  // ───────────── Open Doors English Classes: off-topic (5) ─────────────
  {
    ws: OPENDOORS, kind: 'off-topic',
    q: "has anyone heard if the heating in the cheetham hill room is fixed? it was baltic last tuesday",
    has: ['Helen Marsden'], not: ['Lamplight'],
  },
  {
    ws: OPENDOORS, kind: 'off-topic',
    q: "what time does the friday Longsight class finish? a learner wants to know if she can make school pick up",
    has: ['Helen Marsden'], not: ['Famly'],
  },
  {
    ws: OPENDOORS, kind: 'off-topic',
    q: "who's bringing biscuits for the volunteer social on thurs",
    has: ['Helen Marsden'], not: ['Better Impact'],
  },
  {
    ws: OPENDOORS, kind: 'off-topic',
    q: "is the photocopier on the first floor working yet or do I need to go to the library again to do my handouts",
    has: ['Helen Marsden'], not: ['Microsoft 365'],
  },
  {
    ws: OPENDOORS, kind: 'off-topic',
    q: "are we closed for Eid? several learners asked me today",
    has: ['Helen Marsden'], not: ['Zoom'],
  },

  // ───────────── Peakhollow Show Caves: situation (20) ─────────────
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "just realised I sent Hathersage primary's visit plan to the Bradwell school by mistake 😬 shall I email Bradwell and ask them to bin it?",
    has: ['breach-reporting', 'Do not delete anything or contact'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "someone's swiped the tablet off the café till while we were slammed at lunch!!",
    has: ['breach-reporting', 'Tell Marcus Eyre straight away'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "busy half term. little girl in a yellow raincoat crying by the gift shop, can't find her mum. she says her name's Poppy - shall I put a call out on the PA for Poppy's mum?",
    has: ['lost-children', "Do not put a child's name over the PA"],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "found a wee lad wandering near the cafe, I'm on my own on the ticket office til Nadine's back from break. ok if he just waits with me?",
    has: ['lost-children', 'with two members of staff, never alone'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "A lady says her purse was nicked in the café yesterday and wants to come in and watch the camera recordings herself to spot who did it. Can I let her in the office to have a look?",
    has: ['cctv', 'Joanne and the duty manager may view it'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "PC at the ticket office wanting last saturday's car park footage, says its urgent, some van. do i just give it him",
    has: ['cctv', 'Police requests must be on the request form with a collar number'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "teacher from St Mary's says it's totally fine for us to take pics of the kids in their helmets for our instagram, she'll sort it with parents. ok to go ahead?",
    has: ['photos', 'School pupils are never photographed by us'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "took a cracking shot of a family in the Great Cavern on my phone during the 2pm tour, the lighting was unreal. can i send it to Lily for the socials?",
    has: ['photos', 'Staff never photograph visitors on their own phones'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "taking a phone booking - lady says her husband has a heart condition and COPD and gets breathless. what do I put in the access notes?",
    has: ['access-and-health', 'Record the need, not the diagnosis'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "dad at the desk wants a carer ticket for his son. should I ask to see his blue badge or DLA letter and photocopy it for the file?",
    has: ['access-and-health', 'we never take copies of blue badges or benefit letters'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "A teacher from Chapel primary has emailed schools@ the whole class list plus medical forms 'just so you know who's coming'. Where do I save them?",
    has: ['school-trips', 'save nothing'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "having a clear out of the schools folder, there's visit plans from spring 2024 trips still in there. keep or bin?",
    has: ['school-trips', 'Visit plans are deleted 12 months after the visit'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "kid on my 11am bonked his head on the low bit in the devil's passage, helmet took it and he's grand, didn't even cry. do I need to write anything up?",
    has: ['accidents', 'including bumped heads in helmets'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "where do the accident forms go after? I left one in the ticket office drawer yesterday for whoever",
    has: ['accidents', 'not the ticket office drawer'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "customer in the shop queue started reading her card number out loud for a phone booking she wanted to add on, I scribbled it on a post it. have I done something bad",
    has: ['tills-and-cash', 'if a customer reads one out in the queue, stop them'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "Ellis forgot his till code again, can he just go on mine for the rest of today?",
    has: ['tills-and-cash', 'Use your own till passcode and never share it'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "the caterer for the Hargreaves wedding wants the whole guest list with everyones names next to their allergies, can I just send it from planning pod",
    has: ['weddings-events', 'by table number, not guest names'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "a wedding photographer rang asking for the number of the couple getting married here in June so he can pitch his packages. they're already booked with us. ok to pass it on?",
    has: ['weddings-events', 'without asking the couple first'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "Kieran finishes tomorrow (end of his season). what do I need to get back off him before he goes?",
    has: ['seasonal-staff', 'their radio, locker key and lanyard'],
  },
  {
    ws: PEAKHOLLOW, kind: 'situation',
    q: "2 new guides start monday and their logins won't be ready. can they share mine on the tour sheets for the first week?",
    has: ['seasonal-staff', 'no shared logins'],
  },

  // ───────────── Peakhollow Show Caves: new-tool (5) ─────────────
  {
    ws: PEAKHOLLOW, kind: 'new-tool',
    q: "my last job used Deputy for shifts and it was miles better, could we try it for next season?",
    has: ['new-tools'], not: ['RotaCloud'],
  },
  {
    ws: PEAKHOLLOW, kind: 'new-tool',
    q: "should we list the Great Cavern on hitched as well? loads of couples use it",
    has: ['new-tools'], not: ['Bridebook'],
  },
  {
    ws: PEAKHOLLOW, kind: 'new-tool',
    q: "is it ok to use a sumup reader at the christmas market stall? the shop one can't come with us",
    has: ['new-tools'], not: ['Square'],
  },
  {
    ws: PEAKHOLLOW, kind: 'new-tool',
    q: "Can I send the halloween offers out on mailchimp? I've got a free account from my etsy shop",
    has: ['new-tools'], not: ['Dotdigital'],
  },
  {
    ws: PEAKHOLLOW, kind: 'new-tool',
    q: "for the candlelit concerts in the cavern, could we sell tickets on Eventbrite? reaches more people",
    has: ['new-tools'], not: ['DigiTickets'],
  },

  // ───────────── Peakhollow Show Caves: off-topic (5) ─────────────
  {
    ws: PEAKHOLLOW, kind: 'off-topic',
    q: "visitor asking how cold it is down in the cavern today, does she need a big coat for her little one?",
    has: ['Marcus Eyre'], not: ['DigiTickets'],
  },
  {
    ws: PEAKHOLLOW, kind: 'off-topic',
    q: "are we doing the carol concert again this year or was that a one off",
    has: ['Marcus Eyre'], not: ['Planning Pod'],
  },
  {
    ws: PEAKHOLLOW, kind: 'off-topic',
    q: "anyone seen the spare head torches? box in the guides room is empty",
    has: ['Marcus Eyre'], not: ['Hope Valley IT'],
  },
  {
    ws: PEAKHOLLOW, kind: 'off-topic',
    q: "is the café still doing soup of the day or has Paula gone over to toasties now?",
    has: ['Marcus Eyre'], not: ['Square'],
  },
  {
    ws: PEAKHOLLOW, kind: 'off-topic',
    q: "has the car park been gritted? road up from castleton was like glass this morning",
    has: ['Marcus Eyre'], not: ['Derwent Fire & Security'],
  },
];
