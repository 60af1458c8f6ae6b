import { describe, expect, it } from 'vitest';
import { words } from '../../src/register/text.ts';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 104 and focus set 11 (written blind, read in the fifty-third round): what their misses taught, each beside another
// firm's case or a neighbour that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    vegbox: 'furrowfield-veg-box',
    boxing: 'ironside-boxing-club',
    bridal: 'ivory-lace-bridal',
    homecare: 'larkfield-home-care',
    bikes: 'tidemill-bike-hire',
    hall: 'hartfield-village-hall',
    couriers: 'swiftpedal-couriers',
    wills: 'fairword-wills',
    insulation: 'warmseal-insulation',
    immigration: 'crossway-immigration',
    outdoor: 'cragside-outdoor',
    divers: 'bluehole-divers',
    conveyancers: 'quillby-conveyancing',
    seaview: 'seaview-language-school',
    stoves: 'hearthstone-stove-fitters',
    shredders: 'ravenhill-shredding',
    befrienders: 'broadland-befrienders',
    balloons: 'skylark-balloons',
    foodbank: 'northfield-food-bank',
    clearances: 'hearthside-clearances',
    windows: 'crystal-clear-windows',
    it: 'kittiwake-it',
    scouts: 'ferncliffe-scouts',
    tutors: 'tamar-tutors',
    handyperson: 'safehands-handyperson',
    climbing: 'crux-climbing',
    swim: 'ripple-swim-school',
    pottery: 'kilnworks-pottery',
    dance: 'pirouette-dance-academy',
    coop: 'elmstead-housing-coop',
    cookery: 'copperpot-cookery-school',
    transport: 'careway-transport',
    fostering: 'harbourlight-fostering',
    fridges: 'frostline-refrigeration',
    tanning: 'sunbeam-tanning-studio',
    cabs: 'lynwood-cars',
    sweeps: 'sootbusters-sweeps',
    venue: 'undercroft-live',
    hair: 'curlbox-mobile-hair',
    farmshop: 'appleyard-farm-shop',
    books: 'marrowby-books',
    equine: 'saddleworks-equine-physio',
    golf: 'fairwaygreen-golf-club',
  }),
);

describe('a name with an accent is one word', () => {
  it('folds "Inês" to one word, not "in" and "s"', () => {
    expect(words('Inês Ferreira’s café')).toEqual(['ine', 'ferreira', 'cafe']);
  });
  cases([
    // Before: Inês's accounts, since "in" of the split name met the question's "in".
    { firm: 'vegbox', q: 'which of our apps keep data over in the states?', has: ['Google Workspace', 'Mailchimp', 'Xero', 'Airtable'], not: ['Open Food Network'] },
    // Neighbour: the person asked by her name, with and without its accent.
    { firm: 'vegbox', q: 'which systems does Inês use?', has: ['Inês Ferreira has an account with SumUp'] },
    { firm: 'vegbox', q: 'what does ines use', has: ['Inês Ferreira has an account with SumUp'] },
  ]);
});

describe('lists over the register: our own systems, processor terms, health about members', () => {
  cases([
    // Before: only Google Workspace, whose "emails with … other clubs" met "club".
    { firm: 'boxing', q: 'what club systems store stuff in the US?', has: ['TeamUp', 'WhatsApp', 'Facebook and Instagram', 'Google Workspace'] },
    // Neighbour: other clubs asked as data are still Google Workspace's.
    { firm: 'boxing', q: 'which suppliers hold emails with other clubs?', has: ['Google Workspace'] },
    // Before: the processors, as if the role were asked.
    { firm: 'boxing', q: 'which ones have we asked for processor terms and are still waiting to hear back', has: ['SumUp', 'Licence Check'], not: ['Spond'] },
    { firm: 'boxing', q: 'which of our suppliers are processors?', has: ['Our processors', 'Spond'] },
    // Before: SumUp's security, "data protection" read as protecting data.
    { firm: 'vegbox', q: 'did we ever get the data protection terms back from the card machine company? Ines was chasing', has: ['requested', 'SumUp'] },
    { firm: 'vegbox', q: "is sumup's data protected?", has: ['encrypted in transit'] },
    // Before: Spond left out, its medical notes "entered by parents" read as the parents' own.
    { firm: 'boxing', q: 'which apps have got medical / health details about boxers or members', has: ['Spond', 'England Boxing', 'TeamUp'] },
    // Neighbour: staff sickness notes are no health data about brides.
    { firm: 'bridal', q: 'do any of our systems have health info about brides', has: ['StitchDesk'], not: ['Google Workspace', 'BridalLive'] },
  ]);
});

