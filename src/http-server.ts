import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadGauge } from './load-gauge.ts';
import { secondsSince, type ScrapedMetrics } from './metrics.ts';

/** The routes one process serves: Slack's events endpoint, Teams' messages endpoint, health. */
export interface Routes {
  slack?: RequestListener | undefined;
  teams?: RequestListener | undefined;
  /** Extra facts for `/healthz` (such as whether this instance leads). */
  health?: () => Record<string, unknown>;
  /** `/readyz`: 200 when ready for traffic, else 503; absent means ready whenever the process is up. */
  ready?: () => Promise<{ ready: boolean }>;
  /** `/metrics` in Prometheus text format, and the time each platform request took. */
  metrics?: ScrapedMetrics | undefined;
}

/** A started HTTP server and how to reach and stop it. */
export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Vigil's HTTP server: `POST /slack/events`, `POST /api/messages`, `GET /healthz` (liveness: the
 * process answers), `GET /readyz` (readiness) and `GET /metrics` on one port, so one process
 * serves both platforms. Anything else is 404.
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
    if (req.method === 'GET' && (path === '/readyz' || path === '/metrics')) {
      void (path === '/readyz' ? answerReady(routes, res) : answerMetrics(routes, res));
      return;
    }
    const platform = path === '/slack/events' ? 'slack' : path === '/api/messages' ? 'teams' : undefined;
    const handler = platform && routes[platform];
    if (req.method === 'POST' && platform && handler) {
      const started = performance.now();
      res.once('finish', () => routes.metrics?.ackLatency(platform, secondsSince(started)));
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

async function answerReady(routes: Routes, res: ServerResponse): Promise<void> {
  try {
    const report = routes.ready ? await routes.ready() : { ready: true };
    res.writeHead(report.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report));
  } catch (error) {
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready: false, problems: [(error as Error).message] }));
  }
}

async function answerMetrics(routes: Routes, res: ServerResponse): Promise<void> {
  if (!routes.metrics) return void res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'not_found' }));
  try {
    const text = await routes.metrics.scrape();
    res.writeHead(200, { 'content-type': routes.metrics.contentType }).end(text);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics unavailable: ${(error as Error).message}\n`);
  }
}

/** The largest request body either platform's endpoint takes (Slack's and Teams' own payloads are far smaller). */
export const BODY_LIMIT = 256 * 1024;

/**
 * How much of an oversized body is read and thrown away before the 413 goes out. A client that
 * writes its whole body before reading (most do) is still writing when the server gives up; if
 * the server answered and closed then, the client's next write would meet a closed connection
 * (EPIPE, reset) and it would never read the 413. So the rest is drained first, up to this bound
 * or DRAIN_MS, and only a client sending more than that may see the connection cut.
 */
const DRAIN_LIMIT = 16 * 1024 * 1024;
const DRAIN_MS = 5_000;

/**
 * A request's body, or undefined when it exceeds `limit` bytes: then the rest has been drained
 * (within a bound) and the caller answers with {@link refuseTooLarge}.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    const refuse = () => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd);
      chunks.length = 0;
      resolve(undefined);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      timer ??= setTimeout(refuse, DRAIN_MS);
      if (size > limit + DRAIN_LIMIT) refuse();
    };
    const onEnd = () => (size > limit ? refuse() : resolve(Buffer.concat(chunks)));
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/** Answers an oversized request: 413, and the connection closed once the answer is out. */
export function refuseTooLarge(res: ServerResponse): void {
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' })
    .end(JSON.stringify({ error: `the body is over ${BODY_LIMIT / 1024} kB` }));
}
