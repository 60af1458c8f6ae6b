import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { openWorkspace, type Workspace } from './app.ts';
import { buildStatus, formatWhen, type TickReport } from './attestations/index.ts';
import { runBot, type PlatformSettings } from './bot/run.ts';
import { backupSqlite, copyStore, describeStore, isPostgresUrl, migrateToLatest, openStore, restoreSqlite, verifyAudit } from './store/index.ts';
import { runShell } from './bot/shell/shell.ts';
import { exportEvidence, type ExportFormat } from './evidence/export.ts';
import { parseDayOption, parseInstantOption } from './evidence/dates.ts';
import { forgetPerson, purge, retentionCutoff } from './evidence/retention.ts';
import { addDays, zonedInstant } from './attestations/zoned-time.ts';
import { buildTeamsPackage } from './bot/teams/package.ts';
import { FileGapLog, PolicyQa, modelReaderFor } from './register/index.ts';
import { statusText } from './bot/status-text.ts';
import { FakeClock, systemClock } from './clock.ts';
import { ConfigError, loadConfigFile, type VigilConfig } from './config/index.ts';
import { ErrorCode, VigilError, toVigilError } from './errors.ts';
import { streamLogger } from './logger.ts';
import { outboxBacklog } from './store/outbox-backlog.ts';

/** Where the CLI reads and writes; the real process by default, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where the terminal chat reads and writes. */
  stdin: Readable;
  output: Writable;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  stopSignal?: Promise<void>;
  /** Show progress bars on stderr (it is a terminal). */
  progress?: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  output: process.stdout,
  progress: process.stderr.isTTY === true,
  stopSignal: new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }),
};

/** The bundled demo workspace, used when no config is given and ./vigil.yaml does not exist. */
export const DEMO_CONFIG = fileURLToPath(new URL('../examples/trekim/vigil.yaml', import.meta.url));

interface GlobalOptions {
  config?: string;
  db?: string;
  json?: boolean;
}

