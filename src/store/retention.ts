import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import { appendAudit, setAuditAnchor } from './audit.ts';
import type { Db } from './database.ts';
import { carrySeals } from './evidence-verify.ts';
import { sealRemoved, sealRows, type EvidenceTable, type SealContext } from './seal.ts';
import { writeTransaction } from './transactions.ts';

/** What a purge removes (or, in a dry run, would remove). */
export interface PurgePlan {
  cutoff: Date;
  prompts: number;
  answers: number;
  findings: number;
  notices: number;
  messages: number;
  /** Absences that ended before the cutoff: the prompts they excused go with them. */
  absences: number;
  auditRecords: number;
}

/**
 * Removes prompts (with their answers, findings, notices and messages) whose occurrence is older
 * than the cutoff, absences that ended before it, and audit records written before it. The audit chain stays verifiable: the last
 * removed record becomes its anchor. A dry run (the default) only counts.
 */
export async function purge(db: Db, cutoff: Date, options: { apply: boolean; now: Date }): Promise<PurgePlan> {
  return writeTransaction(db, async (trx) => {
    const at = cutoff.toISOString();
    const old = trx.selectFrom('prompts').select('id').where('occurrence', '<', at);
    const count = async (query: Promise<{ n: string | number | bigint }>) => Number((await query).n);
    const plan: PurgePlan = {
      cutoff,
      prompts: await count(trx.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n')).where('occurrence', '<', at).executeTakeFirstOrThrow()),
      answers: await count(trx.selectFrom('answers').select((eb) => eb.fn.countAll().as('n')).where('prompt_id', 'in', old).executeTakeFirstOrThrow()),
      findings: await count(trx.selectFrom('findings').select((eb) => eb.fn.countAll().as('n')).where('prompt_id', 'in', old).executeTakeFirstOrThrow()),
      notices: await count(trx.selectFrom('notices').select((eb) => eb.fn.countAll().as('n')).where('prompt_id', 'in', old).executeTakeFirstOrThrow()),
      messages: await count(trx.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('prompt_id', 'in', old).executeTakeFirstOrThrow()),
      absences: await count(trx.selectFrom('absences').select((eb) => eb.fn.countAll().as('n')).where('ends_at', '<', at).executeTakeFirstOrThrow()),
      auditRecords: await count(trx.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('at', '<', at).executeTakeFirstOrThrow()),
    };
    if (!options.apply) return plan;
    const lastRemoved = await trx.selectFrom('audit_log').select(['seq', 'hash']).where('at', '<', at).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    // The chain keeps the key and digest of every row removed, so verify knows it went this way.
    const sealing = { actor: 'system', now: options.now, cause: 'purge' };
    for (const table of ['findings', 'answers', 'notices'] as const) await sealRemovedWhere(trx, table, (q) => q.where('prompt_id', 'in', old), sealing);
    await sealRemovedWhere(trx, 'prompts', (q) => q.where(sql.ref('occurrence'), '<', at), sealing);
    await sealRemovedWhere(trx, 'absences', (q) => q.where(sql.ref('ends_at'), '<', at), sealing);
    await trx.deleteFrom('findings').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('answers').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('notices').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('outbox').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('prompts').where('occurrence', '<', at).execute();
    await trx.deleteFrom('absences').where('ends_at', '<', at).execute();
    if (lastRemoved) {
      // Rows that stay but were sealed only by records about to go have their seals re-stated.
      await carrySeals(trx, Number(lastRemoved.seq), sealing);
      // Records are removed from the start of the chain only, so what remains still links up.
      await trx.deleteFrom('audit_log').where('seq', '<=', lastRemoved.seq).execute();
      await setAuditAnchor(trx, { seq: Number(lastRemoved.seq), hash: lastRemoved.hash });
    }
    const { cutoff: _, ...counts } = plan;
    await appendAudit(trx, { actor: 'system', action: 'evidence.purged', data: { cutoff: at, ...counts } }, options.now);
    return plan;
  });
}

/** Seals the removal of every row a filter selects, reading them a page at a time (keyset on id). */
async function sealRemovedWhere(
  db: Db,
  table: EvidenceTable,
  filter: (query: ReturnType<typeof selectAllFrom>) => ReturnType<typeof selectAllFrom>,
  context: SealContext,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await filter(selectAllFrom(db, table)).where('id', '>', after).orderBy('id').limit(1000).execute()) as Record<string, unknown>[];
    await sealRemoved(db, table, rows, context);
    if (rows.length < 1000) return;
    after = String(rows.at(-1)!.id);
  }
}

