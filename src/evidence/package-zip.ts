import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

/** What the manifest says of each file: its path, SHA-256 and size (uncompressed). */
export interface PackagedFile {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * A zip written as a stream, for a package of a million rows in flat memory. Several entries can
 * be open at once (the population and the answer history come from the same read): the oldest
 * open entry streams straight to the output; the others keep their compressed bytes until it
 * closes. Deflate runs in zlib's thread pool, beside the JavaScript that makes the rows; each
 * entry's SHA-256 and CRC-32 are taken as its text goes by. Plain zip (no zip64): a package
 * stays far below 4 GB.
 */
export class ZipWriter {
  readonly files: PackagedFile[] = [];
  private readonly out: Writable;
  private readonly central: Buffer[] = [];
  private readonly waiting: ZipEntry[] = [];
  private offset = 0;
  private writing: ZipEntry | undefined;

  constructor(out: Writable) {
    this.out = out;
  }

  /** Opens an entry; write text to it, then close it. */
  entry(path: string): ZipEntry {
    const entry = new ZipEntry(this, path);
    this.waiting.push(entry);
    if (!this.writing) this.startNext();
    return entry;
  }

  /** Closes the zip: writes the central directory. Every entry must be closed first. */
  async finish(): Promise<void> {
    if (this.writing || this.waiting.length) throw new Error('zip entries still open');
    const directory = Buffer.concat(this.central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.files.length, 8);
    end.writeUInt16LE(this.files.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(this.offset, 16);
    await this.emit(Buffer.concat([directory, end]));
  }

  /** Writes to the output, waiting while its buffer is full. */
  async emit(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    // once() rejects if the output fails (a full disk) instead of waiting for a drain that never comes.
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  isWriting(entry: ZipEntry): boolean {
    return this.writing === entry;
  }

  /** Called by an entry when its compressed bytes are all out: records it, starts the next. */
  async finished(entry: ZipEntry, record: { header: Buffer; headerOffset: number; crc: number; size: number; compressed: number; file: PackagedFile }): Promise<void> {
    this.files.push(record.file);
    this.central.push(centralHeader(record));
    this.writing = undefined;
    this.waiting.splice(this.waiting.indexOf(entry), 1);
    await this.startNext();
  }

  /** Hands the output to the oldest waiting entry: its header, its kept bytes, and if done, its end. */
  private async startNext(): Promise<void> {
    const next = this.waiting[0];
    if (!next) return;
    this.writing = next;
    await next.takeOutput(this.offset);
  }
}

const FLAG_DESCRIPTOR_UTF8 = 0x0008 | 0x0800;

/** One file in the zip. */
export class ZipEntry {
  readonly path: string;
  private readonly zip: ZipWriter;
  private readonly sha: Hash = createHash('sha256');
  private readonly deflate: DeflateRaw = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  private readonly kept: Buffer[] = [];
  private readonly ended: Promise<void>;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private headerOffset = -1;
  private header = Buffer.alloc(0);
  private done = false;
  /** Output writes in order, so a kept chunk never overtakes a streamed one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(zip: ZipWriter, path: string) {
    this.zip = zip;
    this.path = path;
    this.deflate.on('data', (chunk: Buffer) => this.onCompressed(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.deflate.once('end', resolve);
      this.deflate.once('error', reject);
    });
  }

  /** Adds text (UTF-8), waiting while the compressor is busy. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!text) return;
    const bytes = Buffer.from(text, 'utf8');
    this.sha.update(bytes);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  /** Ends the entry; resolves once its bytes are written or kept. */
  async close(): Promise<PackagedFile> {
    this.deflate.end();
    await this.ended;
    await this.chain;
    if (this.failure) throw this.failure;
    const file = { path: this.path, sha256: this.sha.digest('hex'), bytes: this.size };
    this.fileRecord = file;
    this.done = true;
    await this.completeIfReady();
    return file;
  }

  private fileRecord: PackagedFile | undefined;
  /** The output's failure, kept so the next write or the close throws it (a chained write has no caller to throw to). */
  private failure: Error | undefined;

  /** Queues a write of the output after those before it; a failure is kept, not left unhandled. */
  private queue(bytes: Buffer): void {
    this.chain = this.chain.then(() => (this.failure ? undefined : this.zip.emit(bytes))).catch((error: Error) => {
      this.failure ??= error;
    });
  }
  private completing = false;

  private onCompressed(chunk: Buffer): void {
    this.compressed += chunk.length;
    if (!this.zip.isWriting(this)) {
      this.kept.push(chunk);
      return;
    }
    // Streaming: stop the compressor until the output has taken the chunk.
    this.deflate.pause();
    this.queue(chunk);
    this.chain = this.chain.finally(() => this.deflate.resume());
  }

  /** The output is this entry's now: header, then what was kept, then (if closed) the end. */
  async takeOutput(offset: number): Promise<void> {
    this.headerOffset = offset;
    this.header = Buffer.from(this.path, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAG_DESCRIPTOR_UTF8, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(this.header.length, 26);
    const kept = this.kept.splice(0);
    this.queue(Buffer.concat([local, this.header, ...kept]));
    await this.completeIfReady();
  }

  /** Once closed and holding the output (whichever comes last), ends the entry, exactly once. */
  private async completeIfReady(): Promise<void> {
    if (!this.done || !this.zip.isWriting(this) || this.completing) return;
    this.completing = true;
    await this.chain;
    if (this.failure) throw this.failure;
    await this.complete();
  }

  /** Writes the data descriptor and tells the zip this entry is through. */
  private async complete(): Promise<void> {
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(this.crc >>> 0, 4);
    descriptor.writeUInt32LE(this.compressed, 8);
    descriptor.writeUInt32LE(this.size, 12);
    await this.zip.emit(descriptor);
    await this.zip.finished(this, { header: this.header, headerOffset: this.headerOffset, crc: this.crc, size: this.size, compressed: this.compressed, file: this.fileRecord! });
  }
}

/** The central directory's record of one entry. */
function centralHeader(r: { header: Buffer; headerOffset: number; crc: number; size: number; compressed: number }): Buffer {
  const c = Buffer.alloc(46);
  c.writeUInt32LE(0x02014b50, 0);
  c.writeUInt16LE(20, 4);
  c.writeUInt16LE(20, 6);
  c.writeUInt16LE(FLAG_DESCRIPTOR_UTF8, 8);
  c.writeUInt16LE(8, 10);
  c.writeUInt32LE(r.crc >>> 0, 16);
  c.writeUInt32LE(r.compressed, 20);
  c.writeUInt32LE(r.size, 24);
  c.writeUInt16LE(r.header.length, 28);
  c.writeUInt32LE(r.headerOffset, 42);
  return Buffer.concat([c, r.header]);
}

/** Text written whole as one entry. */
export async function addFile(zip: ZipWriter, path: string, text: string): Promise<PackagedFile> {
  const entry = zip.entry(path);
  await entry.write(text);
  return entry.close();
}
