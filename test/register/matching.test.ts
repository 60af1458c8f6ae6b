import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { words } from '../../src/register/text.ts';
import { sentence, sentences } from '../../src/register/fields.ts';
import { editDistance } from '../../src/config/suggest.ts';
import { parseConfig } from '../../src/config/index.ts';

const qa = new PolicyQa(loadConfigFile(new URL('../../examples/service-firm/vigil.yaml', import.meta.url).pathname));
const found = (question: string) => qa.index.suppliersIn(words(question)).map((m) => `${m.supplier.id}:${m.kind}`);

describe('finding suppliers in questions', () => {
  it.each([
    ['where is QUICKBOOKS data?', 'quickbooks-online:name'],
    ['quickbook invoices', 'quickbooks-online:name'], // plural folded
    ['office365 retention', 'office-365:name'], // squashed alias
    ['office 365', 'office-365:name'],
    ["zoho's crm", 'zoho-crm:name'], // possessive
    ['Zoho-CRM', 'zoho-crm:name'], // punctuation
    ['the chat widget', 'crisp-chat:name'], // alias
    ['quikbooks online', 'quickbooks-online:fuzzy'], // a typo
    ['where is matomoo data', 'matomo:fuzzy'],
    ['who do we use for debt recovery', 'advanced-collection-solutions:purpose'], // purpose words
    ['who gets the mailing address', 'advanced-collection-solutions:data'], // data category
  ])('%s → %s', (question, expected) => {
    expect(found(question)).toEqual([expected]);
  });

  it('prefers the longest name: "zoho workdrive" is not Zoho CRM', () => {
    expect(found('what is in zoho workdrive?')).toEqual(['zoho-workdrive:name']);
  });

  it('of two names as long, prefers the one of content words: "the school ordering site" is the ordering site', () => {
    const yaml = `version: 1
organisation: { name: Studio Ltd, timezone: Europe/London, dataProtectionContact: { name: Pat Doe } }
people: [{ id: pat, name: Pat Doe, email: pat@studio.example, roles: [staff, compliance] }]
suppliers:
  - { id: schools, name: Partner schools, aliases: [the schools], purpose: Schools we photograph., locations: [UK], gdprStatement: { status: on-file } }
  - { id: orders, name: Orderly, aliases: [school ordering], purpose: Parents order prints., locations: [EU], gdprStatement: { status: on-file } }
`;
    const studio = new PolicyQa(parseConfig(yaml, 'studio.yaml'));
    expect(studio.index.suppliersIn(words('who do i ask about the school ordering site')).map((m) => m.supplier.id)).toEqual(['orders']);
    expect(studio.index.suppliersIn(words('which of the schools send pupil lists')).map((m) => m.supplier.id)).toEqual(['schools']);
  });

  it('finds several suppliers for one purpose', () => {
    expect(found('what do we use for email?')).toEqual(['frontapp:purpose', 'office-365:purpose']);
  });

  it('matches nothing in ordinary words', () => {
    expect(found('where is the data stored and for how long?')).toEqual([]);
    expect(found("what's the weather like?")).toEqual([]);
  });

  it('gives the answer, its intent and its sources', () => {
    expect(qa.ask('who has access to QuickBooks?')).toEqual({
      answer: 'Lambert Chapman LLP has access to QuickBooks Online. (Register: quickbooks-online.)',
      intent: 'access',
      sources: ['register:quickbooks-online'],
    });
    expect(qa.ask('can visitors opt out of tracking cookies?').sources).toEqual(['policy:ip-masking']);
  });
});

