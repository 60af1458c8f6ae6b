// Held-out round 20, written blind: two new firms, a community theatre (lantern-playhouse) and a locksmith (keystone-locksmiths). Frozen until scored.
import type { HeldOutCase } from './types.ts';

const LP = 'lantern-playhouse';
const KL = 'keystone-locksmiths';

export const ROUND20: HeldOutCase[] = [
  // ── Lantern Playhouse: where data lives, who owns what ──────────────────────────────────────
  { ws: LP, q: 'where is all the box office customer data actually kept', has: ['Spektrix', 'UK'] },
  { ws: LP, q: 'who looks after spek?', has: ['Owen Mallory'] },
  { ws: LP, q: 'which of our suppliers keep data in the us', has: ['Google Workspace', 'Xero'], not: ['Spektrix', 'Beacon CRM', 'ClassForKids'] },
  { ws: LP, q: 'which suppliers store stuff outside the uk and eu?', has: ['Better Impact', 'Google Workspace', 'Xero'], not: ['Spektrix', 'uCheck', 'Beacon CRM'] },
  { ws: LP, q: 'where does the volunteer portal keep our details', has: ['Better Impact', 'Canada'] },
  { ws: LP, q: 'where is gmail stored + what covers the transfer', has: ['US', 'EU', 'Addendum'] },
  { ws: LP, q: 'who owns the youth theatre bookings system and where is it hosted', has: ['Priya Chandran', 'UK'] },
  { ws: LP, q: 'which suppliers does gus look after', has: ['SumUp', 'Better Impact'], not: ['Spektrix', 'Xero', 'Dotdigital'] },
  { ws: LP, q: 'what suppliers is priya responsible for?', has: ['ClassForKids', 'uCheck', 'Lincolnshire County Council'], not: ['Spektrix', 'SumUp'] },
  { ws: LP, q: 'who runs the newsletter thing and have we got their dpa yet', has: ['Lottie Webb', 'requested'] },
  { ws: LP, q: 'how many suppliers are on our register', has: ['13'] },

  // ── Lantern Playhouse: retention ────────────────────────────────────────────────────────────
  { ws: LP, q: 'how long do we hang on to dbs check info', has: ['uCheck', '6 months'] },
  { ws: LP, q: 'how long do we keep bar card transactions for', has: ['SumUp', '5 years'] },
  { ws: LP, q: 'gift aid declarations - where do they live and how long for', has: ['Beacon CRM', '6 years'] },
  { ws: LP, q: 'a volunteer wants to know how long we keep her details after she stops doing shifts', has: ['Better Impact', '2 years'] },
  { ws: LP, q: 'how long is the cctv kept and who is allowed to look at it', has: ['30 days', 'Sami'] },
  { ws: LP, q: 'if someone unsubscribes from the whats on emails do we delete them completely?', has: ['suppression list'] },
  { ws: LP, q: 'how long do we keep kids details once they leave youth drama', has: ['ClassForKids', '1 year'] },

  // ── Lantern Playhouse: categories, subjects, special category ───────────────────────────────
  { ws: LP, q: 'wot info does classforkids hold on the kids', has: ['ClassForKids', 'allergies'] },
  { ws: LP, q: 'which suppliers hold special category data', has: ['Spektrix', 'Better Impact', 'ClassForKids'], not: ['Xero', 'SumUp', 'Dotdigital'] },
  { ws: LP, q: 'which suppliers have data about children', has: ['ClassForKids', 'Lincolnshire County Council'], not: ['Dotdigital', 'Xero', 'SumUp'] },
  { ws: LP, q: 'which systems hold donor info', has: ['Spektrix', 'Beacon CRM'], not: ['SumUp', 'Xero'] },
  { ws: LP, q: 'where do we record wheelchair spaces and companion tickets for customers', has: ['Spektrix'] },

  // ── Lantern Playhouse: GDPR statements ──────────────────────────────────────────────────────
  { ws: LP, q: 'have we got a gdpr statement from class for kids yet?', has: ['awaited'] },
  { ws: LP, q: 'why dont we have the CFK dpa, has anyone chased', has: ['chased'] },
  { ws: LP, q: 'which suppliers have we got no gdpr statement from at all', has: ['Lincolnshire County Council', 'Witham Security'], not: ['Spektrix', 'Xero'] },
  { ws: LP, q: 'list everything where the gdpr doc is still only requested', has: ['Dotdigital', 'Steep Hill IT'], not: ['Xero', 'Spektrix'] },
  { ws: LP, q: 'any statements in progress at the moment?', has: ['Beacon CRM'], not: ['Xero', 'SumUp'] },
  { ws: LP, q: 'the accountants gdpr thing says review 2020 on it, is that right?', has: ['Brayford & Cole', '2020'] },
  { ws: LP, q: 'link to spektrix dpa pls', has: ['spektrix.com/legal'] },

  // ── Lantern Playhouse: security, 2FA, access ────────────────────────────────────────────────
  { ws: LP, q: 'is 2fa on for the volunteer portal', has: ['Better Impact', 'available'] },
  { ws: LP, q: 'which systems only have 2fa available but not enforced', has: ['SumUp', 'Better Impact', 'ClassForKids'], not: ['Spektrix', 'Xero', 'Google Workspace'] },
  { ws: LP, q: 'does anyone apart from google get into our google drive', has: ['Steep Hill IT'] },
  { ws: LP, q: 'what certs has spektrix got', has: ['ISO 27001', 'PCI DSS'] },
  { ws: LP, q: 'if spektrix gets hacked how quickly do they have to tell us', has: ['24 hours'] },
  { ws: LP, q: 'is spektrix backed up anywhere and for how long', has: ['35 days'] },
  { ws: LP, q: 'can box office volunteers export the customer list?', has: ['Sales only'] },
  { ws: LP, q: 'how do steep hill get onto our laptops remotely', has: ['one-time code'] },
  { ws: LP, q: 'who is the cctv company and do we have a gdpr statement from them', has: ['Witham Security', 'missing'] },

  // ── Lantern Playhouse: lawful basis, sharing, roles ─────────────────────────────────────────
  { ws: LP, q: 'whats our lawful basis for sending kids details to the council', has: ['Lincolnshire County Council', 'legal obligation'] },
  { ws: LP, q: 'what exactly do we send the council for a child licence', has: ['date of birth', 'chaperone'] },
  { ws: LP, q: 'which suppliers are recipients rather than processors', has: ['Lincolnshire County Council', 'Brayford & Cole'], not: ['Spektrix', 'SumUp'] },

  // ── Lantern Playhouse: policies, "what do I do" ─────────────────────────────────────────────
  { ws: LP, q: 'i think i left the box office laptop on the bus what do i do', has: ['Delia', '24 hours'] },
  { ws: LP, q: 'a woman rang asking if her husband was at the show last night, can i tell her', has: ['message'] },
  { ws: LP, q: 'a kid at youth drama just told me something really worrying, what do i do', has: ['Priya', '999'] },
  { ws: LP, q: 'can i take pics of the youth group on my phone for insta?', has: ['consent', 'iPad'] },
  { ws: LP, q: 'a bloke turned up to collect one of the kids and hes not on the list', has: ['collection list'] },
  { ws: LP, q: 'do i need a dbs to help backstage with the youth show', has: ['uCheck', 'enhanced'] },
  { ws: LP, q: 'how long do we keep accident forms if it was a kid that got hurt', has: ['21'] },
  { ws: LP, q: 'police want cctv of a scuffle in the car park, can i just email it over', has: ['in writing', 'Delia'] },
  { ws: LP, q: 'a customer wants a copy of the cctv of herself at the bar. and how long have we got to reply?', has: ['Delia', 'one month'] },
  { ws: LP, q: 'challenge 25 refusal, where do i write it down', has: ['refusals book'] },
  { ws: LP, q: 'a reporter from the local paper is asking about a complaint, who handles that', has: ['Lottie'] },
  { ws: LP, q: 'volunteer gave me a paper copy of their dbs certificate, should i scan it?', has: ['photocopy'] },
  { ws: LP, q: 'lost my phone, its got the theatre email on it', has: ['Delia', 'Steep Hill IT'] },

  // ── Lantern Playhouse: off-topic or unanswerable ────────────────────────────────────────────
  { ws: LP, q: 'what time does the bar open on matinee days', has: ['Delia Fenwick'], not: ['SumUp', 'Spektrix'] },
  { ws: LP, q: 'do volunteers get free tickets for the panto?', has: ['Delia Fenwick'], not: ['Spektrix', 'Better Impact'] },
  { ws: LP, q: 'whats the wifi password in the green room', has: ['Delia Fenwick'], not: ['Google Workspace', 'Xero'] },
  { ws: LP, q: 'who got cast as the lead in the spring show', has: ['Delia Fenwick'], not: ['ClassForKids', 'Spektrix'] },
  { ws: LP, q: 'can i bring my dog to rehearsals', has: ['Delia Fenwick'], not: ['ClassForKids', 'Witham Security'] },

  // ── Keystone Locksmiths: where data lives, who owns what ────────────────────────────────────
  { ws: KL, q: 'where are job sheets stored these days', has: ['ServiceM8', 'US'] },
  { ws: KL, q: 'who looks after the job app', has: ['Joanne'] },
  { ws: KL, q: 'which suppliers store data in the us', has: ['ServiceM8', 'Square'], not: ['FreeAgent', 'Quartix', 'Moneypenny', 'BrightPay'] },
  { ws: KL, q: 'which suppliers keep data only in the uk', has: ['Abloy UK', 'Moneypenny', 'Quartix', 'Microsoft 365', 'Master Locksmiths Association', 'Checkatrade'], not: ['ServiceM8', 'Square', 'FreeAgent', 'BrightPay', 'Hik-Connect'] },
  { ws: KL, q: 'where is payroll done and where is that data kept', has: ['BrightPay', 'EU'] },
  { ws: KL, q: 'where is freeagent hosted and whats the safeguard', has: ['EU', 'adequacy'] },
  { ws: KL, q: 'where is the shop cctv footage actually stored', has: ['recorder'] },
  { ws: KL, q: 'which suppliers does dean look after', has: ['Moneypenny', 'Quartix', 'Master Locksmiths Association', 'Hik-Connect', 'Checkatrade'], not: ['ServiceM8', 'FreeAgent', 'Square'] },
  { ws: KL, q: 'what does bernie look after on the register', has: ['Abloy UK'], not: ['ServiceM8', 'Square'] },
  { ws: KL, q: 'who owns brightpay and is 2fa forced on it', has: ['Joanne', 'available'] },

  // ── Keystone Locksmiths: retention ──────────────────────────────────────────────────────────
  { ws: KL, q: 'how long do we keep the van tracking data', has: ['Quartix', '12 months'] },
  { ws: KL, q: 'how long are the out of hours call recordings kept', has: ['Moneypenny', '90 days'] },
  { ws: KL, q: 'how long do we keep photos of customers id after a lockout', has: ['30 days'] },
  { ws: KL, q: 'how long do we keep the key cutting log book', has: ['2 years'] },
  { ws: KL, q: 'customer never came back for their cut keys, what happens to them', has: ['3 months'] },

  // ── Keystone Locksmiths: categories, subjects, special category ─────────────────────────────
  { ws: KL, q: 'what special category data do we hold and where', has: ['ServiceM8', 'BrightPay'], not: ['Square', 'Checkatrade', 'FreeAgent'] },
  { ws: KL, q: 'do we note down if a customer is vulnerable? where does that go', has: ['ServiceM8'] },
  { ws: KL, q: 'what data does the van tracker collect on me', has: ['driving behaviour'] },
  { ws: KL, q: 'which suppliers hold data about us engineers', has: ['Quartix', 'BrightPay', 'Master Locksmiths Association'], not: ['Square', 'Checkatrade', 'Moneypenny'] },
  { ws: KL, q: 'what does abloy hold about our customers', has: ['signatures'] },
  { ws: KL, q: 'what do we send checkatrade about customers', has: ['postcode'] },
  { ws: KL, q: 'who do we share the engineers dbs results with', has: ['Master Locksmiths Association'] },
  { ws: KL, q: 'what gets sent to the accountants + what can they get into', has: ['Pryor & Quayle', 'read-only'] },

  // ── Keystone Locksmiths: GDPR statements ────────────────────────────────────────────────────
  { ws: KL, q: 'mla gdpr statement, have we got it?', has: ['awaited'] },
  { ws: KL, q: 'which suppliers havent got a gdpr statement on file', has: ['BrightPay', 'Master Locksmiths Association', 'Hik-Connect', 'Pryor & Quayle', 'Harbourside IT'], not: ['ServiceM8', 'Square', 'Microsoft 365', 'FreeAgent'] },
  { ws: KL, q: 'whats happening with the harbourside dpa', has: ['Dean'] },
  { ws: KL, q: 'checkatrade statement review says 2019, is it overdue?', has: ['Checkatrade', '2019'] },
  { ws: KL, q: 'which suppliers gdpr review is years overdue', has: ['Checkatrade'], not: ['ServiceM8', 'Square', 'Abloy UK'] },
  { ws: KL, q: 'is there a link to sm8s privacy terms', has: ['servicem8.com/privacy'] },

  // ── Keystone Locksmiths: security, 2FA, access ──────────────────────────────────────────────
  { ws: KL, q: 'hik connect 2fa?', has: ['unknown'] },
  { ws: KL, q: 'which accounts have 2fa enforced', has: ['Abloy UK', 'FreeAgent', 'Square', 'Microsoft 365'], not: ['ServiceM8', 'Moneypenny', 'Quartix', 'Hik-Connect'] },
  { ws: KL, q: 'what security certs have moneypenny got', has: ['Cyber Essentials'] },
  { ws: KL, q: 'if moneypenny has a breach how long til they tell us', has: ['48 hours'] },
  { ws: KL, q: 'whats the uptime on servicem8 and is it backed up', has: ['99.9', '30 days'] },
  { ws: KL, q: 'can servicem8 support see our jobs', has: ['support access'] },
  { ws: KL, q: 'can microsoft read our emails', has: ['Lockbox'] },
  { ws: KL, q: 'how do harbourside connect remotely to the office pcs', has: ['accepts'] },

  // ── Keystone Locksmiths: lawful basis, roles, purpose ───────────────────────────────────────
  { ws: KL, q: 'lawful basis for tracking the vans?', has: ['legitimate interests'] },
  { ws: KL, q: 'does quartix track us at weekends when i take the van home', has: ['private mode'] },
  { ws: KL, q: 'is abloy a processor or what', has: ['joint'] },
  { ws: KL, q: 'which suppliers are recipients', has: ['Master Locksmiths Association', 'Pryor & Quayle', 'Checkatrade'], not: ['ServiceM8', 'Square'] },
  { ws: KL, q: 'whats moneypenny for', has: ['Moneypenny', 'emergency'] },

  // ── Keystone Locksmiths: policies, "what do I do" ───────────────────────────────────────────
  { ws: KL, q: 'a customers ex rang asking for a copy of the key to her flat, can we do one', has: ['keyholder'] },
  { ws: KL, q: 'i left the job sheets in the van overnight, is that bad', has: ['safe'] },
  { ws: KL, q: 'what do i need to see before opening a door for someone locked out', has: ['photo ID'] },
  { ws: KL, q: 'lockout at 2am and the guy cant prove he lives there, what now', has: ['police'] },
  { ws: KL, q: 'landlord wants us to change the locks while the tenant is still living there', has: ['Dean'] },
  { ws: KL, q: 'police rang asking for our key cutting records for an address, what do i say', has: ['in writing', '101'] },
  { ws: KL, q: 'bloke at the counter wants a copy of his restricted key but forgot his card', has: ['security card'] },
  { ws: KL, q: 'can i cut a key from a photo someone sent on whatsapp', has: ['original'] },
  { ws: KL, q: 'can we write the address on the key tag so we dont mix them up', has: ['job number'] },
  { ws: KL, q: 'lost my work phone on a job in clifton', has: ['Joanne', 'Harbourside IT'] },
  { ws: KL, q: 'van got nicked with customer keys in the back', has: ['Joanne', 'Quartix'] },
  { ws: KL, q: 'how do i get rid of the old carbon job pads', has: ['Shred Station'] },
  { ws: KL, q: 'someone in the shop wants cctv of themselves, who deals with it', has: ['Joanne', 'one month'] },

  // ── Keystone Locksmiths: off-topic or unanswerable ──────────────────────────────────────────
  { ws: KL, q: 'how much do we charge for an emergency call out after midnight', has: ['Joanne Tranter'], not: ['Moneypenny', 'Square'] },
  { ws: KL, q: 'when is the mot due on the transit', has: ['Joanne Tranter'], not: ['Quartix'] },
  { ws: KL, q: 'is the wholesaler open saturdays for euro cylinders', has: ['Joanne Tranter'], not: ['Abloy UK'] },
  { ws: KL, q: 'can i claim my lunch on expenses', has: ['Joanne Tranter'], not: ['FreeAgent', 'BrightPay'] },
  { ws: KL, q: 'whats the alarm code for the shop', has: ['Joanne Tranter'], not: ['Hik-Connect'] },
];
