import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 125 and focus sets 57 and 62 taught (the seventy-first round). Each reading is tested on a question it was read from
 * and beside neighbours that must keep their answer (the firm's own solicitor asks no one's records, a colleague grabbing a coffee is no
 * allegation, money sent to a supplier abroad is a transfer, a guest asking for the owners' number too is the rule on numbers, a customer's
 * key lost is a breach).
 */
const cases = devCasesOn(
  exampleFirms({
    sobertest: 'sobertest-workplace-screening',
    heartmatch: 'heartmatch-introductions',
    restorez: 'restorez-trauma-cleaning',
    brightstart: 'brightstart-wraparound-club',
    pathway: 'pathway-supported-employment',
    nextstep: 'nextstep-care-leavers',
    homewatch: 'homewatch-house-sitters',
    ivyroute: 'ivyroute-admissions-consultancy',
    bluewave: 'bluewave-pool-care',
    bastion: 'bastion-guarding',
    bigtop: 'bigtop-circus-school',
    brightpath: 'brightpath-driving-assessments',
    broadland: 'broadland-befrienders',
    careway: 'careway-transport',
    crux: 'crux-climbing',
    drystone: 'drystone-dales-walling',
    facefront: 'facefront-models',
    glacier: 'glacier-ice-rink',
    mossgrove: 'mossgrove-community-energy',
    pathfinder: 'pathfinder-camps',
    stowaway: 'stowaway-storage',
    sunnyside: 'sunnyside-holiday-club',
    taycommon: 'taycommon-credit-union',
    wagtail: 'wagtail-pet-sitters',
    curlbox: 'curlbox-mobile-hair',
    ashdown: 'ashdown-music',
    bideford: 'bideford-rugby-club',
    cobalt: 'cobalt-van-hire',
    crystal: 'crystal-clear-windows',
    greenleaf: 'greenleaf-landscaping',
    harbourshelter: 'harbour-night-shelter',
    hearthside: 'hearthside-clearances',
    kestrel: 'kestrel-recruitment',
    harbourlight: 'harbourlight-fostering',
    tawe: 'tawe-money-advice',
    shinewell: 'shinewell-valeting',
    northstar: 'northstar-coaching',
  }),
);

describe('who asks and how we know: a body a sentence names, a caller who may not be who they say', () => {
  cases([
    { firm: 'sobertest', q: 'got an email from a solicitor wanting a copy of a donors result for an employment tribunal', has: ['police-and-legal', 'in writing'] },
    { firm: 'sobertest', q: 'an insurer wants copies of the custody forms for a claim', has: ['police-and-legal', 'in writing'] },
    { firm: 'restorez', q: "solicitor acting for the landlord rang wanting copies of the pics of the flat on Tong Road for some dispute with the tenant's family over the deposit", has: ['police-requests', 'Solicitors, insurers and journalists get nothing'] },
    { firm: 'sobertest', q: 'our solicitor is updating the client contract template, who do I send it to?', has: [], not: ['police-and-legal'] },
    { firm: 'heartmatch', q: 'member rang wanting me to read her the notes on her matches, how do I know its really her', has: ['callers-asking', 'date of birth'] },
    { firm: 'heartmatch', q: 'how do I know if a date went well?', has: [], not: ['date of birth and the password'] },
  ]);
});

