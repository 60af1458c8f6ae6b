import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 121 and focus sets 45, 49 and 50 taught (the sixty-seventh round), with a few older development questions. Each
 * reading is tested on a question it was read from and beside neighbours that must keep their answer (a flat phone is not a lost one, a
 * quote sent to a merchant is no slip, an abusive caller on the phone is no lone-working matter), and on the over-reaches an independent
 * review of the change found.
 */
const cases = devCasesOn(
  exampleFirms({
    apexlineKarting: 'apexline-karting',
    baselineTennis: 'baseline-tennis-club',
    bastionGuarding: 'bastion-guarding',
    bluebellDay: 'bluebell-day-centre',
    bramleyhurstCider: 'bramleyhurst-cider',
    brightbridgeSupported: 'brightbridge-supported-living',
    cantataCommunity: 'cantata-community-choir',
    cedarwoodHospice: 'cedarwood-hospice-at-home',
    cheritonBowls: 'cheriton-bowls-club',
    clearsoundHearing: 'clearsound-hearing',
    compassAu: 'compass-au-pairs',
    copperpotCookery: 'copperpot-cookery-school',
    cragsideOutdoor: 'cragside-outdoor',
    cruxClimbing: 'crux-climbing',
    featherstoneTaxidermy: 'featherstone-taxidermy',
    fernleighSalon: 'fernleigh-salon',
    fixfastPhone: 'fixfast-phone-repairs',
    forgeworksClassics: 'forgeworks-classics',
    harbourNight: 'harbour-night-shelter',
    hollinsFuneral: 'hollins-funeral',
    hollowbrookAllotments: 'hollowbrook-allotments',
    ironsideBoxing: 'ironside-boxing-club',
    kilnhouseGlass: 'kilnhouse-glass-studio',
    kittiwakeIt: 'kittiwake-it',
    lamplightGhost: 'lamplight-ghost-walks',
    larkfieldHome: 'larkfield-home-care',
    lifestoryMemoirs: 'lifestory-memoirs',
    lighthousePlanetarium: 'lighthouse-planetarium',
    longbowArchery: 'longbow-archery-range',
    meridianTravel: 'meridian-travel-clinic',
    oakmoorPlanning: 'oakmoor-planning',
    paddlepawsHydrotherapy: 'paddlepaws-hydrotherapy',
    pageturnerMobile: 'pageturner-mobile-library',
    pirouetteDance: 'pirouette-dance-academy',
    quillbyConveyancing: 'quillby-conveyancing',
    reedcraftThatchers: 'reedcraft-thatchers',
    reviveIv: 'revive-iv-drip-clinic',
    roadwiseSpeed: 'roadwise-speed-awareness',
    seaglassFertility: 'seaglass-fertility-clinic',
    silvercombMobile: 'silvercomb-mobile-hair',
    sparkleBright: 'sparkle-bright-cleaning',
    spinfitBike: 'spinfit-bike-fitting',
  }),
);

describe("register questions with an aside, a leave a parent takes, a supplier's servers, a contracted question word", () => {
  cases([
    { firm: 'apexlineKarting', q: "which of our suppliers keep stuff in the US? asking for the league data notice", has: ["Smartwaiver", "Xero", "SafetyCulture"] },
    { firm: 'apexlineKarting', q: "which suppliers keep data in the US? needed for the insurance renewal", has: ["Smartwaiver", "Xero"] },
    { firm: 'apexlineKarting', q: "where do we hold medical/health info about drivers or staff, which suppliers", has: ["BrightPay", "Smartwaiver"] },
    { firm: 'seaglassFertility', q: "bookkeeping software - where are the servers? hoping uk", has: ["Xero", "US"] },
    { firm: 'seaglassFertility', q: "what's tdl for exactly, just bloods?", has: ["The Doctors Laboratory", "AMH"] },
  ]);
});

describe("tools we do not hold, by names said in the plural or in two words", () => {
  cases([
    { firm: 'longbowArchery', q: "thinking of sending the newsletter through Constant Contact from now on, any objections?", has: ["new-tools"] },
    { firm: 'reedcraftThatchers', q: "Tom's already bought a couple of Ring cameras for the reed store, can we just set them up on the yard wifi", has: ["new-tools"], not: ["Reolink"] },
  ]);
});

