// Focus set 56 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-ninth round by a writer who read only the README, the case format and three firms' files (brightmind-educational-psychology, paydesk-payroll-bureau, thistlebrook-donkey-sanctuary), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const BRIGHTMIND = 'brightmind-educational-psychology';
const PAYDESK = 'paydesk-payroll-bureau';
const THISTLEBROOK = 'thistlebrook-donkey-sanctuary';

export const FOCUS56_ONE: ReferenceCase[] = [
  // ── BrightMind Educational Psychology: situations ──
  { ws: BRIGHTMIND, kind: 'situation', q: 'just realised i emailed the draft report for one of my kids to the wrong mum, two families with nearly the same surname in outlook. should i email her and ask her to delete it??', has: ['breach-reporting', 'Never contact the family about it yourself'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'Someone smashed my car window at the services last night and my work laptop bag has gone. It\'s Saturday morning. Who do I actually tell and how fast?', has: ['breach-reporting', 'at once by phone'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'Dad rang to book an assessment for his son. He says they\'re separated and mum doesn\'t need to be involved, and wants the report sent just to him. Is that ok?', has: ['consent-parental-responsibility', 'send the report to both'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'senco emailed asking if I can pop in tomorrow and observe a yr 4 boy in class, referral came through but nothing back from the parents yet. ok to go ahead?', has: ['consent-parental-responsibility', 'signed consent form'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'On a home visit today a 9 year old told me her stepdad hits her and begged me not to tell anyone. I\'m sat in the car outside now, what do I do?', has: ['safeguarding', 'ring Hertfordshire Children\'s Services the same day'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'noticed bruising on a boy\'s arms while doing his assessment at school this morning. feels awkward, should I check with the parents first before I say anything to anyone?', has: ['safeguarding', 'never needs the parents\' consent'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'Parent\'s solicitor has asked for copies of the WISC record forms to go in the tribunal bundle. Can I just scan them and send them over?', has: ['test-records', 'Never give a parent, school or solicitor a copy'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'hi, new trainee here. I\'ve got a pile of response booklets from last week\'s assessments on my desk, how long have I got to get them onto the system?', has: ['test-records', 'within 5 working days'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'At the feedback meeting mum said "I want everything you\'ve got on him, all of it". Do I just forward her the file from the case system?', has: ['subject-access', 'pass it to Maria the same day'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'dad has asked for a copy of his daughter\'s whole file. she\'s 13 and very switched on. anything different we need to do?', has: ['subject-access', 'aged 12 or over'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'I\'ve got two school visits tomorrow and another on Thursday, can I leave the test kit and the files in the boot overnight so I\'m not lugging them in and out?', has: ['home-and-school-visits', 'in the car overnight'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'Still have a few case files at my house from visits last week, been too busy to drop them back. Is that a problem?', has: ['home-and-school-visits', 'within 2 working days'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'can i just put "running late for Oliver P at Oakwood Primary" in the team whatsapp?', has: ['messaging', 'logistics only'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'A mum asked for my mobile so she can text me about her daughter\'s appointments, it\'d be so much easier. Fine to give it to her?', has: ['messaging', 'Do not message parents from your personal number'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'Dad on tonight\'s zoom feedback asked if he could record it so his wife can watch later as she\'s on nights. I said I\'d check. Can he?', has: ['recording-photos', 'say no politely'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'kid did an amazing drawing in the session today, can i snap it on my phone to put in the report', has: ['recording-photos', 'only on a work device'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'A reporter from the local paper just rang asking about a tribunal involving one of our families and a school. What do I say to her?', has: ['third-party-requests', 'pass them to Helen and say nothing else'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'police officer on the phone asking if we\'ve assessed a particular boy, gave his name and dob. Jade wants to know if she can just say yes or no', has: ['third-party-requests', 'Do not confirm to anyone by phone'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'In my last job we ran report paragraphs through ChatGPT to tidy up the wording. Fine to do that here if I take the child\'s name out first?', has: ['new-apps-ai', 'Never paste report text'] },
  { ws: BRIGHTMIND, kind: 'situation', q: 'signed up for a free trial of a note taking app yesterday to try in consultations. thats ok right, its only a trial, I\'ll cancel before it charges', has: ['new-apps-ai', 'This applies to free trials too'] },

  // ── BrightMind Educational Psychology: new tools ──
  { ws: BRIGHTMIND, kind: 'new-tool', q: 'is it ok to use Calendly so parents can book their own feedback slots?', has: ['new-apps-ai'], not: ['Zoom'] },
  { ws: BRIGHTMIND, kind: 'new-tool', q: 'Can I install Grammarly on my laptop to check my report drafts?', has: ['new-apps-ai'], not: ['Philips SpeechLive'] },
  { ws: BRIGHTMIND, kind: 'new-tool', q: 'thinking of sending parents a google form questionnaire before the assessment, is that allowed', has: ['new-apps-ai'], not: ['Pearson Q-global'] },
  { ws: BRIGHTMIND, kind: 'new-tool', q: 'Would anyone mind if I made our parent info leaflets in Canva?', has: ['new-apps-ai'], not: ['Xero'] },
  { ws: BRIGHTMIND, kind: 'new-tool', q: 'could we set up a trello board to keep track of which council reports are due when?', has: ['new-apps-ai'], not: ['Hertfordshire County Council SEND service'] },

  // ── BrightMind Educational Psychology: off-topic ──
  { ws: BRIGHTMIND, kind: 'off-topic', q: 'what time does the office shut on fridays?', has: ['Maria Kowalski'], not: ['WriteUpp'] },
  { ws: BRIGHTMIND, kind: 'off-topic', q: 'Is there free parking near the St Albans office or is it pay and display?', has: ['Maria Kowalski'], not: ['Stripe'] },
  { ws: BRIGHTMIND, kind: 'off-topic', q: 'who\'s organising the christmas do this year?', has: ['Maria Kowalski'], not: ['Microsoft 365'] },
  { ws: BRIGHTMIND, kind: 'off-topic', q: 'How many days annual leave do I get in my first year?', has: ['Maria Kowalski'], not: ['BrightPay'] },
  { ws: BRIGHTMIND, kind: 'off-topic', q: 'can i bring my dog into the office on fridays, she\'s very calm', has: ['Maria Kowalski'], not: ['Zoom'] },

  // ── PayDesk Payroll Bureau: situations ──
  { ws: PAYDESK, kind: 'situation', q: 'bloke on the phone says he\'s the new finance director at one of our joinery clients and wants a pay rise put through for someone this month. I can\'t see him on their list. what do i do', has: ['caller-verification', 'use the number on file'] },
  { ws: PAYDESK, kind: 'situation', q: 'Someone rang saying he\'s a landlord doing a reference and just wants to know if a Jason Reed works for one of our clients. Can I confirm that much?', has: ['caller-verification', 'Never confirm to anyone else'] },
  { ws: PAYDESK, kind: 'situation', q: 'Got an email from the director at one of our clients asking us to update an employee\'s bank details before Friday\'s run, new sort code and account number in the email. It\'s from his usual address so I can just change it?', has: ['bank-detail-changes', 'Never change bank details from an email'] },
  { ws: PAYDESK, kind: 'situation', q: 'ive keyed in 3 bank changes for this weeks run, can i just approve it myself? sanjay is at lunch and the client wants it done', has: ['bank-detail-changes', 'A second person checks every bank change'] },
  { ws: PAYDESK, kind: 'situation', q: 'An employee says she can\'t get into the app and just wants her P60 emailed to her as a PDF for her mortgage application. Ok to do?', has: ['payslips-and-reports', 'Never email a payslip'] },
  { ws: PAYDESK, kind: 'situation', q: 'one of the care home client\'s staff doesn\'t have an email address at all. how is she meant to get her payslips?', has: ['payslips-and-reports', 'sealed envelope'] },
  { ws: PAYDESK, kind: 'situation', q: 'oh no. I think I\'ve just published the nursery client\'s payslips to the wrong company on the portal. what do I do first??', has: ['breach-reporting', 'Unpublish or remove the item'] },
  { ws: PAYDESK, kind: 'situation', q: 'Left my work laptop on the train home. It\'s 4pm, is it ok to wait and tell someone tomorrow morning when I\'m in?', has: ['breach-reporting', 'within 2 hours'] },
  { ws: PAYDESK, kind: 'situation', q: 'An employee at one of our clients has emailed asking for "all the information you hold about me". Can I just send her her payroll history?', has: ['employee-requests', 'must go to that client'] },
  { ws: PAYDESK, kind: 'situation', q: 'letter from the Child Maintenance Service came in asking us to confirm a guy\'s earnings for the last 3 months. do we just write back to them?', has: ['employee-requests', 'also go to the client and to Karen'] },
  { ws: PAYDESK, kind: 'situation', q: 'Client emailed a scan of a fit note for one of their lads. I was going to print it for the file and put "back injury" in the payroll notes so we remember why he\'s off. Alright?', has: ['health-and-maternity', 'never write the medical reason'] },
  { ws: PAYDESK, kind: 'situation', q: 'the manager at one of our clients has just emailed me an employee\'s MATB1 as an attachment. where am I supposed to put it?', has: ['health-and-maternity', 'only through ShareFile'] },
  { ws: PAYDESK, kind: 'situation', q: 'Kettering Motors are leaving us at the end of the month. What happens to all their payroll stuff?', has: ['records-retention', 'within 14 days'] },
  { ws: PAYDESK, kind: 'situation', q: 'clearing out a cupboard of old printed payroll reports from 2021, ok to chuck them in the blue recycling bin?', has: ['records-retention', 'never the recycling'] },
  { ws: PAYDESK, kind: 'situation', q: 'wfh tomorrow but my laptop\'s in for repair, can I log in on my husband\'s pc just for the day?', has: ['clear-desk-home-working', 'never on a family computer'] },
  { ws: PAYDESK, kind: 'situation', q: 'Can I print the timesheets at home to check them on paper? Much easier on my eyes than the screen.', has: ['clear-desk-home-working', 'do not print at home'] },
  { ws: PAYDESK, kind: 'situation', q: 'client sent their hours in some weird file format. there\'s a free online site that turns it into excel, can i just run it through that?', has: ['new-apps-ai', 'converter website'] },
  { ws: PAYDESK, kind: 'situation', q: 'Quick one, can I get Copilot to check my list of NI numbers for duplicates? Would save me an hour.', has: ['new-apps-ai', 'Never paste payroll data'] },
  { ws: PAYDESK, kind: 'situation', q: 'director has just whatsapped a photo of the overtime sheet to the office mobile. ok to key it in from that so we make the cut off?', has: ['messaging', 'ask them to upload it to ShareFile'] },
  { ws: PAYDESK, kind: 'situation', q: 'An employee texted the office phone asking what her take-home is this month. Can I text her back the net figure?', has: ['messaging', 'Never reply with pay details'] },

  // ── PayDesk Payroll Bureau: new tools ──
  { ws: PAYDESK, kind: 'new-tool', q: 'can we use Dropbox to get timesheets from a client whose IT blocks everything else?', has: ['new-apps-ai'], not: ['Bottomline PT-X'] },
  { ws: PAYDESK, kind: 'new-tool', q: 'Is Trello ok for tracking which clients\' pay runs are done each week?', has: ['new-apps-ai'], not: ['BrightPay Bureau'] },
  { ws: PAYDESK, kind: 'new-tool', q: 'thinking of using Calendly for booking onboarding calls with new clients, any issue?', has: ['new-apps-ai'], not: ['DocuSign'] },
  { ws: PAYDESK, kind: 'new-tool', q: 'A new client prefers Zoom. Can I do our kick-off call on Zoom?', has: ['new-apps-ai'], not: ['RingCentral'] },
  { ws: PAYDESK, kind: 'new-tool', q: 'can we pay a client\'s overseas contractor through Wise?', has: ['new-apps-ai'], not: ['GoCardless'] },

  // ── PayDesk Payroll Bureau: off-topic ──
  { ws: PAYDESK, kind: 'off-topic', q: 'whats the dress code on fridays? jeans ok?', has: ['Karen Doherty'], not: ['BrightPay Bureau'] },
  { ws: PAYDESK, kind: 'off-topic', q: 'who\'s on the tea run this afternoon', has: ['Karen Doherty'], not: ['Xero'] },
  { ws: PAYDESK, kind: 'off-topic', q: 'A prospect wants to know what we charge for a weekly payroll with 10 employees. What\'s our price?', has: ['Karen Doherty'], not: ['GoCardless'] },
  { ws: PAYDESK, kind: 'off-topic', q: 'can I swap my late friday with Liam next week?', has: ['Karen Doherty'], not: ['RingCentral'] },
  { ws: PAYDESK, kind: 'off-topic', q: 'Anyone know somewhere decent for lunch near the office?', has: ['Karen Doherty'], not: ['Microsoft 365'] },

  // ── Thistlebrook Donkey Sanctuary: situations ──
  { ws: THISTLEBROOK, kind: 'situation', q: 'one of the riding therapy girls told me today her brother hurts her and said "dont tell mum". I\'m only a volunteer, do I mention it to my shift lead tomorrow?', has: ['safeguarding', 'before you go home'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'I wrote down what a lad on the school trip said to me about home. Should I keep a copy for myself and pop a photo of it in the yard group so Joanna sees it quicker?', has: ['safeguarding', 'do not keep a copy'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'the riding therapy kids looked so happy today!! can i take a couple of pics on my phone for our facebook page', has: ['photos-filming', 'not your own phone'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'BBC Spotlight rang the shop, they want to come and film the foals next week. Can I just say yes and give them a day?', has: ['photos-filming', 'booked through Rosemary'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'Can I take the referral forms for tomorrow\'s riding group down to the arena so I\'ve got all their medical info to hand?', has: ['riding-therapy-records', 'one-page session sheet'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'found an old riding therapy medical form stuffed in a drawer in the tack room, what should I do with it', has: ['riding-therapy-records', 'locked cabinet in the therapy office'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'The till tablet has gone from the café, I think someone walked off with it in the lunch rush. It\'s Sunday, shall I leave it till Monday when the office is in?', has: ['breach-reporting', 'weekends included'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'sent Mrs Pearce\'s adoption update to the wrong supporter by mistake, can I just recall it in outlook and hope nobody notices', has: ['breach-reporting', 'Do not try to delete or recall anything yourself'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'Lady at the shop counter said she doesn\'t want any more letters from us. I said that\'s fine. Is there anything else I need to do?', has: ['supporter-requests', 'recorded in Beacon the same day'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'man on the phone wants us to delete everything we have on him. he\'s been gift aiding for years. do I just wipe him off the database?', has: ['supporter-requests', 'Gift Aid records are kept for 6 years'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'An older gentleman paid for an adoption at the till and said he pays tax, so I ticked the Gift Aid box on the form for him because his hands shake. That\'s ok isn\'t it?', has: ['gift-aid', 'never tick it for them'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'theres a pile of gift aid forms behind the cafe counter from the weekend, where do they go?', has: ['gift-aid', 'locked tray in the finance office'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'A solicitor rang to say Mrs Hollis has died and left us something in her will. He asked how much she\'d given us over the years. What can I tell him?', has: ['legacies', 'do not discuss the estate'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'her daughter just told me one of our adopters died last month, but she\'s still getting the donkey updates. awful. what do I do', has: ['legacies', 'Mark the supporter as deceased in Beacon'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'Caller wants to adopt Jasper for his wife\'s birthday and is reading his card number out to me. Shall I write it down and put it through later?', has: ['cash-and-cards', 'send a Square payment link'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'ok if i empty and count the donation box on my own? everyone else has gone home', has: ['cash-and-cards', 'counted by two people'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'A police officer came to the front desk wanting the car park camera footage from last Saturday, there was a break-in. Can I sort it?', has: ['cctv', 'collar number'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'visitor says someone dented her car in the car park and wants to watch the recording. can i show her on the office screen?', has: ['cctv', 'Never show footage to a visitor'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'Someone on our Facebook post about Bramble is asking which farm she was rescued from. Can I reply and tell them?', has: ['welfare-reports-media', 'who a rescued donkey came from'] },
  { ws: THISTLEBROOK, kind: 'situation', q: 'can i post the list of riding therapy kids coming tomorrow in the yard whatsapp so everyone knows who to expect?', has: ['messaging', 'Never post anything about a riding therapy child'] },

  // ── Thistlebrook Donkey Sanctuary: new tools ──
  { ws: THISTLEBROOK, kind: 'new-tool', q: 'can we put the volunteer rota on Trello instead, much easier to see', has: ['Fiona Laity'], not: ['Square'] },
  { ws: THISTLEBROOK, kind: 'new-tool', q: 'Is it ok to use Canva to make the adoption certificates?', has: ['Fiona Laity'], not: ['GoCardless'] },
  { ws: THISTLEBROOK, kind: 'new-tool', q: 'Could we start using Eventbrite for people booking onto the open days?', has: ['Fiona Laity'], not: ['Mailchimp'] },
  { ws: THISTLEBROOK, kind: 'new-tool', q: 'i want to schedule our donkey posts with Buffer, can i sign us up?', has: ['Fiona Laity'], not: ['Hikvision CCTV'] },
  { ws: THISTLEBROOK, kind: 'new-tool', q: 'Would PayPal Giving Fund be alright to take donations for the Christmas appeal?', has: ['Fiona Laity'], not: ['Xero'] },

  // ── Thistlebrook Donkey Sanctuary: off-topic ──
  { ws: THISTLEBROOK, kind: 'off-topic', q: 'what time do we open to visitors in the winter?', has: ['Fiona Laity'], not: ['Square'] },
  { ws: THISTLEBROOK, kind: 'off-topic', q: 'does the café do gluten free scones? a visitor is asking', has: ['Fiona Laity'], not: ['Square'] },
  { ws: THISTLEBROOK, kind: 'off-topic', q: 'How much hay does a donkey eat in a day? One of the school kids asked and I didn\'t know', has: ['Fiona Laity'], not: ['Microsoft 365'] },
  { ws: THISTLEBROOK, kind: 'off-topic', q: 'when is the farrier next in for the old boys in the top paddock', has: ['Fiona Laity'], not: ['Xero'] },
  { ws: THISTLEBROOK, kind: 'off-topic', q: 'Where do I get a new hi-vis? Mine ripped on the gate.', has: ['Fiona Laity'], not: ['Better Impact'] },
];
