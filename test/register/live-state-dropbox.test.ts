import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine, recordAnswer } from '../../src/attestations/index.ts';
import { main, type CliIo } from '../../src/cli.ts';
import { loadConfigFile } from '../../src/config/index.ts';
import { currentPrompts, listAudit, openSqlite } from '../../src/store/index.ts';

/**
 * Issue 20's Dropbox case, end to end through the `vigil` command on a real SQLite file: Trekim's
 * register says Dropbox's GDPR statement is not on file; Raj Patel, who looks after Dropbox,
 * answers Yes to the quarterly question. From then on `ask`, status and the evidence pack say it
 * is on file, with who and when, and that vigil.yaml still says otherwise; `register diff` lists
 * it; `register apply --yes` writes that one value into the file, and the diff is empty.
 */

const root = new URL('../..', import.meta.url).pathname;
let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-register-'));
  copyFileSync(join(root, 'examples/trekim/vigil.yaml'), join(cwd, 'vigil.yaml'));
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

/** The quarterly GDPR question goes out on 1 October; Raj answers Yes for Dropbox on 23 November. */
async function rajSaysYes(value: 'yes' | 'no' = 'yes', supplier = 'dropbox', person = 'raj'): Promise<void> {
  expect((await vigil('tick', '--now', '2026-10-01T09:05:00Z')).code).toBe(0);
  const db = openSqlite({ file: join(cwd, 'data/vigil.db') });
  try {
    const engine = new Engine(loadConfigFile(join(cwd, 'vigil.yaml')));
    const prompt = (await currentPrompts(db)).find((p) => p.attestationId === 'gdpr-statement' && p.subjectId === supplier);
    if (!prompt) throw new Error(`no gdpr-statement prompt for ${supplier}`);
    expect(prompt.assigneeId).toBe(person);
    await recordAnswer(db, engine, { promptId: prompt.id, personId: person, value, ...(value === 'no' ? { reason: 'it lapsed' } : {}), channel: 'slack' }, new Date('2026-11-23T10:15:00Z'));
  } finally {
    await db.destroy();
  }
}

