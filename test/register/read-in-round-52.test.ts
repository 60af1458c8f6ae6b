import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 103 and focus set 10 (written blind, read in the fifty-second round): what their misses taught, each beside another
// firm's case and a neighbour that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    jeweller: 'goldhaven-jewellers',
    handyperson: 'safehands-handyperson',
    befrienders: 'broadland-befrienders',
    bowl: 'strikezone-bowl',
    tees: 'threadbare-tees',
    equine: 'saddleworks-equine-physio',
    dance: 'pirouette-dance-academy',
    cottages: 'bramblecombe-holiday-cottages',
    counselling: 'willowbank-counselling',
    wills: 'fairword-wills',
    hall: 'hartfield-village-hall',
    interpreters: 'handspeak-interpreters',
    drones: 'skyward-surveys',
    petsitters: 'wagtail-pet-sitters',
    guesthouse: 'saltings-guest-house',
    tyres: 'harbourside-tyres',
    scaffolders: 'steelrig-scaffolding',
    cabs: 'lynwood-cars',
    rescue: 'second-chance-dog-rescue',
    shredders: 'ravenhill-shredding',
    childminder: 'hopscotch-childminding',
    conveyancers: 'quillby-conveyancing',
    nannies: 'little-acorns-nannies',
    football: 'riverside-rovers-fc',
    blocks: 'keyfold-block-management',
    recruiters: 'kestrel-recruitment',
    haulage: 'redway-haulage',
    aupairs: 'compass-au-pairs',
    scouts: 'ferncliffe-scouts',
    accountants: 'brightwell-accountancy',
    mortgages: 'morrow-mortgages',
    vans: 'cobalt-van-hire',
    stores: 'ashby-parva-stores',
    homecare: 'larkfield-home-care',
    solicitors: 'greaves-lowther',
  }),
);

describe('a tool that tells a story as often as it is asked after, asked after, is not ours', () => {
  cases([
    // Before: the policy on secret commissions, the policy on lost devices, the BTBA's entry.
    { firm: 'jeweller', q: 'customer down in london wants a video consultation for her bespoke, do we do them on zoom?', has: ['zoom', 'Helen'] },
    { firm: 'equine', q: 'could i put the rider exercise videos on youtube as unlisted so they can find them easier', has: ['youtube'] },
    { firm: 'dance', q: 'parents keep asking for the routine videos to practise at home, can i put them on youtube as unlisted?', has: ['youtube'] },
    { firm: 'bowl', q: 'thinking of a google form for the junior league sign ups, easier than paper', has: ['google form', 'Sharon'] },
    { firm: 'befrienders', q: "a couple of the drivers want to move the group to telegram, what's our rule", has: ['telegram', 'Margaret'] },
    { firm: 'tees', q: 'is trustpilot something we use? customer asked where to leave a review', has: ['trustpilot', 'Jess'] },
    { firm: 'cottages', q: 'can we send guests a trustpilot review request after they leave? would need to upload their emails', has: ['trustpilot'] },
    // "Don't know" before: a tool asked after is still not ours.
    { firm: 'bowl', q: 'should we get the diner on deliveroo? loads of places round here do it', has: ['deliveroo', 'Sharon'] },
    // Accepted beside the refusal: a firm that holds Zoom asked the same is answered with Zoom's entry, and a switch asked with no
    // other tool named is still about ours.
    { firm: 'counselling', q: 'can we do the online sessions on zoom?', has: ['Zoom: Video sessions'], not: ["can't find zoom"] },
    { firm: 'counselling', q: 'is zoom ok for the client sessions or should we switch to something else?', has: ['Zoom: Video sessions'], not: ["can't find"] },
    // Neighbours: the same names in a story, or a word of the list in its everyday sense, keep their answers.
    { firm: 'bowl', q: 'did anyone see that video on tiktok of the lad bowling backwards lol', has: ['photos-and-social-media'], not: ["can't find tiktok"] },
    { firm: 'jeweller', q: 'can you zoom in on the cctv from saturday, someone nicked a tray', has: ['cctv'] },
  ]);
});

