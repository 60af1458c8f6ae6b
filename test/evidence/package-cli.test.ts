import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'vigil-package-cli-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

async function vigil(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd,
    stdin: Readable.from(['']), output: new Writable({ write(_c, _e, done) { done(); } }), stopSignal: Promise.resolve(),
  };
  return { code: await main(args, io), stdout, stderr };
}

describe('vigil export --format package', () => {
  it('writes the zip, its period in the office\'s days (British Summer Time here), and says what it wrote', async () => {
    writeFileSync(join(cwd, 'vigil.yaml'), MINIMAL_CONFIG);
    for (const at of ['2026-06-01T17:00:00Z', '2026-06-02T17:00:00Z', '2026-06-03T08:00:00Z']) expect((await vigil(['--db', 'v.db', 'tick', '--now', at])).code).toBe(0);
    const result = await vigil(['--db', 'v.db', 'export', '--from', '2026-06-01', '--to', '2026-06-02', '--format', 'package', '--out', 'audit.zip']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(join(cwd, 'audit.zip'))));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.period).toEqual({ from: '2026-05-31T23:00:00.000Z', to: '2026-06-02T23:00:00.000Z', firstDay: '2026-06-01', lastDay: '2026-06-02' });
    expect(manifest.prompts).toBeGreaterThan(0);
    expect(result.stdout).toContain(`vigil: exported ${manifest.prompts} prompts (2026-06-01 to 2026-06-02) as package to audit.zip; audit head ${manifest.auditCheckpoint.hash}`);
    expect(strFromU8(files['index.html']!)).toContain('Period 2026-06-01 to 2026-06-02');
  });
});
