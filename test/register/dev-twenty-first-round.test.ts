import { describe } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-first round of work: rounds 25 and 26's misses as classes,
 * written in new words on other example firms, and questions that must keep their right answers.
 * For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    salon: 'fernleigh-salon',
    accountant: 'trekim',
    theatre: 'lantern-playhouse',
    architect: 'penhallow-architects',
  }),
);

describe('a tool we do not use asked about as "is X ok for …" or "ok to use Google X for …": not in the register, and whom to ask', () => {
  cases([
    // Failed before this round (our own supplier for that job, or a policy, as if it were the tool asked about).
    { firm: 'plumber', q: 'is calendly ok for booking boiler services?', has: ["can't find calendly", 'Karen Tolley'], intent: 'unknown-supplier' },
    { firm: 'salon', q: 'is acuity ok for online appointments?', has: ["can't find acuity", 'Rhiannon Hughes'], intent: 'unknown-supplier' },
    { firm: 'plumber', q: 'is it ok to use google drive for the job sheets', has: ["can't find google drive", 'Karen Tolley'], intent: 'unknown-supplier' },
    { firm: 'salon', q: 'is it ok to use google sheets for the client colour records', has: ["can't find google sheets", 'Rhiannon Hughes'], not: ['CCTV'], intent: 'unknown-supplier' },
    // Passed before, kept as checks: our own tools, asked the same ways, and a company we hold a product of.
    { firm: 'accountant', q: 'is it ok to use google drive for the client files', has: ['Google Drive'], not: ["can't find"] },
    { firm: 'plumber', q: 'is commusoft ok for storing gas certificates?', has: ['Commusoft'], not: ["can't find"] },
    { firm: 'plumber', q: 'is it okay to use microsoft teams for the weekly catch-up', has: ['Microsoft 365'], not: ["can't find"] },
    { firm: 'plumber', q: 'is email ok for sending invoices?', has: ['Microsoft 365'], not: ["can't find"] },
  ]);
});

describe('"who won…?" asks for a person no register names: "don\'t know" and whom to ask, whatever "last night" or "last day" a policy shares', () => {
  cases([
    // Failed before this round (a supplier's entry, as if the question were about it).
    { firm: 'theatre', q: 'who won the office sweepstake last night', has: ["don't know", 'Delia Fenwick'], not: ['Spektrix'], intent: 'unknown' },
    { firm: 'architect', q: 'who won the staff raffle on the last day of term', has: ["don't know", 'Orla Brennan'], intent: 'unknown' },
    // Passed before, kept as checks: who looks after a system, whom to ask, and who is told when something goes wrong.
    { firm: 'theatre', q: 'who looks after the ticketing system', has: ['Owen Mallory looks after Spektrix'], intent: 'owner' },
    { firm: 'architect', q: "who's our dpo", has: ['For data protection, ask Orla Brennan'], intent: 'contact' },
    { firm: 'architect', q: 'who is told if a laptop is stolen', has: ['Reporting a data breach'], intent: 'policy' },
  ]);
});

describe('"which suppliers have nobody as owner?": the suppliers with no owner recorded, "owner" never read as a name', () => {
  cases([
    // Failed before this round ("I can't find owner in our register").
    { firm: 'plumber', q: 'which suppliers have nobody as owner', has: ['does not record who looks after Pennine IT Support'], not: ["can't find"], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'which systems have no one as their owner', has: ['does not record who looks after Pennine IT Support'], not: ["can't find"] },
    // Passed before, kept as checks.
    { firm: 'plumber', q: 'which suppliers have no owner', has: ['does not record who looks after Pennine IT Support'], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'who owns commusoft', has: ['Karen Tolley looks after Commusoft'], intent: 'owner' },
  ]);
});

/** Kestrel Physio with its accountants' entry saying what they never get ("No patient records, diagnoses or treatment notes."). */
function withAccountantsDenial() {
  const config = loadConfigFile(new URL('../../examples/kestrel-physio/vigil.yaml', import.meta.url).pathname);
  const suppliers = config.suppliers.map((s) => (s.id === 'clifton-accountants' ? { ...s, sharedData: `${s.sharedData} No patient records, diagnoses or treatment notes.` } : s));
  return devQaOf({ ...config, suppliers });
}

const denied = devCasesOn({ physio: withAccountantsDenial() });

describe('a supplier whose entry says it gets no such data is never listed as holding it', () => {
  denied([
    // Failed before this round (the accountants listed, their "No patient records…" read as holding them).
    { firm: 'physio', q: 'who has our treatment notes', has: ['Cliniko', 'JotForm'], not: ['Clifton Lane Accountants'], intent: 'data' },
    { firm: 'physio', q: 'who do we share patient records with', has: ['Health insurers'], not: ['Clifton Lane Accountants: read-only'] },
    // Passed before, kept as checks: every holder of medical information still listed.
    { firm: 'physio', q: 'which suppliers hold patients medical info', has: ['Cliniko', 'Physitrack', 'JotForm', 'Health insurers'], not: ['Clifton Lane Accountants'] },
  ]);
});
