// Held-out round 81, written blind in the reference block's mix of kinds: two new firms (a minibus company running school routes, shuttlewise-minibuses; a farm with holiday cottages, bramblecombe-holiday-cottages), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 102 / 120 (field 43/48, list 20/20, situation 28/36, off-topic 6/8, new tool 5/8); 101 on the code at the session's start.
import type { ReferenceCase } from './types.ts';

const A = 'shuttlewise-minibuses';
const B = 'bramblecombe-holiday-cottages';

export const ROUND81: ReferenceCase[] = [
  // ───────────── Firm A: Shuttlewise Minibuses ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where does coachmanager actually keep all our booking stuff, is it in this country?', has: ['Coach Manager', 'UK'], not: ['US'] },
  { ws: A, kind: 'field', q: 'how long do we hang on to old private hire bookings in the booking system', has: ['Coach Manager', '6 years'] },
  { ws: A, kind: 'field', q: 'who is in charge of the dash cams supplier?', has: ['VisionTrack', 'Joanne'] },
  { ws: A, kind: 'field', q: 'is the gdpr paperwork for the cab cameras still in date or has it lapsed', has: ['VisionTrack', 'overdue'] },
  { ws: A, kind: 'field', q: 'what info about our drivers and PAs do we hand over to the council transport team', has: ['Warrington Borough Council', 'DBS certificate numbers'] },
  { ws: A, kind: 'field', q: 'on what legal grounds are we allowed to track the buses with the gps thing', has: ['Quartix', 'Legitimate interests'] },
  { ws: A, kind: 'field', q: 'for gdpr purposes is the council a processor of ours or something else', has: ['Warrington Borough Council', 'joint-controller'] },
  { ws: A, kind: 'field', q: 'the card payment people are american arent they, how is sending stuff over there covered', has: ['Stripe', 'Data Privacy Framework'] },
  { ws: A, kind: 'field', q: 'where is quikbooks data stored?', has: ['QuickBooks Online', 'US'] },
  { ws: A, kind: 'field', q: 'what safeguard covers intuit moving our accounts data abroad', has: ['QuickBooks Online', 'UK Addendum'] },
  { ws: A, kind: 'field', q: 'who actually gets to see the dbs results that come back from the umbrella body', has: ['uCheck', 'Sian'] },
  { ws: A, kind: 'field', q: 'how long does ucheck keep a new starters application details after the certificate comes through', has: ['uCheck', '6 months'] },
  { ws: A, kind: 'field', q: 'have we got a data processing agreement from the dvla checks company yet', has: ['Licence Bureau', 'requested'] },
  { ws: A, kind: 'field', q: 'the bus late texts, where do they get processed? uk?', has: ['TextMagic', 'EU'], not: ['US'] },
  { ws: A, kind: 'field', q: 'whats the status of the gdpr agreement with the sms people', has: ['TextMagic', 'countersign'] },
  { ws: A, kind: 'field', q: 'when we accept an airport transfer job from holidaytaxis what do we send back to them', has: ['Holiday Taxis', 'registration'] },
  { ws: A, kind: 'field', q: 'can microsoft staff just go and read our sharepoint files whenever they like??', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: A, kind: 'field', q: 'do we have a gdpr statement on file from the fleet insurance broker', has: ['Mersey Fleet & Passenger Insurance Brokers', 'awaited'] },
  { ws: A, kind: 'field', q: 'a parent complained about something on tuesday, how long are the uploaded dashcam clips kept before they go', has: ['VisionTrack', '90 days'] },
  { ws: A, kind: 'field', q: 'has gav signed any data processing terms with us', has: ['GP Computer Services', 'missing'] },
  { ws: A, kind: 'field', q: 'how does the it guy get onto the office pcs when he fixes stuff remotely', has: ['GP Computer Services', 'TeamViewer'] },
  { ws: A, kind: 'field', q: "how secure is the council's secure email thing, any certifications?", has: ['Egress Protect', 'Cyber Essentials Plus'] },
  { ws: A, kind: 'field', q: 'midas and pats training lot - are they a processor for us or what', has: ['Community Transport Association', 'recipient'] },
  { ws: A, kind: 'field', q: 'how long do the accountants keep the payroll info', has: ['Holloway Bray Accountants', '6 years'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our suppliers keep data in the US?', has: ['Stripe', 'QuickBooks Online'], not: ['Quartix', 'Coach Manager'] },
  { ws: A, kind: 'list', q: 'are there any suppliers we have no gdpr statement for at all', has: ['GP Computer Services'], not: ['Quartix'] },
  { ws: A, kind: 'list', q: 'who holds customers card details', has: ['Stripe'], not: ['TextMagic', 'Quartix'] },
  { ws: A, kind: 'list', q: 'which systems hold kids medical info, like epipens and that', has: ['Microsoft 365', 'Warrington Borough Council', 'Egress Protect'], not: ['QuickBooks Online', 'Stripe'] },
  { ws: A, kind: 'list', q: 'which gdpr statements are we still chasing or waiting on', has: ['Egress Protect', 'Mersey Fleet & Passenger Insurance Brokers', 'Licence Bureau'], not: ['Quartix'] },
  { ws: A, kind: 'list', q: 'list the suppliers joanne looks after', has: ['Coach Manager', 'Quartix', 'VisionTrack'], not: ['Stripe', 'TextMagic'] },
  { ws: A, kind: 'list', q: 'who do we pass data on to as recipients rather than processors', has: ['Holiday Taxis', 'Holloway Bray Accountants', 'Community Transport Association'], not: ['Coach Manager'] },
  { ws: A, kind: 'list', q: 'anything of ours stored outside the uk? which ones', has: ['Stripe', 'QuickBooks Online', 'TextMagic'], not: ['Quartix', 'uCheck'] },
  { ws: A, kind: 'list', q: 'which suppliers gdpr reviews are overdue', has: ['VisionTrack', 'Warrington Borough Council'], not: ['Stripe'] },
  { ws: A, kind: 'list', q: 'which systems can our it support bloke get into', has: ['Coach Manager', 'Microsoft 365'], not: ['Stripe', 'VisionTrack'] },

  // situation (18)
  { ws: A, kind: 'situation', q: 'think i left the route folder on the bench in reception at the school this morning, what do i do', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: "oh no i've just emailed an incident report about one of the lads to the wrong mum", has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'the late bus text for route 14 went out to all the parents on route 7 by mistake', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'my work phone got nicked out the cab at the petrol station, its got the driver app on', has: ['devices-logins-and-apps'] },
  { ws: A, kind: 'situation', q: "dropped a kid off and there was a bloke saying he's the grandad and he'd take him in, but he isnt on the profile. what am i meant to do", has: ['parents-and-callers'] },
  { ws: A, kind: 'situation', q: 'someone rang the office saying shes a social worker and asked what time we pick up one of our pupils and his home address', has: ['parents-and-callers'] },
  { ws: A, kind: 'situation', q: 'the parents on my route have a whatsapp group and asked me to join so i can tell them when im running late, ok?', has: ['parents-and-callers'] },
  { ws: A, kind: 'situation', q: "i'm sending an email to all the parents about the new pick up times, can i just put all their emails in the To box", has: ['parents-and-callers'] },
  { ws: A, kind: 'situation', q: "one of the boys on my run wants a selfie with me and the bus for his birthday, his mum said it's fine with her", has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: 'did a wedding on saturday and they want me to take a group pic of everyone in front of the bus on my phone and send it them', has: ['photos-and-social-media'] },
  { ws: A, kind: 'situation', q: "a mum is asking for the video from the saloon camera from when her son got hurt on the bus last week, can i just send her the clip", has: ['cameras-and-tracking'] },
  { ws: A, kind: 'situation', q: 'police turned up at the depot asking for dashcam footage of a crash on the A49 yesterday', has: ['cameras-and-tracking'] },
  { ws: A, kind: 'situation', q: 'drivers are moaning that the trackers are there to spy on how long their breaks are. is that what theyre for?', has: ['cameras-and-tracking'] },
  { ws: A, kind: 'situation', q: 'a hire customer emailed saying she wants us to delete everything we have on her now the trip is done', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'driver who left in the summer has asked for a copy of all the info we have about him. who deals with that', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: "i start at 6 tomorrow so can i take the route folder home tonight and save going into the office", has: ['pupil-information'] },
  { ws: A, kind: 'situation', q: "new PA here, i've got loads of pupils to remember, can i take photos of the one page profiles on my phone so i can learn them at home", has: ['pupil-information'] },
  { ws: A, kind: 'situation', q: "forgot my password for the driver app and dave said just log in as him to close my jobs off, is that alright", has: ['devices-logins-and-apps'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'whats the tyre pressure for the wheelchair bus', has: ['Sian Whitfield'] },
  { ws: A, kind: 'off-topic', q: 'how do i book a week off at half term', has: ['Sian Whitfield'] },
  { ws: A, kind: 'off-topic', q: 'is the m62 closed near junction 9 today', has: ['Sian Whitfield'] },
  { ws: A, kind: 'off-topic', q: "when's the christmas do this year and is it at the same pub", has: ['Sian Whitfield'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can we use google forms to get parents to fill in the new pick up details', has: ['devices-logins-and-apps'] },
  { ws: A, kind: 'new-tool', q: 'thinking of putting the driver rota on trello so everyone can see it on their phones, ok?', has: ['devices-logins-and-apps'] },
  { ws: A, kind: 'new-tool', q: 'is it alright to paste incident reports into chatgpt to tidy up the wording before they go to the council', has: ['devices-logins-and-apps'] },
  { ws: A, kind: 'new-tool', q: "i found this free app called routexl that plans the school runs better than we do, can i put all the pupils' addresses in it to try it out", has: ['devices-logins-and-apps'] },

  // ───────────── Firm B: Bramblecombe Holiday Cottages ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where is supercontrol data kept? does any of it leave the uk', has: ['SuperControl', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long do we keep the passport numbers for the foreign guests', has: ['SuperControl', '12 months'] },
  { ws: B, kind: 'field', q: 'who looks after the booking system?', has: ['SuperControl', 'Ellie'] },
  { ws: B, kind: 'field', q: 'whats happening with the gdpr agreement for sykes', has: ['Sykes Holiday Cottages', 'data-sharing clause'] },
  { ws: B, kind: 'field', q: 'when we claim off a sykes guests deposit what do we actually send the agency', has: ['Sykes Holiday Cottages', 'repair quotes'] },
  { ws: B, kind: 'field', q: 'is the agency a processor for us or something different', has: ['Sykes Holiday Cottages', 'joint-controller'] },
  { ws: B, kind: 'field', q: 'air bnb sends data to america right? how is that covered', has: ['Airbnb', 'standard contractual clauses'] },
  { ws: B, kind: 'field', q: 'how long does stripe keep the payment records for the damage deposit holds', has: ['Stripe', '7 years'] },
  { ws: B, kind: 'field', q: 'what is the transfer safeguard for card payments', has: ['Stripe', 'UK Addendum'] },
  { ws: B, kind: 'field', q: 'who else can log into the accounts software apart from us', has: ['Xero', 'Hannaford & Yeo'] },
  { ws: B, kind: 'field', q: 'have hannafords sent us their data processing terms yet', has: ['Hannaford & Yeo', 'requested'] },
  { ws: B, kind: 'field', q: 'can microsoft support people look at our emails', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: B, kind: 'field', q: 'where is the igloo lock app data stored', has: ['igloohome', 'US', 'SG'] },
  { ws: B, kind: 'field', q: 'whats the safeguard for the smart locks company being abroad', has: ['igloohome', 'IDTA'] },
  { ws: B, kind: 'field', q: 'how long is the log of who opened the keypad doors kept', has: ['igloohome', '12 months'] },
  { ws: B, kind: 'field', q: 'how long do the yard cameras keep footage before its recorded over', has: ['Hik-Connect', '30 days'] },
  { ws: B, kind: 'field', q: 'gdpr statement for the cctv - who did we ask for it?', has: ['Hik-Connect', 'Taw Valley Security'] },
  { ws: B, kind: 'field', q: 'how long are the guest wifi connection logs kept', has: ['UniFi guest wifi', '90 days'] },
  { ws: B, kind: 'field', q: 'what lawful basis do we have for logging guests devices on the wifi', has: ['UniFi guest wifi', 'Legitimate interests'] },
  { ws: B, kind: 'field', q: 'what is our legal basis for sending the newsletter to old guests', has: ['Mailchimp', 'Consent'] },
  { ws: B, kind: 'field', q: 'how long does touchstay hold onto guests details', has: ['Touch Stay', '1 year'] },
  { ws: B, kind: 'field', q: 'do we have a data processing agreement for the cleaners group chat', has: ['WhatsApp', 'missing'] },
  { ws: B, kind: 'field', q: 'if a guest slips in the yard and we claim on the insurance what do we give the insurers', has: ['NFU Mutual', 'accident book'] },
  { ws: B, kind: 'field', q: 'how long are the enquiries from the website contact form kept', has: ['Squarespace', '12 months'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which suppliers keep our data in the US', has: ['Xero', 'Mailchimp', 'igloohome'], not: ['SuperControl', 'Hik-Connect', 'NFU Mutual'] },
  { ws: B, kind: 'list', q: 'who holds guests card details?', has: ['Stripe'], not: ['Mailchimp', 'Touch Stay'] },
  { ws: B, kind: 'list', q: 'which suppliers have we got no gdpr statement for', has: ['WhatsApp', 'Chugg Computer Services'], not: ['Stripe', 'SuperControl'] },
  { ws: B, kind: 'list', q: 'where do we store guests passport numbers', has: ['SuperControl'], not: ['Airbnb', 'Mailchimp'] },
  { ws: B, kind: 'list', q: 'which of our systems have any health info, allergies or injuries', has: ['SuperControl', 'NFU Mutual'], not: ['Mailchimp', 'Xero'] },
  { ws: B, kind: 'list', q: 'what suppliers is ellie responsible for', has: ['SuperControl', 'igloohome', 'Touch Stay'], not: ['Xero', 'NFU Mutual'] },
  { ws: B, kind: 'list', q: 'which gdpr statements have we asked for and are still waiting on', has: ['Hannaford & Yeo', 'igloohome', 'Hik-Connect'], not: ['SuperControl'] },
  { ws: B, kind: 'list', q: 'which systems can mark chugg get into', has: ['Microsoft 365', 'Hik-Connect', 'UniFi guest wifi'], not: ['Stripe', 'SuperControl'] },
  { ws: B, kind: 'list', q: 'which suppliers hold anything about the guests kids', has: ['SuperControl', 'Touch Stay'], not: ['Xero', 'Stripe'] },
  { ws: B, kind: 'list', q: 'whose gdpr reviews are overdue', has: ['UniFi guest wifi', 'Touch Stay'], not: ['Mailchimp'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'i just texted the dairy door code to the wrong guest, the one arriving next week at the granary', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: "lost my phone somewhere in the top field, it's got the lock app and the changeover group on it", has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'sent the welcome email out and realised ive put all the guests in the cc so they can all see each others emails', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: "man on the phone says he's part of the group in the shippon and they're stuck in traffic, wants the key safe code so he can let himself in", has: ['door-codes-and-keys'] },
  { ws: B, kind: 'situation', q: 'would save loads of time if i just put the door code in the booking confirmation when they book, any reason not to?', has: ['door-codes-and-keys'] },
  { ws: B, kind: 'situation', q: 'making new tags for the spare keys, should i put the farm address on them in case they get lost', has: ['door-codes-and-keys'] },
  { ws: B, kind: 'situation', q: 'doing the linhay changeover and the guests left a prescription and some boarding passes in the bedroom drawer', has: ['changeovers-and-damage'] },
  { ws: B, kind: 'situation', q: "the coffee table in the old stable is smashed, family still packing up with their kids in the room, should i take pics now", has: ['changeovers-and-damage'] },
  { ws: B, kind: 'situation', q: 'guest just asked me while i was cleaning whether theyll lose their deposit for the stain on the sofa, what do i say', has: ['changeovers-and-damage'] },
  { ws: B, kind: 'situation', q: 'a woman rang asking if her husband is staying at ours this week and which cottage, says its urgent', has: ['guest-records'] },
  { ws: B, kind: 'situation', q: 'guest from last summer emailed wanting a copy of all the info we hold about her and her kids', has: ['guest-records'] },
  { ws: B, kind: 'situation', q: 'dutch family filled out the paper arrival form with their passport numbers, what do i do with the form now', has: ['guest-records'] },
  { ws: B, kind: 'situation', q: 'got a lovely pic of a little girl bottle feeding a lamb this morning, can i stick it on the farm instagram', has: ['farm-activities-photos-and-dogs'] },
  { ws: B, kind: 'situation', q: "guests' spaniel got off the lead and has been chasing the ewes in the bottom field!! help", has: ['farm-activities-photos-and-dogs'] },
  { ws: B, kind: 'situation', q: 'police have been round asking for the car park camera recording from saturday night', has: ['cctv-and-wifi'] },
  { ws: B, kind: 'situation', q: 'a dad in the granary wants to know what websites his teenage son has been going on over our wifi, can we see that', has: ['cctv-and-wifi'] },
  { ws: B, kind: 'situation', q: 'someone keeps nicking stuff off the doorstep of the dairy, can i just turn one of the yard cameras round to face the cottage door', has: ['cctv-and-wifi'] },
  { ws: B, kind: 'situation', q: "i've got a new phone, can i sell the old one on ebay? it had supercontrol and outlook on it", has: ['devices-and-new-apps'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: 'when does lambing start this year', has: ['Sarah Ridd'] },
  { ws: B, kind: 'off-topic', q: 'what day are the bins collected', has: ['Sarah Ridd'] },
  { ws: B, kind: 'off-topic', q: "how much do we charge for an extra night in the shippon over half term", has: ['Sarah Ridd'] },
  { ws: B, kind: 'off-topic', q: 'whats a good recipe for the welcome cake, the last one went dry', has: ['Sarah Ridd'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can we use a cleaning rota app like breezeway for the changeovers instead of the group chat', has: ['devices-and-new-apps'] },
  { ws: B, kind: 'new-tool', q: "i want to make a shared google photos album for guests to upload their holiday snaps, is that ok", has: ['devices-and-new-apps'] },
  { ws: B, kind: 'new-tool', q: 'thinking we should list the shippon on booking.com too, can i just sign us up', has: ['devices-and-new-apps'] },
  { ws: B, kind: 'new-tool', q: 'can we send guests a trustpilot review request after they leave? would need to upload their emails', has: ['devices-and-new-apps', 'Sarah Ridd'] },
];