describe('who else, a person set aside inside the question', () => {
  cases([
    // Before: the lost-device policy, which names Ken beside FreeAgent.
    { firm: 'boxing', q: 'who else apart from Ken can get into freeagent', has: ['Roker Accountancy Services'] },
    // Before: don't know, Xero read as set aside with Kerensa.
    { firm: 'bikes', q: 'who else besides kerensa uses xero', has: ['Jenna Penrose has an account with Xero'], not: ['Kerensa'] },
    // Neighbour: with no one set aside, everyone with an account is named.
    { firm: 'bikes', q: 'who uses xero', has: ['Kerensa Hocking', 'Jenna Penrose'] },
  ]);
});

describe('a child told of in new words: "12 yr olds", a coach messaging a child directly', () => {
  cases([
    // Before: don't know.
    { firm: 'boxing', q: 'one of the 12 yr olds told me something at training about whats going on at home and made me swear not to tell anyone', has: ['safeguarding', 'do not promise to keep it secret'] },
    // Before: the records policy; and the entry of the app the story names.
    { firm: 'boxing', q: 'heard one of the volunteer coaches has been snapchatting a 14 yr old girl from the club directly, not sure what to do', has: ['message junior members one-to-one'] },
    { firm: 'boxing', q: 'one of the leaders keeps dming one of the girls on insta', has: ['Safeguarding children and vulnerable adults'] },
    // Neighbours: a coach messaging parents, and posting the juniors' medals, keep their answers.
    { firm: 'boxing', q: 'coach texted the parents about the show', has: ['Spond'], not: ['Safeguarding'] },
    { firm: 'boxing', q: 'can we post the juniors medals on insta', has: ['photo consent'], not: ['Safeguarding children'] },
  ]);
});

describe('asked in, or for a favour past the job, and an old laptop flogged', () => {
  cases([
    // Before: the policy on requests.
    { firm: 'vegbox', q: 'one of my older ladies keeps asking me to pop in and put the kettle on and get her some milk from the shop, feels rude to say no', has: ["Never go into a member's home"] },
    // Neighbours: a colleague asking one to pop in; a firm with no sentence on homes or errands.
    { firm: 'vegbox', q: 'tom asked me to pop in to the office tomorrow, is the van free?', has: ["don't know"], not: ['Safeguarding'] },
    { firm: 'homecare', q: 'mrs hughes keeps asking me to pick up her prescription on the way, is that ok', has: ["don't know"] },
    // Before: the lost-device policy.
    { firm: 'vegbox', q: 'the old office laptop is dead slow, can i just flog it on marketplace and put the money in the tin?', has: ['never sell, donate or bin a device yourself'] },
    { firm: 'vegbox', q: 'can i flog my old bike on marketplace', has: ["don't know"] },
  ]);
});

describe("a turn on a day asked, when the model is sure it is off the subject, is no supplier's on its purpose's words", () => {
  cases([
    // Before: Mailchimp's entry (its purpose says Friends of the Hall), the radio supplier's.
    { firm: 'hall', q: 'is ann doing the cake for the friends of the hall coffee morning or is it me this time', has: ['Jenny Powell'], not: ['Mailchimp'] },
    { firm: 'couriers', q: "who's on the radio tomorrow morning? need someone to cover my shift", has: ["don't know"] },
    // Neighbour: who does a job of the register's keeps the supplier that does it.
    { firm: 'bikes', q: 'whos doing the payroll this month', has: ['Xero'] },
  ]);
});

