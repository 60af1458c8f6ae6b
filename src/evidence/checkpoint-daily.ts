import { resolve, dirname } from 'node:path';
import type { OutboxPayload } from '../attestations/render.ts';
import { localDate, zonedInstant } from '../attestations/zoned-time.ts';
import type { Clock } from '../clock.ts';
import type { VigilConfig } from '../config/schema.ts';
import type { Logger } from '../logger.ts';
import { enqueue, type Db } from '../store/index.ts';
import type { SigningKey } from './checkpoint.ts';
import { appendCheckpoint, lastCheckpointCheck } from './checkpoint-file.ts';
import { checkpointOrigin } from './checkpoint-integrity.ts';
import { makeCheckpoint } from './checkpoint-verify.ts';

/** When the daily checkpoint is due, by default, in the office's timezone. */
export const DEFAULT_CHECKPOINT_TIME = '18:00';

/** What one day's publication did. */
export interface DailyCheckpointResult {
  /** False when today's message had been queued already (a restart): nothing else was done. */
  queued: boolean;
  /** The checkpoint published, unless the file's last one no longer holds. */
  checkpoint?: { size: number; hash: string; text: string };
  appended: boolean;
  /** Why no checkpoint was published: the database no longer extends the file's last one. */
  refused?: string;
}

/** The checkpoint file named in vigil.yaml, relative to it. */
export function checkpointFile(config: VigilConfig, configFile: string): string | undefined {
  const file = config.checkpoints?.file;
  return file ? resolve(dirname(configFile), file) : undefined;
}

function checkpointMessage(day: string, checkpoint: { size: number; text: string }, signed: boolean): string {
  return `Audit checkpoint for ${day}: Vigil's audit log holds ${checkpoint.size.toLocaleString('en-GB')} records${signed ? ', signed' : ' (unsigned: no signing key is set)'}. ` +
    'Keep it outside Vigil: `vigil audit verify --checkpoint` with it proves later that no record up to here was rewritten or removed.\n\n' + checkpoint.text;
}

function refusalMessage(day: string, why: string): string {
  return `Audit checkpoint for ${day} NOT published: the database no longer extends the last checkpoint in the checkpoint file. ${why}. ` +
    'Run `vigil audit verify --checkpoint <the checkpoint file>` to see where the log diverges, and treat the evidence as possibly altered until it is explained.';
}

/**
 * Publishes one day's checkpoint: queues it for the compliance channel (once per day, by its
 * dedupe key) and appends it to the checkpoint file. When the file's last checkpoint no longer
 * holds (the log was rewritten or cut off), no checkpoint is made: the channel is told instead.
 */
export async function publishDailyCheckpoint(db: Db, config: VigilConfig, options: { day: string; now: Date; key?: SigningKey; file?: string }): Promise<DailyCheckpointResult> {
  const origin = checkpointOrigin(config);
  const previous = options.file ? await lastCheckpointCheck(db, options.file, origin) : undefined;
  const refused = previous && (previous.status === 'diverged' || previous.status === 'cut-off') ? previous.message : undefined;
  const checkpoint = refused ? undefined : await makeCheckpoint(db, origin, options.key);
  const text = checkpoint ? checkpointMessage(options.day, checkpoint, Boolean(options.key)) : refusalMessage(options.day, refused!);
  const payload: OutboxPayload = { kind: 'escalation', message: { kind: 'text', text } };
  const queued = (await enqueue(db, [{ dedupeKey: `audit-checkpoint:${options.day}`, recipient: { kind: 'channel', id: 'compliance' }, promptId: null, payload }], options.now)) > 0;
  const appended = queued && checkpoint !== undefined && options.file !== undefined;
  if (appended) await appendCheckpoint(options.file!, checkpoint!);
  return { queued, appended, ...(checkpoint && queued ? { checkpoint } : {}), ...(refused ? { refused } : {}) };
}

/**
 * The heartbeat's daily-checkpoint step: after each tick (on the leader only, as ticks are), once
 * the day's checkpoint time has passed in the office's timezone, publish it. Never throws: a
 * failure is logged and tried again next tick.
 */
export function dailyCheckpoint(deps: { db: Db; config: () => VigilConfig; configFile: string; key?: SigningKey; clock: Clock; logger: Logger }): () => Promise<void> {
  let doneFor: string | undefined;
  return async () => {
    try {
      const config = deps.config();
      const now = deps.clock.now();
      const zone = config.organisation.timezone;
      const day = localDate(now, zone);
      if (doneFor === day || now < zonedInstant(day, config.checkpoints?.time ?? DEFAULT_CHECKPOINT_TIME, zone)) return;
      const file = checkpointFile(config, deps.configFile);
      const result = await publishDailyCheckpoint(deps.db, config, { day, now, ...(deps.key ? { key: deps.key } : {}), ...(file ? { file } : {}) });
      doneFor = day;
      if (result.refused) deps.logger.error('daily audit checkpoint refused: the database no longer extends the checkpoint file', { problem: result.refused });
      else if (result.queued) deps.logger.info('published the daily audit checkpoint', { records: result.checkpoint?.size, appended: result.appended });
    } catch (error) {
      deps.logger.error('daily audit checkpoint failed', { error: (error as Error).message });
    }
  };
}
