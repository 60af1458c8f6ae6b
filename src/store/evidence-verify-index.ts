import { randomBytes } from 'node:crypto';

/**
 * Every evidence row's latest seal, in one typed array of eight 32-bit integers a slot: a 64-bit
 * fingerprint of (table, key), the chain record's seq, flags, and the first 128 bits of the sealed
 * digest. 32 bytes a slot and no object per row, so a year of evidence (two million rows) fits in
 * some 100 MB; and a slot is half a cache line, so a look-up (millions of them, at random places)
 * costs one miss where a separate array per field cost five.
 *
 * Fingerprints are salted afresh on every run, so nobody can prepare two keys that collide. Two
 * keys that did collide would share a slot: the digests (which include the key) then disagree
 * and the row is named, never passed.
 */
export class SealIndex {
  private capacity = 0;
  private used = 0;
  private slots = new Int32Array(0);
  private readonly seedA: number;
  private readonly seedB: number;
  private a = 0;
  private b = 0;

  constructor(expectedRows: number) {
    const salt = randomBytes(8);
    this.seedA = salt.readUInt32LE(0);
    this.seedB = salt.readUInt32LE(4);
    // Room for every expected row below the load limit, with slack for rows sealed and since
    // removed: growing doubles the array (and holds both while it copies).
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
    const s = this.slots;
    const at = slot * WORDS;
    if (!(s[at + FLAGS]! & OCCUPIED)) {
      this.used++;
      s[at + FP_A] = this.a;
      s[at + FP_B] = this.b;
    }
    s[at + SEQ] = seq;
    hexInvalid = false;
    for (let i = 0; i < 4; i++) s[at + DIGEST + i] = hex32(digestText, digestAt + i * 8);
    // A sealed digest that is not hex (an edited record) matches no row's, whatever its words read as.
    s[at + FLAGS] = OCCUPIED | (live ? LIVE : 0) | (table << TABLE_SHIFT) | (hexInvalid ? NOT_HEX : 0);
  }

  /** The slot of (table, key), or -1 when no seal names it. */
  find(table: number, key: string): number {
    const slot = this.probe(table, key);
    return this.slots[slot * WORDS + FLAGS]! & OCCUPIED ? slot : -1;
  }

  isLive(slot: number): boolean {
    return (this.slots[slot * WORDS + FLAGS]! & LIVE) !== 0;
  }

  seqOf(slot: number): number {
    return this.slots[slot * WORDS + SEQ]!;
  }

  /**
   * True when the slot's sealed digest starts as this digest's hex does. Hex, not bytes: a Buffer
   * per row digest cost verification more than the hashing.
   */
  matches(slot: number, digestHex: string): boolean {
    const s = this.slots;
    const at = slot * WORDS + DIGEST;
    if (s[slot * WORDS + FLAGS]! & NOT_HEX) return false;
    return s[at] === hex32(digestHex, 0) && s[at + 1] === hex32(digestHex, 8) && s[at + 2] === hex32(digestHex, 16) && s[at + 3] === hex32(digestHex, 24);
  }

  markSeen(slot: number): void {
    this.slots[slot * WORDS + FLAGS]! |= SEEN;
  }

  /**
   * Keeps a prompt's copy of its latest answer in the prompt's slot: its revision and a 64-bit
   * print of the copied fields, in the words that held the prompt's digest. Only once the prompt's
   * row has been checked against that digest, which is then no longer needed.
   */
  keepCopy(slot: number, revision: number, printA: number, printB: number): void {
    const at = slot * WORDS;
    [this.slots[at + DIGEST], this.slots[at + DIGEST + 1], this.slots[at + DIGEST + 2]] = [printA, printB, revision];
    this.slots[at + FLAGS]! |= COPY;
  }

  /** The revision of the copy kept in a prompt's slot, or 0 when it keeps none. */
  copyRevision(slot: number): number {
    return this.slots[slot * WORDS + FLAGS]! & COPY ? this.slots[slot * WORDS + DIGEST + 2]! : 0;
  }

  /** True when the copy kept in the slot has this print; then the slot's copy is marked as found. */
  matchCopy(slot: number, printA: number, printB: number): boolean {
    const at = slot * WORDS;
    if (this.slots[at + DIGEST] !== printA || this.slots[at + DIGEST + 1] !== printB) return false;
    this.slots[at + FLAGS]! |= COPY_FOUND;
    return true;
  }

