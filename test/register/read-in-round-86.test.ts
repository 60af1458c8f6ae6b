import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-sixth round mended in the answerer, beside its neighbours: the stories focus sets 113, 117 and 118 taught, the same stories
 * told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    canal: 'kennet-canal-volunteers',
    orienteering: 'pinewood-orienteering-club',
    minicabs: 'kingsway-private-hire',
    ringers: 'st-aldhelm-bell-ringers',
    judo: 'redkite-judo-club',
    village: 'silverbirch-retirement-village',
    canoeClub: 'willowbank-canoe-club',
    beekeepers: 'hollowmead-beekeepers',
    playgroup: 'little-acorns-playgroup',
    iceHockey: 'icehawks-ice-hockey-club',
    moneyAdvice: 'tawe-money-advice',
    countyShow: 'thornbury-county-show',
    schoolClubs: 'sunrise-school-clubs',
  }),
);

describe('a child by age as chat writes it ("16yo"), and a child told of by age and harm', () => {
  cases([
    { firm: 'canal', q: "a 13yo on the towpath today said something about her mum that's really worrying me", has: ['young-volunteers', 'tell Gareth Willoughby, our safeguarding lead'] },
    { firm: 'judo', q: "saw bruises on one of the 10 year olds' legs at training, who do I tell", has: ['junior-safeguarding', 'the Club Welfare Officer, the same day'] },
    // Neighbour: a child's belt gone missing is no harm seen on a child.
    { firm: 'judo', q: "one of the 10 year olds' belts has gone missing, who do I tell", has: [], not: ['the Club Welfare Officer, the same day'] },
  ]);
});

describe('young ones messaged on a social network, as a group', () => {
  cases([
    { firm: 'orienteering', q: 'ok to dm the juniors on snapchat about the relay?', has: ['safeguarding', 'Messages to juniors go through Spond with a parent included'] },
    // Neighbour: grown-ups messaged are no juniors.
    { firm: 'orienteering', q: 'can i dm the committee on insta about the AGM?', has: [], not: ['Messages to juniors go through Spond with a parent included'] },
  ]);
});

describe("a young one's age said of them, with what the rule for their ages forbids", () => {
  cases([
    { firm: 'canal', q: "my daughter's 16, can she do the brushcutter work on saturday?", has: ['young-volunteers', 'never on chainsaw, brushcutter or lock-gate work'] },
    { firm: 'canal', q: "the 15yo from dofe is working the chainsaw on saturday, that's fine right?", has: ['young-volunteers', 'never on chainsaw, brushcutter or lock-gate work'] },
    // Neighbour: a grown-up daughter is past the ages the rule is for.
    { firm: 'canal', q: "my daughter's 19, can she do the brushcutter work on saturday?", has: [], not: ['never on chainsaw, brushcutter or lock-gate work'] },
  ]);
});

describe('what we hold on someone, asked in their own words', () => {
  cases([
    { firm: 'canal', q: "got a text from a volunteer saying 'what data do you guys actually hold about me?'", has: ['subject-access', 'forward it to Margaret Ellery the same day'] },
    // Neighbours: what a supplier holds, or what we hold on a kind of people, is the register's.
    { firm: 'canal', q: 'what data do we hold on Better Impact?', has: [], not: ['forward it to Margaret Ellery the same day'] },
    { firm: 'canal', q: 'what data do we hold on volunteers?', has: ['Better Impact'], not: ['forward it to Margaret Ellery the same day'] },
  ]);
});

describe('back to the sport after a concussion', () => {
  cases([
    { firm: 'judo', q: 'my lad had concussion at the comp last week, can he train friday?', has: ['injuries-and-concussion', 'does not train or compete for at least 21 days'] },
  ]);
});

describe('alone with one young one, and a young one started before their form', () => {
  cases([
    { firm: 'ringers', q: 'just me and Amy (14) at practice tonight, ok to carry on?', has: ['young-ringers', 'no adult is ever alone with a young ringer'] },
    // Neighbour: alone with a grown-up is no rule's.
    { firm: 'ringers', q: 'just me and Dave (64) at practice tonight, ok to carry on?', has: [], not: ['no adult is ever alone with a young ringer'] },
    { firm: 'ringers', q: 'a lad of 12 came with his gran wanting to have a go, can we do the consent form next week?', has: ['young-ringers', 'young ringer consent form signed by a parent'] },
    { firm: 'judo', q: "Ella's dad is running late, can I drop her home after juniors? she's 8, just me and her in the car", has: ['junior-safeguarding', 'is ever alone with a junior in the changing rooms'] },
  ]);
});

