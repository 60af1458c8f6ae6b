import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-fifth round of work, situations: rounds 39 and 40's misses as
 * classes, written in new words on other example firms, and questions that must keep their right
 * answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    club: 'riverside-rovers-fc',
    store: 'ashby-parva-stores',
    driving: 'ridgeway-driving',
    photo: 'foxglove-studio',
    pest: 'kingsmead-pest-control',
    caterer: 'saffron-table-catering',
    removals: 'thackeray-removals',
  }),
);

describe('someone asking, through a supplier, what we hold about them: the access-request policy, not that supplier', () => {
  cases([
    // Failed before this round (the entry of the supplier the request came through, or no answer).
    { firm: 'club', q: 'a dad messaged the club instagram wanting to know what data we have on him', has: ["Requests for someone's information", 'one calendar month'], not: ['Facebook and Instagram holds'], intent: 'policy' },
    { firm: 'club', q: 'a parent on spond asked what information we keep about her', has: ["Requests for someone's information", 'forward it to Lorraine'], not: ['Spond:'], intent: 'policy' },
    { firm: 'store', q: 'a lady at the counter asked what information we hold about her', has: ['When someone asks for their data', 'pass'], intent: 'policy' },
    // Passed before, kept as checks: the supplier asked what it holds.
    { firm: 'club', q: 'what info do we hold on spond', has: ['Spond'], not: ["Requests for someone's information"] },
    { firm: 'club', q: 'what data do we have on instagram', has: ['Facebook and Instagram'], not: ["Requests for someone's information"] },
  ]);
});

describe('people added to the mailing list: the marketing-consent policy', () => {
  cases([
    // Failed before this round (the policy on where the people came from).
    { firm: 'club', q: 'can i add everyone from the presentation night photos to the newsletter', has: ['Messages to parents, newsletters and sponsors', 'ticked newsletter consent'], not: ['Photographs and filming:'], intent: 'policy' },
    // Passed before, kept as checks: the same asked elsewhere, and the newsletter's supplier asked after.
    { firm: 'store', q: 'can i put everyone on the slate book onto the parva post mailing list', has: ['The Parva Post and marketing consent', 'being a member or a customer is not consent'], not: ['The slate (tab book):'], intent: 'policy' },
    { firm: 'club', q: 'can i add all the parents from the summer camp to the newsletter', has: ['Messages to parents, newsletters and sponsors', 'ticked newsletter consent'], intent: 'policy' },
    { firm: 'store', q: 'who sends the newsletter', has: ['MailerLite'], not: ['The slate (tab book)'] },
  ]);
});

describe("someone's details given out by a slip: the breach policy, before a policy that only forbids it", () => {
  cases([
    // Failed before this round (the policy on the thing said, or another).
    { firm: 'store', q: 'whoops, i said a customers full address out loud at the counter with a queue behind, what now', has: ['Reporting a data breach', 'within 24 hours'], intent: 'policy' },
    { firm: 'caterer', q: 'oops i announced a guests surname and allergy over the mic at the wedding, what now', has: ['Reporting a data breach'], intent: 'policy' },
    // Passed before, kept as checks: the rule asked, with no slip told.
    { firm: 'store', q: 'can i read out a customers address to the delivery driver', has: [], not: ['Reporting a data breach:'] },
  ]);
});

describe("another firm wanting our people's details for its own use: the policy on sharing them, not a supplier", () => {
  cases([
    // Failed before this round (a supplier, or another policy).
    { firm: 'club', q: 'the shirt sponsor wants the parents email list so they can send them deals', has: ["Parents' details are never given to sponsors"], intent: 'policy' },
    { firm: 'photo', q: 'the venue wants the couples email addresses so they can send them offers', has: ['Sharing photos and details with others', 'written permission'], not: ['Flodesk:'], intent: 'policy' },
    // Passed before, kept as checks: the same asked of another third party, and a "comp" that is no matter of ours.
    { firm: 'photo', q: 'a wedding magazine wants the brides phone numbers so they can ring them about a feature', has: ['Sharing photos and details with others', 'written permission'], intent: 'policy' },
    { firm: 'club', q: 'who won the raffle comp last month', has: ["don't know"], intent: 'unknown' },
  ]);
});

describe('a certificate or ID brought in: the policy on what to note, not the checking supplier', () => {
  cases([
    // Failed before this round (the checking supplier's entry).
    { firm: 'club', q: 'new coach showed me his dbs certificate, should i scan it for the drive', has: ['DBS checks for coaches and volunteers', 'never keep a copy'], not: ['certifications:'], intent: 'policy' },
    // Passed before, kept as checks: the checking supplier asked after by name.
    { firm: 'club', q: 'what certifications does ucheck have', has: ['uCheck'], not: ['DBS checks for coaches and volunteers:'] },
  ]);
});

describe('the police asking for camera footage: the camera policy (who hands it over), not the CCTV supplier', () => {
  cases([
    // Failed before this round (the CCTV installer's entry, its alias "cctv" said).
    { firm: 'store', q: 'a policeman is in the shop wanting the cctv of a shoplifter from tuesday', has: ['CCTV in the shop', 'collar number'], not: ['Soar Valley Security:'], intent: 'policy' },
    // Passed before, kept as checks: the camera supplier asked after, and someone asking to see footage.
    { firm: 'store', q: 'who installs our cctv', has: ['Soar Valley Security'] },
    { firm: 'store', q: 'a customer wants to watch the cctv of her car being scratched', has: ['CCTV in the shop'], intent: 'policy' },
  ]);
});

describe("telling about one's own health or medicine: the health policy, not one on devices", () => {
  cases([
    // Failed before this round (tablets read as devices, so a policy on phones).
    { firm: 'caterer', q: "i've been put on tablets for a stomach bug, do i need to tell anyone before my shift", has: ['Fitness to work', 'Tell the chef in charge'], not: ['Event staff and personal phones:'], intent: 'policy' },
    // Passed before, kept as checks: a pupil's medicine told, and tablets that are devices.
    { firm: 'driving', q: 'a pupil says she has just been put on epilepsy tablets, do i need to tell anyone', has: ["Pupils' health and eyesight"], not: ['Lost or stolen phone or tablet:'], intent: 'policy' },
    { firm: 'driving', q: 'i left the instructor tablet on the bus', has: ['Lost or stolen phone or tablet'], intent: 'policy' },
  ]);
});

describe('paper with personal details come back to us: the policy on paperwork, not a supplier', () => {
  cases([
    // Failed before this round (another policy, the question's last words unread).
    { firm: 'pest', q: 'a customer handed back a signed paper contract with the invoice, what do i do with it', has: ['Photos and paperwork', 'confidential waste bin'], intent: 'policy' },
    // Passed before, kept as checks: papers found in a customer's furniture, and how long paper is kept.
    { firm: 'removals', q: 'a bank letter turned up behind a wardrobe we moved, what do i do with it', has: ['Papers and belongings found in furniture', 'sealed bag'], intent: 'policy' },
    { firm: 'store', q: 'how long do we keep the round sheets', has: ['shredded at the end of the month'] },
  ]);
});
