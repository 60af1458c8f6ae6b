// Round 9 of the held-out questions: two firms of trades not used before (a florist with a delivery van and a wedding and funeral trade, Bramble & Bloom; and a bed and breakfast on the Norfolk coast, The Saltings Guest House), written blind from the README and the firms' files without reading the answerer or earlier rounds.
// Frozen: do not tune on these before they are scored.
import type { HeldOutCase } from './types.ts';

const BB = 'bramble-and-bloom';
const SG = 'saltings-guest-house';

export const ROUND9: HeldOutCase[] = [
  // ── Bramble & Bloom (florist) ─────────────────────────────────────────────
  // Where data is kept
  { ws: BB, q: 'where does shopify keep our customers details', has: ['Shopify', 'US'] },
  { ws: BB, q: 'wheres the card reader data stored', has: ['SumUp', 'UK', 'EU'] },
  { ws: BB, q: 'where do the photos from the delivery app end up', has: ['Circuit', 'Morag Lindsay'] },
  { ws: BB, q: 'where are the brides allergy notes kept', has: ['Dubsado', 'US'] },
  // How long
  { ws: BB, q: 'how long do we hang on to online orders', has: ['Shopify', '7 years'] },
  { ws: BB, q: 'how long is cctv kept for', has: ['Verisure', '30 days'] },
  { ws: BB, q: 'how long do we keep the drivers route info', has: ['Circuit', '3 months'] },
  { ws: BB, q: 'how long do we keep wedding clients info', has: ['Dubsado', '2 years after the wedding'] },
  { ws: BB, q: 'how long do we keep payroll records', has: ['BrightPay', '3 years'] },
  // Who looks after what
  { ws: BB, q: 'whos responsible for the cameras in the shop', has: ['Verisure', 'Ewan'] },
  { ws: BB, q: 'who owns the undertakers in the register', has: ['Lothian Funeral Services'], not: ['Aisha', 'Ewan', 'Kit', 'Priya'] },
  { ws: BB, q: 'which suppliers is ewan in charge of', has: ['SumUp', 'Pentland Web Studio', 'Verisure'], not: ['Shopify', 'Dubsado', 'Klaviyo'] },
  { ws: BB, q: 'what does morag look after', has: ['FreeAgent', 'Gray Anderson Accountants', 'BrightPay', 'Google Workspace'], not: ['Klaviyo', 'Verisure', 'Circuit'] },
  // Transfers
  { ws: BB, q: 'what safeguard covers shopify data going to america', has: ['Shopify', 'UK Addendum'] },
  { ws: BB, q: 'the newsletter lot are in the us, whats the legal cover for that', has: ['Klaviyo', 'IDTA'] },
  { ws: BB, q: 'what transfer mechanism does gmail use', has: ['Google Workspace', 'SCC'] },
  { ws: BB, q: 'do we need special paperwork to send payroll data over to ireland', has: ['BrightPay', 'adequacy'] },
  // Lawful basis and what is shared
  { ws: BB, q: 'what lawful basis lets us give family details to the undertakers', has: ['Lothian Funeral Services', 'legitimate interests'] },
  { ws: BB, q: 'what do we actually hand over to the accountants', has: ['Gray Anderson Accountants', 'FreeAgent', 'BrightPay'] },
  // Security, breach promises, statements
  { ws: BB, q: 'has the website platform got any security certificates', has: ['Shopify', 'PCI DSS', 'SOC 2'] },
  { ws: BB, q: "can shopify's own staff see our orders", has: ['Shopify', 'collaborator'] },
  { ws: BB, q: 'if brightpay get hacked how fast do they have to tell us', has: ['BrightPay', '48 hours'] },
  { ws: BB, q: 'is circuits data processing agreement in yet', has: ['Circuit', 'await'] },
  { ws: BB, q: 'do we have a gdpr statement from the funeral home', has: ['Lothian Funeral Services', 'not on file'] },
  { ws: BB, q: 'is two step login compulsory on the card machine', has: ['SumUp', 'available'] },
  { ws: BB, q: 'is there a camera pointing at the changing area', has: ['staff toilet'] },
  // Purpose, data, notes, the whole entry, who else can reach it
  { ws: BB, q: 'what do we pay pentland to do', has: ['Pentland Web Studio', 'theme'] },
  { ws: BB, q: 'tell me about freeagent', has: ['FreeAgent', 'UK', '6 years', 'ISO 27001'] },
  { ws: BB, q: 'who else can get into our online shop', has: ['Pentland Web Studio'] },
  { ws: BB, q: 'which branches do the funeral tributes go to', has: ['Portobello'] },
  // Over the whole register
  { ws: BB, q: 'which suppliers keep everything in the uk', has: ['FreeAgent', 'Gray Anderson Accountants', 'Interflora', 'Lothian Funeral Services', 'Pentland Web Studio', 'Verisure'], not: ['SumUp', 'Google Workspace', 'Shopify', 'BrightPay'] },
  { ws: BB, q: 'do we send any customer data to the states', has: ['Shopify', 'Dubsado', 'Google Workspace', 'Klaviyo'], not: ['FreeAgent', 'BrightPay', 'SumUp', 'Verisure'] },
  { ws: BB, q: 'which suppliers havent told us where the data is kept', has: ['Circuit'], not: ['Shopify', 'Verisure'] },
  { ws: BB, q: 'who do we rely on the uk idta for', has: ['Dubsado', 'Klaviyo'], not: ['Shopify', 'Google Workspace', 'BrightPay'] },
  { ws: BB, q: 'which accounts make you use 2fa', has: ['Shopify', 'FreeAgent', 'BrightPay', 'Google Workspace', 'Verisure'], not: ['SumUp', 'Circuit', 'Klaviyo', 'Dubsado', 'Interflora'] },
  { ws: BB, q: 'which systems have no two factor at all', has: ['Circuit'], not: ['Shopify', 'FreeAgent', 'Verisure', 'Google Workspace'] },
  { ws: BB, q: 'which suppliers are iso27001 certified', has: ['FreeAgent', 'Google Workspace'], not: ['Shopify', 'BrightPay', 'SumUp'] },
  { ws: BB, q: 'who is pci compliant', has: ['Shopify', 'SumUp'], not: ['Klaviyo', 'Dubsado', 'FreeAgent'] },
  { ws: BB, q: 'which gdpr statements are still outstanding', has: ['Gray Anderson Accountants', 'Circuit', 'Dubsado', 'Pentland Web Studio', 'Lothian Funeral Services'], not: ['Shopify', 'FreeAgent', 'Klaviyo', 'Verisure'] },
  { ws: BB, q: 'which suppliers dont have anyone looking after them', has: ['Lothian Funeral Services'], not: ['Shopify', 'Circuit'] },
  { ws: BB, q: 'which suppliers have no retention period set', has: ['Lothian Funeral Services', 'Google Workspace', 'Pentland Web Studio'], not: ['Shopify', 'Verisure', 'Circuit'] },
  { ws: BB, q: 'what do we keep for more than 5 years', has: ['Shopify', 'FreeAgent', 'Gray Anderson Accountants'], not: ['Verisure', 'Circuit', 'SumUp', 'Interflora'] },
  { ws: BB, q: 'who has our customers card details', has: ['SumUp'], not: ['Klaviyo', 'Circuit', 'Dubsado'] },
  { ws: BB, q: 'which suppliers hold staff data', has: ['BrightPay', 'Circuit', 'Google Workspace', 'Verisure', 'Gray Anderson Accountants'], not: ['Klaviyo', 'Shopify', 'Interflora'] },
  { ws: BB, q: 'who do we pass customer info on to', has: ['Gray Anderson Accountants', 'Interflora', 'Lothian Funeral Services'], not: ['Klaviyo', 'Verisure'] },
  { ws: BB, q: 'which suppliers promise to tell us about a breach', has: ['Shopify', 'SumUp', 'BrightPay', 'Google Workspace'], not: ['Circuit', 'Dubsado', 'Klaviyo', 'Verisure'] },
  { ws: BB, q: 'which suppliers have details of the people we send flowers to', has: ['Shopify', 'Circuit', 'Interflora'], not: ['BrightPay', 'FreeAgent', 'Verisure'] },
  { ws: BB, q: 'who uses dubsado', has: ['Morag', 'Aisha'], not: ['Kit', 'Priya'] },
  { ws: BB, q: 'which suppliers dont encrypt data at rest', has: ['Circuit'], not: ['Shopify', 'Google Workspace', 'BrightPay', 'FreeAgent', 'SumUp'] },
  { ws: BB, q: 'how many suppliers do we use', has: ['13'] },
  // What to do
  { ws: BB, q: 'i left the delivery phone in a cafe what do i do', has: ['within the hour'] },
  { ws: BB, q: 'think i clicked a dodgy link in an email about an interflora payment', has: ['change the password'] },
  { ws: BB, q: 'a lady rang asking what info we have on her', has: ['one month'] },
  { ws: BB, q: 'customer says she wants all her details wiped from our systems', has: ['Klaviyo', 'one month'] },
  { ws: BB, q: 'customer is reading out their card number over the phone can i jot it down', has: ['virtual terminal'] },
  { ws: BB, q: 'kit took a bouquet to the wrong house and the card had a private message on it', has: ['24 hours'] },
  { ws: BB, q: 'can i snap a pic of the lady getting the flowers for our insta', has: ['face'] },
  // Off-topic, and what the register does not say
  { ws: BB, q: 'when is the staff christmas night out', has: ['Morag Lindsay'], not: ['Shopify'] },
  { ws: BB, q: 'how do i stop tulips drooping in the vase', has: ['Morag Lindsay'], not: ['Shopify', 'Interflora'] },
  { ws: BB, q: 'where do we keep the van drivers licence checks', has: ['Morag Lindsay'] },

  // ── The Saltings Guest House (bed and breakfast) ──────────────────────────
  // Where data is kept
  { ws: SG, q: 'where are our room bookings and guest profiles held', has: ['Little Hotelier', 'EU', 'US'] },
  { ws: SG, q: 'where are the door lock logs kept', has: ['Nuki', 'EU'], not: ['US'] },
  { ws: SG, q: 'wheres the doorbell footage saved', has: ['Ring', 'US'] },
  { ws: SG, q: 'where is the stuff from the wifi login page stored', has: ['Purple WiFi', 'Gideon Moss'] },
  { ws: SG, q: "if a guest's car gets dinged in the car park where would the number plate be recorded", has: ['Ring'] },
  // How long
  { ws: SG, q: 'how long do we keep guests details after they stay', has: ['Little Hotelier', '3 years'] },
  { ws: SG, q: 'how long is doorbell video kept for', has: ['Ring', '60 days'] },
  { ws: SG, q: 'how long do the lock entry records hang around', has: ['Nuki', '6 months'] },
  { ws: SG, q: 'how long do we keep a leavers staff file', has: ['Breathe HR', '6 years'] },
  // Who looks after what
  { ws: SG, q: 'who owns the newsletter tool', has: ['MailerLite', 'Lena'] },
  { ws: SG, q: 'whos responsible for the accounts software', has: ['QuickBooks', 'Sunita'] },
  { ws: SG, q: 'who looks after the guest wifi', has: ['Purple WiFi'], not: ['Lena', 'Harriet', 'Ruby', 'Sunita'] },
  // Transfers
  { ws: SG, q: 'what covers the transfer of card payment data to the US', has: ['Stripe', 'IDTA'] },
  { ws: SG, q: "how is the booking system's data protected when it goes to the us", has: ['Little Hotelier', 'UK Addendum'] },
  { ws: SG, q: 'quickbooks is american right, what safeguard do we have', has: ['QuickBooks', 'SCC'] },
  // Lawful basis and what is shared
  { ws: SG, q: 'what lawful basis do we have for noting down guests allergies', has: ['explicit consent'] },
  { ws: SG, q: 'legal basis for giving guests mobile numbers to the seal trip people', has: ['Morston Seal Trips', 'contract'] },
  { ws: SG, q: 'what do we send back to booking.com about guests', has: ['Booking.com', 'no-show'] },
  { ws: SG, q: 'what do we give the accountants every month', has: ['Broadland Accountancy', 'pay rates'] },
  // Security, breach promises, statements
  { ws: SG, q: 'can microsoft staff read our emails', has: ['Customer Lockbox'] },
  { ws: SG, q: 'does little hotelier keep backups somewhere', has: ['second AWS region'] },
  { ws: SG, q: 'whats the uptime on the booking system', has: ['99.95%'] },
  { ws: SG, q: "will stripe tell us if they're breached", has: ['Stripe', 'without undue delay'] },
  { ws: SG, q: "have we got mailerlite's gdpr statement", has: ['MailerLite', 'progress'] },
  { ws: SG, q: 'has broadland sent their data processing terms yet', has: ['Broadland Accountancy', 'await'] },
  { ws: SG, q: 'is 2fa on for the royal mail postage account', has: ['Royal Mail Click & Drop'], not: ['enforced'] },
  { ws: SG, q: 'how long does a guests door code work for', has: ['11:00'] },
  // Purpose, data, the whole entry, who else can reach it
  { ws: SG, q: "what's nuki actually for", has: ['Nuki', 'lock'] },
  { ws: SG, q: 'what info does the wifi sign in collect', has: ['Purple WiFi', 'MAC address'] },
  { ws: SG, q: 'tell me about ring', has: ['Ring', 'US', '60 days', 'IDTA'] },
  { ws: SG, q: 'who else can get into little hotelier', has: ['Samphire Digital'] },
  // Over the whole register
  { ws: SG, q: 'which suppliers hold any medical info', has: ['Little Hotelier', 'Breathe HR'], not: ['Stripe', 'Ring', 'MailerLite'] },
  { ws: SG, q: 'which suppliers only store data in the uk', has: ['Broadland Accountancy', 'Breathe HR', 'Royal Mail Click & Drop', 'Samphire Digital', 'Morston Seal Trips', 'Microsoft 365'], not: ['Stripe', 'Little Hotelier', 'Nuki', 'Ring'] },
  { ws: SG, q: 'do we send anything to america', has: ['Little Hotelier', 'Stripe', 'QuickBooks', 'Ring', 'MailerLite'], not: ['Booking.com', 'Nuki', 'Breathe HR', 'Microsoft 365'] },
  { ws: SG, q: 'which suppliers rely on adequacy', has: ['Booking.com', 'Nuki'], not: ['Stripe', 'Ring', 'QuickBooks'] },
  { ws: SG, q: 'whos covered by the idta', has: ['Stripe', 'Ring'], not: ['QuickBooks', 'MailerLite', 'Little Hotelier'] },
  { ws: SG, q: 'which logins have two factor enforced', has: ['Little Hotelier', 'Booking.com', 'Stripe', 'QuickBooks', 'Nuki', 'Ring', 'Microsoft 365'], not: ['Breathe HR', 'MailerLite', 'Royal Mail Click & Drop'] },
  { ws: SG, q: 'which accounts have no two factor', has: ['Royal Mail Click & Drop'], not: ['Stripe', 'Nuki', 'Microsoft 365'] },
  { ws: SG, q: 'which suppliers have soc 2', has: ['Stripe', 'QuickBooks', 'Microsoft 365'], not: ['Breathe HR', 'Little Hotelier'] },
  { ws: SG, q: 'which gdpr statements havent we got yet', has: ['Broadland Accountancy', 'Purple WiFi', 'MailerLite', 'Samphire Digital', 'Morston Seal Trips'], not: ['Stripe', 'Ring', 'Nuki'] },
  { ws: SG, q: 'are there any suppliers with no owner', has: ['Purple WiFi'], not: ['Stripe'] },
  { ws: SG, q: 'which suppliers have no retention period', has: ['Booking.com', 'Purple WiFi', 'Samphire Digital', 'Morston Seal Trips', 'Microsoft 365'], not: ['Ring', 'Nuki', 'Stripe'] },
  { ws: SG, q: 'who do we pass guests details on to', has: ['Booking.com', 'Royal Mail Click & Drop', 'Morston Seal Trips'], not: ['MailerLite', 'Ring'] },
  { ws: SG, q: 'which suppliers have promised to tell us about breaches', has: ['Little Hotelier', 'Stripe', 'Microsoft 365'], not: ['Ring', 'Nuki', 'Booking.com'] },
  { ws: SG, q: 'what systems does sunita use', has: ['QuickBooks', 'Microsoft 365'], not: ['Stripe', 'Ring', 'Nuki'] },
  { ws: SG, q: 'which suppliers are recipients not processors', has: ['Broadland Accountancy', 'Royal Mail Click & Drop', 'Morston Seal Trips'], not: ['Stripe', 'Nuki', 'Ring'] },
  // What to do
  { ws: SG, q: "i've lost the front desk ipad", has: ['Nuki access'] },
  { ws: SG, q: 'got a message from booking.com asking me to verify a guests card', has: ['extranet'] },
  { ws: SG, q: 'i emailed one guests bill to a different guest by mistake', has: ['24 hours'] },
  { ws: SG, q: 'a guest wants a copy of all the info we have on him', has: ['calendar month'] },
  { ws: SG, q: 'guest wants to be removed from everything', has: ['MailerLite', '6 years'] },
  { ws: SG, q: 'do we need to take a copy of a french guests passport', has: ['photocopy'] },
  { ws: SG, q: 'a guest read me her card number over the phone for the deposit is that ok', has: ['payment link'] },
  { ws: SG, q: 'police are asking for doorbell footage from saturday night', has: ['collar number'] },
  { ws: SG, q: 'a guest left a phone charger in room 4 what do i do with it', has: ['3 months'] },
  // Off-topic, and what the register does not say
  { ws: SG, q: 'what time is high tide at wells tomorrow', has: ['Gideon Moss'], not: ['Morston Seal Trips'] },
  { ws: SG, q: 'how many sausages should i order in for the weekend', has: ['Gideon Moss'], not: ['Little Hotelier'] },
  { ws: SG, q: 'which pub in blakeney does the best quiz night', has: ['Gideon Moss'], not: ['Booking.com'] },
  { ws: SG, q: 'do we keep guests dates of birth anywhere', has: ['Gideon Moss'], not: ['Stripe'] },
  { ws: SG, q: 'where is the staff fingerprint clocking in data kept', has: ['Gideon Moss'] },
];