describe('a passenger filmed, or got in touch with after the job', () => {
  cases([
    { firm: 'minicabs', q: 'a passenger was abusive so I filmed her on my phone, can I send it to the office?', has: ['cctv-footage', 'Drivers must never film passengers on their own phones'] },
    { firm: 'minicabs', q: 'dropped an old gent at the station, can I text him later to see how the trip went?', has: ['passenger-details', 'never contact a passenger after the job is finished'] },
    // Neighbour: a pickup checked is the job itself, not after it.
    { firm: 'minicabs', q: 'can I ring him back to check the pickup time for tomorrow?', has: [], not: ['never contact a passenger after the job is finished'] },
  ]);
});

describe("someone's health to a group chat, and a list of our own", () => {
  cases([
    { firm: 'ringers', q: "gonna put in the whatsapp group that Pete's in hospital with a heart attack so people can send cards", has: ['tower-accidents', 'Medical details go only in the accident book'] },
    // Neighbour: practice called off is nobody's health.
    { firm: 'ringers', q: 'gonna put in the whatsapp group that practice is cancelled tonight', has: [], not: ['Medical details go only in the accident book'] },
    { firm: 'ringers', q: "I've got my own spreadsheet of the band's phone numbers and emails on my laptop, is that alright?", has: ['membership-records', 'kept in membermojo and nowhere else'] },
  ]);
});

describe('a lapsed member asked gone, and old records to be shredded', () => {
  cases([
    { firm: 'ringers', q: "Mrs Dale hasn't paid her subs since 2021, can we take her off?", has: ['membership-records', 'A lapsed member is deleted 2 years after'] },
    // Neighbour: a reminder for subs is no record gone.
    { firm: 'ringers', q: "Mrs Dale hasn't paid her subs since March, can you send her a reminder?", has: [], not: ['A lapsed member is deleted 2 years after'] },
    { firm: 'judo', q: 'came across old accident forms from 2015 in the club cupboard, gonna shred them', has: ['records-retention', 'Safeguarding records are kept by Dominic for 25 years'] },
    // Neighbour: old posters are nobody's records.
    { firm: 'judo', q: 'found some old posters from 2015 in the cupboard, gonna bin them', has: [], not: ['Safeguarding records are kept by Dominic for 25 years'] },
  ]);
});

describe('names under a photo, a folder kept to a few, and results on social media', () => {
  cases([
    { firm: 'ringers', q: "posting the outing photo on the website with everyone's names underneath, the 12 year olds too", has: ['photos-and-filming', 'never name a young ringer in full'] },
    { firm: 'judo', q: "can you give me access to the medical folder? I'm helping out on Saturdays now", has: ['medical-information', 'which only Farah, Dominic and Neil can open'] },
    // Neighbour: a folder the sentence does not name.
    { firm: 'judo', q: 'can you give me access to the Accident folder in OneDrive?', has: [], not: ['which only Farah, Dominic and Neil can open'] },
    { firm: 'judo', q: 'can i share the grading results on insta?', has: ['gradings-and-licences', 'posted on Spond to the member or parent only'] },
    // Neighbours: competition results are public, and session times are no results.
    { firm: 'judo', q: "can I put the competition results on instagram with everyone's names?", has: ['Results and draws are public'], not: ['posted on Spond to the member or parent only'] },
    { firm: 'judo', q: 'can I post the new session times on facebook?', has: [], not: ['posted on Spond to the member or parent only'] },
  ]);
});

describe('the press asking, a DBS date of one who stopped, and a mail to all', () => {
  cases([
    { firm: 'canal', q: 'a reporter from the newbury gazette rang asking about the lad who cut his hand on saturday, what do i say?', has: ['accidents', 'refer any press enquiry to Margaret'] },
    { firm: 'orienteering', q: 'a helper stopped volunteering in 2023, can i delete his dbs date?', has: ['retention', 'DBS check dates for 6 years'] },
    // Neighbour: a DBS renewal told is the checks' rule, not the keeping of a leaver's date.
    { firm: 'orienteering', q: 'one of our coaches is doing his dbs renewal next week, anything i need to do?', has: ['safeguarding'], not: ['DBS check dates for 6 years'] },
    { firm: 'canal', q: 'about to email all the volunteers about the xmas social, anything i need to watch out for when i send it?', has: ['lost-device-breach', 'than one volunteer always go in "Bcc"'] },
    // Neighbour: the social's time asked is no way of sending.
    { firm: 'canal', q: 'about to email all the volunteers about the xmas social, what time does it start?', has: [], not: ['than one volunteer always go in "Bcc"'] },
  ]);
});

