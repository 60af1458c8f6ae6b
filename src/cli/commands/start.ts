import type { Command } from 'commander';
import type { Workspace } from '../../app.ts';
import type { PlatformSettings } from '../../bot/run.ts';
import { DEFAULT_HEARTBEAT_MS } from '../../attestations/heartbeat.ts';
import { FakeClock, systemClock } from '../../clock.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import { signingKeyOf } from './checkpoint.ts';
import { botConfigFile, environmentHelp, isTerminal, noTerminalNoCredentials, ownConfigFile, wantsBot } from '../../setup/start-safety.ts';
import { describeCounts, summarise, type Cli, type GlobalOptions } from '../context.ts';

interface StartOptions {
  shell?: boolean;
  at?: string;
  as?: string;
}

/** `vigil start`: the terminal chat, or the bot on Slack and Teams when their credentials are set. */
export function registerStart(program: Command, cli: Cli): void {
  program
    .command('start')
    .description('run the bot: the terminal chat when no Slack or Teams credentials are set, else the engine on the real clock')
    .option('--shell', 'open the terminal chat even when credentials are set')
    .option('--at <iso>', 'terminal chat: where the simulated clock starts (default now)')
    .option('--as <person>', 'terminal chat: who you are at first')
    .addHelpText('after', environmentHelp())
    .action(async (local: StartOptions, command: Command) => {
      const options = cli.global(command);
      const { env, cwd, stdin } = cli.io;
      if (!local.shell && wantsBot(env)) return startBot(cli, { ...options, config: botConfigFile(cwd, env, options.config) });
      // The chat on a pipe only when asked for (--shell, or --at/--as which only the chat takes):
      // a service with no credentials must fail, not read end of input and exit 0.
      if (!(local.shell || local.at || local.as) && !isTerminal(stdin)) {
        const own = ownConfigFile(cwd, env, options.config);
        if (own) (await import('../../config/index.ts')).loadConfigFile(own); // a broken file is the first thing to fix
        throw noTerminalNoCredentials(env);
      }
      await startShell(cli, options, local);
    });
}

/** The terminal chat on a simulated clock, in memory unless a database is named. */
async function startShell(cli: Cli, options: GlobalOptions, local: StartOptions): Promise<void> {
  const env = cli.io.env;
  const explicitDb = options.db ?? (env.DATABASE_URL || env.VIGIL_DB || undefined);
  if (!explicitDb) cli.note('vigil: the terminal chat runs on a simulated clock, so it keeps its answers in memory; pass --db FILE to keep them.');
  const clock = new FakeClock(cli.instant(local.at, '--at'));
  const { openWorkspace } = await import('../../app.ts');
  const { runShell } = await import('../../bot/terminal.ts');
  const workspace = await openWorkspace({ configFile: cli.resolveConfig(options), dbFile: explicitDb ? cli.resolveDb(options) : ':memory:' }, { clock, logger: cli.logger() });
  try {
    if (local.as && !workspace.app.directory.person(local.as)) throw new VigilError(ErrorCode.UsageError, `--as: no person "${local.as}" in this workspace`);
    await runShell({ db: workspace.db, engine: workspace.engine, app: workspace.app, clock, logger: cli.logger(), input: cli.io.stdin, output: cli.io.output, ...(local.as ? { as: local.as } : {}) });
  } finally {
    await workspace.close();
  }
}

