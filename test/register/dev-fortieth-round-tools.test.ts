import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fortieth round (tools the firm does not use): misses of that kind from the focus sets as
 * classes, written in new words on other example firms, each beside a question of like words that keeps its old, right
 * answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    coffee: 'beanwagon-coffee',
    grooming: 'pawprint-grooming',
    plumber: 'tolley-plumbing',
    pottery: 'kilnworks-pottery',
    podiatry: 'stepwell-podiatry',
    gym: 'corefit-pt',
    counselling: 'willowbank-counselling',
    park: 'heronsfield-holiday-park',
    removals: 'thackeray-removals',
    bridal: 'ivory-lace-bridal',
  }),
);

describe('leave asked after the change, in words the rounds had not taught: "are we ok to switch?", "any problem with that?"', () => {
  cases([
    // Failed before this round: the job's supplier of ours answered.
    { firm: 'counselling', q: 'accountant reckons we should run payroll on sage from april, are we ok to switch?', has: ["can't find sage", 'Priya Venkatesan'], not: ['BrightPay:'] },
    { firm: 'park', q: 'jeremy wants the pitch fee invoices on quickbooks from next year – any problem with that?', has: ["can't find quickbooks", 'Rosalind Achebe'], not: ['Xero:'] },
    { firm: 'coffee', q: 'the bookkeeper reckons we should run payroll on sage from next month, are we ok to switch?', has: ["can't find sage", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'could we do the invoices on wave from january, are we ok to change?', has: ["can't find wave", 'Policy: new-tools'] },
    { firm: 'plumber', q: 'the new office manager wants the job invoices on freshbooks from april - any problem with that?', has: ["can't find freshbooks"] },
    // Right before and kept: how a job is done, in English words, is no tool.
    { firm: 'podiatry', q: 'can i do the notes in bullet points, are we ok to do that?', has: [], not: ["can't find"] },
    { firm: 'grooming', q: 'could we run the payroll on friday instead, are we ok to do that?', has: [], not: ["can't find"] },
    { firm: 'pottery', q: 'can we do the rota in pairs from now on, are we ok to change?', has: [], not: ["can't find"] },
  ]);
});

describe('a product heard well of, kept in my own big-company drive, signed on, signed up for as "it", or a network set up for us', () => {
  cases([
    // Failed before this round: the job's words met a supplier of ours or a policy.
    { firm: 'removals', q: 'heard good things about movewear for quotes and job sheets, could we give it a go', has: ["can't find movewear", 'Donal Keane'], not: ['MoveMan:'] },
    { firm: 'removals', q: 'is it ok to save inventories into my google drive so i can get at them from home', has: ["can't find google drive", 'Donal Keane'] },
    { firm: 'removals', q: 'can i get customers to sign the storage agreement on docusign', has: ["can't find docusign", 'Donal Keane'] },
    { firm: 'bridal', q: 'brides keep asking if we do klarna. can we sign up for it', has: ["can't find klarna", 'Philippa Marsh'] },
    { firm: 'bridal', q: 'can i set us up a tik tok for try-on videos', has: ["can't find tik tok", 'Philippa Marsh'] },
    // The same classes in new words on other firms.
    { firm: 'plumber', q: 'heard good things about fergus for job sheets, could we give it a go', has: ["can't find fergus"] },
    { firm: 'coffee', q: 'ive heard great things about loyverse for the till, can we try it', has: ["can't find loyverse", 'Policy: new-tools'] },
    { firm: 'plumber', q: 'is it ok to save the job photos into our google drive', has: ["can't find google drive"] },
    { firm: 'grooming', q: 'could we get owners to sign the consent form on pandadoc', has: ["can't find pandadoc", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'people ask whether we accept laybuy, could we sign up to it', has: ["can't find laybuy", 'Policy: new-tools'] },
    { firm: 'pottery', q: 'can you set me up a you tube channel for the throwing demos', has: ["can't find you tube", 'Policy: new-tools'] },
    // Right before and kept: a person heard well of, a supplier of that company we hold, a thing signed on a device, work we do.
    { firm: 'grooming', q: 'heard good things about the new groomer in town, can we ask her to cover', has: [], not: ["can't find"] },
    { firm: 'podiatry', q: 'is it ok to save the patient letters into my own google drive so i can work from home', has: [], not: ["can't find"] },
    { firm: 'plumber', q: 'can i get customers to sign the job sheet on the ipad', has: [], not: ["can't find"] },
    { firm: 'coffee', q: 'customers keep asking if we do oat milk, can we sign up for it', has: [], not: ["can't find"] },
  ]);
});
