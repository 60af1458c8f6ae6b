import { randomUUID } from 'node:crypto';
import type { Db } from './database.ts';
import { appendSeals, sealEntry } from './seal.ts';
import type { NoticesTable } from './tables.ts';

/** A reminder, escalation or missed mark the engine gave a prompt: evidence of how it was chased. */
export interface NewNotice {
  promptId: string;
  kind: NoticesTable['kind'];
  step: number;
  target: NoticesTable['target'];
  recipientId: string | null;
}

/** Records notices; one already recorded for the same prompt, kind and step is kept as it was. */
export async function recordNotices(db: Db, notices: readonly NewNotice[], now: Date): Promise<void> {
  const rows = notices.map((n) => ({ id: randomUUID(), prompt_id: n.promptId, kind: n.kind, step: n.step, target: n.target, recipient_id: n.recipientId, created_at: now.toISOString() }));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const inserted = await db.insertInto('notices').values(chunk).onConflict((oc) => oc.columns(['prompt_id', 'kind', 'step']).doNothing()).returning('id').execute();
    // Only the rows actually inserted are sealed: one already recorded keeps its seal.
    const ids = new Set(inserted.map((r) => r.id));
    await appendSeals(db, 'notices', 'insert', chunk.filter((row) => ids.has(row.id)).map((row) => sealEntry('notices', row)), { actor: 'engine', now });
  }
}