describe("devices gone walkabout, gone, or swiped, and those only broken or flat", () => {
  cases([
    { firm: 'bramleyhurstCider', q: "the Lenovo we use for tour check-ins has gone walkabout from the tractor shed, I think someone might have lifted it during the blossom walk. What happens now", has: ["lost-device"] },
    { firm: 'pageturnerMobile', q: "the van tablet has gone walkabout, what now?", has: ["lost-device"] },
    { firm: 'cedarwoodHospice', q: "my work mobile's gone, think it fell out my pocket at the Co-op in Watton. it's gone 1am so I'll tell David in the morning, no point waking anyone", has: ["lost-device"] },
    { firm: 'cedarwoodHospice', q: "my phone's gone, it won't charge at all", has: [], not: ["lost-device"] },
    { firm: 'cedarwoodHospice', q: "my phone's gone flat", has: [], not: ["lost-device"] },
    { firm: 'featherstoneTaxidermy', q: "the tablet from the showroom got swiped off the counter at the fair, what now?", has: ["lost-device"] },
  ]);
});

describe("slips of sending and papers seen: a titled person instead, one not on the list in the cc, a paper the family saw", () => {
  cases([
    { firm: 'reedcraftThatchers', q: "Ellie here - I think I've just sent the Hartley roof write-up to Mrs Hartwell instead, their emails are one letter apart 🙈 should I drop her a line and ask her to bin it?", has: ["breach-reporting", "contact the customer yourself"] },
    { firm: 'reedcraftThatchers', q: "I sent the quote to Mrs Hartwell instead of Mr Hartley", has: ["breach-reporting"] },
    { firm: 'reedcraftThatchers', q: "sent the report to Tom instead as Carys was off", has: [], not: ["breach-reporting"] },
    { firm: 'reedcraftThatchers', q: "can the roof report be sent to Mrs Hartwell instead?", has: [], not: ["breach-reporting"] },
    { firm: 'lighthousePlanetarium', q: "oh no. just sent the confirmation for the Jenkins booking with all 9 kids names and the medical notes to Mrs Jenkinson instead. completely different family. trying to unsend it in outlook now, will that work??", has: ["breach-reporting", "Do not try to recall emails"] },
    { firm: 'lighthousePlanetarium', q: "should the confirmation for the Jenkins booking be sent to Mrs Jenkinson instead?", has: [], not: ["breach-reporting"] },
    { firm: 'cedarwoodHospice', q: "David: realised I left Mrs Ellis's paper sheet from my visit on her kitchen table last week. family would have seen it but nobody's said anything. do I need to do anything now it's been a week?", has: ["breach-reporting", "Report any incident or near miss to Helen"] },
    { firm: 'roadwiseSpeed', q: "Fatima here, still new. Peter forwarded me the list for Saturday's Coventry group but looking at the cc it also went to Dave Mills who isn't even on that one. Peter said don't worry. Is there anything I'm supposed to fill in?", has: ["breach-reporting", "incident form in SharePoint"] },
    { firm: 'roadwiseSpeed', q: "the rota also went to Dave who isn't in till monday so he can plan", has: [], not: ["breach-reporting"] },
  ]);
});

describe("the young: a helper for the children, a child below a policy's age limit, a child's words that bug one", () => {
  cases([
    { firm: 'longbowArchery', q: "My brother in law has offered to help out on Sunday mornings with the youngsters, he shot for his uni back in the day. He's happy to start this week, does he need to do anything first?", has: ["dbs-checks", "help only at adult sessions"] },
    { firm: 'longbowArchery', q: "a mum wants to volunteer with the juniors, can she start saturday?", has: ["dbs-checks"] },
    { firm: 'longbowArchery', q: "family turned up for the 2pm saturday session with a 7 year old as well as the two older ones, dad says he'll hold the bow with him and they've paid for 3. can the little one shoot?", has: ["have-a-go-and-courses", "Children under 10 may not shoot"] },
    { firm: 'bramleyhurstCider', q: "On the 2 o'clock walk there's a family with a 16 yr old who really wants to try the dry one, mum and dad say they don't mind. Can she have a tiny splash?", has: ["tastings-and-tours", "get apple juice, never cider"] },
    { firm: 'longbowArchery', q: "a 12 year old wants to shoot at the have-a-go, can he?", has: [], not: ["equipment-hire-and-shop"] },
    { firm: 'longbowArchery', q: "A lad (11) said something at the end of tonight about his stepdad that's been bugging me all evening, not sure if I'm overreacting. Should I ring his mum tomorrow and ask her what's going on at home?", has: ["safeguarding-juniors", "do not investigate yourself"] },
    { firm: 'longbowArchery', q: "a lad said something funny about his dad's bow that's been bugging me, is it a recurve or a compound?", has: [], not: ["Safeguarding juniors"] },
  ]);
});