describe("the Dropbox case: a Yes to 'Is Dropbox's GDPR statement on file?'", () => {
  it('is the register\'s state in ask, status and the pack, with who and when; diff lists it; apply writes it and the diff is then empty', async () => {
    const fileBefore = readFileSync(join(cwd, 'vigil.yaml'), 'utf8');
    const question = "do we have Dropbox's GDPR statement?";
    expect((await vigil('ask', question)).stdout).toBe('No: there is no GDPR statement from Dropbox; it is not on file (missing). (Register: dropbox.)\n');

    await rajSaysYes();

    const asked = await vigil('ask', question);
    expect(asked.stdout).toBe("Yes: Dropbox's GDPR statement is on file. Attested by Raj Patel on 23 Nov 2026; vigil.yaml still says not on file. (Register: dropbox.)\n");
    // Questions over the whole register read the same state.
    const missing = (await vigil('ask', 'which GDPR statements are missing?')).stdout;
    expect(missing).not.toMatch(/not on file:[^.]*Dropbox/);
    expect(missing).toMatch(/On file: [^.]*Dropbox \(attested by Raj Patel on 23 Nov 2026; vigil\.yaml still says not on file\)/);
    expect((await vigil('ask', 'tell me about Dropbox')).stdout).toContain('GDPR statement: on file (attested by Raj Patel on 23 Nov 2026; vigil.yaml still says not on file).');

    const status = await vigil('status', '--at', '2026-11-23T12:00:00Z');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('  Dropbox: GDPR statement on file since 23 Nov 2026, attested by Raj Patel; vigil.yaml says not on file (vigil register apply writes it)\n');
    const json = JSON.parse((await vigil('status', '--at', '2026-11-23T12:00:00Z', '--json')).stdout);
    expect(json.suppliers.find((s: { id: string }) => s.id === 'dropbox')).toEqual({
      id: 'dropbox', name: 'Dropbox', status: 'on-file', reviewDue: null, problem: '', file: 'missing',
      attested: { status: 'on-file', by: 'raj', byName: 'Raj Patel', at: '2026-11-23T10:15:00.000Z' },
    });

    expect((await vigil('export', '--format', 'html', '--from', '2026-10-01', '--to', '2026-11-30', '--out', 'pack.html')).code).toBe(0);
    const pack = readFileSync(join(cwd, 'pack.html'), 'utf8');
    expect(pack).toContain('<tr class="attention"><td>Dropbox</td>');
    expect(pack).toContain('<td>on file (attested by Raj Patel on 23 Nov 2026; vigil.yaml says not on file)</td></tr>');

    expect((await vigil('export', '--format', 'json', '--from', '2026-10-01', '--to', '2026-11-30', '--out', 'evidence.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'evidence.json'), 'utf8')).registerFacts).toEqual([expect.objectContaining({
      supplier: 'dropbox', field: 'gdprStatement.status', file: 'missing', attested: 'on-file', differs: true, by: 'raj', byName: 'Raj Patel', at: '2026-11-23T10:15:00.000Z',
    })]);

    const diff = await vigil('register', 'diff');
    expect(diff).toMatchObject({ code: 0, stderr: '' });
    expect(diff.stdout).toBe([
      'vigil.yaml is behind what was attested: 1 difference (vigil register apply writes it):',
      '  Dropbox (dropbox): gdprStatement.status: vigil.yaml says missing; attested on-file by Raj Patel (raj), Mon 23 Nov, 10:15 (Yes to gdpr-statement)',
      '',
    ].join('\n'));
    expect(JSON.parse((await vigil('register', 'diff', '--json')).stdout).differences).toEqual([expect.objectContaining({
      supplier: 'dropbox', field: 'gdprStatement.status', file: 'missing', attested: 'on-file', by: 'raj', byName: 'Raj Patel', at: '2026-11-23T10:15:00.000Z',
    })]);

    // The preview writes nothing.
    const preview = await vigil('register', 'apply');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^Would write 1 change to vigil\.yaml:\n {2}vigil\.yaml:\d+ {2}suppliers\[6\]\.gdprStatement\.status\n {4}- status: missing\n {4}\+ status: on-file\nNothing was written/);
    expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toBe(fileBefore);

    const applied = await vigil('register', 'apply', '--yes');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^Wrote 1 change to vigil\.yaml:/);
    const fileAfter = readFileSync(join(cwd, 'vigil.yaml'), 'utf8');
    const before = fileBefore.split('\n');
    const changed = fileAfter.split('\n').flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    // One line, in Dropbox's entry; every comment and the order kept.
    expect(changed).toEqual([['      status: missing', '      status: on-file']]);
    expect(fileAfter.split('\n').length).toBe(before.length);

    // The change is in the audit log, with what was attested and by whom.
    const db = openSqlite({ file: join(cwd, 'data/vigil.db') });
    const applies = (await listAudit(db)).filter((r) => r.action === 'register.applied');
    await db.destroy();
    expect(applies).toEqual([expect.objectContaining({ actor: 'cli', data: { changes: [expect.objectContaining({ supplier: 'dropbox', file: 'missing', attested: 'on-file', by: 'raj' })] } })]);

    expect((await vigil('register', 'diff')).stdout).toBe('vigil.yaml agrees with every attested answer: nothing to apply.\n');
    expect((await vigil('ask', question)).stdout).toBe("Yes: Dropbox's GDPR statement is on file. Attested by Raj Patel on 23 Nov 2026. (Register: dropbox.)\n");
    expect((await vigil('status', '--at', '2026-11-23T12:00:00Z')).stdout).not.toContain('Dropbox');
    expect((await vigil('check-config')).code).toBe(0);
  });

  it('a No to a statement the file has on file is shown as missing, and apply writes that', async () => {
    await rajSaysYes('no', 'xero', 'tess');
    const diff = await vigil('register', 'diff');
    expect(diff.stdout).toContain('  Xero (xero): gdprStatement.status: vigil.yaml says on-file; attested missing by Tess Ekim (tess)');
    expect((await vigil('status', '--at', '2026-11-23T12:00:00Z')).stdout).toContain('  Xero: GDPR statement not on file since 23 Nov 2026, attested by Tess Ekim; vigil.yaml says on file (vigil register apply writes it)');
    expect((await vigil('register', 'apply', '--yes')).stdout).toMatch(/^Wrote 1 change to vigil\.yaml:\n {2}vigil\.yaml:\d+ {2}suppliers\[0\]\.gdprStatement\.status\n {4}- status: on-file\n {4}\+ status: missing\n/);
    expect((await vigil('register', 'diff')).stdout).toBe('vigil.yaml agrees with every attested answer: nothing to apply.\n');
  });
});

describe('when the answers agree with the file', () => {
  it('the diff is empty and apply changes nothing', async () => {
    const fileBefore = readFileSync(join(cwd, 'vigil.yaml'), 'utf8');
    // Xero's statement is on file, and its owner says so.
    await rajSaysYes('yes', 'xero', 'tess');
    expect((await vigil('register', 'diff')).stdout).toBe('vigil.yaml agrees with every attested answer: nothing to apply.\n');
    expect(JSON.parse((await vigil('register', 'diff', '--json')).stdout)).toEqual({ differences: [] });
    const applied = await vigil('register', 'apply', '--yes');
    expect(applied).toMatchObject({ code: 0, stdout: 'vigil.yaml agrees with every attested answer: nothing to apply.\n' });
    expect(readFileSync(join(cwd, 'vigil.yaml'), 'utf8')).toBe(fileBefore);
    // The agreeing evidence is still cited.
    expect((await vigil('ask', "do we have Xero's GDPR statement?")).stdout).toContain('Attested by Tess Ekim on 23 Nov 2026.');
  });

  it('apply will not change the bundled demo workspace', async () => {
    await rajSaysYes();
    rmSync(join(cwd, 'vigil.yaml'));
    const demo = readFileSync(join(root, 'examples/trekim/vigil.yaml'), 'utf8');
    expect((await vigil('register', 'diff')).stdout).toContain('Dropbox (dropbox)');
    const applied = await vigil('register', 'apply', '--yes');
    expect(applied.code).toBe(2);
    expect(applied.stderr).toContain('vigil: this is the bundled demo workspace, which apply does not change; give --config FILE for yours');
    expect(readFileSync(join(root, 'examples/trekim/vigil.yaml'), 'utf8')).toBe(demo);
  });
});
