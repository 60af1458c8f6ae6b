import type { Kysely } from 'kysely';

// When a prompt's own message reached its person, on the prompt itself, so the time is bound by
// the prompt's seal like its scheduled and issued times (the outbox, where it was kept until now,
// is a queue, not evidence). Prompts delivered before this keep null here, which keeps their
// seals valid (nulls are left out of a row's canonical form); their delivery time is the outbox's.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompts').addColumn('delivered_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompts').dropColumn('delivered_at').execute();
}
