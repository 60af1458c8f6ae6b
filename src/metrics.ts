import type { Delivery, Sender } from './bot/dispatcher.ts';
import { VigilError } from './errors.ts';
import type { Db } from './store/index.ts';
import { outboxBacklog, type OutboxBacklog } from './store/outbox-backlog.ts';

/**
 * What Vigil counts and times, as one-line calls from the heartbeat, the dispatcher, the
 * conversation core and the HTTP server. Core code sees only this port; the composition root
 * passes the Prometheus implementation (src/metrics-prom.ts) or nothing ({@link noMetrics}).
 */
export interface Metrics {
  /** An engine tick finished, having issued `promptsIssued` prompts. */
  tick(promptsIssued: number): void;
  /** An answer was recorded through a channel (shell, slack, teams). */
  answer(channel: string): void;
  /** A send failed on a platform, with the error's stable code. */
  deliveryError(platform: string, code: string): void;
  /** How long a platform's request (Slack event, Teams activity) took to answer. */
  ackLatency(platform: string, seconds: number): void;
  /** How long a question took to answer. */
  qaLatency(seconds: number): void;
}

/** Metrics that `/metrics` can also read out (the Prometheus implementation). */
export interface ScrapedMetrics extends Metrics {
  /** The exposition format's content type. */
  readonly contentType: string;
  /** Every metric in Prometheus text format; gauges kept in the database are read now. */
  scrape(): Promise<string>;
}

/** Counts nothing: for the terminal chat, one-off commands and tests that do not look. */
export const noMetrics: Metrics = { tick() {}, answer() {}, deliveryError() {}, ackLatency() {}, qaLatency() {} };

/** Seconds since `start` (a `performance.now()` reading), for the latency calls. */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

/**
 * A sender that counts its failed sends under its own platform (the routing sender in front of
 * two platforms would only know "slack+teams").
 */
export function countingFailures(sender: Sender, metrics: Metrics): Sender {
  return {
    platform: sender.platform,
    get requestTimeoutMs() { return sender.requestTimeoutMs; },
    send: (delivery: Delivery) => sender.send(delivery).catch((error: unknown) => {
      metrics.deliveryError(sender.platform, failureCode(error));
      throw error;
    }),
  };
}

/**
 * A short, stable name for why a send failed: the platform's own error code when it gave one
 * (Slack's `channel_not_found`, a network `ECONNREFUSED`), else Vigil's error code.
 */
export function failureCode(error: unknown): string {
  const cause = (error as { cause?: { data?: { error?: unknown }; code?: unknown; statusCode?: unknown } } | undefined)?.cause;
  const named = cause?.data?.error ?? cause?.code ?? (cause?.statusCode !== undefined ? `http_${String(cause.statusCode)}` : undefined);
  if (typeof named === 'string' && /^[\w.-]{1,64}$/.test(named)) return named;
  return error instanceof VigilError ? error.code : 'unexpected';
}

/** What `/readyz` says. */
export interface Readiness {
  ready: boolean;
  database: 'ok' | 'error';
  /** Leader (ticks and delivers) or follower (serves requests only). */
  role: 'leader' | 'follower';
  /** Seconds since the heartbeat last ran (a leader's tick, a follower's leadership check). */
  lastBeatAgeSeconds: number;
  outbox?: OutboxBacklog;
  problems: string[];
}

/**
 * Whether this instance is ready for traffic: the database answers, and the heartbeat ran within
 * the last two heartbeats (a stuck or failing tick makes it unready). The outbox backlog is
 * reported, not judged: a long queue on a follower says nothing about the follower.
 */
export async function readiness(
  db: Db,
  beat: { last: Date; intervalMs: number; leader: boolean },
  now: Date,
): Promise<Readiness> {
  const problems: string[] = [];
  const lastBeatAgeSeconds = Math.max(0, (now.getTime() - beat.last.getTime()) / 1000);
  if (lastBeatAgeSeconds * 1000 > 2 * beat.intervalMs) problems.push(`the heartbeat last ran ${Math.round(lastBeatAgeSeconds)} s ago (limit ${(2 * beat.intervalMs) / 1000} s)`);
  let outbox: OutboxBacklog | undefined;
  try {
    outbox = await outboxBacklog(db, now);
  } catch (error) {
    problems.push(`the database does not answer: ${(error as Error).message}`);
  }
  const role = beat.leader ? 'leader' : 'follower';
  return { ready: problems.length === 0, database: outbox ? 'ok' : 'error', role, lastBeatAgeSeconds, ...(outbox ? { outbox } : {}), problems };
}