describe('harm to one we serve: a hurt they came with, a knock here, a colleague rough, money, a secret, a fright, a drink-driver', () => {
  cases([
    { firm: 'brightstart', q: "Noah came over from class with a massive bruise on his arm, says he fell over at lunch. it didn't happen here so do I need to do anything?", has: ['incidents', 'every injury a child arrives with'] },
    { firm: 'brightstart', q: 'Isla banged her head on the climbing frame, little lump but she\'s fine now and back playing', has: ['incidents', 'A head bump means a phone call'] },
    { firm: 'brightstart', q: 'banged my head on the cupboard door, ouch', has: [], not: ['A head bump means a phone call'] },
    { firm: 'brightstart', q: "I'm not comfortable with how one of the other playworkers talks to the kids, he grabbed Ollie's arm really hard today when he wouldn't tidy up", has: ['safeguarding', 'Allegations about a member of staff go to Amara'] },
    { firm: 'brightstart', q: 'one of the other playworkers grabbed me a coffee on the way in, lovely', has: [], not: ['Allegations about a member of staff'] },
    { firm: 'pathway', q: 'Dean told me his boss at the car wash pays him £20 a day cash and keeps his bank card "for safe keeping"', has: ['safeguarding-adults', 'tell Kwame or Ruth the same day'] },
    { firm: 'pathway', q: "Lucy told me in our session she's been cutting herself again and asked me not to say anything to her social worker", has: ['safeguarding-adults', 'Do not promise to keep it secret'] },
    { firm: 'nextstep', q: "one of my lads at keywork today said his mum's new fella has been hitting him and begged me not to say anything to anyone. what do i do??", has: ['safeguarding-disclosures', 'listen and do not promise'] },
    { firm: 'ivyroute', q: "during the practice interview Zara said she's barely eating and her dad keeps screaming at her. I don't know what to do", has: ['safeguarding-online', 'our safeguarding lead, the same day'] },
    { firm: 'heartmatch', q: 'member came back from her date really shaken, says he grabbed her arm in the car park. what do I do', has: ['member-safety', 'safety notes'] },
    { firm: 'heartmatch', q: 'one of my ladies keeps mentioning sending money to a man she met online who is "stuck abroad"', has: ['member-safety', 'talk to Olivia'] },
    { firm: 'heartmatch', q: 'does hubspot send our member data abroad?', has: ['HubSpot', 'EU'] },
    { firm: 'sobertest', q: 'guy just blew over the limit on the breath test and he is walking to his car', has: ['young-and-vulnerable-donors', 'must not drive away'] },
    { firm: 'heartmatch', q: 'a 19 year old wants to sign up, shes lovely and very mature, can we take her on?', has: ['member-safety', '21 or over'] },
    { firm: 'heartmatch', q: 'a 25 year old wants to sign up, can we take her on?', has: [], not: ['21 or over'] },
    { firm: 'restorez', q: 'housing officer says just skip everything in the back bedroom but the gentleman living there is getting upset and says he wants to keep all the newspapers. who do we listen to?', has: ['vulnerable-people', 'Do not throw anything away they have not agreed to'] },
  ]);
});

describe('papers, copies and records: ID copied, a medicine told, papers found kept or lost, notes on paper, an applicant, recordings', () => {
  cases([
    { firm: 'sobertest', q: 'donor wants me to take a copy of his driving licence for the paperwork, is that fine', has: ['chain-of-custody', 'do not photocopy'] },
    { firm: 'sobertest', q: 'the lad I tested says he takes codeine for his back, where do I put that', has: ['non-negative-results', 'MRO section of the form'] },
    { firm: 'sobertest', q: 'found a pile of donor copies of ccfs in my desk drawer from last month, what do I do with them', has: ['records-retention', 'shredding console'] },
    { firm: 'heartmatch', q: 'got a few pages of handwritten interview notes from this mornings interview, what do I do with the paper', has: ['records-retention', 'shredded'] },
    { firm: 'nextstep', q: "think I left my folder with thursday's names and phone numbers on the train to Loughborough. how quickly do I need to tell someone?", has: ['data-breach', 'within 24 hours at most'] },
    { firm: 'homewatch', q: "girl who applied to be a sitter back in the spring and didn't get it, can I delete all her stuff now?", has: ['records-retention', "unsuccessful applicants' details are deleted after 6 months"] },
    { firm: 'ivyroute', q: 'still got recordings of the Oxford practice interviews from September on my laptop, do I need them for anything?', has: ['records-retention', 'Mock interview recordings are deleted after 30 days'] },
    { firm: 'ivyroute', q: "I keep copies of students' statements on my own laptop so I can work offline on the train, that fine?", has: ['lost-device', "Never keep students' essays or documents"] },
    { firm: 'nextstep', q: "Kayla told me today she doesnt want us talking to her social worker about her anymore, she's fuming with them. do I need to do anything?", has: ['information-sharing', 'If a young person withdraws consent'] },
  ]);
});

