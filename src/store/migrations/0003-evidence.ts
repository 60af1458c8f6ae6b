import type { Kysely } from 'kysely';

// Exports read prompts by occurrence across every attestation, page by page.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('prompts_occurrence').on('prompts').columns(['occurrence', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('prompts_occurrence').execute();
}
