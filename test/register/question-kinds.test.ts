import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QuestionKinds, featuresOf, shippedQuestionKinds, trainQuestionKinds } from '../../src/register/question-kinds.ts';
import { MODEL_FILE, fingerprint, modelText, trainingCases, trainingFiles } from '../../scripts/train-question-kinds.ts';
import { loadConfigFile } from '../../src/config/index.ts';
import { devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';
import { HELD_OUT, HELD_OUT_FOCUS, LAST_READ, LAST_READ_FOCUS, isDevelopmentSet } from './heldout/sets.ts';

describe('the question-kind model', () => {
  it('is trained on the development sets only: no held-out round, no focus set not yet read, never the reference block', () => {
    const files = trainingFiles();
    const rounds = files.flatMap((f) => /^round(\d+)\.ts$/.exec(f)?.[1] ?? []).map(Number);
    const focus = files.flatMap((f) => /^focus(\d+)-/.exec(f)?.[1] ?? []).map(Number);
    expect(rounds.length).toBeGreaterThan(80);
    expect(rounds.filter((r) => HELD_OUT.has(r) || r > LAST_READ)).toEqual([]);
    expect(focus.filter((s) => s > LAST_READ_FOCUS || HELD_OUT_FOCUS.has(s))).toEqual([]);
    expect(files.every((f) => /^(round\d+|focus\d+-[a-z]+)\.ts$/.test(f))).toBe(true);
    // The sets it leaves out are there to be left out (a renamed set would otherwise pass unnoticed).
    const all = readdirSync(new URL('./heldout/', import.meta.url));
    expect(all).toContain(`round${[...HELD_OUT][0]}.ts`);
    const focusHeldOut = all.filter((f) => {
      const set = Number(/^focus(\d+)-/.exec(f)?.[1] ?? 0);
      return set > LAST_READ_FOCUS || HELD_OUT_FOCUS.has(set);
    });
    expect(focusHeldOut.length).toBeGreaterThan(0);
  });

  it('learns the labelled questions of development sets and suites only, never of its own suite', () => {
    const labelled = JSON.parse(readFileSync(new URL('./development-kinds.json', import.meta.url), 'utf8')) as { set: string }[];
    const sets = [...new Set(labelled.map((l) => l.set))];
    const suites = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(sets.filter((set) => set !== 'corpus' && !isDevelopmentSet(`${set}.ts`) && !suites.includes(set))).toEqual([]);
    expect(sets).not.toContain('question-kinds');
    expect(sets.filter((set) => set.startsWith('round')).length).toBeGreaterThan(50);
  });

  it('as committed is what the trainer writes from those questions (run `npm run train:kinds` after changing them)', async () => {
    const cases = await trainingCases();
    expect(cases.length).toBeGreaterThan(10_000);
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(modelText(trainQuestionKinds(cases, fingerprint(cases))));
  });

  it("reads a question's words and each pair of them, apostrophes dropped", () => {
    expect(featuresOf("Who's got the van keys?")).toEqual(['whos', 'got', 'the', 'van', 'keys', 'whos got', 'got the', 'the van', 'van keys']);
  });

  it('learns the kinds from the words seen with each, as probabilities; words it never learned say nothing', () => {
    const cases = [
      ...['xero', 'square', 'dropbox', 'sage'].map((s) => ({ q: `where is ${s} data stored`, kind: 'field' as const })),
      ...['football', 'darts', 'quiz', 'rugby'].map((s) => ({ q: `who won the ${s} last night`, kind: 'off-topic' as const })),
    ];
    const model = new QuestionKinds(trainQuestionKinds(cases, fingerprint(cases)));
    const football = model.weigh('who won the football');
    expect(football['off-topic']).toBeGreaterThan(0.9);
    expect(Object.values(football).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(model.weigh('where is our data stored').field).toBeGreaterThan(0.9);
    // Words never learned: the kinds as common as the training made them, the same for any such question.
    expect(model.weigh('zzz qqq')).toEqual(model.weigh('yyy'));
    // The same questions make the same model.
    expect(trainQuestionKinds(cases, 'x')).toEqual(trainQuestionKinds(cases, 'x'));
  });

  it('as shipped tells the kinds apart on questions written for this test', () => {
    const model = shippedQuestionKinds();
    expect(model.weigh('who won the darts on saturday night?')['off-topic']).toBeGreaterThan(0.95);
    expect(model.weigh("I've just emailed a customer's invoice to the wrong person, what do I do?").situation).toBeGreaterThan(0.95);
    expect(model.weigh('is it ok to use canva for the posters?')['new-tool']).toBeGreaterThan(0.95);
    // A question about the register is a field's or a list's: the early rounds' lists over a region were labelled by the
    // rules' reading (a location), so the model splits the two loosely; nothing weighs answers by that split.
    for (const q of ['how long does Xero keep our invoices?', 'which suppliers store data outside the UK?', 'how many suppliers keep data in the US?']) {
      const w = model.weigh(q);
      expect(w.field + w.list).toBeGreaterThan(0.95);
    }
  });
});

const cases = devCasesOn(
  exampleFirms({
    coffee: 'beanwagon-coffee',
    tailors: 'needle-and-thread',
    transport: 'careway-transport',
    minibuses: 'shuttlewise-minibuses',
    holidays: 'heronsfield-holiday-park',
    vans: 'cobalt-van-hire',
    bridal: 'ivory-lace-bridal',
    childminder: 'hopscotch-childminding',
    bikes: 'tidemill-bike-hire',
    aesthetics: 'lumiere-aesthetics',
    nursery: 'puddleduck-nursery',
    storage: 'stowaway-storage',
    mortgages: 'morrow-mortgages',
    farm: 'mudlark-city-farm',
    farmshop: 'appleyard-farm-shop',
  }),
);

describe("a question the model is sure is about nothing we cover is 'don't know', whatever a stray word met", () => {
  cases([
    // Retrained with round 99 (where a wedding is a situation's), the model weighs "the generator ran out of diesel halfway
    // through the wedding, where do we get more" off-topic at 0.93, no longer sure: the rules' answer (card payments, met by
    // "through" and "weddings") stands for it now, a miss the forty-ninth round's note lists.
    { firm: 'minibuses', q: 'whats the tyre pressure for the wheelchair bus', has: ["don't know", 'Sian Whitfield'], not: ['Photos'], intent: 'unknown' },
    { firm: 'transport', q: 'wheres the spare key for the pool cars', has: ["don't know", 'Priya Chandran'], not: ['Quartix'] },
    { firm: 'holidays', q: 'can guests bring dogs in the hire caravans or is it touring pitches only', has: ["don't know", 'Rosalind Achebe'], not: ['Anytime Booking'] },
    { firm: 'vans', q: 'tail lift on the 3.5t luton keeps sticking halfway, who do i book it in with', has: ["don't know", 'Dominic Hale'], not: ['RAC Business Breakdown'] },
    // Neighbours: the supplier or policy is called by its name, alias or keyword, so the rules' answer stands however
    // sure the model is ("who fixes", "what time" and "is there a … policy" read to it as small talk in most firms).
    { firm: 'coffee', q: 'where does square keep the card details', has: ['Square', 'tokenised'] },
    { firm: 'tailors', q: 'who set up our alarm, was it dee valley security', has: ['Dee Valley Security', 'burglar alarm'] },
    { firm: 'nursery', q: 'the wifi in the office is down who fixes it', has: ['Nettle Tech'] },
    { firm: 'storage', q: 'what time does the backup run', has: ['22:00'] },
    { firm: 'mortgages', q: 'is there a clear desk policy', has: ['Clear desk', 'locked filing cabinet'] },
    { firm: 'farmshop', q: 'I need to swap my shift on saturday', has: ['Deputy'] },
  ]);
});

describe('the model is a dependency of the answerer', () => {
  const config = loadConfigFile(new URL('../../examples/shuttlewise-minibuses/vigil.yaml', import.meta.url).pathname);
  const question = 'whats the tyre pressure for the wheelchair bus';

  it("is left out with `kinds: null`, the rules' answer standing (as the labeller reads questions)", () => {
    const rules = devQaOf(config, { kinds: null }).ask(question);
    expect(rules.sources).toEqual(['policy:photos-and-social-media']);
    expect(devQaOf(config).ask(question).intent).toBe('unknown');
  });

  it('is the one given when given: a model that never learned the question changes nothing', () => {
    const cases = [{ q: 'where is xero data stored', kind: 'field' as const }, { q: 'where is sage data stored', kind: 'field' as const }, { q: 'where is square data stored', kind: 'field' as const }];
    const unsure = new QuestionKinds(trainQuestionKinds(cases, fingerprint(cases)));
    expect(devQaOf(config, { kinds: unsure }).ask(question).sources).toEqual(['policy:photos-and-social-media']);
  });
});

describe('a situation the model is sure of, answered with a supplier entry, gets the policy passage that covers it', () => {
  cases([
    { firm: 'bridal', q: 'bride told me she has a stoma and the waist needs easing round it, where do i write that so magda sees it but nobody else', has: ['fitting-room', 'private notes in StitchDesk'] },
    { firm: 'childminder', q: 'what do i do with the pick-up list when i get back from school', has: ['goes in the shredding box'] },
    { firm: 'bikes', q: "closing up and there's still a licence in an envelope in the safe", has: ['phones the customer the same evening'] },
    { firm: 'aesthetics', q: 'what do i do with the empty toxin boxes that have the client name on the label', has: ['shredded'] },
    // Neighbour: a customer's story about a thing of ours called by its alias keeps that thing's entry.
    { firm: 'farm', q: 'a customer says the website isnt working, what now', has: ['Squarespace'] },
  ]);
});
