import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 122 and focus sets 48, 52 and 53 taught (the sixty-eighth round). Each reading is tested on a question it was
 * read from and beside neighbours that must keep their answer (a card reader found after a minute is no lost child, a slip of one's own
 * is no fault owned to a customer, cardboard boxes in the recycling are no paper of people's, one's own phone left is no lost property),
 * and on the over-reaches and plain variants an independent review of the change found.
 */
const cases = devCasesOn(
  exampleFirms({
    apexlineKarting: 'apexline-karting',
    bigtopCircus: 'bigtop-circus-school',
    blushboxBridal: 'blushbox-bridal-makeup',
    bouncersSoft: 'bouncers-soft-play',
    brightwellAccountancy: 'brightwell-accountancy',
    castlefordScrap: 'castleford-scrap-metals',
    cotswoldGliding: 'cotswold-gliding-club',
    harboursideNotary: 'harbourside-notary',
    harrowDebt: 'harrow-debt-recovery',
    hooklineRecovery: 'hookline-recovery',
    kilnworksPottery: 'kilnworks-pottery',
    lakesideKayak: 'lakeside-kayak-hire',
    longstopIndoor: 'longstop-indoor-cricket',
    puntAnd: 'punt-and-pole-cambridge',
    rootfinderGenealogy: 'rootfinder-genealogy',
    saltwaveFishmongers: 'saltwave-fishmongers',
    snowpeakDry: 'snowpeak-dry-ski-slope',
    spinfitBike: 'spinfit-bike-fitting',
    teessidePlant: 'teesside-plant-training',
    threadneedleBespoke: 'threadneedle-bespoke-tailors',
    tuttiIce: 'tutti-ice-cream',
    vendrightVending: 'vendright-vending',
    wheelshareCar: 'wheelshare-car-club',
    whirlwindHeli: 'whirlwind-heli-tours',
  }),
);

describe("register questions asked by one of our people, 2FA not had at all, a place named like a supplier, a tool named as what an app is like, leave asked as 'worth switching?'", () => {
  cases([
    { firm: 'whirlwindHeli', q: "tamsin asked which of our suppliers are iso 27001 certified", has: ["FlightLogger", "Microsoft 365", "Xero", "BrightHR"] },
    { firm: 'whirlwindHeli', q: "tamsin asked which parent collected the voucher", has: [], not: ["Suppliers with"] },
    { firm: 'whirlwindHeli', q: "which suppliers dont have 2fa at all?", has: ["Kernow Fire & Security", "Treloar & Co", "Civil Aviation Authority"], not: ["FareHarbor"] },
    { firm: 'puntAnd', q: "are there any suppliers where two-step sign in just isnt available at all?", has: ["Hik-Connect", "Conservators of the River Cam"], not: ["Granta Security Systems"] },
    { firm: 'wheelshareCar', q: "where's the nearest car wash to the Bedminster bay? the Up is covered in bird muck", has: ["Rosa Adeyemi"], not: ["Bedminster Bodyworks"] },
    { firm: 'wheelshareCar', q: "who looks after bedminster?", has: ["Bedminster Bodyworks", "Finn Gallagher"] },
    { firm: 'vendrightVending', q: "do we have a rota app like deputy?", has: ["can't find deputy", "new-tools"] },
    { firm: 'apexlineKarting', q: "do we have a rota app like deputy?", has: ["RotaCloud"], not: ["can't find"] },
    { firm: 'longstopIndoor', q: "my mate's club pays its coaches through Sage Payroll and says it's dead easy. worth switching?", has: ["can't find sage"], not: ["Lost club iPad"] },
    { firm: 'longstopIndoor', q: "is brightpay any good?", has: ["BrightPay"], not: ["can't find"] },
  ]);
});

