// Focus set 49 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-seventh round by a writer who read only the README, the case format and three firms' files (roadwise-speed-awareness, spinfit-bike-fitting, cedarwood-hospice-at-home), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const ROADWISE = 'roadwise-speed-awareness';
const SPINFIT = 'spinfit-bike-fitting';
const CEDARWOOD = 'cedarwood-hospice-at-home';

export const FOCUS49_ONE: ReferenceCase[] = [
  // ───────────────────────── Roadwise: situations ─────────────────────────
  {
    ws: ROADWISE, kind: 'situation',
    q: "had a lady on the 9:30 online one this morning, the card she held up ran out in 2023 and tbh the face didnt look much like her. she was really upset so i just let her carry on. Devinder was off so I havent said anything to anyone. was that ok??",
    has: ['id-checks', 'the client may not take the course'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Mo (trainer) wants to grab a quick screen grab of each person holding their driving card up next to their face at the start, so we've got proof if anyone kicks off later and says it wasnt them. sounds sensible to me, shall I tell him go ahead",
    has: ['id-checks', 'Never take a screenshot, photo or recording'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "bloke on the Wolverhampton online session logged in at 9.12 for a 9 o'clock start, said his wifi dropped. Sonia let him in anyway and he did the whole thing. does he count as passed?",
    has: ['attendance', 'more than 5 minutes late'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Kelly here. had a guy on the phone nearly in tears, he got taken off yesterdays session for wandering out of shot twice and he wants to know if hes now getting the points and the fine. I was going to tell him it probably goes back to court now. is that right to say?",
    has: ['attendance', 'refer them to the referring force'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Hi it's Callum. After the Coventry one last Thurs I've still got the paper sign-in sheet in my glovebox. I'm not back over till the 20th so I'll just drop it in then, thats fine isnt it",
    has: ['trainer-data', 'handed to the office within 48 hours'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "one of the ladies from saturday's group found me on linkedin and messaged my personal gmail asking if I'd help her write to the police, she reckons the van got her speed wrong. She was lovely and I don't mind helping her out on my own time. any reason not to?",
    has: ['trainer-data', 'passes them to the office'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "reception at the Brum one rang, they want the names of everyone coming tomorrow so they can do welcome badges at the front desk. I'll just export the list and email it over unless anyone shouts",
    has: ['classroom-venues', 'give the hotel a list of delegates'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Peter here - just finished the Walsall afternoon group, ran over so I'm in a rush for the train. I've left the name tents and a couple of sheets people scribbled on, on the tables, the staff clear up anyway don't they",
    has: ['classroom-venues', 'check the room for left papers'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "a woman rang to book and mentioned she had a seizure a few weeks back and is on new tablets, then asked me straight out if she's still ok to be driving. I kind of froze and said probably?? what should I have said",
    has: ['reasonable-adjustments', 'a duty to tell the DVLA'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Adeel - chap on thursday's course struggles with reading and sent us his whole college assessment report. I've copied the details into a note on his ticket and emailed the full thing to the trainer so she's prepared. all good?",
    has: ['reasonable-adjustments', 'never in Zendesk notes or emails to trainers'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "woman just rang absolutely fuming, says the trainer on Tuesday night's session was rude to her and talked down to everyone. I said I'd pass it on. do I just ping Peter a message on teams?",
    has: ['complaints', 'Log every complaint in Zendesk'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Shona: we sent Mr Hussain our full reply about the rebooking fee last week and he's come back saying he's still not happy and wants to 'take this higher'. higher than us is who exactly?",
    has: ['complaints', 'take it to UKROEd'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "someone's just emailed in the long number off the front and the 3 digits on the back to pay his transfer fee. shall I just put it through and reply thanks?",
    has: ['card-payments', 'delete the message, empty the deleted items'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "when people ring up to pay I usually jot the numbers on a post-it while they read them out and then key it in after I hang up, saves them waiting on hold. Fatima asked if that's how we do it, it is right?",
    has: ['card-payments', 'Never write card details down'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "i think i just sent thursday's join link to the wrong Mr Patel 😬 theres 2 on the system. 2nd time this month. who do I tell and how fast",
    has: ['breach-reporting', 'within 4 working hours at most'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "Fatima here, still new. Peter forwarded me the list for Saturday's Coventry group but looking at the cc it also went to Dave Mills who isn't even on that one. Peter said don't worry. Is there anything I'm supposed to fill in?",
    has: ['breach-reporting', 'incident form in SharePoint'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "so I left my work dell on the train back from Coventry last night 🤦 the left luggage desk might have it. I've got the 9am online group so I'll ring them after and let Graham know this afternoon if it hasnt turned up",
    has: ['lost-device', 'Do not wait until after the course'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "a guy wants to listen back to the call where he says Adeel promised him his money back. He's asked me to just email him the recording. I can find it easy enough, ok to send?",
    has: ['subject-access', 'Pass the request to Rachel the same day'],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "lady on the phone swears she was doing 30 not 36 and wants us to send her the picture from the van so she can see for herself. where do we even get that from",
    has: ['subject-access', "give the client the force's contact details"],
  },
  {
    ws: ROADWISE, kind: 'situation',
    q: "had a woman ring saying she did one of ours back in 2021 and her insurer wants proof. I've searched CM every way I can think of and she's just not there. have we lost her??",
    has: ['retention', 'for 3 years from the course date'],
  },

  // ───────────────────────── Roadwise: new tools ─────────────────────────
  {
    ws: ROADWISE, kind: 'new-tool',
    q: "could we get Calendly so people can pick their own slot and rebook themselves? would save me about 40 calls a day",
    has: ['Rachel Okonjo'], not: ['Course Manager'],
  },
  {
    ws: ROADWISE, kind: 'new-tool',
    q: "I've set up a WhatsApp group with my trainers for swapping sessions and sharing who's on which group, way quicker. hope that's ok",
    has: ['Rachel Okonjo'], not: ['Microsoft 365'],
  },
  {
    ws: ROADWISE, kind: 'new-tool',
    q: "any chance we can run the online groups on Google Meet instead? my laptop copes with it so much better",
    has: ['Rachel Okonjo'], not: ['Zoom'],
  },
  {
    ws: ROADWISE, kind: 'new-tool',
    q: "Devinder - I've started sending the night-before reminders through a Twilio account I set up, ours kept failing on O2 numbers",
    has: ['Rachel Okonjo'], not: ['Textlocal'],
  },
  {
    ws: ROADWISE, kind: 'new-tool',
    q: "Lorraine wants to move the books and trainer invoices over to Xero in the new year, she used it at her last place and loves it. can we?",
    has: ['Rachel Okonjo'], not: ['Sage Accounting'],
  },

  // ───────────────────────── Roadwise: off-topic ─────────────────────────
  {
    ws: ROADWISE, kind: 'off-topic',
    q: "anyone know if the car park at the Walsall hotel is still pay and display or can we park free?",
    has: ['Rachel Okonjo'], not: ['Venue hotels'],
  },
  {
    ws: ROADWISE, kind: 'off-topic',
    q: "who's covering the phones saturday morning? I'm at my sister's wedding",
    has: ['Rachel Okonjo'], not: ['RingCentral'],
  },
  {
    ws: ROADWISE, kind: 'off-topic',
    q: "quickest way from Oldbury to the Coventry venue for 7am, M6 or A45?",
    has: ['Rachel Okonjo'], not: ['Venue hotels'],
  },
  {
    ws: ROADWISE, kind: 'off-topic',
    q: "genuine question, do the 20mph cameras round Brum actually flash at 24? asking for my dad lol",
    has: ['Rachel Okonjo'], not: ['Referring police forces'],
  },
  {
    ws: ROADWISE, kind: 'off-topic',
    q: "how much is a Your Risk Matters place these days? my neighbour's just been offered one",
    has: ['Rachel Okonjo'], not: ['Opayo by Elavon'],
  },

  // ───────────────────────── SpinFit: situations ─────────────────────────
  {
    ws: SPINFIT, kind: 'situation',
    q: "Ellie: my 10am reckons his knee thing is 'definitely ITB syndrome' and he's on naproxen most days, so I put both of those in his notes so Rob has the full picture. that's right isn't it?",
    has: ['fit-data', "Don't write down diagnoses the client guesses at"],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "not being funny but Rob just asked Karen how heavy she was across the room with her husband and two others waiting on the sofa. she went bright red. we need it for the mat don't we, but still",
    has: ['fit-data', 'never said out loud'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "the studio tablet was flat so I filmed a bit of Tom's pedal stroke on my own phone, I'll airdrop it over tomorrow",
    has: ['fit-video', 'the studio iPad only, never a personal phone'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Gav's before/after from saturday is unreal, he looks like a different rider. I mentioned putting it on the gram and he laughed and said 'go for it'. posting tonight 🙌",
    has: ['fit-video', 'with their written yes by email'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Jordi here - I pulled the gpx files of Sarah's last 3 long rides onto my laptop so I can plan her routes round where she usually goes. ok?",
    has: ['athlete-data', "Don't download GPS files"],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Priya's been poorly for a week and her recovery scores and sleep are through the floor. I've been pasting them into our whatsapp chat so we can talk it through on my phone, much easier than the app",
    has: ['athlete-data', 'do not copy them into Gmail or WhatsApp'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "new athlete Leo is 16, his dad's paying. Leo never reads email so can I just message him directly on whatsapp about his sessions?",
    has: ['junior-athletes', 'No one-to-one messages with a junior'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Nia: starting a 15 year old triathlete next week, her mum said yes on the phone and is keen to get going. anything else I need before the first session?",
    has: ['junior-athletes', 'signed parental consent form in the shared drive'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Ellie!! guy in bay 2 has gone grey and says his chest feels tight, he wants to crack on because he's paid for the full 3 hours. what do I do",
    has: ['red-flags', '999 if it is happening now'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Rob: fitted a lady today whose hip sounds like it needs proper treatment, more than we can do. I'll send her notes over to the treatment place on the high street we use so they can ring her, saves her the hassle",
    has: ['red-flags', 'only when the client asks you to'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Marco - the volunteers at the Ranmore feed stop want the full sheet with everyone's ICE numbers and medical bits in case someone comes off. shall I print them each a copy?",
    has: ['events', 'names and numbers only'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "a woman who did the swim-run in june doesn't want her name on the times on the website, her ex follows all this stuff. can we just delete her off it?",
    has: ['events', 'can ask to appear as "anonymous"'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "got an email from Dan Whitcombe (fit in 2024) saying 'please wipe everything you have on me'. Ellie says just bin his folder and reply done. I'll do that now yeah?",
    has: ['leaving-clients', 'Pass any request to Imogen the same day'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Sue: an athlete who stopped with us in the summer wants nothing of hers kept at all, including her invoices in the accounts. can I just get rid of them?",
    has: ['leaving-clients', 'Invoices stay in FreeAgent for 6 years'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "someone from last spring has emailed asking for 'everything you've got on me incl the videos and what the coaches wrote about me'. do we charge for that? how long have we got?",
    has: ['subject-access', 'reply within one calendar month, free of charge'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Gareth's lost the pdf from his march fit and wants his saddle height and setback again before his new bike arrives friday. do I need to go through Imogen for that?",
    has: ['subject-access', 'which you can send straight away from Dropbox'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "pretty sure I left the studio ipad at the aquathlon registration tent this morning. Marco's going back for it tuesday, it'll probably still be there. it's sunday so not going to bother Imogen",
    has: ['breach-reporting', 'by phone if it is the weekend'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "oops pasted Jess's folder link into Hannah's email instead of hers 🙈 I've emailed Hannah asking her to delete it and sent the right one. sorted I think",
    has: ['breach-reporting', "Don't try to sort it out yourself"],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "lady rang for a voucher for her husband's birthday and read me her 16 digits, I wrote them on the pad by the counter and will put it through the reader when Marco's back",
    has: ['card-payments', 'never write a card number down'],
  },
  {
    ws: SPINFIT, kind: 'situation',
    q: "Ellie: customer wants his money back for the insoles he bought last week but wants it paid to his partner's account instead of his. Marco's off until thursday. can I just do it?",
    has: ['card-payments', 'Refunds go back to the card used'],
  },

  // ───────────────────────── SpinFit: new tools ─────────────────────────
  {
    ws: SPINFIT, kind: 'new-tool',
    q: "can we switch to Calendly for people booking fits? the current page is so clunky on mobile",
    has: ['Imogen Carter'], not: ['Acuity Scheduling'],
  },
  {
    ws: SPINFIT, kind: 'new-tool',
    q: "I've started doing my monthly review calls on Google Meet, athletes find it easier than installing anything",
    has: ['Imogen Carter'], not: ['Zoom'],
  },
  {
    ws: SPINFIT, kind: 'new-tool',
    q: "thinking of moving the monthly newsletter to Substack, it looks way nicer. any objection?",
    has: ['Imogen Carter'], not: ['Mailchimp'],
  },
  {
    ws: SPINFIT, kind: 'new-tool',
    q: "Rob - been sending clients their clips by WeTransfer this week as it's quicker, no login faff for them",
    has: ['Imogen Carter'], not: ['Dropbox'],
  },
  {
    ws: SPINFIT, kind: 'new-tool',
    q: "Jordi wants to put his Girona athletes on Final Surge for their plans, he says the coach pricing is better. fine?",
    has: ['Imogen Carter'], not: ['TrainingPeaks'],
  },

  // ───────────────────────── SpinFit: off-topic ─────────────────────────
  {
    ws: SPINFIT, kind: 'off-topic',
    q: "is the zig zag road on Box Hill shut this weekend for the road race?",
    has: ['Imogen Carter'], not: ['Box Hill Accounts'],
  },
  {
    ws: SPINFIT, kind: 'off-topic',
    q: "quick one for the fitters, do you still go 109% of inseam as a starting saddle height or heel-on-pedal?",
    has: ['Imogen Carter'], not: ['Retül'],
  },
  {
    ws: SPINFIT, kind: 'off-topic',
    q: "who's opening up tuesday? I've got the dentist at 8",
    has: ['Imogen Carter'], not: ['Acuity Scheduling'],
  },
  {
    ws: SPINFIT, kind: 'off-topic',
    q: "what are we selling the Power saddles for now, did the price go up?",
    has: ['Imogen Carter'], not: ['Squarespace'],
  },
  {
    ws: SPINFIT, kind: 'off-topic',
    q: "anyone up for a café ride after close saturday? forecast looks dry for once",
    has: ['Imogen Carter'], not: ['Strava'],
  },

  // ───────────────────────── Cedarwood: situations ─────────────────────────
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Agnieszka: covering Mrs Pratt in Hingham tonight and the app won't load on my phone. Claire says she'll just text me the number for the box by the back door. that's ok yes?",
    has: ['key-safes', 'never send one by text, WhatsApp or email'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Lewis here, still new. I keep forgetting the numbers for the little boxes by the doors so I've been writing them in biro on the back of my hand before my round 🙈 is that bad",
    has: ['key-safes', 'Key safe codes live only in Birdie'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Claire: checked the oramorph at Mr Dunn's this evening and it's 2ml short of what's written. probably a spill when his wife gave the last dose. I'll mention it to Helen at Thursday's team meeting",
    has: ['medicines', 'to the nurse on call at once'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Mrs Ellis's daughter asked me to take the leftover patches and the box of tablets back to the chemist for her since she can't drive and her mum has gone now. I go past it on my way home anyway",
    has: ['medicines', "Never take medicines out of a patient's home"],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "doing a 2am in Shropham tonight. I always put the person's name in the note on the check-in app so I remember who I'm going to, that's fine right?",
    has: ['lone-working', 'use the visit address only'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Lewis: the son at the house in Dereham was really aggressive tonight, shouting and slamming doors. I stayed and finished his dad's care because I didn't want to leave him like that. I'm home now, was that the right thing?",
    has: ['lone-working', 'leave and ring the on-call nurse'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "neighbour stopped me at the gate in Wicklewood asking how Mr Ball is doing. she says she's like a sister to him and has done his shopping for years. what am I allowed to tell her?",
    has: ['sharing-with-families', 'the "who we may speak to" list'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Mrs Green can't really follow a conversation anymore. Her son keeps ringing for updates and so does her sister, and they don't agree on anything. the son says he has the legal papers for her bank stuff so he should be the one we talk to?",
    has: ['sharing-with-families', 'health and welfare Lasting Power of Attorney'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Claire: Mr Tate passed peacefully at 11pm last night, expected, family were lovely. I confirmed it but haven't written anything up on S1 yet, I'll do it Monday when I'm back in",
    has: ['after-a-death', 'records it in SystmOne before leaving the home'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Mr Tate's calls are still showing on my list for tomorrow morning even though he went on Tuesday night. feels awful seeing his name there. whose job is it to sort?",
    has: ['after-a-death', "Remove the patient's visits from Birdie"],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Rosemary: I've been seeing Mr Fenn since he lost his wife the October before last. he's asked if he can keep coming to our sessions, he says they're the only thing keeping him going. do I have to say no?",
    has: ['bereavement-support', 'unless the relative asks for more'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Tariq: the mum of one of our patients who passed 5 weeks ago would be perfect for the spring appeal, she said such lovely things about the nurses. ok to add her to the mailing?",
    has: ['bereavement-support', 'for 3 months after the death'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Janet: Pam's due to start sitting with the Browns in Wymondham on Tuesday. her police check hasn't come back and she hasn't signed any of the paperwork yet but she's lovely and the family are desperate. can she just start?",
    has: ['volunteers', 'signs the confidentiality agreement before their first shift'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "one of my sitting ladies asked if she could see Mr Cole's care plan and what he's taking so she knows what to expect on Thursday. I can print it for her from S1, yeah?",
    has: ['volunteers', 'never the clinical record'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "at the memorial walk a man wrote his Visa number and expiry on the back of an order of service to give £200 in his wife's name. I've got it in my bag, will ring it through on Monday",
    has: ['gift-aid', 'Never take card numbers on paper'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "helping out at Attleborough today and found an old Nokia and a tablet in a bag that came in this morning. Brenda wants to price them up for the window, they'd go quick",
    has: ['charity-shop', 'Phones, laptops and memory cards go to Phil'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Claire: I think I sent Mr Dunn's discharge letter to the Hingham surgery instead of Attleborough. it's Friday 6pm and Helen's gone home. can it wait till monday?",
    has: ['breach-reporting', 'Out of hours, tell the nurse on call'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "David: realised I left Mrs Ellis's paper sheet from my visit on her kitchen table last week. family would have seen it but nobody's said anything. do I need to do anything now it's been a week?",
    has: ['breach-reporting', 'Report any incident or near miss to Helen'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "my work mobile's gone, think it fell out my pocket at the Co-op in Watton. it's gone 1am so I'll tell David in the morning, no point waking anyone",
    has: ['lost-device', 'Ring the on-call coordinator at once'],
  },
  {
    ws: CEDARWOOD, kind: 'situation',
    q: "Agnieszka: a firm of lawyers rang the office wanting copies of Mr Tate's notes, they act for his son. Sandra said she'd print them off for them this afternoon to be helpful",
    has: ['access-to-records', 'never print records yourself'],
  },

  // ───────────────────────── Cedarwood: new tools ─────────────────────────
  {
    ws: CEDARWOOD, kind: 'new-tool',
    q: "could we use RotaCloud for the HCAs' visits? the screen we use now is a nightmare to swap shifts on",
    has: ['Helen Ashby'], not: ['Birdie'],
  },
  {
    ws: CEDARWOOD, kind: 'new-tool',
    q: "I've started sharing my location on Life360 with my husband during night visits, so he knows where I am. can I use that instead of the work one?",
    has: ['Helen Ashby'], not: ['StaySafe'],
  },
  {
    ws: CEDARWOOD, kind: 'new-tool',
    q: "Tariq's keen to try Beacon CRM for supporter records and donations, the trial's free for 30 days",
    has: ['Helen Ashby'], not: ['Donorfy'],
  },
  {
    ws: CEDARWOOD, kind: 'new-tool',
    q: "I've started keeping the sitters' and drivers' rota in a Google Sheet, much easier to share with them",
    has: ['Helen Ashby'], not: ['Better Impact'],
  },
  {
    ws: CEDARWOOD, kind: 'new-tool',
    q: "thinking we could set up a GoFundMe for the memorial walk this year, people know it better",
    has: ['Helen Ashby'], not: ['JustGiving'],
  },

  // ───────────────────────── Cedarwood: off-topic ─────────────────────────
  {
    ws: CEDARWOOD, kind: 'off-topic',
    q: "is the A11 shut again at Thickthorn tonight? I've got Hethersett at 8",
    has: ['Helen Ashby'], not: ['StaySafe'],
  },
  {
    ws: CEDARWOOD, kind: 'off-topic',
    q: "how much are the Christmas raffle tickets this year, my mum wants a strip",
    has: ['Helen Ashby'], not: ['Donorfy'],
  },
  {
    ws: CEDARWOOD, kind: 'off-topic',
    q: "the shop's doing a Christmas window competition, has anyone got spare fairy lights?",
    has: ['Helen Ashby'], not: ['Gift Aid Smart'],
  },
  {
    ws: CEDARWOOD, kind: 'off-topic',
    q: "is payday earlier this month because of christmas?",
    has: ['Helen Ashby'], not: ['Moorepay'],
  },
  {
    ws: CEDARWOOD, kind: 'off-topic',
    q: "is it true Claire's moving over to the district nurses in the new year?? 😢",
    has: ['Helen Ashby'], not: ['GP practices and community teams'],
  },
];
