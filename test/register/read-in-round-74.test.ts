import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading focus set 66, round 127 and focus set 63 taught (the seventy-fourth round): stories from the rounds, the drops and the
 * helpline, and from schools, clinics and casework. Each reading is tested on the question it was read from, on the same story told at
 * other firms whose sentence says it, and beside neighbours that must keep their answer (a note that a lift is broken is no name in the
 * notes, a bike in for a service is no load gone, the dojo's heating switched off is no safeguard, a colleague rung from one's own phone
 * is no family, one's own nan is no card holder, a volunteer referring themselves is no family, a sister waiting in reception is no
 * chaperone). Each neighbour's `not` names a sentence its firm has, so that the check can fail. With the round's readings taken out, 27 of
 * the first 41 cases that ask for an answer fail, and 25 of the second 33; the rest (mostly stories told again at other firms) are
 * answered with the same policy by the sentence index already, and guard that answer rather than a reading.
 */
const cases = devCasesOn(
  exampleFirms({
    nightrider: 'nightrider-blood-bikes',
    carerslink: 'carerslink-centre',
    littlebundles: 'littlebundles-baby-bank',
    bouncers: 'bouncers-soft-play',
    trevose: 'trevose-pharmacy',
    ripple: 'ripple-swim-school',
    silvercomb: 'silvercomb-mobile-hair',
    chatterbox: 'chatterbox-speech-therapy',
    homeward: 'homeward-reablement',
    bouncealot: 'bouncealot-parties',
    tenshin: 'tenshin-karate',
    linden: 'linden-interiors',
    focuspoint: 'focuspoint-adhd-clinic',
    everbloom: 'everbloom-menopause-clinic',
    freshstart: 'freshstart-alternative-provision',
    cradlebridge: 'cradlebridge-surrogacy',
    openroad: 'openroad-resettlement',
    keyline: 'keyline-inventories',
    nightingale: 'nightingale-sleep-clinic',
    seaglass: 'seaglass-fertility-clinic',
    clearsound: 'clearsound-hearing',
    brightpath: 'brightpath-driving-assessments',
    jungle: 'jungle-jims-play',
    copperstill: 'copperstill-gin-distillery',
    kittiwake: 'kittiwake-it',
    fizzpop: 'fizzpop-magic',
    kindred: 'kindred-celebrants',
    apexline: 'apexline-karting',
    lincsway: 'lincsway-patient-transport',
    sonarbump: 'sonarbump-baby-scans',
    goldhaven: 'goldhaven-jewellers',
    saltwave: 'saltwave-fishmongers',
    fixpoint: 'fixpoint-repairs',
    peakview: 'peakview-private-gp',
    brightframe: 'brightframe-weddings',
    hartfield: 'hartfield-village-hall',
    pageturner: 'pageturner-mobile-library',
    brannocks: 'st-brannocks-church',
    wheelshare: 'wheelshare-car-club',
    tickety: 'tickety-clock-repairs',
    slateline: 'slateline-roofing',
    thackeray: 'thackeray-removals',
    touchline: 'touchline-player-management',
    wanderwell: 'wanderwell-coach-holidays',
    fixit: 'fixit-repair-cafe',
    greenloop: 'greenloop-heat-pumps',
    swiftpedal: 'swiftpedal-couriers',
    safehands: 'safehands-handyperson',
    wordsmith: 'wordsmith-translations',
    pathway: 'pathway-supported-employment',
    lynwood: 'lynwood-cars',
  }),
);

