import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading focus set 68 taught (the seventy-fifth round): stories from a nightstop's duty phone and hosts' homes, a men's shed and a
 * memory café. Each reading is tested on the question it was read from, on the same story told at other firms whose sentence says it, and
 * beside neighbours that must keep their answer (a phone message is no referral, a taxi booking no risk assessment, one's own mum asking
 * about work no host, a first aid kit no emergency numbers, a sticking fob no
 * lost one, an ambulance crew asking where to park no health asked, a family's news of a
 * stay in hospital no death). Each neighbour's `not` names a sentence its firm has, so that the check can fail. With the round's readings
 * taken out, all 16 of the first cases fail, and 4 of the second 23; the rest of the second (mostly stories told at other firms) are answered
 * with the same policy by the sentence index already, and guard that answer rather than a reading.
 */
const cases = devCasesOn(
  exampleFirms({
    nightstop: 'nightstop-kirklees',
    tinkers: 'tinkers-mens-shed',
    forgetmenot: 'forget-me-not-memory-cafe',
    cradlebridge: 'cradlebridge-surrogacy',
    spokesmith: 'spokesmith-ebikes',
    beatbox: 'beatbox-discos',
    alder: 'alder-osteopathy',
    bideford: 'bideford-rugby-club',
    foxbridge: 'foxbridge-steam-railway',
    bytesize: 'bytesize-coding-club',
    hartfield: 'hartfield-village-hall',
    bluebell: 'bluebell-day-centre',
    appleyard: 'appleyard-farm-shop',
    kneadwell: 'kneadwell-sports-massage',
    morrow: 'morrow-mortgages',
    brookside: 'brookside-care-home',
    harbourlight: 'harbourlight-fostering',
    vendright: 'vendright-vending',
    linden: 'linden-interiors',
    pirouette: 'pirouette-dance-academy',
    ledgerlight: 'ledgerlight-bookkeeping',
    copperbeech: 'copperbeech-fitness',
    hopscotch: 'hopscotch-childminding',
    cedarwood: 'cedarwood-hospice-at-home',
    fellside: 'fellside-mountain-rescue',
    rollerdome: 'rollerdome-stockport',
    skyline: 'skyline-air-ambulance',
  }),
);

describe('the stories of focus set 68', () => {
  cases([
    { firm: 'nightstop', q: "took one over the phone at 2am on the duty mobile, lad sounded ok and hes with a host now. can i log him on the system monday when im back in", has: ["referrals", "including phone referrals"] },
    { firm: 'nightstop', q: "host messaged asking if i can just forward her the RA for the lad coming tonight so she can have a proper read before he arrives", has: ["risk-assessments", "or send them to a host"] },
    { firm: 'nightstop', q: "host wants to know what went on at home with the girl she's having tonight, why she got chucked out etc, says she wants to be prepared. what can i tell her", has: ["telling-hosts", "reasons for being homeless"] },
    { firm: 'nightstop', q: "one of our hosts' son has just turned 18 and moved back in, nobody's checked him. we've got a yp due there friday", has: ["host-visits-and-dbs", "Every adult in the host's household"] },
    { firm: 'nightstop', q: "texted tonights arrangements to jo instead of joanne last night (both hosts). only noticed this morning, ive deleted it off the phone already so thats sorted right?", has: ["breaches-lost-devices", "Do not delete anything"] },
    { firm: 'tinkers', q: "ron's wife has gone into a home so she cant be his next of kin any more. he's given me his son's number on a fag packet", has: ["member-records", "tell Trevor and he updates membermojo"] },
    { firm: 'tinkers', q: "i'm leading tuesday for the first time, where do i find people's numbers if someone takes a funny turn", has: ["member-records", "in the red folder in the locked office"] },
    { firm: 'tinkers', q: "the thing on my keyring that opens the workshop has gone, think i dropped it in tesco car park", has: ["breaches-and-lost-devices", "Gary blocks a lost fob in Salto KS"] },
    { firm: 'tinkers', q: "999 crew here asking if john has any conditions, hes out of it. can i tell them whats in his notes", has: ["inductions-and-accidents", "to the paramedics, and to nobody else"] },
    { firm: 'tinkers', q: "couple of the lads keep asking me why the new fella got sent by the doctor. what do i say", has: ["social-prescribing", "reason for referral with other members"] },
    { firm: 'forgetmenot', q: "can't find this week's sheet from wellhope, think it blew away in the car park when i was loading up", has: ["sign-in-sheets", "tell Helen Mortimer the same day"] },
    { firm: 'forgetmenot', q: "a neighbour of one of our ladies came in asking how she's doing since her fall, seemed genuinely worried about her", has: ["phone-calls-and-carers", "Only talk about a person's health or care"] },
    { firm: 'forgetmenot', q: "the memory clinic nurse sent a new referral to my hotmail by mistake, what do i do with it", has: ["referrals", "forward or hand it to Helen"] },
    { firm: 'forgetmenot', q: "i keep my regulars' addresses written in a notebook in the glovebox so i don't have to scroll back through texts every week", has: ["lifts", "delete the text after the lift"] },
    { firm: 'forgetmenot', q: "gerald can't really say yes or no to having his picture taken any more, his wife's here with him today", has: ["photos-and-reminiscence", "their attorney or carer must have signed"] },
    { firm: 'forgetmenot', q: "doris's son rang this morning to say she passed away on sunday", has: ["keeping-records", "close their record in Charitylog"] },
  ]);
});

