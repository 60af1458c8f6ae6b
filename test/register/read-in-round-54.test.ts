import { describe, expect, it } from 'vitest';
import { carriesDetails } from '../../src/register/lost-things.ts';
import { retold } from '../../src/register/retellings.ts';
import { sentToWrongPerson } from '../../src/register/situations/breaches.ts';
import { bodyClaimedAnswer, claimedCallerAnswer } from '../../src/register/situations/callers.ts';
import { newTreatmentToldAnswer, tippingOffAnswer, visitorFilmingAnswer } from '../../src/register/situations/clients-own.ts';
import { crewLeavingVehicleAnswer, formsNotInAnswer } from '../../src/register/situations/daily-work.ts';
import { unnamedToolAnswer } from '../../src/register/situations/unnamed-tool.ts';
import { capacityDoubtedAnswer } from '../../src/register/situations/welfare.ts';
import { withContractions } from '../../src/register/text.ts';
import { contextOf, devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 106 and focus set 13 (written blind, read in the fifty-fourth round): what their misses taught, each beside a neighbour
// that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    vegbox: 'furrowfield-veg-box',
    boxing: 'ironside-boxing-club',
    health: 'steelcity-occupational-health',
    advice: 'tawe-money-advice',
    accounts: 'brightwell-accountancy',
    hair: 'curlbox-mobile-hair',
    bikes: 'tidemill-bike-hire',
    glazing: 'paneworks-glazing',
    studios: 'boomline-studios',
    clinic: 'meridian-travel-clinic',
    tanning: 'sunbeam-tanning-studio',
    shredders: 'ravenhill-shredding',
    befrienders: 'broadland-befrienders',
    vintage: 'second-stitch-vintage',
    phlebotomy: 'veinway-phlebotomy',
    conveyancers: 'quillby-conveyancing',
    estates: 'fairhaven-estates',
    guesthouse: 'saltings-guest-house',
    fostering: 'harbourlight-fostering',
    farm: 'mudlark-city-farm',
    tyres: 'harbourside-tyres',
  }),
);

describe('contractions typed without their apostrophe', () => {
  it('spells out "youve" and "theyve" as the patterns read them', () => {
    expect(withContractions('youve got it, theyve gone')).toBe("you've got it, they've gone");
  });
  cases([
    // Before: the doorstep deliveries policy, "everything youve got on me" unread and "find out" met.
    { firm: 'vegbox', q: "a lady rang the shed asking for 'everything youve got on me', shes been a member since 2019 and sounded quite cross about something. i said id find out and get back to her", has: ['subject-access', 'within one calendar month'] },
  ]);
});

describe('requests for what we hold, and callers', () => {
  cases([
    // Before: the safeguarding policy; "the club's got" was no holder.
    { firm: 'boxing', q: "a dad messaged asking for a copy of everything the club's got on his 14 yr old, bout records the lot. can i just forward him what's on the drive?", has: ['subject-access', 'do not hand anything over yourself'] },
    // Before: the mobile unit policy. A trade's own records, all of them, asked deleted by the one they are of.
    { firm: 'health', q: 'a guy who left one of our clients rang saying delete all my hearing tests, i dont work there anymore', has: ['erasure-and-objection', 'retention period'] },
    // Neighbour: one's own emails cleared out are no request.
    { firm: 'health', q: 'can i delete all my test emails from the outbox?', has: ['Microsoft 365'], not: ['erasure-and-objection'] },
    // Before: HMRC's entry and the passwords policy. A caller from a body with standing, wanting a client's details.
    { firm: 'accounts', q: "man rang saying he's from the revenue, wanted me to confirm mr dobson's home address and what rental income we put on his return. number was withheld", has: ['hmrc-agent-access', "don't give anything away"] },
    // Before: SumUp's entry. "A copper" is the police.
    { firm: 'vegbox', q: 'a copper came up to the stall on saturday asking for the address of one of our members, said it was urgent. i didnt tell him anything but he said hed come back', has: ['who-we-tell', 'never answered on the spot'] },
    // Neighbour: copper as a colour.
    { firm: 'hair', q: 'did a gorgeous copper balayage on a lady in knaresborough today', has: ["don't know"] },
    // Before: the key safes policy. A claim of kin said with a possessive after an s ("mrs pickles' nephew"), and a policy titled on
    // families asking.
    { firm: 'hair', q: "a man rang saying he's mrs pickles' nephew and wants to know when we last did her hair and how much she's paying. she's housebound, lives on her own", has: ['data-requests', 'unless they hold power of attorney'] },
    { firm: 'hair', q: "mrs pickles' nephew is doing her shopping now so she won't need the late slot", has: ["don't know"] },
  ]);
});

