import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.ts';
import { parseCheckpoints } from '../../src/evidence/checkpoint.ts';
import { auditHash, openSqlite } from '../../src/store/index.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-checkpoint-cli-'));
  writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

async function vigil(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd,
    stdin: Readable.from(['']), output: new Writable({ write(_c, _e, done) { done(); } }), stopSignal: Promise.resolve(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Rewrites record `from` (backdating it a minute) and every hash after it consistently, as someone
 * holding the database could: the chain and the evidence rows still agree.
 */
async function rewriteChainFrom(from: number) {
  const db = openSqlite({ file: join(cwd, 'vigil.db') });
  try {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', from).orderBy('seq').execute();
    let prev = (await db.selectFrom('audit_log').select('hash').where('seq', '=', from - 1).executeTakeFirstOrThrow()).hash;
    for (const row of rows) {
      const at = Number(row.seq) === from ? new Date(new Date(row.at).getTime() - 60_000).toISOString() : row.at;
      const hash = auditHash({ seq: Number(row.seq), at, actor: row.actor, action: row.action, subject: row.subject, data: row.data, prevHash: prev });
      await db.updateTable('audit_log').set({ at, prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
  } finally {
    await db.destroy();
  }
}

async function cutOff(records: number) {
  const db = openSqlite({ file: join(cwd, 'vigil.db') });
  try {
    const last = Number((await db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()).seq);
    await db.deleteFrom('audit_log').where('seq', '>', last - records).execute();
  } finally {
    await db.destroy();
  }
}

describe('vigil keygen, vigil checkpoint and vigil audit verify --checkpoint', () => {
  it('keygen prints a signing key for VIGIL_SIGNING_KEY and a verifier key, named after the firm\'s log', async () => {
    const made = await vigil(['keygen']);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^VIGIL_SIGNING_KEY=PRIVATE\+KEY\+vigil\.acme-bookkeeping\+[0-9a-f]{8}\+\S+\nverifier key: vigil\.acme-bookkeeping\+[0-9a-f]{8}\+\S+\n$/);
    expect(made.stderr).toContain('keep VIGIL_SIGNING_KEY secret');
    const json = JSON.parse((await vigil(['--json', 'keygen', '--name', 'example.com/log'])).stdout);
    expect(json.verifierKey).toMatch(/^example\.com\/log\+[0-9a-f]{8}\+/);
  });

  it('checkpoint appends to the file; audit verify --checkpoint accepts a grown chain, and catches a consistent rewrite and a cut-off, naming where', async () => {
    expect((await vigil(['--db', 'vigil.db', 'tick', '--now', '2026-11-23T09:00:00Z'])).code).toBe(0);
    const first = await vigil(['--db', 'vigil.db', 'checkpoint', '--out', 'kept/checkpoints.txt']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('unsigned (set VIGIL_SIGNING_KEY to sign; vigil keygen makes one); appended to kept/checkpoints.txt');
    const [made] = parseCheckpoints(first.stdout);
    expect(made).toMatchObject({ origin: 'vigil.acme-bookkeeping', signatures: [] });
    expect(readFileSync(join(cwd, 'kept/checkpoints.txt'), 'utf8')).toBe(`${first.stdout}\n`);

    await vigil(['--db', 'vigil.db', 'tick', '--now', '2026-11-23T17:30:00Z']);
    const ok = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--checkpoint', 'kept/checkpoints.txt']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`holds: checkpoint vigil.acme-bookkeeping at record ${made!.size} `);
    expect(ok.stdout).toContain('checkpoints ok: the database extends all 1; signatures not checked: give --key');

    const second = await vigil(['--db', 'vigil.db', 'checkpoint', '--out', 'kept/checkpoints.txt']);
    const size = parseCheckpoints(second.stdout)[0]!.size;
    expect(size).toBeGreaterThan(made!.size);
    await rewriteChainFrom(made!.size + 1);
    expect((await vigil(['--db', 'vigil.db', 'audit', 'verify'])).code).toBe(0); // the chain alone cannot tell
    const caught = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--checkpoint', 'kept/checkpoints.txt']);
    expect(caught.code).toBe(1);
    expect(caught.stderr).toContain(`diverged: checkpoint vigil.acme-bookkeeping at record ${size} `);
    expect(caught.stderr).toContain(`checkpoints NOT ok: 1 of 2 do not hold; the chain diverges after record ${made!.size} (the last checkpoint that holds) and by record ${size} (the first that does not); signatures not checked`);
    const json = JSON.parse((await vigil(['--db', 'vigil.db', '--json', 'audit', 'verify', '--checkpoint', 'kept/checkpoints.txt'])).stdout);
    expect(json).toMatchObject({ ok: false, checkpoints: { ok: false, checks: [{ status: 'holds' }, { status: 'diverged' }] } });
    // A new checkpoint is not appended to a file the database no longer extends.
    const refused = await vigil(['--db', 'vigil.db', 'checkpoint', '--out', 'kept/checkpoints.txt']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not appending to kept/checkpoints.txt: the database no longer extends its last checkpoint');

    await cutOff(3);
    const cut = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--checkpoint', second.stdout]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain(`cut-off: checkpoint vigil.acme-bookkeeping at record ${size} `);
    expect(cut.stderr).toContain(`the chain ends at record ${size - 3}`);
  });

  it('a signed checkpoint is accepted with the verifier key; a forged one is refused', async () => {
    const keys = JSON.parse((await vigil(['--json', 'keygen'])).stdout);
    const env = { VIGIL_SIGNING_KEY: keys.signingKey };
    await vigil(['--db', 'vigil.db', 'tick', '--now', '2026-11-23T09:00:00Z']);
    const signed = await vigil(['--db', 'vigil.db', 'checkpoint'], env);
    expect(signed.stderr).toContain('signed by vigil.acme-bookkeeping');
    expect(signed.stderr).not.toContain(keys.signingKey.split('+')[4]);
    const accepted = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--checkpoint', signed.stdout, '--key', keys.verifierKey]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('checkpoints ok: the database extends all 1; signatures checked with the verifier key');
    // Forged: someone with the database but not the key signs a checkpoint with their own key under the firm's name.
    const other = JSON.parse((await vigil(['--json', 'keygen'])).stdout);
    const forged = await vigil(['--db', 'vigil.db', 'checkpoint'], { VIGIL_SIGNING_KEY: other.signingKey });
    const refused = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--checkpoint', forged.stdout, '--key', keys.verifierKey]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bad-signature: checkpoint vigil.acme-bookkeeping at record');
    expect(refused.stderr).toContain('it is not signed by the key vigil.acme-bookkeeping');
    // A key with no checkpoint to check would check nothing: refused, not ignored.
    const keyAlone = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--key', keys.verifierKey]);
    expect(keyAlone.code).toBe(2);
    expect(keyAlone.stderr).toContain('--key checks the signatures of checkpoints: give them with --checkpoint FILE|TEXT too');
    // A malformed key is refused at once, without being quoted.
    const bad = await vigil(['--db', 'vigil.db', 'checkpoint'], { VIGIL_SIGNING_KEY: `${keys.signingKey.slice(0, -8)}AAAAAAA=` });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('VIGIL_SIGNING_KEY is not a Vigil signing key');
    expect(bad.stderr).not.toContain(keys.signingKey.split('+')[4].slice(0, 16));
  });

  it('the signing key never reaches output, exports, the checkpoint file or the database', async () => {
    const keys = JSON.parse((await vigil(['--json', 'keygen'])).stdout);
    const encoded = keys.signingKey.split('+').slice(4).join('+') as string;
    const seed = Buffer.from(encoded, 'base64').subarray(1);
    const env = { VIGIL_SIGNING_KEY: keys.signingKey };
    const outputs: string[] = [];
    const keep = (r: { stdout: string; stderr: string }) => void outputs.push(r.stdout, r.stderr);
    keep(await vigil(['--db', 'vigil.db', 'tick', '--now', '2026-11-23T17:30:00Z'], env));
    keep(await vigil(['--db', 'vigil.db', 'checkpoint', '--out', 'checkpoints.txt'], env));
    for (const format of ['csv', 'json', 'html', 'package']) keep(await vigil(['--db', 'vigil.db', 'export', '--from', '2026-11-23', '--to', '2026-11-23', '--format', format, '--out', `export.${format}`], env));
    keep(await vigil(['--db', 'vigil.db', '--json', 'audit', 'verify', '--checkpoint', 'checkpoints.txt', '--key', keys.verifierKey], env));
    const files = ['checkpoints.txt', 'export.csv', 'export.json', 'export.html', 'export.package', 'vigil.db', 'vigil.db-wal'].filter((f) => existsSync(join(cwd, f))).map((f) => readFileSync(join(cwd, f)));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const text of [...outputs.map((o) => Buffer.from(o)), ...files]) {
      expect(text.includes(encoded)).toBe(false);
      expect(text.includes(seed)).toBe(false);
      expect(text.includes(seed.toString('hex'))).toBe(false);
      expect(text.includes(seed.toString('base64'))).toBe(false);
    }
    expect(parseCheckpoints(readFileSync(join(cwd, 'export.csv'), 'utf8'))[0]!.signatures).toHaveLength(1);
    // An auditor proves each export against the database with the firm's verifier key.
    for (const format of ['csv', 'json', 'html']) {
      const proved = await vigil(['--db', 'vigil.db', 'audit', 'verify', '--checkpoint', `export.${format}`, '--key', keys.verifierKey]);
      expect(proved.code, format).toBe(0);
      expect(proved.stdout).toContain('checkpoints ok: the database extends all 1; signatures checked with the verifier key');
    }
  });
});
