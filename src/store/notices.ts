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

/** What makes a notice unique: its prompt, kind and step. */
export function noticeKey(notice: Pick<NewNotice, 'promptId' | 'kind' | 'step'>): string {
  return `${notice.promptId}|${notice.kind}|${notice.step}`;
}

/**
 * Records notices; one already recorded for the same prompt, kind and step is kept as it was.
 * Returns the {@link noticeKey}s of those recorded now, so only they are told about.
 */
export async function recordNotices(db: Db, notices: readonly NewNotice[], now: Date): Promise<Set<string>> {
  const recorded = new Set<string>();
  const rows = notices.map((n) => ({ id: randomUUID(), prompt_id: n.promptId, kind: n.kind, step: n.step, target: n.target, recipient_id: n.recipientId, created_at: now.toISOString() }));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const inserted = await db.insertInto('notices').values(chunk).onConflict((oc) => oc.columns(['prompt_id', 'kind', 'step']).doNothing()).returning('id').execute();
    // Only the rows actually inserted are sealed: one already recorded keeps its seal.
    const ids = new Set(inserted.map((r) => r.id));
    const fresh = chunk.filter((row) => ids.has(row.id));
    for (const row of fresh) recorded.add(noticeKey({ promptId: row.prompt_id, kind: row.kind, step: row.step }));
    await appendSeals(db, 'notices', 'insert', fresh.map((row) => sealEntry('notices', row)), { actor: 'engine', now });
  }
  return recorded;
}
