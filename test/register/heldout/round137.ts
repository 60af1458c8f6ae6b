// Round 137, written blind in the reference block's mix of kinds in the eighty-second round: two new firms (a fish and chip shop with phone and app delivery and two drivers, saltandvinegar-fish-bar; a patent and trade mark attorneys' firm holding inventions not yet filed, inventive-ip-attorneys), each written by a helper from the configuration reference and two examples, the questions by a writer who read only the README, the case format and the two firms' files. Frozen (every `has` and `not` fact checked against the files by a script), held out: scored as counts only, never read.
import type { ReferenceCase } from './types.ts';
const WSA = 'saltandvinegar-fish-bar';
const WSB = 'inventive-ip-attorneys';

export const ROUND137: ReferenceCase[] = [
  // ===================== Salt & Vinegar Fish Bar (WSA) =====================

  // ---- WSA: field ----
  { ws: WSA, kind: 'field', q: 'where does the app keep all the customer orders, is it in this country?', has: ['Flipdish', 'EU'], not: ['US'] },
  { ws: WSA, kind: 'field', q: 'how long does flipdish keep where the drivers have been', has: ['Flipdish', '30 days'] },
  { ws: WSA, kind: 'field', q: 'does our ordering app store allergy stuff people type in?', has: ['Flipdish', 'allergy notes'] },
  { ws: WSA, kind: 'field', q: 'just eat orders - where is that data actually held', has: ['Just Eat', 'UK', 'EU'] },
  { ws: WSA, kind: 'field', q: 'how far back can we look at just eat orders in partner hub?', has: ['Just Eat', '90 days'] },
  { ws: WSA, kind: 'field', q: 'where does uber eats store stuff? someone said america', has: ['Uber Eats', 'US'] },
  { ws: WSA, kind: 'field', q: 'what info about staff is on the till system', has: ['Epos Now', 'till PINs'] },
  { ws: WSA, kind: 'field', q: 'how long do phone order details stay on the till', has: ['Epos Now', '2 years'] },
  { ws: WSA, kind: 'field', q: 'how long does the card machine company keep our transactions', has: ['Dojo', '6 years'] },
  { ws: WSA, kind: 'field', q: 'is the card reader data kept in the uk', has: ['Dojo', 'UK'], not: ['Epos Now'] },
  { ws: WSA, kind: 'field', q: 'where is the shop gmail stored, is it outside the uk?', has: ['Google Workspace', 'US'] },
  { ws: WSA, kind: 'field', q: 'what do we use google sheets for again', has: ['Google Workspace', 'catering-order spreadsheet'] },
  { ws: WSA, kind: 'field', q: 'have we got a gdpr thing on file for whatsapp', has: ['WhatsApp Business', 'missing'] },
  { ws: WSA, kind: 'field', q: 'how long do messages in the drivers group stick around', has: ['WhatsApp Business', '24 hours'] },
  { ws: WSA, kind: 'field', q: 'what does the rota app know about me apart from my shifts', has: ['RotaCloud', 'holiday and sickness absence'] },
  { ws: WSA, kind: 'field', q: 'once i leave how long does the rota app keep my details?', has: ['RotaCloud', '2 years after the member of staff leaves'] },
  { ws: WSA, kind: 'field', q: 'how long do the cameras keep footage', has: ['Hik-Connect CCTV', '31 days'] },
  { ws: WSA, kind: 'field', q: 'did we ever get the data protection statement for the cctv', has: ['Hik-Connect CCTV', 'requested'] },
  { ws: WSA, kind: 'field', q: 'whats the food safety app used for', has: ['Trail', 'fridge temperatures'] },
  { ws: WSA, kind: 'field', q: 'how long are the haccp checklists kept in the app', has: ['Trail', '2 years'] },
  { ws: WSA, kind: 'field', q: 'what do the delivery insurance lot get about us drivers', has: ['Zego', 'licence number'] },
  { ws: WSA, kind: 'field', q: 'is zego uk based, where does our info go', has: ['Zego', 'UK'] },
  { ws: WSA, kind: 'field', q: 'has the accountant sent their gdpr statement yet', has: ['Esk Valley Accountants', 'awaited'] },
  { ws: WSA, kind: 'field', q: 'what do we send payroll every monday', has: ['Esk Valley Accountants', 'tips share'] },

  // ---- WSA: list ----
  { ws: WSA, kind: 'list', q: 'which of our apps send data to the US?', has: ['Uber Eats', 'Google Workspace', 'WhatsApp Business'], not: ['Dojo', 'Epos Now'] },
  { ws: WSA, kind: 'list', q: 'who has staff personal details, like pay or licences or holidays', has: ['RotaCloud', 'Esk Valley Accountants', 'Zego'] },
  { ws: WSA, kind: 'list', q: 'which systems have customers home addresses on them', has: ['Flipdish', 'Just Eat', 'Epos Now'], not: ['RotaCloud'] },
  { ws: WSA, kind: 'list', q: 'which suppliers are we still missing a gdpr statement from?', has: ['WhatsApp Business', 'Hik-Connect CCTV', 'Esk Valley Accountants'], not: ['Dojo'] },
  { ws: WSA, kind: 'list', q: 'who do we actually share customer or staff data with outside the shop', has: ['Just Eat', 'Uber Eats', 'Zego', 'Esk Valley Accountants'] },
  { ws: WSA, kind: 'list', q: 'which ones are PCI DSS certified', has: ['Flipdish', 'Dojo'] },
  { ws: WSA, kind: 'list', q: 'what suppliers keep everything in the uk only', has: ['Epos Now', 'Dojo', 'Trail', 'Zego'], not: ['Uber Eats'] },
  { ws: WSA, kind: 'list', q: 'where do customers allergy notes end up', has: ['Flipdish', 'Just Eat'] },
  { ws: WSA, kind: 'list', q: 'which accounts force two factor login', has: ['Uber Eats', 'Dojo', 'Google Workspace'], not: ['Trail'] },
  { ws: WSA, kind: 'list', q: 'who holds stuff about the delivery drivers?', has: ['Zego', 'Google Workspace', 'WhatsApp Business'] },

  // ---- WSA: situation ----
  // lost-device
  { ws: WSA, kind: 'situation', q: 'think my phone fell out my pocket on the last drop, the driver app is on it. what now', has: ['lost-device', 'ring Dawn on 01947 555 318 straight away'] },
  { ws: WSA, kind: 'situation', q: 'someone has walked off with the order tablet from the counter during the rush', has: ['lost-device', 'Dawn signs the device out of Flipdish and Epos Now'] },
  // breach-reporting
  { ws: WSA, kind: 'situation', q: 'i put the wrong receipt in a bag and a customer got someone elses name and address on it. is that a big deal?', has: ['breach-reporting', 'Tell Dawn the same shift, and within 24 hours'] },
  { ws: WSA, kind: 'situation', q: 'sent the catering quote to the wrong lady by email. should i ring her and say sorry?', has: ['breach-reporting', 'Do not contact the customer yourself'] },
  // customer-details
  { ws: WSA, kind: 'situation', q: 'a regular asked me to text her when we do the cod special, can i save her number on my phone', has: ['customer-details', "never save a customer's number in their own contacts"] },
  { ws: WSA, kind: 'situation', q: 'can i stick the full address in the drivers group so ryan knows where hes going', has: ['customer-details', 'mention a house by its description in the WhatsApp group'] },
  // subject-access
  { ws: WSA, kind: 'situation', q: 'bloke at the counter wants to know what info we have got on him. what do i do', has: ['subject-access', 'on the request sheet by the till'] },
  { ws: WSA, kind: 'situation', q: 'a customer rang asking for everything we hold on her but she only ever orders through just eat', has: ['subject-access', 'Just Eat or Uber Eats are mostly held by them'] },
  // allergies
  { ws: WSA, kind: 'situation', q: 'woman on the phone asking if the chips are safe for her coeliac son, i think theyre fine?', has: ['allergies', 'check the allergen folder before answering and never guess'] },
  { ws: WSA, kind: 'situation', q: 'uber order just come through with a note saying severe milk allergy. we cant do that safe', has: ['allergies', 'ring the customer and cancel it rather than guess'] },
  // cash-and-keys
  { ws: WSA, kind: 'situation', q: 'till has got about 350 quid in notes in it, busy friday, what do i do', has: ['cash-and-keys', 'lifted to the safe when it goes over £300'] },
  { ws: WSA, kind: 'situation', q: 'i have lost my set of shop keys somewhere on the night out', has: ['cash-and-keys', 'a lost key means the locks are changed'] },
  // young-workers
  { ws: WSA, kind: 'situation', q: 'ellie wants to do a double on saturday, 11 til close, is that allowed?', has: ['young-workers', 'no more than 8 hours a day'] },
  { ws: WSA, kind: 'situation', q: 'can i put the pic from the kids party we catered on our facebook, the kids are in it', has: ['young-workers', "never show a child's face unless a parent has said"] },
  // cctv
  { ws: WSA, kind: 'situation', q: 'copper came in asking for the camera footage from saturday night outside', has: ['cctv', "take the officer's name and collar number"] },
  { ws: WSA, kind: 'situation', q: 'can shannon have the camera app on her phone to check who took the tips jar', has: ['cctv', 'Only Dawn and Mick may view or download footage'] },
  // records-retention
  { ws: WSA, kind: 'situation', q: 'office is full of old z reads and invoices, how long do we have to hang onto them', has: ['records-retention', 'kept for 6 years for HMRC'] },
  { ws: WSA, kind: 'situation', q: 'eho coming next week, how far back do the temperature checks need to go', has: ['records-retention', 'kept for 2 years for the environmental health officer'] },

  // ---- WSA: off-topic ----
  { ws: WSA, kind: 'off-topic', q: 'how many boxes of haddock should we order for the bank holiday weekend', has: ['Dawn Harland'] },
  { ws: WSA, kind: 'off-topic', q: 'is it meant to rain saturday? want to know if the front will be busy', has: ['Dawn Harland'] },
  { ws: WSA, kind: 'off-topic', q: 'anyone know a decent barber in whitby', has: ['Dawn Harland'] },
  { ws: WSA, kind: 'off-topic', q: 'are we putting the price of a large cod up next month', has: ['Dawn Harland'] },

  // ---- WSA: new-tool ----
  { ws: WSA, kind: 'new-tool', q: 'do we take orders on deliveroo as well?', has: ['Dawn Harland'] },
  { ws: WSA, kind: 'new-tool', q: 'can i put the staff holiday list on trello so its easier to see', has: ['Dawn Harland'] },
  { ws: WSA, kind: 'new-tool', q: 'is it ok to save the catering menus and customer list in dropbox', has: ['Dawn Harland'] },
  { ws: WSA, kind: 'new-tool', q: 'thinking of a mailchimp list of app customers for a fish friday deal, allowed?', has: ['Dawn Harland'] },

  // ===================== Inventive IP (WSB) =====================

  // ---- WSB: field ----
  { ws: WSB, kind: 'field', q: 'where is our outlook email actually hosted', has: ['Microsoft 365', 'UK'], not: ['US'] },
  { ws: WSB, kind: 'field', q: 'can microsoft engineers just read our mailboxes?', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: WSB, kind: 'field', q: 'imanage - is the data in the uk and is it backed up somewhere else', has: ['iManage Work', 'two UK data centres'] },
  { ws: WSB, kind: 'field', q: 'how long does the DMS keep a matter that never got filed', has: ['iManage Work', '15 years after closing'] },
  { ws: WSB, kind: 'field', q: 'who can open an unfiled disclosure in the document system', has: ['iManage Work', 'ethical walls'] },
  { ws: WSB, kind: 'field', q: 'where is the docketing system hosted', has: ['Patrix', 'EU', 'Sweden'] },
  { ws: WSB, kind: 'field', q: 'what personal data sits in patrix', has: ['Patrix', 'inventor names and addresses'] },
  { ws: WSB, kind: 'field', q: 'how long do secure emails last before they expire', has: ['Egress Protect', '90 days'] },
  { ws: WSB, kind: 'field', q: 'is egress certified for anything', has: ['Egress Protect', 'Cyber Essentials Plus'] },
  { ws: WSB, kind: 'field', q: 'when does the inventor info we send to the epo become public', has: ['EPO Online Filing', 'published 18 months after priority'] },
  { ws: WSB, kind: 'field', q: 'on what basis do we give the inventors name to the european patent office', has: ['EPO Online Filing', 'EPC Art. 81'] },
  { ws: WSB, kind: 'field', q: 'what forms naming inventors go to the ipo', has: ['UK Intellectual Property Office', 'Patents Form 7'] },
  { ws: WSB, kind: 'field', q: 'is the ukipo data kept in the uk', has: ['UK Intellectual Property Office', 'UK'] },
  { ws: WSB, kind: 'field', q: 'where is the renewals agent based', has: ['Dennemeyer', 'EU', 'Luxembourg'] },
  { ws: WSB, kind: 'field', q: 'what do we actually use dennemeyer for', has: ['Dennemeyer', 'renewal fees'] },
  { ws: WSB, kind: 'field', q: 'have all our overseas attorneys signed the IDTA?', has: ['Foreign associate attorneys', 'Twelve of our fifteen'] },
  { ws: WSB, kind: 'field', q: 'which countries do the foreign agents hold our clients data in', has: ['Foreign associate attorneys', 'US', 'JP'] },
  { ws: WSB, kind: 'field', q: 'where is xero data stored', has: ['Xero', 'US', 'AU'] },
  { ws: WSB, kind: 'field', q: 'how long is billing data kept in the accounts software', has: ['Xero', '6 years'] },
  { ws: WSB, kind: 'field', q: 'do we have a gdpr statement from the payroll accountants', has: ['Mill Road Accountants', 'requested'] },
  { ws: WSB, kind: 'field', q: 'what staff info do the accountants get for payroll', has: ['Mill Road Accountants', 'National Insurance numbers'] },
  { ws: WSB, kind: 'field', q: 'how long do the IT people keep the 365 backups', has: ['Granta IT', '90 days'] },
  { ws: WSB, kind: 'field', q: 'how does granta get onto my laptop remotely, can they just dial in', has: ['Granta IT', 'one-time code'] },
  { ws: WSB, kind: 'field', q: 'do we get proof the confidential waste was actually shredded', has: ['Shred Station', 'certificate of destruction'] },

  // ---- WSB: list ----
  { ws: WSB, kind: 'list', q: 'which suppliers hold data outside the UK and EU?', has: ['Foreign associate attorneys', 'Xero'], not: ['iManage Work'] },
  { ws: WSB, kind: 'list', q: 'which of our suppliers keep data in the EU', has: ['Patrix', 'EPO Online Filing', 'Dennemeyer'], not: ['Shred Station'] },
  { ws: WSB, kind: 'list', q: 'who has inventors home addresses', has: ['iManage Work', 'Patrix', 'UK Intellectual Property Office', 'Foreign associate attorneys'] },
  { ws: WSB, kind: 'list', q: 'whose gdpr statements are we still chasing', has: ['Foreign associate attorneys', 'Mill Road Accountants'], not: ['Xero'] },
  { ws: WSB, kind: 'list', q: 'which suppliers are ISO 27001 certified', has: ['Microsoft 365', 'iManage Work', 'Patrix', 'Egress Protect', 'Xero'] },
  { ws: WSB, kind: 'list', q: 'who do we share client or staff data with as recipients', has: ['EPO Online Filing', 'UK Intellectual Property Office', 'Foreign associate attorneys', 'Mill Road Accountants'] },
  { ws: WSB, kind: 'list', q: 'which of our systems keep everything in the uk', has: ['Microsoft 365', 'iManage Work', 'Egress Protect', 'Granta IT'], not: ['Xero'] },
  { ws: WSB, kind: 'list', q: 'who has cyber essentials plus', has: ['Microsoft 365', 'Egress Protect', 'Granta IT'] },
  { ws: WSB, kind: 'list', q: 'which suppliers deal with renewals', has: ['Patrix', 'Dennemeyer', 'UK Intellectual Property Office'] },
  { ws: WSB, kind: 'list', q: 'what keeps data for the life of the patent plus six years', has: ['iManage Work', 'Patrix', 'Dennemeyer'] },

  // ---- WSB: situation ----
  // confidential-disclosures
  { ws: WSB, kind: 'situation', q: 'client just emailed a disclosure, ok if i save it to my desktop to read on the train?', has: ['confidential-disclosures', 'never keep copies on a laptop desktop'] },
  { ws: WSB, kind: 'situation', q: 'at the cipa dinner tonight, can i mention the battery thing we are drafting if i dont say the client', has: ['confidential-disclosures', 'Do not discuss an unfiled invention outside the office'] },
  { ws: WSB, kind: 'situation', q: 'inventor dropped off a prototype at reception, where does it go', has: ['confidential-disclosures', 'kept in the locked cabinet in the records room'] },
  // misdirected-email
  { ws: WSB, kind: 'situation', q: 'i sent a search report from outlook to the wrong client. how do i get it back', has: ['misdirected-email', 'ask the recipient in writing to delete it unread'] },
  { ws: WSB, kind: 'situation', q: 'just sent an egress message with the draft to the wrong associate!!', has: ['misdirected-email', 'Revoke an Egress message from the Egress sent items'] },
  { ws: WSB, kind: 'situation', q: 'i think a draft went to the other sides attorney by mistake. who do i tell', has: ['misdirected-email', 'tell Helen Achterberg and the partner on the matter'] },
  // lost-device
  { ws: WSB, kind: 'situation', q: 'left my work laptop on the train back from kings cross', has: ['lost-device', 'ring Helen on 01223 555 640 straight away'] },
  { ws: WSB, kind: 'situation', q: 'my phone got nicked in the pub last night, it has outlook on it', has: ['lost-device', 'report a theft to Cambridgeshire Police for a crime number'] },
  // subject-access
  { ws: WSB, kind: 'situation', q: 'an inventor has emailed asking for a copy of everything we have on him', has: ['subject-access', 'Pass the request to Helen the same day'] },
  { ws: WSB, kind: 'situation', q: 'inventor wants his name taken off a published patent, can we do that', has: ['subject-access', 'are on public registers and cannot be removed by us'] },
  // records-retention
  { ws: WSB, kind: 'situation', q: 'client let their patent lapse, can i bin the file now', has: ['records-retention', '6 years after it lapses or is abandoned'] },
  { ws: WSB, kind: 'situation', q: 'we have the original signed assignments in the file, what happens to them', has: ['records-retention', 'Original signed assignments are returned to the client'] },
  // foreign-filing
  { ws: WSB, kind: 'situation', q: 'us counsel wants the spec today, can i just wetransfer it', has: ['foreign-filing', 'by Egress, never by plain email or WeTransfer'] },
  { ws: WSB, kind: 'situation', q: 'inventors are all in cambridge but the client wants to file in china first, any issue', has: ['foreign-filing', 'whether a foreign filing licence is needed'] },
  // conflicts
  { ws: WSB, kind: 'situation', q: 'new start-up wants to send their invention over today, can i have a read', has: ['conflicts', 'run a conflict search in Patrix'] },
  { ws: WSB, kind: 'situation', q: 'conflict check flagged the other party as an existing client. now what', has: ['conflicts', 'pass it to Rupert, who decides and records it'] },
  // office-and-visitors
  { ws: WSB, kind: 'situation', q: 'client turned up 20 mins early, fine to sit them in our room?', has: ['office-and-visitors', "they never wait in the attorneys' room"] },
  { ws: WSB, kind: 'situation', q: 'just finished the meeting on the unfiled sensor, drawings all over the whiteboard', has: ['office-and-visitors', 'with the whiteboard wiped afterwards'] },

  // ---- WSB: off-topic ----
  { ws: WSB, kind: 'off-topic', q: 'where is good for lunch near hills road', has: ['Helen Achterberg'] },
  { ws: WSB, kind: 'off-topic', q: 'whats the dress code for the client dinner on friday', has: ['Helen Achterberg'] },
  { ws: WSB, kind: 'off-topic', q: 'has anyone reported the kettle is broken again', has: ['Helen Achterberg'] },
  { ws: WSB, kind: 'off-topic', q: 'how many weeks of paternity leave do we get', has: ['Helen Achterberg'] },

  // ---- WSB: new-tool ----
  { ws: WSB, kind: 'new-tool', q: 'can i use chatgpt to tidy up the claims', has: ['Helen Achterberg'] },
  { ws: WSB, kind: 'new-tool', q: 'do we have a dropbox for sharing big drawings with clients', has: ['Helen Achterberg'] },
  { ws: WSB, kind: 'new-tool', q: 'is docusign ok for getting the assignments signed', has: ['Helen Achterberg'] },
  { ws: WSB, kind: 'new-tool', q: 'client wants the drafts in a shared google drive folder, allowed?', has: ['Helen Achterberg'] },
];
