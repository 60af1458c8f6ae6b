import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devQaOf } from './dev-questions.ts';

/** A transfer asked by the country it goes to, any country, not only the US or the EU: its safeguard. */
const firm = (slug: string) => devQaOf(loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname));

describe('what covers data sent to a country, named by the country', () => {
  it.each([
    ['oakframe-kitchens', 'what covers us sending job data over to australia?', ['Tradify', 'IDTA']],
    ['towpath-narrowboats', 'what covers sending booking data to canada?', ['Checkfront', 'adequacy decision']],
    ['towpath-narrowboats', 'is it legal to send hirer details to canada', ['Checkfront', 'adequacy decision']],
    ['bramble-and-bloom', 'do we need special paperwork to send payroll data over to ireland', ['BrightPay', 'adequacy decision']],
  ])('%s: "%s"', (slug, q, facts) => {
    const answer = firm(slug).ask(q);
    expect(answer.intent).toBe('transfer');
    for (const fact of facts) expect(answer.answer).toContain(fact);
  });

  it('"us" the pronoun is no country', () => {
    expect(firm('service-firm').ask('is it ok to send the invoice to us').intent).not.toBe('transfer');
  });
});
