import { randomBytes } from 'node:crypto';

/**
 * Every evidence row's latest seal, in typed arrays: a 64-bit fingerprint of (table, key), the
 * chain record's seq, the first 128 bits of the sealed digest, and flags. About 30 bytes a row
 * and no object per row, so a year of evidence (two million rows) fits in some 80 MB.
 *
 * Fingerprints are salted afresh on every run, so nobody can prepare two keys that collide. Two
 * keys that did collide would share a slot: the digests (which include the key) then disagree
 * and the row is named, never passed.
 */
export class SealIndex {
  private capacity = 0;
  private used = 0;
  private fpA = new Uint32Array(0);
  private fpB = new Uint32Array(0);
  private seqs = new Uint32Array(0);
  private digests = new Uint32Array(0);
  private flags = new Uint8Array(0);
  private readonly seedA: number;
  private readonly seedB: number;
  private a = 0;
  private b = 0;

  constructor(expectedRows: number) {
    const salt = randomBytes(8);
    this.seedA = salt.readUInt32LE(0);
    this.seedB = salt.readUInt32LE(4);
    // Room for every expected row below the load limit, with slack for rows sealed and since
    // removed: growing doubles the arrays (and holds both while it copies).
    this.allocate(Math.max(1024, Math.ceil((expectedRows * 1.02 + 1024) / LOAD)));
  }

  /** Records that record `seq` sealed (table, key) with `digestHex`; a delete makes it not live. */
  put(table: number, key: string, seq: number, digestHex: string, live: boolean): void {
    this.putAt(table, key, 0, key.length, seq, digestHex, 0, live);
  }

  /**
   * {@link put} with the key and the digest read in place from a record's text (the key is
   * `text[keyStart, keyEnd)`, which must hold no JSON escape; the digest's 32 hex digits start
   * at `digestAt`), without a string for either.
   */
  putAt(table: number, text: string, keyStart: number, keyEnd: number, seq: number, digestText: string, digestAt: number, live: boolean): void {
    if (this.used + 1 > this.capacity * LOAD) this.grow();
    this.fingerprint(table, text, keyStart, keyEnd);
    const slot = this.slotOfFingerprint();
    if (!(this.flags[slot]! & OCCUPIED)) {
      this.used++;
      this.fpA[slot] = this.a;
      this.fpB[slot] = this.b;
    }
    this.seqs[slot] = seq;
    for (let i = 0; i < 4; i++) this.digests[slot * 4 + i] = hex32(digestText, digestAt + i * 8);
    this.flags[slot] = OCCUPIED | (live ? LIVE : 0) | (table << TABLE_SHIFT);
  }

  /** The slot of (table, key), or -1 when no seal names it. */
  find(table: number, key: string): number {
    const slot = this.probe(table, key);
    return this.flags[slot]! & OCCUPIED ? slot : -1;
  }

  isLive(slot: number): boolean {
    return (this.flags[slot]! & LIVE) !== 0;
  }

  seqOf(slot: number): number {
    return this.seqs[slot]!;
  }

  /** True when the slot's sealed digest starts with these 16 bytes. */
  matches(slot: number, digest: Buffer): boolean {
    const d = this.digests;
    const at = slot * 4;
    return d[at] === digest.readUInt32BE(0) && d[at + 1] === digest.readUInt32BE(4) && d[at + 2] === digest.readUInt32BE(8) && d[at + 3] === digest.readUInt32BE(12);
  }

  markSeen(slot: number): void {
    this.flags[slot]! |= SEEN;
  }

  /** Slots sealed as live whose row was never seen: rows deleted behind the chain's back. */
  *unseenLive(): Generator<{ slot: number; table: number; seq: number }> {
    for (let slot = 0; slot < this.capacity; slot++) {
      const f = this.flags[slot]!;
      if (f & OCCUPIED && f & LIVE && !(f & SEEN)) yield { slot, table: f >> TABLE_SHIFT, seq: this.seqs[slot]! };
    }
  }

  /** Live slots whose latest seal is in a record at or before `seq` (what a purge must carry forward). */
  *liveAtOrBefore(seq: number): Generator<{ slot: number; table: number; seq: number }> {
    for (let slot = 0; slot < this.capacity; slot++) {
      const f = this.flags[slot]!;
      if (f & OCCUPIED && f & LIVE && this.seqs[slot]! <= seq) yield { slot, table: f >> TABLE_SHIFT, seq: this.seqs[slot]! };
    }
  }

  /** Bytes held by the index's arrays. */
  get bytes(): number {
    return this.capacity * (4 + 4 + 4 + 16 + 1);
  }

  private probe(table: number, key: string): number {
    this.fingerprint(table, key, 0, key.length);
    return this.slotOfFingerprint();
  }

  /** The slot of the fingerprint just taken: its own, or the free one where it would go. */
  private slotOfFingerprint(): number {
    let slot = this.a % this.capacity;
    for (;;) {
      if (!(this.flags[slot]! & OCCUPIED) || (this.fpA[slot] === this.a && this.fpB[slot] === this.b)) return slot;
      slot = slot + 1 === this.capacity ? 0 : slot + 1;
    }
  }

  /** The fingerprint of (table, the key `text[start, end)`). */
  private fingerprint(table: number, text: string, start: number, end: number): void {
    let a = this.seedA ^ table;
    let b = this.seedB ^ Math.imul(table + 1, 0x9e3779b1);
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const length = end - start;
    this.a = mix(a ^ length);
    this.b = mix(b ^ Math.imul(length, 0x27d4eb2f));
  }

  private allocate(capacity: number): void {
    this.capacity = capacity;
    this.fpA = new Uint32Array(capacity);
    this.fpB = new Uint32Array(capacity);
    this.seqs = new Uint32Array(capacity);
    this.digests = new Uint32Array(capacity * 4);
    this.flags = new Uint8Array(capacity);
  }

  private grow(): void {
    const old = { capacity: this.capacity, fpA: this.fpA, fpB: this.fpB, seqs: this.seqs, digests: this.digests, flags: this.flags };
    this.allocate(old.capacity * 2);
    for (let from = 0; from < old.capacity; from++) {
      if (!(old.flags[from]! & OCCUPIED)) continue;
      let slot = old.fpA[from]! % this.capacity;
      while (this.flags[slot]! & OCCUPIED) slot = slot + 1 === this.capacity ? 0 : slot + 1;
      this.fpA[slot] = old.fpA[from]!;
      this.fpB[slot] = old.fpB[from]!;
      this.seqs[slot] = old.seqs[from]!;
      this.digests.set(old.digests.subarray(from * 4, from * 4 + 4), slot * 4);
      this.flags[slot] = old.flags[from]!;
    }
  }
}

const LOAD = 0.7;
const OCCUPIED = 1;
const LIVE = 2;
const SEEN = 4;
const TABLE_SHIFT = 3;

/**
 * Eight hex digits from `at` as an unsigned 32-bit number, without a substring per word (the index
 * takes millions). A character that is not a hex digit gives a wrong number, so the row is named.
 */
function hex32(text: string, at: number): number {
  let value = 0;
  for (let i = at; i < at + 8; i++) {
    const c = text.charCodeAt(i) | 32;
    value = (value << 4) | (c <= 57 ? c - 48 : c - 87);
  }
  return value >>> 0;
}

/** A 32-bit finaliser (murmur3's): spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
