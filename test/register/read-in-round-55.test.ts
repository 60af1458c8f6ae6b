import { describe, expect, it } from 'vitest';
import { OWN_MONEY_SPENT, SECRET_ASKED } from '../../src/register/situations/children.ts';
import { leaverAccessAnswer, lockOffAskedAnswer, loginRuleAsked } from '../../src/register/situations/logins.ts';
import { servedLostCarriedAnswer } from '../../src/register/situations/clients-own.ts';
import { collectingForKinAnswer, healthToldInFrontAnswer } from '../../src/register/situations/daily-work.ts';
import { blameFearedAnswer } from '../../src/register/situations/breaches.ts';
import { ourWhereaboutsAskedAnswer } from '../../src/register/situations/callers.ts';
import { safeguardingAnswer } from '../../src/register/situations/children.ts';
import { unnamedToolAnswer } from '../../src/register/situations/unnamed-tool.ts';
import { loyaltyLeftAnswer } from '../../src/register/situations/requests.ts';
import { oldRecordsClearOutAnswer } from '../../src/register/situations/old-records.ts';
import { concernNoteStoredAnswer } from '../../src/register/situations/children.ts';
import { codeAskedAnswer } from '../../src/register/situations/scams.ts';
import { toolSaidOf } from '../../src/register/tool-slots.ts';
import { contextOf, devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 108 and focus set 14 (written blind, read in the fifty-fifth round): what their misses taught, each beside a neighbour
// that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    cowork: 'junction-yard-cowork',
    doulas: 'cradlewell-doulas',
    physio: 'kestrel-physio',
    handyperson: 'safehands-handyperson',
    trees: 'oakwise-tree-surgeons',
    pharmacy: 'larkspur-pharmacy',
    farriers: 'anvil-and-hoof-farriers',
    dance: 'pirouette-dance-academy',
    befrienders: 'broadland-befrienders',
    magic: 'fizzpop-magic',
    landscaping: 'greenleaf-landscaping',
    advice: 'tawe-money-advice',
    petsitters: 'wagtail-pet-sitters',
    boxing: 'ironside-boxing-club',
    cars: 'lynwood-cars',
  }),
);

describe('a supplier\'s paperwork and copies, asked in other words', () => {
  cases([
    // Before: "a processor" read as the role asked after. A processor agreement asked after is the statement's status.
    { firm: 'cowork', q: 'do we have a processor agreement with aire valley', has: ['Aire Valley Security', 'missing'] },
    // Neighbour: the role asked after stays the role.
    { firm: 'physio', q: 'is physitrack a processor or a controller?', has: ['Physitrack is a processor'] },
    // Before: how long Fennel keeps our data. A file deleted by mistake, asked back, is the supplier's copies.
    { firm: 'doulas', q: 'deleted something off the shared drive by mistake, how long have i got to get it back', has: ['Fennel Workspace', '25 days'] },
    // Neighbour: how long it keeps our data is still its retention.
    { firm: 'doulas', q: 'how long does fennel keep our data?', has: ['does not say how long Fennel Workspace keeps'], not: ['25 days'] },
  ]);
});

describe('a tool asked after where the model is sure one is', () => {
  cases([
    // Before: the IT supplier's entry ("encrypted"), a case system's entry, a dispensing policy, "don't know".
    { firm: 'handyperson', q: "could the lads use a signal group while they're out instead of ringing in? its encrypted so should be fine right", has: ["can't find signal", 'new-tools'] },
    { firm: 'handyperson', q: 'are we allowed otter to transcribe referral calls into notes? would save me loads of typing', has: ["can't find otter", 'new-tools'] },
    { firm: 'trees', q: 'has anyone looked at arbornote? thinking of trying it for the tree inventory on the big estate job', has: ["can't find arbornote", 'new-tools'] },
    { firm: 'pharmacy', q: 'does copilot count as approved? want it to summarise the hospital discharge letters', has: ["can't find copilot", 'new-tools'] },
    { firm: 'pharmacy', q: 'the otter app can record and transcribe consultations so i dont have to type notes, is it allowed?', has: ["can't find otter", 'new-tools'] },
  ]);
  it('names only a word that is no English word or a product\'s short name, and none of the firm\'s', () => {
    const ctx = contextOf('oakwise-tree-surgeons');
    expect(toolSaidOf(ctx, 'has anyone looked at arbornote?')).toBe('arbornote');
    expect(toolSaidOf(ctx, 'could we set up a signal group for the crew')).toBe('signal');
    expect(toolSaidOf(ctx, 'has anyone looked at the chipper?')).toBeUndefined();
    expect(toolSaidOf(ctx, 'could we set up a family group for the crew')).toBeUndefined();
    expect(toolSaidOf(ctx, 'is the xero app ok?')).toBeUndefined();
  });
});

