import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/attestations/index.ts';
import { exportEvidence } from '../../src/evidence/export.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!CHROMIUM && process.env.CI) throw new Error('CI must have Debian\'s chromium for the evidence-pack test (.ci/run installs it)');
// Headless flags for a machine with no network: nothing in the background may try to phone home.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'];

let dir: string;
let page: string;

beforeAll(async () => {
  if (!CHROMIUM) return;
  dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
  const h = await Harness.open(DAILY_BACKUP, '2026-11-16T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:dev/2026-11-23T09:00:00.000Z', personId: 'dev', value: 'no', reason: 'disk <b>full</b>', channel: 'shell' }, h.clock.now());
  await recordAnswer(h.db, h.engine, { promptId: 'backup/person:cat/2026-11-23T09:00:00.000Z', personId: 'cat', value: 'yes', channel: 'slack' }, h.clock.now());
  let text = '';
  await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-16T00:00:00Z'), to: new Date('2026-11-24T00:00:00Z'), format: 'html', out: new Writable({ write(c, _e, done) { text += String(c); done(); } }) });
  await h.close();
  page = join(dir, 'pack.html');
  writeFileSync(page, text);
}, 60_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const chromium = (args: string[]) => promisify(execFile)(CHROMIUM!, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, ...args, `file://${page}`], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });

/** The distinct colours in a PNG screenshot's first rows (8-bit RGBA or RGB, filter bytes skipped). */
function colours(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const seen = new Set<number>();
  // Unfiltered bytes are not exact colours, but a page with charts and text has many byte values.
  for (let i = 0; i < Math.min(raw.length, (width * channels + 1) * 600); i += channels) seen.add(raw.readUInt16BE(i));
  return seen.size;
}

describe.skipIf(!CHROMIUM)('the evidence pack in headless Chromium', () => {
  it('renders: the screenshot has the page on it', async () => {
    await chromium(['--window-size=1000,1400', `--screenshot=${join(dir, 'pack.png')}`]);
    const png = readFileSync(join(dir, 'pack.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 1400]);
    expect(colours(png)).toBeGreaterThan(50); // not a blank page
  }, 60_000);

  it("the page's text has the facts, with users' words as text", async () => {
    const { stdout } = await chromium(['--dump-dom']);
    const text = stdout.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Evidence pack: Acme Bookkeeping');
    expect(text).toContain('Period 2026-11-16 to 2026-11-23');
    expect(text).toContain('Dev Patel Did today\'s backup complete? disk &lt;b&gt;full&lt;/b&gt; open');
    expect(text).toContain('Dropbox Files. — — awaited');
    expect(text).toMatch(/Verified when this pack was made: the audit log's hash chain \(\d+ records, every hash and link\);/);
    expect(text).toMatch(/Made at this audit checkpoint: record \d+ of log vigil\.acme-bookkeeping, hash [0-9a-f]{64} ?, unsigned/);
    expect(stdout).not.toContain('<b>full</b>');
    // The chart names the question, not the attestation's id; a table per person; a sign-off block.
    expect(text).toContain('Did today\'s backup complete? (backup) Did today\'s backup complete?');
    expect(text).toContain('Person Done Late No Missed Excused (away) Open Answered Ann Lee 0 0 0 5 0 1 0%');
    expect(text).toContain('Dev Patel 0 0 1 5 0 0 17%');
    expect(text).toContain('Sign-off Prepared by Reviewed by Date');
  }, 60_000);

  it('prints to a one-page PDF', async () => {
    await chromium([`--print-to-pdf=${join(dir, 'pack.pdf')}`, '--no-pdf-header-footer']);
    const pdf = readFileSync(join(dir, 'pack.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1);
    // A4 (595 x 842 points), not US Letter: the firms are British.
    expect([...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))])).toEqual([[595, 842]]);
  }, 60_000);
});