describe('leave asked to move from a tool of ours to another is about the other', () => {
  cases([
    // Before: Jobber's entry, because the question names it.
    { firm: 'handyperson', q: 'terry reckons servicem8 is miles better than jobber for quotes, can we switch?', has: ['servicem8', 'Janet'] },
    // Neighbour: a change to our own tool is that tool's.
    { firm: 'handyperson', q: 'can we switch jobber to the new price plan', has: ['Jobber'], not: ['servicem8'] },
  ]);
});

describe('a story told of one person\'s papers sent to another, a secret with harm in it, a family wiped, a key lost', () => {
  cases([
    // Before: the policy on clients' information (whose papers), not the breach policy.
    { firm: 'wills', q: "oh no i've emailed mr bright's draft will to mr wright, same surname nearly. what do i do", has: ['Mistakes, losses and data breaches'] },
    // Neighbour: a will sent to the person whose it is is no slip.
    { firm: 'wills', q: "i emailed mr bright's will to mr bright, is that done", has: ["don't know"], not: ['Mistakes, losses and data breaches'] },
    // Before: the policy on others asking about a client.
    { firm: 'befrienders', q: "client told me a man came to the door and she paid him £2000 for roof work, now he's back wanting more. she made me promise not to tell anyone", has: ['safeguarding-sharing', 'never promise to keep a secret'] },
    // Neighbour: a surprise kept is no harm.
    { firm: 'jeweller', q: 'he ordered the ring for her birthday and made me promise not to tell his girlfriend, she is in the shop now', has: ['secret-commissions'] },
    // Before: Embed's entry.
    { firm: 'bowl', q: 'mum at the desk kicking off, wants me to delete her and the kids details off the system right now', has: ['subject-access', 'delete anything on the spot'] },
    // Before: the hospital trust's entry; the policy on key safe codes is titled for keys too, but not for losing them.
    { firm: 'handyperson', q: "cant find mrs k's door key, had it for the discharge job tmrw morning. think it fell out my pocket at the merchants", has: ['lost-devices-and-keys', 'the lock changed at our cost'] },
    { firm: 'handyperson', q: "i cant find mrs h's front door key, i think it fell out my pocket at the last job", has: ['lost-devices-and-keys'] },
    // Neighbour: a key safe code kept is the policy on codes.
    { firm: 'handyperson', q: 'mrs k told me her key safe code, can i save it in my notes', has: ['key-safe-codes'] },
  ]);
});

describe('photos of children, a colleague\'s login, old kit to a charity shop, a typed-in password, a call not answered, a team', () => {
  cases([
    // Before: the general rule on records off one's own phone; the safeguarding policy's sentence says children and personal phones.
    { firm: 'hall', q: 'a mum wants me to take a pic of all the kids at the acorns christmas party on my phone and send it round the parents', has: ['Safeguarding and DBS checks', 'never on a'] },
    // Neighbour: no children, the general rule still answers.
    { firm: 'hall', q: 'can i take a pic of the new kitchen on my phone for the hall facebook', has: ['Data protection at the hall'] },
    // Before: a supplier's entry; of two policies titled for photos, the one that says where they are posted.
    { firm: 'tees', q: "the rugby club's new hoodies came out class, can i stick a pic on our insta", has: ['customer-artwork', 'without written permission from the customer'] },
    // Neighbour: how long photos are kept is still the register's.
    { firm: 'tees', q: 'how long do we keep the photos customers send in', has: ['Customily'], not: ['without written permission from the customer'] },
    // Before: Hallmaster's entry.
    { firm: 'hall', q: "rhiannon's off sick and said to just log into hallmaster as her to sort saturday's bookings, she gave me her password", has: ['Devices, passwords and logins'] },
    // Neighbour: logging in oneself, asked plainly, is the same policy by its words.
    { firm: 'hall', q: 'can i log into hallmaster on the office laptop', has: ['Devices, passwords and logins'] },
    // Before: Shopify's entry.
    { firm: 'jeweller', q: 'weve got 2 old ipads and the old workshop pc sat in the stock room, ok if i drop them at the heart foundation shop on my way home?', has: ['retention-and-disposal', 'never to a charity shop'] },
    // Before: the breach policy; the passwords policy says what to do once typed into a fake page.
    { firm: 'equine', q: 'think i put my writeupp password into a dodgy login page from an email this morning. it looked legit at the time', has: ['passwords-and-two-step', 'tell Rob the same day'] },
    // Before: "don't know".
    { firm: 'befrienders', q: "mr g didn't pick up at 2 like he always does, tried twice now, what should i do?", has: ['befriending-calls', 'try again within the hour'] },
    // Neighbour: an email not answered is no call.
    { firm: 'befrienders', q: "mrs p didn't answer the survey email like she always does", has: ['Microsoft 365'], not: ['try again within the hour'] },
    // Before: every supplier storing in the UK, for "england".
    { firm: 'bowl', q: 'are we putting the england game on the big screen in the bar next week?', has: ['Sharon'], not: ['Conqueror X'] },
    // The wales match is a team too (the word list holds "wales" as "wale").
    { firm: 'football', q: "we're taking the kids to the wales match, which supplier has their medical info?", has: ['Jotform'], not: ['Suppliers that store data in the UK'] },
    // Its neighbour asks what to do, not which supplier: the policy on medical information (the sixtieth round, when the retrained
    // kind model became sure the question above tells a story).
    { firm: 'football', q: "we're taking the kids to the wales match, what do i need to bring for their medical info?", has: ['Medical information, emergency cards and accidents'] },
    // Neighbour: England as a place is still the UK.
    { firm: 'bowl', q: 'which suppliers store data in england', has: ['Conqueror X', 'the UK'] },
  ]);
});