describe('the same stories told again, here and at other firms whose sentence says it', () => {
  cases([
    { firm: 'nightstop', q: "had a referral come in on the duty phone at midnight, fine to put it on lamplight tomorrow?", has: ["referrals", "including phone referrals"] },
    { firm: 'nightstop', q: "the host asked me to email her the risk assessment for tonight's young person", has: ["risk-assessments", "or send them to a host"] },
    { firm: 'nightstop', q: "host's partner has moved in with her last month and hasn't been dbs checked yet, we've got a placement booked tomorrow", has: ["host-visits-and-dbs", "Every adult in the host's household"] },
    { firm: 'cradlebridge', q: "intended parents keep asking me what happened with the donor's family, her history and background. what can i tell them", has: ["egg-donation", "Never pass a donor's medical history"] },
    { firm: 'spokesmith', q: "a woman on the phone wants to know his hire history, what happened on his last ride", has: ["third-party-requests", "hire history"] },
    { firm: 'beatbox', q: "sent the booking confirmation to the wrong bride instead of the right one, but i've deleted it now, all good?", has: ["breach-reporting", "Do not delete anything"] },
    { firm: 'alder', q: "emailed a patient's letter to the wrong patient by mistake, i've deleted it from sent items so thats fine?", has: ["breach-reporting", "Do not delete anything"] },
    { firm: 'tinkers', q: "dave says his next of kin has changed, it's his brother now", has: ["member-records", "tell Trevor and he updates membermojo"] },
    { firm: 'bideford', q: "coaching the under 10s on saturday, where do i find the kids' emergency numbers", has: ["medical-and-emergency-info", "sealed medical and emergency contact sheet"] },
    { firm: 'foxbridge', q: "first turn as guard tomorrow, where do i find the emergency contact numbers for the crew", has: ["volunteer-details", "emergency contact sheet is printed"] },
    { firm: 'bytesize', q: "the little thing on my keyring for the studio door has gone missing", has: ["keys-and-studio", "If a fob or key is lost"] },
    { firm: 'hartfield', q: "ambulance crew asking what meds mrs jones is on, can i tell them what's in the health notes?", has: ["lunch-club-health", "you may tell the paramedics"] },
    { firm: 'bluebell', q: "paramedics here asking about betty's medication and allergies, what can i give them", has: ["next-of-kin", "give the paramedics the member's summary"] },
    { firm: 'tinkers', q: "one of the regulars asked me why dave was referred here, what do i tell him", has: ["social-prescribing", "reason for referral with other members"] },
    { firm: 'appleyard', q: "can't find today's run sheet, think i left it at the last drop", has: ["delivery-round", "If a run sheet is lost"] },
    { firm: 'appleyard', q: "the run sheet for friday has gone missing from the van", has: ["delivery-round", "If a run sheet is lost"] },
    { firm: 'forgetmenot', q: "gp surgery emailed a referral to my gmail instead of the referrals mailbox", has: ["referrals", "forward or hand it to Helen"] },
    { firm: 'kneadwell', q: "i jot my clients' details in a notebook so i remember what we worked on", has: ["client-records", "never in a notebook"] },
    { firm: 'morrow', q: "i've been writing clients' health details in my own notebook during fact finds", has: ["health-details", "your own notebook"] },
    { firm: 'brookside', q: "mr ahmed can't really consent to photos any more, his daughter says it's fine for the newsletter", has: ["photos-and-consent", "their health and welfare attorney signs"] },
    { firm: 'forgetmenot', q: "mr brown's daughter emailed to tell us he died last week", has: ["keeping-records", "close their record in Charitylog"] },
    { firm: 'brookside', q: "a friend of mrs hill's came in asking how she's doing after her operation", has: ["talking-to-families", "Only talk about a resident's health or care"] },
    { firm: 'bluebell', q: "neighbour of one of our members popped in asking how he's doing since his stroke", has: ["next-of-kin", "Only talk about a member's health"] },
  ]);
});