describe('the rules on their own: accepted beside refused', () => {
  it('a caller from a body with standing wanting a client\'s details is the policy on such callers; a tradesman is not', () => {
    const ctx = contextOf('brightwell-accountancy');
    expect(bodyClaimedAnswer(ctx, "man rang saying he's from the revenue, wanted me to confirm mr dobson's home address")?.sources).toEqual(['policy:hmrc-agent-access']);
    expect(bodyClaimedAnswer(ctx, "a man rang saying he's from the window cleaners, wants mr dobson's address")).toBeUndefined();
    expect(bodyClaimedAnswer(ctx, "a man rang saying he's from the revenue, wants to know when we open")).toBeUndefined();
  });
  it('a suspicion of a client\'s money, asked whether to ask him, is tipping off; a client looking unwell is none', () => {
    const ctx = contextOf('quillby-conveyancing');
    expect(tippingOffAnswer(ctx, "something feels off with this buyer's deposit, should i ask him about it?")?.sources).toEqual(['policy:id-and-aml']);
    expect(tippingOffAnswer(ctx, "the buyer looks a bit off today, should i ask him if he's ok?")).toBeUndefined();
  });
  it('a muddled customer being sold to is the policy on vulnerable customers, where none speaks of capacity; one confused about a price is not', () => {
    const ctx = contextOf('harbourside-tyres');
    const told = 'an old fella came in with a puncture, he seemed really muddled and kept saying his wife would be cross. callum was trying to sell him 4 new tyres';
    expect(capacityDoubtedAnswer(ctx, told)?.sources).toEqual(['policy:vulnerable-customers']);
    expect(capacityDoubtedAnswer(ctx, 'he was confused about the price, can we sell him the cheaper tyres instead')).toBeUndefined();
  });
  it('the crew all nipping in from a loaded lorry is the sentence that it is never left; a stop for fuel is not', () => {
    const ctx = contextOf('ravenhill-shredding');
    expect(crewLeavingVehicleAnswer(ctx, 'need a wee at the services, can we both nip in if we lock the lorry?')?.sources).toEqual(['policy:chain-of-custody']);
    expect(crewLeavingVehicleAnswer(ctx, "we're full after the council job, can me and callum nip into greggs on the way back?")?.sources).toEqual(['policy:chain-of-custody']);
    expect(crewLeavingVehicleAnswer(ctx, 'can we stop at the services for fuel on the way back?')).toBeUndefined();
    expect(crewLeavingVehicleAnswer(contextOf('keystone-locksmiths'), 'can we both nip into greggs, the van is locked')).toBeUndefined();
  });
  it('a visitor filming on our premises is the sentence on no photos there; filming done for us is not', () => {
    const ctx = contextOf('ravenhill-shredding');
    expect(visitorFilmingAnswer(ctx, 'the customer who came in to watch his shred got his phone out and started filming, what do i say to him')?.sources).toEqual(['policy:depot-security']);
    expect(visitorFilmingAnswer(ctx, 'the customer was filming a review video for us, can we post it?')).toBeUndefined();
  });
  it('a question of one of our things relayed is read as asked; a request relayed is left as told', () => {
    const ctx = contextOf('harbourlight-fostering');
    expect(retold(ctx, 'a carer asked me if the on call phone records her calls, does it?')).toBe('the on call phone records her calls?');
    expect(retold(ctx, 'a carer asked me if we could delete her old address')).toContain('asked me if we could delete');
    expect(retold(ctx, 'a carer asked me if the panel could send her the minutes')).toContain('asked me if the panel could send');
  });
  it("a caller claiming kin of a patient gets the sentence on what a partner is not given; kin of one of us does not", () => {
    const ctx = contextOf('veinway-phlebotomy');
    expect(claimedCallerAnswer(ctx, "a woman rang saying she's the wife of one of yesterday's patients and wants to know if his results are back")?.sources).toEqual(['policy:results']);
    expect(claimedCallerAnswer(ctx, "a woman rang saying she's the wife of our new nurse, wants to know when he finishes today")).toBeUndefined();
  });
  it('a form promised later by someone for a child to train is forms not in; a form for a grant is not', () => {
    const ctx = contextOf('ironside-boxing-club');
    expect(formsNotInAnswer(ctx, "his mam says she'll fill the form in next week. can he just train")?.sources).toEqual(['policy:medical-and-consent']);
    expect(formsNotInAnswer(ctx, 'can i fill the form in later for the grant')).toBeUndefined();
  });
  it("a client's pregnancy told is a change to her record; a colleague's is not", () => {
    const ctx = contextOf('sunbeam-tanning-studio');
    expect(newTreatmentToldAnswer(ctx, "regular client just told me shes pregnant, she's in for a spray tan")?.sources).toEqual(['policy:consultation-records']);
    expect(newTreatmentToldAnswer(ctx, "one of the girls told me she's pregnant, should she stop doing the sunbed cleaning")).toBeUndefined();
  });
  it("our paper with another's name on it is sent to the wrong person; a staff member's course certificate or a discount slip is not", () => {
    expect(sentToWrongPerson("patient rang to say the sample label in her kit has someone else's name on it")).toBe(true);
    expect(sentToWrongPerson("buyer opened her parcel and found another customer's packing slip in with her jumper")).toBe(true);
    expect(sentToWrongPerson("jake got someone else's certificate back from the first aid course")).toBe(false);
    expect(sentToWrongPerson("customer got someone else's discount slip at the stall, can she still use it")).toBe(false);
  });
  it('"some … thing" is a tool where it names what the tool does; "the same thing" is none', () => {
    const ctx = contextOf('furrowfield-veg-box');
    expect(unnamedToolAnswer(ctx, 'some fancy route optimiser thing, can we put the rounds in it?')?.sources).toEqual(['policy:new-tools']);
    expect(unnamedToolAnswer(ctx, 'is that the same thing as last year? ok to just crack on?')).toBeUndefined();
  });
});