// Every evidence table has `id` and (but for people) `prompt_id`; typed as answers for the query builder.
const selectAllFrom = (db: Db, table: EvidenceTable) => db.selectFrom(table as 'answers').selectAll();

/**
 * Forgets a leaver: replaces their id everywhere the evidence names them with a pseudonym
 * (`former-…`, from a random salt that is not kept), blanks their name and email, and drops how to
 * reach them. Their answers stay, as evidence, no longer attributable to them by this database.
 * The audit log is append-only: its earlier records keep the id they were written with.
 */
export async function forgetPerson(db: Db, personId: string, now: Date): Promise<{ pseudonym: string; rows: number }> {
  return writeTransaction(db, async (trx) => {
    const person = await trx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
    if (!person) throw new VigilError(ErrorCode.NotFound, `no person "${personId}" in the database`);
    const pseudonym = `former-${createHash('sha256').update(randomBytes(16)).update(personId).digest('hex').slice(0, 10)}`;
    let rows = 0;
    const add = (r: { numUpdatedRows?: bigint } | { numUpdatedRows: bigint }[]) => {
      for (const x of Array.isArray(r) ? r : [r]) rows += Number(x.numUpdatedRows ?? 0n);
    };
    // Prompt ids embed the subject's id. A prompt is re-keyed by inserting it under its new id,
    // moving its children across and deleting the old row, so every foreign key holds at every
    // step (on SQLite and PostgreSQL alike, with no deferred constraints).
    const prompts = await trx.selectFrom('prompts').selectAll().where('subject_kind', '=', 'person').where('subject_id', '=', personId).execute();
    const touched = await rowsNaming(trx, personId, prompts.map((p) => p.id));
    const formerRow = await trx.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
    for (const prompt of prompts) {
      const newId = prompt.id.replace(`person:${personId}/`, `person:${pseudonym}/`);
      if (newId === prompt.id) continue;
      await trx.insertInto('prompts').values({ ...prompt, id: newId, subject_id: pseudonym, assignee_id: prompt.assignee_id === personId ? pseudonym : prompt.assignee_id }).execute();
      for (const table of ['answers', 'notices', 'outbox', 'findings'] as const) add(await trx.updateTable(table).set({ prompt_id: newId }).where('prompt_id', '=', prompt.id).execute());
      await trx.updateTable('outbox').set({ dedupe_key: sql<string>`replace(dedupe_key, ${prompt.id}, ${newId})` }).where('prompt_id', '=', newId).execute();
      await trx.deleteFrom('prompts').where('id', '=', prompt.id).execute();
      rows++;
    }
    add(await trx.updateTable('prompts').set({ subject_id: pseudonym }).where('subject_kind', '=', 'person').where('subject_id', '=', personId).execute());
    add(await trx.updateTable('prompts').set({ assignee_id: pseudonym }).where('assignee_id', '=', personId).execute());
    add(await trx.updateTable('answers').set({ answered_by: pseudonym }).where('answered_by', '=', personId).execute());
    // A prompt's copy of its latest answer names whoever gave it, as the answer does.
    add(await trx.updateTable('prompts').set({ answered_by: pseudonym }).where('answered_by', '=', personId).execute());
    add(await trx.updateTable('findings').set({ assignee_id: pseudonym }).where('assignee_id', '=', personId).execute());
    add(await trx.updateTable('findings').set({ subject_id: pseudonym }).where('subject_kind', '=', 'person').where('subject_id', '=', personId).execute());
    add(await trx.updateTable('findings').set({ resolved_by: pseudonym }).where('resolved_by', '=', personId).execute());
    add(await trx.updateTable('notices').set({ recipient_id: pseudonym }).where('recipient_id', '=', personId).execute());
    add(await trx.updateTable('outbox').set({ recipient_id: pseudonym }).where('recipient_kind', '=', 'person').where('recipient_id', '=', personId).execute());
    add(await trx.updateTable('people').set({ manager_id: pseudonym }).where('manager_id', '=', personId).execute());
    // Their absences, and prompts they covered or that an absence of theirs in vigil.yaml excused.
    add(await trx.updateTable('prompts').set({ delegate_id: pseudonym }).where('delegate_id', '=', personId).execute());
    add(await trx.updateTable('prompts').set({ excused_by: sql<string>`replace(excused_by, ${configAbsencePrefix(personId)}, ${configAbsencePrefix(pseudonym)})` }).where('excused_by', 'like', `${configAbsencePrefix(personId)}%`).execute());
    for (const column of ['person_id', 'delegate_id', 'declared_by', 'ended_by'] as const) add(await trx.updateTable('absences').set({ [column]: pseudonym }).where(column, '=', personId).execute());
    await trx.deleteFrom('conversation_refs').where('person_id', '=', personId).execute();
    await trx.updateTable('people').set({ id: pseudonym, name: 'Former staff member', email: '', slack_id: null, teams_aad_object_id: null, active: 0, synced_at: now.toISOString() }).where('id', '=', personId).execute();
    await sealForgetting(trx, { personId, pseudonym, formerPrompts: prompts, formerRow, touched }, now);
    await appendAudit(trx, { actor: 'system', action: 'person.forgotten', subject: pseudonym, data: { rows } }, now);
    return { pseudonym, rows };
  });
}

