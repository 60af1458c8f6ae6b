import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-third round mended in the answerer, beside its neighbours: the stories focus set 103 and the sets read before it taught,
 * the same stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    nourishwell: 'nourishwell-dietitians',
    farmShop: 'appleyard-farm-shop',
    bridge: 'grandslam-bridge-club',
    bytesize: 'bytesize-coding-club',
    museum: 'haverley-museum',
    fieldcover: 'fieldcover-locum-vets',
    timberjack: 'timberjack-axe-throwing',
    wayfarer: 'wayfarer-event-medical',
    pirouette: 'pirouette-dance-academy',
    brightsmile: 'brightsmile-care-home-dental',
    brightwell: 'brightwell-accountancy',
    ridgeway: 'ridgeway-keyholding',
    freewheel: 'freewheel-bikeability',
    funfair: 'whirligig-funfair',
    lottery: 'lightkeeper-hospice-lottery',
    showerVan: 'freshwash-shower-van',
    gym: 'ironclad24-gym',
    paintball: 'redkite-paintball',
    patientTransport: 'lincsway-patient-transport',
    windowCleaners: 'crystal-clear-windows',
    cowork: 'junction-yard-cowork',
    hair: 'silvercomb-mobile-hair',
    foxglove: 'foxglove-studio',
    tennis: 'baseline-tennis-club',
    auPairs: 'compass-au-pairs',
    processServers: 'servewell-process-servers',
    chess: 'checkmate-chess-club',
    railway: 'junctionbox-model-railway-club',
  }),
);

describe('the last one out, asked what to do', () => {
  cases([
    { firm: 'nourishwell', q: "i'm last out tonight for the first time ever, anything i need to do before i go?", has: ['clear-desk-and-keys', 'sets the alarm and records it in the lock-up book'] },
    { firm: 'bridge', q: "i'm directing tonight and last out for the first time, anything i need to do before i leave?", has: ['keys-and-club-room', 'the alarm is set'] },
    { firm: 'bytesize', q: "i'm the last one out after the saturday session, what do i need to do?", has: ['locks the tutor laptops and iPads in the cabinet'] },
    { firm: 'museum', q: 'locking up on my own tonight for the first time, what do i need to do?', has: ['sets the alarm by 17:30 and signs the closing sheet'] },
    // Neighbours: leave asked for something else, not what to do; the last one to be paid, not out of the building.
    { firm: 'nourishwell', q: "i'm last to leave tonight so can i take the laptop home?", has: [], not: ['The last person out sets the alarm and records it in the lock-up book.'] },
    { firm: 'museum', q: "i'm the last one to get my payslip, what do i need to do to get it?", has: [], not: ['The last person out checks the galleries and toilets, sets the alarm by 17:30 and signs the closing sheet.'] },
  ]);
});

describe("whether one asking for their file is who they say, asked after an email", () => {
  cases([
    { firm: 'fieldcover', q: "got an email from a gmail saying it's dr ellis and he wants his whole file. how do i know it's really him", has: ['subject-access', 'calling them on the number in Firefish'] },
  ]);
});

describe('camera footage of weeks ago, and footage filmed off the screen', () => {
  cases([
    { firm: 'timberjack', q: 'bloke says his coat got nicked here about 6 weeks ago, can we go back through the cameras?', has: ['cctv', 'kept for 31 days on the recorder'] },
    { firm: 'timberjack', q: 'can i film the cctv screen on my phone to show kelly the bit where the glass got smashed', has: ['cctv', 'Footage is never filmed on a phone or posted anywhere.'] },
    // Neighbours: the waivers gone back through, not the cameras; a bullseye filmed, not the screen.
    { firm: 'timberjack', q: 'bloke says he threw here about 6 weeks ago, can we go back through the waivers to find his email?', has: [], not: ['CCTV is kept for 31 days on the recorder in the office and then overwritten'] },
    { firm: 'timberjack', q: 'can i film a bullseye on the venue phone for instagram?', has: [], not: ['Footage is never filmed on a phone or posted anywhere.'] },
  ]);
});

describe('one we placed long ago asked still on the database', () => {
  cases([
    { firm: 'fieldcover', q: 'vet we placed once in 2023 and never heard from since, is she still sitting on the database?', has: ['records-retention', 'deleted from Firefish each quarter by Graham'] },
    // Neighbour: still on a list of today's work, with no time gone by.
    { firm: 'fieldcover', q: 'is she still sitting on the database as available for next week?', has: [], not: ['Candidates we have not placed or spoken to in 2 years are deleted from Firefish each quarter by Graham.'] },
  ]);
});

describe('someone collapsed now, against a policy that says taken ill', () => {
  cases([
    { firm: 'bridge', q: 'gentleman at table 4 has just collapsed!! what do we do', has: ['vulnerable-members', 'use the defibrillator in the hall corridor'] },
    // Neighbours: the table wobbling, no one taken ill; a sentence on calling 999 for a child in danger is no rule on one collapsed.
    { firm: 'bridge', q: 'the card table at the back has a wobbly leg, who do we tell', has: [], not: ['If a member is taken ill, call 999, use the defibrillator in the hall corridor, and phone their emergency contact.'] },
    { firm: 'farmShop', q: 'a gentleman has just collapsed by the tills!! what do we do', has: [], not: ['if a child is in immediate danger, ring 999 first'] },
  ]);
});

