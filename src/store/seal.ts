import { createHash } from 'node:crypto';
import { appendAudit, type AuditRecord } from './audit.ts';
import type { Db } from './database.ts';

/** The evidence tables whose every row the audit chain must vouch for. */
export type EvidenceTable = 'answers' | 'prompts' | 'findings' | 'notices' | 'people';

/**
 * Columns left out of a row's seal: bookkeeping that only schedules work or records when a sync
 * last ran. Every fact they lead to (a notice sent, a status change) is itself a sealed write.
 */
export const UNBOUND_COLUMNS: Readonly<Record<EvidenceTable, readonly string[]>> = {
  answers: [],
  prompts: ['next_action_at'],
  findings: [],
  notices: [],
  people: ['synced_at'],
};

/** A row value after normalisation: SQLite and PostgreSQL drivers return numbers differently. */
type Canonical = string;

function canonicalValue(value: unknown): Canonical {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * The one serialisation of a row: its bound, non-null columns in sorted order with values as
 * text. Leaving nulls out keeps old seals valid when a later migration adds a nullable column.
 */
export function canonicalRow(table: EvidenceTable, row: Record<string, unknown>): Record<string, Canonical> {
  const unbound = new Set(UNBOUND_COLUMNS[table]);
  const out: Record<string, Canonical> = {};
  for (const key of Object.keys(row).sort()) {
    const value = row[key];
    if (value === null || value === undefined || unbound.has(key)) continue;
    out[key] = canonicalValue(value);
  }
  return out;
}

/** SHA-256 of a row's canonical form. */
export function rowDigest(table: EvidenceTable, row: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify([table, canonicalRow(table, row)])).digest('hex');
}

/** One write to an evidence table, as the chain records it. */
export interface SealedWrite {
  table: EvidenceTable;
  key: string;
  op: 'insert' | 'update' | 'delete';
  /** The row as written (for a delete, as it was before). */
  row: Record<string, unknown>;
}

/**
 * Appends a chain record binding a write to its row's digest and canonical values (kept so a
 * verifier can name the edited field). Call it in the transaction that makes the write.
 */
export async function sealWrite(db: Db, write: SealedWrite, actor: string, now: Date): Promise<AuditRecord> {
  const values = canonicalRow(write.table, write.row);
  return appendAudit(db, {
    actor,
    action: `seal.${write.op}`,
    subject: `${write.table}:${write.key}`,
    data: { table: write.table, key: write.key, digest: rowDigest(write.table, write.row), values },
  }, now);
}
