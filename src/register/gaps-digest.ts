import type { OutboxPayload } from '../attestations/render.ts';
import type { Clock } from '../clock.ts';
import type { VigilConfig } from '../config/schema.ts';
import { enqueue, getState, setState, writeTransaction, type Db, type Recipient } from '../store/index.ts';
import type { Logger } from '../logger.ts';
import { tally, type GapLog } from './gaps.ts';

/** The engine-state key holding how many kept questions earlier digests have reported. */
export const DIGEST_MARK = 'qa-gaps.reported';

/** At most this many distinct questions in one message; the rest are counted. */
const MAX_LINES = 20;

/** The local weekday, hour and ISO week of an instant in the firm's timezone. */
export function localWeek(now: Date, timezone: string): { monday: boolean; hour: number; week: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', weekday: 'short' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  // The ISO week of the local date: the Thursday of its week decides the year.
  const date = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000);
  const week = Math.floor(dayOfYear / 7) + 1;
  return { monday: weekday === 0, hour: Number(parts.hour), week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}` };
}

/** The data-protection contact as a person of the workspace (by email, then name), else the compliance channel. */
function contactRecipient(config: VigilConfig): Recipient {
  const c = config.organisation.dataProtectionContact;
  const person =
    config.people.find((p) => c.email && p.email.toLowerCase() === c.email.toLowerCase()) ??
    config.people.find((p) => p.name.trim().toLowerCase() === c.name.trim().toLowerCase());
  return person ? { kind: 'person', id: person.id } : { kind: 'channel', id: 'compliance' };
}

/** The message: the week's unanswered questions, most asked first, text only. */
export function digestText(questions: readonly string[]): string {
  const gaps = tally(questions);
  const lines = gaps.slice(0, MAX_LINES).map((g) => `• ${g.count > 1 ? `${g.count}× ` : ''}${g.question}`);
  const more = gaps.length > MAX_LINES ? `\n…and ${gaps.length - MAX_LINES} more.` : '';
  return (
    `Questions Vigil could not answer since the last digest (${questions.length}, most asked first). ` +
    `Adding what they ask to the register or the policies lets Vigil answer them next time:\n${lines.join('\n')}${more}\n` +
    '`vigil ask --gaps` lists every question kept.'
  );
}

/**
 * Queues the weekly digest of unanswered questions for the data-protection contact, from Monday
 * 09:00 in the firm's timezone, once per ISO week (the dedupe key), and only when questions were
 * kept since the last one. The mark and the message are written in one transaction, so a crash
 * neither loses a week's questions nor reports them twice. Returns whether a digest was queued.
 */
export async function queueGapsDigest(db: Db, config: VigilConfig, gaps: GapLog, now: Date): Promise<boolean> {
  const { monday, hour, week } = localWeek(now, config.organisation.timezone);
  if (monday && hour < 9) return false;
  const kept = gaps.all();
  return writeTransaction(db, async (trx) => {
    const mark = Number((await getState(trx, DIGEST_MARK)) ?? 0);
    // A log emptied or replaced by hand starts again from its first question.
    const fresh = kept.slice(mark <= kept.length ? mark : 0);
    if (fresh.length === 0) return false;
    const payload: OutboxPayload = { kind: 'escalation', message: { kind: 'text', text: digestText(fresh) } };
    const queued = await enqueue(trx, [{ dedupeKey: `qa-gaps:${week}`, recipient: contactRecipient(config), promptId: null, payload }], now);
    if (queued === 0) return false; // this week's digest has gone already
    await setState(trx, DIGEST_MARK, String(kept.length));
    return true;
  });
}

/**
 * The heartbeat's weekly-gaps step: after each tick (on the leader only, as ticks are), queue the
 * digest when one is due. Never throws: a failed digest is logged and tried again next tick.
 */
export function weeklyGapsDigest(deps: { db: Db; config: () => VigilConfig; gaps: GapLog; clock: Clock; logger: Logger }): () => Promise<void> {
  return async () => {
    try {
      if (await queueGapsDigest(deps.db, deps.config(), deps.gaps, deps.clock.now())) deps.logger.info('queued the weekly digest of unanswered questions');
    } catch (error) {
      deps.logger.error('weekly digest of unanswered questions failed', { error: (error as Error).message });
    }
  };
}