describe('stories the money and the secrets in them mislead', () => {
  it('someone paying with their own card is no money taken; paying with another\'s is not this', () => {
    expect(OWN_MONEY_SPENT.test('her husband paid for the trip, he uses his bank card for all her fares')).toBe(true);
    expect(OWN_MONEY_SPENT.test('she paid with her own card')).toBe(true);
    expect(OWN_MONEY_SPENT.test('her nephew says he uses her bank card for her shopping')).toBe(false);
  });
  it('a confidence asked kept is told apart from a thing told', () => {
    expect(SECRET_ASKED.test('the au pair told me she spent £300 on a ring, asked me not to tell the host family yet')).toBe(true);
    expect(SECRET_ASKED.test('the au pair told me she spent £300 on a ring')).toBe(false);
  });
});

describe('slips, callers and leavers told in the words staff use', () => {
  cases([
    // Before: the lost devices and keys policy. A slip feared blamed: the breach policy, which says owning up is no disciplinary matter.
    { firm: 'handyperson', q: "dont want to drop anyone in it but kwame left his paperwork for the day on a ladys kitchen table in cheadle hulme, her daughter rang about it. he's scared he'll get a warning", has: ['breach-reporting', 'Nobody is disciplined for owning up'] },
    // Before: the photos policy, the phones policy. A caller asking where we will be: the rule never to say.
    { firm: 'farriers', q: 'someone phoned asking what time we will be at hall farm on thurs, reckons shes the owners sister', has: ['yard-access', 'Never tell a caller which yards'] },
    { firm: 'farriers', q: "some fella just rang the office asking which yards we'll be at tomorrow and what time, reckons his horse needs doing urgent. felt a bit off tbh", has: ['yard-access', 'Never tell a caller which yards'] },
    // Before: Jobber's entry. A sign-in not yet set up, and a round gone on mine.
    { firm: 'handyperson', q: 'new lad dan hasnt got his own jobber sign in yet, alright if he goes round on mine this week till its sorted?', has: ['passwords', 'ask Imran for their own account'] },
    // Before: the costume maker's entry. A sheet sent to all the parents instead of the supplier it was for.
    { firm: 'dance', q: 'oops just sent the costume sizes sheet to all the tuesday ballet parents instead of starlite. can i unsend it quick?', has: ['breach-reporting', 'try to recall it yourself'] },
    // Before: the policy on giving out customer details. A code from one's phone, asked for by a caller who says they are from our supplier.
    { firm: 'trees', q: "someone just rang saying theyre from xero and need the 6 digit number that just came to my phone to 'verify the account'. legit??", has: ['passwords', 'no genuine supplier will ask for a code'] },
    // Before: the site risk assessments supplier. A leaver's tablet handed back: the policy on leavers.
    { firm: 'trees', q: "liam finishes with us friday, does he give his tablet to me or the office? he's got all his rams on it", has: ['starters-and-leavers', 'collects their work phone and tablet'] },
    // Before: the devices policy. One patient's bag given to another: the breach policy.
    { firm: 'pharmacy', q: "gave mrs khan's bag to mrs kahn by mistake 😩 she's just rung saying its not her tablets. what do i do", has: ['breach-reporting', 'Tell the pharmacist on duty straight away'] },
  ]);
});