describe('why a list is asked, said beside it, is no data it asks about', () => {
  cases([
    // Before: "suppliers holding doing bit tidy up data", and "suppliers holding trustees".
    { firm: 'equine', q: 'which of our systems keep data in the US? doing a bit of a tidy up of the register', has: ['Google Workspace', 'WhatsApp Business', 'Bitwarden', 'Mailchimp'] },
    { firm: 'hall', q: 'trustees asked which suppliers keep data only in the uk, can you list them', has: ['Hallmaster', 'Lugg Valley Accounts', 'uCheck'], not: ['Dropbox'] },
    // Neighbours: an aside that asks again keeps its words; the trustees' own data asked is still theirs.
    { firm: 'equine', q: 'where do we hold kids data? doing the safeguarding refresher and want to know which suppliers have anything on under 18s', has: ['WriteUpp'] },
    { firm: 'hall', q: 'which suppliers hold trustees data', has: ['uCheck', 'Allied Westminster'] },
  ]);
});

describe("a daughter asking what's in her mum's will, old enquiries still held, a client's memory stick, a list found days on", () => {
  cases([
    // Before: the policy on capacity and vulnerable clients.
    { firm: 'wills', q: "mrs harper's daughter just rang wanting to know what's in her mum's will, says she's got a right to know as she's the eldest", has: ["How we look after clients' information"] },
    // Before: LegacyDesk's entry, named by its alias.
    { firm: 'wills', q: 'got a load of enquiries in LD from 2024 that never became clients, should they still be there', has: ['How long we keep files, and how we destroy them'] },
    // Neighbour: how long, asked plainly with no year, is still the rule's words.
    { firm: 'wills', q: 'how long do we keep enquiries that never became clients', has: ['How long we keep files, and how we destroy them'] },
    // Before: the policy on home visits.
    { firm: 'wills', q: "client gave me a memory stick with her late husband's documents on it, can i plug it into my laptop", has: ['Laptops, phones and passwords', 'plug in memory sticks'] },
    // Neighbour: work put onto a stick to take home is the policy on taking work out, not plugging one in.
    { firm: 'wills', q: 'can i save the drafts onto a memory stick to work at home', has: ['Home visits and taking client information out of the office'] },
    // Before: Dropbox's entry.
    { firm: 'hall', q: "just found sue's lunch club list under my passenger seat from thursdays run, been there 2 days. do i need to tell someone?", has: ['Incidents and data breaches'] },
    // Neighbour: a list found where it is kept asks where it should live.
    { firm: 'hall', q: 'found the lunch club list in the kitchen drawer, where should it live', has: ['Dropbox'], not: ['Incidents and data breaches'] },
  ]);
});

