import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { words } from '../../src/register/text.ts';

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
