import { describe, expect, it } from 'vitest';
import type { Supplier, VigilConfig } from '../../src/config/schema.ts';
import { withKnownAliases } from '../../src/register/known-aliases.ts';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/** A register of the given entries (names, aliases and keywords only: the rest is what withKnownAliases never reads). */
function registerOf(...entries: { id: string; name: string; aliases?: string[]; purposeKeywords?: string[] }[]): VigilConfig {
  return { suppliers: entries.map((e) => ({ aliases: [], purposeKeywords: [], ...e }) as unknown as Supplier) } as unknown as VigilConfig;
}
const aliasesOf = (config: VigilConfig, id: string) => config.suppliers.find((s) => s.id === id)!.aliases;

describe('the names everyone calls a big supplier by', () => {
  it("adds a family's nicknames to the one entry the firm holds for it, after the firm's own aliases", () => {
    const known = withKnownAliases(registerOf({ id: 'm365', name: 'Microsoft 365', aliases: ['the email'] }, { id: 'xero', name: 'Xero' }));
    expect(aliasesOf(known, 'm365')).toEqual(expect.arrayContaining(['the email', 'o365', 'office 365', 'sharepoint', 'outlook']));
    expect(aliasesOf(known, 'm365')[0]).toBe('the email');
    expect(aliasesOf(known, 'xero')).toEqual([]);
  });

  it('finds the family by an alias too, and leaves a nickname another entry goes by to that entry', () => {
    const known = withKnownAliases(registerOf({ id: 'mail', name: 'Work email', aliases: ['O365'] }, { id: 'files', name: 'SharePoint' }));
    expect(aliasesOf(known, 'mail')).toContain('office 365');
    expect(aliasesOf(known, 'mail')).not.toContain('sharepoint');
  });

  it('adds nothing where two entries could be the family, and gives the same register where nothing applies', () => {
    const two = registerOf({ id: 'a', name: 'Microsoft 365 Business' }, { id: 'b', name: 'Office 365 (old tenant)' });
    expect(withKnownAliases(two)).toBe(two);
    const none = registerOf({ id: 'x', name: 'Xero' });
    expect(withKnownAliases(none)).toBe(none);
  });

  it('calls an entry the firm names by a kind of thing ("the card reader") by the other ways of saying it, where it alone is called so', () => {
    const known = withKnownAliases(registerOf({ id: 'square', name: 'Square', aliases: ['The card reader'] }, { id: 'xero', name: 'Xero' }));
    expect(aliasesOf(known, 'square')).toEqual(expect.arrayContaining(['card machine', 'card terminal', 'pdq machine']));
    const two = registerOf({ id: 'a', name: 'SumUp', aliases: ['card reader'] }, { id: 'b', name: 'Square', aliases: ['the card machine'] });
    expect(withKnownAliases(two)).toBe(two);
    // A way the firm writes as what an entry is for is the firm's to weigh: "card machine" among SumUp's keywords stays a keyword.
    const keyed = registerOf({ id: 'sumup', name: 'SumUp', aliases: ['card reader'], purposeKeywords: ['card machine'] });
    expect(aliasesOf(withKnownAliases(keyed), 'sumup')).not.toContain('card machine');
    expect(aliasesOf(withKnownAliases(keyed), 'sumup')).toContain('card terminal');
  });

  it("never names a kind of file or a social network: those are told of, not the supplier's entry", () => {
    const known = withKnownAliases(registerOf({ id: 'g', name: 'Google Workspace' }, { id: 'meta', name: 'Meta (Facebook and Instagram)' }));
    expect(aliasesOf(known, 'g')).toEqual(expect.arrayContaining(['g suite', 'gmail']));
    expect(aliasesOf(known, 'g')).not.toContain('google docs');
    expect(aliasesOf(known, 'meta')).toEqual([]);
  });
});

const cases = devCasesOn(exampleFirms({ guards: 'bastion-guarding', farmshop: 'appleyard-farm-shop', carehome: 'brookside-care-home', opticians: 'brightwater-opticians' }));

describe('a question that calls a big supplier by its nickname is answered from its entry', () => {
  cases([
    { firm: 'farmshop', q: 'who looks after g suite?', has: ['Google Workspace'], intent: 'owner' },
    { firm: 'farmshop', q: 'is gsuite gdpr compliant', has: ['Google Workspace'], intent: 'statement' },
    { firm: 'carehome', q: 'who looks after sharepoint', has: ['Helen Marsh', 'Microsoft 365'], intent: 'owner' },
    // The firm's own aliases (office 365, sharepoint) are as they were; o365 is everyone's.
    { firm: 'guards', q: 'who looks after o365?', has: ['Microsoft 365'], intent: 'owner' },
    // The card reader, called the card machine.
    { firm: 'opticians', q: 'is the card machine company gdpr compliant?', has: ['Square', 'on file'], intent: 'statement' },
    { firm: 'opticians', q: 'who looks after the card machine?', has: ['Square'], intent: 'owner' },
  ]);

  it("keeps the file's own register as the config it gives back", () => {
    const qa = exampleFirms({ farmshop: 'appleyard-farm-shop' }).farmshop;
    expect(qa.config.suppliers.find((s) => s.name === 'Google Workspace')!.aliases).not.toContain('g suite');
  });
});
