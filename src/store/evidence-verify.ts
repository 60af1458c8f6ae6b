import { hash as sha } from 'node:crypto';
import { sql } from 'kysely';
import { auditAnchor, auditPages, ChainWalker, type AuditProblem, type AuditVerification, type FieldDifference } from './audit.ts';
import type { Db } from './database.ts';
import { SealIndex } from './evidence-verify-index.ts';
import { appendSeals, canonicalRow, canonicalValue, SEALED_TABLES, flushSeals, isSealAction, scanSealKeys, sealedValues, sealGroups, UNBOUND_COLUMNS, type EvidenceTable, type SealEntry, type SealGroup } from './seal.ts';
import { withBulkReader, type BulkReader } from './bulk-read.ts';
import { AnswerCopyPass } from './answer-copy-pass.ts';
import { answerCopyProblems } from './answer-copy-verify.ts';
import type { AuditLogTable } from './tables.ts';
import type { Selectable } from 'kysely';

/** The migration from which every evidence write is sealed. */
export const SEALING_MIGRATION = '0010-evidence-seals';

/** One evidence table as checked. */
export interface TableCheck {
  table: EvidenceTable;
  rows: number;
}

/** The chain and every evidence row, checked against each other. */
export interface EvidenceVerification extends AuditVerification {
  /** False for a database from before sealing (a backup, say): then only the chain was checked. */
  evidenceChecked: boolean;
  /** The tables checked, with their row counts. */
  tables: TableCheck[];
  /** The first chain record from which every evidence row is bound (null when not sealed). */
  coverageFrom: number | null;
  /** Records in the chain that carry seals. */
  sealRecords: number;
}

/** Problems named in detail; past this only their number grows (a wholesale rewrite needs no list of a million). */
const DETAILED_PROBLEMS = 10_000;

/** Rows read per page of an evidence table. */
const TABLE_PAGE = 1000;

const tableIndex = (table: string) => SEALED_TABLES.indexOf(table as EvidenceTable);

/**
 * Checks the audit chain and every evidence row against it, both ways: an edited row is named
 * with each changed field (the chain's value and the table's), a deleted row is named, and a row
 * no chain record binds is named; so is every edited, deleted or reordered chain record. Reads
 * the chain once and each table once, holding only a compact index of seals: on SQLite as one
 * snapshot, row by row as arrays (bulk-read.ts); on PostgreSQL a page at a time.
 */
export async function verifyAudit(db: Db): Promise<EvidenceVerification> {
  return withBulkReader(db, (held, reader) => verifyWith(held, reader));
}

async function verifyWith(db: Db, reader: BulkReader | undefined): Promise<EvidenceVerification> {
  const anchor = await auditAnchor(db);
  const sealed = await sealingEnabled(db);
  const walker = new ChainWalker(anchor);
  const built = await buildSealIndex(db, walker, sealed ? await countEvidence(db) : 0, reader);
  const chain = await walker.finish(db);
  const problems: AuditProblem[] = [...chain.problems];
  const tables: TableCheck[] = [];
  let extra = 0;
  if (sealed) {
    const found = new Problems();
    // Both sides sealed is not enough: each prompt's copy of its answer must also be that answer.
    // Read in the same pass on SQLite; on PostgreSQL the join checks every copy.
    const copies = reader ? new AnswerCopyPass(built.index) : undefined;
    for (const table of SEALED_TABLES) tables.push({ table, rows: reader ? checkRawTable(reader, built.index, table, found, copies) : await checkTable(db, built.index, table, found) });
    for (const { slot, table, seq } of built.index.unseenLive()) found.add({ kind: 'row-deleted', table: SEALED_TABLES[table]!, slot, seq });
    await found.describe(db, built.index);
    problems.push(...found.list);
    extra = found.beyondDetail;
    const suspects = copies ? copies.suspects() : undefined;
    if (suspects?.length !== 0) problems.push(...(await answerCopyProblems(db, suspects, found.list)));
  }
  if (extra > 0) problems.push({ seq: 0, kind: 'row-edited', message: `and ${extra} more evidence rows that do not match the chain (only the first ${DETAILED_PROBLEMS} are named)` });
  return {
    ...chain,
    ok: problems.length === 0,
    problems,
    evidenceChecked: sealed,
    tables,
    coverageFrom: sealed ? built.coverageFrom ?? (anchor?.seq ?? 0) + 1 : null,
    sealRecords: built.sealRecords,
  };
}

