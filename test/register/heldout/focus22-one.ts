// Focus set 22 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-seventh round by a writer who read only the README, the case format and three firms' files (peakview-private-gp, stitchline-workwear, harrow-debt-recovery), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and on its code of the time, then read in the same round while focus set 20 stays held out.
import type { ReferenceCase } from './types.ts';

const PEAKVIEW = 'peakview-private-gp';
const STITCHLINE = 'stitchline-workwear';
const HARROW = 'harrow-debt-recovery';

export const FOCUS22_ONE: ReferenceCase[] = [
  // ---------------------------------------------------------------- Peakview Private GP
  // situation
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'bloke on the phone asking if his wife has an appt with us this afternoon, he wants to pick her up after. can i just tell him?',
    has: ['confidentiality-reception', 'Do not confirm to a caller that someone is registered'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "calling a lady back about her cholesterol bloods and its gone to voicemail, ok to just leave the result on there so she doesnt have to ring back?",
    has: ['confidentiality-reception', 'leave results, diagnoses or the name of a test'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "mum ringing wanting to know what her 14 yr old talked to dr mehta about last week, theres a red confidentiality alert on the kids record... what do i say",
    has: ['confidentiality-reception', 'pass the call to the doctor and say nothing more'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'patient cant get the video link to open on her laptop, shes asking if dr mehta can just ring her from his own mobile instead',
    has: ['video-consultations', 'offer a phone consultation from the practice line instead'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'patient wants to email reception a pic of the rash on her arm so the dr can have a look before tmrw, is that ok?',
    has: ['video-consultations', 'the patient uploads a photo through the Semble patient app'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "gemma's off so im helping with the 9am bloods, can i stick the labels on the tubes now so im quicker when they come in",
    has: ['blood-tests', 'Never pre-label tubes and never label a tube'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'took bloods at 4.20 and the courier already been and gone 😬 what do i do with the sample',
    has: ['blood-tests', 'go in the sample fridge and are sent'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "patient at the desk asking what her thyroid result says, its in the system but the doc hasnt put a note on it yet. can i read it to her?",
    has: ['blood-tests', 'only the message the doctor has written'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "omg i just uploaded mr h's blood results to the wrong patient's app 😱 what do i do",
    has: ['breach-reporting', 'Tell Fiona straight away, in person or by phone'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'doing a referral for the knee guy at spire, ive got the consultants address off an email from 2023, fine to use that?',
    has: ['referral-letters', "against the hospital's website or the last letter from them"],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'someone smashed my car window last night and the practice laptop was in the boot. its gone',
    has: ['devices', 'Stray can lock and wipe it remotely'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "guy at the front desk wants a copy of all his notes cos hes moving to spain, what do i do?",
    has: ['subject-access', 'Write the request as a task in Semble for Fiona'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "the old reception pc finally died, can i just take it down the tip on my way home?",
    has: ['records-retention', 'Old computers and phones go back to Stray for wiping'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: "lady rang saying her meds delivery hasnt turned up and wants me to tell her what was in the parcel",
    has: ['prescriptions', 'never read the medicine names over the phone'],
  },
  {
    ws: PEAKVIEW, kind: 'situation',
    q: 'patient emailed asking us to delete everything we have on her now shes gone back to the nhs, do we just wipe it?',
    has: ['records-retention', 'Adult medical records are kept for 10 years'],
  },
  // off-topic
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'anyone know if its gonna snow tmrw? my car hates the hill up to the practice ❄️',
    has: ['Fiona Kettlewell'], not: ['Semble'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'whose turn is it to get the biscuits for the staff room lol',
    has: ['Fiona Kettlewell'], not: ['confidentiality-reception'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'sweet old patient just brought reception a box of roses 🥰 should we send her a thank you card?',
    has: ['Fiona Kettlewell'], not: ['confidentiality-reception'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'is the tdl courier lad a leeds fan? he had the scarf on again today',
    has: ['Fiona Kettlewell'], not: ['The Doctors Laboratory'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'did anyone watch harrogate town last night, what a goal',
    has: ['Fiona Kettlewell'], not: ['Xero'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'the coffee machine in the staff room is making that grinding noise again',
    has: ['Fiona Kettlewell'], not: ['Stray Computer Services'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: "what's everyone having for lunch, thinking bettys if anyone wants anything",
    has: ['Fiona Kettlewell'], not: ['Dojo'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: "it's dr whitcombe's birthday friday, are we doing a cake for after clinic?",
    has: ['Fiona Kettlewell'], not: ['Whereby'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: "can anyone swap my saturday morning with me? it's my little one's sports day",
    has: ['Fiona Kettlewell'], not: ['Microsoft 365'],
  },
  {
    ws: PEAKVIEW, kind: 'off-topic',
    q: 'the big plant in the waiting room is looking very sad, who waters it 🌿',
    has: ['Fiona Kettlewell'], not: ['Semble'],
  },
  // new-tool
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'can dr mehta do his video consults on zoom this week instead? patients keep asking',
    has: ['new-tools'], not: ['Whereby'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'do we have calendly? a patient asked if she can book herself in through that',
    has: ['new-tools'], not: ['Semble'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'is it ok if i use chatgpt to tidy up the wording on a referral letter',
    has: ['new-tools'], not: ['Egress Protect'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: "my mate's surgery uses accurx to text patients their results, can we get that?",
    has: ['new-tools'], not: ['Surgery Connect'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'is it ok if i set up a dropbox folder to share the policies with the new locum',
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'do we use sumup at all? thinking of a little reader for the flu clinic',
    has: ['new-tools'], not: ['Dojo'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'can i set up quickbooks to do the insurer invoices, i know it better',
    has: ['new-tools'], not: ['Xero'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'could we send the referral letters out through docusign so the consultant signs for them?',
    has: ['new-tools'], not: ['Egress Protect'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'patient wants to whatsapp us a copy of her insurance card, is that alright?',
    has: ['new-tools'], not: ['Semble'],
  },
  {
    ws: PEAKVIEW, kind: 'new-tool',
    q: 'new patient only speaks polish, can i use google translate on the reception pc to book her in',
    has: ['new-tools'], not: ['Semble'],
  },

  // ---------------------------------------------------------------- Stitchline Workwear
  // situation
  {
    ws: STITCHLINE, kind: 'situation',
    q: "grandma on the phone wants her grandsons uniform order sent to her house instead of his mums, can i just change it?",
    has: ['school-shop-children', "don't change the address or read out the home address"],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: 'mum says her lad has autism and wants me to put a note on the order about it so we go easy on the sizing, do i add it?',
    has: ['school-shop-children', "don't add notes about the child"],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "school office rang asking for a list of which kids have bought the new pe kit so they can chase the rest",
    has: ['school-shop-children', 'It cannot have a list of which children bought what'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "got a jumper sent back with 'Olivia B' stitched on the chest, can it go back on the shelf?",
    has: ['school-shop-children', 'unpick the name or cut it out'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "random guy emailed wanting polos with st marys primary crest on for his pub quiz team lol, we've got the file already so fine?",
    has: ['customer-artwork', 'check with the school office first'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "care home sent their badge spreadsheet and it's got everyones home address and dbs dates on it 🙃",
    has: ['name-badges', 'delete the extra columns before you save it'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: 'the care home manager wants to just whatsapp me the names for the tunics, thats easier right?',
    has: ['name-badges', "Don't accept lists over WhatsApp, text or Facebook Messenger"],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "cant read one of the carers surnames on the list, shall i just find her on facebook to check the spelling",
    has: ['name-badges', 'never look people up on Facebook or LinkedIn'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "at the school now, a year 6 kid at the gate says one of the bags is his, can i just give it him and go?",
    has: ['van-and-deliveries', 'Never hand a bag to a pupil'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "cant find the delivery folder anywhere, think i left it on the wall at the last school 😬",
    has: ['van-and-deliveries', 'or you lose the delivery folder, tell Craig'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: 'snapped the finished blazers for st johns on my own phone for the insta, what now',
    has: ['photos-social-media', 'move the photo to the shared drive and delete it'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "a dad's on the phone about to read out his card number so he can pay for the pe bag, shall i take it?",
    has: ['orders-by-phone', "We don't take card numbers over the phone"],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: 'our thread supplier emailed saying their bank changed and to pay the new account from now on',
    has: ['orders-by-phone', 'checked by phone on the number we already have'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "oh no i just sent an order confirmation to the wrong mum, it had the other kid's name and class on",
    has: ['breach-reporting', 'Tell Dawn as soon as you spot it'],
  },
  {
    ws: STITCHLINE, kind: 'situation',
    q: "clearing the office tray, theres a pile of old delivery sheets from september. cardboard skip ok?",
    has: ['records-retention', 'Cardboard skips are for cardboard only'],
  },
  // off-topic
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: 'is it just me or is the embroidery room absolutely freezing today 🥶',
    has: ['Dawn Pinnegar'], not: ['DecoNetwork'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: "who's doing the tea run, i did it yesterday AND the day before",
    has: ['Dawn Pinnegar'], not: ['Google Workspace'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: 'care home manager just rang to say the new tunics look amazing 😊 made my day',
    has: ['Dawn Pinnegar'], not: ['Badgemaster'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: 'anyone going to the swindon town game saturday? got a spare ticket',
    has: ['Dawn Pinnegar'], not: ['Sage Accounting'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: "chippy for lunch since it's friday? who's in",
    has: ['Dawn Pinnegar'], not: ['Shopify'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: 'the big tajima keeps snapping the gold thread on the crests, any tips?',
    has: ['Dawn Pinnegar'], not: ['Wroughton PC Care'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: "has anyone got the van washed yet, it's filthy and we've got schools tomorrow",
    has: ['Dawn Pinnegar'], not: ['Quartix'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: "how many school jumpers d'you reckon we'll sell this september lol, place your bets",
    has: ['Dawn Pinnegar'], not: ['Shopify'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: "radio's stuck on the same station again, can someone change it before i lose my mind",
    has: ['Dawn Pinnegar'], not: ['Mailchimp'],
  },
  {
    ws: STITCHLINE, kind: 'off-topic',
    q: "is it going to rain for the school drop offs tomorrow? don't fancy getting soaked",
    has: ['Dawn Pinnegar'], not: ['Partner schools'],
  },
  // new-tool
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'do we have canva? want to knock up a quick proof for the care home',
    has: ['new-tools'], not: ['DecoNetwork'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'can i flog the blank seconds on ebay, theres loads in the box',
    has: ['new-tools'], not: ['Shopify'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'is it ok if i set up an etsy shop for the custom name badges? would get loads of orders',
    has: ['new-tools'], not: ['Shopify'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'my mate uses dropbox for big logo files, can we use that?',
    has: ['new-tools'], not: ['WeTransfer'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'do we do the invoices in xero?',
    has: ['new-tools'], not: ['Sage Accounting'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: "can i send the home delivery parcels with evri instead, it's way cheaper",
    has: ['new-tools'], not: ['DPD'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'can i put the production schedule on trello so the machine room can see it',
    has: ['new-tools'], not: ['DecoNetwork'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'could we move the back to school emails over to klaviyo?',
    has: ['new-tools'], not: ['Mailchimp'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'are we on stripe for the website payments or is that something else',
    has: ['new-tools'], not: ['PayPal'],
  },
  {
    ws: STITCHLINE, kind: 'new-tool',
    q: 'is it ok to use chatgpt to redraw a blurry logo a customer sent?',
    has: ['new-tools'], not: ['WeTransfer'],
  },

  // ---------------------------------------------------------------- Harrow Debt Recovery
  // situation
  {
    ws: HARROW, kind: 'situation',
    q: "rang a sole trader and his wife picked up, she's asking what it's about and how much he owes",
    has: ['calls-and-recordings', "never mention a debt, an amount or the client's name"],
  },
  {
    ws: HARROW, kind: 'situation',
    q: 'debtor started reading his card number out on the call before i could stop him, its on the recording now',
    has: ['calls-and-recordings', 'tell Dean, who will mark the recording for redaction'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "client wants me to email them the recording of my call with their debtor yesterday, can i just send it?",
    has: ['calls-and-recordings', 'clients and the solicitors get a recording only through Helen'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: 'sole trader on the line just told me his wife died last month and he can barely think straight. what do i do',
    has: ['vulnerability-breathing-space', 'stop pushing for payment on that call'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "letter's come in from the insolvency service about a breathing space for one of my sole traders",
    has: ['vulnerability-breathing-space', 'Helen puts every case for that person on hold'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "turns out the guy i've been chasing owes for his own kitchen refit, nothing to do with his business",
    has: ['vulnerability-breathing-space', 'stop and pass it to Helen'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "letters keep coming back gone away, can i ring his old neighbour and say i'm from the council to get the new address?",
    has: ['tracing', 'Never pretend to be someone else to get information'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: 'debtor wants to read me his sort code and account number so i can set his plan up for him',
    has: ['payment-plans', 'Do not take bank account details over the phone'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "got an email from a client saying they've changed banks and to send this month's remittance to the new account",
    has: ['client-portal', 'confirmed by Janet by phone to the number on file'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "one of our clients' credit controllers left last week but i think her portal login still works",
    has: ['client-portal', 'removed the day we hear someone has left'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "think i merged this afternoon's letters with the wrong debtor addresses and they've already gone off to print 😩",
    has: ['breach-reporting', 'Tell Helen at once by phone or in person'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: 'my work laptop got nicked out of my car at the gym last night',
    has: ['home-working', 'Never leave a laptop in a car'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: 'found a box of old paper case files in the store cupboard from years ago, ok to chuck them in the bins?',
    has: ['records-retention', 'put the original in the locked confidential waste console'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "debtor's paid up in full and now wants us to delete everything we've got on him",
    has: ['records-retention', '6 years after the case closes'],
  },
  {
    ws: HARROW, kind: 'situation',
    q: "chloe's off and this claim needs to go today, can i sign the statement of truth instead?",
    has: ['court-claims', 'Only Chloe and Helen sign statements of truth'],
  },
  // off-topic
  {
    ws: HARROW, kind: 'off-topic',
    q: 'anyone fancy greggs? doing a run in 10',
    has: ['Helen Okafor'], not: ['Stripe'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: 'city or united this weekend lads? 🔵🔴',
    has: ['Helen Okafor'], not: ['CaseLedger'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: 'debtor was actually really lovely on the phone today, said thanks for being patient. made my morning',
    has: ['Helen Okafor'], not: ['RingCentral'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: 'are the trams running ok into piccadilly this morning or is it chaos again',
    has: ['Helen Okafor'], not: ['home-working'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: "whose turn is it to buy milk for the office fridge, it's gone off again",
    has: ['Helen Okafor'], not: ['Microsoft 365'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: 'the printer by the kitchen is jammed AGAIN ugh',
    has: ['Helen Okafor'], not: ['Docmail'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: "what are we doing for marcus's 50th? card and cake or drinks after work?",
    has: ['Helen Okafor'], not: ['FreeAgent'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: "it's roasting on the collections floor, can someone sort the air con",
    has: ['Helen Okafor'], not: ['Esendex'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: 'does anyone know a decent mechanic round ancoats? my clutch is going',
    has: ['Helen Okafor'], not: ['CaseLedger'],
  },
  {
    ws: HARROW, kind: 'off-topic',
    q: 'a client sent us a massive hamper for getting their money back 🎄 who wants the chocolates',
    has: ['Helen Okafor'], not: ['Creditsafe'],
  },
  // new-tool
  {
    ws: HARROW, kind: 'new-tool',
    q: 'can i use otter to transcribe my calls so i dont have to type up notes',
    has: ['new-tools'], not: ['RingCentral'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'is it ok to stick a number into truecaller before i ring it, see whose it is',
    has: ['new-tools'], not: ['LexisNexis Risk Solutions'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'debtor says he only uses whatsapp, can i message him on there about his plan?',
    has: ['new-tools'], not: ['Esendex'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'do we have dropbox? a new client wants to send over about 200 invoices',
    has: ['new-tools'], not: ['CaseLedger'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'can i get chatgpt to draft the letter before action for this one, its a weird case',
    has: ['new-tools'], not: ['Docmail'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'do we do our accounts on xero?',
    has: ['new-tools'], not: ['FreeAgent'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'debtor asked if he can pay the balance by paypal, do we take that?',
    has: ['new-tools'], not: ['Stripe'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'client wants a zoom call to go through their cases, is that ok to set up?',
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'my mate at another agency uses docusign for payment plan agreements, can we?',
    has: ['new-tools'], not: ['GoCardless'],
  },
  {
    ws: HARROW, kind: 'new-tool',
    q: 'is it ok if i set up a slack for the collections team? group chat would be handy',
    has: ['new-tools'], not: ['Microsoft 365'],
  },
];
