// Held-out round 80, written blind in the reference block's mix of kinds: two new firms (a pet crematorium, restwood-pet-crematorium; a carpet and upholstery cleaning company, freshpile-carpet-cleaning), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 113 / 120 (field 48/48, list 19/20, situation 30/36, off-topic 8/8, new tool 8/8); 112 on the code at the session's start.
import type { ReferenceCase } from './types.ts';

const A = 'restwood-pet-crematorium';
const B = 'freshpile-carpet-cleaning';

export const ROUND80: ReferenceCase[] = [
  // ───────────── Firm A: Restwood Pet Crematorium ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where does crema track actually keep our data? is it in the uk or somewhere abroad', has: ['CremaTrack', 'UK'], not: ['US'] },
  { ws: A, kind: 'field', q: 'how long do the records sit in the tracking system before they get deleted', has: ['CremaTrack', '6 years'] },
  { ws: A, kind: 'field', q: 'if i raise a ticket with cremetrack can their support people just look at all our owners records?', has: ['CremaTrack', '48 hours'] },
  { ws: A, kind: 'field', q: 'where is the office365 stuff stored, emails and onedrive etc', has: ['Microsoft 365', 'UK', 'US'] },
  { ws: A, kind: 'field', q: 'can microsoft engineers get into our mailboxes whenever they want??', has: ['Microsoft 365', 'Lockbox'] },
  { ws: A, kind: 'field', q: 'qbo data goes to america right, whats the legal safeguard for that', has: ['QuickBooks Online', 'IDTA'], not: ['UK Addendum'] },
  { ws: A, kind: 'field', q: 'who looks after quickbooks, like who do i go to if something looks off in the accounts', has: ['QuickBooks Online', 'Josie'] },
  { ws: A, kind: 'field', q: 'does go cardless keep the vets bank details in the uk or not', has: ['GoCardless', 'UK', 'EU'], not: ['US'] },
  { ws: A, kind: 'field', q: 'what info have the direct debit people actually got on the practices?', has: ['GoCardless', 'sort code'] },
  { ws: A, kind: 'field', q: 'how long does the pdq company keep the card transactions for', has: ['Dojo', '5 years'] },
  { ws: A, kind: 'field', q: "what's our lawful basis for putting tributes up on the remembrance page", has: ['Krystal', 'consent'], not: ['Legitimate interests'] },
  { ws: A, kind: 'field', q: 'how long do we keep the messages people send through the contact form on the website', has: ['Krystal', '12 months'] },
  { ws: A, kind: 'field', q: 'have we got a gdpr agreement from fernbank yet or is that still being sorted', has: ['Fernbank Web Design', 'progress'] },
  { ws: A, kind: 'field', q: 'does mark at fernbank have his own login to wordpress or does he use amys', has: ['Fernbank Web Design', 'administrator'] },
  { ws: A, kind: 'field', q: 'the ashes ready texts - where is text magic based, is our data leaving the uk', has: ['Textmagic', 'EE'], not: ['US'] },
  { ws: A, kind: 'field', q: 'what covers the transfer for textmagic since they are not in the uk', has: ['Textmagic', 'adequacy'] },
  { ws: A, kind: 'field', q: 'how long does mail chimp keep the owners on the remembrance service list', has: ['Mailchimp', 'unsubscribe'] },
  { ws: A, kind: 'field', q: 'fb - are we a processor or controller or what with the facebook page', has: ['Facebook', 'joint'] },
  { ws: A, kind: 'field', q: 'how long does the van tracker hang onto the journeys', has: ['Quartix', '1 year'] },
  { ws: A, kind: 'field', q: 'can the back blaze people read our backups if they wanted to', has: ['Backblaze', 'own key'] },
  { ws: A, kind: 'field', q: 'have we got anything in writing from dave the it man about gdpr', has: ['Teme IT', 'missing'] },
  { ws: A, kind: 'field', q: "what's the legal basis for sending staff pay details to clee hill every month?", has: ['Clee Hill Accountancy', 'Legal obligation'] },
  { ws: A, kind: 'field', q: 'what exactly do we send the engravers when we order a name plate, do they get the owners address?', has: ['Arden Engraving', 'wording'] },
  { ws: A, kind: 'field', q: 'if one of the vets has a breach with our owners info how quickly are they meant to tell us', has: ['Partner vet practices', '24 hours'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our suppliers store stuff in the US?', has: ['Microsoft 365', 'QuickBooks Online', 'Mailchimp', 'Facebook', 'Backblaze'], not: ['Dojo', 'Krystal'] },
  { ws: A, kind: 'list', q: 'who holds peoples card details', has: ['Dojo'], not: ['GoCardless'] },
  { ws: A, kind: 'list', q: 'which gdpr statements are we still waiting on?', has: ['Fernbank Web Design', 'Teme IT', 'Clee Hill Accountancy', 'Arden Engraving'], not: ['CremaTrack'] },
  { ws: A, kind: 'list', q: 'which suppliers dont have two factor', has: ['Arden Engraving', 'Fernbank Web Design'], not: ['CremaTrack', 'Dojo'] },
  { ws: A, kind: 'list', q: 'what suppliers is amy in charge of', has: ['Krystal', 'Fernbank Web Design', 'Textmagic', 'Facebook', 'Arden Engraving'], not: ['Dojo', 'QuickBooks Online'] },
  { ws: A, kind: 'list', q: 'who outside the firm do we actually pass data on to', has: ['Clee Hill Accountancy', 'Arden Engraving', 'Partner vet practices'] },
  { ws: A, kind: 'list', q: 'which suppliers rely on adequacy for sending data abroad', has: ['Textmagic', 'Mailchimp', 'Facebook'], not: ['QuickBooks Online', 'Backblaze'] },
  { ws: A, kind: 'list', q: 'which of them are iso 27001 certified', has: ['CremaTrack', 'Microsoft 365', 'QuickBooks Online', 'GoCardless', 'Quartix'] },
  { ws: A, kind: 'list', q: 'which suppliers keep everything only in the uk', has: ['CremaTrack', 'Dojo', 'Krystal', 'Quartix'], not: ['Microsoft 365', 'GoCardless', 'Backblaze'] },
  { ws: A, kind: 'list', q: 'what systems does josie use? shes covering for me and i need to know what to check', has: ['CremaTrack', 'QuickBooks Online', 'GoCardless', 'Dojo', 'Textmagic'], not: ['Mailchimp'] },

  // situation (18)
  { ws: A, kind: 'situation', q: 'oh no i just emailed bellas cremation certificate to the ludlow practice instead of leominster. what do i do', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'a family rang in really upset, the casket we sent back has got the wrong dogs name on the plate', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'pretty sure one of the collection forms flew out the window when i had it open on the a49 earlier, it had the owners address on it', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'left my work phone in the pub last night and its gone, its got the driver app on it', has: ['phones-and-logins'] },
  { ws: A, kind: 'situation', q: 'josie is already logged in on the office pc, can i just use her account to book this cat in quickly? mine keeps timing out', has: ['phones-and-logins'] },
  { ws: A, kind: 'situation', q: 'work phone died, is it ok if i text the owner from my own mobile to say im running 20 mins late', has: ['phones-and-logins'] },
  { ws: A, kind: 'situation', q: 'the lady at the house gave me her key safe number on a bit of paper for next time, where am i supposed to keep it', has: ['home-collections'] },
  { ws: A, kind: 'situation', q: 'while i was carrying the dog out the neighbour came over asking what happened and who we are. what am i allowed to say', has: ['home-collections'] },
  { ws: A, kind: 'situation', q: "at the surgery this morning and they've handed me a rabbit thats not on todays list and theres no form with it. just take it?", has: ['home-collections'] },
  { ws: A, kind: 'situation', q: 'someone put a tribute up for approval with their full name, address and both kids names in it. can i just approve it, its really sweet', has: ['remembrance-page'] },
  { ws: A, kind: 'situation', q: 'owner sent us a gorgeous photo of her little girl hugging their old labrador for the memorial wall, ok to put it up?', has: ['remembrance-page'] },
  { ws: A, kind: 'situation', q: 'can i post a pic of the cat that came in today on our instagram? hes so fluffy', has: ['remembrance-page'] },
  { ws: A, kind: 'situation', q: 'a man rang saying hes the owners son and wants her phone number so he can sort the ashes out with her, can i give it him', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'got an email from an owner asking for a copy of everything we have on her and her dog', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'a customer wants every record about her deleted today, invoice and all, she says its her right. can i just do it in crematrack', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'ive scanned this weeks collection forms in, what do i do with the paper copies now', has: ['records-and-retention'] },
  { ws: A, kind: 'situation', q: 'found a box of the old day books from like 2015 in the barn when i was clearing up, can they go on the burner with the rubbish', has: ['records-and-retention'] },
  { ws: A, kind: 'situation', q: 'the council inspector is coming next month, how far back do we have to have the cremation paperwork', has: ['records-and-retention'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'when is the christmas do this year and is it at the farm', has: ['Helen Hadley'] },
  { ws: A, kind: 'off-topic', q: "who's feeding the farm cats this weekend?", has: ['Helen Hadley'] },
  { ws: A, kind: 'off-topic', q: 'how much do we charge for a communal cremation for a hamster', has: ['Helen Hadley'] },
  { ws: A, kind: 'off-topic', q: 'anyone know the football score', has: ['Helen Hadley'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can i do the memorial cards on canva? its free and way easier than word', has: ['new-tools', 'Helen'] },
  { ws: A, kind: 'new-tool', q: 'thinking of setting up a whatsapp group with the vet nurses so they can message us when a pet is ready for collection, that ok?', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'the engravers want the photos for a plaque, can i just send them over wetransfer', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'can i put the drivers rota on trello', has: ['new-tools', 'Helen'] },

  // ───────────── Firm B: Freshpile Carpet Cleaning ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where does jobber store our customers details', has: ['Jobber', 'US'] },
  { ws: B, kind: 'field', q: 'booking system is american isnt it? what safeguard covers that', has: ['Jobber', 'Addendum'] },
  { ws: B, kind: 'field', q: 'how long do we keep the quotes and invoices in jobbr', has: ['Jobber', '6 years'] },
  { ws: B, kind: 'field', q: 'if i ring jobber support can they see the whole client list?', has: ['Jobber', 'Hannah'] },
  { ws: B, kind: 'field', q: 'where are the before and after photos actually kept, like what country', has: ['CompanyCam', 'US'] },
  { ws: B, kind: 'field', q: 'how long do we keep job photos in company cam', has: ['CompanyCam', '3 years'] },
  { ws: B, kind: 'field', q: 'what legal cover do we have for the photo app sending stuff to the states', has: ['CompanyCam', 'IDTA'], not: ['SCC'] },
  { ws: B, kind: 'field', q: 'how long does stripe keep the card payment records', has: ['Stripe', '7 years'] },
  { ws: B, kind: 'field', q: 'what access have ashby kemp got to our systems', has: ['Ashby Kemp & Co', 'Xero'] },
  { ws: B, kind: 'field', q: 'gocardless - is the agents bank info kept in the uk?', has: ['GoCardless', 'UK', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: 'who looks after go cardless', has: ['GoCardless', 'Maureen'] },
  { ws: B, kind: 'field', q: 'where is xero data stored, someone said australia??', has: ['Xero', 'US', 'AU'] },
  { ws: B, kind: 'field', q: 'where does brightpay keep the payroll stuff', has: ['BrightPay Connect', 'IE'], not: ['US'] },
  { ws: B, kind: 'field', q: 'brite pay - how long are payslips kept for', has: ['BrightPay Connect', '6 years'] },
  { ws: B, kind: 'field', q: 'whats the lawful basis for having our wages info in brightpay', has: ['BrightPay Connect', 'Legal obligation'] },
  { ws: B, kind: 'field', q: 'how long do emails stay in outlook before they get cleared', has: ['Microsoft 365', '3 years'] },
  { ws: B, kind: 'field', q: 'what lets us send the "time for your next clean" emails, what is the lawful basis for mailchimp', has: ['Mailchimp', 'consent'] },
  { ws: B, kind: 'field', q: 'have we got the data processing terms from the van tracker company yet', has: ['Quartix', 'requested'] },
  { ws: B, kind: 'field', q: 'how long does quartix keep where the vans have been', has: ['Quartix', '12 months'] },
  { ws: B, kind: 'field', q: 'is squarespaces gdpr thing sorted', has: ['Squarespace', 'progress'] },
  { ws: B, kind: 'field', q: 'what do we actually send trust pilot after a job', has: ['Trustpilot', 'job reference'] },
  { ws: B, kind: 'field', q: 'have hartwells signed the data sharing bit yet', has: ['Hartwell Lettings', 'await'] },
  { ws: B, kind: 'field', q: 'do we have any gdpr paperwork from the stain guarantee people', has: ['StainSure Guarantees', 'missing'] },
  { ws: B, kind: 'field', q: 'how does mark the it guy get onto the office pcs when he fixes stuff remotely', has: ['Nene Valley IT', 'TeamViewer'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which suppliers keep data in the US', has: ['Jobber', 'CompanyCam', 'Stripe', 'Xero', 'Squarespace', 'Mailchimp'], not: ['BrightPay Connect', 'Quartix'] },
  { ws: B, kind: 'list', q: 'who has customers card details', has: ['Stripe'], not: ['GoCardless'] },
  { ws: B, kind: 'list', q: 'which gdpr statements havent we got yet', has: ['Squarespace', 'Quartix', 'Hartwell Lettings', 'StainSure Guarantees', 'Ashby Kemp & Co', 'Nene Valley IT'], not: ['Jobber'] },
  { ws: B, kind: 'list', q: 'which suppliers store data only in the uk', has: ['Microsoft 365', 'Quartix', 'Hartwell Lettings', 'StainSure Guarantees'], not: ['GoCardless', 'Stripe'] },
  { ws: B, kind: 'list', q: 'what does maureen look after', has: ['GoCardless', 'Xero', 'BrightPay Connect', 'Ashby Kemp & Co'], not: ['Jobber'] },
  { ws: B, kind: 'list', q: 'where do we keep anything health related about staff', has: ['BrightPay Connect'], not: ['Jobber'] },
  { ws: B, kind: 'list', q: 'which of our suppliers use adequacy for transfers', has: ['BrightPay Connect', 'Trustpilot'], not: ['Stripe', 'Mailchimp'] },
  { ws: B, kind: 'list', q: 'which ones dont have 2fa', has: ['Quartix', 'StainSure Guarantees'], not: ['Stripe', 'Xero'] },
  { ws: B, kind: 'list', q: 'who do we share customer data with', has: ['Trustpilot', 'StainSure Guarantees'] },
  { ws: B, kind: 'list', q: 'which systems have tenants details in them', has: ['Jobber', 'CompanyCam', 'Microsoft 365', 'Hartwell Lettings'], not: ['Mailchimp', 'Trustpilot'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'sent the photo report for the elm road flat to the wrong agent, it went to belvoir instead of hartwells. what now', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'i think i texted the key safe code for a job to the wrong number, digits mixed up', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'left my job sheet in the flat after an end of tenancy clean and the keys are already back with the agent', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'im running really late, can i keep the hartwell keys in the van overnight and drop them back in the morning', has: ['keys-and-access'] },
  { ws: B, kind: 'situation', q: 'some bloke turned up at the property saying hes the landlord and wants the keys off me', has: ['keys-and-access'] },
  { ws: B, kind: 'situation', q: 'agent gave me the alarm code on the phone, where do i write it down', has: ['keys-and-access'] },
  { ws: B, kind: 'situation', q: 'theres family photos and a load of post on the side behind the sofa, does it matter if its in the before shot', has: ['photos'] },
  { ws: B, kind: 'situation', q: 'the photo app keeps crashing, can i just use my phones normal camera and upload them later', has: ['photos'] },
  { ws: B, kind: 'situation', q: 'a customer saw her living room on our facebook and wants it taken down', has: ['photos', 'Hannah'] },
  { ws: B, kind: 'situation', q: 'lost my work phone, i think i left it at the last job in duston', has: ['lost-devices'] },
  { ws: B, kind: 'situation', q: 'the customers little boy keeps asking to play games on my work phone while im doing the stairs, is that alright', has: ['lost-devices'] },
  { ws: B, kind: 'situation', q: 'can i save a customers number in my own phone so i can ring her back about the quote', has: ['lost-devices'] },
  { ws: B, kind: 'situation', q: 'the tenant has asked me for the before photos of her flat because of her deposit, shall i just send them', has: ['data-requests'] },
  { ws: B, kind: 'situation', q: 'a customer replied "stop emailing me" to the spring offer, what do i do', has: ['data-requests'] },
  { ws: B, kind: 'situation', q: 'lady at the door asked me to delete all her details off the system there and then, can i', has: ['data-requests'] },
  { ws: B, kind: 'situation', q: "jobber's down and ive got four jobs today, how do i record them", has: ['records-and-paper'] },
  { ws: B, kind: 'situation', q: 'can i just stick the old job sheets in the customers recycling bin when im done', has: ['records-and-paper'] },
  { ws: B, kind: 'situation', q: 'the filing cabinet is rammed, how long do we legally need to keep old invoices and quotes', has: ['records-and-paper'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: 'whos doing the tea run this morning', has: ['Hannah Okafor'] },
  { ws: B, kind: 'off-topic', q: 'what time is the christmas party on friday', has: ['Hannah Okafor'] },
  { ws: B, kind: 'off-topic', q: 'how much do we charge to do a three seater', has: ['Hannah Okafor'] },
  { ws: B, kind: 'off-topic', q: 'did anyone see the match last night', has: ['Hannah Okafor'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can we set up a whatsapp group with the hartwell property managers so we can send them updates', has: ['new-tools'] },
  { ws: B, kind: 'new-tool', q: 'agent wants the photos in a dropbox folder instead, can i do that', has: ['new-tools'] },
  { ws: B, kind: 'new-tool', q: 'can i do the spring offer flyer on canva', has: ['new-tools', 'Hannah'] },
  { ws: B, kind: 'new-tool', q: 'should we sign up to checkatrade? loads of leads come off it', has: ['new-tools'] },
];