/**
 * Runs the `vigil` command line and resolves to its exit code: 0 done, 1 failed (with every
 * error printed), 2 bad usage. This and `app.ts` are the only places that read the environment.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const say = (line: string) => io.stdout(line + '\n');
  const note = (line: string) => io.stderr(line + '\n');
  const global = (command: Command) => command.optsWithGlobals<GlobalOptions>();
  // JSON lines for a log shipper; readable lines when stderr is a terminal (as for progress bars).
  const logger = () => streamLogger(io.stderr, { level: io.env.LOG_LEVEL, pretty: io.progress === true });

  // Unanswered questions sit beside the SQLite file (or in ./data when the store is PostgreSQL).
  const gapLog = (db: string) => new FileGapLog(resolve(isPostgresUrl(db) ? resolve(io.cwd, 'data') : dirname(db), 'qa-gaps.jsonl'));

  const resolveConfig = (options: GlobalOptions): string => {
    const given = options.config ?? io.env.VIGIL_CONFIG;
    if (given) return resolve(io.cwd, given);
    const local = resolve(io.cwd, 'vigil.yaml');
    if (existsSync(local)) return local;
    note(`vigil: no ./vigil.yaml here, so using the bundled demo workspace (${display(DEMO_CONFIG)}); pass --config FILE to use yours`);
    return DEMO_CONFIG;
  };
  // The store: --db, else DATABASE_URL (PostgreSQL), else VIGIL_DB, else ./data/vigil.db.
  const resolveDb = (options: GlobalOptions) => {
    const given = options.db ?? io.env.DATABASE_URL ?? io.env.VIGIL_DB ?? 'data/vigil.db';
    return isPostgresUrl(given) ? given : resolve(io.cwd, given);
  };
  const sqliteOnly = (location: string, what: string) => {
    if (isPostgresUrl(location)) throw new VigilError(ErrorCode.UsageError, `${what} works on a SQLite file; on PostgreSQL use pg_dump and pg_restore`);
    return location;
  };
  // Paths under the working directory print relative to it; others in full; URLs without secrets.
  const display = (file: string) => {
    if (isPostgresUrl(file)) return describeStore(file);
    const rel = relative(io.cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  };

  const program = new Command('vigil')
    .description('Vigil: compliance attestations and policy answers for Slack, Teams and the terminal.')
    .option('--config <file>', 'workspace file (default ./vigil.yaml, else the bundled demo)')
    .option('--db <file|url>', 'SQLite database file (default $DATABASE_URL, else ./data/vigil.db) or postgres:// URL')
    .option('--json', 'print data as JSON')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  let exitCode = 0;

  program
    .command('check-config [file]')
    .description('validate a workspace file: a summary on success, every error (file:line:col) on failure')
    .action((file: string | undefined, _options: unknown, command: Command) => {
      const options = global(command);
      const path = file ? resolve(io.cwd, file) : resolveConfig(options);
      try {
        const config = loadConfigFile(path);
        const counts = summarise(config);
        if (options.json) say(JSON.stringify({ ok: true, file: display(path), ...counts }));
        else say(`${display(path)}: ok: ${describeCounts(counts)}`);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        exitCode = 1;
        const problems = error.problems.map((p) => ({ ...p, file: display(p.file) }));
        if (options.json) {
          say(JSON.stringify({ ok: false, file: display(path), stage: error.stage, problems }));
        } else {
          note(new ConfigError(problems, error.stage).message);
          note(`${problems.length} error${problems.length === 1 ? '' : 's'} in ${display(path)}; nothing was loaded.`);
          if (error.stage === 'shape') note('References between entries (ids, managers, audiences) are checked once these are fixed.');
        }
      }
    });

  const withWorkspace = async (options: GlobalOptions, dbFile: string, run: (ws: Workspace) => Promise<void>) => {
    const workspace = await openWorkspace({ configFile: resolveConfig(options), dbFile }, { clock: systemClock, logger: logger() });
    try {
      await run(workspace);
    } finally {
      await workspace.close();
    }
  };
  const instant = (text: string | undefined, flag: string): Date => {
    if (text === undefined) return systemClock.now();
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new VigilError(ErrorCode.UsageError, `${flag} wants an ISO 8601 instant such as 2026-11-23T09:00:00Z, not "${text}"`);
    return at;
  };

  program
    .command('start')
    .description('run the bot: the terminal chat when no Slack or Teams credentials are set, else the engine on the real clock')
    .option('--shell', 'open the terminal chat even when credentials are set')
    .option('--at <iso>', 'terminal chat: where the simulated clock starts (default now)')
    .option('--as <person>', 'terminal chat: who you are at first')
    .action(async (local: { shell?: boolean; at?: string; as?: string }, command: Command) => {
      const options = global(command);
      if (local.shell || !(io.env.SLACK_BOT_TOKEN || io.env.MICROSOFT_APP_ID || io.env.VIGIL_TEAMS)) {
        const explicitDb = options.db ?? io.env.DATABASE_URL ?? io.env.VIGIL_DB;
        if (!explicitDb) note('vigil: the terminal chat runs on a simulated clock, so it keeps its answers in memory; pass --db FILE to keep them.');
        const clock = new FakeClock(instant(local.at, '--at'));
        const workspace = await openWorkspace({ configFile: resolveConfig(options), dbFile: explicitDb ? resolveDb(options) : ':memory:' }, { clock, logger: logger() });
        try {
          if (local.as && !workspace.engine.directory.person(local.as)) throw new VigilError(ErrorCode.UsageError, `--as: no person "${local.as}" in this workspace`);
          await runShell({ db: workspace.db, engine: workspace.engine, clock, logger: logger(), input: io.stdin, output: io.output, ...(local.as ? { as: local.as } : {}) });
        } finally {
          await workspace.close();
        }
        return;
      }
      const settings = platformSettings(io.env);
      const dbFile = resolveDb(options);
      await withWorkspace(options, dbFile, async (workspace) => {
        const { config, migrations } = workspace;
        say(`vigil: workspace "${config.organisation.name}": ${describeCounts(summarise(config))}; database ${display(dbFile)}${migrations.applied.length ? ` (created, ${migrations.applied.length} migrations)` : ''}`);
        const beat = heartbeatMs(io.env);
        // Unanswered questions are kept for the weekly digest; the language model, if the firm turned one on, gets its key here only.
        const qa = { gaps: gapLog(dbFile), reader: modelReaderFor(config, io.env.VIGIL_LLM_API_KEY, logger()) };
        // Prometheus metrics for /metrics, imported here only: no other command pays for prom-client.
        const { createPromMetrics } = await import('./metrics-prom.ts');
        const metrics = createPromMetrics({ processMetrics: true, outbox: () => outboxBacklog(workspace.db, systemClock.now()) });
        const bot = await runBot(workspace, settings, { clock: systemClock, logger: logger(), heartbeatMs: beat, ...qa, metrics });
        const slackMode = settings.slack?.appToken ? 'Slack over Socket Mode' : settings.slack ? `Slack at ${bot.url}/slack/events` : '';
        const teamsMode = settings.teams ? `Teams at ${bot.url}/api/messages${settings.teams.appId ? '' : ' (no credentials: JWT auth off, for development only)'}` : '';
        say(`vigil: running: ${[slackMode, teamsMode, `health at ${bot.url}/healthz, /readyz and /metrics`].filter(Boolean).join('; ')}. The engine ticks every ${beat ? `${beat} ms` : 'minute'}; saving ${display(workspace.configFile)} (or SIGHUP) reloads it. Ctrl-C stops.`);
        const onHangUp = () => void bot.reload();
        process.on('SIGHUP', onHangUp);
        await io.stopSignal;
        process.off('SIGHUP', onHangUp);
        await bot.stop();
        say('vigil: stopped.');
      });
    });

  program
    .command('audit')
    .description('the tamper-evident audit log')
    .command('verify')
    .description('check the hash chain: name every record edited, deleted or reordered')
    .action(async (_local: unknown, command: Command) => {
      const options = global(command);
      const db = openStore(resolveDb(options));
      try {
        await migrateToLatest(db);
        const result = await verifyAudit(db);
        if (options.json) say(JSON.stringify(result));
        else if (result.ok) say(`audit log ok: ${result.records} records, head ${result.head}`);
        else {
          note(result.problems.map((p) => `record ${p.seq}: ${p.kind}: ${p.message}`).join('\n'));
          note(`audit log NOT ok: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${result.records} records`);
        }
        if (!result.ok) exitCode = 1;
      } finally {
        await db.destroy();
      }
    });

  program
    .command('purge')
    .description('remove evidence older than organisation.evidenceRetention (a dry run unless --yes)')
    .option('--yes', 'really remove it')
    .action(async (local: { yes?: boolean }, command: Command) => {
      const options = global(command);
      await withWorkspace(options, resolveDb(options), async ({ db, config }) => {
        const now = systemClock.now();
        const cutoff = retentionCutoff(config, now);
        const plan = await purge(db, cutoff, { apply: local.yes === true, now });
        const what = `${plan.prompts} prompts, ${plan.answers} answers, ${plan.findings} findings, ${plan.notices} notices, ${plan.messages} messages and ${plan.auditRecords} audit records from before ${cutoff.toISOString().slice(0, 10)} (retention ${config.organisation.evidenceRetention})`;
        if (options.json) say(JSON.stringify({ applied: local.yes === true, ...plan }));
        else say(local.yes ? `vigil: removed ${what}; the audit chain is anchored at the last record removed.` : `vigil: would remove ${what}. Nothing was removed: run again with --yes.`);
      });
    });

  program
    .command('forget <person>')
    .description('pseudonymise a leaver (remove them from vigil.yaml first); their answers stay as evidence')
    .action(async (personId: string, _local: unknown, command: Command) => {
      const options = global(command);
      await withWorkspace(options, resolveDb(options), async ({ db, config }) => {
        if (config.people.some((p) => p.id === personId)) {
          throw new VigilError(ErrorCode.UsageError, `"${personId}" is still in ${display(resolveConfig(options))}; remove them there first, or they would come back`);
        }
        const { pseudonym, rows } = await forgetPerson(db, personId, systemClock.now());
        say(`vigil: "${personId}" is now ${pseudonym} in ${rows} records; name, email and chat links removed.`);
      });
    });

  program
    .command('migrate-db')
    .description('move a SQLite database into an empty PostgreSQL one (stop the bot first), then check every row count and the audit chain')
    .option('--to <url>', 'the PostgreSQL database (default DATABASE_URL)')
    .action(async (local: { to?: string }, command: Command) => {
      const options = global(command);
      // The source is the SQLite file (--db, VIGIL_DB or ./data/vigil.db), never DATABASE_URL.
      const from = options.db ?? io.env.VIGIL_DB ?? 'data/vigil.db';
      if (isPostgresUrl(from)) throw new VigilError(ErrorCode.UsageError, 'migrate-db copies from a SQLite file: --db names the file and --to the PostgreSQL URL');
      const sourceFile = resolve(io.cwd, from);
      const to = local.to ?? io.env.DATABASE_URL;
      if (!to || !isPostgresUrl(to)) throw new VigilError(ErrorCode.UsageError, `migrate-db --to wants a postgres:// URL${to ? `, not "${describeStore(to)}"` : ' (or DATABASE_URL set to one)'}`);
      if (!existsSync(sourceFile)) throw new VigilError(ErrorCode.NotFound, `no SQLite database at ${display(sourceFile)}; pass --db FILE`);
      const source = openStore(sourceFile);
      const target = openStore(to);
      try {
        const copy = await copyStore(source, target, (table, rows) => note(`vigil: copied ${rows} ${table}`));
        if (options.json) say(JSON.stringify(copy));
        else {
          for (const t of copy.tables.filter((t) => t.source !== t.target)) note(`${t.table}: ${t.source} rows in the source, ${t.target} in the target`);
          const { source: a, target: b } = copy.audit;
          if (b.head !== a.head || b.records !== a.records || !b.ok) note(`audit chain: source ${a.records} records, head ${a.head}; target ${b.records} records, head ${b.head}${b.ok ? '' : ', NOT ok'}`);
          const rows = copy.tables.reduce((sum, t) => sum + t.target, 0);
          say(copy.ok
            ? `vigil: moved ${rows} rows from ${display(sourceFile)} to ${describeStore(to)}; every table's count matches and the audit chain verifies (${b.records} records, head ${b.head}). Set DATABASE_URL to use it.`
            : `vigil: the copy in ${describeStore(to)} does NOT match ${display(sourceFile)} (see above); keep using the SQLite file. Was the bot still running?`);
        }
        if (!copy.ok) exitCode = 1;
      } finally {
        await source.destroy();
        await target.destroy();
      }
    });

  program
    .command('backup')
    .description('copy the database while the bot runs (SQLite online backup)')
    .requiredOption('--out <file>', 'where to write the copy')
    .action(async (local: { out: string }, command: Command) => {
      const options = global(command);
      const out = resolve(io.cwd, local.out);
      const source = sqliteOnly(resolveDb(options), 'backup');
      const report = await backupSqlite(source, out);
      say(`vigil: backed up ${display(source)} to ${display(out)} (${report.pages} pages; audit ${report.audit.ok ? 'ok' : 'NOT ok'}, head ${report.audit.head})`);
    });

  program
    .command('restore <file>')
    .description('put a backup back as the database (stop the bot first)')
    .action(async (file: string, _local: unknown, command: Command) => {
      const options = global(command);
      const target = sqliteOnly(resolveDb(options), 'restore');
      const report = await restoreSqlite(resolve(io.cwd, file), target);
      say(`vigil: restored ${display(resolve(io.cwd, file))} to ${display(target)} (audit ${report.audit.ok ? 'ok' : 'NOT ok'}: ${report.audit.records} records, head ${report.audit.head})`);
    });

  program
    .command('teams-package')
    .description('build the Teams app package (the zip to upload) with the bot\'s app id')
    .option('--app-id <guid>', 'the bot\'s Entra application (client) id (default MICROSOFT_APP_ID)')
    .option('--out <file>', 'where to write the zip', 'vigil-teams.zip')
    .action((local: { appId?: string; out: string }) => {
      const appId = local.appId ?? io.env.MICROSOFT_APP_ID;
      if (!appId) throw new VigilError(ErrorCode.UsageError, 'give the bot\'s app id: --app-id GUID, or set MICROSOFT_APP_ID');
      let zip: Uint8Array;
      try {
        zip = buildTeamsPackage(appId);
      } catch (error) {
        throw new VigilError(ErrorCode.UsageError, (error as Error).message, { cause: error });
      }
      const out = resolve(io.cwd, local.out);
      writeFileSync(out, zip);
      say(`vigil: wrote ${display(out)} (manifest.json, color.png, outline.png); upload it in Teams: Apps → Manage your apps → Upload an app.`);
    });

  program
    .command('ask [question...]')
    .description('answer a question from the register of suppliers and the policies; --gaps lists those it could not answer')
    .option('--gaps', 'list the questions it could not answer (kept beside the database, text only), most asked first')
    .action(async (question: string[], local: { gaps?: boolean }, command: Command) => {
      const options = global(command);
      const config = loadConfigFile(resolveConfig(options));
      const db = resolveDb(options);
      const gaps = gapLog(db);
      if (local.gaps) {
        const list = gaps.list();
        say(options.json ? JSON.stringify(list) : list.length ? list.map((g) => `${String(g.count).padStart(4)}  ${g.question}`).join('\n') : 'vigil: no unanswered questions kept yet');
        return;
      }
      if (question.length === 0) throw new VigilError(ErrorCode.UsageError, 'give a question, e.g. vigil ask "where is our CRM data stored?", or --gaps');
      const answer = await new PolicyQa(config, { gaps, reader: modelReaderFor(config, io.env.VIGIL_LLM_API_KEY, logger()) }).askWithModel(question.join(' '));
      say(options.json ? JSON.stringify(answer) : answer.answer);
    });

  program
    .command('tick')
    .description('run one engine tick and print what it did')
    .option('--now <iso>', 'the instant to tick at (default now)')
    .action(async (local: { now?: string }, command: Command) => {
      const options = global(command);
      const now = instant(local.now, '--now');
      await withWorkspace(options, resolveDb(options), async ({ engine, db, config }) => {
        const report = await engine.tick(db, now);
        say(options.json ? JSON.stringify(report) : describeTick(report, config.organisation.timezone));
      });
    });

  program
    .command('status')
    .description('compliance status for the current period')
    .option('--person <id>', 'only this person\'s items')
    .option('--as <id>', 'as this person may see it (staff: their own; managers: their reports; compliance: everyone)')
    .option('--at <iso>', 'the instant to report at, e.g. on a simulated database (default now)')
    .addOption(new Option('--now <iso>', 'the same as --at').hideHelp())
    .action(async (local: { person?: string; as?: string; at?: string; now?: string }, command: Command) => {
      const options = global(command);
      if (local.at !== undefined && local.now !== undefined) throw new VigilError(ErrorCode.UsageError, 'give --at or --now, not both');
      const flag = local.at !== undefined ? '--at' : '--now';
      const text = local.at ?? local.now;
      const at = text === undefined ? systemClock.now() : parseInstantOption(text, flag);
      await withWorkspace(options, resolveDb(options), async ({ engine, db }) => {
        const report = await buildStatus(db, engine, { ...(local.as ? { viewer: local.as } : {}), ...(local.person ? { person: local.person } : {}) }, at);
        say(options.json ? JSON.stringify(report) : statusText(report, engine.directory));
      });
    });

  program
    .command('export')
    .description('export the evidence for a period: every prompt and answer (csv, json), the one-page evidence pack (html), or the audit package, a zip with a manifest (package)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (included)')
    .addOption(new Option('--format <format>', 'csv, json, html or package').choices(['csv', 'json', 'html', 'package']).default('csv'))
    .requiredOption('--out <file>', 'where to write it')
    .action(async (local: { from: string; to: string; format: ExportFormat; out: string }, command: Command) => {
      const options = global(command);
      parseDayOption(local.from, '--from');
      parseDayOption(local.to, '--to');
      await withWorkspace(options, resolveDb(options), async ({ db, engine, config }) => {
        const zone = config.organisation.timezone;
        const from = zonedInstant(local.from, '00:00', zone);
        const to = zonedInstant(addDays(local.to, 1), '00:00', zone);
        if (to <= from) throw new VigilError(ErrorCode.UsageError, `--to ${local.to} is before --from ${local.from}`);
        const outFile = resolve(io.cwd, local.out);
        const out = createWriteStream(outFile);
        const tty = io.progress === true;
        const result = await exportEvidence({
          db, engine, clock: systemClock, from, to, format: local.format, out, days: { first: local.from, last: local.to },
          ...(tty ? { onProgress: (done: number, total: number) => io.stderr(`\rexporting ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} prompts (${Math.floor((done / Math.max(total, 1)) * 100)}%)`) } : {}),
        });
        await new Promise<void>((resolveEnd, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolveEnd())));
        if (tty) io.stderr('\n');
        say(`vigil: exported ${result.rows} prompts (${local.from} to ${local.to}) as ${local.format} to ${display(outFile)}; audit head ${result.auditHead}`);
      });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const vigilError = toVigilError(error);
    note(`vigil: ${vigilError.message}`);
    return vigilError.code === ErrorCode.UsageError ? 2 : 1;
  }
}

interface Counts {
  people: number;
  suppliers: number;
  policies: number;
  attestations: number;
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

/** A tick report as text: a summary line, then one line per thing done. */
function describeTick(r: TickReport, zone: string): string {
  const lines = [
    `tick at ${r.at.toISOString()} (${formatWhen(r.at, zone)}): ${r.issued.length} issued, ${r.reminders.length} reminders, ${r.escalations.length} escalations, ${r.missed.length} missed, ${r.recordedMissed.length} recorded missed during downtime`,
  ];
  for (const i of r.issued) lines.push(`  issued ${i.attestationId} to ${i.assigneeId}${i.subjectId !== i.assigneeId ? ` (about ${i.subjectId})` : ''}`);
  for (const m of r.reminders) lines.push(`  reminder ${m.step} to ${m.assigneeId}`);
  for (const e of r.escalations) lines.push(`  escalation ${e.step} to ${e.to === 'manager' ? e.recipientId : 'the compliance channel'}`);
  for (const m of r.missed) lines.push(`  missed ${m.attestationId} by ${m.assigneeId}`);
  for (const m of r.recordedMissed) lines.push(`  recorded missed ${m.attestationId} for ${m.subjectId} (${m.occurrence.toISOString()})`);
  return lines.join('\n');
}

function summarise(config: VigilConfig): Counts {
  return {
    people: config.people.length,
    suppliers: config.suppliers.length,
    policies: config.policies.length,
    attestations: config.attestations.length,
  };
}

function describeCounts(c: Counts): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(c.people, 'person').replace(/persons$/, 'people')}, ${n(c.suppliers, 'supplier')}, ${n(c.policies, 'polic').replace(/polics?$/, c.policies === 1 ? 'policy' : 'policies')}, ${n(c.attestations, 'attestation')}`;
}
