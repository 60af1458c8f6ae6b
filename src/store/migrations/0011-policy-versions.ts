import type { Kysely } from 'kysely';

// A prompt that asks someone to read and accept a policy records which policy and which version
// it asked about, so an acceptance (the Yes answer to that prompt, with who and when) is an
// acceptance of that version, whatever the policy says later. Both columns are bound by the
// prompt's seal like every other column; other prompts leave them null, which keeps their older
// seals valid (nulls are left out of a row's canonical form).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompts').addColumn('policy_id', 'text').execute();
  await db.schema.alterTable('prompts').addColumn('policy_version', 'text').execute();
  await db.schema.createIndex('prompts_policy_version').on('prompts').columns(['policy_id', 'policy_version']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('prompts_policy_version').execute();
  await db.schema.alterTable('prompts').dropColumn('policy_version').execute();
  await db.schema.alterTable('prompts').dropColumn('policy_id').execute();
}
