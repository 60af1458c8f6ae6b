import type { Kysely } from 'kysely';

// Absences (someone on leave, with an optional delegate) are evidence like answers: who declared
// one, when, through which channel, and who ended it early. Each row is sealed in the audit chain.
// A prompt whose occurrence fell inside an absence is recorded `excused` and names the absence
// that excused it; a prompt routed to a delegate names the delegate. Both prompt columns are null
// for every other prompt, which keeps older seals valid (nulls are left out of a row's seal).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('absences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('delegate_id', 'text')
    .addColumn('declared_by', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('declared_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema.createIndex('absences_person_ends').on('absences').columns(['person_id', 'ends_at']).execute();
  await db.schema.alterTable('prompts').addColumn('excused_by', 'text').execute();
  await db.schema.alterTable('prompts').addColumn('delegate_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompts').dropColumn('delegate_id').execute();
  await db.schema.alterTable('prompts').dropColumn('excused_by').execute();
  await db.schema.dropIndex('absences_person_ends').execute();
  await db.schema.dropTable('absences').execute();
}
