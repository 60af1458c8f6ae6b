import type { Command } from 'commander';
import { systemClock } from '../../clock.ts';
import { ownConfigFile } from '../../setup/start-safety.ts';
import type { Cli } from '../context.ts';

/** `vigil doctor`: every check before going live, ✓ or ✗ with the fix; exit 1 on any ✗. */
export function registerDoctor(program: Command, cli: Cli): void {
  program
    .command('doctor')
    .description('check everything before going live: config, database, Slack or Teams, signing key, clock; each ✓ or ✗ with the fix')
    .action(async (_local: unknown, command: Command) => {
      const options = cli.global(command);
      const { env, cwd } = cli.io;
      const { runDoctor } = await import('../../setup/doctor.ts');
      const { signingKeyOf } = await import('./checkpoint.ts');
      const checks = await runDoctor({ configFile: ownConfigFile(cwd, env, options.config), db: cli.resolveDb(options), env, now: systemClock.now(), signingKey: () => signingKeyOf(env), display: cli.display });
      if (options.json) cli.say(JSON.stringify({ ok: checks.every((c) => c.ok), checks }));
      else for (const c of checks) cli.say(`${c.ok ? '✓' : '✗'} ${c.what}${c.fix ? `\n    fix: ${c.fix}` : ''}`);
      if (checks.some((c) => !c.ok)) cli.fail();
    });
}
