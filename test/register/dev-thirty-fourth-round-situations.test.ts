import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-fourth round of work, situations: focus set 1's misses that tell a situation, as classes,
 * written in new words on other example firms, and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    salon: 'fernleigh-salon',
    hire: 'bubbletub-hire',
    opticians: 'brightwater-opticians',
    climbing: 'crux-climbing',
    gym: 'corefit-pt',
    vets: 'hawthorn-vets',
    physio: 'kestrel-physio',
    osteo: 'alder-osteopathy',
    podiatry: 'stepwell-podiatry',
    grooming: 'pawprint-grooming',
    tailor: 'needle-and-thread',
    lettings: 'ashcombe-lettings',
    signs: 'brightline-signs',
    farmshop: 'appleyard-farm-shop',
    blocks: 'keyfold-block-management',
    trees: 'oakwise-tree-surgeons',
    haulage: 'redway-haulage',
    sweeps: 'sootbusters-sweeps',
    interiors: 'linden-interiors',
    coffee: 'beanwagon-coffee',
    solar: 'sunmead-solar',
    pottery: 'kilnworks-pottery',
    cleaning: 'sparkle-bright-cleaning',
    cakes: 'sugarloaf-cakes',
    locksmith: 'keystone-locksmiths',
  }),
);

describe('one of our accounts told hacked, or sending what nobody here wrote: the breach policy', () => {
  cases([
    // Failed before this round.
    { firm: 'salon', q: 'think the salon instagram has been hacked, clients are getting odd messages from us with a link', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'hire', q: 'our facebook page is posting things none of us wrote', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'opticians', q: 'customers are getting weird texts from our number that we never sent', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'climbing', q: 'the booking account has been compromised, what do I do', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'gym', q: 'my gmail is sending emails to clients that I didn\'t write', has: ['breach-reporting'], intent: 'policy' },
    // Accepted neighbours: whether a supplier ever was hacked is its entry; what if ours were is the policy asked plainly.
    { firm: 'salon', q: 'has meta ever been hacked', has: ['(Register: meta'] },
    { firm: 'salon', q: 'what if our instagram gets hacked', has: ['breach-reporting'] },
  ]);
});

describe('a work device missing from where it was left, or taken: the lost-device and breach policies', () => {
  cases([
    // Failed before this round.
    { firm: 'salon', q: 'I think my work phone was taken from the staff room this afternoon', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'vets', q: 'the reception ipad has gone from the desk and nobody knows where it is', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'interiors', q: 'the studio laptop is not on the desk where I left it friday and nobody has seen it, who do I tell', has: ['lost-devices'], intent: 'policy' },
    // Accepted neighbours: where a device's data is kept is the register's.
    { firm: 'hire', q: 'what do we do if a tablet is lost', has: ['lost-devices'] },
  ]);
});

describe('a paper with people\'s details left out and read by someone, or left overnight at a named site: the breach policy', () => {
  cases([
    // Failed before this round.
    { firm: 'salon', q: 'left the appointment list on the front counter and a client picked it up and was looking at it', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'vets', q: 'Sam left the client list on the table in the waiting room and an owner was reading it', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'interiors', q: 'left the drawing folder with the client sheet at the Wymondham site overnight', has: ['breach-reporting'], intent: 'policy' },
    { firm: 'sweeps', q: 'left the job sheet at the Haddon farm job overnight', has: ['Reporting a data breach'], intent: 'policy' },
  ]);
});

describe('old records found and asked whether to clear out, or papers put in the ordinary bin: retention and confidential waste', () => {
  cases([
    // Failed before this round.
    { firm: 'physio', q: 'found a load of patient notes from 2012 in the cupboard, nobody\'s been back since. should I delete them', has: ['records-retention'], intent: 'policy' },
    { firm: 'farmshop', q: 'came across old order forms from years ago in the back room, can I just bin them', has: ['(Policy: retention'], intent: 'policy' },
    { firm: 'signs', q: 'we\'ve still got customer artwork files from 8 years ago on the server, can we delete them', has: ['(Policy: retention'], intent: 'policy' },
    { firm: 'podiatry', q: 'Sam put old treatment notes in the recycling bin, I\'ve taken them out, where should they go', has: ['paper-records'], intent: 'policy' },
    { firm: 'tailor', q: 'found printed order forms in the general waste, where do they go', has: ['paper-records'], intent: 'policy' },
    // Accepted neighbours: the same told on a firm whose words already met its waste policy; where a supplier keeps files is the register's.
    { firm: 'grooming', q: 'someone threw the old booking forms in the normal bin, what should we do with them', has: ['paper-forms'], intent: 'policy' },
    { firm: 'signs', q: 'where are artwork files stored', has: ['(Register:'] },
  ]);
});

