import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { lossPolicyNaming, theOnly, theOnlyPreferring } from '../../src/register/quoted-policies.ts';

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

describe('lossPolicyNaming: the one policy on losses whose sentence names the thing as lost', () => {
  const ctxOf = (folder: string) => {
    const qa = new PolicyQa(loadConfigFile(new URL(`../../examples/${folder}/vigil.yaml`, import.meta.url).pathname));
    return { config: qa.config } as Parameters<typeof lossPolicyNaming>[0];
  };

  it('quotes the policy titled for losses that says the thing lost ("a notebook or folder … is lost or stolen")', () => {
    expect(lossPolicyNaming(ctxOf('harbourlight-fostering'), 'folder')?.sources).toEqual(['policy:lost-device']);
    expect(lossPolicyNaming(ctxOf('ironside-boxing-club'), 'kit bag')?.sources).toEqual(['policy:lost-device']);
  });

  it('says nothing where only a policy on something else mentions the thing (a backups policy, lost property)', () => {
    expect(lossPolicyNaming(ctxOf('lynwood-cars'), 'folder')).toBeUndefined();
    expect(lossPolicyNaming(ctxOf('sootbusters-sweeps'), 'file')).toBeUndefined();
    expect(lossPolicyNaming(ctxOf('undercroft-live'), 'wallet')).toBeUndefined();
  });
});
