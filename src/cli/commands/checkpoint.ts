import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { SigningKey } from '../../evidence/checkpoint.ts';
import type { CheckpointReport } from '../../evidence/checkpoint-verify.ts';
import type { Db } from '../../store/index.ts';
import type { Cli, GlobalOptions } from '../context.ts';

/** The signing key from VIGIL_SIGNING_KEY, if set; a malformed one is refused (without quoting it). */
export async function signingKeyOf(env: NodeJS.ProcessEnv): Promise<SigningKey | undefined> {
  const text = env.VIGIL_SIGNING_KEY?.trim();
  if (!text) return undefined;
  const { SigningKey } = await import('../../evidence/checkpoint.ts');
  return SigningKey.parse(text);
}

/** The workspace file named (--config, VIGIL_CONFIG) or ./vigil.yaml, never the bundled demo: an auditor may have only the database. */
function firmConfigFile(cli: Cli, options: GlobalOptions): string | undefined {
  const given = options.config ?? cli.io.env.VIGIL_CONFIG;
  if (given) return resolve(cli.io.cwd, given);
  const local = resolve(cli.io.cwd, 'vigil.yaml');
  return existsSync(local) ? local : undefined;
}

/** The firm's checkpoint origin, from its vigil.yaml when there is one. */
async function firmOrigin(cli: Cli, options: GlobalOptions): Promise<string | undefined> {
  const file = firmConfigFile(cli, options);
  if (!file) return undefined;
  const [{ loadConfigFile }, { checkpointOrigin }] = await Promise.all([import('../../config/index.ts'), import('../../evidence/checkpoint-integrity.ts')]);
  return checkpointOrigin(loadConfigFile(file));
}

/** `vigil keygen`: a new Ed25519 signing key for VIGIL_SIGNING_KEY and its verifier key. */
export function registerKeygen(program: Command, cli: Cli): void {
  program
    .command('keygen')
    .description('make an Ed25519 key that signs the audit log\'s checkpoints: the signing key (secret, for VIGIL_SIGNING_KEY) and the verifier key (public, for the auditor)')
    .option('--name <name>', 'the key\'s name (default the checkpoint origin from vigil.yaml, vigil.<firm>)')
    .action(async (local: { name?: string }, command: Command) => {
      const options = cli.global(command);
      const { SigningKey } = await import('../../evidence/checkpoint.ts');
      const name = local.name ?? (await firmOrigin(cli, options));
      if (!name) throw new VigilError(ErrorCode.UsageError, 'keygen names the key after the firm\'s log: run it beside vigil.yaml (or with --config), or give --name vigil.<firm>');
      const { key, text } = SigningKey.generate(name);
      // The secret goes to stdout only, for the operator to put in the secret store; never to a log.
      if (options.json) {
        cli.say(JSON.stringify({ signingKey: text, verifierKey: key.verifier.toString() }));
        return;
      }
      cli.say(`VIGIL_SIGNING_KEY=${text}`);
      cli.say(`verifier key: ${key.verifier.toString()}`);
      cli.note('vigil: keep VIGIL_SIGNING_KEY secret (a secret store, never vigil.yaml or the database); give the verifier key to your auditor: `vigil audit verify --checkpoint FILE --key <verifier key>` checks checkpoints with it.');
    });
}

