// Held-out round 79, written blind in the reference block's mix of kinds: two new firms (a community choir, cantata-community-choir; a phone and tablet repair shop, fixfast-phone-repairs), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 106 / 120 (field 48/48, list 16/20, situation 29/36, off-topic 6/8, new tool 7/8), the same on the code at the session's start. Kept held out as a validation set (counts only, never read).
import type { ReferenceCase } from './types.ts';

const A = 'cantata-community-choir';
const B = 'fixfast-phone-repairs';

export const ROUND79: ReferenceCase[] = [
  // ───────────── A: Cantata Community Choir ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where is the member database actually kept, like which country are the servers in', has: ['Chorus Connection', 'US'], not: ['EU'] },
  { ws: A, kind: 'field', q: 'how long do we hang on to peoples bank details for the subs direct debit', has: ['GoCardless', '6 years'] },
  { ws: A, kind: 'field', q: 'who on the committee is in charge of the card machine we use at concerts?', has: ['Zettle', 'David'] },
  { ws: A, kind: 'field', q: 'izettle - where does that store the payment stuff', has: ['Zettle', 'SE', 'EU'], not: ['US'] },
  { ws: A, kind: 'field', q: 'whats our legal basis for having people on the newsletter list', has: ['Mailchimp', 'Consent'] },
  { ws: A, kind: 'field', q: 'mail chimp is american isnt it? what covers us for sending the audience list over there', has: ['Mailchimp', 'UK Addendum'], not: ['IDTA'] },
  { ws: A, kind: 'field', q: 'did the photographer ever sign and send back our agreement thing', has: ['Lucy Marsh Photography', 'awaited'] },
  { ws: A, kind: 'field', q: 'kit harding who fixes the laptops - have we got any gdpr paperwork from him at all??', has: ['Stroud Tech Help', 'missing'] },
  { ws: A, kind: 'field', q: 'for the italy trip what do we actually hand over to the tour company about people', has: ['Rayburn Tours', 'passport'] },
  { ws: A, kind: 'field', q: 'after tuscany how long will rayburn keep hold of all our travellers details', has: ['Rayburn Tours', '6 months'] },
  { ws: A, kind: 'field', q: 'when david does the gift aid claim what info about donors goes to the tax man', has: ['HMRC Charities Online', 'postcodes'] },
  { ws: A, kind: 'field', q: 'can the chorus connect support people just go into our account whenever they like? a member asked me', has: ['Chorus Connection', '7 days'] },
  { ws: A, kind: 'field', q: 'is two step login compulsory on the choir gmail / drive accounts or optional', has: ['Google Workspace for Nonprofits', 'enforced'] },
  { ws: A, kind: 'field', q: 'how long do the weekly rehearsal recordings stay in the drive before they get binned', has: ['following term'] },
  { ws: A, kind: 'field', q: 'where is the choir website hosted, data wise', has: ['Squarespace', 'US', 'IE'] },
  { ws: A, kind: 'field', q: 'someone filled in the come and sing form on the website 2 yrs ago, would we still have their details?', has: ['Squarespace', '1 year'] },
  { ws: A, kind: 'field', q: 'qbo transfer safeguard?', has: ['QuickBooks Online', 'SCC'], not: ['IDTA'] },
  { ws: A, kind: 'field', q: 'are h&r a processor of ours or what, what is their gdpr role', has: ['Holloway & Reid', 'recipient'] },
  { ws: A, kind: 'field', q: 'the independent examiner - do we have their data protection terms on file yet', has: ['Holloway & Reid', 'requested'] },
  { ws: A, kind: 'field', q: 'what security certs has the dbs checking company got', has: ['uCheck', 'Cyber Essentials Plus'] },
  { ws: A, kind: 'field', q: 'who looks after the insta and fb page supplier stuff', has: ['Facebook and Instagram', 'Beth'] },
  { ws: A, kind: 'field', q: 'on what lawful basis do we do criminal record checks on the youth chaperones', has: ['uCheck', 'Legal obligation'] },
  { ws: A, kind: 'field', q: 'how long is the box office keeping ticket buyers names and emails', has: ['TicketSource', '3 years'] },
  { ws: A, kind: 'field', q: 'who looks after the members system? need to ask them something about a singers record', has: ['Chorus Connection', 'Sue'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our suppliers keep data in the US?', has: ['Chorus Connection', 'Mailchimp', 'Google Workspace for Nonprofits', 'Squarespace', 'Facebook and Instagram', 'QuickBooks Online'], not: ['GoCardless', 'TicketSource', 'uCheck'] },
  { ws: A, kind: 'list', q: 'which suppliers are we still waiting on for a gdpr statement / dpa, i.e. not on file yet', has: ['Lucy Marsh Photography', 'Stroud Tech Help', 'Holloway & Reid', 'Rayburn Tours'], not: ['GoCardless', 'Zettle'] },
  { ws: A, kind: 'list', q: 'who holds card details for us', has: ['Zettle'], not: ['Mailchimp', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'trustees want to know which of our systems have medical or health info on people in them', has: ['Chorus Connection', 'Rayburn Tours'], not: ['Mailchimp', 'GoCardless'] },
  { ws: A, kind: 'list', q: 'how many suppliers are on the register altogether', has: ['15'] },
  { ws: A, kind: 'list', q: 'list the ones that keep everything only in the uk please', has: ['TicketSource', 'uCheck', 'Lucy Marsh Photography', 'Holloway & Reid', 'HMRC Charities Online'], not: ['Mailchimp', 'Chorus Connection'] },
  { ws: A, kind: 'list', q: 'any gdpr statements overdue for review?', has: ['Mailchimp', 'TicketSource'], not: ['uCheck'] },
  { ws: A, kind: 'list', q: 'which systems can the IT man get into', has: ['Chorus Connection', 'Google Workspace'], not: ['QuickBooks', 'GoCardless'] },
  { ws: A, kind: 'list', q: 'what suppliers does david (treasurer) look after? he asked me to check before the agm', has: ['GoCardless', 'Zettle', 'QuickBooks Online', 'Holloway & Reid', 'HMRC Charities Online'], not: ['Mailchimp', 'Chorus Connection'] },
  { ws: A, kind: 'list', q: 'which suppliers dont offer two factor at all', has: ['Lucy Marsh Photography'], not: ['GoCardless', 'Google Workspace'] },

  // situation (18)
  { ws: A, kind: 'situation', q: 'help i think i left my music folder on the 94 bus home and the soprano contact sheet was in the back of it', has: ['breach-and-lost-devices', 'Helen'] },
  { ws: A, kind: 'situation', q: 'oh no i just sent the rehearsal change email from my own gmail with all 90 people in the to box so everyone can see each others addresses. should i recall it?', has: ['breach-and-lost-devices', 'BCC'] },
  { ws: A, kind: 'situation', q: 'my phone got nicked at the pub after rehearsal last night and the chorus connection app was logged in on it', has: ['breach-and-lost-devices', 'Sue'] },
  { ws: A, kind: 'situation', q: 'one of the sopranos has emailed asking for a copy of everything the choir holds on her, what do i do with that', has: ['member-data-requests', 'one month'] },
  { ws: A, kind: 'situation', q: 'a bass is leaving after 20 yrs (sad) and says he wants all his details wiped including the gift aid stuff, can we just do that', has: ['member-data-requests', '6 years'] },
  { ws: A, kind: 'situation', q: 'a new alto asked me for another altos phone number so they can sort a lift share to rehearsals, ok to just give it her?', has: ['member-data-requests'] },
  { ws: A, kind: 'situation', q: 'the rehearsal recording of the brahms sounds amazing this week can i pop it on my youtube channel for my mum', has: ['photos-and-recordings'] },
  { ws: A, kind: 'situation', q: 'a tenor has messaged saying he hates the photo of him from the spring concert on instagram and wants it gone', has: ['photos-and-recordings', '24 hours'] },
  { ws: A, kind: 'situation', q: 'thinking of recording the saturday youth choir sessions on my phone so the kids can practise at home, thats fine right', has: ['photos-and-recordings'] },
  { ws: A, kind: 'situation', q: 'one of the girls in the youth section told me something about home at break that really worried me and asked me not to tell anyone. what should i do', has: ['youth-safeguarding', 'Fiona'] },
  { ws: A, kind: 'situation', q: 'quickest way to tell one of the 15 yr olds that saturday is moved is just whatsapp her isnt it', has: ['youth-safeguarding'] },
  { ws: A, kind: 'situation', q: 'other helper is off sick this saturday so its just me with the youth lot, can i still run it and drop one of them home after', has: ['youth-safeguarding'] },
  { ws: A, kind: 'situation', q: 'can i put the key safe number for st lukes in the section whatsapp so whoever gets there first can open up', has: ['hall-keys-and-cash'] },
  { ws: A, kind: 'situation', q: 'i cant find my hall key anywhere, been through all my coats. who do i tell', has: ['hall-keys-and-cash', 'Helen'] },
  { ws: A, kind: 'situation', q: 'doing front of house at the december concert, is it ok to leave the cash box and the gift aid envelopes on the table while i go find more programmes', has: ['hall-keys-and-cash'] },
  { ws: A, kind: 'situation', q: 'shall i just email anjali a pic of my passport for the tuscany trip, easier than filling in forms', has: ['tour-paperwork'] },
  { ws: A, kind: 'situation', q: 'weve just got back from tour and i have a pile of everyones medical and dietary forms, what happens to them now', has: ['tour-paperwork'] },
  { ws: A, kind: 'situation', q: 'my 14 year old is going on the italy tour with the youth section, what paperwork does he need to bring', has: ['tour-paperwork'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'what are we singing at the christmas concert this year', has: ['Helen Okafor'] },
  { ws: A, kind: 'off-topic', q: 'where is best to park near st lukes on a tuesday night, the road outside is always rammed', has: ['Helen Okafor'] },
  { ws: A, kind: 'off-topic', q: 'can you recommend a good vocal warm up for tired altos lol', has: ['Helen Okafor'] },
  { ws: A, kind: 'off-topic', q: 'does anyone know if the church hall has a working piano tuner booked before the concert', has: ['Helen Okafor'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can we use spond for taking rehearsal attendance? a friends football club uses it and its free', has: ['new-tools', 'Helen'] },
  { ws: A, kind: 'new-tool', q: 'ok to put a doodle poll out to the whole choir with names to see who can do the extra sectional?', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'for the summer come and sing day i was thinking eventbrite for bookings, its easier than what we have', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'i want to make a jotform for youth section parents to fill in allergies etc, any reason not to?', has: ['new-tools', 'Helen'] },

  // ───────────── B: FixFast Phone Repairs ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where does the till system keep its data', has: ['RepairDesk', 'US', 'PK'], not: ['EU'] },
  { ws: B, kind: 'field', q: 'how long do we keep old repair tickets for', has: ['RepairDesk', '6 years'] },
  { ws: B, kind: 'field', q: 'can the repair desk support team log into our store whenever they want?', has: ['RepairDesk', 'Chloe'] },
  { ws: B, kind: 'field', q: 'the pos support lot are in pakistan apparently, what covers us for that transfer', has: ['RepairDesk', 'IDTA'] },
  { ws: B, kind: 'field', q: 'card terminal - is the data kept in the uk?', has: ['Dojo', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'what do we actually pass to royal mail when we print a label', has: ['Royal Mail Click & Drop', 'address'] },
  { ws: B, kind: 'field', q: 'have we got dpd\'s gdpr statement yet', has: ['DPD', 'requested'] },
  { ws: B, kind: 'field', q: 'whats our lawful basis for running the stolen check on trade ins', has: ['CheckMEND', 'Legitimate interests'] },
  { ws: B, kind: 'field', q: 'where is the online shop data stored', has: ['Shopify', 'CA', 'US', 'EU'] },
  { ws: B, kind: 'field', q: 'how long does the id app keep the sellers id scans', has: ['Yoti', '90 days'] },
  { ws: B, kind: 'field', q: 'who owns the yoti account / looks after it?', has: ['Yoti', 'Marek'] },
  { ws: B, kind: 'field', q: 'where is xero hosted', has: ['Xero', 'US', 'AU'] },
  { ws: B, kind: 'field', q: 'bookkeeping software transfer mechanism pls', has: ['Xero', 'UK Addendum'] },
  { ws: B, kind: 'field', q: 'status of the accountants gdpr terms? linda was chasing', has: ['Hollins & Shaw', 'awaited'] },
  { ws: B, kind: 'field', q: 'what do we share with hollins and shaw', has: ['Hollins & Shaw', 'buy-ins'] },
  { ws: B, kind: 'field', q: 'can microsoft staff read our outlook emails?', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: B, kind: 'field', q: 'office365 data location?', has: ['Microsoft 365', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long do we keep whatsapp chats with customers after theyve collected', has: ['WhatsApp Business', '3 months'] },
  { ws: B, kind: 'field', q: 'are the wa business terms actually on file or not', has: ['WhatsApp Business', 'requested'] },
  { ws: B, kind: 'field', q: 'trust pilot, lawful basis for sending the review invites?', has: ['Trustpilot', 'Consent'] },
  { ws: B, kind: 'field', q: 'how long does the recovery lab in nottingham keep a customers recovered pics', has: ['Kestrel Data Recovery', '14 days'] },
  { ws: B, kind: 'field', q: 'where does the nas backup go, which country', has: ['Synology C2 Storage', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how does dale get onto our pcs when hes fixing stuff remotely', has: ['Dale Whitworth IT', 'TeamViewer'] },
  { ws: B, kind: 'field', q: 'is 2fa enforced on the card reader account', has: ['Dojo', 'enforced'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which suppliers store data in the us', has: ['RepairDesk', 'Shopify', 'Xero', 'WhatsApp Business', 'eBay'], not: ['Dojo', 'Yoti', 'Kestrel Data Recovery'] },
  { ws: B, kind: 'list', q: 'who holds card details?', has: ['Dojo', 'Shopify'], not: ['Xero', 'Trustpilot'] },
  { ws: B, kind: 'list', q: 'which suppliers are we missing a gdpr statement for', has: ['eBay', 'Dale Whitworth IT'], not: ['Shopify', 'Dojo'] },
  { ws: B, kind: 'list', q: 'how many suppliers have we got on the register', has: ['16'] },
  { ws: B, kind: 'list', q: 'which outside companies end up with whats actually on customers phones, photos messages etc', has: ['Kestrel Data Recovery', 'Synology C2 Storage'], not: ['Trustpilot', 'Dojo'] },
  { ws: B, kind: 'list', q: 'which ones keep data only in the UK', has: ['Dojo', 'Royal Mail Click & Drop', 'CheckMEND', 'Yoti', 'Hollins & Shaw', 'Kestrel Data Recovery'], not: ['Xero', 'Shopify', 'RepairDesk'] },
  { ws: B, kind: 'list', q: 'which of our suppliers are recipients rather than processors', has: ['Royal Mail Click & Drop', 'DPD', 'CheckMEND', 'Hollins & Shaw', 'Trustpilot'], not: ['Dojo', 'Xero'] },
  { ws: B, kind: 'list', q: 'any gdpr statements past their review date?', has: ['RepairDesk', 'Trustpilot'], not: ['Synology C2 Storage'] },
  { ws: B, kind: 'list', q: 'which systems can the accountants get at', has: ['RepairDesk', 'Xero'], not: ['Shopify', 'Dojo'] },
  { ws: B, kind: 'list', q: 'what suppliers is marek responsible for, hes off in december and jordan is covering', has: ['CheckMEND', 'Yoti', 'Kestrel Data Recovery', 'Synology C2 Storage'], not: ['Xero', 'Shopify'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'think i gave a black iphone 13 to the wrong bloke, two of them were in the same tray. hes gone now', has: ['breach-reporting', 'Chloe'] },
  { ws: B, kind: 'situation', q: 'postal repair parcel going back to a customer in leeds has been stuck on tracking for 8 days, looks lost', has: ['breach-reporting', 'Sophie'] },
  { ws: B, kind: 'situation', q: 'left my own phone on the train this morning, it has the shop outlook and the whatsapp on it', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'customer just wants a new screen, shall i get her pin and write it on the tag in the tray so the tech has it', has: ['passcodes-and-contents'] },
  { ws: B, kind: 'situation', q: 'a customer has whatsapped us his unlock code for the phone he dropped off, is that ok to use', has: ['passcodes-and-contents'] },
  { ws: B, kind: 'situation', q: 'lads at the bench were having a nosy through a customers photos on a phone in for a battery, is that a problem or am i overreacting', has: ['passcodes-and-contents'] },
  { ws: B, kind: 'situation', q: 'got a customers photos off her dead samsung, the nas is being slow so can i stick them on my laptop til tomorrow', has: ['data-recovery'] },
  { ws: B, kind: 'situation', q: 'checking files open on a recovery job and i came across some images of kids that dont look right. i feel sick. what do i do', has: ['data-recovery', 'Imran'] },
  { ws: B, kind: 'situation', q: 'recovery job finished, customer is in scotland - how do i get the data back to her', has: ['data-recovery', 'USB'] },
  { ws: B, kind: 'situation', q: 'young lad wants to sell us an iphone 12 but hes only got his bank card, no licence or passport', has: ['buying-second-hand'] },
  { ws: B, kind: 'situation', q: 'the stolen check just came back red and the seller is stood right there at the counter watching me', has: ['buying-second-hand', 'Marek'] },
  { ws: B, kind: 'situation', q: 'a policeman phoned asking who sold us a galaxy s23 last tuesday, can i just tell him the name', has: ['buying-second-hand', 'Imran'] },
  { ws: B, kind: 'situation', q: 'woman at the counter says shes come for her husbands phone, no slip, no code, says hes at work', has: ['collections-and-postal'] },
  { ws: B, kind: 'situation', q: 'postal customer emailed asking us to send her phone back to her work address not home, ok to just change it?', has: ['collections-and-postal', 'Chloe'] },
  { ws: B, kind: 'situation', q: 'when i do the label should i put iphone 14 pro smashed screen on it so the customer knows whats in the box', has: ['collections-and-postal'] },
  { ws: B, kind: 'situation', q: 'customer on the phone wants us to delete every bit of info we have on him right now', has: ['data-requests', 'Chloe'] },
  { ws: B, kind: 'situation', q: 'some guy who sold us a phone last year wants a copy of all the data we hold on him. how long do we have', has: ['data-requests', 'one month'] },
  { ws: B, kind: 'situation', q: 'a customer just replied STOP MESSAGING ME to our phone is ready message, what now', has: ['data-requests'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: 'how much do we charge for an iphone 13 screen again', has: ['Chloe Brannigan'] },
  { ws: B, kind: 'off-topic', q: 'what time do we shut on saturdays over christmas', has: ['Chloe Brannigan'] },
  { ws: B, kind: 'off-topic', q: 'is derby county playing tonight? might leave early lol', has: ['Chloe Brannigan'] },
  { ws: B, kind: 'off-topic', q: 'were low on tempered glass for the s24, how do i reorder it', has: ['Chloe Brannigan'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can i use wetransfer to send a customer all her recovered photos? its like 8gb', has: ['new-tools'] },
  { ws: B, kind: 'new-tool', q: 'want to install 3utools on the bench pc for checking iphone diagnostics, ok?', has: ['new-tools'] },
  { ws: B, kind: 'new-tool', q: 'thinking we could put a calendly link on the site so people book repair slots themselves, they would put their name and number in', has: ['new-tools', 'Chloe'] },
  { ws: B, kind: 'new-tool', q: 'customer wants me to share the before and after pics through dropbox, can we set up a shop dropbox', has: ['new-tools', 'Chloe'] },
];
