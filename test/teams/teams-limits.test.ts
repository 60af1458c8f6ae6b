import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../src/attestations/limits.ts';
import { BOB_TWO_FACTOR, DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { cardAction, installed, message } from '../fakes/teams-activities.ts';
import { promptOf, TEAMS_PEOPLE as people, TeamsBed, teamsUser as user } from '../fixtures/teams-bed.ts';

/** Every field a Teams user sends is held to its limit, whatever the card's input allowed. */
let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;

const post = (activity: unknown) => bed.post(activity);

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP + BOB_TWO_FACTOR });
  ({ h, connector } = bed);
  for (const p of people) await post(installed(connector.url, user(p)));
  await h.tick();
});

afterAll(() => bed?.close());

describe('field limits in Teams', () => {
  const refusal = (what: string, length: string, max: string, unit = 'characters') => `Sorry: ${what} is too long (${length} ${unit}; at most ${max}): shorten it and send it again. Nothing was recorded.`;

  it('refuses an oversized reason, ticked list or prompt id with a clear reply, recording nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ promptId: promptOf('cat'), value: 'no', reason: 'r'.repeat(FIELD_LIMITS.reason + 1) }, refusal('the reason', '2,001', '2,000')],
      [{ promptId: promptOf('bob', 'two-factor'), value: 'checklist', checked: Array.from({ length: 101 }, (_, i) => `item ${i}`).join(',') }, refusal('the list of ticked items', '101', '100', 'entries')],
      [{ promptId: promptOf('bob', 'two-factor'), value: 'checklist', checked: 'x'.repeat(501) }, refusal('a ticked item', '501', '500')],
      [{ promptId: `${promptOf('cat')}${'x'.repeat(200)}`, value: 'yes' }, refusal("the prompt's id", '242', '200')],
    ];
    for (const [data, reply] of cases) {
      const who = String(data.promptId).includes('person:bob') ? 'bob' : 'cat';
      const response = await post(cardAction(connector.url, user(who), data));
      expect(response.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply });
    }
    expect(await h.count('answers')).toBe(0);
  });

  it('answers an oversized question with a clear reply instead of searching the register', async () => {
    await post(message(connector.url, user('cat'), `where is ${'x'.repeat(FIELD_LIMITS.question)}`));
    const reply = connector.activitiesTo(`a:chat-${user('cat').aadObjectId}`).at(-1)!;
    expect(reply.text).toBe(refusal('the question', '1,009', '1,000'));
  });

  it('takes a reason exactly at the limit, counted in characters (an emoji is one)', async () => {
    const reason = '🙂'.repeat(FIELD_LIMITS.reason);
    const response = await post(cardAction(connector.url, user('cat'), { promptId: promptOf('cat'), value: 'no', reason }));
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(await h.db.selectFrom('answers').select('reason').execute()).toEqual([{ reason }]);
  });
});
