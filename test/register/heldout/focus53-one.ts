// Focus set 53 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-eighth round by a writer who read only the README, the case format and three firms' files (teesside-plant-training, rootfinder-genealogy, harbourside-notary), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const TEESSIDE = 'teesside-plant-training';
const ROOTFINDER = 'rootfinder-genealogy';
const HARBOURSIDE = 'harbourside-notary';

export const FOCUS53_ONE: ReferenceCase[] = [
  // ── teesside-plant-training: situations ──
  { ws: TEESSIDE, kind: 'situation', q: "lad's turned up for his 360 excavator test this morning and left his wallet at home, so no licence or passport, just a photo of his licence on his phone. his employer keeps ringing asking if we can crack on anyway??", has: ['id-checks', 'do not start the test'] },
  { ws: TEESSIDE, kind: 'situation', q: "Bit awkward. The fella on the counterbalance test today doesn't look much like his licence photo, and his mate did the course last week for the same firm... pretty sure it's the mate sitting it for him. Do I say something to him now?", has: ['id-checks', 'finish the day calmly'] },
  { ws: TEESSIDE, kind: 'situation', q: "Jordan here, the classroom tablet's flat and I've got 4 lads needing pics for their NPORS cards before dinner. ok to just snap them on my own phone and email them over to Sophie?", has: ['card-photos', 'never on a personal phone'] },
  { ws: TEESSIDE, kind: 'situation', q: "Darren wants a couple of pics from last week's telehandler course for the Facebook page. One of them is a 17 yr old apprentice from Wilton. Any issue with that?", has: ['card-photos', 'signature of a parent or guardian'] },
  { ws: TEESSIDE, kind: 'situation', q: "gopro's full after todays cpcs tests, can i just copy the footage onto my laptop tonight and sort it out properly tomorrow", has: ['test-videos', 'onto your own phone or laptop'] },
  { ws: TEESSIDE, kind: 'situation', q: "Candidate from Sembcorp failed his practical and now his boss has emailed asking us to send over the video of the test so they can see what went wrong. Can I just whatsapp it to him?", has: ['test-videos', 'as it is a subject access request'] },
  { ws: TEESSIDE, kind: 'situation', q: "woman rang saying she's Kyle Bennett's mum, wants to know if he passed his forklift test yesterday and what his card number is so she can put it on his CV. she sounded genuine tbh", has: ['results-and-callers', 'Take their name and number'] },
  { ws: TEESSIDE, kind: 'situation', q: "Priya paid for her own reach truck course and passed, and now a recruitment agency in Stockton has rung asking for her result so they can place her on a warehouse job. Can I tell them?", has: ['results-and-callers', "without the candidate's written consent"] },
  { ws: TEESSIDE, kind: 'situation', q: "one of the delegates ticked yes to fits on the form halfway through the morning, says he had one last month. Lee's stopped him. his employer will want to know why he's been sent back, what do i tell them", has: ['medical-declarations', 'cannot continue today, not why'] },
  { ws: TEESSIDE, kind: 'situation', q: "wifi was down in the classroom so we did the health forms on paper today for the whole group. what do I do with them now? they're on the clipboard in the dumper", has: ['medical-declarations', 'scans it into accessplanit at the end'] },
  { ws: TEESSIDE, kind: 'situation', q: "one of the 16 year old apprentices asked for my mobile so he can text me if he's running late for the course tomorrow. ok to give it him?", has: ['young-candidates', 'never your own mobile'] },
  { ws: TEESSIDE, kind: 'situation', q: "Bit worried about one of the apprentices on the telehandler course, he turned up with bruises on his arm and said his stepdad 'lost it again'. Karen's on holiday all this week, who do I tell?", has: ['young-candidates', 'or to Darren if she is away'] },
  { ws: TEESSIDE, kind: 'situation', q: "Mick here - candidate clipped the racking with the reach truck, pallet came down and caught his foot. He's limping but says he's fine and wants to carry on. Anything I need to do apart from first aid?", has: ['accidents', 'tell Darren within one hour'] },
  { ws: TEESSIDE, kind: 'situation', q: "nobody got hurt but a load slid off the forks on the yard this afternoon when the lad braked too hard. do we need to write that up or is it only if someone's injured", has: ['accidents', 'are written up too'] },
  { ws: TEESSIDE, kind: 'situation', q: "think I've left the gopro memory card in the cab of a dumper at the customer's site in Billingham, it's got last week's tests on it. they've had a look and it's gone", has: ['breaches-and-devices', 'within 24 hours at most'] },
  { ws: TEESSIDE, kind: 'situation', q: "Sophie's sent the certificates for the Tata Steel lads to the wrong employer by mistake. She wants to recall the email and ring the lads herself to say sorry, is that ok?", has: ['breaches-and-devices', 'Do not try to recall emails'] },
  { ws: TEESSIDE, kind: 'situation', q: "ex candidate emailed saying 'take me off everything and delete all my data'. he did his forklift refresher with us in 2024. what do I do", has: ['data-requests', 'take them off the Mailchimp list straight away'] },
  { ws: TEESSIDE, kind: 'situation', q: "A firm in Hartlepool wants all the training records for a guy called Dean, they've just taken him on. They didn't send him here though, he booked and paid himself. Do I send them?", has: ['data-requests', 'someone they did not book is not'] },
  { ws: TEESSIDE, kind: 'situation', q: "jordan's been handed £250 cash by one of the self funders out on the yard, is it ok for him to keep it in his van till friday and bring it in then?", has: ['payments', "never in an instructor's van"] },
  { ws: TEESSIDE, kind: 'situation', q: "RTITB auditor is arriving at 10. Can he go straight out to the yard to watch the test, I'll be tied up in the classroom?", has: ['paper-and-clear-desk', 'are accompanied on the yard'] },

  // ── teesside-plant-training: new tools ──
  { ws: TEESSIDE, kind: 'new-tool', q: "Could we put a Calendly link on the website so employers can book course dates themselves?", has: ['Karen Lister'], not: ['accessplanit'] },
  { ws: TEESSIDE, kind: 'new-tool', q: "Sophie's started sending the monthly course dates email from Brevo because it's cheaper - is Brevo ok to use?", has: ['Karen Lister'], not: ['Mailchimp'] },
  { ws: TEESSIDE, kind: 'new-tool', q: "Can I upload the test videos to Google Drive instead? it's quicker from my phone", has: ['Karen Lister'], not: ['Dropbox Business'] },
  { ws: TEESSIDE, kind: 'new-tool', q: "we're thinking of getting SumUp readers for the instructors so they can take payment out on site, any problem with that?", has: ['Karen Lister'], not: ['Dojo'] },
  { ws: TEESSIDE, kind: 'new-tool', q: "Is Sage Payroll on our list? Darren's accountant mate reckons we should switch the wages over to it", has: ['Karen Lister'], not: ['BrightPay'] },

  // ── teesside-plant-training: off-topic ──
  { ws: TEESSIDE, kind: 'off-topic', q: "what time does the yard open on saturdays?", has: ['Karen Lister'], not: ['Hik-Connect CCTV'] },
  { ws: TEESSIDE, kind: 'off-topic', q: "how much do we charge for a 3 day counterbalance novice course these days?", has: ['Karen Lister'], not: ['RTITB'] },
  { ws: TEESSIDE, kind: 'off-topic', q: "who's on the rota to do the pre-use checks on the machines next week?", has: ['Karen Lister'], not: ['Microsoft 365'] },
  { ws: TEESSIDE, kind: 'off-topic', q: "where do we keep the spare hi-vis vests? we've run out in the office", has: ['Karen Lister'], not: ['paper-and-clear-desk'] },
  { ws: TEESSIDE, kind: 'off-topic', q: "does anyone know when the new fuel card for the van is coming? card payments keep getting declined at the garage", has: ['Karen Lister'], not: ['Dojo'] },

  // ── rootfinder-genealogy: situations ──
  { ws: ROOTFINDER, kind: 'situation', q: "Mrs Henderson has sent me the login for her brother's AncestryDNA account, he's in a care home and she runs it for him. Can I download his raw data and get it onto GEDmatch for her case?", has: ['dna-results', 'even if the client manages their account'] },
  { ws: ROOTFINDER, kind: 'situation', q: "uploading the Kowalski kit to gedmatch now, is there anything i need to tick or untick on the settings?", has: ['dna-results', 'opted out of law enforcement matching'] },
  { ws: ROOTFINDER, kind: 'situation', q: "Working on the Gallagher tree and the DNA says her dad can't be her biological father, the matches all point to the lodger in the 1951 census. Report's due Friday, do I just put it in?", has: ['unexpected-findings', 'Stop and tell Aileen or Fiona'] },
  { ws: ROOTFINDER, kind: 'situation', q: "one of the matches on the Reid case turns out to be a half brother nobody knew about. he's messaged through ancestry asking how we're related to him, can i reply and explain?", has: ['unexpected-findings', "without the client's written agreement"] },
  { ws: ROOTFINDER, kind: 'situation', q: "Found a likely heir for the Paterson estate in Dundee and got a mobile number from the tracing search. Quicker to just give him a ring, yes?", has: ['contacting-heirs', 'a letter in a plain envelope'] },
  { ws: ROOTFINDER, kind: 'situation', q: "rang a possible heir's landline and his wife answered, he's out at work. she's asking what it's about - can I tell her it's about his aunt's estate?", has: ['contacting-heirs', 'why we are looking for someone'] },
  { ws: ROOTFINDER, kind: 'situation', q: "I'm stuck on a probate case and thought I'd ask in the Scottish Genealogy Facebook group, no names, just the parish and the year. that's fine isn't it?", has: ['probate-confidentiality', 'even without names'] },
  { ws: ROOTFINDER, kind: 'situation', q: "A journalist from the Daily Record just rang asking whether we're working on the McAllister estate. I said I'd call him back. What do I say?", has: ['probate-confidentiality', 'we cannot discuss any case'] },
  { ws: ROOTFINDER, kind: 'situation', q: "heading to the Mitchell Library tomorrow for the Fraser case, can I take the whole file with me? and their wifi is free so I'll just use that", has: ['archive-visits', "rather than the archive's public Wi-Fi"] },
  { ws: ROOTFINDER, kind: 'situation', q: "got a pile of pencil notes from the search room at GRH today, going back monday - ok to leave them in my locker there over the weekend?", has: ['archive-visits', 'Do not leave notes in a locker'] },
  { ws: ROOTFINDER, kind: 'situation', q: "The Campbell report is done and checked. Can I just attach the pdf to an email to the client? the secure share thing keeps timing out", has: ['client-reports', 'never as an email attachment'] },
  { ws: ROOTFINDER, kind: 'situation', q: "client wants us to send her report straight to her two sisters as well, they chipped in for it. ok to forward it on?", has: ['client-reports', "living relatives' details removed"] },
  { ws: ROOTFINDER, kind: 'situation', q: "Mr Dunlop lent us his gran's family bible and a box of old photos a couple of weeks ago. When do they need to go back, and can I post them second class to save a bit?", has: ['original-documents', 'Royal Mail Special Delivery'] },
  { ws: ROOTFINDER, kind: 'situation', q: "woman on the phone says she's Mrs Shaw's daughter and wants to know how the research on her grandad's side is going. do i tell her?", has: ['callers', 'unless the client has told us in writing'] },
  { ws: ROOTFINDER, kind: 'situation', q: "bloke rang saying he's DC Harris from Police Scotland and needs the address we've got for one of our heirs urgently. gave me a mobile number to call him back on", has: ['callers', 'main switchboard'] },
  { ws: ROOTFINDER, kind: 'situation', q: "I left my laptop on the train back from Stirling, it's got the Robertson notes in Downloads. I've reported it to ScotRail lost property. So sorry", has: ['breaches-and-devices', 'will lock and wipe it'] },
  { ws: ROOTFINDER, kind: 'situation', q: "I think I might have sent the Hughes raw DNA file to the wrong Hughes in my contacts?? not sure, it might have gone to the right one. should I wait and see", has: ['breaches-and-devices', 'even if you are unsure'] },
  { ws: ROOTFINDER, kind: 'situation', q: "One of the heirs we traced for the Ogilvie estate has emailed: 'delete everything you have on me, I never asked for this'. The estate isn't distributed yet", has: ['data-requests', 'unless the estate still needs them'] },
  { ws: ROOTFINDER, kind: 'situation', q: "the DNA tester on the Wilson case (the client's cousin) has emailed to say she doesn't want her DNA used any more", has: ['data-requests', 'our access removed within 7 days'] },
  { ws: ROOTFINDER, kind: 'situation', q: "an heir on the Lindsay case just phoned, he got an email 'from us' with a new account to pay his share of the fee into and wants to know if it's legit", has: ['payments', 'tell them not to pay'] },

  // ── rootfinder-genealogy: new tools ──
  { ws: ROOTFINDER, kind: 'new-tool', q: "I've set up a free HubSpot CRM for the private enquiries coming in from the website, it's easier to track them there", has: ['Fiona Drummond'], not: ['Pipedrive'] },
  { ws: ROOTFINDER, kind: 'new-tool', q: "can we send reports by WeTransfer instead? clients keep saying the secure links are confusing", has: ['Fiona Drummond'], not: ['Tresorit'] },
  { ws: ROOTFINDER, kind: 'new-tool', q: "Is Findmypast ok to use? need to search some English parish records for the Thompson case", has: ['Fiona Drummond'], not: ['Ancestry'] },
  { ws: ROOTFINDER, kind: 'new-tool', q: "I'm giving a talk at the family history society next week, can I take payment for research packages there on a SumUp reader?", has: ['Fiona Drummond'], not: ['Stripe'] },
  { ws: ROOTFINDER, kind: 'new-tool', q: "been using Otter.ai to transcribe my phone interviews with elderly relatives, saves loads of time - that ok?", has: ['Fiona Drummond'] },

  // ── rootfinder-genealogy: off-topic ──
  { ws: ROOTFINDER, kind: 'off-topic', q: "how much do we charge for the basic four-generation family tree package?", has: ['Fiona Drummond'], not: ['client-reports'] },
  { ws: ROOTFINDER, kind: 'off-topic', q: "is there anywhere to park near the National Library or should I get the bus?", has: ['Fiona Drummond'], not: ['archive-visits'] },
  { ws: ROOTFINDER, kind: 'off-topic', q: "who's covering the phones on Friday afternoon while Grace is off?", has: ['Fiona Drummond'], not: ['callers'] },
  { ws: ROOTFINDER, kind: 'off-topic', q: "can I claim my train fare to Inverness for the archive trip on expenses?", has: ['Fiona Drummond'], not: ['Xero'] },
  { ws: ROOTFINDER, kind: 'off-topic', q: "is the tea kitty kept in the fire safe or in Grace's drawer? want to put my fiver in", has: ['Fiona Drummond'], not: ['original-documents'] },

  // ── harbourside-notary: situations ──
  { ws: HARBOURSIDE, kind: 'situation', q: "Client in Dubai wants to sign the power of attorney over a Teams call with his passport held up to the camera, he can't fly back till March. Rebecca ok to do it that way?", has: ['id-checks', 'a video call is never enough'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "Mrs Patel's in for her POA on the Clifton flat, her son's doing all the talking and she looks really uncomfortable, keeps checking with him before she answers anything", has: ['id-checks', 'the notary stops and does not act'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "A bank in Madrid has emailed asking us to confirm a power of attorney from June was notarised here, they've attached a copy. Can I just reply yes?", has: ['register-of-acts', 'calling them back on a published number'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "the date on yesterday's entry in the register is wrong, Rebecca's in court all day - can Amira just fix it in LEAP?", has: ['register-of-acts', 'Only a notary makes or corrects'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "client from last year phoned, wants us to delete the copy of his passport and the power of attorney we kept. says GDPR means we have to", has: ['protocol-and-retention', 'cannot ask us to delete protocol copies'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "the enquiries inbox still has client scans from appointments back in 2024, they're all in LEAP already. ok to just leave them?", has: ['protocol-and-retention', 'deleted from Outlook within 12 months'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "Client's really stressed, needs her apostilled birth certificate back by Thursday for a wedding in Italy. Can I tell her it'll definitely be back by then?", has: ['apostilles', 'never promise a date we do not control'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "marcus is off today. can I post the degree certificates up to milton keynes second class to save the client a few quid?", has: ['apostilles', 'never by ordinary post'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "I've got a Polish birth certificate and just want the gist before Rebecca's 2pm - ok to pop it into Google Translate quickly?", has: ['translations', 'even to get the gist'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "client's niece is a translator in Lisbon and has offered to translate his company papers for free, can we use hers?", has: ['translations', 'a translator a notary has approved in writing'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "Ms Carter emailed asking us to send her original degree certificate back to a new address in Leeds, not the one we have. Shall I book the DHL?", has: ['client-documents', 'ring the client on the number on file'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "mr ahmed left his birth certificate with us for certifying tomorrow. ok to leave it in the tray on my desk overnight?", has: ['client-documents', 'kept in the safe overnight'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "A lawyer in Lyon rang asking for an update on M. Bernard's power of attorney, says he acts for him. Nothing on the file about him", has: ['callers-and-email', 'has named them in writing'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "something feels off about the company director this morning, fees paid from three different people's accounts and he wants the company's name kept off the invoice. should i ask him what's going on?", has: ['aml-suspicion', 'the offence of tipping off'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "Got a bad feeling about a client who came in this morning. Alistair's at a conference till Thursday, can it wait till he's back?", has: ['aml-suspicion', 'in person or by phone the same day'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "can't find the embosser anywhere, it was on Rebecca's desk at lunchtime. turned the office upside down", has: ['seals-devices-breaches', 'A lost or misused seal'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "oh no, I think I've just emailed Mr Okonjo's passport scan to a different client with the same surname. Should I email them both to explain?", has: ['seals-devices-breaches', 'Do not contact the client yourself'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "someone from the Met rang wanting a copy of a power of attorney we notarised for a man they're investigating, they said it's urgent", has: ['data-requests', 'nothing is sent without a written request'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "Client came in with her 6 year old. Can he sit in reception with his iPad while she signs with Rebecca?", has: ['visitors-and-office', 'never left unattended in reception'] },
  { ws: HARBOURSIDE, kind: 'situation', q: "took £180 cash for a certified copy, the safe's locked and Joanna's gone home. ok to leave it in my drawer till tomorrow?", has: ['payments', 'Never keep cash in a desk drawer'] },

  // ── harbourside-notary: new tools ──
  { ws: HARBOURSIDE, kind: 'new-tool', q: "Could we use Onfido for the ID checks on overseas clients? a colleague's firm swears by it", has: ['Alistair Penrose'], not: ['Thirdfort'] },
  { ws: HARBOURSIDE, kind: 'new-tool', q: "Is FedEx ok for sending the apostilled docs to Sydney? it's a lot cheaper this week", has: ['Alistair Penrose'], not: ['DHL Express'] },
  { ws: HARBOURSIDE, kind: 'new-tool', q: "the reader at the front desk keeps dropping out - can we just get a SumUp one instead?", has: ['Alistair Penrose'], not: ['Zettle by PayPal'] },
  { ws: HARBOURSIDE, kind: 'new-tool', q: "Can we move the appointments diary over to Calendly so clients can book themselves?", has: ['Alistair Penrose'], not: ['Microsoft 365'] },
  { ws: HARBOURSIDE, kind: 'new-tool', q: "I used Clio at my last firm for matters, any chance we could use it here?", has: ['Alistair Penrose'], not: ['LEAP'] },

  // ── harbourside-notary: off-topic ──
  { ws: HARBOURSIDE, kind: 'off-topic', q: "how much do we charge to notarise a single degree certificate?", has: ['Alistair Penrose'], not: ['Xero'] },
  { ws: HARBOURSIDE, kind: 'off-topic', q: "what time do we close on Fridays?", has: ['Alistair Penrose'], not: ['Verisure'] },
  { ws: HARBOURSIDE, kind: 'off-topic', q: "who's covering reception at lunchtime tomorrow?", has: ['Alistair Penrose'], not: ['visitors-and-office'] },
  { ws: HARBOURSIDE, kind: 'off-topic', q: "where do we order more red ribbon and the wafer seals from? nearly out", has: ['Alistair Penrose'], not: ['seals-devices-breaches'] },
  { ws: HARBOURSIDE, kind: 'off-topic', q: "what's the weather doing tomorrow? Marcus is cycling the courier run to the post office", has: ['Alistair Penrose'], not: ['DHL Express'] },
];
