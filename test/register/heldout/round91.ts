// Held-out round 91, written blind in the reference block's mix of kinds: two new firms (a mixed NHS and private dental practice, orchardview-dental; a street food market organiser, cobblestone-events), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-third round (after its fixes, so the first score measures what they carry); questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 112 / 120 (field 46/48, list 19/20, situation 33/36, off-topic 6/8, new tool 8/8), the same on the code at the session's start. Kept held out as a validation set (counts only, never read).
import type { ReferenceCase } from './types.ts';

const A = 'orchardview-dental';
const B = 'cobblestone-events';

export const ROUND91: ReferenceCase[] = [
  // ───────────── Firm A: Orchardview Dental Care ─────────────
  // field (24)
  { kind: 'field', ws: A, q: 'where r the xrays actually stored?', has: ['Planmeca Romexis', 'UK', 'EU'] },
  { kind: 'field', ws: A, q: 'how long does the text reminder company keep our stuff', has: ['Esendex', '12 months'] },
  { kind: 'field', ws: A, q: 'who looks after the card machine', has: ['Dojo', 'Tracey'] },
  { kind: 'field', ws: A, q: 'invisalign scans go to america dont they? whats covering that', has: ['Align Technology (iTero and Invisalign)', 'US', 'UK Addendum'] },
  { kind: 'field', ws: A, q: 'what lawful basis do we use for sending the fp17s to the bsa', has: ['NHS Business Services Authority (Compass)', 'Legal obligation'] },
  { kind: 'field', ws: A, q: 'what info does tabeo hold on patients who take finance', has: ['Tabeo', 'credit check'] },
  { kind: 'field', ws: A, q: 'whose details are in icomply', has: ['Agilio iComply', 'job applicants'] },
  { kind: 'field', ws: A, q: 'are the offsite backups encrypted?', has: ['Acronis Cyber Protect Cloud', 'AES-256'] },
  { kind: 'field', ws: A, q: 'can dentaly support just look at our patient records whenever they like??', has: ['Dentally', 'consent on the ticket'] },
  { kind: 'field', ws: A, q: 'have we got the labs gdpr paperwork yet', has: ['Sabrina Dental Laboratory', 'requested'] },
  { kind: 'field', ws: A, q: 'is align a processor or a controller for us', has: ['Align Technology (iTero and Invisalign)', 'joint'] },
  { kind: 'field', ws: A, q: 'how long do we keep the payroll stuff in xero', has: ['Xero', '6 years'] },
  { kind: 'field', ws: A, q: 'has teme valley sent their data protection agreement yet', has: ['Teme Valley IT', 'await'] },
  { kind: 'field', ws: A, q: 'how long do online booking forms stay in dentr', has: ['Dentr', '90 days'] },
  { kind: 'field', ws: A, q: 'if esendex has a breach will they tell us', has: ['Esendex', 'without undue delay'] },
  { kind: 'field', ws: A, q: 'what security certs has nhs mail got', has: ['NHSmail', 'DCB1596'] },
  { kind: 'field', ws: A, q: 'what exactly do we send through rego when we refer someone', has: ['Rego referral system', 'referral form'] },
  { kind: 'field', ws: A, q: 'where is sabrina lab based, is the data in the uk', has: ['Sabrina Dental Laboratory', 'UK'] },
  { kind: 'field', ws: A, q: 'card payment data - where does that end up', has: ['Dojo', 'UK', 'EU'] },
  { kind: 'field', ws: A, q: 'who else can get at the x-ray images apart from us', has: ['Planmeca Romexis', 'Teme Valley IT', 'Acronis'] },
  { kind: 'field', ws: A, q: 'does the compliance system have two step login', has: ['Agilio iComply', 'available'] },
  { kind: 'field', ws: A, q: 'who is the fca contact for the finance company', has: ['Tabeo', 'Helen'] },
  { kind: 'field', ws: A, q: 'how long does the lab keep the work tickets for crowns', has: ['Sabrina Dental Laboratory', '10 years'] },
  { kind: 'field', ws: A, q: 'whose numbers do the reminder texts go to, just patients?', has: ['Esendex', 'parents and guardians'] },

  // list (10)
  { kind: 'list', ws: A, q: 'which of our suppliers store data in the US?', has: ['Align Technology (iTero and Invisalign)', 'Xero'], not: ['Dentally', 'Dojo', 'Tabeo'] },
  { kind: 'list', ws: A, q: 'which systems keep data only in the uk', has: ['Dentally', 'Dentr', 'Tabeo', 'Sabrina Dental Laboratory', 'Rego referral system', 'NHS Business Services Authority (Compass)', 'NHSmail', 'Agilio iComply', 'Acronis Cyber Protect Cloud'], not: ['Planmeca Romexis', 'Esendex', 'Xero', 'Dojo', 'Align Technology'] },
  { kind: 'list', ws: A, q: 'which gdpr statements havent we got on file yet', has: ['Sabrina Dental Laboratory', 'Rego referral system', 'Agilio iComply', 'Teme Valley IT'], not: ['Dentally', 'Xero', 'Dojo'] },
  { kind: 'list', ws: A, q: 'which suppliers hold health data', has: ['Dentally', 'Planmeca Romexis', 'Dentr', 'Rego referral system', 'Agilio iComply'], not: ['Xero', 'Dojo', 'Esendex'] },
  { kind: 'list', ws: A, q: 'which ones are PCI certified', has: ['Tabeo', 'Dojo'], not: ['Dentally', 'Xero', 'NHSmail'] },
  { kind: 'list', ws: A, q: 'who do we pass patient details on to, which are recipients', has: ['Tabeo', 'Sabrina Dental Laboratory', 'Rego referral system', 'NHS Business Services Authority (Compass)'], not: ['Dentally', 'Xero', 'Acronis'] },
  { kind: 'list', ws: A, q: 'which suppliers rely on adequacy for transfers', has: ['Planmeca Romexis'], not: ['Align Technology', 'Xero', 'Dentally'] },
  { kind: 'list', ws: A, q: 'what systems does becky use', has: ['Dentally', 'Planmeca Romexis', 'NHSmail', 'Agilio iComply', 'Align Technology (iTero and Invisalign)'], not: ['Xero', 'Dojo', 'Tabeo'] },
  { kind: 'list', ws: A, q: 'who uses tabeo here', has: ['Helen', 'Tracey', 'Rajiv', 'Ollie'], not: ['Becky', 'Kasia', 'Jade'] },
  { kind: 'list', ws: A, q: 'do we store anything outside the uk? which suppliers', has: ['Planmeca Romexis', 'Esendex', 'Align Technology (iTero and Invisalign)', 'Xero', 'Dojo'], not: ['Dentr', 'Tabeo', 'Acronis'] },

  // situation (18)
  { kind: 'situation', ws: A, q: 'oh no i just emailed a referral with the xrays attached to the wrong address', has: ['Tell Tracey straight away'] },
  { kind: 'situation', ws: A, q: "my mum's neighbour is a patient here, can i just have a quick look at her notes to check shes ok", has: ['Never look up family'] },
  { kind: 'situation', ws: A, q: 'can i snap the crown prep on my own phone and whatsapp it to the lab quickly', has: ['never on your own phone'] },
  { kind: 'situation', ws: A, q: 'patient wants a picture of her new veneers to show her friends', has: ['take it on their phone'] },
  { kind: 'situation', ws: A, q: "the ipad from surgery 2 isn't where we left it, think its gone", has: ['Teme Valley IT can wipe it'] },
  { kind: 'situation', ws: A, q: "dr menon is running behind and asked me to type his notes up on his login, is that ok", has: ['under their own name'] },
  { kind: 'situation', ws: A, q: 'i think someone watched me type my password at reception', has: ['change it and tell Tracey'] },
  { kind: 'situation', ws: A, q: 'a patient emailed wanting copies of all her xrays, how long have we got', has: ['one month to reply'] },
  { kind: 'situation', ws: A, q: "patient's moved practice and wants all her records wiped", has: ['We cannot delete clinical records'] },
  { kind: 'situation', ws: A, q: 'a solicitor phoned wanting a copy of a patients notes for a claim', has: ["the patient's signed consent"] },
  { kind: 'situation', ws: A, q: "there's a policeman at the desk asking about one of our patients", has: ['requests from the police'] },
  { kind: 'situation', ws: A, q: "a man rang asking if his wife has an appointment with us today", has: ['confirm whether someone is a patient'] },
  { kind: 'situation', ws: A, q: "what should i say when i leave a voicemail for a patient", has: ['please call us back'] },
  { kind: 'situation', ws: A, q: 'a patient replied STOP to her reminder text', has: ['untick texts in their Dentally record'] },
  { kind: 'situation', ws: A, q: 'can i just email the scan to the lab from my own email', has: ['never by email or WhatsApp'] },
  { kind: 'situation', ws: A, q: "patient's not great with phones, she wants me to fill in the finance application for her", has: ["never fill in a patient's income"] },
  { kind: 'situation', ws: A, q: 'a care home rang asking for one of their residents dental notes', has: ['once the dentist has agreed'] },
  { kind: 'situation', ws: A, q: 'what do i do with the printed day list when the morning session finishes', has: ['at the end of the session'] },

  // off-topic (4)
  { kind: 'off-topic', ws: A, q: 'is the backup car park behind the practice free on saturdays', has: ['Tracey Willetts'], not: ['Acronis Cyber Protect Cloud', 'Teme Valley IT'] },
  { kind: 'off-topic', ws: A, q: "what's the weather doing in worcester tomorrow, thinking of cycling in", has: ['Tracey Willetts'], not: ['Sabrina Dental Laboratory'] },
  { kind: 'off-topic', ws: A, q: "who's bringing the cake for the nurses birthday on friday", has: ['Tracey Willetts'], not: ['Dentally'] },
  { kind: 'off-topic', ws: A, q: 'is the finance team doing a bake sale for children in need this year', has: ['Tracey Willetts'], not: ['Tabeo', 'Xero'] },

  // new-tool (4)
  { kind: 'new-tool', ws: A, q: 'can we send a patient newsletter out through mailchimp?', has: ['Tracey Willetts'], not: ['Esendex', 'NHSmail'] },
  { kind: 'new-tool', ws: A, q: 'is it ok to save referral letters in dropbox so i can finish them at home', has: ['Tracey Willetts'], not: ['Acronis Cyber Protect Cloud', 'Rego referral system'] },
  { kind: 'new-tool', ws: A, q: 'do we use calendly for hygiene appointments?', has: ['Tracey Willetts'], not: ['Dentr', 'Esendex'] },
  { kind: 'new-tool', ws: A, q: 'can i put the nurses rota on trello', has: ['Tracey Willetts'], not: ['Agilio iComply', 'Dentally'] },

  // ───────────── Firm B: Cobblestone Street Food Markets ─────────────
  // field (24)
  { kind: 'field', ws: B, q: "where's the trader application form data kept", has: ['Jotform', 'EU'] },
  { kind: 'field', ws: B, q: 'how long does the recorder at the hebden yard keep footage', has: ['Pennine Watch Security', '31 days'] },
  { kind: 'field', ws: B, q: 'who looks after the newsletter', has: ['Mailchimp', 'Callum'] },
  { kind: 'field', ws: B, q: "airtable's in the US right? what covers that transfer", has: ['Airtable', 'US', 'UK Addendum'] },
  { kind: 'field', ws: B, q: 'lawful basis for keeping volunteers health notes in better impact?', has: ['Better Impact', 'explicit consent'] },
  { kind: 'field', ws: B, q: 'what info is in the direct debit system', has: ['GoCardless', 'sort codes'] },
  { kind: 'field', ws: B, q: 'whose data does the website collect', has: ['Squarespace', 'website visitors'] },
  { kind: 'field', ws: B, q: 'can 1password staff see our passwords', has: ['1Password', 'cannot read vault contents'] },
  { kind: 'field', ws: B, q: 'have we got a gdpr contract from the cctv people yet', has: ['Pennine Watch Security', 'requested'] },
  { kind: 'field', ws: B, q: 'is facebook a processor for us or what', has: ['Facebook and Instagram (Meta)', 'joint'] },
  { kind: 'field', ws: B, q: 'how long do the accountants keep our records', has: ['Fothergill & Lund', '6 years'] },
  { kind: 'field', ws: B, q: 'are the whatsapp groups encrypted', has: ['WhatsApp', 'end-to-end'] },
  { kind: 'field', ws: B, q: 'how long are the card reader payments kept', has: ['SumUp', '5 years'] },
  { kind: 'field', ws: B, q: 'who else can get at the jot form submissions', has: ['Jotform', 'Airtable'] },
  { kind: 'field', ws: B, q: 'where does go cardless store stuff', has: ['GoCardless', 'UK', 'EU'] },
  { kind: 'field', ws: B, q: "what's the transfer safeguard for canva", has: ['Canva', 'IDTA'] },
  { kind: 'field', ws: B, q: 'where are the volunteer app servers', has: ['Better Impact', 'CA'] },
  { kind: 'field', ws: B, q: 'if mailchimp gets hacked do they tell us', has: ['Mailchimp', 'without undue delay'] },
  { kind: 'field', ws: B, q: 'what do we send the council before each market', has: ['The three councils', 'trader list'] },
  { kind: 'field', ws: B, q: 'is 2fa on for the trader base', has: ['Airtable', 'available'] },
  { kind: 'field', ws: B, q: "where are we with canva's data processing addendum", has: ['Canva', 'progress'] },
  { kind: 'field', ws: B, q: 'how long is a volunteers stuff kept in myimpactpage', has: ['Better Impact', '2 years'] },
  { kind: 'field', ws: B, q: 'who looks after the camera app', has: ['Pennine Watch Security', 'Priti'] },
  { kind: 'field', ws: B, q: 'who can see payroll in the accounts', has: ['Xero', 'Hannah'] },

  // list (10)
  { kind: 'list', ws: B, q: 'which suppliers store data in the US', has: ['Airtable', 'Google Workspace', 'Xero', 'Mailchimp', 'Facebook and Instagram (Meta)', 'Canva', 'Squarespace'], not: ['Jotform', 'GoCardless', '1Password', 'Pennine Watch Security'] },
  { kind: 'list', ws: B, q: 'which ones keep data only in the UK?', has: ['Pennine Watch Security', 'Fothergill & Lund', 'The three councils'], not: ['GoCardless', 'SumUp', 'Jotform', 'Airtable'] },
  { kind: 'list', ws: B, q: 'whose gdpr statements are we still waiting on', has: ['Canva', 'WhatsApp', 'Pennine Watch Security'], not: ['Airtable', 'Jotform', 'Mailchimp', 'Xero'] },
  { kind: 'list', ws: B, q: 'where do we hold health info about anyone', has: ['Better Impact'], not: ['Jotform', 'Xero', 'Mailchimp'] },
  { kind: 'list', ws: B, q: 'which suppliers are pci certified', has: ['Jotform', 'GoCardless', 'SumUp', 'Squarespace'], not: ['Xero', 'Mailchimp', 'Airtable'] },
  { kind: 'list', ws: B, q: 'which rely on adequacy for transfers', has: ['Jotform', 'Facebook and Instagram (Meta)', 'Better Impact', '1Password'], not: ['Airtable', 'Mailchimp', 'Squarespace'] },
  { kind: 'list', ws: B, q: 'who do we pass data on to', has: ['Fothergill & Lund', 'The three councils'], not: ['Mailchimp', 'Airtable', 'Canva'] },
  { kind: 'list', ws: B, q: 'what systems does priti use', has: ['Google Workspace', 'Better Impact', 'Airtable', 'SumUp', 'Pennine Watch Security', '1Password'], not: ['Xero', 'Mailchimp', 'Canva'] },
  { kind: 'list', ws: B, q: 'who uses canva', has: ['Callum', 'Tom'], not: ['Priti', 'Owen'] },
  { kind: 'list', ws: B, q: 'which suppliers keep data outside the UK and EU', has: ['Airtable', 'Google Workspace', 'Xero', 'Mailchimp', 'Facebook and Instagram (Meta)', 'Canva', 'Squarespace', 'Better Impact'], not: ['Jotform', '1Password', 'Pennine Watch Security', 'Fothergill & Lund'] },

  // situation (18)
  { kind: 'situation', ws: B, q: 'left the info stall phone on a table at otley and now its gone', has: ['so she can wipe it'] },
  { kind: 'situation', ws: B, q: "i've sent one trader's insurance cert to a different trader by mistake", has: ['Tell Hannah straight away'] },
  { kind: 'situation', ws: B, q: 'a trader emailed me their insurance certificate instead of using the form', has: ['save it to their Airtable record'] },
  { kind: 'situation', ws: B, q: 'trader sent a screenshot of his 5 star hygiene rating, is that enough', has: ["doesn't rely on a screenshot"] },
  { kind: 'situation', ws: B, q: 'should i print the insurance certs for the clipboard on saturday', has: ['Never print the certificates'] },
  { kind: 'situation', ws: B, q: 'the coffee van guy is asking for one of our volunteers phone number, hes really nice', has: ['even a friendly one'] },
  { kind: 'situation', ws: B, q: "jess doesn't volunteer any more but she's still in the market day group", has: ['removes them from the WhatsApp groups'] },
  { kind: 'situation', ws: B, q: 'a copper wants the footage of the stall theft at hebden on sunday', has: ["officer's name and incident number"] },
  { kind: 'situation', ws: B, q: 'can i film the cctv screen on my phone and stick it in the group', has: ['nobody films the screen'] },
  { kind: 'situation', ws: B, q: 'a woman wants to see the camera footage of herself from the yard', has: ['subject access request'] },
  { kind: 'situation', ws: B, q: 'got a lovely pic of a little girl with her face painted, can i put it on insta', has: ['agreed in writing'] },
  { kind: 'situation', ws: B, q: 'someone messaged asking us to get rid of a photo of them on our page', has: ['do it the same day'] },
  { kind: 'situation', ws: B, q: "a shopper replied 'stop emailing me' to the market news", has: ['Callum takes them off Mailchimp'] },
  { kind: 'situation', ws: B, q: 'i want to email all the ilkley traders about the road closure in one go', has: ['use the trader bulletin or BCC'] },
  { kind: 'situation', ws: B, q: 'where do i keep the sumup login, can i write it on a post-it in the cash box', has: ['lives in 1Password'] },
  { kind: 'situation', ws: B, q: 'a trader wants us to delete everything we have on them right now', has: ["Don't promise to delete anything"] },
  { kind: 'situation', ws: B, q: 'found a purse with a bank card in it by the ilkley info stall', has: ['kept for 4 weeks'] },
  { kind: 'situation', ws: B, q: "someone's got into our instagram and is posting rubbish", has: ['breach-reporting'] },

  // off-topic (4)
  { kind: 'off-topic', ws: B, q: 'how much are the tote bags at the info stall this year', has: ['Hannah Brearley'], not: ['SumUp'] },
  { kind: 'off-topic', ws: B, q: "is there parking for traders' vans near the station plaza", has: ['Hannah Brearley'], not: ['Jotform'] },
  { kind: 'off-topic', ws: B, q: 'has anyone fixed the generator yet', has: ['Hannah Brearley'], not: ['WhatsApp'] },
  { kind: 'off-topic', ws: B, q: "what's the weather looking like for otley on sunday, do we need the gazebos", has: ['Hannah Brearley'], not: ['The three councils'] },

  // new-tool (4)
  { kind: 'new-tool', ws: B, q: 'can i put the pitch plan on trello, its easier on my phone', has: ['Hannah Brearley'], not: ['Airtable'] },
  { kind: 'new-tool', ws: B, q: 'should we sell tickets for the christmas market on eventbrite', has: ['Hannah Brearley'], not: ['SumUp', 'Squarespace'] },
  { kind: 'new-tool', ws: B, q: 'can traders pay their pitch fees by paypal', has: ['Hannah Brearley'], not: ['GoCardless', 'SumUp'] },
  { kind: 'new-tool', ws: B, q: 'can we use hootsuite to schedule our posts', has: ['Hannah Brearley'], not: ['Facebook and Instagram (Meta)', 'Canva'] },
];