describe('children: fear at home, collection and forms', () => {
  cases([
    // Before: "don't know".
    { firm: 'advice', q: 'on a visit yesterday the kids seemed really scared of mums boyfriend, not sure what to do', has: ['safeguarding', 'Rhodri Bevan'] },
    // Neighbour: a pet's fear of one's own dad.
    { firm: 'advice', q: 'the dog is scared of my dad lol', has: ["don't know"] },
    // Before: Spond's entry. Two juniors taken home by one not on their form.
    { firm: 'boxing', q: 'an uncle turned up to take two of the juniors home after tuesdays session, i dont think hes on their form. kids seemed to know him', has: ['who-may-be-told', 'ring the parent first'] },
    // Before: the new-tools policy. The form promised for next week.
    { firm: 'boxing', q: "new lad turned up for his first go tonight, his mam says she'll fill the form in next week. can he just train and we sort it after", has: ['medical-and-consent', 'before their first session'] },
  ]);
});

describe('tools not named', () => {
  cases([
    // Before: the safeguarding policy, then the who-may-be-told one: "some … thing" is a tool by what it does.
    { firm: 'vegbox', q: 'joes mate has a free trial of some fancy route optimiser thing and wants to load next weeks rounds into it with all the addresses to see if it beats ours. yay or nay', has: ['new-tools', 'until Tamsin has agreed'] },
    { firm: 'boxing', q: 'the outreach lads want to do the summer camp sign ups on some free online form thing liam found, kids could fill it in on their phones. ok to just crack on?', has: ['new-tools', 'without asking Carol first'] },
  ]);
});

