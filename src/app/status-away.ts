import { declareAbsence, endAbsence } from '../attestations/absences.ts';
import { formatWhen } from '../attestations/render.ts';
import { absencesEndingAfter, enqueue, type Db } from '../store/index.ts';
import type { Snapshot } from './snapshot.ts';

/** A person's status as their chat platform shows it (Slack: emoji, text and when it clears). */
export interface ChatStatus {
  text: string;
  emoji: string;
  /** When the platform clears it; undefined when it does not. */
  expiresAt?: Date | undefined;
}

/** The channel an absence read from a status is recorded as declared through. */
export const STATUS_CHANNEL = 'slack-status';

// Slack's own presets for leave ("Vacationing" 🌴, "Out sick" 🤒) and what people write for it.
const LEAVE_EMOJI = new Set([':palm_tree:', ':face_with_thermometer:', ':desert_island:', ':beach_with_umbrella:']);
const LEAVE_WORDS = /\b(vacation(ing)?|holidays?|on leave|annual leave|(parental|maternity|paternity|sick|compassionate) leave|out sick|off sick|off work|ooo|out of (the )?office|pto)\b/i;

/** True when a status says its person is on leave, by Slack's leave presets or the words of one. */
export function statusMeansLeave(status: ChatStatus): boolean {
  return LEAVE_EMOJI.has(status.emoji) || LEAVE_WORDS.test(status.text);
}

/**
 * A person's chat status changed. A leave status that clears at a set time records them away
 * until then, as if they had said `away` (sealed, declared by them, through the status); one
 * that never clears records nothing, since an absence with no end would excuse checks for good,
 * and they are told once how to say when they are back. A status that no longer says leave ends
 * the absence a status declared (not one said with `away`).
 */
export async function statusChanged(db: Db, snapshot: Snapshot, personId: string, status: ChatStatus, now: Date): Promise<void> {
  const { directory } = snapshot;
  const fromStatus = (await absencesEndingAfter(db, now)).filter((a) => a.personId === personId && a.channel === STATUS_CHANNEL && a.endedAt === null);
  if (!statusMeansLeave(status)) {
    if (fromStatus.length) await endAbsence(db, personId, personId, STATUS_CHANNEL, now, STATUS_CHANNEL);
    return;
  }
  const zone = directory.timezoneOf(personId);
  const tell = (key: string, text: string) => enqueue(db, [{ dedupeKey: key, recipient: { kind: 'person', id: personId }, promptId: null, payload: { kind: 'escalation', message: { kind: 'text', text } } }], now);
  if (!status.expiresAt || status.expiresAt <= now) {
    await tell(`status-leave:${personId}:${now.toISOString().slice(0, 10)}`,
      'Your status says you are on leave, but not until when, so your checks are still asked. Say `away until` and your last day (e.g. `away until 14 Dec`) to be excused meanwhile, or give your status an end time.');
    return;
  }
  const until = status.expiresAt;
  if (fromStatus.some((a) => a.until.getTime() === until.getTime())) return; // the same status again
  if (fromStatus.length) await endAbsence(db, personId, personId, STATUS_CHANNEL, now, STATUS_CHANNEL);
  const absence = await declareAbsence(db, directory, { personId, from: now, until, declaredBy: personId, channel: STATUS_CHANNEL }, now);
  await tell(`status-leave:${absence.id}`,
    `Your status says you are on leave until ${formatWhen(until, zone)}: you are recorded as away until then, so nothing is asked of you and each check meanwhile is excused. Say \`back\` if you return sooner.`);
}
