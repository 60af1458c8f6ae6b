import { hash as sha } from 'node:crypto';
import { appendAudit } from './audit.ts';
import type { Db } from './database.ts';

/** The evidence tables whose every row the audit chain must vouch for (each keyed by `id`). */
export type EvidenceTable = 'answers' | 'prompts' | 'findings' | 'notices' | 'people' | 'absences';

/**
 * The evidence tables there were when sealing began: migration 0010 reads this list to seal the
 * rows it found, so it stays as it was then (a later table would not exist yet when it runs).
 */
export const EVIDENCE_TABLES: readonly EvidenceTable[] = ['people', 'prompts', 'answers', 'findings', 'notices'];

/**
 * Every sealed table, in the order verification reads them: those above, then tables added
 * since, appended (verification indexes tables by their place in this list).
 */
export const SEALED_TABLES: readonly EvidenceTable[] = [...EVIDENCE_TABLES, 'absences'];

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
  absences: [],
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
  absences: [],
};

/** A row value after normalisation: SQLite and PostgreSQL drivers return numbers differently. */
type Canonical = string;

/** A value as text: the one form both drivers' values take in a seal. */
export function canonicalValue(value: unknown): Canonical {
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

/** One row in a seal: its key, its digest, and (except for deletes) its sealed values. */
export type SealEntry = [key: string, digest: string, values?: Record<string, Canonical>];

/**
 * The `data` of a seal record as first written (up to this change): one table, each row's values
 * inside its entry. Still read, never rewritten.
 */
export interface SealData {
  table: EvidenceTable;
  rows: SealEntry[];
  /** Why, when it is not the ordinary write (a migration, a purge, a forget). */
  cause?: string;
}

/** Rows of one table sealed by one write, as a record carries them. */
export interface SealGroup {
  table: EvidenceTable;
  op: SealOp;
  rows: SealEntry[];
  /** Who made the write, when not the record's actor (a batch joins the writes of one transaction). */
  by?: string;
  cause?: string;
}

/**
 * The chain action of a seal record. `seal.batch` joins every seal of one transaction (an answer's
 * row, its prompt's update and a finding opened, say) in one record, each group with its op.
 */
export const sealAction = (op: SealOp) => `seal.${op}`;
const BATCH_ACTION = 'seal.batch';

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
 * A seal record's fields. Keys and digests come first and each row's values after them, under
 * `values` (null for a removal), so verification reads keys and digests without parsing the
 * values, which it needs only to name the fields of a row that fails:
 * one table: `{"table","rows":[[key,digest],...],"values":[...],"cause"?}` (action seal.<op>);
 * several: `{"seals":[{"table","op","rows","by"?,"cause"?}],"values":[[...],...]}` (seal.batch).
 */
export function sealRecord(actor: string, groups: readonly SealGroup[]): { action: string; subject: string; data: Record<string, unknown> } {
  const bare = (rows: readonly SealEntry[]) => rows.map(([key, digest]): SealEntry => [key, digest]);
  const values = (rows: readonly SealEntry[]) => rows.map((entry) => entry[2] ?? null);
  const rows = groups.reduce((n, g) => n + g.rows.length, 0);
  if (groups.length === 1) {
    const [g] = groups as [SealGroup];
    const subject = rows === 1 ? `${g.table}:${g.rows[0]![0]}` : `${g.table} (${rows} rows)`;
    return { action: sealAction(g.op), subject, data: { table: g.table, rows: bare(g.rows), values: values(g.rows), ...(g.cause ? { cause: g.cause } : {}) } };
  }
  const seals = groups.map((g) => ({ table: g.table, op: g.op, rows: bare(g.rows), ...(g.by && g.by !== actor ? { by: g.by } : {}), ...(g.cause ? { cause: g.cause } : {}) }));
  const subject = groups.map((g) => (g.rows.length === 1 ? `${g.table}:${g.rows[0]![0]}` : `${g.table} (${g.rows.length} rows)`)).join(', ');
  return { action: BATCH_ACTION, subject, data: { seals, values: groups.map((g) => values(g.rows)) } };
}

/**
 * The seals a record carries, in order, in either format. With `withValues` false only keys and
 * digests are read: the text before `,"values":` (which cannot occur inside a JSON string, where a
 * quote is escaped) is parsed alone. Undefined for a record whose data is not a seal's (edited:
 * the chain walk names it).
 */
export function sealGroups(action: string, text: string, withValues: boolean): SealGroup[] | undefined {
  let data: { table?: unknown; rows?: unknown; seals?: unknown; values?: unknown; cause?: unknown };
  try {
    const cut = withValues ? -1 : text.indexOf(',"values":[');
    data = JSON.parse(cut > 0 && text[cut - 1] === ']' ? `${text.slice(0, cut)}}` : text) as typeof data;
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object') return undefined;
  const groups = action === BATCH_ACTION ? data.seals : [{ table: data.table, op: action.slice('seal.'.length), rows: data.rows, cause: data.cause }];
  const values = action === BATCH_ACTION ? data.values : [data.values];
  if (!Array.isArray(groups)) return undefined;
  const out: SealGroup[] = [];
  for (const [i, g] of (groups as SealGroup[]).entries()) {
    if (!g || !SEALED_TABLES.includes(g.table) || !Array.isArray(g.rows)) return undefined;
    const own = Array.isArray(values) && Array.isArray(values[i]) ? (values[i] as (Record<string, Canonical> | null)[]) : undefined;
    const rows = own ? g.rows.map(([key, digest], j): SealEntry => (own[j] ? [key, digest, own[j]!] : [key, digest])) : g.rows;
    out.push({ table: g.table, op: g.op, rows, ...(g.by ? { by: g.by } : {}), ...(g.cause ? { cause: g.cause } : {}) });
  }
  return out;
}

/**
 * Seals written inside a write transaction wait here and go into the chain together, in the
 * order written, before the transaction's next other record and before it commits: one record
 * for an answer's row, its prompt's update and a finding, instead of one each.
 */
const pending = new WeakMap<object, { groups: SealGroup[]; actor: string; at: Date }>();

/** Makes `db` (a transaction) gather its seals until {@link flushSeals}. */
export function gatherSeals(db: Db): void {
  pending.set(db, { groups: [], actor: '', at: new Date(0) });
}

/** Appends the seals `db` gathered, in records of bounded size; stops gathering when `stop`. */
export async function flushSeals(db: Db, stop = false): Promise<void> {
  const batch = pending.get(db);
  if (!batch) return;
  if (stop) pending.delete(db);
  if (batch.groups.length === 0) return;
  const groups = batch.groups.splice(0);
  const context = { actor: batch.actor, now: batch.at };
  [batch.actor, batch.at] = ['', new Date(0)];
  let record: SealGroup[] = [];
  let rows = 0;
  for (const group of groups) {
    for (let i = 0; i < group.rows.length; i += ROWS_PER_RECORD) {
      const part = { ...group, rows: group.rows.slice(i, i + ROWS_PER_RECORD) };
      if (rows + part.rows.length > ROWS_PER_RECORD) {
        await writeSealRecord(db, record, context);
        [record, rows] = [[], 0];
      }
      record.push(part);
      rows += part.rows.length;
    }
  }
  await writeSealRecord(db, record, context);
}

async function writeSealRecord(db: Db, groups: SealGroup[], context: { actor: string; now: Date }): Promise<void> {
  if (groups.length === 0) return;
  const actor = groups[0]!.by ?? context.actor;
  const { action, subject, data } = sealRecord(actor, groups);
  await appendAudit(db, { actor, action, subject, data }, context.now);
}

/**
 * Seals rows as they are now stored: re-reads them by id (so every column, including those a
 * later migration adds, is bound, in the form the database returns) and appends one chain record
 * per batch binding each row's digest. Call it right after the write, in the same transaction.
 */
export async function sealRows(db: Db, table: EvidenceTable, ids: readonly string[], op: 'insert' | 'update' | 'baseline', context: SealContext): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  for (let j = 0; j < ids.length; j += 500) {
    rows.push(...(await db.selectFrom(table).selectAll().where('id', 'in', ids.slice(j, j + 500)).execute()) as Record<string, unknown>[]);
  }
  await appendSeals(db, table, op, rows.map((row) => sealEntry(table, row)), context);
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
  await appendSeals(db, table, 'delete', rows.map((row): SealEntry => [String(row.id), rowDigest(table, row)]), context);
}

/**
 * Appends seal entries (a purge re-stating older seals, say), in records of bounded size; inside
 * a transaction that gathers seals, they join its batch.
 */
export async function appendSeals(db: Db, table: EvidenceTable, op: SealOp, entries: readonly SealEntry[], context: SealContext): Promise<void> {
  if (entries.length === 0) return;
  const group: SealGroup = { table, op, rows: [...entries], by: context.actor, ...(context.cause ? { cause: context.cause } : {}) };
  const batch = pending.get(db);
  if (batch) {
    if (batch.groups.length === 0) batch.actor = context.actor;
    if (context.now > batch.at) batch.at = context.now;
    batch.groups.push(group);
    return;
  }
  for (let i = 0; i < entries.length; i += ROWS_PER_RECORD) await writeSealRecord(db, [{ ...group, rows: group.rows.slice(i, i + ROWS_PER_RECORD) }], context);
}

const [QUOTE, COMMA, OPEN_BRACKET, CLOSE_BRACKET, BACKSLASH] = [34, 44, 91, 93, 92];

/** Where a record's seals are, as {@link scanSealKeys} finds them: five numbers per row. */
const scanned: number[] = [];

/**
 * The keys and digests of a seal record read in place, without parsing it: for each row sealed,
 * `visit` gets its table (index in SEALED_TABLES), whether the row is live (not a removal), where its key lies in
 * `text` (`[keyStart, keyEnd)`) and where its digest's hex starts. Only the exact text
 * {@link sealRecord} writes is read so (keys and digests first, no escape in a key, a digest of 64
 * characters); for anything else (the first format, an edited record) it visits nothing and
 * returns false, and {@link sealGroups} reads the record. Verification reads millions of them:
 * each step below is a function of the text and a position, returning the position after what
 * it read or -1, with characters compared by code (a cursor object and startsWith cost three
 * times the reading).
 */
export function scanSealKeys(action: string, text: string, visit: (table: number, live: boolean, keyStart: number, keyEnd: number, digestAt: number) => void): boolean {
  scanned.length = 0;
  let i: number;
  if (action === BATCH_ACTION) {
    i = literal(text, 0, '{"seals":[');
    i = i < 0 ? -1 : text.charCodeAt(i) === CLOSE_BRACKET ? i + 1 : groups(text, i);
  } else {
    i = literal(text, 0, '{"table":"');
    const t = i < 0 ? -1 : table(text, i);
    i = t < 0 ? -1 : literal(text, tableEnd, ',');
    if (i >= 0) i = rows(text, i, t, action !== sealAction('delete'));
  }
  if (i < 0 || literal(text, i, ',"values":[') < 0) return false;
  for (let k = 0; k < scanned.length; k += 5) visit(scanned[k]!, scanned[k + 1] === 1, scanned[k + 2]!, scanned[k + 3]!, scanned[k + 4]!);
  return true;
}

/** The position after `expected` when the text has it at `i`, else -1. */
function literal(text: string, i: number, expected: string): number {
  if (i < 0) return -1;
  for (let j = 0; j < expected.length; j++) if (text.charCodeAt(i + j) !== expected.charCodeAt(j)) return -1;
  return i + expected.length;
}

/** A string's end (its closing quote), from just inside its opening one; -1 for an escape or a control character. */
function stringEnd(text: string, i: number): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j;
    if (c === BACKSLASH || c < 32) return -1;
  }
  return -1;
}