describe('papers astray, a van broken into, old papers, old devices', () => {
  cases([
    // Before: the doorstep deliveries policy.
    { firm: 'vegbox', q: 'found one of the delivery sheets blowing round the car park at the chalford drop off this morning, names addresses the lot. ive picked it up but do i need to tell someone or is that fine now', has: ['breach-reporting', 'within 24 hours at most'] },
    // Neighbour: leaves blowing round the car park.
    { firm: 'vegbox', q: 'leaves blowing round the car park again, who sweeps it?', has: ["don't know"] },
    // Before: Dext's entry. A bag of receipts had at lunch and come back without.
    { firm: 'accounts', q: "had the sutcliffe carrier bag of receipts with me at lunch in the cafe on parliament st and come back without it. rang them, nobody's handed anything in", has: ['breach-reporting', 'Tell Joanne straight away'] },
    // Neighbour: a bag taken home and coming back is no loss.
    { firm: 'accounts', q: 'took the bag of receipts home, can i bring it back monday?', not: ['breach-reporting'], has: ['Dext'] },
    // Before: the mobile unit policy.
    { firm: 'health', q: 'someone smashed the window of the van at the rotherham site overnight, stuff might be missing', has: ['lost-device', 'call the police first'] },
    { firm: 'health', q: 'smashed it at the quiz last night, we won!', has: ["don't know"] },
    // Before: the mobile unit policy. Printouts are records.
    { firm: 'health', q: 'clearing out the back store and found boxes of hearing test printouts from the 90s, can they go in the skip', has: ['health-records-retention', '40 years'] },
    // Before: the lost-device policy. £20 offered for it is selling it.
    { firm: 'vegbox', q: 'the old office laptop has finally given up. my neighbour fixes them up and said hed give me £20 for it for parts, saves it going to landfill', has: ['retention-disposal', 'never sell, donate or bin a device yourself'] },
    { firm: 'vegbox', q: 'a customer offered to give me a tenner for the spare veg crates', has: ["don't know"] },
  ]);
});

describe("a client's own affairs", () => {
  cases([
    // Before: the home visits policy.
    { firm: 'advice', q: 'just realised the client booked in with me tomorrow is my next door neighbour lol', has: ['volunteer-confidentiality', 'tell Megan'] },
    // Neighbours: one who knows the firm, and a client's thing that is a neighbour's.
    { firm: 'advice', q: 'my neighbour is a client of yours', has: ["don't know"] },
    { firm: 'advice', q: "the client's dog is my neighbour's", has: ["don't know"] },
    // Before: "don't know".
    { firm: 'advice', q: 'woman came in asking for a food voucher for her sister whos too poorly to come in herself', has: ['vouchers', "someone else's name"] },
    { firm: 'advice', q: "woman asking for a voucher for her sister's birthday present", not: ['vouchers'], has: ["don't know"] },
    // Before: the creditors' entry and RingCentral's.
    { firm: 'advice', q: 'client keeps whatsapping me photos of her bailiff letters to my work phone, is that ok?', has: ['new-tools', 'delete them from the phone the same day'] },
    // Neighbour: photos sent by a creditor's bailiff are no client's papers on a phone; the creditors' entry answers.
    { firm: 'advice', q: 'the bailiff sent photos of the letters to the office, is that normal?', has: ['Creditors and debt collectors'], not: ['delete them from the phone the same day'] },
    // Before: Fresha's and the hairdressing federation's entries.
    { firm: 'hair', q: "regular lady in ripon told me today she's just started chemo. she's booked in for her tint in 2 weeks", has: ['patch-tests', 'a new medication, update the form'] },
    { firm: 'hair', q: "she told me she's on holiday next week", has: ["don't know"] },
    // Before: TextAnywhere's entry. A key box with a new number.
    { firm: 'hair', q: "mr ackroyd's daughter rang the booking line, they've had a new key box fitted on the porch with a different number", has: ['key-safes', 'Denise updates the vault'] },
    // Before: the breach policy, keyed on phishing. Of no policy on scams, the payroll policy's sentence on a change of bank details.
    { firm: 'accounts', q: "email from the office manager at one of the bureau clients saying their apprentice has a new bank account, new sort code and number in the email, wants it in for thursday's run", has: ['payroll-bureau', 'number already in Karbon'] },
  ]);
});

