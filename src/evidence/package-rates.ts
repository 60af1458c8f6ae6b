import type { Attestation } from '../config/schema.ts';
import { accountedFor, type Outcome, type PopulationRow } from './package-rows.ts';

/** Counts for one population slice (a person's, a team's or an attestation's prompts). */
export interface Tally {
  prompts: number;
  /** Answered on time and compliant: what "done" means in the pack. */
  done: number;
  onTime: number;
  late: number;
  missed: number;
  excused: number;
  open: number;
  /** Answers that report a problem ("No", an unticked item): counted apart from done. */
  no: number;
  /** Missed but escalated to a manager or the compliance channel. */
  escalated: number;
  accountedFor: number;
}

export const emptyTally = (): Tally => ({ prompts: 0, done: 0, onTime: 0, late: 0, missed: 0, excused: 0, open: 0, no: 0, escalated: 0, accountedFor: 0 });

const FIELD: Record<Outcome, keyof Tally> = { 'on-time': 'onTime', late: 'late', missed: 'missed', excused: 'excused', open: 'open' };

function count(tally: Tally, row: PopulationRow): void {
  tally.prompts++;
  tally[FIELD[row.outcome]]++;
  if (row.saidNo) tally.no++;
  else if (row.outcome === 'on-time') tally.done++;
  if (row.escalated) tally.escalated++;
  if (accountedFor(row)) tally.accountedFor++;
}

/** Prompts whose due time has passed: the denominator of both rates (an open prompt is not yet judged). */
export const due = (t: Tally): number => t.prompts - t.open;
/**
 * Share answered by the due time, of the prompts due that were the person's to answer: one excused
 * by an absence is neither on time nor late, so it is left out, as status leaves it out; null
 * when none was.
 */
export const onTimeRate = (t: Tally): number | null => {
  const owed = due(t) - t.excused;
  return owed > 0 ? t.onTime / owed : null;
};
/** Share accounted for (answered, excused, or escalated), of the prompts due. */
export const accountedForRate = (t: Tally): number | null => (due(t) ? t.accountedFor / due(t) : null);

/** "93.4%", or "—" when nothing was due. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`;
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = emptyTally()));
  return t;
}

/**
 * Rates kept while the population streams past: per attestation, per person and attestation,
 * per team (a manager's direct reports) and attestation, and what each person missed. A few
 * thousand small counters whatever the period's length.
 */
export class PackageRates {
  readonly byAttestation = new Map<string, Tally>();
  readonly byPerson = new Map<string, Map<string, Tally>>();
  readonly byTeam = new Map<string, Map<string, Tally>>();
  readonly total = emptyTally();
  private readonly teamOf: (personId: string) => string;

  /** `teamOf` names a person's team: their manager's id, or '' for none. */
  constructor(teamOf: (personId: string) => string) {
    this.teamOf = teamOf;
  }

  add(row: PopulationRow): void {
    const { assigneeId, attestationId } = row.prompt;
    // A million rows pass through here: the four tallies a row counts into are found once per
    // (person, attestation) and kept, rather than looked up in three maps for every row.
    const key = `${assigneeId}\u0000${attestationId}`;
    let tallies = this.slots.get(key);
    if (!tallies) this.slots.set(key, (tallies = this.slotsFor(assigneeId, attestationId)));
    for (const tally of tallies) count(tally, row);
  }

  private readonly slots = new Map<string, Tally[]>();

  private slotsFor(assigneeId: string, attestationId: string): Tally[] {
    const person = this.byPerson.get(assigneeId) ?? new Map<string, Tally>();
    this.byPerson.set(assigneeId, person);
    const teamId = this.teamOf(assigneeId);
    const team = this.byTeam.get(teamId) ?? new Map<string, Tally>();
    this.byTeam.set(teamId, team);
    return [this.total, tallyOf(this.byAttestation, attestationId), tallyOf(person, attestationId), tallyOf(team, attestationId)];
  }

  /** One person's (or team's) counts over all attestations. */
  static sum(tallies: Map<string, Tally>): Tally {
    const sum = emptyTally();
    for (const t of tallies.values()) for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
    return sum;
  }
}

/** One control (e.g. ISO27001:A.8.13) and the attestations that evidence it. */
export interface ControlRow {
  control: string;
  attestations: { id: string; question: string; tally: Tally }[];
}

/** The control mapping: every control named by an attestation, in name order. */
export function controlRows(attestations: readonly Attestation[], rates: PackageRates): ControlRow[] {
  const controls = new Map<string, ControlRow>();
  for (const a of attestations) {
    for (const control of a.controls) {
      const row = controls.get(control) ?? { control, attestations: [] };
      row.attestations.push({ id: a.id, question: a.question, tally: rates.byAttestation.get(a.id) ?? emptyTally() });
      controls.set(control, row);
    }
  }
  return [...controls.values()].sort((x, y) => x.control.localeCompare(y.control));
}

/** Records for rates CSVs: one per owner (person or team) and attestation. */
export function rateRecords(owners: Map<string, Map<string, Tally>>, ownerColumn: string): Record<string, string | number | null>[] {
  const records: Record<string, string | number | null>[] = [];
  for (const [owner, tallies] of [...owners.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [attestation, t] of [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      records.push({
        [ownerColumn]: owner, attestation, prompts: t.prompts, due: due(t), done: t.done, on_time: t.onTime, late: t.late, missed: t.missed, excused: t.excused,
        open: t.open, no: t.no, escalated: t.escalated, accounted_for: t.accountedFor,
        on_time_rate: rateText(onTimeRate(t)), accounted_for_rate: rateText(accountedForRate(t)),
      });
    }
  }
  return records;
}

const rateText = (rate: number | null): string | null => (rate === null ? null : rate.toFixed(4));

export const RATE_COLUMNS = ['prompts', 'due', 'done', 'on_time', 'late', 'missed', 'excused', 'open', 'no', 'escalated', 'accounted_for', 'on_time_rate', 'accounted_for_rate'];