/** Where the table name {@link table} read ends (past its closing quote). */
let tableEnd = -1;

/** An evidence table's name (from inside its opening quote): its index in SEALED_TABLES, or -1; sets {@link tableEnd}. */
function table(text: string, i: number): number {
  const end = stringEnd(text, i);
  tableEnd = end + 1;
  if (end < 0) return -1;
  for (let t = 0; t < SEALED_TABLES.length; t++) {
    const name = SEALED_TABLES[t]!;
    if (name.length === end - i && literal(text, i, name) === end) return t;
  }
  return -1;
}

/** `"rows":[["key","digest"],...]` from `i`, each row kept in `scanned`: the position after it, or -1. */
function rows(text: string, i: number, t: number, live: boolean): number {
  i = literal(text, i, '"rows":[');
  if (i < 0) return -1;
  if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
  for (;;) {
    if (text.charCodeAt(i) !== OPEN_BRACKET || text.charCodeAt(i + 1) !== QUOTE) return -1;
    const keyStart = i + 2;
    const keyEnd = stringEnd(text, keyStart);
    if (keyEnd < 0 || text.charCodeAt(keyEnd + 1) !== COMMA || text.charCodeAt(keyEnd + 2) !== QUOTE) return -1;
    // The digest's digits are not checked here (that was half the scan): the index reads them
    // and marks a digest that is not hex as matching no row, so the row is named.
    const digestAt = keyEnd + 3;
    const digestEnd = digestAt + 64;
    if (text.charCodeAt(digestEnd) !== QUOTE || text.charCodeAt(digestEnd + 1) !== CLOSE_BRACKET) return -1;
    scanned.push(t, live ? 1 : 0, keyStart, keyEnd, digestAt);
    const next = text.charCodeAt(digestEnd + 2);
    i = digestEnd + 3;
    if (next === CLOSE_BRACKET) return i;
    if (next !== COMMA) return -1;
  }
}