describe('homes we look after: owners away asked, a break-in, the alarm code, a code seen, reports to a neighbour, keys', () => {
  cases([
    { firm: 'homewatch', q: 'guy in a van at the Maugersbury house asked me when the owners are back, said he\'s got a parcel for them. what do I say?', has: ['client-absence', 'delivery driver that a client is away'] },
    { firm: 'homewatch', q: "Biscuit the lab scoffed a whole bar of dark chocolate at the Kingham sit, driving her to the vets in Moreton now and they're asking where the owners are and when they're home", has: ['pets-and-vets', "Never give the vet the client's travel plans"] },
    { firm: 'bluewave', q: 'one of the guests asked me when the owners are back and for their number', has: ['office number'] },
    { firm: 'northstar', q: "my client's line manager just rang me out of the blue asking if she's thinking of jumping ship 🙄 what am i supposed to say to that", has: ['sponsor-confidentiality'] },
    { firm: 'homewatch', q: "pulled up at the Lower Slaughter house and the back door's been jimmied, glass everywhere. I'm shaking. should I go in and check?", has: ['property-emergencies', 'do not go in; call 999'] },
    { firm: 'homewatch', q: 'alarm at Lavender Cottage has been screaming for 10 mins and the police want the number to switch it off', has: ['property-emergencies', "the alarm company's details, never the alarm code"] },
    { firm: 'homewatch', q: 'pretty sure the window cleaner clocked me punching in the keypad number at Chipping Norton this morning, he was right behind me', has: ['alarm-codes', 'may have been seen by someone else'] },
    { firm: 'homewatch', q: "the client's neighbour Mrs Baker asked if I can forward her the daily updates on the dogs while the Lowes are away", has: ['visit-reports', 'Reports go to the client only'] },
    { firm: 'homewatch', q: "the Pembertons haven't booked since summer 2024 and have moved to Spain, we've still got their back door key in the cabinet", has: ['records-retention', 'returned to the client within 14 days'] },
    { firm: 'homewatch', q: "dropped the Fairweathers' keys somewhere between Upper Slaughter and the car park, searched everywhere, feel awful. who needs to know?", has: ['key-handling', 'If a key is lost, tell Marcus'] },
    { firm: 'shinewell', q: 'cant find a customers key anywhere, tag only had the ticket number on it. what now', has: ['24 hours'] },
  ]);
});

describe('students and mentees: a home visit, a young student emailed, a parent after 18, work written for them, a note-taking bot, one\'s role', () => {
  cases([
    { firm: 'nextstep', q: "can I bring Shannon back to mine for a brew and sort her CV out on my laptop? my flat's literally round the corner from the station", has: ['mentor-boundaries', 'Meet only in public places agreed'] },
    { firm: 'ivyroute', q: "emailing Poppy (she's 15) her feedback on her EPQ, just her or does someone else need to be on it?", has: ['safeguarding-online', 'copy a parent into any email'] },
    { firm: 'ivyroute', q: "Olivia turned 18 last month, her dad's asking how her Oxford prep is going, can I fill him in?", has: ['parents-and-students', 'Once a student turns 18, we share nothing'] },
    { firm: 'ivyroute', q: "Freddie's statement opening is so clunky, quicker if I just redo the first paragraph for him, deadline's the 15th", has: ['authentic-work', 'write sentences for them or rewrite a draft'] },
    { firm: 'ivyroute', q: "some AI 'notetaker' thing joined my call with Felix from a random account and started writing down everything we said, is that allowed?", has: ['new-tools', 'Free note-taking and transcription bots'] },
    { firm: 'nextstep', q: "im a mentor, met Jade at the costa in town and she said an older guy keeps giving her stuff and she's been staying at his. feel sick tbh. when do i have to pass this on, tonight or at her next keywork?", has: ['safeguarding-disclosures', 'before the end of the day'] },
  ]);
});

describe('the register asked in other words: a person\'s accounts before the story why, a statement asked as sent, a tool paid through', () => {
  cases([
    { firm: 'sobertest', q: 'what systems does kelly use? setting up her new tablet', has: ['Microsoft 365', 'WhatsApp Business', 'DX Secure', 'Lion Laboratories'] },
    { firm: 'sobertest', q: 'what do we do? kelly lost her tablet', has: ['Lost or stolen tablet, phone, laptop or kit bag'], not: ['Kelly Brennan has an account with'] },
    { firm: 'heartmatch', q: 'has calendly sent their dpa yet? the uk addendum thing', has: ['Calendly', 'requested'] },
    { firm: 'brightstart', q: 'can parents pay by a Stripe link?', has: ['Stripe', 'Amara'], not: ['GoCardless'] },
  ]);
});

