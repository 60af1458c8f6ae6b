import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../src/app.ts';
import { UseCases } from '../../src/app/use-cases.ts';
import { FakeClock } from '../../src/clock.ts';
import { memoryLogger } from '../../src/logger.ts';
import { MINIMAL_CONFIG, editLine } from '../fixtures/minimal-config.ts';

const WITH_EVE = MINIMAL_CONFIG.replace('suppliers:', '  - { id: eve, name: Eve Long, email: eve@acme.example, manager: ann, slackId: UEVE }\nsuppliers:');
const BROKEN = editLine(MINIMAL_CONFIG, 'cat-manager', '    manager: bobb');

let dir: string;
let file: string;
let ws: Workspace;
let app: UseCases;
const clock = new FakeClock('2026-11-23T09:00:00Z');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-use-cases-'));
  file = join(dir, 'vigil.yaml');
  writeFileSync(file, MINIMAL_CONFIG);
  ws = await openWorkspace({ configFile: file, dbFile: join(dir, 'vigil.db') }, { clock, logger: memoryLogger() });
  app = new UseCases({ db: ws.db, engine: ws.engine, clock, logger: memoryLogger() });
});
afterEach(async () => {
  await ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the use cases hold the config in force as one snapshot', () => {
  it('a reload swaps the snapshot whole; one taken before keeps the old config throughout', async () => {
    const before = app.snapshot;
    const port = app.chat('slack');
    expect(port.identify({ slackId: 'UEVE' })).toBeUndefined();
    writeFileSync(file, WITH_EVE);
    expect(await app.reload(file)).toMatchObject({ ok: true, people: { added: ['eve'] } });
    // A port made before the reload reads the new snapshot: channels keep their port for good.
    expect(port.identify({ slackId: 'UEVE' })).toBe('eve');
    expect(port.person('eve')?.name).toBe('Eve Long');
    expect(app.snapshot).not.toBe(before);
    expect(app.snapshot.qa.config.people.map((p) => p.id)).toContain('eve');
    // The old snapshot is untouched and cannot be changed: config, directory and Q&A are one config's.
    expect(before.directory.person('eve')).toBeUndefined();
    expect(before.qa.config.people.map((p) => p.id)).not.toContain('eve');
    expect(Object.isFrozen(before)).toBe(true);
  });

  it('a broken file keeps the very same snapshot', async () => {
    const before = app.snapshot;
    writeFileSync(file, BROKEN);
    expect(await app.reload(file)).toMatchObject({ ok: false });
    expect(app.snapshot).toBe(before);
    expect(app.directory.managerOf('cat')).toBe('bob');
  });

  it('each port records answers under its channel and tells strangers who to ask', async () => {
    expect(app.chat('teams').channel).toBe('teams');
    expect(app.chat('slack').strangerReply()).toBe("Sorry: you are not in Acme Bookkeeping's Vigil workspace. Please ask Ann Lee (ann@acme.example) to add you.");
    expect(app.chat('slack').complianceChannel()).toBe('#compliance');
    expect(app.chat('teams').complianceChannel()).toBeUndefined();
    expect(app.chat('slack').identify({ emails: [undefined, 'BOB@acme.example'] })).toBe('bob');
  });
});

describe('the workspace Q&A reads the date from the injected clock', () => {
  it('a statement review due between the real date and the fake one is overdue by the fake clock', async () => {
    const dated = MINIMAL_CONFIG.replace('status: on-file #@xero-status', 'status: on-file #@xero-status\n      reviewDue: 2031-01-01');
    const datedFile = join(dir, 'dated.yaml');
    writeFileSync(datedFile, dated);
    const late = await openWorkspace({ configFile: datedFile, dbFile: join(dir, 'late.db') }, { clock: new FakeClock('2031-02-01T09:00:00Z'), logger: memoryLogger() });
    try {
      expect(late.qa.ask('whose GDPR statements are overdue for review?').answer).toContain('Xero (due 2031-01-01)');
      expect(late.qa.ask('whose GDPR statements are overdue for review?').answer).toMatch(/past (its|their) review date: Xero/);
    } finally {
      await late.close();
    }
  });
});

