// Round 127, written blind in the reference block's mix of kinds in the seventy-second round: two new firms (a private adult and child ADHD and autism assessment clinic in Leeds with remote assessments, school questionnaires, medication titration, shared-care letters to GPs and NHS Right to Choose referrals, focuspoint-adhd-clinic; an independent alternative provision school in Middlesbrough for 11 to 16 year olds excluded or at risk of exclusion, with mentors, a DSL, minibus runs and work placements, freshstart-alternative-provision), each written by a helper from the configuration reference and two examples, the questions by another who read only the README, the case format and the two firms' files. Frozen (every `has` and `not` fact checked against the files by a script before any answer was seen), held out in the seventy-second and seventy-third rounds (scored as counts only), then read in the seventy-fourth.
import type { ReferenceCase } from './types.ts';

const WSA = 'focuspoint-adhd-clinic';
const WSB = 'freshstart-alternative-provision';

export const ROUND127: ReferenceCase[] = [
  // ───────────── FocusPoint ADHD & Autism Clinic ─────────────

  // field
  { kind: 'field', ws: WSA, q: 'where is semble data actually stored? patient asked me if its in the uk', has: ['Semble', 'UK'] },
  { kind: 'field', ws: WSA, q: 'how long do we keep patient records in the EHR once someone is discharged', has: ['Semble', '20 years after the last contact'] },
  { kind: 'field', ws: WSA, q: 'if semble had a breach how quickly do they have to tell us', has: ['Semble', '24 hours'] },
  { kind: 'field', ws: WSA, q: 'how long do the qb test results stay on the qbtech portal?', has: ['QbCheck', '1 year'] },
  { kind: 'field', ws: WSA, q: 'whos responsible for the conners forms system, MHS?', has: ['MHS Online Assessment Center', 'Eleanor Marsh'] },
  { kind: 'field', ws: WSA, q: 'mhs is in america isnt it, what covers the transfer', has: ['MHS Online Assessment Center', 'IDTA'] },
  { kind: 'field', ws: WSA, q: 'what do we actually put into q-global when scoring an ADOS, full names?', has: ['Pearson Q-global', 'initials'] },
  { kind: 'field', ws: WSA, q: 'is two step login forced on zoom or optional', has: ['Zoom', 'available'] },
  { kind: 'field', ws: WSA, q: 'signature rx - is 2fa enforced for prescribers?', has: ['Signature Rx', 'enforced'] },
  { kind: 'field', ws: WSA, q: 'how long does signaturerx keep the prescription data', has: ['Signature Rx', '11 years'] },
  { kind: 'field', ws: WSA, q: 'where is the nhs.net mailbox hosted', has: ['NHSmail', 'UK'] },
  { kind: 'field', ws: WSA, q: 'what exactly do we send the GP practice at the end of titration', has: ["Patients' GP practices", 'stable dose'] },
  { kind: 'field', ws: WSA, q: 'can microsoft support get into our o365 without us knowing?', has: ['Microsoft 365', 'Customer Lockbox'] },
  { kind: 'field', ws: WSA, q: 'heidi scribe audio, is it kept in the uk or abroad', has: ['Heidi Health', 'UK'] },
  { kind: 'field', ws: WSA, q: 'how long does heidi hang on to the draft notes', has: ['Heidi Health', '30 days'] },
  { kind: 'field', ws: WSA, q: 'how long are call recordings kept on ringcentral', has: ['RingCentral', '90 days'] },
  { kind: 'field', ws: WSA, q: 'who looks after the phone system? need someone to sort the helpline voicemail', has: ['RingCentral', 'Karen Sutcliffe'] },
  { kind: 'field', ws: WSA, q: 'what certifications has ring central got', has: ['RingCentral', 'HITRUST'] },
  { kind: 'field', ws: WSA, q: 'where does stripe store the card payment data', has: ['Stripe', 'UK', 'US'] },
  { kind: 'field', ws: WSA, q: 'how long do we keep deposit and payment records in stripe', has: ['Stripe', '7 years'] },
  { kind: 'field', ws: WSA, q: 'whos the owner for xero? mo?', has: ['Xero', 'Mohammed Iqbal'] },
  { kind: 'field', ws: WSA, q: 'brightpay is in ireland right, what safeguard do we rely on for that', has: ['BrightPay Cloud', 'adequacy'] },
  { kind: 'field', ws: WSA, q: 'how far back can datto restore a deleted email, how long are backups kept', has: ['Datto SaaS Protection', '1 year'] },
  { kind: 'field', ws: WSA, q: 'does aire valley IT have cyber essentials', has: ['Aire Valley IT', 'Cyber Essentials Plus'] },

  // list
  { kind: 'list', ws: WSA, q: 'which of our suppliers store data in the US?', has: ['MHS Online Assessment Center', 'Pearson Q-global', 'Zoom', 'RingCentral', 'Stripe', 'Xero'] },
  { kind: 'list', ws: WSA, q: 'which systems dont enforce 2fa? joanne wants a list for the DSPT', has: ['QbCheck', 'MHS Online Assessment Center', 'Pearson Q-global', 'Zoom', 'Heidi Health', 'RingCentral', "Patients' GP practices"] },
  { kind: 'list', ws: WSA, q: 'which suppliers are we still chasing a DPA from', has: ['MHS Online Assessment Center', 'Pearson Q-global', "Patients' GP practices", 'BrightPay Cloud', 'Aire Valley IT'] },
  { kind: 'list', ws: WSA, q: 'anything of ours kept in the EU?', has: ['QbCheck', 'BrightPay Cloud'] },
  { kind: 'list', ws: WSA, q: 'what systems does chloe use? setting up her cover for next week', has: ['Semble', 'Microsoft 365', 'RingCentral', 'Stripe'] },
  { kind: 'list', ws: WSA, q: 'which suppliers are iso 27001 certified', has: ['Semble', 'QbCheck', 'Pearson Q-global', 'Zoom', 'NHSmail', 'Microsoft 365', 'Heidi Health', 'RingCentral', 'Xero'] },
  { kind: 'list', ws: WSA, q: 'which ones rely on the uk idta for transfers', has: ['MHS Online Assessment Center', 'RingCentral', 'Xero'] },
  { kind: 'list', ws: WSA, q: 'which suppliers hold info about parents and carers', has: ['Semble', 'MHS Online Assessment Center', 'Zoom', 'Heidi Health', 'RingCentral', 'Stripe'] },
  { kind: 'list', ws: WSA, q: 'what does joanne look after', has: ['Semble', 'Microsoft 365', 'Datto SaaS Protection', 'Aire Valley IT'] },
  { kind: 'list', ws: WSA, q: 'which suppliers have promised to tell us about a breach', has: ['Semble', 'Microsoft 365', 'Stripe'] },

  // situation
  { kind: 'situation', ws: WSA, q: 'i think i just sent a shared care letter to the wrong surgery, two practices with nearly the same name. what do i do??', has: ['breach-reporting', 'Tell Joanne Pickersgill straight away'] },
  { kind: 'situation', ws: WSA, q: 'left my work laptop on the train back from manchester last night, not sure if it even matters as its got a password', has: ['breach-reporting', 'even if you are not sure it counts'] },
  { kind: 'situation', ws: WSA, q: 'cant find one of the fp10pcd pads, checked the cabinet in room 4 twice. who do i tell', has: ['controlled-drug-prescriptions', 'tell Sarah Brannigan the same day'] },
  { kind: 'situation', ws: WSA, q: 'patient wants her elvanse sent to her local pharmacy asap, can i just do it on signature rx like the atomoxetine ones?', has: ['controlled-drug-prescriptions', 'private FP10PCD form, never through Signature Rx'] },
  { kind: 'situation', ws: WSA, q: 'a titration patient keeps whatsapping photos of his bp readings to my work mobile, what should i do with them', has: ['titration-monitoring', 'ask patients to use the Semble portal'] },
  { kind: 'situation', ws: WSA, q: 'lady on methylphenidate just sent her readings, bp 152/94 on both days this week. what now', has: ['titration-monitoring', 'duty nurse prescriber the same day'] },
  { kind: 'situation', ws: WSA, q: 'sent the shared care request to a GP 5 weeks ago and heard nothing back, patient is nearly out of meds', has: ['shared-care', 'we never stop medication without a plan'] },
  { kind: 'situation', ws: WSA, q: 'the GP emailed from her own hotmail asking us to send the shared care stuff straight to her, is that ok?', has: ['shared-care', "never a named GP's personal email"] },
  { kind: 'situation', ws: WSA, q: 'teacher filled in the conners for a year 8 and now wants a copy of the full assessment report for school. can daniel send it', has: ['school-questionnaires', 'refer them to the patient or parent'] },
  { kind: 'situation', ws: WSA, q: 'mum has given me the form teachers personal gmail to send the rating scale link to, school office isnt answering', has: ['school-questionnaires', "never to a teacher's personal email"] },
  { kind: 'situation', ws: WSA, q: 'during the assessment a 13 yr old told me something about home that worried me and begged me not to tell her dad', has: ['safeguarding', 'do not promise to keep it secret'] },
  { kind: 'situation', ws: WSA, q: 'adult patient on a video review just said he doesnt see the point anymore and wants to end the call, what do i do', has: ['safeguarding', 'the clinician stays with them'] },
  { kind: 'situation', ws: WSA, q: 'patients partner asked if we can record the zoom assessment so she can watch it back later', has: ['remote-assessments', 'never record a session'] },
  { kind: 'situation', ws: WSA, q: 'self pay patient just moved to spain, wants to keep her video assessment next tuesday. fine to go ahead?', has: ['remote-assessments', 'only with patients living in the UK'] },
  { kind: 'situation', ws: WSA, q: 'rtc patient rang asking if she can pay to skip the nhs waiting list and be seen this month', has: ['right-to-choose', 'offered paid services to jump the queue'] },
  { kind: 'situation', ws: WSA, q: 'doing a 9 year olds ADHD assessment tomorrow, ok to have heidi running to write it up?', has: ['ai-scribe', "Do not use it in children's assessments"] },
  { kind: 'situation', ws: WSA, q: 'dad rang reception wanting copies of everything we hold on his 14 yr old son. zoe took the call', has: ['subject-access', 'Pass every request to Joanne Pickersgill'] },
  { kind: 'situation', ws: WSA, q: 'my outlook is full of emails from patients with their details going back months, should i just leave them?', has: ['records-retention', 'deleted from Outlook within 7 days'] },

  // off-topic
  { kind: 'off-topic', ws: WSA, q: 'anyone know if its meant to rain saturday? cycling in for the clinic', has: [], not: ['Zoom'] },
  { kind: 'off-topic', ws: WSA, q: 'whos got a good flapjack recipe, doing a bake for bethanys birthday', has: [], not: ['Stripe'] },
  { kind: 'off-topic', ws: WSA, q: 'did leeds win last night? what teams are they playing in the cup', has: ['Joanne Pickersgill'], not: ['Microsoft 365'] },
  { kind: 'off-topic', ws: WSA, q: 'where is the best place for a team lunch near park square for about 12 of us', has: ['Joanne Pickersgill'], not: ['Semble'] },

  // new-tool
  { kind: 'new-tool', ws: WSA, q: 'could we use calendly so titration patients book their own review slots?', has: ['Joanne Pickersgill'], not: ['Semble'] },
  { kind: 'new-tool', ws: WSA, q: 'can i install grammarly to check my assessment reports before they go out', has: ['Joanne Pickersgill'], not: ['Heidi Health'] },
  { kind: 'new-tool', ws: WSA, q: 'are we allowed to use docusign for the titration consent forms', has: ['Joanne Pickersgill'], not: ['Microsoft 365'] },
  { kind: 'new-tool', ws: WSA, q: 'mo says gocardless would be easier for instalment plans, can we set it up?', has: ['Joanne Pickersgill'], not: ['Stripe'] },

  // ───────────── FreshStart Alternative Provision ─────────────

  // field
  { kind: 'field', ws: WSB, q: 'where is cpoms hosted', has: ['CPOMS', 'UK'] },
  { kind: 'field', ws: WSB, q: 'how long do we keep safeguarding records on cpoms after a kid leaves', has: ['CPOMS', "25th birthday"] },
  { kind: 'field', ws: WSB, q: 'whos the owner of the concerns log system', has: ['CPOMS', 'Craig Teasdale'] },
  { kind: 'field', ws: WSB, q: 'does arbor make you use 2 step login', has: ['Arbor', 'enforced'] },
  { kind: 'field', ws: WSB, q: 'if arbor gets hacked how long have they got to tell us', has: ['Arbor', '48 hours'] },
  { kind: 'field', ws: WSB, q: 'how long are staff records kept on the MIS after someone leaves?', has: ['Arbor', '6 years after leaving'] },
  { kind: 'field', ws: WSB, q: 'is 2fa enforced on classcharts or not', has: ['Class Charts', 'available'] },
  { kind: 'field', ws: WSB, q: 'where does class charts keep the behaviour data', has: ['Class Charts', 'UK', 'EU'] },
  { kind: 'field', ws: WSB, q: 'how long do behaviour points stay on the system', has: ['Class Charts', '2 years'] },
  { kind: 'field', ws: WSB, q: 'who looks after parentmail? texts to parents not sending', has: ['ParentMail', 'Donna Metcalfe'] },
  { kind: 'field', ws: WSB, q: 'how long is the history of parent texts kept', has: ['ParentMail', '1 year'] },
  { kind: 'field', ws: WSB, q: 'how long is the minibus tracker data kept for', has: ['Quartix', '12 months'] },
  { kind: 'field', ws: WSB, q: 'whats the lawful basis for tracking the minibuses, stephen was asking', has: ['Quartix', 'Legitimate interests'] },
  { kind: 'field', ws: WSB, q: 'what info does the taxi firm get about the kids', has: ['Linthorpe Private Hire', 'pickup'] },
  { kind: 'field', ws: WSB, q: 'have we got a data sharing agreement with linthorpe cars yet', has: ['Linthorpe Private Hire', 'transport template'] },
  { kind: 'field', ws: WSB, q: 'where is google classroom data stored, us?', has: ['Google Workspace for Education', 'US'] },
  { kind: 'field', ws: WSB, q: 'is 2 step verification switched on for staff gmail', has: ['Google Workspace for Education', 'enforced'] },
  { kind: 'field', ws: WSB, q: 'how long does smoothwall keep the monitoring alerts', has: ['Smoothwall', '1 year'] },
  { kind: 'field', ws: WSB, q: 'how long does ucheck hold onto the id docs for dbs checks', has: ['uCheck', '6 months'] },
  { kind: 'field', ws: WSB, q: 'moorepay have people in india dont they, what covers that transfer', has: ['Moorepay', 'IDTA'] },
  { kind: 'field', ws: WSB, q: 'how long are absence line voicemails kept', has: ['Vonage Business', '30 days'] },
  { kind: 'field', ws: WSB, q: 'how far back do the redstor backups go', has: ['Redstor', '90 days'] },
  { kind: 'field', ws: WSB, q: 'if we got ransomware could it wipe our backups too?', has: ['Redstor', 'immutable for 14 days'] },
  { kind: 'field', ws: WSB, q: 'what pupil info goes on the xero invoices to councils', has: ['Xero', 'initials'] },

  // list
  { kind: 'list', ws: WSB, q: 'which suppliers keep data in the US', has: ['Google Workspace for Education', 'Xero', 'Vonage Business'] },
  { kind: 'list', ws: WSB, q: 'do we send anything abroad? lorraine needs it for the ROPA', has: ['Class Charts', 'Google Workspace for Education', 'Moorepay', 'Xero', 'Vonage Business'] },
  { kind: 'list', ws: WSB, q: 'which ones havent got a gdpr statement or sharing agreement on file', has: ['Linthorpe Private Hire', 'Referring councils and home schools', 'Work placement employers', 'Vonage Business', 'Tees Valley Schools IT'] },
  { kind: 'list', ws: WSB, q: 'which systems dont enforce two factor', has: ['Class Charts', 'ParentMail', 'Quartix', 'Linthorpe Private Hire', 'Vonage Business', 'Referring councils and home schools', 'Work placement employers'] },
  { kind: 'list', ws: WSB, q: 'what does lorraine look after', has: ['Arbor', 'Google Workspace for Education', 'Redstor', 'Tees Valley Schools IT', 'uCheck', 'Moorepay', 'Xero'] },
  { kind: 'list', ws: WSB, q: 'which systems does donna use? she is off and kelly is covering', has: ['Google Workspace for Education', 'Arbor', 'CPOMS', 'ParentMail', 'Vonage Business', 'Quartix'] },
  { kind: 'list', ws: WSB, q: 'which suppliers will tell us if they have a breach', has: ['CPOMS', 'Arbor'] },
  { kind: 'list', ws: WSB, q: 'which of our suppliers are ISO 27001', has: ['CPOMS', 'Arbor', 'Class Charts', 'Google Workspace for Education', 'Smoothwall', 'uCheck', 'Moorepay', 'Xero', 'Redstor'] },
  { kind: 'list', ws: WSB, q: 'who do we pass pupils info on to outside school', has: ['Linthorpe Private Hire', 'Referring councils and home schools', 'Work placement employers'] },
  { kind: 'list', ws: WSB, q: 'which suppliers have cyber essentials plus', has: ['CPOMS', 'Arbor', 'Smoothwall'] },

  // situation
  { kind: 'situation', ws: WSB, q: 'lad in my mentoring session said his mums boyfriend hit him last night, hes gone back to lessons now. what do i need to do', has: ['safeguarding-concerns', 'log it on CPOMS in their own words'] },
  { kind: 'situation', ws: WSB, q: 'its 3.40, a year 9 girl just told me something really worrying and craig and nicola have both gone to a meeting off site', has: ['safeguarding-concerns', "ring Middlesbrough Multi Agency Children's Hub yourself"] },
  { kind: 'situation', ws: WSB, q: 'cpoms wont load on my laptop, can i just email craig what the kid said and log it tomorrow?', has: ['safeguarding-concerns', 'Never write a concern in an email'] },
  { kind: 'situation', ws: WSB, q: 'one of the taxi drivers keeps making comments to a year 10 girl that dont sit right with me. shannon says just have a word with him', has: ['allegations-against-staff', 'Do not discuss it with the person'] },
  { kind: 'situation', ws: WSB, q: 'had to use team teach hold on a lad in period 3, jamie and me both involved, he has a mark on his arm', has: ['behaviour-and-intervention', 'recorded on CPOMS within 24 hours'] },
  { kind: 'situation', ws: WSB, q: 'andrea has given a kid a 2 day suspension this morning, who needs to know and by when', has: ['behaviour-and-intervention', 'home school and the council by 16:00'] },
  { kind: 'situation', ws: WSB, q: 'kyle says one of the year 8s just climbed the fence at break and legged it', has: ['attendance-and-missing', 'tell the DSL at once'] },
  { kind: 'situation', ws: WSB, q: 'two kids werent on the minibus this morning and nobody has rung in', has: ['attendance-and-missing', 'Donna Metcalfe calls home by 10:00'] },
  { kind: 'situation', ws: WSB, q: 'on the morning run, waited outside for the lad on acklam road and hes not come out, what do i do', has: ['transport', 'ring the office and move on'] },
  { kind: 'situation', ws: WSB, q: 'alan asked if he can take a photo of the run sheet on his phone so he doesnt have to keep going back to the folder', has: ['transport', 'never in a pocket or photographed'] },
  { kind: 'situation', ws: WSB, q: 'the garage taking our year 11 on placement wants to know what he was excluded for and if theres anything on his file', has: ['work-placements', 'nothing from CPOMS or the referral paperwork'] },
  { kind: 'situation', ws: WSB, q: 'social worker rang wanting to know about a concern we logged, mum has told us not to share anything with social services', has: ['sharing-with-schools', 'a lack of consent is no reason'] },
  { kind: 'situation', ws: WSB, q: 'one of our year 9s is going back to mainstream next week, the new school wants his file', has: ['sharing-with-schools', 'child protection file within 5 school days'] },
  { kind: 'situation', ws: WSB, q: 'a girl who left us in the summer, shes 16, has sent me a follow request. ignore it?', has: ['phones-and-social-media', 'never accept friend or follow requests'] },
  { kind: 'situation', ws: WSB, q: 'took loads of photos on the school ipad at the bowling trip, some kids dont have photo consent, how long can they stay on there', has: ['phones-and-social-media', 'deleted from the device within 7 days'] },
  { kind: 'situation', ws: WSB, q: 'i think i emailed a termly report to the wrong home school, two kids with the same surname', has: ['breach-reporting', 'Tell Lorraine Hebburn straight away'] },
  { kind: 'situation', ws: WSB, q: 'a parent has emailed asking for a copy of everything we have on her daughter, its half term next week, can it wait?', has: ['subject-access', 'school holidays do not extend it'] },
  { kind: 'situation', ws: WSB, q: 'kid cant get on the revision site, its blocked, he asked if he could use my phone as a hotspot', has: ['online-safety-monitoring', 'never use a personal hotspot'] },

  // off-topic
  { kind: 'off-topic', ws: WSB, q: 'is it meant to snow tomorrow? the minibus runs might be a nightmare', has: ['Lorraine Hebburn'], not: ['Quartix'] },
  { kind: 'off-topic', ws: WSB, q: 'anyone got a decent chilli recipe for the staff christmas lunch', has: [], not: ['Class Charts'] },
  { kind: 'off-topic', ws: WSB, q: 'did boro win on saturday?', has: [], not: ['Arbor'] },
  { kind: 'off-topic', ws: WSB, q: 'whos organising secret santa this year and whats the limit', has: ['Lorraine Hebburn'], not: ['ParentMail'] },

  // new-tool
  { kind: 'new-tool', ws: WSB, q: 'can we use seesaw to share kids work with parents', has: ['Lorraine Hebburn'], not: ['ParentMail'] },
  { kind: 'new-tool', ws: WSB, q: 'can i use canva to make the reward certificates with the kids names on', has: ['Lorraine Hebburn'], not: ['Google Workspace for Education'] },
  { kind: 'new-tool', ws: WSB, q: 'thinking of doing a kahoot quiz in maths, kids log in with their names, is that allowed?', has: ['Lorraine Hebburn'], not: ['Class Charts'] },
  { kind: 'new-tool', ws: WSB, q: 'the council use egress to send us stuff, could we get it for sending reports back', has: ['Lorraine Hebburn'], not: ['Google Workspace for Education'] },
];
