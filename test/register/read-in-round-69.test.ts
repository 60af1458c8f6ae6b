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
