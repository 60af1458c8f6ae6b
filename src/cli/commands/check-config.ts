import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describeCounts, summarise, type Cli } from '../context.ts';

/** `vigil check-config [file]`: a summary on success, every error (file:line:col) on failure. */
export function registerCheckConfig(program: Command, cli: Cli): void {
  const { io, say, note, display } = cli;
  program
    .command('check-config [file]')
    .description('validate a workspace file: a summary on success, every error (file:line:col) on failure')
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      const options = cli.global(command);
      const { ConfigError, loadConfigFile } = await import('../../config/index.ts');
      const { describeSchedules, scheduleLines } = await import('../../config/schedule-describe.ts');
      const path = file ? resolve(io.cwd, file) : cli.resolveConfig(options);
      try {
        const config = loadConfigFile(path);
        const counts = summarise(config);
        const schedules = describeSchedules(config.attestations);
        if (options.json) say(JSON.stringify({ ok: true, file: display(path), ...counts, schedules }));
        else say([`${display(path)}: ok: ${describeCounts(counts)}`, ...scheduleLines(schedules)].join('\n'));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        cli.fail();
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
}
