// Reference block, written blind: a declutter and house-clearance service (clearspace-organisers). Never read: scored by `bench/qa-heldout.ts --reference` (counts only).
import type { ReferenceCase } from '../heldout/types.ts';
const F = 'clearspace-organisers';
export const CASES: ReferenceCase[] = [
  // --- one supplier's fields (24) ---
  { ws: F, kind: 'field', q: 'is the jobber data kept in the uk or somewhere else?', has: ['Jobber', 'US'] },
  { ws: F, kind: 'field', q: 'how long do we hang on to stuff in xero for', has: ['Xero', '6 years'] },
  { ws: F, kind: 'field', q: "who's in charge of the van tracker thing", has: ['Quartix', 'Tomasz'] },
  { ws: F, kind: 'field', q: 'is 2 step compulsory on the password manager or can people skip it', has: ['1Password', 'enforced'] },
  { ws: F, kind: 'field', q: 'did the shredding lot ever send their gdpr paperwork back?', has: ['SecureShred South West', 'requested'] },
  { ws: F, kind: 'field', q: 'what covers us legally for dropbox sending the job photos over to america', has: ['Dropbox', 'IDTA'] },
  { ws: F, kind: 'field', q: "whats our lawful basis for giving the auctioneers people's bank details", has: ['Hartley & Grange Auctioneers', 'Contract'] },
  { ws: F, kind: 'field', q: 'what info do we actually hand over to the furniture charity when they collect', has: ['Second Chance Furniture Project', 'collection address'] },
  { ws: F, kind: 'field', q: 'if sumup got hacked how fast do they have to tell us', has: ['SumUp', '24 hours'] },
  { ws: F, kind: 'field', q: 'can the 1pass people see our key safe codes??', has: ['1Password', 'end-to-end'] },
  { ws: F, kind: 'field', q: 'is the google drive backed up anywhere or do we just trust google', has: ['Google Workspace', 'USB'] },
  { ws: F, kind: 'field', q: 'new starter q - what kind of data goes in brite pay', has: ['BrightPay', 'National Insurance'] },
  { ws: F, kind: 'field', q: 'how long do we keep the whatsapp chats with customers', has: ['WhatsApp Business', '3 months'] },
  { ws: F, kind: 'field', q: "where's the payroll data actually stored, is it here or abroad", has: ['BrightPay', 'EU'] },
  { ws: F, kind: 'field', q: 'who looks after the accountants on our side', has: ['Pemberton Clarke', 'Gemma'] },
  { ws: F, kind: 'field', q: 'how far back does the tracker keep our journeys? asking for a friend who took the long way home', has: ['Quartix', '90 days'] },
  { ws: F, kind: 'field', q: 'have we got a gdpr statement off the auction house yet', has: ['Hartley & Grange Auctioneers', 'missing'] },
  { ws: F, kind: 'field', q: "where are we up to with whatsapp's gdpr doc", has: ['WhatsApp Business', 'progress'] },
  { ws: F, kind: 'field', q: 'how long before the shred company actually destroys the bags once they take them', has: ['SecureShred South West', '14 days'] },
  { ws: F, kind: 'field', q: 'xero breach notice, how many hours do they get', has: ['Xero', '48 hours'] },
  { ws: F, kind: 'field', q: "can jobber's support team get into our account whenever they like?", has: ['Jobber', 'ticket'] },
  { ws: F, kind: 'field', q: 'how long do website enquiries stay on squarspace', has: ['Squarespace', '6 months'] },
  { ws: F, kind: 'field', q: 'whats the transfer safeguard for the job app data going to the states', has: ['Jobber', 'IDTA'] },
  { ws: F, kind: 'field', q: "who's the owner for the card reader account", has: ['SumUp', 'Ben'] },

  // --- across the register (10) ---
  { ws: F, kind: 'list', q: 'which of our apps keep data in the US?', has: ['Google Workspace', 'Jobber', 'Xero', 'WhatsApp Business', 'Dropbox', 'Squarespace'], not: ['Quartix', 'SumUp', 'BrightPay'] },
  { ws: F, kind: 'list', q: 'which suppliers have we got no gdpr statement from at all', has: ['Hartley & Grange Auctioneers', 'Second Chance Furniture Project'], not: ['Jobber', 'Xero'] },
  { ws: F, kind: 'list', q: 'what does helen look after in the register', has: ['Google Workspace', 'BrightPay', '1Password'], not: ['Jobber', 'Xero', 'Quartix'] },
  { ws: F, kind: 'list', q: 'which systems force 2 factor on everyone', has: ['Google Workspace', 'Xero', 'SumUp', 'Dropbox', '1Password'], not: ['Jobber', 'Quartix', 'Squarespace'] },
  { ws: F, kind: 'list', q: 'who do we pass client details on to? not software, actual other organisations', has: ['Hartley & Grange Auctioneers', 'Second Chance Furniture Project', 'Pemberton Clarke'], not: ['Dropbox', 'Squarespace'] },
  { ws: F, kind: 'list', q: 'which suppliers keep everything in the uk only', has: ['Quartix', 'SecureShred South West', 'Hartley & Grange Auctioneers', 'Second Chance Furniture Project', 'Pemberton Clarke'], not: ['Google Workspace', 'SumUp', 'Jobber'] },
  { ws: F, kind: 'list', q: 'which gdpr statements are we still waiting on', has: ['Squarespace', 'SecureShred South West', 'Quartix', 'WhatsApp Business', 'Hartley & Grange Auctioneers', 'Second Chance Furniture Project'], not: ['Xero', 'Dropbox'] },
  { ws: F, kind: 'list', q: 'which systems have staff personal info in them', has: ['Google Workspace', 'BrightPay', 'Quartix', 'Pemberton Clarke'], not: ['SumUp', 'Dropbox'] },
  { ws: F, kind: 'list', q: 'which suppliers keep data for 5 years', has: ['SumUp', 'Hartley & Grange Auctioneers'], not: ['Xero', 'Pemberton Clarke'] },
  { ws: F, kind: 'list', q: "which ones don't even offer 2fa", has: ['Quartix', 'SecureShred South West'], not: ['Google Workspace', 'Xero', '1Password'] },

  // --- situations (18) ---
  { ws: F, kind: 'situation', q: 'left the work tablet on the 72 bus and jobber is logged in on it 😬', has: ['lost-devices', '1 hour'] },
  { ws: F, kind: 'situation', q: "the executor's sister keeps ringing asking what we found in her mum's house, can i just tell her", has: ['executors'] },
  { ws: F, kind: 'situation', q: 'found a shoebox of bank statements and an old passport in the wardrobe at the kingswood job, ok to bin?', has: ['found-paperwork', 'SecureShred South West'] },
  { ws: F, kind: 'situation', q: "lady from a job last spring emailed asking us to delete everything we've got on her", has: ['data-requests', 'one month'] },
  { ws: F, kind: 'situation', q: 'can i stick the before/after of the hoarder flat on insta? no faces in it', has: ['photos', 'written consent'] },
  { ws: F, kind: 'situation', q: "i think i sent the inventory to the wrong executor's email, what now", has: ['breach-reporting', '24 hours'] },
  { ws: F, kind: 'situation', q: 'can i just whatsapp liam the key safe code for tmrw', has: ['keys-and-codes', '1Password'] },
  { ws: F, kind: 'situation', q: 'how long do we keep enquiries from people who never ended up booking', has: ['retention', '6 months'] },
  { ws: F, kind: 'situation', q: 'client told me she has early dementia, do i write that in jobber so the lads know?', has: ['sensitive-notes', 'private notes'] },
  { ws: F, kind: 'situation', q: "locked out of xero, can i borrow gemma's login quickly to check a payment", has: ['passwords'] },
  { ws: F, kind: 'situation', q: 'think we found a will in the loft at the bereavement job in filton, what do i do with it', has: ['found-paperwork', 'job lead'] },
  { ws: F, kind: 'situation', q: 'someone nicked my work phone out the van at the tip', has: ['lost-devices', 'police'] },
  { ws: F, kind: 'situation', q: 'a bloke rang asking what info we hold on him from a quote we did last year', has: ['data-requests', 'Helen'] },
  { ws: F, kind: 'situation', q: "my phone's full of job pics from the last few weeks, do i need to get rid of them?", has: ['photos', '7 days'] },
  { ws: F, kind: 'situation', q: 'finished the bishopston job yesterday, how long have i got to get the keys back', has: ['keys-and-codes', '2 working days'] },
  { ws: F, kind: 'situation', q: 'clicked a dodgy link in an email pretending to be jobber and typed my password in 🤦', has: ['breach-reporting'] },
  { ws: F, kind: 'situation', q: "son says his dad's passed and wants the house cleared this week but probate hasn't come thru, can we start?", has: ['executors', 'solicitor'] },
  { ws: F, kind: 'situation', q: "can i put 'mrs p - hoarding disorder' as the job title so the crew are prepared", has: ['sensitive-notes'] },

  // --- off topic sharing a word (4) ---
  { ws: F, kind: 'off-topic', q: "when's the big van booked in for its MOT", has: ['Helen Okonjo'], not: ['Quartix'] },
  { ws: F, kind: 'off-topic', q: 'anyone know what time the charity shop on gloucester rd shuts on saturdays', has: ['Helen Okonjo'], not: ['Second Chance Furniture Project'] },
  { ws: F, kind: 'off-topic', q: "who's bringing a proper camera for the team photos at the christmas do", has: ['Helen Okonjo'], not: ['Dropbox'] },
  { ws: F, kind: 'off-topic', q: 'is the auction this saturday worth going to? fancy a nose at the mid century stuff', has: ['Helen Okonjo'], not: ['Hartley & Grange Auctioneers'] },

  // --- tools we don't use (4) ---
  { ws: F, kind: 'new-tool', q: 'can i plan the farmhouse clearance on trello? easier to see all the rooms', has: ['new-tools'], not: ['Jobber'] },
  { ws: F, kind: 'new-tool', q: "ok to send the photo inventory to the executor by wetransfer? it's massive", has: ['new-tools'], not: ['Dropbox'] },
  { ws: F, kind: 'new-tool', q: 'my mate uses a zettle reader and says the fees are lower, can we get one', has: ['new-tools'], not: ['SumUp'] },
  { ws: F, kind: 'new-tool', q: 'do we have quickbooks? need to look up an old invoice', has: ['new-tools'], not: ['Xero'] },
];
