import type { Command } from 'commander';
import { migrateToLatest, openStore, verifyAudit } from '../../store/index.ts';
import type { Cli } from '../context.ts';

/** `vigil audit verify`: check the tamper-evident audit log's hash chain. */
export function registerAudit(program: Command, cli: Cli): void {
  const { say, note } = cli;
  const audit = program
    .command('audit')
    .description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('check the hash chain: name every record edited, deleted or reordered')
    .action(async (_local: unknown, command: Command) => {
      const options = cli.global(command);
      const db = openStore(cli.existingDb(options));
      try {
        await migrateToLatest(db);
        const result = await verifyAudit(db);
        if (options.json) say(JSON.stringify(result));
        else if (result.ok) say(`audit log ok: ${result.records} records, head ${result.head}`);
        else {
          note(result.problems.map((p) => `record ${p.seq}: ${p.kind}: ${p.message}`).join('\n'));
          note(`audit log NOT ok: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${result.records} records`);
        }
        if (!result.ok) cli.fail();
      } finally {
        await db.destroy();
      }
    });
}