describe('matching on the words of every field (issue 17)', () => {
  it('counts a swap of neighbouring letters as one edit, so "xreo" is one from "xero"', () => {
    expect(editDistance('xreo', 'xero')).toBe(1);
    expect(editDistance('safe', 'sage')).toBe(1);
    expect(editDistance('matomo', 'matomo')).toBe(0);
  });

  it('finds a four-letter name by a swap but not by a changed letter', () => {
    const trekim = new PolicyQa(loadConfigFile(new URL('../../examples/trekim/vigil.yaml', import.meta.url).pathname));
    expect(trekim.index.suppliersIn(words('is xreo secure')).map((m) => m.supplier.id)).toEqual(['xero']);
    expect(trekim.index.suppliersIn(words('is xera secure'))).toEqual([]);
  });

  it('finds a name with a doubled letter typed once, even at four letters, but not one letter changed', () => {
    const sentinel = new PolicyQa(loadConfigFile(new URL('../../examples/sentinel-event-medics/vigil.yaml', import.meta.url).pathname));
    expect(sentinel.index.suppliersIn(words('is zelo secure')).map((m) => m.supplier.id)).toEqual(['zello']);
    expect(sentinel.index.suppliersIn(words('is zelk secure'))).toEqual([]);
  });

  it('reads a word in a name slot two slips from one of our names as that name, though it is an English word', () => {
    const nails = new PolicyQa(loadConfigFile(new URL('../../examples/polish-nail-bar/vigil.yaml', import.meta.url).pathname));
    expect(nails.ask('where does fresher keep our client details').sources).toEqual(['register:fresha']);
    // A tool we do not hold, far from every name of ours, is still unknown.
    expect(nails.ask('where does trello keep our messages').intent).toBe('unknown-supplier');
  });

  it('finds suppliers by purpose text, bracketed data categories and everyday words the register does not use', () => {
    const byFields = (q: string) => qa.index.suppliersByFields(q).map((m) => m.supplier.id);
    expect(byFields('where is payment data stored')).toEqual(['quickbooks-online']); // "payment" is in the purpose only
    expect(byFields('who sees the partly masked addresses')).toContain('matomo'); // words in brackets
    expect(byFields('where is the weather forecast')).toEqual([]);
  });

  it('uses the synonyms a firm adds in vigil.yaml', () => {
    const yaml = `version: 1
organisation: { name: Salon Ltd, timezone: Europe/London, dataProtectionContact: { name: Pat Doe } }
people: [{ id: pat, name: Pat Doe, email: pat@salon.example, roles: [staff, compliance] }]
synonyms: [[colour chart, formula card, tint record]]
suppliers:
  - { id: fresha, name: Fresha, purpose: Appointment booking and tint records., locations: [UK], gdprStatement: { status: on-file } }
`;
    const salon = new PolicyQa(parseConfig(yaml, 'salon.yaml'));
    expect(salon.ask('where are the colour charts kept?').answer).toContain('Fresha');
    const plain = new PolicyQa(parseConfig(yaml.replace(/synonyms:.*\n/, ''), 'salon.yaml'));
    expect(plain.ask('where are the colour charts kept?').answer).not.toContain('Fresha');
  });

  it('answers a policy only above a threshold, not on one stray word of its text', () => {
    expect(qa.index.policiesByWords('who won the football last night?')).toEqual([]);
    expect(qa.index.policiesByWords('can visitors opt out of the tracking cookie?')[0]?.policy.id).toBe('ip-masking');
  });

  it('closes every sentence once', () => {
    expect(sentence('records (birthday).')).toBe('records (birthday).');
    expect(sentence('records (birthday)')).toBe('records (birthday).');
    expect(sentences('Purpose: keeping records', 'It is stored in the EU.')).toBe('Purpose: keeping records. It is stored in the EU.');
  });
});

describe('punctuation whatever the register\'s own', () => {
  const yaml = `version: 1
organisation: { name: Club Ltd, timezone: Europe/London, dataProtectionContact: { name: Pat Doe } }
people: [{ id: pat, name: Pat Doe, email: pat@club.example, roles: [staff, compliance] }]
suppliers:
  - { id: members, name: Memberly, purpose: Keeps membership records, locations: [UK], retention: until the member leaves., gdprStatement: { status: on-file } }
  - id: cards
    name: Cardly
    purpose: Birthday cards.
    dataCategories: [names, dates of birth (birthday).]
    sharedData: Names and dates of birth (birthday).
    gdprStatement: { status: missing }
`;
  const club = new PolicyQa(parseConfig(yaml, 'club.yaml'));
  const badPunctuation = /[^.]\.\.(?!\.)|[a-z0-9)] (It|The|We|In) [a-z]|\.\s+\./;

  it.each([
    ['where is memberly data stored?', 'Memberly data is stored in the UK. Memberly: Keeps membership records.'],
    ['what data goes to cardly?', 'We pass Cardly names and dates of birth (birthday). In short: names and dates of birth (birthday).'],
    ['how long does memberly keep data?', 'retention: until the member leaves.'],
    ['tell me about memberly', 'Memberly: Keeps membership records. Stored in the UK.'],
  ])('%s', (question, expected) => {
    const { answer } = club.ask(question);
    expect(answer).toContain(expected);
    expect(answer).not.toMatch(badPunctuation);
  });
});

describe('countries as well as regions', () => {
  const yaml = `version: 1
organisation: { name: Shop Ltd, timezone: Europe/London, dataProtectionContact: { name: Pat Doe } }
people: [{ id: pat, name: Pat Doe, email: pat@shop.example, roles: [staff, compliance] }]
suppliers:
  - { id: dublin, name: Harpwell, purpose: Email marketing., locations: [Ireland], gdprStatement: { status: on-file } }
  - { id: toronto, name: Mapleshop, purpose: The online shop., locations: [Canada, US], gdprStatement: { status: on-file } }
  - { id: berlin, name: Spreeform, purpose: Web forms., locations: [Germany, US], gdprStatement: { status: missing } }
  - { id: leeds, name: Airelog, purpose: Delivery tracking., locations: [UK], gdprStatement: { status: on-file } }
`;
  const shop = new PolicyQa(parseConfig(yaml, 'shop.yaml'));

  it('counts an EU member state as the EU, and "only" leaves out a supplier that also stores in the US', () => {
    expect(shop.ask('which suppliers store data in the EU?').answer).toMatch(/in the EU: Harpwell and Spreeform \(Germany and the US\)\./);
    const only = shop.ask('which suppliers store data only in the EU?').answer;
    expect(only).toContain('Harpwell');
    expect(only).not.toContain('Spreeform');
    expect(shop.ask('which suppliers store data outside the UK and the EU?').answer).toContain('Mapleshop (Canada and the US)');
  });

  it('answers a country the register names, written as the register writes it', () => {
    const canada = shop.ask('which suppliers store data in Canada?');
    expect(canada.answer).toContain('in Canada: Mapleshop');
    expect(canada.intent).toBe('location');
    expect(shop.ask('where is mapleshop data stored?').answer).toContain('Mapleshop data is stored in Canada and the US.');
  });
});