describe('the rules on their own: accepted beside refused', () => {
  it("a code from one's phone asked for by a caller is the rule on codes; our supplier's code not working is not", () => {
    const ctx = contextOf('oakwise-tree-surgeons');
    expect(codeAskedAnswer(ctx, "someone rang saying theyre from xero and need the 6 digit number that just came to my phone")?.sources).toEqual(['policy:passwords']);
    expect(codeAskedAnswer(ctx, 'the code xero sent me isnt working, can you resend?')).toBeUndefined();
  });
  it("a leaver's tablet handed back is the policy on leavers; a tablet left in the van, or a job finished, is not", () => {
    const ctx = contextOf('oakwise-tree-surgeons');
    expect(leaverAccessAnswer(ctx, 'liam finishes with us friday, does he give his tablet to me or the office?')?.sources).toEqual(['policy:starters-and-leavers']);
    expect(leaverAccessAnswer(ctx, 'liam left his tablet in the van, can someone grab it')).toBeUndefined();
    expect(leaverAccessAnswer(ctx, 'when we finish the job at iffley do i give her keys back to the neighbour?')).toBeUndefined();
  });
  it('a login not yet set up and a round gone on mine is the login rule; a van lent is not', () => {
    expect(loginRuleAsked('dan hasnt got his own jobber sign in yet, alright if he goes round on mine this week?')).toBe('rule');
    expect(loginRuleAsked('dan hasnt got his own van yet, can he go round on mine this week?')).toBeUndefined();
  });
});

describe('holders of a kind of data about the people we serve', () => {
  cases([
    // Before: the client database left out, "mobility" read as a phone and so as people of its own (a register's "callers").
    { firm: 'befrienders', q: 'which suppliers hold health info about our clients', has: ['Charitylog'] },
  ]);
});

describe('more situations told in the words staff use', () => {
  cases([
    // Before: the referrals supplier's entry. Money taken by "his nephew's been using his bank card", and "i mustn't tell a soul".
    { firm: 'befrienders', q: "mr payne told me on the way to the surgery that his nephew's been using his bank card and i mustn't tell a soul. i said i wouldn't 😟", has: ['safeguarding-sharing', 'never promise to keep a secret'] },
    // Before: the befriending calls policy. "Still one of ours", asked by a caller.
    { firm: 'befrienders', q: "lady from st michael's rang asking if mrs bird is still one of ours, she's not been at church for weeks. what am i allowed to say?", has: ['outsiders-asking', "I'm afraid I can't discuss anyone we help"] },
    // Before: the passwords policy. Of a charity, "the charity's tablet" is no charity shop: the one policy that recycles old laptops.
    { firm: 'befrienders', q: 'the old office laptop has finally died, ok if i drop it at the tip in aylsham on my way home?', has: ['retention-disposal', 'Old laptops and phones go to Tom'] },
    // Before: the safeguarding policy. A device's code asked off: the policy sentence that locks it, the one naming the device.
    { firm: 'dance', q: 'the ipad keeps locking itself between classes and i can never remember the code, can i just take the code off?', has: ['passwords', 'Lock the register iPad with its passcode'] },
    { firm: 'magic', q: 'do i really need a code on my phone, its a pain mid trick', has: ['devices', 'a screen lock with at least a 6-digit PIN'] },
    // Before: the new apps policy. Words a child said, kept word for word on one's own phone.
    { firm: 'dance', q: "i typed up what ellie said to me in the notes app on my phone so i wouldn't forget the exact words, is that ok to keep on there?", has: ['safeguarding', 'Never keep notes about a disclosure'] },
    // Before: the lost devices policy. A member's own fob lost: the sentence on a member reporting one.
    { firm: 'cowork', q: 'member just rang, she dropped her fob somewhere on the way home', has: ['access-fobs', 'cancel it with the reception login'] },
  ]);
});

