import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { startHttpServer, type RunningServer } from '../../src/http-server.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { findFinding, openFindings } from '../../src/store/index.ts';
import { UseCases } from '../../src/app/use-cases.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { buttonClick, interactive, sign, viewSubmission } from '../fakes/slack-payloads.ts';

/**
 * A finding resolved from Slack: the manager's (and the compliance channel's) message about a
 * "No" carries a Resolve… button, which opens a modal asking what was done; on submit the port
 * resolves it through the same use case and permission check as the terminal's `resolve`.
 * Real Bolt over real HTTP, against a fake Slack speaking its wire format.
 */
const SECRET = 'test-signing-secret';
const users = [
  { id: 'UANN', email: 'ann@acme.example' },
  { id: 'UBOB', email: 'bob@acme.example' },
  { id: 'UCAT', email: 'cat@acme.example' },
  { id: 'UDEV', email: 'dev@acme.example' },
];
const NOTE = 'Swapped the <!channel> drive & re-ran the backup; <https://evil.example|click>';

let h: Harness;
let slack: FakeSlack;
let server: RunningServer;
let dispatcher: Dispatcher;
let findingId: string;
const logger = memoryLogger();

async function post(request: { body: string; contentType: string }) {
  return fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': request.contentType, ...sign(SECRET, request.body) }, body: request.body });
}

/** Presses the Resolve… button on the message `ts` in `channel`, as `userId`. */
function pressResolve(userId: string, channel: string, ts: string, actionTs: string) {
  return post(interactive(buttonClick({ userId, channel, messageTs: ts, actionId: 'resolve', value: findingId, actionTs })));
}

/** Submits the Resolve… modal with `note`, as `userId`. */
function submitNote(userId: string, note: string, meta: { channel: string; ts: string }, viewId: string) {
  const privateMetadata = JSON.stringify({ findingId, ...meta });
  return post(interactive(viewSubmission({ userId, privateMetadata, reason: note, viewId, callbackId: 'finding-resolve', field: 'note' })));
}

const ephemeralTo = (user: string) => slack.callsTo('chat.postEphemeral').filter((c) => c.args.user === user).map((c) => String(c.args.text));

beforeAll(async () => {
  slack = new FakeSlack(users);
  await slack.start();
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
  await h.tick();
  const adapter = new SlackAdapter({
    botToken: slack.validToken, signingSecret: SECRET, apiUrl: slack.apiUrl, logger, retryConfig: { retries: 0 },
    port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger }).chat('slack'),
  });
  await adapter.start();
  server = await startHttpServer({ slack: adapter.requestListener }, 0, '127.0.0.1');
  dispatcher = new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger, sender: adapter });
  await dispatcher.deliverDue();
  h.clock.set(new Date('2026-11-23T10:00:00Z'));
  await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'The <@U123> NAS was full' });
  findingId = (await openFindings(h.db))[0]!.id;
  await dispatcher.deliverDue();
});

afterAll(async () => {
  await server?.close();
  await slack?.stop();
  await h?.close();
});