/** `vigil checkpoint`: a checkpoint of the audit log now, printed and appended to a checkpoint file. */
export function registerCheckpoint(program: Command, cli: Cli): void {
  program
    .command('checkpoint')
    .description('make a checkpoint of the audit log now (origin, records, head hash; signed with VIGIL_SIGNING_KEY when set), print it and append it to a checkpoint file kept outside the database')
    .option('--out <file>', 'the checkpoint file to append to (default checkpoints.file in vigil.yaml)')
    .action(async (local: { out?: string }, command: Command) => {
      const options = cli.global(command);
      const location = cli.existingDb(options);
      const key = await signingKeyOf(cli.io.env);
      const [{ loadConfigFile }, { checkpointOrigin }, { checkpointFile }, { appendCheckpoint, lastCheckpointCheck }, { makeCheckpoint }, store] = await Promise.all([
        import('../../config/index.ts'), import('../../evidence/checkpoint-integrity.ts'), import('../../evidence/checkpoint-daily.ts'),
        import('../../evidence/checkpoint-file.ts'), import('../../evidence/checkpoint-verify.ts'), import('../../store/index.ts'),
      ]);
      const configFile = cli.resolveConfig(options);
      const config = loadConfigFile(configFile);
      const origin = checkpointOrigin(config);
      const file = local.out ? resolve(cli.io.cwd, local.out) : checkpointFile(config, configFile);
      const db = store.openStore(location);
      try {
        await store.migrateToLatest(db);
        const previous = file ? await lastCheckpointCheck(db, file, origin) : undefined;
        if (previous && (previous.status === 'diverged' || previous.status === 'cut-off')) {
          throw new VigilError(ErrorCode.StoreError, `not appending to ${cli.display(file!)}: the database no longer extends its last checkpoint: ${previous.message}. Run vigil audit verify --checkpoint ${cli.display(file!)}`);
        }
        const checkpoint = await makeCheckpoint(db, origin, key);
        if (file) await appendCheckpoint(file, checkpoint);
        if (options.json) cli.say(JSON.stringify({ origin, records: checkpoint.size, hash: checkpoint.hash, signedBy: checkpoint.signedBy, text: checkpoint.text, file: file ? cli.display(file) : null }));
        else cli.io.stdout(checkpoint.text);
        if (!options.json) cli.note(`vigil: checkpoint at record ${checkpoint.size}, ${key ? `signed by ${key.name}` : 'unsigned (set VIGIL_SIGNING_KEY to sign; vigil keygen makes one)'}${file ? `; appended to ${cli.display(file)}` : '; keep it outside the database (--out FILE appends it to a file)'}`);
      } finally {
        await db.destroy();
      }
    });
}

/** Reads --checkpoint: a file (a checkpoint file, or any export quoting one), else the checkpoint's text itself. */
function checkpointText(cli: Cli, given: string): { text: string; from: string } {
  const file = resolve(cli.io.cwd, given);
  if (!given.includes('\n') && existsSync(file)) return { text: readFileSync(file, 'utf8'), from: cli.display(file) };
  if (given.includes('\n')) return { text: given, from: 'the checkpoint given' };
  throw new VigilError(ErrorCode.UsageError, `--checkpoint wants a file or a checkpoint's text, and there is no file ${cli.display(file)}`);
}

/**
 * `audit verify --checkpoint FILE|TEXT [--key VERIFIER]`: proves the database still extends each
 * checkpoint given (and, with --key, that each is signed by the firm's key). Prints each one's
 * finding and where the chain diverges; the caller fails the command when the report is not ok.
 */
export async function verifyCheckpoints(cli: Cli, db: Db, options: GlobalOptions, local: { checkpoint: string; key?: string }): Promise<CheckpointReport> {
  const [{ parseCheckpoints, parseVerifierKey }, { verifyAgainstCheckpoints }] = await Promise.all([import('../../evidence/checkpoint.ts'), import('../../evidence/checkpoint-verify.ts')]);
  const { text, from } = checkpointText(cli, local.checkpoint);
  const checkpoints = parseCheckpoints(text);
  if (!checkpoints.length) throw new VigilError(ErrorCode.UsageError, `no checkpoint in ${from}: a checkpoint is an origin line, a record count and a base64 hash (vigil checkpoint prints one)`);
  const key = local.key ? parseVerifierKey(local.key) : undefined;
  const origin = await firmOrigin(cli, options);
  return verifyAgainstCheckpoints(db, checkpoints, { ...(origin ? { origin } : {}), ...(key ? { key } : {}) });
}

/** The report as lines: one per checkpoint, then a summary. */
export function checkpointReportLines(report: CheckpointReport, keyGiven: boolean): string[] {
  const lines = report.checks.map((c) => `${c.status}: ${c.message}`);
  const holding = report.checks.filter((c) => c.status === 'holds').length;
  const signatures = keyGiven ? 'signatures checked with the verifier key' : 'signatures not checked: give --key with the firm\'s verifier key';
  lines.push(report.ok
    ? `checkpoints ok: the database extends all ${holding}; ${signatures}`
    : `checkpoints NOT ok: ${report.checks.length - holding} of ${report.checks.length} do not hold${report.divergence ? `; ${report.divergence}` : ''}; ${signatures}`);
  return lines;
}
