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
