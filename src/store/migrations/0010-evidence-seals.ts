import type { Kysely } from 'kysely';
import { appendAudit } from '../audit.ts';
import type { Db } from '../database.ts';
import { appendSeals, EVIDENCE_TABLES, sealEntry, type SealEntry } from '../seal.ts';

// From here on every write of an evidence row appends a chain record binding the row's digest.
// Rows written before are sealed once, here, as they stand; a last record says from which seq the
// chain covers every row. (A row's canonical encoding and digest are part of the chain's format:
// they do not change, so importing them keeps this migration meaning what it meant. The layout of
// a seal record has changed once, keys and digests before values; verification reads both.) A
// new, empty database needs none.

const PAGE = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  const store = db as unknown as Db;
  const now = new Date();
  const records = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  let first: number | undefined;
  let rows = 0;
  for (const table of EVIDENCE_TABLES) {
    let after: string | undefined;
    for (;;) {
      let query = db.selectFrom(table).selectAll().orderBy('id').limit(PAGE);
      if (after !== undefined) query = query.where('id', '>', after);
      const page = (await query.execute()) as Record<string, unknown>[];
      if (page.length === 0) break;
      const entries: SealEntry[] = page.map((row) => sealEntry(table, row));
      first ??= await nextSeq(db);
      await appendSeals(store, table, 'baseline', entries, { actor: 'system', now, cause: 'sealed as found when sealing began' });
      rows += page.length;
      if (page.length < PAGE) break;
      after = String(page.at(-1)!.id);
    }
  }
  if (rows === 0 && Number(records.n) === 0) return;
  const from = first ?? (await nextSeq(db));
  await appendAudit(store, { actor: 'system', action: 'seal.coverage', data: { from, rows } }, now);
}

async function nextSeq(db: Kysely<any>): Promise<number> {
  const last = await db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return (last ? Number(last.seq) : 0) + 1;
}

export async function down(): Promise<void> {
  // The chain is append-only: the records stay.
}