describe('the stories of focus set 66', () => {
  cases([
    { firm: 'nightrider', q: "rider here. at each drop i add a little note in the app with the patients ward and name so i remember if the hospital rings back later. thats fine yeah?", has: ["patient-information-on-the-road", "ward names never go into RelayDesk notes"] },
    { firm: 'nightrider', q: "controlling tonight. rider just rang, top box was open when he got back to the bike at the william harvey and one of the bags has gone. ive told him to retrace his steps, what do i need to do my end?", has: ["lost-or-damaged-consignment", "phones the hospital department within 30 minutes"] },
    { firm: 'nightrider', q: "just twigged the envelope of notes i dropped at maidstone last night was meant for pembury. its only 15 mins, shall i pop back and grab it before anyone notices", has: ["lost-or-damaged-consignment", "do not try to retrieve a misdelivered"] },
    { firm: 'nightrider', q: "was going to put in the riders group im heading to the william harvey with the urgent bloods, eta 20 mins, in case anyone's nearby to relay", has: ["messaging-and-whatsapp", "never post job details, hospital names with times"] },
    { firm: 'nightrider', q: "the disappearing msgs thing on the riders chat is doing my head in, keep losing the swap i agreed for saturday. can i just switch it off", has: ["messaging-and-whatsapp", "disappearing messages (7 days); do not turn them off"] },
    { firm: 'nightrider', q: "new lad on the rota hasnt had his login through yet so i said he can use mine for tonight's shift to see the jobs. no harm?", has: ["devices-and-accounts", "Never share your login with another volunteer"] },
    { firm: 'nightrider', q: "clearing out the cupboard at base and there's boxes of the old paper job sheets from 2022 and 2023. can they go in the skip with the rest?", has: ["records-retention", "Old paper job sheets stay locked in the base cabinet"] },
    { firm: 'nightrider', q: "i keep my own spreadsheet at home of every run ive done this year with the times and hospitals, just for my own records. is that ok", has: ["records-retention", "Never keep copies of job records at home"] },
    { firm: 'nightrider', q: "lady rang the duty phone in tears saying her husband's biopsy went missing and was it us that lost it. she wants to know what happened to it", has: ["requests-for-information", "do not confirm or give anything"] },
    { firm: 'carerslink', q: "sad news, mrs patel passed away last week. she had one of the cards for looking after her husband. anything i need to do?", has: ["emergency-card", "cancel the card with Careline within 5 working days"] },
    { firm: 'carerslink', q: "on the helpline, a woman rang saying she's mr o'connor's daughter and wants to know if her dad's been in touch with us about caring for her mum", has: ["helpline-calls", "Never confirm to a caller that someone is registered"] },
    { firm: 'carerslink', q: "caller on the helpline is really low, said shes thought about taking all of her husband's tablets. im on my own in the office", has: ["helpline-calls", "keep them on the line, get their address"] },
    { firm: 'littlebundles', q: "social worker sent a 12 page report on the family along with the referral. want me to scan the lot into their record?", has: ["referrals", "case histories or social care reports into Lamplight"] },
    { firm: 'littlebundles', q: "a mum messaged our facebook page asking if she can refer herself, she's due in 3 weeks and has nothing for the baby", has: ["referrals", "We accept referrals only from professionals"] },
    { firm: 'littlebundles', q: "packing tuesday's orders and the drivers keep mixing up the bags. be so much easier if i sharpie the mum's surname and street on each one", has: ["warehouse-labels", "Never write a family's name, address or circumstances"] },
    { firm: 'littlebundles', q: "nobody in at the flat in small heath, lady next door says she's the mum's mate and will take the cot in for her. saves me coming back", has: ["deliveries", "Never leave a bundle with a neighbour"] },
    { firm: 'littlebundles', q: "circuit keeps freezing so i cant call from it, gonna ring the mum from my own mobile to say im outside", has: ["deliveries", "never from your personal number"] },
    { firm: 'littlebundles', q: "heard shouting and something smash as i got to the door, woman screaming inside. im sat in the van now shaking, what do i do", has: ["safeguarding-on-the-doorstep", "If someone is in immediate danger ring 999"] },
    { firm: 'littlebundles', q: "writing a story for the lottery report about a family in acocks green. can i use mum's real name and area? she's said she's happy", has: ["photos-and-social-media", "use a changed first name and no area smaller than"] },
    { firm: 'littlebundles', q: "mum posted a lovely thank you on insta tagging us, kids in the new clothes. can i share it on our page?", has: ["photos-and-social-media", "like a family's post about us"] },
    { firm: 'littlebundles', q: "driver here, wanted to look back at last month's drops for my mileage claim but my old routes have vanished off circuit?", has: ["retention", "routes are deleted from Circuit after 7 days"] },
  ]);
});

