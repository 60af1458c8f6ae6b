import type { VigilConfig } from '../config/schema.ts';
import { verifyAudit, type Db, type EvidenceVerification } from '../store/index.ts';
import { defaultOrigin, type Checkpoint, type SigningKey } from './checkpoint.ts';
import { makeCheckpoint } from './checkpoint-verify.ts';

/**
 * What `verifyAudit` found: the chain, and each evidence table with its rows checked against it
 * (`evidenceChecked: false` for a database from before sealing: then only the chain was checked,
 * and an export must not claim more).
 */
export type Verification = EvidenceVerification;

/** The checkpoint an export was made at, and what was verified beside it. */
export interface ExportIntegrity {
  checkpoint: Checkpoint & { text: string; signedBy: string };
  verification: Verification;
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
 * least those it covers), then verifies the chain and evidence. The checkpoint is signed when a
 * key is given.
 */
export async function exportIntegrity(db: Db, config: VigilConfig, key?: SigningKey): Promise<ExportIntegrity> {
  const checkpoint = await makeCheckpoint(db, checkpointOrigin(config), key);
  const verification: Verification = await verifyAudit(db);
  const failures = verification.problems.slice(0, PROBLEMS_SHOWN).map((p) => (p.seq ? `Record ${p.seq}: ${p.message}` : p.message));
  if (verification.problems.length > PROBLEMS_SHOWN) failures.push(`…and ${count(verification.problems.length - PROBLEMS_SHOWN)} more problems (vigil audit verify names them all).`);
  if (!verification.ok && failures.length === 0) failures.push('The audit log does not verify.');
  const ok = verification.ok && failures.length === 0;
  return { checkpoint, verification, ok, verified: ok ? verifiedSentences(verification) : [], failures };
}

/** The integrity statement as plain text (the package's manifest, the JSON export). */
export function integrityText(integrity: ExportIntegrity): string {
  const { checkpoint } = integrity;
  const at = `This export was made at audit checkpoint ${checkpoint.origin} record ${checkpoint.size}, head hash ${checkpoint.hash} (${checkpoint.signedBy === 'unsigned' ? 'unsigned' : `signed by ${checkpoint.signedBy}`}): \`vigil audit verify --checkpoint\` with this checkpoint later proves the database still holds that record with that hash.`;
  if (!integrity.ok) return `Integrity does NOT verify: ${integrity.failures.join(' ')} ${at}`;
  return `Verified when exported: ${integrity.verified.join(' ')} ${at}`;
}