/** True when the database has the sealing migration: from then on every evidence row is bound. */
export async function sealingEnabled(db: Db): Promise<boolean> {
  const row = await sql<{ name: string }>`select name from kysely_migration where name = ${SEALING_MIGRATION}`.execute(db).catch(() => undefined);
  return (row?.rows.length ?? 0) > 0;
}

async function countEvidence(db: Db): Promise<number> {
  let total = 0;
  for (const table of SEALED_TABLES) total += Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return total;
}

/** The seal index over the whole chain, walking it (and checking it) as it goes; through `reader` when given. */
export async function buildSealIndex(db: Db, walker: ChainWalker, expectedRows: number, reader?: BulkReader): Promise<{ index: SealIndex; coverageFrom: number | undefined; sealRecords: number }> {
  await flushSeals(db);
  const index = new SealIndex(expectedRows);
  let coverageFrom: number | undefined;
  let sealRecords = 0;
  // The record being read, for `put` (one function for every record, not one per record).
  let [seq, data] = [0, ''];
  const put = (table: number, live: boolean, keyStart: number, keyEnd: number, digestAt: number) => index.putAt(table, data, keyStart, keyEnd, seq, data, digestAt, live);
  const take = (recordSeq: number, action: string, recordData: string) => {
    if (action === 'seal.coverage') coverageFrom = Number((parseData(recordData) as { from?: number } | undefined)?.from ?? NaN) || coverageFrom;
    if (!isSealAction(action)) return;
    // Keys and digests only: a row's values are read again for the rows that fail. Read in
    // place when the record is as sealRecord writes it, else parsed.
    [seq, data] = [recordSeq, recordData];
    if (scanSealKeys(action, data, put)) {
      sealRecords++;
      return;
    }
    const groups = sealGroups(action, data, false);
    if (!groups) return; // an edited record: the walker names it
    sealRecords++;
    for (const group of groups) {
      const table = tableIndex(group.table);
      const live = group.op !== 'delete';
      for (const [key, digest] of group.rows) index.put(table, key, recordSeq, digest, live);
    }
  };
  if (reader) {
    for (const [seq, at, actor, action, subject, data, prevHash, hash] of reader.chain(-1)) {
      walker.check(seq, at, actor, action, subject, data, prevHash, hash);
      take(seq, action, data);
    }
  } else {
    for await (const page of auditPages(db)) {
      for (const row of page) {
        walker.visit(row);
        take(Number(row.seq), row.action, row.data);
      }
    }
  }
  return { index, coverageFrom, sealRecords };
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** The seals of the records at these seqs, values included, read once each. */
export async function sealRecordsAt(db: Db, seqs: readonly number[]): Promise<Map<number, SealGroup[]>> {
  const records = new Map<number, SealGroup[]>();
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += 200) {
    const rows = await db.selectFrom('audit_log').select(['seq', 'action', 'data']).where('seq', 'in', sorted.slice(i, i + 200)).orderBy('seq').execute();
    for (const r of rows) {
      const groups = isSealAction(r.action) ? sealGroups(r.action, r.data, true) : undefined;
      if (groups) records.set(Number(r.seq), groups);
    }
  }
  return records;
}

/** Reads one table a page at a time (keyset on id) and checks each row against its seal. */
async function checkTable(db: Db, index: SealIndex, table: EvidenceTable, found: Problems): Promise<number> {
  const t = tableIndex(table);
  let rows = 0;
  let after: string | undefined;
  for (;;) {
    let query = db.selectFrom(table).selectAll().orderBy('id').limit(TABLE_PAGE);
    if (after !== undefined) query = query.where('id', '>', after);
    const page = (await query.execute()) as Record<string, unknown>[];
    const columns = page.length > 0 ? Object.keys(page[0]!) : [];
    const canonical = canonicalText(table, columns);
    for (const row of page) {
      const key = String(row.id);
      const slot = index.find(t, key);
      if (slot < 0 || !index.isLive(slot)) {
        found.add({ kind: 'row-unsealed', table, key, seq: slot < 0 ? 0 : index.seqOf(slot), row });
        continue;
      }
      index.markSeen(slot);
      if (!index.matches(slot, sha('sha256', canonical(columns.map((c) => row[c])), 'hex'))) found.add({ kind: 'row-edited', table, key, seq: index.seqOf(slot), row });
    }
    rows += page.length;
    if (page.length < TABLE_PAGE) return rows;
    after = String(page.at(-1)!.id);
  }
}

