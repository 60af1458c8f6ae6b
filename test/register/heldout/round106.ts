// Round 106, written blind in the reference block's mix of kinds: two new firms (an independent occupational health provider in Sheffield with a clinic and a mobile unit, pre-employment questionnaires, fitness-for-work reports, health surveillance and drug and alcohol testing for local employers, steelcity-occupational-health; a community debt and money advice charity in Swansea with drop-in and phone advice, debt relief orders, benefit appeals, food and fuel vouchers, home visits and a Welsh-language service, tawe-money-advice), 120 questions. Two firms written by helpers from the README's configuration reference and two examples, in the fifty-third round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script); held out: scored as counts only.
import type { ReferenceCase } from './types.ts';

const A = 'steelcity-occupational-health';
const B = 'tawe-money-advice';

export const ROUND106: ReferenceCase[] = [
  // ───────────── Steel City Occupational Health ─────────────
  // field (24)
  { ws: A, kind: 'field', q: "where does the van tracker actually keep all the journey data? uk or not", has: ['Quartix', 'UK'] },
  { ws: A, kind: 'field', q: "whats our legal reason for tracking the van anyway, one of the nurses asked me", has: ['Quartix', 'Legitimate interests'] },
  { ws: A, kind: 'field', q: "who's down as owner for the card reader supplier? need someone to sign off the renewal", has: ['Dojo', 'Jodie Staniforth'] },
  { ws: A, kind: 'field', q: "how long are the card payment records kept from the hgv and taxi medicals", has: ['Dojo', '6 years'] },
  { ws: A, kind: 'field', q: "what security certs has the card machine company got, is it pci", has: ['Dojo', 'PCI DSS'] },
  { ws: A, kind: 'field', q: "the flu booking form thing, where are the answers stored? someone said america", has: ['Typeform', 'US'] },
  { ws: A, kind: 'field', q: "typform - whats the safeguard for it going outside the uk", has: ['Typeform', 'SCC'] },
  { ws: A, kind: 'field', q: "how long do the flu form responses sit in typeform before they get binned", has: ['Typeform', '3 months'] },
  { ws: A, kind: 'field', q: "xero is it hosted here or abroad?", has: ['Xero', 'US'] },
  { ws: A, kind: 'field', q: "what transfer thingy covers xero sending our invoice data overseas", has: ['Xero', 'IDTA'] },
  { ws: A, kind: 'field', q: "can the opas helpdesk people just go into our records whenever they like??", has: ['OPAS-G2', 'support ticket'] },
  { ws: A, kind: 'field', q: "if eopas had a breach how quick do they have to let us know", has: ['OPAS-G2', '24 hours'] },
  { ws: A, kind: 'field', q: "the drugs lab - what did they promise to do if they get a data breach", has: ['Abbott Toxicology', '48 hours'] },
  { ws: A, kind: 'field', q: "how long does abbott keep a non negative sample in the freezer for retesting", has: ['Abbott Toxicology', '12 months'] },
  { ws: A, kind: 'field', q: "did we ever get vitalographs data processing terms? tomasz was sorting it when he booked the service i think", has: ['Vitalograph', 'requested'] },
  { ws: A, kind: 'field', q: "spirotrac results, how long before they're wiped off the laptop", has: ['Vitalograph', '3 months'] },
  { ws: A, kind: 'field', q: "is two step login forced on egress or is it optional", has: ['Egress Protect', 'enforced'] },
  { ws: A, kind: 'field', q: "how long do sent secure emails stay in the egress archive", has: ['Egress Protect', '2 years'] },
  { ws: A, kind: 'field', q: "can someone at microsoft read our outlook? bit paranoid after that thing on the news", has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: A, kind: 'field', q: "what do we actually send the accountants each month for the payroll", has: ['Abbeydale Accountants', 'sick days'] },
  { ws: A, kind: 'field', q: "whats the basis for giving abbeydale everyones pay details", has: ['Abbeydale Accountants', 'Legal obligation'] },
  { ws: A, kind: 'field', q: "the shredding company, do they take the bins off to shred somewhere or do it here?", has: ['Hallam Secure Shredding', 'truck'] },
  { ws: A, kind: 'field', q: "how long does brighthr keep staff sickness stuff after someone leaves", has: ['BrightHR', '6 years'] },
  { ws: A, kind: 'field', q: "where do kelham back up our sharepoint and onedrive to", has: ['Kelham IT Solutions', 'Datto'] },

  // list (10)
  { ws: A, kind: 'list', q: "which of our suppliers keep anything in the US?", has: ['Typeform', 'Xero'], not: ['OPAS-G2', 'Dojo'] },
  { ws: A, kind: 'list', q: "what systems keep everything only in the uk, nothing abroad", has: ['OPAS-G2', 'Quartix'], not: ['Typeform', 'Vitalograph'] },
  { ws: A, kind: 'list', q: "whose gdpr statements are we still chasing or havent got", has: ['Typeform', 'Vitalograph'], not: ['Dojo', 'Quartix'] },
  { ws: A, kind: 'list', q: "which suppliers hold health info, like medical stuff about workers or staff", has: ['Vitalograph', 'Abbott Toxicology'], not: ['Quartix', 'Dojo'] },
  { ws: A, kind: 'list', q: "which ones make 2fa compulsory", has: ['Egress Protect', 'Kelham IT Solutions'], not: ['Quartix', 'Typeform'] },
  { ws: A, kind: 'list', q: "which of our suppliers are iso 27001 certified", has: ['Hallam Secure Shredding', 'BrightHR'], not: ['Dojo', 'Vitalograph'] },
  { ws: A, kind: 'list', q: "which suppliers have said theyll tell us if they have a breach", has: ['OPAS-G2', 'Abbott Toxicology'], not: ['Typeform', 'Quartix'] },
  { ws: A, kind: 'list', q: "who's got a login for the van tracker", has: ['Helen Barraclough', 'Tomasz Nowak'], not: ['Jodie Staniforth', 'Sian Roebuck'] },
  { ws: A, kind: 'list', q: "which of our systems dont have two step login", has: ['Vitalograph', 'Abbott Toxicology'], not: ['OPAS-G2', 'Egress Protect'] },
  { ws: A, kind: 'list', q: "do any suppliers rely on adequacy for sending data abroad?", has: ['Vitalograph', 'adequacy'], not: ['Typeform', 'Xero'] },

  // situation (18)
  { ws: A, kind: 'situation', q: "sent a rtw report through egress to the wrong hr manager by mistake, same surname as the right one", has: ['breach-reporting', 'revoke it at once'] },
  { ws: A, kind: 'situation', q: "a couple of the nurses have a whatsapp group where they chat about which workers are off sick, is that allowed", has: ['new-tools', 'No WhatsApp'] },
  { ws: A, kind: 'situation', q: "lost my work mobile on the tram home last night, what now", has: ['lost-device', 'lock and wipe'] },
  { ws: A, kind: 'situation', q: "someone smashed the window of the van at the rotherham site overnight, stuff might be missing", has: ['lost-device', 'call the police first'] },
  { ws: A, kind: 'situation', q: "hr at one of the steel places rang chasing the report for a guy i saw this morning, he hasnt said yes to it going yet", has: ['releasing-reports', 'until the worker has agreed'] },
  { ws: A, kind: 'situation', q: "worker i saw today wants to read his report before his boss gets it, how long do we sit on it", has: ['releasing-reports', '2 working days'] },
  { ws: A, kind: 'situation', q: "new client wants us to health screen all their shortlisted candidates before they decide who gets the job", has: ['pre-employment', 'Equality Act 2010'] },
  { ws: A, kind: 'situation', q: "random test at the depot and one lad just flat out wont give a sample", has: ['drug-alcohol-testing', 'recorded as a refusal'] },
  { ws: A, kind: 'situation', q: "screening cup came up non neg for a forklift driver and the site manager is stood right here asking if hes positive", has: ['drug-alcohol-testing', 'never reported to the employer as positive'] },
  { ws: A, kind: 'situation', q: "on site at a factory in tinsley, the van signal is rubbish, can i just jump on their guest wifi to upload", has: ['mobile-unit', '4G router'] },
  { ws: A, kind: 'situation', q: "finished really late at the quarry, ok to leave the consent forms in the van and bring them in tomorrow?", has: ['mobile-unit', 'left in the van overnight'] },
  { ws: A, kind: 'situation', q: "clearing out the back store and found boxes of hearing test printouts from the 90s, can they go in the skip", has: ['health-records-retention', '40 years'] },
  { ws: A, kind: 'situation', q: "one of our clients is moving to another oh provider and wants us to just send all the clinical notes across", has: ['health-records-retention', 'new provider'] },
  { ws: A, kind: 'situation', q: "worker asked me at his appt if he could have a copy of everything we've got on him", has: ['subject-access', 'one calendar month'] },
  { ws: A, kind: 'situation', q: "an employer wants to see a worker's full oh notes because theyre thinking of dismissing him", has: ['subject-access', 'not a subject access request'] },
  { ws: A, kind: 'situation', q: "a guy who left one of our clients rang saying delete all my hearing tests, i dont work there anymore", has: ['erasure-and-objection', 'retention period'] },
  { ws: A, kind: 'situation', q: "woman on the phone says shes a worker's wife and wants to know if he turned up to his appointment today", has: ['phone-and-email-enquiries', 'written consent'] },
  { ws: A, kind: 'situation', q: "a police officer turned up at reception asking if we saw a particular bloke last week", has: ['phone-and-email-enquiries', 'Police requests go to Dr Malik'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: "is the van booked in for its mot this month? tyre light's on again", has: ['Helen Barraclough'], not: ['Quartix'] },
  { ws: A, kind: 'off-topic', q: "whos doing the collection for kirsty's birthday, thinking colin the caterpillar", has: ['Helen Barraclough'], not: ['Hallam Secure Shredding'] },
  { ws: A, kind: 'off-topic', q: "anyone know a decent physio for my dad's knee, the waiting list is ages", has: ['Helen Barraclough'], not: ['Forge Physiotherapy', "Workers' GPs and treating specialists"] },
  { ws: A, kind: 'off-topic', q: "what time does the flu jab clinic at the steelworks finish on thursday, need to get the 5.30 train", has: ['Helen Barraclough'], not: ['Typeform'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: "could we get employers booking their own referral slots on calendly?", has: ['calendly', 'new-tools'] },
  { ws: A, kind: 'new-tool', q: "egress keeps timing out on the big audiogram export, can i just wetransfer it", has: ['wetransfer', 'new-tools'] },
  { ws: A, kind: 'new-tool', q: "thinking we do the flu clinic sign ups on google forms this year, its free and less faff", has: ['google forms', 'new-tools'] },
  { ws: A, kind: 'new-tool', q: "is grammarly ok to use for tidying up my fitness for work reports?", has: ['grammarly', 'new-tools'] },

  // ───────────── Tawe Money Advice ─────────────
  // field (24)
  { ws: B, kind: 'field', q: "where is the case system data kept, is it all uk?", has: ['AdvicePro', 'UK'] },
  { ws: B, kind: 'field', q: "how long do we keep a clients case in advice pro once its closed", has: ['AdvicePro', '6 years'] },
  { ws: B, kind: 'field', q: "can the advicepro support people see our clients cases?", has: ['AdvicePro', 'support ticket'] },
  { ws: B, kind: 'field', q: "if advicepro got breached whens the soonest theyd tell us", has: ['AdvicePro', '24 hours'] },
  { ws: B, kind: 'field', q: "how long are call recordings kept on the phones", has: ['RingCentral', '90 days'] },
  { ws: B, kind: 'field', q: "does ring central send anything over to the states?", has: ['RingCentral', 'US'] },
  { ws: B, kind: 'field', q: "whats our legal basis for recording the advice line calls", has: ['RingCentral', 'Legitimate interests'] },
  { ws: B, kind: 'field', q: "who's actually allowed to listen back to the recorded calls", has: ['RingCentral', 'Megan'] },
  { ws: B, kind: 'field', q: "do we type client names into entitled to or what", has: ['entitledto', 'case number'] },
  { ws: B, kind: 'field', q: "who looks after the benefits calculator account", has: ['entitledto', 'Dafydd Morgan'] },
  { ws: B, kind: 'field', q: "what info goes over to the insolvency service when we do a dro for someone", has: ['The Insolvency Service', 'DRO application'] },
  { ws: B, kind: 'field', q: "can any adviser submit a dro or only certain ppl", has: ['The Insolvency Service', 'approved intermediaries'] },
  { ws: B, kind: 'field', q: "whats the basis for sending someones medical evidence to the tribunal for a pip appeal", has: ['DWP and the benefits tribunal', 'Explicit consent'] },
  { ws: B, kind: 'field', q: "how long does trussell keep the e-referral info", has: ['Swansea Foodbank (Trussell)', '3 years'] },
  { ws: B, kind: 'field', q: "what exactly goes on a foodbank e-referral about the client", has: ['Swansea Foodbank (Trussell)', 'postcode'] },
  { ws: B, kind: 'field', q: "have we got the fuel bank's data sharing terms yet? nia was chasing", has: ['Fuel Bank Foundation', 'requested'] },
  { ws: B, kind: 'field', q: "volunteer system is in canada isnt it, how is that allowed", has: ['Better Impact', 'adequacy'] },
  { ws: B, kind: 'field', q: "how long is a volunteers stuff kept on better impact after they leave", has: ['Better Impact', '2 years'] },
  { ws: B, kind: 'field', q: "how long do ucheck hang on to the dbs stuff", has: ['uCheck', '6 months'] },
  { ws: B, kind: 'field', q: "where is xero data actually stored", has: ['Xero', 'US'] },
  { ws: B, kind: 'field', q: "brightpay - is payroll kept in the uk or ireland or where", has: ['BrightPay Connect', 'EU'] },
  { ws: B, kind: 'field', q: "what can the independent examiner see of our stuff", has: ['Gower Accountancy', 'read-only'] },
  { ws: B, kind: 'field', q: "can the bay it guys get into my laptop without me knowing", has: ['Bay IT Solutions', 'one-time code'] },
  { ws: B, kind: 'field', q: "how long does outlook keep emails before they get auto deleted", has: ['Microsoft 365', '2 years'] },

  // list (10)
  { ws: B, kind: 'list', q: "which suppliers keep any of our data in the US?", has: ['RingCentral', 'Xero'], not: ['AdvicePro', 'entitledto'] },
  { ws: B, kind: 'list', q: "which systems keep stuff only in the uk", has: ['AdvicePro', 'entitledto'], not: ['RingCentral', 'Better Impact', 'BrightPay Connect'] },
  { ws: B, kind: 'list', q: "whose gdpr statements are still outstanding", has: ['Better Impact', 'Fuel Bank Foundation'], not: ['AdvicePro', 'uCheck'] },
  { ws: B, kind: 'list', q: "which suppliers hold anything about clients health or disability", has: ['AdvicePro', 'entitledto'], not: ['Xero', 'uCheck'] },
  { ws: B, kind: 'list', q: "which ones have 2fa switched on as compulsory", has: ['uCheck', 'Bay IT Solutions'], not: ['RingCentral', 'entitledto'] },
  { ws: B, kind: 'list', q: "which suppliers rely on adequacy for sending data abroad", has: ['Better Impact', 'BrightPay Connect'], not: ['RingCentral', 'Xero'] },
  { ws: B, kind: 'list', q: "who's got access to the fuel bank portal", has: ['Amira Haddad', 'Nia Jenkins'], not: ['Dafydd Morgan', 'Gareth Rees'] },
  { ws: B, kind: 'list', q: "which of our suppliers are soc 2", has: ['RingCentral', 'Xero'], not: ['AdvicePro', 'uCheck'] },
  { ws: B, kind: 'list', q: "which suppliers will actually tell us if theres a breach", has: ['AdvicePro', 'RingCentral'], not: ['entitledto', 'Better Impact'] },
  { ws: B, kind: 'list', q: "what suppliers is gareth responsible for", has: ['Xero', 'Gower Accountancy'], not: ['AdvicePro', 'RingCentral'] },

  // situation (18)
  { ws: B, kind: 'situation', q: "ugh just emailed a clients SFS to the wrong creditor, shall i try and recall it?", has: ['breach-reporting', 'Do not try to recall emails'] },
  { ws: B, kind: 'situation', q: "left my work phone in a taxi last night, its got the phone app and my outlook on it", has: ['lost-device', 'lock and wipe it remotely'] },
  { ws: B, kind: 'situation', q: "got a visit first thing tomorrow in morriston, ok if i just leave the laptop and the folder in my boot tonight?", has: ['lost-device', 'in a car overnight'] },
  { ws: B, kind: 'situation', q: "a client rang asking for everything we've got on her incl the phone recordings", has: ['subject-access', 'one calendar month'] },
  { ws: B, kind: 'situation', q: "a solicitor emailed asking for a copy of one of our clients files", has: ['subject-access', 'signed authority'] },
  { ws: B, kind: 'situation', q: "client wants us to wipe her whole file now her debts are sorted", has: ['erasure', 'FCA permission'] },
  { ws: B, kind: 'situation', q: "found a pile of original bank statements from a client in the drop in room, what do i do with them", has: ['retention-disposal', 'cross-cut shredder'] },
  { ws: B, kind: 'situation', q: "theres a box of old volunteer application forms from people we never took on, how long are we meant to keep them", has: ['retention-disposal', 'unsuccessful applicants'] },
  { ws: B, kind: 'situation', q: "client keeps whatsapping me photos of her bailiff letters to my work phone, is that ok?", has: ['new-tools', 'delete them from the phone the same day'] },
  { ws: B, kind: 'situation', q: "a man on the advice line just said he doesnt see the point anymore and hes been saving up tablets", has: ['safeguarding', 'call 999'] },
  { ws: B, kind: 'situation', q: "on a visit yesterday the kids seemed really scared of mums boyfriend, not sure what to do", has: ['safeguarding', 'Rhodri Bevan'] },
  { ws: B, kind: 'situation', q: "easier to snap the clients letters on my own phone when im at their house, that ok?", has: ['home-visits', 'not your own phone'] },
  { ws: B, kind: 'situation', q: "visit in gorseinon might run to 6 tonight, do i have to bring the papers back to the office after", has: ['home-visits', 'next working day'] },
  { ws: B, kind: 'situation', q: "a bloke rang saying hes the clients husband and wants to know whats happening with her dro", has: ['letter-of-authority', 'named them in AdvicePro'] },
  { ws: B, kind: 'situation', q: "council tax team want to know about the clients depression before theyll hold off, can i tell them", has: ['letter-of-authority', 'Share health details only'] },
  { ws: B, kind: 'situation', q: "woman came in asking for a food voucher for her sister whos too poorly to come in herself", has: ['vouchers', "someone else's name"] },
  { ws: B, kind: 'situation', q: "the lottery want a spreadsheet of our clients with postcodes and dates of birth for their report", has: ['funder-monitoring', 'anonymous statistics'] },
  { ws: B, kind: 'situation', q: "just realised the client booked in with me tomorrow is my next door neighbour lol", has: ['volunteer-confidentiality', 'tell Megan'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: "is the swansea v cardiff match on in the pub tonight? who's coming", has: ['Carys Llewellyn'], not: ['Microsoft 365', 'Bay IT Solutions'] },
  { ws: B, kind: 'off-topic', q: "who's on the teas rota for the volunteers xmas do", has: ['Carys Llewellyn'], not: ['Better Impact', 'Microsoft 365'] },
  { ws: B, kind: 'off-topic', q: "did anyone put in for the office lottery syndicate this week?", has: ['Carys Llewellyn'], not: ['Grant funders'] },
  { ws: B, kind: 'off-topic', q: "my own gas bill at home has doubled, anyone recommend a cheaper tariff", has: ['Carys Llewellyn'], not: ['Fuel Bank Foundation', 'Creditors and debt collectors'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: "can i do the cost of living leaflet on canva? its free", has: ['canva', 'new-tools'] },
  { ws: B, kind: 'new-tool', q: "could we run the volunteer training on zoom instead, the trainer prefers it", has: ['zoom', 'new-tools'] },
  { ws: B, kind: 'new-tool', q: "can i put the drop in rota on trello, the volunteer system is so clunky", has: ['trello', 'new-tools'] },
  { ws: B, kind: 'new-tool', q: "client wants to share her bank statements with me through a google drive link, is that ok?", has: ['google drive', 'new-tools'] },
];
