// Outbox claims as fencing tokens: a claim taken back by another dispatcher matches nothing.
// Runs on SQLite and again on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  claimDue, confirmClaim, createLeadership, handBack, markSent, migrateToLatest, recordFailure, requeueUnsure, type Claim, type Database,
} from '../../src/store/index.ts';
import { releaseTestDatabase, testDatabase } from '../fixtures/engine-harness.ts';
import { insertPromptWithMessage, promptRow } from '../fixtures/store-rows.ts';

let dir: string;
let db: Kysely<Database>;
const now = new Date('2026-11-20T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const oldLeader: Claim = { claimer: 'a', epoch: 1 };
const newLeader: Claim = { claimer: 'b', epoch: 2 };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-claims-'));
  db = await testDatabase(dir);
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

const row = async (id: string) => db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('fenced outbox claims', () => {
  it('a claim another dispatcher has taken back can be neither confirmed, recorded sent, failed nor handed back; the new holder\'s can', async () => {
    await insertPromptWithMessage(db);
    const [message] = await claimDue(db, oldLeader, now, 50);
    expect(message).toBeDefined();
    expect(await confirmClaim(db, message!.id, oldLeader, later(1))).toBe(true);
    // A new leader puts back every claim but its own.
    expect(await requeueUnsure(db, { except: newLeader }, later(2), 0)).toBe(1);
    expect(await confirmClaim(db, message!.id, oldLeader, later(3))).toBe(false);
    expect(await markSent(db, message!.id, { ts: 'old' }, later(3), oldLeader)).toBe(false);
    expect(await recordFailure(db, message!.id, oldLeader, { attempts: 1, giveUp: true, reason: 'x', retryAt: later(3) })).toBe(false);
    expect(await handBack(db, [message!.id], oldLeader)).toBe(0);
    const [again] = await claimDue(db, newLeader, later(3), 50);
    expect(again).toMatchObject({ id: message!.id, unsure: true });
    expect(await confirmClaim(db, message!.id, oldLeader, later(4))).toBe(false); // same row, another's claim
    expect(await confirmClaim(db, message!.id, newLeader, later(4))).toBe(true);
    expect(await markSent(db, message!.id, { ts: 'new' }, later(5), newLeader)).toBe(true);
    expect(await row(message!.id)).toMatchObject({ status: 'sent', platform_ref: JSON.stringify({ ts: 'new' }), claimed_by: null });
  });

  it('an unsure message is due again only once the request timeout has passed since its send began', async () => {
    const ids = [await insertPromptWithMessage(db, promptRow({ subject_id: 'amy' })), await insertPromptWithMessage(db, promptRow({ subject_id: 'bob' }))];
    const claimed = await claimDue(db, oldLeader, now, 50);
    expect(claimed).toHaveLength(2);
    // Slack's client gives up after 10 s. At the takeover one send began 11 s ago (Slack is done
    // with it: look at once), the other 3 s ago (it may still be stored: wait a full timeout).
    await confirmClaim(db, claimed[0]!.id, oldLeader, later(1_000));
    await confirmClaim(db, claimed[1]!.id, oldLeader, later(9_000));
    await requeueUnsure(db, { except: newLeader }, later(12_000), 10_000);
    const due = await db.selectFrom('outbox').select(['prompt_id', 'next_attempt_at', 'status']).orderBy('next_attempt_at').execute();
    expect(due.map((r) => r.status)).toEqual(['pending', 'pending']);
    expect(due.map((r) => r.prompt_id)).toEqual(claimed.map((m) => m.promptId));
    expect([...ids].sort()).toEqual(claimed.map((m) => m.promptId).sort());
    expect(due.map((r) => r.next_attempt_at)).toEqual([later(12_000).toISOString(), later(22_000).toISOString()]);
    expect(await claimDue(db, newLeader, later(21_999), 50)).toHaveLength(1);
    expect(await claimDue(db, newLeader, later(22_000), 50)).toHaveLength(1);
  });

  it('handed back, a claim is pending again as never sent (not unsure)', async () => {
    await insertPromptWithMessage(db);
    const [message] = await claimDue(db, oldLeader, now, 50);
    expect(await handBack(db, [message!.id], oldLeader)).toBe(1);
    expect(await row(message!.id)).toMatchObject({ status: 'pending', claimed_by: null, claim_epoch: null, platform_ref: null });
    const [again] = await claimDue(db, newLeader, now, 50);
    expect(again).toMatchObject({ id: message!.id, unsure: false });
  });

  it('each new leader gets a larger epoch', async () => {
    const first = createLeadership(db);
    expect(await first.check()).toBe(true);
    const epoch = first.epoch!;
    await first.release();
    const second = createLeadership(db);
    expect(await second.check()).toBe(true);
    expect(second.epoch).toBeGreaterThan(epoch);
    await second.release();
  });
});
