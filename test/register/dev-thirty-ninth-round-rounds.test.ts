import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-ninth round, misses of the read rounds (lists over the register, a safeguarding story), as classes, in new
 * words on example firms other than the ones they came from where the firm allows. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    osteo: 'alder-osteopathy',
    electrician: 'sparkwise-electrical',
    yoga: 'stillpoint-yoga',
    football: 'riverside-rovers-fc',
    dance: 'pirouette-dance-academy',
    software: 'northwind-digital',
    counselling: 'willowbank-counselling',
    physio: 'kestrel-physio',
    discos: 'beatbox-discos',
    scaffolders: 'steelrig-scaffolding',
    signs: 'brightline-signs',
    trees: 'oakwise-tree-surgeons',
    vineyard: 'hollowfield-vineyard',
  }),
);

describe('a list asked to be named ("name them pls"): the list, not a kind of data called "name"', () => {
  cases([
    // Failed before this round: "name pls" narrowed the list to holders of names.
    { firm: 'osteo', q: 'how many suppliers store stuff in the EU? name them pls', has: ['SumUp', 'Google Workspace', 'BrightPay'], not: ['name pls'] },
  ]);
});

describe("the register silent on a field, said as what we haven't written down: those suppliers by name", () => {
  cases([
    // Failed before this round.
    { firm: 'electrician', q: 'any suppliers where we havent written down how long they keep stuff?', has: ['National Grid Electricity Distribution'] },
    { firm: 'yoga', q: 'which suppliers have we not recorded how long they keep data for?', has: ['Yoga Alliance Professionals'], not: ['Zoom:'] },
  ]);
});

describe('one who looks after a child told hurting or frightening them: the safeguarding policy', () => {
  cases([
    // Failed before this round (an au pair shouting at the kids and shutting the toddler in his room), in new words.
    { firm: 'football', q: 'one of the coaches grabbed a lad by the arm at training and shouted at him', has: ['safeguarding'] },
    { firm: 'dance', q: "a dad says one of the helpers locked his daughter in the changing room as a joke", has: ['safeguarding'] },
    // Shouting at the referee, or a door shut, is no harm to a child.
    { firm: 'football', q: 'the coach was shouting at the ref all game', has: [], not: ['safeguarding'] },
    { firm: 'dance', q: 'can someone shut the studio door, the music is too loud', has: [], not: ['safeguarding'] },
  ]);
});

describe("others' data kept on one's own device: the policy on personal devices", () => {
  cases([
    // Failed before this round ("can I keep a clients data on my personal macbook"), in new words.
    { firm: 'software', q: 'ok to save the client spreadsheets onto my own laptop to work from home over the weekend?', has: ['devices'], not: ['client-offboarding'] },
  ]);
});

describe('paper done with "when a client ends": the policy that says how to get rid of it', () => {
  cases([
    // Failed before this round.
    { firm: 'counselling', q: 'what do i do with my process notes when a client ends', has: ['records-retention'], not: ['(Register:'] },
    { firm: 'physio', q: 'what should i do with the paper notes when a patient finishes their treatment?', has: ['records-retention'] },
  ]);
});

describe('someone joining our staff, with what needs doing asked: the policy on starters', () => {
  cases([
    // Failed before this round, in new words.
    { firm: 'discos', q: 'new dj starting next friday, what needs setting up before his first gig?', has: ['starters-and-leavers'], not: ['(Register:'] },
    // A subcontractor starting is paid under the scheme for subcontractors, not set up as staff.
    { firm: 'scaffolders', q: 'new sub starting monday, what do i need to do before we pay him', has: ['cis-subcontractors'] },
  ]);
});

describe('work deleted by mistake, told without asking for it back: the backups policy', () => {
  cases([
    { firm: 'signs', q: 'i think i deleted a whole customers folder of artwork by mistake, help', has: ['backups'], not: ['retention'] },
  ]);
});

describe('a surname after a title is a person, not a tool we do not hold', () => {
  cases([
    // Failed before this round: "I can't find Mrs in our register".
    { firm: 'trees', q: 'what do i do with the gate key Mrs Allen left with us after the job?', has: [], not: ["can't find Mrs", "can't find Allen"] },
  ]);
});

describe('a work device left somewhere, asked ahead: the policy that says where devices may not be left', () => {
  cases([
    // Failed before this round ("leave the shop ipad out on the counter overnight"), in new words.
    { firm: 'trees', q: 'is it alright leaving my work phone in the truck over the weekend?', has: ['devices'], not: ['(Register:'] },
    { firm: 'vineyard', q: "can i leave the shop ipad on the till overnight, it's a faff locking it away", has: ['lost-devices'], not: ['(Register:'] },
  ]);
});
