import type { Kysely } from 'kysely';

// The attestation engine's state: when each prompt next needs attention, findings opened by
// "No" answers, how far each schedule has been materialised, and engine-wide markers.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompts').addColumn('next_action_at', 'text').execute();
  await db.schema.createIndex('prompts_next_action').on('prompts').column('next_action_at').execute();

  await db.schema
    .createTable('findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('prompts.id'))
    .addColumn('attestation_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id'))
    .addColumn('reason', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution', 'text')
    .execute();
  await db.schema.createIndex('findings_open').on('findings').columns(['status', 'attestation_id', 'subject_id']).execute();

  await db.schema
    .createTable('schedule_cursors')
    .addColumn('attestation_id', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('issue_at', 'text', (c) => c.notNull())
    .addColumn('audience_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('schedule_cursors_pk', ['attestation_id', 'timezone'])
    .execute();

  await db.schema
    .createTable('engine_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('engine_state').execute();
  await db.schema.dropTable('schedule_cursors').execute();
  await db.schema.dropTable('findings').execute();
  await db.schema.dropIndex('prompts_next_action').execute();
  await db.schema.alterTable('prompts').dropColumn('next_action_at').execute();
}
