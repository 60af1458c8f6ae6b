import { hash as sha } from 'node:crypto';
import { auditAnchor, auditPages, ChainWalker, GENESIS_HASH, type AuditProblem, type AuditVerification } from './audit.ts';
import { auditChainStart, auditChainTip } from './audit-checkpoint.ts';
import type { Db } from './database.ts';
import { recentAnswerCopyProblems } from './answer-copy-verify.ts';
import { fieldDifferences, sealRecordsAt, type TableCheck } from './evidence-verify.ts';
import { canonicalRow, SEALED_TABLES, isSealAction, sealGroups, type EvidenceTable } from './seal.ts';

/** The newest records of the chain and the evidence rows they seal, checked against each other. */
export interface RecentVerification extends AuditVerification {
  /** The record the check starts after (its hash is taken as given) and the last one checked. */
  after: number;
  through: number;
  /** Per table, the rows whose latest seal is in those records, each checked against it. */
  tables: TableCheck[];
  /** Evidence rows in the tables in all, most of them last sealed before `after` and not checked here. */
  totalRows: number;
}

interface Latest {
  seq: number;
  digest: string;
  live: boolean;
}

/**
 * Checks the newest `records` records of the chain (every hash, and every link from the record
 * before them on) and every evidence row whose latest seal is among them: edited (named with its
 * fields), deleted, or re-added after its removal. What it does not check: the older records and
 * the rows last sealed before them, and rows added outside Vigil that no record names (only
 * `verifyAudit`, reading the whole chain and every table, sees those). Costs what those records
 * and rows cost to read, whatever the chain's length.
 */
export async function verifyRecent(db: Db, records: number): Promise<RecentVerification> {
  const tip = await auditChainTip(db);
  const first = (await auditChainStart(db)) ?? tip.seq + 1;
  const after = Math.max(first - 1, tip.seq - records);
  const walker = new ChainWalker({ seq: after, hash: await hashAt(db, after) });
  // Per table, each key's latest seal among these records.
  const latest = new Map<EvidenceTable, Map<string, Latest>>(SEALED_TABLES.map((t) => [t, new Map()]));
  for await (const page of auditPages(db, undefined, after)) {
    for (const row of page) {
      walker.visit(row);
      if (!isSealAction(row.action)) continue;
      for (const group of sealGroups(row.action, row.data, false) ?? []) {
        const byKey = latest.get(group.table)!;
        for (const [key, digest] of group.rows) byKey.set(key, { seq: Number(row.seq), digest, live: group.op !== 'delete' });
      }
    }
  }
  const chain = await walker.finish(db);
  const { tables, suspects } = await checkSealedRows(db, latest);
  const problems: AuditProblem[] = [...chain.problems, ...(await describeSuspects(db, suspects))];
  // The prompts checked here, and those of the answers checked, also for their copy of their latest answer.
  problems.push(...(await recentAnswerCopyProblems(db, latest.get('prompts')!.keys(), latest.get('answers')!.keys(), problems)));
  let totalRows = 0;
  for (const table of SEALED_TABLES) totalRows += Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { ...chain, ok: problems.length === 0, problems, after, through: tip.seq, tables, totalRows };
}

/** The hash of the record at `seq` as kept (the purge anchor's, or the genesis, where that is where the chain starts). */
async function hashAt(db: Db, seq: number): Promise<string> {
  if (seq === 0) return GENESIS_HASH;
  const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst();
  if (row) return row.hash;
  const anchor = await auditAnchor(db);
  return anchor?.seq === seq ? anchor.hash : GENESIS_HASH;
}

interface Suspect {
  kind: 'row-edited' | 'row-deleted' | 'row-unsealed';
  table: EvidenceTable;
  key: string;
  seq: number;
  row?: Record<string, unknown>;
}

/** Reads each row named by a recent seal, by key, and compares it with its latest seal. */
async function checkSealedRows(db: Db, latest: Map<EvidenceTable, Map<string, Latest>>): Promise<{ tables: TableCheck[]; suspects: Suspect[] }> {
  const tables: TableCheck[] = [];
  const suspects: Suspect[] = [];
  for (const table of SEALED_TABLES) {
    const byKey = latest.get(table)!;
    const keys = [...byKey.keys()];
    const seen = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = (await db.selectFrom(table).selectAll().where('id', 'in', keys.slice(i, i + 500)).execute()) as Record<string, unknown>[];
      for (const row of rows) {
        const key = String(row.id);
        seen.add(key);
        const seal = byKey.get(key)!;
        if (!seal.live) suspects.push({ kind: 'row-unsealed', table, key, seq: seal.seq });
        else if (sha('sha256', JSON.stringify([table, canonicalRow(table, row)]), 'hex') !== seal.digest) suspects.push({ kind: 'row-edited', table, key, seq: seal.seq, row });
      }
    }
    for (const key of keys) {
      const seal = byKey.get(key)!;
      if (seal.live && !seen.has(key)) suspects.push({ kind: 'row-deleted', table, key, seq: seal.seq });
    }
    tables.push({ table, rows: keys.length });
  }
  return { tables, suspects };
}

async function describeSuspects(db: Db, suspects: Suspect[]): Promise<AuditProblem[]> {
  const records = await sealRecordsAt(db, suspects.filter((s) => s.kind === 'row-edited').map((s) => s.seq));
  return suspects.map((s): AuditProblem => {
    const base = { seq: s.seq, kind: s.kind, table: s.table, key: s.key };
    if (s.kind === 'row-deleted') return { ...base, message: `${s.table} ${s.key} was deleted: record ${s.seq} sealed it and no record removed it` };
    if (s.kind === 'row-unsealed') return { ...base, message: `${s.table} ${s.key} is in the table but record ${s.seq} records it as removed: it was added outside Vigil` };
    const entry = (records.get(s.seq) ?? []).filter((g) => g.table === s.table).flatMap((g) => g.rows).findLast(([k]) => k === s.key);
    const fields = fieldDifferences(s.table, s.key, entry, s.row!);
    const named = fields.length ? fields.map((f) => `${f.field}: chain ${JSON.stringify(f.chain)}, table ${JSON.stringify(f.table)}`).join('; ') : 'its digest differs from the one sealed';
    return { ...base, fields, message: `${s.table} ${s.key} was changed after record ${s.seq} sealed it: ${named}` };
  });
}
