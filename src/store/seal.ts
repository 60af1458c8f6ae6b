import { hash as sha } from 'node:crypto';
import { appendAudit } from './audit.ts';
import type { Db } from './database.ts';

/** The evidence tables whose every row the audit chain must vouch for (each keyed by `id`). */
export type EvidenceTable = 'answers' | 'prompts' | 'findings' | 'notices' | 'people';

/** The evidence tables, in the order verification reads them. */
export const EVIDENCE_TABLES: readonly EvidenceTable[] = ['people', 'prompts', 'answers', 'findings', 'notices'];

/**
 * Columns left out of a row's seal: bookkeeping that only schedules work or records when a sync
 * last ran. Every fact they lead to (a notice sent, a status change) is itself a sealed write.
 * Every other column, including any a later migration adds, is bound.
 */
export const UNBOUND_COLUMNS: Readonly<Record<EvidenceTable, readonly string[]>> = {
  answers: [],
  prompts: ['next_action_at'],
  findings: [],
  notices: [],
  people: ['synced_at'],
};

/**
 * Columns bound by the row digest but kept in the chain only as a digest of their own, not in
 * clear: the chain is append-only, and forgetting a leaver must not leave their name and
 * address readable in it. Verification still names the field that changed.
 */
export const PERSONAL_COLUMNS: Readonly<Record<EvidenceTable, readonly string[]>> = {
  answers: [],
  prompts: [],
  findings: [],
  notices: [],
  people: ['name', 'email', 'slack_id', 'teams_aad_object_id'],
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
 * Every column is TEXT or INTEGER on both SQLite and PostgreSQL (instants are ISO text, booleans
 * 0/1), so the drivers return the same values.
 */
export function canonicalRow(table: EvidenceTable, row: Record<string, unknown>): Record<string, Canonical> {
  const unbound = UNBOUND_COLUMNS[table];
  const out: Record<string, Canonical> = {};
  for (const key of Object.keys(row).sort()) {
    const value = row[key];
    if (value === null || value === undefined || unbound.includes(key)) continue;
    out[key] = canonicalValue(value);
  }
  return out;
}

/** SHA-256 of a row's canonical form. */
export function rowDigest(table: EvidenceTable, row: Record<string, unknown>): string {
  return digestOfCanonical(table, canonicalRow(table, row));
}

/** SHA-256 of an already canonical row. */
export function digestOfCanonical(table: EvidenceTable, canonical: Record<string, Canonical>): string {
  return sha('sha256', JSON.stringify([table, canonical]), 'hex');
}

/** How a personal column's value is kept in the chain: a digest tied to its row and field. */
export function personalValue(table: EvidenceTable, key: string, field: string, value: string): string {
  return `sha256:${sha('sha256', JSON.stringify([table, key, field, value]), 'hex').slice(0, 32)}`;
}

/** The values a seal keeps for naming an edited field: the canonical row, personal columns digested. */
export function sealedValues(table: EvidenceTable, key: string, canonical: Record<string, Canonical>): Record<string, Canonical> {
  const personal = PERSONAL_COLUMNS[table];
  if (personal.length === 0) return canonical;
  const out: Record<string, Canonical> = {};
  for (const [field, value] of Object.entries(canonical)) out[field] = personal.includes(field) ? personalValue(table, key, field, value) : value;
  return out;
}

/** What kind of write a seal record binds. `carry` re-states an older seal when a purge removes its record. */
export type SealOp = 'insert' | 'update' | 'delete' | 'carry' | 'baseline';

/** One row in a seal record: its key, its digest, and (except for deletes) its sealed values. */
export type SealEntry = [key: string, digest: string, values?: Record<string, Canonical>];

/** The `data` of a seal record. */
export interface SealData {
  table: EvidenceTable;
  rows: SealEntry[];
  /** Why, when it is not the ordinary write (a migration, a purge, a forget). */
  cause?: string;
}

/** The chain action of a seal record. */
export const sealAction = (op: SealOp) => `seal.${op}`;

/** True for the chain actions that carry seals. */
export const isSealAction = (action: string) => action.startsWith('seal.') && action !== 'seal.coverage';

/** Who and when a seal record names. */
export interface SealContext {
  actor: string;
  now: Date;
  cause?: string;
}

/** Rows per seal record: bounds a record's size when a write touches many rows. */
const ROWS_PER_RECORD = 100;

/**
 * Seals rows as they are now stored: re-reads them by id (so every column, including those a
 * later migration adds, is bound, in the form the database returns) and appends one chain record
 * per batch binding each row's digest. Call it right after the write, in the same transaction.
 */
export async function sealRows(db: Db, table: EvidenceTable, ids: readonly string[], op: 'insert' | 'update' | 'baseline', context: SealContext): Promise<void> {
  for (let i = 0; i < ids.length; i += ROWS_PER_RECORD) {
    const chunk = ids.slice(i, i + ROWS_PER_RECORD);
    const rows: Record<string, unknown>[] = [];
    for (let j = 0; j < chunk.length; j += 500) {
      rows.push(...(await db.selectFrom(table).selectAll().where('id', 'in', chunk.slice(j, j + 500)).execute()) as Record<string, unknown>[]);
    }
    await appendSeals(db, table, op, rows.map((row) => sealEntry(table, row)), context);
  }
}

/** A row's seal entry: key, digest and sealed values. */
export function sealEntry(table: EvidenceTable, row: Record<string, unknown>): SealEntry {
  const key = String(row.id);
  const canonical = canonicalRow(table, row);
  return [key, digestOfCanonical(table, canonical), sealedValues(table, key, canonical)];
}

/**
 * Records that rows were removed: their keys and the digests they had. Read the rows before
 * deleting them, in the same transaction.
 */
export async function sealRemoved(db: Db, table: EvidenceTable, rows: readonly Record<string, unknown>[], context: SealContext): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_RECORD) {
    const entries = rows.slice(i, i + ROWS_PER_RECORD).map((row): SealEntry => [String(row.id), rowDigest(table, row)]);
    await appendSeals(db, table, 'delete', entries, context);
  }
}

/** Appends seal entries already made (a purge re-stating older seals), in records of bounded size. */
export async function appendSeals(db: Db, table: EvidenceTable, op: SealOp, entries: readonly SealEntry[], context: SealContext): Promise<void> {
  for (let i = 0; i < entries.length; i += ROWS_PER_RECORD) {
    const rows = entries.slice(i, i + ROWS_PER_RECORD);
    if (rows.length === 0) continue;
    const data: SealData = { table, rows, ...(context.cause ? { cause: context.cause } : {}) };
    const subject = rows.length === 1 ? `${table}:${rows[0]![0]}` : `${table} (${rows.length} rows)`;
    await appendAudit(db, { actor: context.actor, action: sealAction(op), subject, data: data as unknown as Record<string, unknown> }, context.now);
  }
}