describe('the same stories told again, and at other firms', () => {
  cases([
    { firm: 'bouncers', q: "the allergy notes from last month's parties have vanished from roller?", has: ["deleted from ROLLER 30 days after"] },
    { firm: 'trevose', q: "nobody in at number 4, the neighbour says she'll take the bag in for him", has: ["with a neighbour or through a letterbox"] },
    { firm: 'ripple', q: "can i text the parents from my personal phone about tomorrow's lesson?", has: ["never from your personal phone"] },
    { firm: 'silvercomb', q: "mrs bell passed away last week, her daughter rang to cancel. anything i need to do with her card?", has: ["Pauline closes their card"] },
    { firm: 'chatterbox', q: "i keep copies of the therapy reports at home so i can write up in the evenings, ok?", has: ["don't print at home"] },
    { firm: 'homeward', q: "can i put in the north whatsapp group that i'm heading to mrs b's on elm road at 3?", has: ["Never post a client's name, address"] },
    { firm: 'carerslink', q: "caller said she's thinking about taking all of her tablets tonight", has: ["keep them on the line, get their address"] },
    { firm: 'nightrider', q: "van was broken into at the services and two of the boxes have been taken, what do i do", has: ["phones the hospital department within 30 minutes"] },
    { firm: 'nightrider', q: "left the sample at pembury but it should have gone to maidstone, can i go back and get it?", has: ["do not try to retrieve a misdelivered"] },
    { firm: 'nightrider', q: "new rider hasnt got his login yet, he can use mine tonight yeah?", has: ["Never share your login with another volunteer"] },
    { firm: 'nightrider', q: "found boxes of old custody sheets from 2019 in the base cupboard, can they go in the skip?", has: ["Old paper job sheets stay locked"] },
    { firm: 'carerslink', q: "mr jones passed away on monday, he had an emergency card for looking after his wife. what do i do?", has: ["cancel the card with Careline within 5 working days"] },
    { firm: 'littlebundles', q: "health visitor sent over the family's whole case history with the referral, shall i copy it into lamplight?", has: ["never copy whole case histories"] },
    { firm: 'littlebundles', q: "can families self refer to us?", has: ["We accept referrals only from professionals"] },
    { firm: 'littlebundles', q: "a family posted a photo of the pram on facebook and tagged us, can i share it?", has: ["Never share or like a family's post"] },
    { firm: 'littlebundles', q: "referrals seem to have disappeared from cognito forms, where have they gone?", has: ["Referrals are deleted from Cognito Forms after 30 days"] },
    { firm: 'littlebundles', q: "can i write the family's address on the box so the driver finds it?", has: ["Never write a family's name, address"] },
    { firm: 'littlebundles', q: "can i ring the family from my own phone? circuit's not working", has: ["never from your personal number"] },
    { firm: 'littlebundles', q: "neighbour said she'll take the parcel in for the family, ok?", has: ["Never leave a bundle with a neighbour"] },
    { firm: 'littlebundles', q: "writing a case study for the funders report about a mum, can i use her name?", has: ["use a changed first name"] },
  ]);
});

