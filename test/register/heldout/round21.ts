// Held-out round 21, written blind: two new firms, a garden centre (greenhythe-garden-centre) and a mortgage broker (morrow-mortgages). Frozen until scored.
import type { HeldOutCase } from './types.ts';

const G = 'greenhythe-garden-centre';
const M = 'morrow-mortgages';

export const ROUND21: HeldOutCase[] = [
  // ── Greenhythe Garden Centre ────────────────────────────────────────────────
  // where data is stored
  { ws: G, q: "where's the loyalty club data kept?", has: ['Stamp Me', 'AU'] },
  { ws: G, q: 'which suppliers keep data in the US?', has: ['Shopify', 'Xero', 'Tradify', 'Google Workspace'], not: ['Epos Now', 'SumUp', 'Weald'] },
  { ws: G, q: 'which suppliers store data only in the uk', has: ['Epos Now', 'Hollis & Co', 'Weald Security Systems', 'NFU Mutual'], not: ['SumUp', 'Dotdigital', 'Shopify', 'Xero'] },
  { ws: G, q: 'any of our suppliers keep stuff in australia?', has: ['Stamp Me', 'Tradify'], not: ['Xero', 'Shopify', 'Epos Now'] },
  { ws: G, q: 'where does the route planner store the drops', has: ['Circuit'], not: ['US', 'Stamp Me'] },
  { ws: G, q: "which suppliers don't say where our data is stored", has: ['Circuit', 'Medway Micro'], not: ['Epos Now', 'Xero'] },
  { ws: G, q: 'who has to ok new apps on the online shop?', has: ['Ruth'] },
  { ws: G, q: 'where is gmail data stored and how long do we keep it', has: ['Google Workspace', 'EU', 'US'] },
  { ws: G, q: "who's in charge of the landscaping app and where's it hosted", has: ['Gareth', 'AU', 'US'] },
  // transfers
  { ws: G, q: 'what safeguard covers sending the green club data abroad', has: ['Stamp Me', 'IDTA'] },
  { ws: G, q: 'which suppliers rely on adequacy for transfers', has: ['Google Workspace'], not: ['Stamp Me', 'Xero', 'Tradify'] },
  // retention
  { ws: G, q: 'how long do we keep cctv footage for?', has: ['30 days'] },
  { ws: G, q: 'how long do we keep payroll stuff', has: ['Xero', '6 years'] },
  { ws: G, q: 'how long do we keep landscaping jobs in tradify', has: ['7 years'] },
  { ws: G, q: 'what happens to green club members data if they stop coming in', has: ['2 years'] },
  { ws: G, q: 'how long are delivery routes + customer addresses kept in circuit', has: ['Circuit', '3 months'] },
  { ws: G, q: 'how many yrs does sumup keep our card transactions', has: ['5 years'] },
  // owners and who uses what
  { ws: G, q: 'who looks after xero', has: ['Ruth'] },
  { ws: G, q: 'who owns the card reader in the cafe + is 2fa enforced on it', has: ['SumUp', 'Dan', 'enforced'] },
  { ws: G, q: 'what does priya look after', has: ['Epos Now', 'Stamp Me', 'Shopify', 'Dotdigital'], not: ['Xero', 'Tradify', 'Circuit'] },
  { ws: G, q: 'which suppliers have no owner', has: ['Medway Micro'], not: ['Xero', 'Shopify'] },
  { ws: G, q: 'which systems does kelly use', has: ['Circuit', 'Shopify', 'Google Workspace'], not: ['Xero', 'Tradify'] },
  // purpose and data
  { ws: G, q: 'whats tradify for', has: ['landscaping'] },
  { ws: G, q: 'what info does the delivery app keep', has: ['Circuit', 'proof-of-delivery'] },
  { ws: G, q: 'which suppliers hold health data', has: ['NFU Mutual'], not: ['Stamp Me', 'Epos Now'] },
  { ws: G, q: 'which suppliers hold data on employees', has: ['Epos Now', 'Xero', 'Hollis & Co', 'Weald Security Systems', 'NFU Mutual', 'Google Workspace', 'Medway Micro'], not: ['Stamp Me', 'Circuit', 'Tradify'] },
  { ws: G, q: 'someone slipped on the wet decking by the café and hurt their wrist, who do we send the accident report to', has: ['NFU Mutual'] },
  // sharing, recipients, lawful basis
  { ws: G, q: 'do we pass customer data on to anyone', has: ['Hollis & Co', 'NFU Mutual'] },
  { ws: G, q: 'what does nfu get from us', has: ['witness statements'] },
  { ws: G, q: 'what do we share with the accountants', has: ['payroll reports'] },
  { ws: G, q: 'who else can get into xero apart from us', has: ['Hollis & Co'] },
  { ws: G, q: "what's the lawful basis for the green club", has: ['consent'] },
  // gdpr statements
  { ws: G, q: "do we have stamp me's gdpr statement", has: ['Stamp Me', 'await'] },
  { ws: G, q: 'which suppliers are we still waiting on a gdpr statement from?', has: ['Stamp Me', 'Hollis & Co', 'Circuit', 'Tradify', 'Medway Micro'], not: ['Epos Now', 'Shopify', 'Xero', 'SumUp'] },
  { ws: G, q: 'whose gdpr statements are overdue for review', has: ['Dotdigital'], not: ['Weald'] },
  { ws: G, q: 'when is shopifys dpa up for review', has: ['2027'] },
  { ws: G, q: 'what does hollis do for us and have we got their gdpr statement', has: ['Hollis & Co', 'accountants', 'request'] },
  // security
  { ws: G, q: 'is 2fa on for the tills', has: ['Epos Now', 'available'] },
  { ws: G, q: 'which suppliers enforce 2fa', has: ['Shopify', 'Dotdigital', 'SumUp', 'Xero', 'Google Workspace'], not: ['Stamp Me', 'Epos Now', 'Tradify'] },
  { ws: G, q: 'which suppliers are pci certified', has: ['Shopify', 'SumUp'], not: ['Epos Now', 'Xero'] },
  { ws: G, q: 'what certs has sumup got + where is the data', has: ['PCI DSS', 'EU', 'UK'] },
  { ws: G, q: 'can epos now support get into our back office whenever they like?', has: ['one-time access code'] },
  { ws: G, q: 'which suppliers tell us if theres a breach on their side', has: ['Epos Now', 'Shopify', 'SumUp', 'Xero'], not: ['Stamp Me', 'Circuit'] },
  { ws: G, q: 'whats the uptime on the webshop', has: ['99.98%'] },
  { ws: G, q: 'tell me about weald security', has: ['Weald Security Systems', 'UK', '30 days', 'Ruth'] },
  // policies: what do I do
  { ws: G, q: 'i left the delivery sheet in the van and now its gone, what do i do', has: ['Ruth', 'breach'] },
  { ws: G, q: 'a customers husband rang asking what time the delivery is coming, can i tell him', has: ['person on the order'] },
  { ws: G, q: 'some woman on the phone says shes a neighbour and wants mrs patels address to drop off a parcel', has: ['never give out'] },
  { ws: G, q: 'a green club member wants a copy of all the data we have on them', has: ['one month'] },
  { ws: G, q: "customer at the till said 'stop emailing me'", has: ['Dotdigital', 'same day'] },
  { ws: G, q: 'police came in asking for cctv of the car park from saturday what do i do', has: ['Ruth', 'in writing'] },
  { ws: G, q: 'lost the landscaping tablet on a job today 😬', has: ['within the hour'] },
  { ws: G, q: 'can i write the customers gate code on the van whiteboard', has: ['Tradify', 'Circuit'] },
  { ws: G, q: 'customer wants to pay over the phone for a delivery, can i just take the card number', has: ['SumUp', 'link'] },
  { ws: G, q: 'what happens to the paper quotes after a site visit', has: ['within a week'] },
  // off-topic or unanswerable
  { ws: G, q: 'what are the lunch specials in the café today', has: ['Ruth Okonjo'], not: ['Epos Now', 'SumUp'] },
  { ws: G, q: "when's the christmas party", has: ['Ruth Okonjo'], not: ['Google Workspace', 'Epos Now'] },
  { ws: G, q: 'is mailchimp gdpr compliant', has: ['Ruth Okonjo'], not: ['Stamp Me', 'Epos Now'] },
  { ws: G, q: 'how hard do i prune a wisteria in february', has: ['Ruth Okonjo'], not: ['Tradify', 'Circuit'] },
  { ws: G, q: 'do we have a clear desk policy', has: ['Ruth Okonjo'] },

  // ── Morrow Mortgages ────────────────────────────────────────────────────────
  // where data is stored
  { ws: M, q: 'where do we keep client fact finds', has: ['Acre', 'UK'] },
  { ws: M, q: 'which suppliers keep data in the us', has: ['iPipeline', 'DocuSign', 'Calendly'], not: ['Acre', 'Credas', 'Twenty7tec'] },
  { ws: M, q: 'which suppliers are only in the uk', has: ['Acre', 'Twenty7tec', 'Credas', 'Gradwell', 'Stonebridge', 'Lenders and insurers', 'FreeAgent'], not: ['iPipeline', 'Microsoft 365', 'DocuSign', 'Calendly'] },
  { ws: M, q: "which suppliers don't say where they store data", has: ['Smoove', 'Calder IT'], not: ['Acre', 'Credas'] },
  { ws: M, q: 'where is our id check data stored and how long for', has: ['Credas', 'UK', '5 years'] },
  { ws: M, q: 'where are proc fee records kept', has: ['FreeAgent', 'UK'] },
  { ws: M, q: "where do we keep info on clients' dependants", has: ['Acre'] },
  { ws: M, q: 'acre backups - where are they replicated to', has: ['UK West'] },
  // transfers
  { ws: M, q: 'where is docusign data stored + what transfer safeguard', has: ['EU', 'US', 'IDTA'] },
  { ws: M, q: 'does ipipeline store anything in the states and if so under what', has: ['US', 'Addendum'] },
  { ws: M, q: 'which suppliers rely on adequacy', has: ['Calendly'], not: ['DocuSign', 'iPipeline'] },
  // retention
  { ws: M, q: 'how long do we keep client files', has: ['6 years'] },
  { ws: M, q: 'how long do we keep protection cases', has: ['life of the policy'] },
  { ws: M, q: 'how long are call recordings kept', has: ['Gradwell', '2 years'] },
  { ws: M, q: 'how long does docusign hang on to signed stuff', has: ['DocuSign', 'year'] },
  { ws: M, q: 'how long do we keep emails', has: ['2 years'] },
  { ws: M, q: "what's the network's retention period", has: ['6 years'] },
  // owners and who uses what
  { ws: M, q: 'who looks after credas', has: ['Lily'] },
  { ws: M, q: 'what does samir look after', has: ['Twenty7tec', 'iPipeline', 'Lenders and insurers'], not: ['Acre', 'Credas', 'Calendly'] },
  { ws: M, q: "which suppliers don't have an owner", has: ['Calder IT'], not: ['Acre', 'Credas'] },
  { ws: M, q: 'which systems does bea use', has: ['Acre', 'Credas', 'Microsoft 365'], not: ['FreeAgent', 'iPipeline'] },
  // purpose and data
  { ws: M, q: 'what data does the booking link collect', has: ['Calendly', 'phone number'] },
  { ws: M, q: 'what does 27tec hold', has: ['Twenty7tec', 'income'] },
  { ws: M, q: "what's smoove for + do we get paid for referrals", has: ['conveyancing', 'referral fee'] },
  { ws: M, q: 'which suppliers hold health data', has: ['Acre', 'iPipeline', 'Lenders and insurers'], not: ['Twenty7tec', 'FreeAgent', 'Calendly'] },
  { ws: M, q: 'which suppliers hold special category data', has: ['Acre', 'iPipeline', 'Credas', 'Lenders and insurers'], not: ['Twenty7tec', 'Calendly', 'FreeAgent'] },
  { ws: M, q: 'how many suppliers are on our register', has: ['13'] },
  // sharing, recipients, lawful basis, roles
  { ws: M, q: 'who do we pass client data on to', has: ['Lenders and insurers', 'Smoove', 'Stonebridge'] },
  { ws: M, q: 'what do we send the lenders', has: ['income evidence'] },
  { ws: M, q: 'who can get into acre apart from us', has: ['Stonebridge', 'Calder IT'] },
  { ws: M, q: "what's the lawful basis for the aml checks", has: ['Money Laundering Regulations'] },
  { ws: M, q: "what's our lawful basis for giving insurers health info", has: ['explicit consent'] },
  { ws: M, q: 'is stonebridge a processor or what', has: ['joint'] },
  // gdpr statements
  { ws: M, q: "do we have calendly's dpa", has: ['Calendly'], not: ['Yes'] },
  { ws: M, q: 'we still waiting on any gdpr statements?', has: ['Calendly', 'Gradwell', 'Lenders and insurers', 'Smoove', 'Calder IT'], not: ['Acre', 'Credas', 'FreeAgent', 'Twenty7tec'] },
  { ws: M, q: 'whose gdpr review is overdue', has: ['iPipeline'], not: ['Stonebridge'] },
  { ws: M, q: "when is stonebridge's statement due for review", has: ['2035'] },
  // security
  { ws: M, q: 'is 2fa enforced on the protection quoting system', has: ['iPipeline', 'available'] },
  { ws: M, q: 'does gradwell have 2fa', has: ['Gradwell'], not: ['enforced'] },
  { ws: M, q: 'which suppliers enforce two factor', has: ['Acre', 'Twenty7tec', 'Credas', 'Microsoft 365', 'FreeAgent'], not: ['iPipeline', 'Gradwell', 'DocuSign', 'Calendly'] },
  { ws: M, q: 'which suppliers have iso 27001', has: ['Acre', 'Twenty7tec', 'iPipeline', 'Credas', 'Microsoft 365', 'DocuSign'], not: ['Gradwell', 'Calendly', 'Smoove'] },
  { ws: M, q: 'can microsoft read our emails', has: ['Customer Lockbox'] },
  { ws: M, q: 'if acre gets hacked do they tell us', has: ['24 hours'] },
  { ws: M, q: 'what certs does credas have and who owns it', has: ['ISO 27001', 'Cyber Essentials Plus', 'Lily'] },
  { ws: M, q: 'tell me about twenty7tec', has: ['Twenty7tec', 'UK', '3 years', 'Samir'] },
  // policies: what do I do
  { ws: M, q: 'a clients husband rang asking how the mortgage app is going, hes not on the application. can i tell him?', has: ['written consent'] },
  { ws: M, q: "someone rang claiming to be a client but couldn't remember their postcode", has: ['security'] },
  { ws: M, q: 'left a clients payslips on the train 😬 what do i do', has: ['Joanne', 'same day'] },
  { ws: M, q: 'client wants to whatsapp me a pic of her passport is that ok', has: ['Credas', 'WhatsApp'] },
  { ws: M, q: "can i email a client's medical history to samir so he can look at the life cover quote", has: ['never in emails'] },
  { ws: M, q: "what do i do with paper bank statements once i've scanned them", has: ['shred'] },
  { ws: M, q: 'lost my work phone on the bus', has: ['Joanne'] },
  { ws: M, q: 'ive got a load of fact finds on my desk and im heading home', has: ['filing cabinet'] },
  { ws: M, q: 'can my partner use my work laptop to check her email', has: ['household'] },
  { ws: M, q: 'how do i send a clients payslips to halifax', has: ['portal'] },
  // off-topic or unanswerable
  { ws: M, q: "what's the current bank of england base rate", has: ['Joanne Morrow'], not: ['Twenty7tec'] },
  { ws: M, q: 'can i park in the space behind the office', has: ['Joanne Morrow'], not: ['Acre'] },
  { ws: M, q: 'is zoopla gdpr compliant', has: ['Joanne Morrow'], not: ['Smoove', 'Calendly'] },
  { ws: M, q: 'whats the best lender for a first time buyer with a ccj', has: ['Joanne Morrow'], not: ['Lenders and insurers', 'Twenty7tec'] },
  { ws: M, q: 'what date do we get paid this month', has: ['Joanne Morrow'], not: ['FreeAgent'] },
];
