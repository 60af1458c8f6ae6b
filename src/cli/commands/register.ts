import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Workspace } from '../../app.ts';
import { systemClock } from '../../clock.ts';
import type { VigilConfig } from '../../config/index.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { FileEdit } from '../../register/live-state-yaml.ts';
import type { AttestedFact, LiveRegister } from '../../register/live-state.ts';
import type { RenewedDate } from '../../register/live-renewals.ts';
import { isPostgresUrl } from '../../store/location.ts';
import { DEMO_CONFIG, type Cli, type GlobalOptions } from '../context.ts';

/**
 * The live register for a command that only reads (`vigil ask`): none when there is no store
 * yet (nothing can have been attested), so asking never creates a database.
 */
export async function liveRegisterFor(location: string, config: VigilConfig): Promise<LiveRegister | undefined> {
  if (!isPostgresUrl(location) && !existsSync(location)) return undefined;
  const { openStore } = await import('../../store/index.ts');
  const { readLiveRegister } = await import('../../register/live-state.ts');
  const db = openStore(location);
  try {
    return await readLiveRegister(db, config);
  } finally {
    await db.destroy();
  }
}

/** "Dropbox: gdprStatement.status: vigil.yaml says missing; attested on-file by Raj Patel (raj), Mon 23 Nov, 10:15 (Yes to gdpr-statement)" */
function differenceLine(fact: AttestedFact, zone: string, formatWhen: (at: Date, zone: string) => string): string {
  return `  ${fact.supplierName} (${fact.supplierId}): ${fact.field}.status: vigil.yaml says ${fact.file}; attested ${fact.attested} by ${fact.byName} (${fact.by}), ${formatWhen(fact.at, zone)} (${fact.answer === 'yes' ? 'Yes' : 'No'} to ${fact.attestationId})`;
}

/** "Xero (xero): gdprStatement.reviewDue: vigil.yaml says 2026-11-01; renewed to 2027-11-27 by Bob Stone (bob), Fri 27 Nov, 10:00 (Yes to statement-review)" */
function renewalLine(r: RenewedDate, zone: string, formatWhen: (at: Date, zone: string) => string): string {
  return `  ${r.supplierName} (${r.supplierId}): gdprStatement.reviewDue: vigil.yaml says ${r.file ?? 'none'}; renewed to ${r.attested} by ${r.byName} (${r.by}), ${formatWhen(r.at, zone)} (Yes to ${r.attestationId})`;
}

function editLines(edits: readonly Pick<FileEdit, 'line' | 'path' | 'before' | 'after'>[], file: string): string[] {
  return edits.flatMap((e) => [`  ${file}:${e.line}  ${e.path}`, `    - ${e.before.trim()}`, `    + ${e.after.trim()}`]);
}

const AGREES = 'vigil.yaml agrees with every attested answer: nothing to apply.';

/** `vigil register diff | apply`: where vigil.yaml is behind what suppliers' owners attested, and catching it up. */
export function registerRegister(program: Command, cli: Cli): void {
  const register = program
    .command('register')
    .description('the register of suppliers against what their owners attested: diff lists the differences, apply writes them into vigil.yaml');

  register
    .command('diff')
    .description('list every attested fact vigil.yaml does not say yet: supplier, field, what the file says, what was attested, who and when')
    .action(async (_local: unknown, command: Command) => {
      const options = cli.global(command);
      await cli.withWorkspace(options, cli.existingDb(options), async ({ db, config }) => {
        const { factJson, readLiveRegister } = await import('../../register/live-state.ts');
        const { renewalJson } = await import('../../register/live-renewals.ts');
        const { formatWhen } = await import('../../attestations/index.ts');
        const live = await readLiveRegister(db, config);
        const renewed = live.renewals.filter((r) => r.differs);
        if (options.json) return cli.say(JSON.stringify({ differences: live.differences.map(factJson), ...(renewed.length ? { renewals: renewed.map(renewalJson) } : {}) }));
        if (live.differences.length === 0 && renewed.length === 0) return cli.say(AGREES);
        const n = live.differences.length + renewed.length;
        cli.say(`vigil.yaml is behind what was attested: ${n} difference${n === 1 ? '' : 's'} (vigil register apply writes ${n === 1 ? 'it' : 'them'}):`);
        for (const fact of live.differences) cli.say(differenceLine(fact, config.organisation.timezone, formatWhen));
        for (const r of renewed) cli.say(renewalLine(r, config.organisation.timezone, formatWhen));
      });
    });

  register
    .command('apply')
    .description('write the attested facts into vigil.yaml, changing only those values (comments, order and layout kept); shows the change, and writes it with --yes')
    .option('--yes', 'write the change (without it, only show it)')
    .action(async (local: { yes?: boolean }, command: Command) => {
      const options = cli.global(command);
      await cli.withWorkspace(options, cli.resolveDb(options), (ws) => apply(cli, options, ws, local.yes === true));
    });
}

async function apply(cli: Cli, options: GlobalOptions, ws: Workspace, write: boolean): Promise<void> {
  const { db, config, configFile } = ws;
  const { factJson, readLiveRegister } = await import('../../register/live-state.ts');
  const { renewalJson } = await import('../../register/live-renewals.ts');
  const { applyFacts } = await import('../../register/live-state-yaml.ts');
  const { appendAudit, writeTransaction } = await import('../../store/index.ts');
  const live = await readLiveRegister(db, config);
  const shown = cli.display(configFile);
  const renewed = live.renewals.filter((r) => r.differs);
  if (live.differences.length === 0 && renewed.length === 0) {
    cli.say(options.json ? JSON.stringify({ file: shown, written: false, changes: [] }) : AGREES);
    return;
  }
  if (write && configFile === DEMO_CONFIG) {
    throw new VigilError(ErrorCode.UsageError, 'this is the bundled demo workspace, which apply does not change; give --config FILE for yours');
  }
  const { text, edits: factEdits, dateEdits } = applyFacts(readFileSync(configFile, 'utf8'), shown, live.differences, renewed);
  const edits = [...factEdits.map((e) => ({ ...e, json: factJson(e.fact) })), ...dateEdits.map((e) => ({ ...e, json: renewalJson(e.renewal) }))].sort((a, b) => a.line - b.line);
  if (write) {
    writeFileSync(configFile, text);
    const changes = edits.map((e) => ({ ...e.json, line: e.line }));
    await writeTransaction(db, (trx) => appendAudit(trx, { actor: 'cli', action: 'register.applied', subject: configFile, data: { changes } }, systemClock.now()));
  }
  if (options.json) {
    cli.say(JSON.stringify({ file: shown, written: write, changes: edits.map((e) => ({ ...e.json, line: e.line, before: e.before, after: e.after })) }));
    return;
  }
  const n = edits.length;
  cli.say(`${write ? 'Wrote' : 'Would write'} ${n} change${n === 1 ? '' : 's'} to ${shown}:`);
  for (const line of editLines(edits, shown)) cli.say(line);
  cli.say(write ? 'vigil.yaml now says what was attested; vigil register diff is empty. Review and commit the file as usual.' : 'Nothing was written: run vigil register apply --yes to write it.');
}
