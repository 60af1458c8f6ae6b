import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { systemClock } from '../../clock.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import { parseDayOption } from '../../evidence/dates.ts';
import type { ExportFormat } from '../../evidence/export.ts';
import type { Cli } from '../context.ts';
import { signingKeyOf } from './checkpoint.ts';

interface ExportOptions {
  from: string;
  to: string;
  format: ExportFormat;
  out: string;
}

/** `vigil export`: the evidence for a period, as CSV, JSON, the HTML pack or the audit package. */
export function registerExport(program: Command, cli: Cli): void {
  const { io, say } = cli;
  program
    .command('export')
    .description('export the evidence for a period: every prompt and answer (csv, json), the one-page evidence pack (html), or the audit package, a zip with a manifest (package)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (included)')
    .addOption(new Option('--format <format>', 'csv, json, html or package').choices(['csv', 'json', 'html', 'package']).default('csv'))
    .requiredOption('--out <file>', 'where to write it')
    .action(async (local: ExportOptions, command: Command) => {
      const options = cli.global(command);
      parseDayOption(local.from, '--from');
      parseDayOption(local.to, '--to');
      const { addDays, zonedInstant } = await import('../../attestations/zoned-time.ts');
      const { exportEvidence } = await import('../../evidence/export.ts');
      await cli.withWorkspace(options, cli.existingDb(options), async ({ db, app, config }) => {
        const zone = config.organisation.timezone;
        const from = zonedInstant(local.from, '00:00', zone);
        const to = zonedInstant(addDays(local.to, 1), '00:00', zone);
        if (to <= from) throw new VigilError(ErrorCode.UsageError, `--to ${local.to} is before --from ${local.from}`);
        const outFile = resolve(io.cwd, local.out);
        const out = createWriteStream(outFile);
        const tty = io.progress === true;
        const signingKey = await signingKeyOf(io.env);
        const result = await exportEvidence({
          db, workspace: app.snapshot, clock: systemClock, from, to, format: local.format, out, days: { first: local.from, last: local.to }, ...(signingKey ? { signingKey } : {}),
          ...(tty ? { onProgress: (done: number, total: number) => io.stderr(`\rexporting ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} prompts (${Math.floor((done / Math.max(total, 1)) * 100)}%)`) } : {}),
        });
        await new Promise<void>((resolveEnd, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolveEnd())));
        if (tty) io.stderr('\n');
        say(`vigil: exported ${result.rows} prompts (${local.from} to ${local.to}) as ${local.format} to ${cli.display(outFile)}; audit head ${result.auditHead}`);
        if (!result.verified) cli.note('vigil: integrity did NOT verify when exporting, and the export says so: run vigil audit verify');
      });
    });
}
