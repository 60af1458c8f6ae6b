// Focus set 71 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-sixth round by a writer who read only the README, the case format and three firms' files (carersteps-young-carers, standfast-veterans-hub, lanternhouse-crisis-cafe), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` and `not` fact checked against the files by a script), held out: scored as counts only, never read.
import type { ReferenceCase } from './types.ts';
const CARERSTEPS = 'carersteps-young-carers';
const STANDFAST = 'standfast-veterans-hub';
const LANTERNHOUSE = 'lanternhouse-crisis-cafe';
export const FOCUS71_ONE: ReferenceCase[] = [
  // ── CarerSteps: situations ──
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "a woman just rang the office saying shes from the GP surgery and asked if we're working with Jayden Miller, she sounded legit and knew his date of birth. can i just say yes and tell her who his worker is",
    has: ['confidentiality-sharing', 'checked who they are and called them back'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Bit awkward. A housing officer from Gentoo collared me at the community centre in Hendon this morning asking about the Robsons, whether mam is drinking again and if the kids are coping. I didn't know what to say so I mumbled something. What should I actually do when this happens?",
    has: ['confidentiality-sharing', 'take their name, role and reason'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Mia (12) told me at club tonight that her stepdad hits her when her mum is in hospital, and she made me promise not to tell anyone. I said ok because she was crying and I didn't want her to clam up. Have I done something wrong??",
    has: ['safeguarding', 'Do not promise to keep it secret'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "worried about Callum, came to club with bruises on both arms and wouldnt say how he got them. Gemma's on leave this week so I was going to drop Andrew a Teams message when I get home tonight, that ok?",
    has: ['safeguarding', 'by phone, not by email or Teams message'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Kerry's mam has asked for my number so she can text me direct about pick ups. my work phone keeps dying so could I just give her my own mobile, just this once",
    has: ['phones-photos', 'never give out your personal number'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "we're at Roker beach with the juniors right now and it's gorgeous!! ok if I stick a pic on the charity insta with the location tagged so the parents can see where we are?",
    has: ['phones-photos', 'never tag a location until we have left'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "I've been jotting my phone calls with parents in my diary and then putting them all on at the end of the month when things are quieter. Is that alright or am I meant to be doing it differently",
    has: ['records-retention', 'never in notebooks, diaries or your own files'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "new volunteer Rob brought his DBS certificate in today, should I photocopy it and pop it in his file in the cabinet",
    has: ['records-retention', 'DBS certificates are never copied or kept'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "oh no. I've just sent Amber's assessment summary through egress to St Anthony's instead of St Aidan's, the names are right next to each other in the list. what do i do first",
    has: ['breaches', 'revoke the message at once'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "pretty sure I left the trip list on the coach after Lightwater yesterday, it's Sunday and I don't want to bother Gemma on her day off, it can wait till monday morning can't it",
    has: ['breaches', 'at the latest, even at the weekend'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "first visit to a new family in Pennywell tomorrow at 10, Kayleigh's off sick so I'll just go on my own, its only a quick intro really",
    has: ['home-visits', 'a risk on Lamplight are done in pairs'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Lovely visit with the Turners today and at the end nana pressed a £20 Fenwick voucher into my hand to say thank you for everything we've done for Josh. I didn't want to offend her so I took it. Can I keep it?",
    has: ['home-visits', 'gifts worth more than a box of biscuits'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "I'm at Washington library between two school visits and my laptop has just died. Can I log onto Lamplight on one of the library PCs to update this morning's notes while they're fresh",
    has: ['working-away', 'on a home, school or library computer'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "wfh today and my printer's right here, can i print off the consent forms for tomorrows club so I dont have to go in early",
    has: ['working-away', 'any printing is done in the office'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Head of year at Southmoor has emailed asking for a copy of Jack's full assessment and our case notes because they're worried about his attendance. Jack and his mam are fine with school knowing he's a young carer. Can I just send it over?",
    has: ['school-liaison', 'who keeps the list of leads and consents'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "finished Leah's one page profile with her this afternoon, but the young carers lead's email keeps bouncing. shall I just send it to the school office admin@ address instead so it gets there before half term",
    has: ['school-liaison', "the school's named young carers lead, by Egress"],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Ruby's aunty has turned up to collect her from club, she's not on the form but says mam asked her to because she's had a bad turn. Seems lovely and Ruby knows her. OK to let her go??",
    has: ['trips-clubs', 'if anyone else arrives, phone the parent'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Flamingo Land next Saturday with 16 kids and 4 leaders. I'd feel better if every leader had a printed copy of the kids medical needs and emergency numbers in case we get split up, is that ok to do",
    has: ['trips-clubs', 'printed emergency sheet in the sealed red wallet'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "mum never answers the door and I've been round three times with Ellis's support plan. can I just text her a photo of it?",
    has: ['assessments', 'in person or by post, never by text'],
  },
  {
    ws: CARERSTEPS, kind: 'situation',
    q: "Doing Lily's assessment at home on Thursday. She's 13 and quietly asked me if she could talk to me without her mum in the room for some of it, is that allowed? don't want to upset mum",
    has: ['assessments', 'without their parent present for part of it'],
  },
  // ── CarerSteps: new tools ──
  {
    ws: CARERSTEPS, kind: 'new-tool',
    q: "do we have canva? want to make a poster for the summer club with some of the photos from the beach trip",
    has: ['Gemma Thirlwell'],
  },
  {
    ws: CARERSTEPS, kind: 'new-tool',
    q: "Can I use Xodo to get parents to sign the trip forms on their phones? Saves all the paper chasing",
    has: ['Gemma Thirlwell'],
    not: ['Xero'],
  },
  {
    ws: CARERSTEPS, kind: 'new-tool',
    q: "someone at the volunteer fair said we should put our staff sickness and holidays into BrightHR, are we on that",
    has: ['Gemma Thirlwell'],
    not: ['BrightPay Cloud'],
  },
  {
    ws: CARERSTEPS, kind: 'new-tool',
    q: "I keep my to-do list and little reminders about families in Evernote on my work phone, is that one of ours or should I stop",
    has: ['Gemma Thirlwell'],
    not: ['EVOLVE'],
  },
  {
    ws: CARERSTEPS, kind: 'new-tool',
    q: "Would it be ok to set up Life360 on the work phones so the duty worker can see where we are on home visits? my partner's family use it and it's brilliant",
    has: ['Gemma Thirlwell'],
  },
  // ── CarerSteps: off-topic ──
  {
    ws: CARERSTEPS, kind: 'off-topic',
    q: "anyone fancy a greggs run, I'm buying",
    has: [],
    not: ['Lamplight'],
  },
  {
    ws: CARERSTEPS, kind: 'off-topic',
    q: "Did anyone watch the match last night? Still can't believe that penalty",
    has: [],
    not: ['Textlocal'],
  },
  {
    ws: CARERSTEPS, kind: 'off-topic',
    q: "happy friday everyone!! have a lovely weekend x",
    has: [],
    not: ['Egress Protect'],
  },
  {
    ws: CARERSTEPS, kind: 'off-topic',
    q: "what's a good recipe for a big batch of chilli that'll feed about 20",
    has: [],
    not: ['EVOLVE'],
  },
  {
    ws: CARERSTEPS, kind: 'off-topic',
    q: "is it me or is the heating broken in the back office again, its freezing",
    has: [],
    not: ['Northpoint IT'],
  },

  // ── Standfast: situations ──
  {
    ws: STANDFAST, kind: 'situation',
    q: "A woman rang asking if her husband Tony Pengelly comes to the hub. She says she's worried sick about him and just wants us to tell him she called. She sounded genuine, can I say yes he does and pass it on?",
    has: ['confidentiality-sharing', 'never confirm to a caller or visitor that'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "SSAFA caseworker wants Bob's details and his service history so they can help with a grant, Bob's happy for them to have it. fine to just ping it over in a normal outlook email?",
    has: ['confidentiality-sharing', 'Send personal details to agencies by secure email'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Mick mentioned in passing today that he's still got a shotgun and a couple of crossbows at his flat. Said it like it was nothing and he seemed in good spirits otherwise. Do I need to do anything with that or am I overthinking it",
    has: ['risk-safeguarding', 'ammunition or other weapons at home, tell Claire'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "bit shaken. Steve said on the phone everyone would be better off without him. I wanted to ask if he meant suicide but didn't in case it put ideas in his head. what should i have done",
    has: ['risk-safeguarding', 'asking does not put the idea'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Remembrance parade on Sunday, can I grab a few photos of the lads at the wreath laying for our facebook page? They'll all be in blazers and medals, looks brilliant",
    has: ['phones-photos', 'the breakfast club or events without asking first'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Veteran messaged me on the work whatsapp asking what's happening with his PIP money and whether he should up his meds, can I just reply on there, it's quicker",
    has: ['phones-photos', 'anything about health, money or'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "New lad registering today brought his discharge papers and his veterans ID card to prove he served. Shall I photocopy both and pop them in his file?",
    has: ['records-retention', 'tick "proof of service seen" on Charitylog'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "clearing out the office drawer and found a stack of breakfast sign in sheets going back to the summer. bin them or keep?",
    has: ['records-retention', 'is used for funder numbers, and is shredded'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Oh god. A bloke rang saying he was Sandra's brother and I gave him her new address. Joanne's just told me Sandra moved to get away from her ex. I'm going to ring Sandra now to warn her and sort it, yeah?",
    has: ['breaches', 'Do not delete records, contact the veteran yourself'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "think I sent Gaz's housing form to the wrong officer at the council, Claire's on leave in Cornwall all week. who do I tell",
    has: ['breaches', 'is away, tell Mark Blewett'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "I've booked a visit at 3.30 out at Ivybridge with a veteran who can't do mornings, probably run till 5ish with the traffic. That's fine isn't it?",
    has: ['home-visits', 'Visits end by 4pm unless Mark has'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "the veteran I visit on tuesdays asked if I'd nip to Tesco for him on my card, he'll pay me back cash next week. he's housebound and on his own, feels mean to say no",
    has: ['home-visits', 'run errands with your own card'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Armed Forces Day stall on the Barbican finishes at 6 and I'll have a pile of completed registration forms. Can I take them home tonight and bring them in Monday? I'm not back at the hub till then",
    has: ['working-away', 'the next working day if the event ends'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "laptop battery has died and I'm at Plympton library for outreach. can I log into my work email on one of their PCs just to check my appointments",
    has: ['working-away', 'on a home computer, a library PC'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Kev's rubbish with computers and has given me his UC login so I can update his journal for him each week. I've written it in my notebook so I don't forget. That's alright isn't it, he asked me to",
    has: ['benefits-housing', 'never sign in to their journal'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Dave came in with his PIP decision letter, dated about 3 weeks ago, he wants to challenge it. No massive rush is there, I'm snowed under till after Christmas",
    has: ['benefits-housing', 'must be asked for within one month'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "one of the lads I mentor asked if we could meet at mine next week instead of the cafe, I'm only round the corner from him and he hates crowds",
    has: ['peer-mentors', "never at the mentor's own home"],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "Just twigged the new fella I've been matched with was in my company in Helmand. We knew each other a bit back then, nothing bad. Does that matter?",
    has: ['peer-mentors', 'served with tells Gary, who may rematch them'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "New bloke turned up at breakfast this morning, wouldn't give his surname or anything. One of the volunteers told him he had to register first before he could have a bacon butty and he walked out. Was that right?",
    has: ['breakfast-club', 'nobody has to register or give their details'],
  },
  {
    ws: STANDFAST, kind: 'situation',
    q: "At breakfast Ron started going on about his rent arrears and eviction letter right there at the table with everyone listening. I just let him talk, what should I do next time",
    has: ['breakfast-club', 'are moved to the side room, never held'],
  },
  // ── Standfast: new tools ──
  {
    ws: STANDFAST, kind: 'new-tool',
    q: "someone from the council said we should move our veterans contacts into zoho, do we use that?",
    has: ['Claire Tremayne'],
    not: ['Zoom'],
  },
  {
    ws: STANDFAST, kind: 'new-tool',
    q: "Are we on Personio? The new volunteer coordinator asked where the HR records live",
    has: ['Claire Tremayne'],
    not: ['Personnel Checks'],
  },
  {
    ws: STANDFAST, kind: 'new-tool',
    q: "Could I set up a Calendly link so veterans can book their own registration appointments? Would save loads of phone tag",
    has: ['Claire Tremayne'],
  },
  {
    ws: STANDFAST, kind: 'new-tool',
    q: "thinking of using eventbrite for people to sign up to the armed forces day bbq, is that allowed",
    has: ['Claire Tremayne'],
  },
  {
    ws: STANDFAST, kind: 'new-tool',
    q: "My old unit's association shares everything on Dropbox. Is it ok if I put our benefit form templates in a Dropbox folder so the mentors can get at them from their phones?",
    has: ['Claire Tremayne'],
  },
  // ── Standfast: off-topic ──
  {
    ws: STANDFAST, kind: 'off-topic',
    q: "who's on brews this morning, I'm gasping",
    has: [],
    not: ['Charitylog'],
  },
  {
    ws: STANDFAST, kind: 'off-topic',
    q: "Anyone know if Argyle are at home this Saturday?",
    has: [],
    not: ['RotaCloud'],
  },
  {
    ws: STANDFAST, kind: 'off-topic',
    q: "what's the best way to get wax out of a carpet lol, candle incident at home",
    has: [],
    not: ['Restore Datashred'],
  },
  {
    ws: STANDFAST, kind: 'off-topic',
    q: "Thanks all for the birthday cake, the lemon drizzle was unreal",
    has: [],
    not: ['QuickBooks'],
  },
  {
    ws: STANDFAST, kind: 'off-topic',
    q: "is the tamar bridge still closed a lane or is it back to normal",
    has: [],
    not: ['Zurich Municipal'],
  },

  // ── Lanternhouse: situations ──
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "First visit tonight for a young woman the crisis team sent over. She asked if everything she tells us is totally secret and I said yes of course, because she looked so scared. Was that ok?",
    has: ['confidentiality-sharing', 'but we never promise total secrecy'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "need to send the crisis team the update on J's visit, he agreed to it. the nhs.net mailbox keeps timing out, can I just send it from my outlook instead",
    has: ['confidentiality-sharing', "never from the charity's Outlook"],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "guest just told me he took a load of paracetamol before he came in. Femi's upstairs on a call, should I wait for him to come down??",
    has: ['emergencies', 'Do not wait for the shift lead'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "A guest who'd been saying she'd end it tonight has just walked out the front door towards the river. Should I go after her?",
    has: ['emergencies', 'do not follow them outside'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "did a safety plan with a guest and it's 11.45, no way I'm getting it typed up tonight. can I snap a photo of it and type it tomorrow from that",
    has: ['safety-plans', 'Never photograph a safety plan'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Wondering if I should get Marcus to sign at the bottom of his safety plan that he won't hurt himself before he leaves tonight. Feels like it would make him take it more seriously?",
    has: ['safety-plans', 'A safety plan is not a contract'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Guest told me tonight her partner takes all her benefits money and won't let her see her friends. I actually know him from the estate, should I have a quiet word with him?",
    has: ['safeguarding', 'Never contact the alleged abuser'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Really not comfortable about something. One of the bank shift leads was really rough with a guest last night, shouting and grabbing his arm. I don't know who I'm supposed to tell when it's one of us",
    has: ['safeguarding', 'Concerns about a member of staff go straight'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "one of the regulars sent me a friend request on facebook, she's lovely and it feels rude to just ignore it",
    has: ['phones-photos', 'friend or follow request from a guest'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "A guest painted something amazing tonight and asked me to take a photo of it for our Instagram, she's really proud and happy for us to use it. OK to snap it on the tablet?",
    has: ['phones-photos', 'the whiteboard or artwork a guest'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "I keep a little notebook with guests first names and what they talked about so I remember next time they come in. that's fine right, it stays in my bag",
    has: ['records-retention', 'Never keep guest notes in your own OneDrive'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Guest asked me tonight if she can see what we've written about her over the last few months. Is she allowed to?",
    has: ['records-retention', 'guests can ask to read it'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "just sent a referral update to the wrong nhs.net address, the names are almost the same. should I hit recall in outlook straight away",
    has: ['breaches', 'recall it yourself; Dawn contacts the person'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "It's 1am and I've just realised I left the charity laptop on the train back from the training day in Ipswich. I'm going to ring Dawn in the morning, is there anything else?",
    has: ['breaches', 'reported to Wensum IT straight away'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "can I have a look at a guest's record on my own phone on the bus in, so I'm prepped before she comes tonight",
    has: ['working-away', 'opened on charity laptops or the café tablet'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Heading straight from the café to my mum's for the weekend. OK to leave the work laptop in the boot overnight? It's hidden under a blanket",
    has: ['working-away', 'Do not leave a laptop in a car'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "A woman's on the café phone asking if her son Liam is here tonight, she's frantic, he's not answering his mobile. What do I say to her",
    has: ['enquiries-about-guests', "I can't tell you who is here"],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "police officer at the door asking if a guest called Shaun is in, says they're looking for him. what do i do",
    has: ['enquiries-about-guests', "officer's name, collar number and the reason"],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Bus has gone and the last guest lives out at Wymondham. I'm heading that way anyway so I'll drop her home in my car, saves her a taxi",
    has: ['closing-time', 'Never give a guest a lift'],
  },
  {
    ws: LANTERNHOUSE, kind: 'situation',
    q: "Guy knocking at 23:15 wanting to come in. We don't close till midnight so there's still 45 mins, can we let him in?",
    has: ['closing-time', 'last arrivals are at 23:00'],
  },
  // ── Lanternhouse: new tools ──
  {
    ws: LANTERNHOUSE, kind: 'new-tool',
    q: "can I put RingGo on the work phone to pay for parking when I drop stuff at the hospital",
    has: ['Dawn Carrow'],
    not: ['RingCentral'],
  },
  {
    ws: LANTERNHOUSE, kind: 'new-tool',
    q: "Do we use Smartsheet? Tobias mentioned tracking the monthly figures in it",
    has: ['Dawn Carrow'],
    not: ['SmartSurvey'],
  },
  {
    ws: LANTERNHOUSE, kind: 'new-tool',
    q: "my hand is killing me from typing notes, could I use Otter to transcribe my contact notes after a shift?",
    has: ['Dawn Carrow'],
  },
  {
    ws: LANTERNHOUSE, kind: 'new-tool',
    q: "we're thinking of running an online peer support group on zoom for people who can't get in. do we have zoom?",
    has: ['Dawn Carrow'],
  },
  {
    ws: LANTERNHOUSE, kind: 'new-tool',
    q: "Could we put the Calm app on the café tablet so guests can do a breathing exercise while they wait? Would need a login I think",
    has: ['Dawn Carrow'],
  },
  // ── Lanternhouse: off-topic ──
  {
    ws: LANTERNHOUSE, kind: 'off-topic',
    q: "who finished the oat milk and didn't put it on the list 😤",
    has: [],
    not: ['Charitylog'],
  },
  {
    ws: LANTERNHOUSE, kind: 'off-topic',
    q: "Anyone going to see City on Saturday? Got a spare ticket",
    has: [],
    not: ['NHSmail'],
  },
  {
    ws: LANTERNHOUSE, kind: 'off-topic',
    q: "good shift tonight all, thank you xx",
    has: [],
    not: ['RotaCloud'],
  },
  {
    ws: LANTERNHOUSE, kind: 'off-topic',
    q: "what time does the Tesco on Riverside close on a sunday",
    has: [],
    not: ['iHasco'],
  },
  {
    ws: LANTERNHOUSE, kind: 'off-topic',
    q: "Does anyone have a recommendation for a decent cheap dentist in Norwich? mine's retired",
    has: [],
    not: ['Xero'],
  },
];
