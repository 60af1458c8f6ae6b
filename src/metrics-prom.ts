import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ScrapedMetrics } from './metrics.ts';
import type { OutboxBacklog } from './store/outbox-backlog.ts';

/** Request handling is expected in milliseconds (Slack wants an ack within 3 s). */
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5];
const QA_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5];

/**
 * Prometheus metrics on a registry of their own (never prom-client's global one, so two bots in
 * one process, as in tests, keep separate figures). Created only by the composition root.
 * `outbox`, when given, is asked at each scrape for the outbox gauges.
 */
export function createPromMetrics(options: { outbox?: () => Promise<OutboxBacklog>; processMetrics?: boolean } = {}): ScrapedMetrics {
  const registers = [new Registry()];
  const [registry] = registers as [Registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'vigil_' });
  const ticks = new Counter({ name: 'vigil_engine_ticks_total', help: 'Engine ticks run by this instance.', registers });
  const prompts = new Counter({ name: 'vigil_prompts_issued_total', help: 'Prompts issued by the engine.', registers });
  const answers = new Counter({ name: 'vigil_answers_total', help: 'Answers recorded, by channel.', labelNames: ['channel'], registers });
  const errors = new Counter({ name: 'vigil_delivery_errors_total', help: 'Failed sends, by platform and error code.', labelNames: ['platform', 'code'], registers });
  const ack = new Histogram({ name: 'vigil_ack_latency_seconds', help: 'Time to answer a platform request (Slack event, Teams activity).', labelNames: ['platform'], buckets: ACK_BUCKETS, registers });
  const qa = new Histogram({ name: 'vigil_qa_latency_seconds', help: 'Time to answer a question.', buckets: QA_BUCKETS, registers });
  const outbox = options.outbox;
  // The two gauges share one query per scrape: the first to collect reads, the second reuses it.
  let reading: Promise<OutboxBacklog> | undefined;
  const backlog = () => (reading ??= outbox!().finally(() => setTimeout(() => (reading = undefined), 0)));
  if (outbox) {
    new Gauge({ name: 'vigil_outbox_depth', help: 'Messages waiting in the outbox (pending or being sent).', registers, async collect() { this.set((await backlog()).depth); } });
    new Gauge({ name: 'vigil_outbox_oldest_age_seconds', help: 'How long the oldest unsent message has waited.', registers, async collect() { this.set((await backlog()).oldestAgeSeconds); } });
  }
  return {
    contentType: registry.contentType,
    scrape: () => registry.metrics(),
    tick(issued) {
      ticks.inc();
      if (issued > 0) prompts.inc(issued);
    },
    answer: (channel) => answers.inc({ channel }),
    deliveryError: (platform, code) => errors.inc({ platform, code }),
    ackLatency: (platform, seconds) => ack.observe({ platform }, seconds),
    qaLatency: (seconds) => qa.observe(seconds),
  };
}
