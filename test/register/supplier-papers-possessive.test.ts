import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { possessive } from '../../src/register/text.ts';
import { devQaOf } from './dev-questions.ts';

const firm = (slug: string) => devQaOf(loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname));

describe("a supplier's own papers asked in the possessive", () => {
  it("\"the fitters' GDPR statement\" is the fitters' (a supplier known by a word for people), not every statement", () => {
    for (const q of ["do we have the fitters' gdpr statement?", "do we have the fitter's gdpr statement?"]) {
      const answer = firm('oakframe-kitchens').ask(q).answer;
      expect(answer).toContain("Severn Fitting Services' GDPR statement");
      expect(answer).not.toContain('Tradify');
    }
  });
  it("whose data the possessive says is still whose data (\"freelancers' bank details\")", () => {
    expect(firm('wordsmith-translations').ask("which suppliers have freelancers' bank details").answer).toContain('These suppliers');
  });
});

describe('a name in the possessive', () => {
  it.each([
    ['Xero', "Xero's"],
    ['GoCardless', "GoCardless's"],
    ['WhatsApp Business', "WhatsApp Business's"],
    ['Sophos', "Sophos's"],
    ['Severn Fitting Services', "Severn Fitting Services'"],
    ['Gray Anderson Accountants', "Gray Anderson Accountants'"],
  ])('%s → %s', (name, said) => {
    expect(possessive(name)).toBe(said);
  });
});
