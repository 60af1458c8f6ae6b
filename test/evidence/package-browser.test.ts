import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer, resolveFinding } from '../../src/attestations/index.ts';
import { exportPackage } from '../../src/evidence/package.ts';
import { openFindings } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!CHROMIUM && process.env.CI) throw new Error('CI must have Debian\'s chromium for the audit-package test (.ci/run installs it)');
// Headless flags for a machine with no network: nothing in the background may try to phone home.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'];

/** Where the rendered pages are kept for a person to look at (VIGIL_KEEP_RENDER=dir), else a temporary folder. */
const keep = process.env.VIGIL_KEEP_RENDER;
let dir: string;
let page: string;

beforeAll(async () => {
  if (!CHROMIUM) return;
  dir = keep ?? mkdtempSync(join(tmpdir(), 'vigil-package-'));
  const h = await Harness.open(DAILY_BACKUP + '    controls: ["ISO27001:A.8.13", "CE:malware-protection"]\n', '2026-11-16T08:00:00Z');
  await h.runUntil('2026-11-23T09:30:00Z');
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:dev/2026-11-23T09:00:00.000Z', personId: 'dev', value: 'no', reason: 'disk <b>full</b>', channel: 'shell' }, h.clock.now());
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:cat/2026-11-23T09:00:00.000Z', personId: 'cat', value: 'yes', channel: 'slack' }, h.clock.now());
  const [finding] = await openFindings(h.db, ['dev']);
  await resolveFinding(h.db, h.engine, finding!.id, 'ann', 'New disk fitted; backup re-run', h.clock.now());
  const chunks: Buffer[] = [];
  await exportPackage({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-16T00:00:00Z'), to: new Date('2026-11-24T00:00:00Z'), out: new Writable({ write(c: Buffer, _e, done) { chunks.push(c); done(); } }) });
  await h.close();
  page = join(dir, 'index.html');
  writeFileSync(page, strFromU8(unzipSync(new Uint8Array(Buffer.concat(chunks)))['index.html']!));
}, 60_000);
afterAll(() => dir && !keep && rmSync(dir, { recursive: true, force: true }));

const chromium = (args: string[]) => promisify(execFile)(CHROMIUM!, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, ...args, `file://${page}`], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });

describe.skipIf(!CHROMIUM)('the audit package\'s index.html in headless Chromium', () => {
  it('prints as A4 pages (595 × 842 points), every one of them', async () => {
    await chromium([`--print-to-pdf=${join(dir, 'package.pdf')}`, '--no-pdf-header-footer']);
    const pdf = readFileSync(join(dir, 'package.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(boxes).toHaveLength(pages);
    for (const box of boxes) expect(box).toEqual([595, 842]); // A4, not US Letter (612 × 792)
  }, 60_000);

  it('renders the facts as text, with users\' words as text', async () => {
    await chromium(['--window-size=900,1600', `--screenshot=${join(dir, 'package.png')}`]);
    expect(readFileSync(join(dir, 'package.png')).subarray(1, 4).toString('ascii')).toBe('PNG');
    const { stdout } = await chromium(['--dump-dom']);
    const text = stdout.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Audit package: Acme Bookkeeping');
    expect(text).toContain('ISO27001:A.8.13 Did today\'s backup complete?');
    expect(text).toContain('disk &lt;b&gt;full&lt;/b&gt;');
    expect(text).toContain('New disk fitted; backup re-run');
    expect(text).toContain('Prepared by');
    expect(stdout).not.toContain('<b>full</b>');
  }, 60_000);
});
