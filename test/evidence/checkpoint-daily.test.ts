import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSignature, parseCheckpoints, SigningKey } from '../../src/evidence/checkpoint.ts';
import { dailyCheckpoint } from '../../src/evidence/checkpoint-daily.ts';
import { verifyAgainstCheckpoints } from '../../src/evidence/checkpoint-verify.ts';
import { memoryLogger } from '../../src/logger.ts';
import { appendAudit, auditHash, pendingMessages } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

const ORIGIN = 'vigil.acme-bookkeeping';
let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  for (let i = 1; i <= 3; i++) await appendAudit(h.db, { actor: 'amy', action: `event.${i}` }, h.clock.now());
});
afterEach(() => h.close());

function daily(key?: SigningKey, checkpoints: { file?: string; time: string } = { file: 'kept/checkpoints.txt', time: '18:00' }) {
  const logger = memoryLogger();
  const config = { ...h.config, checkpoints };
  const step = dailyCheckpoint({ db: h.db, config: () => config, configFile: join(h.dir, 'vigil.yaml'), clock: h.clock, logger, ...(key ? { key } : {}) });
  return { step, logger, file: join(h.dir, 'kept/checkpoints.txt') };
}

const checkpointMessages = async () => (await pendingMessages(h.db, h.clock.now())).filter((m) => m.dedupeKey.startsWith('audit-checkpoint:'));

describe('the daily checkpoint (the bot heartbeat\'s step)', () => {
  it('once a day after its time (office timezone): posted to the compliance channel and appended to the file; a later tick does nothing more', async () => {
    const { step, file } = daily();
    h.clock.set('2026-11-23T17:59:00Z');
    await step();
    expect(await checkpointMessages()).toEqual([]);
    expect(existsSync(file)).toBe(false);

    h.clock.set('2026-11-23T18:00:00Z');
    await step();
    const [message] = await checkpointMessages();
    expect(message).toMatchObject({ dedupeKey: 'audit-checkpoint:2026-11-23', recipient: { kind: 'channel', id: 'compliance' }, promptId: null });
    const text = (message!.payload as { message: { text: string } }).message.text;
    expect(text).toMatch(/^Audit checkpoint for 2026-11-23: Vigil's audit log holds \d+ records \(unsigned: no signing key is set\)\. Keep it outside Vigil/);
    const kept = parseCheckpoints(readFileSync(file, 'utf8'));
    expect(kept).toHaveLength(1);
    expect(text.endsWith(kept[0]!.text)).toBe(true);

    h.clock.set('2026-11-23T18:30:00Z');
    await step();
    expect(await checkpointMessages()).toHaveLength(1);
    expect(parseCheckpoints(readFileSync(file, 'utf8'))).toHaveLength(1);

    await appendAudit(h.db, { actor: 'amy', action: 'next.day' }, h.clock.now());
    h.clock.set('2026-11-24T18:05:00Z');
    await step();
    const both = parseCheckpoints(readFileSync(file, 'utf8'));
    expect(both.map((c) => c.size)).toEqual([kept[0]!.size, kept[0]!.size + 1]);
    expect((await verifyAgainstCheckpoints(h.db, both, { origin: ORIGIN })).ok).toBe(true);
  });

  it('a restart the same day (the message already queued) neither posts nor appends again', async () => {
    h.clock.set('2026-11-23T18:00:00Z');
    await daily().step();
    await daily().step();
    expect(await checkpointMessages()).toHaveLength(1);
    expect(parseCheckpoints(readFileSync(daily().file, 'utf8'))).toHaveLength(1);
  });

  it('signed with the signing key when one is set: the verifier key accepts the kept checkpoint', async () => {
    const { key } = SigningKey.generate(ORIGIN);
    const { step, file } = daily(key);
    h.clock.set('2026-11-23T18:00:00Z');
    await step();
    const [kept] = parseCheckpoints(readFileSync(file, 'utf8'));
    expect(checkSignature(kept!, key.verifier)).toBe('valid');
    expect((await checkpointMessages())[0]!.payload).toMatchObject({ message: { text: expect.stringContaining('records, signed.') } });
  });

  it('without a file it still posts to the channel', async () => {
    const { step } = daily(undefined, { time: '09:00' });
    h.clock.set('2026-11-23T09:00:00Z');
    await step();
    expect(await checkpointMessages()).toHaveLength(1);
  });

  it('when the database no longer extends the file\'s last checkpoint (the chain rewritten), no checkpoint is made: the channel is warned instead', async () => {
    const { step, file, logger } = daily();
    h.clock.set('2026-11-23T18:00:00Z');
    await step();
    const before = readFileSync(file, 'utf8');
    // Rewrite record 2 and every hash after it: the chain alone still verifies.
    const rows = await h.db.selectFrom('audit_log').selectAll().where('seq', '>=', 2).orderBy('seq').execute();
    let prev = (await h.db.selectFrom('audit_log').select('hash').where('seq', '=', 1).executeTakeFirstOrThrow()).hash;
    for (const row of rows) {
      const data = Number(row.seq) === 2 ? '{"forged":true}' : row.data;
      const hash = auditHash({ seq: Number(row.seq), at: row.at, actor: row.actor, action: row.action, subject: row.subject, data, prevHash: prev });
      await h.db.updateTable('audit_log').set({ data, prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
    h.clock.set('2026-11-24T18:00:00Z');
    await step();
    expect(readFileSync(file, 'utf8')).toBe(before);
    const warning = (await checkpointMessages()).find((m) => m.dedupeKey === 'audit-checkpoint:2026-11-24')!;
    expect((warning.payload as { message: { text: string } }).message.text).toMatch(/^Audit checkpoint for 2026-11-24 NOT published: the database no longer extends the last checkpoint in the checkpoint file\. checkpoint vigil\.acme-bookkeeping at record \d+ .*was rewritten after this checkpoint was made/);
    expect(logger.entries.some((e) => e.level === 'error' && e.message.startsWith('daily audit checkpoint refused'))).toBe(true);
  });
});
