import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { ImportKind } from '../../setup/importer.ts';
import type { Table } from '../../setup/tables.ts';
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
    const sub = group
      .command(`${kind} [file]`)
      .description(description)
      .option('--yes', 'write the changes (without it, only show them)');
    if (kind === 'people') sub.option('--from <platform>', 'the Slack workspace\'s members instead of a file (slack; for Teams, import the Microsoft 365 admin centre\'s user export)');
    sub.action(async (file: string | undefined, local: { yes?: boolean; from?: string }, command: Command) => {
      const options = cli.global(command);
      const configFile = ownConfigFile(cli.io.cwd, cli.io.env, options.config);
      if (!configFile) throw new VigilError(ErrorCode.ConfigNotFound, 'no ./vigil.yaml here to import into; run `vigil init` first (it takes --people and --suppliers too), or pass --config FILE');
      const { planImport, previewLines, writeImport } = await import('../../setup/importer.ts');
      const { reportLines } = await import('../../setup/init.ts');
      const source = local.from ? await platformPeople(cli, local.from) : file ? resolve(cli.io.cwd, file) : undefined;
      if (!source) throw new VigilError(ErrorCode.UsageError, `name the file: vigil import ${kind} FILE.csv|FILE.xlsx${kind === 'people' ? ' (or --from slack)' : ''}`);
      const plan = await planImport(kind, configFile, source, { keepNames: Boolean(local.from) });
      for (const line of reportLines(`${kind} in ${local.from ?? file}`, plan.report)) cli.note(line);
      cli.say(`${cli.display(configFile)}:`);
      for (const line of previewLines(plan)) cli.say(line);
      if (plan.changes.length === 0) return;
      if (!local.yes) return cli.say('Nothing written: run again with --yes to write these changes (comments and order are kept).');
      writeImport(configFile, plan);
      cli.say(`vigil: wrote ${cli.display(configFile)}; it passes check-config.`);
    });
  }
}

/** The platform's people as a table: Slack's members (the bot token); Teams has no way for a bot to list them. */
async function platformPeople(cli: Cli, platform: string): Promise<Table> {
  const env = cli.io.env;
  if (platform === 'slack') {
    if (!env.SLACK_BOT_TOKEN) throw new VigilError(ErrorCode.UsageError, '--from slack needs SLACK_BOT_TOKEN (in the environment or ./.env)');
    const { slackPeopleTable } = await import('../../setup/slack-people.ts');
    return slackPeopleTable(env.SLACK_BOT_TOKEN, env.SLACK_API_URL);
  }
  if (platform === 'teams') {
    throw new VigilError(ErrorCode.UsageError, '--from teams: a Teams bot cannot list the organisation\'s people without Microsoft Graph permissions Vigil does not ask for; export them from the Microsoft 365 admin centre (Users → Active users → Export users) and run vigil import people users.csv');
  }
  throw new VigilError(ErrorCode.UsageError, `--from takes slack or teams, not "${platform}"`);
}
