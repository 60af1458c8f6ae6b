import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { ErrorCode, VigilError } from '../errors.ts';

/**
 * Checkpoints of the audit chain in the transparency-log checkpoint format (C2SP tlog-checkpoint,
 * a C2SP signed note; the format of Go's checksum database and Sigstore's Rekor):
 *
 *     vigil.acme-bookkeeping            origin: which firm's log
 *     1234                              size: the chain's records, up to and including seq 1234
 *     q8b0…base64…=                     the hash of record 1234 (32 bytes, base64)
 *
 *     — vigil.acme-bookkeeping <base64(4-byte key id || 64-byte Ed25519 signature)>
 *
 * The third line is the head of Vigil's linear hash chain, not an RFC 6962 Merkle root: each
 * record's hash covers the one before it, so record N's hash commits to records 1..N. Without a
 * signing key the checkpoint is the three lines alone (still worth keeping: it is outside the
 * database). Keys use the Go signed-note text encodings, so Go's note package reads them too.
 */

/** What a checkpoint states: the log, its size, and the hash of its last record (hex). */
export interface Checkpoint {
  origin: string;
  size: number;
  hash: string;
}

/** One signature line of a note. */
export interface NoteSignature {
  name: string;
  keyId: number;
  signature: Buffer;
}

/** A checkpoint as read back from text. */
export interface ParsedCheckpoint extends Checkpoint {
  /** The signed text: the three lines, each ending in a newline. */
  body: string;
  signatures: NoteSignature[];
  /** The whole note, as `formatCheckpoint` writes it. */
  text: string;
}

const EM_DASH = '\u2014';
const ED25519 = 0x01;
/** DER prefixes that wrap a raw 32-byte Ed25519 seed (PKCS #8) or public key (SPKI). */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Key names and origins: non-empty, no spaces, no plus (the signed-note rule). */
export function checkKeyName(name: string, what = 'key name'): string {
  if (!/^[^\s+]+$/u.test(name)) throw new VigilError(ErrorCode.UsageError, `a checkpoint ${what} must be non-empty, with no spaces and no "+", not "${name}"`);
  return name;
}

/** The origin of a firm's checkpoints: `vigil.` and the firm's name as lowercase letters, digits and hyphens. */
export function defaultOrigin(organisationName: string): string {
  const slug = organisationName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `vigil.${slug || 'firm'}`;
}

/** The signed text of a checkpoint: origin, size and base64 hash, each on its own line. */
export function checkpointBody(checkpoint: Checkpoint): string {
  checkKeyName(checkpoint.origin, 'origin');
  if (!/^[0-9a-f]{64}$/.test(checkpoint.hash)) throw new VigilError(ErrorCode.Unexpected, 'a checkpoint hash is 64 hex digits');
  return `${checkpoint.origin}\n${checkpoint.size}\n${Buffer.from(checkpoint.hash, 'hex').toString('base64')}\n`;
}

/** The signed-note key id: the first four bytes of SHA-256(name || 0x0A || 0x01 || public key). */
export function keyIdOf(name: string, publicKey: Buffer): number {
  return createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), Buffer.from([ED25519]), publicKey])).digest().readUInt32BE(0);
}

const hex8 = (id: number) => id.toString(16).padStart(8, '0');

/** A key that checks signatures: its name, key id and raw public key. Safe to print and share. */
export class VerifierKey {
  readonly name: string;
  readonly keyId: number;
  readonly publicKey: Buffer;
  private readonly key: KeyObject;

  constructor(name: string, publicKey: Buffer) {
    this.name = checkKeyName(name);
    this.publicKey = publicKey;
    this.keyId = keyIdOf(name, publicKey);
    this.key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  }

  /** The verifier key as text: `<name>+<key id, 8 hex>+<base64(0x01 || public key)>`. */
  toString(): string {
    return `${this.name}+${hex8(this.keyId)}+${Buffer.concat([Buffer.from([ED25519]), this.publicKey]).toString('base64')}`;
  }

  verify(body: string, signature: Buffer): boolean {
    return signature.length === 64 && verify(null, Buffer.from(body, 'utf8'), this.key, signature);
  }
}

