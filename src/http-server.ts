import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadGauge } from './bot/work-queue.ts';

/** The routes one process serves: Slack's events endpoint, Teams' messages endpoint, health. */
export interface Routes {
  slack?: RequestListener | undefined;
  teams?: RequestListener | undefined;
  /** Extra facts for `/healthz` (such as whether this instance leads). */
  health?: () => Record<string, unknown>;
}

/** A started HTTP server and how to reach and stop it. */
export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Vigil's HTTP server: `POST /slack/events`, `POST /api/messages` and `GET /healthz` on one
 * port, so one process serves both platforms. Anything else is 404.
 */
export async function startHttpServer(routes: Routes, port: number, host = '0.0.0.0', gauge?: LoadGauge): Promise<RunningServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (gauge) {
      const done = gauge.start();
      res.once('finish', done);
      res.once('close', done);
    }
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, slack: Boolean(routes.slack), teams: Boolean(routes.teams), ...routes.health?.() }));
      return;
    }
    const handler = path === '/slack/events' ? routes.slack : path === '/api/messages' ? routes.teams : undefined;
    if (req.method === 'POST' && handler) {
      handler(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'not_found' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The largest request body either platform's endpoint takes (Slack's and Teams' own payloads are far smaller). */
export const BODY_LIMIT = 256 * 1024;

/** A request's body, or undefined when it exceeds `limit` bytes (read no further: answer 413). */
export async function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