describe('after two reviews (540 questions of their own on 209 firms): over-reaches narrowed, plain variants read', () => {
  cases([
    // An age, not days or hours; a lad of 18.
    { firm: 'facefront', q: 'a 19 year old wants to sign up with the agency, can we take her on?', has: [], not: ['at least 21 days'] },
    { firm: 'bigtop', q: 'a 20 year old wants to join the adult aerial class, ok?', has: [], not: ['at least 21 days'] },
    { firm: 'heartmatch', q: 'got a lad of 18 who wants to become a member, alright?', has: ['member-safety', '21 or over'] },
    // Drink, not under-18s driving.
    { firm: 'drystone', q: 'crew had a few at the pub after work and now Jake wants to drive the pickup back, what do I do?', has: [], not: ['never drive'] },
    { firm: 'sobertest', q: 'lad blew 0.3 over, getting in his van now, what do I do??', has: ['young-and-vulnerable-donors', 'must not drive away'] },
    // A child's hurt, not a parent's or an iPad's; a knock to a child's head, not a leader's nor an idiom.
    { firm: 'brightstart', q: "noticed a big bruise on Leo's leg when he got here from school, didn't happen at club", has: ['incidents', 'every injury a child arrives with'] },
    { firm: 'glacier', q: 'two kids clashed heads in the skating school class, both fine now', has: ['first-aid-incidents'] },
    { firm: 'pathfinder', q: 'Sam took a knock to the head playing rounders, seems fine', has: ['accidents-first-aid'] },
    { firm: 'pathfinder', q: 'one of the leaders hit his head on the minibus door, needed a sit down', has: [], not: ['accidents-first-aid'] },
    // A colleague rough with a child, by a blow to a child named; not her own phone grabbed.
    { firm: 'brightstart', q: "my colleague slapped Maisie's hand away really hard at snack time, I'm not happy", has: ['safeguarding', 'Allegations about a member of staff'] },
    { firm: 'sunnyside', q: "one of the other leaders slapped Josh across the face, I'm shaking", has: ['safeguarding'] },
    { firm: 'sunnyside', q: 'one of the other leaders grabbed her phone off the table', has: [], not: ['Concerns about a member of staff'] },
    // Money held to exploit, not wages held to month end or a passport for a right-to-work check.
    { firm: 'pathway', q: 'Aaron says his manager at the warehouse holds on to his wages and only gives him £10 a week', has: ['safeguarding-adults'] },
    { firm: 'brightpath', q: "the driver's son keeps his bank card and won't let him have any money, what do I do", has: ['safeguarding'] },
    { firm: 'pathway', q: 'the employer has his passport for the right to work check, they\'ll give it back tomorrow, is that ok?', has: [], not: ['safeguarding-adults'] },
    { firm: 'pathway', q: "his employer holds his wages until the end of the month, that's normal right?", has: [], not: ['safeguarding-adults'] },
    // A cut by accident is no hurt kept secret; a dad shouting at the telly is no hurt at home.
    { firm: 'pathway', q: 'my colleague cut himself on the box cutter and asked me not to tell Ruth', has: [], not: ['Do not promise to keep it secret'] },
    { firm: 'ivyroute', q: 'the student said her dad was shouting at the telly during the match lol', has: [], not: ['our safeguarding lead, the same day'] },
    // One who frightened her, not a buggy pushed.
    { firm: 'heartmatch', q: 'the client was upset because she said her date was boring and he pushed for a second date', has: [], not: ['safety notes'] },
    // A body asking: a lawyer for records many words on, footage to the footage policy, not a buyer's solicitor after contracts nor our insurer.
    { firm: 'sobertest', q: 'the lawyer for the employer wants copies of the chain of custody forms', has: ['police-and-legal'] },
    { firm: 'sobertest', q: "a solicitor emailed asking for a donor's result", has: ['police-and-legal', 'in writing'] },
    { firm: 'stowaway', q: "we're selling the business and the buyer's solicitor wants copies of the supplier contracts", has: [], not: ['CCTV and the number-plate camera'] },
    { firm: 'careway', q: 'the insurance company is asking for details of our fleet for the renewal', has: [], not: ['Dashcam footage'] },
    // Whether a caller is who they say, not whether a text is the bank's.
    { firm: 'brightpath', q: "someone emailed wanting the assessment report, they say they're the GP, how can we verify who they are?", has: ['Checking who is calling'] },
    { firm: 'taycommon', q: "a lady phoned for her husband's balance, how can I be sure she's allowed?", has: ['Checking who you are speaking to'] },
    { firm: 'taycommon', q: "a new starter messaged asking for the wifi password, how do I know it's the right one?", has: [], not: ['Checking who you are speaking to'] },
    // Sharing withdrawn, to a worker or a body; not a topic no longer talked about.
    { firm: 'mossgrove', q: 'client doesnt want us sharing her info with the council anymore', has: ["Passing on an advice client's details"] },
    { firm: 'broadland', q: "Mrs Patel doesn't want us to talk about her late husband any more, it upsets her", has: [], not: ['Photos at the lunch club'] },
    { firm: 'pathway', q: "participant doesn't want us to share her story any more", has: ['Case studies, photos and social media'] },
    // A medicine told by one we serve, not a colleague.
    { firm: 'curlbox', q: 'Chloe said she takes painkillers for her back, can she skip the heavy kit?', has: [], not: ['Patch tests and allergy records'] },
    // A person's accounts asked, but a theft told after is the story.
    { firm: 'crux', q: 'what systems does Owen use? his phone got stolen last night, what do we do?', has: [], not: ['Owen Fairclough has an account with'] },
    { firm: 'heartmatch', q: 'does hubspot send our data abroad when we transfer money to them?', has: ['HubSpot', 'UK Addendum'] },
    // Homes: a break-in by its words, at a firm whose sentence says signs of one; not a glass smashed or a do-not-enter of another matter.
    { firm: 'bastion', q: 'alarm call at the warehouse, side door has been forced, should we go in and check?', has: ['Client keys, alarm codes and alarm response'] },
    { firm: 'homewatch', q: "the front window's been smashed at the Stow house, do I go in?", has: ['property-emergencies', 'do not go in'] },
    { firm: 'homewatch', q: 'I smashed a glass at the Kingham sit and cut my hand, should I go in to work tomorrow?', has: [], not: ['do not go in; call 999'] },
    { firm: 'homewatch', q: 'spotted the back door open when I was putting in the recycling at Kingham, should I worry?', has: [], not: ['may have been seen by someone else'] },
    { firm: 'homewatch', q: 'lady across the road asked how long the Coopers are away for, she seemed nice but idk', has: ['client-absence'] },
    { firm: 'wagtail', q: 'the Hendersons moved away in the summer, we\'ve still got their key in the cabinet', has: ['How long we keep things'] },
    // Students: one brought home, not a laptop kept there; a role's rule only after safeguarding.
    { firm: 'nextstep', q: 'my flat got burgled, should I tell someone? the work laptop was at mine', has: ['lost-device'], not: ['Meet only in public places'] },
    { firm: 'nextstep', q: 'fancy meeting Leah at my gaff to do her budgeting, is that allowed', has: ['mentor-boundaries'] },
    { firm: 'broadland', q: "I'm a volunteer and my client told me her son takes her pension, who do I tell?", has: [], not: ['Volunteers tell their coordinator'] },
    { firm: 'ivyroute', q: 'sending Tom (14) his essay notes by email, do I cc anyone?', has: ['copy a parent into any email'] },
    { firm: 'ivyroute', q: "got an email from Amy's dad, she's 15, can I reply to just him?", has: [], not: ['copy a parent into any email'] },
    { firm: 'ivyroute', q: "Priya's just had her 18th, her mum rang wanting an update on her applications", has: ['parents-and-students'] },
    { firm: 'ivyroute', q: 'can I just tweak his conclusion for him, it\'s nearly there', has: ['authentic-work'] },
    { firm: 'ivyroute', q: 'Fireflies.ai joined my session with Noah, can I leave it running?', has: ['new-tools', 'transcription bots'] },
  ]);
});

