import type { Kysely } from 'kysely';

// Status for a team reads only its people's prompts of the period shown: with this index that
// is one range per person instead of every prompt of the period (or of the whole history).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('prompts_assignee_occurrence').on('prompts').columns(['assignee_id', 'occurrence']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('prompts_assignee_occurrence').execute();
}
