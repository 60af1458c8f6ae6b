import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/clock.ts';
import { readFileSync } from 'node:fs';
import { loadConfigFile, parseConfig } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';

/**
 * Dev questions for issue 17's third round of work, on the letting agency fixture: one or more for
 * each general cause found in the failures of the two measured rounds (now development sets).
 * Written while the answerer was changed, so they are for tuning, like dev-firm.test.ts.
 */
const config = loadConfigFile(new URL('./fixtures/harbour-lettings.yaml', import.meta.url).pathname);
const clock = new FakeClock('2026-12-01T09:00:00Z');
const qa = new PolicyQa(config, { clock });
const CONTACT = 'Nadia Okafor (nadia@harbour-lettings.example)';

interface Case {
  q: string;
  has: string[];
  not?: string[];
  intent?: string;
}

const CASES: Case[] = [
  // A "which have none" list names none that have one.
  { q: 'which suppliers are missing a GDPR statement?', has: ['Goodlord (awaited)', 'Fixflo (not on file)'], not: ['Reapit', 'Rightmove', 'Stripe'] },
  { q: 'which gdpr statements have we asked for but not got back', has: ['MailerLite (requested)'], not: ['Reapit', 'Google Workspace'] },
  // The register's own status word is said.
  { q: "do we have Fixflo's GDPR statement?", has: ['missing'] },
  { q: 'is the wilsons dpa sorted yet', has: ['in progress'] },
  // A supplier the register does not hold, in a statement question: unknown, never the list.
  { q: 'is dropbox gdpr compliant', has: ["can't find dropbox", CONTACT], not: ['Goodlord'], intent: 'unknown-supplier' },
  { q: 'do we have a dpa with sage?', has: ["can't find sage", CONTACT], intent: 'unknown-supplier' },
  // A property narrowed to the value asked: a certification, enforced 2FA, a transfer mechanism.
  { q: 'which suppliers are SOC 2 certified?', has: ['Stripe'], not: ['Reapit'] },
  { q: 'which suppliers are ISO 27001 certified?', has: ['Reapit'], not: ['Stripe'] },
  { q: 'which suppliers are pci certified', has: ['Stripe'], not: ['Reapit'] },
  { q: 'which suppliers enforce two-factor?', has: ['Reapit', 'Google Workspace'], not: ['Goodlord'] },
  { q: 'which suppliers rely on adequacy for transfers?', has: ['Google Workspace'], not: ['Goodlord', 'Stripe'] },
  // ...and "without" asks for those that lack it (and those the register is silent on), never those that have it.
  { q: 'any suppliers without 2fa?', has: ['does not record two-factor support for', 'Stripe'], not: ['Reapit', 'Google Workspace'] },
  { q: "which suppliers don't encrypt data", has: ['Goodlord'], not: ['Reapit', 'Stripe'] },
  { q: 'which suppliers are not SOC 2 certified', has: ['Reapit', 'Goodlord'], not: ['Stripe'] },
  // A filter word is never a data word ("read-only"); a region filter over whom we share with; where the register is silent.
  { q: 'which of the companies we share data with are in the UK?', has: ['mydeposits', 'Wilsons Accountants'], not: ['MailerLite', 'Stripe'] },
  { q: 'for which suppliers do we not know where the data is?', has: ['Fixflo', 'KeyNest'], not: ['Reapit', 'Goodlord'] },
  // A question that names a supplier but asks what to do: the policy, with the supplier's entry.
  { q: 'a landlord replied stop to the MailerLite newsletter, what do I do?', has: ['unsubscribe them in MailerLite the same day'], intent: 'policy' },
  // Indirect questions that start with who did it, with or without "a"/"the".
  { q: 'tenant says they want a copy of everything we hold on them', has: ['within one month'], intent: 'policy' },
  { q: 'the contractor posted the keys to the wrong house', has: ['within one hour'], intent: 'policy' },
  // ...matched by the meaning of the policy's phrase keyword ("subject access"), not by stray phrase marks.
  { q: 'landlord wants to know what data we hold on them', has: ['we must reply within one month'], intent: 'policy' },
  { q: 'an applicant wants to see their data', has: ['we must reply within one month'], intent: 'policy' },
  // Any field of a named supplier, found by the question's words (or their everyday meaning).
  { q: 'is google drive data copied to more than one place?', has: ['Replicated across Google data centres'] },
  { q: 'does reapit limit what each branch can see?', has: ['Role-based access for each branch'] },
  // Whom we pass data to: those the register says we pass data to, narrowed to the data named.
  { q: 'who do we pass tenant data on to?', has: ['mydeposits: tenant names, the property address'], not: ['MailerLite', 'Wilsons'] },
  { q: 'are we joint controllers with rightmove', has: ['Rightmove is a joint controller'], intent: 'role' },
  // Typed without apostrophes, and typos that swap two letters of a name at any length.
  { q: 'wheres goodlord data held', has: ['Goodlord', 'the UK and the US'], intent: 'location' },
  { q: 'which suppliers dont have an owner', has: ['mydeposits', 'Stripe'], not: ['Reapit', 'Goodlord'] },
  // Off-topic: don't know, naming no supplier in the suggestions either.
  { q: 'is the weather nice for the harbour walk?', has: ["don't know", CONTACT], not: ['Reapit', 'Goodlord'], intent: 'unknown' },
  // ...even when one word is the register's: most of it is not.
  { q: 'who holds the keys to the pub quiz trophy tonight', has: ["don't know", CONTACT], not: ['Policy:', 'Register:'], intent: 'unknown' },
  { q: 'any repairs needed on the football pitch before saturday', has: ["don't know", CONTACT], not: ['Fixflo'], intent: 'unknown' },
  // ...but contractions and joining words are not strangers, and "who do I ring if…" asks what to do.
  { q: "who do I ring if I think we've been hacked?", has: ['within one hour'], intent: 'policy' },
  // ...and a slang word for a known one keeps it on topic.
  { q: 'my work phone got nicked on the bus', has: ['wiped remotely'] },
];

