import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../src/attestations/limits.ts';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { cardAction, cardElements, installed, message, readableLines } from '../fakes/teams-activities.ts';
import { chatOf, promptOf, TEAMS_PEOPLE as people, TeamsBed, teamsUser as user, withTeamsChannel } from '../fixtures/teams-bed.ts';

/**
 * What people type reaches other people's cards as plain text: a staff member's reason in the
 * answered card, the manager's notice, status and the compliance channel, with no markdown
 * (bold, links, lists) coming alive, and no backslashes shown.
 */
const HOSTILE = '**urgent** [click here](https://evil.example/login) _now_ # heading';
const HOSTILE_LINE_2 = '- item <at>Ann Lee</at> \\*not escaped\\*';
const REASON = `${HOSTILE}\n${HOSTILE_LINE_2}`;
let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;
let dispatcher: Dispatcher;

const post = (activity: unknown) => bed.post(activity);

/** Checks a card shows the hostile reason only as plain runs, and returns its lines. */
function expectPlainCard(activity: Record<string, unknown>): string[] {
  const elements = cardElements(activity);
  expect(elements.length).toBeGreaterThan(0);
  // TextBlock and FactSet render markdown in Teams; a card carrying user text must use neither.
  expect(elements.filter((e) => e.type === 'TextBlock' || e.type === 'FactSet')).toEqual([]);
  const lines = readableLines(activity);
  expect(lines.some((l) => l.includes(HOSTILE))).toBe(true);
  expect(lines.some((l) => l.includes(HOSTILE_LINE_2))).toBe(true);
  if (activity.summary !== undefined) expect(String(activity.summary)).not.toMatch(/[\n\r]/);
  return lines;
}

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP, base: withTeamsChannel('19:compliance@thread.tacv2') });
  ({ h, connector, dispatcher } = bed);
  for (const p of people) await post(installed(connector.url, user(p)));
  await h.tick();
  await dispatcher.deliverDue();
});

afterAll(() => bed?.close());

describe('user text in Teams cards', () => {
  it('the prompt card has no markdown elements and its reason box declares the server limit', () => {
    const [prompt] = connector.activitiesTo(chatOf('cat'));
    expect(cardElements(prompt!).filter((e) => e.type === 'TextBlock' || e.type === 'FactSet')).toEqual([]);
    expect(readableLines(prompt!)).toEqual(expect.arrayContaining(["Did today's backup complete? — for Mon 23 Nov", expect.stringMatching(/^Due: Mon 23 Nov, 17:00/)]));
    expect(cardElements(prompt!).find((e) => (e as { id?: string }).id === 'reason')).toMatchObject({ type: 'Input.Text', maxLength: FIELD_LIMITS.reason });
  });

  it("a reason's markdown is shown as typed in the answered card, the manager's notice and status", async () => {
    const answered = await post(cardAction(connector.url, user('cat'), { promptId: promptOf('cat'), value: 'no', reason: REASON }));
    expect(answered.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expectPlainCard({ attachments: [{ content: answered.body!.value }] });

    // Cat's manager, Bob, is told by a plain-text message (textFormat plain: no formatting applied).
    await dispatcher.deliverDue();
    const notice = connector.activitiesTo(chatOf('bob')).find((a) => String(a.text).includes('answered No'))!;
    expect(notice).toMatchObject({ textFormat: 'plain' });
    expect(notice.text).toContain(REASON);

    for (const viewer of ['bob', 'ann']) {
      await post(message(connector.url, user(viewer), 'status'));
      const lines = expectPlainCard(connector.activitiesTo(chatOf(viewer)).at(-1)!);
      expect(lines.join('\n')).not.toContain('\\*\\*');
    }
  });

  it('every activity Vigil sent carries text only as plain text or plain runs', () => {
    const sent = connector.calls.filter((c) => c.method === 'POST' && c.body).map((c) => c.body!);
    expect(sent.length).toBeGreaterThan(5);
    for (const activity of sent) {
      expect(cardElements(activity).filter((e) => e.type === 'TextBlock' || e.type === 'FactSet')).toEqual([]);
      if (activity.text !== undefined) expect(activity.textFormat).toBe('plain');
    }
  });
});
