import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 123 and focus sets 51, 55 and 56 taught (the sixty-ninth round). Each reading is tested on a question it was read
 * from and beside neighbours that must keep their answer (balloons left on a table are no cash, a knock in a tackle is no child harmed by
 * an adult, references back and signed off are no checks pending, our own slip to our ordinary address is no hospital sending there, a
 * donkey that died is no supporter to mark deceased, a feed room is nobody's home).
 */
const cases = devCasesOn(
  exampleFirms({
    bideford: 'bideford-rugby-club',
    brightmind: 'brightmind-educational-psychology',
    lambourn: 'lambourn-downs-racing',
    lincsway: 'lincsway-patient-transport',
    paydesk: 'paydesk-payroll-bureau',
    poppins: 'poppins-nanny-agency',
    pressright: 'pressright-dry-cleaners',
    stridewell: 'stridewell-orthotics',
    strikezone: 'strikezone-bowling',
    thistlebrook: 'thistlebrook-donkey-sanctuary',
    throttleup: 'throttleup-motorcycle-training',
  }),
);

describe('cash left for a moment, family ringing a crew directly or not named on the booking, details sent to our ordinary address', () => {
  cases([
    { firm: 'strikezone', q: 'ok to leave the float tin on the party table while i sort the balloons out?', has: ['cash-and-cards', 'Cash is never left in the party area'] },
    { firm: 'strikezone', q: 'ok to leave the balloons on the party table while i fetch the cake?', has: [], not: ['Cash is never left'] },
    { firm: 'lincsway', q: "I'm on a crew today and the patient's daughter rang my own mobile asking what time we'll have her mum back home", has: ['confidentiality-on-the-road', 'crews do not give out journey details'] },
    { firm: 'lincsway', q: "bloke rang the control room saying he's the patient's son and wants to know what time we're collecting his dad. he's not on the booking anywhere", has: ['who-can-be-told', 'take a message and pass it to the patient'] },
    { firm: 'lincsway', q: 'a ward at lincoln has sent a booking with the patients details to our ordinary office email instead of the nhs.net one', has: ['nhsmail-only', 'move it into Cleric, delete it and tell Deborah'] },
    { firm: 'lincsway', q: 'I sent the run sheet to our ordinary office email instead of the nhs.net one by mistake', has: [], not: ['move it into Cleric'] },
    { firm: 'lincsway', q: 'police just called asking if we took a certain lady to hospital yesterday afternoon', has: ['who-can-be-told', 'collar number and station'] },
  ]);
});

describe('a child: harm seen to be written up in a group chat, not collected, a helper whose checks are not back', () => {
  cases([
    { firm: 'bideford', q: 'Saw a dad grab his lad by the neck in the car park after the u14 game at Barnstaple, proper rough. Should I write it up in the coaches group so everyone keeps an eye on him?', has: ['safeguarding-concerns', 'not to the team group'] },
    { firm: 'bideford', q: "one of the lads took a rough tackle and hurt his shoulder, should I put it in the coaches group so they know he's out?", has: [], not: ['Safeguarding concerns about a child'] },
    { firm: 'bideford', q: "Training finished at 7 and it's now half past, Alfie's mum still hasn't turned up and isn't answering. It's just me and him by the pitch, everyone else has gone home", has: ['medical-and-emergency-info', 'stay with the child with a second adult'] },
    { firm: 'bideford', q: "New dad Gareth has offered to help out with the u8s on sunday mornings, he's done his application but nothing back yet. Can he start this week?", has: ['dbs-checks', 'under the direct supervision of a DBS-cleared coach'] },
    { firm: 'poppins', q: "Family in Cobham are desperate for someone from Monday. Sophie's references still aren't back on Xref but she's lovely and interviewed really well, can I send her for a trial day tomorrow?", has: ['vetting', 'No candidate is introduced to a family'] },
    { firm: 'poppins', q: "The Patels want Chloe's mobile so they can have a quick chat before deciding if they want to meet her, ok to pass it on?", has: ['sharing-profiles', "Never give a candidate's phone number"] },
    { firm: 'lambourn', q: 'is it ok to DM the new 17yo lad on insta to tell him his lots for tomorrow? havent got his number', has: ['safeguarding', 'use the yard group or a work phone'] },
    { firm: 'brightmind', q: 'senco emailed asking if I can pop in tomorrow and observe a yr 4 boy in class, referral came through but nothing back from the parents yet. ok to go ahead?', has: ['consent-parental-responsibility', 'signed consent form'] },
    { firm: 'brightmind', q: 'senco emailed asking if I can pop in tomorrow, the signed consent form came back yesterday. ok to go ahead?', has: [], not: ['No child is seen'] },
  ]);
});

describe('photos, boards and cameras: a phone when the tablet is flat, names on a job board, a recording of a fall, who may look at the cameras, the police asking for a helmet cam', () => {
  cases([
    { firm: 'stridewell', q: "Craig wants me to send him a pic of Mr Hussain's stump so he can check the trim lines on the socket, the ipad's flat so can I just use my phone?", has: ['clinical-photos', 'Never use your own phone'] },
    { firm: 'stridewell', q: "the ipad's flat, can I use my phone to ring the lab?", has: [], not: ['Never use your own phone'] },
    { firm: 'stridewell', q: "Craig wants to write the patients' names on the workshop whiteboard so he knows whose socket is whose, is that alright?", has: ['clear-desk', 'reference number, device and due date only'] },
    { firm: 'strikezone', q: 'Customer rang, she slipped on lane 12 last Friday and wants a copy of the camera recording of it happening', has: ['cctv', 'saved before it is overwritten'] },
    { firm: 'pressright', q: 'Sharon asked me to check the shop camera to see who scratched the car outside. How do I get into it?', has: ['paper-and-cctv', 'only Nikos and Eleni'] },
    { firm: 'throttleup', q: "copper rang asking for my helmet cam from tuesday's incident, can I just email it over to him?", has: ['accidents-police', 'collar number'] },
    { firm: 'throttleup', q: 'can I email my helmet cam clip to the trainee so he can see his lean?', has: [], not: ['collar number'] },
    { firm: 'brightmind', q: "Dad on tonight's zoom feedback asked if he could record it so his wife can watch later as she's on nights. I said I'd check. Can he?", has: ['recording-photos', 'say no politely'] },
  ]);
});

describe('callers and requests: the press by masthead, one not on the contacts list, the police and evidence, a parent of a 17-year-old, copies of test forms, our own number', () => {
  cases([
    { firm: 'lambourn', q: 'Racing Post rang asking how bad the injury is to the horse that pulled up yesterday. what can I say', has: ['police-press-bha', 'say Hugo will call back'] },
    { firm: 'lambourn', q: "bloke in the pub keeps asking me if the grey's leg is alright and says he'll see me right if I let him know before saturday. not sure what to say to him", has: ['inside-information', 'tell Hugo Fairbairn the same day'] },
    { firm: 'pressright', q: "someone from the Queens reception rang asking if we've got Mr Patel's suits from room 12. she's not one of the usual people we deal with, can I tell her?", has: ['hotel-guests', 'other than our named contacts'] },
    { firm: 'paydesk', q: "bloke on the phone says he's the new finance director at one of our joinery clients and wants a pay rise put through for someone this month. I can't see him on their list. what do i do", has: ['caller-verification', 'use the number on file'] },
    { firm: 'pressright', q: "police officer at the counter says a jacket we took in yesterday might be evidence, wants to know who brought it in. it's already on the rail for cleaning", has: ['police-and-press', 'do not clean it'] },
    { firm: 'throttleup', q: "a dad rang wanting all the footage and records of his 17 year old son from last weekend, says he paid so it's his right", has: ['subject-access', 'belongs to the rider'] },
    { firm: 'brightmind', q: 'Parent\'s solicitor has asked for copies of the WISC record forms to go in the tribunal bundle. Can I just scan them and send them over?', has: ['test-records', 'Never give a parent, school or solicitor a copy'] },
    { firm: 'brightmind', q: "A mum asked for my mobile so she can text me about her daughter's appointments, it'd be so much easier. Fine to give it to her?", has: ['messaging', 'Do not message parents from your personal number'] },
  ]);
});

describe('papers and people: a health paper by email, a client leaving us, a supporter who died still mailed, a resident\'s room', () => {
  cases([
    { firm: 'paydesk', q: "the manager at one of our clients has just emailed me an employee's MATB1 as an attachment. where am I supposed to put it?", has: ['health-and-maternity', 'only through ShareFile'] },
    { firm: 'paydesk', q: 'a client emailed me their new starter form, where do I put it?', has: [], not: ['only through ShareFile'] },
    { firm: 'paydesk', q: 'Kettering Motors are leaving us at the end of the month. What happens to all their payroll stuff?', has: ['records-retention', 'within 14 days'] },
    { firm: 'paydesk', q: 'Kettering Motors are joining us at the end of the month. What do we need from them?', has: [], not: ['within 14 days'] },
    { firm: 'thistlebrook', q: "her daughter just told me one of our adopters died last month, but she's still getting the donkey updates. awful. what do I do", has: ['legacies', 'Mark the supporter as deceased in Beacon'] },
    { firm: 'thistlebrook', q: 'one of our donkeys died last month, should we still send the adopters their updates?', has: [], not: ['Mark the supporter as deceased'] },
    { firm: 'lambourn', q: 'can I nip in to the feed room with the spare key and grab a bucket?', has: [], not: ["Hostel rooms are the residents' homes"] },
  ]);
});

describe('tools and times: payroll run through a product named by a word, a job advertised on a network, kit of a product fitted, a free app, how long a thing takes', () => {
  cases([
    { firm: 'lincsway', q: 'can we run the payroll through sage next year instead', has: ['Deborah Kirk'], not: ['Moorepay'] },
    { firm: 'stridewell', q: "Farid's asking whether we could run the staff payroll on Sage", has: ['Helen Marsh'], not: ['Xero'] },
    { firm: 'lincsway', q: 'can we run the payroll through moorepay a day early this month?', has: ['Moorepay'] },
    { firm: 'poppins', q: 'could we post the Richmond live-in role on LinkedIn as well? not getting many applicants', has: ['Clementine Ashdown'] },
    { firm: 'lincsway', q: 'is it ok to fit samsara trackers in the two new wheelchair vehicles', has: ['Deborah Kirk'], not: ['Quartix'] },
    { firm: 'lincsway', q: 'is it ok to fit new quartix trackers in the two new wheelchair vehicles', has: ['Quartix'] },
    { firm: 'lambourn', q: 'Found a free gallop timing app for the two-year-olds, ok if I start using it tomorrow?', has: ['new-apps'], not: ['Eventbrite'] },
    { firm: 'stridewell', q: 'how long does plaster of paris need to set before I cut the cast off?', has: ['Helen Marsh'], not: ['records-retention'] },
    { firm: 'stridewell', q: 'how long do we need to keep casts?', has: ['records-retention'] },
  ]);
});

/**
 * An independent review of the change tried its readings on 237 questions of its own across 64 firms. Its over-reaches, each narrowed
 * (a police witness question is no question about one we served, a staff leaver is no client leaving, a ball kicked is no child harmed,
 * a planning application is no check on a person), and its plain variants that now read as they should.
 */
const reviewed = devCasesOn(
  exampleFirms({
    bidefordRugby: 'bideford-rugby-club',
    brightmindEducational: 'brightmind-educational-psychology',
    glacierIce: 'glacier-ice-rink',
    lacehallStudent: 'lacehall-student-living',
    lambournDowns: 'lambourn-downs-racing',
    ledgerlightBookkeeping: 'ledgerlight-bookkeeping',
    lincswayPatient: 'lincsway-patient-transport',
    northwindDigital: 'northwind-digital',
    pathfinderCamps: 'pathfinder-camps',
    paydeskPayroll: 'paydesk-payroll-bureau',
    poppinsNanny: 'poppins-nanny-agency',
    pressrightDry: 'pressright-dry-cleaners',
    reedcraftThatchers: 'reedcraft-thatchers',
    respawnGaming: 'respawn-gaming-cafe',
    skyportValet: 'skyport-valet-parking',
    snowpeakDry: 'snowpeak-dry-ski-slope',
    stridewellOrthotics: 'stridewell-orthotics',
    strikezoneBowling: 'strikezone-bowling',
    sunbeamTanning: 'sunbeam-tanning-studio',
    thistlebrookDonkey: 'thistlebrook-donkey-sanctuary',
    throttleupMotorcycle: 'throttleup-motorcycle-training',
    willowbankCounselling: 'willowbank-counselling',
  }),
);

describe("the review's over-reaches: each keeps an answer other than the reading's", () => {
  reviewed([
    { firm: 'lincswayPatient', q: "my daughter rang my own mobile while I was on a job, is it ok to answer it in the ambulance?", has: [], not: ["Patient confidentiality on the road"] },
    { firm: 'lincswayPatient', q: "the invoice from Quartix was sent to our ordinary office email instead of the accounts one, do I need to forward it?", has: [], not: ["Sending patient information"] },
    { firm: 'lincswayPatient', q: "the police asked if we had a vehicle near the A15 crash yesterday", has: [], not: ["What to tell relatives, carers and other callers"] },
    { firm: 'lincswayPatient', q: "a police officer asked whether we saw the accident on the A46 this morning", has: [], not: ["who-can-be-told"] },
    { firm: 'lincswayPatient', q: "police rang asking if we saw a dog loose on the A1 this morning", has: [], not: ["who-can-be-told"] },
    { firm: 'skyportValet', q: "the police asked whether we saw the accident on the roundabout by the car park", has: [], not: ["Who we tell about a booking"] },
    { firm: 'sunbeamTanning', q: "police asked if we saw the car that was keyed outside yesterday", has: [], not: ["Partners, parents, callers and the police asking about a client"] },
    { firm: 'paydeskPayroll', q: "an employee at one of our clients rang asking for her P60, she's not one of the usual people we deal with", has: [], not: ["Checking who is calling"] },
    { firm: 'paydeskPayroll', q: "a new starter at one of our clients rang asking why her payslip is short. I can't see her on their list. what do i do", has: [], not: ["caller-verification"] },
    { firm: 'paydeskPayroll', q: "a colleague from nene valley it rang about the server upgrade, he's not one of the usual people we deal with", has: [], not: ["caller-verification"] },
    { firm: 'pressrightDry', q: "a courier rang asking for our opening hours, he's not one of the usual people we deal with", has: [], not: ["Hotel guests' laundry"] },
    { firm: 'bidefordRugby', q: "saw a lad kick the ball through the clubhouse window, should I put it in the coaches group?", has: [], not: ["Safeguarding concerns about a child"] },
    { firm: 'bidefordRugby', q: "our planning application for the new clubhouse isn't back yet, can we start the build?", has: [], not: ["DBS checks for coaches and volunteers"] },
    { firm: 'pathfinderCamps', q: "the minibus MOT certificate isn't back yet, can we start using it for the trip?", has: [], not: ["DBS checks and vetting"] },
    { firm: 'poppinsNanny', q: "our new office manager's references aren't back yet, can she start on Monday?", has: [], not: ["Vetting nannies \u2026 before we introduce them"] },
    { firm: 'bidefordRugby', q: "Josh's dad hasn't arrived for his coaching session and isn't answering, should we start without him?", has: [], not: ["Medical forms, emergency contacts and collection"] },
    { firm: 'snowpeakDry', q: "lesson finished at 5, the little girl's dad still hasn't turned up and isn't answering, it's just me and her", has: [], not: ["Equipment hire, boot sizes and ID deposits"] },
    { firm: 'glacierIce', q: "a customer's dad hasn't arrived to pay for her skate hire and isn't answering, can she still skate?", has: [], not: ["Skating school, children and coaches"] },
    { firm: 'respawnGaming', q: "nothing back from mum about the party numbers, ok to go ahead and book the room?", has: [], not: ["Players under 16"] },
    { firm: 'brightmindEducational', q: "ok to go ahead and send the report to school? nothing back from the parents about their comments", has: [], not: ["Consent and parental responsibility"] },
    { firm: 'reedcraftThatchers', q: "nothing back from the family about which straw they want, ok to go ahead and order the long straw?", has: [], not: ["Conservation officers and listed building consent"] },
    { firm: 'willowbankCounselling', q: "a client asked if she could record the voicemail greeting for our new line, she's a voice actor", has: [], not: ["Online sessions"] },
    { firm: 'paydeskPayroll', q: "I accidentally emailed Sarah's fit note to the wrong client, what do I do?", has: [], not: ["Fit notes, sickness and maternity records"] },
    { firm: 'paydeskPayroll', q: "Sarah is leaving us at the end of the month. What happens to her laptop?", has: [], not: ["Keeping and deleting payroll records"] },
    { firm: 'paydeskPayroll', q: "Tomasz is leaving us next week. What do we do with his ShareFile login?", has: [], not: ["records-retention"] },
    { firm: 'northwindDigital', q: "Liam is leaving us on Friday. What happens to his GitHub account?", has: [], not: ["When a client contract ends"] },
    { firm: 'ledgerlightBookkeeping', q: "Jo is leaving us at Easter. What do we do with her laptop?", has: [], not: ["When a client leaves us"] },
    { firm: 'thistlebrookDonkey', q: "one of our volunteers died last week, he's still getting the rota emails. what do I do?", has: [], not: ["Legacies and executors"] },
    { firm: 'lacehallStudent', q: "a student's dad died and he's still getting our rent reminders, should we pause them?", has: [], not: ["Parcels and post"] },
    { firm: 'thistlebrookDonkey', q: "the adopter of one of our donkeys died, do we still send her updates?", has: [], not: ["Mailchimp"] },
    { firm: 'thistlebrookDonkey', q: "one of our donkeys died and her adopter has also passed away, what do we do with his records?", has: [], not: ["\"We use Beacon CRM, GoCardless and Mailchimp\""] },
    { firm: 'lambournDowns', q: "Facebook Post got loads of comments, someone asked about the lame horse", has: [], not: ["The police, BHA investigators and journalists"] },
    { firm: 'lambournDowns', q: "Owners Open Day Post asked what time it starts, what do I tell them?", has: [], not: ["police-press-bha"] },
  ]);
});

describe("the review's plain variants: cash left, family not down on the booking, a look at the cctv, a 17-year-old's records, money offered, a room, a daily paper, DMs, harm seen, a grown-up not come, consent, recording, a death, a health paper, a client leaving, a DBS not back, a rota board", () => {
  reviewed([
    { firm: 'strikezoneBowling', q: "I left the float on the party table for five minutes while I got the cake, is that a problem?", has: ["cash-and-cards", "Cash is never left"] },
    { firm: 'strikezoneBowling', q: "mind if I leave the takings under the counter while I nip to the loo?", has: ["cash-and-cards", "Cash is never left"] },
    { firm: 'lincswayPatient', q: "woman phoned saying she's the patient's niece and wants the pick-up time, she isn't named on the booking", has: ["who-can-be-told", "only if they are named in the booking"] },
    { firm: 'lincswayPatient', q: "a man rang control saying he's the patient's brother and wants to know when she's being collected. he's not down on the booking", has: ["who-can-be-told", "only if they are named in the booking"] },
    { firm: 'pressrightDry', q: "can I have a look at the cctv to see who took the umbrella from the counter?", has: ["paper-and-cctv", "only Nikos and Eleni"] },
    { firm: 'throttleupMotorcycle', q: "a dad rang asking for his son's records, he's 17, says he's entitled", has: ["subject-access", "belongs to the rider"] },
    { firm: 'lambournDowns', q: "a punter offered me fifty quid to tell him how the horses are working", has: ["inside-information", "offers money"] },
    { firm: 'lambournDowns', q: "Kwame's asked me to nip into his room with the spare key and grab his wallet, is that ok?", has: ["hostels", "Do not go into a room without"] },
    { firm: 'lambournDowns', q: "Daily Mail rang asking about our jockey's injury", has: ["police-press-bha", "say Hugo will call back"] },
    { firm: 'lambournDowns', q: "is it ok to DM the new 17yo lad on whatsapp to tell him his lots for tomorrow?", has: ["safeguarding", "use the yard group or a work phone"] },
    { firm: 'bidefordRugby', q: "I saw a dad slap his daughter after the match. should I tell the coaches whatsapp?", has: ["safeguarding-concerns", "not to the team group"] },
    { firm: 'bidefordRugby', q: "saw a mum smack her boy in the car park. Is it ok to put in the group chat?", has: ["safeguarding-concerns", "not to the team group"] },
    { firm: 'bidefordRugby', q: "can I DM the u16 lad on insta to tell him he's picked for saturday?", has: ["messaging-children", "never the child alone"] },
    { firm: 'bidefordRugby', q: "ok to snap the 15 year old on snapchat about training?", has: ["messaging-children", "never the child alone"] },
    { firm: 'bidefordRugby', q: "Training ended at 7, it's 7.40 and Josh's dad still hasn't turned up and isn't answering", has: ["medical-and-emergency-info", "stay with the child with a second adult"] },
    { firm: 'bidefordRugby', q: "Training finished at 7, it's half past and Alfie's nan still hasn't turned up, she's not answering", has: ["medical-and-emergency-info", "stay with the child with a second adult"] },
    { firm: 'brightmindEducational', q: "head asked me to assess a boy next week but we've heard nothing from his mum, can I go ahead?", has: ["consent-parental-responsibility", "signed consent form"] },
    { firm: 'brightmindEducational', q: "mum wants to record the feedback meeting on her phone, is that ok?", has: ["recording-photos", "say no politely"] },
    { firm: 'thistlebrookDonkey', q: "son rang to say his mum passed away in June, can you stop the newsletters?", has: ["legacies", "Mark the supporter as deceased"] },
    { firm: 'thistlebrookDonkey', q: "one of our adopters died, do we still send the donkey updates?", has: ["legacies", "Mark the supporter as deceased"] },
    { firm: 'paydeskPayroll', q: "got a doctor's letter in my inbox from a client about an employee's long-term sickness, where does it go?", has: ["health-and-maternity", "only through ShareFile"] },
    { firm: 'paydeskPayroll', q: "kettering motors are leaving us at the end of the month. what happens to their payroll stuff?", has: ["records-retention", "within 14 days"] },
    { firm: 'paydeskPayroll', q: "Brookes Joinery have given notice, what do we do with their data?", has: ["records-retention", "When a client leaves"] },
    { firm: 'poppinsNanny', q: "Priya's DBS still isn't back but the Hendersons need someone Monday, can I send her for a trial?", has: ["vetting", "No candidate is introduced to a family"] },
    { firm: 'stridewellOrthotics', q: "can we put the patients' names on the rota board so the techs know who's in?", has: ["clear-desk", "reference number, device and due date only"] },
  ]);
});

const registerAsked = devCasesOn(exampleFirms({ bastion: 'bastion-guarding', bouncealot: 'bouncealot-parties', brightpath: 'brightpath-driving-assessments', clearskin: 'clearskin-laser-tattoo-removal', goldcomb: 'goldcomb-apiaries', goldhaven: 'goldhaven-jewellers', ironside: 'ironside-boxing-club', lacehall: 'lacehall-student-living', paneworks: 'paneworks-glazing' }));

describe('the register asked inside a story: a list named as such, "is that only UK?" of a thing named before, a statement asked in the register\'s own word or at one status', () => {
  registerAsked([
    { firm: 'clearskin', q: "Lauren wants a list of every supplier we're still missing a signed GDPR statement / DPA from before the audit", has: ['GDPR statements not on file', 'Payl8r'], not: ['Pabau'] },
    { firm: 'clearskin', q: 'can I have a list of all our suppliers?', has: ['We use 15 suppliers'] },
    { firm: 'clearskin', q: 'a customer wants all her details wiped from our systems', has: [], not: ['We use 15 suppliers'] },
    { firm: 'ironside', q: 'the books software - is that only UK or somewhere else too?', has: ['FreeAgent', 'the UK and the EU'] },
    { firm: 'lacehall', q: "a student's dad wants to know where the booking system keeps his daughter's details, he's paying the rent", has: [], not: ['StarRez'] },
    { firm: 'paneworks', q: 'Trustpilot - is it us who sends the review invites?', has: ['Trustpilot'], not: ['data is stored in'] },
    { firm: 'goldcomb', q: 'is that UK law, keeping the accounts for 6 years?', has: [], not: ['store data in'] },
    { firm: 'goldhaven', q: "I've been asked to email a list of all our suppliers to the insurer - is that ok?", has: [], not: ['We use 16 suppliers'] },
    { firm: 'bouncealot', q: 'is the Inflatable Office statement in-progress?', has: ['Inflatable Office', 'in progress (in-progress)'] },
    { firm: 'bouncealot', q: 'Pennine Leisure Insurance - do we have their statement?', has: ['Pennine Leisure Insurance', 'not on file (missing)'] },
    { firm: 'lacehall', q: 'which suppliers are in-progress?', has: ['GDPR statements in-progress', 'Mailchimp'] },
    { firm: 'bastion', q: 'which suppliers have a statement in progress?', has: ['Wrenfield Monitoring (in progress)'], not: ['RotaCloud'] },
    { firm: 'brightpath', q: 'can I get a list of the suppliers whose statements are awaited?', has: ['Collingwood Insurance', 'Trent Valley IT'], not: ['Quartix'] },
    { firm: 'bastion', q: 'whose statements are we still waiting for?', has: ['KeyTracker Online (awaited)', 'Wrenfield Monitoring (in progress)', 'Zello (not on file)'] },
    { firm: 'bastion', q: 'which jobs are in progress today?', has: [], not: ['GDPR statements'] },
  ]);
});