describe("requests: everything written about someone demanded by their family, our recordings asked to be gone through", () => {
  cases([
    { firm: 'brightbridgeSupported', q: "Ella's mum emailed the office demanding everything we've written about Ella over the last year. says as her mother she's entitled to it. Ella is 24 btw", has: ["subject-access", "A family member is not entitled"] },
    { firm: 'longbowArchery', q: "a member reckons someone took his arrows from the rack while he was in the loo and wants to go through the recordings himself on the office screen. Can I let him?", has: ["cctv", "Only Martin and Dev may view or copy footage"] },
  ]);
});

describe("house rules told in a story: a picture on one's own phone or posted on the word of mouth, voicemail, a former partner, card numbers written, a login lent, papers taken home, aggression, another's name in a report, someone taken ill, a count short, a dose refused, a stranger's things, a computer left unlocked, one's own number offered", () => {
  cases([
    { firm: 'seaglassFertility', q: "embryologist asked me to snap the day 5 blast on my own phone and text it to the couple, they're desperate to see it", has: ["photos", "personal phone"] },
    { firm: 'cragsideOutdoor', q: "the kids were brilliant on the abseil today, ok if i snap a few on my own phone and send them to their teacher?", has: ["photos", "the centre's two cameras and the centre phones"] },
    { firm: 'copperpotCookery', q: "can i snap the kids decorating cupcakes on my phone to send their mums", has: ["do not take photos of children"] },
    { firm: 'forgeworksClassics', q: "guy wants to test drive the e-type on saturday, ok if i just snap his licence on my phone for the sheet?", has: ["showroom-sales"] },
    { firm: 'seaglassFertility', q: "got a positive beta for a patient and she's not picking up, can i just leave the good news on her voicemail", has: ["nurse-line", "leave a name"] },
    { firm: 'seaglassFertility', q: "who looks after the voicemail?", has: ["RingCentral"], not: ["nurse-line"] },
    { firm: 'seaglassFertility', q: "a man phoned saying he used to be with one of our patients and wants to know if she's still got their embryos in storage", has: ["partners", "Ex-partners are never told"] },
    { firm: 'seaglassFertility', q: "her ex rang asking when her next scan is", has: ["partners"] },
    { firm: 'seaglassFertility', q: "my ex-husband rang asking if i can swap weekends", has: [], not: ["partners"] },
    { firm: 'spinfitBike', q: "lady rang for a voucher for her husband's birthday and read me her 16 digits, I wrote them on the pad by the counter and will put it through the reader when Marco's back", has: ["card-payments", "never write a card number down"] },
    { firm: 'cedarwoodHospice', q: "at the memorial walk a man wrote his Visa number and expiry on the back of an order of service to give £200 in his wife's name. I've got it in my bag, will ring it through on Monday", has: ["gift-aid", "Never take card numbers on paper"] },
    { firm: 'brightbridgeSupported', q: "the fella from the staffing company covering Pete's shift asked if he can use my Nourish details as his haven't come through yet. I'm here too so it's fine isn't it?", has: ["agency-staff", "for the shift only, never a staff login"] },
    { firm: 'brightbridgeSupported', q: "can i use my bank details for the expenses claim", has: [], not: ["agency-staff"] },
    { firm: 'brightbridgeSupported', q: "can he use my bank details for the refund", has: [], not: ["agency-staff"] },
    { firm: 'lighthousePlanetarium', q: "cleaning the dome after the 4 oclock and theres a samsung under seat 32, plus a purse with someones driving licence and a debit card in it. shall i stick them in the tub at the desk with the hats and scarves?", has: ["lost-property", "go in the box office safe"] },
    { firm: 'lighthousePlanetarium', q: "nipped to the loo for 2 mins and came back to find a kid pressing keys on the front desk computer, ticketsolve was still open on the orders screen. nothing happened i think", has: ["devices-passwords", "Lock the box office PC"] },
    { firm: 'lighthousePlanetarium', q: "left the office pc logged in overnight, is that a problem", has: ["devices-passwords"] },
    { firm: 'spinfitBike', q: "Ellie!! guy in bay 2 has gone grey and says his chest feels tight, he wants to crack on because he's paid for the full 3 hours. what do I do", has: ["red-flags", "999 if it is happening now"] },
    { firm: 'lighthousePlanetarium', q: "a lady has collapsed in the dome, what do i do", has: [], not: ["red-flags"] },
    { firm: 'cedarwoodHospice', q: "Claire: checked the oramorph at Mr Dunn's this evening and it's 2ml short of what's written. probably a spill when his wife gave the last dose. I'll mention it to Helen at Thursday's team meeting", has: ["medicines", "to the nurse on call at once"] },
    { firm: 'brightbridgeSupported', q: "Doing changeover at Oak House and Marcia's purse count is £4.20 short of what's written down. Leanne's gone home already and I'm on till 10. leave it till the morning?", has: ["tenants-money", "a difference of any amount is reported"] },
    { firm: 'brightbridgeSupported', q: "we're short of staff for saturday", has: [], not: ["tenants-money"] },
    { firm: 'brightbridgeSupported', q: "I took the paper sheets for Birch Close home last night to fill in the gaps from the weekend, they're in my car now. is that ok?", has: ["medication-records", "they never go home with staff"] },
    { firm: 'paddlepawsHydrotherapy', q: "home visit in Evesham first thing tomorrow, can I take the dog's notes home tonight and leave them on the passenger seat ready?", has: ["paper-and-poolside", "car boot"] },
    { firm: 'cedarwoodHospice', q: "Lewis: the son at the house in Dereham was really aggressive tonight, shouting and slamming doors. I stayed and finished his dad's care because I didn't want to leave him like that. I'm home now, was that the right thing?", has: ["lone-working", "leave and ring the on-call nurse"] },
    { firm: 'cedarwoodHospice', q: "a customer was really abusive on the phone about his refund, what do I do?", has: [], not: ["lone-working"] },
    { firm: 'clearsoundHearing', q: "the husband was getting really aggressive so I left early, what now?", has: ["Home visits"] },
    { firm: 'lighthousePlanetarium', q: "got a mum ringing back about her little boys 7th on saturday, she says she'll text me the nut stuff and the list of kids coming. easiest if i just give her my mobile no?", has: ["birthday-parties", "use the box office phone"] },
    { firm: 'brightbridgeSupported', q: "Gary wouldn't take his 8am tablets again, spat them out and said he'd have them later. do I just put it on when I write everything up at the end?", has: ["medication-records", "ring the 111 or GP number"] },
    { firm: 'brightbridgeSupported', q: "writing up yesterday's kick off between Aisha and Robbie in the lounge, do I put Robbie's full name in Aisha's one or what", has: ["incident-reports", "Name other tenants by initials only"] },
    { firm: 'kilnhouseGlass', q: "Ravi got a gorgeous shot of a 15 yr old lad gathering his first bubble. Dad said 'yeah go for it' out loud, so can Ana stick it up with the boy's name on?", has: ["photos-consent", "parent's written consent"] },
    { firm: 'spinfitBike', q: "Gav's before/after from saturday is unreal, he looks like a different rider. I mentioned putting it on the gram and he laughed and said 'go for it'. posting tonight 🙌", has: ["fit-video", "with their written yes by email"] },
    { firm: 'silvercombMobile', q: "did the most gorgeous silver bob today 😍 her daughter says it's fine to put it on insta, mum can't really decide for herself these days", has: ["photos", "family member cannot consent to a marketing photo"] },
  ]);
});

