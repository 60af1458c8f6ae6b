import type { Kysely } from 'kysely';

// Status reads the latest prompt of each (attestation, subject): with this index that is one
// seek per subject instead of a scan of the attestation's whole history for every prompt.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('prompts_subject_occurrence').on('prompts').columns(['attestation_id', 'subject_kind', 'subject_id', 'occurrence']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('prompts_subject_occurrence').execute();
}
