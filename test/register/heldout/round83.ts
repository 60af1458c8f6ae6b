// Held-out round 83, written blind in the reference block's mix of kinds: two new firms (a community food bank, northfield-food-bank; a barber shop with two branches, trimline-barbers), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 115 / 120 (field 46/48, list 18/20, situation 36/36, off-topic 8/8, new tool 7/8), the same on the code at the session's start. Kept held out as a validation set (counts only, never read).
import type { ReferenceCase } from './types.ts';

const A = 'northfield-food-bank';
const B = 'trimline-barbers';

export const ROUND83: ReferenceCase[] = [
  // ───────────── Firm A: Northfield Food Bank ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where is the dcs actually hosted, does any of the client stuff go abroad?', has: ['Trussell Data Collection System', 'UK'], not: ['US'] },
  { ws: A, kind: 'field', q: 'how long do we keep a clients details on the voucher system once they stop coming in', has: ['Trussell Data Collection System', '3 years'] },
  { ws: A, kind: 'field', q: 'who looks after the donor database these days', has: ['Beacon CRM', 'Amira'] },
  { ws: A, kind: 'field', q: 'is beacons gdpr paperwork still in date or has the review slipped', has: ['Beacon CRM', 'overdue'] },
  { ws: A, kind: 'field', q: 'can the crm support people just log into our account whenever they want or do we have to let them in', has: ['Beacon CRM', '7 days'] },
  { ws: A, kind: 'field', q: 'my impact page - which country is all the volunteer info sitting in?', has: ['Better Impact', 'CA'], not: ['US'] },
  { ws: A, kind: 'field', q: 'if a volunteer stops doing shifts how long does the volunteer portal hang on to their details', has: ['Better Impact', '2 years'] },
  { ws: A, kind: 'field', q: 'how long does the dbs company keep a drivers application after the check is done', has: ['uCheck', '6 months'] },
  { ws: A, kind: 'field', q: 'can microsoft engineers read our outlook mailboxes? one of the trustees was asking', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: A, kind: 'field', q: 'the online donations through just giving, does that end up in america and whats covering it if so', has: ['JustGiving', 'UK IDTA'] },
  { ws: A, kind: 'field', q: 'have we got justgivings data processing terms back yet', has: ['JustGiving', 'awaited'] },
  { ws: A, kind: 'field', q: 'when peter does the gift aid claim what details about each donor actually go to hmrc', has: ['HMRC Charities Online', 'postcode'] },
  { ws: A, kind: 'field', q: 'where is zero hosted', has: ['Xero', 'US'] },
  { ws: A, kind: 'field', q: 'what safeguard do we rely on for the accounts package sending data out of the country', has: ['Xero', 'UK Addendum'] },
  { ws: A, kind: 'field', q: 'has the independent examiner given us any data processing terms yet or are we still waiting', has: ['Hollins & Vale', 'requested'] },
  { ws: A, kind: 'field', q: 'has barry ever signed anything with us about gdpr', has: ['Kingsway PC Care', 'missing'] },
  { ws: A, kind: 'field', q: 'how long is the footage from the warehouse cameras kept for', has: ['Brumguard Security', '30 days'] },
  { ws: A, kind: 'field', q: 'can the alarm company watch our warehouse cameras any time they like? bit creepy if so', has: ['Brumguard Security', 'monitoring centre'] },
  { ws: A, kind: 'field', q: 'spoke / circuit is a us company right, what transfer thing are we relying on for the delivery app', has: ['Circuit for Teams', 'EU SCCs'] },
  { ws: A, kind: 'field', q: 'how long do the delivery routes stay in the route planner after a round', has: ['Circuit for Teams', '30 days'] },
  { ws: A, kind: 'field', q: 'mail chimp is american isnt it, how is it ok to put our supporters emails on there', has: ['Mailchimp', 'Data Privacy Framework'] },
  { ws: A, kind: 'field', q: 'what do we actually give tesco about our volunteers for the collection weekends', has: ['Tesco Extra Northfield', 'car registration'] },
  { ws: A, kind: 'field', q: 'on what basis are we allowed to pass a client on to CAB for debt advice', has: ['Citizens Advice Birmingham', 'Consent'] },
  { ws: A, kind: 'field', q: 'how long does the surplus app keep the collection records', has: ['Neighbourly', '2 years'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our systems keep data in the US?', has: ['JustGiving', 'Xero', 'Circuit for Teams', 'Mailchimp'], not: ['Beacon CRM', 'uCheck', 'Brumguard Security'] },
  { ws: A, kind: 'list', q: 'is there any supplier we have no gdpr statement from at all', has: ['Kingsway PC Care'], not: ['Microsoft 365', 'Mailchimp'] },
  { ws: A, kind: 'list', q: 'where do we hold health info, allergies, medical conditions and that sort of thing', has: ['Trussell Data Collection System', 'Better Impact'], not: ['Mailchimp', 'Xero'] },
  { ws: A, kind: 'list', q: 'which gdpr statements are we still chasing or waiting on', has: ['JustGiving', 'Hollins & Vale', 'Circuit for Teams', 'Neighbourly'], not: ['Microsoft 365', 'Mailchimp'] },
  { ws: A, kind: 'list', q: 'list everything amira is in charge of', has: ['Beacon CRM', 'JustGiving', 'Mailchimp'], not: ['Xero', 'Circuit for Teams'] },
  { ws: A, kind: 'list', q: 'who do we hand data over to as recipients rather than processors', has: ['HMRC Charities Online', 'Hollins & Vale', 'Tesco Extra Northfield', 'Citizens Advice Birmingham'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: 'which suppliers gdpr reviews are overdue', has: ['Beacon CRM', 'Brumguard Security'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: 'do we have anything stored in canada or australia?', has: ['Better Impact', 'Xero'], not: ['Mailchimp', 'Beacon CRM'] },
  { ws: A, kind: 'list', q: 'where do we keep anything about dbs checks or criminal records', has: ['uCheck', 'Better Impact'], not: ['Mailchimp', 'Xero'] },
  { ws: A, kind: 'list', q: 'which of our apps dont even let you turn on two step login', has: ['Neighbourly', 'Circuit for Teams'], not: ['Microsoft 365', 'Beacon CRM'] },

  // situation (18)
  { ws: A, kind: 'situation', q: 'oh god i just emailed a note about one of our families to the wrong referral agency, the names are really similar', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'got an email this morning saying someone signed in to my food bank account from another country and it definitely wasnt me', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'packing up at st laurences and one of the tablets isnt in the bag, think it got left in the hall', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'a lady at my church asked me if her neighbour comes to the food bank cos she thought she saw her in the queue. can i just say yes?', has: ['vouchers-and-client-records'] },
  { ws: A, kind: 'situation', q: 'end of the session and ive got a pile of paper vouchers, can i just chuck them in the recycling', has: ['vouchers-and-client-records'] },
  { ws: A, kind: 'situation', q: 'new centre lead here - what happens to the paper vouchers after i have typed them in, and how long do we keep the client info', has: ['vouchers-and-client-records'] },
  { ws: A, kind: 'situation', q: 'nobody in at one of my drops and the woman next door offered to take the parcel in for her, is that ok', has: ['home-deliveries'] },
  { ws: A, kind: 'situation', q: 'can i save the clients numbers in my own phone so i can text them when im 5 mins away? would be way easier', has: ['home-deliveries'] },
  { ws: A, kind: 'situation', q: 'my mate wants to help me with the friday deliveries, hes not had a dbs or anything but hes a really careful driver, can he come along', has: ['home-deliveries'] },
  { ws: A, kind: 'situation', q: 'a donor rang up asking what info we have on him and wants a copy of it all', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'police officer rang the warehouse asking if a particular man came to the allens cross centre last tuesday, what do i tell him', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'a volunteer who left last year emailed asking us to delete everything we hold about her', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'someone from the local paper has turned up at the baptist church session and wants photos of the queue for a story about the cost of living', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: 'want to put a pic of the tesco collection team on facebook, one of the volunteers brought her 14 year old with her, is that ok to post', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: "thinking of doing an instagram post with a client's story about how we helped her, i'd change her name obvs", has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: 'the new volunteer is opening up on saturday, can i just text her the key safe code?', has: ['warehouse-keys-and-codes'] },
  { ws: A, kind: 'situation', q: 'think i lost my alarm fob somewhere between the warehouse and the bus stop last night', has: ['warehouse-keys-and-codes'] },
  { ws: A, kind: 'situation', q: 'im covering bens opening shift tomorrow, he said i can borrow his fob and keys, thats fine yeah?', has: ['warehouse-keys-and-codes'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'what time does the warehouse open on saturdays', has: ['Helen Barraclough'] },
  { ws: A, kind: 'off-topic', q: 'anyone know a good recipe for the tins of chickpeas we have loads of', has: ['Helen Barraclough'] },
  { ws: A, kind: 'off-topic', q: 'whats the weather looking like for the lickey hills walk on sunday', has: ['Helen Barraclough'] },
  { ws: A, kind: 'off-topic', q: 'when is the volunteer christmas party this year', has: ['Helen Barraclough'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can we use google forms to sign volunteers up for the christmas rota', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'is it ok to paste a referral note about a family into chatgpt to tidy up the wording', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'i was thinking of using surveymonkey to ask clients what food they actually want in the parcels, including any allergies, ok?', has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: 'signupgenius is free and loads of charities use it for shifts, can we put all the volunteers on there instead', has: ['new-tools'] },

  // ───────────── Firm B: Trimline Barbers ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where is the booking system data kept, is it in the uk', has: ['Fresha', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long do we keep someone on fresha after their last cut', has: ['Fresha', '2 years'] },
  { ws: B, kind: 'field', q: 'can the fresha support team see our client list whenever they want?', has: ['Fresha', 'chat ticket'] },
  { ws: B, kind: 'field', q: 'how long does dojo hang onto the card payment records', has: ['Dojo', '6 years'] },
  { ws: B, kind: 'field', q: 'who looks after the card machine company', has: ['Dojo', 'Ryan'] },
  { ws: B, kind: 'field', q: 'where does the loyalty app keep peoples details', has: ['Stamp Me', 'AU'] },
  { ws: B, kind: 'field', q: 'stampme - did we ever get a data processing agreement off them', has: ['Stamp Me', 'requested'] },
  { ws: B, kind: 'field', q: 'whats our legal basis for the loyalty card birthday offer thing', has: ['Stamp Me', 'Consent'] },
  { ws: B, kind: 'field', q: 'how long is the footage kept on the hikvision cameras', has: ['Hik-Connect', '30 days'] },
  { ws: B, kind: 'field', q: 'when ryan watches the cctv on his phone where does the stream actually go through', has: ['Hik-Connect', 'Germany'] },
  { ws: B, kind: 'field', q: 'who is responsible for the alarm company supplier', has: ['Trentside Security Systems', 'Danny'] },
  { ws: B, kind: 'field', q: 'can the cctv installer blokes log in from their office and look at our cameras', has: ['Trentside Security Systems', 'no remote login'] },
  { ws: B, kind: 'field', q: 'are we joint controllers with insta? someone said we were', has: ['Instagram', 'Page Insights'] },
  { ws: B, kind: 'field', q: 'what legal basis do we use for posting clients cuts on the gram', has: ['Instagram', 'Consent'] },
  { ws: B, kind: 'field', q: 'which countries is the web shop data stored in', has: ['Shopify', 'Canada'] },
  { ws: B, kind: 'field', q: 'what security certs has the online shop platform got', has: ['Shopify', 'SOC 2'] },
  { ws: B, kind: 'field', q: 'what info do we pass over to click and drop when we post the pomade orders', has: ['Royal Mail Click & Drop', 'delivery address'] },
  { ws: B, kind: 'field', q: 'how long do we keep stuff in the accounts software', has: ['Xero', '6 years'] },
  { ws: B, kind: 'field', q: 'how do the payslips get from the accountants to the lads', has: ['Hollins & Webb', 'BrightPay Connect'] },
  { ws: B, kind: 'field', q: 'can google staff just go into our office drive and read the staff files?', has: ['Google Workspace', 'Access Transparency'] },
  { ws: B, kind: 'field', q: 'the shop whatsapp goes through america doesnt it, whats covering that transfer', has: ['WhatsApp Business', 'UK Addendum'] },
  { ws: B, kind: 'field', q: 'deputy support is in australia isnt it? how are we covered for that', has: ['Deputy', 'UK IDTA'] },
  { ws: B, kind: 'field', q: 'has nathan the it guy signed anything with us about data', has: ['NP Tech Support', 'missing'] },
  { ws: B, kind: 'field', q: 'what can the rent-a-chair lads actually see on our fresha', has: ['Self-employed chair renters', 'own column'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which of our suppliers store data in the US', has: ['Stamp Me', 'Shopify', 'Xero', 'Google Workspace'], not: ['Fresha', 'Dojo', 'Deputy'] },
  { ws: B, kind: 'list', q: 'any suppliers we have no gdpr statement for at all?', has: ['NP Tech Support'], not: ['Fresha', 'Dojo'] },
  { ws: B, kind: 'list', q: 'who holds customers card details', has: ['Dojo', 'Shopify'], not: ['Stamp Me', 'Deputy'] },
  { ws: B, kind: 'list', q: 'which systems have stuff about kids in them', has: ['Fresha', 'Instagram', 'Hik-Connect'], not: ['Xero', 'Deputy'] },
  { ws: B, kind: 'list', q: 'which gdpr statements are we still waiting on or chasing', has: ['Stamp Me', 'Trentside Security Systems', 'Self-employed chair renters'], not: ['Dojo', 'Fresha'] },
  { ws: B, kind: 'list', q: 'what suppliers is sophie in charge of', has: ['Fresha', 'Stamp Me', 'Instagram', 'Xero', 'Hollins & Webb'], not: ['Dojo', 'Deputy'] },
  { ws: B, kind: 'list', q: 'have we got anything stored in australia', has: ['Stamp Me', 'Xero', 'Deputy'], not: ['Fresha', 'Shopify'] },
  { ws: B, kind: 'list', q: 'who do we pass data to that arent processors, like recipients', has: ['Royal Mail Click & Drop', 'Hollins & Webb', 'Self-employed chair renters'], not: ['Fresha'] },
  { ws: B, kind: 'list', q: 'whose gdpr review date has already gone past', has: ['Hik-Connect', 'WhatsApp Business'], not: ['Instagram'] },
  { ws: B, kind: 'list', q: 'where do we keep any health stuff, like scalp conditions or sick days', has: ['Fresha', 'Deputy'], not: ['Dojo', 'Royal Mail Click & Drop'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'the front desk ipad at beeston has gone, pretty sure someone walked off with it while we were busy', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'i just sent a clients cut notes and his number to the wrong whatsapp contact by accident', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'card reader is missing off the hockley till this morning, what do i do', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'got a sick pic of a fade on my own phone, can i keep it on there for my portfolio', has: ['photos-and-instagram'] },
  { ws: B, kind: 'situation', q: "a mum said yes to a photo of her 10 year old's design cut, can i get his face in it for the post", has: ['photos-and-instagram'] },
  { ws: B, kind: 'situation', q: 'client said only the back of his head in the pic but the fade looks so much better from the front, can i film the whole thing and crop it later', has: ['photos-and-instagram'] },
  { ws: B, kind: 'situation', q: 'a customer emailed asking for a copy of everything we hold on him', has: ['data-requests'] },
  { ws: B, kind: 'situation', q: 'a regular wants us to wipe all his details, payments and everything, can i just do it on fresha now', has: ['data-requests'] },
  { ws: B, kind: 'situation', q: 'an apprentice who left in the summer has asked for a copy of his staff file and his hours, who does that', has: ['data-requests'] },
  { ws: B, kind: 'situation', q: 'police came in asking for the footage of the fight outside on friday night, can i just give it them on a usb', has: ['cctv'] },
  { ws: B, kind: 'situation', q: 'someone walked off with a customers jacket from the waiting area, can i stick the clip in the group chat to see if anyone knows him', has: ['cctv'] },
  { ws: B, kind: 'situation', q: 'can i get the camera app on my phone as well? im just a barber but i want to keep an eye on my chair', has: ['cctv'] },
  { ws: B, kind: 'situation', q: 'a 13 year old wants to book himself in for saturday, no parent with him, is that ok', has: ['young-customers'] },
  { ws: B, kind: 'situation', q: 'a kids dad rang asking when his son is next booked in but the card is in the mums name. do i tell him', has: ['young-customers'] },
  { ws: B, kind: 'situation', q: "a lad in my chair said something about home that's really worried me, not sure what to do with it", has: ['young-customers'] },
  { ws: B, kind: 'situation', q: 'one of the chair renters asked to borrow my keys so he can open up early tomorrow', has: ['keys-and-codes'] },
  { ws: B, kind: 'situation', q: 'keep forgetting the alarm code, can i just write it on the fob', has: ['keys-and-codes'] },
  { ws: B, kind: 'situation', q: 'i think the safe code has got out, overheard one of the apprentices saying it out loud', has: ['keys-and-codes'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: 'how much should i charge for a skin fade plus beard', has: ['Sophie Adebayo'] },
  { ws: B, kind: 'off-topic', q: 'whats the best way to get clipper oil out of a towel', has: ['Sophie Adebayo'] },
  { ws: B, kind: 'off-topic', q: 'who won the forest game last night', has: ['Sophie Adebayo'] },
  { ws: B, kind: 'off-topic', q: 'where can i park near the hockley shop without getting a ticket', has: ['Sophie Adebayo'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can i use mailchimp to send our clients a christmas offer', has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: 'thinking we should start a tiktok for the shop, can i sign it up with the shop email', has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: 'is it ok to use chatgpt to write replies to the booking dms, id paste the messages in', has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: 'my mate swears booksy is better than fresha, can we try it for walk ins at beeston', has: ['new-apps'] },
];
