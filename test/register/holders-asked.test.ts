import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devQaOf } from './dev-questions.ts';

/**
 * Who holds some data, asked of the register as a whole: every holder, not the one supplier an everyday-word alias
 * ("email", "wine club app") or a purpose word of the data's own phrase found.
 */
const firm = (slug: string) => devQaOf(loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname));

describe('the holders of some data, however the question is put', () => {
  it.each([
    ['oakframe-kitchens', 'who holds customer email addresses?', ['These suppliers', 'Pipedrive', 'Checkatrade']],
    ['riverbend-tackle', "who's got customers' email addresses?", ['These suppliers', 'Shopify', 'PermitPal', 'Royal Mail Click & Drop']],
    ['corkscrew-wines', 'what suppliers have got our wine club members details?', ['These suppliers', 'Recharge', 'DPD']],
    ['wordsmith-translations', "which suppliers have freelancers' bank details", ['These suppliers', 'XTRF', 'QuickBooks Online']],
  ])('%s: "%s"', (slug, q, facts) => {
    const answer = firm(slug).ask(q).answer;
    for (const fact of facts) expect(answer).toContain(fact);
  });

  it('a duty ("who has to OK…") and a statement asked of a supplier known by an everyday word are not holders questions', () => {
    expect(firm('greenhythe-garden-centre').ask('who has to ok new apps on the online shop?').answer).not.toContain('These suppliers');
    expect(firm('appleyard-farm-shop').ask('do we have a gdpr statement / dpa from the accountants').answer).toContain('Tanner Hollis');
  });

  it('a thing, not data, that someone has got is no list of holders', () => {
    expect(firm('highmast-aerials').ask("who's got the long ladder today, need it for a chimney job").answer).not.toContain('These suppliers');
  });
});
