import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { SlackAdapter } from '../../src/bot/slack/slack-adapter.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { eventually } from '../fakes/eventually.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { buttonClick } from '../fakes/slack-payloads.ts';
import { UseCases } from '../../src/app/use-cases.ts';

let h: Harness;
let slack: FakeSlack;
let wss: WebSocketServer;
let adapter: SlackAdapter | undefined;

afterEach(async () => {
  await adapter?.stop();
  wss?.clients.forEach((c) => c.terminate());
  await new Promise((resolve) => wss?.close(resolve));
  await slack?.stop();
  await h?.close();
});

describe('Slack over Socket Mode', () => {
  it('connects through apps.connections.open, acks each envelope, and handles it like an HTTP request', async () => {
    slack = new FakeSlack([{ id: 'UCAT', email: 'cat@acme.example' }]);
    await slack.start();
    // A fake Socket Mode server, speaking Slack's envelope protocol.
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => wss.once('listening', resolve));
    slack.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    const acks: Record<string, unknown>[] = [];
    const connected = new Promise<WebSocket>((resolve) => {
      wss.on('connection', (socket) => {
        socket.on('message', (data) => acks.push(JSON.parse(String(data)) as Record<string, unknown>));
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0001' } }));
        resolve(socket);
      });
    });

    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    adapter = new SlackAdapter({
      botToken: slack.validToken, signingSecret: 'unused-in-socket-mode', appToken: slack.appToken, apiUrl: slack.apiUrl,
      port: new UseCases({ db: h.db, engine: h.engine, qa: new PolicyQa(h.config), clock: h.clock, logger: memoryLogger() }).chat('slack'), logger: memoryLogger(), retryConfig: { retries: 0 },
    });
    expect(adapter.requestListener).toBeUndefined(); // nothing to mount on the HTTP server
    await adapter.start();
    const socket = await connected;
    expect(slack.callsTo('apps.connections.open')).toHaveLength(1);

    const payload = buttonClick({ userId: 'UCAT', channel: 'DUCAT', messageTs: '1700000000.000100', actionId: 'answer:yes', value: 'backup/person:cat/2026-11-23T09:00:00.000Z' });
    socket.send(JSON.stringify({ envelope_id: 'env-1', type: 'interactive', accepts_response_payload: false, payload }));
    await eventually(() => acks.find((a) => a.envelope_id === 'env-1'));
    const update = await eventually(() => slack.callsTo('chat.update')[0]);
    expect(JSON.stringify(update.args.blocks)).toContain('Yes, answered by Cat Jones');
    expect(await h.count('answers')).toBe(1);
  });
});