describe('neighbours that keep their answer', () => {
  cases([
    { firm: 'nightrider', q: "can i add a note in relaydesk saying the lift at the william harvey is broken?", has: [], not: ["ward names never go into RelayDesk notes"] },
    { firm: 'nightrider', q: "one of the bikes has gone in for a service, what do i need to do about the tracker", has: [], not: ["phones the hospital department within 30 minutes"] },
    { firm: 'tenshin', q: "can i turn the dojo heating off after class?", has: [], not: ["don't turn it off because the codes are a nuisance"] },
    { firm: 'linden', q: "can i turn the showroom lights off at 5?", has: [], not: ["never turn them off"] },
    { firm: 'nightrider', q: "can i keep my bike at home overnight?", has: [], not: ["Never keep copies of job records at home"] },
    { firm: 'carerslink', q: "my nan passed away last week so i need a few days off, what do i need to do?", has: [], not: ["cancel the card with Careline"] },
    { firm: 'carerslink', q: "has the council been in touch with us about the new contract?", has: [], not: ["Never confirm to a caller that someone is registered"] },
    { firm: 'carerslink', q: "is mrs shah taking all of her tablets? her carer is worried", has: [], not: ["keep them on the line, get their address"] },
    { firm: 'littlebundles', q: "can i scan the donation receipts into the finance file?", has: [], not: ["never copy whole case histories"] },
    { firm: 'littlebundles', q: "can i refer myself as a volunteer?", has: [], not: ["We accept referrals only from professionals"] },
    { firm: 'littlebundles', q: "can i ring becky from my own phone?", has: [], not: ["never from your personal number"] },
    { firm: 'littlebundles', q: "heard the smoke alarm going off in the warehouse, what do i do", has: [], not: ["If someone is in immediate danger ring 999"] },
    { firm: 'littlebundles', q: "my old messages have vanished off whatsapp?", has: [], not: ["routes are deleted from Circuit after 7 days"] },
    { firm: 'bouncealot', q: "running late to a party, can i just text the birthday mum from my own phone?", has: [], not: ["never on a personal phone"] },
  ]);
});

describe('what two reviews found (687 questions on over 150 firms): variants read, and over-reaches kept out', () => {
  cases([
    { firm: 'swiftpedal', q: "the guy next door said he can take the parcels in for them, is that ok?", has: ["Only use a safe place or a neighbour if the customer allowed it"] },
    { firm: 'safehands', q: "heard shouting inside the house when i arrived for the job, what do i do?", has: ["Worries about a client's safety"] },
    { firm: 'wordsmith', q: "the translation was meant for the other client, can i retrieve it?", has: ["Do not try to recall or fix it yourself"] },
    { firm: 'wanderwell', q: "a passenger's medical notes have gone from tourplan, the tour was in march", has: ["Medical and mobility notes are cleared from Tourplan"] },
    { firm: 'pathway', q: "writing up jack's story for the lottery report, his mum said it's fine on the phone, ok?", has: ["signed media consent form"] },
    { firm: 'lynwood', q: "can drivers turn the dashcam off on breaks?", has: ["must not turn the cameras off"] },
    { firm: 'carerslink', q: "a woman rang asking if her brother's been in touch with us", has: ["Never confirm to a caller that someone is registered"] },
    { firm: 'nightrider', q: "i keep my handwritten shift notes at home until i next go to base, ok?", has: ["never kept at home"] },
    { firm: 'fixpoint', q: "the school rang, they're thinking about taking all the tablets to another repair shop", has: [], not: ["Something worrying found on a customer's device"] },
    { firm: 'fixit', q: "a visitor said she's thinking about taking all the tablets home to fix herself", has: [], not: ["Safeguarding young people at Young Fixers"] },
    { firm: 'peakview', q: "can i put in the team chat that im heading to the lab with the bloods, eta 15?", has: [], not: ["Never post a letter to a consultant's personal Gmail"] },
    { firm: 'brightframe', q: "can i put in the group chat that i'm heading to the venue, eta 5 mins?", has: [], not: ["never post a child's photo with the location"] },
    { firm: 'hartfield', q: "heard banging upstairs during the yoga class, what do i do?", has: [], not: ["immediate danger, ring 999 first"] },
    { firm: 'greenloop', q: "heard crashing next door while installing, probably builders, what do i do?", has: [], not: ["Vulnerable customers and safeguarding"] },
    { firm: 'pageturner', q: "my tablet died on the round, can i use my phone for beacon?", has: [], not: ["When a reader dies"] },
    { firm: 'wheelshare', q: "a member died last month, his family want to close the account, what do i need to do?", has: [], not: ["if a member's phone has died"] },
    { firm: 'carerslink', q: "the hospital rang asking if the social worker has been in touch with us about mrs d", has: [], not: ["Never confirm to a caller that someone is registered"] },
    { firm: 'brannocks', q: "can i write about the organ fund story in the newsletter?", has: [], not: ["both parents have signed the consent form"] },
    { firm: 'tickety', q: "can i write the customer's name on the repair ticket?", has: [], not: ["never write the customer's name or address on the tag"] },
    { firm: 'slateline', q: "can i ring the customer from my own mobile to say we're running late?", has: [], not: ["Send photos to customers only from CompanyCam"] },
    { firm: 'thackeray', q: "one of the boxes has gone from the van overnight, what should i do?", has: [], not: ["Reporting a data breach"] },
    { firm: 'touchline', q: "an old player's contract has vanished from hubspot, where did it go?", has: [], not: ["Unsigned scouting targets are deleted from HubSpot"] },
    { firm: 'nightrider', q: "a man called asking about his wife's bike we borrowed for the rally, wants to know when it's back", has: [], not: ["If a patient or relative asks about a sample"] },
    { firm: 'wanderwell', q: "dropped the bags at the wrong hotel, should have gone to the grand, can i drive back and get them?", has: [], not: ["Do not try to recall emails"] },
  ]);
});

