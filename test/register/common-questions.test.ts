import { describe, expect, it } from 'vitest';
import { devCasesOn, exampleFirms, tinyFirmQa } from './dev-questions.ts';

/**
 * Questions every firm's staff ask, found answered badly across the example firms by sweeping each over all of them (the
 * forty-sixth round): each beside a question of like words that keeps its answer.
 */
const cases = devCasesOn(exampleFirms({ farriers: 'anvil-and-hoof-farriers' }));

describe("a person's right asked after ('can a customer ask for a copy of their data?') is the policy on such requests", () => {
  cases([
    { firm: 'farriers', q: 'can a customer ask for a copy of their data?', has: ['subject-requests'], not: ['Farrier Pro:'] },
    { firm: 'farriers', q: 'can customers ask for a copy of the data we hold on them?', has: ['subject-requests'], not: ['Farrier Pro:'] },
    // Neighbour: which suppliers hold customers' data is the register's list.
    { firm: 'farriers', q: 'which suppliers hold customer data?', has: ['Farrier Pro'], not: ['subject-requests'] },
  ]);
});

const privacy = devCasesOn(exampleFirms({ osteo: 'alder-osteopathy', farmshop: 'appleyard-farm-shop' }));

describe("the firm's own privacy notice is no supplier's GDPR statement", () => {
  privacy([
    { firm: 'farmshop', q: 'where is our privacy policy?', has: ['do not hold our own privacy notice', 'Ask '], not: ['GDPR statements not on file'] },
    { firm: 'osteo', q: 'do we have a privacy notice?', has: ['do not hold our own privacy notice'] },
    // Neighbour: a supplier's privacy policy is its statement.
    { firm: 'osteo', q: 'does cliniko have a privacy policy?', has: ["Cliniko's GDPR statement is on file"], intent: 'statement' },
  ]);
});

describe('encryption asked of all our data is the register-wide list, at rest or in transit as asked', () => {
  privacy([
    { firm: 'osteo', q: 'is our data encrypted?', has: ['Suppliers that encrypt our data at rest: Cliniko'], intent: 'list-suppliers' },
    { firm: 'osteo', q: 'is the data encrypted in transit', has: ['Suppliers that encrypt our data in transit: Cliniko'], not: ["can't find transit"] },
    { firm: 'osteo', q: 'which suppliers encrypt data in transit?', has: ['in transit: Cliniko', 'Balens'] },
    // Neighbour: one supplier's encryption is its own.
    { firm: 'osteo', q: 'is cliniko encrypted?', has: ['Cliniko'], not: ['Suppliers that encrypt'] },
  ]);
});

const own = devCasesOn(exampleFirms({ music: 'ashdown-music' }));

describe("the asker's own thing ('my personal email') is not the entry the firm calls by that everyday word", () => {
  own([
    { firm: 'music', q: 'can i use my personal email for work?', has: [], not: ['Google Workspace:'] },
    // Neighbour: the firm's email, asked of, is its entry.
    { firm: 'music', q: 'where is our email stored?', has: ['Google Workspace'] },
  ]);
});

const access = devCasesOn(exampleFirms({ osteo: 'alder-osteopathy', farmshop: 'appleyard-farm-shop' }));

describe("'does anyone else get our X data?' asks who besides us reaches it, not what it holds", () => {
  access([
    { firm: 'osteo', q: 'does anyone else get our cliniko data?', has: ['Moneypenny has access to Cliniko'], intent: 'access' },
    { firm: 'farmshop', q: 'does anyone else get a copy of the invoices?', has: ['Tanner Hollis has access to Xero'], intent: 'access' },
    // Neighbour: what an entry holds is its data.
    { firm: 'osteo', q: 'what data does cliniko hold?', has: ['Cliniko holds'], intent: 'data' },
  ]);
});

describe("'who hasn't got a statement?' is the register's missing statements, as 'which suppliers haven't' already was", () => {
  access([
    { firm: 'osteo', q: "who hasn't got a statement?", has: ['Physitrack'], intent: 'statement' },
    // Neighbour: one supplier's statement is its own.
    { firm: 'osteo', q: "has cliniko got a statement?", has: ['Cliniko'], not: ['Physitrack'] },
  ]);
});

const reviews = devCasesOn(exampleFirms({ osteo: 'alder-osteopathy', opticians: 'brightwater-opticians' }));

describe("'which suppliers are overdue a review?' is the reviews past due, said without 'for' or a statement", () => {
  reviews([
    { firm: 'opticians', q: 'which suppliers are overdue a review?', has: ['past their review date: Norville Lab'], intent: 'statement' },
    // Whatever the day (the answer reads the system clock), the reviews are what is answered.
    { firm: 'osteo', q: 'which suppliers are due a review?', has: ['review date'], not: ["can't find"], intent: 'statement' },
    // One supplier's, said the same way, is its own.
    { firm: 'osteo', q: 'is xero due a review?', has: ["Xero's GDPR statement"], intent: 'statement' },
  ]);
});

describe("a firm whose policy is on its own privacy notice answers with that policy", () => {
  it('quotes the policy, not that the register does not hold the notice', () => {
    const qa = tinyFirmQa(
      ['  - { id: xero, name: Xero, purpose: Accounts., locations: [UK], gdprStatement: { status: on-file } }'],
      ['  - { id: privacy-notice, title: Our privacy notice, text: Our privacy notice is on the website footer and printed at the front desk; Pat reviews it every spring., keywords: [privacy notice, privacy policy] }'],
    );
    const answer = qa.ask('where is our privacy policy?').answer;
    expect(answer).toContain('Our privacy notice: Our privacy notice is on the website footer');
    expect(answer).not.toContain('do not hold our own privacy notice');
  });
});