/** The ids of evidence rows a forget rewrites (other than the person and their re-keyed prompts), read before it does. */
async function rowsNaming(db: Db, personId: string, promptIds: readonly string[]): Promise<Record<'prompts' | 'answers' | 'findings' | 'notices' | 'people' | 'absences', string[]>> {
  const ids = async (query: Promise<{ id: string }[]>) => (await query).map((r) => r.id);
  const ofPrompts = promptIds.length > 0 ? promptIds : [''];
  return {
    prompts: await ids(db.selectFrom('prompts').select('id').where((eb) => eb.or([
      eb('assignee_id', '=', personId), eb('delegate_id', '=', personId), eb('answered_by', '=', personId), eb('excused_by', 'like', `${configAbsencePrefix(personId)}%`),
    ])).where((eb) => eb.not(eb('id', 'in', ofPrompts))).execute()),
    answers: await ids(db.selectFrom('answers').select('id').where((eb) => eb.or([eb('answered_by', '=', personId), eb('prompt_id', 'in', ofPrompts)])).execute()),
    findings: await ids(db.selectFrom('findings').select('id').where((eb) => eb.or([
      eb('assignee_id', '=', personId), eb('resolved_by', '=', personId), eb('prompt_id', 'in', ofPrompts),
      eb.and([eb('subject_kind', '=', 'person'), eb('subject_id', '=', personId)]),
    ])).execute()),
    notices: await ids(db.selectFrom('notices').select('id').where((eb) => eb.or([eb('recipient_id', '=', personId), eb('prompt_id', 'in', ofPrompts)])).execute()),
    people: await ids(db.selectFrom('people').select('id').where('manager_id', '=', personId).execute()),
    absences: await ids(db.selectFrom('absences').select('id').where((eb) => eb.or([
      eb('person_id', '=', personId), eb('delegate_id', '=', personId), eb('declared_by', '=', personId), eb('ended_by', '=', personId),
    ])).execute()),
  };
}

/** How an excused prompt names an absence of `personId`'s from vigil.yaml (see configAbsenceId). */
function configAbsencePrefix(personId: string): string {
  return `vigil.yaml:${personId}:`;
}

/**
 * Seals what a forget rewrote, as one cause: the person's and their prompts' old keys removed,
 * the new keys inserted, every row that named them updated. Verify then checks the pseudonymised
 * rows like any other.
 */
async function sealForgetting(
  db: Db,
  f: { personId: string; pseudonym: string; formerPrompts: Record<string, unknown>[]; formerRow: Record<string, unknown>; touched: Awaited<ReturnType<typeof rowsNaming>> },
  now: Date,
): Promise<void> {
  const context = { actor: 'system', now, cause: 'forget' };
  const rekeyed = f.formerPrompts.filter((p) => String(p.id).includes(`person:${f.personId}/`));
  await sealRemoved(db, 'prompts', rekeyed, context);
  await sealRows(db, 'prompts', f.formerPrompts.filter((p) => !rekeyed.includes(p)).map((p) => String(p.id)), 'update', context);
  await sealRows(db, 'prompts', rekeyed.map((p) => String(p.id).replace(`person:${f.personId}/`, `person:${f.pseudonym}/`)), 'insert', context);
  await sealRemoved(db, 'people', [f.formerRow], context);
  await sealRows(db, 'people', [f.pseudonym], 'insert', context);
  for (const table of ['prompts', 'answers', 'findings', 'notices', 'people', 'absences'] as const) await sealRows(db, table, f.touched[table], 'update', context);
}
