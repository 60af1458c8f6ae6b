import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFinding, openFindings } from '../../src/store/index.ts';
import { DAILY_BACKUP, type Harness } from '../fixtures/engine-harness.ts';
import { addedToTeam, cardAction, installed } from '../fakes/teams-activities.ts';
import { chatOf, TeamsBed, teamsUser as user, withTeamsChannel } from '../fixtures/teams-bed.ts';

/**
 * A finding resolved from Teams: the manager's (and the compliance channel's) card about a "No"
 * carries a note box and an Action.Execute "Resolve…"; its `adaptiveCard/action` invoke is
 * resolved by the port through the same use case and permission check as the terminal's
 * `resolve`, and the invoke's answer replaces the card. Real Agents SDK over real HTTP, against
 * a fake Bot Connector speaking its wire format.
 */
const CHANNEL = '19:compliance@thread.tacv2';
const NOTE = 'Swapped the **drive** & re-ran it; <at>everyone</at> [click](https://evil.example)';

let bed: TeamsBed;
let h: Harness;
let findingId: string;
const resolve = (person: string, data: Record<string, unknown>, id?: string) => bed.post(cardAction(bed.connector.url, user(person), data, id, 'resolve'));

type Card = { body: { type: string; id?: string; isRequired?: boolean; maxLength?: number; inlines?: { text: string }[] }[]; actions: unknown[] };
const cardOf = (activity: Record<string, unknown>) => (activity.attachments as { content: Card }[])[0]!.content;
const lines = (card: Card) => card.body.filter((b) => b.inlines).map((b) => b.inlines!.map((i) => i.text).join(''));

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP, base: withTeamsChannel(CHANNEL) });
  h = bed.h;
  for (const p of ['ann', 'bob', 'cat', 'dev']) await bed.post(installed(bed.connector.url, user(p)));
  await bed.post(addedToTeam(bed.connector.url, user('ann'), '19:general@thread.tacv2'));
  await h.tick();
  await bed.dispatcher.deliverDue();
  h.clock.set(new Date('2026-11-23T10:00:00Z'));
  await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'The **NAS** was <b>full</b>' });
  findingId = (await openFindings(h.db))[0]!.id;
  await bed.dispatcher.deliverDue();
});

afterAll(() => bed?.close());

describe('resolving a finding from Teams', () => {
  it("the manager's chat and the compliance channel get the No as plain text, with a card holding a required, limited note box and a Resolve… Action.Execute", () => {
    const toAnn = bed.connector.activitiesTo(chatOf('ann')).find((a) => String(a.text).includes('answered No'))!;
    const toChannel = bed.connector.createdConversations.filter((c) => (c.channelData as { channel?: { id: string } }).channel?.id === CHANNEL).map((c) => c.activity as Record<string, unknown>);
    expect(toChannel).toHaveLength(1);
    for (const activity of [toAnn, toChannel[0]!]) {
      // The reason is the person's words: plain text (no formatting applied), never markup; the card under it is the form.
      expect(activity).toMatchObject({ textFormat: 'plain', text: `Dev Patel answered No to "Did today's backup complete?": The **NAS** was <b>full</b>. A finding is open until the answer to this question is changed or a manager resolves it with a note.` });
      const card = cardOf(activity);
      expect(lines(card)).toEqual(['Resolve it with a note of what was done']);
      expect(card.body.find((b) => b.type === 'Input.Text')).toMatchObject({ id: 'note', isRequired: true, maxLength: 2000 });
      expect(card.actions).toEqual([{ type: 'Action.Execute', title: 'Resolve…', verb: 'resolve', data: { findingId } }]);
    }
  });

  it('someone who neither manages the assignee nor leads compliance is refused, and the finding stays open', async () => {
    const refused = await resolve('bob', { findingId, note: 'Fixed it' });
    expect(refused.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Sorry: only a manager of Dev Patel or the compliance lead may resolve this finding.' });
    expect((await findFinding(h.db, findingId))!.status).toBe('open');
  });

  it('a note over 2,000 characters, or none, is refused on the server whatever the card allowed', async () => {
    const long = await resolve('ann', { findingId, note: 'x'.repeat(2001) });
    expect(long.body.value).toBe('Sorry: the note is too long (2,001 characters; at most 2,000): shorten it and send it again. Nothing was recorded.');
    const none = await resolve('ann', { findingId, note: '  ' });
    expect(none.body.value).toBe('Sorry: resolving a finding needs a note: say what was done.');
    expect((await findFinding(h.db, findingId))!.status).toBe('open');
  });

  it('the manager resolves it with a note: the card is replaced by who, when and the note; evidence kept; Dev and Ann told', async () => {
    h.clock.set(new Date('2026-11-23T11:30:00Z'));
    const done = await resolve('ann', { findingId, note: NOTE }, 'invoke-resolve-1');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const card = done.body.value as Card;
    expect(lines(card)).toEqual([
      `Finding: Dev Patel's No to "Did today's backup complete?" (Mon 23 Nov)`,
      `resolved by Ann Lee: ${NOTE}, at Mon 23 Nov, 11:30.`,
    ]);
    expect(card.actions ?? []).toEqual([]);
    expect(await findFinding(h.db, findingId)).toMatchObject({ status: 'resolved', resolvedBy: 'ann', resolutionMethod: 'resolved', resolution: NOTE, resolvedAt: new Date('2026-11-23T11:30:00Z') });
    const audit = await h.db.selectFrom('audit_log').select(['actor', 'data']).where('action', '=', 'finding.resolved').execute();
    expect(audit.map((a) => [a.actor, JSON.parse(a.data as string)])).toEqual([['ann', { method: 'resolved', note: NOTE, channel: 'teams' }]]);
    const notices = await h.db.selectFrom('notices').select(['target', 'recipient_id']).where('kind', '=', 'finding-closed').orderBy('step').execute();
    expect(notices).toEqual([{ target: 'assignee', recipient_id: 'dev' }, { target: 'manager', recipient_id: 'ann' }, { target: 'compliance-channel', recipient_id: 'compliance' }]);

    // Dev is told in Teams, the note as plain text (no markdown, no mention).
    await bed.dispatcher.deliverDue();
    const toDev = bed.connector.activitiesTo(chatOf('dev')).find((a) => String(a.text).startsWith('Closed'))!;
    expect(toDev).toMatchObject({ textFormat: 'plain', text: `Closed the finding on Dev Patel's No to "Did today's backup complete?" (Mon 23 Nov). Ann Lee resolved it: ${NOTE}` });
    expect(bed.connector.activitiesTo(chatOf('ann')).some((a) => String(a.text).startsWith('Closed'))).toBe(true);
  });

  it('resolving it again says it is closed already, by whom, and records nothing more', async () => {
    const again = await resolve('ann', { findingId, note: 'Again' }, 'invoke-resolve-2');
    expect(lines(again.body.value as Card)[1]).toBe(`Closed already: resolved by Ann Lee: ${NOTE}, at Mon 23 Nov, 11:30.`);
    expect(await h.db.selectFrom('audit_log').select('actor').where('action', '=', 'finding.resolved').execute()).toHaveLength(1);
    expect((await findFinding(h.db, findingId))!.resolution).toBe(NOTE);
    expect(await h.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'finding-closed:%').execute()).toHaveLength(3);
    // Someone who may not resolve it is refused as before, and learns nothing of how it was closed.
    const bob = await resolve('bob', { findingId, note: 'Again' });
    expect(bob.body.value).toBe('Sorry: only a manager of Dev Patel or the compliance lead may resolve this finding.');
  });
});
