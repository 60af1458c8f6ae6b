import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../src/attestations/limits.ts';
import type { Harness } from '../fixtures/engine-harness.ts';
import { cardAction, cardElements, installed } from '../fakes/teams-activities.ts';
import { chatOf, TeamsBed, teamsUser as user } from '../fixtures/teams-bed.ts';

/** A question that wants a written answer, answered from its Teams card. */
const WHERE_KEPT = `  - id: where-kept
    question: Where did you store today's backup drive?
    schedule: "0 9 * * 1-5"
    audience: { people: [bob] }
    answer: text
    window: PT8H
`;
const PROMPT = 'where-kept/person:bob/2026-11-23T09:00:00.000Z';
let bed: TeamsBed;
let h: Harness;

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: WHERE_KEPT });
  h = bed.h;
  await bed.post(installed(bed.connector.url, user('bob')));
  await h.tick();
  await bed.dispatcher.deliverDue();
});

afterAll(() => bed?.close());

describe('a written answer in Teams', () => {
  it('the card has a box for the answer, declaring the server limit, beside its Answer button', () => {
    const [card] = bed.connector.activitiesTo(chatOf('bob'));
    const box = cardElements(card!).find((e) => (e as { id?: string }).id === 'text');
    expect(box).toMatchObject({ type: 'Input.Text', isRequired: true, maxLength: FIELD_LIMITS.text });
  });

  it('records what was written, as typed', async () => {
    const written = 'In the safe, shelf 2 **not bold**';
    const response = await bed.post(cardAction(bed.connector.url, user('bob'), { promptId: PROMPT, value: 'text', text: written }));
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(await h.db.selectFrom('answers').select(['value', 'text', 'answered_by']).execute()).toEqual([{ value: 'text', text: written, answered_by: 'bob' }]);
  });

  it('an empty answer is refused on the server and records nothing more', async () => {
    const response = await bed.post(cardAction(bed.connector.url, user('bob'), { promptId: PROMPT, value: 'text', text: '  ' }, 'empty-1'));
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(String(response.body.value)).toMatch(/written answer/);
    expect(await h.count('answers')).toBe(1);
  });
});
