// Held-out round 84, written blind in the reference block's mix of kinds: two new firms (a wedding planning business, everafter-wedding-planning; a double glazing and doors installer, paneworks-glazing), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 110 / 120 (field 46/48, list 16/20, situation 35/36, off-topic 6/8, new tool 7/8), the same on the code at the session's start.
import type { ReferenceCase } from './types.ts';

const A = 'everafter-wedding-planning';
const B = 'paneworks-glazing';

export const ROUND84: ReferenceCase[] = [
  // ───────────── Firm A: Ever After Wedding Planning ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where is the crm data actually kept? dubsado i mean, which country', has: ['Dubsado', 'US'], not: ['Aisle Planner'] },
  { ws: A, kind: 'field', q: 'how long do we hang onto couples contracts and invoices in dubs', has: ['Dubsado', '6 years'] },
  { ws: A, kind: 'field', q: 'if dubsado support need to look at our account for a ticket can they just go in whenever?', has: ['Dubsado', 'Harriet'] },
  { ws: A, kind: 'field', q: "who's in charge of the planning app? got a question about a guest list", has: ['Aisle Planner', 'Sophie'], not: ['Rachel'] },
  { ws: A, kind: 'field', q: 'what gives us the right to keep guests allergies and wheelchair stuff in aisle planner', has: ['Aisle Planner', 'consent'] },
  { ws: A, kind: 'field', q: 'aisle planer is american isnt it, what do we have in place for sending data over there', has: ['Aisle Planner', 'IDTA'] },
  { ws: A, kind: 'field', q: 'did we ever get a dpa from all seated or are we still chasing', has: ['AllSeated', 'awaited'], not: ['on-file'] },
  { ws: A, kind: 'field', q: 'can i switch on two step login for the table plan app?', has: ['AllSeated'], not: ['enforced'] },
  { ws: A, kind: 'field', q: 'how long are the guest form answers kept in typeform before they go', has: ['Typeform', '3 months'] },
  { ws: A, kind: 'field', q: 'where does the dietary form store peoples responses', has: ['Typeform', 'EU'] },
  { ws: A, kind: 'field', q: 'what region is our gmail and shared drive stuff in', has: ['Google Workspace', 'EU'] },
  { ws: A, kind: 'field', q: 'apart from us, who else can get into the google drive? does the it guy have access', has: ['Google Workspace', 'Fenwick IT'] },
  { ws: A, kind: 'field', q: 'how many years do we keep the card payment records from stripe', has: ['Stripe', '7 years'] },
  { ws: A, kind: 'field', q: 'what exactly do we send to wise when we pay the italian venues for a couple', has: ['Wise Business', 'wedding date'], not: ['dietary'] },
  { ws: A, kind: 'field', q: 'is the euro account a processor of ours or something else', has: ['Wise Business', 'recipient'] },
  { ws: A, kind: 'field', q: 'xero - where is it hosted?', has: ['Xero', 'US', 'AU'] },
  { ws: A, kind: 'field', q: 'have hembury cole sent their gdpr terms yet', has: ['Hembury & Cole', 'requested'], not: ['on-file'] },
  { ws: A, kind: 'field', q: 'how does tom get onto our laptops when he fixes stuff remotely', has: ['Fenwick IT', 'TeamViewer'] },
  { ws: A, kind: 'field', q: 'are sposi just a processor for us or are they something else legally', has: ['Sposi sul Lago', 'joint'] },
  { ws: A, kind: 'field', q: 'how long does the como team keep the guest details after a wedding', has: ['Sposi sul Lago', '6 months'] },
  { ws: A, kind: 'field', q: 'kyma santorini gdpr statement, whats the status on that', has: ['Kyma Events Santorini', 'requested'] },
  { ws: A, kind: 'field', q: 'whatsapp, have we actually got their data processing terms saved somewhere??', has: ['WhatsApp Business', 'missing'] },
  { ws: A, kind: 'field', q: 'our website host, is that in america', has: ['Squarespace', 'US'] },
  { ws: A, kind: 'field', q: 'can anyone at 1pass actually see whats in our vaults, like the door codes', has: ['1Password'], not: ['Dubsado'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our suppliers keep data in the US?', has: ['Dubsado', 'Aisle Planner', 'AllSeated', 'Typeform', 'Google Workspace', 'Stripe', 'Wise Business', 'Xero', 'WhatsApp Business', 'Squarespace', '1Password'], not: ['Blue Lantern Travel', 'Fenwick IT'] },
  { ws: A, kind: 'list', q: 'who actually holds the couples card details', has: ['Stripe'], not: ['Squarespace', 'Xero'] },
  { ws: A, kind: 'list', q: 'which gdpr statements / dpas are we still missing or waiting on', has: ['AllSeated', 'Hembury & Cole', 'Fenwick IT', 'Kyma Events Santorini', 'WhatsApp Business'], not: ['Stripe', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'how many suppliers does sophie look after and which', has: ['Aisle Planner', 'AllSeated', 'Typeform', 'Sposi sul Lago', 'Kyma Events Santorini'], not: ['Stripe', 'Xero'] },
  { ws: A, kind: 'list', q: 'which apps or partners end up with guests allergy and dietary info', has: ['Aisle Planner', 'AllSeated', 'Typeform', 'Sposi sul Lago', 'Kyma Events Santorini'], not: ['Stripe', 'Xero'] },
  { ws: A, kind: 'list', q: 'who do we give couples passport details to', has: ['Sposi sul Lago', 'Kyma Events Santorini'], not: ['Stripe', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'which suppliers only keep stuff in the uk', has: ['Hembury & Cole', 'Fenwick IT', 'Blue Lantern Travel'], not: ['Dubsado', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'list everything rachel is the owner for pls', has: ['Stripe', 'Wise Business', 'Xero', 'Hembury & Cole', 'Blue Lantern Travel'], not: ['Aisle Planner', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'are there any of our systems where you cant even turn on 2fa', has: ['AllSeated'], not: ['Stripe'] },
  { ws: A, kind: 'list', q: 'which ones on the register are recipients rather than processors', has: ['Wise Business', 'Hembury & Cole', 'Kyma Events Santorini', 'Blue Lantern Travel'], not: ['Dubsado', 'Typeform'] },

  // situation (18)
  { ws: A, kind: 'situation', q: "the bride's mum just whatsapped me that uncle pete has a bad nut allergy, shall i just pop it on his guest record in the app?", has: ['guest-dietary-access'] },
  { ws: A, kind: 'situation', q: 'caterer is asking for one big spreadsheet with every guest, their allergies AND who needs step free access, is that ok to send', has: ['guest-dietary-access'] },
  { ws: A, kind: 'situation', q: 'end of the night and theres a pile of allergy cards left in the kitchen at the barn, what do i do with them', has: ['guest-dietary-access'] },
  { ws: A, kind: 'situation', q: 'i think i left my work phone at the venue in bibury last night and nobody has handed it in', has: ['breaches-and-lost-devices', 'Harriet'] },
  { ws: A, kind: 'situation', q: 'oh no i just emailed the guest list for one wedding to a totally different couple', has: ['breaches-and-lost-devices'] },
  { ws: A, kind: 'situation', q: "someone smashed my hire car window in como and took my bag with the work laptop in it, harriet's at a wedding", has: ['breaches-and-lost-devices'] },
  { ws: A, kind: 'situation', q: "my phone died on the day and the other coordinator said i can just log in as her on aisle planner, thats fine right", has: ['venue-codes-and-keys'] },
  { ws: A, kind: 'situation', q: 'can i write the key safe code at the top of the run sheet so the florist can let herself in at 7', has: ['venue-codes-and-keys'] },
  { ws: A, kind: 'situation', q: 'venue manager gave me the marquee padlock keys, can i just leave them with the dj for the pack down', has: ['venue-codes-and-keys'] },
  { ws: A, kind: 'situation', q: 'got some gorgeous snaps of the little flower girl on my own phone, can they go on our instagram', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: "a guest emailed saying she's in one of the real weddings blog pics and wants it taken off", has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: 'the couple said on the day it was fine to use their photos on the website, just verbally tho. ok to post?', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: 'a couple we did in 2022 have emailed asking us to delete absolutely everything we have on them', has: ['requests-about-people'] },
  { ws: A, kind: 'situation', q: "a guest rang the office asking what hotel room her cousin is in and where he's sitting at the reception", has: ['requests-about-people'] },
  { ws: A, kind: 'situation', q: "some bloke phoned asking if his ex is on the guest list for saturday, sounded a bit off. what do i say", has: ['requests-about-people'] },
  { ws: A, kind: 'situation', q: 'the registry office people on lake como need the couples passport copies asap, can i just whatsapp them the scans', has: ['supplier-contracts-and-abroad'] },
  { ws: A, kind: 'situation', q: "got an email from the santorini boat company saying their bank details changed and to pay the deposit to the new account", has: ['supplier-contracts-and-abroad'] },
  { ws: A, kind: 'situation', q: "i'm coordinating the wedding and the couple are too busy, can i sign the band's contract for them", has: ['supplier-contracts-and-abroad'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'whats the wifi password at the studio', has: ['Harriet Lyle'] },
  { ws: A, kind: 'off-topic', q: 'can u recommend a decent florist near cirencester for a june wedding', has: ['Harriet Lyle'] },
  { ws: A, kind: 'off-topic', q: 'how many days holiday do i get a year', has: ['Harriet Lyle'] },
  { ws: A, kind: 'off-topic', q: 'what time does the post office on the high st shut on saturdays', has: ['Harriet Lyle'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'the couple want their rsvps done on withjoy, can i set it up and load their guest list in for them', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'can i use chatgpt to write the on the day timeline if i paste in the guest list and dietary notes', has: ['new-tools', 'Harriet'] },
  { ws: A, kind: 'new-tool', q: 'is trello ok for tracking the suppliers for the como wedding? its free', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'thinking of doing the table plans in canva instead, it looks way nicer, any reason not to', has: ['new-tools'] },

  // ───────────── Firm B: Paneworks Glazing ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where is pipedrive hosted, is it over in the states?', has: ['Pipedrive', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: "how long do we keep leads in the pipeline if they never buy", has: ['Pipedrive', '2 years'] },
  { ws: B, kind: 'field', q: 'mailchimp is american isnt it, whats covering us for that', has: ['Mailchimp', 'Data Privacy Framework'] },
  { ws: B, kind: 'field', q: 'how long does commusoft hang on to old job sheets', has: ['Commusoft', '10 years'] },
  { ws: B, kind: 'field', q: "who's responsible for the job system", has: ['Commusoft', 'Nicola'], not: ['Darren'] },
  { ws: B, kind: 'field', q: 'is welland just a supplier to us or are they a controller too', has: ['Welland Window Systems', 'joint'] },
  { ws: B, kind: 'field', q: 'what do we actually send fensa after a fit', has: ['FENSA', 'installation address'] },
  { ws: B, kind: 'field', q: 'whats our lawful basis for sending customers details to fensa, they never agreed to it', has: ['FENSA', 'legal obligation'] },
  { ws: B, kind: 'field', q: 'did qanw ever send over their data sharing terms', has: ['QANW', 'requested'], not: ['on-file'] },
  { ws: B, kind: 'field', q: 'how long does the insurance backed guarantee lot keep customer info', has: ['QANW', '10 years'] },
  { ws: B, kind: 'field', q: 'how long does the finance company keep a customers agreement after its paid off', has: ['Novuna Consumer Finance', '6 years'] },
  { ws: B, kind: 'field', q: 'what do we hand over to hitachi when someone wants to pay monthly', has: ['Novuna Consumer Finance', 'application'] },
  { ws: B, kind: 'field', q: 'office365 - where are our emails physically stored', has: ['Microsoft 365', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'can microsoft engineers just read our emails if they want', has: ['Microsoft 365', 'Lockbox'] },
  { ws: B, kind: 'field', q: 'where does xero keep the accounts data', has: ['Xero', 'US', 'AU'] },
  { ws: B, kind: 'field', q: 'who in the office looks after the accounts package', has: ['Xero', 'Sue'] },
  { ws: B, kind: 'field', q: 'what do harland bray get from us each month', has: ['Harland Bray & Co', 'payroll'] },
  { ws: B, kind: 'field', q: 'how does mark from it get onto my pc, can he just dial in whenever', has: ['Nene Valley IT', 'one-time code'] },
  { ws: B, kind: 'field', q: 'where do trustpilot keep the review invite data', has: ['Trustpilot', 'EU'] },
  { ws: B, kind: 'field', q: 'how long do quote form entries stay on the website', has: ['Paneworks website (WordPress on Krystal)', '90 days'] },
  { ws: B, kind: 'field', q: 'van trackers - how far back do the journeys go', has: ['Quartix', '12 months'] },
  { ws: B, kind: 'field', q: 'have we got a gdpr statement from quartix yet', has: ['Quartix', 'awaited'] },
  { ws: B, kind: 'field', q: 'how long does the card machine company keep our transactions', has: ['Dojo', '5 years'] },
  { ws: B, kind: 'field', q: 'ultion key registration, do we have any data terms with them', has: ['Brisant Secure (Ultion locks)', 'missing'], not: ['on-file'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which suppliers store data outside the uk', has: ['Pipedrive', 'Microsoft 365', 'Xero', 'Trustpilot', 'Dojo', 'Mailchimp'], not: ['Commusoft', 'FENSA'] },
  { ws: B, kind: 'list', q: 'anything of ours stored in the US?', has: ['Xero', 'Mailchimp'], not: ['Pipedrive', 'Commusoft'] },
  { ws: B, kind: 'list', q: 'who holds customers card details', has: ['Dojo'], not: ['Mailchimp', 'Trustpilot'] },
  { ws: B, kind: 'list', q: 'which suppliers are we still missing a gdpr statement or dpa from', has: ['QANW', 'Nene Valley IT', 'Quartix', 'Brisant Secure (Ultion locks)'], not: ['Dojo', 'Pipedrive'] },
  { ws: B, kind: 'list', q: 'what suppliers is nicola the owner of', has: ['Commusoft', 'FENSA', 'QANW', 'Mailchimp'], not: ['Dojo', 'Quartix'] },
  { ws: B, kind: 'list', q: 'which ones on the register are recipients and not processors', has: ['FENSA', 'QANW', 'Novuna Consumer Finance', 'Harland Bray & Co', 'Brisant Secure (Ultion locks)'], not: ['Pipedrive', 'Dojo'] },
  { ws: B, kind: 'list', q: 'how many of our suppliers keep everything in the uk only? which ones', has: ['Commusoft', 'FENSA', 'Quartix', 'Welland Window Systems'], not: ['Mailchimp', 'Xero'] },
  { ws: B, kind: 'list', q: 'who do we pass customer details to for their guarantees', has: ['QANW', 'Welland Window Systems'], not: ['Mailchimp', 'Trustpilot'] },
  { ws: B, kind: 'list', q: "which of our systems don't have two factor or we don't know if they do", has: ['Brisant Secure (Ultion locks)', 'Welland Window Systems'], not: ['Microsoft 365'] },
  { ws: B, kind: 'list', q: 'where do we hold staff info, which suppliers have employee data', has: ['Microsoft 365', 'Harland Bray & Co', 'Quartix'], not: ['Mailchimp', 'Trustpilot'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'a survey sheet blew off the van roof somewhere on the a14 this morning, it had the customers address and measurements on', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'think we posted a fensa certificate to the wrong house number, the neighbour just rang', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: "i emailed someone's finance decision to a completely different customer by mistake, can i just ask them to delete it and leave it at that", has: ['breach-reporting', 'Nicola'] },
  { ws: B, kind: 'situation', q: "left my work ipad at a customers house in corby and they're not picking up", has: ['devices-and-apps'] },
  { ws: B, kind: 'situation', q: 'is it ok if i keep the survey photos on my own phone camera roll, its just quicker than the ipad', has: ['devices-and-apps'] },
  { ws: B, kind: 'situation', q: "homeowner wasn't in when we finished the new back door, can i leave the keys with next door or under the mat", has: ['keys-and-locks'] },
  { ws: B, kind: 'situation', q: 'can i take a pic of the ultion key card and whatsapp it to the office so they have it on file', has: ['keys-and-locks'] },
  { ws: B, kind: 'situation', q: 'old dear gave us her alarm code so we can get in while shes at her daughters, where am i supposed to put that', has: ['keys-and-locks'] },
  { ws: B, kind: 'situation', q: "customer's husband wants to do the finance application for his wife, she's at work but he knows all her details", has: ['finance-applications'] },
  { ws: B, kind: 'situation', q: 'can i just snap a photo of their payslips on my phone to help fill in the finance later', has: ['finance-applications'] },
  { ws: B, kind: 'situation', q: 'lady got declined for the loan and her son and his mate were sat right there in the lounge, what am i meant to say', has: ['finance-applications'] },
  { ws: B, kind: 'situation', q: 'a customer rang wanting a copy of everything we hold on her, what do i do', has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: "someone who bought a house we did in 2019 wants all the old paperwork and the previous owner's contract", has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: 'bloke on the phone shouting delete all my details and stop ringing me, we fitted his conservatory 3 yrs ago', has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: 'got a cracking before and after of a bay window on maple road, car on the drive and everything, can it go on facebook', has: ['photos-and-reviews'] },
  { ws: B, kind: 'situation', q: 'someone left a one star review on trustpilot slagging off piotr, how should i reply', has: ['photos-and-reviews'] },
  { ws: B, kind: 'situation', q: "got a stack of paper survey sheets in the car from last month, can i just chuck them in the skip at the unit", has: ['paper-and-retention'] },
  { ws: B, kind: 'situation', q: "clearing out the filing cabinet, there's contracts from 2013, can they go", has: ['paper-and-retention'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: "what's a fair price for a composite door with a side panel these days", has: ['Nicola Brannigan'] },
  { ws: B, kind: 'off-topic', q: 'when is the xmas do this year', has: ['Nicola Brannigan'] },
  { ws: B, kind: 'off-topic', q: 'any idea if the a43 is shut today, got a fit in brackley', has: ['Nicola Brannigan'] },
  { ws: B, kind: 'off-topic', q: 'hows the best way to get silicone off my work trousers lol', has: ['Nicola Brannigan'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'theres a quoting app called quotemaster that does the drawings for you, can i put it on my ipad and use it on surveys', has: ['devices-and-apps'] },
  { ws: B, kind: 'new-tool', q: 'can we set up a whatsapp group for the fitting teams and drop the customers addresses in each morning', has: ['devices-and-apps'] },
  { ws: B, kind: 'new-tool', q: 'my mate uses calendly to book his appointments, could we use that for survey bookings', has: ['devices-and-apps', 'Nicola'] },
  { ws: B, kind: 'new-tool', q: 'want to try a free design tool so customers can see the door colours on a photo of their house, ok to sign up?', has: ['devices-and-apps'] },
];
