import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../src/app.ts';
import { runBot } from '../../src/bot/run.ts';
import { FakeClock } from '../../src/clock.ts';
import { checkSignature, parseCheckpoints, SigningKey } from '../../src/evidence/checkpoint.ts';
import { memoryLogger } from '../../src/logger.ts';
import { pendingMessages } from '../../src/store/index.ts';
import { eventually } from '../fakes/eventually.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';

let dir: string;
let ws: Workspace;
const clock = new FakeClock('2026-11-23T18:00:00Z');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-checkpoint-bot-'));
  const file = join(dir, 'vigil.yaml');
  writeFileSync(file, `${MINIMAL_CONFIG}\ncheckpoints:\n  file: kept/checkpoints.txt\n  time: "17:30"\n`);
  ws = await openWorkspace({ configFile: file, dbFile: join(dir, 'vigil.db') }, { clock, logger: memoryLogger() });
});
afterEach(async () => {
  await ws.close();
  rmSync(dir, { recursive: true, force: true });
});

it('the running bot publishes the day\'s checkpoint, signed, to the compliance channel and the checkpoint file', async () => {
  const { key } = SigningKey.generate('vigil.acme-bookkeeping');
  const bot = await runBot(ws, { port: 0 }, { clock, logger: memoryLogger(), heartbeatMs: 100, signingKey: key });
  const kept = join(dir, 'kept/checkpoints.txt');
  try {
    await eventually(() => existsSync(kept) && parseCheckpoints(readFileSync(kept, 'utf8')).length === 1, 5000);
  } finally {
    await bot.stop();
  }
  const [checkpoint] = parseCheckpoints(readFileSync(kept, 'utf8'));
  expect(checkSignature(checkpoint!, key.verifier)).toBe('valid');
  const messages = (await pendingMessages(ws.db, clock.now())).filter((m) => m.dedupeKey === 'audit-checkpoint:2026-11-23');
  expect(messages).toHaveLength(1);
  expect(messages[0]!.recipient).toEqual({ kind: 'channel', id: 'compliance' });
  expect((messages[0]!.payload as { message: { text: string } }).message.text).toContain(checkpoint!.text);
});
