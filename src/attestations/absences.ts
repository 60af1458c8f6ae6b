import type { ConfigAbsence, VigilConfig } from '../config/schema.ts';
import {
  absencesEndingAfter, appendAudit, endAbsences, enqueue, insertAbsence, writeTransaction, type Db, type NewAbsence, type NewOutboxMessage, type StoredAbsence,
} from '../store/index.ts';
import type { Directory } from './directory.ts';
import { formatDay } from './render.ts';
import { addDays, zonedInstant } from './zoned-time.ts';

/**
 * Someone away from `from` until `until` (exclusive), from vigil.yaml or declared in chat. While
 * away they are not prompted, reminded or escalated about: with a delegate, prompts go to the
 * delegate instead; without one, each occurrence is recorded excused.
 */
export interface Absence {
  /** The absences row's id, or `vigil.yaml:<person>:<from>..<until>` for one from the config. */
  id: string;
  personId: string;
  from: Date;
  until: Date;
  delegateId?: string;
  source: 'chat' | 'config';
}

/** How far back the engine looks for absences: as far as a caught-up occurrence can lie. */
const LOOK_BACK_MS = 400 * 86_400_000;

/** The config's id of an absence it lists: what an excused prompt names. */
export function configAbsenceId(a: ConfigAbsence): string {
  return `vigil.yaml:${a.person}:${a.from}..${a.until}`;
}

/** vigil.yaml's absences as instants: from the start of the first day to the start of the day after the last, in the person's timezone. */
export function configAbsences(config: VigilConfig, directory: Directory): Absence[] {
  return config.absences.map((a) => {
    const zone = directory.timezoneOf(a.person);
    return {
      id: configAbsenceId(a), personId: a.person, from: zonedInstant(a.from, '00:00', zone), until: zonedInstant(addDays(a.until, 1), '00:00', zone),
      ...(a.delegate ? { delegateId: a.delegate } : {}), source: 'config' as const,
    };
  });
}

/** A stored (chat) absence, as the engine reads it. */
export function chatAbsence(a: StoredAbsence): Absence {
  return { id: a.id, personId: a.personId, from: a.from, until: a.until, ...(a.delegateId ? { delegateId: a.delegateId } : {}), source: 'chat' };
}

/** Who is away when: the absences in force, looked up by person and instant. */
export class AbsenceBook {
  private readonly byPerson = new Map<string, Absence[]>();

  constructor(absences: readonly Absence[]) {
    for (const a of absences) {
      if (a.until <= a.from) continue;
      const list = this.byPerson.get(a.personId) ?? [];
      list.push(a);
      this.byPerson.set(a.personId, list);
    }
  }

  static readonly none = new AbsenceBook([]);

  /**
   * The absence `personId` is on at `at`, if any. Where two overlap, the one declared with a
   * delegate wins (someone is covering), else the one ending last.
   */
  at(personId: string, at: Date): Absence | undefined {
    // Asked for everyone in an audience on every tick: most people have no absence at all.
    const theirs = this.byPerson.get(personId);
    if (!theirs) return undefined;
    const t = at.getTime();
    const on = theirs.filter((a) => a.from.getTime() <= t && t < a.until.getTime());
    return on.sort((a, b) => Number(Boolean(b.delegateId)) - Number(Boolean(a.delegateId)) || b.until.getTime() - a.until.getTime())[0];
  }

  /** Every absence of a person, oldest first. */
  of(personId: string): Absence[] {
    return [...(this.byPerson.get(personId) ?? [])].sort((a, b) => a.from.getTime() - b.from.getTime());
  }

  /** Every absence that has not ended at `at` (current and future), oldest first. */
  notEndedAt(at: Date): Absence[] {
    return [...this.byPerson.values()].flat().filter((a) => a.until > at).sort((a, b) => a.from.getTime() - b.from.getTime());
  }
}

/** The absences in force around `now`: vigil.yaml's and those declared in chat. */
export async function loadAbsences(db: Db, config: VigilConfig, directory: Directory, now: Date): Promise<AbsenceBook> {
  const stored = await absencesEndingAfter(db, new Date(now.getTime() - LOOK_BACK_MS));
  return new AbsenceBook([...configAbsences(config, directory), ...stored.map(chatAbsence)]);
}

/**
 * Records an absence declared in chat, sealed, with an audit record of who declared it, when and
 * where; and tells whoever covers (and the person, when someone else declared it), through the
 * outbox like every message. One transaction.
 */
export async function declareAbsence(db: Db, directory: Directory, input: NewAbsence, now: Date): Promise<StoredAbsence> {
  return writeTransaction(db, async (trx) => {
    const absence = await insertAbsence(trx, input, now);
    await appendAudit(trx, {
      actor: input.declaredBy, action: 'absence.declared', subject: input.personId,
      data: { absence: absence.id, from: absence.from.toISOString(), until: absence.until.toISOString(), delegate: absence.delegateId, channel: input.channel },
    }, now);
    const name = directory.nameOf(input.personId);
    const until = `the end of ${formatDay(new Date(absence.until.getTime() - 1), directory.timezoneOf(input.personId))}`;
    const messages: NewOutboxMessage[] = [];
    if (input.delegateId) {
      messages.push(note(`absence:${absence.id}:delegate`, input.delegateId, `${name} is away until ${until}: you will be asked their checks meanwhile, and may answer them on their behalf.`));
    }
    if (input.declaredBy !== input.personId) {
      messages.push(note(`absence:${absence.id}:person`, input.personId, `${directory.nameOf(input.declaredBy)} recorded you as away until ${until}${input.delegateId ? `, with ${directory.nameOf(input.delegateId)} covering` : ''}. Say \`back\` when you return.`));
    }
    await enqueue(trx, messages, now);
    return absence;
  });
}

/**
 * Ends a person's absences declared in chat (a `back`), sealed and audited; returns those ended.
 * With `declaredThrough`, only those declared through that channel (a cleared Slack status ends
 * the absence the status declared, not one said with `away`).
 */
export async function endAbsence(db: Db, personId: string, by: string, channel: string, now: Date, declaredThrough?: string): Promise<StoredAbsence[]> {
  return writeTransaction(db, async (trx) => {
    const ended = await endAbsences(trx, personId, by, now, declaredThrough);
    if (ended.length) await appendAudit(trx, { actor: by, action: 'absence.ended', subject: personId, data: { absences: ended.map((a) => a.id), channel } }, now);
    return ended;
  });
}

function note(dedupeKey: string, personId: string, text: string): NewOutboxMessage {
  return { dedupeKey, recipient: { kind: 'person', id: personId }, promptId: null, payload: { kind: 'escalation', message: { kind: 'text', text } } };
}
