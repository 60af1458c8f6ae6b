import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ErrorCode, toVigilError } from '../errors.ts';
import { registerAsk } from './commands/ask.ts';
import { registerAudit } from './commands/audit.ts';
import { registerCheckConfig } from './commands/check-config.ts';
import { registerCheckpoint, registerKeygen } from './commands/checkpoint.ts';
import { registerDatabase } from './commands/database.ts';
import { registerDoctor } from './commands/doctor.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerInit } from './commands/init.ts';
import { registerRetention } from './commands/retention.ts';
import { registerStart } from './commands/start.ts';
import { registerRegister } from './commands/register.ts';
import { registerPreview } from './commands/preview.ts';
import { registerStatus } from './commands/status.ts';
import { registerTeamsPackage } from './commands/teams-package.ts';
import { registerTick } from './commands/tick.ts';
import { createCli, type Cli, type CliIo } from './context.ts';

/** The `vigil` program: its global options and every command, in the order help lists them. */
export function buildProgram(cli: Cli): Command {
  const program = new Command('vigil')
    .description('Vigil: compliance attestations and policy answers for Slack, Teams and the terminal.')
    .option('--config <file>', 'workspace file (default ./vigil.yaml, else the bundled demo)')
    .option('--db <file|url>', 'SQLite database file (default $DATABASE_URL, else ./data/vigil.db) or postgres:// URL')
    .option('--json', 'print data as JSON')
    .version(packageVersion(), '-V, --version', 'print Vigil\'s version')
    .exitOverride()
    .configureOutput({ writeOut: cli.io.stdout, writeErr: cli.io.stderr })
    .showHelpAfterError();
  for (const register of [registerInit, registerImport, registerCheckConfig, registerDoctor, registerStart, registerAudit, registerCheckpoint, registerKeygen, registerRetention, registerDatabase, registerTeamsPackage, registerAsk, registerTick, registerPreview, registerStatus, registerExport, registerRegister]) {
    register(program, cli);
  }
  return program;
}

/** Vigil's version, from package.json (read, not imported, so that it is always the one installed). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/**
 * Runs the `vigil` command line and resolves to its exit code: 0 done, 1 failed (with every
 * error printed), 2 bad usage. With --json a failure is also one JSON line on stdout,
 * `{ ok: false, error: { code, message } }`, its code one of ErrorCode, so a machine can tell why.
 */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  const cli = createCli(io);
  const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  const reportJson = (error: Record<string, unknown>) => {
    if (options.includes('--json')) cli.say(JSON.stringify({ ok: false, error }));
  };
  try {
    await buildProgram(cli).parseAsync([...argv], { from: 'user' });
    return cli.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      reportJson({ code: ErrorCode.UsageError, message: error.message.replace(/^error: /, '') });
      return 2;
    }
    const vigilError = toVigilError(error);
    cli.note(`vigil: ${vigilError.message}`);
    const { ConfigError } = await import('../config/index.ts');
    reportJson({
      code: vigilError.code, message: vigilError.message,
      ...(vigilError instanceof ConfigError ? { stage: vigilError.stage, problems: vigilError.problems } : {}),
    });
    return vigilError.code === ErrorCode.UsageError ? 2 : 1;
  }
}
