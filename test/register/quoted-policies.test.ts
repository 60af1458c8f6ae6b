import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { theOnly, theOnlyPreferring } from '../../src/register/quoted-policies.ts';

// The policies of a real example firm: "of several, the one a preference picks" is what the situation rules lean on when two
// policies say the same thing (a breach policy and a devices policy both say "wipe").
const policies = loadConfigFile(new URL('../../examples/second-chance-dog-rescue/vigil.yaml', import.meta.url).pathname).policies;
const byId = (id: string) => policies.find((p) => p.id === id)!;
const titled = (word: RegExp) => (p: { title: string }) => word.test(p.title);

describe('theOnlyPreferring: the one policy found, or of several the one a preference picks', () => {
  it('quotes the one policy found, whatever the preference says of it', () => {
    expect(theOnlyPreferring([byId('gift-aid')], () => false)?.sources).toEqual(['policy:gift-aid']);
  });

  it('of several, quotes the one the preference picks', () => {
    const answer = theOnlyPreferring([byId('breach-reporting'), byId('records-retention')], titled(/\bkeeping\b/i));
    expect(answer?.sources).toEqual(['policy:records-retention']);
  });

  it('of several, says nothing where the preference picks none or more than one, as theOnly does', () => {
    const two = [byId('breach-reporting'), byId('records-retention')];
    expect(theOnlyPreferring(two, () => false)).toBeUndefined();
    expect(theOnlyPreferring(two, () => true)).toBeUndefined();
    expect(theOnly(two)).toBeUndefined();
  });
});
