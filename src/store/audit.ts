import { hash as sha } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from './database.ts';
import { flushSeals, isSealAction } from './seal.ts';
import type { AuditLogTable } from './tables.ts';

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

/** A record's fields as its hash takes them: its row's, without its own hash. */
export type AuditHashFields = Omit<AuditLogTable, 'prev_hash' | 'hash'> & { prevHash: string };

/** What the hashes of the current format start with: no record of the first format can (its text starts with `[`). */
const FORMAT_2 = 'vigil-audit/2\n';

/**
 * The hash of a record as written now: SHA-256 over `vigil-audit/2`, a newline, the JSON array
 * `[seq, at, actor, action, subject, prevHash]`, a newline, and the record's data exactly as stored.
 * The array ends where its brackets close, so the data after it is unambiguous without escaping:
 * the first format escaped the data's JSON text a second time, which cost verification more than
 * the hashing itself.
 */
export function auditHash(fields: AuditHashFields): string {
  // One-shot hashing: verification hashes millions of records, and a Hash object per record cost more than the hashing.
  return sha('sha256', `${FORMAT_2}${JSON.stringify([fields.seq, fields.at, fields.actor, fields.action, fields.subject, fields.prevHash])}\n${fields.data}`, 'hex');
}

/**
 * The hash of a record of the first format (written before the current one; still verified, never
 * rewritten): SHA-256 over the JSON array `[seq, at, actor, action, subject, data, prevHash]`.
 */
export function auditHashV1(fields: AuditHashFields): string {
  return sha('sha256', JSON.stringify([fields.seq, fields.at, fields.actor, fields.action, fields.subject, fields.data, fields.prevHash]), 'hex');
}

/**
 * Appends a record to the hash chain. Call it inside the transaction that makes the change it
 * records, so the two commit together; concurrent writers serialise on the primary key.
 */
export async function appendAudit(db: Db, entry: AuditEntry, now: Date): Promise<AuditRecord> {
  // Seals a transaction gathered go first, so the chain keeps the order things were written in.
  if (!isSealAction(entry.action)) await flushSeals(db);
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

/** Something wrong in the audit chain or in an evidence row, naming the record or the row. */
export interface AuditProblem {
  /** The chain record concerned (for a row, its latest seal; 0 when it has none). */
  seq: number;
  /** copy-differs: a prompt's copy of its latest answer does not match the answers table (see answer-copy-verify.ts). */
  kind: 'edited' | 'deleted' | 'reordered' | 'broken-link' | 'copy-differs' | RowProblemKind;
  message: string;
  /** For an evidence row: its table, its key, and each field whose value differs from the chain's. */
  table?: string;
  key?: string;
  fields?: FieldDifference[];
}

/** What can be wrong with an evidence row: edited, deleted, or present with no chain record. */
export type RowProblemKind = 'row-edited' | 'row-deleted' | 'row-unsealed';

/** A field of an edited row: what the chain says and what the table holds (null: no value). */
export interface FieldDifference {
  field: string;
  chain: string | null;
  table: string | null;
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

/** Records read per page when walking the chain: bounds memory on a long chain. */
export const CHAIN_PAGE = 500;

/** The chain's records in order, a page at a time (keyset on seq); only those after `after` when given. */
export async function* auditPages(db: Db, pageSize = CHAIN_PAGE, after = -1): AsyncGenerator<Selectable<AuditLogTable>[]> {
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    after = Number(rows.at(-1)!.seq);
  }
}

/** How many broken links are looked up to tell a reordering apart: a scrambled chain is named by its first ones. */
const REORDER_LOOKUPS = 100;

/**
 * Checks records one at a time, in order, from the genesis (or the purge anchor): names every
 * record edited (its hash no longer matches its fields), deleted (a gap in the sequence), or
 * reordered (it points at a record that now comes after it). Holds no record after visiting it.
 */
export class ChainWalker {
  readonly problems: AuditProblem[] = [];
  records = 0;
  private expectedSeq: number;
  private expectedPrev: string;
  private lastHash: string;
  private readonly brokenLinks: { problem: AuditProblem; prevHash: string }[] = [];
  /** Whether the last record was of the first hash format. */
  private firstFormat = false;

  constructor(anchor: AuditAnchor | undefined) {
    this.expectedSeq = (anchor?.seq ?? 0) + 1;
    this.expectedPrev = anchor?.hash ?? GENESIS_HASH;
    this.lastHash = this.expectedPrev;
  }

  /** The hash of the last record visited (or the anchor's, or the genesis). */
  get head(): string {
    return this.lastHash;
  }

  visit(row: Selectable<AuditLogTable>): void {
    this.check(Number(row.seq), row.at, row.actor, row.action, row.subject, row.data, row.prev_hash, row.hash);
  }

  /** {@link visit} with the record's fields one by one (a bulk read's raw row, without an object per record). */
  check(seq: number, at: string, actor: string, action: string, subject: string | null, data: string, prevHash: string, hash: string): void {
    this.records++;
    if (!this.hashMatches({ seq, at, actor, action, subject, data, prevHash }, hash)) {
      this.problems.push({ seq, kind: 'edited', message: `record ${seq} (${action} by ${actor}) was changed after it was written: its hash does not match its contents` });
    }
    if (seq !== this.expectedSeq) {
      const missing = this.expectedSeq === seq - 1 ? `record ${this.expectedSeq} is` : `records ${this.expectedSeq}–${seq - 1} are`;
      this.problems.push({ seq: this.expectedSeq, kind: 'deleted', message: `${missing} missing before record ${seq}` });
    } else if (prevHash !== this.expectedPrev) {
      const problem: AuditProblem = { seq, kind: 'broken-link', message: `record ${seq} does not follow the record before it (its previous-hash does not match)` };
      this.problems.push(problem);
      if (this.brokenLinks.length < REORDER_LOOKUPS) this.brokenLinks.push({ problem, prevHash });
    }
    this.expectedSeq = seq + 1;
    this.expectedPrev = hash;
    this.lastHash = hash;
  }

  /**
   * True when the record's hash is that of its fields in either format. A chain holds records of
   * the first format up to an upgrade and of the current one after, so the format that matched
   * the record before is tried first: each record is hashed once, except the first of each run.
   */
  private hashMatches(fields: AuditHashFields, hash: string): boolean {
    const [first, second] = this.firstFormat ? [auditHashV1, auditHash] : [auditHash, auditHashV1];
    if (first(fields) === hash) return true;
    if (second(fields) !== hash) return false;
    this.firstFormat = !this.firstFormat;
    return true;
  }

  /** Tells reorderings from other broken links: the record pointed at now comes later. */
  async finish(db: Db): Promise<AuditVerification> {
    for (const { problem, prevHash } of this.brokenLinks) {
      const target = await db.selectFrom('audit_log').select('seq').where('hash', '=', prevHash).orderBy('seq').limit(1).executeTakeFirst();
      if (target && Number(target.seq) > problem.seq) {
        problem.kind = 'reordered';
        problem.message = `record ${problem.seq} follows record ${Number(target.seq)}, which now comes after it: records were reordered`;
      }
    }
    return { ok: this.problems.length === 0, records: this.records, head: this.lastHash, problems: this.problems };
  }
}

/**
 * Checks the hash chain alone (see {@link ChainWalker}), reading it a page at a time.
 * `verifyAudit` also checks every evidence row against it.
 */
export async function verifyChain(db: Db): Promise<AuditVerification> {
  const walker = new ChainWalker(await auditAnchor(db));
  for await (const page of auditPages(db)) for (const row of page) walker.visit(row);
  return walker.finish(db);
}
