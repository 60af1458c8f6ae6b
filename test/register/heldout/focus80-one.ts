// Focus set 80 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-eighth round by a writer who read only the README, the case format and three firms' files (lockfast-caravan-storage, truewall-plastering, bedside-hospital-radio), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (61 of 90 on the round's starting answerer, 61 on the answerer of the time), then read in the seventy-eighth round.
import type { ReferenceCase } from './types.ts';

const LOCKFAST = 'lockfast-caravan-storage';
const TRUEWALL = 'truewall-plastering';
const BEDSIDE = 'bedside-hospital-radio';

export const FOCUS80_ONE: ReferenceCase[] = [
  // ── Lockfast Caravan Storage: situations ──
  { ws: LOCKFAST, kind: 'situation', q: "kerry's just texted mr hollis the number for the entrance that belongs to the other hollis on row c. what happens now", has: ['breach-reporting', "changes that customer's PIN"] },
  { ws: LOCKFAST, kind: 'situation', q: 'an email meant for mrs fenwick went to some other address so i messaged her sorry and binned the sent one, hope thats ok??', has: ['breach-reporting', 'Do not try to put it right yourself'] },
  { ws: LOCKFAST, kind: 'situation', q: "copper from lincs constabulary in reception wanting tuesday nights video, trailer got nicked off the lane. can i just stick it on a memory stick for him", has: ['cctv-anpr', 'collar number and crime reference'] },
  { ws: LOCKFAST, kind: 'situation', q: 'mrs appleyard wants a copy of the video of her motorhome being backed into its bay, she thinks it got scraped', has: ['cctv-anpr', 'subject access request'] },
  { ws: LOCKFAST, kind: 'situation', q: 'bloke in bay 30 says someone was hanging round his boat sat night and wants to watch the clip so he can work out who it was', has: ['cctv-anpr', 'footage to another customer'] },
  { ws: LOCKFAST, kind: 'situation', q: 'alfie wants to grab a snap of the monitor on his own mobile, theres a fox on the yard at 3am lol. is he allowed', has: ['cctv-anpr', 'must not screenshot it'] },
  { ws: LOCKFAST, kind: 'situation', q: "lady on the phone cant remember her number to get in and she's sat at the entrance now with the van hitched, can i just tell her it", has: ['gate-codes', 'send them to the portal'] },
  { ws: LOCKFAST, kind: 'situation', q: "mr dobbs is in spain and his son in law wants to come and pick up the tourer tomorrow morning. ok to let him?", has: ['gate-codes', 'authority by email first'] },
  { ws: LOCKFAST, kind: 'situation', q: "someone on the intercom at the barrier wants letting in, says hes a customer but i cant see anyone on the screen", has: ['gate-codes', 'Never open the gate remotely'] },
  { ws: LOCKFAST, kind: 'situation', q: 'noticed tom snapping the damp meter on his own iphone during the hab check on the swift, is that alright', has: ['workshop-photos', 'using the company phones and the Tradify app only'] },
  { ws: LOCKFAST, kind: 'situation', q: "want to put up a nice pic of the thompsons new bailey on our fb, you can see the reg on the back tho", has: ['workshop-photos', 'never show a number plate'] },
  { ws: LOCKFAST, kind: 'situation', q: "sean's at the site in skegness with the van and theres nobody there to take it off him, what does he do", has: ['collection-delivery', 'wait 30 minutes before ringing Janet'] },
  { ws: LOCKFAST, kind: 'situation', q: "site office at the holiday park says just drop the keys with them, the owners arent arriving till tonight", has: ['collection-delivery', 'unless the customer has asked us to in writing'] },
  { ws: LOCKFAST, kind: 'situation', q: 'customer handed in his keys for the service thurs, do i write his name and address on the label so we dont mix them up', has: ['caravan-keys', 'pitch number only'] },
  { ws: LOCKFAST, kind: 'situation', q: "cant find the keys for the elddis on 42 anywhere, had them yesterday afternoon. panicking a bit", has: ['caravan-keys', 'Mick offers to change the lock'] },
  { ws: LOCKFAST, kind: 'situation', q: 'found a box of old paper contracts from 2015 up above the office, can i just chuck them in the skip out back', has: ['retention', 'locked shredding sack'] },
  { ws: LOCKFAST, kind: 'situation', q: "ex customer emailed, sold her van and wants us to wipe everything we've got on her", has: ['retention', 'removes the rest within a month'] },
  { ws: LOCKFAST, kind: 'situation', q: "mick wants a group chat for the workshop lads with all the customers mobiles in it so they can message them about jobs", has: ['phones-passwords', 'without asking Graham first'] },
  { ws: LOCKFAST, kind: 'situation', q: 'dropped the work mobile in the pond by the boat row and its gone. it had storeganise on it', has: ['phones-passwords', 'Fenland IT locks and wipes it'] },
  { ws: LOCKFAST, kind: 'situation', q: "theres a guy i dont recognise walking up and down the back row near the boats, not sure hes one of ours", has: ['visitors', 'ring Graham and do not challenge them'] },

  // ── Lockfast Caravan Storage: new tools ──
  { ws: LOCKFAST, kind: 'new-tool', q: 'customers keep asking to pay by card, can we take the storage fees through stripe?', has: ['Janet Cropley'], not: ['GoCardless'] },
  { ws: LOCKFAST, kind: 'new-tool', q: "mick wants to try jobber for the hab check bookings, reckons its better", has: ['Janet Cropley'], not: ['Tradify'] },
  { ws: LOCKFAST, kind: 'new-tool', q: 'clip is too big for email, can i send it to the insurer on dropbox', has: ['Janet Cropley'], not: ['Microsoft 365'] },
  { ws: LOCKFAST, kind: 'new-tool', q: "beverley says we could move the books over to sage, is that a thing we use?", has: ['Janet Cropley'], not: ['Xero'] },
  { ws: LOCKFAST, kind: 'new-tool', q: 'can kerry do the bring it in reminders through mailchimp this year, looks nicer', has: ['Janet Cropley'], not: ['Textlocal'] },

  // ── Lockfast Caravan Storage: off-topic ──
  { ws: LOCKFAST, kind: 'off-topic', q: 'is the tractor booked in for its mot this week or next?', has: [], not: ['Quartix'] },
  { ws: LOCKFAST, kind: 'off-topic', q: 'did lincoln city win last night? heard the gate was massive', has: [], not: ['Paxton Net2'] },
  { ws: LOCKFAST, kind: 'off-topic', q: 'is it meant to rain tomorrow, want to jet wash the pitches at the back', has: [], not: ['Storeganise'] },
  { ws: LOCKFAST, kind: 'off-topic', q: 'where do we keep the spare padlocks for the workshop', has: [], not: ['Tradify'] },
  { ws: LOCKFAST, kind: 'off-topic', q: 'kettle in the office has packed in again, who do we ring for a new one', has: [], not: ['Fenland IT'] },

  // ── Truewall Plastering: situations ──
  { ws: TRUEWALL, kind: 'situation', q: "mrs bould gave me her front door key for tomorrow, can i just hang on to it tonight, starting there at 7", has: ['customer-keys', 'not in the van or at home'] },
  { ws: TRUEWALL, kind: 'situation', q: "customer's sent me the lockbox number on whatsapp, where am i supposed to put it", has: ['customer-keys', 'private notes in Powered Now'] },
  { ws: TRUEWALL, kind: 'situation', q: "jordan cant find the key for the trentham rd job, thinks it fell out his pocket on site", has: ['customer-keys', 'ring Craig straight away'] },
  { ws: TRUEWALL, kind: 'situation', q: "old fella at the birches head job says his nephew keeps taking his pension and there's no heating on, bit worried about him", has: ['working-in-homes', 'tell Craig or Donna that day'] },
  { ws: TRUEWALL, kind: 'situation', q: "lady at the fenton job is 90 odd and offered us £200 in notes to skim the kitchen ceiling while we're there", has: ['working-in-homes', 'cash from a vulnerable customer'] },
  { ws: TRUEWALL, kind: 'situation', q: 'can i stick the render pics on my own page? came out mint', has: ['site-photos', 'Nothing goes on your own camera roll'] },
  { ws: TRUEWALL, kind: 'situation', q: "tenant at the cobridge house is fine with us taking pics of the damp wall, do we need anyone else to ok it", has: ['site-photos', "the landlord's and the tenant's say-so"] },
  { ws: TRUEWALL, kind: 'situation', q: 'mrs shenton wants the pictures of her chimney breast from before we started, who sends them', has: ['site-photos', 'Donna sends them from CompanyCam'] },
  { ws: TRUEWALL, kind: 'situation', q: "kids next door kicking a ball about right where i need to get the gable shots", has: ['site-photos', 'children playing outside'] },
  { ws: TRUEWALL, kind: 'situation', q: 'shannon sent the damp report for no 14 to the wrong mrs hughes. oops', has: ['breach-reporting', 'Tell Donna straight away'] },
  { ws: TRUEWALL, kind: 'situation', q: "might have left a job sheet on top of the rubbish at the longton job, not 100% sure tho. does it matter", has: ['breach-reporting', 'easier to find out it was nothing'] },
  { ws: TRUEWALL, kind: 'situation', q: 'estate agent selling 22 victoria rd wants a copy of the damp report we did', has: ['surveys-guarantees', "owner's written permission"] },
  { ws: TRUEWALL, kind: 'situation', q: "house we did the dpc on in 2022 has sold, new owners ringing up wanting the cover put in their name", has: ['surveys-guarantees', "only on the seller's written request"] },
  { ws: TRUEWALL, kind: 'situation', q: 'got the handwritten damp notes from this mornings job, can i bin them at the merchants', has: ['surveys-guarantees', 'bring it to the office shredder'] },
  { ws: TRUEWALL, kind: 'situation', q: "wes wants to borrow my work mobile to ring his missus, his is dead", has: ['phones-passwords', 'never lend it to anyone'] },
  { ws: TRUEWALL, kind: 'situation', q: "loads of old requests for prices from 2023 that never came to anything, are we meant to hang on to them", has: ['retention', 'deleted after 12 months'] },
  { ws: TRUEWALL, kind: 'situation', q: 'mr platt asked me on site today for everything we have about him, pics and all. can i just airdrop them to him', has: ['subject-access', 'yourself from site'] },
  { ws: TRUEWALL, kind: 'situation', q: 'a solicitor rang asking what work we did at 5 mill st and when, can i tell him?', has: ['subject-access', 'written permission first'] },
  { ws: TRUEWALL, kind: 'situation', q: "can lee see on the gps that i took a long dinner on weds?", has: ['van-tracking', 'to check on breaks'] },
  { ws: TRUEWALL, kind: 'situation', q: "taking the works van to my mates in leek on sunday, will it show lee where ive been", has: ['van-tracking', 'Private mode is switched on automatically'] },

  // ── Truewall Plastering: new tools ──
  { ws: TRUEWALL, kind: 'new-tool', q: "can we do the quotes in tradify instead? my mates firm swear by it", has: ['Donna Bailey'], not: ['Powered Now'] },
  { ws: TRUEWALL, kind: 'new-tool', q: 'jordan put the job pics in a dropbox folder for the customer, is that ok', has: ['Donna Bailey'], not: ['CompanyCam'] },
  { ws: TRUEWALL, kind: 'new-tool', q: 'customer asked if she can pay the deposit with paypal', has: ['Donna Bailey'], not: ['SumUp'] },
  { ws: TRUEWALL, kind: 'new-tool', q: 'should we get on trustpilot as well for reviews?', has: ['Donna Bailey'], not: ['Checkatrade'] },
  { ws: TRUEWALL, kind: 'new-tool', q: 'can i save the survey pdfs to onedrive from the tablet', has: ['Donna Bailey'], not: ['Google Workspace'] },

  // ── Truewall Plastering: off-topic ──
  { ws: TRUEWALL, kind: 'off-topic', q: 'what time does the travis perkins in hanley shut on a saturday', has: [], not: ['Hanley Accountancy Services'] },
  { ws: TRUEWALL, kind: 'off-topic', q: 'is it too cold to render today? forecast says 3 degrees', has: [], not: ['Guarantee Protection Insurance'] },
  { ws: TRUEWALL, kind: 'off-topic', q: "who's got the big mixer drill, need it for the damp job in tunstall", has: [], not: ['Property Care Association'] },
  { ws: TRUEWALL, kind: 'off-topic', q: 'wheres the best parking near the job on the ring road', has: [], not: ['Powered Now'] },
  { ws: TRUEWALL, kind: 'off-topic', q: 'is the van due a service soon? brakes are squealing', has: [], not: ['Quartix'] },

  // ── Bedside Hospital Radio: situations ──
  { ws: BEDSIDE, kind: 'situation', q: 'lady on ward 209 asked me to help her sit up and swing her legs out so she could reach her jug', has: ['ward-visits', 'help anyone out of bed'] },
  { ws: BEDSIDE, kind: 'situation', q: "man in bay 4 wants his surname and which bed hes in on the slip so his wife knows it's him", has: ['ward-visits', 'never write down a bed number'] },
  { ws: BEDSIDE, kind: 'situation', q: "josh put tonight's slips in his coat to take back down, is that alright", has: ['ward-visits', 'locked request box in the studio'] },
  { ws: BEDSIDE, kind: 'situation', q: "card says 'to mum, hope the chemo goes ok, love sue' do i read that out as is?", has: ['on-air-dedications', 'get well soon'] },
  { ws: BEDSIDE, kind: 'situation', q: "just heard the gentleman on 410 passed away this afternoon and his daughter's song is on my list for tonight", has: ['on-air-dedications', 'skip the dedication'] },
  { ws: BEDSIDE, kind: 'situation', q: "old chap on the ward told me his neighbour's been using his bank card and made me swear not to say anything", has: ['safeguarding', 'do not promise to keep it secret'] },
  { ws: BEDSIDE, kind: 'situation', q: 'my niece is 16 and keen, can she run sunday afternoon by herself while i nip to the shop?', has: ['safeguarding', 'never alone in the studio'] },
  { ws: BEDSIDE, kind: 'situation', q: "a patient asked for my mobile so we can keep in touch after she goes home, she's lovely", has: ['safeguarding', 'your own phone number to a patient'] },
  { ws: BEDSIDE, kind: 'situation', q: "patient on 302 wanted a pic with me for her grandkids, i said i'd check", has: ['photos-phones', 'No photos, videos or audio recordings on wards'] },
  { ws: BEDSIDE, kind: 'situation', q: "want to chat to a patient about his 50 years down the pit for the sunday show, what do i need?", has: ['photos-phones', "the patient's signed consent"] },
  { ws: BEDSIDE, kind: 'situation', q: "woman rang asking if her brother's been admitted and where he is", has: ['request-line', "if they're in, we'll play it"] },
  { ws: BEDSIDE, kind: 'situation', q: "last night's messages are still sat on the answerphone, whose job is it to clear them", has: ['request-line', 'deleted by the next presenter on shift'] },
  { ws: BEDSIDE, kind: 'situation', q: "caller wants his dad's full name and 'recovering from his bypass' read out", has: ['request-line', 'we use first names and'] },
  { ws: BEDSIDE, kind: 'situation', q: 'maureen put a pic of a request slip in the volunteers chat by accident, you can read the patients name', has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: BEDSIDE, kind: 'situation', q: "pretty sure someone saw me type my myriad password at the open day", has: ['passwords-new-tools', 'change it and tell Dave'] },
  { ws: BEDSIDE, kind: 'situation', q: 'gordon wants to use an ai thing to write his show intros and put the patients names in so it sounds personal', has: ['passwords-new-tools', 'AI chatbot'] },
  { ws: BEDSIDE, kind: 'situation', q: 'came in for my show and the studio door was wide open, nobody about', has: ['studio-security', 'extension 2222'] },
  { ws: BEDSIDE, kind: 'situation', q: "bloke from estates turned up to fix the aircon and wants letting in, nobody from the committee here", has: ['studio-security', 'let in by a committee member'] },
  { ws: BEDSIDE, kind: 'situation', q: 'new applicant handed me a photocopy of her dbs, should i scan it in for her file', has: ['volunteer-records', 'never copy the certificate'] },
  { ws: BEDSIDE, kind: 'situation', q: "josh wants to know what we've got on file about him, who does he ask", has: ['volunteer-records', 'ask Ruth for a copy'] },

  // ── Bedside Hospital Radio: new tools ──
  { ws: BEDSIDE, kind: 'new-tool', q: 'can we play the sunday playlist straight off spotify?', has: ['Ruth Ogden'], not: ['Myriad Playout'] },
  { ws: BEDSIDE, kind: 'new-tool', q: 'could we do the rota on trello instead, claire?', has: ['Ruth Ogden'], not: ['Better Impact'] },
  { ws: BEDSIDE, kind: 'new-tool', q: 'can families send their dedications over facebook messenger instead of the website', has: ['Ruth Ogden'], not: ['Wix'] },
  { ws: BEDSIDE, kind: 'new-tool', q: 'should we use justgiving for the sponsored walk', has: ['Ruth Ogden'], not: ['Enthuse'] },
  { ws: BEDSIDE, kind: 'new-tool', q: "anil's thinking of moving the accounts over to xero, do we use that?", has: ['Ruth Ogden'], not: ['QuickBooks'] },

  // ── Bedside Hospital Radio: off-topic ──
  { ws: BEDSIDE, kind: 'off-topic', q: 'anyone know if the costa on level 1 is open after 8?', has: [], not: ['The studio on Level 1 is locked whenever nobody is in it'] },
  { ws: BEDSIDE, kind: 'off-topic', q: "where's best to park at the royal derby in the evening, the pay machines take ages", has: [], not: ['University Hospitals of Derby and Burton NHS Foundation Trust'] },
  { ws: BEDSIDE, kind: 'off-topic', q: 'did derby county win? want to give them a shout out on the stream tonight', has: [], not: ['Radio.co'] },
  { ws: BEDSIDE, kind: 'off-topic', q: 'the mic in the studio keeps crackling, any ideas', has: [], not: ['Myriad Playout'] },
  { ws: BEDSIDE, kind: 'off-topic', q: "is it meant to snow saturday? i'm down for the ward round", has: [], not: ['Do not go behind drawn curtains'] },
];