describe('after a second review (225 questions of its own on 71 firms): over-reaches narrowed, plain variants read', () => {
  cases([
    { firm: 'heartmatch', q: "we've got 20 people joining the singles night on friday, can I book a bigger room?", has: [], not: ['21 or over'] },
    { firm: 'brightstart', q: "one of the other staff pushed the kids' bikes back into the shed for me", has: [], not: ['Allegations about a member of staff'] },
    { firm: 'brightstart', q: "a colleague kicked Ollie's football back over the fence", has: [], not: ['Allegations about a member of staff'] },
    { firm: 'sunnyside', q: 'one of the other staff slapped Ben a high five after the race', has: [], not: ['Concerns about a member of staff'] },
    { firm: 'brightstart', q: "another playworker pulled Amber by the hair when she wouldn't sit down", has: ['safeguarding', 'Allegations about a member of staff'] },
    { firm: 'bideford', q: "the u14s beat them twice this season, don't tell anyone the team for saturday yet", has: [], not: ['safeguarding'] },
    { firm: 'ashdown', q: 'Tom mentioned his dad is beating him at chess every night now, cute', has: [], not: ['safeguarding'] },
    { firm: 'heartmatch', q: 'member was upset because her date followed her on instagram and then unfollowed her after', has: [], not: ['safety notes'] },
    { firm: 'heartmatch', q: 'can I send the money for the singles night venue online tonight?', has: [], not: ['romance scams'] },
    { firm: 'pathway', q: 'his employer has his passport for a copy for the right to work check, all his paperwork is sorted now', has: [], not: ['safeguarding-adults'] },
    { firm: 'pathway', q: 'Kyle says his dad keeps his bank card and all his wages and only gives him £10 a week', has: ['safeguarding-adults'] },
    { firm: 'harbourshelter', q: 'one of the guests says a man at the hostel keeps his bank card and makes him hand over his benefits', has: ['Safeguarding concerns'] },
    { firm: 'tawe', q: 'we applied for the Big Lottery grant but were turned down, can I delete the application files?', has: [], not: ['unsuccessful'] },
    { firm: 'greenleaf', q: 'the supplier asked whether the owners are back from the trade show yet so they can sign the quote', has: [], not: ['when a customer is away'] },
    { firm: 'greenleaf', q: 'a neighbour asked me when the Hendersons get back from Spain', has: ["Working at customers' homes"] },
    { firm: 'homewatch', q: 'my car was broken into last night with the key bag in the boot, should I go in to the office first or ring Marcus?', has: [], not: ['do not go in; call 999'] },
    { firm: 'homewatch', q: "window's been put through at the client's, ok to go in and feed the cats?", has: ['property-emergencies', 'do not go in'] },
    { firm: 'kestrel', q: 'I have all my music on my own phone, can I play it in the office?', has: [], not: ['never keep'] },
    { firm: 'cobalt', q: 'the insurer wants our MOT records for the van fleet', has: [], not: ['the insurer can ask for them'] },
    { firm: 'sobertest', q: 'donor failed the breathalyser and is getting into his van', has: ['young-and-vulnerable-donors', 'must not drive away'] },
    { firm: 'nextstep', q: 'Kayla wants to come round my house for tea on sunday, is that ok?', has: ['mentor-boundaries'] },
    { firm: 'ivyroute', q: 'sending 15 year old Amir his essay notes by email, should I copy his parents?', has: ['copy a parent into any email'] },
    { firm: 'ivyroute', q: "Callum's 19 now and his mum emailed asking how his applications are going", has: ['parents-and-students'] },
    { firm: 'northstar', q: 'a fathom bot popped into my session with a client', has: ['session-recordings'] },
    { firm: 'crystal', q: 'a guy was looking over my shoulder when I typed the key safe code in', has: ['keys-and-codes'] },
    { firm: 'hearthside', q: 'the job finished last month and we still have the keys to the bungalow', has: ['keys-and-empty-homes'] },
    { firm: 'curlbox', q: "the woman said she's on the new tablets from the doctor for her thyroid", has: ['patch-tests'] },
    { firm: 'harbourlight', q: "a foster carer told me she smacked the child she's looking after for being rude", has: ['Allegations against a foster carer'] },
    { firm: 'heartmatch', q: 'member is shaken, says her date kept texting her after she said no and turned up at her work', has: ['member-safety', 'safety notes'] },
    { firm: 'heartmatch', q: "member came back from a date scared, the man wouldn't let her leave the car", has: ['member-safety', 'safety notes'] },
    { firm: 'nextstep', q: 'Tyler no longer wants us speaking to his probation officer about him', has: ['information-sharing', 'If a young person withdraws consent'] },
    { firm: 'nextstep', q: 'Kayla doesnt want us talking to her social worker about the grant', has: [], not: ['If a young person withdraws consent'] },
  ]);
});
