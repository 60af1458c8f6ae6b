import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from '../../src/evidence/package-zip.ts';

/** Text that compresses poorly (so the compressor's and the output's buffers fill), from a seed. */
function noise(seed: number, lines: number): string[] {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(`${i},${x.toString(36)},${(x * 7919 % 2 ** 31).toString(16)},é—✓\r\n`);
  }
  return out;
}

/** An output that takes its time: a tiny buffer and an asynchronous write, so back-pressure is real. */
function slowSink(chunks: Buffer[]): Writable {
  return new Writable({ highWaterMark: 1024, write(c: Buffer, _e, done) { chunks.push(c); setImmediate(done); } });
}

describe('ZipWriter', () => {
  it('interleaved entries through a slow output: each file whole, in order, with the SHA-256 and size it reports', async () => {
    const chunks: Buffer[] = [];
    const out = slowSink(chunks);
    const zip = new ZipWriter(out);
    const texts = { 'a/first.csv': noise(1, 40_000), 'b/second.csv': noise(2, 30_000), 'third.txt': noise(3, 20_000) };
    const entries = Object.keys(texts).map((path) => zip.entry(path));
    // Written a page at a time, turn about, as the package writes the history and the populations.
    for (let page = 0; page < 40; page++) {
      for (const [i, lines] of Object.values(texts).entries()) await entries[i]!.write(lines.slice(page * 1000, (page + 1) * 1000).join(''));
    }
    const reported = [];
    // Closed out of order: the one that holds the output last.
    for (const i of [2, 1, 0]) reported.push(await entries[i]!.close());
    await zip.finish();
    await new Promise((resolve) => out.end(resolve));
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    expect(Object.keys(files)).toEqual(['a/first.csv', 'b/second.csv', 'third.txt']);
    for (const [path, lines] of Object.entries(texts)) {
      const text = lines.join('');
      expect(strFromU8(files[path]!)).toBe(text);
      const bytes = Buffer.from(text, 'utf8');
      expect(reported.find((r) => r.path === path)).toEqual({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    }
    expect(zip.files.map((f) => f.path)).toEqual(['a/first.csv', 'b/second.csv', 'third.txt']);
  }, 60_000);

  it('an empty entry and a zip of one file are valid zips', async () => {
    const chunks: Buffer[] = [];
    const out = slowSink(chunks);
    const zip = new ZipWriter(out);
    const empty = zip.entry('empty.txt');
    await empty.close();
    const one = zip.entry('one.txt');
    await one.write('one');
    await one.close();
    await zip.finish();
    await new Promise((resolve) => out.end(resolve));
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    expect(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]))).toEqual({ 'empty.txt': '', 'one.txt': 'one' });
  });

  it('a failing output rejects the write instead of hanging', async () => {
    const out = new Writable({ highWaterMark: 16, write(_c, _e, done) { setImmediate(() => done(new Error('no space left on device'))); } });
    out.on('error', () => undefined); // the writer must see the failure through its own wait, not an unhandled event
    const zip = new ZipWriter(out);
    const entry = zip.entry('big.csv');
    const writing = (async () => {
      for (let i = 0; i < 200; i++) await entry.write(noise(i, 2000).join(''));
      await entry.close();
    })();
    await expect(writing).rejects.toThrow('no space left on device');
  }, 60_000);
});
