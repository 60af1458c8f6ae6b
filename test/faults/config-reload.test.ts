import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../src/app.ts';
import { reloadWorkspace } from '../../src/app/reload.ts';
import { runBot } from '../../src/bot/run.ts';
import { FakeClock } from '../../src/clock.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { pendingMessages } from '../../src/store/index.ts';
import { eventually } from '../fakes/eventually.ts';
import { MINIMAL_CONFIG, editLine } from '../fixtures/minimal-config.ts';

const WITH_EVE = MINIMAL_CONFIG.replace('suppliers:', '  - { id: eve, name: Eve Long, email: eve@acme.example, manager: ann }\nsuppliers:');
const BROKEN = editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb');

let dir: string;
let file: string;
let ws: Workspace;
const clock = new FakeClock('2026-11-23T09:00:00Z');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-reload-'));
  file = join(dir, 'vigil.yaml');
  writeFileSync(file, MINIMAL_CONFIG);
  ws = await openWorkspace({ configFile: file, dbFile: join(dir, 'vigil.db') }, { clock, logger: memoryLogger() });
});
afterEach(async () => {
  await ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('config reload', () => {
  it('takes a valid file: people synced, engine and Q&A rebuilt, audited', async () => {
    const qa = new PolicyQa(ws.config);
    writeFileSync(file, WITH_EVE);
    const result = await reloadWorkspace({ file, db: ws.db, engine: ws.engine, qa, clock, logger: memoryLogger() });
    expect(result).toMatchObject({ ok: true, people: { added: ['eve'] } });
    expect(ws.engine.directory.nameOf('eve')).toBe('Eve Long');
    expect(qa.config.people.map((p) => p.id)).toContain('eve');
    const audit = await ws.db.selectFrom('audit_log').select('action').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit.action).toBe('config.reloaded');
  });

  it('keeps the old config when the file is broken, logs it, and tells the compliance channel once', async () => {
    const logger = memoryLogger();
    writeFileSync(file, BROKEN);
    const reload = () => reloadWorkspace({ file, db: ws.db, engine: ws.engine, qa: new PolicyQa(ws.config), clock, logger });
    expect(await reload()).toMatchObject({ ok: false });
    expect(await reload()).toMatchObject({ ok: false });
    expect(ws.engine.directory.managerOf('cat')).toBe('bob'); // unchanged
    expect(logger.entries[0]).toMatchObject({ level: 'error', message: 'config reload failed; the config in force is unchanged' });
    const messages = await pendingMessages(ws.db, clock.now());
    expect(messages).toHaveLength(1);
    expect(messages[0]!.recipient).toEqual({ kind: 'channel', id: 'compliance' });
    const text = (messages[0]!.payload as { message: { text: string } }).message.text;
    expect(text).toContain('cannot be used, so Vigil keeps the previous config');
    expect(text).toContain('people[2].manager: unknown person "bobb"');
  });

  it('the running bot reloads when the file is saved', async () => {
    const logger = memoryLogger();
    const bot = await runBot(ws, { port: 0 }, { clock, logger, reloadDebounceMs: 20 });
    try {
      writeFileSync(file, WITH_EVE);
      await eventually(() => ws.engine.directory.person('eve'), 5000);
      writeFileSync(file, BROKEN);
      await eventually(() => logger.entries.find((e) => e.message === 'config reload failed; the config in force is unchanged'), 5000);
      expect(ws.engine.directory.person('eve')).toBeDefined(); // the last good config stays
    } finally {
      await bot.stop();
    }
  });
});
