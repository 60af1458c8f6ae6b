import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DAILY_BACKUP, Harness, testStoreLocation } from '../fixtures/engine-harness.ts';

let h: Harness;
afterEach(() => h?.close());

describe('two processes on one store', () => {
  it('never issue a prompt twice: the unique index and the write lock hold', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T00:00:00Z'); // migrates and syncs people
    const worker = new URL('../fixtures/tick-worker.ts', import.meta.url).pathname;
    const run = () => promisify(execFile)(process.execPath, [worker, '2026-11-23T00:00:00Z', String(24 * 5), testStoreLocation(h.dir)]);
    const [a, b] = await Promise.all([run(), run()]);
    const issuedA = Number(a.stdout.trim());
    const issuedB = Number(b.stdout.trim());
    // Five weekdays × four people, issued once between them (each process saw some).
    expect(issuedA + issuedB).toBe(20);
    expect(await h.count('prompts')).toBe(20);
    const promptMessages = await h.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', 'prompt:%').execute();
    expect(promptMessages).toHaveLength(20);
    const reminders = await h.db.selectFrom('notices').select('id').where('kind', '=', 'reminder').execute();
    expect(reminders).toHaveLength(20);
  }, 60_000);

  it('record one revision when the same answer is pressed in both at once: one finding, one notice to the manager', async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    await h.tick();
    const promptId = 'backup/person:cat/2026-11-23T09:00:00.000Z';
    const worker = new URL('./press-worker.ts', import.meta.url).pathname;
    const startAt = String(Date.now() + 3000); // after both have loaded
    const press = (name: string) => promisify(execFile)(process.execPath, [worker, testStoreLocation(h.dir), promptId, '25', name, startAt]);
    const [a, b] = await Promise.all([press('a'), press('b')]);
    expect(Number(a.stdout.trim()) + Number(b.stdout.trim())).toBe(1);
    expect(await h.db.selectFrom('answers').select(['revision', 'value']).execute()).toEqual([{ revision: 1, value: 'no' }]);
    expect(await h.count('findings')).toBe(1);
    expect(await h.db.selectFrom('outbox').select('recipient_id').where('dedupe_key', 'like', 'no-answer:%').execute()).toEqual([{ recipient_id: 'bob' }]);
    expect(await h.count('processed_events')).toBe(50); // every press was seen, none was a retry
  }, 60_000);
});
