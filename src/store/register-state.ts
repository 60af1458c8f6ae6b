import type { Db } from './database.ts';

/** The latest Yes or No given about one supplier to one of the attestations that set a register field. */
export interface SupplierAttestedAnswer {
  attestationId: string;
  supplierId: string;
  promptId: string;
  /** The prompt's scheduled instant: which quarter (or month) the answer is for. */
  occurrence: Date;
  value: 'yes' | 'no' | 'na';
  answeredBy: string;
  answeredAt: Date;
}

/**
 * For each (attestation, supplier), the latest answer (by when it was given, then by revision)
 * among the given per-supplier attestations: what the supplier's owner last said. A changed answer
 * is a later revision, so it wins. Few rows: one prompt per supplier per occurrence of a
 * quarterly question.
 */
export async function latestSupplierAnswers(db: Db, attestationIds: readonly string[]): Promise<SupplierAttestedAnswer[]> {
  if (attestationIds.length === 0) return [];
  const rows = await db
    .selectFrom('answers as a')
    .innerJoin('prompts as p', 'p.id', 'a.prompt_id')
    .select(['p.attestation_id', 'p.subject_id', 'p.id as prompt_id', 'p.occurrence', 'a.value', 'a.answered_by', 'a.answered_at', 'a.revision'])
    .where('p.subject_kind', '=', 'supplier')
    .where('p.attestation_id', 'in', attestationIds)
    .where('a.value', 'in', ['yes', 'no', 'na'])
    .orderBy('a.answered_at')
    .orderBy('a.revision')
    .execute();
  const latest = new Map<string, SupplierAttestedAnswer>();
  for (const r of rows) {
    latest.set(`${r.attestation_id}\u0000${r.subject_id}`, {
      attestationId: r.attestation_id, supplierId: r.subject_id, promptId: r.prompt_id, occurrence: new Date(r.occurrence),
      value: r.value as SupplierAttestedAnswer['value'], answeredBy: r.answered_by, answeredAt: new Date(r.answered_at),
    });
  }
  return [...latest.values()];
}
