import type { Kysely } from 'kysely';

// Migrations are frozen in time: they use Kysely<any>, not today's table types.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text')
    .addColumn('timezone', 'text')
    .addColumn('slack_id', 'text')
    .addColumn('teams_aad_object_id', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('synced_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_email').on('people').column('email').execute();

  await db.schema
    .createTable('prompts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('attestation_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer_kind', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  // The guarantee that no prompt is issued twice, whatever runs the engine.
  await db.schema
    .createIndex('prompts_unique_occurrence')
    .on('prompts')
    // Occurrence second, so "every prompt of this attestation at this occurrence" is an index range.
    .columns(['attestation_id', 'occurrence', 'subject_kind', 'subject_id'])
    .unique()
    .execute();
  await db.schema.createIndex('prompts_assignee_status').on('prompts').columns(['assignee_id', 'status']).execute();
  await db.schema.createIndex('prompts_status_closes').on('prompts').columns(['status', 'closes_at']).execute();

  await db.schema
    .createTable('answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('prompts.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('answered_by', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('checklist', 'text')
    .addColumn('text', 'text')
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('answers_prompt_revision', ['prompt_id', 'revision'])
    .execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('prompts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notices_prompt_kind_step', ['prompt_id', 'kind', 'step'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('recipient_kind', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('prompt_id', 'text', (c) => c.references('prompts.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('platform_ref', 'text')
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('conversation_refs')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('platform_user_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_refs_pk', ['platform', 'platform_user_id'])
    .execute();

  await db.schema
    .createTable('processed_events')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('processed_events_pk', ['platform', 'event_id'])
    .execute();

  await db.schema
    .createTable('audit_log')
    // Assigned by the writer inside its transaction (max + 1), never by the database: portable,
    // and the hash chain needs the order the writer saw.
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_log', 'processed_events', 'conversation_refs', 'outbox', 'notices', 'answers', 'prompts', 'people']) {
    await db.schema.dropTable(table).execute();
  }
}