describe('neighbours that keep their answer', () => {
  cases([
    { firm: 'nightstop', q: "i took a phone message for bernadette at 2am, can i pass it on monday when im back in", has: [], not: ["including phone referrals"] },
    { firm: 'nightstop', q: "host asked me to email her the taxi booking for tonight", has: ["taxis"], not: ["send them to a host"] },
    { firm: 'nightstop', q: "my mum asked what happened at work today, can i tell her", has: [], not: ["reasons for being homeless"] },
    { firm: 'beatbox', q: "i deleted the old bookings spreadsheet from my laptop after copying it to the drive, fine?", has: ["backups"], not: ["Do not delete anything"] },
    { firm: 'tinkers', q: "where do i find the first aid kit", has: [], not: ["in the red folder in the locked office"] },
    { firm: 'tinkers', q: "the thing on my keyring that opens the workshop is sticking, who do i ask", has: [], not: ["Gary blocks a lost fob in Salto KS"] },
    { firm: 'tinkers', q: "the ambulance crew asked where to park", has: [], not: ["to the paramedics, and to nobody else"] },
    { firm: 'tinkers', q: "the lads are asking why the shed is closed on friday", has: [], not: ["reason for referral with other members"] },
    { firm: 'forgetmenot', q: "a carer emailed the café's outlook address with her new phone number", has: [], not: ["forward or hand it to Helen"] },
    { firm: 'forgetmenot', q: "gerald doesn't want his photo taken today", has: [], not: ["their attorney or carer must have signed"] },
    { firm: 'forgetmenot', q: "doris's son rang this morning to say she's in hospital", has: [], not: ["close their record in Charitylog"] },
  ]);
});

// An independent review asked the readings' stories in other words and their neighbours at development firms: the variants it found
// missed are read here (7 of these 13 fail without the round's readings), and the neighbours it found over-read are kept as tests of
// the narrowed readings (they pass with the readings and without them).
describe('variants the review found, read', () => {
  cases([
    { firm: 'nightstop', q: "got a referral by phone from the youth worker, i'll type it up later is that ok", has: ["referrals", "including phone referrals"] },
    { firm: 'nightstop', q: "youth worker rang the duty phone with a referral at 11pm, do i have to log it tonight or can it wait till morning", has: ["referrals", "including phone referrals"] },
    { firm: 'nightstop', q: "Can I email the host a copy of the Risk Assessment so she knows what to expect", has: ["risk-assessments", "or send them to a host"] },
    { firm: 'nightstop', q: "host's new boyfriend has moved in with her and he hasn't had a DBS yet, we've a young person going there saturday", has: ["host-visits-and-dbs", "Every adult in the host's household"] },
    { firm: 'nightstop', q: "the host's husband's brother is staying for a month, not dbs checked", has: ["host-visits-and-dbs", "Every adult in the host's household"] },
    { firm: 'harbourlight', q: "foster carer's son turned 18 and moved back home, he's not been checked", has: ["assessment-checks", "every household member aged 18 or over"] },
    { firm: 'tinkers', q: "pete's next of kin has a new phone number now, he told me at the bench", has: ["member-records", "tell Trevor and he updates membermojo"] },
    { firm: 'tinkers', q: "bob wants to change his emergency contact to his daughter", has: ["member-records", "tell Trevor and he updates membermojo"] },
    { firm: 'forgetmenot', q: "i keep a list of passengers' addresses in the car for lifts", has: ["lifts", "never keep a list in the car"] },
    { firm: 'brookside', q: "paramedics want to know what medication mrs lee is on", has: ["health-professionals", "can be told what they need"] },
    { firm: 'brookside', q: "the ambulance crew want to know if stan is on blood thinners", has: ["health-professionals", "can be told what they need"] },
    { firm: 'vendright', q: "the thing on my keyring that opens the machines at the leisure centre is missing", has: ["site-keys", "If a key or fob is lost"] },
    { firm: 'linden', q: "i can't find the client's key for the job on elm road", has: ["client-keys", "If a key goes missing"] },
  ]);
});

