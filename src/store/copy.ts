import type { Kysely } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import type { AuditVerification } from './audit.ts';
import { verifyAudit } from './evidence-verify.ts';
import { migrateToLatest } from './database.ts';
import type { Database } from './tables.ts';
import { writeTransaction } from './transactions.ts';

/** Every table, parents before children, so each row's foreign keys hold as it is inserted. */
export const TABLES_IN_ORDER = [
  'people', 'prompts', 'answers', 'notices', 'outbox', 'findings',
  'conversation_refs', 'processed_events', 'schedule_cursors', 'engine_state', 'absences', 'audit_log',
] as const satisfies readonly (keyof Database)[];

/** One table's rows in the source and, after the copy, in the target. */
export interface TableCount {
  table: keyof Database;
  source: number;
  target: number;
}

/** What {@link copyStore} did and what it checked. */
export interface StoreCopy {
  tables: TableCount[];
  /** The audit chain as verified in the source and then in the target. */
  audit: { source: AuditVerification; target: AuditVerification };
  /** True when every count matches and the target's chain verifies with the source's head. */
  ok: boolean;
}

/** Rows per insert: well under PostgreSQL's 65,535 parameters for the widest table. */
const BATCH = 500;

/**
 * Copies a whole store into an empty one (a firm moving from SQLite to PostgreSQL): brings both
 * to the latest migration, copies every table in one transaction on the target, then checks
 * that every table's row count matches and that the audit chain verifies in the target with the
 * same head. Refuses a target that already holds data, so nothing is ever merged or overwritten.
 */
export async function copyStore(source: Kysely<Database>, target: Kysely<Database>, onTable?: (table: keyof Database, rows: number) => void | Promise<void>): Promise<StoreCopy> {
  await migrateToLatest(source);
  await migrateToLatest(target);
  const targetCounts = await writeTransaction(target, async (trx) => {
    const occupied = [...(await countRows(trx))].filter(([, rows]) => rows > 0);
    if (occupied.length) {
      throw new VigilError(ErrorCode.StoreError, `the target already holds data (${occupied.map(([table, rows]) => `${rows} ${table}`).join(', ')}); migrate into an empty database`);
    }
    for (const table of TABLES_IN_ORDER) await onTable?.(table, await copyTable(source, trx, table));
    return countRows(trx);
  });
  // The source is measured after the copy: one that changed meanwhile does not match.
  const sourceCounts = await countRows(source);
  const tables = TABLES_IN_ORDER.map((table) => ({ table, source: sourceCounts.get(table)!, target: targetCounts.get(table)! }));
  const audit = { source: await verifyAudit(source), target: await verifyAudit(target) };
  const ok = tables.every((t) => t.source === t.target)
    && audit.target.ok === audit.source.ok && audit.target.head === audit.source.head && audit.target.records === audit.source.records;
  return { tables, audit, ok };
}

/** Copies one table's rows, streamed in batches so a large firm's history never sits in memory; returns how many. */
async function copyTable(source: Kysely<Database>, target: Kysely<Database>, table: keyof Database): Promise<number> {
  let rows = 0;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length) await (target as Kysely<any>).insertInto(table).values(batch).execute();
    rows += batch.length;
    batch = [];
  };
  for await (const row of (source as Kysely<any>).selectFrom(table).selectAll().stream(BATCH)) {
    batch.push(row as Record<string, unknown>);
    if (batch.length === BATCH) await flush();
  }
  await flush();
  return rows;
}

/** Every table's row count. */
async function countRows(db: Kysely<Database>): Promise<Map<keyof Database, number>> {
  const counts = new Map<keyof Database, number>();
  for (const table of TABLES_IN_ORDER) {
    const row = await (db as Kysely<any>).selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    counts.set(table, Number((row as { n: string | number }).n));
  }
  return counts;
}
