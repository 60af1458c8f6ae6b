import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Questions from the review of issue 17's twenty-third round: ordinary questions that the round's
 * new rules first answered wrongly (a common word read as a colleague's familiar name, a lost phone
 * taken for a file to restore, a child's form taken for a child, an everyday verb taken for a tool),
 * each beside the question the rule was written for, which must keep its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    vets: 'hawthorn-vets',
    nursery: 'puddleduck-nursery',
    school: 'millbrook-school',
    club: 'riverside-rovers-fc',
  }),
);

describe('a familiar form of a name is read only where the question puts a person', () => {
  cases([
    { firm: 'vets', q: 'what apps do we use to call clients?', has: ['PetsApp'], not: ['Callum'], intent: 'purpose' },
    // The question the rule was written for: "Shaz" for Sharon, where the question puts a person.
    { firm: 'club', q: 'what systems is shaz in charge of', has: ['SumUp', 'Bannister Teamwear'] },
  ]);
});

describe('a lost device asked back is a breach to report; a deleted file asked back is a backup to restore', () => {
  cases([
    { firm: 'vets', q: 'I lost my work phone on the bus, how do we get it back?', has: ['Reporting a data breach', '24 hours'], not: ['Offsite backups'], intent: 'policy' },
    { firm: 'vets', q: 'lost the practice laptop, can we get it back?', has: ['Reporting a data breach'], not: ['Offsite backups'], intent: 'policy' },
    { firm: 'vets', q: 'deleted the rota by mistake, can we get it back?', has: ['Offsite backups and recovery'], intent: 'policy' },
  ]);
});

describe("safeguarding is for a child's disclosure, not a child's form nor an adult's secret", () => {
  cases([
    { firm: 'nursery', q: "we lost a child's medication form, what do I do?", has: ['breach'], not: ['safeguarding concern'], intent: 'policy' },
    { firm: 'school', q: "lost a boy's report on the train, what should I do?", has: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'nursery', q: "one of the staff told me she's pregnant and asked me not to tell anyone, what do I do?", has: ['Sorry'], not: ['safeguarding'] },
    { firm: 'nursery', q: 'a little girl told me something about her dad and asked me not to tell anyone', has: ['safeguarding'], intent: 'policy' },
  ]);
});

describe('an everyday verb or noun in a tool\'s place is not a tool we do not hold', () => {
  cases([
    { firm: 'vets', q: 'is it ok to forward the lab results to my personal email?', has: ['Reporting a data breach'], not: ["can't find forward"], intent: 'policy' },
    { firm: 'vets', q: 'is it ok to screenshot the chat with a client?', has: ['PetsApp'], not: ["can't find screenshot"] },
    { firm: 'vets', q: 'do we have a premises licence?', has: ['Sorry'], not: ["can't find premises"] },
  ]);
});
