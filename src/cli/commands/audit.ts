import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Cli } from '../context.ts';
import { checkpointReportLines, verifyCheckpoints } from './checkpoint.ts';

/** `vigil audit verify`: check the tamper-evident audit log's hash chain. */
export function registerAudit(program: Command, cli: Cli): void {
  const { say, note } = cli;
  const audit = program
    .command('audit')
    .description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('check the hash chain and every evidence row against it: name every record or row edited, deleted, reordered or added')
    .option('--checkpoint <file|text>', 'also prove the database still extends these checkpoints (a checkpoint file, an export quoting one, or the text): names where the chain diverges')
    .option('--key <verifier key>', 'with --checkpoint: the firm\'s verifier key (from vigil keygen); checkpoints not validly signed by it are refused')
    .action(async (local: { checkpoint?: string; key?: string }, command: Command) => {
      // A verifier key checks checkpoints' signatures; alone it would check nothing, silently.
      if (local.key && !local.checkpoint) throw new VigilError(ErrorCode.UsageError, '--key checks the signatures of checkpoints: give them with --checkpoint FILE|TEXT too');
      const options = cli.global(command);
      const location = cli.existingDb(options);
      const { migrateToLatest, openStore, verifyAudit } = await import('../../store/index.ts');
      const db = openStore(location);
      try {
        await migrateToLatest(db);
        const result = await verifyAudit(db);
        const checkpoints = local.checkpoint ? await verifyCheckpoints(cli, db, options, { checkpoint: local.checkpoint, ...(local.key ? { key: local.key } : {}) }) : undefined;
        const rows = result.tables.map((t) => `${t.table} ${t.rows}`).join(', ');
        const coverage = result.evidenceChecked ? `evidence rows checked: ${rows}; every row bound to the chain from record ${result.coverageFrom}` : 'evidence rows not checked: this database predates sealing';
        if (options.json) say(JSON.stringify(checkpoints ? { ...result, ok: result.ok && checkpoints.ok, checkpoints } : result));
        else if (result.ok) say(`audit log ok: ${result.records} records, head ${result.head}\n${coverage}`);
        else {
          note(result.problems.map((p) => (p.table ? `${p.table} ${p.key}: ${p.kind}: ${p.message}` : `record ${p.seq}: ${p.kind}: ${p.message}`)).join('\n'));
          note(`audit log NOT ok: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${result.records} records\n${coverage}`);
        }
        if (checkpoints && !options.json) (checkpoints.ok ? say : note)(checkpointReportLines(checkpoints, Boolean(local.key)).join('\n'));
        if (!result.ok || (checkpoints && !checkpoints.ok)) cli.fail();
      } finally {
        await db.destroy();
      }
    });
}
