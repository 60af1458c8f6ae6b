// Focus set 61 (15 situations, 10 tools we do not hold and 10 off-topic questions per firm), written blind in the seventy-first round by a writer who read only the README, the case format and three firms' files (clearwater-recovery-rehab, birthright-independent-midwives, touchline-player-management), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` and `not` fact checked against the files by a script), held out in the seventy-first round (scored as counts only), then read in the seventy-second.
import type { ReferenceCase } from './types.ts';

const CLEARWATER = 'clearwater-recovery-rehab';
const BIRTHRIGHT = 'birthright-independent-midwives';
const TOUCHLINE = 'touchline-player-management';

export const FOCUS61_ONE: ReferenceCase[] = [
  // ───────────── Clearwater Recovery: situations ─────────────
  { ws: CLEARWATER, kind: 'situation', q: "some woman just rang reception saying she's Kieran's mum and is he with us yet?? he came in yesterday. what do i tell her", has: ['confidentiality-callers', 'Never confirm or deny that someone is staying'] },
  { ws: CLEARWATER, kind: 'situation', q: "2 officers at the front door asking for one of the lads on the detox wing, Maggie's off today, what do i need to get off them", has: ['confidentiality-callers', "take the officer's name, collar number"] },
  { ws: CLEARWATER, kind: 'situation', q: "one of the women told me in 1:1 that her ex has her 4 yr old this week and he's back on the gear, she begged me not to say anything", has: ['consent-to-share', 'tell Rachel or the manager on call'] },
  { ws: CLEARWATER, kind: 'situation', q: "night shift, did jamie's 3am withdrawal scores and scribbled them on my glove cos the ipad was dead, ill type them up at 8 ok?", has: ['detox-records', 'Never write observations on gloves'] },
  { ws: CLEARWATER, kind: 'situation', q: "Precious gave the 10pm librium and i was on my break so she just signed it herself, is that alright", has: ['detox-records', 'the Nourish eMAR, signed by two staff'] },
  { ws: CLEARWATER, kind: 'situation', q: "Reece's dip came back positive for benzos, can i snap a pic of the cup for his file", has: ['drug-testing', 'Never photograph a test kit or result'] },
  { ws: CLEARWATER, kind: 'situation', q: "family day sunday, one of the dads wants a pic of his son with everyone in the lounge, is that ok?", has: ['family-days', 'No photos or filming anywhere in the building'] },
  { ws: CLEARWATER, kind: 'situation', q: "gonna text a couple of the lads who left last month from my own mobile to see how theyre doing, work one's knackered", has: ['aftercare-contact', 'only from your work phone or work email'] },
  { ws: CLEARWATER, kind: 'situation', q: "an ex resident replied to the alumni email saying pls take me off this, it's bringing stuff back up for her", has: ['aftercare-contact', 'Jo or Dan removes a former resident'] },
  { ws: CLEARWATER, kind: 'situation', q: "someone's cousin has put up a vid from the beach cafe and you can see Leanne from room 6 with her name in the caption 😬", has: ['resident-phones', 'tell the manager on call the same shift'] },
  { ws: CLEARWATER, kind: 'situation', q: "sent Kieran's progress report to bristol instead of north somerset on the secure email, just clocked it", has: ['breach-reporting', 'revoke it straight away, then tell Tom'] },
  { ws: CLEARWATER, kind: 'situation', q: "left one of the ward ipads on the bus coming back from the hospital appt with Sian 🙈", has: ['lost-device', 'tell Tom Hedges straight away'] },
  { ws: CLEARWATER, kind: 'situation', q: "been running my group write ups through one of those AI summary sites to tidy them before they go on the system, saves me an hour a day", has: ['new-tools', 'Never paste resident notes into ChatGPT'] },
  { ws: CLEARWATER, kind: 'situation', q: "clearing out the admissions drawer, loads of enquiry forms from 2024 from people who never ended up coming, just bin them?", has: ['records-retention', 'never came in are deleted after 12 months'] },
  { ws: CLEARWATER, kind: 'situation', q: "a girl who left in the summer rang asking can she have everything we wrote about her while she was here, her solicitor wants it", has: ['subject-access', 'pass it to Tom the same day'] },

  // ───────────── Clearwater Recovery: new tools ─────────────
  { ws: CLEARWATER, kind: 'new-tool', q: 'can i do the family day poster on canva?', has: ['new-tools', 'Tom Hedges'], not: ['Mailchimp'] },
  { ws: CLEARWATER, kind: 'new-tool', q: 'anyone used otter to transcribe 1:1 sessions? would save me hours of typing', has: ['new-tools', 'Tom Hedges'], not: ['Nourish Care', 'Zoom'] },
  { ws: CLEARWATER, kind: 'new-tool', q: 'is wetransfer ok for sending the induction videos to the new bank staff?', has: ['new-tools', 'Tom Hedges'], not: ['RotaCloud', 'Microsoft 365'] },
  { ws: CLEARWATER, kind: 'new-tool', q: "do we have a doodle account? trying to pick a date for the alumni reunion", has: ['new-tools', 'Tom Hedges'], not: ['Mailchimp', 'Zoom'] },
  { ws: CLEARWATER, kind: 'new-tool', q: "one of the self funders' sons wants to pay the top up by paypal, can we take it that way?", has: ['new-tools', 'Tom Hedges'], not: ['GoCardless', 'Xero'] },
  { ws: CLEARWATER, kind: 'new-tool', q: 'Deputy is miles better than our rota app, my last place used it. can we switch?', has: ['new-tools', 'Tom Hedges'], not: ['BrightHR'] },
  { ws: CLEARWATER, kind: 'new-tool', q: "can i run the families' online evening on google meet instead?", has: ['new-tools', 'Tom Hedges'], not: ['Mailchimp'] },
  { ws: CLEARWATER, kind: 'new-tool', q: 'is it ok if the night staff use signal to message each other about cover?', has: ['new-tools', 'Tom Hedges'], not: ['RotaCloud'] },
  { ws: CLEARWATER, kind: 'new-tool', q: 'has anyone tried grammarly for writing up discharge letters? my spelling is shocking', has: ['new-tools', 'Tom Hedges'], not: ['Egress Protect', 'Nourish Care'] },
  { ws: CLEARWATER, kind: 'new-tool', q: 'would dropbox be alright for keeping a copy of the policy folder off site?', has: ['new-tools', 'Tom Hedges'], not: ['Seafront IT Services', 'Shred-it'] },

  // ───────────── Clearwater Recovery: off-topic ─────────────
  { ws: CLEARWATER, kind: 'off-topic', q: "what's the usual max chlordiazepoxide dose on day one of a reducing regime again?", has: [], not: ['Boulevard Pharmacy', 'detox-records'] },
  { ws: CLEARWATER, kind: 'off-topic', q: 'is the seafront car park pay and display on sundays or free?', has: [], not: ['Channel Security Systems', 'Funding local authorities'] },
  { ws: CLEARWATER, kind: 'off-topic', q: "who's doing the chippy run for the night shift tonight?", has: [], not: ['RotaCloud', 'Shred-it'] },
  { ws: CLEARWATER, kind: 'off-topic', q: 'what time is high tide today? want to take the residents for a walk on the sand', has: [], not: ['resident-phones', 'Nourish Care'] },
  { ws: CLEARWATER, kind: 'off-topic', q: 'anyone got a good recipe for something warm and nourishing for 20? doing tea on saturday', has: [], not: ['Nourish Care', 'Xero'] },
  { ws: CLEARWATER, kind: 'off-topic', q: 'is the smoking shelter getting a new roof before winter?', has: [], not: ['Channel Security Systems', 'Seafront IT Services'] },
  { ws: CLEARWATER, kind: 'off-topic', q: "are we doing secret santa this year? what's the limit", has: [], not: ['Xero', 'GoCardless'] },
  { ws: CLEARWATER, kind: 'off-topic', q: "what's the actual difference between naltrexone and acamprosate for cravings?", has: [], not: ['Boulevard Pharmacy', 'detox-records'] },
  { ws: CLEARWATER, kind: 'off-topic', q: 'weather looks grim for saturday, should we move the family bbq indoors?', has: [], not: ['family-days', 'Zoom'] },
  { ws: CLEARWATER, kind: 'off-topic', q: 'how many of the 12 steps do most people get through in the 28 days?', has: [], not: ['aftercare-contact', 'Nourish Care'] },

  // ───────────── Birthright Independent Midwives: situations ─────────────
  { ws: BIRTHRIGHT, kind: 'situation', q: "discharged Priya today at 6 wks, her notes are on my back seat, ok if they stay there till monday?", has: ['handheld-notes', 'notes in your car overnight'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "lovely water birth in Henleaze last night 🥰 wrote it all in her paper notes, will pop it on the system at the weekend", has: ['handheld-notes', 'the midwife copies them into WriteUpp within'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "going to the cinema tonight while im on call, can i divert the line to my own mobile so i don't have to carry the work phone", has: ['on-call', 'never forward the on-call line'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "can I put Zara's BP readings and the plan in the 8am group chat? quicker than everyone logging in", has: ['on-call', 'Anything clinical goes in WriteUpp'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "client's asked me to email her GBS swab result to her gmail, easiest for her apparently", has: ['messaging-clients', 'Results, letters and reports go by Hushmail'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "Jess's husband rang asking what her bloods showed, she's asleep upstairs, can i just tell him?", has: ['partners-consent', 'say you will ask her to call them'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "something felt off at the visit today, her partner answered every question for her and wouldn't leave the room", has: ['partners-consent', 'ask her the routine enquiry question'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "blue lighting Mel in to southmead now, should I ping them her record from the ipad so they've got it before we arrive?", has: ['referrals-transfers', 'by phone; do not email the record'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "dad asked me to grab a few pics on the work phone as baby came out, his was dead", has: ['photos-at-births', 'only on her own phone or camera'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "the 4 yr old at the postnatal visit had a big bruise on his cheek and flinched when mum moved, feeling uneasy about it", has: ['safeguarding', 'tell Ruth or Imogen the same'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "just realised I sent Becky H's results message to the other Becky 😫", has: ['breach-reporting', 'Tell Esther at once'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "think the on-call iphone fell out of my pocket at the petrol station on the A38, cant find it anywhere", has: ['lost-device', 'moves the CircleLoop line to the backup iPhone'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "found a free app that turns my voice memos into visit summaries, been trying it out with a couple of my ladies", has: ['new-tools', 'Ask Esther before using any new app'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "a lady I looked after in 2023 messaged asking for a copy of everything about her birth, can I just whatsapp it over", has: ['subject-access', 'or on paper by hand, never by WhatsApp'] },
  { ws: BIRTHRIGHT, kind: 'situation', q: "clearing the office, there's a stack of old printed rotas and post-its with clients names on, ok to just bin?", has: ['records-retention', 'the locked shredding box in the office'] },

  // ───────────── Birthright Independent Midwives: new tools ─────────────
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'can i use canva to do the hypnobirthing class flyer?', has: ['new-tools', 'Esther Callaghan'], not: ['MailerLite', 'Zoom'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'a client wants to pay her deposit by paypal, is that ok?', has: ['new-tools', 'Esther Callaghan'], not: ['Stripe', 'Xero'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'is surveymonkey ok for a quick postnatal feedback survey?', has: ['new-tools', 'Esther Callaghan'], not: ['Typeform', 'MailerLite'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'can I keep my visit diary in notion on the ipad?', has: ['new-tools', 'Esther Callaghan'], not: ['WriteUpp', 'Google Workspace'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'anyone tried otter for recording the debrief chats after a birth?', has: ['new-tools', 'Esther Callaghan'], not: ['WriteUpp', 'Zoom'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'can I use wetransfer to send Josie the audit spreadsheets?', has: ['new-tools', 'Esther Callaghan'], not: ['Hushmail for Healthcare'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'acuity is way better than calendly for booking visits, can we switch?', has: ['new-tools', 'Esther Callaghan'], not: ['Typeform'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'ok to use dropbox to back up the scanned notes?', has: ['new-tools', 'Esther Callaghan'], not: ['Jamf Now', 'Google Workspace'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: "what about signal for the on-call chat, anyone use it?", has: ['new-tools', 'Esther Callaghan'], not: ['CircleLoop'] },
  { ws: BIRTHRIGHT, kind: 'new-tool', q: 'can I send the care agreement out through docusign for her to sign?', has: ['new-tools', 'Esther Callaghan'], not: ['Typeform', 'Stripe'] },

  // ───────────── Birthright Independent Midwives: off-topic ─────────────
  { ws: BIRTHRIGHT, kind: 'off-topic', q: "what's the best position to suggest when baby's back to back in early labour?", has: [], not: ['WhatsApp Business', 'CircleLoop'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'does the pool hire place in Clifton deliver at weekends?', has: [], not: ['Stripe', 'CircleLoop'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'how many weeks is the glucose tolerance test normally done at?', has: [], not: ['The Doctors Laboratory', 'referrals-transfers'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'is the M32 still shut this morning? got a visit in Fishponds at 9', has: [], not: ['Google Workspace', 'NHS maternity units'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'where do we order more gas and air cylinders from?', has: [], not: ['The Doctors Laboratory', 'Scan clinics'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'anyone got a good lactation cookie recipe? doing a batch for thursday class', has: [], not: ['Zoom', 'MailerLite'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: "what's the normal range for a newborn's resp rate again?", has: [], not: ['WriteUpp', 'safeguarding'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'how long do you leave it after a stretch and sweep before offering another?', has: [], not: ['records-retention', 'WriteUpp'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: 'is the office heating fixed yet? it was freezing in there tuesday', has: [], not: ['Jamf Now', 'Google Workspace'] },
  { ws: BIRTHRIGHT, kind: 'off-topic', q: "who's bringing what for the christmas do on the 18th?", has: [], not: ['Stripe', 'Xero'] },

  // ───────────── Touchline Player Management: situations ─────────────
  { ws: TOUCHLINE, kind: 'situation', q: "young Tyler (15) dm'd me asking about a move to City, ok to just reply to him direct?", has: ['minors-and-parents', 'Never message a player under 18 alone'] },
  { ws: TOUCHLINE, kind: 'situation', q: "kid at Stoke's academy is different class, can i ring his dad tonight and get him in for a chat?", has: ['minors-and-parents', 'Never contact an academy player at another club'] },
  { ws: TOUCHLINE, kind: 'situation', q: "one of our 16 yr olds said on the phone he's not eating and the coaches keep screaming at him, sounded really low", has: ['minors-and-parents', 'Tell Marie Kowalski about any welfare concern'] },
  { ws: TOUCHLINE, kind: 'situation', q: "Burnley's physio wants Jonno's MRI from last week, can I just email it over?", has: ['medical-records', 'a Tresorit link that expires in 7 days'] },
  { ws: TOUCHLINE, kind: 'situation', q: "Kayden just whatsapped me a photo of his knee scan report, what do i do with it", has: ['medical-records', "kept only in the player's Tresorit folder"] },
  { ws: TOUCHLINE, kind: 'situation', q: "doing the call with Boro's sporting director from the train, might have to go on loudspeaker cos my signal's rubbish", has: ['transfer-talks', 'Do not discuss deals in public places'] },
  { ws: TOUCHLINE, kind: 'situation', q: "a woman rang saying she's Dion's auntie and needs his new address to send a card", has: ['callers', "Never give out a player's phone number"] },
  { ws: TOUCHLINE, kind: 'situation', q: "saw a cracking 14 yr old at the u15s game sat, his mum was on the touchline, should i go introduce myself?", has: ['scouting', 'pass the name to Steve Rimmer'] },
  { ws: TOUCHLINE, kind: 'situation', q: "setting up to film the u16s sunday, 2 of our lads' parents still haven't sent the form back", has: ['scouting', 'only when a parent of each player'] },
  { ws: TOUCHLINE, kind: 'situation', q: "Jordan's asked me to put his new boots pic up on his account myself, he'll sort the caption after", has: ['social-media', "Only Zak Hussain posts on a player's accounts"] },
  { ws: TOUCHLINE, kind: 'situation', q: "just sent Callum's contract to Preston instead of Blackpool 🤦", has: ['breach-reporting', 'Tell Claire Brennan at once'] },
  { ws: TOUCHLINE, kind: 'situation', q: "my work phone went in the river in Porto last night, had all my apps on it incl the password one", has: ['lost-device', 'Change your 1Password master password'] },
  { ws: TOUCHLINE, kind: 'situation', q: "there's a new app that rates players with AI, free for a month, gonna load our shortlist in and see what it says", has: ['new-tools', 'Ask Claire before using any new app'] },
  { ws: TOUCHLINE, kind: 'situation', q: "we've still got footage of the 2023/24 games on the camera account, can it go?", has: ['records-retention', 'Match video is deleted at the end'] },
  { ws: TOUCHLINE, kind: 'situation', q: "a 12 yr old's dad emailed asking for everything we've got on his son", has: ['subject-access', 'under 13, the parent asks on their behalf'] },

  // ───────────── Touchline Player Management: new tools ─────────────
  { ws: TOUCHLINE, kind: 'new-tool', q: "can we use canva for Jordan's matchday graphics?", has: ['new-tools', 'Claire Brennan'], not: ['Veo'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: "lastpass is cheaper than the one we've got, can we move over?", has: ['new-tools', 'Claire Brennan'], not: ['Tresorit'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'can I get us on InStat for the lower league data?', has: ['new-tools', 'Claire Brennan'], not: ['Wyscout', 'HubSpot'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'club in Portugal wants us to sign through adobe sign, is that ok?', has: ['new-tools', 'Claire Brennan'], not: ['FIFA Agent Platform'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'dropbox ok for sending the highlight reel to a club in Belgium?', has: ['new-tools', 'Claire Brennan'], not: ['Microsoft 365', 'Hootsuite'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'can I pay our scout in Spain through revolut?', has: ['new-tools', 'Claire Brennan'], not: ['Xero'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'is buffer any good for scheduling player posts? could we use it', has: ['new-tools', 'Claire Brennan'], not: ['Veo'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: "have we got a zoom account? want to do the parents' evening with the academy families online", has: ['new-tools', 'Claire Brennan'], not: ['HubSpot', 'DocuSign'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'can we use trello to track the january window targets?', has: ['new-tools', 'Claire Brennan'], not: ['Wyscout'] },
  { ws: TOUCHLINE, kind: 'new-tool', q: 'quick one, ok to get chatgpt to tidy up my write up on the lad at Crewe before it goes to the club?', has: ['new-tools', 'Claire Brennan'], not: ['Wyscout', 'Tresorit'] },

  // ───────────── Touchline Player Management: off-topic ─────────────
  { ws: TOUCHLINE, kind: 'off-topic', q: 'what formation are Bolton likely to go with on saturday?', has: [], not: ['Wyscout', 'Clubs'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: 'who tops the xG stats in League One this season?', has: [], not: ['Wyscout', 'HubSpot'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: "what's the weather doing in Lisbon this week, flying out tues", has: [], not: ['lost-device', 'Microsoft 365'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: 'anyone fancy 5 a side thursday night?', has: [], not: ['Clubs', 'Veo'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: 'when does the january window actually shut this year?', has: [], not: ['FIFA Agent Platform', 'transfer-talks'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: "any decent hotels near the Etihad for the lads' parents on cup night?", has: [], not: ['Clubs', 'minors-and-parents'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: 'how does a sell-on clause usually work, is it on the profit or the whole fee?', has: [], not: ['transfer-talks', 'Xero'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: "who's doing the lunch order today, the usual from the deli?", has: [], not: ['Xero', 'Wise Business'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: 'what boots is everyone wearing this season? thinking of getting the new predators', has: [], not: ['Hootsuite', 'social-media'] },
  { ws: TOUCHLINE, kind: 'off-topic', q: 'how many loan players can a league two side name in a matchday squad?', has: [], not: ['Clubs', 'FIFA Agent Platform'] },
];
