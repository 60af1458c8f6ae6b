import type { VigilConfig } from '../config/schema.ts';
import { auditChainStart, auditChainTip } from '../store/audit-checkpoint.ts';
import { verifyRecent } from '../store/evidence-verify-recent.ts';
import { verifyAudit, type Db, type EvidenceVerification } from '../store/index.ts';
import { defaultOrigin, type Checkpoint, type SigningKey } from './checkpoint.ts';
import { makeCheckpoint } from './checkpoint-verify.ts';

/**
 * What `verifyAudit` found: the chain, and each evidence table with its rows checked against it
 * (`evidenceChecked: false` for a database from before sealing: then only the chain was checked,
 * and an export must not claim more).
 */
export type Verification = EvidenceVerification;

/**
 * How much an export checks. A chain up to `fullUpTo` records is checked whole, with every
 * evidence row (a few seconds); a longer one (a year at 500 people holds about two million) only
 * in its newest `recent` records, with the rows they seal, so that an export of a year stays
 * within seconds. The integrity statement says which, and what was not checked.
 */
export interface IntegrityLimits {
  fullUpTo: number;
  recent: number;
}

/** A chain up to about six weeks at 500 people is checked whole; past that, about the newest two and a half days. */
export const EXPORT_INTEGRITY_LIMITS: IntegrityLimits = { fullUpTo: 250_000, recent: 20_000 };

/** What an export checked: the whole chain and every row, or the newest records and the rows they seal. */
export type IntegrityScope = { kind: 'full' } | { kind: 'recent'; after: number; through: number; rowsChecked: number; rowsTotal: number };

/** The checkpoint an export was made at, and what was verified beside it. */
export interface ExportIntegrity {
  checkpoint: Checkpoint & { text: string; signedBy: string };
  verification: Verification;
  scope: IntegrityScope;
  ok: boolean;
  /** What verified, one sentence each; only when everything did. */
  verified: string[];
  /** What did not verify, one sentence each (empty when ok). */
  failures: string[];
}

/** The origin of a firm's checkpoints: `checkpoints.origin` in vigil.yaml when set, else vigil.<firm>. */
export function checkpointOrigin(config: VigilConfig): string {
  return config.checkpoints?.origin ?? defaultOrigin(config.organisation.name);
}

/** Problems named in an export; past this they are counted (the CLI's `audit verify` names them all). */
const PROBLEMS_SHOWN = 20;

const count = (n: number) => n.toLocaleString('en-GB');

/** The sentences of what verified, and of what was not checked, when the export checked the newest records only. */
function recentSentences(v: Verification, scope: Extract<IntegrityScope, { kind: 'recent' }>): string[] {
  return [
    `the newest ${count(v.records)} records of the audit log's hash chain (records ${count(scope.after + 1)} to ${count(scope.through)}: every hash, and every link from record ${count(scope.after)} on);`,
    `the ${count(scope.rowsChecked)} evidence rows those records seal, each against its latest seal (none edited, deleted, or put back after its removal): ${v.tables.map((t) => `${t.table} ${count(t.rows)}`).join(', ')} rows.`,
    `NOT checked by this export, to keep it to seconds: records 1 to ${count(scope.after)}, the other ${count(Math.max(0, scope.rowsTotal - scope.rowsChecked))} evidence rows (last sealed before record ${count(scope.after + 1)}), and rows added outside Vigil that no record names. \`vigil audit verify\` checks the whole chain and every row; with \`--checkpoint\` and the firm's checkpoint file it also proves the older records were not rewritten.`,
  ];
}

/** The sentences of what verified: the chain, and each evidence table when rows were checked. */
function verifiedSentences(v: Verification): string[] {
  const out = [`the audit log's hash chain (${count(v.records)} records, every hash and link);`];
  if (v.evidenceChecked) {
    out.push(`every evidence row against the chain, both ways (none edited, deleted or added unrecorded): ${v.tables.map((t) => `${t.table} ${count(t.rows)}`).join(', ')} rows.`);
    if (v.coverageFrom && v.coverageFrom > 1) out.push(`Rows are bound one by one from chain record ${count(v.coverageFrom)}; older rows were sealed once at the upgrade.`);
  } else {
    out.push('evidence rows (answers, prompts, findings, notices, people) were NOT checked against the chain: this database does not bind them to it, so only the chain itself is proven.');
  }
  return out;
}

/**
 * Takes the checkpoint an export is made at (before reading any row, so the export's rows are at
 * least those it covers), then verifies the chain and evidence: all of it when the chain is
 * short, else its newest records and the rows they seal (see {@link IntegrityLimits}). The
 * checkpoint is signed when a key is given.
 */
export async function exportIntegrity(db: Db, config: VigilConfig, key?: SigningKey, limits: IntegrityLimits = EXPORT_INTEGRITY_LIMITS): Promise<ExportIntegrity> {
  const checkpoint = await makeCheckpoint(db, checkpointOrigin(config), key);
  const kept = checkpoint.size - ((await auditChainStart(db)) ?? (await auditChainTip(db)).seq + 1) + 1;
  let verification: Verification;
  let scope: IntegrityScope = { kind: 'full' };
  if (kept <= limits.fullUpTo) verification = await verifyAudit(db);
  else {
    const recent = await verifyRecent(db, limits.recent);
    const rowsChecked = recent.tables.reduce((n, t) => n + t.rows, 0);
    scope = { kind: 'recent', after: recent.after, through: recent.through, rowsChecked, rowsTotal: recent.totalRows };
    // Not every evidence row was checked: evidenceChecked says so to whoever reads only the flag.
    verification = { ok: recent.ok, records: recent.records, head: recent.head, problems: recent.problems, evidenceChecked: false, tables: recent.tables, coverageFrom: null, sealRecords: 0 };
  }
  const failures = verification.problems.slice(0, PROBLEMS_SHOWN).map((p) => (p.seq ? `Record ${p.seq}: ${p.message}` : p.message));
  if (verification.problems.length > PROBLEMS_SHOWN) failures.push(`…and ${count(verification.problems.length - PROBLEMS_SHOWN)} more problems (vigil audit verify names them all).`);
  if (!verification.ok && failures.length === 0) failures.push('The audit log does not verify.');
  if (!verification.ok && scope.kind === 'recent') failures.push(`This export checked only records ${count(scope.after + 1)} to ${count(scope.through)} and the ${count(scope.rowsChecked)} evidence rows they seal; \`vigil audit verify\` checks the whole chain and every row.`);
  const ok = verification.ok && failures.length === 0;
  const verified = !ok ? [] : scope.kind === 'recent' ? recentSentences(verification, scope) : verifiedSentences(verification);
  return { checkpoint, verification, scope, ok, verified, failures };
}

/** The integrity statement as plain text (the package's manifest, the JSON export). */
export function integrityText(integrity: ExportIntegrity): string {
  const { checkpoint } = integrity;
  const at = `This export was made at audit checkpoint ${checkpoint.origin} record ${checkpoint.size}, head hash ${checkpoint.hash} (${checkpoint.signedBy === 'unsigned' ? 'unsigned' : `signed by ${checkpoint.signedBy}`}): \`vigil audit verify --checkpoint\` with this checkpoint later proves the database still holds that record with that hash.`;
  if (!integrity.ok) return `Integrity does NOT verify: ${integrity.failures.join(' ')} ${at}`;
  return `Verified when exported: ${integrity.verified.join(' ')} ${at}`;
}
