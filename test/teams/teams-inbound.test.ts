import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/http-server.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { FakeConnector } from '../fakes/fake-connector.ts';
import { addedToTeam, installed, message } from '../fakes/teams-activities.ts';
import { TeamsBed, teamsUser as user } from '../fixtures/teams-bed.ts';

/** Hostile and malformed requests to `POST /api/messages`, over real HTTP. */
let bed: TeamsBed;
let h: Harness;
let connector: FakeConnector;

const post = (activity: unknown) => bed.post(activity);

beforeAll(async () => {
  bed = await TeamsBed.open({ attestations: DAILY_BACKUP });
  ({ h, connector } = bed);
});

afterAll(() => bed?.close());

describe('malformed activities', () => {
  it('refuses array fields that are not arrays with 400 (not 500), naming the field, and does nothing', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['entities', { ...message(connector.url, user('cat'), 'status'), entities: 'x' }],
      ['membersAdded', { ...addedToTeam(connector.url, user('ann'), '19:general@thread.tacv2'), membersAdded: 'x' }],
      ['attachments', { ...message(connector.url, user('cat'), 'status'), attachments: { contentType: 'x' } }],
      ['membersRemoved', { ...installed(connector.url, user('cat')), membersRemoved: 7 }],
    ];
    for (const [field, activity] of cases) {
      const response = await post(activity);
      expect(response.status, field).toBe(400);
      expect(response.body).toEqual({ error: `${field} must be an array` });
    }
    expect(connector.calls).toEqual([]);
    expect(await h.count('conversation_refs')).toBe(0);
  });

  it('refuses an array of the wrong things with 400, naming the path and not the value', async () => {
    const response = await post({ ...message(connector.url, user('cat'), 'status'), membersAdded: ['not-an-account-<b>'] });
    expect(response.status).toBe(400);
    expect(String(response.body?.error)).toMatch(/^the activity does not fit the Bot Framework schema at membersAdded\.0/);
    expect(JSON.stringify(response.body)).not.toContain('not-an-account');
  });

  it('takes the same activities with well-formed arrays', async () => {
    expect((await post({ ...message(connector.url, user('cat'), 'help'), entities: [{ type: 'clientInfo', locale: 'en-GB' }] })).status).toBe(200);
    expect((await post(addedToTeam(connector.url, user('ann'), '19:general@thread.tacv2'))).status).toBe(200);
    expect(await h.count('conversation_refs')).toBeGreaterThan(0);
  });
});

/** Sends `bodyBytes` of body over a raw socket, as a plain client does (all of it, then read), and returns what came back. */
function rawPost(bodyBytes: number, connection = 'keep-alive'): Promise<{ response: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect(bed.server.port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('error', (error) => resolve({ response, error: (error as NodeJS.ErrnoException).code ?? error.message }));
    socket.on('close', () => resolve({ response }));
    socket.on('connect', () => {
      socket.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes}\r\nConnection: ${connection}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < bodyBytes) {
          const part = chunk.subarray(0, Math.min(chunk.length, bodyBytes - sent));
          sent += part.length;
          if (!socket.write(part)) return void socket.once('drain', pump);
        }
      };
      pump();
    });
  });
}

describe('oversized bodies', () => {
  it('every client that sends a body over the limit reads the 413, and the connection is closed cleanly', async () => {
    for (const size of [BODY_LIMIT + 1, 2 * 1024 * 1024, 8 * 1024 * 1024]) {
      const { response, error } = await rawPost(size);
      expect(error, `${size} bytes`).toBeUndefined();
      expect(response, `${size} bytes`).toMatch(/^HTTP\/1\.1 413 /);
      expect(response.toLowerCase()).toContain('connection: close');
    }
  });

  it('a body at the limit is read (and refused only for what it says)', async () => {
    const { response } = await rawPost(BODY_LIMIT, 'close');
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
  });
});