describe('a driver without the certificate, and a resident pictured as they are cared for', () => {
  cases([
    { firm: 'village', q: "roy's off sick, can marcus drive the shopping bus on tuesday? he's got a normal car licence", has: ['minibus', 'Only drivers with a MiDAS certificate drive'] },
    { firm: 'village', q: 'can jo drive the minibus to the garden centre friday? she only has an ordinary licence', has: ['minibus', 'Only drivers with a MiDAS certificate drive'] },
    // Neighbour: a licence said of one covering reception asks nothing of driving.
    { firm: 'village', q: "roy's off sick, can marcus cover reception on tuesday? he's got a normal car licence", has: [], not: ['Only drivers with a MiDAS certificate drive'] },
    { firm: 'village', q: 'got a sweet photo of mrs k smiling while her carer was dressing her, can it go on facebook?', has: ['photos', 'Never photograph a resident receiving care'] },
  ]);
});

describe("harm seen on a child by age (\"a 4yo's arms\"), and a device a thief took", () => {
  cases([
    { firm: 'playgroup', q: "bruises on a 4yo's arms at circle time today, who do I tell?", has: ['safeguarding', 'Never question the child or tell the'] },
    // Neighbour: paint is no harm.
    { firm: 'playgroup', q: "paint all over a 4yo's arms after messy play, fine to send him home like that?", has: [], not: ['Never question the child or tell the'] },
    { firm: 'canoeClub', q: "got mugged on the way home and they grabbed my phone, it's got spond on it", has: ['breach-reporting', 'within 24 hours, even if unsure'] },
    // Neighbour: a charger taken carries nobody's details.
    { firm: 'canoeClub', q: 'someone took my phone charger from the boathouse office, anyone seen it?', has: [], not: ['within 24 hours, even if unsure'] },
  ]);
});

describe('records of one long gone asked still held, and calls taken on paper', () => {
  cases([
    { firm: 'canoeClub', q: 'a lad who left in 2022 emailed asking if we still have his details', has: ['membership-records', 'record is deleted 2 years after their membership ends'] },
    { firm: 'beekeepers', q: 'took 3 swarm calls on my mobile while I was out and scribbled them on the back of an envelope, anything i need to do with them?', has: ['swarm-calls', 'Log the call in the swarm log in SharePoint'] },
    // Neighbour: bookings are not what the sentence logs.
    { firm: 'beekeepers', q: 'took 2 bookings for the course on my mobile and scribbled them on a post-it, anything I need to do?', has: [], not: ['Log the call in the swarm log in SharePoint'] },
  ]);
});

describe('our member list offered to others, and a mail to a group still to be sent', () => {
  cases([
    { firm: 'beekeepers', q: 'the honey show committee want us to send them our member list so they can invite everyone', has: ['member-records', 'never given to equipment suppliers or other associations'] },
    // Neighbour: an offer passed on to members gives nobody the list.
    { firm: 'beekeepers', q: 'the bee equipment shop in Ludlow has offered our members 10% off, can I mention it in The Buzz?', has: [], not: ['never given to equipment suppliers or other associations'] },
    { firm: 'beekeepers', q: 'going to email all the course people the handouts, gonna put everyone in the cc box ok?', has: ['newsletter-consent', 'Always send to groups with Bcc when emailing from Outlook'] },
    // Neighbour: one already sent with the addresses showing is a breach told.
    { firm: 'beekeepers', q: 'sent the winter talks reminder to the whole beginners group and all their addresses were in the To line', has: ['breach-reporting'], not: ['Always send to groups with Bcc when emailing from Outlook'] },
  ]);
});

