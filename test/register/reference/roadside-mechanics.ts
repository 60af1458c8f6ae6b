// Reference block, written blind: a mobile mechanic (roadside-mechanics). Never read: scored by `bench/qa-heldout.ts --reference` (counts only).
import type { ReferenceCase } from '../heldout/types.ts';
const F = 'roadside-mechanics';
export const CASES: ReferenceCase[] = [
  // --- one supplier's fields (24) ---
  { ws: F, kind: 'field', q: 'where do the job cards actually live, like what country is the garage hive server in', has: ['Garage Hive', 'UK'] },
  { ws: F, kind: 'field', q: 'how long do we keep customers details on the job system after their last job?', has: ['Garage Hive', '6 years'] },
  { ws: F, kind: 'field', q: 'does garagehive do backups or is that on us', has: ['Garage Hive', '35 days'] },
  { ws: F, kind: 'field', q: 'is 2fa compulsory on garage hive or can i turn it off', has: ['Garage Hive', 'enforced'] },
  { ws: F, kind: 'field', q: 'if clickmechanic got hacked how quick would they have to tell us', has: ['ClickMechanic', '72 hours'] },
  { ws: F, kind: 'field', q: 'who deals with the click mechanic account on our side?', has: ['ClickMechanic', 'Gareth'] },
  { ws: F, kind: 'field', q: 'how far back does the van tracker keep journeys', has: ['Quartix', '12 months'] },
  { ws: F, kind: 'field', q: 'have we got a dpa from quartics yet?', has: ['Quartix', 'requested'] },
  { ws: F, kind: 'field', q: 'can the tracker company see where our vans have been', has: ['Quartix', 'fault'] },
  { ws: F, kind: 'field', q: 'where does sum up store the card transactions', has: ['SumUp', 'EU'] },
  { ws: F, kind: 'field', q: 'how long does the card reader company keep our payment records', has: ['SumUp', '5 years'] },
  { ws: F, kind: 'field', q: 'xero is american isnt it, whats the legal cover for sending our books over there', has: ['Xero', 'adequacy'] },
  { ws: F, kind: 'field', q: 'how long is stuff kept in xero', has: ['Xero', '6 years'] },
  { ws: F, kind: 'field', q: 'whats our lawful basis for giving staff pay details to brindley kaur', has: ['Brindley Kaur Accountants', 'legal obligation'] },
  { ws: F, kind: 'field', q: 'gmail stuff goes outside the uk right? what safeguard covers that', has: ['Google Workspace', 'Addendum'] },
  { ws: F, kind: 'field', q: 'how long do the sms logs get kept for', has: ['Textlocal', '3 months'] },
  { ws: F, kind: 'field', q: 'did textlocal ever send their gdpr statement over', has: ['Textlocal', 'await'] },
  { ws: F, kind: 'field', q: 'who owns the mot reminder text service', has: ['Textlocal', 'Marcia'] },
  { ws: F, kind: 'field', q: 'what info do we actually give ecp when we order parts', has: ['Euro Car Parts', 'registration'] },
  { ws: F, kind: 'field', q: 'on what grounds do we give kingsway the customers name and number', has: ['Kingsway MOT Centre', 'Contract'] },
  { ws: F, kind: 'field', q: 'how long does towergate hang on to our drivers details', has: ['Towergate Insurance', '7 years'] },
  { ws: F, kind: 'field', q: 'what does the licence checking company hold on us drivers', has: ['Licence Check', 'endorsements'] },
  { ws: F, kind: 'field', q: 'if licence check has a breach when do they tell us', has: ['Licence Check', '24 hours'] },
  { ws: F, kind: 'field', q: 'wix is in the us, what transfer mechanism do we rely on', has: ['Wix', 'IDTA'] },

  // --- across the register (10) ---
  { ws: F, kind: 'list', q: 'which of our suppliers keep data in the US?', has: ['Xero', 'Google Workspace', 'Wix'], not: ['Garage Hive', 'Quartix', 'SumUp'] },
  { ws: F, kind: 'list', q: 'whose gdpr statements are we still chasing or havent got', has: ['Quartix', 'Brindley Kaur Accountants', 'Textlocal', 'Kingsway MOT Centre', 'Wix'], not: ['Garage Hive', 'SumUp', 'Xero'] },
  { ws: F, kind: 'list', q: 'who do we share driving licence info with', has: ['Towergate Insurance', 'Licence Check'], not: ['Quartix', 'Textlocal'] },
  { ws: F, kind: 'list', q: 'which systems force 2fa on us', has: ['Garage Hive', 'SumUp', 'Xero', 'Google Workspace', 'Licence Check'], not: ['Quartix', 'Wix', 'Textlocal'] },
  { ws: F, kind: 'list', q: 'what suppliers is gareth the owner of', has: ['ClickMechanic', 'Quartix', 'Xero', 'Brindley Kaur Accountants', 'Towergate Insurance'], not: ['Textlocal', 'Garage Hive', 'Kingsway MOT Centre'] },
  { ws: F, kind: 'list', q: 'which ones on the register are recipients we send data to, rather than software we use?', has: ['Brindley Kaur Accountants', 'Euro Car Parts', 'Kingsway MOT Centre', 'Towergate Insurance'], not: ['Garage Hive', 'Xero', 'Textlocal'] },
  { ws: F, kind: 'list', q: 'any of our suppliers pci certified?', has: ['SumUp', 'Wix'], not: ['Garage Hive', 'Quartix'] },
  { ws: F, kind: 'list', q: 'do we send any data abroad at all', has: ['ClickMechanic', 'SumUp', 'Xero', 'Google Workspace', 'Wix'], not: ['Quartix', 'Textlocal', 'Kingsway MOT Centre'] },
  { ws: F, kind: 'list', q: 'what is tomasz in charge of on the supplier list', has: ['Kingsway MOT Centre'], not: ['Euro Car Parts', 'Garage Hive'] },
  { ws: F, kind: 'list', q: 'which suppliers have actually promised to tell us if theres a breach', has: ['Garage Hive', 'ClickMechanic', 'SumUp', 'Xero', 'Google Workspace', 'Towergate Insurance', 'Licence Check'], not: ['Quartix', 'Textlocal', 'Wix'] },

  // --- situations (18) ---
  { ws: F, kind: 'situation', q: 'left the van tablet on the 48 bus this morning 🤦 what do i do', has: ['lost-devices', '1 hour'] },
  { ws: F, kind: 'situation', q: 'some scrote smashed the van window on a job in braunstone and took my work phone', has: ['lost-devices', 'police'] },
  { ws: F, kind: 'situation', q: 'customer emailed saying delete everything you have on me, can i just do it in the system', has: ['data-requests', '6 years'] },
  { ws: F, kind: 'situation', q: 'a bloke rang wanting a copy of all the info we hold on him, how long have we got to send it', has: ['data-requests', 'one month'] },
  { ws: F, kind: 'situation', q: 'i think i sent mrs patels invoice to a different customer by mistake 😬', has: ['breach-reporting', '24 hours'] },
  { ws: F, kind: 'situation', q: 'customer wants me to leave her keys under the wheel arch when im done, is that ok', has: ['keys-and-vehicles', 'in writing'] },
  { ws: F, kind: 'situation', q: 'found a wallet and some letters in the footwell of the focus im working on, what do i do with them', has: ['keys-and-vehicles'] },
  { ws: F, kind: 'situation', q: 'tablet battery died, can i just take the pics of the seized caliper on my own phone?', has: ['vehicle-photos', 'same day'] },
  { ws: F, kind: 'situation', q: 'can i stick a before and after of the rusty sill job on our instagram', has: ['vehicle-photos', 'number plate'] },
  { ws: F, kind: 'situation', q: 'customer wants to read her card number out to me over the phone so i can put it through, thats fine right', has: ['card-payments'] },
  { ws: F, kind: 'situation', q: 'got an email saying one of our suppliers has changed bank details, shall i just pay the new account', has: ['card-payments', 'ring the office'] },
  { ws: F, kind: 'situation', q: 'im taking the van to my mums in skeggy this weekend, will the tracker show where i go', has: ['van-tracking', 'privacy button'] },
  { ws: F, kind: 'situation', q: 'a customer replied STOP to his mot reminder, what now', has: ['marketing-texts', 'same day'] },
  { ws: F, kind: 'situation', q: 'reece wants to use my login for the job system cos his isnt set up yet, can i let him', has: ['passwords'] },
  { ws: F, kind: 'situation', q: 'theres a stack of old paper job sheets in the back of my van, can i just bin them', has: ['retention', 'shred bin'] },
  { ws: F, kind: 'situation', q: 'i think someone got into my work email, its sending weird messages to customers', has: ['breach-reporting'] },
  { ws: F, kind: 'situation', q: 'customer says the address on his invoice is wrong and wants it changing on our records', has: ['data-requests'] },
  { ws: F, kind: 'situation', q: 'snapped a pic of the logbook to get the vin, is that allowed?', has: ['keys-and-vehicles'] },

  // --- off topic sharing a word (4) ---
  { ws: F, kind: 'off-topic', q: 'when is van 2 booked in for its own service, the brakes are grinding', has: ['Sunita Varma'], not: ['Quartix', 'Textlocal'] },
  { ws: F, kind: 'off-topic', q: 'anyone know which front brake pads fit a 2015 corsa? the parts catalogue wont load', has: ['Sunita Varma'], not: ['Euro Car Parts'] },
  { ws: F, kind: 'off-topic', q: 'is the mot test fee going up in april?', has: ['Sunita Varma'], not: ['Kingsway MOT Centre'] },
  { ws: F, kind: 'off-topic', q: 'whats a decent website for learning to diagnose electrical faults', has: ['Sunita Varma'], not: ['Wix'] },

  // --- tools we don't use (4) ---
  { ws: F, kind: 'new-tool', q: 'can i take payments on my own square reader? its quicker than ours', has: ['new-tools'], not: ['SumUp'] },
  { ws: F, kind: 'new-tool', q: 'are we on quickbooks? need to look up what we paid for the ramp', has: ['new-tools'], not: ['Xero'] },
  { ws: F, kind: 'new-tool', q: 'could we send the mot reminders through mailchimp instead, looks way cheaper', has: ['new-tools'], not: ['Textlocal'] },
  { ws: F, kind: 'new-tool', q: 'can i dropbox the big diagnostic logs to the office instead of emailing them', has: ['new-tools'], not: ['Google Workspace'] },
];