/** The bot on the real clock: Slack and/or Teams over HTTP, health and metrics, until stopped. */
async function startBot(cli: Cli, options: GlobalOptions): Promise<void> {
  const { io, say, display } = cli;
  const settings = platformSettings(io.env);
  // The checkpoints' signing key, read (and a malformed one refused) before anything starts.
  const signingKey = await signingKeyOf(io.env);
  // From here on SIGINT and SIGTERM stop the bot gracefully (only the bot owns the signals).
  const stopped = io.stopSignal;
  const dbFile = cli.resolveDb(options);
  const chosenBeat = heartbeatMs(io.env);
  const beat = chosenBeat ?? DEFAULT_HEARTBEAT_MS;
  // A connection of this instance stalled inside a transaction (the process frozen) holds the
  // write lock the others wait for: the server ends it once the instance would count as silent.
  const { silentLimitMs } = await import('../../store/leadership.ts');
  await cli.withWorkspace(options, dbFile, async (workspace: Workspace) => {
    const { config, migrations } = workspace;
    say(`vigil: workspace "${config.organisation.name}": ${describeCounts(summarise(config))}; database ${display(dbFile)}${migrations.applied.length ? ` (created, ${migrations.applied.length} migrations)` : ''}`);
    // The platform SDKs, the register and prom-client are loaded here only: no other command pays for them.
    const { runBot } = await import('../../bot/run.ts');
    const { modelReaderFor } = await import('../../register/index.ts');
    const { outboxBacklog } = await import('../../store/outbox-backlog.ts');
    const { createPromMetrics } = await import('../../metrics-prom.ts');
    // Unanswered questions are kept for the weekly digest; the language model, if the firm turned one on, gets its key here only.
    const qa = { gaps: cli.gapLog(dbFile), reader: modelReaderFor(config, io.env.VIGIL_LLM_API_KEY, cli.logger()) };
    // Prometheus metrics for /metrics.
    const metrics = createPromMetrics({ processMetrics: true, outbox: () => outboxBacklog(workspace.db, systemClock.now()) });
    const bot = await runBot(workspace, settings, { clock: systemClock, logger: cli.logger(), heartbeatMs: beat, ...qa, metrics, ...(signingKey ? { signingKey } : {}) });
    const slackMode = settings.slack?.appToken ? 'Slack over Socket Mode' : settings.slack ? `Slack at ${bot.url}/slack/events` : '';
    const teamsMode = settings.teams ? `Teams at ${bot.url}/api/messages${settings.teams.appId ? '' : ' (no credentials: JWT auth off, for development only)'}` : '';
    say(`vigil: running: ${[slackMode, teamsMode, `health at ${bot.url}/healthz, /readyz and /metrics`].filter(Boolean).join('; ')}. The engine ticks every ${chosenBeat ? `${chosenBeat} ms` : 'minute'}; saving ${display(workspace.configFile)} (or SIGHUP) reloads it. Ctrl-C stops.`);
    const onHangUp = () => void bot.reload();
    process.on('SIGHUP', onHangUp);
    await stopped;
    process.off('SIGHUP', onHangUp);
    await bot.stop();
    say('vigil: stopped.');
  }, { idleInTransactionMs: silentLimitMs(beat) });
}

/**
 * Platform settings from the environment. Names the variable that is missing; never echoes a
 * secret's value.
 */
export function platformSettings(env: NodeJS.ProcessEnv): PlatformSettings {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new VigilError(ErrorCode.UsageError, `PORT must be a port number, not "${env.PORT}"`);
  const settings: PlatformSettings = { port };
  if (env.SLACK_BOT_TOKEN) {
    if (!env.SLACK_SIGNING_SECRET) throw new VigilError(ErrorCode.UsageError, 'SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not; copy it from your Slack app\'s Basic Information page');
    settings.slack = {
      botToken: env.SLACK_BOT_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET,
      ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
      ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
    };
  }
  const teamsIds = [env.MICROSOFT_APP_ID, env.MICROSOFT_APP_PASSWORD, env.MICROSOFT_APP_TENANT_ID];
  if (teamsIds.some(Boolean) && !teamsIds.every(Boolean)) {
    throw new VigilError(ErrorCode.UsageError, 'Teams needs all of MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (from the bot\'s Entra app registration)');
  }
  // VIGIL_TEAMS=1 runs Teams without credentials (development); in production that is refused.
  if (env.MICROSOFT_APP_ID || env.VIGIL_TEAMS) {
    settings.teams = {
      production: env.NODE_ENV === 'production',
      ...(env.MICROSOFT_APP_ID ? { appId: env.MICROSOFT_APP_ID, appPassword: env.MICROSOFT_APP_PASSWORD!, tenantId: env.MICROSOFT_APP_TENANT_ID! } : {}),
    };
  }
  return settings;
}

/** VIGIL_HEARTBEAT_MS: how often the engine ticks and followers check for a dead leader (default a minute). */
function heartbeatMs(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.VIGIL_HEARTBEAT_MS) return undefined;
  const ms = Number(env.VIGIL_HEARTBEAT_MS);
  if (!Number.isInteger(ms) || ms < 100) throw new VigilError(ErrorCode.UsageError, `VIGIL_HEARTBEAT_MS must be a whole number of milliseconds, at least 100, not "${env.VIGIL_HEARTBEAT_MS}"`);
  return ms;
}