describe('money taken by one close to someone, told as "he", and harm told beside the cold, asked whom to tell', () => {
  cases([
    // Before: the policy on home visits; don't know (the cold read as the weather asked after).
    { firm: 'wills', q: 'bit worried about mrs cole, the nephew did all the talking at the visit, shes leaving him everything and she seemed scared of him. i think hes been taking money from her account', has: ['Capacity, undue influence and vulnerable clients'] },
    { firm: 'insulation', q: 'old fella in tunstall today, house freezing, nothing in the fridge and bruises on his arms, he said his grandson takes his money. who do i tell', has: ["Working in people's homes and lofts", 'tell Ryan the same day'] },
    // Neighbours: money from a till is no one's abuse; the office cold, asked whom to tell, keeps its answer.
    { firm: 'wills', q: "the nephew rang, he's been taking money from the till at his work and got sacked, can we still do his will", has: ["How we look after clients' information"], not: ['Capacity'] },
    { firm: 'insulation', q: 'its freezing in the office, who do i tell', has: ['Nadia Hussain'], not: ['Working in'] },
  ]);
});

describe('papers gone astray: left in another\'s car or a café, found on a floor, a bag with them in not come back', () => {
  cases([
    // Before: the lunch club's policy, the home visits policy, the data listing of a consent form, England Boxing's entry.
    { firm: 'hall', q: 'sue here, i think i left the thursday lunch club list on the back seat of gareths car after the runs and hes gone to his daughters in cardiff for the week. what do i do??', has: ['Incidents and data breaches'] },
    { firm: 'wills', q: 'left my document wallet on the table in costa in wymondham, went back 20 mins later and the barista had it behind the counter. papers all there i think, do i still need to say anything?', has: ['Mistakes, losses and data breaches'] },
    { firm: 'boxing', q: 'found a signed consent form on the gym floor after tuesday session, no idea how long its been there. its half 9 at night', has: ['Reporting a data breach'] },
    // The policy that names the bag answers, not the breach policy.
    { firm: 'boxing', q: 'kit bag with the lads medical cards in didnt come back from the hartlepool show, searched the minibus twice', has: ['tell Carol and Mick at'] },
    // Neighbour: a blank form is no breach.
    { firm: 'boxing', q: 'found a blank consent form on the floor, where do they go', has: ['Google Workspace'], not: ['Reporting a data breach'] },
  ]);
});

describe("everything we hold on someone, asked to be handed over", () => {
  cases([
    // Before: the policy on who may be told, England Boxing's entry, Zoho's entry.
    { firm: 'boxing', q: 'a dad came in asking for a printout of everything the club has on his son, can i just give him the forms from the cabinet?', has: ['do not hand anything over yourself'] },
    { firm: 'boxing', q: 'lad who boxed for us years ago wants all his old fight records and medicals off us for a job thing', has: ['how to ask England Boxing'] },
    { firm: 'immigration', q: 'got an email from a firm in nottingham saying mr ali has moved to them and they want his whole file asap', has: ['we send the file within 7 days'] },
  ]);
});

describe('a child: someone we do not know come to take them home, and one to take part before the forms are in', () => {
  cases([
    // Before: the photos policy; the policy on who may be told.
    { firm: 'boxing', q: "bloke turned up at the end of juniors saying hes jayden's uncle and he's here to take him home. hes not someone ive seen before", has: ['ring the parent first'] },
    { firm: 'boxing', q: 'new kid came down wanting to get in the ring tonight, his mum never filled anything in yet. let him train?', has: ['before their first session'] },
    // Before: the policy on new apps and forms, for "a consent form".
    { firm: 'boxing', q: 'can new members train without a consent form?', has: ['before their first session'] },
    // Neighbours: one on the form come to collect, and a renewal not yet signed, are neither.
    { firm: 'boxing', q: 'her dad is here to pick her up, hes on the form', has: ["don't know"] },
    { firm: 'boxing', q: 'she hasnt signed the membership renewal yet, can she still come tonight', has: ["don't know"] },
  ]);
});

