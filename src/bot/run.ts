import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { policyQa, type Workspace } from '../app.ts';
import type { ReloadResult } from '../app/reload.ts';
import { UseCases } from '../app/use-cases.ts';
import { DEFAULT_HEARTBEAT_MS, startHeartbeat, type Heartbeat } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import type { SigningKey } from '../evidence/checkpoint.ts';
import { dailyCheckpoint } from '../evidence/checkpoint-daily.ts';
import { startHttpServer, type RunningServer } from '../http-server.ts';
import { countingFailures, noMetrics, readiness, type ScrapedMetrics } from '../metrics.ts';
import type { Logger } from '../logger.ts';
import { weeklyGapsDigest, type GapLog, type ModelReader } from '../register/index.ts';
import { createLeadership, pruneProcessedEvents, PROCESSED_EVENT_TTL_MS, silentLimitMs, type Leadership } from '../store/index.ts';
import { Dispatcher, type Channel } from './dispatcher.ts';
import { RoutingSender } from './routing-sender.ts';
import { SlackAdapter } from './slack/slack-adapter.ts';
import { TeamsAdapter } from './teams/teams-adapter.ts';
import { LoadGauge } from './work-queue.ts';

/** Platform settings, read from the environment by the composition root. */
export interface PlatformSettings {
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string };
  /** Teams, always on the HTTP server; credentials turn JWT auth on. */
  teams?: { appId?: string; appPassword?: string; tenantId?: string; production: boolean };
  port: number;
}

/** A running bot. */
export interface RunningBot {
  /** The HTTP server's base URL (health, Slack events). */
  url: string;
  /** Reloads the workspace file now (SIGHUP does this; so does saving the file). */
  reload(): Promise<ReloadResult>;
  stop(): Promise<void>;
}

/**
 * Runs the bot on the real platforms: the Slack adapter (HTTP or Socket Mode) and the Teams
 * adapter, one HTTP server for both platforms' endpoints and `/healthz`, the engine's heartbeat, and delivery of the
 * outbox after each tick and every few seconds (answers queue notices between ticks). Start-up
 * fails fast, leaving nothing running, when a platform refuses its credentials.
 *
 * Several instances may share one PostgreSQL store behind a load balancer: each serves both
 * platforms' HTTP, and one leader (see {@link createLeadership}) ticks and delivers. A new leader
 * (and, on SQLite, every start) first puts back earlier claims as unsure, so its senders look
 * before posting again; a leader that loses its lock stops delivering at once, and its claims,
 * fenced by the leadership epoch, can no longer be sent. Stopping stops claiming, gives the
 * sends in flight a short grace, hands back the rest and releases the lock.
 */
export async function runBot(
  workspace: Workspace,
  settings: PlatformSettings,
  deps: { clock: Clock; logger: Logger; heartbeatMs?: number; deliveryIntervalMs?: number; reloadDebounceMs?: number; stopGraceMs?: number; gaps?: GapLog; reader?: ModelReader; metrics?: ScrapedMetrics; signingKey?: SigningKey },
): Promise<RunningBot> {
  const { db, engine } = workspace;
  const gauge = new LoadGauge();
  const heartbeatMs = deps.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const metrics = deps.metrics ?? noMetrics;
  // When the heartbeat last ran (a leader's tick, a follower's leadership check), for /readyz.
  let lastBeat = deps.clock.now();
  const leader = leaderOf(db, heartbeatMs, deps.logger);
  const { leadership } = leader;
  // Q&A extras given here (as the CLI gives them today) rather than to openWorkspace build the bot its own, per config.
  const app = new UseCases({ db, engine, clock: deps.clock, logger: deps.logger, metrics, qa: deps.gaps || deps.reader ? (config) => policyQa(config, deps) : workspace.qa });
  const chores = afterTickChores(workspace, app, deps);
  const { slack, teams, startChannels, stopChannels } = platformAdapters(settings, { app, logger: deps.logger, gauge });
  await startChannels();
  let server: RunningServer | undefined;
  let heartbeat: Heartbeat | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopWatching: (() => void) | undefined;
  try {
    const health = () => ({ leader: leadership.isLeader });
    const ready = () => readiness(db, { last: lastBeat, intervalMs: heartbeatMs, leader: leadership.isLeader }, deps.clock.now());
    server = await startHttpServer({ slack: slack?.requestListener, teams: teams?.requestListener, health, ready, metrics: deps.metrics }, settings.port, '0.0.0.0', gauge);
    const counted = { slack: slack && countingFailures(slack, metrics), teams: teams && countingFailures(teams, metrics) };
    const sender = slack || teams ? new RoutingSender(db, { ...counted, slackChannel: Boolean(app.config.organisation.complianceChannel.slack) && Boolean(slack) }) : undefined;
    const dispatcher = sender ? new Dispatcher({ db, workspace: app, clock: deps.clock, logger: deps.logger, sender, leader: leadership }) : undefined;
    const delivery = deliveryRounds(dispatcher, leadership, deps.logger);
    const lead = async () => {
      const leads = await leader.check(dispatcher);
      if (!leads) lastBeat = deps.clock.now();
      return leads;
    };
    heartbeat = startHeartbeat({ db, engine: () => engine, clock: deps.clock, logger: deps.logger, intervalMs: heartbeatMs, leader: lead, onTick: async (report) => {
      lastBeat = deps.clock.now();
      metrics.tick(report.issued.length);
      await chores();
      delivery.deliver();
    } });
    timer = setInterval(delivery.deliver, deps.deliveryIntervalMs ?? 5000);
    const reload = async () => {
      const result = await app.reload(workspace.configFile);
      delivery.deliver();
      return result;
    };
    stopWatching = watchFile(workspace.configFile, () => void reload(), deps.reloadDebounceMs ?? 300);
    const running = server;
    const unwatch = stopWatching;
    return {
      url: running.url,
      reload,
      async stop() {
        // Stop claiming at once; messages being sent get a short grace to finish. Any still in
        // flight after it stay claimed, and the next leader puts them back as unsure; the lock
        // is released right after, so a follower takes over without waiting for this process.
        unwatch();
        clearInterval(timer);
        dispatcher?.stop();
        await heartbeat?.stop();
        await within(delivery.inFlight(), deps.stopGraceMs ?? 5_000);
        await leadership.release();
        await stopChannels();
        await running.close();
      },
    };
  } catch (error) {
    stopWatching?.();
    clearInterval(timer);
    await heartbeat?.stop();
    await leadership.release();
    await server?.close();
    await stopChannels();
    throw error;
  }
}

