// /healthz, /readyz and /metrics of a running bot, over real HTTP on loopback, on a real SQLite
// file, with the Teams adapter talking to a fake Bot Connector.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../src/app.ts';
import { runBot, type RunningBot } from '../src/bot/run.ts';
import { FakeClock } from '../src/clock.ts';
import { memoryLogger } from '../src/logger.ts';
import { DeliveryError } from '../src/bot/dispatcher.ts';
import { failureCode } from '../src/metrics.ts';
import { createPromMetrics } from '../src/metrics-prom.ts';
import { outboxBacklog } from '../src/store/outbox-backlog.ts';
import { eventually } from './fakes/eventually.ts';
import { FakeConnector } from './fakes/fake-connector.ts';
import { cardAction, message, type TeamsUser } from './fakes/teams-activities.ts';
import { MINIMAL_CONFIG } from './fixtures/minimal-config.ts';

const PEOPLE = ['ann', 'bob', 'cat'];
const user = (p: string): TeamsUser => ({ id: `29:${p}`, aadObjectId: `00000000-0000-4000-8000-0000000000${PEOPLE.indexOf(p) + 10}`, name: p });
/** Monday 23 November 2026, 17:00 in London: the daily backup check is due. */
const START = '2026-11-23T17:00:00Z';
const HEARTBEAT_MS = 4_000;

let dir: string;
let ws: Workspace;
let connector: FakeConnector;
let bot: RunningBot;
let clock: FakeClock;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-metrics-'));
  writeFileSync(join(dir, 'vigil.yaml'), MINIMAL_CONFIG);
  clock = new FakeClock(START);
  ws = await openWorkspace({ configFile: join(dir, 'vigil.yaml'), dbFile: join(dir, 'vigil.db') }, { clock, logger: memoryLogger() });
  connector = new FakeConnector(PEOPLE.map((p) => ({ ...user(p), email: `${p}@acme.example` })));
  await connector.start();
  const metrics = createPromMetrics({ outbox: () => outboxBacklog(ws.db, clock.now()) });
  bot = await runBot(ws, { port: 0, teams: { production: false } }, { clock, logger: memoryLogger(), heartbeatMs: HEARTBEAT_MS, metrics });
});
afterEach(async () => {
  await bot.stop();
  await connector.stop();
  await ws.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(`${bot.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};
const post = (activity: unknown) =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });

/**
 * Reads Prometheus text format strictly: every line is a `# HELP`/`# TYPE` line or a sample
 * `name{label="value",…} number`; returns the samples by their name and labels as written.
 */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|\+Inf|-Inf|NaN))$/;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (/^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue;
    const match = sample.exec(line);
    if (!match) throw new Error(`not Prometheus text: ${line}`);
    samples.set(`${match[1]}${match[2] ?? ''}`, Number(match[3]));
  }
  return samples;
}

describe('health, readiness and metrics', () => {
  it('/metrics is Prometheus text: ticks, outbox gauges, and counters that move after an answer and a question', async () => {
    await eventually(async () => parsePrometheus((await get('/metrics')).text).get('vigil_engine_ticks_total') === 1);
    const before = await get('/metrics');
    expect(before.status).toBe(200);
    expect(before.type).toContain('text/plain');
    const first = parsePrometheus(before.text);
    expect(first.get('vigil_prompts_issued_total')).toBe(3); // ann, bob and cat are all staff
    expect(first.get('vigil_outbox_depth')).toBeGreaterThanOrEqual(0);
    expect(first.has('vigil_outbox_oldest_age_seconds')).toBe(true);
    expect(first.get('vigil_answers_total{channel="teams"}')).toBeUndefined();

    expect((await post(cardAction(connector.url, user('bob'), { promptId: `backup/person:bob/2026-11-23T17:00:00.000Z`, value: 'yes' }))).status).toBe(200);
    expect((await post(message(connector.url, user('cat'), 'where is Xero data kept?'))).status).toBe(200);
    const after = await eventually(async () => {
      const samples = parsePrometheus((await get('/metrics')).text);
      return samples.get('vigil_qa_latency_seconds_count') === 1 ? samples : undefined;
    });
    expect(after.get('vigil_answers_total{channel="teams"}')).toBe(1);
    expect(after.get('vigil_ack_latency_seconds_count{platform="teams"}')).toBe(2);
    expect(after.get('vigil_ack_latency_seconds_bucket{le="+Inf",platform="teams"}')).toBe(2);
    // Nobody had installed the app in Teams before the tick, so the three prompts could not be
    // sent: each failure is counted under the platform and the error's code.
    const failed = await eventually(async () => parsePrometheus((await get('/metrics')).text).get('vigil_delivery_errors_total{platform="teams",code="delivery_failed"}'));
    expect(failed).toBe(3);
  }, 20_000);

  it('/readyz is 503 when the heartbeat has not run for two heartbeats, and 200 once it runs again; /healthz stays 200', async () => {
    const ready = await eventually(async () => {
      const answer = await get('/readyz');
      return answer.status === 200 ? JSON.parse(answer.text) : undefined;
    });
    expect(ready).toMatchObject({ ready: true, database: 'ok', role: 'leader', outbox: { depth: expect.any(Number) } });
    clock.advance(3 * HEARTBEAT_MS); // as if the heartbeat had stalled for three beats
    const stale = await get('/readyz');
    expect(stale.status).toBe(503);
    expect(JSON.parse(stale.text)).toMatchObject({ ready: false, problems: [expect.stringContaining('the heartbeat last ran 12 s ago')] });
    expect((await get('/healthz')).status).toBe(200);
    // The next beat (real time) records the moved clock: ready again.
    await eventually(async () => (await get('/readyz')).status === 200, 2 * HEARTBEAT_MS);
  }, 20_000);
});

describe('delivery error codes', () => {
  it("are the platform's own code when it gave one, else Vigil's", () => {
    const slackRefusal = Object.assign(new Error('An API error occurred: channel_not_found'), { code: 'slack_webapi_platform_error', data: { ok: false, error: 'channel_not_found' } });
    expect(failureCode(new DeliveryError('slack: channel_not_found', true, { cause: slackRefusal }))).toBe('channel_not_found');
    expect(failureCode(new DeliveryError('slack: unreachable', false, { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }))).toBe('ECONNREFUSED');
    expect(failureCode(new DeliveryError('teams: forbidden', true, { cause: { statusCode: 403 } }))).toBe('http_403');
    expect(failureCode(new DeliveryError('not installed', true))).toBe('delivery_failed');
    expect(failureCode(new Error('boom'))).toBe('unexpected');
    // Free text is never a label (it would make a new series per message).
    expect(failureCode(new DeliveryError('x', false, { cause: { code: 'a message with spaces' } }))).toBe('delivery_failed');
  });
});
