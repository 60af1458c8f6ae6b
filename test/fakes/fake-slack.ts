import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call the fake received. */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
}

/** A Slack user the fake knows. */
export interface FakeUser {
  id: string;
  email: string;
}

/** A channel the fake knows: its id, its name (no `#`), whether private, whether the bot is in it. */
export interface FakeChannel {
  id: string;
  name: string;
  isPrivate?: boolean;
  isMember?: boolean;
}

/**
 * A fake Slack Web API on loopback: answers the methods Vigil calls, in Slack's wire format
 * (form-encoded or JSON requests, `{ ok, ... }` responses), records every call, and can answer
 * 429 with `Retry-After` for a share of calls. `response_url`s point back at it too.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  /** Share of calls (0–1) answered 429, and the Retry-After seconds to send. */
  rateLimit = { share: 0, retryAfter: 1 };
  /** The next N Web API calls answer HTTP 503, or never answer at all. */
  outage = { failNext: 0, hangNext: 0 };
  /** Methods that answer `{ ok: false, error }`. */
  readonly failures = new Map<string, string>();
  validToken = 'xoxb-test-token';
  /** The scopes the token was granted (the manifest's), sent as Slack does in the x-oauth-scopes header. */
  scopes = ['channels:history', 'channels:read', 'chat:write', 'commands', 'groups:history', 'groups:read', 'im:history', 'im:write', 'users:read', 'users:read.email'];
  /** Delay before each answer, to hold calls in flight (as a slow network would). */
  responseDelayMs = 0;
  /** The app-level token Socket Mode uses, and the WebSocket URL apps.connections.open hands out. */
  appToken = 'xapp-test-token';
  socketUrl = '';
  private server: Server | undefined;
  private ts = 1_700_000_000;
  private rateLimited = 0;
  /** Messages posted, per channel, oldest first. */
  readonly history = new Map<string, { ts: string; text: unknown; metadata?: unknown }[]>();
  private seen = 0;

  /**
   * The workspace's channels. As in Slack, chat.postMessage takes an id or a name (and answers
   * with the id), while conversations.history takes only an id: a name gets channel_not_found.
   */
  readonly channels: FakeChannel[] = [
    { id: 'C0COMPLIANCE', name: 'compliance', isMember: true },
    { id: 'C0GENERAL', name: 'general', isMember: true },
    // The example workspaces' compliance channels.
    { id: 'C0DATAPROT', name: 'data-protection', isMember: true },
    { id: 'G0ITSEC', name: 'it-and-security', isPrivate: true, isMember: true },
  ];

  readonly users: FakeUser[];
  constructor(users: FakeUser[]) {
    this.users = users;
  }

  /** Starts listening on an ephemeral loopback port. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(async ({ status, body, headers }) => {
        if (this.responseDelayMs) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** The API base URL for the Web API client. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** How many calls were answered 429. */
  get rateLimitedCount(): number {
    return this.rateLimited;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Calls of one method. */
  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString()));
      req.on('end', () => resolve(data));
    });
    const path = (req.url ?? '').split('?')[0]!;
    const args = parseBody(raw, req.headers['content-type'] ?? '');
    if (path.startsWith('/response/')) {
      this.responses.push({ path, body: args });
      return { status: 200, body: { ok: true } };
    }
    if (path === '/__stats') {
      const byMethod: Record<string, number> = {};
      for (const call of this.calls) byMethod[call.method] = (byMethod[call.method] ?? 0) + 1;
      const posted = new Set(this.callsTo('chat.postMessage').map((c) => `${String(c.args.channel)}|${String(c.args.text)}`));
      return { status: 200, body: { byMethod, rateLimited: this.rateLimited, distinctPosts: posted.size } };
    }
    if (path === '/__rate-limit') {
      this.rateLimit = args as { share: number; retryAfter: number };
      return { status: 200, body: { ok: true } };
    }
    const method = path.replace(/^\/api\//, '');
    if (method !== 'auth.test' && this.outage.hangNext > 0) {
      this.outage.hangNext--;
      return new Promise(() => undefined); // never answers: the client must time out
    }
    if (method !== 'auth.test' && this.outage.failNext > 0) {
      this.outage.failNext--;
      return { status: 503, body: { ok: false, error: 'service_unavailable' } };
    }
    // Evenly spread, not random: exactly `share` of calls are limited, and never two in a row
    // while share ≤ 0.5, so tests are deterministic.
    const n = this.seen++;
    if (this.rateLimit.share > 0 && method !== 'auth.test' && Math.floor((n + 1) * this.rateLimit.share) > Math.floor(n * this.rateLimit.share)) {
      this.rateLimited++;
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(this.rateLimit.retryAfter) } };
    }
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || (args.token as string | undefined);
    this.calls.push({ method, args, token });
    if (method === 'apps.connections.open') {
      return { status: 200, body: token === this.appToken ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' } };
    }
    if (token !== this.validToken) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    const failure = this.failures.get(method);
    if (failure) return { status: 200, body: { ok: false, error: failure } };
    // Slack names the token's scopes in auth.test's answer (an x-oauth-scopes header); doctor reads them.
    return { status: 200, body: this.answer(method, args), ...(method === 'auth.test' ? { headers: { 'x-oauth-scopes': this.scopes.join(',') } } : {}) };
  }

  private answer(method: string, args: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'vigil', team_id: 'T0001', user_id: 'UVIGIL', bot_id: 'BVIGIL' };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'chat.postMessage': {
        const channel = this.channelIdFor(String(args.channel));
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const ts = `${this.ts++}.000100`;
        const list = this.history.get(channel) ?? [];
        list.push({ ts, text: args.text, ...(args.metadata ? { metadata: args.metadata } : {}) });
        this.history.set(channel, list);
        return { ok: true, channel, ts, message: { text: args.text } };
      }
      case 'conversations.history': {
        // An id only: Slack answers a channel's name with channel_not_found.
        const channel = String(args.channel);
        if (!/^D[A-Z0-9]+$/.test(channel) && !this.channels.some((c) => c.id === channel)) return { ok: false, error: 'channel_not_found' };
        // Newest first, as Slack returns them; metadata only when asked for.
        const all = [...(this.history.get(String(args.channel)) ?? [])].reverse();
        const withMeta = String(args.include_all_metadata) === 'true';
        return { ok: true, messages: all.map((m) => (withMeta ? m : { ts: m.ts, text: m.text })), has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'conversations.list':
        return this.listChannels(args);
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.ts++}.000200` };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: 'V0001' } };
      case 'users.info': {
        const user = this.users.find((u) => u.id === args.user);
        return user ? { ok: true, user: { id: user.id, profile: { email: user.email } } } : { ok: false, error: 'user_not_found' };
      }
      case 'users.list':
        // One page: the workspace's people (named after their email), Slackbot and a bot as Slack lists them too.
        return {
          ok: true,
          members: [
            { id: 'USLACKBOT', name: 'slackbot', is_bot: false, profile: {} },
            { id: 'UVIGIL', name: 'vigil', is_bot: true, profile: {} },
            ...this.users.map((u) => ({ id: u.id, name: u.email.split('@')[0], real_name: u.email.split('@')[0]!.replace(/^./, (c) => c.toUpperCase()), deleted: false, is_bot: false, profile: { email: u.email } })),
          ],
          response_metadata: { next_cursor: '' },
        };
      case 'users.lookupByEmail': {
        const user = this.users.find((u) => u.email === args.email);
        return user ? { ok: true, user: { id: user.id } } : { ok: false, error: 'users_not_found' };
      }
      default:
        return { ok: true };
    }
  }

  /**
   * The id a chat.postMessage `channel` argument names: a DM's id as given (conversations.open
   * made it), a known channel's id, or a known channel's `#name`/`name`; else undefined.
   */
  private channelIdFor(channel: string): string | undefined {
    if (/^D[A-Z0-9]+$/.test(channel)) return channel;
    return this.channels.find((c) => c.id === channel || c.name === channel.replace(/^#/, ''))?.id;
  }

  /**
   * conversations.list as Slack documents it: `types` defaults to public_channel; private
   * channels appear only where the bot is a member; `limit` (default 100) per page, the next page
   * through `response_metadata.next_cursor` (empty on the last page).
   */
  private listChannels(args: Record<string, unknown>): unknown {
    const types = String(args.types ?? 'public_channel').split(',');
    const visible = this.channels.filter((c) => (c.isPrivate ? types.includes('private_channel') && c.isMember : types.includes('public_channel')));
    const start = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8').replace(/^offset:/, '')) : 0;
    if (!Number.isInteger(start) || start < 0) return { ok: false, error: 'invalid_cursor' };
    const limit = Number(args.limit ?? 100);
    const page = visible.slice(start, start + limit);
    const next = start + limit < visible.length ? Buffer.from(`offset:${start + limit}`).toString('base64') : '';
    return {
      ok: true,
      channels: page.map((c) => ({ id: c.id, name: c.name, is_channel: !c.isPrivate, is_group: !!c.isPrivate, is_private: !!c.isPrivate, is_archived: false, is_member: c.isMember ?? false })),
      response_metadata: { next_cursor: next },
    };
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}
