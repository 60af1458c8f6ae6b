import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devQaOf } from './dev-questions.ts';

/** One field of every entry, asked of "our suppliers" as a whole: the field's overview, not a list of purposes or don't-know. */
const firm = (slug: string) => devQaOf(loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname));

describe('where our suppliers are, or how long they all keep data: every entry\'s place or period', () => {
  it.each([
    ['service-firm', 'where are our suppliers based?', ['Where each supplier stores our data', 'Zoho CRM: the EU', 'QuickBooks Online: the US']],
    ['trekim', 'where are our suppliers based?', ['Where each supplier stores our data', 'Xero:', 'Dropbox:']],
    ['towpath-narrowboats', 'where are all our suppliers located', ['Where each supplier stores our data', 'Checkfront: Canada']],
    ['towpath-narrowboats', 'list every supplier and where it stores data', ['Where each supplier stores our data', '1Password: Canada']],
    ['trekim', 'how long do all our suppliers keep our data?', ['How long each supplier keeps our data', 'BrightPay: not recorded']],
  ])('%s: "%s"', (slug, q, facts) => {
    const answer = firm(slug).ask(q).answer;
    for (const fact of facts) expect(answer).toContain(fact);
  });

  it('a region asked is still a filter, not every entry', () => {
    const answer = firm('service-firm').ask('which of our suppliers are based outside the UK?').answer;
    expect(answer).toContain('Suppliers that store data outside the UK');
    expect(answer).not.toContain('Where each supplier stores our data');
  });

  it('statements asked of our suppliers are still the statements, and a plain list stays a list', () => {
    expect(firm('towpath-narrowboats').ask("where are our suppliers' gdpr statements?").answer).toContain('GDPR statements not on file');
    expect(firm('service-firm').ask('who are our suppliers').answer).toContain('We use 11 suppliers');
  });
});
