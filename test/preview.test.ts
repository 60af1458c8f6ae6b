// `vigil preview` end to end, in-process, against a real SQLite file the CLI's own tick made:
// it lists what the engine would do if nobody answered, and the file is left exactly as it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli.ts';
import { openSqlite } from '../src/store/index.ts';
import { ENGINE_BASE } from './fixtures/engine-harness.ts';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-preview-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

async function vigil(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const output = new Writable({ write(_chunk, _encoding, done) { done(); } });
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, stdin: Readable.from(['']), output, stopSignal: Promise.resolve() };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Cat's daily 16:00 check, reminded after two hours, escalated to Bob after a day. */
const CONFIG = `${ENGINE_BASE}  - id: daily
    question: Is all of today's client work saved to the shared drive?
    schedule: "0 16 * * 1-5"
    audience: { people: [cat] }
    window: P1D
    reminders: [PT2H]
    escalation:
      - { after: P1D, to: manager }
`;

/** The database file and its WAL, as bytes hashed: any write changes one of them. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const f of ['vigil.db', 'vigil.db-wal']) {
    const path = join(cwd, 'data', f);
    hash.update(existsSync(path) ? readFileSync(path) : Buffer.from('absent'));
  }
  return hash.digest('hex');
}

interface Event { at: string; kind: string; attestationId: string; assigneeId: string; recipientId: string; step?: number }

describe('vigil preview', () => {
  it('plans a Friday prompt\'s weekend as the engine will run it (nothing on Saturday or Sunday), writing nothing', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), CONFIG);
    const first = await vigil(['tick', '--now', '2026-11-27T16:00:00Z']);
    expect(first.stdout, first.stderr).toContain('1 issued'); // Friday
    const before = fingerprint();

    const result = await vigil(['preview', '--now', '2026-11-27T16:05:00Z', '--from', '2026-11-27', '--to', '2026-11-30', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as { from: string; to: string; events: Event[] };
    expect({ from: plan.from, to: plan.to }).toEqual({ from: '2026-11-27T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
    expect(plan.events.map((e) => `${e.at} ${e.kind} ${e.recipientId}${e.step ? ` ${e.step}` : ''} ${e.attestationId}`)).toEqual([
      '2026-11-30T09:00:00.000Z reminder cat 1 daily',
      '2026-11-30T09:00:00.000Z escalation bob 1 daily',
      '2026-11-30T16:00:00.000Z prompt cat daily',
      '2026-11-30T16:00:00.000Z missed cat daily',
    ]);
    expect(plan.events.every((e) => e.assigneeId === 'cat')).toBe(true);
    expect(fingerprint()).toBe(before);

    const text = await vigil(['preview', '--now', '2026-11-27T16:05:00Z', '--from', '2026-11-30', '--to', '2026-11-30']);
    expect(text.stdout.split('\n')).toEqual([
      'Preview Mon 30 Nov, 00:00 to Tue 1 Dec, 00:00 (Europe/London), if nobody answers; nothing is written.',
      'Mon 30 Nov, 09:00  reminder 1  Cat Jones: daily',
      'Mon 30 Nov, 09:00  escalation 1 to Bob Stone: Cat Jones has not answered daily',
      'Mon 30 Nov, 16:00  prompt      Cat Jones: daily',
      'Mon 30 Nov, 16:00  missed      Cat Jones: daily',
      '1 prompts, 1 reminders, 1 escalations, 1 missed.',
      '',
    ]);
    expect(fingerprint()).toBe(before);

    // The real tick on Monday morning does what the preview said.
    const monday = JSON.parse((await vigil(['tick', '--now', '2026-11-30T09:00:00Z', '--json'])).stdout);
    expect(monday.reminders).toEqual([expect.objectContaining({ assigneeId: 'cat', step: 1 })]);
    expect(monday.escalations).toEqual([expect.objectContaining({ recipientId: 'bob', assigneeId: 'cat', step: 1 })]);
  });

  it('reads a file the bot has open, its latest commits included, and writes nothing to it', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), CONFIG);
    await vigil(['tick', '--now', '2026-11-27T15:00:00Z']);
    const bot = openSqlite({ file: join(cwd, 'data', 'vigil.db') }); // holds the WAL open, as a running bot does
    try {
      await bot.selectFrom('prompts').select('id').execute();
      expect((await vigil(['tick', '--now', '2026-11-27T16:00:00Z'])).stdout).toContain('1 issued');
      expect(existsSync(join(cwd, 'data', 'vigil.db-wal'))).toBe(true);
      const before = fingerprint();
      const plan = JSON.parse((await vigil(['preview', '--now', '2026-11-27T16:05:00Z', '--to', '2026-11-30T09:00:00Z', '--json'])).stdout) as { events: Event[] };
      // Friday's prompt, committed a moment ago, is in the plan: its reminder and escalation on Monday.
      expect(plan.events.map((e) => `${e.at} ${e.kind} ${e.recipientId}`)).toEqual(['2026-11-30T09:00:00.000Z reminder cat', '2026-11-30T09:00:00.000Z escalation bob']);
      expect(fingerprint()).toBe(before);
    } finally {
      await bot.destroy();
    }
  });

  it('refuses a range the wrong way round, and a database that is not there', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), CONFIG);
    const none = await vigil(['preview']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no database at/);
    await vigil(['tick', '--now', '2026-11-27T16:00:00Z']);
    const backwards = await vigil(['preview', '--from', '2026-11-30', '--to', '2026-11-27']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/--to must be after --from/);
  });
});
