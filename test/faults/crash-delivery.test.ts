import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/attestations/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { migrateToLatest, openSqlite, syncPeople } from '../../src/store/index.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';

const PEOPLE = 1000;
let dir: string;
let slack: FakeSlack;

const yaml = `version: 1
organisation: { name: Crash Ltd, timezone: Europe/London, dataProtectionContact: { name: P 0 } }
people:
${Array.from({ length: PEOPLE }, (_, i) => `  - { id: p${i}, name: P ${i}, email: p${i}@crash.example, roles: [${i === 0 ? 'staff, compliance' : 'staff'}], slackId: U${i} }`).join('\n')}
attestations:
  - { id: backup, question: "Backup done?", schedule: "0 9 * * 1-5", audience: { roles: [staff] }, window: PT8H }
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-crash-delivery-'));
  writeFileSync(join(dir, 'vigil.yaml'), yaml);
  const config = parseConfig(yaml, 'vigil.yaml');
  const db = openSqlite({ file: join(dir, 'vigil.db') });
  await migrateToLatest(db);
  // A Monday in the past: the prompts are due for delivery whatever today is.
  await syncPeople(db, config.people, new Date('2024-11-18T08:00:00Z'));
  const report = await new Engine(config).tick(db, new Date('2024-11-18T09:01:00Z'));
  await db.destroy();
  expect(report.issued).toHaveLength(PEOPLE);
  slack = new FakeSlack([]);
  await slack.start();
});
afterAll(async () => {
  await slack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function worker(staleClaimMs: number) {
  return spawn(process.execPath, ['--import', 'tsx', new URL('../fixtures/dispatch-worker.ts', import.meta.url).pathname, join(dir, 'vigil.db'), join(dir, 'vigil.yaml'), slack.apiUrl, slack.validToken, String(staleClaimMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
}

describe('a bot killed mid fan-out', () => {
  it('delivers every prompt exactly once after a restart, counted at the fake Slack', async () => {
    const db = openSqlite({ file: join(dir, 'vigil.db') });
    const queued = Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await db.destroy();
    expect(queued).toBe(PEOPLE);

    // Slack answers slowly, so when the bot dies some posts have reached Slack unacknowledged.
    slack.responseDelayMs = 30;
    const first = worker(120_000);
    while (slack.callsTo('chat.postMessage').length < 300) await new Promise((resolve) => setTimeout(resolve, 5));
    first.kill('SIGKILL');
    const [, signal] = (await once(first, 'exit')) as [number | null, string];
    expect(signal).toBe('SIGKILL');
    const beforeRestart = slack.callsTo('chat.postMessage').length;
    expect(beforeRestart).toBeLessThan(PEOPLE);
    const db2 = openSqlite({ file: join(dir, 'vigil.db') });
    const sentBefore = Number((await db2.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'sent').executeTakeFirstOrThrow()).n);
    await db2.destroy();
    expect(sentBefore).toBeLessThan(beforeRestart); // some posts reached Slack but were never recorded as sent

    slack.responseDelayMs = 0;
    // The restarted bot treats the dead one's claims as unsure and looks before posting.
    const second = worker(0);
    const [code] = (await once(second, 'exit')) as [number];
    expect(code).toBe(0);

    const posts = slack.callsTo('chat.postMessage');
    const ids = posts.map((c) => (c.args.metadata as { event_payload: { outbox_id: string } }).event_payload.outbox_id);
    expect(new Set(ids).size).toBe(PEOPLE);
    expect(posts).toHaveLength(PEOPLE); // not one duplicate
    expect(slack.callsTo('conversations.history').length).toBeGreaterThan(0);
    const check = openSqlite({ file: join(dir, 'vigil.db') });
    expect(await check.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).toEqual([]);
    await check.destroy();
  }, 120_000);
});
