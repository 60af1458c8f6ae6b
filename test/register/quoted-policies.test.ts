import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { lossPolicyNaming, storyWords, theOnly, theOnlyPreferring, toldThenSaid } from '../../src/register/quoted-policies.ts';

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

describe('toldThenSaid: a story answered by the one policy sentence on it, and of several the one that names the story', () => {
  const policy = (id: string, text: string) => ({ id, title: id, text, keywords: [] });
  const ctxWith = (...texts: [string, string][]) => ({ config: { policies: texts.map(([id, text]) => policy(id, text)) } }) as unknown as Parameters<ReturnType<typeof toldThenSaid>>[0];
  const samples: [string, string] = ['samples', 'Samples never stay in the van overnight.'];
  const medicines: [string, string] = ['medicines', 'Never leave medicines in the car overnight.'];
  const told = /\bovernight\b/i;
  const said = /\bnever\b.*\bovernight\b/i;
  const storyWord = /^(?:van|car|overnight|keep|never)/;
  const question = 'can I keep the samples in the van overnight?';

  it('quotes the one policy with the sentence, and none of two, without a story to weigh them by', () => {
    expect(toldThenSaid(told, said)(ctxWith(samples), question)?.sources).toEqual(['policy:samples']);
    expect(toldThenSaid(told, said)(ctxWith(samples, medicines), question)).toBeUndefined();
  });

  it('of two, quotes the one whose sentence names a word of the story', () => {
    expect(toldThenSaid(told, said, { storyWord })(ctxWith(medicines, samples), question)?.sources).toEqual(['policy:samples']);
  });

  it('with only, quotes none whose sentence names nothing of the story, even the firm\'s one', () => {
    expect(toldThenSaid(told, said, { storyWord })(ctxWith(medicines), question)?.sources).toEqual(['policy:medicines']);
    expect(toldThenSaid(told, said, { storyWord, only: true })(ctxWith(medicines), question)).toBeUndefined();
    expect(toldThenSaid(told, said, { storyWord, only: true })(ctxWith(medicines, samples), question)?.sources).toEqual(['policy:samples']);
  });

  it('says nothing where the story is not told', () => {
    expect(toldThenSaid(told, said, { storyWord })(ctxWith(samples), 'can I keep the samples in the van?')).toBeUndefined();
  });
});

describe('storyWords: the words of a story that name nothing a rule is about', () => {
  it("holds every story's plain words and the rule's own, each a whole word or a word's pattern", () => {
    const said = storyWords('short', 'members?');
    for (const word of ['never', 'just', 'short', 'member', 'members']) expect(said.test(word)).toBe(true);
  });

  it('leaves out the words that name what the story is about, and words that only begin like one of its own', () => {
    const said = storyWords('short', 'members?');
    for (const word of ['purse', 'count', 'shortly', 'membership', 'nevermind']) expect(said.test(word)).toBe(false);
    expect(storyWords().test('short')).toBe(false);
  });
});