describe('a thing a policy says never goes in a photo', () => {
  cases([
    // The key card whose number lets anyone cut keys (the ranker answered this once; since its retraining, this rule does).
    { firm: 'glazing', q: 'can i photo the key card for the new locks and send it to the office on whatsapp?', has: ['keys-and-locks', 'Ultion key card'] },
    { firm: 'glazing', q: 'can i take a photo of the key card and send it to the office?', has: ['keys-and-locks'] },
    // Neighbours: a photo of something no sentence forbids photographing keeps its own policy.
    { firm: 'glazing', q: 'can i just snap a photo of their payslips on my phone to help fill in the finance later', has: ['finance-applications'], not: ['keys-and-locks'] },
    { firm: 'glazing', q: 'can i take a photo of the new door for our facebook?', has: ['photos-and-reviews'], not: ['keys-and-locks'] },
  ]);
});

describe('fields: a legal reason, and a keyword turned round', () => {
  cases([
    // Before: the lost-device policy.
    { firm: 'health', q: 'whats our legal reason for tracking the van anyway, one of the nurses asked me', has: ['Quartix', 'Legitimate interests'] },
    { firm: 'health', q: "what's the lawful basis for the van tracker", has: ['Quartix', 'Legitimate interests'] },
  ]);
});

describe('off the subject: a keyword keeps an answer only where a service is asked', () => {
  cases([
    // Before: SumUp's entry ("market stall"), Checkfront's ("guided rides"), Estuary Cottages' ("cottage"), Xero's ("vat returns").
    { firm: 'vegbox', q: 'anyone know if the gazebo for the market stall is in the shed or did dave take it home after saturday', has: ['Tamsin Greaves'], not: ['SumUp'] },
    { firm: 'bikes', q: 'do we do guided rides on new years day or is the shop shut?', has: ["don't know"], not: ['Checkfront'] },
    { firm: 'bikes', q: "are we doing the staff bbq at the cottage again this year or at jenna's?", has: ['Kerensa Hocking'], not: ['Estuary Cottages'] },
    { firm: 'accounts', q: 'did leeds win last night? need cheering up after all these vat returns', has: ['Joanne Pickersgill'], not: ['Xero'] },
    // Neighbours: a service asked keeps the supplier whose keyword says the thing.
    { firm: 'vegbox', q: "the website's down, who fixes it?", has: ['Five Valleys Web & IT'] },
    { firm: 'vegbox', q: 'who looks after the website?', has: ['Five Valleys Web & IT'] },
    { firm: 'accounts', q: 'who does the payroll?', has: ['BrightPay'] },
  ]);
});

