import { auditChainPoint, auditChainStart, auditChainTip } from '../store/audit-checkpoint.ts';
import type { Db } from '../store/index.ts';
import { checkSignature, formatCheckpoint, signedBy, type Checkpoint, type ParsedCheckpoint, type SigningKey, type VerifierKey } from './checkpoint.ts';

/**
 * How the database stands against one checkpoint:
 * - `holds`: the chain reaches record N and record N has the checkpoint's hash;
 * - `diverged`: record N has another hash (the chain up to N was rewritten);
 * - `cut-off`: the chain ends before record N (its newest records were removed);
 * - `purged`: records up to N were removed by a purge, so N cannot be checked;
 * - `other-log`: the checkpoint names another firm's log;
 * - `bad-signature`: a verifier key was given and the checkpoint is not validly signed by it.
 */
export type CheckpointStatus = 'holds' | 'diverged' | 'cut-off' | 'purged' | 'other-log' | 'bad-signature';

/** The finding for one checkpoint, with a sentence saying it. */
export interface CheckpointCheck {
  origin: string;
  size: number;
  hash: string;
  status: CheckpointStatus;
  /** valid, invalid or unsigned-by-that-key when a verifier key was given; else not checked. */
  signature: 'valid' | 'invalid' | 'not-signed-by-key' | 'not-checked';
  message: string;
}

/** The result of checking the database against one checkpoint or a file of them. */
export interface CheckpointReport {
  ok: boolean;
  /** The database's own tip: its last record and hash. */
  tip: { seq: number; hash: string };
  checks: CheckpointCheck[];
  /** Where the chain diverges, when it does: between the last checkpoint that holds and the first that does not. */
  divergence?: string;
}

/** Makes a checkpoint of the chain as it stands: its origin, its tip's seq and hash; signed when a key is given. */
export async function makeCheckpoint(db: Db, origin: string, key?: SigningKey): Promise<Checkpoint & { text: string; signedBy: string }> {
  const tip = await auditChainTip(db);
  const checkpoint = { origin, size: tip.seq, hash: tip.hash };
  return { ...checkpoint, text: formatCheckpoint(checkpoint, key), signedBy: key ? key.name : 'unsigned' };
}

const short = (hash: string) => hash.slice(0, 16);

async function checkOne(db: Db, checkpoint: ParsedCheckpoint, options: { origin?: string; key?: VerifierKey; tipSeq: number }): Promise<CheckpointCheck> {
  const base = { origin: checkpoint.origin, size: checkpoint.size, hash: checkpoint.hash };
  const at = `checkpoint ${checkpoint.origin} at record ${checkpoint.size} (${short(checkpoint.hash)}…, ${signedBy(checkpoint)})`;
  const signature = options.key ? checkSignature(checkpoint, options.key) : 'not-checked';
  const result = (status: CheckpointStatus, message: string): CheckpointCheck => ({ ...base, status, signature, message });
  if (signature === 'invalid') return result('bad-signature', `${at}: its signature by ${options.key!.name} does NOT verify: the checkpoint was altered or forged`);
  if (signature === 'not-signed-by-key') return result('bad-signature', `${at}: it is not signed by the key ${options.key!.name}, so it proves nothing about this firm's log`);
  if (options.origin !== undefined && checkpoint.origin !== options.origin) return result('other-log', `${at}: it is a checkpoint of ${checkpoint.origin}, not of this log (${options.origin})`);
  const point = await auditChainPoint(db, checkpoint.size);
  if (point?.hash === checkpoint.hash) return result('holds', `${at}: the chain still has record ${checkpoint.size} with that hash`);
  if (point) return result('diverged', `${at}: record ${checkpoint.size} now has hash ${short(point.hash)}…, not ${short(checkpoint.hash)}…: the chain up to record ${checkpoint.size} was rewritten after this checkpoint was made`);
  if (checkpoint.size > options.tipSeq) {
    const gone = checkpoint.size === options.tipSeq + 1 ? `record ${checkpoint.size} is` : `records ${options.tipSeq + 1}–${checkpoint.size} are`;
    return result('cut-off', `${at}: the chain ends at record ${options.tipSeq}: ${gone} missing, removed after this checkpoint was made`);
  }
  const start = await auditChainStart(db);
  return result('purged', `${at}: cannot be checked: record ${checkpoint.size} is gone${start !== undefined && start > checkpoint.size ? ` (the chain now starts at record ${start}, after a purge)` : ''}`);
}

/** Where a rewrite happened, from the checkpoints that hold and those that do not. */
function divergence(checks: CheckpointCheck[]): string | undefined {
  const failing = checks.filter((c) => c.status === 'diverged' || c.status === 'cut-off').sort((a, b) => a.size - b.size);
  if (!failing.length) return undefined;
  const first = failing[0]!;
  const holding = checks.filter((c) => c.status === 'holds' && c.size < first.size).sort((a, b) => b.size - a.size)[0];
  if (first.status === 'cut-off' && failing.every((c) => c.status === 'cut-off')) return `the chain was cut off: it ends before record ${first.size}`;
  return holding
    ? `the chain diverges after record ${holding.size} (the last checkpoint that holds) and by record ${first.size} (the first that does not)`
    : `the chain diverges at or before record ${first.size} (no earlier checkpoint holds)`;
}

/**
 * Proves the database still extends each checkpoint: its chain holds at least that many records
 * and its record N has that hash (and, given a verifier key, the checkpoint is signed by it).
 * Only the checkpoint's record is read; the chain's own links are `verifyAudit`'s to check.
 * The origin, when given, must match (a checkpoint of another log proves nothing of this one).
 */
export async function verifyAgainstCheckpoints(db: Db, checkpoints: readonly ParsedCheckpoint[], options: { origin?: string; key?: VerifierKey }): Promise<CheckpointReport> {
  const tip = await auditChainTip(db);
  const checks: CheckpointCheck[] = [];
  for (const checkpoint of checkpoints) checks.push(await checkOne(db, checkpoint, { ...options, tipSeq: tip.seq }));
  const where = divergence(checks);
  return { ok: checks.length > 0 && checks.every((c) => c.status === 'holds'), tip: { seq: tip.seq, hash: tip.hash }, checks, ...(where ? { divergence: where } : {}) };
}