/**
 * {@link checkTable} through a bulk reader: the rows in storage order, as arrays; an object only
 * for a row that fails. Prompts and answers that pass are also read for `copies`.
 */
function checkRawTable(reader: BulkReader, index: SealIndex, table: EvidenceTable, found: Problems, copies?: AnswerCopyPass): number {
  const t = tableIndex(table);
  const { columns, rows: values } = reader.table(table);
  const canonical = canonicalText(table, columns);
  const copy = table === 'prompts' ? copies?.promptReader(columns) : table === 'answers' ? copies?.answerReader(columns) : undefined;
  const id = columns.indexOf('id');
  const object = (row: unknown[]) => Object.fromEntries(columns.map((c, i) => [c, row[i]]));
  let rows = 0;
  for (const row of values) {
    rows++;
    const key = String(row[id]);
    const slot = index.find(t, key);
    if (slot < 0 || !index.isLive(slot)) {
      found.add({ kind: 'row-unsealed', table, key, seq: slot < 0 ? 0 : index.seqOf(slot), row: object(row) });
      continue;
    }
    index.markSeen(slot);
    if (!index.matches(slot, sha('sha256', canonical(row), 'hex'))) found.add({ kind: 'row-edited', table, key, seq: index.seqOf(slot), row: object(row) });
    else copy?.(row, slot);
  }
  return rows;
}

/**
 * The text a row's digest is taken of, `JSON.stringify([table, canonicalRow(table, row)])`, made
 * from the row's values in `columns` order without an object per row: the bound columns' names
 * are sorted and quoted once, and each non-null value is appended as JSON text (quoted as it is
 * when nothing in it needs escaping, which is almost always: JSON.stringify per value was a
 * third of the cost).
 */