describe('neighbours the review found over-read, kept', () => {
  cases([
    { firm: 'tinkers', q: "where can i find the phone numbers for the timber merchants", has: [], not: ["in the red folder in the locked office"] },
    { firm: 'tinkers', q: "where do i find the serial numbers for the lathes", has: [], not: ["in the red folder in the locked office"] },
    { firm: 'tinkers', q: "where do i find the customers' numbers for the bench repairs", has: [], not: ["in the red folder in the locked office"] },
    { firm: 'bideford', q: "where do i find the parents' numbers for the under 12s", has: [], not: ["sealed medical and emergency contact sheet"] },
    { firm: 'bideford', q: "where can i find the kids' numbers for the shirts", has: [], not: ["sealed medical and emergency contact sheet"] },
    { firm: 'pirouette', q: "where can i find the candidate numbers for the ballet exam", has: [], not: ["prints a medical and emergency contact sheet"] },
    { firm: 'tinkers', q: "couple of the members asking why dave got sent home after the incident with the lathe", has: [], not: ["reason for referral with other members"] },
    { firm: 'tinkers', q: "a couple of members asking why keith got sent on the first aid course", has: [], not: ["reason for referral with other members"] },
    { firm: 'tinkers', q: "the lads were wondering why the timber order got sent back", has: [], not: ["reason for referral with other members"] },
    { firm: 'forgetmenot', q: "a carer sent a thank you card to my home address, is that ok", has: [], not: ["forward or hand it to Helen"] },
    { firm: 'forgetmenot', q: "my DBS certificate was sent to my home address", has: [], not: ["forward or hand it to Helen"] },
    { firm: 'forgetmenot', q: "june's husband phoned to say his brother died so they won't come this month", has: [], not: ["close their record in Charitylog"] },
    { firm: 'forgetmenot', q: "a carer texted me that her dog had died so she's missing the café", has: [], not: ["close their record in Charitylog"] },
    { firm: 'forgetmenot', q: "can't find the song sheet for the singalong", has: [], not: ["If a sheet goes missing"] },
    { firm: 'forgetmenot', q: "i've lost the raffle sheet", has: [], not: ["If a sheet goes missing"] },
    { firm: 'forgetmenot', q: "lost the sheet of name stickers for the badges", has: [], not: ["If a sheet goes missing"] },
    { firm: 'ledgerlight', q: "i keep the clients' phone numbers in a diary on my desk", has: [], not: ["never in the browser, a notebook or a spreadsheet"] },
    { firm: 'copperbeech', q: "a customer emailed me their passport instead of their driving licence, can i delete it", has: [], not: ["delete anything or try to put it right yourself"] },
  ]);
});

// The review found someone asked after by name ("how june is doing since her fall") missed wherever a pronoun was not used: one asking
// after another's health is read by the name too, and a sentence that says "never talk about" one's health in front of others rules. All six
// stories fail without it; the neighbours pass both ways.
describe('health asked after by name', () => {
  cases([
    { firm: 'forgetmenot', q: "a volunteer asked me how june is doing since her fall", has: ["phone-calls-and-carers", "Only talk about a person's health or care"] },
    { firm: 'forgetmenot', q: "another attendee wanted to know how bill is getting on after his stroke", has: ["phone-calls-and-carers", "Only talk about a person's health or care"] },
    { firm: 'bluebell', q: "a member asked how edna is doing after her operation", has: ["next-of-kin", "Only talk about a member's health"] },
    { firm: 'tinkers', q: "another member asked how george is doing since he went into hospital", has: ["social-prescribing", "Never discuss a member's health"] },
    { firm: 'hopscotch', q: "another parent asked how lily is after her hospital stay", has: ["allergies-and-medicines", "never talk about one child's health"] },
    { firm: 'brookside', q: "a resident's friend asked how mary is getting on since the fall", has: ["talking-to-families", "Only talk about a resident's health or care"] },
    // Neighbours: a minibus after its service, a raffle's takings.
    { firm: 'bluebell', q: "someone asked how the new minibus is doing after its service", has: [], not: ["Only talk about a member's health"] },
    { firm: 'tinkers', q: "the lads asked how the raffle is doing, we had a fall in sales", has: [], not: ["reason for referral with other members"] },
  ]);
});