describe("the review's over-reaches, kept as neighbours, and plain variants it found unread", () => {
  cases([
    { firm: 'kittiwakeIt', q: "where is the server cupboard key kept?", has: [], not: ["Acronis"] },
    { firm: 'kittiwakeIt', q: "our old laptop's gone, we recycled it last week. do we need to update the register?", has: [], not: ["Lost devices and data breaches"] },
    { firm: 'cruxClimbing', q: "my chromebook's gone. Replaced it with a new one, do I need to tell anyone?", has: [], not: ["Reporting a data breach"] },
    { firm: 'fixfastPhone', q: "the customer's iphone has gone.", has: [], not: ["Buying second-hand phones"] },
    { firm: 'cruxClimbing', q: "the ipad from the front desk was pinched off the counter", has: ["Reporting a data breach"] },
    { firm: 'lamplightGhost', q: "the guides' iphone went walkabout", has: ["Lost or stolen phones"] },
    { firm: 'meridianTravel', q: "I wrote the patient's visa number on the vaccine record, is that ok?", has: [], not: ["Taking payments"] },
    { firm: 'quillbyConveyancing', q: "I emailed the completion statement to Mrs Hartwell instead of posting it, is that ok?", has: ["Email, the client portal and sending documents"], not: ["breach"] },
    { firm: 'oakmoorPlanning', q: "emailed the planning report to Mr Dean instead of putting it on the portal, fine?", has: [], not: ["Personal data breaches"] },
    { firm: 'cantataCommunity', q: "the rota also went to Jo who isn't on the rota this week, can she swap?", has: [], not: ["Data breaches"] },
    { firm: 'hollowbrookAllotments', q: "the newsletter also went to Sam who isn't on the committee, fine?", has: [], not: ["Reporting a data breach"] },
    { firm: 'larkfieldHome', q: "left the care notes at Mrs Ellis's as agreed, her family will have read them by now, is that fine?", has: [], not: ["Reporting a data breach"] },
    { firm: 'cheritonBowls', q: "one of the members told me something about the committee that's been bugging me", has: [], not: ["Safeguarding"] },
    { firm: 'baselineTennis', q: "one of the members told me something about the court fees, am I overreacting?", has: [], not: ["Safeguarding"] },
    { firm: 'harbourNight', q: "one of the guests told me something about the rota that's been bugging me", has: [], not: ["Safeguarding concerns"] },
    { firm: 'lifestoryMemoirs', q: "one of the clients told me something about her late husband that's been on my mind for the book", has: [], not: ["Worries about a storyteller"] },
    { firm: 'pirouetteDance', q: "one of the girls told me something about home and it's been playing on my mind", has: ["Safeguarding and disclosures"] },
    { firm: 'ironsideBoxing', q: "one of the lads told me something at training that's been bugging me", has: ["Safeguarding children"] },
    { firm: 'bastionGuarding', q: "a punter collapsed outside the venue, do I fill in the incident report?", has: [], not: ["Client keys"] },
    { firm: 'bluebellDay', q: "a member fainted last week, do I need to write it in the accident book?", has: [], not: ["The minibus run"] },
    { firm: 'cedarwoodHospice', q: "the stock of gloves doesn't match the order, who do I tell?", has: [], not: ["Medicines in the home"] },
    { firm: 'brightbridgeSupported', q: "Mr Jones's daughter took the care forms home to sign, is that ok?", has: [], not: ["Medication records"] },
    { firm: 'sparkleBright', q: "the client took the quote papers home to think about it", has: [], not: ["Client keys"] },
    { firm: 'compassAu', q: "the host family took the application forms home to read", has: [], not: ["Passports"] },
    { firm: 'reviveIv', q: "a customer was aggressive at the desk yesterday, can we ban her and note it on her record?", has: [], not: ["Home, hotel and event visits"] },
    { firm: 'pageturnerMobile', q: "a man was really aggressive about his overdue fines last week, can we put a note on his account?", has: [], not: ["Home visits and lone working"] },
    { firm: 'cedarwoodHospice', q: "she was quite aggressive with her pain relief, is that normal to record?", has: [], not: ["Lone working"] },
    { firm: 'lighthousePlanetarium', q: "the couple said go for it, can I post the opening hours on facebook?", has: [], not: ["photos-filming"] },
    { firm: 'fernleighSalon', q: "boss said go for it, can I post the job ad on instagram?", has: [], not: ["Photos of clients"] },
    { firm: 'seaglassFertility', q: "her ex boss rang asking for a reference for her", has: [], not: ["partners"] },
    { firm: 'seaglassFertility', q: "her ex rang to ask if we had any parking spaces left", has: [], not: ["Partners"] },
    { firm: 'hollinsFuneral', q: "the daughter wants everything we have on the funeral costs, can I send it?", has: ["Talking to relatives"], not: ["Reporting a data breach"] },
    { firm: 'brightbridgeSupported', q: "her dad wants all we have on the new house rules, can I send it?", has: [], not: ["Requests for records"] },
    { firm: 'hollowbrookAllotments', q: "we have constant contact with the council, is that ok?", has: ["Town Council"], not: ["I can't find"] },
  ]);
});
