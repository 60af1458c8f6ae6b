import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { enqueue, migrateToLatest, openSqlite, syncPeople } from '../../src/store/index.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';

/**
 * A bot killed while posting to a compliance channel named `#compliance` in vigil.yaml (as the
 * README and the demo do). The restarted bot must look for its messages in doubt with
 * conversations.history, which Slack answers for a channel id only; before the name was resolved
 * to an id, every message in doubt failed for good with channel_not_found.
 */
const MESSAGES = 300;
const yaml = `version: 1
organisation: { name: Crash Ltd, timezone: Europe/London, complianceChannel: { slack: "#compliance" }, dataProtectionContact: { name: Ann } }
people:
  - { id: ann, name: Ann, email: ann@crash.example, roles: [staff, compliance], slackId: UANN }
attestations:
  - { id: backup, question: "Backup done?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }
`;

let dir: string;
let slack: FakeSlack;

function worker(file: string, staleClaimMs: number) {
  const args = ['slack', file, join(dir, 'vigil.yaml'), String(staleClaimMs), slack.apiUrl, slack.validToken, '1000'];
  return spawn(process.execPath, [new URL('../fixtures/dispatch-worker.ts', import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-channel-crash-'));
  writeFileSync(join(dir, 'vigil.yaml'), yaml);
  slack = new FakeSlack([]);
  await slack.start();
  const db = openSqlite({ file: join(dir, 'vigil.db') });
  await migrateToLatest(db);
  const at = new Date('2024-11-18T09:00:00Z');
  await syncPeople(db, parseConfig(yaml, 'vigil.yaml').people, at);
  await enqueue(db, Array.from({ length: MESSAGES }, (_, i) => ({
    dedupeKey: `escalation:test:${i}`, recipient: { kind: 'channel' as const, id: 'compliance' }, promptId: null,
    payload: { kind: 'escalation', message: { kind: 'text', text: `Escalation ${i}` } },
  })), at);
  await db.destroy();
});

afterAll(async () => {
  await slack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a bot killed mid-way through posting to a compliance channel given by name', () => {
  it('delivers every message exactly once after a restart, none failed, rechecked by the channel id', async () => {
    // Slack answers slowly, so when the bot dies some posts have reached Slack unacknowledged.
    slack.responseDelayMs = 30;
    const first = worker(join(dir, 'vigil.db'), 120_000);
    while (slack.callsTo('chat.postMessage').length < 100) await new Promise((resolve) => setTimeout(resolve, 5));
    first.kill('SIGKILL');
    await once(first, 'exit');
    slack.responseDelayMs = 0;

    const second = worker(join(dir, 'vigil.db'), 0);
    const [code] = (await once(second, 'exit')) as [number];
    expect(code).toBe(0);

    // None failed: before, every message in doubt failed for good (conversations.history: channel_not_found).
    const check = openSqlite({ file: join(dir, 'vigil.db') });
    const unsent = await check.selectFrom('outbox').select(['status', 'last_error']).where('status', '!=', 'sent').execute();
    await check.destroy();
    expect(unsent).toEqual([]);

    const posts = slack.callsTo('chat.postMessage');
    const ids = posts.map((c) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id);
    expect(new Set(ids).size).toBe(MESSAGES);
    expect(posts).toHaveLength(MESSAGES); // not one duplicate
    expect(new Set(posts.map((c) => c.args.channel))).toEqual(new Set(['C0COMPLIANCE']));
    const history = slack.callsTo('conversations.history');
    expect(history.length).toBeGreaterThan(0); // it looked before re-posting
    expect(new Set(history.map((c) => c.args.channel))).toEqual(new Set(['C0COMPLIANCE']));
    // The first process looked the name up and kept the id; the second used the kept id.
    expect(slack.callsTo('conversations.list')).toHaveLength(1);
  }, 120_000);
});