// A second review, on the narrowed readings and the name read in a health asked after, found these over-read: each reading was narrowed
// again (a name asked after with "since her fall", not "how trade is doing since…"; not asked by a nurse, nor after our own cook; a fob that
// opens a place of work; a person sent by a doctor, not timber by the council; a referral "had", not "one" had on the phone; a young
// person's risk assessment, not the office's; "can't decide which"; a kind of list of its own), and they are kept here.
describe('neighbours the second review found over-read, kept', () => {
  cases([
    { firm: 'bluebell', q: "a member asked how trade is doing at the cafe since the hospital car park closed", has: [], not: ["Only talk about a member's health"] },
    { firm: 'bluebell', q: "a member asked how bingo is doing since the hospital volunteers stopped coming", has: [], not: ["Only talk about a member's health"] },
    { firm: 'brookside', q: "a visitor asked how recruitment is doing since two carers went off ill", has: [], not: ["Only talk about a resident's health or care"] },
    { firm: 'bluebell', q: "a volunteer asked how sue is doing since her operation, sue is our cook", has: [], not: ["Only talk about a member's health"] },
    { firm: 'brookside', q: "the district nurse asked how edna is doing since her fall, can i tell her", has: [], not: ["Only talk about a resident's health or care"] },
    { firm: 'tinkers', q: "the thing on my keyring that beeps for the car has gone", has: [], not: ["Gary blocks a lost fob in Salto KS"] },
    { firm: 'tinkers', q: "someone asked why the timber was sent by the council", has: [], not: ["reason for referral with other members"] },
    { firm: 'nightstop', q: "had one on the phone last night, a host wanting to change her dates, can i log it monday", has: [], not: ["including phone referrals"] },
    { firm: 'nightstop', q: "can i email the host the risk assessment training slides", has: [], not: ["or send them to a host"] },
    { firm: 'nightstop', q: "i need to send the risk assessment for the office fire safety to the landlord", has: [], not: ["or send them to a host"] },
    { firm: 'cedarwood', q: "we can't decide which photo of the garden party to put in the newsletter", has: [], not: ["If the patient can no longer decide"] },
    { firm: 'brookside', q: "residents can't decide which video to watch, can we film the vote", has: [], not: ["where a resident cannot decide, their health and welfare attorney signs"] },
    { firm: 'appleyard', q: "lost the sheet music for the christmas carol evening", has: [], not: ["If a run sheet is lost"] },
    // The team's numbers kept in a notebook: the sentence on a separate notebook, not the one on donor lists.
    { firm: 'fellside', q: "i keep a list of the team's phone numbers in my notebook for callouts", has: ["callout-information", "do not keep a separate notebook or spreadsheet"] },
  ]);
});

// The ranker's policy where the one word of substance met is the name of an entry the story names: refused unless the ranker is sure at
// 0.99 (read-in-round-65's venue asking who sits at table 3 is the refusal), and accepted where it is, as for these two, whose policies
// name the system the story does (ClubRight, Raiser's Edge).
describe('a ranked policy met by the name of an entry the story names, where the ranker is sure', () => {
  cases([
    { firm: 'rollerdome', q: "guy messaged the facebook page asking 'what info have u got on me', he's a member. do i just screenshot his clubright page and send it him", has: ["subject-access"] },
    { firm: 'skyline', q: "megan wants to send the xmas appeal email to all 9000 lottery players as well as the usual list, since they already support us anyway. can i pull them out of RE for her", has: ["fundraising-consent"] },
  ]);
});