describe('older development sets read again: a login lent, a pregnancy told, the press and "other media"', () => {
  cases([
    // Before: the freelancers' entries. Logging a colleague in as oneself.
    { firm: 'studios', q: 'freelance editor needs into our google drive for an hour, can i just log him in as me?', has: ['passwords', 'guest account'] },
    // Before: Semble's entry. A system's access not had yet, and the asker's lent.
    { firm: 'clinic', q: 'the locum nurse starting tomorrow still hasnt got semble access, can she just use mine for the day and we sort it next week', has: ['passwords', 'Never share a login'] },
    // Before: every supplier with health data. A pregnancy told is a change the consultation form records.
    { firm: 'tanning', q: "regular client just told me shes pregnant, she's in for a spray tan now. does anything need updating", has: ['consultation-records'] },
    // Before: the hard drives policy, "other media" read as the press.
    { firm: 'shredders', q: "a journalist rang asking if we'd done a job for calder valley council and what we got rid of for them", has: ['customer-requests', "don't confirm or deny it"] },
    // Neighbour: what to do with old media is still the hard drives policy.
    { firm: 'shredders', q: 'a customer dropped off a box of old hard drives and usb sticks, what do we do with them?', has: ['hard-drives-and-media'] },
  ]);
});

describe('whom we pass data on to, with what is not asked said after', () => {
  cases([
    // Before: the drivers' group alone, "charity orgs own" read as the data asked about.
    { firm: 'befrienders', q: 'who do we pass clients info on to outside the charity? outside orgs i mean, not our own systems', has: ['Wensum Valley PCN social prescribing team', 'Norfolk County Council Adult Social Care', 'Ansvar Insurance'] },
    // Neighbour: asked plainly, the same bodies with what each gets.
    { firm: 'befrienders', q: 'who do we pass client info on to?', has: ['Norfolk County Council Adult Social Care', 'Ansvar Insurance'] },
  ]);
});

describe("another's slip received, and a patient's wife asking", () => {
  cases([
    // Before: Etsy's entry. A packing slip holds a buyer's name and address.
    { firm: 'vintage', q: "think I swapped two packing slips this morning, a lady in Leeds just messaged on etsy saying she got someone else's slip with their name and address on it 😬", has: ['breach-reporting', 'within 24 hours at most'] },
    { firm: 'vintage', q: "the printer's out of packing slips again, who orders them?", has: ["don't know"] },
    // Before: the work phones policy. Of no policy on telling others, the sentence on what a partner is not given.
    { firm: 'phlebotomy', q: "a woman just rang saying she's the wife of one of yesterday's patients and she wants to know if his cholesterol came back ok. he's at work. can I tell her?", has: ['results', 'partner, parent of an adult or carer'] },
  ]);
});

describe("a suspicion of a client's money, and whether to ask them: tipping off", () => {
  cases([
    // Before: the laptops policy, Barclays' entry, the data-requests policy.
    { firm: 'accounts', q: 'client declares tiny takings but just turned up in a brand new range rover, should I ask him about it?', has: ['tipping off is a criminal offence'] },
    { firm: 'conveyancers', q: "something feels off with this buyer, money coming in from an account abroad. should i ask him what's going on?", has: ['tipping off'] },
    { firm: 'estates', q: "i flagged a buyer to rosalind and now he's asking me why his purchase is held up, can I tell him?", has: ['tipping off'] },
  ]);
});

describe('a review of this round: where, or in which app, a thing is done is a service asked', () => {
  cases([
    // The model is sure these are off the subject; before the narrowing, "don't know".
    { firm: 'health', q: 'where do i book my annual leave', has: ['BrightHR'] },
    { firm: 'guesthouse', q: 'which app do i book my annual leave in', has: ['Breathe HR'] },
  ]);
});

describe('a question relayed', () => {
  cases([
    // Before: the lost-device policy, the carer's story read as one.
    { firm: 'fostering', q: 'a carer asked me if the on call phone records her calls, does it?', has: ['RingCentral', 'not recorded'] },
  ]);
});