/**
 * The signing key, from VIGIL_SIGNING_KEY. Its secret never leaves this object: it prints as
 * its public half, and parse errors never quote the text they were given.
 */
export class SigningKey {
  readonly verifier: VerifierKey;
  readonly #key: KeyObject;

  private constructor(name: string, seed: Buffer) {
    this.#key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(this.#key).export({ format: 'der', type: 'spki' });
    this.verifier = new VerifierKey(name, spki.subarray(SPKI_PREFIX.length));
  }

  get name(): string {
    return this.verifier.name;
  }

  /** A new key named `name`, with its text for VIGIL_SIGNING_KEY. */
  static generate(name: string): { key: SigningKey; text: string } {
    checkKeyName(name);
    const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const seed = Buffer.from(jwk.d!, 'base64url');
    const key = new SigningKey(name, seed);
    const text = `PRIVATE+KEY+${name}+${hex8(key.verifier.keyId)}+${Buffer.concat([Buffer.from([ED25519]), seed]).toString('base64')}`;
    return { key, text };
  }

  /** Reads `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || seed)>`; the error never quotes the secret. */
  static parse(text: string, source = 'VIGIL_SIGNING_KEY'): SigningKey {
    const refuse = (why: string) => new VigilError(ErrorCode.UsageError, `${source} is not a Vigil signing key (${why}); make one with \`vigil keygen\``);
    // The base64 at the end may itself hold a '+'.
    const parts = /^PRIVATE\+KEY\+([^+]*)\+([^+]*)\+(.*)$/s.exec(text.trim());
    if (!parts) throw refuse('it should read PRIVATE+KEY+<name>+<id>+<key>');
    const [, name, id, encoded] = parts as unknown as [string, string, string, string];
    if (!/^[^\s+]+$/u.test(name)) throw refuse('its name is empty or has spaces');
    const raw = Buffer.from(encoded, 'base64');
    if (raw.length !== 33 || raw[0] !== ED25519) throw refuse('it is not an Ed25519 key of 32 bytes');
    const key = new SigningKey(name, raw.subarray(1));
    if (hex8(key.verifier.keyId) !== id.toLowerCase()) throw refuse('its key id does not match its key');
    return key;
  }

