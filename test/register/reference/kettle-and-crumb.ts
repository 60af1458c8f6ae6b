// Reference block, written blind: an independent cafe (kettle-and-crumb). Never read: scored by `bench/qa-heldout.ts --reference` (counts only).
import type { ReferenceCase } from '../heldout/types.ts';
const F = 'kettle-and-crumb';
export const CASES: ReferenceCase[] = [
  // --- one supplier's fields (24) ---
  { ws: F, kind: 'field', q: 'where does the till actually store the card stuff? is it all in the uk', has: ['Square', 'US'] },
  { ws: F, kind: 'field', q: 'how long do we hang on to square transactions for', has: ['Square', '5 years'] },
  { ws: F, kind: 'field', q: 'what customer info do we actually get from deliveroo orders?', has: ['Deliveroo', 'first name'] },
  { ws: F, kind: 'field', q: 'who looks after xero these days', has: ['Xero', 'Hattie'] },
  { ws: F, kind: 'field', q: 'the books are on xero which is in america right? whats the transfer safeguard for that', has: ['Xero', 'Addendum'] },
  { ws: F, kind: 'field', q: 'have we got a gdpr statement from brightpay yet', has: ['BrightPay', 'requested'] },
  { ws: F, kind: 'field', q: 'where is the payroll data kept, like which country', has: ['BrightPay', 'EU'] },
  { ws: F, kind: 'field', q: 'does the rota app have two factor or whatever its called', has: ['Deputy', 'available'] },
  { ws: F, kind: 'field', q: 'can people who work at deputy see our rotas and stuff?', has: ['Deputy', 'settings page'] },
  { ws: F, kind: 'field', q: 'how long do table bookings stay on res diary', has: ['ResDiary', '3 years'] },
  { ws: F, kind: 'field', q: 'if resdairy has a data breach how fast do they have to tell us', has: ['ResDiary', '48 hours'] },
  { ws: F, kind: 'field', q: 'cake order form on the website, how long are the orders kept on there?', has: ['Squarespace', '1 year'] },
  { ws: F, kind: 'field', q: 'whos in charge of the squarespace account', has: ['Squarespace', 'Gwen'] },
  { ws: F, kind: 'field', q: 'whats the lawful basis for the mailerlite list', has: ['MailerLite', 'consent'] },
  { ws: F, kind: 'field', q: 'where is mailer lite data held', has: ['MailerLite', 'EU'] },
  { ws: F, kind: 'field', q: 'is 2fa forced on for everyone on gmail or is it optional', has: ['Google Workspace', 'enforced'] },
  { ws: F, kind: 'field', q: 'how long do deleted files stay recoverable in google drive', has: ['Google Workspace', '30 days'] },
  { ws: F, kind: 'field', q: 'how long is footage kept on the marcher cctv recorder', has: ['Marcher Security Systems', '30 days'] },
  { ws: F, kind: 'field', q: 'can the cctv company get into our recorder from their office?', has: ['Marcher Security Systems', 'remote access'] },
  { ws: F, kind: 'field', q: 'navitas - where is that data hosted?', has: ['Navitas Safety', 'UK'] },
  { ws: F, kind: 'field', q: 'what lets us send staff NI numbers to nest, whats the lawful basis', has: ['NEST', 'Pensions Act'] },
  { ws: F, kind: 'field', q: 'how long do we keep the CVs that come in thru indeed', has: ['Indeed', '6 months'] },
  { ws: F, kind: 'field', q: 'what do the accountants get access to exactly', has: ['Pargeter & Lowe', 'read-only'] },
  { ws: F, kind: 'field', q: 'how long does the insurer keep the accident stuff we send them', has: ['Hiscox', '7 years'] },

  // --- across the register (10) ---
  { ws: F, kind: 'list', q: 'which suppliers keep our data only in the uk?', has: ['Deputy', 'ResDiary', 'Navitas Safety', 'Marcher Security Systems', 'Pargeter & Lowe', 'NEST', 'Hiscox'], not: ['Square', 'Deliveroo', 'Xero'] },
  { ws: F, kind: 'list', q: 'is anything of ours stored in america? list them pls', has: ['Square', 'Xero', 'Squarespace', 'Indeed', 'Google Workspace'], not: ['BrightPay', 'MailerLite', 'ResDiary'] },
  { ws: F, kind: 'list', q: 'which gdpr statements are we still waiting on', has: ['BrightPay', 'Deputy', 'Deliveroo', 'Navitas Safety', 'Marcher Security Systems', 'Indeed', 'Hiscox'], not: ['Square', 'Xero', 'NEST'] },
  { ws: F, kind: 'list', q: 'which suppliers do we actually have a gdpr statement on file for?', has: ['Square', 'Xero', 'ResDiary', 'Squarespace', 'MailerLite', 'Google Workspace', 'Pargeter & Lowe', 'NEST'], not: ['Navitas Safety', 'Deputy', 'BrightPay'] },
  { ws: F, kind: 'list', q: 'which of our systems dont have 2fa', has: ['ResDiary', 'Navitas Safety'], not: ['Square', 'Google Workspace', 'Xero', 'MailerLite'] },
  { ws: F, kind: 'list', q: 'what does priya look after', has: ['Deputy', 'ResDiary', 'Indeed'], not: ['Square', 'Xero'] },
  { ws: F, kind: 'list', q: 'who do we pass peoples data on to? not the software, the actual recipients', has: ['Pargeter & Lowe', 'NEST', 'Hiscox'], not: ['Square', 'ResDiary'] },
  { ws: F, kind: 'list', q: 'which suppliers hold customers allergy info', has: ['ResDiary', 'Squarespace', 'Google Workspace'], not: ['Xero', 'MailerLite', 'Deliveroo'] },
  { ws: F, kind: 'list', q: 'which ones rely on adequacy for data transfers?', has: ['BrightPay', 'MailerLite', 'Indeed'], not: ['Square', 'Xero', 'Google Workspace'] },
  { ws: F, kind: 'list', q: 'how many of our suppliers store stuff in the EU', has: ['BrightPay', 'MailerLite', 'Google Workspace', 'Deliveroo'], not: ['Square', 'ResDiary', 'Xero'] },

  // --- situations (18) ---
  { ws: F, kind: 'situation', q: 'left the till ipad on the train back from the wedding job last night 😬 what do i do', has: ['lost-devices', 'same day'] },
  { ws: F, kind: 'situation', q: 'someone nicked my phone at the pub, it had the work gmail and deputy on it', has: ['lost-devices'] },
  { ws: F, kind: 'situation', q: 'i emailed the catering quote with the guest allergy list to the wrong bride 🙈', has: ['breach-reporting', '24 hours'] },
  { ws: F, kind: 'situation', q: 'a regular wants us to delete everything we have on her, how do i do that', has: ['data-requests', 'one month'] },
  { ws: F, kind: 'situation', q: 'customer says weve spelt her surname wrong on all her bookings and wants it put right', has: ['data-requests'] },
  { ws: F, kind: 'situation', q: 'lady at the counter wants a copy of the cctv of her from tuesday, says someone took her purse while she was sat by the window', has: ['cctv'] },
  { ws: F, kind: 'situation', q: 'police popped in asking for footage of the fight outside on saturday night, can i just show them on the screen', has: ['cctv'] },
  { ws: F, kind: 'situation', q: 'can i just text marek the alarm code so he can open up tomorrow', has: ['keys-and-alarm'] },
  { ws: F, kind: 'situation', q: 'think the cafe keys fell out of my pocket in the park 😭', has: ['keys-and-alarm', 'same day'] },
  { ws: F, kind: 'situation', q: 'customer rang to pay the deposit for a wedding cake and read out her card number, i wrote it on the order pad, is that ok?', has: ['card-payments', 'payment link'] },
  { ws: F, kind: 'situation', q: 'we did a kids birthday party yesterday, can i put the pics on our insta', has: ['photos'] },
  { ws: F, kind: 'situation', q: 'took a lovely pic of the "happy 40th dave" cake before it went out, ok to post it?', has: ['photos'] },
  { ws: F, kind: 'situation', q: 'a guy replied to the newsletter saying stop emailing me, what do i do', has: ['marketing-consent'] },
  { ws: F, kind: 'situation', q: 'how long do we keep the paper cake order slips, the drawer is rammed', has: ['retention', 'shred'] },
  { ws: F, kind: 'situation', q: 'kofis last shift is friday, when do his logins get turned off?', has: ['leavers', 'last day'] },
  { ws: F, kind: 'situation', q: 'found a box of old job applications in the office from ages ago, can i just bin them', has: ['retention', '6 months'] },
  { ws: F, kind: 'situation', q: 'can i pin the allergy list for saturdays wedding up on the wall by the kitchen door', has: ['allergen-records'] },
  { ws: F, kind: 'situation', q: 'clicked a link in an email that looked like it was from square and typed my login in. it wasnt square 😳', has: ['breach-reporting'] },

  // --- off topic sharing a word (4) ---
  { ws: F, kind: 'off-topic', q: 'whats my shift on the rota this saturday?', has: ['Nell Ashworth'], not: ['Deputy'] },
  { ws: F, kind: 'off-topic', q: 'how many eggs do we need for the wedding cake order on friday', has: ['Nell Ashworth'], not: ['Squarespace'] },
  { ws: F, kind: 'off-topic', q: 'who is covering the till sunday morning', has: ['Nell Ashworth'], not: ['Square'] },
  { ws: F, kind: 'off-topic', q: 'how many covers are booked in for mothers day lunch', has: ['Nell Ashworth'], not: ['ResDiary'] },

  // --- tools we don't use (4) ---
  { ws: F, kind: 'new-tool', q: 'my mate says sumup is way cheaper for card payments, can we switch the cake deposits to that?', has: ['new-tools'], not: ['Square'] },
  { ws: F, kind: 'new-tool', q: 'can we do the rota on 7shifts instead? its what my last cafe used', has: ['new-tools'], not: ['Deputy'] },
  { ws: F, kind: 'new-tool', q: 'would it be ok to move the newsletter over to mailchimp, the templates are nicer', has: ['new-tools'], not: ['MailerLite'] },
  { ws: F, kind: 'new-tool', q: 'is it alright if customers book tables thru opentable', has: ['new-tools'], not: ['ResDiary'] },
];