describe("stories read by their one sentence: a child found at once, fault owned, a surname on a band, one's own mobile, a secret kept by someone named with their age, the police and the car park video, a scan sent to a different client", () => {
  cases([
    { firm: 'bouncersSoft', q: "we found the little girl asleep in the ball pit after a couple of mins, all fine now. do I still need to write it up anywhere?", has: ["lost-child", "even if the child is found in a minute"] },
    { firm: 'bouncersSoft', q: "found the card reader after a couple of mins, do I still need to report it?", has: [], not: ["even if the child is found"] },
    { firm: 'bouncersSoft', q: "mum says her daughter split her chin on the slide and wants to know if we'll pay for it, I said sorry it was our fault, was that ok?", has: ["accidents", "Do not admit fault"] },
    { firm: 'bouncersSoft', q: "sent the party list to the wrong mum, my fault, what do i do?", has: ["breach"], not: ["Do not admit fault"] },
    { firm: 'bouncersSoft', q: "we've got two Olivias in the same party, can I write their surnames on the bands with a sharpie so we don't mix them up?", has: ["Never write a surname"] },
    { firm: 'teessidePlant', q: "one of the 16 year old apprentices asked for my mobile so he can text me if he's running late for the course tomorrow. ok to give it him?", has: ["young-candidates", "never your own mobile"] },
    { firm: 'cotswoldGliding', q: "Josh (16) said something to me in the hangar today that's really bothering me about things at home, and he made me promise not to tell his dad. not sure what to do", has: ["juniors-safeguarding", "do not promise to keep it secret"] },
    { firm: 'cotswoldGliding', q: "Mr Hall (62) said something to me that's really bothering me, and he made me promise not to tell his wife. not sure what to do", has: [], not: ["juniors-safeguarding"] },
    { firm: 'bouncersSoft', q: "police officer came in asking for the car park video from tuesday night, someone's car got broken into. Rhian's not in", has: ["the officer's collar number and crime reference"] },
    { firm: 'harboursideNotary', q: "oh no, I think I've just emailed Mr Okonjo's passport scan to a different client with the same surname. Should I email them both to explain?", has: ["seals-devices-breaches", "Do not contact the client yourself"] },
  ]);
});

describe("an operation told, a child dropped to be fetched later, a spouse asking what a member owes, a paper by its masthead, a copy asked deleted, a device left out overnight, a shot or clip put up", () => {
  cases([
    { firm: 'cotswoldGliding', q: "Dave in the bar just told me he had a stent put in last month and he's down on the list to fly solo saturday. what do i do with that?", has: ["medical-declarations", "tell them not to fly solo"] },
    { firm: 'cotswoldGliding', q: "Got a 14 yr old booked for a taster flight on Sunday. His mum wants to drop him at the gate at 10 and come back for him after lunch, is that ok?", has: ["trial-lessons", "stay on the airfield for the whole visit"] },
    { firm: 'cotswoldGliding', q: "Mrs Hendry rang wanting to know how many hours her husband has done this year and what's outstanding on his account. He's a member, she's not. Can I tell her?", has: ["flight-logs", "how much another member has flown or owes"] },
    { firm: 'cotswoldGliding', q: "Someone from the Wilts and Glos Standard just phoned the office asking about the outlanding in the farmer's field yesterday and who was flying. What do I say?", has: ["accidents-incidents", "referred to Graham"] },
    { firm: 'harboursideNotary', q: "client from last year phoned, wants us to delete the copy of his passport and the power of attorney we kept. says GDPR means we have to", has: ["data-requests", "cannot be erased"], not: ["id-checks"] },
    { firm: 'cotswoldGliding', q: "The launch point tablet got left out by the caravan overnight, found it on the grass this morning soaking wet. It was still logged in.", has: ["breach-reporting", "within 24 hours at most"] },
    { firm: 'threadneedleBespoke', q: "got a great shot of the whole Harrison party in their morning suits, labels showing, can I put it up tonight?", has: ["social-media", "signed photo consent slip"] },
    { firm: 'threadneedleBespoke', q: "got a photo of the new shelves, can I put it up in the shop?", has: [], not: ["Photos of clients on social media"] },
    { firm: 'whirlwindHeli', q: "got an amazing clip of a couple getting engaged over bedruthan steps this morning, can we put it up on our page?", has: ["drone-footage", "without their written consent"] },
    { firm: 'snowpeakDry', q: "Megan at the front desk. Webcam on the desk PC has died and there's a teenager here who wants his card done today before his mates' session. Can I just snap him on my own phone and upload it? Queue building up behind him", has: ["season-passes", "never on a staff phone"] },
  ]);
});