describe("a caller saying she is someone's niece, asking after him", () => {
  cases([
    // Before: the lunch club's policy.
    { firm: 'hall', q: 'a lady phoned the office saying shes mr pughs niece and wanted to know if he still comes on thursdays and what time the driver picks him up. never heard of her. what can i say to her?', has: ['Never confirm to a caller that'] },
    // Neighbour: a niece telling us something asks nothing of us.
    { firm: 'hall', q: 'mr pughs niece rang to say he wont be at lunch club thursday', has: ['Herefordshire Council'], not: ['Never confirm to a caller'] },
  ]);
});

describe('old papers asked into the shredding or bagged with the recycling, a photo put in one chat not the other, a password on a post-it, a paper photographed', () => {
  cases([
    // Before: the shredding firm's entry; Microsoft 365's entry.
    { firm: 'outdoor', q: "sorting the filing cabinet, there's accident forms from 2019 about kids from the langdale school trip. can they go in the shredding?", has: ["kept until the child's 21st birthday"] },
    { firm: 'wills', q: 'clearing the cupboard at the back and theres a stack of old printed drafts and emails, can i just bag them up with the paper recycling?', has: ['the locked confidential waste console'] },
    { firm: 'wills', q: 'can i just bag up the cardboard with the recycling', has: ["don't know"] },
    // Before: the photos policy.
    { firm: 'outdoor', q: 'jess - halfway up the ghyll and realised i put a pic of the year 5s in my climbing club chat not the group leader one. no signal up here to sort it, what do i do', has: ['Reporting a data breach'] },
    { firm: 'outdoor', q: 'i put the rota in the group chat not the email, is that ok', has: ['When someone leaves'], not: ['Reporting a data breach'] },
    // Before: Hallmaster's entry.
    { firm: 'hall', q: "clare's put the booking system password on a post it inside the cupboard so the volunteers can log in when shes off. is that alright?", has: ['never write passwords on the noticeboard'] },
    { firm: 'hall', q: 'can you put the hall hire prices on the noticeboard', has: ['Hallmaster'], not: ['Devices, passwords'] },
    // Before: the policy on own phones, not the one that says never to photograph the sheet.
    { firm: 'outdoor', q: "can i take a pic of the medical sheet on my phone so i dont have to carry the paper in the ghyll? it always gets soaked", has: ['photograph it, never send it on WhatsApp'] },
    { firm: 'divers', q: 'can i just take pics of the medical forms on my phone at the quarry and sort them out on tuesday', has: ['medical-questionnaires', 'same day'] },
    { firm: 'outdoor', q: 'ok to take a pic of the booking list on my phone?', has: ['Using your own phone for work'] },
  ]);
});

describe("where a thing is, or whose it is, asked when the model is sure it is off the subject: no supplier's or policy's keywords keep an answer", () => {
  cases([
    // Before: the IT firm's entry ("printer"), the wills policy ("strongroom"), WhatsApp Business's ("the office mobile"), Zoom's ("video call").
    { firm: 'wills', q: 'anyone know where the spare printer toner lives? the one by reception is flashing at me', has: ['Joanne Pell'], not: ['Tombland IT'] },
    { firm: 'wills', q: "whose is the blue umbrella that's been leaning by the strongroom door all week", has: ['Joanne Pell'], not: ['LegacyDesk', 'The strongroom'] },
    { firm: 'immigration', q: 'does the charger for the office mobile live in the drawer or has someone taken it home', has: ['Denise Clarke'], not: ['WhatsApp Business'] },
    { firm: 'immigration', q: 'are the new headsets for video calls in the stationery cupboard or did they go back?', has: ['Denise Clarke'], not: ['Zoom'] },
    // Before: SumUp's entry and the payments policy ("market stall").
    { firm: 'vegbox', q: 'whos doing the saturday market stall this week, i might need to swap', has: ['Tamsin Greaves'], not: ['SumUp'] },
    // Neighbours: whose job a thing is keeps the supplier that does it.
    { firm: 'bikes', q: 'whos doing the payroll this month', has: ['Xero'] },
  ]);
});

