import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-sixth round mended in the answerer, beside its neighbours: the stories focus sets 113 and 117 taught, the same stories
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
