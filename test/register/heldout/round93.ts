// Held-out round 93, written blind in the reference block's mix of kinds: two new firms (a weekly local newspaper, hillside-herald; a housing co-operative, elmstead-housing-coop), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-fourth round (before its fixes); questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, at the session's start: 105 / 120 (field 45/48, list 15/20, situation 33/36, off-topic 6/8, new tool 6/8). Kept held out: counts only, never read.
import type { ReferenceCase } from './types.ts';

const A = 'hillside-herald';
const B = 'elmstead-housing-coop';

export const ROUND93: ReferenceCase[] = [
  // ───────────── A: The Hillside Herald ─────────────
  // field
  { ws: A, kind: 'field', q: "bev's ad contacts in the crm - where is that data actually sitting, which country?", has: ["HubSpot CRM", "EU"] },
  { ws: A, kind: 'field', q: "how long do tip offs sent thru the website form stay on there before theyre wiped", has: ["Newspack", "6 months"] },
  { ws: A, kind: 'field', q: "who runs the herald midweek account? got a q about the subscriber list", has: ["Mailchimp", "Jamie"] },
  { ws: A, kind: 'field', q: "do we have royal mail's gdpr bit on file for the postal labels thing?", has: ["Royal Mail Click & Drop", "on file"] },
  { ws: A, kind: 'field', q: "mailchimp's all US hosted isnt it - what covers us for sending reader emails over there", has: ["Mailchimp", "US", "UK Addendum"] },
  { ws: A, kind: 'field', q: "Grace asked what our legal basis is for keeping her school sports pics in the picture library. anyone know?", has: ["Dropbox", "journalism exemption"] },
  { ws: A, kind: 'field', q: "can anyone at otter actually listen to our interview recordings??", has: ["Otter.ai", "permission"] },
  { ws: A, kind: 'field', q: "is the password manager american? sunita reckons all our logins end up in the states", has: ["1Password", "EU", "adequacy"] },
  { ws: A, kind: 'field', q: "how long do payslips and payroll stuff stay in xero for", has: ["Xero", "6 years"] },
  { ws: A, kind: 'field', q: "what exactly do the accountants in worcester get from us each quarter", has: ["Fordham & Lowe", "Xero"] },
  { ws: A, kind: 'field', q: "if stripe got hacked would they even tell us? reader on the phone asking", has: ["Stripe", "without undue delay"] },
  { ws: A, kind: 'field', q: "are we processor or joint controller with meta for the fb page stats? helen mentioned it in the meeting", has: ["Facebook and Instagram pages", "joint"] },
  { ws: A, kind: 'field', q: "what security certs has google got for our email n drive, ISO or whatever", has: ["Google Workspace", "ISO 27001"] },
  { ws: A, kind: 'field', q: "have we got a proper DPA for the newsdesk phone whatsapp or not", has: ["WhatsApp Business"] },
  { ws: A, kind: 'field', q: "if a complaint goes to the press regulator how long do they hang onto the file", has: ["IMPRESS", "6 years"] },
  { ws: A, kind: 'field', q: "besides owen and helen, which other supplier can reach the reader accounts on the site?", has: ["Newspack", "Mailchimp"] },
  { ws: A, kind: 'field', q: "how long is order history kept in click n drop? mr patel in spain says his copy never came", has: ["Royal Mail Click & Drop", "12 months"] },
  { ws: A, kind: 'field', q: "what do we actually hand over to the doorstep delivery firm every week", has: ["Teme Valley Deliveries", "round list"] },
  { ws: A, kind: 'field', q: "how long do we keep emails in gmail if they're not filed to a story?", has: ["Google Workspace", "3 years"] },
  { ws: A, kind: 'field', q: "when a reader pays for a death notice by card online, do we ever see the whole card number?", has: ["Stripe", "last four digits"] },
  { ws: A, kind: 'field', q: "tom deleted a pic from the photo drop by mistake last week, can dropbox get it back? how far back does it go", has: ["Dropbox", "180 days"] },
  { ws: A, kind: 'field', q: "on what basis are we allowed to email the rate card to local businesses from the sales pipeline", has: ["HubSpot CRM", "legitimate interests"] },
  { ws: A, kind: 'field', q: "go cardless is uk only right? where do the dd bank details live", has: ["GoCardless", "UK", "EU"] },
  { ws: A, kind: 'field', q: "did helen finish going through the otter business plan dpa? whats its status", has: ["Otter.ai"] },

  // list
  { ws: A, kind: 'list', q: "which of our systems keep stuff in the US?", has: ["Newspack", "Dropbox", "Otter.ai", "Xero"], not: ["IMPRESS", "Teme Valley Deliveries"] },
  { ws: A, kind: 'list', q: "which suppliers keep data only in the uk, nowhere else", has: ["Fordham & Lowe", "Teme Valley Deliveries", "Royal Mail Click & Drop", "IMPRESS"], not: ["GoCardless"] },
  { ws: A, kind: 'list', q: "which ones rely on adequacy for getting data abroad", has: ["Newspack", "Stripe", "1Password"], not: ["Mailchimp"] },
  { ws: A, kind: 'list', q: "whose gdpr statements are we still chasing?", has: ["Teme Valley Deliveries", "Otter.ai", "WhatsApp Business"], not: ["Stripe"] },
  { ws: A, kind: 'list', q: "which of our suppliers have no two step login at all", has: ["Teme Valley Deliveries", "Royal Mail Click & Drop"], not: ["Google Workspace"] },
  { ws: A, kind: 'list', q: "where do we keep the freelance photographers' bank details? which systems", has: ["Xero", "Google Workspace"], not: ["Stripe"] },
  { ws: A, kind: 'list', q: "which suppliers are SOC 2 certified", has: ["Stripe", "Xero", "Dropbox"], not: ["GoCardless"] },
  { ws: A, kind: 'list', q: "who do we pass subscribers' addresses on to outside the herald", has: ["Teme Valley Deliveries"] },
  { ws: A, kind: 'list', q: "what does owen look after in the register?", has: ["Newspack", "Dropbox", "Otter.ai", "WhatsApp Business"], not: ["Stripe"] },
  { ws: A, kind: 'list', q: "doing sunita's 2fa checklist w her - what systems is she on?", has: ["Google Workspace", "Newspack", "Otter.ai", "Dropbox", "1Password"], not: ["Mailchimp"] },

  // situation
  { ws: A, kind: 'situation', q: "left my notebook on the train back from worcester crown court and it's got a source's name in it 😬 what do i do", has: ["breaches-and-lost-kit", "within the hour"] },
  { ws: A, kind: 'situation', q: "just emailed the letters page proof to the wrong mrs davies. oops", has: ["breaches-and-lost-kit"] },
  { ws: A, kind: 'situation', q: "bev wants to email all the advertisers about the xmas rate card in one go, can she just stick them all in the To line?", has: ["breaches-and-lost-kit", "BCC"] },
  { ws: A, kind: 'situation', q: "my phone went missing on the way home from the parish council, otter and the work email are both on it", has: ["breaches-and-lost-kit"] },
  { ws: A, kind: 'situation', q: "bloke on the phone wants the address of the woman who wrote in about the bypass, says hes an old friend", has: ["sources-and-callers"] },
  { ws: A, kind: 'situation', q: "theres a police officer at the front desk asking for sunita's notebook from the councillor story. help", has: ["sources-and-callers", "court order"] },
  { ws: A, kind: 'situation', q: "a solicitor rang asking whether his client's neighbour takes the paper from us. can i say?", has: ["sources-and-callers"] },
  { ws: A, kind: 'situation', q: "covering the u14 football final on sat, one mum said her lad cant be in the paper. how do i handle that", has: ["photos-children-courts"] },
  { ws: A, kind: 'situation', q: "can I grab a quick snap of the defendant in the court foyer before he goes in?", has: ["photos-children-courts"] },
  { ws: A, kind: 'situation', q: "a dad messaged asking us to get the gala pic of his daughter off our facebook asap", has: ["photos-children-courts", "Owen"] },
  { ws: A, kind: 'situation', q: "subscriber in colwall wants a copy of everything we've got on him, what's the process", has: ["requests-about-data", "one month"] },
  { ws: A, kind: 'situation', q: "a guy emailed demanding we delete the 2011 drink driving story about him from the site. do i just take it down?", has: ["requests-about-data"] },
  { ws: A, kind: 'situation', q: "reader replied to this weeks midweek email saying stop sending me this rubbish", has: ["requests-about-data", "Mailchimp"] },
  { ws: A, kind: 'situation', q: "my drawer is stuffed with notebooks from 2024, can i bin the old ones", has: ["notebooks-and-paper", "one year"] },
  { ws: A, kind: 'situation', q: "finished with the charge sheets from the mags court this morning, what happens to them now", has: ["notebooks-and-paper", "shred"] },
  { ws: A, kind: 'situation', q: "we've got a pile of old letters to the editor with peoples addresses on, how long r we meant to keep those", has: ["notebooks-and-paper", "six months"] },
  { ws: A, kind: 'situation', q: "facebook just warned me someone logged into the page from somewhere in lagos??", has: ["logins-and-new-tools", "Jamie"] },
  { ws: A, kind: 'situation', q: "jamie's last day is friday, when do his logins get shut off?", has: ["logins-and-new-tools", "last day"] },

  // off-topic
  { ws: A, kind: 'off-topic', q: "whos covering malvern town council on tuesday night, im off", has: ["Helen Bracewell"], not: ["Otter.ai"] },
  { ws: A, kind: 'off-topic', q: "is the three counties show stall happening again this year? need to book leave around it", has: ["Helen Bracewell"], not: ["GoCardless"] },
  { ws: A, kind: 'off-topic', q: "how much do we charge for a quarter page ad in the christmas edition?", has: ["Helen Bracewell"], not: ["HubSpot CRM"] },
  { ws: A, kind: 'off-topic', q: "what time do the printers usually finish the run on a wednesday night", has: ["Helen Bracewell"], not: ["Teme Valley Deliveries"] },

  // new-tool
  { ws: A, kind: 'new-tool', q: "can we use wetransfer to send the big gallery files to the printers?", has: ["Helen Bracewell", "logins-and-new-tools"], not: ["Dropbox"] },
  { ws: A, kind: 'new-tool', q: "is it ok if i use descript to transcribe the council meeting audio, its quicker", has: ["Helen Bracewell", "logins-and-new-tools"], not: ["Otter.ai"] },
  { ws: A, kind: 'new-tool', q: "thinking of scheduling our posts through hootsuite so i dont have to be up at 7, fine?", has: ["Helen Bracewell", "logins-and-new-tools"], not: ["Facebook and Instagram pages"] },
  { ws: A, kind: 'new-tool', q: "fyi i've already copied some of the newsletter list into substack to try it out", has: ["Helen Bracewell", "logins-and-new-tools"], not: ["Mailchimp"] },

  // ───────────── B: Elmstead Housing Co-operative ─────────────
  // field
  { ws: B, kind: 'field', q: "where's the rent system hosted, is it uk?", has: ["Arthur Online", "UK"] },
  { ws: B, kind: 'field', q: "how long do we keep household details in arthur once someone's moved out", has: ["Arthur Online", "1 year"] },
  { ws: B, kind: 'field', q: "who's in charge of the report-a-repair website?", has: ["Fixflo", "Sinéad"] },
  { ws: B, kind: 'field', q: "have colne valley signed the data processing thing yet or are we still waiting", has: ["Colne Valley Property Services"] },
  { ws: B, kind: 'field', q: "qbo is in america isnt it? what covers us for that", has: ["QuickBooks Online", "US", "UK Addendum"] },
  { ws: B, kind: 'field', q: "whats our lawful basis for running the agm on zoom with members joining from home", has: ["Zoom", "legitimate interests"] },
  { ws: B, kind: 'field', q: "what info do we have to give unity about committee signatories", has: ["Unity Trust Bank", "identity"] },
  { ws: B, kind: 'field', q: "can microsoft staff just go poking around our sharepoint?", has: ["Microsoft 365", "Customer Lockbox"] },
  { ws: B, kind: 'field', q: "does loomio do 2 step? tunde wants it switched on", has: ["Loomio"] },
  { ws: B, kind: 'field', q: "how long does the insurer keep escape of water claim stuff for", has: ["Zurich Municipal", "6 years"] },
  { ws: B, kind: 'field', q: "the join the waiting list form on the website - how long do entries stay on there?", has: ["Krystal Hosting", "30 days"] },
  { ws: B, kind: 'field', q: "which country is our password vault in", has: ["Bitwarden", "EU"] },
  { ws: B, kind: 'field', q: "when we ask the dwp to pay rent direct for a member, what do we tell them", has: ["DWP Universal Credit Landlord Portal", "arrears"] },
  { ws: B, kind: 'field', q: "who looks after the zoom account? want the agm recording", has: ["Zoom", "Margaret Pryce"] },
  { ws: B, kind: 'field', q: "would greenstead & lowe tell us if they had a breach?", has: ["Greenstead & Lowe", "Not yet agreed"] },
  { ws: B, kind: 'field', q: "what certifications has fixflo got, cyber essentials?", has: ["Fixflo", "Cyber Essentials Plus"] },
  { ws: B, kind: 'field', q: "how long do messages last in the committee whatsapp", has: ["WhatsApp", "90 days"] },
  { ws: B, kind: 'field', q: "when a member cancels their direct debit how long does gocardless keep the mandate", has: ["GoCardless", "6 years"] },
  { ws: B, kind: 'field', q: "who else apart from colin and helen can get into quickbooks", has: ["QuickBooks Online", "Greenstead & Lowe"] },
  { ws: B, kind: 'field', q: "is the website data encrypted at rest on krystal?", has: ["Krystal Hosting"] },
  { ws: B, kind: 'field', q: "what is the repairs firm allowed to get from us for each job", has: ["Colne Valley Property Services", "Fixflo"] },
  { ws: B, kind: 'field', q: "are our office 365 files copied anywhere else in case a datacentre goes down", has: ["Microsoft 365", "UK West"] },
  { ws: B, kind: 'field', q: "why does unity trust need tunde's date of birth and id, what's the legal reason", has: ["Unity Trust Bank", "money-laundering"] },
  { ws: B, kind: 'field', q: "if someone at bitwarden wanted to, could they read our saved passwords", has: ["Bitwarden", "cannot read"] },

  // list
  { ws: B, kind: 'list', q: "which suppliers store anything outside the uk", has: ["QuickBooks Online", "Zoom", "Bitwarden"], not: ["Arthur Online", "Fixflo"] },
  { ws: B, kind: 'list', q: "which suppliers have health info about members", has: ["Zurich Municipal", "Fixflo"] },
  { ws: B, kind: 'list', q: "which ones use the uk addendum for transfers", has: ["Microsoft 365", "QuickBooks Online"], not: ["Zoom"] },
  { ws: B, kind: 'list', q: "whose gdpr statements haven't we got on file yet", has: ["Colne Valley Property Services", "Greenstead & Lowe", "WhatsApp"], not: ["Fixflo"] },
  { ws: B, kind: 'list', q: "which of our systems have no two step sign in", has: ["Loomio"], not: ["Microsoft 365"] },
  { ws: B, kind: 'list', q: "which suppliers are ISO 27001", has: ["Microsoft 365", "Fixflo", "GoCardless", "Zoom"], not: ["Bitwarden"] },
  { ws: B, kind: 'list', q: "what does colin look after on the register?", has: ["QuickBooks Online", "GoCardless", "Unity Trust Bank", "Greenstead & Lowe"], not: ["Fixflo"] },
  { ws: B, kind: 'list', q: "who do we pass members' information on to", has: ["DWP Universal Credit Landlord Portal", "Zurich Municipal"] },
  { ws: B, kind: 'list', q: "which systems hold waiting list applicants' details", has: ["Krystal Hosting", "Microsoft 365"] },
  { ws: B, kind: 'list', q: "jas starts next week - which accounts will she have?", has: ["Microsoft 365", "Loomio", "WhatsApp"], not: ["Bitwarden"] },

  // situation
  { ws: B, kind: 'situation', q: "i put mrs okonkwo's rent letter through no 14 instead of 41 🤦", has: ["breach-reporting"] },
  { ws: B, kind: 'situation', q: "sent the agm notice to all members with everyones email showing in the cc", has: ["breach-reporting"] },
  { ws: B, kind: 'situation', q: "it's monday and helen's not in, i think i left the arrears report in the community room after the meeting", has: ["breach-reporting", "Maggie"] },
  { ws: B, kind: 'situation', q: "man rang claiming to be the brother of the lady in flat 6, wants her mobile number", has: ["enquiries-about-members"] },
  { ws: B, kind: 'situation', q: "bailiff at the door of ardleigh court asking if a mr hughes lives here, what do i say", has: ["enquiries-about-members"] },
  { ws: B, kind: 'situation', q: "police phoned asking for a member's phone number and when she's usually in", has: ["enquiries-about-members", "in writing"] },
  { ws: B, kind: 'situation', q: "a former member emailed asking for a copy of her tenancy file and rent account", has: ["subject-access", "one calendar month"] },
  { ws: B, kind: 'situation', q: "member at tye gardens got married and changed her surname, what needs updating", has: ["subject-access", "Arthur"] },
  { ws: B, kind: 'situation', q: "someone on the waiting list wants to be taken off and everything deleted", has: ["subject-access"] },
  { ws: B, kind: 'situation', q: "can i pin the list of who's in arrears on the noticeboard before the agm?", has: ["committee-confidential", "total"] },
  { ws: B, kind: 'situation', q: "a committee member wants to take the part b papers home to read properly, is that ok", has: ["committee-confidential", "Maggie"] },
  { ws: B, kind: 'situation', q: "the complaint on thursday's agenda is actually about me, what am i meant to do", has: ["committee-confidential", "leave the room"] },
  { ws: B, kind: 'situation', q: "plumber needs to get into flat 3 but she's at work - can i give the key to her neighbour?", has: ["repairs-and-access", "key cabinet"] },
  { ws: B, kind: 'situation', q: "doing a damp inspection at elmstead close tmrw, ok to take pics on my phone?", has: ["repairs-and-access", "Fixflo"] },
  { ws: B, kind: 'situation', q: "can i just forward my treasurer@ emails to my gmail, much easier on my phone", has: ["logins-and-devices"] },
  { ws: B, kind: 'situation', q: "colin texted me the online banking password, is that alright?", has: ["logins-and-devices", "Bitwarden"] },
  { ws: B, kind: 'situation', q: "found a box of tenancy files from 2009 in the office cupboard. shred?", has: ["paper-and-retention"] },
  { ws: B, kind: 'situation', q: "how long do we hold onto the unsuccessful applications from the manager job", has: ["paper-and-retention", "6 months"] },

  // off-topic
  { ws: B, kind: 'off-topic', q: "what time's the community room booked for the kids party on saturday?", has: ["Helen Markham"], not: ["Zoom"] },
  { ws: B, kind: 'off-topic', q: "is the bin collection on elmstead close moving to wednesdays after christmas", has: ["Helen Markham"], not: ["Colne Valley Property Services"] },
  { ws: B, kind: 'off-topic', q: "how much are we spending on the buffet for the agm this year", has: ["Helen Markham"], not: ["Zoom"] },
  { ws: B, kind: 'off-topic', q: "can anyone give me a lift to the tenants federation meeting in ipswich tuesday", has: ["Helen Markham"], not: ["WhatsApp"] },

  // new-tool
  { ws: B, kind: 'new-tool', q: "can i do the members' satisfaction survey on surveymonkey?", has: ["Helen Markham", "logins-and-devices"], not: ["Loomio"] },
  { ws: B, kind: 'new-tool', q: "colin wants to move the books over to xero, anyone mind?", has: ["Helen Markham", "logins-and-devices"], not: ["QuickBooks Online"] },
  { ws: B, kind: 'new-tool', q: "ive started keeping the repairs list in trello so i can see it on my phone", has: ["Helen Markham", "logins-and-devices"], not: ["Fixflo"] },
  { ws: B, kind: 'new-tool', q: "set up a telegram group for the committee yesterday, it's better than the other one", has: ["Helen Markham", "logins-and-devices"], not: ["WhatsApp"] },
];
