// Focus set 62 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-first round by a writer who read only the README, the case format and three firms' files (nextstep-care-leavers, homewatch-house-sitters, ivyroute-admissions-consultancy), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const NEXTSTEP = 'nextstep-care-leavers';
const HOMEWATCH = 'homewatch-house-sitters';
const IVYROUTE = 'ivyroute-admissions-consultancy';

export const FOCUS62_ONE: ReferenceCase[] = [
  // ── NextStep Care Leavers: situations ──
  { ws: NEXTSTEP, kind: 'situation', q: "one of my lads at keywork today said his mum's new fella has been hitting him and begged me not to say anything to anyone. what do i do??", has: ['safeguarding-disclosures', 'listen and do not promise'] },
  { ws: NEXTSTEP, kind: 'situation', q: "im a mentor, met Jade at the costa in town and she said an older guy keeps giving her stuff and she's been staying at his. feel sick tbh. when do i have to pass this on, tonight or at her next keywork?", has: ['safeguarding-disclosures', 'before the end of the day'] },
  { ws: NEXTSTEP, kind: 'situation', q: "my mentee Tyler keeps asking for my snapchat so we can chat between sessions, he's a good kid. would it be alright once our match finishes in march?", has: ['mentor-boundaries', 'friend or follow a young person'] },
  { ws: NEXTSTEP, kind: 'situation', q: "can I bring Shannon back to mine for a brew and sort her CV out on my laptop? my flat's literally round the corner from the station", has: ['mentor-boundaries', 'Meet only in public places agreed'] },
  { ws: NEXTSTEP, kind: 'situation', q: "Jordan's PA at the county wants his latest update asap, can I just pop it over to her gmail or on whatsapp? way quicker", has: ['information-sharing', 'never by ordinary email or WhatsApp'] },
  { ws: NEXTSTEP, kind: 'situation', q: "Kayla told me today she doesnt want us talking to her social worker about her anymore, she's fuming with them. do I need to do anything?", has: ['information-sharing', 'If a young person withdraws consent'] },
  { ws: NEXTSTEP, kind: 'situation', q: "lad's got no gas and no food till his UC lands next wednesday, he's already had £40 off me this week, can I give him another £30 today?", has: ['emergency-grants', 'up to £50 in one week'] },
  { ws: NEXTSTEP, kind: 'situation', q: "doing a bank transfer for Reece's starter pack for his new flat, what do I put in the reference box, just his name and 'leaving care'?", has: ['emergency-grants', 'use the grant number'] },
  { ws: NEXTSTEP, kind: 'situation', q: "Marcus asked at thursday's session if he could use my work laptop to check his universal credit journal, he's locked out on his phone. ok to let him?", has: ['drop-in', 'young person use a staff laptop or phone'] },
  { ws: NEXTSTEP, kind: 'situation', q: "want to get a nice group pic of everyone outside the front door at Highcross St for the newsletter, a few of them are well up for it", has: ['drop-in', "never show the building's entrance"] },
  { ws: NEXTSTEP, kind: 'situation', q: "been jotting my keywork stuff in my own little notebook and typing it all up at the end of the month, easier on the bus. that alright?", has: ['case-recording', 'Never keep notes in a personal notebook'] },
  { ws: NEXTSTEP, kind: 'situation', q: "bloke rang the office saying he's Destiny's dad and needs her new address urgently, sounded really upset. what do i tell him", has: ['callers-about-young-people', 'Never confirm whether a young person'] },
  { ws: NEXTSTEP, kind: 'situation', q: "two coppers at the front desk asking if Callum comes here and when he's next in. Kerry's panicking, what do we say", has: ['callers-about-young-people', 'who asks for the request in writing'] },
  { ws: NEXTSTEP, kind: 'situation', q: "omg I just sent Leah's pathway plan to the wrong Sarah at the county 😬 can I just pull it back in outlook and say nothing?", has: ['data-breach', 'Do not try to recall emails'] },
  { ws: NEXTSTEP, kind: 'situation', q: "think I left my folder with thursday's names and phone numbers on the train to Loughborough. how quickly do I need to tell someone?", has: ['data-breach', 'within 24 hours at most'] },
  { ws: NEXTSTEP, kind: 'situation', q: "work phone just got snatched out my hand outside Greggs on Gallowtree Gate 😭 it's gone 11pm, who do i ring", has: ['lost-device', 'day or night, on 0116 555 0391'] },
  { ws: NEXTSTEP, kind: 'situation', q: "found a free website that makes really nice CVs, can I put Leon's details and work history in it for him tomorrow?", has: ['new-tools', 'that is not in our supplier register'] },
  { ws: NEXTSTEP, kind: 'situation', q: "clearing out the back office cabinet, found a box of old mentor files for people who left in 2018. can they go in the bin?", has: ['records-retention', 'are kept for 6 years after they leave'] },
  { ws: NEXTSTEP, kind: 'situation', q: "Ellie messaged the work phone saying 'can i see everything yous have wrote about me'. what happens now?", has: ['subject-access', 'Note the request in Lamplight and tell'] },
  { ws: NEXTSTEP, kind: 'situation', q: "Jay wants to see his whole file from when he was in care, foster placements and everything, can we dig that out for him?", has: ['subject-access', 'Requests for their local authority care file'] },

  // ── NextStep Care Leavers: new tools ──
  { ws: NEXTSTEP, kind: 'new-tool', q: "can I set up a Trello board for the mentoring matches? one card per young person with their first name and mentor", has: ['new-tools', 'Sharon Mistry'], not: ['Better Impact', 'Lamplight'] },
  { ws: NEXTSTEP, kind: 'new-tool', q: "is WeTransfer ok for sending Jade's housing docs over? files are too big for email", has: ['new-tools', 'Sharon Mistry'], not: ['Microsoft 365'] },
  { ws: NEXTSTEP, kind: 'new-tool', q: "anyone used Canva? want to do the xmas party flyer with a few of the young people's photos on it", has: ['new-tools', 'Sharon Mistry'], not: ['Mailchimp', 'Beacon CRM'] },
  { ws: NEXTSTEP, kind: 'new-tool', q: "Hannah reckons we should do the sleepout appeal on JustGiving and import our supporters into it, thoughts?", has: ['new-tools', 'Sharon Mistry'], not: ['Beacon CRM', 'Mailchimp'] },
  { ws: NEXTSTEP, kind: 'new-tool', q: "would Signal be better than the work whatsapp for messaging the young people? heard it's more secure", has: ['new-tools', 'Sharon Mistry'], not: ['WhatsApp Business'] },

  // ── NextStep Care Leavers: off-topic ──
  { ws: NEXTSTEP, kind: 'off-topic', q: "anyone got a good recipe for a cheap batch-cook chilli for cooking club? feeding 12 on about £20", has: [], not: ['emergency-grants', 'Allpay prepaid cards'] },
  { ws: NEXTSTEP, kind: 'off-topic', q: "did Leicester City win last night? missed the second half", has: [], not: ['Local authority leaving care teams', 'Unity Trust Bank'] },
  { ws: NEXTSTEP, kind: 'off-topic', q: "what's the easiest way to help a 17 year old fill in a housing benefit claim? the form is a nightmare", has: [], not: ['Microsoft 365', 'information-sharing'] },
  { ws: NEXTSTEP, kind: 'off-topic', q: "anyone fancy a christmas jumper day on the 18th? thinking £2 each towards the party", has: [], not: ['Beacon CRM', 'emergency-grants'] },
  { ws: NEXTSTEP, kind: 'off-topic', q: "is it meant to snow tomorrow? supposed to be driving out to the Loughborough outreach", has: [], not: ['lost-device', 'Lamplight'] },

  // ── HomeWatch House Sitters: situations ──
  { ws: HOMEWATCH, kind: 'situation', q: "Mrs Hartley in Bourton wants us to get a spare of her back door key cut so both sitters can have one, ok to nip to Timpsons?", has: ['key-handling', "have a client's key copied"] },
  { ws: HOMEWATCH, kind: 'situation', q: "dropped the Fairweathers' keys somewhere between Upper Slaughter and the car park, searched everywhere, feel awful. who needs to know?", has: ['key-handling', 'If a key is lost, tell Marcus'] },
  { ws: HOMEWATCH, kind: 'situation', q: "client just texted me her new alarm pin for the Broadwell house, can I pop it in the sit notes in the app so the sitter sees it?", has: ['alarm-codes', 'Never write a code on a key tag'] },
  { ws: HOMEWATCH, kind: 'situation', q: "pretty sure the window cleaner clocked me punching in the keypad number at Chipping Norton this morning, he was right behind me", has: ['alarm-codes', 'may have been seen by someone else'] },
  { ws: HOMEWATCH, kind: 'situation', q: "guy in a van at the Maugersbury house asked me when the owners are back, said he's got a parcel for them. what do I say?", has: ['client-absence', 'delivery driver that a client is away'] },
  { ws: HOMEWATCH, kind: 'situation', q: "day 3 of a 2 week sit in Broadway, the garden is gorgeous!! can I stick a few pics on my insta stories?", has: ['client-absence', 'must not post about a sit until'] },
  { ws: HOMEWATCH, kind: 'situation', q: "new sitter Jess is lovely and can start friday at the Moreton house, her police check's still pending but her refs are great, can she go?", has: ['sitter-vetting', "No one is placed in a client's home"] },
  { ws: HOMEWATCH, kind: 'situation', q: "should I scan Priti's DBS certificate into her folder on the drive so we've got it if anyone asks?", has: ['sitter-vetting', 'never keep a copy of the certificate'] },
  { ws: HOMEWATCH, kind: 'situation', q: "just done the Stow visit but left in a rush, can I send the report from home tonight?", has: ['visit-reports', 'before you leave the property'] },
  { ws: HOMEWATCH, kind: 'situation', q: "the client's neighbour Mrs Baker asked if I can forward her the daily updates on the dogs while the Lowes are away", has: ['visit-reports', 'Reports go to the client only'] },
  { ws: HOMEWATCH, kind: 'situation', q: "Biscuit the lab scoffed a whole bar of dark chocolate at the Kingham sit, driving her to the vets in Moreton now and they're asking where the owners are and when they're home", has: ['pets-and-vets', "Never give the vet the client's travel plans"] },
  { ws: HOMEWATCH, kind: 'situation', q: "pulled up at the Lower Slaughter house and the back door's been jimmied, glass everywhere. I'm shaking. should I go in and check?", has: ['property-emergencies', 'do not go in; call 999'] },
  { ws: HOMEWATCH, kind: 'situation', q: "alarm at Lavender Cottage has been screaming for 10 mins and the police want the number to switch it off", has: ['property-emergencies', "the alarm company's details, never the alarm code"] },
  { ws: HOMEWATCH, kind: 'situation', q: "oops I sent the Whitfields' report to the Whitmores by mistake. not sure if that's a big deal or not, do I need to tell anyone?", has: ['data-breach', 'even if you are unsure it counts'] },
  { ws: HOMEWATCH, kind: 'situation', q: "left my phone in the pub in Stow last night, it's got the vault and the visits app on it and they say there's no sign of it", has: ['lost-device', 'day or night, on 01451 555 284'] },
  { ws: HOMEWATCH, kind: 'situation', q: "my work mobile's screen lock is set to never cos it's so annoying when I'm walking dogs, that's fine right?", has: ['lost-device', 'must lock after one minute'] },
  { ws: HOMEWATCH, kind: 'situation', q: "Wendy's set up a group chat for all the sitters so we can share who's at which address this week, handy or not ok?", has: ['new-tools', 'WhatsApp groups to share client addresses'] },
  { ws: HOMEWATCH, kind: 'situation', q: "the Pembertons haven't booked since summer 2024 and have moved to Spain, we've still got their back door key in the cabinet", has: ['records-retention', 'returned to the client within 14 days'] },
  { ws: HOMEWATCH, kind: 'situation', q: "girl who applied to be a sitter back in the spring and didn't get it, can I delete all her stuff now?", has: ['records-retention', "unsuccessful applicants' details are deleted after 6 months"] },
  { ws: HOMEWATCH, kind: 'situation', q: "a client rang asking for a copy of the phone recording from when he complained about his sitter, what do I do with that?", has: ['subject-access', 'Note the request and pass it to Rosalind'] },

  // ── HomeWatch House Sitters: new tools ──
  { ws: HOMEWATCH, kind: 'new-tool', q: "can we use Rover to find some cover sitters over christmas? we're short", has: ['new-tools', 'Rosalind Pryce'], not: ['Time To Pet', 'Credas'] },
  { ws: HOMEWATCH, kind: 'new-tool', q: "thinking of moving the key log into Airtable, way easier than the app tbh", has: ['new-tools', 'Rosalind Pryce'], not: ['Time To Pet', 'KeyNest'] },
  { ws: HOMEWATCH, kind: 'new-tool', q: "is Life360 ok so the office can see where the home-watch team are during the day?", has: ['new-tools', 'Rosalind Pryce'], not: ['Quartix'] },
  { ws: HOMEWATCH, kind: 'new-tool', q: "could I get ChatGPT to write the welcome letters for new clients if I paste their pet notes in?", has: ['new-tools', 'Rosalind Pryce'], not: ['Time To Pet', 'HubSpot'] },
  { ws: HOMEWATCH, kind: 'new-tool', q: "anyone against using Calendly for booking the free home visits before a sit?", has: ['new-tools', 'Rosalind Pryce'], not: ['HubSpot', 'Time To Pet'] },

  // ── HomeWatch House Sitters: off-topic ──
  { ws: HOMEWATCH, kind: 'off-topic', q: "how often should I be feeding a 12 week old cocker spaniel puppy?", has: [], not: ['pets-and-vets', 'Time To Pet'] },
  { ws: HOMEWATCH, kind: 'off-topic', q: "is the A429 shut at Stow again this morning? stuck behind a tractor", has: [], not: ['Quartix', 'property-emergencies'] },
  { ws: HOMEWATCH, kind: 'off-topic', q: "anyone know a good pub in Bourton for the team christmas lunch?", has: [], not: ['Xero', 'client-absence'] },
  { ws: HOMEWATCH, kind: 'off-topic', q: "how do I get cat wee out of a wool rug? the Hendersons' tom has been at it again", has: [], not: ['pets-and-vets', 'Towergate Insurance'] },
  { ws: HOMEWATCH, kind: 'off-topic', q: "is it worth lagging the outside taps at the empty houses this week or do the owners sort that themselves?", has: [], not: ['property-emergencies', 'client-absence'] },

  // ── IvyRoute Admissions: situations ──
  { ws: IVYROUTE, kind: 'situation', q: "year 12 boy I tutor wants to do tomorrow's session on facetime cos his zoom keeps crashing, that ok?", has: ['safeguarding-online', "FaceTime or at a student's home"] },
  { ws: IVYROUTE, kind: 'situation', q: "emailing Poppy (she's 15) her feedback on her EPQ, just her or does someone else need to be on it?", has: ['safeguarding-online', 'copy a parent into any email'] },
  { ws: IVYROUTE, kind: 'situation', q: "during the practice interview Zara said she's barely eating and her dad keeps screaming at her. I don't know what to do", has: ['safeguarding-online', 'our safeguarding lead, the same day'] },
  { ws: IVYROUTE, kind: 'situation', q: "Freddie's statement opening is so clunky, quicker if I just redo the first paragraph for him, deadline's the 15th", has: ['authentic-work', 'write sentences for them or rewrite a draft'] },
  { ws: IVYROUTE, kind: 'situation', q: "Mia's new supplemental reads nothing like her, honestly think her older brother or a bot did it. what should I do before thursday?", has: ['authentic-work', "Megan O'Connell before the next session"] },
  { ws: IVYROUTE, kind: 'situation', q: "Theo's mum just emailed me his UCAS login so I can 'just check everything' before he sends it. what do I do with it?", has: ['application-accounts', 'delete the message, tell them to change it'] },
  { ws: IVYROUTE, kind: 'situation', q: "Kai's in Dubai with awful wifi, asked if I could hit submit on his common app for him tonight", has: ['application-accounts', 'Never log in as the student'] },
  { ws: IVYROUTE, kind: 'situation', q: "Olivia turned 18 last month, her dad's asking how her Oxford prep is going, can I fill him in?", has: ['parents-and-students', 'Once a student turns 18, we share nothing'] },
  { ws: IVYROUTE, kind: 'situation', q: "mum wants to read Sam's drafts and my notes from our sessions, Sam's a bit funny about it", has: ['parents-and-students', 'with parents only if the student agrees'] },
  { ws: IVYROUTE, kind: 'situation', q: "Harriet's chem teacher has her down for an A, she needs the A* for Imperial, can I ring the school and have a word?", has: ['schools-and-references', 'ask a teacher to change a predicted grade'] },
  { ws: IVYROUTE, kind: 'situation', q: "Ella's mum forwarded her school report to my personal gmail, just keep it there?", has: ['schools-and-references', 'predicted grades go in Cialfo, never in personal'] },
  { ws: IVYROUTE, kind: 'situation', q: "a dad in Singapore just read his whole card number out to me over the phone for the deposit, what now", has: ['payments', 'card details by phone, email or chat'] },
  { ws: IVYROUTE, kind: 'situation', q: "Mrs Adeyemi emailed asking us to update her bank details before the next instalment, new sort code and all. can I just change it?", has: ['payments', 'them back on the number in Pipedrive'] },
  { ws: IVYROUTE, kind: 'situation', q: "Priya got into Cambridge medicine!! can we put her pic and offer on our insta? she's 17 and totally up for it", has: ['marketing-and-results', 'if they are under 18, a parent'] },
  { ws: IVYROUTE, kind: 'situation', q: "I shared the wrong kid's workspace with the Patels and they've seen Arjun's essay 😳 can I quietly remove it and move on?", has: ['data-breach', 'contact the family yourself or delete anything'] },
  { ws: IVYROUTE, kind: 'situation', q: "left my macbook on the eurostar coming back from Paris, it's got Cialfo logged in 😩", has: ['lost-device', 'Whitcombe at once on 020 7946 0812'] },
  { ws: IVYROUTE, kind: 'situation', q: "I keep copies of students' statements on my own laptop so I can work offline on the train, that fine?", has: ['lost-device', "Never keep students' essays or documents"] },
  { ws: IVYROUTE, kind: 'situation', q: "some AI 'notetaker' thing joined my call with Felix from a random account and started writing down everything we said, is that allowed?", has: ['new-tools', 'Free note-taking and transcription bots'] },
  { ws: IVYROUTE, kind: 'situation', q: "still got recordings of the Oxford practice interviews from September on my laptop, do I need them for anything?", has: ['records-retention', 'Mock interview recordings are deleted after 30 days'] },
  { ws: IVYROUTE, kind: 'situation', q: "a parent has asked for 'everything you hold on our daughter', she's 16. do I just send it over?", has: ['subject-access', "handled as the student's request"] },

  // ── IvyRoute Admissions: new tools ──
  { ws: IVYROUTE, kind: 'new-tool', q: "can I use Notion to keep my own tracker of my students' deadlines?", has: ['new-tools', 'Eleanor Whitcombe'], not: ['Cialfo', 'Google Workspace'] },
  { ws: IVYROUTE, kind: 'new-tool', q: "thinking of sending students Loom videos with my feedback on their essays, ok?", has: ['new-tools', 'Eleanor Whitcombe'], not: ['Zoom', 'Cialfo'] },
  { ws: IVYROUTE, kind: 'new-tool', q: "Megan suggested we use Microsoft Teams for the calls with the US families, any issue?", has: ['new-tools', 'Eleanor Whitcombe'], not: ['Zoom'] },
  { ws: IVYROUTE, kind: 'new-tool', q: "is it ok to do the parents' evening slides in Canva with this year's offers and a few student names on?", has: ['new-tools', 'Eleanor Whitcombe'], not: ['Brevo', 'Google Workspace'] },
  { ws: IVYROUTE, kind: 'new-tool', q: "could we start a WhatsApp group for the Hong Kong families? they all use it", has: ['new-tools', 'Eleanor Whitcombe'], not: ['Pearl Education (Hong Kong)', 'Tidio'] },

  // ── IvyRoute Admissions: off-topic ──
  { ws: IVYROUTE, kind: 'off-topic', q: "what's a good book for a year 12 who wants to read law at Durham?", has: [], not: ['Cialfo', 'schools-and-references'] },
  { ws: IVYROUTE, kind: 'off-topic', q: "when does UCAS open for 2028 entry?", has: [], not: ['application-accounts', 'Cialfo'] },
  { ws: IVYROUTE, kind: 'off-topic', q: "is the heating in the Marylebone office fixed yet? freezing in here", has: [], not: ['Baker Street IT', 'Google Workspace'] },
  { ws: IVYROUTE, kind: 'off-topic', q: "what's the word limit on the main Common App essay these days?", has: [], not: ['authentic-work', 'Cialfo'] },
  { ws: IVYROUTE, kind: 'off-topic', q: "anyone want to grab sushi on Marylebone High St at 1?", has: [], not: ['Stripe', 'Calendly'] },
];