describe('the newer rules on their own: accepted beside refused', () => {
  it("a device's code asked off is the sentence that locks it; a key safe's code is no device's", () => {
    const ctx = contextOf('pirouette-dance-academy');
    expect(lockOffAskedAnswer(ctx, 'can i just take the code off the ipad?')?.sources).toEqual(['policy:passwords']);
    expect(lockOffAskedAnswer(contextOf('keystone-locksmiths'), 'can we take the code off the key safe at the depot')).toBeUndefined();
  });
  it("a member's fob lost is the sentence on a member reporting one; our own phone lost is not this rule's", () => {
    const ctx = contextOf('junction-yard-cowork');
    expect(servedLostCarriedAnswer(ctx, 'a member rang, she lost her fob on the bus')?.sources).toEqual(['policy:access-fobs']);
    expect(servedLostCarriedAnswer(ctx, 'i lost my phone on the bus')).toBeUndefined();
  });
  it("words said kept word for word on one's phone are a disclosure's note; a supplier's words noted are not", () => {
    const ctx = contextOf('pirouette-dance-academy');
    expect(concernNoteStoredAnswer(ctx, "i typed up what ellie said to me in the notes app on my phone so i wouldn't forget the exact words")?.sources).toEqual(['policy:safeguarding']);
    expect(concernNoteStoredAnswer(ctx, 'i typed up what the costume lady said in my notes app on my phone')).toBeUndefined();
  });
  it('"i mustn\'t tell a soul", after a thing told, is a confidence asked kept', () => {
    expect(SECRET_ASKED.test("he told me his nephew's been using his card and i mustn't tell a soul")).toBe(true);
    expect(SECRET_ASKED.test("i mustn't tell a soul about the surprise party")).toBe(false);
  });
});

describe('a pharmacy counter', () => {
  cases([
    // Before: "don't know". Someone collecting kin's medicine: the policy on collecting for someone else.
    { firm: 'pharmacy', q: "bloke at the counter picking up his mum's oxycodone, do i need to do anything different?", has: ['collections', "collector's name and ID recorded on the PMR"] },
    // Before: "don't know". Health told in front of a queue: the sentence that offers the consultation room.
    { firm: 'pharmacy', q: 'lady at the till started telling me all about her thrush in front of a queue of people, what should i have done?', has: ['consultation-room', 'Offer the consultation room'] },
    // Before: the devices policy. Off the loyalty scheme: the sentence that says it can go at once.
    { firm: 'pharmacy', q: 'customer wants us to take her off the points card thing and stop the texts, can i do that myself or does it go to priya?', has: ['subject-access', 'can be removed at once'] },
    // Before: the consultation room policy. Old scripts and a register book found, "can they go?": how long they are kept.
    { firm: 'pharmacy', q: 'clearing the back room and found boxes of private scripts and the POM book from 2021, can they go?', has: ['retention', 'prescription-only medicines register 2 years'] },
  ]);
  it('each rule on its own, accepted beside refused', () => {
    const ctx = contextOf('larkspur-pharmacy');
    expect(collectingForKinAnswer(ctx, "he's picking up his mum's oxycodone")?.sources).toEqual(['policy:collections']);
    expect(collectingForKinAnswer(ctx, 'lady picking up her own prescription asked for a bag')).toBeUndefined();
    expect(healthToldInFrontAnswer(ctx, 'she was telling me about her thrush in front of a queue')?.sources).toEqual(['policy:consultation-room']);
    expect(healthToldInFrontAnswer(ctx, 'she was telling me about her holiday in front of a queue')).toBeUndefined();
    expect(loyaltyLeftAnswer(ctx, 'she wants us to take her off the points card')?.sources).toEqual(['policy:subject-access']);
    expect(loyaltyLeftAnswer(ctx, 'she wants us to take her off the waiting list')).toBeUndefined();
    expect(oldRecordsClearOutAnswer(ctx, 'found boxes of private scripts from 2021, can they go?')?.sources).toEqual(['policy:retention']);
    expect(oldRecordsClearOutAnswer(contextOf('marrowby-books'), 'found boxes of old books in the back room, can they go?')).toBeUndefined();
  });
});