describe('a child not collected by name, one too young to collect, and old records to the shred bag', () => {
  cases([
    { firm: 'playgroup', q: "twenty past twelve and nobody has come for Jack yet, dad's not answering", has: ['collection', 'phone the contacts in order and tell'] },
    // Neighbour: a delivery not come is no child.
    { firm: 'playgroup', q: 'it\'s ten to one and nobody has come for the nappies delivery yet', has: [], not: ['phone the contacts in order and tell'] },
    { firm: 'playgroup', q: "Jack's brother is here to pick him up, he's only 12", has: ['collection', 'never hand a child to someone under 16'] },
    { firm: 'playgroup', q: 'clearing the office out and found accident forms for kids who left in 2019, ok to put them in the shred bag?', has: ['records-retention', 'accident and medicine records until the child is 21'] },
    { firm: 'playgroup', q: 'one of the ipads wasn\'t in the cabinet this morning and we\'ve looked everywhere, I\'ll keep looking till friday before I make a fuss', has: ['breach-reporting', 'within 24 hours at most'] },
    // Neighbour: a device found again is no loss.
    { firm: 'playgroup', q: 'one of the ipads wasn\'t in the cabinet this morning, found it in the art cupboard', has: [], not: ['within 24 hours at most'] },
  ]);
});

describe("a family's troubles written in a child's journal, and a list of people pinned up", () => {
  cases([
    { firm: 'playgroup', q: "putting a note in Max's journal that his dad has moved out, just so his key person knows", has: ['tapestry-observations', "Never write about a child's family circumstances"] },
    // Neighbour: what a child enjoyed is the journal's work.
    { firm: 'playgroup', q: "going to add a note on Lily's journal that she loved the sand tray today", has: [], not: ["Never write about a child's family circumstances"] },
    { firm: 'canoeClub', q: "thinking of putting up a list of everyone's emergency numbers in the boathouse", has: ['boathouse-security', "Nothing with a member's details is left on the noticeboard."] },
    // Neighbour: trip dates are nobody's details.
    { firm: 'canoeClub', q: 'going to pin up a list of the summer trip dates by the boat racks', has: [], not: ["Nothing with a member's details is left on the noticeboard."] },
  ]);
});

describe("the review's findings: each reading kept to its own story", () => {
  cases([
    // A concussion's return asked where the rule says "head injury", not the sentence on how long records are kept.
    { firm: 'iceHockey', q: 'one of the u14s got concussed on saturday, can he play in the cup game next weekend?', has: ['concussion', 'graduated return-to-play steps'] },
    { firm: 'iceHockey', q: 'he was concussed in the game on sunday, can he skate at practice wednesday?', has: ['concussion', 'graduated return-to-play steps'] },
    // Calls about the job still open are no contact after it; a thank-you text is.
    { firm: 'minicabs', q: 'passenger left his wallet in the back, can I ring him back to see how he wants it returned?', has: [], not: ['never contact a passenger after the job is finished'] },
    { firm: 'minicabs', q: "passenger's card payment failed, can I call him back to see how he wants to pay?", has: [], not: ['never contact a passenger after the job is finished'] },
    { firm: 'minicabs', q: 'lovely passenger last night gave me a big tip, can I send her a thank you text through the app?', has: ['passenger-details', 'never contact a passenger after the job is finished'] },
    // A van to the tip is not the minibus the certificate is for; a car licence said otherwise is.
    { firm: 'village', q: "can Sam take the van to the tip on friday? he's got a full car licence", has: [], not: ['Only drivers with a MiDAS certificate drive'] },
    { firm: 'village', q: 'marcus only has a car licence, no MiDAS, can he do the minibus run to Harrogate on tuesday?', has: ['minibus', 'Only drivers with a MiDAS certificate drive'] },
    // A rota of who does the teas holds nobody's details.
    { firm: 'canoeClub', q: "can I pin up a list of who's doing teas each week by the kettle?", has: [], not: ["Nothing with a member's details is left on the noticeboard."] },
    // A delivery not come for is no child.
    { firm: 'playgroup', q: "nobody has come for Friday's delivery of craft supplies, who do I ring?", has: [], not: ['phone the contacts in order and tell'] },
    { firm: 'playgroup', q: 'her 14 year old brother has come to collect her, is that ok?', has: ['collection', 'never hand a child to someone under 16'] },
    // A slip already made ("forgot to bcc") is a breach, though what comes next is told ahead.
    { firm: 'judo', q: 'forgot to bcc everyone on the comp email, gonna recall it, anything else?', has: ['breach-reporting'] },
    // A grown coach is no young one; a timetable for gradings is no results.
    { firm: 'judo', q: "just me and one of the young coaches tonight (she's 22), is that enough to run the seniors session?", has: [], not: ['is ever alone with a junior in the changing rooms'] },
    { firm: 'judo', q: 'can I post the grading times for next term on the club facebook page?', has: [], not: ['posted on Spond to the member or parent only'] },
    { firm: 'judo', q: 'can I put who passed their grading on the club instagram?', has: ['gradings-and-licences', 'posted on Spond to the member or parent only'] },
    // An expenses form is no consent form; suppliers' numbers are not members' details; a board with no photo is no photo.
    { firm: 'ringers', q: 'our 15 year old ringer wants to claim travel expenses for the striking competition, can we sort the forms later?', has: [], not: ['young ringer consent form signed by a parent'] },
    { firm: 'ringers', q: "I keep my own list of the bell hangers' and the diocesan office's phone numbers in my phone, is that ok?", has: [], not: ['kept in membermojo and nowhere else'] },
    { firm: 'ringers', q: "I've got all the ringers' numbers and addresses saved in a spreadsheet on my laptop for quick reference, ok?", has: ['membership-records', 'kept in membermojo and nowhere else'] },
    { firm: 'ringers', q: 'for the peal board, can we put the full names on it including the 15 year old? no photo', has: [], not: ['never name a young ringer in full'] },
    { firm: 'ringers', q: "can I let the band know on whatsapp that Margaret's broken her hip?", has: ['tower-accidents', 'Medical details go only in the accident book'] },
  ]);
});