describe('Q&A on a letting agency (dev questions, issue 17 third round)', () => {
  it.each(CASES)('$q', ({ q, has, not, intent }) => {
    const answer = qa.ask(q);
    for (const fact of has) expect(answer.answer.toLowerCase()).toContain(fact.toLowerCase());
    for (const fact of not ?? []) expect(answer.answer).not.toContain(fact);
    if (intent) expect(answer.intent).toBe(intent);
    expect(answer.answer).not.toMatch(/[^.]\.\.(?!\.)|[a-z0-9)] (It|The|We|Our|On|See) [a-z]|[,;]\./);
  });

  it('adds a retention policy that names the data asked about, and only then', () => {
    const path = new URL('./fixtures/harbour-lettings.yaml', import.meta.url).pathname;
    const withPolicy = `${readFileSync(path, 'utf8').trimEnd()}
  - id: records
    title: How long we keep records
    text: Tenancy files are kept for 6 years after the tenancy ends; viewing notes are deleted 6 months after the viewing.
    keywords: [retention, records]
`;
    const qa2 = new PolicyQa(parseConfig(withPolicy, 'harbour-lettings.yaml'), { clock });
    const notes = qa2.ask('how long do we keep viewing notes?');
    expect(notes.answer).toContain('Reapit');
    expect(notes.answer).toContain('viewing notes are deleted 6 months after the viewing');
    expect(notes.sources).toContain('policy:records');
    const passports = qa2.ask('how long do we keep passport copies?');
    expect(passports.answer).toContain('Goodlord');
    expect(passports.answer).not.toContain('Policy:');
  });

  it('says which statements are past their review date by the clock it is given', () => {
    const early = new PolicyQa(config, { clock: new FakeClock('2026-12-01T09:00:00Z') });
    expect(early.ask('whose GDPR statements are overdue for review?').answer).toMatch(/No GDPR statement in the register is past its review date\. Next due: Reapit \(due 2027-03-01\)\./);
    const later = new PolicyQa(config, { clock: new FakeClock('2027-03-02T09:00:00Z') });
    const answer = later.ask('which gdpr statements are past their review date');
    expect(answer.answer).toContain('GDPR statements past their review date: Reapit (due 2027-03-01).');
    expect(answer.answer).not.toContain('Goodlord');
  });
});

describe('Q&A on a gym (dev questions, issue 17 third round)', () => {
  const gym = new PolicyQa(loadConfigFile(new URL('./fixtures/northgate-gym.yaml', import.meta.url).pathname), { clock });
  it('says no supplier holds a certification the register never records, rather than listing those with others', () => {
    const answer = gym.ask('which suppliers are ISO 27001 certified');
    expect(answer.answer).toContain('The register records no supplier with ISO 27001.');
    expect(answer.answer).not.toMatch(/Suppliers with security certifications/);
  });
  it('reads an accident or a request about a named supplier as asking what to do', () => {
    expect(gym.ask('member twisted their ankle on the rowing machine').answer).toContain('Record every accident in the accident book');
    const footage = gym.ask('a member asked for the cctv of their car being scratched');
    expect(footage.intent).toBe('policy');
    expect(footage.answer).toContain('Only the manager may show or copy CCTV footage');
  });
  it('heads a region list with the data asked about, never the place', () => {
    expect(gym.ask('do we send member data to canada').answer).toMatch(/^Suppliers holding member data that store data in Canada: Trainerize/);
  });
});

describe('Q&A on a deli (the measured rounds\' firm, now a development set)', () => {
  const deli = new PolicyQa(loadConfigFile(new URL('../../examples/oakhill-pantry/vigil.yaml', import.meta.url).pathname), { clock });
  it('takes two swapped letters of a name for a slip whatever the stem ("gorgais" is Gorgias)', () => {
    expect(deli.ask('is gorgais secure').answer).toContain('Gorgias: data is encrypted in transit');
  });
});
