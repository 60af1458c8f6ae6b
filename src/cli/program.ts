import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ErrorCode, toVigilError } from '../errors.ts';
import { registerAsk } from './commands/ask.ts';
import { registerAudit } from './commands/audit.ts';
import { registerCheckConfig } from './commands/check-config.ts';
import { registerDatabase } from './commands/database.ts';
import { registerExport } from './commands/export.ts';
import { registerRetention } from './commands/retention.ts';
import { registerStart } from './commands/start.ts';
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
  for (const register of [registerCheckConfig, registerStart, registerAudit, registerRetention, registerDatabase, registerTeamsPackage, registerAsk, registerTick, registerStatus, registerExport]) {
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
 * error printed), 2 bad usage.
 */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  const cli = createCli(io);
  try {
    await buildProgram(cli).parseAsync([...argv], { from: 'user' });
    return cli.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const vigilError = toVigilError(error);
    cli.note(`vigil: ${vigilError.message}`);
    return vigilError.code === ErrorCode.UsageError ? 2 : 1;
  }
}