describe('gossip overheard, and a post asked ahead, are no breach', () => {
  cases([
    // After the kind model was retrained on round 104 and focus set 11 it was no longer sure this was off the subject, and a policy's
    // "third party" met "party": gossip overheard is now "don't know" by the rule itself.
    { firm: 'conveyancers', q: 'someone overheard the partners arguing about the christmas party lol', has: ["don't know"] },
    // Neighbour: a client's affairs overheard keeps the policy's sentence on not being overheard.
    { firm: 'conveyancers', q: 'overheard a client on the phone talking about her divorce in reception', has: ["somewhere you can't be overheard"] },
  ]);
});

describe("a paper of a job asked for by one outside: the policy whose sentence names that kind of asker", () => {
  cases([
    // The kind model, retrained on round 104 and focus set 11, was no longer sure this was a situation, and the HETAS entry stood.
    { firm: 'stoves', q: "an estate agent is asking for the stove certificate for a house they're selling", has: ["homeowner's agreement in writing"] },
    // Neighbours: the homeowner asking is no outsider; a council officer not on the job is the shredder's policy, as before.
    { firm: 'stoves', q: 'the homeowner wants a copy of the stove certificate, can i send it', has: ['HETAS'], not: ["homeowner's agreement in writing"] },
    { firm: 'shredders', q: 'bloke from a different dept at wakefield council rang wanting a copy of the cert from tuesdays job, hes not the contact on it', has: ['Certificates of destruction'] },
  ]);
});

describe('where we hold a kind of data is every system that holds it; when a system lets go of people is how long it keeps them', () => {
  cases([
    // Before: uCheck's entry alone; the befriending app's alone.
    { firm: 'boxing', q: 'where do we hold criminal record type info? DBS, points on licences etc', has: ['England Boxing', 'Google Workspace', 'uCheck', 'Licence Check'] },
    { firm: 'befrienders', q: 'where do we hold donors details? a supporter asked who has her info', has: ['Donorfy', 'HMRC Charities Online', 'Xero', 'Mailchimp', 'Bure Valley Accountants'], not: ['Better Impact', 'CircleLoop'] },
    // Neighbours: one system's data asked where it is kept keeps its entry; the examples with "etc" still widen the kind.
    { firm: 'boxing', q: 'where do we keep spond data?', has: ['Spond data is stored in'], not: ['England Boxing'] },
    { firm: 'immigration', q: 'where do we hold health info, medical reports etc?', has: ['BrightHR', 'Osprey Approach'] },
    // Before: don't know, "when" read as a time of the day's work asked.
    { firm: 'boxing', q: "when do kids who've stopped coming get taken off the club app", has: ['Spond', 'end of each term'] },
    { firm: 'boxing', q: 'when does the spond app update', has: ["don't know"] },
  ]);
});

