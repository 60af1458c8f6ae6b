import type { Command } from 'commander';
import { systemClock } from '../../clock.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Cli } from '../context.ts';

/** `vigil purge` and `vigil forget`: retention and leavers. */
export function registerRetention(program: Command, cli: Cli): void {
  const { say } = cli;
  program
    .command('purge')
    .description('remove evidence older than organisation.evidenceRetention (a dry run unless --yes)')
    .option('--yes', 'really remove it')
    .action(async (local: { yes?: boolean }, command: Command) => {
      const options = cli.global(command);
      const { purge, retentionCutoff } = await import('../../evidence/retention.ts');
      await cli.withWorkspace(options, cli.resolveDb(options), async ({ db, config }) => {
        const now = systemClock.now();
        const cutoff = retentionCutoff(config, now);
        const plan = await purge(db, cutoff, { apply: local.yes === true, now });
        const what = `${plan.prompts} prompts, ${plan.answers} answers, ${plan.findings} findings, ${plan.notices} notices, ${plan.messages} messages, ${plan.absences} absences and ${plan.auditRecords} audit records from before ${cutoff.toISOString().slice(0, 10)} (retention ${config.organisation.evidenceRetention})`;
        if (options.json) say(JSON.stringify({ applied: local.yes === true, ...plan }));
        else say(local.yes ? `vigil: removed ${what}; the audit chain is anchored at the last record removed.` : `vigil: would remove ${what}. Nothing was removed: run again with --yes.`);
      });
    });

  program
    .command('forget <person>')
    .description('pseudonymise a leaver (remove them from vigil.yaml first); their answers stay as evidence')
    .action(async (personId: string, _local: unknown, command: Command) => {
      const options = cli.global(command);
      await cli.withWorkspace(options, cli.resolveDb(options), async ({ db, config }) => {
        if (config.people.some((p) => p.id === personId)) {
          throw new VigilError(ErrorCode.UsageError, `"${personId}" is still in ${cli.display(cli.resolveConfig(options))}; remove them there first, or they would come back`);
        }
        const { forgetPerson } = await import('../../evidence/retention.ts');
        const { pseudonym, rows } = await forgetPerson(db, personId, systemClock.now());
        say(`vigil: "${personId}" is now ${pseudonym} in ${rows} records; name, email and chat links removed.`);
      });
    });
}
