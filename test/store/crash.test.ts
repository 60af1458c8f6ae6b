import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { auditHash, listAudit, openSqlite } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has committed `commits` transactions and opened the next, then kills it with SIGKILL. */
function killWriterMidTransaction(file: string, commits: number): Promise<{ committed: number; signal: NodeJS.Signals | null }> {
  const writer = spawn(process.execPath, [new URL('../fixtures/crash-writer.ts', import.meta.url).pathname, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let committed = 0;
  let buffer = '';
  return new Promise((resolve, reject) => {
    writer.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const [event, n] = buffer.slice(0, newline).split(' ');
        buffer = buffer.slice(newline + 1);
        if (event === 'committed') committed = Number(n);
        if (event === 'open' && Number(n) === commits + 1) writer.kill('SIGKILL');
      }
    });
    writer.on('error', reject);
    writer.on('exit', (_code, signal) => resolve({ committed, signal }));
  });
}

describe('a writer killed mid-transaction', () => {
  it('leaves the database consistent: committed work kept, the open transaction gone', async () => {
    const file = join(dir, 'vigil.db');
    const { committed, signal } = await killWriterMidTransaction(file, 5);
    expect(signal).toBe('SIGKILL');
    expect(committed).toBe(5);

    const db = openSqlite({ file });
    try {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
      const count = async (table: 'prompts' | 'outbox' | 'audit_log') =>
        Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      // Each transaction wrote a prompt, its outbox message and an audit record: all or nothing.
      expect(await count('prompts')).toBe(5);
      expect(await count('outbox')).toBe(5);
      expect(await count('audit_log')).toBe(5);
      const orphans = await db.selectFrom('outbox').leftJoin('prompts', 'prompts.id', 'outbox.prompt_id').where('prompts.id', 'is', null).select('outbox.id').execute();
      expect(orphans).toEqual([]);
      const records = await listAudit(db);
      records.forEach((r, i) => {
        expect(r.prevHash).toBe(i === 0 ? '0'.repeat(64) : records[i - 1]!.hash);
        expect(auditHash({ seq: r.seq, at: r.at.toISOString(), actor: r.actor, action: r.action, subject: r.subject, data: JSON.stringify(r.data), prevHash: r.prevHash })).toBe(r.hash);
      });
      // And the database takes writes again.
      await db.deleteFrom('outbox').where('dedupe_key', '=', 'none').execute();
    } finally {
      await db.destroy();
    }
  });
});