export function canonicalText(table: EvidenceTable, columns: readonly string[]): (values: readonly unknown[]) => string {
  const unbound = UNBOUND_COLUMNS[table];
  const bound = columns.map((name, at) => ({ name, at })).filter((c) => !unbound.includes(c.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const at = bound.map((c) => c.at);
  const first = bound.map((c) => `${JSON.stringify(c.name)}:`);
  const rest = first.map((name) => `,${name}`);
  const head = `[${JSON.stringify(table)},{`;
  return (values) => {
    let text = head;
    let names = first;
    for (let i = 0; i < at.length; i++) {
      const value = values[at[i]!];
      if (value === null || value === undefined) continue;
      const v = typeof value === 'string' ? value : canonicalValue(value);
      text += names[i]! + (PLAIN_JSON_STRING.test(v) ? `"${v}"` : JSON.stringify(v));
      names = rest;
    }
    return `${text}}]`;
  };
}

/** Text JSON quotes as it is: no quote, backslash, control character or surrogate (JSON.stringify escapes a lone one). */
const PLAIN_JSON_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

interface Suspect {
  kind: 'row-edited' | 'row-deleted' | 'row-unsealed';
  table: EvidenceTable;
  seq: number;
  key?: string;
  slot?: number;
  row?: Record<string, unknown>;
}

/** Rows that failed, gathered while reading, then described from their chain records. */
class Problems {
  readonly list: AuditProblem[] = [];
  private readonly suspects: Suspect[] = [];
  beyondDetail = 0;

  add(suspect: Suspect): void {
    if (this.suspects.length < DETAILED_PROBLEMS) this.suspects.push(suspect);
    else this.beyondDetail++;
  }

  /** Reads the chain records the suspects point at, once each, and words every problem. */
  async describe(db: Db, index: SealIndex): Promise<void> {
    const records = await sealRecordsAt(db, this.suspects.filter((s) => s.seq > 0).map((s) => s.seq));
    for (const s of this.suspects) this.list.push(describe(s, records.get(s.seq) ?? [], index));
  }
}

function describe(s: Suspect, groups: readonly SealGroup[], index: SealIndex): AuditProblem {
  const entries = groups.filter((g) => g.table === s.table).flatMap((g) => g.rows);
  if (s.kind === 'row-deleted') {
    // The index keeps fingerprints, not keys: the key is the entry of the record that landed in this slot.
    const entry = entries.find(([key]) => index.find(tableIndex(s.table), key) === s.slot);
    const key = entry?.[0] ?? '?';
    return { seq: s.seq, kind: 'row-deleted', table: s.table, key, message: `${s.table} ${key} was deleted: record ${s.seq} sealed it and no record removed it` };
  }
  const key = s.key!;
  if (s.kind === 'row-unsealed') {
    const why = s.seq > 0 ? `record ${s.seq} records it as removed` : 'no chain record binds it';
    return { seq: s.seq, kind: 'row-unsealed', table: s.table, key, message: `${s.table} ${key} is in the table but ${why}: it was added outside Vigil` };
  }
  const entry = entries.findLast(([k]) => k === key);
  const fields = fieldDifferences(s.table, key, entry, s.row!);
  const named = fields.length > 0 ? fields.map((f) => `${f.field}: chain ${show(f.chain)}, table ${show(f.table)}`).join('; ') : 'its digest differs from the one sealed';
  return { seq: s.seq, kind: 'row-edited', table: s.table, key, fields, message: `${s.table} ${key} was changed after record ${s.seq} sealed it: ${named}` };
}

/** The fields whose values differ between the seal and the row (personal fields compared by their digests). */
export function fieldDifferences(table: EvidenceTable, key: string, entry: SealEntry | undefined, row: Record<string, unknown>): FieldDifference[] {
  const chain = entry?.[2] ?? {};
  const now = sealedValues(table, key, canonicalRow(table, row));
  const fields = [...new Set([...Object.keys(chain), ...Object.keys(now)])].sort();
  return fields.filter((f) => chain[f] !== now[f]).map((field) => ({ field, chain: chain[field] ?? null, table: now[field] ?? null }));
}

const show = (value: string | null) => (value === null ? '(none)' : JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value));

/**
 * Re-states, in new records, the latest seal of every row still bound only by records at or
 * before `throughSeq`: a purge is about to remove those records. The seal is copied from the
 * chain, not taken afresh from the table, so an edit made before the purge is still caught after
 * it. Returns how many rows were carried.
 */
export async function carrySeals(db: Db, throughSeq: number, context: { actor: string; now: Date; cause: string }): Promise<number> {
  const { index } = await buildSealIndex(db, new ChainWalker(await auditAnchor(db)), await countEvidence(db));
  const seqs = [...new Set(Array.from(index.liveAtOrBefore(throughSeq), (s) => s.seq))].sort((a, b) => a - b);
  const pending = new Map<EvidenceTable, SealEntry[]>();
  let carried = 0;
  const flush = async (table: EvidenceTable, all = false) => {
    const entries = pending.get(table) ?? [];
    if (entries.length === 0 || (!all && entries.length < 100)) return;
    await appendSeals(db, table, 'carry', entries, context);
    pending.set(table, []);
  };
  for (let i = 0; i < seqs.length; i += 200) {
    const records = await sealRecordsAt(db, seqs.slice(i, i + 200));
    for (const [seq, groups] of records) {
      for (const group of groups) {
        if (group.op === 'delete') continue;
        for (const entry of group.rows) {
          const slot = index.find(tableIndex(group.table), entry[0]);
          if (slot < 0 || !index.isLive(slot) || index.seqOf(slot) !== seq) continue;
          if (!pending.has(group.table)) pending.set(group.table, []);
          pending.get(group.table)!.push(entry);
          carried++;
          await flush(group.table);
        }
      }
    }
  }
  for (const table of SEALED_TABLES) await flush(table, true);
  return carried;
}
