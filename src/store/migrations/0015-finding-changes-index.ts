import { sql, type Kysely } from 'kysely';

// The audit records that change a finding: its own (finding.*) and the answers that resolved one.
// The audit package reads them for a period's findings; without an index that read scanned the
// whole chain (millions of records a year, seconds). A partial index holds only these records, so
// it costs the chain's writes next to nothing. A query uses it only when its condition is this
// very text (findingChanges reads it from here).
export const FINDING_CHANGES = `action like 'finding.%' or (action = 'answer.recorded' and data like '%"findingsResolved":["%')`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index audit_log_finding_changes on audit_log (seq) where ${sql.raw(FINDING_CHANGES)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_log_finding_changes`.execute(db);
}
