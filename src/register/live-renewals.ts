import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { addDuration, parseDuration } from '../config/duration.ts';
import type { VigilConfig } from '../config/schema.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { SupplierAttestedAnswer } from '../store/register-state.ts';

/**
 * Renewed dates: a Yes to a per-supplier question whose `sets` names `reviewDue` (e.g. P1Y)
 * attests that the supplier's GDPR statement was reviewed, and moves its next review that long
 * after the day of the answer. Kept apart from the status facts (a date, not a status): the live
 * register puts the later date in place, `vigil register diff` lists it beside the file's, and
 * `vigil register apply` writes it, which is what stops a review date's prompts until the new
 * date nears.
 */
/** Who attested something about a supplier, when, and by which prompt; and whether the file is behind it. */
export interface AttestedBy {
  supplierId: string;
  supplierName: string;
  /** Who answered: their id and name. */
  by: string;
  byName: string;
  at: Date;
  attestationId: string;
  promptId: string;
  /** True when the file says otherwise (for a date, an earlier one or none): the file is behind the answer. */
  differs: boolean;
}

export interface RenewedDate extends AttestedBy {
  /** What vigil.yaml says (none when it has no review date). */
  file: string | undefined;
  /** The next review date the answer sets (YYYY-MM-DD). */
  attested: string;
}

/** The day an instant falls on in a timezone, YYYY-MM-DD. */
function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The latest renewal of each supplier, from the latest answers, in register order. */
export function renewalsFrom(config: VigilConfig, answers: readonly SupplierAttestedAnswer[]): RenewedDate[] {
  const moves = new Map(config.attestations.flatMap((a) => (a.sets?.reviewDue ? [[a.id, parseDuration(a.sets.reviewDue)!] as const] : [])));
  const names = new Map(config.people.map((p) => [p.id, p.name]));
  const latest = new Map<string, RenewedDate>();
  for (const answer of answers) {
    const move = moves.get(answer.attestationId);
    const supplier = config.suppliers.find((s) => s.id === answer.supplierId);
    if (!move || !supplier || answer.value !== 'yes') continue;
    const day = dayIn(answer.answeredAt, config.organisation.timezone);
    const attested = addDuration(new Date(`${day}T00:00:00Z`), move).toISOString().slice(0, 10);
    const file = supplier.gdprStatement.reviewDue;
    const before = latest.get(supplier.id);
    if (before && before.at > answer.answeredAt) continue;
    latest.set(supplier.id, {
      supplierId: supplier.id, supplierName: supplier.name, file, attested, by: answer.answeredBy, byName: names.get(answer.answeredBy) ?? answer.answeredBy,
      at: answer.answeredAt, attestationId: answer.attestationId, promptId: answer.promptId, differs: file === undefined || file < attested,
    });
  }
  return config.suppliers.flatMap((s) => (latest.has(s.id) ? [latest.get(s.id)!] : []));
}

/** The config with each differing renewal's date in place. */
export function withRenewals(config: VigilConfig, renewals: readonly RenewedDate[]): VigilConfig {
  const moved = new Map(renewals.filter((r) => r.differs).map((r) => [r.supplierId, r.attested]));
  if (moved.size === 0) return config;
  const suppliers = config.suppliers.map((s) => (moved.has(s.id) ? { ...s, gdprStatement: { ...s.gdprStatement, reviewDue: moved.get(s.id)! } } : s));
  return { ...config, suppliers };
}

/** A renewal as data (diff --json, the audit record of an apply). */
export function renewalJson(r: RenewedDate) {
  return {
    supplier: r.supplierId, supplierName: r.supplierName, field: 'gdprStatement.reviewDue', file: r.file ?? null, attested: r.attested, differs: r.differs,
    answer: 'yes', by: r.by, byName: r.byName, at: r.at.toISOString(), attestation: r.attestationId, prompt: r.promptId,
  };
}

/** Where each renewal's date is in the document: the value's characters to replace, and its path. */
export function renewalSplices(doc: Document, file: string, renewals: readonly RenewedDate[]): { start: number; end: number; value: string; path: string; renewal: RenewedDate }[] {
  const suppliers = doc.get('suppliers', true);
  return renewals.map((renewal) => {
    const index = isSeq(suppliers) ? suppliers.items.findIndex((item) => isMap(item) && item.get('id') === renewal.supplierId) : -1;
    const node = index < 0 ? undefined : doc.getIn(['suppliers', index, 'gdprStatement', 'reviewDue'], true);
    if (!isScalar(node) || !node.range) {
      throw new VigilError(ErrorCode.NotFound, `${file}: supplier "${renewal.supplierId}" has no gdprStatement.reviewDue to write ${renewal.attested} into; add one, then apply again`);
    }
    return { start: node.range[0], end: node.range[1], value: renewal.attested, path: `suppliers[${index}].gdprStatement.reviewDue`, renewal };
  });
}
