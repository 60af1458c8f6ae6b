import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import type { VigilConfig } from '../../src/config/schema.ts';
import { devQaOf } from './dev-questions.ts';

/**
 * The second reading of issue 17's twenty-ninth and thirtieth rounds as one change: refusals that were
 * tested only at firms that lack the thing, each put beside the accepted case of a firm that has it.
 * Staff pay, pension and expenses are "don't know" unless a policy is titled for the part asked about
 * (an expenses policy answers an expenses question, and says nothing of a pension); a product whose
 * name is an English word ("stripe") is not in the register only at a firm that does not hold it.
 */
const config = (slug: string): VigilConfig => loadConfigFile(new URL(`../../examples/${slug}/vigil.yaml`, import.meta.url).pathname);
const firm = (slug: string) => devQaOf(config(slug));

/** The digital agency's file with one more policy, on expenses. */
function withExpensesPolicy(): VigilConfig {
  const base = config('northwind-digital');
  const expenses = { ...base.policies[0]!, id: 'expenses', title: 'Expenses and mileage', keywords: ['expenses', 'mileage'], text: 'Claim train fares, mileage and other work costs through the expenses app within a month, with the receipt attached.' };
  return { ...base, policies: [...base.policies, expenses] };
}

describe('staff pay asked: "don\'t know" unless a policy is titled for the part asked about', () => {
  it('a firm with no policy on pay: an expenses claim is "don\'t know", naming no supplier', () => {
    const answer = firm('northwind-digital').ask('can i put my train fare through expenses');
    expect(answer.answer).toContain("I don't know how to answer that");
  });
  it('a firm with an expenses policy: the same question gets that policy, cited', () => {
    const answer = devQaOf(withExpensesPolicy()).ask('can i put my train fare through expenses');
    expect(answer.sources).toEqual(['policy:expenses']);
    expect(answer.answer).toContain('Expenses and mileage');
  });
  it('a firm with an expenses policy: a pension question is still "don\'t know", not a supplier whose words it meets', () => {
    const answer = devQaOf(withExpensesPolicy()).ask('how much does the company put into my pension every month');
    expect(answer.answer).toContain("I don't know how to answer that");
    expect(answer.sources).toEqual([]);
  });
});

describe('a product whose name is an English word, paid through: not in the register only where we do not hold it', () => {
  it('a firm without Stripe: "I can\'t find stripe", whom to ask', () => {
    const answer = firm('fernleigh-salon').ask('can customers pay by card through stripe');
    expect(answer.answer).toContain("I can't find stripe");
    expect(answer.answer).toContain('Rhiannon Hughes');
  });
  it('a firm that holds Stripe: its entry, cited', () => {
    const answer = firm('bluehole-divers').ask('can customers pay by card through stripe');
    expect(answer.answer).not.toContain("can't find");
    expect(answer.sources).toContain('register:stripe');
  });
});