  /** The signature line of a note body: `— <name> <base64(key id || signature)>`. */
  signatureLine(body: string): string {
    const id = Buffer.alloc(4);
    id.writeUInt32BE(this.verifier.keyId);
    const signature = sign(null, Buffer.from(body, 'utf8'), this.#key);
    return `${EM_DASH} ${this.name} ${Buffer.concat([id, signature]).toString('base64')}\n`;
  }

  toString(): string {
    return `[signing key ${this.verifier.toString()}]`;
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/** Reads a verifier key, `<name>+<key id>+<base64(0x01 || public key)>`, as `vigil keygen` prints it. */
export function parseVerifierKey(text: string): VerifierKey {
  const refuse = (why: string) => new VigilError(ErrorCode.UsageError, `"${text.trim().slice(0, 120)}" is not a verifier key (${why}); \`vigil keygen\` prints one beside each signing key`);
  // The base64 at the end may itself hold a '+'.
  const parts = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(text.trim());
  if (!parts) throw refuse('it should read <name>+<id>+<key>');
  const [, name, id, encoded] = parts as unknown as [string, string, string, string];
  const raw = Buffer.from(encoded, 'base64');
  if (raw.length !== 33 || raw[0] !== ED25519) throw refuse('it is not an Ed25519 public key of 32 bytes');
  if (!/^[^\s+]+$/u.test(name)) throw refuse('its name is empty or has spaces');
  const key = new VerifierKey(name, raw.subarray(1));
  if (hex8(key.keyId) !== id.toLowerCase()) throw refuse('its key id does not match its key');
  return key;
}

/** The checkpoint as a note: its body, then (when a key is given) a blank line and its signature. */
export function formatCheckpoint(checkpoint: Checkpoint, key?: SigningKey): string {
  const body = checkpointBody(checkpoint);
  return key ? `${body}\n${key.signatureLine(body)}` : body;
}

const SIZE = /^(0|[1-9][0-9]{0,15})$/;
const HASH_B64 = /^[A-Za-z0-9+/]{43}=$/;
const SIGNATURE = new RegExp(`^${EM_DASH} ([^\\s+]+) ([A-Za-z0-9+/]+={0,2})$`, 'u');

/** The signature lines from `start`, and where they stop. A malformed line ends them. */
function signatureLines(lines: string[], start: number): { signatures: NoteSignature[]; end: number } {
  const signatures: NoteSignature[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const match = SIGNATURE.exec(lines[i]!);
    if (!match) break;
    const bytes = Buffer.from(match[2]!, 'base64');
    if (bytes.length < 5) break;
    signatures.push({ name: match[1]!, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) });
  }
  return { signatures, end: i };
}

/**
 * Every checkpoint in a text: a checkpoint file (one after another), one checkpoint, or an
 * export that quotes one (the CSV's `# ` lines, the HTML pack, the JSON export's `checkpoint`,
 * the package's checkpoint.txt and manifest.json).
 * A checkpoint is an origin line, a size line and a base64 hash line, then optionally a blank
 * line and its signature lines; anything else between checkpoints is passed over.
 */
export function parseCheckpoints(text: string): ParsedCheckpoint[] {
  const quoted = jsonQuotedNotes(text);
  const lines = [text, ...quoted].join('\n').replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/^# ?/, ''));
  const found: ParsedCheckpoint[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const [origin, size, hash] = [lines[i]!.trim(), lines[i + 1]!.trim(), lines[i + 2]!.trim()];
    if (!/^[^\s+]+$/u.test(origin) || !SIZE.test(size) || !HASH_B64.test(hash)) continue;
    const body = `${origin}\n${size}\n${hash}\n`;
    const signed = lines[i + 3]?.trim() === '' ? signatureLines(lines.map((l) => l.trim()), i + 4) : { signatures: [], end: i + 3 };
    const signatures = signed.signatures;
    found.push({
      origin, size: Number(size), hash: Buffer.from(hash, 'base64').toString('hex'), body, signatures,
      text: signatures.length ? `${body}\n${signatures.map((s) => `${EM_DASH} ${s.name} ${Buffer.concat([keyIdBytes(s.keyId), s.signature]).toString('base64')}\n`).join('')}` : body,
    });
    i = (signatures.length ? signed.end : i + 3) - 1;
  }
  return found;
}

/** The JSON export's `checkpoint` and the package manifest's `auditCheckpoint.text`: notes held as JSON strings. */
function jsonQuotedNotes(text: string): string[] {
  const notes: string[] = [];
  for (const match of text.matchAll(/"(?:checkpoint|auditCheckpoint"\s*:\s*\{[^{}]*?"text)"\s*:\s*("(?:[^"\\\n]|\\.)*")/g)) {
    try {
      const note: unknown = JSON.parse(match[1]!);
      if (typeof note === 'string') notes.push(note);
    } catch {
      // Not a JSON string after all: passed over, like any other text.
    }
  }
  return notes;
}

function keyIdBytes(id: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(id);
  return bytes;
}

/** What a verifier key says of a checkpoint's signatures. */
export type SignatureVerdict = 'valid' | 'invalid' | 'not-signed-by-key';

/**
 * Checks a checkpoint against a verifier key, as the signed-note spec says: signatures by other
 * keys are ignored; one by this key (same name and key id) that fails refuses the checkpoint;
 * and it is accepted only when one by this key verifies.
 */
export function checkSignature(checkpoint: ParsedCheckpoint, key: VerifierKey): SignatureVerdict {
  const ours = checkpoint.signatures.filter((s) => s.name === key.name && s.keyId === key.keyId);
  if (ours.length === 0) return 'not-signed-by-key';
  return ours.every((s) => key.verify(checkpoint.body, s.signature)) ? 'valid' : 'invalid';
}

/** Who signed a checkpoint, for a reader: the signing key names, or "unsigned". */
export function signedBy(checkpoint: { signatures: NoteSignature[] }): string {
  return checkpoint.signatures.length ? checkpoint.signatures.map((s) => `${s.name} (key ${hex8(s.keyId)})`).join(', ') : 'unsigned';
}