describe('the stories of round 127 and focus set 63, from schools, clinics and casework', () => {
  cases([
    { firm: 'everbloom', q: "lady on the phone wants me to just read her fsh and oestradiol out to her, she's in a rush and gave her name. ok to go ahead?", has: ["blood-results", "first line of address"] },
    { firm: 'everbloom', q: "patient emailed saying she's moved since she booked and can we send her finger prick kit to her new place in ilkley instead", has: ["test-kits", "Post kits only to the address in Semble"] },
    { firm: 'everbloom', q: "my 2pm video lady has just casually mentioned she's at her villa in spain for the month. fine to carry on and sort her prescription?", has: ["video-consultations", "must be in the UK"] },
    { firm: 'everbloom', q: "Lauren's 3pm pelvic assessment wants someone in the room but all we've got is her sister who came with her. can the sister just sit in?", has: ["chaperones", "A relative or friend is not a chaperone"] },
    { firm: 'cradlebridge', q: "had an email from someone at cafcass wanting our notes on the Morgans' journey for the PO hearing. can I just send them the timeline, it's all in beacon", has: ["parental-orders", "pass the request to Amara Okafor"] },
    { firm: 'cradlebridge', q: "on a video check in just now the surro said her husband 'basically made her' sign up and she doesn't really want to go through with it. she begged me not to tell anyone", has: ["safeguarding", "Do not promise to keep it secret"] },
    { firm: 'cradlebridge', q: "venue manager just rang, we left last night's attendee list on the bar. should i phone round everyone on it and apologise?", has: ["breach-reporting", "Do not contact the members yourself"] },
    { firm: 'openroad', q: "Derek's asked me for the full probation paperwork on his new mentee, says he wants to know exactly what he's dealing with before they meet", has: ["risk-information", "say no and tell your team leader"] },
    { firm: 'openroad', q: "kerry - landlord on the phone about the flat for Darren, asking straight out what he went inside for. says it'll help his chances", has: ["sharing-with-others", "without their signed consent"] },
    { firm: 'openroad', q: "I'm one of the volunteer mentors. my mentee just told me he's going to 'sort out' the bloke who grassed on him tonight. it's 7pm and the office is shut", has: ["concerns-and-licence", "Volunteer mentors call the duty phone"] },
    { firm: 'openroad', q: "my mentee's got no bus fare this week and asked if I can just come round to his flat for our session instead", has: ["lone-working", "never at their home or yours"] },
    { firm: 'openroad', q: "found a pile of handwritten notes from my meetings last summer in my desk drawer, never got round to doing anything with them. what now", has: ["records-retention", "type it up within 2 working days"] },
    { firm: 'openroad', q: "is accommodation 2 ms or one, I always get it wrong", has: [], not: ["hull-housing-options"] },
    { firm: 'freshstart', q: "one of the taxi drivers keeps making comments to a year 10 girl that dont sit right with me. shannon says just have a word with him", has: ["allegations-against-staff", "Do not discuss it with the person"] },
    { firm: 'freshstart', q: "kyle says one of the year 8s just climbed the fence at break and legged it", has: ["attendance-and-missing", "tell the DSL at once"] },
    { firm: 'freshstart', q: "two kids werent on the minibus this morning and nobody has rung in", has: ["attendance-and-missing", "Donna Metcalfe calls home by 10:00"] },
    { firm: 'freshstart', q: "one of our year 9s is going back to mainstream next week, the new school wants his file", has: ["sharing-with-schools", "child protection file within 5 school days"] },
    { firm: 'freshstart', q: "one of the year 9s ran off the site at lunch, what do i do?", has: ["tell the DSL at once"] },
    { firm: 'everbloom', q: "patient rang, can i just read her results out to her over the phone?", has: ["first line of address"] },
    { firm: 'openroad', q: "my mentee said he's gonna batter his ex's new fella tonight", has: ["Volunteer mentors call the duty phone"] },
    { firm: 'keyline', q: "the tenant's mum phoned wanting a copy of the checkout report", has: ["go through the agent"] },
    { firm: 'focuspoint', q: "is nhs mail stored in the uk?", has: ["NHSmail", "UK"] },
  ]);
});

