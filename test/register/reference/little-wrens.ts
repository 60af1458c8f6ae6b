// Reference block, written blind: a registered childminder (little-wrens). Never read: scored by `bench/qa-heldout.ts --reference` (counts only).
import type { ReferenceCase } from '../heldout/types.ts';
const F = 'little-wrens';
export const CASES: ReferenceCase[] = [
  // --- one supplier's fields (24) ---
  { ws: F, kind: 'field', q: 'how long do the learning journals hang around after a kid leaves us?', has: ['Tapestry', '3 months'] },
  { ws: F, kind: 'field', q: 'if tapestrys servers got hacked how quick do they have to tell us', has: ['Tapestry', '24 hours'] },
  { ws: F, kind: 'field', q: 'whats our legal basis for sending ofsted notifications with the childrens names in', has: ['Ofsted', 'legal obligation'] },
  { ws: F, kind: 'field', q: 'does the club booking app have two step login? mine never asks for a code', has: ['Cheqdin', 'available'] },
  { ws: F, kind: 'field', q: 'which country is the after school booking system data actually kept in', has: ['Cheqdin', 'UK'] },
  { ws: F, kind: 'field', q: 'have we got cheqdins gdpr statement yet or are we still waiting on them', has: ['Cheqdin', 'requested'] },
  { ws: F, kind: 'field', q: 'how long does go cardless hang on to the parents bank details after they stop paying', has: ['GoCardless', '7 years'] },
  { ws: F, kind: 'field', q: 'the direct debit company has stuff in europe too right? whats the safeguard for that', has: ['GoCardless', 'adequacy'] },
  { ws: F, kind: 'field', q: 'our gmail is stored over in america isnt it, whats the legal thing that covers that', has: ['Google Workspace', 'Addendum'] },
  { ws: F, kind: 'field', q: 'can someone at google actually go in and read whats on our drive??', has: ['Google Workspace', 'open a case'] },
  { ws: F, kind: 'field', q: "who's in charge of free agent", has: ['FreeAgent', 'Mark'] },
  { ws: F, kind: 'field', q: 'where does brightpay keep the payslip info, is it uk based', has: ['BrightPay', 'EU'] },
  { ws: F, kind: 'field', q: "did we ever sign brightpay's gdpr agreement thing", has: ['BrightPay', 'progress'] },
  { ws: F, kind: 'field', q: 'how long does ucheck keep hold of the dbs stuff once its done', has: ['uCheck', '6 months'] },
  { ws: F, kind: 'field', q: 'what does the dbs check site make new starters upload, like what info does it take off them', has: ['uCheck', 'passport'] },
  { ws: F, kind: 'field', q: 'the doorbell videos go to servers in the US dont they, have we got a transfer agreement for that', has: ['Ring doorbell', 'IDTA'] },
  { ws: F, kind: 'field', q: 'how long is the doorbell cam footage kept for', has: ['Ring doorbell', '30 days'] },
  { ws: F, kind: 'field', q: 'do we have a gdpr statement from ring for the front door camera', has: ['Ring doorbell', 'missing'] },
  { ws: F, kind: 'field', q: 'who looks after the website? the enquiry form has stopped emailing me', has: ['Wix', 'Priya'] },
  { ws: F, kind: 'field', q: 'how long do we keep the enquiries that come in through the wix form', has: ['Wix', '12 months'] },
  { ws: F, kind: 'field', q: 'on what grounds are we allowed to send accident forms to morton michael', has: ['Morton Michel', 'contract'] },
  { ws: F, kind: 'field', q: 'what do we actually send the council for the 30 hours funding claim', has: ['Shropshire Council Early Years', 'eligibility code'] },
  { ws: F, kind: 'field', q: 'has the accountant sent their data protection statement over yet', has: ['Severn Ledger Accountants', 'requested'] },
  { ws: F, kind: 'field', q: 'what info does the friday sports coach get about the club kids', has: ['Active Kids Coaching', 'allergies'] },

  // --- across the register (10) ---
  { ws: F, kind: 'list', q: 'which of our apps keep stuff in the US?', has: ['Google Workspace', 'Ring doorbell', 'Wix'], not: ['Tapestry', 'Cheqdin', 'BrightPay'] },
  { ws: F, kind: 'list', q: 'which suppliers keep data only in the uk', has: ['Tapestry', 'Cheqdin', 'FreeAgent', 'uCheck', 'Morton Michel', 'Ofsted', 'Shropshire Council Early Years', 'Severn Ledger Accountants', 'Active Kids Coaching'], not: ['GoCardless', 'Google Workspace', 'Wix'] },
  { ws: F, kind: 'list', q: 'whose gdpr statements are we still chasing / dont have yet?', has: ['Cheqdin', 'BrightPay', 'Ring doorbell', 'Shropshire Council Early Years', 'Severn Ledger Accountants', 'Active Kids Coaching'], not: ['Tapestry', 'GoCardless', 'Wix'] },
  { ws: F, kind: 'list', q: 'which ones have we actually got a gdpr statement on file for', has: ['Tapestry', 'GoCardless', 'Google Workspace', 'FreeAgent', 'uCheck', 'Wix', 'Morton Michel', 'Ofsted'], not: ['Cheqdin', 'Ring doorbell', 'Active Kids Coaching'] },
  { ws: F, kind: 'list', q: 'which systems make you use 2fa, like its forced on', has: ['Tapestry', 'GoCardless', 'Google Workspace', 'FreeAgent', 'Ring doorbell'], not: ['Cheqdin', 'BrightPay', 'Wix', 'uCheck'] },
  { ws: F, kind: 'list', q: 'what does mark look after?', has: ['GoCardless', 'FreeAgent', 'BrightPay', 'Ring doorbell', 'Severn Ledger Accountants'], not: ['Tapestry', 'Cheqdin', 'Wix'] },
  { ws: F, kind: 'list', q: 'who outside the setting do we pass info on to', has: ['Morton Michel', 'Ofsted', 'Shropshire Council Early Years', 'Severn Ledger Accountants', 'Active Kids Coaching'], not: ['Tapestry', 'Cheqdin'] },
  { ws: F, kind: 'list', q: 'which suppliers hold the kids allergy info', has: ['Cheqdin', 'Active Kids Coaching'], not: ['Tapestry', 'GoCardless', 'Wix', 'FreeAgent'] },
  { ws: F, kind: 'list', q: 'which ones keep data for 6 yrs?', has: ['FreeAgent', 'BrightPay', 'Shropshire Council Early Years'], not: ['Cheqdin', 'uCheck', 'Ring doorbell'] },
  { ws: F, kind: 'list', q: 'do we send anything abroad? outside the uk i mean', has: ['GoCardless', 'Google Workspace', 'BrightPay', 'Ring doorbell', 'Wix'], not: ['Tapestry', 'Cheqdin', 'uCheck'] },

  // --- situations (18) ---
  { ws: F, kind: 'situation', q: 'omg i left the setting ipad on the bus home, what do i do', has: ['lost-devices', '01746 555 274'] },
  { ws: F, kind: 'situation', q: 'my phone got nicked at the park and its got cheqdin logged in on it', has: ['lost-devices'] },
  { ws: F, kind: 'situation', q: 'i sent a tapestry memo about one kid to the wrong mum 🙈 what now', has: ['breach-reporting', '24 hours'] },
  { ws: F, kind: 'situation', q: 'just realised the allergy sheet got left on the bench at the rec yesterday', has: ['breach-reporting'] },
  { ws: F, kind: 'situation', q: "a dad wants a copy of everything we've got on his son, him and mum are separated, can i just email it", has: ['data-requests', 'one month'] },
  { ws: F, kind: 'situation', q: 'parent emailed asking us to delete all their little ones stuff now theyve left', has: ['data-requests'] },
  { ws: F, kind: 'situation', q: 'can i just take a quick pic on my phone for the parents, the tablet is dead', has: ['photos-and-phones'] },
  { ws: F, kind: 'situation', q: 'one of the mums wants to put the nativity group photo on facebook, is that ok', has: ['photos-and-phones', 'consent'] },
  { ws: F, kind: 'situation', q: 'a little girl told me something about her step dad today and made me promise not to tell anyone', has: ['safeguarding-records', 'secret'] },
  { ws: F, kind: 'situation', q: 'noticed a big bruise on one of the boys arms when he came in this morning, what do i do with that', has: ['safeguarding-records', 'concern form'] },
  { ws: F, kind: 'situation', q: "grandad turned up to collect but he's not on the form, can i let her go with him", has: ['collection', 'password'] },
  { ws: F, kind: 'situation', q: 'can i text the keysafe code to kayleigh so she can open up the hall tomorrow', has: ['keys-and-codes'] },
  { ws: F, kind: 'situation', q: 'think ive lost the church hall key somewhere between school and the hall', has: ['keys-and-codes', 'Leanne'] },
  { ws: F, kind: 'situation', q: 'taking the toddlers to the library on thursday, what paperwork do i need to bring', has: ['outings', 'wallet'] },
  { ws: F, kind: 'situation', q: 'found a box of old registers from 2019 in the loft, can i just stick them in the recycling', has: ['retention', 'shred'] },
  { ws: F, kind: 'situation', q: 'clearing out the filing cabinet, theres accident forms for kids who left years ago, can they go?', has: ['retention', '21 years'] },
  { ws: F, kind: 'situation', q: 'tom asked if he can use my cheqdin login cos his isnt set up yet', has: ['passwords'] },
  { ws: F, kind: 'situation', q: "amira's leaving at half term, when does her tapestry access get turned off", has: ['leavers', 'last day'] },

  // --- off topic sharing a word (4) ---
  { ws: F, kind: 'off-topic', q: 'what time does the football coach usually get here on fridays', has: ['Joanna Pell'], not: ['Active Kids Coaching'] },
  { ws: F, kind: 'off-topic', q: 'is the council tip open on bank holiday mondays? need to get rid of the old sandpit', has: ['Joanna Pell'], not: ['Shropshire Council Early Years'] },
  { ws: F, kind: 'off-topic', q: 'anyone know a good website for cheap craft stuff, we are out of glitter again', has: ['Joanna Pell'], not: ['Wix'] },
  { ws: F, kind: 'off-topic', q: 'is payday the 28th again this month or the friday before', has: ['Joanna Pell'], not: ['BrightPay'] },

  // --- tools we don't use (4) ---
  { ws: F, kind: 'new-tool', q: 'my last nursery used famly for the learning journals, could we switch to that?', has: ['new-tools'], not: ['Tapestry'] },
  { ws: F, kind: 'new-tool', q: 'is it ok if i do the club registers on the kidsbooks app, its way quicker on my phone', has: ['new-tools'], not: ['Cheqdin'] },
  { ws: F, kind: 'new-tool', q: 'a couple of parents asked if they can pay fees through paypal instead, can we set that up', has: ['new-tools'], not: ['GoCardless'] },
  { ws: F, kind: 'new-tool', q: 'do we have quickbooks? want to sort this months invoices', has: ['new-tools'], not: ['FreeAgent'] },
];