describe('a worry a child told one of ours, a name that is an everyday word off the subject, a copy of a passport needed', () => {
  cases([
    // Before: the policy on remote interpreting.
    { firm: 'interpreters', q: 'one of our terps said after a school job that the kid told her something worrying about home, what do we do', has: ['safeguarding'] },
    // Before: the insurer's entry and the photos policy, by an alias or name that is an everyday word ("insurers", "instagram").
    { firm: 'drones', q: "anyone know if the insurers' office is open on saturdays? want to ring about the renewal quote", has: ["don't know"] },
    { firm: 'petsitters', q: 'which filter do we use on the instagram reels? want mine to match the others', has: ["don't know"] },
    // Neighbour: the insurers asked after are still their entry.
    { firm: 'drones', q: 'who are our insurers', has: ['Coverdrone'] },
    // Before: the entry of a supplier a word met; whether a copy is needed is leave asked too.
    { firm: 'guesthouse', q: 'do we need to take a copy of a french guests passport', has: ['guest-register'] },
  ]);
});

describe('round 105: only in the UK said as "nowhere else", a licence photographed, an ex turning up, who owns a car', () => {
  cases([
    // Before: every supplier storing in the UK, those also in the EU or US among them.
    { firm: 'tyres', q: 'which suppliers keep our data in the UK and nowhere else?', has: ['Garage Hive', 'Quartix'], not: ['Microsoft 365', 'Dojo', 'Blackcircles.com'] },
    // Neighbour: in the UK, asked plainly, is every one storing there.
    { firm: 'tyres', q: 'which suppliers keep data in the UK', has: ['Garage Hive', 'Dojo'] },
    // Before: the policy on new apps; a person's licence is their driving licence, as the policy says "the licence".
    { firm: 'tyres', q: 'customer wants the loan car, can I just take a pic of his licence on my phone to save time', has: ['Courtesy car loans', 'photograph the licence'] },
    // Neighbour: a licence of premises is no one's identity paper.
    { firm: 'tyres', q: 'is the premises licence up on the wall in reception', has: ["don't know"], not: ['Courtesy car loans'] },
    // Before: the courtesy car policy (its keyword "tracker").
    { firm: 'tyres', q: 'a lady asked Ryan to check under her car for a tracker, says her ex keeps turning up wherever she goes', has: ['Vulnerable customers and safeguarding', 'tell Jess the same day'] },
    // Neighbour: a husband asking after a car is the policy on who may be told.
    { firm: 'tyres', q: 'her husband keeps asking when her car will be ready', has: ['who-we-tell'], not: ['Vulnerable customers and safeguarding'] },
    // Before: the CCTV policy.
    { firm: 'tyres', q: 'fella at reception wants to know who owns the silver golf blocking our entrance, can I look it up', has: ['who-we-tell'] },
  ]);
});

describe('the police asking for something of ours is the policy that says what to do when they ask', () => {
  cases([
    // Before: Quartix's entry; its policy says the police go to Fiona, in the other order ("anyone else who asks, the police included").
    { firm: 'scaffolders', q: 'police want to know where van 4 was last tuesday night, can i just send them the quartix report', has: ['telematics', 'Fiona MacAulay'] },
    // Before: iCabbi's entry; of two policies with the police in a sentence, the one keyed on them.
    { firm: 'cabs', q: 'police officer at the counter wants the booking details for a job on saturday night, KJ is out', has: ['request form'] },
    // Neighbours: how long the journeys are kept is the register's; the police closing a road ask nothing of ours.
    { firm: 'scaffolders', q: 'how long do we keep the tracker journeys', has: ['Quartix', '18 months'] },
    { firm: 'cabs', q: 'the police have closed the high street, how do the drivers get round', has: ["don't know"] },
    // Neighbour: where a supplier keeps something, asked for the police, is the register's.
    { firm: 'scaffolders', q: 'the police asked where quartix keeps the journey data', has: ['Quartix', 'the UK'] },
  ]);
});

