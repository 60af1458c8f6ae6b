// Reference block, written blind: a roofing contractor (summitline-roofing). Never read: scored by `bench/qa-heldout.ts --reference` (counts only).
import type { ReferenceCase } from '../heldout/types.ts';
const F = 'summitline-roofing';
export const CASES: ReferenceCase[] = [
  // --- one supplier's fields (24) ---
  { ws: F, kind: 'field', q: 'the van trackers - where does all that gps data actually live, is it on a server over here?', has: ['Quartix', 'UK'] },
  { ws: F, kind: 'field', q: 'how long do we hang on to stuff in xreo', has: ['Xero', '6 years'] },
  { ws: F, kind: 'field', q: 'photo app is american isnt it? whats the legal cover for sending our roof pics over there', has: ['CompanyCam', 'IDTA'] },
  { ws: F, kind: 'field', q: 'is 2 step login forced on tradify or can the lads just skip it', has: ['Tradify', 'enforced'] },
  { ws: F, kind: 'field', q: 'have we actually got a gdpr statement off apex scaffolding or not', has: ['Apex Scaffold Services', 'missing'] },
  { ws: F, kind: 'field', q: 'did we ever get the data protection paperwork back from hill top', has: ['Hilltop Scaffolding', 'requested'] },
  { ws: F, kind: 'field', q: 'whats our lawful basis for giving customers emails to check a trade for the review thing', has: ['Checkatrade', 'consent'] },
  { ws: F, kind: 'field', q: 'why are we allowed to send homeowners names over to competent roofer, do they have to agree to it?', has: ['NFRC CompetentRoofer', 'legal obligation'] },
  { ws: F, kind: 'field', q: 'the card reader company keeps everything in europe right? what safeguard covers that', has: ['SumUp', 'adequacy'] },
  { ws: F, kind: 'field', q: 'how long do the appointment reminder texts hang around for after theyre sent', has: ['Esendex', '3 months'] },
  { ws: F, kind: 'field', q: 'if tradify got hacked how quick do they have to let us know', has: ['Tradify', '48 hours'] },
  { ws: F, kind: 'field', q: 'say the payroll software gets breached, how long till iris tell us??', has: ['IRIS Payroll', '24 hours'] },
  { ws: F, kind: 'field', q: 'when can the IT company get onto our office pcs remotely? one of them just popped up on my screen', has: ['Moorgate IT', 'ScreenConnect'] },
  { ws: F, kind: 'field', q: 'can microsoft staff just read our outlook emails whenever they like', has: ['Microsoft 365', 'Lockbox'] },
  { ws: F, kind: 'field', q: 'does tradify back our jobs up anywhere or if their server dies is that it', has: ['Tradify', 'Melbourne'] },
  { ws: F, kind: 'field', q: 'whos the contact for the sms reminder thing, a customer says she got 3 texts', has: ['Esendex', 'Priya'] },
  { ws: F, kind: 'field', q: 'who deals with checkatrade? need a review request sending for the job in horsforth', has: ['Checkatrade', 'Gareth'] },
  { ws: F, kind: 'field', q: 'what personal info is in xero, is it just customer names and invoices?', has: ['Xero', 'CIS'] },
  { ws: F, kind: 'field', q: 'does the payroll system have our NI numbers in it', has: ['IRIS Payroll', 'National Insurance'] },
  { ws: F, kind: 'field', q: 'does companycam record where each pic was taken? like location', has: ['CompanyCam', 'GPS'] },
  { ws: F, kind: 'field', q: 'how many months do they keep the van journeys on the tracker for', has: ['Quartix', '13 months'] },
  { ws: F, kind: 'field', q: 'is sum up pci compliant, customer asked if its safe to pay by card on site', has: ['SumUp', 'PCI DSS'] },
  { ws: F, kind: 'field', q: 'what do the accountants actually get access to, can they change stuff?', has: ['Marsden & Firth', 'read-only'] },
  { ws: F, kind: 'field', q: 'how long does the competentroofer scheme keep the re-roof notifications', has: ['NFRC CompetentRoofer', '10 years'] },

  // --- across the register (10) ---
  { ws: F, kind: 'list', q: 'which of our systems keep data in the US?', has: ['Xero', 'CompanyCam'], not: ['Tradify', 'SumUp'] },
  { ws: F, kind: 'list', q: 'what do we use that stores stuff outside the uk and the eu', has: ['Tradify', 'Xero', 'CompanyCam'], not: ['SumUp', 'Quartix'] },
  { ws: F, kind: 'list', q: 'which suppliers havent we got a gdpr statement on file for yet', has: ['CompanyCam', 'Checkatrade', 'Apex Scaffold Services', 'Hilltop Scaffolding', 'Esendex', 'Moorgate IT'], not: ['Xero', 'Quartix'] },
  { ws: F, kind: 'list', q: 'which apps make you use 2fa, not just offer it', has: ['Tradify', 'Xero', 'Microsoft 365', 'SumUp'], not: ['CompanyCam', 'Quartix'] },
  { ws: F, kind: 'list', q: 'what does dean look after on the supplier list', has: ['Tradify', 'Apex Scaffold Services', 'Hilltop Scaffolding', 'NFRC CompetentRoofer'], not: ['Xero', 'Quartix'] },
  { ws: F, kind: 'list', q: 'which outside companies do we actually hand info over to? not the apps, the firms', has: ['Checkatrade', 'Apex Scaffold Services', 'Hilltop Scaffolding', 'NFRC CompetentRoofer', 'Marsden & Firth'], not: ['Tradify', 'SumUp'] },
  { ws: F, kind: 'list', q: 'which suppliers keep data for 6 years', has: ['Xero', 'IRIS Payroll', 'Marsden & Firth'], not: ['Tradify', 'SumUp'] },
  { ws: F, kind: 'list', q: 'where have we got peoples bank details stored', has: ['Xero', 'IRIS Payroll'], not: ['SumUp', 'Tradify'] },
  { ws: F, kind: 'list', q: 'are there any suppliers where we dont know how long they keep stuff', has: ['Hilltop Scaffolding', 'Moorgate IT'], not: ['Xero', 'Tradify'] },
  { ws: F, kind: 'list', q: 'what systems has tomasz got logins for', has: ['Tradify', 'CompanyCam', 'SumUp'], not: ['Xero', 'IRIS Payroll'] },

  // --- situations (18) ---
  { ws: F, kind: 'situation', q: 'left the work ipad on the train back from leeds last night, what do i do', has: ['lost-devices', '2 hours'] },
  { ws: F, kind: 'situation', q: 'my phone got nicked out the van at the merchants this morning, its the work one', has: ['lost-devices'] },
  { ws: F, kind: 'situation', q: 'i emailed a quote to the wrong mrs patel, its got the other ladys address and price on it. what now', has: ['breach-reporting', '24 hours'] },
  { ws: F, kind: 'situation', q: 'think i gave apex the wrong customers number for tuesdays scaffold, theyve been ringing some random bloke all morning', has: ['breach-reporting'] },
  { ws: F, kind: 'situation', q: 'customer rang the office saying she wants everything we have on her deleted, what do i tell her', has: ['data-requests', 'one month'] },
  { ws: F, kind: 'situation', q: 'bloke from a job we did last year wants a copy of all the photos and notes we hold about his house. do we have to?', has: ['data-requests'] },
  { ws: F, kind: 'situation', q: 'can i just text the key safe code and the address to the lads so theyve got it for tomorrow', has: ['customer-keys'] },
  { ws: F, kind: 'situation', q: 'where do the customers spare keys go when i get back to the yard', has: ['customer-keys', 'job number'] },
  { ws: F, kind: 'situation', q: 'neighbour came out asking whose house it was and wanted the owners number, said he wants a quote as well', has: ['callers-and-neighbours'] },
  { ws: F, kind: 'situation', q: 'someone rang saying hes mrs hughes son and asked what day we start on her roof. can i tell him?', has: ['callers-and-neighbours'] },
  { ws: F, kind: 'situation', q: 'can i put the before and after pics on my insta, the roof looks mint', has: ['site-photos', 'written'] },
  { ws: F, kind: 'situation', q: 'took some pics of the gutter on my own phone cos the ipad was dead, is that ok?', has: ['site-photos', 'same day'] },
  { ws: F, kind: 'situation', q: 'apex want the customers email as well as the phone number now, can i just send it them?', has: ['subcontractors'] },
  { ws: F, kind: 'situation', q: 'im locked out of the job app, can i just use liams login for today', has: ['passwords'] },
  { ws: F, kind: 'situation', q: 'do they track the van at weekends? i use it to take the kids to footy', has: ['vehicle-tracking', 'private mode'] },
  { ws: F, kind: 'situation', q: 'how long do we keep old quotes that never went anywhere', has: ['retention', '1 year'] },
  { ws: F, kind: 'situation', q: 'got a pile of old job sheets in the cab, can they just go in the skip on site', has: ['paper-in-vans', 'shred'] },
  { ws: F, kind: 'situation', q: 'found a free app that measures roofs off satellite pics, can i sign up and start using it?', has: ['new-tools'] },

  // --- off topic sharing a word (4) ---
  { ws: F, kind: 'off-topic', q: 'what time is the scaffold going up at the mill lane job tmrw', has: ['Nicola Brennan'], not: ['Apex Scaffold Services', 'Hilltop Scaffolding'] },
  { ws: F, kind: 'off-topic', q: 'anyone know when the blue van is booked in for its mot', has: ['Nicola Brennan'], not: ['Quartix'] },
  { ws: F, kind: 'off-topic', q: 'whats the vat rate on a new roof for a pensioner, customer asked me', has: ['Nicola Brennan'], not: ['Xero'] },
  { ws: F, kind: 'off-topic', q: 'how many days holiday do we get a year? cant see it on my payslip', has: ['Nicola Brennan'], not: ['IRIS Payroll'] },

  // --- tools we don't use (4) ---
  { ws: F, kind: 'new-tool', q: 'my mates firm does all their quotes on powered now, could we switch to that?', has: ['new-tools'], not: ['Tradify'] },
  { ws: F, kind: 'new-tool', q: 'r we on sage? need to do a credit note for a customer', has: ['new-tools'], not: ['Xero'] },
  { ws: F, kind: 'new-tool', q: 'customer wants to pay the deposit by paypal, can i just send him my paypal link', has: ['new-tools'], not: ['SumUp'] },
  { ws: F, kind: 'new-tool', q: 'textmagic is loads cheaper for the reminder texts, can we use that instead?', has: ['new-tools'], not: ['Esendex'] },
];
