import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import { describeStore, isPostgresUrl } from '../../store/location.ts';
import type { Cli } from '../context.ts';

/** `vigil migrate-db`, `backup` and `restore`: moving and copying the database. */
export function registerDatabase(program: Command, cli: Cli): void {
  const { io, say, display } = cli;
  program
    .command('migrate-db')
    .description('move a SQLite database into an empty PostgreSQL one (stop the bot first), then check every row count and the audit chain')
    .option('--to <url>', 'the PostgreSQL database (default DATABASE_URL)')
    .action(async (local: { to?: string }, command: Command) => {
      const options = cli.global(command);
      await migrateDb(cli, options.db, local.to, options.json === true);
    });

  program
    .command('backup')
    .description('copy the database while the bot runs (SQLite online backup)')
    .requiredOption('--out <file>', 'where to write the copy')
    .action(async (local: { out: string }, command: Command) => {
      const options = cli.global(command);
      const out = resolve(io.cwd, local.out);
      const source = cli.sqliteOnly(cli.resolveDb(options), 'backup');
      const { backupSqlite } = await import('../../store/index.ts');
      const report = await backupSqlite(source, out);
      say(`vigil: backed up ${display(source)} to ${display(out)} (${report.pages} pages; audit ${report.audit.ok ? 'ok' : 'NOT ok'}, head ${report.audit.head})`);
    });

  program
    .command('restore <file>')
    .description('put a backup back as the database (stop the bot first)')
    .action(async (file: string, _local: unknown, command: Command) => {
      const options = cli.global(command);
      const target = cli.sqliteOnly(cli.resolveDb(options), 'restore');
      const { restoreSqlite } = await import('../../store/index.ts');
      const report = await restoreSqlite(resolve(io.cwd, file), target);
      say(`vigil: restored ${display(resolve(io.cwd, file))} to ${display(target)} (audit ${report.audit.ok ? 'ok' : 'NOT ok'}: ${report.audit.records} records, head ${report.audit.head})`);
    });
}

/** Copies the SQLite file into an empty PostgreSQL database, then compares every count and the chain. */
async function migrateDb(cli: Cli, db: string | undefined, to: string | undefined, json: boolean): Promise<void> {
  const { io, say, note, display } = cli;
  // The source is the SQLite file (--db, VIGIL_DB or ./data/vigil.db), never DATABASE_URL.
  const from = db ?? (io.env.VIGIL_DB || 'data/vigil.db');
  if (isPostgresUrl(from)) throw new VigilError(ErrorCode.UsageError, 'migrate-db copies from a SQLite file: --db names the file and --to the PostgreSQL URL');
  const sourceFile = resolve(io.cwd, from);
  const target = to ?? (io.env.DATABASE_URL || undefined);
  if (!target || !isPostgresUrl(target)) throw new VigilError(ErrorCode.UsageError, `migrate-db --to wants a postgres:// URL${target ? `, not "${describeStore(target)}"` : ' (or DATABASE_URL set to one)'}`);
  if (!existsSync(sourceFile)) throw new VigilError(ErrorCode.NotFound, `no SQLite database at ${display(sourceFile)}; pass --db FILE`);
  const { copyStore, openStore } = await import('../../store/index.ts');
  const source = openStore(sourceFile);
  const destination = openStore(target);
  try {
    const copy = await copyStore(source, destination, (table, rows) => note(`vigil: copied ${rows} ${table}`));
    if (json) say(JSON.stringify(copy));
    else {
      for (const t of copy.tables.filter((t) => t.source !== t.target)) note(`${t.table}: ${t.source} rows in the source, ${t.target} in the target`);
      const { source: a, target: b } = copy.audit;
      if (b.head !== a.head || b.records !== a.records || !b.ok) note(`audit chain: source ${a.records} records, head ${a.head}; target ${b.records} records, head ${b.head}${b.ok ? '' : ', NOT ok'}`);
      const rows = copy.tables.reduce((sum, t) => sum + t.target, 0);
      say(copy.ok
        ? `vigil: moved ${rows} rows from ${display(sourceFile)} to ${describeStore(target)}; every table's count matches and the audit chain verifies (${b.records} records, head ${b.head}). Set DATABASE_URL to use it.`
        : `vigil: the copy in ${describeStore(target)} does NOT match ${display(sourceFile)} (see above); keep using the SQLite file. Was the bot still running?`);
    }
    if (!copy.ok) cli.fail();
  } finally {
    await source.destroy();
    await destination.destroy();
  }
}
