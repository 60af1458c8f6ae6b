import { Option, type Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Cli } from '../context.ts';

interface StatusOptions {
  person?: string;
  as?: string;
  at?: string;
  now?: string;
}

/** `vigil status`: compliance status for the current period, as a person may see it. */
export function registerStatus(program: Command, cli: Cli): void {
  program
    .command('status')
    .description('compliance status for the current period')
    .option('--person <id>', 'only this person\'s items')
    .option('--as <id>', 'as this person may see it (staff: their own; managers: their reports; compliance: everyone)')
    .option('--at <iso>', 'the instant to report at, e.g. on a simulated database (default now)')
    .addOption(new Option('--now <iso>', 'the same as --at').hideHelp())
    .action(async (local: StatusOptions, command: Command) => {
      const options = cli.global(command);
      if (local.at !== undefined && local.now !== undefined) throw new VigilError(ErrorCode.UsageError, 'give --at or --now, not both');
      const flag = local.at !== undefined ? '--at' : '--now';
      const text = local.at ?? local.now;
      const at = cli.instant(text, flag);
      const { buildStatus } = await import('../../attestations/index.ts');
      const { statusText } = await import('../../app/status-text.ts');
      await cli.withWorkspace(options, cli.existingDb(options), async ({ engine, db, app }) => {
        const report = await buildStatus(db, engine, { ...(local.as ? { viewer: local.as } : {}), ...(local.person ? { person: local.person } : {}) }, at);
        cli.say(options.json ? JSON.stringify(report) : statusText(report, app.directory));
      });
    });
}