describe('resolving a finding from Slack', () => {
  it("the manager's DM and the compliance channel's post about the No carry a Resolve… button naming the finding", () => {
    const posts = slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('answered No'));
    expect(posts.map((c) => c.args.channel).sort()).toEqual(['C0COMPLIANCE', 'DUANN']);
    for (const post of posts) {
      // The reason is the person's words: inert in the notification text and in the blocks.
      expect(post.args.text).toContain('The &lt;@U123&gt; NAS was full');
      const blocks = post.args.blocks as { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[];
      const actions = blocks.find((b) => b.type === 'actions')!;
      expect(actions.elements).toEqual([expect.objectContaining({ action_id: 'resolve', value: findingId, text: expect.objectContaining({ text: 'Resolve…' }) })]);
    }
  });

  it("someone who neither manages the assignee nor leads compliance is refused at the button, and no modal opens", async () => {
    await pressResolve('UBOB', 'C0COMPLIANCE', '1700000009.000100', '1700000300.000001');
    const said = await eventually(() => ephemeralTo('UBOB')[0]);
    expect(said).toBe('Sorry: only a manager of Dev Patel or the compliance lead may resolve this finding');
    expect(slack.callsTo('views.open')).toHaveLength(0);
  });

  it('a submission from someone not allowed (a forged or stale modal) is refused on the server, and the finding stays open', async () => {
    const response = await submitNote('UCAT', 'I fixed it', { channel: 'DUCAT', ts: '1' }, 'V0100');
    expect(response.status).toBe(200);
    const said = await eventually(() => ephemeralTo('UCAT')[0]);
    expect(said).toBe('Sorry: only a manager of Dev Patel or the compliance lead may resolve this finding.');
    expect((await findFinding(h.db, findingId))!.status).toBe('open');
  });

  it('an empty note, or one over 2,000 characters, is refused in the modal itself (on the server), and nothing is resolved', async () => {
    const empty = await submitNote('UANN', '   ', { channel: 'DUANN', ts: '1' }, 'V0101');
    expect(await empty.json()).toEqual({ response_action: 'errors', errors: { note: 'Please say what was done.' } });
    const long = await submitNote('UANN', 'x'.repeat(2001), { channel: 'DUANN', ts: '1' }, 'V0102');
    expect(await long.json()).toEqual({ response_action: 'errors', errors: { note: 'the note is too long (2,001 characters; at most 2,000): shorten it and send it again. Nothing was recorded' } });
    expect((await findFinding(h.db, findingId))!.status).toBe('open');
  });

  it("the assignee's manager presses Resolve…, a modal asks what was done, and the note resolves it: evidence, people told, message updated", async () => {
    const dm = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUANN' && String(c.args.text).includes('answered No'))!;
    const ts = '1700000010.000100';
    expect(dm).toBeDefined();
    await pressResolve('UANN', 'DUANN', ts, '1700000400.000001');
    const open = await eventually(() => slack.callsTo('views.open')[0]);
    expect(open.args.trigger_id).toBe('trigger-1700000400.000001');
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { type: string; element?: Record<string, unknown>; text?: { text: string } }[] };
    expect(view.callback_id).toBe('finding-resolve');
    expect(JSON.parse(view.private_metadata)).toEqual({ findingId, channel: 'DUANN', ts });
    expect(view.blocks[0]!.text!.text).toBe(`*Finding: Dev Patel's No to "Did today's backup complete?" (Mon 23 Nov)*`);
    expect(view.blocks[1]!.element).toMatchObject({ type: 'plain_text_input', action_id: 'note', max_length: 2000 });

    h.clock.set(new Date('2026-11-23T11:30:00Z'));
    const submit = await submitNote('UANN', NOTE, { channel: 'DUANN', ts }, 'V0103');
    expect(submit.status).toBe(200);
    const finding = await eventually(async () => ((await findFinding(h.db, findingId))!.status === 'resolved' ? findFinding(h.db, findingId) : undefined));
    expect(finding).toMatchObject({ resolvedBy: 'ann', resolutionMethod: 'resolved', resolution: NOTE, resolvedAt: new Date('2026-11-23T11:30:00Z') });
    const audit = await h.db.selectFrom('audit_log').select(['actor', 'data']).where('action', '=', 'finding.resolved').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('ann');
    expect(JSON.parse(audit[0]!.data as string)).toEqual({ method: 'resolved', note: NOTE, channel: 'slack' });
    // Dev and their manager (Ann) are told, and the compliance channel, each with a notice as evidence.
    const told = await h.db.selectFrom('outbox').select(['recipient_id']).where('dedupe_key', 'like', 'finding-closed:%').orderBy('recipient_id').execute();
    expect(told.map((r) => r.recipient_id)).toEqual(['ann', 'compliance', 'dev']);
    const notices = await h.db.selectFrom('notices').select(['target', 'recipient_id']).where('kind', '=', 'finding-closed').orderBy('step').execute();
    expect(notices).toEqual([{ target: 'assignee', recipient_id: 'dev' }, { target: 'manager', recipient_id: 'ann' }, { target: 'compliance-channel', recipient_id: 'compliance' }]);
    // The message's button gives way to who resolved it, when and the note, escaped like any user text.
    const update = await eventually(() => slack.callsTo('chat.update').find((c) => c.args.ts === ts));
    const shown = JSON.stringify(update.args.blocks) + String(update.args.text);
    expect(shown).toContain('resolved by Ann Lee: Swapped the &lt;!channel&gt; drive &amp; re-ran the backup; &lt;https://evil.example|click&gt;, at Mon 23 Nov, 11:30.');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<https://evil');
    expect(await eventually(() => ephemeralTo('UANN').find((t) => t.startsWith('Resolved')))).toBe('Resolved. Dev Patel, their manager and the compliance channel have been told.');

    // What Dev is told goes out through Slack with the note inert.
    await dispatcher.deliverDue();
    const toDev = slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUDEV' && String(c.args.text).startsWith('Closed'))!;
    expect(toDev.args.text).toBe(`Closed the finding on Dev Patel's No to "Did today's backup complete?" (Mon 23 Nov). Ann Lee resolved it: Swapped the &lt;!channel&gt; drive &amp; re-ran the backup; &lt;https://evil.example|click&gt;`);
  });

  it('pressing Resolve… again, or submitting a second modal, says it is closed already and records nothing more', async () => {
    const opened = slack.callsTo('views.open').length;
    await pressResolve('UANN', 'C0COMPLIANCE', '1700000011.000100', '1700000500.000001');
    const said = await eventually(() => ephemeralTo('UANN').find((t) => t.includes('closed already')));
    expect(said).toContain('Sorry: that finding is closed already: resolved by Ann Lee: Swapped the');
    expect(slack.callsTo('views.open')).toHaveLength(opened);

    await submitNote('UANN', 'Again', { channel: 'DUANN', ts: '1700000010.000100' }, 'V0104');
    const again = await eventually(() => ephemeralTo('UANN').find((t) => t.startsWith('That finding is closed already')));
    expect(again).toContain('resolved by Ann Lee: Swapped the');
    expect(await h.db.selectFrom('audit_log').select('actor').where('action', '=', 'finding.resolved').execute()).toHaveLength(1);
    expect((await findFinding(h.db, findingId))!.resolution).toBe(NOTE);
    expect(await h.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'finding-closed:%').execute()).toHaveLength(3);

    // Someone who may not resolve it is refused as before, and learns nothing of how it was closed.
    await pressResolve('UBOB', 'C0COMPLIANCE', '1700000011.000100', '1700000600.000001');
    await eventually(() => (ephemeralTo('UBOB').length === 2 ? true : undefined));
    expect(ephemeralTo('UBOB')[1]).toBe('Sorry: only a manager of Dev Patel or the compliance lead may resolve this finding');
  });
});
