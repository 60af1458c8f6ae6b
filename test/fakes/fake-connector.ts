import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake connector received. */
export interface ConnectorCall {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  /** The status the fake answered with. */
  status?: number;
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

  constructor(readonly members: FakeMember[]) {}

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
    const path = (req.url ?? '').split('?')[0]!;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    const call: ConnectorCall = { method: req.method ?? '', path, body, authorization: req.headers.authorization };
    this.calls.push(call);
    const answer = this.answer(req.method ?? '', path);
    call.status = answer.status;
    if (this.responseDelayMs) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
    return answer;
  }

  private answer(method: string, path: string): { status: number; body?: unknown } {
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
}
