import { describe, expect, it } from 'vitest';
import type { QaContext } from '../../src/register/qa-context.ts';
import { OWN_MONEY_SPENT, SECRET_ASKED } from '../../src/register/situations/children.ts';
import { toolSaidOf } from '../../src/register/tool-slots.ts';
import { devCasesOn, devQa, exampleFirms } from './dev-questions.ts';

/** The rules' context on an example firm, to try one rule on its own. */
function contextOf(folder: string): QaContext {
  const qa = devQa(`../../examples/${folder}/vigil.yaml`);
  return { config: qa.config, index: qa.index, contact: 'the contact', now: () => new Date('2026-12-03T09:00:00Z') };
}

// Round 108 and focus set 14 (written blind, read in the fifty-fifth round): what their misses taught, each beside a neighbour
// that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    cowork: 'junction-yard-cowork',
    doulas: 'cradlewell-doulas',
    physio: 'kestrel-physio',
    handyperson: 'safehands-handyperson',
    trees: 'oakwise-tree-surgeons',
    pharmacy: 'larkspur-pharmacy',
  }),
);

describe('a supplier\'s paperwork and copies, asked in other words', () => {
  cases([
    // Before: "a processor" read as the role asked after. A processor agreement asked after is the statement's status.
    { firm: 'cowork', q: 'do we have a processor agreement with aire valley', has: ['Aire Valley Security', 'missing'] },
    // Neighbour: the role asked after stays the role.
    { firm: 'physio', q: 'is physitrack a processor or a controller?', has: ['Physitrack is a processor'] },
    // Before: how long Fennel keeps our data. A file deleted by mistake, asked back, is the supplier's copies.
    { firm: 'doulas', q: 'deleted something off the shared drive by mistake, how long have i got to get it back', has: ['Fennel Workspace', '25 days'] },
    // Neighbour: how long it keeps our data is still its retention.
    { firm: 'doulas', q: 'how long does fennel keep our data?', has: ['does not say how long Fennel Workspace keeps'], not: ['25 days'] },
  ]);
});

describe('a tool asked after where the model is sure one is', () => {
  cases([
    // Before: the IT supplier's entry ("encrypted"), a case system's entry, a dispensing policy, "don't know".
    { firm: 'handyperson', q: "could the lads use a signal group while they're out instead of ringing in? its encrypted so should be fine right", has: ["can't find signal", 'new-tools'] },
    { firm: 'handyperson', q: 'are we allowed otter to transcribe referral calls into notes? would save me loads of typing', has: ["can't find otter", 'new-tools'] },
    { firm: 'trees', q: 'has anyone looked at arbornote? thinking of trying it for the tree inventory on the big estate job', has: ["can't find arbornote", 'new-tools'] },
    { firm: 'pharmacy', q: 'does copilot count as approved? want it to summarise the hospital discharge letters', has: ["can't find copilot", 'new-tools'] },
    { firm: 'pharmacy', q: 'the otter app can record and transcribe consultations so i dont have to type notes, is it allowed?', has: ["can't find otter", 'new-tools'] },
  ]);
  it('names only a word that is no English word or a product\'s short name, and none of the firm\'s', () => {
    const ctx = contextOf('oakwise-tree-surgeons');
    expect(toolSaidOf(ctx, 'has anyone looked at arbornote?')).toBe('arbornote');
    expect(toolSaidOf(ctx, 'could we set up a signal group for the crew')).toBe('signal');
    expect(toolSaidOf(ctx, 'has anyone looked at the chipper?')).toBeUndefined();
    expect(toolSaidOf(ctx, 'could we set up a family group for the crew')).toBeUndefined();
    expect(toolSaidOf(ctx, 'is the xero app ok?')).toBeUndefined();
  });
});

describe('stories the money and the secrets in them mislead', () => {
  it('someone paying with their own card is no money taken; paying with another\'s is not this', () => {
    expect(OWN_MONEY_SPENT.test('her husband paid for the trip, he uses his bank card for all her fares')).toBe(true);
    expect(OWN_MONEY_SPENT.test('she paid with her own card')).toBe(true);
    expect(OWN_MONEY_SPENT.test('her nephew says he uses her bank card for her shopping')).toBe(false);
  });
  it('a confidence asked kept is told apart from a thing told', () => {
    expect(SECRET_ASKED.test('the au pair told me she spent £300 on a ring, asked me not to tell the host family yet')).toBe(true);
    expect(SECRET_ASKED.test('the au pair told me she spent £300 on a ring')).toBe(false);
  });
});
