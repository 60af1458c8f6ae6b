import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-eighth round, situations: told events whose policy the answerer missed, as classes,
 * written in new words on example firms other than the ones the misses came from, each beside questions of like words that
 * keep their right answers. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    dance: 'pirouette-dance-academy',
    swim: 'ripple-swim-school',
    football: 'riverside-rovers-fc',
    climbing: 'crux-climbing',
    surf: 'swellcraft-surf-school',
    scaffolders: 'steelrig-scaffolding',
    gym: 'copperbeech-fitness',
    removals: 'thackeray-removals',
    garden: 'greenhythe-garden-centre',
    it: 'kittiwake-it',
    agency: 'northwind-digital',
    interiors: 'linden-interiors',
    physio: 'kestrel-physio',
    opticians: 'brightwater-opticians',
    storage: 'stowaway-storage',
    architects: 'larch-vale',
    weddings: 'brightframe-weddings',
    salon: 'fernleigh-salon',
    languages: 'seaview-language-school',
    aerials: 'highmast-aerials',
    music: 'ashdown-music',
    haulage: 'redway-haulage',
    cakes: 'sugarloaf-cakes',
    karate: 'tenshin-karate',
  }),
);

describe('signs of harm seen on someone, or neglect or abuse suspected: the safeguarding policy', () => {
  cases([
    // Failed before this round.
    { firm: 'swim', q: "there were marks on a boy's back in the changing room tonight, not sure what to do", has: ['safeguarding-concerns'] },
    { firm: 'football', q: 'a couple of the dads think one of the u10s is being neglected, he turns up hungry every week', has: ['safeguarding'], not: ['medical'] },
    { firm: 'climbing', q: "lad in the youth squad says he's self harming", has: ['safeguarding'] },
    { firm: 'dance', q: 'one of the little ones in tap had bruises all over her arms again today, mum said she fell', has: ['safeguarding'] },
    { firm: 'music', q: "one of my pupils told me her dad shouts at her and she's scared to go home", has: ['safeguarding'] },
    // Marks and bruises on things, not people: no concern.
    { firm: 'dance', q: 'marks on the barre need cleaning off before the show', has: ['Rosalind Achebe'], not: ['(Policy:'] },
    { firm: 'climbing', q: 'the bruises on the bananas mean they go in the reduced basket', has: [], not: ['safeguarding'] },
    { firm: 'karate', q: 'the website has been neglected for months', has: ['Wix'], not: ['(Policy: safeguarding'] },
  ]);
});

describe('someone hurt, told with nothing asked or with a trip to hospital: the accidents policy', () => {
  cases([
    // Failed before this round.
    { firm: 'surf', q: 'one of the adult learners dislocated a shoulder in the shore break and went off to A&E', has: ['accident-reports'] },
    { firm: 'scaffolders', q: 'Dean fell off the tower on the Smith Street job, ambulance came', has: ['accidents-riddor'] },
    // Kept: asked what paperwork follows; and a question about something else is not a story of someone hurt.
    { firm: 'climbing', q: 'a kid fell off the bouldering wall and hurt his wrist, is there a form', has: ['accident-reporting'] },
    { firm: 'gym', q: 'is the treadmill broken again?', has: ['Nadia Okonkwo'], not: ['(Policy:'] },
    { firm: 'gym', q: 'ambulance parking is blocked by the bins again, who moves them?', has: ['Nadia Okonkwo'], not: ['(Policy:'] },
  ]);
});

describe('a caller who says who they are, wanting where someone is or their details: the policy on what to tell', () => {
  cases([
    // Failed before this round.
    { firm: 'removals', q: "a woman rang saying she's Darren's girlfriend and asked where the lorry is right now", has: ['vehicle-tracking'] },
    { firm: 'garden', q: "lady rang saying she's Mrs Okafor's daughter and wants her delivery date and address", has: ['never give out'] },
    // Failed before this round: a policy sentence on giving a location to whoever rings; the one sentence that says give nothing out.
    { firm: 'haulage', q: "a bloke rang saying he's Dave's brother and wants to know where his lorry is at the moment", has: ['vehicle-tracking', 'never give a driver'] },
    { firm: 'cakes', q: "a man phoned saying he's the groom's dad and wants the venue and delivery time for the Lewis cake", has: ['breach-reporting', 'give nothing out'] },
    // Staff asking where a vehicle is asks nobody's leave.
    { firm: 'removals', q: 'where is the lorry right now?', has: [], not: ['vehicle-tracking'] },
  ]);
});

