import { describe, expect, it } from 'vitest';
import { devCasesOn, exampleFirms, tinyFirmQa } from './dev-questions.ts';

/**
 * Backups asked of the register as a whole ("where are the backups kept?") are each entry's backups as the register records
 * them, where no entry is a backup service and no policy is about backups; one supplier's are its own.
 */
const cases = devCasesOn(
  exampleFirms({ kennels: 'thistledown-kennels', osteo: 'alder-osteopathy', farriers: 'anvil-and-hoof-farriers', parties: 'bouncealot-parties' }),
);

describe("backups asked of the register as a whole: each entry's, and those with none recorded", () => {
  cases([
    { firm: 'kennels', q: 'where are the backups kept', has: ['Gingr: daily backups to a second AWS region', 'Not recorded for', 'Moira Haldane'], intent: 'security' },
    { firm: 'osteo', q: 'how is our data backed up', has: ['Cliniko: continuous backups', 'Physitrack: daily backups'], intent: 'security' },
    { firm: 'parties', q: 'who does our backups?', has: ['Google Workspace', 'Inflatable Office: nightly backups'], not: ['Shred-it'], intent: 'security' },
    { firm: 'osteo', q: 'which suppliers keep backups?', has: ['Cliniko: continuous backups'], not: ['records no supplier holding backups'] },
  ]);
});

describe("backups the firm's policy is about, or asked of one supplier, or told in a story, are not the register's list", () => {
  cases([
    { firm: 'farriers', q: 'where are the backups kept', has: ['policy: backups'], not: ['Backups the register records'] },
    { firm: 'osteo', q: 'does cliniko keep backups', has: ['Cliniko: continuous backups'], not: ['Backups the register records', 'Physitrack'] },
    { firm: 'kennels', q: 'i deleted a booking by mistake, can it come back from the backup?', has: [], not: ['Backups the register records'] },
  ]);
});

const services = devCasesOn(exampleFirms({ podcasts: 'boomline-studios' }));

describe('backups asked where an entry is a backup service are that entry', () => {
  services([{ firm: 'podcasts', q: 'where are the backups kept', has: ['Backblaze B2'], not: ['Backups the register records', 'Not recorded for'] }]);
});

describe('a register that records no backups says so, and whom to ask, never a confident none', () => {
  it('says the register records none and names the contact', () => {
    const qa = tinyFirmQa([
      '  - { id: xero, name: Xero, purpose: Accounts., locations: [UK], gdprStatement: { status: on-file } }',
      '  - { id: mailchimp, name: Mailchimp, purpose: Newsletter., locations: [US], gdprStatement: { status: on-file } }',
    ]);
    const answer = qa.ask('where are the backups kept').answer;
    // What the register records, not what the firm has: it may keep backups the register does not say.
    expect(answer).toContain("The register records no supplier's backups");
    expect(answer).toContain('Pat Doe (pat@tiny.example)');
    expect(answer).not.toMatch(/\b(?:we have no|there are no|none are kept)\b/i);
  });
});