describe("a review's true cases in other words, and its neighbours", () => {
  cases([
    // The rule never to tell a caller when we will be there, said after a list of whom not to tell.
    { firm: 'landscaping', q: 'a bloke rang asking what time well be at the hendersons tomorrow, said hes her son', has: ['customers-homes'] },
    // "Nephews been" without its apostrophe, and "i mustnt tell a soul" of a junior.
    { firm: 'advice', q: 'client said her nephews been using her bank card and she doesnt know how much has gone', has: ['safeguarding'] },
    { firm: 'cars', q: 'old fella on the tuesday run says his nephews been using his bank card and taking money out', has: ['safeguarding'] },
    { firm: 'boxing', q: 'a junior told me something at training but said i mustnt tell a soul, do i have to', has: ['safeguarding'] },
    // An income and expenditure form sent instead of to the one it was for.
    { firm: 'advice', q: 'sent the income and expenditure to the council tax team instead of the energy supplier', has: ['breach-reporting'] },
    // The work phone handed back by a leaver; an old tablet given to a nephew.
    { firm: 'petsitters', q: 'reuben finishes with us friday, does he give the work phone to me or ollie', has: ['leavers'] },
    { firm: 'boxing', q: 'can i give the charitys old door tablet to my nephew', has: ['records-retention'] },
  ]);
  it('a husband paying her fares with his own card is his own money', () => {
    expect(OWN_MONEY_SPENT.test('clients husband pays her bus fares with his own card')).toBe(true);
    expect(OWN_MONEY_SPENT.test('her son uses his bank card to pay for all her fares')).toBe(true);
    expect(OWN_MONEY_SPENT.test("his nephew's been using his bank card")).toBe(false);
  });
});

describe('a title before a surname is no piece of a product\'s name', () => {
  cases([
    // Before: "I can't find gavemrs khans bag in our register", "gave" and "mrs" run together as a product's name.
    { firm: 'pharmacy', q: 'gave mrs khans bag to her son', has: ['collections'], not: ["can't find"] },
    { firm: 'pharmacy', q: "gave mrs khan's bag to her son, he had the collection slip", has: ['collections'], not: ["can't find"] },
  ]);
});

describe("this round's neighbours, each rule tried on its own beside its accepted case", () => {
  it('a slip feared blamed is the breach policy; a fear of a dog is not', () => {
    const ctx = contextOf('safehands-handyperson');
    expect(blameFearedAnswer(ctx, "kwame left his paperwork at a client's, he's scared he'll get a warning")?.sources).toEqual(['policy:breach-reporting']);
    expect(blameFearedAnswer(ctx, 'kwame is scared of the dog at the next job')).toBeUndefined();
  });
  it('a caller asking which yards we will be at is the rule never to say; a client asking when we will be back for her horse is not', () => {
    const ctx = contextOf('anvil-and-hoof-farriers');
    expect(ourWhereaboutsAskedAnswer(ctx, "a man rang asking which yards we'll be at tomorrow")?.sources).toEqual(['policy:yard-access']);
    expect(ourWhereaboutsAskedAnswer(ctx, "mrs pryce rang asking when we'll be back to do the mare's hind shoes")).toBeUndefined();
  });
  it("money taken by a nephew is safeguarding; a son paying with his own card is not", () => {
    const ctx = contextOf('lynwood-cars');
    expect(safeguardingAnswer(ctx, 'old fella says his nephews been using his bank card and taking money out')?.sources).toEqual(['policy:safeguarding']);
    expect(safeguardingAnswer(ctx, 'regular ladys son uses his bank card to pay for all her fares')).toBeUndefined();
  });
  it("an unnamed tool's rule quotes the policy's own sentence on what the question would put in it, and only that question", () => {
    const ctx = contextOf('junction-yard-cowork');
    expect(unnamedToolAnswer(ctx, 'can i paste the cctv stills into some free ai chatbot?')?.answer).toContain('into an AI chatbot or a translation website');
    const rota = unnamedToolAnswer(ctx, 'can i use some free app for the rota?');
    expect(rota?.sources).toEqual(['policy:new-apps']);
    expect(rota?.answer).not.toContain('translation website');
  });
});