describe("a casualty's details on one's own phone, and an injury photographed on an iPhone", () => {
  cases([
    { firm: 'wayfarer', q: 'signal was rubbish so i put the patients details in my phone notes to copy over later, thats fine right', has: ['casualty-records', 'never on a personal phone'] },
    { firm: 'wayfarer', q: 'took a pic of a nasty ankle on my iphone for the handover to the ambulance crew, is that ok', has: ['photos-social-media', 'Injury photos are taken only with the GoCanvas camera'] },
    // Neighbour: a sentence on photos taken only on the school's iPad is no rule on notes kept on a phone.
    { firm: 'pirouette', q: "A boy in street said some stuff on Saturday about his stepdad that really worried me. I typed it into the notes app on my phone so I wouldn't forget. Is it ok to keep it there till Monday?", has: ['safeguarding'], not: ["Only photograph or film pupils who have photo consent recorded in Class Manager, and only on the school's iPad, never on a personal phone."] },
  ]);
});

describe('papers in hand, what to do with them', () => {
  cases([
    { firm: 'brightsmile', q: "got a pile of signed consent forms in the van from tuesday's visits, what am i meant to do with them", has: ['records-retention', 'scanned into Dentally the same day'] },
    { firm: 'fieldcover', q: 'printed off a few cvs for a meeting at a practice, what do i do with them now', has: ['phones-and-texts', 'locked confidential bin in the Exeter office'] },
    { firm: 'brightwell', q: 'printed a couple of client tax returns to check at my desk, what should i do with them after?', has: ['locked Dales shredding console'] },
    // Neighbour: whether to print, asked before printing, is not what becomes of a print.
    { firm: 'brightsmile', q: "got a pile of new toothbrushes in the van from the wholesaler, what am i meant to do with them", has: [], not: ['Paper consent forms are scanned into Dentally the same day and put in the locked confidential bin at Estover.'] },
  ]);
});

describe('a code heard said aloud', () => {
  cases([
    { firm: 'ridgeway', q: 'think the cleaner at the dental surgery overheard me saying the code out loud', has: ['alarm-codes', 'tell Angela so the client can change it within 24 hours'] },
  ]);
});

describe('old records asked into the shredder, of firms whose schedule is titled "How long records are kept" or "How long the club keeps records"', () => {
  cases([
    { firm: 'freewheel', q: 'cupboard full of registers from 2021 and 2022, can they go in the shredder', has: ['records-retention', 'Course registers are kept 3 years'] },
    { firm: 'funfair', q: 'clearing the office van, theres accident forms from 2019 about kids hurt on the rides, can they go in the burn bin', has: ['records-retention', 'involving children until the child turns 21'] },
    { firm: 'bridge', q: 'found a drawer full of old scorecards and registers from 2019, can they go in the shredder', has: ['records-retention', 'Lesson registers are kept for 1 year after the course'] },
    // Neighbour: a cupboard full of kit, not of records.
    { firm: 'freewheel', q: 'cupboard full of hi-vis vests from 2021, can they go in the shredder', has: [], not: ['Course registers are kept 3 years for Bikeability audits.'] },
  ]);
});

describe('a tablet left in the boot, a phone lost and waiting asked, a code used by another, a log kept on one\'s phone', () => {
  cases([
    { firm: 'lottery', q: 'staying at my mates in bude after the round tonight, ok to leave the tablet in the boot till morning?', has: ['tablets', 'locked in your home overnight'] },
    { firm: 'showerVan', q: 'van phone is gone, think i left it on the number 7 last night. should i wait and see if someone hands it in', has: ['breach-reporting', 'tell Rosa Delgado straight away'] },
    { firm: 'gym', q: 'lad reckons his mate has been using his code to get in for weeks, what do i do', has: ['door-codes', 'resets the code in Salto KS the same day'] },
    { firm: 'gym', q: 'one of the trainers is using her code to get in early, is that ok', has: ['door-codes'] },
    { firm: 'showerVan', q: 'can i keep a copy of the visit log on my phone in case the wifi drops at the van', has: ['logins-backups', 'nothing about guests is kept on a personal phone'] },
    // Neighbours: raffle tickets, not the tablet; a code for a laptop, not the door; a shopping list, not guests' records.
    { firm: 'lottery', q: 'ok to leave the raffle tickets in the boot till morning?', has: [], not: ['Tablets are docked in the office or locked in your home overnight, never left in a car.'] },
    { firm: 'gym', q: "can i use his code for the staff laptop while he's off?", has: [], not: ['Ravi or whoever is on the ops rota resets the code in Salto KS the same day'] },
    { firm: 'showerVan', q: 'can i keep the shopping list on my phone?', has: [], not: ['Everything is in Google Drive, which Google keeps; nothing about guests is kept on a personal phone.'] },
  ]);
});

