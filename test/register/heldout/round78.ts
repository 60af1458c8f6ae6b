// Held-out round 78, written blind in the reference block's mix of kinds: two new firms (a mobile hairdresser, curlbox-mobile-hair; a garage door and gate installer, rollright-garage-doors), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 111 / 120 (field 45/48, list 20/20, situation 32/36, off-topic 7/8, new tool 7/8), the same on the code at the session's start.
import type { ReferenceCase } from './types.ts';

const A = 'curlbox-mobile-hair';
const B = 'rollright-garage-doors';

export const ROUND78: ReferenceCase[] = [
  // ───────────── Firm A: Curlbox Mobile Hair ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where does the booking app actually keep all our clients info?', has: ['Fresha', 'UK', 'EU'], not: ['US'] },
  { ws: A, kind: 'field', q: 'how long do we hang on to the texts that come into the booking line', has: ['TextAnywhere', '12 months'] },
  { ws: A, kind: 'field', q: 'whos in charge of the card machine account', has: ['SumUp', 'Jess'], not: ['Amira'] },
  { ws: A, kind: 'field', q: 'does the allergy form stuff get sent over to america? and if so whats covering it', has: ['Jotform', 'EU', 'SCC'] },
  { ws: A, kind: 'field', q: 'how long do we keep patch test forms in jotfrom for', has: ['Jotform', '6 years'] },
  { ws: A, kind: 'field', q: "what's our legal reason for having a tracker on the van", has: ['Quartix', 'legitimate interests'] },
  { ws: A, kind: 'field', q: 'are the key codes in 1pass stored in canada or wot', has: ['1Password', 'EU', 'Canada'], not: ['US'] },
  { ws: A, kind: 'field', q: 'can someone at microsoft just go in and read our outlook emails??', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: A, kind: 'field', q: 'have we got any gdpr paperwork from pete the IT man', has: ['PA Computer Help', 'missing'] },
  { ws: A, kind: 'field', q: 'is the whatsapp gdpr thing sorted yet or not', has: ['WhatsApp Business', 'progress'] },
  { ws: A, kind: 'field', q: 'the wedding enquiry form on our website, where does that info end up being stored', has: ['Squarespace', 'US'] },
  { ws: A, kind: 'field', q: 'how long do the before and after pics stay up on insta', has: ['Instagram and Facebook', '2 years'] },
  { ws: A, kind: 'field', q: 'who looks after freeagent', has: ['FreeAgent', 'Denise'] },
  { ws: A, kind: 'field', q: 'what do we give the wholesaler? do they get any client stuff', has: ['Salon Services', 'delivery address'] },
  { ws: A, kind: 'field', q: 'are nhbf a processor for us or something else', has: ['NHBF Insurance', 'recipient'] },
  { ws: A, kind: 'field', q: 'is 2 step login forced on the sumup accounts or optional', has: ['SumUp', 'enforced'] },
  { ws: A, kind: 'field', q: 'how long do we keep the care home stuff, residents lists and that', has: ['Nidderdale Care Group', '6 years'] },
  { ws: A, kind: 'field', q: "can the fresha support people see our client list whenever they like? had a weird email from them", has: ['Fresha', 'allow support access'] },
  { ws: A, kind: 'field', q: 'where are the accounts in freagent hosted', has: ['FreeAgent', 'EU'], not: ['US'] },
  { ws: A, kind: 'field', q: 'what security certificates has the consultation form company got', has: ['Jotform', 'SOC 2'] },
  { ws: A, kind: 'field', q: 'whats the lawful basis for putting client photos on our socials', has: ['Instagram and Facebook', 'consent'] },
  { ws: A, kind: 'field', q: 'how long do staff files stay on onedrive after someone leaves', has: ['Microsoft 365', '6 years'] },
  { ws: A, kind: 'field', q: 'what can the accountants actually get into, do they see fresha?', has: ['Nidd Valley Accountants', 'FreeAgent'] },
  { ws: A, kind: 'field', q: 'the text inbox thingy, have we had their gdpr agreement back yet', has: ['TextAnywhere', 'awaited'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our apps keep data in the US?', has: ['WhatsApp Business', 'Instagram and Facebook', 'Squarespace'], not: ['Fresha', 'TextAnywhere'] },
  { ws: A, kind: 'list', q: 'who holds clients card details', has: ['SumUp'] },
  { ws: A, kind: 'list', q: "which suppliers have we got no gdpr statement for at all", has: ['PA Computer Help'], not: ['Fresha', 'SumUp'] },
  { ws: A, kind: 'list', q: 'how many suppliers are on our register altogether', has: ['16'] },
  { ws: A, kind: 'list', q: 'which of the companies we use have health info about clients, like allergies', has: ['Jotform', 'Fresha', 'NHBF Insurance'] },
  { ws: A, kind: 'list', q: "who do we pass data on to that aren't processors, the recipient ones", has: ['Instagram and Facebook', 'Salon Services', 'NHBF Insurance', 'Nidd Valley Accountants'] },
  { ws: A, kind: 'list', q: 'which of them have data sitting in europe', has: ['Fresha', 'SumUp', 'Jotform', '1Password', 'FreeAgent'], not: ['Quartix'] },
  { ws: A, kind: 'list', q: "which apps don't force two factor on us", has: ['Fresha', 'TextAnywhere', 'Quartix'], not: ['SumUp'] },
  { ws: A, kind: 'list', q: 'what suppliers does jess look after', has: ['Fresha', 'SumUp', 'Jotform', 'Quartix'], not: ['TextAnywhere', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'which suppliers keep stuff for 6 years', has: ['FreeAgent', 'Nidd Valley Accountants', 'Jotform'] },

  // situation (18)
  { ws: A, kind: 'situation', q: "i think i left my work phone in mrs h's kitchen this morning, its not in my bag and shes not answering", has: ['lost-devices'] },
  { ws: A, kind: 'situation', q: 'sent a booking confirmation to the wrong lady by accident, what do i do now', has: ['breach-reporting', 'Denise'] },
  { ws: A, kind: 'situation', q: "someone's got into our instagram and posted weird crypto stuff", has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'one of my ladies daughter rang up asking what we have got on file about her mum, can i tell her', has: ['data-requests', 'power of attorney'] },
  { ws: A, kind: 'situation', q: 'a customer wants all her details wiped including her old patch test, can i just delete her off the app', has: ['data-requests'] },
  { ws: A, kind: 'situation', q: 'how long have we got to get back to someone who asked for a copy of everything we hold on her', has: ['data-requests', 'one month'] },
  { ws: A, kind: 'situation', q: "forgot the key safe number for mr dobson and im outside his house now, can i just get chloe to text it me", has: ['key-safes'] },
  { ws: A, kind: 'situation', q: "covering bethany's round tomorrow and i dont have the door codes for any of her housebound ladies", has: ['key-safes'] },
  { ws: A, kind: 'situation', q: 'client changed her keysafe number, where do i put the new one', has: ['key-safes', '1Password'] },
  { ws: A, kind: 'situation', q: "new client wants a full head tint on saturday, she says she's never reacted to anything in her life so can we skip the test just this once", has: ['patch-tests', '48 hours'] },
  { ws: A, kind: 'situation', q: "lady told me today she's started chemo, does that change anything for her colour next month", has: ['patch-tests'] },
  { ws: A, kind: 'situation', q: "where am i meant to write a client's allergy details, can i put them on her card in the app", has: ['patch-tests', 'Jotform'] },
  { ws: A, kind: 'situation', q: 'can i post the bridesmaids hair from saturday on my own insta, it came out sooo good', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: "a resident's family at beechfield want us to put her new do on facebook, she looks amazing and they said its fine", has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: 'client messaged asking us to take her before and after pic down', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: "van got broken into outside a clients house in pateley, the card reader's gone and the bag with the care home list", has: ['lost-devices'] },
  { ws: A, kind: 'situation', q: "oh no i think i left the residents list on the trolley at rosewood yesterday and walked out with the coordinator gone", has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'pretty sure i just texted a key safe code to the wrong number, typed one digit wrong', has: ['breach-reporting'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: "what's the best toner for brassy blondes", has: ['Denise'] },
  { ws: A, kind: 'off-topic', q: 'can i swap my saturday with amira next week', has: ['Denise'] },
  { ws: A, kind: 'off-topic', q: "van's making a clicking noise when i turn left, who do i ring about that", has: ['Denise'] },
  { ws: A, kind: 'off-topic', q: 'how much holiday do i get in my first year', has: ['Denise'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can i use canva to make the before and after collages', has: ['new-apps'] },
  { ws: A, kind: 'new-tool', q: "my mate uses booksy for her bookings and says its loads better, can i put my clients on that instead", has: ['new-apps', 'Denise'] },
  { ws: A, kind: 'new-tool', q: 'is it ok to keep the wedding inspo pics in a shared google drive folder with the bride', has: ['new-apps'] },
  { ws: A, kind: 'new-tool', q: "thinking of setting up a pinterest board for brides where they can see our work, anyone mind if i just sign up and crack on", has: ['new-apps'] },

  // ───────────── Firm B: RollRight Garage Doors & Gates ─────────────
  // field (24)
  { ws: B, kind: 'field', q: "where's commu soft keep all our customer stuff", has: ['Commusoft', 'UK'], not: ['US', 'EU'] },
  { ws: B, kind: 'field', q: 'how long do we keep old job records in the job system', has: ['Commusoft', '6 years'] },
  { ws: B, kind: 'field', q: 'who can let commusoft support into our account when theres a ticket', has: ['Commusoft', 'Hayley'] },
  { ws: B, kind: 'field', q: 'is the quickbooks data held over in america', has: ['QuickBooks Online', 'US'] },
  { ws: B, kind: 'field', q: 'what safeguard covers the accounts data going to the states', has: ['QuickBooks Online', 'IDTA'] },
  { ws: B, kind: 'field', q: 'who looks after the card machine account', has: ['Dojo', 'Imran'] },
  { ws: B, kind: 'field', q: 'how long does dojo keep the card transactions', has: ['Dojo', '5 years'] },
  { ws: B, kind: 'field', q: "have we got gocardless's dpa signed yet", has: ['GoCardless', 'requested'] },
  { ws: B, kind: 'field', q: 'the direct debit bank details, where are they stored?', has: ['GoCardless', 'UK', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: 'what do we actually give the finance company when someone wants to pay monthly for their gates', has: ['Novuna Consumer Finance', 'quote'] },
  { ws: B, kind: 'field', q: 'where is came cloud hosted', has: ['CAME Connect', 'Italy'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long are the gate open and close logs kept in the gate app', has: ['CAME Connect', '90 days'] },
  { ws: B, kind: 'field', q: 'gdpr statement for came connect, where are we with it', has: ['CAME Connect', 'awaited'] },
  { ws: B, kind: 'field', q: 'can microsoft engineers get in and read our outlook without us knowing', has: ['Microsoft 365', 'Customer Lockbox', 'Mark'] },
  { ws: B, kind: 'field', q: "who's the owner of the code vault", has: ['1Password', 'Craig'] },
  { ws: B, kind: 'field', q: 'hormann warranty regs - how long do they keep the customers details', has: ['Hörmann UK', '10 years'] },
  { ws: B, kind: 'field', q: 'what are pennine to us gdpr wise, processor or what', has: ['Pennine Block Management', 'joint'] },
  { ws: B, kind: 'field', q: 'how long do we keep van tracker data for', has: ['Quartix', '12 months'] },
  { ws: B, kind: 'field', q: "what's the legal basis for tracking the lads in the vans", has: ['Quartix', 'legitimate interests'] },
  { ws: B, kind: 'field', q: 'how long is the cctv footage kept on hik connect', has: ['Hik-Connect', '30 days'] },
  { ws: B, kind: 'field', q: 'have we got anything from hikvision about gdpr', has: ['Hik-Connect', 'missing'] },
  { ws: B, kind: 'field', q: 'newsletter sign ups, where does that data live', has: ['Mailchimp', 'US'] },
  { ws: B, kind: 'field', q: 'how long do enquiries from the website form stay on the site', has: ['Tame Valley Web Design', '3 months'] },
  { ws: B, kind: 'field', q: 'what can the accountant actually see of ours', has: ['Whitfield & Kaur Accountants', 'QuickBooks'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which suppliers store data in the US', has: ['QuickBooks Online', 'Mailchimp'], not: ['Commusoft', 'Dojo'] },
  { ws: B, kind: 'list', q: "who has got customers' card details", has: ['Dojo'] },
  { ws: B, kind: 'list', q: "which of our suppliers hold customers' bank account details", has: ['GoCardless'] },
  { ws: B, kind: 'list', q: 'which gdpr statements are we missing', has: ['Hik-Connect', 'Lakin IT'], not: ['Commusoft'] },
  { ws: B, kind: 'list', q: 'how many suppliers have we got on the register, and who are they', has: ['Commusoft', 'Lakin IT', 'Hik-Connect'] },
  { ws: B, kind: 'list', q: 'which systems have our customers gate codes or remote details in them', has: ['1Password', 'CAME Connect'] },
  { ws: B, kind: 'list', q: 'which suppliers keep data outside the uk', has: ['QuickBooks Online', 'Mailchimp', 'CAME Connect', '1Password'] },
  { ws: B, kind: 'list', q: 'what suppliers is hayley responsible for', has: ['Commusoft', 'GoCardless', 'Tame Valley Web Design'], not: ['Dojo', 'Quartix'] },
  { ws: B, kind: 'list', q: 'which ones are we still chasing for gdpr paperwork', has: ['GoCardless', 'CAME Connect'] },
  { ws: B, kind: 'list', q: 'who do we hand customer data over to as recipients rather than processors', has: ['Novuna Consumer Finance', 'Hörmann UK', 'Whitfield & Kaur Accountants'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'just texted a gate code to the wrong customer, what do i do', has: ['breach-reporting', 'Hayley'] },
  { ws: B, kind: 'situation', q: "think i left the job sheet on the customers drive at the last job, only just realised im halfway to lichfield", has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'emailed a quote to the wrong bloke, same surname', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: "neighbour came over and asked me to program him a fob for next door's gate, says the owner's fine with it, ok to do?", has: ['gate-codes-and-remotes'] },
  { ws: B, kind: 'situation', q: "where do i put the customer's keypad code, can i just stick it in the notes on the job", has: ['gate-codes-and-remotes', '1Password'] },
  { ws: B, kind: 'situation', q: 'set an engineer code on the panel while i was testing, anything i need to do before i leave', has: ['gate-codes-and-remotes'] },
  { ws: B, kind: 'situation', q: 'customer says she lost one of her gate remotes down town yesterday, what do we need to do', has: ['gate-codes-and-remotes'] },
  { ws: B, kind: 'situation', q: 'phone got nicked out the van at the merchants', has: ['phones-and-vans', 'Craig'] },
  { ws: B, kind: 'situation', q: "lost the handheld programmer somewhere on site, been looking for an hour", has: ['phones-and-vans'] },
  { ws: B, kind: 'situation', q: "can i save customers numbers in my own phone so i can let them know if im running late, the work one's always dying", has: ['phones-and-vans'] },
  { ws: B, kind: 'situation', q: "customer wants finance for new electric gates, im the fitter on site, can i help her fill it in on my phone", has: ['finance-applications', 'Imran'] },
  { ws: B, kind: 'situation', q: 'customer got declined for the finance and is ringing wanting to know why', has: ['finance-applications'] },
  { ws: B, kind: 'situation', q: "customer's wife rang asking if her husband's loan for the garage door went through", has: ['finance-applications'] },
  { ws: B, kind: 'situation', q: 'on a survey is it ok to take pics of the whole garage inside and the front of the house', has: ['surveys-and-photos'] },
  { ws: B, kind: 'situation', q: 'what do i do with the paper survey sheets at the end of the day, can they go in the skip', has: ['surveys-and-photos'] },
  { ws: B, kind: 'situation', q: "want to put a cracking gate job on facebook but the house number's on the pillar, does that matter", has: ['surveys-and-photos'] },
  { ws: B, kind: 'situation', q: 'customer rang and wants us to delete everything we have on him, including his install', has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: 'a bloke came in wanting the cctv of him in the showroom last week, can i just send it', has: ['requests-for-data'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: "what's the mot date on van 3", has: ['Hayley'] },
  { ws: B, kind: 'off-topic', q: 'how do i book a day off', has: ['Hayley'] },
  { ws: B, kind: 'off-topic', q: 'whats the best way to fix a sagging wooden side gate', has: ['Hayley'] },
  { ws: B, kind: 'off-topic', q: "what time's the christmas do and is it plus ones", has: ['Hayley'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can i use the bft app to set up the new gates on the job in hopwas', has: ['new-tools'] },
  { ws: B, kind: 'new-tool', q: 'found a measuring app called magicplan for surveys, ok to start using it?', has: ['new-tools'] },
  { ws: B, kind: 'new-tool', q: "thinking of setting up a whatsapp group with the residents at wharf mews so they can report gate faults", has: ['new-tools', 'Hayley'] },
  { ws: B, kind: 'new-tool', q: 'is it alright to put the survey photos in google drive, easier to share with the lads', has: ['new-tools'] },
];
