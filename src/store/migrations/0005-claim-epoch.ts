import type { Kysely } from 'kysely';

// Fencing for outbox claims: each claim records the leadership epoch it was made under, so a
// dispatcher that has lost leadership (or whose claim another has taken back) cannot confirm it
// again and send.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claim_epoch', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('claim_epoch').execute();
}
