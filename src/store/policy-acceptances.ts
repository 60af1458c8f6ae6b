import type { Db } from './database.ts';
import { toPrompt, type Prompt } from './prompts.ts';

/**
 * One prompt that asked someone to read and accept a version of a policy, with its acceptance
 * when there is one: the Yes to that prompt (its first revision: who pressed, when, through
 * which channel). Both are sealed evidence rows; this only reads them.
 */
export interface PolicyAsk {
  policyId: string;
  version: string;
  personId: string;
  promptId: string;
  attestationId: string;
  /** When this version was put to them (the prompt's scheduled issue). */
  askedAt: Date;
  closesAt: Date;
  status: Prompt['status'];
  accepted?: { by: string; at: Date; channel: string; late: boolean };
}

/** Every acknowledgement prompt (of `policyIds` only, when given), oldest first, with its acceptance. */
export async function policyAsks(db: Db, policyIds?: readonly string[]): Promise<PolicyAsk[]> {
  if (policyIds?.length === 0) return [];
  let query = db.selectFrom('prompts').selectAll().where('policy_id', 'is not', null);
  if (policyIds) query = query.where('policy_id', 'in', policyIds);
  const prompts = (await query.orderBy('issued_at').orderBy('id').execute()).map(toPrompt);
  const accepted = new Map<string, PolicyAsk['accepted']>();
  for (let i = 0; i < prompts.length; i += 400) {
    const ids = prompts.slice(i, i + 400).map((p) => p.id);
    const rows = await db.selectFrom('answers').select(['prompt_id', 'answered_by', 'answered_at', 'channel', 'late', 'revision', 'value'])
      .where('prompt_id', 'in', ids).where('value', '=', 'yes').orderBy('revision').execute();
    for (const r of rows) {
      if (!accepted.has(r.prompt_id)) accepted.set(r.prompt_id, { by: r.answered_by, at: new Date(r.answered_at), channel: r.channel, late: r.late === 1 });
    }
  }
  return prompts.map((p) => ({
    policyId: p.policy!.id, version: p.policy!.version, personId: p.assigneeId, promptId: p.id, attestationId: p.attestationId,
    askedAt: p.issuedAt, closesAt: p.closesAt, status: p.status, ...(accepted.has(p.id) ? { accepted: accepted.get(p.id)! } : {}),
  }));
}