describe('focus set 12: a login lent, details asked off the system, papers left or seen, sent elsewhere, a device for parts', () => {
  cases([
    // Before: "don't know", and the policy on how long records are kept.
    { firm: 'shredders', q: 'stuart forgot his login so hes been using mine all week, thats alright isnt it', has: ['devices-and-passwords', 'not even with your crew mate'] },
    { firm: 'childminder', q: 'my husband keeps asking to have a look at the kids learning stuff on my login, he wont tell anyone, is that ok?', has: ['devices-and-passwords', 'not even with a partner'] },
    // Neighbour: someone unknown on one's login is a breach told, not a login lent.
    { firm: 'nannies', q: 'think someone else has been using my login, got a suspicious login alert from google', has: ['breach-reporting'] },
    // Before: the depot policy; of two policies keyed on erasure (a shredder erases drives), the one on people's requests.
    { firm: 'shredders', q: 'ex customer from the dental practice in ossett emailed saying take all our details off your system please', has: ['customer-requests', 'pass it to Joanne the same day'] },
    // Neighbour: how we erase drives is the policy on media.
    { firm: 'shredders', q: 'a customer asked how we erase hard drives', has: ['hard-drives-and-media'], not: ['pass it to Joanne the same day'] },
    // Before: the policy on medicines; a bus by its number is still a bus.
    { firm: 'childminder', q: 'left the folder with the medicine sheets on the 203 bus coming back from the library with the kids, only realised when we got to the door', has: ['breach-reporting', 'Tell Rachel straight away'] },
    // Before: Zettle's entry; papers that were left out and seen, told of the papers.
    { firm: 'rescue', q: 'the gift aid sheets from saturday were left out by the till in the shop all afternoon and i saw a customer flicking through them, is that a big deal', has: ['breach-reporting', 'within 24 hours at most'] },
    // Before: the policy on fleet drivers; sent to someone at a different firm.
    { firm: 'tyres', q: 'sent the monthly invoice for the tree surgeons fleet to the fleet bloke at a totally different firm by accident, it lists all their drivers. what do i do now', has: ['breach-reporting', 'Do not delete anything, recall emails'] },
    // Neighbour: sent to the right firm's fleet manager is no slip.
    { firm: 'tyres', q: 'sent the invoice to the fleet manager at tamar tree surgeons, did it go through', has: ['Garage Hive'], not: ['Do not delete anything, recall emails'] },
    // Before: the CCTV policy; asked to tell him whose car it is.
    { firm: 'tyres', q: 'a guy came in with the reg of a silver golf thats been parked across his drive for 3 days and wants us to tell him whose it is', has: ['who-we-tell', 'never tell anyone who owns a car'] },
    // Before: the policy on who may be told; of two policies that say wiping a device, the one on getting rid of them.
    { firm: 'rescue', q: 'my old rescue laptop has finally packed in, my nephew said hed take it off our hands for parts, is that alright', has: ['records-retention', 'nobody sells or gives away a rescue device'] },
  ]);
});

describe('focus set 12: new bank details, a call overheard, the police asking what our cameras caught, camera recordings of oneself', () => {
  cases([
    // Before: the policy on clients' requests; of two titles naming fraud, the one on payment fraud.
    { firm: 'conveyancers', q: "the seller's solicitors have emailed over new bank details for the completion money, they say it's urgent before 2pm. can i just update them and send?", has: ['payment-fraud', 'never one from the email'] },
    // Before: Barclays' entry.
    { firm: 'conveyancers', q: 'was on my mobile to a buyer about where her deposit is coming from on the train home and realised the bloke opposite was listening to every word', has: ['devices-and-home-working', "somewhere you can't be overheard"] },
    // Neighbour: office gossip overheard is no one's affairs on a call.
    { firm: 'conveyancers', q: 'someone overheard the partners arguing about the christmas party lol', has: ["don't know"], not: ['devices-and-home-working'] },
    // Before: Hik-Connect's entry.
    { firm: 'shredders', q: 'a copper came to the gate asking if our cameras caught whoever broke into the unit next door last night', has: ['depot-security', 'we release footage only in writing'] },
    // Neighbour: whether the cameras are real asks nothing of their recordings.
    { firm: 'shredders', q: 'asking if our cameras are real or dummies, a customer wants to know', has: ['Hik-Connect'], not: ['we release footage only in writing'] },
    // Before: Hik-Connect's entry; recordings of himself are his own data too.
    { firm: 'tyres', q: 'bloke at the counter wants all the camera recordings of him and his car from when his alloy got scuffed here last week', has: ['subject-access', 'other people in CCTV stills are blurred'] },
  ]);
});

