import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { ErrorCode, VigilError } from '../errors.ts';
import { appendAudit, setAuditAnchor } from './audit.ts';
import type { Db } from './database.ts';
import { writeTransaction } from './transactions.ts';

/** What a purge removes (or, in a dry run, would remove). */
export interface PurgePlan {
  cutoff: Date;
  prompts: number;
  answers: number;
  findings: number;
  notices: number;
  messages: number;
  auditRecords: number;
}

/**
 * Removes prompts (with their answers, findings, notices and messages) whose occurrence is older
 * than the cutoff, and audit records written before it. The audit chain stays verifiable: the last
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
      auditRecords: await count(trx.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('at', '<', at).executeTakeFirstOrThrow()),
    };
    if (!options.apply) return plan;
    const lastRemoved = await trx.selectFrom('audit_log').select(['seq', 'hash']).where('at', '<', at).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    await trx.deleteFrom('findings').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('answers').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('notices').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('outbox').where('prompt_id', 'in', old).execute();
    await trx.deleteFrom('prompts').where('occurrence', '<', at).execute();
    if (lastRemoved) {
      // Records are removed from the start of the chain only, so what remains still links up.
      await trx.deleteFrom('audit_log').where('seq', '<=', lastRemoved.seq).execute();
      await setAuditAnchor(trx, { seq: Number(lastRemoved.seq), hash: lastRemoved.hash });
    }
    const { cutoff: _, ...counts } = plan;
    await appendAudit(trx, { actor: 'system', action: 'evidence.purged', data: { cutoff: at, ...counts } }, options.now);
    return plan;
  });
}

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
    add(await trx.updateTable('findings').set({ assignee_id: pseudonym }).where('assignee_id', '=', personId).execute());
    add(await trx.updateTable('findings').set({ subject_id: pseudonym }).where('subject_kind', '=', 'person').where('subject_id', '=', personId).execute());
    add(await trx.updateTable('findings').set({ resolved_by: pseudonym }).where('resolved_by', '=', personId).execute());
    add(await trx.updateTable('notices').set({ recipient_id: pseudonym }).where('recipient_id', '=', personId).execute());
    add(await trx.updateTable('outbox').set({ recipient_id: pseudonym }).where('recipient_kind', '=', 'person').where('recipient_id', '=', personId).execute());
    add(await trx.updateTable('people').set({ manager_id: pseudonym }).where('manager_id', '=', personId).execute());
    await trx.deleteFrom('conversation_refs').where('person_id', '=', personId).execute();
    await trx.updateTable('people').set({ id: pseudonym, name: 'Former staff member', email: '', slack_id: null, teams_aad_object_id: null, active: 0, synced_at: now.toISOString() }).where('id', '=', personId).execute();
    await appendAudit(trx, { actor: 'system', action: 'person.forgotten', subject: pseudonym, data: { rows } }, now);
    return { pseudonym, rows };
  });
}
