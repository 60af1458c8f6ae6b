import { sql } from 'kysely';
import type { Db } from './database.ts';
import { toPrompt, type Prompt } from './prompts.ts';
import { chunks } from './transactions.ts';

/** How one person did on one attestation over a period: prompts whose window has closed. */
export interface PersonTally {
  assigneeId: string;
  attestationId: string;
  /** Prompts of the period whose window has closed (or that were answered before it did). */
  closed: number;
  /** Answered within the window. */
  onTime: number;
  /** Answered after the window closed. */
  late: number;
  /** Window closed and still unanswered. */
  missed: number;
  /** Fell inside the assignee's absence: accounted for, and not in `closed`. */
  excused: number;
}

// A "in (…)" list stays well under every driver's parameter limit.
const SCOPE_CHUNK = 400;

/** Runs `read` once over everyone (no scope) or once per chunk of the scope, concatenating. */
async function perScope<T>(scope: readonly string[] | undefined, read: (ids: readonly string[] | undefined) => Promise<T[]>): Promise<T[]> {
  if (!scope) return read(undefined);
  const out: T[] = [];
  for (const ids of chunks(scope, SCOPE_CHUNK)) out.push(...(await read(ids)));
  return out;
}

/**
 * The latest prompt of each (attestation, subject) among prompts occurring since `since`
 * (assigned to `scope` when given): the current period, read from the period alone so that
 * history before it costs nothing.
 */
export async function currentPromptsSince(db: Db, since: Date, scope?: readonly string[]): Promise<Prompt[]> {
  const from = since.toISOString();
  const rows = await perScope(scope, async (ids) => {
    let latest = db.selectFrom('prompts').select(['attestation_id', 'subject_kind', 'subject_id', (eb) => eb.fn.max('occurrence').as('occurrence')]).where('occurrence', '>=', from);
    if (ids) latest = latest.where('assignee_id', 'in', ids);
    let query = db
      .selectFrom('prompts as p')
      .innerJoin(latest.groupBy(['attestation_id', 'subject_kind', 'subject_id']).as('l'), (join) => join
        .onRef('p.attestation_id', '=', 'l.attestation_id')
        .onRef('p.subject_kind', '=', 'l.subject_kind')
        .onRef('p.subject_id', '=', 'l.subject_id')
        .onRef('p.occurrence', '=', 'l.occurrence'))
      .selectAll('p');
    if (ids) query = query.where('p.assignee_id', 'in', ids);
    return query.execute();
  });
  return rows.map(toPrompt).sort(byAttestationThenSubject);
}

/**
 * The latest prompt of each subject for attestations that asked nothing in the period (a
 * quarterly or yearly question): each is an index range over that attestation alone.
 */
export async function latestPromptsOf(db: Db, attestationIds: readonly string[], scope?: readonly string[]): Promise<Prompt[]> {
  const out: Prompt[] = [];
  for (const attestationId of attestationIds) {
    const rows = await perScope(scope, async (ids) => {
      let query = db.selectFrom('prompts as p').selectAll('p').where('p.attestation_id', '=', attestationId)
        .where('p.occurrence', '=', (eb) => eb.selectFrom('prompts as q').select((q) => q.fn.max('q.occurrence').as('o'))
          .whereRef('q.attestation_id', '=', 'p.attestation_id').whereRef('q.subject_kind', '=', 'p.subject_kind').whereRef('q.subject_id', '=', 'p.subject_id'));
      if (ids) query = query.where('p.assignee_id', 'in', ids);
      return query.execute();
    });
    out.push(...rows.map(toPrompt));
  }
  return out.sort(byAttestationThenSubject);
}

function byAttestationThenSubject(a: Prompt, b: Prompt): number {
  return a.attestationId < b.attestationId ? -1 : a.attestationId > b.attestationId ? 1 : a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0;
}

/**
 * Per person and attestation, how the prompts occurring in [since, until) went, counted in the
 * database. A prompt answered in its window keeps the answer's time as closed_at (before
 * closes_at); one the window closed keeps closes_at, whether or not it was answered later.
 */
export async function personTalliesSince(db: Db, since: Date, until: Date, scope?: readonly string[]): Promise<PersonTally[]> {
  const onTime = sql<number>`sum(case when status = 'answered' and closed_at < closes_at then 1 else 0 end)`;
  const late = sql<number>`sum(case when status = 'answered' and closed_at >= closes_at then 1 else 0 end)`;
  const missed = sql<number>`sum(case when status = 'missed' then 1 else 0 end)`;
  // Excused occurrences (the assignee was away) are counted apart: neither on time nor missed.
  const closed = sql<number>`sum(case when status in ('answered', 'missed') then 1 else 0 end)`;
  const excused = sql<number>`sum(case when status = 'excused' then 1 else 0 end)`;
  const rows = await perScope(scope, async (ids) => {
    let query = db.selectFrom('prompts')
      .select(['assignee_id', 'attestation_id', closed.as('closed'), onTime.as('on_time'), late.as('late'), missed.as('missed'), excused.as('excused')])
      .where('occurrence', '>=', since.toISOString()).where('occurrence', '<', until.toISOString());
    if (ids) query = query.where('assignee_id', 'in', ids);
    return query.groupBy(['assignee_id', 'attestation_id']).execute();
  });
  return rows.map((r) => ({
    assigneeId: r.assignee_id, attestationId: r.attestation_id,
    closed: Number(r.closed), onTime: Number(r.on_time), late: Number(r.late), missed: Number(r.missed), excused: Number(r.excused),
  }));
}

/** Prompts occurring since `since` counted per occurrence and status (of `scope` only, when given). */
export async function promptCountsSince(db: Db, since: Date, scope?: readonly string[]): Promise<{ occurrence: Date; status: Prompt['status']; count: number }[]> {
  const rows = await perScope(scope, async (ids) => {
    let query = db.selectFrom('prompts').select(['occurrence', 'status', (eb) => eb.fn.countAll().as('n')]).where('occurrence', '>=', since.toISOString());
    if (ids) query = query.where('assignee_id', 'in', ids);
    return query.groupBy(['occurrence', 'status']).execute();
  });
  return rows.map((r) => ({ occurrence: new Date(r.occurrence), status: r.status, count: Number(r.n) }));
}
