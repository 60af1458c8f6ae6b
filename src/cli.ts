import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { openWorkspace } from './app.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfigFile, type VigilConfig } from './config/index.ts';
import { ErrorCode, VigilError, toVigilError } from './errors.ts';
import { streamLogger } from './logger.ts';

/** Where the CLI reads and writes; the real process by default, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
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

  const resolveConfig = (options: GlobalOptions): string => {
    const given = options.config ?? io.env.VIGIL_CONFIG;
    if (given) return resolve(io.cwd, given);
    const local = resolve(io.cwd, 'vigil.yaml');
    if (existsSync(local)) return local;
    note(`vigil: no ./vigil.yaml here, so using the bundled demo workspace (${display(DEMO_CONFIG)}); pass --config FILE to use yours`);
    return DEMO_CONFIG;
  };
  const resolveDb = (options: GlobalOptions) => resolve(io.cwd, options.db ?? io.env.VIGIL_DB ?? 'data/vigil.db');
  // Paths under the working directory print relative to it; others in full.
  const display = (file: string) => {
    const rel = relative(io.cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  };

  const program = new Command('vigil')
    .description('Vigil: compliance attestations and policy answers for Slack, Teams and the terminal.')
    .option('--config <file>', 'workspace file (default ./vigil.yaml, else the bundled demo)')
    .option('--db <file>', 'SQLite database file (default ./data/vigil.db)')
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

  program
    .command('start')
    .description('run the bot: Slack and/or Teams when their credentials are set, else the terminal chat')
    .action(async (_options: unknown, command: Command) => {
      const options = global(command);
      const configFile = resolveConfig(options);
      const dbFile = resolveDb(options);
      const workspace = await openWorkspace({ configFile, dbFile }, { clock: systemClock, logger: streamLogger(io.stderr) });
      try {
        const { config, migrations, people } = workspace;
        say(`vigil: workspace "${config.organisation.name}" from ${display(configFile)}: ${describeCounts(summarise(config))}`);
        say(
          `vigil: database ${display(dbFile)}: ${migrations.applied.length ? `created (${migrations.applied.length} migration${migrations.applied.length === 1 ? '' : 's'} applied)` : 'schema up to date'}; ` +
            `people synced (${people.added.length} added, ${people.updated.length} updated, ${people.deactivated.length} deactivated)`,
        );
        const platforms = [io.env.SLACK_BOT_TOKEN ? 'Slack' : '', io.env.MICROSOFT_APP_ID ? 'Teams' : ''].filter(Boolean);
        const mode = platforms.length ? `${platforms.join(' and ')} credentials are set` : 'no Slack or Teams credentials are set, so this would open the terminal chat';
        say(`vigil: ${mode}; the attestation engine and the chat channels are not built yet, so there is nothing to run. Exiting.`);
      } finally {
        await workspace.close();
      }
    });

  for (const [name, description] of [
    ['ask', 'answer a question from the register and policies'],
    ['status', 'compliance status for the current period'],
    ['tick', 'run one engine tick'],
    ['export', 'export evidence (csv, json, html)'],
    ['backup', 'back up the database while the bot runs'],
  ] as const) {
    program
      .command(name)
      .description(`${description} (not built yet)`)
      .allowUnknownOption()
      .allowExcessArguments()
      .action(() => {
        throw new VigilError(ErrorCode.NotBuilt, `"${name}" is not built yet; nothing was done`);
      });
  }

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
