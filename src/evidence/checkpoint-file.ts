import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Db } from '../store/index.ts';
import { parseCheckpoints, type Checkpoint } from './checkpoint.ts';
import { verifyAgainstCheckpoints, type CheckpointCheck } from './checkpoint-verify.ts';

/**
 * The last checkpoint of this log in a checkpoint file, checked against the database: a new
 * checkpoint is only appended to a file whose last one the database still extends (a log never
 * signs a checkpoint inconsistent with one it published). Undefined when the file holds none.
 */
export async function lastCheckpointCheck(db: Db, file: string, origin: string): Promise<CheckpointCheck | undefined> {
  if (!existsSync(file)) return undefined;
  const ours = parseCheckpoints(await readFile(file, 'utf8')).filter((c) => c.origin === origin);
  const last = ours.at(-1);
  if (!last) return undefined;
  return (await verifyAgainstCheckpoints(db, [last], { origin })).checks[0];
}

/** Appends a checkpoint's note to the file, a blank line after it, creating the file (and its folder) if need be. */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint & { text: string }): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${checkpoint.text}\n`, 'utf8');
}
