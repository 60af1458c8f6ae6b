// Reference block, written blind: a landscape gardener (thornbury-landscapes). Never read: scored by `bench/qa-heldout.ts --reference` (counts only).
import type { ReferenceCase } from '../heldout/types.ts';
const F = 'thornbury-landscapes';
export const CASES: ReferenceCase[] = [
  // --- one supplier's fields (24) ---
  { ws: F, kind: 'field', q: 'where does the job app actually keep all our customer stuff? like which country', has: ['Tradify', 'US'] },
  { ws: F, kind: 'field', q: 'how long do we hang on to payroll records for', has: ['BrightPay', '3 years'] },
  { ws: F, kind: 'field', q: 'whos in charge of the van trackers account', has: ['Quartix', 'Gareth'] },
  { ws: F, kind: 'field', q: 'does xero make us use 2fa or is it just optional', has: ['Xero', 'enforced'] },
  { ws: F, kind: 'field', q: 'have we got the gdpr statement off brightpay yet or not', has: ['BrightPay', 'requested'] },
  { ws: F, kind: 'field', q: 'the photo app sends stuff to america right? whats the safeguard for that', has: ['CompanyCam', 'IDTA'] },
  { ws: F, kind: 'field', q: 'on what basis are we allowed to give customer addresses to the skip lot', has: ['Avonside Green Waste', 'legal obligation'] },
  { ws: F, kind: 'field', q: 'what does the tracker actually record about us when we drive', has: ['Quartix', 'speed'] },
  { ws: F, kind: 'field', q: 'if gocardles got hacked how quick would they have to tell us', has: ['GoCardless', '24 hours'] },
  { ws: F, kind: 'field', q: 'can tradify support staff just look at our customers whenever they like??', has: ['Tradify', '7 days'] },
  { ws: F, kind: 'field', q: 'is everything on the shared drive backed up anywhere or is it just the one copy', has: ['Google Workspace', 'replicated'] },
  { ws: F, kind: 'field', q: 'how long does the card reader company keep the transactions', has: ['SumUp', '5 years'] },
  { ws: F, kind: 'field', q: 'whats our lawful basis for emailing people the newsletter', has: ['Brevo', 'consent'] },
  { ws: F, kind: 'field', q: 'what do we actually give the accountants access to', has: ['Severn Vale Accountants', 'read-only'] },
  { ws: F, kind: 'field', q: 'where is the stuff people type in the website enquiry form stored', has: ['Wix', 'US'] },
  { ws: F, kind: 'field', q: 'who looks after company cam', has: ['CompanyCam', 'Dean'] },
  { ws: F, kind: 'field', q: 'what details do we send checkatrade after a job', has: ['Checkatrade', 'mobile number'] },
  { ws: F, kind: 'field', q: 'how long does the insurance broker keep claim stuff for', has: ['Towergate Insurance', '10 years'] },
  { ws: F, kind: 'field', q: 'did the tracker company ever send us their data protection agreement', has: ['Quartix', 'await'] },
  { ws: F, kind: 'field', q: 'sumup - what security certs have they got', has: ['SumUp', 'PCI DSS'] },
  { ws: F, kind: 'field', q: 'if tradfy had a breach when would we hear about it', has: ['Tradify', '48 hours'] },
  { ws: F, kind: 'field', q: 'is the direct debit data kept in the uk?', has: ['GoCardless', 'UK'] },
  { ws: F, kind: 'field', q: 'xero is in the states isnt it, what transfer mechanism do they use, sccs?', has: ['Xero', 'Addendum'] },
  { ws: F, kind: 'field', q: 'who runs the website account', has: ['Wix', 'Priya'] },

  // --- across the register (10) ---
  { ws: F, kind: 'list', q: 'which of our suppliers keep data in the US', has: ['Tradify', 'Xero', 'Google Workspace', 'CompanyCam', 'Wix'], not: ['BrightPay', 'SumUp', 'Quartix'] },
  { ws: F, kind: 'list', q: 'which gdpr statements are we still waiting on', has: ['BrightPay', 'Checkatrade', 'CompanyCam', 'Quartix', 'Brevo', 'Severn Vale Accountants', 'Avonside Green Waste'], not: ['Xero', 'Tradify', 'SumUp'] },
  { ws: F, kind: 'list', q: 'who do we actually pass customer details on to', has: ['Checkatrade', 'Severn Vale Accountants', 'Avonside Green Waste', 'Towergate Insurance'], not: ['Quartix', 'Brevo'] },
  { ws: F, kind: 'list', q: 'which apps force 2fa on us', has: ['Xero', 'BrightPay', 'Google Workspace', 'SumUp', 'GoCardless'], not: ['Tradify', 'Quartix', 'CompanyCam'] },
  { ws: F, kind: 'list', q: 'which suppliers keep data only in the uk', has: ['Quartix', 'Checkatrade', 'Severn Vale Accountants', 'Avonside Green Waste', 'Towergate Insurance'], not: ['GoCardless', 'Xero'] },
  { ws: F, kind: 'list', q: 'which systems have got staff data in them', has: ['Tradify', 'BrightPay', 'Google Workspace', 'Quartix', 'Severn Vale Accountants', 'Towergate Insurance'], not: ['SumUp', 'GoCardless', 'Wix'] },
  { ws: F, kind: 'list', q: 'what does gareth look after', has: ['Xero', 'GoCardless', 'Quartix', 'Severn Vale Accountants', 'Towergate Insurance'], not: ['Tradify', 'CompanyCam'] },
  { ws: F, kind: 'list', q: 'which ones rely on adequacy for transfers', has: ['BrightPay', 'Google Workspace'], not: ['Xero', 'CompanyCam'] },
  { ws: F, kind: 'list', q: 'are any of our suppliers soc 2 certified', has: ['Xero', 'Google Workspace', 'CompanyCam', 'Wix'], not: ['GoCardless', 'SumUp'] },
  { ws: F, kind: 'list', q: 'what apps is jordan on', has: ['Tradify', 'CompanyCam'], not: ['Xero', 'BrightPay'] },

  // --- situations (18) ---
  { ws: F, kind: 'situation', q: 'left the crew tablet on the train coming back from bristol last night, what do i do', has: ['lost-devices', '1 hour'] },
  { ws: F, kind: 'situation', q: 'mrs patel rang asking us to delete all her details as shes moved away', has: ['subject-requests', 'one month'] },
  { ws: F, kind: 'situation', q: 'can i just text the key safe code to kyle, hes already at the job', has: ['keys-and-codes'] },
  { ws: F, kind: 'situation', q: 'sent an invoice to the wrong customer by mistake, whoops. what now', has: ['breach-reporting', '24 hours'] },
  { ws: F, kind: 'situation', q: 'the neighbour next door to the job asked when the owners are back off holiday so she can pop round', has: ['callers-and-neighbours'] },
  { ws: F, kind: 'situation', q: 'customer replied to the autumn email saying take me off your list', has: ['marketing', 'same day'] },
  { ws: F, kind: 'situation', q: 'can i put the before and after pics of the oak lane patio on our instagram', has: ['job-photos', 'in writing'] },
  { ws: F, kind: 'situation', q: 'gareth said i can use the van on saturday to move my mums sofa, will the tracker log it', has: ['vehicle-tracking', 'private mode'] },
  { ws: F, kind: 'situation', q: 'think one of the customer keys fell out my pocket on site today, cant find it anywhere', has: ['keys-and-codes'] },
  { ws: F, kind: 'situation', q: 'customer wants to read me her card number over the phone to pay the deposit, can i just write it down', has: ['card-payments'] },
  { ws: F, kind: 'situation', q: 'how long should we keep old quotes that never went anywhere', has: ['retention', '12 months'] },
  { ws: F, kind: 'situation', q: 'kyle asked if he can use my login on the tablet to finish off his job sheet', has: ['passwords'] },
  { ws: F, kind: 'situation', q: 'a bloke rang saying hes mr jenkins son and wants to know what we quoted his dad', has: ['callers-and-neighbours'] },
  { ws: F, kind: 'situation', q: 'a customer asked what info we have on her, can i just email her the tradify record?', has: ['subject-requests'] },
  { ws: F, kind: 'situation', q: 'think someones got into the work email, its sending weird emails to customers', has: ['breach-reporting'] },
  { ws: F, kind: 'situation', q: 'what do i do with the paper job sheets once theyre done', has: ['retention', 'shred'] },
  { ws: F, kind: 'situation', q: 'phone got nicked out the van at the garden centre, its got my work email on it', has: ['lost-devices'] },
  { ws: F, kind: 'situation', q: 'customers little girl kept running into shot while i was filming the new decking, is that ok to post', has: ['job-photos'] },

  // --- off topic sharing a word (4) ---
  { ws: F, kind: 'off-topic', q: 'which garage is doing the vans mot next week', has: ['Helen Marsh'], not: ['Quartix'] },
  { ws: F, kind: 'off-topic', q: 'is the garden centre on the a38 open sundays?', has: ['Helen Marsh'], not: ['CompanyCam', 'Avonside Green Waste'] },
  { ws: F, kind: 'off-topic', q: 'how much is a 6 yard skip these days, need to price up a job', has: ['Helen Marsh'], not: ['Avonside Green Waste'] },
  { ws: F, kind: 'off-topic', q: 'when do payslips come out this month, is it the 28th again', has: ['Helen Marsh'], not: ['BrightPay'] },

  // --- tools we don't use (4) ---
  { ws: F, kind: 'new-tool', q: 'can i use dropbox to send the design drawings to the client, files are too big for email', has: ['new-tools'], not: ['Google Workspace'] },
  { ws: F, kind: 'new-tool', q: 'my mate uses quickbooks for his landscaping business and says its loads easier, can we switch', has: ['new-tools'], not: ['Xero'] },
  { ws: F, kind: 'new-tool', q: 'anyone tried jobber? thinking we could run the crews schedule on it', has: ['new-tools'], not: ['Tradify'] },
  { ws: F, kind: 'new-tool', q: 'can i set up a mailchimp account for the spring offers', has: ['new-tools'], not: ['Brevo'] },
];
