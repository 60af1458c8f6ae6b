// Focus set 96 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (guru-nanak-langar-kitchen, servewell-process-servers, clearpath-vasectomy-clinic), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (74 of 90 on the round's starting answerer, 75 on the answerer of the time), then read in the eightieth round.
import type { ReferenceCase } from './types.ts';

const LANGAR = 'guru-nanak-langar-kitchen';
const SERVEWELL = 'servewell-process-servers';
const CLEARPATH = 'clearpath-vasectomy-clinic';

export const FOCUS96_ONE: ReferenceCase[] = [
  // ---- Guru Nanak Langar Kitchen: situations ----
  { ws: LANGAR, kind: 'situation', q: 'oh no i think i left the printed parcel list on one of the tables in the hall after langar, its gone now. what do i do', has: ['breach-reporting', 'Tell Harjinder Kaur Sandhu straight away'] },
  { ws: LANGAR, kind: 'situation', q: 'accidentally posted a donors address in the sewa whatsapp group instead of a private msg.. shall i just delete it quick before anyone sees', has: ['breach-reporting', 'Do not delete messages'] },
  { ws: LANGAR, kind: 'situation', q: 'caseworker just rang thru a referral, airtable wont load on my phone so can i scribble it in my notebook n type it up later', has: ['food-bank-referrals', 'never into WhatsApp, a personal phone or a paper notebook'] },
  { ws: LANGAR, kind: 'situation', q: 'a lady called saying her brother gets parcels from us and she wants to know if he picked one up this week, shes family so thats fine right?', has: ['food-bank-referrals', 'pass such calls to Manpreet'] },
  { ws: LANGAR, kind: 'situation', q: 'aunty at the serving line asking if the kheer is ok for her grandson hes allergic to something, cook reckons its fine', has: ['allergies', 'show them the board and fetch the shift lead'] },
  { ws: LANGAR, kind: 'situation', q: 'baljit can we chuck some til (sesame) in the sabzi today, would taste amazing', has: ['allergies', 'never used in the main dal or sabzi'] },
  { ws: LANGAR, kind: 'situation', q: 'my nephew is 14 and really wants to help on the tandoor this sunday, his dads gonna be there', has: ['young-volunteers', 'never use the tandoor, the large pots or the dishwasher'] },
  { ws: LANGAR, kind: 'situation', q: 'one of the 16 yr old sevadars didnt turn up, ok if i just whatsapp her directly to check shes coming?', has: ['young-volunteers', 'never messages a child volunteer one to one'] },
  { ws: LANGAR, kind: 'situation', q: 'new volunteer on the serving line was asking people for their names and where they live before giving them a thali, is that a thing we do', has: ['rough-sleepers', 'never ask for a name, address or proof'] },
  { ws: LANGAR, kind: 'situation', q: 'the man who sleeps by southall station asked if we can help him find somewhere to stay tonight', has: ['rough-sleepers', 'offer the Ealing Street Link details'] },
  { ws: LANGAR, kind: 'situation', q: 'sangat looks so beautiful sitting in pangat, gonna grab a few pics of people eating for the insta', has: ['photos-festivals', 'Never photograph people eating langar'] },
  { ws: LANGAR, kind: 'situation', q: 'uncle ji is upset, saw himself on the vaisakhi poster on instagram and wants it gone', has: ['photos-festivals', 'Take a photo down within 2 days'] },
  { ws: LANGAR, kind: 'situation', q: 'golak counted, its late and the banks shut, ill just keep the cash at mine and bank it next week yeah', has: ['cash-donations', 'within 3 working days and never taken home'] },
  { ws: LANGAR, kind: 'situation', q: 'only trustee here today is me, can i open the langar donation box and count it on my own', has: ['cash-donations', 'opened only by two trustees together'] },
  { ws: LANGAR, kind: 'situation', q: 'donor emailed saying stop sending him appeals and wipe everything you have on me. do we delete his gift aid stuff too', has: ['gift-aid-retention', 'their Gift Aid records are kept'] },
  { ws: LANGAR, kind: 'situation', q: 'theres loads of volunteers in the rota who havent done a shift since like 2023, do we keep them', has: ['gift-aid-retention', "deleted one year after the volunteer's last shift"] },
  { ws: LANGAR, kind: 'situation', q: 'parcel client at the door asked me what info weve got on her and her kids, what do i say', has: ['subject-access', 'pass it to Harjinder the same day'] },
  { ws: LANGAR, kind: 'situation', q: 'woman from the council housing team wants a copy of everything we hold on one of her clients', has: ['subject-access', "without the client's signed authority"] },
  { ws: LANGAR, kind: 'situation', q: 'gurpurab is manic, can simrans cousin just use my airtable login to help pack parcels', has: ['passwords', 'never share a login with another volunteer'] },
  { ws: LANGAR, kind: 'situation', q: 'gurpreet stepped down as shift lead last week, anything we need to sort on the kitchen tablet', has: ['passwords', 'changed when a shift lead stands down'] },

  // ---- Guru Nanak Langar Kitchen: new tools ----
  { ws: LANGAR, kind: 'new-tool', q: 'can i set up a mailchimp list for the donor newsletter', has: ['Harjinder Kaur Sandhu'], not: ['Donorfy'] },
  { ws: LANGAR, kind: 'new-tool', q: 'thinking of using signup genius for the gurpurab sewa sign ups, easier for the aunties', has: ['Harjinder Kaur Sandhu'], not: ['RotaCloud'] },
  { ws: LANGAR, kind: 'new-tool', q: 'could we put the food bank deliveries on trello so the drivers can tick them off', has: ['Harjinder Kaur Sandhu'], not: ['Airtable'] },
  { ws: LANGAR, kind: 'new-tool', q: 'ok to do the bandi chhor divas posters in adobe express instead', has: ['Harjinder Kaur Sandhu'], not: ['Canva'] },
  { ws: LANGAR, kind: 'new-tool', q: 'can i paste the donor names into chatgpt to write the thank you letters', has: ['Harjinder Kaur Sandhu'], not: ['Google Workspace for Nonprofits'] },

  // ---- Guru Nanak Langar Kitchen: off-topic ----
  { ws: LANGAR, kind: 'off-topic', q: 'how many kilos of atta do we need for about 500 rotis', has: ['Harjinder Kaur Sandhu'], not: ['Navitas Safe'] },
  { ws: LANGAR, kind: 'off-topic', q: 'what time does the gurdwara open on sunday morning', has: ['Harjinder Kaur Sandhu'], not: ['RotaCloud'] },
  { ws: LANGAR, kind: 'off-topic', q: 'whats the weather looking like for the nagar kirtan on saturday', has: ['Harjinder Kaur Sandhu'], not: ['WhatsApp'] },
  { ws: LANGAR, kind: 'off-topic', q: 'who is bringing the milk delivery tmrw, same time as usual?', has: ['Harjinder Kaur Sandhu'], not: ['Xero'] },
  { ws: LANGAR, kind: 'off-topic', q: 'karah prashad quantities for 200 people pls', has: ['Harjinder Kaur Sandhu'], not: ['Canva'] },

  // ---- ServeWell Process Servers: situations ----
  { ws: SERVEWELL, kind: 'situation', q: 'car got broken into in salford, the job pack was on the passenger seat and its gone', has: ['breach-reporting', 'Tell Joanne Whitworth straight away by phone'] },
  { ws: SERVEWELL, kind: 'situation', q: 'its saturday and i think my work phone fell out my pocket in bolton. can it wait til monday', has: ['breach-reporting', 'within 4 hours at most, even on a Saturday'] },
  { ws: SERVEWELL, kind: 'situation', q: 'just realised i served the brother not the actual respondent.. should i ring the solicitor and explain', has: ['breach-reporting', 'Do not contact the solicitor or the person served yourself'] },
  { ws: SERVEWELL, kind: 'situation', q: 'mate asked if i can find his exs new address on tracesmart, wont take a sec', has: ['tracing', 'Never search for yourself, friends, family'] },
  { ws: SERVEWELL, kind: 'situation', q: 'the claimant himself rang up wanting the new address we found for his ex wife, can aisha give it him', has: ['tracing', 'given only to the instructing solicitor'] },
  { ws: SERVEWELL, kind: 'situation', q: 'solicitor emailed a name to trace, instruction not set up yet, can i run the search now and sort the matter later', has: ['tracing', 'only for an open instruction in Clio'] },
  { ws: SERVEWELL, kind: 'situation', q: 'app was lagging so i took the proof pic on the normal camera, thats fine yeah', has: ['proof-photos', "never the phone's own camera"] },
  { ws: SERVEWELL, kind: 'situation', q: 'served him at the door but his little ones were stood behind him, theyre in the shot', has: ['proof-photos', 'do not photograph children, the inside of a home'] },
  { ws: SERVEWELL, kind: 'situation', q: 'neighbour came out asking what the papers were about, says shes his sister so ok to tell her?', has: ['doorstep', 'Never tell a neighbour, child, partner or employer'] },
  { ws: SERVEWELL, kind: 'situation', q: 'nobody in at the flat in stockport, can i leave a note saying its about his divorce papers so he rings back', has: ['doorstep', 'leave no note that says more than'] },
  { ws: SERVEWELL, kind: 'situation', q: 'bloke on the office line asking if were trying to serve his brother and where hes living now', has: ['doorstep', 'pass the call to Aisha or Joanne'] },
  { ws: SERVEWELL, kind: 'situation', q: 'guy in wythenshawe went proper mental at me, shouting and that, i got back in the car. anything i need to do', has: ['lone-working', 'Record what happened in the job notes the same day'] },
  { ws: SERVEWELL, kind: 'situation', q: 'new job in oldham is flagged for violence, i can nip round on my own tonight after tea', has: ['lone-working', 'served only in pairs or in daylight'] },
  { ws: SERVEWELL, kind: 'situation', q: 'forgot to check out of the job after my last attempt, does it matter', has: ['lone-working', 'within 45 minutes Craig rings you'] },
  { ws: SERVEWELL, kind: 'situation', q: 'still got a stack of old job packs in my boot from last month lol', has: ['records-retention', 'returned to the office within 2 working days'] },
  { ws: SERVEWELL, kind: 'situation', q: 'solicitor asking if we still have the attempt log from a serve in 2021, matter closed 2022', has: ['records-retention', 'kept for 6 years after the matter closes'] },
  { ws: SERVEWELL, kind: 'situation', q: 'woman rang absolutely fuming, how did you find my address and what have you got on me', has: ['subject-access', 'pass the request to Joanne the same day'] },
  { ws: SERVEWELL, kind: 'situation', q: 'man we served last week wants everything we hold on him and keeps trying to talk about the injunction on the phone', has: ['subject-access', 'Never discuss the case on the phone'] },
  { ws: SERVEWELL, kind: 'situation', q: 'lees phone is dead, can he borrow mine for his serves today', has: ['passwords-devices', 'never let anyone else use one'] },
  { ws: SERVEWELL, kind: 'situation', q: 'im off next week, can dominika just log into clio as me to finish my statements', has: ['passwords-devices', 'our own login with two-step sign-in'] },

  // ---- ServeWell Process Servers: new tools ----
  { ws: SERVEWELL, kind: 'new-tool', q: 'can i paste the statement of service into chatgpt to tidy up the wording', has: ['new-software'], not: ['DocuSign'] },
  { ws: SERVEWELL, kind: 'new-tool', q: 'using ilovepdf to merge the exhibits into one file ok?', has: ['new-software'], not: ['Clio Manage'] },
  { ws: SERVEWELL, kind: 'new-tool', q: 'respondent left a letter in polish, gonna pop it in google translate', has: ['new-software'], not: ['Xero'] },
  { ws: SERVEWELL, kind: 'new-tool', q: 'thinking of logging my attempts in google maps timeline as backup', has: ['new-software'], not: ['what3words'] },
  { ws: SERVEWELL, kind: 'new-tool', q: 'exhibit bundle is massive, can i send it to the solicitor with dropbox', has: ['new-software'], not: ['Microsoft 365'] },

  // ---- ServeWell Process Servers: off-topic ----
  { ws: SERVEWELL, kind: 'off-topic', q: 'anyone know if the m60 is still shut at junction 18', has: ['Joanne Whitworth'], not: ['what3words'] },
  { ws: SERVEWELL, kind: 'off-topic', q: 'whos doing the brew run', has: ['Joanne Whitworth'], not: ['Clio Manage'] },
  { ws: SERVEWELL, kind: 'off-topic', q: 'best place to park near manchester civil justice centre?', has: ['Joanne Whitworth'], not: ['ServeManager'] },
  { ws: SERVEWELL, kind: 'off-topic', q: 'can someone order more printer toner, its out again', has: ['Joanne Whitworth'], not: ['Microsoft 365'] },
  { ws: SERVEWELL, kind: 'off-topic', q: 'whats the forecast tomorrow, got rural serves up in the pennines', has: ['Joanne Whitworth'], not: ['DocuSign'] },

  // ---- ClearPath Vasectomy Clinic: situations ----
  { ws: CLEARPATH, kind: 'situation', q: 'his wife just rang asking if hes had the op yet, she sounded really worried', has: ['partner-calls', 'Say nothing about whether someone is a patient'] },
  { ws: CLEARPATH, kind: 'situation', q: 'girlfriend on the phone saying its super urgent she needs to know if his test came back clear', has: ['partner-calls', 'even if the partner says it is urgent'] },
  { ws: CLEARPATH, kind: 'situation', q: 'caller says shes his partner and that hes put her on the form, can i talk to her about his appointment', has: ['partner-calls', 'they pass the security questions'] },
  { ws: CLEARPATH, kind: 'situation', q: 'TDL results came in this morning, can i just text him hes all clear', has: ['semen-results', 'never by plain email or text'] },
  { ws: CLEARPATH, kind: 'situation', q: 'patient asking if he can stop with the condoms now his samples been posted off', has: ['semen-results', 'must be told to keep using contraception'] },
  { ws: CLEARPATH, kind: 'situation', q: 'lab result back for a guy 18 weeks after his op and theres still motile sperm', has: ['semen-results', 'goes to Dr Okafor the same day'] },
  { ws: CLEARPATH, kind: 'situation', q: 'self pay chap had his consult on tuesday and wants the procedure this friday, we have a slot', has: ['consent-forms', 'cooling-off period of at least 7 days'] },
  { ws: CLEARPATH, kind: 'situation', q: 'patients wife insists she should sign the consent form as well', has: ['consent-forms', 'Partners are never asked to sign or consent'] },
  { ws: CLEARPATH, kind: 'situation', q: 'man on the nurse line says his scrotum is swelling up fast since yesterday', has: ['nurse-line', 'sent to A&E or 111 straight away'] },
  { ws: CLEARPATH, kind: 'situation', q: 'someone on the nurse line asking about his stitches, how do i know its actually him', has: ['nurse-line', "Check the caller's date of birth and postcode"] },
  { ws: CLEARPATH, kind: 'situation', q: 'self pay patient said he doesnt want his GP to know, do we still send the letter', has: ['nhs-and-self-pay', 'if they say no, nothing is sent'] },
  { ws: CLEARPATH, kind: 'situation', q: 'patient wants the card receipt to say vasectomy for his health insurance, can i add it', has: ['nhs-and-self-pay', 'Never put a diagnosis, procedure or result'] },
  { ws: CLEARPATH, kind: 'situation', q: 'sent a discharge letter to the wrong gp surgery, ill just ring them and ask them to bin it', has: ['breach-reporting', 'try to put it right yourself'] },
  { ws: CLEARPATH, kind: 'situation', q: 'left the clinic phone on the train home last night', has: ['breach-reporting', 'Tell Rebecca Tremayne at once'] },
  { ws: CLEARPATH, kind: 'situation', q: 'found a box of old paper consent forms in the store cupboard, theyre all scanned in already', has: ['records-retention', 'No paper is kept once scanned'] },
  { ws: CLEARPATH, kind: 'situation', q: 'patient from 2017 we never saw again, is his stuff still meant to be in the system', has: ['records-retention', '8 years after the last contact'] },
  { ws: CLEARPATH, kind: 'situation', q: 'guy emailed wanting everything we have on him including the call where he complained', has: ['subject-access', 'Pass the request to Rebecca the same day'] },
  { ws: CLEARPATH, kind: 'situation', q: 'his solicitor wants his notes, signed letter attached, can i just email them over as a pdf', has: ['subject-access', 'never as a plain email attachment'] },
  { ws: CLEARPATH, kind: 'situation', q: 'locum tomorrow hasnt got his semble login yet, can he just use anna\'s', has: ['logins-backups', 'never let a locum or colleague use yours'] },
  { ws: CLEARPATH, kind: 'situation', q: 'nipping out to reception for a sec, the consult room pc is fine left on isnt it', has: ['logins-backups', 'Lock your screen whenever you leave'] },

  // ---- ClearPath Vasectomy Clinic: new tools ----
  { ws: CLEARPATH, kind: 'new-tool', q: 'can we whatsapp patients the aftercare leaflet, way quicker', has: ['Rebecca Tremayne'], not: ['Accurx'] },
  { ws: CLEARPATH, kind: 'new-tool', q: 'dr okafor wants to try otter.ai to transcribe consultations', has: ['Rebecca Tremayne'], not: ['RingCentral'] },
  { ws: CLEARPATH, kind: 'new-tool', q: 'could we use calendly for booking the consultations', has: ['Rebecca Tremayne'], not: ['Semble'] },
  { ws: CLEARPATH, kind: 'new-tool', q: 'ok to do the follow up chats on zoom', has: ['Rebecca Tremayne'], not: ['Microsoft 365'] },
  { ws: CLEARPATH, kind: 'new-tool', q: 'patient asked if he can pay his deposit by paypal, can we set that up', has: ['Rebecca Tremayne'], not: ['Stripe'] },

  // ---- ClearPath Vasectomy Clinic: off-topic ----
  { ws: CLEARPATH, kind: 'off-topic', q: 'anyone know where the spare autoclave pouches went', has: ['Rebecca Tremayne'], not: ['Semble'] },
  { ws: CLEARPATH, kind: 'off-topic', q: 'what time is the last train to temple meads', has: ['Rebecca Tremayne'], not: ['RingCentral'] },
  { ws: CLEARPATH, kind: 'off-topic', q: 'can i park in the staff bay on saturdays', has: ['Rebecca Tremayne'], not: ['Dojo'] },
  { ws: CLEARPATH, kind: 'off-topic', q: 'whos getting the coffee order in today', has: ['Rebecca Tremayne'], not: ['Stripe'] },
  { ws: CLEARPATH, kind: 'off-topic', q: 'heatings gone again in room 2, who do i call', has: ['Rebecca Tremayne'], not: ['Microsoft 365'] },
];
