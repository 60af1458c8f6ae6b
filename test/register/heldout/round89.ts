// Held-out round 89, written blind in the reference block's mix of kinds: two new firms (a dental laboratory, stonebridge-dental-lab; a kayak and paddleboard hire business, lakeside-kayak-hire), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-third round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 112 / 120 (field 45/48, list 19/20, situation 32/36, off-topic 8/8, new tool 8/8), the same on the code at the session's start. Kept held out as a validation set (counts only, never read).
import type { ReferenceCase } from './types.ts';

const A = 'stonebridge-dental-lab';
const B = 'lakeside-kayak-hire';

export const ROUND89: ReferenceCase[] = [
  // ───────────── Firm A: Stonebridge Dental Laboratory ─────────────

  // field (24)
  { kind: 'field', ws: A, q: 'where is the lab system data actualy kept? which country', has: ['Labtrac', 'UK'] },
  { kind: 'field', ws: A, q: 'how long do we hang on to finished cases in labtrac', has: ['Labtrac', '11 years'] },
  { kind: 'field', ws: A, q: 'shredit - how often do they come and empty the blue bins?', has: ['Shred-it', 'every four weeks'] },
  { kind: 'field', ws: A, q: 'who looks after 3shape?', has: ['3Shape Communicate', 'Tomasz'] },
  { kind: 'field', ws: A, q: 'trios portal scans - are they stored in the uk or abroad', has: ['3Shape Communicate', 'EU'] },
  { kind: 'field', ws: A, q: 'where does medit keep the i700 scans', has: ['Medit Link', 'EU', 'KR'] },
  { kind: 'field', ws: A, q: 'whats the transfer safeguard for myitero, align are american arent they', has: ['iTero', 'UK Addendum'] },
  { kind: 'field', ws: A, q: 'is 2fa forced on for the itero portal or optional', has: ['iTero', 'enforced'] },
  { kind: 'field', ws: A, q: 'have we got a dpa from wetransfer yet?', has: ['WeTransfer', 'awaited'] },
  { kind: 'field', ws: A, q: 'who owns the we transfer account, who do i ask about it', has: ['WeTransfer', 'Nobody owns this yet'] },
  { kind: 'field', ws: A, q: 'did formlabs ever send us their data processing agreement', has: ['Formlabs Dashboard', 'requested'] },
  { kind: 'field', ws: A, q: 'on what legal basis do we put patients into the aligner software', has: ['ArchForm', 'Contract with the practice'] },
  { kind: 'field', ws: A, q: 'how long does archform keep the setups after the last stage', has: ['ArchForm', '2 years'] },
  { kind: 'field', ws: A, q: 'custom abutment orders - where do they end up, data wise', has: ['Atlantis', 'EU'] },
  { kind: 'field', ws: A, q: 'is dentsply sirona a processor for us or something else', has: ['Atlantis', 'recipient'] },
  { kind: 'field', ws: A, q: 'how long are emails kept in outlook', has: ['Microsoft 365', '6 years'] },
  { kind: 'field', ws: A, q: 'can microsoft engineers get into our office365 whenever they like?', has: ['Microsoft 365', 'just-in-time'] },
  { kind: 'field', ws: A, q: 'xero data hosted where', has: ['Xero', 'US', 'AU'] },
  { kind: 'field', ws: A, q: 'whos responsible for the accounts software', has: ['Xero', 'Lisa'] },
  { kind: 'field', ws: A, q: 'what personal info is in payroll? ni numbers?', has: ['BrightPay', 'National Insurance numbers'] },
  { kind: 'field', ws: A, q: 'do we have a gdpr statement from soar valley', has: ['Soar Valley Couriers', 'missing'] },
  { kind: 'field', ws: A, q: 'whose details does dpd get when we send a parcel', has: ['DPD', 'practice staff'] },
  { kind: 'field', ws: A, q: 'when can the it company remote into our pcs', has: ['Abbey Park IT Solutions', 'accepts the prompt on screen'] },
  { kind: 'field', ws: A, q: 'how far back do the offsite backups go', has: ['Acronis', '90 days'] },

  // list (10)
  { kind: 'list', ws: A, q: 'which suppliers keep our data in the US?', has: ['iTero', 'WeTransfer', 'ArchForm', 'Xero'], not: ['Labtrac', 'Medit Link', 'Shred-it'] },
  { kind: 'list', ws: A, q: 'how many of our suppliers store stuff in the EU', has: ['3Shape Communicate', 'Medit Link', 'iTero', 'WeTransfer', 'Atlantis', 'BrightPay'], not: ['Labtrac', 'Xero', 'Acronis'] },
  { kind: 'list', ws: A, q: "which suppliers haven't given us a gdpr statement yet", has: ['WeTransfer', 'Formlabs Dashboard', 'ArchForm', 'Soar Valley Couriers', 'Abbey Park IT Solutions'], not: ['Labtrac', 'Xero', 'Shred-it'] },
  { kind: 'list', ws: A, q: 'which ones have staff / employee data in them', has: ['Labtrac', 'Formlabs Dashboard', 'Microsoft 365', 'Xero', 'BrightPay', 'Abbey Park IT Solutions', 'Acronis', 'Shred-it'], not: ['3Shape Communicate', 'DPD', 'Medit Link'] },
  { kind: 'list', ws: A, q: 'list the suppliers that keep data only in the uk', has: ['Labtrac', 'Microsoft 365', 'DPD', 'Abbey Park IT Solutions', 'Acronis', 'Shred-it'], not: ['Xero', 'BrightPay', '3Shape Communicate'] },
  { kind: 'list', ws: A, q: 'which suppliers rely on the SCCs with the uk addendum', has: ['iTero', 'WeTransfer', 'Xero'], not: ['ArchForm', 'Labtrac', 'BrightPay'] },
  { kind: 'list', ws: A, q: 'what suppliers is tomasz in charge of', has: ['3Shape Communicate', 'Medit Link', 'iTero'], not: ['Labtrac', 'ArchForm', 'Xero'] },
  { kind: 'list', ws: A, q: "which suppliers can't do two factor at all", has: ['DPD', 'Shred-it'], not: ['Labtrac', 'Microsoft 365', 'Xero'] },
  { kind: 'list', ws: A, q: 'which of our suppliers are recipients rather than processors', has: ['Atlantis', 'Soar Valley Couriers', 'DPD'], not: ['Labtrac', 'Shred-it', 'Acronis'] },
  { kind: 'list', ws: A, q: 'any suppliers in the US other than xero?', has: ['iTero', 'WeTransfer', 'ArchForm'], not: ['Xero', 'Labtrac', 'Medit Link'] },

  // situation (18)
  { kind: 'situation', ws: A, q: 'the driver just rang, he left one of our boxes at the wrong surgery this morning. what now', has: ['tell Jordan and Deepa at once'] },
  { kind: 'situation', ws: A, q: 'oh no i just emailed a design preview to the wrong dentist', has: ['within 24 hours at the latest'] },
  { kind: 'situation', ws: A, q: 'i think i left the lab phone on the bus last night', has: ['Abbey Park IT can wipe it'] },
  { kind: 'situation', ws: A, q: "a lady rang asking if her crown's ready yet and what shade we used, what do i tell her?", has: ['take their name and number'] },
  { kind: 'situation', ws: A, q: 'a practice emailed asking us to wipe everything we have on one of their patients', has: ['with the date it came in'] },
  { kind: 'situation', ws: A, q: 'dentist sent me the scan on whatsapp cos their portal is down, can i just use that', has: ['ask the practice to use a portal'] },
  { kind: 'situation', ws: A, q: 'can i stick a couple of designs on a usb and finish them at home over the weekend', has: ['the design PCs and the server'] },
  { kind: 'situation', ws: A, q: "the name on the trios scan isn't the same as the one on the docket", has: ['stop and tell Jordan'] },
  { kind: 'situation', ws: A, q: 'we did a really nice full arch bridge, can i put a pic on our instagram', has: ['Neil approves every post'] },
  { kind: 'situation', ws: A, q: 'is it ok to snap the shade photos on my iphone, the ipad is flat', has: ["don't take them on your own phone"] },
  { kind: 'situation', ws: A, q: 'shelves are full of old plaster models, how long have we got to keep them', has: ['in case of a remake'] },
  { kind: 'situation', ws: A, q: "practice has written the patient's full name on the impression bag in marker", has: ['cover it with a case-number label'] },
  { kind: 'situation', ws: A, q: "ben's gone home, can i log in as him to finish his crown", has: ["never use someone else's"] },
  { kind: 'situation', ws: A, q: 'where do the spoiled labels and old copy tickets go, just the normal bin?', has: ['locked Shred-it console'] },
  { kind: 'situation', ws: A, q: "got a letter from a solicitor wanting copies of everything we've got on his client", has: ['patient-and-practice-requests'] },
  { kind: 'situation', ws: A, q: 'one of our practices is moving to another lab and wants all their scans and designs sent over', has: ['that goes to Neil'] },
  { kind: 'situation', ws: A, q: 'the surgery was shut when the driver got there, can he leave the box with the chemist next door', has: ['outside a closed practice'] },
  { kind: 'situation', ws: A, q: "someone put a patient's smile photo on our facebook by accident", has: ['take it down'] },

  // off-topic (4)
  { kind: 'off-topic', ws: A, q: 'is it going to rain for the lab bbq on friday?', has: ['Deepa Chauhan'], not: ['Labtrac'] },
  { kind: 'off-topic', ws: A, q: 'did leicester win on saturday? the it lads were on about it', has: ['Deepa Chauhan'], not: ['Abbey Park IT Solutions'] },
  { kind: 'off-topic', ws: A, q: 'is the car park being resurfaced next week, where do i park while the van is loading', has: ['Deepa Chauhan'], not: ['Soar Valley Couriers'] },
  { kind: 'off-topic', ws: A, q: "who's doing the bacon butty run this morning, i'll put my order in teams", has: ['Deepa Chauhan'], not: ['Microsoft 365'] },

  // new-tool (4)
  { kind: 'new-tool', ws: A, q: 'can i put practice contact details in trello to keep track of remakes?', has: ['Deepa Chauhan'], not: ['Labtrac'] },
  { kind: 'new-tool', ws: A, q: 'is zoom ok for a video call with a dentist to go over a smile design', has: ['Deepa Chauhan'], not: ['3Shape Communicate', 'ArchForm'] },
  { kind: 'new-tool', ws: A, q: 'can i share stl files with a practice through google drive', has: ['Deepa Chauhan'], not: ['ArchForm', 'WeTransfer'] },
  { kind: 'new-tool', ws: A, q: 'do we have a dpa with sage?', has: ['Deepa Chauhan'], not: ['Xero', 'BrightPay'] },

  // ───────────── Firm B: Lakeside Paddle Co ─────────────

  // field (24)
  { kind: 'field', ws: B, q: "where's the booking system data kept", has: ['FareHarbor', 'US'] },
  { kind: 'field', ws: B, q: 'fh - how long do we keep old bookings for', has: ['FareHarbor', '3 years'] },
  { kind: 'field', ws: B, q: 'can fareharbor support staff see our customers details?', has: ['FareHarbor', 'account manager'] },
  { kind: 'field', ws: B, q: 'where are the signed waivers stored', has: ['Smartwaiver', 'US'] },
  { kind: 'field', ws: B, q: 'what covers the waiver data going over to america? safeguard?', has: ['Smartwaiver', 'IDTA'] },
  { kind: 'field', ws: B, q: 'how long do we keep medical forms for kids', has: ['Smartwaiver', '21st birthday'] },
  { kind: 'field', ws: B, q: "what's our lawful basis for the medical declaration on the disclaimer", has: ['Smartwaiver', 'explicit consent'] },
  { kind: 'field', ws: B, q: 'card machine - where does the payment data live', has: ['SumUp', 'EU', 'UK'] },
  { kind: 'field', ws: B, q: 'how long does sum up keep transactions', has: ['SumUp', '5 years'] },
  { kind: 'field', ws: B, q: 'where is the bookkeeping data hosted', has: ['Xero', 'US', 'AU'] },
  { kind: 'field', ws: B, q: "who's responsible for payroll supplier", has: ['BrightPay', 'Rachel'] },
  { kind: 'field', ws: B, q: 'is our m365 data in the uk?', has: ['Microsoft 365', 'UK'] },
  { kind: 'field', ws: B, q: 'how long is someones mailbox kept after they leave', has: ['Microsoft 365', '6 months'] },
  { kind: 'field', ws: B, q: 'how long do we keep the gopro footage in the cloud', has: ['GoPro Subscription', '60 days'] },
  { kind: 'field', ws: B, q: 'has gopro given us a dpa', has: ['GoPro Subscription', 'requested'] },
  { kind: 'field', ws: B, q: 'newsletter data goes to the states - what is the transfer safeguard', has: ['Mailchimp', 'Data Privacy Framework'] },
  { kind: 'field', ws: B, q: 'what info do we send the weather texts company', has: ['Esendex', 'mobile numbers'] },
  { kind: 'field', ws: B, q: 'how long are minibus tracker journeys kept', has: ['Quartix', '12 months'] },
  { kind: 'field', ws: B, q: 'who looks after the vehicle tracking', has: ['Quartix', 'Stuart'] },
  { kind: 'field', ws: B, q: 'dvla checks - how long do we keep the results after someone stops driving', has: ['Licence Bureau', '1 year'] },
  { kind: 'field', ws: B, q: 'dbs check data, retention?', has: ['uCheck', '6 months'] },
  { kind: 'field', ws: B, q: 'british canoeing - are they a processor of ours?', has: ['Paddle UK', 'recipient'] },
  { kind: 'field', ws: B, q: 'who at the accountants can see our files', has: ['Birkett & Moss', 'two bookkeepers'] },
  { kind: 'field', ws: B, q: 'have we signed anything with the hotel for the paddle and stay guests', has: ['Lowwater Bay Hotel', 'missing'] },

  // list (10)
  { kind: 'list', ws: B, q: 'which suppliers store data in the US', has: ['FareHarbor', 'Smartwaiver', 'Xero', 'GoPro Subscription', 'Mailchimp'], not: ['Esendex', 'SumUp', 'Quartix'] },
  { kind: 'list', ws: B, q: 'who holds health or medical info about people', has: ['Smartwaiver', 'Fellside Leisure Insurance'], not: ['Mailchimp', 'Quartix', 'Esendex'] },
  { kind: 'list', ws: B, q: "which suppliers haven't sent us their gdpr statement", has: ['GoPro Subscription', 'Birkett & Moss', 'Fellside Leisure Insurance', 'Lowwater Bay Hotel'], not: ['FareHarbor', 'Smartwaiver', 'Xero'] },
  { kind: 'list', ws: B, q: 'which suppliers keep data only in the uk', has: ['Microsoft 365', 'Esendex', 'Quartix', 'Licence Bureau', 'uCheck', 'Paddle UK', 'Birkett & Moss', 'Fellside Leisure Insurance'], not: ['SumUp', 'FareHarbor', 'BrightPay'] },
  { kind: 'list', ws: B, q: 'which suppliers have kids data', has: ['FareHarbor', 'Smartwaiver', 'Microsoft 365', 'GoPro Subscription', 'Fellside Leisure Insurance', 'Lowwater Bay Hotel'], not: ['Xero', 'Quartix', 'Licence Bureau'] },
  { kind: 'list', ws: B, q: 'what suppliers does rachel look after', has: ['Xero', 'BrightPay', 'Microsoft 365', 'uCheck', 'Birkett & Moss', 'Fellside Leisure Insurance'], not: ['FareHarbor', 'Quartix', 'Mailchimp'] },
  { kind: 'list', ws: B, q: 'which ones use the eu sccs with the uk addendum as the safeguard', has: ['FareHarbor', 'Xero'], not: ['Smartwaiver', 'Esendex', 'SumUp'] },
  { kind: 'list', ws: B, q: 'which suppliers are recipients and not processors', has: ['Paddle UK', 'Birkett & Moss', 'Fellside Leisure Insurance'], not: ['FareHarbor', 'Xero', 'Smartwaiver'] },
  { kind: 'list', ws: B, q: 'who keeps our data outside the uk, apart from xero', has: ['FareHarbor', 'Smartwaiver', 'SumUp', 'BrightPay', 'GoPro Subscription', 'Mailchimp'], not: ['Xero', 'Esendex', 'Quartix'] },
  { kind: 'list', ws: B, q: "which suppliers don't we know if 2fa is on", has: ['GoPro Subscription', 'Fellside Leisure Insurance', 'Lowwater Bay Hotel'], not: ['FareHarbor', 'Xero', 'Mailchimp'] },

  // situation (18)
  { kind: 'situation', ws: B, q: 'just dropped one of the jetty ipads off the pontoon into the lake', has: ['wipe it from Intune'] },
  { kind: 'situation', ws: B, q: 'i sent the footage link for the tuesday group to a completely different family', has: ['before you finish your shift'] },
  { kind: 'situation', ws: B, q: "a lad's mate's mum wants to sign the form for him, he's 14, is that ok", has: ["parent or guardian's signature"] },
  { kind: 'situation', ws: B, q: 'one of the group ticked epilepsy, should i mention it in the briefing so everyone knows', has: ['never read them out'] },
  { kind: 'situation', ws: B, q: 'wifi in the hut is down and nobody can sign anything online', has: ['paper forms in the red folder'] },
  { kind: 'situation', ws: B, q: "a guy on the 2pm taster just told me he can't swim", has: ['talk to them quietly'] },
  { kind: 'situation', ws: B, q: 'can i copy the gopro clips onto my phone and send them to the group on whatsapp', has: ['never goes onto your own phone'] },
  { kind: 'situation', ws: B, q: "one lad on today's guided trip said no to being filmed, everyone else said yes", has: ['the camera stays off'] },
  { kind: 'situation', ws: B, q: 'ellie wants to put a clip of the kids holiday club on insta', has: ['agreed to that clip in writing'] },
  { kind: 'situation', ws: B, q: "a mum emailed asking us to delete the video of her son from last week's trip", has: ['pass it to Helen the same day'] },
  { kind: 'situation', ws: B, q: 'customer wants a copy of everything we hold on her, how quickly do we have to do it', has: ['one month to reply'] },
  { kind: 'situation', ws: B, q: 'a woman rang asking if her husband is still out on the water and which way the group went', has: ['pass on a message'] },
  { kind: 'situation', ws: B, q: 'a bloke replied to our offers email saying stop emailing me', has: ['Mailchimp newsletter that day'] },
  { kind: 'situation', ws: B, q: 'on the river trip can i just leave the paddler list on the dash of the bus', has: ['stays with the leader'] },
  { kind: 'situation', ws: B, q: "oskar wants to drive the minibus to the leven tomorrow but he hasn't had his licence looked at", has: ['checked through Licence Bureau this year'] },
  { kind: 'situation', ws: B, q: 'new instructor starting monday, shall i photocopy his dbs for the file', has: ['seen, not copied'] },
  { kind: 'situation', ws: B, q: "it's the last day for the summer instructors, what happens with the ipads", has: ['passcodes are changed the same week'] },
  { kind: 'situation', ws: B, q: 'can i text a customer about their pick up time from my own mobile', has: ['use the duty phone'] },

  // off-topic (4)
  { kind: 'off-topic', ws: B, q: 'is the weather ok for a bbq on the jetty tonight?', has: ['Helen Dacre'], not: ['Esendex'] },
  { kind: 'off-topic', ws: B, q: 'who won the football last night, the minibus lads were arguing about it', has: ['Helen Dacre'], not: ['Quartix'] },
  { kind: 'off-topic', ws: B, q: "what's a good pub for tea near the hotel in bowness", has: ['Helen Dacre'], not: ['Lowwater Bay Hotel'] },
  { kind: 'off-topic', ws: B, q: 'what time does the chippy in ambleside open, the accountants fancy fish and chips', has: ['Helen Dacre'], not: ['Birkett & Moss'] },

  // new-tool (4)
  { kind: 'new-tool', ws: B, q: "can i keep a list of customers' phone numbers in trello?", has: ['Helen Dacre'], not: ['FareHarbor', 'Esendex'] },
  { kind: 'new-tool', ws: B, q: 'can we use strava to track the river trips', has: ['Helen Dacre'], not: ['Quartix'] },
  { kind: 'new-tool', ws: B, q: 'do we have a dpa with calendly?', has: ['Helen Dacre'], not: ['FareHarbor', 'Smartwaiver'] },
  { kind: 'new-tool', ws: B, q: 'is dropbox on our list of approved suppliers?', has: ['Helen Dacre'], not: ['GoPro Subscription', 'Microsoft 365'] },
];