/**
 * What the leader does after each tick besides delivery: the weekly digest of unanswered
 * questions for the data-protection contact, the audit log's daily checkpoint (to the compliance
 * channel and the checkpoint file, signed with VIGIL_SIGNING_KEY when set), and forgetting
 * platform event ids older than a week.
 */
function afterTickChores(workspace: Workspace, app: UseCases, deps: { clock: Clock; logger: Logger; gaps?: GapLog; signingKey?: SigningKey }): () => Promise<void> {
  const { db } = workspace;
  const gaps = deps.gaps ?? workspace.gaps;
  const gapsDigest = gaps && weeklyGapsDigest({ db, config: () => app.config, gaps, clock: deps.clock, logger: deps.logger });
  const checkpoint = dailyCheckpoint({ db, config: () => app.config, configFile: workspace.configFile, clock: deps.clock, logger: deps.logger, ...(deps.signingKey ? { key: deps.signingKey } : {}) });
  return async () => {
    await gapsDigest?.();
    await checkpoint();
    await pruneProcessedEvents(db, new Date(deps.clock.now().getTime() - PROCESSED_EVENT_TTL_MS));
  };
}

/** The channels of the platforms that have settings, and how to start and stop them all. */
function platformAdapters(settings: PlatformSettings, shared: { app: UseCases; logger: Logger; gauge: LoadGauge }) {
  const { app, logger, gauge } = shared;
  const slack = settings.slack ? new SlackAdapter({ ...settings.slack, port: app.chat('slack'), logger, gauge }) : undefined;
  const teams = settings.teams ? new TeamsAdapter({ ...settings.teams, port: app.chat('teams'), logger }) : undefined;
  const channels: Channel[] = [slack, teams].filter((c) => c !== undefined);
  return {
    slack, teams,
    /** Every channel connects the same way (Slack checks its token and opens Socket Mode; Teams has nothing to open). */
    async startChannels() {
      for (const channel of channels) await channel.start?.();
    },
    async stopChannels() {
      for (const channel of channels) await channel.stop?.();
    },
  };
}

/**
 * This instance's leadership, and the check each heartbeat makes. A leader silent for three
 * heartbeats (frozen, paused) loses its lock; the lost lock is noticed the moment its connection
 * ends, and delivery stops at once. The epoch this instance last led under is kept: a new one
 * (on SQLite, at start-up) means claims left by a process that died, or by this one before it
 * lost its lock, are put back first.
 */
function leaderOf(db: Workspace['db'], heartbeatMs: number, logger: Logger): { leadership: Leadership; check(dispatcher: Dispatcher | undefined): Promise<boolean> } {
  let ledEpoch: number | undefined;
  const leadership = createLeadership(db, {
    silentLimitMs: silentLimitMs(heartbeatMs),
    onLost: () => {
      ledEpoch = undefined;
      logger.warn('this instance no longer leads: its lock connection ended; delivery stops');
    },
  });
  return {
    leadership,
    async check(dispatcher) {
      const leads = await leadership.check();
      if (leads && leadership.epoch !== ledEpoch) {
        const recovered = (await dispatcher?.recoverClaims()) ?? 0;
        ledEpoch = leadership.epoch;
        logger.info('this instance now leads: it runs the ticks and delivery', { recoveredClaims: recovered, epoch: ledEpoch });
      } else if (!leads && ledEpoch !== undefined) {
        ledEpoch = undefined;
        logger.warn('this instance no longer leads');
      }
      return leads;
    },
  };
}

/** Delivery rounds, one at a time, only while this instance leads. */
function deliveryRounds(dispatcher: Dispatcher | undefined, leadership: Leadership, logger: Logger): { deliver: () => void; inFlight: () => Promise<unknown> | undefined } {
  let delivering: Promise<unknown> | undefined;
  return {
    deliver: () => {
      if (!dispatcher || delivering || !leadership.isLeader) return;
      delivering = dispatcher.deliverDue()
        .catch((error: Error) => logger.error('delivery round failed', { error: (error as Error).message }))
        .finally(() => (delivering = undefined));
    },
    inFlight: () => delivering,
  };
}

/** Calls `onChange` after the file is saved; returns how to stop watching. Editors save by replacing the file, so the folder is watched; saves come in bursts. */
function watchFile(file: string, onChange: () => void, debounceMs: number): () => void {
  let debounce: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dirname(file), (_event, name) => {
    if (name !== basename(file)) return;
    clearTimeout(debounce);
    debounce = setTimeout(onChange, debounceMs);
  });
  return () => {
    clearTimeout(debounce);
    watcher.close();
  };
}

/** Waits for `work`, but no longer than `ms`. */
async function within(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (!work) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
