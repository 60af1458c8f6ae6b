// Held-out round 82, written blind in the reference block's mix of kinds: two new firms (a members' golf club, fairwaygreen-golf-club; a vintage wedding car hire firm, silverlace-wedding-cars), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 114 / 120 (field 47/48, list 19/20, situation 34/36, off-topic 7/8, new tool 7/8); 113 on the code at the session's start.
import type { ReferenceCase } from './types.ts';

const A = 'fairwaygreen-golf-club';
const B = 'silverlace-wedding-cars';

export const ROUND82: ReferenceCase[] = [
  // ───────────── Firm A: Fairwaygreen Golf Club ─────────────
  // field (24)
  { ws: A, kind: 'field', q: "is the members area stuff kept in the uk or is it somewhere abroad", has: ['intelligentgolf', 'UK'], not: ['US'] },
  { ws: A, kind: 'field', q: "once someone packs in their membership how long do we hang on to their details in intelligent golf", has: ['intelligentgolf', '2 years'] },
  { ws: A, kind: 'field', q: "who looks after brs on our side?", has: ['BRS Golf', 'Rob'] },
  { ws: A, kind: 'field', q: "the tee time booking app, where does it actually keep the data? someone in the bar said its american owned now", has: ['BRS Golf', 'EU', 'US'] },
  { ws: A, kind: 'field', q: "what safeguard have we got for the tee sheet data going over to the states", has: ['BRS Golf', 'Addendum'] },
  { ws: A, kind: 'field', q: "go cardless - how long do they keep a members bank details after the DD gets cancelled", has: ['GoCardless', '6 years'] },
  { ws: A, kind: 'field', q: "whats our legal basis for sending everyones handicaps and scores off to whs", has: ['England Golf', 'Contract'] },
  { ws: A, kind: 'field', q: "is england golf a processor of ours or are they kind of their own thing", has: ['England Golf', 'joint'] },
  { ws: A, kind: 'field', q: "where does xero host our books? someone said australia??", has: ['Xero', 'US', 'AU'] },
  { ws: A, kind: 'field', q: "bright pay - which country is the payroll data in", has: ['BrightPay Cloud', 'IE'], not: ['US'] },
  { ws: A, kind: 'field', q: "can the IT man just remote onto the office pcs whenever he fancies", has: ['Nidd Valley IT', 'one-time code'] },
  { ws: A, kind: 'field', q: "have the accountants sent over their gdpr terms yet or are we still waiting", has: ['Hartley Rowe & Co', 'requested'] },
  { ws: A, kind: 'field', q: "what exactly do hartley rowe get access to of ours", has: ['Hartley Rowe & Co', 'Xero', 'BrightPay', 'GoCardless'] },
  { ws: A, kind: 'field', q: "can microsoft engineers get into our outlook mailboxes if they want", has: ['Microsoft 365', 'Lockbox'] },
  { ws: A, kind: 'field', q: "when a member of staff leaves how long is their office 365 mailbox kept before its deleted", has: ['Microsoft 365', '90 days'] },
  { ws: A, kind: 'field', q: "the pro shop till system, lightspeed, where is that data held", has: ['Lightspeed Retail', 'CA', 'US'] },
  { ws: A, kind: 'field', q: "do we have lightspeeds dpa yet or not", has: ['Lightspeed Retail', 'awaited'] },
  { ws: A, kind: 'field', q: "does the bar till have two factor on it", has: ['Epos Now', 'unknown'] },
  { ws: A, kind: 'field', q: "how long does the card machine company keep our transaction records", has: ['Dojo', '5 years'] },
  { ws: A, kind: 'field', q: "mail chimp, on what basis are we allowed to email the society organisers and open entrants", has: ['Mailchimp', 'Consent'] },
  { ws: A, kind: 'field', q: "the dbs portal - how long before the passport and licence copies get deleted", has: ['uCheck', '6 months'] },
  { ws: A, kind: 'field', q: "what info actually goes to the county when we put one of the juniors forward for the squad", has: ['Yorkshire Union of Golf Clubs', 'CDH', 'parent'] },
  { ws: A, kind: 'field', q: "how many days of footage do the cameras keep", has: ['Dales Access & Security', '30 days'] },
  { ws: A, kind: 'field', q: "the paxton / fob people, have we got a gdpr statement off them", has: ['Dales Access & Security', 'missing'] },

  // list (10)
  { ws: A, kind: 'list', q: "which of our suppliers keep data in the US", has: ['BRS Golf', 'Xero', 'Lightspeed Retail', 'Mailchimp'], not: ['uCheck', 'Epos Now'] },
  { ws: A, kind: 'list', q: "who holds card details for us", has: ['Dojo'], not: ['Mailchimp', 'uCheck'] },
  { ws: A, kind: 'list', q: "are there any suppliers we've got no gdpr statement for at all", has: ['Dales Access & Security'], not: ['Xero', 'GoCardless'] },
  { ws: A, kind: 'list', q: "how many suppliers is sinead in charge of and which ones", has: ['Epos Now', 'Dojo', 'Mailchimp'], not: ['Xero', 'GoCardless'] },
  { ws: A, kind: 'list', q: "whose gdpr terms have we asked for and still not got", has: ['Hartley Rowe & Co', 'Nidd Valley IT', 'Lightspeed Retail', 'Yorkshire Union of Golf Clubs'], not: ['Dojo'] },
  { ws: A, kind: 'list', q: "which systems have got data about the juniors in them", has: ['intelligentgolf', 'England Golf', 'Yorkshire Union of Golf Clubs', 'Lightspeed Retail'], not: ['BrightPay'] },
  { ws: A, kind: 'list', q: "what suppliers does anita look after", has: ['GoCardless', 'Xero', 'BrightPay Cloud', 'Hartley Rowe & Co'], not: ['Mailchimp', 'Dojo'] },
  { ws: A, kind: 'list', q: "which suppliers cant do two step sign in at all", has: ['BRS Golf', 'Dales Access & Security'], not: ['GoCardless', 'Xero'] },
  { ws: A, kind: 'list', q: "who do we pass members data to that isnt just a processor working for us", has: ['Hartley Rowe & Co', 'Yorkshire Union of Golf Clubs', 'England Golf'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: "which of our suppliers are pci dss certified", has: ['BRS Golf', 'Lightspeed Retail', 'Dojo'], not: ['Mailchimp', 'Xero'] },

  // situation (18)
  { ws: A, kind: 'situation', q: "oh no i just sent the functions newsletter to every member with all their emails in the cc box instead of bcc, what do i do", has: ['breach-reporting', 'Helen'] },
  { ws: A, kind: 'situation', q: "think i left the comp draw sheet with everyones phone numbers pinned up on the board in the car park overnight", has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: "bit embarrassed, i emailed a wedding booking form to the wrong bride this morning. the other bride has already replied saying its not hers. should i just ask her to delete it and move on?", has: ['breach-reporting', '24 hours'] },
  { ws: A, kind: 'situation', q: "a chap at the barrier on the intercom says hes a member and forgot the code, can i just read it out to him", has: ['gate-and-locker-codes'] },
  { ws: A, kind: 'situation', q: "lost my key fob somewhere between the 7th green and the halfway hut", has: ['gate-and-locker-codes'] },
  { ws: A, kind: 'situation', q: "can i write the new locker room code on the back of the scorecards for the visiting society tomorrow so they dont keep ringing the shop", has: ['gate-and-locker-codes'] },
  { ws: A, kind: 'situation', q: "one of our juniors won the junior open, can i put his full name and which school hes at with the photo on the club facebook page", has: ['juniors-and-photos'] },
  { ws: A, kind: 'situation', q: "one of the volunteer coaches wants to message the kids directly on snapchat to sort lifts to the away match, is that ok", has: ['juniors-and-photos'] },
  { ws: A, kind: 'situation', q: "im a bit worried about one of the junior girls, she seemed really upset at coaching and said something odd about home. not sure if its my place to say anything", has: ['juniors-and-photos', 'Gwen'] },
  { ws: A, kind: 'situation', q: "a member came in asking for a copy of everything we've got on him, whats the process", has: ['member-requests', 'one month'] },
  { ws: A, kind: 'situation', q: "someone rang the pro shop asking for another members mobile number cos theyre meant to be playing together on saturday, can i give it", has: ['member-requests'] },
  { ws: A, kind: 'situation', q: "a member reckons the wrong score went in for him in the medal and wants his handicap sorted, can i just change it", has: ['member-requests', 'Keith'] },
  { ws: A, kind: 'situation', q: "a lady rang up asking if her husband is out on the course right now and what time he teed off", has: ['member-requests'] },
  { ws: A, kind: 'situation', q: "think ive left my greenkeeping work phone in the pub last night and its not there now", has: ['devices'] },
  { ws: A, kind: 'situation', q: "can i take one of the office laptops home over the weekend to finish the subs reconciliation", has: ['devices', 'Martin'] },
  { ws: A, kind: 'situation', q: "is it ok to keep the members contact list on my own phone in whatsapp, its just easier when im out on the course", has: ['devices'] },
  { ws: A, kind: 'situation', q: "the scorecard box in the office is overflowing, how long do we actually have to keep them", has: ['records-and-paper', '12 months'] },
  { ws: A, kind: 'situation', q: "the seniors captain has posted everyones handicaps and home addresses in the seniors whatsapp group, is he allowed to do that", has: ['new-tools'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: "what time does the bar shut on a sunday", has: ['Helen Ashworth'], not: ['Claire Ashworth'] },
  { ws: A, kind: 'off-topic', q: "whats the dress code in the clubhouse, are jeans allowed now", has: ['Helen Ashworth'], not: ['Claire Ashworth'] },
  { ws: A, kind: 'off-topic', q: "when are the greens getting hollow tined this autumn", has: ['Helen Ashworth'], not: ['Claire Ashworth'] },
  { ws: A, kind: 'off-topic', q: "how do you reset the blade height on the fairway mower, the manual is missing", has: ['Helen Ashworth'], not: ['Claire Ashworth'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: "can i use golf genius to run the club championship draw and scoring this year", has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: "the junior section want to use teamsnap for match sign ups and parents contact details, is that alright", has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: "thinking of making a doodle poll for the seniors away day with names and handicaps on it, ok?", has: ['new-tools'] },
  { ws: A, kind: 'new-tool', q: "could i paste this months results into chatgpt to write up the members bulletin for me", has: ['new-tools', 'Helen Ashworth'] },

  // ───────────── Firm B: Silverlace Wedding Cars ─────────────
  // field (24)
  { ws: B, kind: 'field', q: "where is all the booking system data actually stored", has: ['Dubsado', 'US'] },
  { ws: B, kind: 'field', q: "what covers us sending couples details to dubsado over in america", has: ['Dubsado', 'IDTA'] },
  { ws: B, kind: 'field', q: "how long do we keep a couples stuff in the crm after the wedding", has: ['Dubsado', '6 years'] },
  { ws: B, kind: 'field', q: "can dubsados support team see our clients whenever they like", has: ['Dubsado', 'Becky'] },
  { ws: B, kind: 'field', q: "stripe - how long do they keep the payment records", has: ['Stripe', '7 years'] },
  { ws: B, kind: 'field', q: "are the card payment people pci compliant", has: ['Stripe', 'PCI DSS'] },
  { ws: B, kind: 'field', q: "who's responsible for free agent?", has: ['FreeAgent', 'Mandy'] },
  { ws: B, kind: 'field', q: "can microsoft get into our onedrive and see the couples photos", has: ['Microsoft 365', 'Lockbox', 'Claire'] },
  { ws: B, kind: 'field', q: "with insta, are meta our processor or what", has: ['Facebook and Instagram', 'joint'] },
  { ws: B, kind: 'field', q: "whats our legal basis for posting couples photos on instagram", has: ['Facebook and Instagram', 'Consent'] },
  { ws: B, kind: 'field', q: "the drivers whatsapp group - have we got a gdpr statement sorted for it", has: ['WhatsApp Business', 'awaited'] },
  { ws: B, kind: 'field', q: "how long do the chats in the chauffeurs group hang around", has: ['WhatsApp Business', 'month'] },
  { ws: B, kind: 'field', q: "where does canva keep our designs", has: ['Canva', 'AU', 'US'] },
  { ws: B, kind: 'field', q: "what transfer safeguard is canva relying on", has: ['Canva', 'SCC'] },
  { ws: B, kind: 'field', q: "how long does the website keep the enquiry form submissions", has: ['Squarespace', '1 year'] },
  { ws: B, kind: 'field', q: "bride book, what do we actually send them", has: ['Bridebook', 'review'] },
  { ws: B, kind: 'field', q: "licence checks, how long do we keep them after a chauffeur stops driving for us", has: ['Licence Bureau', '12 months'] },
  { ws: B, kind: 'field', q: "if licence bureau got hacked how fast do they have to tell us", has: ['Licence Bureau', '48 hours'] },
  { ws: B, kind: 'field', q: "how long is the car tracker journey history kept", has: ['TRACKER', '90 days'] },
  { ws: B, kind: 'field', q: "what do the insurers get about us drivers", has: ['Cotswold Hire & Classic Insurance', 'licence details'] },
  { ws: B, kind: 'field', q: "pritchard dunn, is their gdpr statement on file", has: ['Pritchard & Dunn', 'requested'] },
  { ws: B, kind: 'field', q: "have we got anything in writing from kev about gdpr", has: ['Kev Morgan IT', 'missing'] },
  { ws: B, kind: 'field', q: "what do we give vale vintage when they cover a booking for us", has: ['Vale Vintage Cars', 'run sheet'] },
  { ws: B, kind: 'field', q: "how does the it man get onto the office laptop", has: ['Kev Morgan IT', 'AnyDesk'] },

  // list (10)
  { ws: B, kind: 'list', q: "which suppliers store data in the US", has: ['Dubsado', 'Stripe', 'Facebook and Instagram', 'WhatsApp Business', 'Canva', 'Squarespace'], not: ['Bridebook', 'Licence Bureau'] },
  { ws: B, kind: 'list', q: "who holds peoples card details", has: ['Stripe'], not: ['Canva', 'Bridebook'] },
  { ws: B, kind: 'list', q: "which suppliers have no gdpr statement at all", has: ['Kev Morgan IT'], not: ['Stripe', 'Dubsado'] },
  { ws: B, kind: 'list', q: "how many of the suppliers does neil look after, and which", has: ['WhatsApp Business', 'Licence Bureau', 'TRACKER', 'Vale Vintage Cars'], not: ['Stripe', 'Canva'] },
  { ws: B, kind: 'list', q: "which suppliers have we asked for gdpr terms and are still waiting on", has: ['WhatsApp Business', 'TRACKER', 'Pritchard & Dunn'], not: ['Stripe'] },
  { ws: B, kind: 'list', q: "who holds drivers penalty points and that sort of thing", has: ['Licence Bureau', 'Cotswold Hire & Classic Insurance'], not: ['Canva', 'Squarespace'] },
  { ws: B, kind: 'list', q: "what does becky look after", has: ['Dubsado', 'Facebook and Instagram', 'Canva', 'Bridebook'], not: ['Stripe', 'FreeAgent'] },
  { ws: B, kind: 'list', q: "who do we pass data on to that isnt one of our processors", has: ['Bridebook', 'Cotswold Hire & Classic Insurance', 'Pritchard & Dunn', 'Vale Vintage Cars'], not: ['Canva'] },
  { ws: B, kind: 'list', q: "which of our suppliers cant do two factor", has: ['Bridebook', 'Licence Bureau'], not: ['Stripe', 'FreeAgent'] },
  { ws: B, kind: 'list', q: "is anything of ours stored in australia", has: ['Canva'], not: ['Stripe', 'Dubsado'] },

  // situation (18)
  { ws: B, kind: 'situation', q: "oh god i've emailed the hire contract to the wrong couple, both weddings are on the same saturday. what now", has: ['breach-reporting', 'Claire'] },
  { ws: B, kind: 'situation', q: "the printed run sheet blew out of the silver cloud window on the a38 on the way back from the church", has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: "i think someone's got into our instagram, there are stories up i definitely didnt post and the password doesnt work anymore", has: ['breach-reporting', '24 hours'] },
  { ws: B, kind: 'situation', q: "can i just pop the pick up address and times in the drivers group so everyone knows where theyre going saturday", has: ['run-sheets-and-addresses'] },
  { ws: B, kind: 'situation', q: "the photographer at the wedding kept asking me where the couple live and where theyre off to after the reception, i didnt know what to say", has: ['run-sheets-and-addresses'] },
  { ws: B, kind: 'situation', q: "theres no signal at the venue out in the cotswolds, can i print the run sheet and just leave it on the dashboard", has: ['run-sheets-and-addresses'] },
  { ws: B, kind: 'situation', q: "the brides mum messaged asking us to take the photo of her daughter down from facebook", has: ['photos-and-social-media', 'Becky'] },
  { ws: B, kind: 'situation', q: "got a lovely shot of the couple with the bentley on my phone, can i put it on insta tonight while theyre still at the reception", has: ['photos-and-social-media'] },
  { ws: B, kind: 'situation', q: "theres a little flower girl in most of the photos from today's wedding, can those go up", has: ['photos-and-social-media'] },
  { ws: B, kind: 'situation', q: "got done for speeding last week, 3 points, do i have to tell anyone or is it my own business", has: ['chauffeur-checks', 'Neil'] },
  { ws: B, kind: 'situation', q: "one of the other drivers asked me how many points graham has got, i think i know, can i tell him", has: ['chauffeur-checks'] },
  { ws: B, kind: 'situation', q: "new chauffeur is starting this saturday, hasnt done any of the licence paperwork yet, is that a problem", has: ['chauffeur-checks'] },
  { ws: B, kind: 'situation', q: "a couple emailed saying they want us to delete everything we hold about them now the weddings done", has: ['requests-for-data', 'six years'] },
  { ws: B, kind: 'situation', q: "a wedding planner rang asking for the phone number of another couple she's not working with", has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: "one of the guests asked me for the brides home address so she can send a present round, ok to give it?", has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: "can i save the couples numbers in my own phone, its just easier than carrying the work one around", has: ['work-phones'] },
  { ws: B, kind: 'situation', q: "do i have to bring the work phone back to the barn monday or can i hang on to it till next weekend", has: ['work-phones'] },
  { ws: B, kind: 'situation', q: "is it alright leaving the work phone on the car seat while im stood outside the church waiting", has: ['work-phones'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: "whats the best way to start the 1934 rolls on a cold morning", has: ['Claire Ashworth'], not: ['Helen Ashworth'] },
  { ws: B, kind: 'off-topic', q: "do chauffeurs have to wear the grey gloves or are the black ones fine", has: ['Claire Ashworth'], not: ['Helen Ashworth'] },
  { ws: B, kind: 'off-topic', q: "when is the jaguar's MOT due", has: ['Claire Ashworth'], not: ['Helen Ashworth'] },
  { ws: B, kind: 'off-topic', q: "how much do we charge for the vw camper for a half day hire", has: ['Claire Ashworth'], not: ['Helen Ashworth'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: "can i use waze to plan the routes and put the pick up addresses in", has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: "i want to try chatgpt for writing our instagram captions, ok if i paste in the couples names and venues?", has: ['new-apps', 'Claire Ashworth'] },
  { ws: B, kind: 'new-tool', q: "hitched want us on their directory and theyre asking for our client list in return, can i sign us up", has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: "is it ok to send couples their photos through wetransfer", has: ['new-apps'] },
];