describe('someone asking for their data gone, told the other way round; an outside body asking after someone; a caller asking their details read back', () => {
  cases([
    // Failed before this round.
    { firm: 'osteo', q: 'a patient rang and wants everything we hold about him wiped', has: ['deletion-requests'], intent: 'policy' },
    { firm: 'locksmith', q: 'an insurer emailed asking if the customer really had his locks changed by us last week', has: ['Requests from the police and others'], intent: 'policy' },
    { firm: 'osteo', q: 'an insurance company rang asking whether a patient had treatment here last month', has: ['third-party-requests'], intent: 'policy' },
    { firm: 'hire', q: 'a caller says he\'s a customer and wants me to read out the phone number and address we have for him', has: ['data-requests'], intent: 'policy' },
    { firm: 'climbing', q: 'someone rang claiming to be a member and asked me to confirm the email we hold for her', has: ['data-requests'], intent: 'policy' },
    // Accepted neighbours: the same told where the words already met the policy; a copy of one's own data is the access request's; the police asking how long we keep something asks the retention rule.
    { firm: 'gym', q: 'client wants all the stuff we hold about him deleted, he\'s moving gyms', has: ['data-requests'], intent: 'policy' },
    { firm: 'blocks', q: 'a leaseholder\'s employer emailed asking whether he was really at home on monday', has: ['third-party-disclosure'], intent: 'policy' },
    { firm: 'osteo', q: 'a patient rang and wants a copy of everything we hold about him', has: ['subject-access'] },
    { firm: 'lettings', q: 'a tenant wants a copy of everything we hold on him', has: ['(Policy:'] },
    { firm: 'lettings', q: 'the police rang asking how long we keep cctv', has: ['How long we keep records'] },
  ]);
});

describe('a work vehicle on one\'s own time, asked or worried whether it is watched: the trackers policy', () => {
  cases([
    // Failed before this round.
    { firm: 'hire', q: 'taking the van home this weekend to help my mate move, will the tracker see where I go?', has: ['van-trackers'], intent: 'policy' },
    { firm: 'hire', q: 'Dan is worried the office can see where he goes in the van after work', has: ['van-trackers'], intent: 'policy' },
    { firm: 'haulage', q: 'one of the drivers thinks the office is spying on where he goes in the lorry after his shift', has: ['vehicle-tracking'], intent: 'policy' },
    { firm: 'sweeps', q: 'using the van to pick my kids up after work, will the office see where I went?', has: ['van-trackers'], intent: 'policy' },
    // Accepted neighbours: where the tracker data is kept, and who sees it, are the register's.
    { firm: 'hire', q: 'where is the tracker data kept', has: ['(Register: quartix'] },
  ]);
});

describe('what a password may be, or two-step wanted off: the passwords policy, beside the account\'s own fact', () => {
  cases([
    // Failed before this round.
    { firm: 'interiors', q: 'what password should I use for the new dropbox account, is my cat\'s name ok?', has: ['(Policy: passwords'], intent: 'policy' },
    { firm: 'interiors', q: 'Ellis wants to turn off the two-step codes on dropbox, they\'re a pain', has: ['(Register: dropbox', '(Policy: passwords'] },
    { firm: 'coffee', q: 'the two-step codes on square are really annoying, can we turn them off?', has: ['(Register: square', '(Policy: passwords'] },
    // Accepted neighbours: which apps let two-step be on without forcing it is a list of the register's.
    { firm: 'cakes', q: 'which apps let u turn on 2 step but dont force it', has: [], not: ['(Policy: passwords'] },
    { firm: 'coffee', q: 'does square have 2fa', has: ['Square'] },
  ]);
});

describe('one we work with wanting more of a client\'s details, or one of ours gone who can still get in: sharing and leavers policies', () => {
  cases([
    // Failed before this round.
    { firm: 'solar', q: 'the scaffolders want the customer\'s email too, is that ok?', has: ['(Policy: sharing'], intent: 'policy' },
    { firm: 'interiors', q: 'the freelance photographer has finished but can still log into our houzz', has: ['leavers'], intent: 'policy' },
    { firm: 'pottery', q: 'the summer helper left in august and can still see the shared drive', has: ['leavers'], intent: 'policy' },
    { firm: 'trees', q: 'the subcontractor finished the job but can still access our google drive', has: ['starters-and-leavers'], intent: 'policy' },
    { firm: 'cleaning', q: 'one of the cleaners quit but can still log into the app', has: ['leavers'], intent: 'policy' },
    // Accepted neighbours: what a supplier gets from us, and who can see a system, are the register's.
    { firm: 'interiors', q: 'who can see the Dropbox folders', has: ['Dropbox'], not: ['(Policy: leavers'] },
    { firm: 'solar', q: 'what do the scaffolders get', has: ['(Register:'] },
  ]);
});