describe("an MP's office asking, a child dropped elsewhere, a post saying their schools, a concern's note put on a system, capacity doubted, health answers texted", () => {
  cases([
    // Before: Zoho's entry.
    { firm: 'immigration', q: "email from the mp for leicester east's caseworker asking for an update on mr singh's settlement app, says he went to their surgery. ok to reply with where it's at?", has: ["need the client's signed consent too"] },
    { firm: 'immigration', q: 'how many mph is the speed limit outside the office', has: ["don't know"] },
    // Before: the policy on who may be told; on who may be told again.
    { firm: 'boxing', q: 'parent texted asking if we can drop her lad at the maccies on the way back instead of the club, is that alright', has: ['meeting point on their consent form'] },
    { firm: 'boxing', q: 'want to put up a post about the juniors medals with which schools they go to, local paper style. ok?', has: ['never a school, home area or training times'] },
    // Neighbours: a post with no schools or homes said keeps its answer.
    { firm: 'boxing', q: 'can we post the juniors medals on insta', has: ['photo consent'] },
    // Before: the accident records policy.
    { firm: 'outdoor', q: "should i scan my note about the boy from st mary's into sharepoint so tom can see it while helen's off?", has: ['never on SharePoint or a phone'] },
    { firm: 'outdoor', q: 'should i email the note about the coach booking to tom', has: ['Accident and incident records'], not: ['Writing down safeguarding concerns'] },
    // Before: the policy on home visits.
    { firm: 'wills', q: 'seeing an old gent in north walsham tomorrow, his daughter rang to say hes been getting really muddled since his stroke in the summer. do i still go ahead and take instructions?', has: ['stop and speak to Deborah before going on'] },
    // Neighbours (a second review): confused or forgetful about a thing doubts no one's capacity.
    { firm: 'wills', q: 'the client is confused about our fee for the LPA, do I go ahead and send the invoice?', has: ['Sage'], not: ['Capacity, undue influence'] },
    { firm: 'wills', q: "he's forgetful with passwords, can I still go ahead and set up his laptop?", has: ['Laptops, phones and passwords'], not: ['Capacity, undue influence'] },
    // Before: Textlocal's entry.
    { firm: 'balloons', q: 'mark wants me to text him the health answers for tomorrows 6am flight cos his tablet wont sync', has: ['not even to a pilot'] },
    { firm: 'balloons', q: 'can you text the passengers the meeting point', has: ['Textlocal'] },
  ]);
});

describe('tools not held: google translate, a case system also a car\'s name, a digital ID app', () => {
  cases([
    // Before: the interpreters' policy; don't know; the ID policy.
    { firm: 'immigration', q: "can i stick a client's letter through google translate to get the gist before the interpreter's booked?", has: ['google translate', 'Denise Clarke'] },
    { firm: 'immigration', q: 'saw a demo of clio at the conference, could we switch our case files over to it?', has: ['clio'] },
    { firm: 'conveyancers', q: 'a buyer has her digital id on yoti already, can we use that for her instead?', has: ['yoti'] },
    // Neighbours: a firm that holds the tool gets its entry; a car of that name is no tool.
    { firm: 'conveyancers', q: 'can we use thirdfort for the id check on the new buyer?', has: ['Thirdfort: Identity verification'] },
    { firm: 'immigration', q: 'my clio failed its mot, can i take the afternoon off to sort it', has: ["don't know"], not: ['clio'] },
  ]);
});

