import type { Attestation, StatementStatus, Supplier, VigilConfig } from '../config/schema.ts';
import { latestSupplierAnswers, type SupplierAttestedAnswer } from '../store/register-state.ts';
import type { Db } from '../store/index.ts';
import { renewalsFrom, withRenewals, type AttestedBy, type RenewedDate } from './live-renewals.ts';

/**
 * The register's live state: `vigil.yaml` (the register's source, reviewed like code) with what
 * suppliers' owners have attested since put in place. An attestation says which register field a
 * Yes sets (`sets: { gdprStatement: on-file }`); the latest Yes or No about each supplier is an
 * attested fact, with who and when. Status, the evidence pack and the Q&A all read this one
 * state, so they agree; `vigil register diff` lists where it differs from the file and
 * `vigil register apply` writes those differences into it.
 */

/** The register fields an attestation may set (one today: the GDPR statement's status). */
export type RegisterField = 'gdprStatement';

/** One fact a supplier's owner attested, beside what the file says. */
export interface AttestedFact extends AttestedBy {
  field: RegisterField;
  /** What vigil.yaml says. */
  file: StatementStatus;
  /** What the answer says. */
  attested: StatementStatus;
  answer: 'yes' | 'no';
}

/** The register as it stands: the file with attested facts in place, and those facts. */
export interface LiveRegister {
  /** The file's config with every differing attested fact in place: what status, pack and Q&A read. */
  config: VigilConfig;
  /** Every attested fact, agreeing with the file or not. */
  facts: AttestedFact[];
  /** The facts that differ from the file, in register order. */
  differences: AttestedFact[];
  /** Review dates moved on by a Yes (`sets: { reviewDue: P1Y }`), agreeing with the file or not; the later date is in `config`. */
  renewals: RenewedDate[];
}

/** The facts of one supplier's field, if any. */
export function factOf(live: LiveRegister | undefined, supplierId: string, field: RegisterField = 'gdprStatement'): AttestedFact | undefined {
  return live?.facts.find((f) => f.supplierId === supplierId && f.field === field);
}

/** What an answer attests, or nothing: a Yes sets the named value; a No denies it where the file holds it. */
function attestedValue(sets: StatementStatus, file: StatementStatus, value: SupplierAttestedAnswer['value']): StatementStatus | undefined {
  if (value === 'yes') return sets;
  // "Is it on file?" "No": a claim only against a file that says it is; "awaited" is no contradiction.
  if (value === 'no' && file === sets) return sets === 'missing' ? undefined : 'missing';
  return undefined;
}

/** Combines the file and the latest answers (as the store gives them) into the live register. */
export function liveRegister(config: VigilConfig, answers: readonly SupplierAttestedAnswer[]): LiveRegister {
  const attestations = new Map(config.attestations.filter((a) => a.sets).map((a) => [a.id, a]));
  const suppliers = new Map(config.suppliers.map((s) => [s.id, s]));
  const names = new Map(config.people.map((p) => [p.id, p.name]));
  const latest = new Map<string, AttestedFact>();
  for (const answer of answers) {
    const fact = factFrom(attestations.get(answer.attestationId), suppliers.get(answer.supplierId), answer, names);
    if (!fact) continue;
    const key = `${fact.supplierId}\u0000${fact.field}`;
    const before = latest.get(key);
    if (!before || before.at <= fact.at) latest.set(key, fact);
  }
  const order = new Map(config.suppliers.map((s, i) => [s.id, i]));
  const facts = [...latest.values()].sort((a, b) => order.get(a.supplierId)! - order.get(b.supplierId)!);
  const differences = facts.filter((f) => f.differs);
  const renewals = renewalsFrom(config, answers);
  return { config: withRenewals(withFacts(config, differences), renewals), facts, differences, renewals };
}

function factFrom(
  attestation: Attestation | undefined,
  supplier: Supplier | undefined,
  answer: SupplierAttestedAnswer,
  names: Map<string, string>,
): AttestedFact | undefined {
  const sets = attestation?.sets?.gdprStatement;
  if (!supplier || sets === undefined || answer.value === 'na') return undefined;
  const file = supplier.gdprStatement.status;
  const attested = attestedValue(sets, file, answer.value);
  if (attested === undefined) return undefined;
  return {
    supplierId: supplier.id, supplierName: supplier.name, field: 'gdprStatement', file, attested, answer: answer.value,
    by: answer.answeredBy, byName: names.get(answer.answeredBy) ?? answer.answeredBy, at: answer.answeredAt,
    attestationId: answer.attestationId, promptId: answer.promptId, differs: attested !== file,
  };
}

/** The config with the differing facts in place; suppliers without one are the file's own objects. */
function withFacts(config: VigilConfig, differences: readonly AttestedFact[]): VigilConfig {
  if (differences.length === 0) return config;
  const bySupplier = new Map(differences.map((f) => [f.supplierId, f]));
  const suppliers = config.suppliers.map((s) => {
    const fact = bySupplier.get(s.id);
    return fact ? { ...s, gdprStatement: { ...s.gdprStatement, status: fact.attested } } : s;
  });
  return { ...config, suppliers };
}

/** Reads the live register: the file, and the latest answers to the attestations that set a field. */
export async function readLiveRegister(db: Db, config: VigilConfig): Promise<LiveRegister> {
  const ids = config.attestations.filter((a) => a.sets).map((a) => a.id);
  return liveRegister(config, await latestSupplierAnswers(db, ids));
}

/** A fact as data (exports, `vigil register diff --json`): supplier, field, what the file says, what was attested, who, when. */
export function factJson(fact: AttestedFact) {
  return {
    supplier: fact.supplierId, supplierName: fact.supplierName, field: `${fact.field}.status`, file: fact.file, attested: fact.attested, differs: fact.differs,
    answer: fact.answer, by: fact.by, byName: fact.byName, at: fact.at.toISOString(), attestation: fact.attestationId, prompt: fact.promptId,
  };
}

const STATEMENT_WORDS: Record<StatementStatus, string> = {
  'on-file': 'on file', requested: 'requested', awaited: 'awaited', 'in-progress': 'in progress', missing: 'not on file',
};

/** A statement status in words: "on file", "not on file", "awaited"… */
export function statementWords(status: StatementStatus): string {
  return STATEMENT_WORDS[status];
}

/** A day as the office says it: "23 Nov 2026". */
export function dayWords(at: Date, timeZone: string): string {
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
}

/** "on file since 23 Nov 2026, attested by Raj Patel": the fact with its evidence. */
export function factWords(fact: AttestedFact, timeZone: string): string {
  return `${statementWords(fact.attested)} since ${dayWords(fact.at, timeZone)}, attested by ${fact.byName}`;
}

/**
 * " (attested by Raj Patel on 23 Nov 2026; vigil.yaml still says not on file)" for a supplier
 * whose file is behind what was attested, else "": for answers that list suppliers.
 */
export function differenceNote(live: LiveRegister | undefined, supplierId: string, timeZone: string): string {
  const fact = factOf(live, supplierId);
  if (!fact?.differs) return '';
  return ` (attested by ${fact.byName} on ${dayWords(fact.at, timeZone)}; vigil.yaml still says ${statementWords(fact.file)})`;
}

/** "vigil.yaml says not on file": what the file says, for a fact that differs. */
export function fileWords(fact: AttestedFact): string {
  return `vigil.yaml says ${statementWords(fact.file)}`;
}
