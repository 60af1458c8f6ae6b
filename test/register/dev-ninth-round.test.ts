import { describe, it } from 'vitest';
import { checkDevCase as check, devQa as load, type DevCase as Case } from './dev-questions.ts';

/**
 * Dev questions for issue 17's ninth round of work: one or more for each general cause found in
 * round 8's misses (a development set since it was scored), written in new words on other example
 * firms, and others of the kinds an unseen firm's staff ask. For tuning, like dev-firm.test.ts.
 */
/** Each example firm these questions are asked of, by its trade. */
const FIRMS = {
  architects: load('../../examples/fenwick-shaw/vigil.yaml'),
  deli: load('../../examples/oakhill-pantry/vigil.yaml'),
  msp: load('../../examples/kittiwake-it/vigil.yaml'),
  photographer: load('../../examples/lumen-lark/vigil.yaml'),
  physio: load('../../examples/kestrel-physio/vigil.yaml'),
  plumber: load('../../examples/tolley-plumbing/vigil.yaml'),
  recruiter: load('../../examples/kestrel-recruitment/vigil.yaml'),
  school: load('../../examples/millbrook-school/vigil.yaml'),
  shop: load('../../examples/brackenridge-oak/vigil.yaml'),
  solicitors: load('../../examples/greaves-lowther/vigil.yaml'),
  studio: load('../../examples/larch-vale/vigil.yaml'),
  vets: load('../../examples/hawthorn-vets/vigil.yaml'),
};

/** One test a case, titled by firm and question. */
function cases(list: (Case & { firm: keyof typeof FIRMS })[]): void {
  it.each(list)('$firm: $q', ({ firm, ...c }) => check(FIRMS[firm], c));
}

describe('who else can reach, view or is able to see a supplier\'s data asks who has access', () => {
  cases([
    { firm: 'plumber', q: 'who else is able to reach the job system data', has: ['Pennine IT Support', 'Commusoft support can log in'], intent: 'access' },
    { firm: 'physio', q: 'who else can reach the patient notes in cliniko', has: ['Avonside IT', 'switch on support access'], intent: 'access' },
    { firm: 'physio', q: 'is anyone else able to view cliniko', has: ['Avonside IT'], intent: 'access' },
    { firm: 'solicitors', q: 'who else can reach the data in leap', has: ['Arkwright IT', 'approve remote access'], intent: 'access' },
  ]);
});

describe('a tool not on the register, asked leave to use to send something somewhere, is not on the register', () => {
  cases([
    // The council, the GP, the other side's solicitors: where it would go, not what is asked about.
    { firm: 'physio', q: 'can we use wetransfer to send x-rays to the gp', has: ["can't find wetransfer", 'Nadia Okoro'], intent: 'unknown-supplier' },
    { firm: 'solicitors', q: "can i use dropbox to send the completion statement to the buyer's solicitors", has: ["can't find dropbox", 'Helen Marsh'], intent: 'unknown-supplier' },
    { firm: 'plumber', q: 'is it ok to use wetransfer to send the gas certificates to the landlord', has: ["can't find wetransfer", 'Karen Tolley'], intent: 'unknown-supplier' },
  ]);
});