describe("a review's near neighbours the new rules first spoilt, now left alone", () => {
  cases([
    // Asked to pop in to a place is no one we visit asking us in.
    { firm: 'foodbank', q: 'the church warden asked me to pop in to the vestry and drop off the spare chairs', has: ["don't know"] },
    // Papers found in a house during a clearance are the job, which the policy on found papers covers.
    { firm: 'clearances', q: "found a folder of old letters on the floor of the back bedroom during today's clearance", has: ['Shred-it'], not: ['breach-reporting', 'Reporting a data breach'] },
    // A backup or a test restore done on a day is the backups policy's or the backup supplier's.
    { firm: 'windows', q: "who's doing the backup this Friday?", has: ['Backups of the round'] },
    { firm: 'it', q: 'who is doing the test restore this week?', has: ['Acronis'] },
    // The club's accounts are data held; every supplier in the EU is listed, FreeAgent among them.
    { firm: 'boxing', q: 'which club accounts are held in the EU?', has: ['FreeAgent', 'Spond'] },
    // Host families signing terms is no supplier's statement.
    { firm: 'seaview', q: 'do host families sign any data protection terms with us?', has: ['HostPoint'], not: ['Not yet'] },
    // A leader or tutor texting a child's parent is no adult messaging a child.
    { firm: 'scouts', q: "a leader texted one of the kids' mums to say he'd left his coat at the hut", has: ['Messaging parents'], not: ['Safeguarding'] },
    { firm: 'tutors', q: "a tutor has been texting one of the pupils' parents about homework", has: ['TutorCruncher'] },
    { firm: 'swim', q: "a teacher texted a child's mum to say the lesson was moved", has: ["Children's medical notes"], not: ['safeguarding-concerns'] },
    // Someone using their own money or card is no one's money taken.
    { firm: 'handyperson', q: "the client's daughter is paying for the grab rails, she's using her money not her mum's, who do we invoice?", has: ['Sage Accounting'], not: ['Safeguarding'] },
    { firm: 'transport', q: 'her husband paid for the trip, he uses his bank card for all her fares', has: ['Xero'] },
    // An insurer asking for a report is no one's own request; our own insurer asking is no outsider.
    { firm: 'climbing', q: 'the insurer wants a copy of her accident report from us', has: ['Pennant'] },
    { firm: 'stoves', q: 'our insurer wants a copy of the van service reports', has: ['How long we keep records'], not: ["homeowner's agreement in writing"] },
    // The guest wifi's password is given out.
    { firm: 'pottery', q: 'can I write the guest wifi password on the whiteboard for the students', has: ['Phones, laptops and the studio iPad'], not: ['Passwords'] },
  ]);
});

describe("the review's true cases in new words", () => {
  cases([
    { firm: 'boxing', q: "a couple of the 12 yr olds told me something after training that's really worried me", has: ['Safeguarding children'] },
    { firm: 'swim', q: "a helper has been texting one of the swimmers directly, she's only 11", has: ['safeguarding'] },
    { firm: 'windows', q: "the old gent on the thursday round asked if I'd do his shopping for him as he can't get out", has: ["Never go into a customer's home"] },
    { firm: 'boxing', q: 'found a signed medical form on the changing room floor after sparring', has: ['Reporting a data breach'] },
    { firm: 'pottery', q: "I left the kids' class register in my friend's car", has: ['breach'] },
    { firm: 'climbing', q: 'an ex-member emailed wanting copies of all her old induction forms and waivers from us', has: ['Requests to see, correct or delete personal data'] },
    { firm: 'dance', q: "a woman I've never met says she's here to fetch Maisie, she isn't on her list", has: ['Collecting pupils'] },
    // A name with an accent set aside inside "who else…".
    { firm: 'coop', q: 'who else besides Sinéad uses Fixflo?', has: ['Helen Markham has an account with Fixflo'], not: ['Sinéad'] },
    { firm: 'cookery', q: 'who else apart from Siân uses Xero?', has: ['Nell Ashworth has an account with Xero'], not: ['Siân'] },
  ]);
});

