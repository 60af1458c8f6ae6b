import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { ImportKind } from '../../setup/importer.ts';
import { ownConfigFile } from '../../setup/start-safety.ts';
import type { Cli } from '../context.ts';

/**
 * `vigil import people|suppliers FILE`: merges a spreadsheet into vigil.yaml, comments and order
 * kept. Shows what would change; writes only with --yes.
 */
export function registerImport(program: Command, cli: Cli): void {
  const group = program.command('import').description('add people or suppliers from a .csv or .xlsx to vigil.yaml (a preview; --yes writes)');
  const kinds: [ImportKind, string][] = [
    ['people', 'people from a spreadsheet: name (or first and last name), email, manager (email or name), role, start date'],
    ['suppliers', 'suppliers from a spreadsheet: the ICO record of processing template\'s columns, or name, purpose, retention, location, owner…'],
  ];
  for (const [kind, description] of kinds) {
    group
      .command(`${kind} <file>`)
      .description(description)
      .option('--yes', 'write the changes (without it, only show them)')
      .action(async (file: string, local: { yes?: boolean }, command: Command) => {
        const options = cli.global(command);
        const configFile = ownConfigFile(cli.io.cwd, cli.io.env, options.config);
        if (!configFile) throw new VigilError(ErrorCode.ConfigNotFound, 'no ./vigil.yaml here to import into; run `vigil init` first (it takes --people and --suppliers too), or pass --config FILE');
        const { planImport, previewLines, writeImport } = await import('../../setup/importer.ts');
        const { reportLines } = await import('../../setup/init.ts');
        const plan = await planImport(kind, configFile, resolve(cli.io.cwd, file));
        for (const line of reportLines(`${kind} in ${file}`, plan.report)) cli.note(line);
        cli.say(`${cli.display(configFile)}:`);
        for (const line of previewLines(plan)) cli.say(line);
        if (plan.changes.length === 0) return;
        if (!local.yes) return cli.say('Nothing written: run again with --yes to write these changes (comments and order are kept).');
        writeImport(configFile, plan);
        cli.say(`vigil: wrote ${cli.display(configFile)}; it passes check-config.`);
      });
  }
}