describe("a picture snapped on one's own phone, a printout into the recycling, a write-up put off, a worry put in a group chat, consent withdrawn, a chat with the under-17s, a parent texted now, things left behind, a note, a refund and a form", () => {
  cases([
    { firm: 'snowpeakDry', q: "Finished with the Todmorden Primary year 4s, brilliant bunch. I've still got the printout with all their names and who has asthma etc. Recycling bin in the hut ok?", has: ["groups", "comes back to the office for shredding"] },
    { firm: 'snowpeakDry', q: "can i put the cardboard boxes in the recycling bin, ok?", has: [], not: ["comes back to the office for shredding"] },
    { firm: 'snowpeakDry', q: "A girl came off badly on the nursery slope about 8, I patched her up, her wrist looked wonky so her mum drove her to Calderdale A&E. I'm knackered and my shift finishes in 10 mins, I'll write it all up when I'm next in on Thursday", has: ["accidents-first-aid", "before the end of their shift"] },
    { firm: 'longstopIndoor', q: "harvey here. a lad in the U13s said something a bit off about his home this evening, i've put it in the coaches group chat to see if anyone else has noticed anything. is that the right thing?", has: ["safeguarding-concern", "Never discuss it in a WhatsApp group"] },
    { firm: 'longstopIndoor', q: "Isla's mum came to the desk and said she's changed her mind and doesn't want Isla on camera any more, she's not happy about it going online. I've said ok. Anything else I need to do?", has: ["filming-children", "tell Sam the same day"] },
    { firm: 'longstopIndoor', q: "The under 17s keep asking me to set up a chat with just them and me for sorting lifts to the Saturday games. They're all 16 or 17 so basically adults. Fine to do?", has: ["squad-messaging", "never the players, even the over-16s"] },
    { firm: 'longstopIndoor', q: "Sam - Riya took one off the machine on the knuckle in lane 3, bit of swelling but she carried on. Her mum picks her up at 6, shall I text her now with what happened?", has: ["medical-information", "the parent is told at pick-up"] },
    { firm: 'rootfinderGenealogy', q: "the DNA tester on the Wilson case (the client's cousin) has emailed to say she doesn't want her DNA used any more", has: ["data-requests", "our access removed within 7 days"] },
    { firm: 'whirlwindHeli', q: "someone left a scarf and a phone on a table by the window, where do I put them?", has: ["cafe", "goes to the bookings office"] },
    { firm: 'whirlwindHeli', q: "I left my phone on a table by the window, what do I do?", has: ["lost-device"], not: ["goes to the bookings office"] },
    { firm: 'threadneedleBespoke', q: "gentleman told me he's had a hip op and one leg's a bit shorter now, do i note it down?", has: ["health-at-fittings", "if the client asks us to"] },
    { firm: 'threadneedleBespoke', q: "client wants £400 back on his alterations, hugh is out, can i just do it myself?", has: ["card-payments", "need Farah's or Hugh's say-so"] },
    { firm: 'threadneedleBespoke', q: "older gent wants to spread the cost and asked me to fill the form in for him as his eyes are bad", has: ["finance-plans", "do not type it in for them"] },
  ]);
});

describe("a partner asking about a member's bill, the police asking where a vehicle was, someone's paper not where it is kept", () => {
  cases([
    { firm: 'wheelshareCar', q: "man on the phone says he's Jenny Marsh's partner, they share the car, and he wants to know why her November amount is so high. he knows all her details. am I ok to go through it with him?", has: ["billing", "added them as an authorised contact"] },
    { firm: 'wheelshareCar', q: "officer from Avon and Somerset on the phone, wants to know where the white Berlingo was last Friday night around 11, says it's urgent and he'll put it in an email later. ok to just tell him now?", has: ["telematics", "with a written request that Rosa has approved"] },
    { firm: 'threadneedleBespoke', q: "mr ahmed's measure card isn't in his envelope and i've looked everywhere", has: ["breach-reporting", "Tell Farah the same day"] },
    { firm: 'threadneedleBespoke', q: "the tape measure isn't in the drawer and i've looked everywhere", has: [], not: ["Reporting a data breach"] },
  ]);
});

