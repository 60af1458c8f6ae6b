// Round 4 of the held-out questions for the register Q&A: two firms of trades not used before
// (a recruitment agency in Leeds and a small independent primary school in Perthshire), written
// blind from the README and the firms' vigil.yaml files, without reading the answerer or earlier
// rounds. Frozen: do not tune on these before they are scored.
import type { HeldOutCase } from './types.ts';

export const ROUND4: HeldOutCase[] = [
  // ---- kestrel-recruitment ----
  // where
  { ws: "kestrel-recruitment", q: "where is the candidate database kept?", has: ["Bullhorn", "EU"], not: ["US"] },
  { ws: "kestrel-recruitment", q: "wheres the payroll data stored", has: ["Moorepay", "UK"], not: ["US", "EU"] },
  { ws: "kestrel-recruitment", q: "where do our call recordings live", has: ["Aircall", "EU", "US"] },
  { ws: "kestrel-recruitment", q: "where does linkedin keep our stuff", has: ["LinkedIn Recruiter", "Ireland"] },
  { ws: "kestrel-recruitment", q: "where is the data from Indeed stored?", has: ["Indeed"], not: ["US", "EU"] },
  // retention
  { ws: "kestrel-recruitment", q: "how long do we keep CVs for?", has: ["2 years after"] },
  { ws: "kestrel-recruitment", q: "how long are payslips kept", has: ["Moorepay", "6 years"] },
  { ws: "kestrel-recruitment", q: "how long do we hang on to dbs results", has: ["uCheck", "6 months"] },
  { ws: "kestrel-recruitment", q: "call recordings - how long before they get deleted?", has: ["Aircall", "3 months"] },
  { ws: "kestrel-recruitment", q: "how long do we keep copies of peoples passports", has: ["TrustID", "2 years after"] },
  // purpose/data
  { ws: "kestrel-recruitment", q: "what do we actually use uCheck for", has: ["DBS"] },
  { ws: "kestrel-recruitment", q: "what info does TrustID hold about candidates", has: ["passport", "share codes"] },
  { ws: "kestrel-recruitment", q: "which system has the temps bank details", has: ["Moorepay"], not: ["Mailchimp", "Bullhorn"] },
  // transfer
  { ws: "kestrel-recruitment", q: "what safeguard covers sending quickbooks data to the US?", has: ["IDTA"] },
  { ws: "kestrel-recruitment", q: "are we covered for sending mailchimp subscriber data to america?", has: ["adequacy"] },
  { ws: "kestrel-recruitment", q: "aircall - whats the transfer mechanism for the US bit?", has: ["Addendum"] },
  // lawful basis
  { ws: "kestrel-recruitment", q: "on what basis do we give workers details to NEST", has: ["Pensions Act 2008"] },
  { ws: "kestrel-recruitment", q: "whats our lawful basis for running dbs checks", has: ["explicit consent"] },
  { ws: "kestrel-recruitment", q: "why are we allowed to send people job alert emails?", has: ["soft opt-in"] },
  // owner
  { ws: "kestrel-recruitment", q: "who looks after bullhorn?", has: ["Tom Whitaker"] },
  { ws: "kestrel-recruitment", q: "what does Hana look after?", has: ["Moorepay", "Timesheet Portal", "TrustID", "uCheck", "NEST"], not: ["Bullhorn", "Mailchimp"] },
  { ws: "kestrel-recruitment", q: "who owns the indeed account", has: ["Indeed"], not: ["Tom Whitaker", "Hana Kowalski", "Oliver Mensah"] },
  // security
  { ws: "kestrel-recruitment", q: "can bullhorn's staff look at our candidate records?", has: ["support case"] },
  { ws: "kestrel-recruitment", q: "can microsoft engineers read our emails", has: ["Customer Lockbox"] },
  { ws: "kestrel-recruitment", q: "is TrustID ISO certified?", has: ["ISO 27001"] },
  { ws: "kestrel-recruitment", q: "if moorepay got hacked would they even tell us", has: ["24 hours"] },
  // statement
  { ws: "kestrel-recruitment", q: "have we got a DPA from quickbooks yet?", has: ["QuickBooks Online"], not: ["is on file"] },
  { ws: "kestrel-recruitment", q: "is Bullhorn's GDPR statement on file?", has: ["Bullhorn"], not: ["Not yet", "not on file", "awaiting"] },
  { ws: "kestrel-recruitment", q: "when is moorepay's gdpr statement due for review", has: ["Moorepay", "2025"] },
  // tell me
  { ws: "kestrel-recruitment", q: "tell me about TrustID", has: ["TrustID", "Hana Kowalski", "ISO 27001"] },
  // aggregate
  { ws: "kestrel-recruitment", q: "which suppliers keep data only in the UK?", has: ["Moorepay", "Timesheet Portal", "TrustID", "uCheck", "Microsoft 365", "NEST"], not: ["Bullhorn", "Mailchimp", "Aircall", "QuickBooks Online", "LinkedIn Recruiter"] },
  { ws: "kestrel-recruitment", q: "is anything of ours stored outside the UK and EU?", has: ["LinkedIn Recruiter", "Mailchimp", "QuickBooks Online", "Aircall"], not: ["Moorepay", "TrustID", "NEST", "Bullhorn"] },
  { ws: "kestrel-recruitment", q: "how many of our suppliers store data in the US?", has: ["LinkedIn Recruiter", "Mailchimp", "QuickBooks Online", "Aircall"], not: ["Moorepay", "Bullhorn"] },
  { ws: "kestrel-recruitment", q: "which ones enforce two factor?", has: ["Bullhorn", "Moorepay", "TrustID", "uCheck", "Microsoft 365", "QuickBooks Online"], not: ["Mailchimp", "Aircall", "Timesheet Portal", "LinkedIn Recruiter"] },
  { ws: "kestrel-recruitment", q: "which suppliers dont have 2fa", has: ["Timesheet Portal"], not: ["Bullhorn", "Moorepay", "Microsoft 365", "Mailchimp", "Aircall"] },
  { ws: "kestrel-recruitment", q: "which of our suppliers are ISO 27001 certified", has: ["Bullhorn", "Moorepay", "TrustID", "uCheck", "Microsoft 365"], not: ["Mailchimp", "Aircall", "QuickBooks Online", "LinkedIn Recruiter"] },
  { ws: "kestrel-recruitment", q: "which GDPR statements are we still chasing?", has: ["Timesheet Portal", "uCheck", "QuickBooks Online"], not: ["Bullhorn", "Moorepay", "NEST", "Mailchimp"] },
  { ws: "kestrel-recruitment", q: "whose DPAs are overdue for review", has: ["Moorepay", "Microsoft 365"], not: ["Bullhorn", "TrustID", "NEST", "Mailchimp", "Aircall"] },
  { ws: "kestrel-recruitment", q: "which suppliers rely on adequacy for transfers?", has: ["Bullhorn", "Mailchimp"], not: ["LinkedIn Recruiter", "Aircall", "QuickBooks Online"] },
  { ws: "kestrel-recruitment", q: "are there any suppliers nobody is responsible for?", has: ["Indeed"], not: ["Bullhorn", "Moorepay"] },
  { ws: "kestrel-recruitment", q: "which suppliers don't say where the data is stored?", has: ["Indeed", "Harper Brook LLP"], not: ["Moorepay", "Bullhorn"] },
  { ws: "kestrel-recruitment", q: "which outside organisations do we pass personal data on to?", has: ["Harper Brook LLP", "NEST"], not: ["Mailchimp", "Aircall"] },
  { ws: "kestrel-recruitment", q: "which suppliers keep stuff for longer than 5 years", has: ["Moorepay", "QuickBooks Online"], not: ["Aircall", "uCheck", "Timesheet Portal", "Microsoft 365", "LinkedIn Recruiter"] },
  { ws: "kestrel-recruitment", q: "which suppliers hold criminal record info?", has: ["uCheck"], not: ["Mailchimp", "Bullhorn"] },
  { ws: "kestrel-recruitment", q: "apart from Bullhorn, which suppliers hold candidates' data?", has: ["LinkedIn Recruiter", "TrustID", "uCheck", "Microsoft 365", "Mailchimp", "Aircall"], not: ["Moorepay", "NEST", "Timesheet Portal"] },
  { ws: "kestrel-recruitment", q: "which suppliers don't encrypt data at rest?", has: ["Timesheet Portal"], not: ["Bullhorn", "Moorepay", "Aircall", "TrustID"] },
  { ws: "kestrel-recruitment", q: "which suppliers have promised to tell us about a breach?", has: ["Bullhorn", "Moorepay", "Aircall"] },
  { ws: "kestrel-recruitment", q: "how many suppliers are in our register?", has: ["13"] },
  // what to do
  { ws: "kestrel-recruitment", q: "I accidentally emailed a payslip to the wrong temp, what now?", has: ["within one hour"] },
  { ws: "kestrel-recruitment", q: "a candidate has asked us to delete everything we hold on them - how do I do that?", has: ["30 days"] },
  { ws: "kestrel-recruitment", q: "I left my work phone in a taxi last night, what do I do?", has: ["wipe it remotely"] },
  { ws: "kestrel-recruitment", q: "think i clicked a dodgy link in an email pretending to be office365", has: ["within one hour"] },
  { ws: "kestrel-recruitment", q: "can I copy candidate CVs onto a usb stick to work from home?", has: ["USB stick"] },
  // don't know
  { ws: "kestrel-recruitment", q: "who won the darts at the christmas do?", has: ["priya@kestrel-recruitment.example"], not: ["Bullhorn", "Moorepay", "Mailchimp"] },
  { ws: "kestrel-recruitment", q: "can I bring my dog into the office on fridays?", has: ["priya@kestrel-recruitment.example"], not: ["Bullhorn", "Moorepay", "Aircall"] },
  { ws: "kestrel-recruitment", q: "is Dropbox GDPR compliant?", has: ["Dropbox", "priya@kestrel-recruitment.example"], not: ["Bullhorn", "Moorepay"] },
  { ws: "kestrel-recruitment", q: "where is our Salesforce data stored?", has: ["Salesforce", "priya@kestrel-recruitment.example"], not: ["Bullhorn", "Microsoft 365"] },
  { ws: "kestrel-recruitment", q: "where do we keep the CCTV footage from reception?", has: ["priya@kestrel-recruitment.example"], not: ["Bullhorn", "Aircall"] },
  // ---- millbrook-school ----
  // where
  { ws: "millbrook-school", q: "where is the MIS data stored?", has: ["Arbor", "UK"], not: ["US"] },
  { ws: "millbrook-school", q: "where does google classroom store the pupils work", has: ["Google Workspace", "EU", "US"] },
  { ws: "millbrook-school", q: "is class dojo data kept in america?", has: ["ClassDojo", "US"] },
  { ws: "millbrook-school", q: "where are the web filter logs kept", has: ["Smoothwall", "UK", "EU"] },
  { ws: "millbrook-school", q: "where does the SPPA keep our teachers' data?", has: ["Scottish Public Pensions Agency"], not: ["US", "EU"] },
  // retention
  { ws: "millbrook-school", q: "how long do we keep safeguarding files", has: ["25th birthday"] },
  { ws: "millbrook-school", q: "how long are nursery learning journals kept on Tapestry?", has: ["Tapestry", "6 months"] },
  { ws: "millbrook-school", q: "how long do we keep fee invoices for", has: ["Sage 50", "7 years"] },
  { ws: "millbrook-school", q: "how long does the web filter keep browsing history", has: ["Smoothwall", "3 months"] },
  { ws: "millbrook-school", q: "do we keep PVG certificates?", has: ["recruitment decision"] },
  // purpose/data
  { ws: "millbrook-school", q: "whats EVOLVE for", has: ["trips"] },
  { ws: "millbrook-school", q: "where do we keep pupils allergy info", has: ["Arbor"], not: ["ParentPay", "Sage 50"] },
  { ws: "millbrook-school", q: "what does the school photographer get from us?", has: ["Tempest Photography", "names and classes"] },
  { ws: "millbrook-school", q: "which system has parents bank details for direct debits", has: ["Sage 50"], not: ["ClassDojo", "Tapestry"] },
  // transfer
  { ws: "millbrook-school", q: "what protects the transfer of classdojo data to the US", has: ["IDTA"] },
  { ws: "millbrook-school", q: "google workspace - what safeguard is there for data going outside the uk?", has: ["Addendum"] },
  { ws: "millbrook-school", q: "what's the legal cover for smoothwall's copy in Dublin?", has: ["adequacy"] },
  // lawful basis
  { ws: "millbrook-school", q: "what's our lawful basis for sharing staff details with disclosure scotland", has: ["Vulnerable Groups"] },
  { ws: "millbrook-school", q: "on what basis do we pass pupils details to the photographer", has: ["photo consent form"] },
  { ws: "millbrook-school", q: "lawful basis for CPOMS?", has: ["substantial public interest"] },
  // owner
  { ws: "millbrook-school", q: "who looks after cpoms?", has: ["Anna Lindqvist"] },
  { ws: "millbrook-school", q: "what does Callum look after?", has: ["ClassDojo", "EVOLVE"], not: ["Arbor", "Tapestry", "Sage 50"] },
  { ws: "millbrook-school", q: "who is the contact for the school photographer?", has: ["Tempest Photography"], not: ["Morag Keir", "Ewan Baird"] },
  // security
  { ws: "millbrook-school", q: "can arbor staff see our pupils' records?", has: ["support ticket"] },
  { ws: "millbrook-school", q: "can the smoothwall people see what the kids are searching for", has: ["screenshots"] },
  { ws: "millbrook-school", q: "is CPOMS ISO 27001 certified", has: ["ISO 27001"] },
  { ws: "millbrook-school", q: "does parentpay store parents card numbers?", has: ["payment processor"] },
  { ws: "millbrook-school", q: "would arbor tell us if they had a breach", has: ["24 hours"] },
  // statement
  { ws: "millbrook-school", q: "have we got classdojo's DPA?", has: ["ClassDojo"], not: ["is on file"] },
  { ws: "millbrook-school", q: "is the Arbor GDPR statement on file", has: ["Arbor"], not: ["Not yet", "not on file", "awaiting"] },
  { ws: "millbrook-school", q: "when does tapestry's gdpr statement need reviewing", has: ["Tapestry", "2025"] },
  // tell me
  { ws: "millbrook-school", q: "tell me about Smoothwall", has: ["Smoothwall", "Ewan Baird", "ISO 27001"] },
  // aggregate
  { ws: "millbrook-school", q: "which suppliers store data only in the UK?", has: ["Arbor", "CPOMS", "ParentPay", "Tapestry", "EVOLVE", "Sage 50", "Disclosure Scotland", "Tempest Photography"], not: ["Google Workspace", "ClassDojo", "Smoothwall"] },
  { ws: "millbrook-school", q: "does any of our data go outside the UK and EU?", has: ["Google Workspace", "ClassDojo"], not: ["Arbor", "CPOMS", "Smoothwall", "Tapestry"] },
  { ws: "millbrook-school", q: "which systems enforce 2FA", has: ["Arbor", "CPOMS", "Google Workspace", "Smoothwall"], not: ["ParentPay", "Tapestry", "Sage 50", "ClassDojo"] },
  { ws: "millbrook-school", q: "which suppliers have no two factor authentication?", has: ["ClassDojo"], not: ["Arbor", "CPOMS", "Smoothwall", "ParentPay", "Tapestry"] },
  { ws: "millbrook-school", q: "which suppliers have Cyber Essentials Plus?", has: ["Arbor", "CPOMS", "Tapestry", "Smoothwall"], not: ["ParentPay", "ClassDojo", "Google Workspace"] },
  { ws: "millbrook-school", q: "which GDPR statements are we still waiting for?", has: ["ClassDojo", "EVOLVE", "Smoothwall", "Hamilton Auld CA"], not: ["Arbor", "CPOMS", "ParentPay", "Tapestry"] },
  { ws: "millbrook-school", q: "whose gdpr statements are overdue for review?", has: ["CPOMS", "Tapestry"], not: ["Arbor", "ParentPay", "Google Workspace"] },
  { ws: "millbrook-school", q: "are there suppliers with no owner?", has: ["Tempest Photography"], not: ["Arbor"] },
  { ws: "millbrook-school", q: "which suppliers don't say where they store data", has: ["Scottish Public Pensions Agency", "Hamilton Auld CA"], not: ["Arbor", "ClassDojo"] },
  { ws: "millbrook-school", q: "who do we pass staff or parents' data on to?", has: ["Scottish Public Pensions Agency", "Disclosure Scotland", "Hamilton Auld CA"], not: ["ClassDojo", "Smoothwall"] },
  { ws: "millbrook-school", q: "which suppliers keep data for more than 5 years", has: ["ParentPay", "Sage 50"], not: ["Tapestry", "EVOLVE", "Smoothwall", "Tempest Photography"] },
  { ws: "millbrook-school", q: "which suppliers hold medical information about pupils?", has: ["Arbor", "EVOLVE", "CPOMS"], not: ["ParentPay", "Sage 50", "Smoothwall"] },
  { ws: "millbrook-school", q: "which apps have photos of the children?", has: ["Tapestry", "Tempest Photography", "ClassDojo"], not: ["Sage 50", "ParentPay", "EVOLVE"] },
  { ws: "millbrook-school", q: "except Arbor, which systems hold pupils' data?", has: ["CPOMS", "Google Workspace", "ParentPay", "ClassDojo", "Tapestry", "EVOLVE", "Tempest Photography", "Smoothwall"], not: ["Sage 50", "Scottish Public Pensions Agency", "Disclosure Scotland", "Hamilton Auld CA"] },
  { ws: "millbrook-school", q: "which suppliers don't encrypt stored data?", has: ["Sage 50"], not: ["Arbor", "CPOMS", "ParentPay", "Tapestry", "Google Workspace"] },
  { ws: "millbrook-school", q: "how many suppliers have we got?", has: ["13"] },
  // what to do
  { ws: "millbrook-school", q: "one of my P3s told me something at break that really worried me, what do I do?", has: ["CPOMS", "own words"] },
  { ws: "millbrook-school", q: "can I put the sports day photos on the school facebook page?", has: ["photo consent"] },
  { ws: "millbrook-school", q: "i sent a report to the wrong parent by mistake", has: ["72 hours"] },
  { ws: "millbrook-school", q: "my school ipad got nicked from my car last night", has: ["72 hours"] },
  { ws: "millbrook-school", q: "can I take pics of the class on my own phone for the newsletter?", has: ["school iPads"] },
  // don't know
  { ws: "millbrook-school", q: "what's for lunch on friday", has: ["bursar@millbrookhouse.example"], not: ["ParentPay", "Arbor"] },
  { ws: "millbrook-school", q: "when is the next inset day?", has: ["bursar@millbrookhouse.example"], not: ["Arbor", "CPOMS"] },
  { ws: "millbrook-school", q: "who is taking the P7 football team to the tournament", has: ["bursar@millbrookhouse.example"], not: ["EVOLVE", "Arbor"] },
  { ws: "millbrook-school", q: "is Seesaw GDPR compliant?", has: ["Seesaw", "bursar@millbrookhouse.example"], not: ["Arbor", "ClassDojo"] },
  { ws: "millbrook-school", q: "where do we keep pupils' fingerprints for the library system?", has: ["bursar@millbrookhouse.example"], not: ["Arbor", "Smoothwall"] },
];