describe("the round's review: over-reaches narrowed, and the stories told otherwise", () => {
  cases([
    // Told otherwise.
    { firm: 'museum', q: 'im closing up tonight for the first time, what do i need to do before i leave', has: ['sets the alarm by 17:30 and signs the closing sheet'] },
    { firm: 'nourishwell', q: 'am i meant to set the alarm if im the last one out?', has: ['clear-desk-and-keys', 'sets the alarm and records it in the lock-up book'] },
    { firm: 'paintball', q: 'im shutting the site tonight, last one here, whats the drill', has: ['The last person out locks the front gate'] },
    { firm: 'bridge', q: 'gentleman at table 4 has just keeled over!! what do i do', has: ['vulnerable-members', 'use the defibrillator in the hall corridor'] },
    { firm: 'hair', q: 'client collapsed in the chair halfway through her colour', has: ['safeguarding'] },
    { firm: 'tennis', q: 'lost the club phone at the tournament, should we wait until monday and see if someone hands it in', has: ['breach-reporting'] },
    { firm: 'foxglove', q: 'i think i left my laptop on the train, should i wait and see if lost property have it', has: ['breach-reporting'] },
    { firm: 'gym', q: 'think i left the work phone on the bus last night, should i wait and see if it gets handed in', has: ['breach-reporting', 'Tell Dean within 1 hour'] },
    { firm: 'brightwell', q: 'printed some client statements for the meeting, whats the deal with them afterwards', has: ['locked Dales shredding console'] },
    { firm: 'fieldcover', q: 'ive got printouts of this mornings checks, what should i do with them after', has: ['phones-and-texts', 'locked confidential bin in the Exeter office'] },
    // Neighbours: another matter told beside locking up, the last out of a chat group; a faint of one's own or of days ago, someone unwell in a
    // vehicle against a sentence on homes; a sentence on a member missing is no rule on a phone lost; leaflets; a lost child's details; no
    // data left on one's phone.
    { firm: 'paintball', q: "i'm locking up on my own tonight and theres a car sat in the car park with someone in it, what should i do", has: [], not: ['The last person out locks the front gate after the final minibus is back.'] },
    { firm: 'museum', q: 'im last out of the whatsapp volunteers group now everyone left, what do i need to do', has: [], not: ['The last person out checks the galleries and toilets, sets the alarm by 17:30 and signs the closing sheet.'] },
    { firm: 'windowCleaners', q: 'i think i fainted up the ladder for a sec, can i still work today', has: [], not: ['If you see someone who has fallen or is unwell through a window, call 999 first, then the office.'] },
    { firm: 'cowork', q: 'a member passed out in the meeting room on tuesday, can i email everyone to say hes ok?', has: [], not: ['or a member, visitor or café customer is taken ill, call 999 first, then Ravi.'] },
    { firm: 'patientTransport', q: 'patient in the back of the ambulance car has gone blue and isnt breathing properly', has: [], not: ['If you find the patient has fallen or is unwell at home, call 999 first and then the control room.'] },
    { firm: 'auPairs', q: 'printed off a load of leaflets for the au pair fair, where should they go', has: [], not: ['Paper copies printed for interviews or welcome days are shredded in the office by Friday and never taken home.'] },
    { firm: 'wayfarer', q: "jotted the lost kid's description and mums number in my phone notes, is that ok", has: [], not: ['Every casualty is recorded in GoCanvas on the event tablet, never on a personal phone.'] },
    { firm: 'processServers', q: 'ive got no data left on my phone, can i use the clients wifi to upload the proof photos', has: [], not: ['Nothing is kept on a personal phone or laptop.'] },
  ]);
});

describe('a thing found that nobody has come back for', () => {
  cases([
    { firm: 'showerVan', q: 'found a rucksack under the bench from yesterdays session, nobody has come back for it', has: ['belongings', 'kept in the lock box for 7 days'] },
    { firm: 'showerVan', q: 'found a coat on the van floor, nobody has claimed it yet', has: ['belongings', 'kept in the lock box for 7 days'] },
    { firm: 'showerVan', q: "found a jacket under the bench after the session, nobody's come back for it", has: ['belongings', 'kept in the lock box for 7 days'] },
    // Neighbour: a puncture found, not a thing left behind.
    { firm: 'showerVan', q: 'found a puncture in the van tyre, nobody has come back for the repair yet', has: [], not: ['Items left behind are kept in the lock box for 7 days and logged'] },
  ]);
});

describe('a child asked to walk home alone', () => {
  cases([
    { firm: 'chess', q: 'a 9 year olds dad hasnt turned up yet, can she just walk home, its only round the corner', has: ['junior-safeguarding', 'a parent must collect every child under 11'] },
    { firm: 'railway', q: '12 yr old says his dad texted him its fine to walk home on his own after saturday, do i let him go', has: ['safeguarding', 'signed in and collected'] },
    // Neighbours: one of us walking home; a scoresheet collected is no child's.
    { firm: 'chess', q: 'can i walk home after the match or is someone giving lifts tonight?', has: [], not: ['a parent must collect every child under 11 from the hall door'] },
  ]);
});