/** A batch's groups, `{"table","op","rows","by"?,"cause"?}` each, through the closing `]`: the position after it, or -1. */
function groups(text: string, i: number): number {
  for (;;) {
    i = literal(text, i, '{"table":"');
    const t = i < 0 ? -1 : table(text, i);
    i = t < 0 ? -1 : literal(text, tableEnd, ',"op":"');
    const opEnd = i < 0 ? -1 : stringEnd(text, i);
    if (opEnd < 0) return -1;
    const live = !(opEnd - i === 6 && literal(text, i, 'delete') === opEnd);
    i = literal(text, opEnd + 1, ',');
    i = i < 0 ? -1 : rows(text, i, t, live);
    if (i >= 0 && literal(text, i, ',"by":"') >= 0) i = skipString(text, i + ',"by":"'.length);
    if (i >= 0 && literal(text, i, ',"cause":"') >= 0) i = skipString(text, i + ',"cause":"'.length);
    i = literal(text, i, '}');
    if (i < 0) return -1;
    if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
    if (text.charCodeAt(i) !== COMMA) return -1;
    i++;
  }
}

/** Past a string that is not a key (who, why), escapes and all, as JSON reads them: the position after its closing quote, or -1. */
function skipString(text: string, i: number): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c < 32) return -1;
    if (c !== BACKSLASH) continue;
    const e = text[++j];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 1, j + 5))) return -1;
      j += 4;
    } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return -1;
  }
  return -1;
}