describe('a customer leaving us, told: the policy on customers who leave, not a supplier the story names', () => {
  cases([
    // Failed before this round.
    { firm: 'it', q: "the dental practice told us they're ending their contract at the end of the month", has: ['client-offboarding'], not: ['Register:'] },
    { firm: 'agency', q: 'the Harbour Deli have cancelled their contract, what happens now', has: ['client-offboarding'] },
    // Staff leaving, or a supplier's contract asked about, is not a customer leaving.
    { firm: 'agency', q: 'Ali has handed in his notice, last day is the 20th', has: [], not: ['client-offboarding'] },
    { firm: 'it', q: "we're stopping the printer lease at the end of the year", has: ['Register: scoresby-co'] },
    { firm: 'it', q: 'can you remind me when our contract with Microsoft ends?', has: ['Microsoft 365'], not: ['client-offboarding'] },
  ]);
});

describe('a paper with people on it left at a place by its own name: the breach policy', () => {
  cases([
    // Failed before this round.
    { firm: 'climbing', q: 'left the belay test sheets on the bench at Riverside Leisure Centre after the comp', has: ['breach-reporting'] },
    { firm: 'swim', q: 'I left the class register at Oakfield School pool last night', has: ['breach-reporting'] },
  ]);
});

describe('a tool we do not hold, told by what it is rather than its name, with leave asked to use it: the new-tools policy', () => {
  cases([
    // Failed before this round.
    { firm: 'interiors', q: "can I use one of those AI image generators to mock up the Pembertons' living room, I'd upload their room photos", has: ['new-tools'] },
    { firm: 'dance', q: "there's a free website that makes costume order forms, can we put the pupils' sizes in it", has: ['new-tools'], not: ['Register:'] },
    // Which tool we use for a job, asked, is the register's.
    { firm: 'climbing', q: 'is there an app that tells you the route grades? can i use it on the wall', has: ['TopLogger'] },
    { firm: 'gym', q: 'is there an app for the class timetable?', has: ['Glofox'] },
  ]);
});

describe('a copy of their own notes asked, an attachment opened that has upset the machine, the police asking who rents', () => {
  cases([
    // Failed before this round.
    { firm: 'physio', q: 'patient asked if she can have a copy of her treatment notes from last year', has: ['subject-access'] },
    { firm: 'opticians', q: 'I opened an email attachment from a supplier and now the pc is acting weird', has: ['breach-reporting'] },
    { firm: 'storage', q: 'police turned up asking who rents unit 14', has: ['police-and-safeguarding'] },
    // Kept: a copy of a bill, an attachment opened with nothing amiss, who rents asked by us.
    { firm: 'physio', q: 'can you send me a copy of the invoice for march?', has: ['Cliniko'] },
    { firm: 'opticians', q: 'I opened the attachment on the new frames price list, where does it go?', has: [], not: ['(Policy: breach-reporting'] },
    { firm: 'storage', q: 'who rents the most units?', has: ['Storman'] },
  ]);
});

describe('ransomware told, pictures asked deleted, a client photographed and posted on a personal account', () => {
  cases([
    // Failed before this round.
    { firm: 'architects', q: "we've had a ransomware message on the office pc", has: ['breach-reporting'], not: ['Register:'] },
    { firm: 'weddings', q: 'a couple wants all their wedding photos deleted after the divorce', has: ['client-requests'] },
    { firm: 'salon', q: "one of the girls took a photo of a client's hair and put it on her own tiktok without asking", has: ['photo-consent'], not: ['Register:'] },
    // Kept: a photo asked leave to post is answered as before.
    { firm: 'salon', q: 'can i post the photos of mrs khan\'s balayage on our insta', has: ['Meta'] },
  ]);
});

describe("one tied to a person we serve wanting that person's details; one of ours still in after leaving, told the other way round", () => {
  cases([
    // Failed before this round.
    { firm: 'languages', q: "a student's host family rang to ask what his home address in Spain is", has: ['homestay-information'] },
    { firm: 'aerials', q: "an engineer's still got access to the job app two months after he left", has: ['joiners-leavers'] },
    // Kept: a host family asked about by us, and access asked with nobody gone.
    { firm: 'languages', q: 'who holds the host families details?', has: ['Hostpoint'] },
    { firm: 'aerials', q: 'who has access to the job app?', has: ['ServiceM8'], not: ['(Policy: joiners-leavers'] },
  ]);
});
