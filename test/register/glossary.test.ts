import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { MemoryGapLog } from '../../src/register/index.ts';
import { devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';

/**
 * The few words of data protection new starters ask the meaning of: a fixed, cited definition where nothing of the firm's
 * answered ("don't know" in all 197 example firms before), with whom to ask for how the firm applies it.
 */
const firms = exampleFirms({ farriers: 'anvil-and-hoof-farriers', farmshop: 'appleyard-farm-shop' });
const cases = devCasesOn(firms);

describe('a bare question of what a data-protection word means is its meaning in the law', () => {
  cases([
    { firm: 'farriers', q: 'what is personal data?', has: ['identifiable living person', 'Article 4(1)', 'Rhian Bevan'], intent: 'help' },
    { firm: 'farriers', q: 'what counts as sensitive data?', has: ['Special category data', 'Article 9'] },
    { firm: 'farriers', q: "what's the ICO?", has: ["Information Commissioner's Office", 'regulator'] },
    { firm: 'farriers', q: 'what does gdpr stand for', has: ['General Data Protection Regulation'] },
    { firm: 'farriers', q: 'whats the difference between a controller and a processor', has: ['A controller decides why and how', 'Article 4(7)'] },
    { firm: 'farriers', q: "what's legitimate interest", has: ['six: consent', 'Article 6'] },
    // Neighbours: the firm's own policy on a breach answers before any definition; a word asked of the firm is not a definition.
    { firm: 'farriers', q: "what's a data breach?", has: ['Reporting a data breach:'], not: ['Article'] },
    { firm: 'farmshop', q: 'what personal data do we hold about customers?', has: [], not: ['identifiable living person'] },
    { firm: 'farmshop', q: 'what is personal data doing in the shared drive?', has: [], not: ['identifiable living person'] },
  ]);
});

describe('a definition is an answer, so the gaps log (which keeps unknown answers) never keeps it', () => {
  it('answers as help, citing nothing of the firm', () => {
    const answer = firms.farriers.ask('what is personal data?');
    expect(answer.intent).not.toBe('unknown');
    expect(answer.sources).toEqual([]);
  });

  it('keeps the question nothing answered, beside the definition it does not keep', () => {
    const gaps = new MemoryGapLog();
    const qa = devQaOf(loadConfigFile(new URL('../../examples/anvil-and-hoof-farriers/vigil.yaml', import.meta.url).pathname), { gaps });
    expect(qa.ask('what is personal data?').answer).toContain('identifiable living person');
    qa.ask('who won the football last night?');
    expect(gaps.list()).toEqual([{ question: 'who won the football last night?', count: 1 }]);
  });
});
