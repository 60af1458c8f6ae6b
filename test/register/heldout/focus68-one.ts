// Focus set 68 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-fourth round by a writer who read only the README, the case format and three firms' files (nightstop-kirklees, tinkers-mens-shed, forget-me-not-memory-cafe), the firms written by helpers from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script), scored as counts only in the seventy-fourth round, read in the seventy-fifth.
import type { ReferenceCase } from './types.ts';

const NIGHTSTOP = 'nightstop-kirklees';
const TINKERS = 'tinkers-mens-shed';
const FORGETMENOT = 'forget-me-not-memory-cafe';

export const FOCUS68_ONE: ReferenceCase[] = [
  // ── Nightstop Kirklees: situations ──
  { ws: NIGHTSTOP, kind: 'situation', q: "youth worker from the college has just sent me a referral to my normal outlook, full name dob the lot. do i just crack on with it", has: ['referrals', 'ask the referrer to resend it'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "took one over the phone at 2am on the duty mobile, lad sounded ok and hes with a host now. can i log him on the system monday when im back in", has: ['referrals', 'including phone referrals'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "housing officer wants us to take a 16 yr old tonight, she got kicked out after a row with her stepdad. anyone we need to tell first?", has: ['referrals', "check that Children's Services know"] },
  { ws: NIGHTSTOP, kind: 'situation', q: "host messaged asking if i can just forward her the RA for the lad coming tonight so she can have a proper read before he arrives", has: ['risk-assessments', 'or send them to a host'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "yp at the office door wanting to see what we've got written about her, shes a bit wound up about it. am i even allowed to let her see it", has: ['risk-assessments', 'it is their information'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "just realised theres nothing done on the system about risks for the girl going to a host tonight, referrer swears shes fine. ok to go ahead and sort it tomorrow?", has: ['risk-assessments', 'before their first night'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "host wants to know what went on at home with the girl she's having tonight, why she got chucked out etc, says she wants to be prepared. what can i tell her", has: ['telling-hosts', 'reasons for being homeless'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "lad wont go unless i tell him the hosts full name and where she lives, he wants to google her first", has: ['telling-hosts', "Young people are told only the host's"] },
  { ws: NIGHTSTOP, kind: 'situation', q: "at host training last night one of the hosts showed me she's still got every message we've ever sent her about guests on her phone, going back months", has: ['telling-hosts', 'Ask hosts to delete our texts'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "work mobile died on shift so i rang the host off my own phone to confirm the arrival time. is that a problem?", has: ['duty-phone', 'never your own phone'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "nights on call are dead long, can i download a couple of games on the on call mobile to pass the time", has: ['duty-phone', 'Do not install other apps'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "left the on-call mobile in the back of a cab about 1am, rang the firm and the driver's not picking up. what now", has: ['duty-phone', 'so Pennine Tech can wipe it'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "just swapped over with sana this morning and the phone has about 3 weeks of messages still on it. do i bin the old ones?", has: ['duty-phone', 'call notes older than 7 days'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "did a home visit out at marsden this arvo, notes are on paper in my glovebox. fine to type them up tomorrow?", has: ['host-visits-and-dbs', 'do not leave paper notes'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "one of our hosts' son has just turned 18 and moved back in, nobody's checked him. we've got a yp due there friday", has: ['host-visits-and-dbs', "Every adult in the host's household"] },
  { ws: NIGHTSTOP, kind: 'situation', q: "new host handed me her disclosure cert at the visit, shall i snap a pic of it for her file", has: ['host-visits-and-dbs', 'never photocopy or photograph a DBS'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "driver asked the lad why he's going to some random house in lindley at 10pm, lad's texted me asking what to say", has: ['taxis', 'say it is a charity booking'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "booking a cab for tonight and the controller wants the girl's mobile number in case the driver can't find her", has: ['taxis', "the young person's phone number"] },
  { ws: NIGHTSTOP, kind: 'situation', q: "texted tonights arrangements to jo instead of joanne last night (both hosts). only noticed this morning, ive deleted it off the phone already so thats sorted right?", has: ['breaches-lost-devices', 'Do not delete anything'] },
  { ws: NIGHTSTOP, kind: 'situation', q: "police rang asking if a lad called jordan stayed with one of our hosts last week, said it was urgent but wouldnt say why", has: ['requests-for-information', 'must send a written data protection request'] },

  // ── Nightstop Kirklees: new tools ──
  { ws: NIGHTSTOP, kind: 'new-tool', q: "can we use signal for the host broadcast instead? apparently its more private", has: ['Bernadette Holroyd'] },
  { ws: NIGHTSTOP, kind: 'new-tool', q: "thinking of doing the host enquiry form on jotform, way easier to fill in on a phone", has: ['Bernadette Holroyd'] },
  { ws: NIGHTSTOP, kind: 'new-tool', q: "is it ok to send hosts a calendly link so they can book their own home visit slots", has: ['Bernadette Holroyd'] },
  { ws: NIGHTSTOP, kind: 'new-tool', q: "anyone mind if i run my case notes through chatgpt to tidy the spelling before they go on the system", has: ['Bernadette Holroyd'] },
  { ws: NIGHTSTOP, kind: 'new-tool', q: "can i share the host training slides and the sign up sheet through dropbox", has: ['Bernadette Holroyd'] },

  // ── Nightstop Kirklees: off-topic ──
  { ws: NIGHTSTOP, kind: 'off-topic', q: "anyone know if the council tip at vine street is open on bank holiday monday", has: [], not: ['Kirklees Council Housing Solutions', 'Kirklees safeguarding teams'] },
  { ws: NIGHTSTOP, kind: 'off-topic', q: "whats the theme for the sleep out fundraiser in march, fancy dress or not?", has: [], not: ['Nightstop UK', 'Xero'] },
  { ws: NIGHTSTOP, kind: 'off-topic', q: "is the christmas do at the office or the pub this year", has: [], not: ['Microsoft 365', 'Better Impact'] },
  { ws: NIGHTSTOP, kind: 'off-topic', q: "whose turn is it to get milk in, fridge is empty again", has: [], not: ['Xero', 'Pennine Tech Support'] },
  { ws: NIGHTSTOP, kind: 'off-topic', q: "what time's the last train back to leeds on a sunday", has: [], not: ['Holme Valley Private Hire', 'Vodafone Business'] },

  // ── Tinkers Men's Shed: situations ──
  { ws: TINKERS, kind: 'situation', q: "new chap filled his form in at the bench this morning, what happens to the paper copy now", has: ['member-records', 'scanned to the shed laptop'] },
  { ws: TINKERS, kind: 'situation', q: "dave says he's on warfarin now, shall i jot it on the sign off sheet for the machines so the lads know to watch him", has: ['member-records', 'email or the induction sheet'] },
  { ws: TINKERS, kind: 'situation', q: "ron's wife has gone into a home so she cant be his next of kin any more. he's given me his son's number on a fag packet", has: ['member-records', 'tell Trevor and he updates membermojo'] },
  { ws: TINKERS, kind: 'situation', q: "i'm leading tuesday for the first time, where do i find people's numbers if someone takes a funny turn", has: ['member-records', 'in the red folder in the locked office'] },
  { ws: TINKERS, kind: 'situation', q: "emailed the open day list with everyone's addresses on to the wrong bloke. he's a mate, i'll just ask him to bin it", has: ['breaches-and-lost-devices', 'Do not try to fix it quietly'] },
  { ws: TINKERS, kind: 'situation', q: "the thing on my keyring that opens the workshop has gone, think i dropped it in tesco car park", has: ['breaches-and-lost-devices', 'Gary blocks a lost fob in Salto KS'] },
  { ws: TINKERS, kind: 'situation', q: "bloke who joined last week wants a go on the lathe, says he's been turning for 40 years. gary's not in today", has: ['inductions-and-accidents', 'another inductor has signed them off'] },
  { ws: TINKERS, kind: 'situation', q: "just signed mick off on the bandsaw, do i need to record that anywhere", has: ['inductions-and-accidents', 'the inductor adds it to the induction sheet'] },
  { ws: TINKERS, kind: 'situation', q: "chuck key flew out the pillar drill and missed pete by an inch, nobody hurt. do i bother writing it up", has: ['inductions-and-accidents', 'goes in the accident book in the office'] },
  { ws: TINKERS, kind: 'situation', q: "999 crew here asking if john has any conditions, hes out of it. can i tell them whats in his notes", has: ['inductions-and-accidents', 'to the paramedics, and to nobody else'] },
  { ws: TINKERS, kind: 'situation', q: "lady popped in wanting a bird table made, i've wrote her name and number on the back of a bit of sandpaper for stuart", has: ['commissions', 'put it in the commissions log'] },
  { ws: TINKERS, kind: 'situation', q: "woman who had the gate repaired still hasnt collected, ok if i give her a bell off my mobile?", has: ['commissions', 'never from a personal mobile'] },
  { ws: TINKERS, kind: 'situation', q: "fella wants to pay for his bench over the phone, reading his card out to me. shall i write it down and put it through later", has: ['commissions', 'never write down a card number'] },
  { ws: TINKERS, kind: 'situation', q: "community transport want the medical details of everyone coming to st ives thursday in case something happens on the bus", has: ['minibus-outings', 'nothing more about the passengers'] },
  { ws: TINKERS, kind: 'situation', q: "back from the eden trip, still got the sealed envelope in the glovebox, never opened it. just bin it?", has: ['minibus-outings', 'hands it back to Phil unopened'] },
  { ws: TINKERS, kind: 'situation', q: "took a cracking pic of the finished bench outside mrs p's, you can see the number on her door. ok to put up on fb?", has: ['photos-social-media', "never show a customer's house number"] },
  { ws: TINKERS, kind: 'situation', q: "one of the lads wants the pic of him from the open day taken off the page, he's not happy about it", has: ['photos-social-media', 'Keith removes it within 2 days'] },
  { ws: TINKERS, kind: 'situation', q: "gonna add all this month's new joiners to the group chat so they get the news, saves me texting each one", has: ['messaging-and-new-apps', 'without asking them first'] },
  { ws: TINKERS, kind: 'situation', q: "couple of the lads keep asking me why the new fella got sent by the doctor. what do i say", has: ['social-prescribing', 'reason for referral with other members'] },
  { ws: TINKERS, kind: 'situation', q: "his daughter rang asking for old bill's address, says they lost touch years back and she wants to see him", has: ['subject-access', 'offer to pass a message on instead'] },

  // ── Tinkers Men's Shed: new tools ──
  { ws: TINKERS, kind: 'new-tool', q: "can we do the open day sign ups through eventbrite this year", has: ['Keith Bolitho'] },
  { ws: TINKERS, kind: 'new-tool', q: "stuart reckons we should take paypal for commissions too, some of the customers asked", has: ['Keith Bolitho'] },
  { ws: TINKERS, kind: 'new-tool', q: "thinking of putting the machine sign offs on a notion page, easier to search than the sheet", has: ['Keith Bolitho'] },
  { ws: TINKERS, kind: 'new-tool', q: "anyone used square? cheaper fees than sumup apparently, fancy switching", has: ['Keith Bolitho'] },
  { ws: TINKERS, kind: 'new-tool', q: "can i set up a doodle poll with everyone's emails for the christmas meal date", has: ['Keith Bolitho'] },

  // ── Tinkers Men's Shed: off-topic ──
  { ws: TINKERS, kind: 'off-topic', q: "anyone know where the 6mm drill bits went, the box is empty again", has: [], not: ['Ansvar Insurance', 'Salto KS'] },
  { ws: TINKERS, kind: 'off-topic', q: "whats the forecast for saturday, thinking of doing the bench varnishing outside", has: [], not: ['Facebook page', 'SumUp'] },
  { ws: TINKERS, kind: 'off-topic', q: "who's bringing the pasties for the christmas do", has: [], not: ['Xero', 'WhatsApp'] },
  { ws: TINKERS, kind: 'off-topic', q: "how much do we charge for a bird box these days", has: [], not: ['SumUp', 'Xero'] },
  { ws: TINKERS, kind: 'off-topic', q: "kettle's packed up again, anyone know a decent one that'll last", has: [], not: ['Backblaze', 'Google Workspace for Nonprofits'] },

  // ── Forget-Me-Not Memory Café: situations ──
  { ws: FORGETMENOT, kind: 'situation', q: "one of the wives wants to leave her mobile on the list at the door so we can ring her if her husband gets upset", has: ['sign-in-sheets', "carers' phone numbers are never written"] },
  { ws: FORGETMENOT, kind: 'situation', q: "packing up at ashbrook, i'll leave the attendance clipboard by the urn for margaret to grab later", has: ['sign-in-sheets', 'it is never left on the tea table'] },
  { ws: FORGETMENOT, kind: 'situation', q: "can't find this week's sheet from wellhope, think it blew away in the car park when i was loading up", has: ['sign-in-sheets', 'tell Helen Mortimer the same day'] },
  { ws: FORGETMENOT, kind: 'situation', q: "woman rang the café mobile asking if her brother comes to kingsley on tuesdays, says she hasn't seen him in years", has: ['phone-calls-and-carers', 'do not confirm or give anything'] },
  { ws: FORGETMENOT, kind: 'situation', q: "rang a carer back and got the answerphone, what should i say in the message", has: ['phone-calls-and-carers', 'say only your first name'] },
  { ws: FORGETMENOT, kind: 'situation', q: "i've saved all my regulars' husbands and daughters in my phone so i can text them if we cancel. that alright?", has: ['phone-calls-and-carers', 'kept only in Charitylog'] },
  { ws: FORGETMENOT, kind: 'situation', q: "a neighbour of one of our ladies came in asking how she's doing since her fall, seemed genuinely worried about her", has: ['phone-calls-and-carers', "Only talk about a person's health or care"] },
  { ws: FORGETMENOT, kind: 'situation', q: "the memory clinic nurse sent a new referral to my hotmail by mistake, what do i do with it", has: ['referrals', 'forward or hand it to Helen'] },
  { ws: FORGETMENOT, kind: 'situation', q: "can i get a paper copy of the referral for the new gent starting at wellhope, so i know his background before he comes", has: ['referrals', 'Referrals are never printed for café leads'] },
  { ws: FORGETMENOT, kind: 'situation', q: "gp surgery emailed asking how mr davies is settling in with us", has: ['referrals', 'only if consent is recorded'] },
  { ws: FORGETMENOT, kind: 'situation', q: "picking mrs jones up tomorrow, can tom just whatsapp me the code for the box by her door in case she doesnt hear me knock", has: ['lifts', 'Tom reads it out on the phone'] },
  { ws: FORGETMENOT, kind: 'situation', q: "at betty's for the pick up, no answer, curtains still shut and the back door's unlocked. should i pop in and check on her?", has: ['lifts', 'do not go in'] },
  { ws: FORGETMENOT, kind: 'situation', q: "i keep my regulars' addresses written in a notebook in the glovebox so i don't have to scroll back through texts every week", has: ['lifts', 'delete the text after the lift'] },
  { ws: FORGETMENOT, kind: 'situation', q: "lovely singalong today, can i grab a quick video on my phone for the page", has: ['photos-and-reminiscence', 'Use the café tablets'] },
  { ws: FORGETMENOT, kind: 'situation', q: "a daughter brought in her mum's old wedding pictures for the memories session, can i scan them so we can use them again next month", has: ['photos-and-reminiscence', 'go home with the family the same day'] },
  { ws: FORGETMENOT, kind: 'situation', q: "gerald can't really say yes or no to having his picture taken any more, his wife's here with him today", has: ['photos-and-reminiscence', 'their attorney or carer must have signed'] },
  { ws: FORGETMENOT, kind: 'situation', q: "sent the carers' update with everyone's emails showing in the To line, it's saturday so helen's off. can it wait till monday?", has: ['breaches-and-lost-devices', 'by phone if it is the weekend'] },
  { ws: FORGETMENOT, kind: 'situation', q: "a carer emailed saying please stop sending her the monthly thing", has: ['newsletter', 'Anyone who asks to stop receiving it'] },
  { ws: FORGETMENOT, kind: 'situation', q: "doris's son rang this morning to say she passed away on sunday", has: ['keeping-records', 'close their record in Charitylog'] },
  { ws: FORGETMENOT, kind: 'situation', q: "worried about bob today, bruise on his arm and he flinched when his son came to collect him. shall i ask in the volunteers group if anyone else noticed", has: ['messaging-and-new-tools', 'to Ruth Bevan by phone the same day'] },

  // ── Forget-Me-Not Memory Café: new tools ──
  { ws: FORGETMENOT, kind: 'new-tool', q: "could we use signup genius for the volunteer rota, my last charity had it", has: ['Helen Mortimer'] },
  { ws: FORGETMENOT, kind: 'new-tool', q: "i want to make a google form so carers can book lifts themselves", has: ['Helen Mortimer'] },
  { ws: FORGETMENOT, kind: 'new-tool', q: "jean reckons canva would make the newsletter look much nicer, can we get it and upload the photos", has: ['Helen Mortimer'] },
  { ws: FORGETMENOT, kind: 'new-tool', q: "is it ok if i run the carers' chat group on zoom over the winter", has: ['Helen Mortimer'] },
  { ws: FORGETMENOT, kind: 'new-tool', q: "can we set up a justgiving page for the sponsored walk instead", has: ['Helen Mortimer'] },

  // ── Forget-Me-Not Memory Café: off-topic ──
  { ws: FORGETMENOT, kind: 'off-topic', q: "who's sorting the raffle prizes for the summer fete", has: [], not: ['CAF Donate', 'Sage Accounting'] },
  { ws: FORGETMENOT, kind: 'off-topic', q: "does anyone know if wellhope village hall has a hearing loop", has: [], not: ['Charitylog', 'Microsoft 365 for Nonprofits'] },
  { ws: FORGETMENOT, kind: 'off-topic', q: "what songs went down well at the singalong last week? want to do a few again", has: [], not: ['Facebook page', 'Mailchimp'] },
  { ws: FORGETMENOT, kind: 'off-topic', q: "is the heating at kingsley hall on a timer or do we need to get there early", has: [], not: ['Redbrook IT', 'Charitylog'] },
  { ws: FORGETMENOT, kind: 'off-topic', q: "what biscuits shall i get for thursday, the custard creams went in ten minutes", has: [], not: ['Sage Accounting', 'Marches Secure Shredding'] },
];
