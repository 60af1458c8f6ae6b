import { configAbsences, declareAbsence, endAbsence, type Absence } from '../attestations/absences.ts';
import type { Directory } from '../attestations/directory.ts';
import { formatDay, formatWhen } from '../attestations/render.ts';
import { addDays, zonedInstant } from '../attestations/zoned-time.ts';
import { ErrorCode, VigilError } from '../errors.ts';
import type { Db } from '../store/index.ts';
import { readAway, todayIn } from './absence-words.ts';
import type { Snapshot } from './snapshot.ts';

/** What `away` and `back` need: the store, the config in force, the time and the channel they came through. */
export interface AwayDeps {
  db: Db;
  snapshot: Snapshot;
  now: Date;
  channel: string;
}

/**
 * `away until 14 Dec[, delegate to Sam]`, `away 14 Dec - 2 Jan`, `away for amy until …`: records
 * the absence (sealed, with who declared it and where) and says what it means. Staff declare
 * their own; a manager may for their reports, the compliance lead for anyone.
 */
export async function away(deps: AwayDeps, declarer: string, args: string): Promise<string> {
  const { directory } = deps.snapshot;
  const reading = readAway(args, todayIn(deps.now, directory.timezoneOf(declarer)));
  if (!reading.ok) throw new VigilError(ErrorCode.InvalidAnswer, reading.refusal);
  const { words } = reading;
  const personId = words.forWhom ? findPerson(directory, words.forWhom) : declarer;
  if (personId !== declarer && !(directory.isCompliance(declarer) || directory.reportsOf(declarer).includes(personId))) {
    throw new VigilError(ErrorCode.Forbidden, `only ${directory.nameOf(personId)}, their manager or the compliance lead may record their absence`);
  }
  const delegateId = words.delegate ? findPerson(directory, words.delegate) : undefined;
  if (delegateId === personId) throw new VigilError(ErrorCode.InvalidAnswer, `${directory.nameOf(personId)} cannot cover their own absence: name someone else, or leave the delegate out`);
  const zone = directory.timezoneOf(personId);
  const today = todayIn(deps.now, zone);
  // From now when it starts today, so what was asked earlier today is not rewritten; else from the first day's midnight.
  const from = words.firstDay && words.firstDay > today ? zonedInstant(words.firstDay, '00:00', zone) : deps.now;
  const until = zonedInstant(addDays(words.lastDay, 1), '00:00', zone);
  await declareAbsence(deps.db, directory, { personId, from, until, delegateId, declaredBy: declarer, channel: deps.channel }, deps.now);
  return awayWords(directory, declarer, { personId, from, until, ...(delegateId ? { delegateId } : {}) }, deps.now);
}

/** `back` (or `back for amy`): ends the absences declared in chat, from now. */
export async function back(deps: AwayDeps, declarer: string, args: string): Promise<string> {
  const { directory } = deps.snapshot;
  const named = /^for\s+(.+)$/i.exec(args.trim());
  if (args.trim() && !named) throw new VigilError(ErrorCode.InvalidAnswer, 'say `back`, or `back for <name>` for someone else');
  const personId = named ? findPerson(directory, named[1]!) : declarer;
  if (personId !== declarer && !(directory.isCompliance(declarer) || directory.reportsOf(declarer).includes(personId))) {
    throw new VigilError(ErrorCode.Forbidden, `only ${directory.nameOf(personId)}, their manager or the compliance lead may end their absence`);
  }
  const who = personId === declarer ? 'you' : directory.nameOf(personId);
  const ended = await endAbsence(deps.db, personId, declarer, deps.channel, deps.now);
  const fromFile = configAbsences(directory.config, directory).find((a) => a.personId === personId && a.until > deps.now);
  const file = fromFile ? ` vigil.yaml also records ${who} away ${span(fromFile, directory, deps.now)}: ask ${complianceName(directory)} to change it there.` : '';
  if (ended.length === 0) return `${who === 'you' ? 'You are' : `${who} is`} not recorded as away in chat.${file}`;
  return `Welcome back: ${who === 'you' ? 'your' : `${who}'s`} absence is ended as of ${formatWhen(deps.now, directory.timezoneOf(declarer))}, and checks are asked of ${who === 'you' ? 'you' : 'them'} again from now on.${file}`;
}

/** What was recorded, in words for whoever declared it. */
function awayWords(directory: Directory, declarer: string, absence: Omit<Absence, 'id' | 'source'>, now: Date): string {
  const self = absence.personId === declarer;
  const who = self ? 'you are' : `${directory.nameOf(absence.personId)} is`;
  const them = self ? 'you' : 'them';
  const lines = [`Recorded: ${who} away ${span(absence, directory, now)}.`];
  if (absence.delegateId) {
    lines.push(`${directory.nameOf(absence.delegateId)} is asked ${self ? 'your' : 'their'} checks meanwhile, and may answer them on ${self ? 'your' : 'their'} behalf (recorded as such). Nobody is reminded or told about ${them} meanwhile.`);
  } else {
    lines.push(`Nothing is asked of ${them}, and nobody is reminded or told about ${them}, meanwhile; each check in that time is recorded as excused, not missed.`);
  }
  lines.push(self ? 'Say `back` if you return sooner.' : `Say \`back for ${absence.personId}\` if they return sooner.`);
  return lines.join(' ');
}

/** "from now until the end of Mon 14 Dec" or "from Mon 14 Dec until the end of Sat 2 Jan". */
function span(absence: Pick<Absence, 'personId' | 'from' | 'until'>, directory: Directory, now: Date): string {
  const zone = directory.timezoneOf(absence.personId);
  const lastDay = formatDay(new Date(absence.until.getTime() - 1), zone);
  const from = absence.from <= now ? 'from now' : `from ${formatDay(absence.from, zone)}`;
  return `${from} until the end of ${lastDay}`;
}

/** A person by id, first name or full name, as typed. */
function findPerson(directory: Directory, words: string): string {
  const wanted = words.trim().toLowerCase();
  const people = directory.allPeople();
  const match = people.find((p) => p.id === wanted) ?? people.find((p) => p.name.toLowerCase() === wanted)
    ?? (people.filter((p) => p.name.toLowerCase().split(' ')[0] === wanted).length === 1 ? people.find((p) => p.name.toLowerCase().split(' ')[0] === wanted) : undefined);
  if (!match) throw new VigilError(ErrorCode.NotFound, `nobody called "${words.trim()}" here: name them by id or full name`);
  return match.id;
}

function complianceName(directory: Directory): string {
  const lead = directory.allPeople().find((p) => p.roles.includes('compliance'));
  return lead ? lead.name : 'the compliance lead';
}
