// Held-out round 90, written blind in the reference block's mix of kinds: two new firms (a bike and e-bike hire shop, tidemill-bike-hire; a small accountancy practice, brightwell-accountancy), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-third round (after its fixes, so the first score measures what they carry); questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 103 / 120 (field 47/48, list 18/20, situation 30/36, off-topic 4/8, new tool 4/8), the same on the code at the session's start. Read from then on.
import type { ReferenceCase } from './types.ts';

const A = 'tidemill-bike-hire';
const B = 'brightwell-accountancy';

export const ROUND90: ReferenceCase[] = [
  // ── Firm A: Tidemill Cycle Hire ─────────────────────────────────────────────
  // field (24)
  { ws: A, kind: 'field', q: "where's the booking system data actually kept?", has: ["Checkfront", "CA", "US"] },
  { ws: A, kind: 'field', q: "how long do we hang on to the signed waivers from the ipad", has: ["Smartwaiver", "3 years"] },
  { ws: A, kind: 'field', q: "who looks after the card reader supplier", has: ["Stripe", "Jenna Penrose"] },
  { ws: A, kind: 'field', q: "smart waiver data goes to america right? whats the safeguard for that", has: ["Smartwaiver", "IDTA"] },
  { ws: A, kind: 'field', q: "what's our lawful basis for the gps trackers on the ebikes", has: ["PowUnity BikeTrax", "Legitimate interests"] },
  { ws: A, kind: 'field', q: "what info does the van tracker collect about the drivers", has: ["Quartix", "driving style scores"] },
  { ws: A, kind: 'field', q: "whose data is in the rota app", has: ["RotaCloud", "employees"] },
  { ws: A, kind: 'field', q: "can the newsletter people's support staff see our mailing list?", has: ["Mailchimp", "only with our permission"] },
  { ws: A, kind: 'field', q: "have we got a gdpr statment from whatsapp", has: ["WhatsApp Business", "missing"] },
  { ws: A, kind: 'field', q: "is the holiday let agency a processor of ours or something else", has: ["Estuary Cottages", "joint"] },
  { ws: A, kind: 'field', q: "how long are van journeys kept for", has: ["Quartix", "12 months"] },
  { ws: A, kind: 'field', q: "is two factor turned on for check front", has: ["Checkfront", "enforced"] },
  { ws: A, kind: 'field', q: "what have the insurers promised to do if they get hacked", has: ["Towergate Insurance", "promptly"] },
  { ws: A, kind: 'field', q: "did the IT man ever send us his data protection thing", has: ["Kernow PC Care", "requested"] },
  { ws: A, kind: 'field', q: "how long does bike trax keep the route history", has: ["PowUnity BikeTrax", "30 days"] },
  { ws: A, kind: 'field', q: "what covers the website's data going abroad, transfer wise", has: ["Squarespace", "Standard Contractual Clauses"] },
  { ws: A, kind: 'field', q: "when can the police get a hirer's name and address off us", has: ["Devon and Cornwall Police", "DP2 form"] },
  { ws: A, kind: 'field', q: "who else can get into the bookings data apart from us", has: ["Checkfront", "Stripe", "Kernow PC Care"] },
  { ws: A, kind: 'field', q: "what security certifications has stripe got", has: ["Stripe", "PCI DSS Level 1"] },
  { ws: A, kind: 'field', q: "is the waiver company's dpa still up to date?", has: ["Smartwaiver", "overdue"] },
  { ws: A, kind: 'field', q: "what do we use xero for again", has: ["Xero", "payroll"] },
  { ws: A, kind: 'field', q: "can microsoft engineers look at our outlook emails", has: ["Microsoft 365", "Customer Lockbox"] },
  { ws: A, kind: 'field', q: "how long does rotacloud keep the seasonal staff shifts", has: ["RotaCloud", "2 years"] },
  { ws: A, kind: 'field', q: "do we pass on stuff guests tell us directly to the cottage agency?", has: ["Estuary Cottages", "never pass on"] },

  // list (10)
  { ws: A, kind: 'list', q: "which suppliers store data in the US?", has: ["Checkfront", "Stripe", "Smartwaiver", "Xero", "Mailchimp", "Squarespace"], not: ["Quartix", "RotaCloud", "PowUnity BikeTrax"] },
  { ws: A, kind: 'list', q: "which of our suppliers keep everything only in the UK", has: ["Quartix", "RotaCloud", "Estuary Cottages", "Towergate Insurance", "Devon and Cornwall Police"], not: ["Microsoft 365", "Stripe", "Mailchimp"] },
  { ws: A, kind: 'list', q: "who hasnt sent us a gdpr statement yet", has: ["Squarespace", "WhatsApp Business", "Estuary Cottages", "Kernow PC Care"], not: ["Checkfront", "Stripe", "Quartix"] },
  { ws: A, kind: 'list', q: "which suppliers hold medical or health info about riders", has: ["Checkfront", "Smartwaiver", "Towergate Insurance"], not: ["Mailchimp", "Quartix", "RotaCloud"] },
  { ws: A, kind: 'list', q: "which suppliers have got kids' details", has: ["Checkfront", "Smartwaiver", "Estuary Cottages", "Towergate Insurance"], not: ["Mailchimp", "Quartix", "RotaCloud"] },
  { ws: A, kind: 'list', q: "what suppliers does tom look after", has: ["PowUnity BikeTrax", "Quartix"], not: ["Checkfront", "Stripe", "Mailchimp"] },
  { ws: A, kind: 'list', q: "how many suppliers keep data in the EU and which", has: ["Stripe", "PowUnity BikeTrax", "Microsoft 365"], not: ["Quartix", "Mailchimp", "Smartwaiver"] },
  { ws: A, kind: 'list', q: "which suppliers is kerensa the owner of", has: ["Checkfront", "Smartwaiver", "RotaCloud", "Squarespace"], not: ["Stripe", "Quartix", "Xero"] },
  { ws: A, kind: 'list', q: "who do we pass data to as recipients rather than processors", has: ["Towergate Insurance", "Devon and Cornwall Police"], not: ["Checkfront", "Estuary Cottages", "Mailchimp"] },
  { ws: A, kind: 'list', q: "which suppliers hold staff data, not counting microsoft 365", has: ["PowUnity BikeTrax", "Quartix", "Xero", "RotaCloud", "Towergate Insurance", "Kernow PC Care"], not: ["Microsoft 365", "Mailchimp", "Checkfront"] },

  // situation (18)
  { ws: A, kind: 'situation', q: "left the hire desk ipad on the bench outside and now its gone", has: ["so she can wipe it"] },
  { ws: A, kind: 'situation', q: "just sent a booking confirmation to the wrong family, should I email them and ask them to bin it?", has: ["put it right yourself"] },
  { ws: A, kind: 'situation', q: "a bloke rang asking where his wife is on her e-bike, can I look on the tracker for him", has: ["ring the hirer themselves"] },
  { ws: A, kind: 'situation', q: "customer has no bank card, can she leave her passport with us instead", has: ["only a driving licence is accepted"] },
  { ws: A, kind: 'situation', q: "can I snap a quick pic of someone's licence on my phone to save time at the desk", has: ["Never photocopy, scan or photograph"] },
  { ws: A, kind: 'situation', q: "lady on the phone wants to read me her card number for the deposit", has: ["never take one over the phone"] },
  { ws: A, kind: 'situation', q: "a mum asked us to put a pic of her kids on the guided ride on our instagram", has: ["signed the photo consent"] },
  { ws: A, kind: 'situation', q: "a little lad has wandered off from the family ride near the bridge and we can't see him", has: ["rings 999"] },
  { ws: A, kind: 'situation', q: "a kid said something while I was doing her helmet that really worried me about home", has: ["don't promise to keep it secret"] },
  { ws: A, kind: 'situation', q: "one of the delivery sheets flew out the van window on the way to Rock", has: ["Tell Kerensa straight away"] },
  { ws: A, kind: 'situation', q: "nobody in at the cottage, can I leave the bikes with the cleaner?", has: ["never with a neighbour or a cleaner"] },
  { ws: A, kind: 'situation', q: "ok to text the cottage guest from my own mobile about drop off time?", has: ["shop's WhatsApp on the van phone"] },
  { ws: A, kind: 'situation', q: "I'm taking the van home tonight after my shift, anything I need to do", has: ["private mode"] },
  { ws: A, kind: 'situation', q: "a customer wants everything we've got on him wiped, can I just delete his booking now", has: ["Don't promise to delete anything"] },
  { ws: A, kind: 'situation', q: "someone emailed saying stop sending me your emails", has: ["unsubscribed in Mailchimp that day"] },
  { ws: A, kind: 'situation', q: "queue's out the door, can I just log the new girl in on my checkfront account", has: ["never sign someone else in"] },
  { ws: A, kind: 'situation', q: "closing up and there's still a licence in an envelope in the safe", has: ["phones the customer the same evening"] },
  { ws: A, kind: 'situation', q: "theft alarm went off and I can see the bike's in a back garden in Padstow, shall I go fetch it", has: ["go and get it back yourself"] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: "who won the tour de france cycle race this year", has: ["Kerensa Hocking"], not: ["PowUnity BikeTrax", "Checkfront"] },
  { ws: A, kind: 'off-topic', q: "what's the weather meant to be like on the camel trail tomorrow", has: ["Kerensa Hocking"], not: ["Checkfront", "Quartix"] },
  { ws: A, kind: 'off-topic', q: "anywhere that does pasty delivery for lunch round here", has: ["Kerensa Hocking"], not: ["Quartix", "Estuary Cottages"] },
  { ws: A, kind: 'off-topic', q: "did argyle win last night, whats the score", has: ["Kerensa Hocking"], not: ["Quartix"] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: "is it ok to use strava to track the guided rides", has: ["Kerensa Hocking"], not: ["PowUnity BikeTrax", "Quartix"] },
  { ws: A, kind: 'new-tool', q: "can I set up calendly so people can book guided rides", has: ["Kerensa Hocking"], not: ["Checkfront"] },
  { ws: A, kind: 'new-tool', q: "can we put the summer staff rota in Deputy instead", has: ["Kerensa Hocking"], not: ["RotaCloud"] },
  { ws: A, kind: 'new-tool', q: "can I save the accident photos to my dropbox", has: ["Kerensa Hocking"], not: ["Microsoft 365", "Towergate Insurance"] },

  // ── Firm B: Brightwell & Co ─────────────────────────────────────────────────
  // field (24)
  { ws: B, kind: 'field', q: "where are clients ledgers stored in xero", has: ["Xero", "US"] },
  { ws: B, kind: 'field', q: "how long do we keep the tax software data", has: ["TaxCalc", "6 years"] },
  { ws: B, kind: 'field', q: "who's in charge of the client portal", has: ["IRIS OpenSpace", "Joanne Pickersgill"] },
  { ws: B, kind: 'field', q: "brightpay connect is in ireland isnt it, whats the transfer safeguard", has: ["BrightPay", "adequacy"] },
  { ws: B, kind: 'field', q: "what's the lawful basis for running the aml checks", has: ["SmartSearch", "Legal obligation"] },
  { ws: B, kind: 'field', q: "what sort of data does smart search keep on people", has: ["SmartSearch", "biometric"] },
  { ws: B, kind: 'field', q: "whose data goes to the workplace pension", has: ["NEST Pensions", "clients' employees"] },
  { ws: B, kind: 'field', q: "can karbon's support team get into our workspace", has: ["Karbon", "enables support access"] },
  { ws: B, kind: 'field', q: "is the dpa for the receipts app on file?", has: ["Dext Prepare", "awaited"] },
  { ws: B, kind: 'field', q: "once a client leaves how long does dext hang onto their receipts", has: ["Dext Prepare", "90 days"] },
  { ws: B, kind: 'field', q: "who else can get at the taxcalc data apart from us", has: ["TaxCalc", "Nidd Valley IT"] },
  { ws: B, kind: 'field', q: "where does the password manager keep our vaults", has: ["1Password", "EU"] },
  { ws: B, kind: 'field', q: "have the it people sent us a contract yet", has: ["Nidd Valley IT", "requested"] },
  { ws: B, kind: 'field', q: "how long are server backups kept by nidd valley", has: ["Nidd Valley IT", "90 days"] },
  { ws: B, kind: 'field', q: "is markel a processor of ours?", has: ["Markel Tax", "joint"] },
  { ws: B, kind: 'field', q: "how long does go cardless keep the direct debit records", has: ["GoCardless", "7 years"] },
  { ws: B, kind: 'field', q: "who looks after companies house", has: ["Companies House", "Imogen Thwaite"] },
  { ws: B, kind: 'field', q: "what certs has openspace got", has: ["IRIS OpenSpace", "Cyber Essentials Plus"] },
  { ws: B, kind: 'field', q: "has the karbon idta been signed yet", has: ["Karbon", "signature"] },
  { ws: B, kind: 'field', q: "can microsoft staff read the client files on sharepoint", has: ["Microsoft 365", "Customer Lockbox"] },
  { ws: B, kind: 'field', q: "do the shred bin people give us anything after they collect", has: ["Dales Secure Shredding", "destruction certificate"] },
  { ws: B, kind: 'field', q: "would the taxman tell us if they had a breach", has: ["HM Revenue & Customs", "does not promise"] },
  { ws: B, kind: 'field', q: "how long do uploads stay on the portal", has: ["IRIS OpenSpace", "12 months"] },
  { ws: B, kind: 'field', q: "who's the owner for the payroll software", has: ["BrightPay", "Carys Lloyd"] },

  // list (10)
  { ws: B, kind: 'list', q: "which suppliers keep data in the US", has: ["Xero", "Dext Prepare", "Karbon", "Microsoft 365"], not: ["TaxCalc", "SmartSearch", "1Password"] },
  { ws: B, kind: 'list', q: "which suppliers hold data only in the UK", has: ["TaxCalc", "IRIS OpenSpace", "SmartSearch", "HM Revenue & Customs", "Companies House", "NEST Pensions", "Markel Tax", "Nidd Valley IT"], not: ["BrightPay", "GoCardless", "Microsoft 365"] },
  { ws: B, kind: 'list', q: "who hasn't given us a gdpr statement", has: ["Dext Prepare", "Karbon", "Nidd Valley IT", "Dales Secure Shredding"], not: ["Xero", "TaxCalc", "SmartSearch"] },
  { ws: B, kind: 'list', q: "which suppliers hold special category data like health or biometrics", has: ["BrightPay", "SmartSearch"], not: ["Xero", "GoCardless", "Karbon"] },
  { ws: B, kind: 'list', q: "what suppliers is joanne the owner of", has: ["IRIS OpenSpace", "Karbon", "Microsoft 365", "GoCardless", "Nidd Valley IT"], not: ["Xero", "SmartSearch", "TaxCalc"] },
  { ws: B, kind: 'list', q: "how many of our suppliers store stuff in the EU", has: ["BrightPay", "Dext Prepare", "GoCardless", "1Password"], not: ["Karbon", "TaxCalc", "SmartSearch"] },
  { ws: B, kind: 'list', q: "list the recipients we send data to", has: ["HM Revenue & Customs", "Companies House", "NEST Pensions"], not: ["Markel Tax", "Xero", "Karbon"] },
  { ws: B, kind: 'list', q: "which suppliers have our payroll clients' employees' data, apart from brightpay", has: ["Xero", "IRIS OpenSpace", "Microsoft 365", "HM Revenue & Customs", "NEST Pensions", "Nidd Valley IT", "Dales Secure Shredding"], not: ["BrightPay", "TaxCalc", "GoCardless"] },
  { ws: B, kind: 'list', q: "where do we have copies of clients passports or driving licences", has: ["IRIS OpenSpace", "SmartSearch", "Microsoft 365"], not: ["Xero", "Dext Prepare", "GoCardless"] },
  { ws: B, kind: 'list', q: "which suppliers rely on the UK Addendum", has: ["Xero", "Dext Prepare", "Microsoft 365"], not: ["Karbon", "BrightPay", "1Password"] },

  // situation (18)
  { ws: B, kind: 'situation', q: "oh no I've just emailed one employer's payslips to a different employer, can I recall it", has: ["Don't quietly recall the email"] },
  { ws: B, kind: 'situation', q: "think I clicked a link in a dodgy email this morning", has: ["Tell Joanne straight away"] },
  { ws: B, kind: 'situation', q: "a client's husband rang asking how her return is going, he sounded nice", has: ["not their husband or wife"] },
  { ws: B, kind: 'situation', q: "a mortgage broker emailed asking for a client's last two sa302s", has: ["send them to the client"] },
  { ws: B, kind: 'situation', q: "new client wants me to have a quick look at last years return before we've done the id stuff", has: ["We do no work for a new client"] },
  { ws: B, kind: 'situation', q: "client's just emailed me a photo of his passport", has: ["save it to the client's AML folder"] },
  { ws: B, kind: 'situation', q: "client declares tiny takings but just turned up in a brand new range rover, should I ask him about it?", has: ["tipping off is a criminal offence"] },
  { ws: B, kind: 'situation', q: "client has given me his gateway login so I can check his tax account", has: ["say no thank you"] },
  { ws: B, kind: 'situation', q: "someone rang saying they're from HMRC and wanted a client's details", has: ["agent dedicated line"] },
  { ws: B, kind: 'situation', q: "got an email from an employer asking to change one of their staff's bank details before friday's run", has: ["employer's named payroll contact"] },
  { ws: B, kind: 'situation', q: "an employee of one of our payroll clients rang asking why his pay was short", has: ["last three characters of their NI number"] },
  { ws: B, kind: 'situation', q: "client brought his records in on a memory stick", has: ["Don't plug in a USB stick"] },
  { ws: B, kind: 'situation', q: "can I take the bag of receipts home over the weekend to get the accounts done", has: ["Don't take client paperwork home"] },
  { ws: B, kind: 'situation', q: "left my work laptop on the train to leeds", has: ["Nidd Valley IT helpdesk"] },
  { ws: B, kind: 'situation', q: "colleague's on holiday, can I just sign into the agent account as her to file this", has: ["never sign in as a colleague"] },
  { ws: B, kind: 'situation', q: "a client wants us to delete everything we hold on her", has: ["Don't promise to delete anything"] },
  { ws: B, kind: 'situation', q: "my work laptop's playing up, can I finish this return on my home pc", has: ["never a home computer"] },
  { ws: B, kind: 'situation', q: "post arrived for one of the companies we're registered office for, what do I do with it", has: ["scanned to the client's file the same day"] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: "should I move my own pension somewhere better", has: ["Joanne Pickersgill"], not: ["NEST Pensions"] },
  { ws: B, kind: 'off-topic', q: "any good lunch spots near the office that take card payments", has: ["Joanne Pickersgill"], not: ["GoCardless"] },
  { ws: B, kind: 'off-topic', q: "what's the best deal on home insurance at the moment", has: ["Joanne Pickersgill"], not: ["Markel Tax"] },
  { ws: B, kind: 'off-topic', q: "who won strictly last night, was too busy with vat returns to watch", has: ["Joanne Pickersgill"], not: ["Xero", "HM Revenue & Customs"] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: "can I send a client their draft accounts through wetransfer", has: ["Joanne Pickersgill"], not: ["IRIS OpenSpace"] },
  { ws: B, kind: 'new-tool', q: "is it ok to do a new client's books in quickbooks", has: ["Joanne Pickersgill"], not: ["Xero"] },
  { ws: B, kind: 'new-tool', q: "can I run the new client's id check through credas", has: ["Joanne Pickersgill"], not: ["SmartSearch"] },
  { ws: B, kind: 'new-tool', q: "can we keep client logins in lastpass", has: ["Joanne Pickersgill"], not: ["1Password"] },
];
