import { auditAnchor, GENESIS_HASH } from './audit.ts';
import type { Db } from './database.ts';

/** A place in the audit chain: the record at `seq` has hash `hash` (seq 0 is the genesis). */
export interface ChainPoint {
  seq: number;
  hash: string;
  /** When that record was written; absent for the genesis and a purge anchor. */
  at?: string;
}

/**
 * The chain's tip: its last record, else the anchor a purge left, else the genesis. What a
 * checkpoint states (the chain's size is the tip's seq, counting records a purge removed).
 */
export async function auditChainTip(db: Db): Promise<ChainPoint> {
  const row = await db.selectFrom('audit_log').select(['seq', 'hash', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (row) return { seq: Number(row.seq), hash: row.hash, at: row.at };
  const anchor = await auditAnchor(db);
  return anchor ? { seq: anchor.seq, hash: anchor.hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * The chain's record at `seq` as the database holds it now, the purge anchor when `seq` is where
 * a purge left the chain, or undefined when no such record is kept (cut off, or purged before).
 */
export async function auditChainPoint(db: Db, seq: number): Promise<ChainPoint | undefined> {
  if (seq === 0) return { seq: 0, hash: GENESIS_HASH };
  const row = await db.selectFrom('audit_log').select(['seq', 'hash', 'at']).where('seq', '=', seq).executeTakeFirst();
  if (row) return { seq: Number(row.seq), hash: row.hash, at: row.at };
  const anchor = await auditAnchor(db);
  return anchor?.seq === seq ? { seq: anchor.seq, hash: anchor.hash } : undefined;
}

/** The first record still kept (after any purge), for saying why an old checkpoint cannot be checked. */
export async function auditChainStart(db: Db): Promise<number | undefined> {
  const row = await db.selectFrom('audit_log').select('seq').orderBy('seq').limit(1).executeTakeFirst();
  return row ? Number(row.seq) : undefined;
}