  /** True when some copy kept was never found among the answers. */
  get copyNotFound(): boolean {
    for (let slot = 0; slot < this.capacity; slot++) if ((this.slots[slot * WORDS + FLAGS]! & (COPY | COPY_FOUND)) === COPY) return true;
    return false;
  }

  /** Slots sealed as live whose row was never seen: rows deleted behind the chain's back. */
  *unseenLive(): Generator<{ slot: number; table: number; seq: number }> {
    for (let slot = 0; slot < this.capacity; slot++) {
      const f = this.slots[slot * WORDS + FLAGS]!;
      if (f & OCCUPIED && f & LIVE && !(f & SEEN)) yield { slot, table: (f >> TABLE_SHIFT) & TABLE_MASK, seq: this.seqOf(slot) };
    }
  }

  /** Live slots whose latest seal is in a record at or before `seq` (what a purge must carry forward). */
  *liveAtOrBefore(seq: number): Generator<{ slot: number; table: number; seq: number }> {
    for (let slot = 0; slot < this.capacity; slot++) {
      const f = this.slots[slot * WORDS + FLAGS]!;
      if (f & OCCUPIED && f & LIVE && this.seqOf(slot) <= seq) yield { slot, table: (f >> TABLE_SHIFT) & TABLE_MASK, seq: this.seqOf(slot) };
    }
  }

  /** Bytes held by the index's array. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  private probe(table: number, key: string): number {
    this.fingerprint(table, key, 0, key.length);
    return this.slotOfFingerprint();
  }

  /** The slot of the fingerprint just taken: its own, or the free one where it would go. */
  private slotOfFingerprint(): number {
    const s = this.slots;
    let slot = home(this.a, this.capacity);
    for (;;) {
      const at = slot * WORDS;
      if (!(s[at + FLAGS]! & OCCUPIED) || (s[at + FP_A] === this.a && s[at + FP_B] === this.b)) return slot;
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
    this.slots = new Int32Array(capacity * WORDS);
  }

  private grow(): void {
    const [old, oldCapacity] = [this.slots, this.capacity];
    this.allocate(oldCapacity * 2);
    for (let from = 0; from < oldCapacity; from++) {
      const at = from * WORDS;
      if (!(old[at + FLAGS]! & OCCUPIED)) continue;
      let slot = home(old[at + FP_A]!, this.capacity);
      while (this.slots[slot * WORDS + FLAGS]! & OCCUPIED) slot = slot + 1 === this.capacity ? 0 : slot + 1;
      this.slots.set(old.subarray(at, at + WORDS), slot * WORDS);
    }
  }
}

/** A slot's words: the fingerprint's two halves, the seq, the flags, then four of the digest. */
const [FP_A, FP_B, SEQ, FLAGS, DIGEST, WORDS] = [0, 1, 2, 3, 4, 8];
const LOAD = 0.7;
const OCCUPIED = 1;
const LIVE = 2;
const SEEN = 4;
const TABLE_SHIFT = 3;
const TABLE_MASK = 7;
/** A prompt's slot keeps its copy of its latest answer (see keepCopy), and that answer was found. */
const [COPY, COPY_FOUND] = [64, 128];
/** The slot's sealed digest was not hex: it matches nothing. */
const NOT_HEX = 256;

/**
 * Eight hex digits from `at` as a 32-bit number, without a substring per word (the index
 * takes millions). A character that is not a hex digit (either case) sets {@link hexInvalid}:
 * read as a number it could alias a real digest ("0g" reads as "10").
 */
function hex32(text: string, at: number): number {
  let value = 0;
  let digits = 0;
  for (let i = at; i < at + 8; i++) {
    const c = text.charCodeAt(i) | 32;
    const d = c <= 57 ? c - 48 : c - 87;
    digits |= d;
    value = (value << 4) | (d & 15);
  }
  if ((digits & ~15) !== 0 || Number.isNaN(text.charCodeAt(at + 7))) hexInvalid = true;
  return value | 0;
}

/** Set by {@link hex32} when what it read was not all hex digits. */
let hexInvalid = false;

/** A 32-bit finaliser (murmur3's): spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A fingerprint's home slot: its top 24 bits scaled to the capacity (a multiply, where `%` of a
 * 32-bit unsigned number is a floating-point remainder; everything here stays a 32-bit integer).
 */
function home(fingerprint: number, capacity: number): number {
  return ((fingerprint >>> 8) * capacity) / 16_777_216 | 0;
}
