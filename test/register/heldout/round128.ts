// Round 128, written blind in the reference block's mix of kinds in the seventy-third round: two new firms (an independent provider running NHS school-age immunisation sessions across Norfolk and Suffolk, with online and paper consent forms, catch-up clinics, a vaccine cold chain and reports to GP records and the child health system, jabwise-school-immunisations; a small firm of professional Court of Protection deputies in Bristol managing the money and property of people who lack capacity, with client bank accounts, care fees, visits and annual reports to the Office of the Public Guardian, trustkeep-deputyships), each written by a helper from the configuration reference and two examples, the questions by another who read only the README, the case format and the two firms' files. Frozen (every `has` and `not` fact checked against the files by a script before any answer was seen), held out: scored as counts only, never read.
import type { ReferenceCase } from './types.ts';

const WSA = 'jabwise-school-immunisations';
const WSB = 'trustkeep-deputyships';

export const ROUND128: ReferenceCase[] = [
  // ───────────── Jabwise School Immunisations ─────────────

  // field (24)
  { ws: WSA, kind: 'field', q: "where is the logtag fridge data actually stored?", has: ["LogTag Online", "US"] },
  { ws: WSA, kind: 'field', q: "how long does lantren keep the online consent forms for", has: ["Lantern e-Consent", "2 years"] },
  { ws: WSA, kind: 'field', q: "is two step sign in switched on for brightpay connect or just optional?", has: ["BrightPay", "available"] },
  { ws: WSA, kind: 'field', q: "what certifications has systm one got? commissioner is asking", has: ["TPP SystmOne", "ISO 27001", "Cyber Essentials Plus"] },
  { ws: WSA, kind: 'field', q: "how long are call recordings on the consent helpline kept", has: ["RingCentral", "90 days"] },
  { ws: WSA, kind: 'field', q: "Xero holds stuff outside the UK doesn't it - what safeguard covers that transfer?", has: ["Xero", "IDTA"] },
  { ws: WSA, kind: 'field', q: "who looks after the confidential waste contract", has: ["Restore Datashred", "Jodie Pegg"] },
  { ws: WSA, kind: 'field', q: "what data do we actually send to child health (CHIS)?", has: ["East of England Child Health Information Service", "NHS number"] },
  { ws: WSA, kind: 'field', q: "if TPP has a breach how quickly do they have to tell us", has: ["TPP SystmOne", "24 hours"] },
  { ws: WSA, kind: 'field', q: "where are the sms reminder texts stored?", has: ["Esendex", "UK", "EU"] },
  { ws: WSA, kind: 'field', q: "how long does yare keep our backups", has: ["Yare Valley IT", "30 days"] },
  { ws: WSA, kind: 'field', q: "how many years do we keep payroll records in brightpay", has: ["BrightPay", "6 years"] },
  { ws: WSA, kind: 'field', q: "who's the owner for esendx in the register?", has: ["Esendex", "Lewis Garrod"] },
  { ws: WSA, kind: 'field', q: "have we got a DPA from logtag yet", has: ["LogTag Online", "awaited"] },
  { ws: WSA, kind: 'field', q: "ring central keeps some data in the states, what's the legal safeguard for that?", has: ["RingCentral", "UK Addendum"] },
  { ws: WSA, kind: 'field', q: "can TPP support staff just look at our kids' records whenever?", has: ["TPP SystmOne", "raise a ticket"] },
  { ws: WSA, kind: 'field', q: "what do we use xero for again", has: ["Xero", "bookkeeping"] },
  { ws: WSA, kind: 'field', q: "what certifications does restore data shred hold", has: ["Restore Datashred", "BS EN 15713"] },
  { ws: WSA, kind: 'field', q: "whats the uptime like on the consent portal, schools complain it goes down", has: ["Lantern e-Consent", "99.9%"] },
  { ws: WSA, kind: 'field', q: "Which country is the payroll software hosted in?", has: ["BrightPay", "EU"] },
  { ws: WSA, kind: 'field', q: "who is in charge of the nhs.net accounts", has: ["NHSmail", "Sanjay Mehta"] },
  { ws: WSA, kind: 'field', q: "status of the GDPR statement for the IT people?", has: ["Yare Valley IT", "requested"] },
  { ws: WSA, kind: 'field', q: "what info goes over to the gp surgeries after a jab", has: ["Children's GP practices", "batch number"] },
  { ws: WSA, kind: 'field', q: "how long are esendex text logs kept", has: ["Esendex", "1 year"] },

  // list (10)
  { ws: WSA, kind: 'list', q: "which of our suppliers keep data in the US?", has: ["LogTag Online", "RingCentral", "Xero"] },
  { ws: WSA, kind: 'list', q: "list every supplier that stores anything in the EU", has: ["Esendex", "BrightPay"] },
  { ws: WSA, kind: 'list', q: "what does sanjay look after in the register", has: ["TPP SystmOne", "Children's GP practices", "Schools in Norfolk and Suffolk", "NHSmail", "Microsoft 365", "RingCentral", "Yare Valley IT"] },
  { ws: WSA, kind: 'list', q: "which systems does Lewis use?", has: ["Lantern e-Consent", "Microsoft 365", "Esendex", "RingCentral"] },
  { ws: WSA, kind: 'list', q: "which suppliers is jodie responsible for", has: ["Lantern e-Consent", "East of England Child Health Information Service", "Restore Datashred"] },
  { ws: WSA, kind: 'list', q: "which suppliers are ISO 27001 certified?", has: ["TPP SystmOne", "Lantern e-Consent", "NHSmail", "Microsoft 365", "Esendex", "RingCentral", "Xero", "BrightPay", "Restore Datashred"] },
  { ws: WSA, kind: 'list', q: "who's got cyber essentials plus out of our suppliers", has: ["TPP SystmOne", "Lantern e-Consent", "Yare Valley IT"] },
  { ws: WSA, kind: 'list', q: "what accounts does helen have", has: ["Xero", "BrightPay", "Microsoft 365"] },
  { ws: WSA, kind: 'list', q: "which suppliers have promised to tell us if they have a breach", has: ["TPP SystmOne", "Lantern e-Consent", "Microsoft 365"] },
  { ws: WSA, kind: 'list', q: "which suppliers keep data for 6 years", has: ["Xero", "BrightPay"] },

  // situation (18)
  { ws: WSA, kind: 'situation', q: "yr 9 girl at the hpv session, mum consented online but dad rang the school this morning saying no. what do i do??", has: ["consent-on-the-day", "one parent consents and another refuses"] },
  { ws: WSA, kind: 'situation', q: "head of year says she'll sign the consent herself for a lad whose form never came back, can we go ahead", has: ["consent-on-the-day", "A teacher or the school office can never give consent"] },
  { ws: WSA, kind: 'situation', q: "last school in thetford finishes at 4, ok to leave the doc bag in the boot overnight and drop it at the office tmrw morning?", has: ["paper-forms-and-lists", "any session list in a car overnight"] },
  { ws: WSA, kind: 'situation', q: "just keyed a big pile of paper consents into lantern, can they go in the blue recycling bin now", has: ["paper-forms-and-lists", "go in the locked shredding console, never the recycling"] },
  { ws: WSA, kind: 'situation', q: "teacher collared me at break asking if jayden had his booster or refused it, can i tell her?", has: ["schools-and-parents", "Never tell a teacher whether a child was vaccinated"] },
  { ws: WSA, kind: 'situation', q: "dad on the phone wants to know if his daughter had her menacwy. parents are separated, mum signed the form and theres no note on s1", has: ["schools-and-parents", "ask Sanjay before telling the other parent anything"] },
  { ws: WSA, kind: 'situation', q: "a pupil told me while i was doing her jab that her stepdad hits her. she begged me not to say anything", has: ["schools-and-parents", "tell the school's designated safeguarding lead"] },
  { ws: WSA, kind: 'situation', q: "forgot my smartcard at home, bethany says i can use hers for todays session is that ok", has: ["devices-and-smartcards", "Your NHS smartcard is yours alone"] },
  { ws: WSA, kind: 'situation', q: "parent asked me to whatsapp her when her son's done so she knows he's ok, fine to do from my phone?", has: ["devices-and-smartcards", "never use WhatsApp or personal email"] },
  { ws: WSA, kind: 'situation', q: "nipped to the loo between kids and left my card in the reader, is that actually a big deal", has: ["devices-and-smartcards", "never leave it in a reader when you step away"] },
  { ws: WSA, kind: 'situation', q: "oh no i emailed the consent reminder for one kid to completely the wrong parent. should i email them and ask them to delete it?", has: ["breach-reporting", "Do not try to fix it yourself"] },
  { ws: WSA, kind: 'situation', q: "twins in the same class and i think i recorded the td/ipv against the wrong one in systmone yesterday", has: ["breach-reporting", "Wrong-child or wrong-vaccine errors are also clinical incidents"] },
  { ws: WSA, kind: 'situation', q: "its saturday night and i think my nhs mail has been hacked, weird emails going out. wait til monday?", has: ["breach-reporting", "by phone if it is out of hours"] },
  { ws: WSA, kind: 'situation', q: "fridge alarm went off overnight, max says 11 degrees. shall i just bin the flu stock and order more", has: ["cold-chain", "do not use or throw away any vaccine"] },
  { ws: WSA, kind: 'situation', q: "school's offered us their staffroom fridge for the fluenz over lunch as our cool box is rammed, ok?", has: ["cold-chain", "Never put vaccines in a domestic or school fridge"] },
  { ws: WSA, kind: 'situation', q: "found a box of paper consent forms from a session 6 weeks ago in the ipswich office, all keyed in already. does it matter?", has: ["records-retention", "never later than 4 weeks after the session"] },
  { ws: WSA, kind: 'situation', q: "a 14 year old emailed asking for a copy of her vaccination record. does her mum have to request it instead?", has: ["requests-for-records", "A young person aged 12 or over"] },
  { ws: WSA, kind: 'situation', q: "police officer rang the office asking if we'd seen a particular child at a school session last week, can i just tell him", has: ["requests-for-records", "never answered on the phone"] },

  // off-topic (4)
  { ws: WSA, kind: 'off-topic', q: "does anyone know if the canteen at county hall does jacket potatoes on fridays", has: [], not: ["Schools in Norfolk and Suffolk", "Microsoft 365"] },
  { ws: WSA, kind: 'off-topic', q: "norwich city going down this season or what", has: [], not: ["TPP SystmOne", "Microsoft 365"] },
  { ws: WSA, kind: 'off-topic', q: "is it meant to snow in ipswich tomorrow? long drive out to the school", has: [], not: ["Schools in Norfolk and Suffolk", "RingCentral"] },
  { ws: WSA, kind: 'off-topic', q: "when's the christmas do this year and is it the bowling again", has: [], not: ["Xero", "BrightPay"] },

  // new-tool (4)
  { ws: WSA, kind: 'new-tool', q: "is it ok to let parents book catch-up clinic slots through calendly?", has: ["Sanjay Mehta"] },
  { ws: WSA, kind: 'new-tool', q: "can i put the term's session timetable in google sheets and share it with the school offices", has: ["Sanjay Mehta"] },
  { ws: WSA, kind: 'new-tool', q: "team leaders want to track session prep on asana, allowed?", has: ["Sanjay Mehta"] },
  { ws: WSA, kind: 'new-tool', q: "thinking of sending parents a surveymonkey feedback form after the clinics - any issue with that?", has: ["Sanjay Mehta"] },

  // ───────────── TrustKeep Deputyships ─────────────

  // field (24)
  { ws: WSB, kind: 'field', q: "where does the backblaze backup actually live?", has: ["Backblaze B2", "EU"] },
  { ws: WSB, kind: 'field', q: "how long are backups kept in back blaze", has: ["Backblaze B2", "90 days"] },
  { ws: WSB, kind: 'field', q: "how long do we keep vonage call recordings", has: ["Vonage Business", "1 year"] },
  { ws: WSB, kind: 'field', q: "the phone system has US support staff - what transfer safeguard covers that?", has: ["Vonage Business", "UK Addendum"] },
  { ws: WSB, kind: 'field', q: "is 2fa turned on for redcliffe's client portal or is it just an option", has: ["Redcliffe Wealth Management", "available"] },
  { ws: WSB, kind: 'field', q: "have we had the data protection terms back from the investment people yet?", has: ["Redcliffe Wealth Management", "awaited"] },
  { ws: WSB, kind: 'field', q: "gdpr statement for harbour side - where are we with it", has: ["Harbourside IT", "requested"] },
  { ws: WSB, kind: 'field', q: "who owns the relationship with the bond people", has: ["Howden Deputyship Bonds", "Grace Lindqvist"] },
  { ws: WSB, kind: 'field', q: "how long does casefile keep a client's file after we stop acting", has: ["Casefile Deputy", "7 years"] },
  { ws: WSB, kind: 'field', q: "what certifications has the case management system got?", has: ["Casefile Deputy", "ISO 27001", "Cyber Essentials Plus"] },
  { ws: WSB, kind: 'field', q: "if casefile got breached how soon would they tell us", has: ["Casefile Deputy", "24 hours"] },
  { ws: WSB, kind: 'field', q: "what do we send howden for the bond renewal", has: ["Howden Deputyship Bonds", "estate value"] },
  { ws: WSB, kind: 'field', q: "where's free agent hosted?", has: ["FreeAgent", "EU"] },
  { ws: WSB, kind: 'field', q: "retention period for our bookkeeping records in freeagent?", has: ["FreeAgent", "6 years"] },
  { ws: WSB, kind: 'field', q: "who looks after staffolgy", has: ["Staffology Payroll", "Kieran Doyle"] },
  { ws: WSB, kind: 'field', q: "how long do egress messages hang around for", has: ["Egress", "12 months"] },
  { ws: WSB, kind: 'field', q: "what security certs does egress have", has: ["Egress", "Cyber Essentials Plus"] },
  { ws: WSB, kind: 'field', q: "on what lawful basis do we give natwest the court order and client details", has: ["NatWest Bankline", "Legal obligation"] },
  { ws: WSB, kind: 'field', q: "is two factor enforced on bankline?", has: ["NatWest Bankline", "enforced"] },
  { ws: WSB, kind: 'field', q: "who's the owner for dwp in the register", has: ["Department for Work and Pensions", "Sian Howells"] },
  { ws: WSB, kind: 'field', q: "what sort of stuff does shredit take away", has: ["Shred-it", "visit notes"] },
  { ws: WSB, kind: 'field', q: "Which certification does Backblaze have?", has: ["Backblaze B2", "SOC 2 Type 2"] },
  { ws: WSB, kind: 'field', q: "can microsoft engineers get into our mailboxes?", has: ["Microsoft 365", "Customer Lockbox"] },
  { ws: WSB, kind: 'field', q: "what data do we hand the OPG each year", has: ["Office of the Public Guardian", "deputy report"] },

  // list (10)
  { ws: WSB, kind: 'list', q: "which suppliers keep data outside the UK?", has: ["Vonage Business", "FreeAgent", "Backblaze B2"] },
  { ws: WSB, kind: 'list', q: "which suppliers store data in the EU", has: ["FreeAgent", "Backblaze B2"] },
  { ws: WSB, kind: 'list', q: "what does daniel look after", has: ["Casefile Deputy", "Microsoft 365", "Egress", "Vonage Business", "Harbourside IT", "Backblaze B2", "Shred-it"] },
  { ws: WSB, kind: 'list', q: "which suppliers is Grace the owner of?", has: ["NatWest Bankline", "Howden Deputyship Bonds", "Redcliffe Wealth Management"] },
  { ws: WSB, kind: 'list', q: "which systems does kieran use", has: ["Casefile Deputy", "NatWest Bankline", "FreeAgent", "Staffology Payroll", "Microsoft 365"] },
  { ws: WSB, kind: 'list', q: "what does mel have logins for?", has: ["Casefile Deputy", "Microsoft 365", "Vonage Business"] },
  { ws: WSB, kind: 'list', q: "which of our suppliers have cyber essentials plus", has: ["Casefile Deputy", "Egress", "Harbourside IT"] },
  { ws: WSB, kind: 'list', q: "which suppliers keep data for 6 years?", has: ["Howden Deputyship Bonds", "Redcliffe Wealth Management", "FreeAgent", "Staffology Payroll"] },
  { ws: WSB, kind: 'list', q: "who uses howden", has: ["Sian Howells", "Grace Lindqvist"] },
  { ws: WSB, kind: 'list', q: "which suppliers' data can harbourside IT get at?", has: ["Casefile Deputy", "Microsoft 365", "Backblaze B2"] },

  // situation (18)
  { ws: WSB, kind: 'situation', q: "mrs h's son just rang, says he's next of kin and wants to know how much is in his mum's account. he sounded genuine", has: ["family-requests", "gives nobody a right to see bank balances"] },
  { ws: WSB, kind: 'situation', q: "someone phoned asking if we act for a mr patel, wouldnt say who they were. can i just confirm yes", has: ["family-requests", "even whether someone is our client on the phone"] },
  { ws: WSB, kind: 'situation', q: "care home emailed to say theyve changed banks, new sort code attached for the fees from next month", has: ["client-money", "get Grace's approval before changing anything"] },
  { ws: WSB, kind: 'situation', q: "P's daughter wants £3k out of her dad's deputyship account as a wedding present from him. can i just pay it?", has: ["client-money", "need Joanna's approval and may need the court's"] },
  { ws: WSB, kind: 'situation', q: "on a care home visit and found about £400 cash in an envelope in her drawer plus a stack of unopened letters", has: ["client-visits", "list them with a carer as witness"] },
  { ws: WSB, kind: 'situation', q: "carer wants me to take pics of the damp in his flat on my own phone for the landlord. ok?", has: ["client-visits", "Never photograph a client, their home or their documents"] },
  { ws: WSB, kind: 'situation', q: "posted the annual statement to the wrong daughter. should i ring her and ask her to send it back?", has: ["breach-reporting", "Do not try to recall or fix it yourself"] },
  { ws: WSB, kind: 'situation', q: "not sure this even counts but i cc'd a client's sister on an email meant for the solicitor", has: ["breach-reporting", "even if you are unsure it counts"] },
  { ws: WSB, kind: 'situation', q: "can i forward the neuro report to my gmail so i can print it at home tonight", has: ["devices-and-email", "Never forward client emails to a personal address"] },
  { ws: WSB, kind: 'situation', q: "solicitor wants the capacity assessment asap, fine to just attach it to a normal outlook email?", has: ["devices-and-email", "never as a plain attachment"] },
  { ws: WSB, kind: 'situation', q: "mr jenkins's original will has turned up in his redirected post. where does it go?", has: ["post-and-paper", "go in the fire safe and are logged"] },
  { ws: WSB, kind: 'situation', q: "massive post pile today, can i take the rest home and open it tonight", has: ["post-and-paper", "Never take clients' post home"] },
  { ws: WSB, kind: 'situation', q: "client passed away last year and the opg accepted the final account in march. can we delete the file from casefile now?", has: ["records-retention", "kept for 7 years after the final account is accepted"] },
  { ws: WSB, kind: 'situation', q: "archiving a closed deputyship and there's the original deeds in the file, shall i shred them", has: ["records-retention", "Original documents are returned to the client"] },
  { ws: WSB, kind: 'situation', q: "social worker on the phone wants P's bank statements for a safeguarding meeting tomorrow", has: ["requests-and-disclosures", "answered in writing only, never on the phone"] },
  { ws: WSB, kind: 'situation', q: "one of my clients has emailed asking for a copy of everything we hold about him, how long have we got", has: ["requests-and-disclosures", "We reply within one calendar month, free of charge"] },
  { ws: WSB, kind: 'situation', q: "not going to get mrs k's deputy report in on time, still missing 3 months of bank statements", has: ["opg-reporting", "straight away if a report will be late"] },
  { ws: WSB, kind: 'situation', q: "opg have just emailed wanting to arrange a supervision visit for one of my clients - who needs to know", has: ["opg-reporting", "if the OPG asks for a supervision visit"] },

  // off-topic (4)
  { ws: WSB, kind: 'off-topic', q: "anyone doing a coffee run? flat white please", has: [], not: ["Casefile Deputy", "Microsoft 365"] },
  { ws: WSB, kind: 'off-topic', q: "did bristol city win last night", has: [], not: ["Vonage Business", "Shred-it"] },
  { ws: WSB, kind: 'off-topic', q: "is the train strike at temple meads still on tomorrow?", has: [], not: ["Department for Work and Pensions", "NatWest Bankline"] },
  { ws: WSB, kind: 'off-topic', q: "who's up for the christmas quiz at the pub on friday", has: [], not: ["Harbourside IT", "Casefile Deputy"] },

  // new-tool (4)
  { ws: WSB, kind: 'new-tool', q: "can we use docusign to get the family to sign off the gift agreement?", has: ["Daniel Okafor"] },
  { ws: WSB, kind: 'new-tool', q: "is it ok to keep the visit rota in google calendar", has: ["Daniel Okafor"] },
  { ws: WSB, kind: 'new-tool', q: "could we open a monzo business account for the petty cash", has: ["Daniel Okafor"] },
  { ws: WSB, kind: 'new-tool', q: "thinking of tracking bond renewals in airtable, would that be allowed", has: ["Daniel Okafor"] },
];