describe("the firm's own bid turned down is no one's record", () => {
  cases([
    // Mended in the answerer after the retraining with focus set 118 read the round-71 refusal as the rule on unsuccessful applicants.
    { firm: 'moneyAdvice', q: 'we bid for the council advice contract and were rejected, can I bin the tender papers?', has: [], not: ['unsuccessful'] },
    // Neighbour: a person turned down for a job is the rule on applicants.
    { firm: 'moneyAdvice', q: 'a woman applied for the adviser job but was turned down, can I delete her application now?', has: ['retention-disposal', 'unsuccessful'] },
  ]);
});

describe('neighbours that hold each reading to its words', () => {
  cases([
    // The certificate's sentence names the minibus: a coach it does not name.
    { firm: 'village', q: "can marcus take the coach to the seaside trip? he's got a normal car licence", has: [], not: ['Only drivers with a MiDAS certificate drive'] },
    // A name with "'s" after it is whose the thing is, not a child not collected.
    { firm: 'playgroup', q: "nobody has come for Tom's parcel yet, who do I ring?", has: [], not: ['phone the contacts in order and tell'] },
    // A phone a thief took, told without the word: focus set 118's story.
    { firm: 'canoeClub', q: "someone smashed my car window in the boathouse car park last night and took my phone, it's got the committee email and spond logged in. probably nothing but thought id say", has: ['breach-reporting', 'within 24 hours, even if unsure'] },
    // One's own phone taken along is no theft: only a stranger or a break-in told makes "took my phone" stolen.
    { firm: 'canoeClub', q: 'I took my phone to the pool session to get some photos of the juniors, is that ok?', has: ['photos-of-juniors'], not: ['within 24 hours, even if unsure'] },
    // Told still ahead, from the tool it goes out of: how to send is the policy's (focus set 118's story).
    { firm: 'beekeepers', q: 'about to send the winter talks reminder to the whole beginners group from outlook, just popping all their addresses in the To line', has: ['newsletter-consent', 'Always send to groups with Bcc when emailing from Outlook'] },
    // A mail already sent with the addresses showing, and another to be sent now, is the slip's: the breach policy.
    { firm: 'countyShow', q: "Just sent the sheep entries update to all the exhibitors with everybody's emails showing in the To line. I'm going to send another one now asking them all to delete it", has: ['breaches', 'Do not try to fix it'] },
  ]);
});

describe("a list of people pinned up where the firm's only sentence is that a printed list is never on the wall", () => {
  cases([
    // The fallback of the reading: no "nothing with a member's details" sentence, the one that keeps a printed list off the wall.
    { firm: 'schoolClubs', q: "can I pin up a list of everyone's emergency numbers by the door?", has: ['allergies-medication', 'never on the wall'] },
    // Neighbour: holiday dates are nobody's details.
    { firm: 'schoolClubs', q: 'can I pin up a list of the holiday club dates by the door?', has: [], not: ['never on the wall'] },
  ]);
});