describe("a second review's neighbours: each rule narrowed where it answered one it should not", () => {
  cases([
    // Our software set aside after the question keeps what each body gets (it was names alone).
    { firm: 'farm', q: "which outside bodies do we share people's details with? actual other organisations, not the apps we use", has: ['Ansvar', 'We pass'] },
    // A parking ticket holds no one's details of ours.
    { firm: 'tyres', q: "customer got someone else's parking ticket stuck on his windscreen", not: ['breach-reporting'], has: ['ParkingEye'] },
    // An empty lorry back at the depot, and locker access lent, are neither rule's.
    { firm: 'shredders', q: 'new lad hasnt got locker access yet, can he just use mine', not: ['passwords'], has: ['depot-security'] },
  ]);
  it('an empty lorry back at the depot is no crew leaving a load', () => {
    expect(crewLeavingVehicleAnswer(contextOf('ravenhill-shredding'), "the lorry's back at the depot and empty, can we both go in for a brew")).toBeUndefined();
  });
  it('a new car alone is no suspicion of a client\'s money', () => {
    expect(tippingOffAnswer(contextOf('brightwell-accountancy'), "client's just bought a brand new range rover, should i ask him if he wants it as a company car")).toBeUndefined();
  });
});

describe('a drive of rushes left on a train', () => {
  cases([
    // Before: the footage retention policy alone. Rushes and an SSD carry people's details.
    { firm: 'studios', q: 'i think i left a samsung t7 with the conference rushes on the train back from paddington on saturday 😬 only just realised', has: ['breach-reporting', 'within 24 hours'] },
  ]);
  it('rushes and an SSD carry details; a coffee does not', () => {
    expect(carriesDetails('a samsung t7 with the conference rushes')).toBe(true);
    expect(carriesDetails('the spare ssd')).toBe(true);
    expect(carriesDetails('my coffee')).toBe(false);
  });
});

describe('a guest to be recorded before the release is signed, or under 18', () => {
  cases([
    // Before: the guests-who-change-their-mind policy.
    { firm: 'studios', q: "client wants their apprentice on the careers podcast, he's 16 — anything special for that? we're recording thurs", has: ['guest-releases', 'parent or guardian'] },
    // Neighbours: an adult's age, and sixteen minutes, are no one under 18.
    { firm: 'studios', q: "she's 25 and wants to be on the podcast", not: ['parent or guardian'], has: ["don't know"] },
    { firm: 'studios', q: 'the podcast is 16 minutes long, is that ok?', has: ["don't know"] },
    // Before: the sending-files policy.
    { firm: 'studios', q: "guest for the nationwide ep is here but running late and says she'll do the paperwork after, can we just start rolling?", has: ['guest-releases', 'no signed release, no recording'] },
  ]);
  it("one's own paperwork put off is no one's form not in", () => {
    expect(formsNotInAnswer(contextOf('boomline-studios'), "i'll do the paperwork after lunch, can we start recording the intro?")).toBeUndefined();
  });
});

describe("a second review's true cases in new words, read after it (so no longer blind)", () => {
  cases([
    // Our paper found to carry another's name or address.
    { firm: 'vintage', q: "buyer opened her parcel and found another customer's packing slip in with her jumper", has: ['breach-reporting'] },
    { firm: 'phlebotomy', q: "patient rang to say the sample label in her kit has someone else's name on it", has: ['breach-reporting'] },
    { firm: 'tyres', q: "fleet driver says the job card we gave him is for another customer's car with their address on it", has: ['breach-reporting'] },
    // A muddled customer said as "old fella", going ahead as "keeps agreeing to".
    { firm: 'tyres', q: 'old fella at the counter seems really muddled, keeps agreeing to four new tyres when he only needs one', has: ['vulnerable-customers'] },
    // A visitor snapping pictures, or wanting to video.
    { firm: 'shredders', q: 'the customer who came to watch their shred was snapping pictures on his phone in the hall', has: ['depot-security', 'no photos, videos or calls'] },
    { firm: 'shredders', q: 'an auditor wants to video the baler for his report, is that allowed', has: ['depot-security'] },
    // A new treatment told by a client named by her title.
    { firm: 'hair', q: "mrs dawson's told me she's started chemo, i've got her colour booked thursday", has: ['patch-tests'] },
  ]);
});