describe('focus set 12: medicine with nothing signed, and another child\'s allergies asked by a parent', () => {
  cases([
    // Before: the policies on collections and on requests; of two policies with a sentence on medicine forms, the one titled for medicines.
    { firm: 'childminder', q: 'rubys dad dropped her off with a bottle of calpol and said give her some at 12 but nothings been signed, do i just give it her', has: ['allergies-and-medicines', 'a medicine form the parent has signed'] },
    { firm: 'childminder', q: "mum dropped off calpol and asked us to give it at 2, she didn't fill anything in", has: ['allergies-and-medicines'] },
    // Neighbour: a form signed, where to log the dose, is the register's.
    { firm: 'childminder', q: 'mum signed the medicine form for calpol at 2, where do i log that i gave it', has: ['Famly'] },
    // Before: the policy on collections.
    { firm: 'childminder', q: 'one of the mums at pick up asked me what alfie is allergic to cos shes doing party bags for her daughters birthday, can i tell her', has: ['allergies-and-medicines', "one child's health in front of other parents"] },
    // Neighbour: a price asked by a parent is no one's health.
    { firm: 'childminder', q: 'one of the mums asked me if we do a party bag service, can i tell her the price', has: [], not: ['allergies-and-medicines'] },
  ]);
});

describe("a review of this round: near neighbours the new rules first spoilt, now left alone", () => {
  cases([
    // A day is no tool, however sure the kind model is that one is asked.
    { firm: 'football', q: 'can we use the top pitch on monday for the under 10s training?', has: ["don't know"], not: ["can't find monday"] },
    // Sent to another firm as the work itself, no slip said.
    { firm: 'blocks', q: 'sent the fire risk assessment to a contractor at another firm for pricing, is that fine?', has: ['contractor-access'], not: ['breach-reporting'] },
    { firm: 'recruiters', q: "sent the candidate's cv to a hiring manager at a different company she applied to", has: ['candidate-data'], not: ['breach-reporting'] },
    { firm: 'haulage', q: "sent the drivers' hours to the transport manager at another branch for the audit", has: ['tacho-downloads'], not: ['breach-reporting'] },
    // A sum paid or owed, kept secret, is no harm.
    { firm: 'befrienders', q: 'she paid £20 for the party, made me promise not to tell her husband it was a surprise', has: ["don't know"], not: ['safeguarding-sharing'] },
    { firm: 'aupairs', q: 'the au pair told me she spent £300 on a ring to propose to her boyfriend, asked me not to tell the host family yet', has: ['callers-and-enquiries'] },
    { firm: 'scouts', q: "a parent told me they can't afford the £120 camp fee and asked me not to tell the other leaders", has: ['subs-and-hardship'] },
    // Not answering: a surgery or a volunteer driver is no client we ring.
    { firm: 'befrienders', q: "the gp surgery didn't pick up again, tried three times, can i email the referral instead?", has: ['referrals'], not: ['befriending-calls'] },
    { firm: 'befrienders', q: "a volunteer driver didn't pick up when i rang about tomorrow's run, he usually does, should i give the job to someone else?", has: ['driver-job-information'], not: ['befriending-calls'] },
    // A USB mouse is no memory stick; small talk overheard is no one's affairs; the police asking for no one's data.
    { firm: 'accountants', q: 'can i use a usb mouse on the office pc?', has: ['devices-and-passwords'] },
    { firm: 'mortgages', q: "i was eavesdropping on the builders next door, they're knocking through", has: ["don't know"] },
    { firm: 'vans', q: 'the police want to use our car park for a training day on sunday', has: ['Police and safety camera partnerships'] },
    { firm: 'stores', q: 'the police asked us to put up a poster about the burglaries in the village', has: [], not: ['CCTV'] },
  ]);
});

describe("the review's true cases in new words: a hyphenated surname, a password typed into a page later found fake", () => {
  cases([
    // Before: the policy on family requests ("ward-smith" read as "ward", the same name twice).
    { firm: 'homecare', q: "sent mrs ward's care plan to mr ward-smith's daughter", has: ['breach-reporting'] },
    // Neighbour: a will sent, hyphenated, to the person whose it is.
    { firm: 'wills', q: "i emailed mrs ward-smith's will to mrs ward-smith, is that done", has: ["don't know"], not: ['Mistakes, losses and data breaches'] },
    // Before: Microsoft 365's entry and the lost-device policy.
    { firm: 'solicitors', q: 'entered my outlook password on a page from an email that turned out fake', has: ['breach-reporting'] },
    // Neighbour: a page that turned out slow is no fake.
    { firm: 'solicitors', q: 'entered my outlook password on a page that turned out to be the right one, all fine', has: [], not: ['breach-reporting'] },
  ]);
});