describe('their neighbours that keep their answer', () => {
  cases([
    { firm: 'freshstart', q: "the driver made comments about the traffic all the way in", has: [], not: ["Do not discuss it with the person"] },
    { firm: 'freshstart', q: "the new school wants his uniform back, where is it?", has: [], not: ["child protection file within 5 school days"] },
    { firm: 'freshstart', q: "two kids weren't on the minibus because they had a dentist appointment, mum rang in", has: [], not: ["Donna Metcalfe calls home by 10:00"] },
    { firm: 'everbloom', q: "can we send her the invoice by email instead?", has: [], not: ["Post kits only to the address in Semble"] },
    { firm: 'everbloom', q: "her sister came with her and is waiting in reception, ok?", has: [], not: ["A relative or friend is not a chaperone"] },
    { firm: 'openroad', q: "my mentee's moving to a new flat next week, can i help him carry boxes?", has: [], not: ["never at their home or yours"] },
    { firm: 'openroad', q: "found a pile of old leaflets in my desk drawer, what now?", has: [], not: ["type it up within 2 working days"] },
  ]);
});

describe('what a third review found (389 questions on 112 firms): variants read, and over-reaches kept out', () => {
  cases([
    { firm: 'freshstart', q: "how do we spell out to parents what we share with the council", has: ["sharing-with-schools"] },
    { firm: 'kittiwake', q: "how do we spell out to customers what happens to their data when they leave", has: ["client-offboarding"] },
    { firm: 'fizzpop', q: "a parent rang and wants me to tell her the numbers from the party booking, can I", has: ["party-details"] },
    { firm: 'peakview', q: "patient on the phone wants me to read her blood results to her", has: ["blood-tests"] },
    { firm: 'kindred', q: "found my handwritten notes from a family visit last year, what now", has: ["family-visits"] },
    { firm: 'apexline', q: "we left the booking list in the pit lane, should I phone round everyone and apologise", has: ["breach-reporting"] },
    { firm: 'lincsway', q: "we left the patient list in the ambulance, should I ring the patients and apologise", has: ["breach-reporting"] },
    { firm: 'openroad', q: "he said he's going to kill his ex when he gets out", has: ["concerns-and-licence"] },
    { firm: 'openroad', q: "his mum wants to know what he went to prison for", has: ["sharing-with-others"] },
    { firm: 'freshstart', q: "kid bolted out the front door and is heading towards the high street", has: ["attendance-and-missing"] },
    { firm: 'sonarbump', q: "lady rang and wants me to just read her scan results out to her", has: ["phone-calls"] },
    { firm: 'everbloom', q: "can my daughter sit in on reception with me on saturday, she wants work experience", has: [], not: ["chaperones"] },
    { firm: 'openroad', q: "he is going to deal with the guy from the council about his rent himself", has: [], not: ["concerns-and-licence"] },
    { firm: 'fixit', q: "the cafe is cancelled this month, should I email everyone to let them know. I forgot to post it", has: [], not: ["breach-reporting"] },
    { firm: 'goldhaven', q: "the shop is closing early due to the storm, should I text the customers with appointments to let them know, I forgot to put a sign up", has: [], not: ["breach-reporting"] },
    { firm: 'saltwave', q: "the van broke down and we lost a day, should I phone the customers to let them know", has: [], not: ["breach-reporting"] },
    { firm: 'freshstart', q: "one of the teachers made comments to a student about his brilliant artwork in assembly, can we share it on the newsletter", has: [], not: ["allegations-against-staff"] },
    { firm: 'everbloom', q: "can we send her the invoice to her new address", has: [], not: ["test-kits"] },
    { firm: 'everbloom', q: "patient says she is on holiday in Portugal next week so wants to move her appointment", has: [], not: ["video-consultations"] },
  ]);
});