describe("the review's over-reaches keep their answer: a refund with no harm, a surname on what the rule does not name, a debtor's wife, old price lists, a tablet on charge, a staff chat, a booking logged, a photo of shelves, another form, a recovered car, a crane, a glaze, a rota app we hold, a postman, a court number", () => {
  cases([
    { firm: 'bigtopCircus', q: "parent cancelled the summer course, I told her we'll refund the term fees, is that ok?", has: [], not: ["Accidents, injuries"] },
    { firm: 'bigtopCircus', q: "can I write the children's surnames on the costumes for the show?", has: [], not: ["Photos and videos of students"] },
    { firm: 'bouncersSoft', q: "can I write the kids' last names on their party bags?", has: [], not: ["Wristbands and admission"] },
    { firm: 'harrowDebt', q: "the debtor's wife rang wanting to know how much her husband owes and what's outstanding, can I tell her?", has: [], not: ["The client portal"] },
    { firm: 'snowpeakDry', q: "can I put the old price lists in the recycling bin, ok?", has: [], not: ["School, scout and Guide groups"] },
    { firm: 'lakesideKayak', q: "the tablet was left in the locked office overnight on charge, is that ok?", has: [], not: ["Lost kit, wrong emails"] },
    { firm: 'spinfitBike', q: "can I set up a whatsapp chat with the team to cover the junior sessions rota?", has: [], not: ["Coaching under-18s"] },
    { firm: 'blushboxBridal', q: "the bride wants a trial booked for next month, I'll log it tomorrow when I'm back", has: [], not: ["Working in hotels"] },
    { firm: 'threadneedleBespoke', q: "got some photos of the new shelves, can we put them up on our page?", has: [], not: ["Photos of clients on social media"] },
    { firm: 'saltwaveFishmongers', q: "customer asked me to fill the allergy form in for him as he forgot his glasses", has: [], not: ["The loyalty card"] },
    { firm: 'hooklineRecovery', q: "police asked where the recovered car was taken to, can I tell them?", has: [], not: ["Dashcams, trackers"] },
    { firm: 'castlefordScrap', q: "got a great shot of the new crane lifting a car, can I stick it on facebook?", has: [], not: ["CCTV and ANPR cameras"] },
    { firm: 'kilnworksPottery', q: "a customer changed her mind about the colour of the glaze she used, can we redo it?", has: [], not: ["Photos and videos of students"] },
    { firm: 'tuttiIce', q: "do we have a rota app like deputy?", has: ["RotaCloud"], not: ["can't find"] },
    { firm: 'cotswoldGliding', q: "a man from the Royal Mail Post Office phoned asking for a member's address", has: [], not: ["Accidents, incidents"] },
    { firm: 'cotswoldGliding', q: "Court (9) was booked, and the lady made me promise not to tell her husband about the flight voucher", has: [], not: ["Junior members"] },
  ]);
});

describe("the review's plain variants read: a child lost for two minutes, a wife asking what he owes, a wife on a bill, an incident report put off, a printout to bin, a card not found", () => {
  cases([
    { firm: 'bouncersSoft', q: "lost a 4 year old for about 2 minutes, mum found him by the slide, do we log it?", has: ["lost-child", "even if the child is found in a minute"] },
    { firm: 'cotswoldGliding', q: "his wife phoned asking how much he owes on his account, can I tell her?", has: ["flight-logs", "how much another member has flown or owes"] },
    { firm: 'wheelshareCar', q: "a woman rang saying she's Tom Reed's wife and wants to know why his bill is so high this month", has: ["billing", "added them as an authorised contact"] },
    { firm: 'snowpeakDry', q: "a boy hurt his wrist on the drag lift, I'll do the incident report in the morning, I'm off now", has: ["accidents-first-aid", "before the end of their shift"] },
    { firm: 'snowpeakDry', q: "can I bin the printout with the kids' names and medical stuff?", has: ["groups", "comes back to the office for shredding"] },
    { firm: 'threadneedleBespoke', q: "can't find mr ahmed's measure card, it's not in his envelope", has: ["breach-reporting", "Tell Farah the same day"] },
  ]);
});

describe("a document's notarisation asked to be confirmed by one relying on it, and a lawyer or agent asking on their word that they act for a client", () => {
  cases([
    { firm: 'harboursideNotary', q: "A bank in Madrid has emailed asking us to confirm a power of attorney from June was notarised here, they've attached a copy. Can I just reply yes?", has: ["register-of-acts", "calling them back on a published number"] },
    { firm: 'harboursideNotary', q: "a client emailed asking us to confirm his appointment is at 10 tomorrow", has: [], not: ["The register of notarial acts"] },
    { firm: 'harboursideNotary', q: "A lawyer in Lyon rang asking for an update on M. Bernard's power of attorney, says he acts for him. Nothing on the file about him", has: ["callers-and-email", "has named them in writing"] },
    { firm: 'brightwellAccountancy', q: "a mortgage broker rang asking for copies of mrs khan's accounts, says he acts for her", has: ["Who we discuss a client with"] },
  ]);
});
