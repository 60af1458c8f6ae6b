import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake connector received. */
export interface ConnectorCall {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  /** The status the fake answered with. */
  status?: number;
  /** The query string's parameters. */
  query?: Record<string, string>;
  /** The request's Authorization header: the bot's token for the connector, if it sent one. */
  authorization?: string | undefined;
}

/** A Teams member the fake knows. */
export interface FakeMember {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
}

/**
 * A fake Bot Framework connector (the `serviceUrl` of Teams activities) on loopback: records
 * the activities a bot sends, answers member look-ups, and can refuse a conversation with 403.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly forbidden = new Set<string>();
  /** The next N activity posts answer 503. */
  unavailableNext = 0;
  /** How long each request waits before it is answered (it is recorded on arrival). */
  responseDelayMs = 0;
  private server: Server | undefined;
  private next = 1;

  readonly members: FakeMember[];
  constructor(members: FakeMember[]) {
    this.members = members;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(body === undefined ? undefined : JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Activities the fake accepted into a conversation (refused ones are not delivered). */
  activitiesTo(conversationId: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === 'POST' && c.status === 200 && decodeURIComponent(c.path).startsWith(`/v3/conversations/${conversationId}/activities`)).map((c) => c.body!);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body?: unknown }> {
    let raw = '';
    for await (const chunk of req as AsyncIterable<Buffer>) raw += chunk.toString();
    const url = new URL(req.url ?? '/', 'http://connector');
    const path = url.pathname;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    const call: ConnectorCall = { method: req.method ?? '', path, body, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization };
    this.calls.push(call);
    const answer = this.answer(req.method ?? '', path, call);
    call.status = answer.status;
    if (this.responseDelayMs) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
    return answer;
  }

  /** Conversations the bot created (`POST /v3/conversations`), in order. */
  get createdConversations(): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations' && c.status === 201).map((c) => c.body!);
  }

  private answer(method: string, path: string, call: ConnectorCall): { status: number; body?: unknown } {
    if (method === 'GET' && /^\/v3\/conversations\/[^/]+\/pagedmembers$/.test(path)) return this.pagedMembers(call.query ?? {});
    if (method === 'POST' && path === '/v3/conversations') return this.createConversation(call.body ?? {});
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (method === 'GET' && member) {
      const found = this.members.find((m) => m.id === decodeURIComponent(member[2]!));
      return found ? { status: 200, body: { id: found.id, name: found.name, aadObjectId: found.aadObjectId, email: found.email, userPrincipalName: found.email } } : { status: 404, body: { error: { code: 'NotFound' } } };
    }
    const activities = /^\/v3\/conversations\/([^/]+)\/activities(\/[^/]+)?$/.exec(path);
    if (activities) {
      if (method === 'POST' && this.unavailableNext > 0) {
        this.unavailableNext--;
        return { status: 503, body: { error: { code: 'ServiceUnavailable', message: 'try later' } } };
      }
      if (this.forbidden.has(decodeURIComponent(activities[1]!))) return { status: 403, body: { error: { code: 'BotDisabledByAdmin', message: 'The bot is blocked in this conversation' } } };
      return { status: 200, body: { id: `activity-${this.next++}` } };
    }
    return { status: 404, body: { error: { code: 'NotFound' } } };
  }

  /** The team's roster a page at a time, as `GET /v3/conversations/{teamId}/pagedmembers` answers. */
  private pagedMembers(query: Record<string, string>): { status: number; body?: unknown } {
    const size = Math.max(1, Number(query.pageSize ?? 50));
    const from = Number(query.continuationToken ?? 0);
    const page = this.members.slice(from, from + size).map((m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId, email: m.email, userPrincipalName: m.email }));
    return { status: 200, body: { members: page, ...(from + size < this.members.length ? { continuationToken: String(from + size) } : {}) } };
  }

  /**
   * `POST /v3/conversations`: a 1:1 chat with one member (Teams answers with its id; this fake
   * names it after the member's Entra id, as the other activities here do), or, with
   * `channelData.channel.id`, a new thread in that channel started by the given activity.
   */
  private createConversation(body: Record<string, unknown>): { status: number; body?: unknown } {
    const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    if (body.isGroup && channel) {
      if (this.forbidden.has(channel)) return { status: 403, body: { error: { code: 'BotDisabledByAdmin', message: 'The bot is blocked in this conversation' } } };
      const activityId = `activity-${this.next++}`;
      return { status: 201, body: { id: `${channel};messageid=${activityId}`, activityId } };
    }
    const [member] = (body.members as { id?: string }[] | undefined) ?? [];
    const found = this.members.find((m) => m.id === member?.id);
    if (!found || !(body.bot as { id?: string } | undefined)?.id) return { status: 400, body: { error: { code: 'BadArgument', message: 'members[0] and bot are required' } } };
    return { status: 201, body: { id: `a:chat-${found.aadObjectId}` } };
  }
}