describe('the same stories in other words, at those firms and others whose sentence says them', () => {
  cases([
    { firm: 'freshstart', q: "one of our girls has gone missing from the building and no one knows where she is", has: ["attendance-and-missing"] },
    { firm: 'freshstart', q: "the driver keeps calling one of our girls sweetheart and asking for her snapchat", has: ["allegations-against-staff"] },
    { firm: 'freshstart', q: "a volunteer has been messaging one of the boys on instagram", has: ["allegations-against-staff"] },
    { firm: 'freshstart', q: "she's moving to another school in september, what do we send them", has: ["sharing-with-schools"] },
    { firm: 'freshstart', q: "a student is leaving us, what happens to the child protection file", has: ["sharing-with-schools"] },
    { firm: 'everbloom', q: "her husband rang wanting to know her results", has: ["blood-results"] },
    { firm: 'everbloom', q: "patient wants her kit sent to her work address instead of home", has: ["test-kits"] },
    { firm: 'everbloom', q: "patient on zoom is currently in Jersey, is that ok", has: ["video-consultations"] },
    { firm: 'everbloom', q: "video call patient is working in Germany for a few weeks, can I still prescribe HRT", has: ["video-consultations"] },
    { firm: 'openroad', q: "volunteer asked me what his mentee was convicted of", has: ["risk-information"] },
    { firm: 'openroad', q: "can I give a mentor the OASys for his mentee", has: ["risk-information"] },
    { firm: 'openroad', q: "the job centre asked what his conviction was for", has: ["sharing-with-others"] },
    { firm: 'openroad', q: "his new boss wants to know if he has a record", has: ["sharing-with-others"] },
    { firm: 'openroad', q: "she says she wants to batter her neighbour", has: ["concerns-and-licence"] },
    { firm: 'openroad', q: "he wants me to pop over to his mum's for our catch up", has: ["lone-working"] },
    { firm: 'sonarbump', q: "her partner phoned asking for the results of her scan", has: ["phone-calls"] },
    { firm: 'sonarbump', q: "mum on the phone wants me to tell her the measurements from the scan", has: ["phone-calls"] },
    { firm: 'nightingale', q: "patient on the phone wants me to read her sleep study results out to her", has: ["phone-and-results"] },
    { firm: 'seaglass', q: "patient rang wanting me to read her hcg levels out", has: ["nurse-line"] },
    { firm: 'clearsound', q: "her daughter phoned asking for her mum's hearing test results", has: ["family-and-carers"] },
    { firm: 'brightpath', q: "his wife rang asking me to tell her his driving assessment results", has: ["family-members"] },
    { firm: 'jungle', q: "kid got over the gate into the car park", has: ["safeguarding"] },
    { firm: 'freshstart', q: "the new teacher has been messaging the parents group about the trip", has: [], not: ["allegations-against-staff"] },
    { firm: 'copperstill', q: "parcel came back cos nobody over 18 was in, now the customer wants it sent to her work address instead. can i just reprint the label and send it", has: [], not: ["Lost property with a name on it is posted back only to the address"] },
  ]);
});
