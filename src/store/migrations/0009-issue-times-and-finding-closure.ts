import type { Kysely } from 'kysely';

// Evidence says what really happened, not what the schedule meant to happen:
// - prompts.created_at: when Vigil actually issued the prompt. `issued_at` stays the occurrence's
//   scheduled issue time (the ladder counts from it), so a prompt caught up on a Monday for
//   Friday's occurrence no longer looks as if it was sent on Friday. Older rows stay null (the
//   outbox still knows when their message was queued and sent); nothing is backdated or invented.
// - findings.resolution_method: how a finding was closed ('answer-changed' by the assignee
//   changing the answer to the same prompt, or 'resolved' by a manager or the compliance lead
//   with a note). Older closures stay null.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompts').addColumn('created_at', 'text').execute();
  await db.schema.alterTable('findings').addColumn('resolution_method', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('findings').dropColumn('resolution_method').execute();
  await db.schema.alterTable('prompts').dropColumn('created_at').execute();
}