describe('round 107 (written blind and read in this round): what its misses taught', () => {
  cases([
    // Before: Me Learning's security; "data protection paperwork" chased is a statement asked after.
    { firm: 'fostering', q: 'did we ever get the data protection paperwork back from the e-learning people?', has: ['requested', 'Me Learning'] },
    // Before: Clearcare's purpose; a helpdesk going into our records is its support access.
    { firm: 'fostering', q: 'can the clearcare helpdesk just go into our case notes whenever they fancy or do we have to let them in', has: ['time-limited'] },
    // Before: don't know; what we are "supposed to send" a recipient is what we pass it.
    { firm: 'fostering', q: 'what exactly are we supposed to send to ofsted, just so i know', has: ['Schedule 7'] },
    { firm: 'fostering', q: 'what are we doing for lunch', has: ["don't know"] },
    // Before: RingCentral's entry; someone's details "ended up with" one who should not have them.
    { firm: 'fostering', q: "a carer's new address has somehow ended up with the child's birth mum, she mentioned it on the phone to the carer", has: ['Reporting a data breach'] },
    { firm: 'fostering', q: 'her new number ended up with her ex', has: ['Reporting a data breach'] },
    // Before: the breach policy; the one naming a folder lost or stolen says what to do for it (the crime number).
    { firm: 'fostering', q: 'my car got broken into outside a carers house in fishponds, my visit folder was on the back seat and its gone', has: ['crime number'] },
    // Neighbours (a second review): a folder, a file or a wallet mentioned only by a backups or lost-property policy leaves the breach policy.
    { firm: 'cabs', q: "a driver left the school run folder with the kids' addresses on the bus and now it's gone", has: ['breach'], not: ['Backups'] },
    { firm: 'sweeps', q: "I left a customer's file on the van dashboard and a passer-by was reading it", has: ['breach'], not: ['Backups'] },
    { firm: 'venue', q: "the door list was in my wallet and now it's missing", has: ['breach'], not: ['Lost property'] },
    // Before: the policy on copies of one's data; "delete every record we have of them" asks erasure.
    { firm: 'fridges', q: 'restaurant cancelled their contract and want us to delete every record we have of them', has: ['even if the customer asks'] },
    // Before: 1Password's entry, its alias "the vault" an English word in a question the model is sure is off the subject.
    { firm: 'fridges', q: 'is the vault bar on prince of wales road any good for friday drinks?', has: ['Denise Thurlow'], not: ['1Password'] },
    { firm: 'outdoor', q: "the card reader in the tuck shop is flat, where's the charging cable?", has: ['Helen Birkett'], not: ['Stripe'] },
    { firm: 'tanning', q: 'card machine paper roll has run out, where do we keep the spare ones', has: ['Gemma Lowther'], not: ['Dojo'] },
    // Neighbours: the same names asked after keep their entries.
    { firm: 'fridges', q: 'who looks after the vault?', has: ['1Password'] },
    { firm: 'outdoor', q: 'who fixes the card reader?', has: ['Stripe'] },
  ]);
});

describe("a second review's near neighbours the later rules first spoilt, now left alone", () => {
  cases([
    // Where codes are kept is the one system that keeps them, not every entry that says it never does.
    { firm: 'hair', q: 'where do we keep the key safe details?', has: ['1Password'], not: ['Fresha'] },
    { firm: 'clearances', q: 'where do we store the alarm code details?', has: ['1Password'], not: ['ServiceM8'] },
    // A till or a shop taken off something is no one let go of.
    { firm: 'farmshop', q: 'when does the till get taken off for the new software?', has: ["don't know"] },
    { firm: 'books', q: 'when does the online shop get taken off holiday mode?', has: ["don't know"] },
    // Parents dropping off at a door is no child dropped elsewhere.
    { firm: 'boxing', q: 'can parents drop off at the side door instead of the main entrance tonight?', has: ["don't know"] },
    // Notes on a child's footwork or climbing levels are no concern about the child.
    { firm: 'boxing', q: "ok to put my notes on the lad's footwork in the coaches chat?", has: ['WhatsApp'], not: ['Safeguarding'] },
    { firm: 'outdoor', q: "can I save the notes on the boys' climbing levels to sharepoint for next year's visit?", has: ['Microsoft 365'], not: ['Writing down safeguarding concerns'] },
    // Medical notes emailed to the horse's own vet are the policy on vets' consent.
    { firm: 'equine', q: 'can I email over the medical notes for Bramble to her vet?', has: ['vet-consent'], not: ['whatsapp-messages'] },
    // What we are supposed to send someone who is no recipient of ours.
    { firm: 'golf', q: 'what are we supposed to send the juniors at christmas, a card?', has: ["don't know"] },
    // An MP wanting a photo asks after no one.
    { firm: 'handyperson', q: 'our MP wants a photo with the volunteers for his newsletter', has: ['photos'], not: ['someone-asking'] },
  ]);
});
