import { createHash } from 'node:crypto';
import type { Db } from './database.ts';

/** What happened, by whom, to what. */
export interface AuditEntry {
  actor: string;
  action: string;
  subject?: string;
  data?: Record<string, unknown>;
}

/** A record as stored, with its place in the chain. */
export interface AuditRecord extends Required<Omit<AuditEntry, 'subject'>> {
  seq: number;
  at: Date;
  subject: string | null;
  prevHash: string;
  hash: string;
}

/** The hash before the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of a record: SHA-256 over its fields and the previous record's hash. */
export function auditHash(fields: { seq: number; at: string; actor: string; action: string; subject: string | null; data: string; prevHash: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([fields.seq, fields.at, fields.actor, fields.action, fields.subject, fields.data, fields.prevHash]))
    .digest('hex');
}

/**
 * Appends a record to the hash chain. Call it inside the transaction that makes the change it
 * records, so the two commit together; concurrent writers serialise on the primary key.
 */
export async function appendAudit(db: Db, entry: AuditEntry, now: Date): Promise<AuditRecord> {
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = (last ? Number(last.seq) : 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = now.toISOString();
  const subject = entry.subject ?? null;
  const data = JSON.stringify(entry.data ?? {});
  const hash = auditHash({ seq, at, actor: entry.actor, action: entry.action, subject, data, prevHash });
  await db.insertInto('audit_log').values({ seq, at, actor: entry.actor, action: entry.action, subject, data, prev_hash: prevHash, hash }).execute();
  return { seq, at: now, actor: entry.actor, action: entry.action, subject, data: entry.data ?? {}, prevHash, hash };
}

/** The records in order, for reading and verification. */
export async function listAudit(db: Db, options: { limit?: number } = {}): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('seq');
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: new Date(row.at),
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    data: JSON.parse(row.data) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}

/** Something wrong in the audit chain, naming the record. */
export interface AuditProblem {
  seq: number;
  kind: 'edited' | 'deleted' | 'reordered' | 'broken-link';
  message: string;
}

/** The result of checking the chain. */
export interface AuditVerification {
  ok: boolean;
  records: number;
  /** The hash of the last record: what an export quotes. */
  head: string;
  problems: AuditProblem[];
}

/** Where the chain starts after a purge: the last removed record. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

const ANCHOR_KEY = 'audit.anchor';

/** The anchor a purge left, if any. */
export async function auditAnchor(db: Db): Promise<AuditAnchor | undefined> {
  // A database from before the engine's migration has no engine_state, and so no anchor.
  const row = await db.selectFrom('engine_state').select('value').where('key', '=', ANCHOR_KEY).executeTakeFirst().catch(() => undefined);
  return row ? (JSON.parse(row.value) as AuditAnchor) : undefined;
}

/** Records the anchor after a purge removed every record up to and including `anchor.seq`. */
export async function setAuditAnchor(db: Db, anchor: AuditAnchor): Promise<void> {
  const value = JSON.stringify(anchor);
  await db.insertInto('engine_state').values({ key: ANCHOR_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}

/**
 * Walks the chain from the genesis (or the purge anchor) and names every record that was
 * edited (its hash no longer matches its fields), deleted (a gap in the sequence), or reordered
 * (it points at a record that now comes after it).
 */
export async function verifyAudit(db: Db): Promise<AuditVerification> {
  const anchor = await auditAnchor(db);
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const problems: AuditProblem[] = [];
  const positionOfHash = new Map(rows.map((r, i) => [r.hash, i]));
  let expectedSeq = (anchor?.seq ?? 0) + 1;
  let expectedPrev = anchor?.hash ?? GENESIS_HASH;
  rows.forEach((row, i) => {
    const seq = Number(row.seq);
    const recomputed = auditHash({ seq, at: row.at, actor: row.actor, action: row.action, subject: row.subject, data: row.data, prevHash: row.prev_hash });
    if (recomputed !== row.hash) {
      problems.push({ seq, kind: 'edited', message: `record ${seq} (${row.action} by ${row.actor}) was changed after it was written: its hash does not match its contents` });
    }
    if (seq !== expectedSeq) {
      const missing = expectedSeq === seq - 1 ? `record ${expectedSeq} is` : `records ${expectedSeq}–${seq - 1} are`;
      problems.push({ seq: expectedSeq, kind: 'deleted', message: `${missing} missing before record ${seq}` });
    } else if (row.prev_hash !== expectedPrev) {
      const later = positionOfHash.get(row.prev_hash);
      if (later !== undefined && later > i) {
        problems.push({ seq, kind: 'reordered', message: `record ${seq} follows record ${Number(rows[later]!.seq)}, which now comes after it: records were reordered` });
      } else {
        problems.push({ seq, kind: 'broken-link', message: `record ${seq} does not follow the record before it (its previous-hash does not match)` });
      }
    }
    expectedSeq = seq + 1;
    expectedPrev = row.hash;
  });
  return { ok: problems.length === 0, records: rows.length, head: rows.at(-1)?.hash ?? anchor?.hash ?? GENESIS_HASH, problems };
}
