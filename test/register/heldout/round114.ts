// Round 114, written blind in the reference block's mix of kinds in the sixtieth round: two new firms (a small independent town museum in Shropshire run by a charitable trust, with volunteers, school visits, Gift Aid, a Friends scheme, donor records and oral-history recordings, haverley-museum; a Leeds market-research recruitment agency with a panel database holding screening and health answers, incentives paid by bank transfer and vouchers, and recorded focus groups, fieldvoice-research), each written by a helper from the configuration reference and two examples, the questions by another who read only the README, the case format and the two firms' files. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and end code, never read.
import type { ReferenceCase } from './types.ts';

const HM = 'haverley-museum';
const FV = 'fieldvoice-research';

export const ROUND114: ReferenceCase[] = [
  // ───────────────────────── haverley-museum ─────────────────────────
  // field (24)
  { ws: HM, kind: 'field', q: 'where is the modes stuff actually kept? is it in the cloud or on our server', has: ['Modes Complete', 'UK'] },
  { ws: HM, kind: 'field', q: 'how long do the c2 backups hang around for before they go', has: ['Synology C2 Backup', '90 days'] },
  { ws: HM, kind: 'field', q: 'way with words transcribers are in south africa right? whats the legal safeguard for sending them the audio', has: ['Way With Words', 'IDTA'] },
  { ws: HM, kind: 'field', q: 'is 2fa turned on for donorfy or just optional', has: ['Donorfy', 'enforced'] },
  { ws: HM, kind: 'field', q: 'have we got mailchimps gdpr statement yet??', has: ['Mailchimp', 'request'] },
  { ws: HM, kind: 'field', q: 'who looks after square? the till keeps asking me for an admin', has: ['Square', 'Sue Bebbington'] },
  { ws: HM, kind: 'field', q: 'what certs has square got, is it pci compliant', has: ['Square', 'PCI DSS'] },
  { ws: HM, kind: 'field', q: 'if donorfy got hacked how quick would they have to tell us', has: ['Donorfy', '48 hours'] },
  { ws: HM, kind: 'field', q: 'can microsoft staff just go in and read our emails whenever they like?', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: HM, kind: 'field', q: 'whats the lawful basis for giving hmrc the donors details for gift aid', has: ['HMRC Charities Online', 'Legal obligation'] },
  { ws: HM, kind: 'field', q: 'what exactly do we send to hmrc charities online in the claim', has: ['HMRC Charities Online', 'postcode'] },
  { ws: HM, kind: 'field', q: 'what info does eventbrite hold about the kids at the half term workshops', has: ['Eventbrite', "children's first names"] },
  { ws: HM, kind: 'field', q: 'where is better impact hosted? 🌍', has: ['Better Impact', 'CA'] },
  { ws: HM, kind: 'field', q: 'how long does better impact keep the volunteer data', has: ['Better Impact', '2 years'] },
  { ws: HM, kind: 'field', q: 'do we have a gdpr statement from whitcliffe accountancy on file', has: ['Whitcliffe Accountancy', 'await'] },
  { ws: HM, kind: 'field', q: 'can the modes support ppl dial into the office server whenever they want?', has: ['Modes Complete', 'TeamViewer'] },
  { ws: HM, kind: 'field', q: 'eventbrite - how long do we keep the booking data', has: ['Eventbrite', '1 year'] },
  { ws: HM, kind: 'field', q: 'what certification have severn vale security got', has: ['Severn Vale Security', 'NSI Gold'] },
  { ws: HM, kind: 'field', q: 'how long do way with words keep our interview audio after they send the transcript back', has: ['Way With Words', '30 days'] },
  { ws: HM, kind: 'field', q: 'xero data - is it stored in the uk or abroad', has: ['Xero', 'US'] },
  { ws: HM, kind: 'field', q: 'eventbrite is american isnt it, whats the transfer mechanism for them', has: ['Eventbrite', 'UK Addendum'] },
  { ws: HM, kind: 'field', q: 'who else can get at the donorfy data apart from us?', has: ['Donorfy', 'Whitcliffe Accountancy'] },
  { ws: HM, kind: 'field', q: 'what lawful basis do severn vale security have for the camera footage', has: ['Severn Vale Security', 'Legitimate interests'] },
  { ws: HM, kind: 'field', q: 'is synology c2 iso 27001 certified', has: ['Synology C2 Backup', 'ISO 27001'] },

  // list (10)
  { ws: HM, kind: 'list', q: 'which of our suppliers store data in the US?', has: ['Square', 'Xero', 'Mailchimp', 'Eventbrite'], not: ['Donorfy'] },
  { ws: HM, kind: 'list', q: 'whose gdpr statements are we still waiting on', has: ['Whitcliffe Accountancy', 'Mailchimp', 'Severn Vale Security'], not: ['Xero'] },
  { ws: HM, kind: 'list', q: 'which systems have 2fa enforced', has: ['Synology C2 Backup', 'Donorfy', 'Square', 'Xero', 'Microsoft 365'], not: ['Mailchimp'] },
  { ws: HM, kind: 'list', q: 'which suppliers are soc 2 certified', has: ['Square', 'Xero', 'Microsoft 365', 'Mailchimp'], not: ['Donorfy'] },
  { ws: HM, kind: 'list', q: 'who holds visitors card details?', has: ['Square'], not: ['Mailchimp'] },
  { ws: HM, kind: 'list', q: 'which suppliers rely on adequacy for transfers', has: ['Synology C2 Backup', 'Better Impact'], not: ['Xero'] },
  { ws: HM, kind: 'list', q: 'which suppliers end up with health info about people', has: ['Way With Words', 'Eventbrite', 'Better Impact', 'Whitcliffe Accountancy'], not: ['Square'] },
  { ws: HM, kind: 'list', q: 'what suppliers is gemma in charge of', has: ['Mailchimp', 'Eventbrite', 'Better Impact'], not: ['Square'] },
  { ws: HM, kind: 'list', q: 'which systems does tom use', has: ['Modes Complete', 'Synology C2 Backup', 'Way With Words', 'Microsoft 365'], not: ['Donorfy'] },
  { ws: HM, kind: 'list', q: 'which suppliers keep stuff for 6 yrs', has: ['Square', 'Xero', 'HMRC Charities Online', 'Whitcliffe Accountancy'], not: ['Eventbrite'] },

  // situation (18)
  { ws: HM, kind: 'situation', q: 'omg i just sent the friends email with everyones address in the To line 😬', has: ['breach-reporting', 'Tell Helen Marchbank straight away'] },
  { ws: HM, kind: 'situation', q: 'sent st marys booking confirmation to the wrong school by mistake, shall i just email them asking them to delete it?', has: ['breach-reporting', 'do not send a second email asking them to delete it'] },
  { ws: HM, kind: 'situation', q: 'think i left the oral history recorder on the bus this morning, sd card was still in it', has: ['lost-device', 'a lost card is always treated as a possible breach'] },
  { ws: HM, kind: 'situation', q: 'my phone got nicked in shrewsbury last night and its got museum email on it', has: ['lost-device', 'tell Helen (01588 555 310) the same day'] },
  { ws: HM, kind: 'situation', q: 'clearing out the office, can old school booking forms with addresses on go in the recycling?', has: ['retention-disposal', 'grey locked confidential bin'] },
  { ws: HM, kind: 'situation', q: 'a little girl on the school trip told me something at the mill display thats really worrying me and asked me not to tell anyone', has: ['safeguarding', 'do not promise to keep it secret'] },
  { ws: HM, kind: 'situation', q: 'the teacher wants to nip out for a coffee and leave year 4 with me in the learning room, is that ok', has: ['safeguarding', 'never left alone with a child or a group'] },
  { ws: HM, kind: 'situation', q: 'a mum cant find her little boy, he was last seen in the victorian gallery!!', has: ['safeguarding', 'close the front door and search the galleries'] },
  { ws: HM, kind: 'situation', q: 'can i put the lantern walk pics on facebook with the kids names underneath? parents wont mind', has: ['photography', 'Never name a child in a caption'] },
  { ws: HM, kind: 'situation', q: 'police officer at the desk asking for the camera recording from saturday about the shop theft', has: ['cctv', 'collar number and the crime reference'] },
  { ws: HM, kind: 'situation', q: 'can i just video the screen in the office on my phone to show dave what the lad did in the shop', has: ['cctv', 'Never film footage on the monitor with a phone'] },
  { ws: HM, kind: 'situation', q: 'end of my shift, where do the gift aid cards go? just pop them in the till?', has: ['cash-and-gift-aid', 'never in the till drawer'] },
  { ws: HM, kind: 'situation', q: 'done the interview with mr jukes at his house, ok if i keep the recording on my laptop till monday and then email it to tom?', has: ['oral-history', 'Never keep recordings on a personal laptop or phone'] },
  { ws: HM, kind: 'situation', q: 'researcher in the reading room wants to listen to the 1984 flood interview but it says closed till 2030', has: ['oral-history', 'Interviews under closure are not played to researchers'] },
  { ws: HM, kind: 'situation', q: 'a lady just dropped off a box of old photos and a ration book at the front desk and left, no paperwork', has: ['donor-records', 'enquiries cupboard'] },
  { ws: HM, kind: 'situation', q: 'family historian emailed asking for the phone no of whoever gave us the mayors chain, can i give it him', has: ['donor-records', 'Tom writes to the donor'] },
  { ws: HM, kind: 'situation', q: 'a friend rang up wanting a copy of everything we have on her, what do i do', has: ['subject-access', 'within one calendar month'] },
  { ws: HM, kind: 'situation', q: 'im on closing tonight and theres no keyholder, can dave just text me his alarm code', has: ['keys-and-alarm', 'Never share your code or lend your keys'] },

  // off-topic (4)
  { ws: HM, kind: 'off-topic', q: 'did shrewsbury town win last night? ⚽', has: ['Helen Marchbank'], not: ['Square'] },
  { ws: HM, kind: 'off-topic', q: 'whats the forecast for the lantern walk, is it gonna chuck it down', has: ['Helen Marchbank'], not: ['Eventbrite'] },
  { ws: HM, kind: 'off-topic', q: 'how do you get rust off an old flat iron before it goes in the kitchen display case', has: ['Helen Marchbank'], not: ['Modes Complete'] },
  { ws: HM, kind: 'off-topic', q: 'anyone know if the tea room is doing scones on saturday 🍰', has: ['Helen Marchbank'], not: ['Square'] },

  // new-tool (4)
  { ws: HM, kind: 'new-tool', q: 'can we use canva to do the half term poster?', has: ['new-tools'] },
  { ws: HM, kind: 'new-tool', q: 'is it ok to set up a justgiving page for the roof appeal', has: ['new-tools'] },
  { ws: HM, kind: 'new-tool', q: 'does the museum have a dropbox? the photographer wants to send us the exhibition pics', has: ['new-tools'] },
  { ws: HM, kind: 'new-tool', q: 'thinking of trying otter to transcribe the haverley voices interviews ourselves, anyone used it?', has: ['new-tools'] },

  // ───────────────────────── fieldvoice-research ─────────────────────────
  // field (24)
  { ws: FV, kind: 'field', q: 'where is the zoho crm data stored', has: ['Zoho CRM', 'EU'] },
  { ws: FV, kind: 'field', q: 'how long do we keep screener answers in smartsurvey', has: ['SmartSurvey', '6 months'] },
  { ws: FV, kind: 'field', q: 'esendex - how long do they hang onto our texts', has: ['Esendex', '90 days'] },
  { ws: FV, kind: 'field', q: 'has love2shop sent their gdpr statement yet', has: ['Love2shop Business', 'request'] },
  { ws: FV, kind: 'field', q: 'whos the owner for mailchimp?', has: ['Mailchimp', 'Aisha Begum'] },
  { ws: FV, kind: 'field', q: 'zoom is us based, what transfer safeguard have we got', has: ['Zoom', 'UK Addendum'] },
  { ws: FV, kind: 'field', q: 'what certs does zoom have, client is asking', has: ['Zoom', 'SOC 2'] },
  { ws: FV, kind: 'field', q: 'if esendex has a breach when do they have to tell us', has: ['Esendex', '48 hours'] },
  { ws: FV, kind: 'field', q: 'can zoho support staff see our panel members?', has: ['Zoho CRM', 'support ticket'] },
  { ws: FV, kind: 'field', q: 'whats the lawful basis for paying respondents thru bankline', has: ['NatWest Bankline', 'Contract'] },
  { ws: FV, kind: 'field', q: 'what exactly goes to natwest when we pay an incentive', has: ['NatWest Bankline', 'sort code'] },
  { ws: FV, kind: 'field', q: 'what do we actually share with the client research agencies', has: ['Client research agencies and brands', 'respondent grid'] },
  { ws: FV, kind: 'field', q: 'where does xero store our data', has: ['Xero', 'AU'] },
  { ws: FV, kind: 'field', q: 'how long does synology c2 keep the recordings backup for', has: ['Synology C2 Backup', '3 months'] },
  { ws: FV, kind: 'field', q: 'calverley shaw gdpr statement - do we have it?', has: ['Calverley Shaw Accountants', 'await'] },
  { ws: FV, kind: 'field', q: 'who looks after aire valley security', has: ['Aire Valley Security', 'Dominic Reilly'] },
  { ws: FV, kind: 'field', q: 'is kirkstall tech cyber essentials certified?', has: ['Kirkstall Tech', 'Cyber Essentials'] },
  { ws: FV, kind: 'field', q: 'if kirkstall tech cause a breach do they tell us? how fast', has: ['Kirkstall Tech', 'same day'] },
  { ws: FV, kind: 'field', q: 'what data do we have sitting in love2shop', has: ['Love2shop Business', 'voucher values and codes'] },
  { ws: FV, kind: 'field', q: 'how long do we keep payroll stuff with calverley shaw', has: ['Calverley Shaw Accountants', '6 years'] },
  { ws: FV, kind: 'field', q: 'how long do zoom keep the cloud recordings', has: ['Zoom', '30 days'] },
  { ws: FV, kind: 'field', q: 'who else can get into our xero?', has: ['Xero', 'Calverley Shaw Accountants'] },
  { ws: FV, kind: 'field', q: 'is smartsurvey iso 27001', has: ['SmartSurvey', 'ISO 27001'] },
  { ws: FV, kind: 'field', q: 'whats the 2fa situation on the mailchimp account', has: ['Mailchimp', 'enforced'] },

  // list (10)
  { ws: FV, kind: 'list', q: 'which suppliers keep data in the US', has: ['Mailchimp', 'Zoom', 'Xero'], not: ['Esendex'] },
  { ws: FV, kind: 'list', q: 'which suppliers hold health data', has: ['Zoho CRM', 'SmartSurvey', 'Calverley Shaw Accountants'], not: ['Esendex'] },
  { ws: FV, kind: 'list', q: 'who holds respondents bank details', has: ['SmartSurvey', 'NatWest Bankline'], not: ['Mailchimp'] },
  { ws: FV, kind: 'list', q: 'which gdpr statements are we still chasing', has: ['Synology C2 Backup', 'Love2shop Business', 'Calverley Shaw Accountants', 'Kirkstall Tech'], not: ['Zoom'] },
  { ws: FV, kind: 'list', q: 'which suppliers use the idta', has: ['Xero', 'Client research agencies and brands'], not: ['Zoom'] },
  { ws: FV, kind: 'list', q: 'which suppliers are iso 27001 certified', has: ['Microsoft 365', 'Zoho CRM', 'SmartSurvey', 'Esendex', 'Zoom', 'Xero'], not: ['Mailchimp'] },
  { ws: FV, kind: 'list', q: 'what systems does tomasz use', has: ['Microsoft 365', 'Zoho CRM', 'SmartSurvey', 'Esendex'], not: ['Xero'] },
  { ws: FV, kind: 'list', q: 'which suppliers does dominic look after', has: ['Zoom', 'Synology C2 Backup', 'Aire Valley Security'], not: ['Zoho CRM'] },
  { ws: FV, kind: 'list', q: 'which suppliers rely on adequacy?', has: ['Synology C2 Backup', 'Aire Valley Security'], not: ['Xero'] },
  { ws: FV, kind: 'list', q: 'who do we pass respondents data on to', has: ['NatWest Bankline', 'Client research agencies and brands'], not: ['Mailchimp'] },

  // situation (18)
  { ws: FV, kind: 'situation', q: 'just sent the diabetes grid to the wrong client 😱😱 shall i recall it', has: ['breach-reporting', 'Do not try to recall the email'] },
  { ws: FV, kind: 'situation', q: 'sent the studies coming up email from outlook with everyone in cc instead of bcc, how long have i got to tell someone', has: ['breach-reporting', 'within 2 hours at the latest'] },
  { ws: FV, kind: 'situation', q: 'left my work phone in a taxi last night after the 8pm group', has: ['lost-device', 'wipe the phone through Intune'] },
  { ws: FV, kind: 'situation', q: 'my laptop got nicked out of the car in headingley 😭', has: ['lost-device', 'West Yorkshire Police on 101'] },
  { ws: FV, kind: 'situation', q: 'FV-2598 closed ages ago and theres a box of paper consent forms under my desk, can they go in the recycling?', has: ['retention-disposal', 'cross-cut shredder'] },
  { ws: FV, kind: 'situation', q: 'client wants to know how long we hang on to the group videos after the project', has: ['retention-disposal', '3 months after the project closes'] },
  { ws: FV, kind: 'situation', q: 'can i just text the psoriasis lot to ask if theyre on biologics, quicker than the screener', has: ['health-screening', 'never by text or WhatsApp'] },
  { ws: FV, kind: 'situation', q: "ok to call the calendar invite 'menopause groups thurs'?", has: ['health-screening', 'Never put a condition in an email subject line'] },
  { ws: FV, kind: 'situation', q: 'respondent rang saying shes changed banks and read me her new account number, can i update it', has: ['incentive-payments', 'call them back on the number in Zoho CRM'] },
  { ws: FV, kind: 'situation', q: 'one lady in the 6pm group doesnt want to be filmed, what now?', has: ['recording-consent', 'thanked and paid in full'] },
  { ws: FV, kind: 'situation', q: 'client asked if we can just put the recordings on a usb stick for them to take away', has: ['recording-consent', 'never on USB sticks'] },
  { ws: FV, kind: 'situation', q: 'one of the viewers says the bloke in seat 3 is his neighbour lol', has: ['viewing-facility', 'leave the viewing room for that session'] },
  { ws: FV, kind: 'situation', q: 'a respondent has turned up with no ID, shes come all the way from wakefield', has: ['respondent-arrivals', 'No ID, no session and no incentive'] },
  { ws: FV, kind: 'situation', q: 'can i photocopy everyones driving licence at reception tonight to save time', has: ['respondent-arrivals', 'Never photocopy or photograph ID'] },
  { ws: FV, kind: 'situation', q: 'police came in asking for the footage of the street door from friday night', has: ['cctv', 'pass the request to Dominic'] },
  { ws: FV, kind: 'situation', q: 'a mum wants to drop her 14 yr old off for the teen group and go to the trinity centre while shes in', has: ['children-vulnerable', 'stays on the premises throughout'] },
  { ws: FV, kind: 'situation', q: "panel member texted back 'please take me off your list i never want to hear from you again'", has: ['panel-member-rights', 'untick every consent in Zoho CRM'] },
  { ws: FV, kind: 'situation', q: 'respondent is asking me if her sister was in the same group last week, can i say?', has: ['panel-member-rights', 'Never tell one respondent anything about another'] },

  // off-topic (4)
  { ws: FV, kind: 'off-topic', q: 'anyone fancy the rhinos game friday? 🏉', has: ['Imran Siddiqui'], not: ['Zoom'] },
  { ws: FV, kind: 'off-topic', q: 'is it meant to snow tomorrow, thinking of driving over to york', has: ['Imran Siddiqui'], not: ['Xero'] },
  { ws: FV, kind: 'off-topic', q: 'whats the best way to probe when a respondent keeps giving one word answers in a group?', has: ['Imran Siddiqui'], not: ['Zoho CRM'] },
  { ws: FV, kind: 'off-topic', q: 'whos doing the sandwich order for the 6pm group, m&s again?', has: ['Imran Siddiqui'], not: ['Love2shop Business'] },

  // new-tool (4)
  { ws: FV, kind: 'new-tool', q: 'can we use typeform for the screener instead, it looks way nicer', has: ['new-tools'] },
  { ws: FV, kind: 'new-tool', q: 'client wants us to send the recordings via dropbox, is that allowed?', has: ['new-tools'] },
  { ws: FV, kind: 'new-tool', q: 'do we have a qualtrics licence anywhere?', has: ['new-tools'] },
  { ws: FV, kind: 'new-tool', q: 'can i put the recruitment tracker on trello', has: ['new-tools'] },
];
