// Focus set 93 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (cueball-snooker-club, homefit-ot-adaptations, bulkbuy-cash-and-carry), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (76 of 90 on the round's starting answerer, 76 on the answerer of the time), then read in the eightieth round.
import type { ReferenceCase } from './types.ts';

const CUEBALL = 'cueball-snooker-club';
const HOMEFIT = 'homefit-ot-adaptations';
const BULKBUY = 'bulkbuy-cash-and-carry';

export const FOCUS93_ONE: ReferenceCase[] = [
  // ── Cueball Snooker Club: situations ──
  { ws: CUEBALL, kind: 'situation', q: 'lad at the bar looks about 16, wants a go on the bandit, his mate swears hes 19 but he hasnt got anything on him', has: ['juniors', 'no ID, no service'] },
  { ws: CUEBALL, kind: 'situation', q: 'one of the junior league mums wants me to stick her number on a post it by the bar in case her lad needs picking up early', has: ['juniors', 'never on a piece of paper behind the bar'] },
  { ws: CUEBALL, kind: 'situation', q: 'copper just walked in wanting saturdays car park recording, someones car got done. what do i need to get off him', has: ['cctv', "officer's name, collar number and incident number"] },
  { ws: CUEBALL, kind: 'situation', q: 'member reckons he got short changed at the bar last night and wants to come in the office and watch it back on the cameras with me', has: ['cctv', 'do not show it on the office screen'] },
  { ws: CUEBALL, kind: 'situation', q: 'kyle has to shoot off at close tonight for his bus, ok if i just cash up on my own and sign the sheet', has: ['cash-handling', 'counted by two people at closing'] },
  { ws: CUEBALL, kind: 'situation', q: 'till came up 15 quid light tonight, probably a miscount, can it wait till lorraine is in on thursday', has: ['cash-handling', 'Report any shortfall over £10 to Dave'] },
  { ws: CUEBALL, kind: 'situation', q: 'old boy at the door says he lost his card down the pub, what happens with it', has: ['membership-cards', 'Lost cards are cancelled in ClubSpark the same day'] },
  { ws: CUEBALL, kind: 'situation', q: 'jades boyfriend wants to borrow her fob so he can get in before opening and practise his long pots', has: ['membership-cards', 'Never lend a staff door fob'] },
  { ws: CUEBALL, kind: 'situation', q: 'woman on the phone asking if her husband is in tonight and which table, says its urgent family stuff', has: ['outside-callers', 'Offer to pass on a message instead'] },
  { ws: CUEBALL, kind: 'situation', q: 'guy at the door from some collections agency asking if gary is a member here and what nights he usually plays', has: ['outside-callers', 'Do not confirm whether someone is a member'] },
  { ws: CUEBALL, kind: 'situation', q: 'got some cracking pics from the junior open sunday, can i put them up on facebook with the kids names under', has: ['social-media', 'Junior players are never named in posts'] },
  { ws: CUEBALL, kind: 'situation', q: 'after the punch up on table 6 last night i want to put a post up saying steve is barred so everyone knows', has: ['social-media', 'Never post about incidents, barred members or arguments'] },
  { ws: CUEBALL, kind: 'situation', q: 'think i left the club tablet on the tram last night, its got clubspark logged in on it', has: ['breach-lost-device', 'tell Dave Hinchliffe within 24 hours'] },
  { ws: CUEBALL, kind: 'situation', q: 'sent a members renewal email with his address and phone number to a totally different member by mistake', has: ['breach-lost-device', 'tell Dave Hinchliffe within 24 hours'] },
  { ws: CUEBALL, kind: 'situation', q: 'tidying up clubspark, theres loads of people who stopped paying back in 2022, can they go', has: ['records-retention', '2 years after membership lapses'] },
  { ws: CUEBALL, kind: 'situation', q: 'got a drawer full of paper joining forms from the open day, what do i do with them', has: ['records-retention', 'scanned and then shredded within a week'] },
  { ws: CUEBALL, kind: 'situation', q: 'member collared me at the bar and said he wants everything the club has got on him', has: ['subject-access', 'Write it in the office diary'] },
  { ws: CUEBALL, kind: 'situation', q: 'fella emailed wanting a copy of his data, do we charge him and how long have we got', has: ['subject-access', 'within one calendar month, free of charge'] },
  { ws: CUEBALL, kind: 'situation', q: 'connor keeps forgetting his login for the card machine, can he just use mine on busy nights', has: ['passwords-backups', "never use someone else's or write passwords on the till"] },
  { ws: CUEBALL, kind: 'situation', q: 'the lad who left last month is still sat in the car park using our wifi on his phone', has: ['passwords-backups', 'Change the office Wi-Fi password'] },

  // ── Cueball Snooker Club: new tools ──
  { ws: CUEBALL, kind: 'new-tool', q: 'can we set up a whatsapp group for the league lads and send fixtures and phone numbers round on that', has: ['Dave Hinchliffe'], not: ['LeagueRepublic'] },
  { ws: CUEBALL, kind: 'new-tool', q: 'thinking of taking table bookings through eventbrite instead, its free', has: ['Dave Hinchliffe'], not: ['ClubSpark'] },
  { ws: CUEBALL, kind: 'new-tool', q: 'ok if i just do the bar rota in google sheets and share it with everyone', has: ['Dave Hinchliffe'], not: ['RotaCloud'] },
  { ws: CUEBALL, kind: 'new-tool', q: 'sumup readers are way cheaper, can we get one for the bar', has: ['Dave Hinchliffe'], not: ['Square'] },
  { ws: CUEBALL, kind: 'new-tool', q: 'want to use mailchimp for the members newsletter, just need to upload everyones emails', has: ['Dave Hinchliffe'], not: ['ClubSpark'] },

  // ── Cueball Snooker Club: off-topic ──
  { ws: CUEBALL, kind: 'off-topic', q: 'whats better for a new tip, 9mm or 10mm', has: ['Dave Hinchliffe'], not: ['Square'] },
  { ws: CUEBALL, kind: 'off-topic', q: 'whos on with me saturday night', has: ['Dave Hinchliffe'], not: ['RotaCloud'] },
  { ws: CUEBALL, kind: 'off-topic', q: 'any idea how you recover a snooker table cloth', has: ['Dave Hinchliffe'], not: ['ClubSpark'] },
  { ws: CUEBALL, kind: 'off-topic', q: 'is the car park gritted, its like an ice rink out there', has: ['Dave Hinchliffe'], not: ['Hik-Connect (Hikvision CCTV)'] },
  { ws: CUEBALL, kind: 'off-topic', q: 'can u recommend a local brewery for a guest ale', has: ['Dave Hinchliffe'], not: ['Sage Accounting'] },

  // ── HomeFit OT Adaptations: situations ──
  { ws: HOMEFIT, kind: 'situation', q: 'mrs jones daughter just texted me the key safe number for tomorrows visit, fine to leave it in my messages?', has: ['key-safes', 'never in emails, texts, the diary title or on paper'] },
  { ws: HOMEFIT, kind: 'situation', q: 'visit ran over and mrs lewis asked me to take her spare key home and drop it back monday', has: ['key-safes', "Never hold a client's key overnight"] },
  { ws: HOMEFIT, kind: 'situation', q: 'oh no i put the key safe number in the calendar invite i sent the stairlift fitter', has: ['key-safes', 'Carys Pritchard the same day so it can be changed'] },
  { ws: HOMEFIT, kind: 'situation', q: 'squeezing in a new client in ely this afternoon, its only a quick one so not bothering with the diary', has: ['home-visits', 'in the WriteUpp diary with the address before you leave'] },
  { ws: HOMEFIT, kind: 'situation', q: 'the son got really aggressive halfway through measuring the stairs, im sat in the car now, should i go back in and finish', has: ['home-visits', 'If you feel unsafe, leave straight away and rebook'] },
  { ws: HOMEFIT, kind: 'situation', q: 'lovely old gent pressed a £50 m&s voucher on me as a thank you for his wet room', has: ['home-visits', 'Do not accept gifts over £20'] },
  { ws: HOMEFIT, kind: 'situation', q: 'work phone died on me, can i just snap the bathroom on my own iphone and send them over later', has: ['photos-of-homes', 'Use magicplan or the work phone, never a personal phone'] },
  { ws: HOMEFIT, kind: 'situation', q: 'his tablets and letters were all over the windowsill behind the bath, ok to take the pic anyway', has: ['photos-of-homes', 'Never photograph the client, family members, post, medication'] },
  { ws: HOMEFIT, kind: 'situation', q: 'stairlift company rang asking what we said in mr prices assessment about his stairs', has: ['family-and-callers', 'take a message and check with the client first'] },
  { ws: HOMEFIT, kind: 'situation', q: 'nephew says hes got power of attorney for his aunt and wants to go through the report with me', has: ['family-and-callers', 'seen and copied to WriteUpp before we rely on it'] },
  { ws: HOMEFIT, kind: 'situation', q: 'lady i saw today had an empty fridge, no heating on, and said her son keeps her bank card', has: ['vulnerable-clients', 'tell Carys Pritchard, the safeguarding lead, the same day'] },
  { ws: HOMEFIT, kind: 'situation', q: 'writing up yesterdays visit, can i put that the carer is obviously helping himself to her money', has: ['vulnerable-clients', 'record what you saw, not your opinion'] },
  { ws: HOMEFIT, kind: 'situation', q: 'someone smashed my car window in canton and took the laptop bag', has: ['breach-lost-device', 'tell Carys Pritchard by phone straight away'] },
  { ws: HOMEFIT, kind: 'situation', q: 'just sent mr davies report to the vale instead of cardiff council, ill recall it in outlook', has: ['breach-lost-device', 'Do not try to recall the email yourself'] },
  { ws: HOMEFIT, kind: 'situation', q: 'clearing out old files, theres a client from 2016 we havent heard from since, still need it?', has: ['records-retention', '8 years after the last contact'] },
  { ws: HOMEFIT, kind: 'situation', q: 'little boy hurt in a car crash, his solicitor instructed us, how long does his file hang around', has: ['records-retention', 'kept until the child is 25'] },
  { ws: HOMEFIT, kind: 'situation', q: 'mrs owens solicitor emailed a signed letter from her asking for all her OT notes', has: ['subject-access', 'Pass the request to Carys the same day'] },
  { ws: HOMEFIT, kind: 'situation', q: 'mr hughes wants a copy of his notes, can i just attach them to a normal email', has: ['subject-access', 'records are sent through Egress'] },
  { ws: HOMEFIT, kind: 'situation', q: 'my husbands laptop has died, he wants to borrow my work one tonight for his banking', has: ['passwords-backups', 'let a family member use your work laptop'] },
  { ws: HOMEFIT, kind: 'situation', q: 'popping into greggs between visits, laptop open on the passenger seat, only be 2 mins', has: ['passwords-backups', 'when you leave it, including in the car'] },

  // ── HomeFit OT Adaptations: new tools ──
  { ws: HOMEFIT, kind: 'new-tool', q: 'can i whatsapp the floor plans and photos to the builder, hes not on email much', has: ['Carys Pritchard'], not: ['Egress Protect'] },
  { ws: HOMEFIT, kind: 'new-tool', q: 'ok to paste my notes into chatgpt to tidy up the report wording', has: ['Carys Pritchard'], not: ['Microsoft 365'] },
  { ws: HOMEFIT, kind: 'new-tool', q: 'a friend uses cliniko for her diary and notes, could we try it', has: ['Carys Pritchard'], not: ['WriteUpp'] },
  { ws: HOMEFIT, kind: 'new-tool', q: 'thinking of sharing the photos with the council via a dropbox link', has: ['Carys Pritchard'], not: ['Egress Protect'] },
  { ws: HOMEFIT, kind: 'new-tool', q: 'could we do follow up video calls with clients on zoom', has: ['Carys Pritchard'], not: ['RingCentral'] },

  // ── HomeFit OT Adaptations: off-topic ──
  { ws: HOMEFIT, kind: 'off-topic', q: 'whats parking like on city road for my 2pm', has: ['Carys Pritchard'], not: ['WriteUpp'] },
  { ws: HOMEFIT, kind: 'off-topic', q: 'what mileage rate do we claim this year', has: ['Carys Pritchard'], not: ['Xero'] },
  { ws: HOMEFIT, kind: 'off-topic', q: 'anyone got a good welsh cakes recipe for the bake off', has: ['Carys Pritchard'], not: ['Microsoft 365'] },
  { ws: HOMEFIT, kind: 'off-topic', q: 'which grab rail fixings are best for plasterboard walls', has: ['Carys Pritchard'], not: ['magicplan'] },
  { ws: HOMEFIT, kind: 'off-topic', q: 'is it meant to rain in barry tomorrow', has: ['Carys Pritchard'], not: ['RingCentral'] },

  // ── BulkBuy Cash & Carry: situations ──
  { ws: BULKBUY, kind: 'situation', q: 'dean here, think i left the van phone on a counter in belgrave, on the a46 now, ill tell someone when im back', has: ['breach-reporting', 'Drivers ring Rakesh from the road'] },
  { ws: BULKBUY, kind: 'situation', q: 'posted mehta stores statement to patels newsagent by mistake, shall i ring mr mehta and apologise', has: ['breach-reporting', 'Do not delete anything or contact the customer yourself'] },
  { ws: BULKBUY, kind: 'situation', q: 'new takeaway setting up an account, can i photocopy his driving licence for our files', has: ['trade-cards', 'do not photocopy or photograph ID'] },
  { ws: BULKBUY, kind: 'situation', q: 'bloke rang saying he works at khans mini mart and needs their card number and address to order', has: ['trade-cards', 'only the named cardholders may ask'] },
  { ws: BULKBUY, kind: 'situation', q: 'young lad buying two cases of vodka, looks about 20, says his card is proof enough', has: ['age-restricted', 'must show a passport, driving licence or PASS card'] },
  { ws: BULKBUY, kind: 'situation', q: 'customer kicking off cos i wouldnt sell him the fags without id, tempted to just serve him to calm it down', has: ['age-restricted', 'Call Sunil to the till if a customer argues'] },
  { ws: BULKBUY, kind: 'situation', q: 'till 3 is stuffed with twenties, everyones busy so ill just run it up to the cash office myself', has: ['cash-handling', 'by two members of staff'] },
  { ws: BULKBUY, kind: 'situation', q: 'my till is 35 quid down, can i just put it in from my wages and not make a fuss', has: ['cash-handling', 'never make it up from your own pocket'] },
  { ws: BULKBUY, kind: 'situation', q: 'driver wants me to show him the yard camera on my phone to prove he never hit the bollard', has: ['cctv', 'never show footage on a phone'] },
  { ws: BULKBUY, kind: 'situation', q: 'police on the phone wanting footage of a shoplifter from tuesday afternoon', has: ['cctv', "take the officer's name, collar number and incident number"] },
  { ws: BULKBUY, kind: 'situation', q: 'chasing singh off licence for overdue invoices and his son is at the counter now, can i ask him about it', has: ['credit-accounts', 'speak only to the named account holder'] },
  { ws: BULKBUY, kind: 'situation', q: 'new chippy wants to go on account, anything i need to tell them before they sign the form', has: ['credit-accounts', 'a credit check will be made before they sign'] },
  { ws: BULKBUY, kind: 'situation', q: 'shop was shut when i got there, ok to leave the pallet round the back by the bins', has: ['deliveries', 'never outside a closed shop'] },
  { ws: BULKBUY, kind: 'situation', q: 'dropping off cider and beer and the only one in the shop is the owners 15 year old', has: ['deliveries', 'handed over only to the account holder'] },
  { ws: BULKBUY, kind: 'situation', q: 'regular customer asked jaspreet at the till what info we keep on him', has: ['subject-access', 'give it to Rakesh the same day'] },
  { ws: BULKBUY, kind: 'situation', q: 'customer wants a copy of whatever we hold on him, do we charge and how quick do we need to be', has: ['subject-access', 'within one calendar month, free of charge'] },
  { ws: BULKBUY, kind: 'situation', q: 'clearing the back office, ok to chuck the old invoices and delivery notes in the baler with the cardboard', has: ['retention', 'the locked shredding console in the office'] },
  { ws: BULKBUY, kind: 'situation', q: 'found a folder of creditsafe printouts from applications in 2024, do we still need them', has: ['retention', 'credit checks are kept 1 year'] },
  { ws: BULKBUY, kind: 'situation', q: 'tomasz went on break and asked me to finish ringing up his customer on his login', has: ['passwords', 'let someone ring up sales under your login'] },
  { ws: BULKBUY, kind: 'situation', q: 'nipping out to the yard for 5 mins, sage is open on the back office pc', has: ['passwords', 'Lock the back office PC'] },

  // ── BulkBuy Cash & Carry: new tools ──
  { ws: BULKBUY, kind: 'new-tool', q: 'sunil wants to try shopify so shops can order online', has: ['Rakesh Mistry'], not: ['EBIS EPOS'] },
  { ws: BULKBUY, kind: 'new-tool', q: 'can i plan the rounds in google maps and share the list with the drivers', has: ['Rakesh Mistry'], not: ['Mandata'] },
  { ws: BULKBUY, kind: 'new-tool', q: 'quickbooks is cheaper than what we pay now, can we move the ledgers over', has: ['Rakesh Mistry'], not: ['Sage 50 Accounts'] },
  { ws: BULKBUY, kind: 'new-tool', q: 'dojo rep came in offering card machines, any good for us', has: ['Rakesh Mistry'], not: ['Worldpay'] },
  { ws: BULKBUY, kind: 'new-tool', q: 'can we run credit checks through experian instead', has: ['Rakesh Mistry'], not: ['Creditsafe'] },

  // ── BulkBuy Cash & Carry: off-topic ──
  { ws: BULKBUY, kind: 'off-topic', q: 'is the forklift charged or do i use the pallet truck', has: ['Rakesh Mistry'], not: ['EBIS EPOS'] },
  { ws: BULKBUY, kind: 'off-topic', q: 'are we open boxing day', has: ['Rakesh Mistry'], not: ['Microsoft 365'] },
  { ws: BULKBUY, kind: 'off-topic', q: 'how many pallets of basmati should we order in for diwali', has: ['Rakesh Mistry'], not: ['Sage 50 Accounts'] },
  { ws: BULKBUY, kind: 'off-topic', q: 'whos on the early shift saturday', has: ['Rakesh Mistry'], not: ['Sage Payroll'] },
  { ws: BULKBUY, kind: 'off-topic', q: 'what time is the coca cola delivery coming thursday', has: ['Rakesh Mistry'], not: ['Mandata'] },
];
