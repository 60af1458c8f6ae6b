import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { type Candidate, PolicyRanker, shippedPolicyRanker, trainPolicyRanker } from '../../src/register/policy-ranker.ts';
import { RANKER_FILE, rankerQuestions, rankerText, trainedRanker } from '../../scripts/train-policy-ranker.ts';
import { trainingFiles } from '../../scripts/train-question-kinds.ts';
import { devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';
import { isDevelopmentSet } from './heldout/sets.ts';

const HELDOUT = new URL('./heldout/', import.meta.url);
const REFERENCE = new URL('./reference/', import.meta.url);

describe('the policy ranker', () => {
  it('as committed is what the trainer writes from the development questions (run `npm run train:ranker` after changing them)', async () => {
    const model = await trainedRanker();
    expect(Object.keys(model.weights).length).toBeGreaterThan(10_000);
    expect(readFileSync(RANKER_FILE, 'utf8')).toBe(rankerText(model));
  }, 120_000);

  it('learns from the development sets only: no question of a held-out round, an unread focus set or the reference block', async () => {
    const learned = new Set((await rankerQuestions()).map((c) => c.q));
    const heldOut = readdirSync(HELDOUT).filter((f) => /\.ts$/.test(f) && f !== 'sets.ts' && f !== 'types.ts' && !isDevelopmentSet(f));
    const reference = readdirSync(REFERENCE).filter((f) => f.endsWith('.ts'));
    expect(heldOut.length).toBeGreaterThan(5);
    expect(reference.length).toBeGreaterThan(5);
    const unseen: string[] = [];
    for (const url of [...heldOut.map((f) => new URL(f, HELDOUT)), ...reference.map((f) => new URL(f, REFERENCE))]) {
      for (const exported of Object.values(await import(url.href))) if (Array.isArray(exported)) unseen.push(...(exported as { q: string }[]).map((c) => c.q));
    }
    expect(unseen.length).toBeGreaterThan(1_000);
    expect(unseen.filter((q) => learned.has(q))).toEqual([]);
    // And it does learn from the development sets: a read round's situation is among its questions.
    expect(trainingFiles().length).toBeGreaterThan(80);
    expect(learned.size).toBeGreaterThan(2_000);
  }, 120_000);

  it('learns which words of a story go with which policy title, across firms, and says how sure it is', () => {
    // Two firms' stories, each with a breach policy and a photos policy in different words.
    const pairsOf = (asked: string, head: string) => asked.split(' ').flatMap((w) => head.split(' ').map((t) => `${w}|${t}`));
    const question = (asked: string, heads: string[], answer: number) => ({
      candidates: heads.map((h): Candidate => ({ pairs: pairsOf(asked, h), readings: [0, 0, 0, 0, 0] })),
      answer,
    });
    const stories = ['sent wrong', 'sent wrong email', 'wrong address sent'].flatMap((s) => [
      question(s, ['breach', 'photo'], 0),
      question(`${s} customer`, ['photo', 'breach'], 1),
    ]);
    const pictures = ['insta post', 'post insta pic', 'pic insta'].flatMap((s) => [question(s, ['breach', 'photo'], 1), question(s, ['photo', 'breach'], 0)]);
    const model = trainPolicyRanker([...stories, ...pictures], 'test');
    expect(model.weights['wrong|breach']).toBeGreaterThan(0);
    expect(model.weights['insta|photo']).toBeGreaterThan(0);
    // A pair met in fewer than three questions is not learned by heart.
    expect(model.weights['address|breach']).toBeUndefined();
    // The same questions make the same model.
    expect(trainPolicyRanker([...stories, ...pictures], 'test')).toEqual(model);

    const ranker = new PolicyRanker(model);
    const policies = ['breach', 'photo'].map((id) => ({ id, title: id, keywords: [], text: `${id}.` }));
    const best = ranker.best('sent it to the wrong person', policies as never, []);
    expect(best?.policy.id).toBe('breach');
    expect(best!.probability).toBeGreaterThan(0.5);
    expect(best!.probability).toBeLessThanOrEqual(1);
    expect(ranker.best('sent it to the wrong person', [], [])).toBeUndefined();
  });
});

const cases = devCasesOn(
  exampleFirms({
    stoves: 'hearthstone-stove-fitters',
    pianos: 'keynote-piano-services',
    pta: 'willowmere-primary-pta',
    glazing: 'paneworks-glazing',
    homecare: 'larkfield-home-care',
    equine: 'saddleworks-equine-physio',
  }),
);

describe('a situation the rules answered with an entry or not at all gets the policy the ranker is sure covers it', () => {
  cases([
    // Before: the HETAS entry, or Microsoft 365's certifications, met by "certificate" and "house".
    { firm: 'stoves', q: 'an estate agent is asking for the stove certificate for a house they\'re selling', has: ['certificates-and-building-control', "homeowner's agreement in writing"] },
    { firm: 'stoves', q: 'solicitor acting on a house sale in Hexham wants a copy of the stove cert we fitted there, can I just email it over?', has: ['certificates-and-building-control'], not: ['Microsoft 365'] },
    // Before: the DBS checker's lawful basis.
    { firm: 'pianos', q: 'the school office want a copy of my dbs before I tune their piano tomorrow, can I send it?', has: ['school-visits'] },
    // Before: the school's entry, which sends the lists.
    { firm: 'pta', q: "got this year's class lists from the office, what do I do with the old ones on the drive?", has: ['How long we keep things'] },
    // Before: Sleip's entry, where the story is of a clip filmed on the work phone. (The key card photographed served here until, in
    // the fifty-fourth round, a rule on things a policy says never go in a photo came to answer it alone: read-in-round-54.)
    { firm: 'equine', q: 'sleip kept crashing so i filmed the trot up on the normal camera on the work iphone, what do i do with the clip now', has: ['photos-and-video'], not: ['We use Sleip for'] },
    // Neighbours: a supplier's field asked after, a thing the firm never records, and a tool we do not hold keep their answers.
    { firm: 'stoves', q: 'who looks after magicplan?', has: ['Craig Milburn', 'magicplan'] },
    { firm: 'pianos', q: 'where is ucheck data stored?', has: ['uCheck'], not: ['Visiting schools'] },
    { firm: 'pta', q: 'what time does the summer fair start?', has: ["don't know"] },
    { firm: 'glazing', q: 'can I use trello to plan the fitting rota?', has: ['trello'], not: ['keys-and-locks'] },
    // How to do something is the rules' to read, however sure the ranker is of a policy (it gave the lost-phone policy).
    { firm: 'homecare', q: 'how do i reset my password for Birdie', has: ['Birdie'], not: ['Lost or stolen phones'] },
  ]);
});

describe('the ranker is a dependency of the answerer through the question-kind model', () => {
  // A story no rule reads: the rules alone give the referring vets' entry, the ranker the policy on vets' consent. (The stove
  // certificate asked by an estate agent served here until a rule on papers asked by those outside came to answer it alone.)
  const config = () => loadConfigFile(new URL('../../examples/saddleworks-equine-physio/vigil.yaml', import.meta.url).pathname);
  const question = 'new owner wants me out tomorrow for her mare, says the vets fine with it but we havent had the referral back yet. can i just go and treat';

  it("is not asked where the rules alone answer (`kinds: null`): the rules' entry stands", () => {
    expect(devQaOf(config(), { kinds: null }).ask(question).sources).toEqual(['register:referring-vets']);
    expect(devQaOf(config()).ask(question).sources).toEqual(['policy:vet-consent']);
  });

  it('is the one the options give: a ranker that knows nothing is sure of no policy, and the entry stands', () => {
    const knowsNothing = new PolicyRanker({ trainedOn: 'nothing', readings: [0, 0, 0, 0, 0], weights: {} });
    expect(devQaOf(config(), { ranker: knowsNothing }).ask(question).sources).toEqual(['register:referring-vets']);
    expect(devQaOf(config(), { ranker: shippedPolicyRanker() }).ask(question).sources).toEqual(['policy:vet-consent']);
  });
});
