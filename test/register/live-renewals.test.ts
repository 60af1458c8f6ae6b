import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine, recordAnswer } from '../../src/attestations/index.ts';
import { main, type CliIo } from '../../src/cli.ts';
import { loadConfigFile } from '../../src/config/index.ts';
import { currentPrompts, openSqlite } from '../../src/store/index.ts';
import { ENGINE_BASE } from '../fixtures/engine-harness.ts';

/**
 * Expiry, renewed through the register: Xero's GDPR statement review is due on 20 December; a
 * month before, Bob (who looks after Xero) is asked. His Yes renews it (`sets: { reviewDue: P1Y }`):
 * the live register's review date is a year after his answer, `register diff` lists it, `register
 * apply` writes it into vigil.yaml, and with the file's new date nothing more is asked until a month
 * before it.
 */
const REVIEW = `  - id: statement-review
    question: "Is {supplier}'s GDPR statement reviewed and renewed? Its review is due {due}."
    schedule: 30 days before each supplier's statement review is due
    audience: { suppliers: [xero] }
    window: P14D
    reminders: [P3D]
    escalation:
      - { after: P7D, to: manager }
    sets: { gdprStatement: on-file, reviewDue: P1Y }
`;

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-renewal-'));
  writeFileSync(join(cwd, 'vigil.yaml'), ENGINE_BASE.replace('reviewDue: 2026-01-31', 'reviewDue: 2026-12-20') + REVIEW);
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

async function vigil(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const output = new Writable({ write(chunk, _encoding, done) { stdout += String(chunk); done(); } });
  const io: CliIo = {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd,
    stdin: Readable.from(['']), output, stopSignal: Promise.resolve(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('a review date renewed by a Yes, then applied to vigil.yaml', () => {
  it('diff lists the new date, apply writes it, and the next ask waits for a month before it', async () => {
    expect((await vigil('tick', '--now', '2026-11-20T09:05:00Z')).code).toBe(0);
    const db = openSqlite({ file: join(cwd, 'data/vigil.db') });
    try {
      const engine = new Engine(loadConfigFile(join(cwd, 'vigil.yaml')));
      const [prompt] = await currentPrompts(db);
      expect(prompt).toEqual(expect.objectContaining({ attestationId: 'statement-review', subjectId: 'xero', assigneeId: 'bob', question: "Is Xero's GDPR statement reviewed and renewed? Its review is due 2026-12-20." }));
      await recordAnswer(db, engine, { promptId: prompt!.id, personId: 'bob', value: 'yes', channel: 'teams' }, new Date('2026-11-27T10:00:00Z'));
    } finally {
      await db.destroy();
    }

    const diff = await vigil('register', 'diff');
    expect(diff.stdout).toContain('  Xero (xero): gdprStatement.reviewDue: vigil.yaml says 2026-12-20; renewed to 2027-11-27 by Bob Stone (bob), Fri 27 Nov, 10:00 (Yes to statement-review)\n');
    const status = JSON.parse((await vigil('status', '--at', '2026-12-21T12:00:00Z', '--json')).stdout);
    expect(status.suppliers.find((s: { id: string }) => s.id === 'xero')).toBeUndefined(); // renewed: no longer overdue

    const applied = await vigil('register', 'apply', '--yes');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/suppliers\[0\]\.gdprStatement\.reviewDue\n {4}- .*reviewDue: 2026-12-20.*\n {4}\+ .*reviewDue: 2027-11-27/);
    expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toContain('gdprStatement: { status: on-file, reviewDue: 2027-11-27 }');
    expect((await vigil('register', 'diff')).stdout).toBe('vigil.yaml agrees with every attested answer: nothing to apply.\n');

    // With the file's new date, nothing is asked until a month before it (28 Oct 2027, 09:00 BST).
    expect((await vigil('tick', '--now', '2027-10-27T09:05:00Z')).code).toBe(0);
    const after = openSqlite({ file: join(cwd, 'data/vigil.db') });
    try {
      expect((await currentPrompts(after)).map((p) => p.occurrence.toISOString())).toEqual(['2026-11-20T09:00:00.000Z']);
    } finally {
      await after.destroy();
    }
    expect((await vigil('tick', '--now', '2027-10-28T08:05:00Z')).code).toBe(0);
    const later = openSqlite({ file: join(cwd, 'data/vigil.db') });
    try {
      expect((await currentPrompts(later)).map((p) => p.occurrence.toISOString())).toEqual(['2027-10-28T08:00:00.000Z']);
    } finally {
      await later.destroy();
    }
  });
});
