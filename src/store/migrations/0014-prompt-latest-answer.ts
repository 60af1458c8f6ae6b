import type { Kysely } from 'kysely';

// A prompt carries a copy of its latest answer, written in the transaction that appends the
// answer and sealed with the prompt, so an export reads a period's prompts in one pass instead of
// looking up each prompt's answers by prompt id (a lookup per prompt, in an order unrelated to the
// export's, was most of a year's export). The answers table stays the record and append-only;
// audit verify checks every copy against it. Prompts answered before this keep nulls here (which
// keeps their seals valid: nulls are left out of a row's seal), and readers look their answers up.

const COLUMNS = [
  ['answer_id', 'text'], ['answer_revision', 'integer'], ['answered_by', 'text'], ['answer_value', 'text'], ['answer_reason', 'text'],
  ['answer_checklist', 'text'], ['answer_text', 'text'], ['answer_late', 'integer'], ['answer_channel', 'text'], ['answered_at', 'text'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of COLUMNS) await db.schema.alterTable('prompts').addColumn(name, type).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...COLUMNS].reverse()) await db.schema.alterTable('prompts').dropColumn(name).execute();
}
