import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for the thirty-seventh round of work, situations: told events whose policy the answerer missed, as classes,
 * written in new words on other example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    gym: 'copperbeech-fitness',
    removals: 'thackeray-removals',
  }),
);

describe('a story told, then who to tell: the policy that covers what happened, where it is what the policy is about', () => {
  cases([
    // Failed before this round.
    { firm: 'gym', q: "one of the girls handed Dave's locker fob to the wrong bloke this morning who do i tell", has: ['breach-reporting', '24 hours'] },
    { firm: 'gym', q: "posted the wrong member's PT plan to someone else's house, who should I tell", has: ['breach-reporting'] },
    { firm: 'gym', q: "a client mentioned she's on new pills that make her dizzy, who do we tell", has: ['health-data'] },
    // Accepted neighbours: a story no policy is about, or no story at all, is the contact's.
    { firm: 'gym', q: 'the boiler in the changing rooms is making a banging noise, who do I tell', has: ['Nadia Okonkwo'], not: ['(Policy:'] },
    { firm: 'gym', q: 'who do I tell', has: ['Nadia Okonkwo'], not: ['(Policy:'] },
    { firm: 'removals', q: 'emailed the inventory for the Patels to Mrs Green by mistake, who do I ring', has: ['breach-reporting'] },
  ]);
});

describe('someone asking what we hold about them, or to be deleted, however it reached us and however the holding is said', () => {
  cases([
    // Failed before this round.
    { firm: 'gym', q: "a lad at reception wants to know what stuff we've got stored about him", has: ['subject-access'], intent: 'policy' },
    { firm: 'gym', q: 'a member asked what details we currently hold about her', has: ['subject-access'], intent: 'policy' },
    { firm: 'gym', q: "woman DM'd the gym insta saying delete my details now I've cancelled", has: ['erasure'], intent: 'policy' },
    // Accepted neighbours.
    { firm: 'removals', q: 'a former porter emailed asking for everything we hold about him', has: ['subject-access'] },
    { firm: 'gym', q: 'ex member messaged us saying get rid of all my info please', has: ['erasure'] },
  ]);
});

describe('a theft of something that carries no one\'s details is no breach; a device or paper taken still is', () => {
  cases([
    // Failed before this round.
    { firm: 'gym', q: "a bloke's bike got nicked outside, can I put a still from the camera recording on our facebook", has: ['Policy: cctv'], not: ['lost-device', 'breach-reporting'] },
    { firm: 'removals', q: 'someone pinched the tape and blankets out of the van, do we have spares?', has: [], not: ['breach-reporting'] },
    // Accepted neighbours.
    { firm: 'gym', q: 'someone nicked the front desk ipad while I was on a break', has: ['lost-device'] },
    { firm: 'removals', q: "one of the lads lost a customer's alarm code on the move, who do i call", has: ['breach-reporting'] },
    { firm: 'removals', q: 'the crew lost the keys to the Fords\' new place on the job', has: ['customer-keys'] },
  ]);
});
