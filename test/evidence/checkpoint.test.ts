import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkSignature, defaultOrigin, formatCheckpoint, parseCheckpoints, parseVerifierKey, SigningKey, VerifierKey,
} from '../../src/evidence/checkpoint.ts';
import { checkpointOrigin } from '../../src/evidence/checkpoint-integrity.ts';
import { makeCheckpoint, verifyAgainstCheckpoints } from '../../src/evidence/checkpoint-verify.ts';
import { parseConfig } from '../../src/config/index.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';
import { appendAudit, auditHash, setAuditAnchor, verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

const ORIGIN = 'vigil.acme-bookkeeping';
const HASH = 'a'.repeat(64);

describe('checkpoint format (C2SP tlog-checkpoint, signed note)', () => {
  it('an unsigned checkpoint is origin, size and base64 hash, each on its own line', () => {
    expect(formatCheckpoint({ origin: ORIGIN, size: 42, hash: HASH })).toBe(`${ORIGIN}\n42\n${Buffer.from(HASH, 'hex').toString('base64')}\n`);
    expect(defaultOrigin('Acme Bookkeeping Ltd.')).toBe('vigil.acme-bookkeeping-ltd');
    expect(defaultOrigin('Café & Co')).toBe('vigil.cafe-co');
  });

  it('a signed checkpoint has a blank line, then "— <name> <base64(key id || Ed25519 signature)>", with the signed-note key id', () => {
    const { key } = SigningKey.generate(ORIGIN);
    const text = formatCheckpoint({ origin: ORIGIN, size: 42, hash: HASH }, key);
    const [body, signatures] = text.split('\n\n');
    expect(body).toBe(`${ORIGIN}\n42\n${Buffer.from(HASH, 'hex').toString('base64')}`);
    const match = /^\u2014 (\S+) (\S+)\n$/.exec(signatures!)!;
    expect(match[1]).toBe(ORIGIN);
    const bytes = Buffer.from(match[2]!, 'base64');
    expect(bytes).toHaveLength(4 + 64);
    // key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4], big-endian
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from(`${ORIGIN}\n`), Buffer.from([1]), key.verifier.publicKey])).digest().subarray(0, 4);
    expect(bytes.subarray(0, 4)).toEqual(expected);
  });

  it('verifies against the Go sumdb note test vector (a key and note made by golang.org/x/mod/sumdb/note)', () => {
    // From the Go note package's documentation and tests: verifier key and a note it signed.
    const verifier = parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
    const note = 'If you think cryptography is the answer to your problem,\nthen you don\'t know what your problem is.\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
    const [body] = note.split('\n\n\u2014');
    const line = note.slice(note.indexOf('\u2014'));
    const bytes = Buffer.from(line.trim().split(' ')[2]!, 'base64');
    expect(bytes.readUInt32BE(0)).toBe(verifier.keyId);
    expect(verifier.verify(`${body}\n`, bytes.subarray(4))).toBe(true);
    expect(verifier.verify(`${body}!\n`, bytes.subarray(4))).toBe(false);
    // Ed25519 is deterministic: the Go signer key reproduces the published signature byte for byte.
    const signer = SigningKey.parse('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
    expect(signer.verifier.toString()).toBe(verifier.toString());
    expect(signer.signatureLine(`${body}\n`)).toBe(line);
    // A verifier key whose base64 holds a '+' (transparency-dev/formats' tests).
    expect(parseVerifierKey('TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6').name).toBe('TEST');
  });

  it('parses what it writes, one or many (a checkpoint file), and accepts a correct signature, refusing a forged one', () => {
    const { key } = SigningKey.generate(ORIGIN);
    const other = SigningKey.generate(ORIGIN).key;
    const one = formatCheckpoint({ origin: ORIGIN, size: 1, hash: HASH }, key);
    const two = formatCheckpoint({ origin: ORIGIN, size: 2, hash: 'b'.repeat(64) });
    const [a, b] = parseCheckpoints(`${one}\n${two}\n`);
    expect(a).toMatchObject({ origin: ORIGIN, size: 1, hash: HASH, text: one });
    expect(b).toMatchObject({ origin: ORIGIN, size: 2, hash: 'b'.repeat(64), text: two, signatures: [] });
    expect(checkSignature(a!, key.verifier)).toBe('valid');
    expect(checkSignature(a!, other.verifier)).toBe('not-signed-by-key');
    expect(checkSignature(b!, key.verifier)).toBe('not-signed-by-key');
    // Forged: a higher size with the real signature line kept.
    const forged = parseCheckpoints(one.replace(/^1$/m, '9'))[0]!;
    expect(forged.size).toBe(9);
    expect(checkSignature(forged, key.verifier)).toBe('invalid');
    // Signed by an impostor under the same name (another key id): not the firm's key.
    const impostor = parseCheckpoints(formatCheckpoint({ origin: ORIGIN, size: 1, hash: HASH }, other))[0]!;
    expect(checkSignature(impostor, key.verifier)).toBe('not-signed-by-key');
  });

  it('finds a checkpoint quoted in an export: CSV comment lines, an HTML pack, CRLF, the JSON export and the package manifest', () => {
    const text = formatCheckpoint({ origin: ORIGIN, size: 7, hash: HASH }, SigningKey.generate(ORIGIN).key);
    const csv = text.trimEnd().split('\n').map((l) => `# ${l}`.trimEnd()).join('\r\n') + '\r\nprompt_id,attestation\r\nx,y\r\n';
    expect(parseCheckpoints(csv)[0]!.text).toBe(text);
    expect(parseCheckpoints(`<p>Checkpoint:</p><pre class="checkpoint">\n${text}</pre>`)[0]!.text).toBe(text);
    expect(parseCheckpoints(`{"organisation":"Acme","checkpoint":${JSON.stringify(text)},"prompts":[]}`).map((c) => c.text)).toEqual([text]);
    expect(parseCheckpoints(JSON.stringify({ auditCheckpoint: { kind: 'tlog-checkpoint', seq: 7, text }, files: [] }, null, 2)).map((c) => c.text)).toEqual([text]);
  });

  it('the origin comes from checkpoints.origin, else the firm\'s name; an origin a page would escape is refused at file:line', () => {
    const base = `${MINIMAL_CONFIG}\ncheckpoints:\n  origin: `;
    expect(checkpointOrigin(parseConfig(MINIMAL_CONFIG, 'vigil.yaml'))).toBe('vigil.acme-bookkeeping');
    expect(checkpointOrigin(parseConfig(`${base}acme.example/vigil\n`, 'vigil.yaml'))).toBe('acme.example/vigil');
    expect(() => parseConfig(`${base}"o'brien & co"\n`, 'vigil.yaml')).toThrow(/vigil\.yaml:\d+:\d+ +checkpoints\.origin: a checkpoint origin is letters, digits/);
  });

  it('keys: the signing key round-trips through its text; it never prints its secret; a bad key is refused without being quoted', () => {
    const { key, text } = SigningKey.generate(ORIGIN);
    expect(text).toMatch(/^PRIVATE\+KEY\+vigil\.acme-bookkeeping\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    const again = SigningKey.parse(text);
    expect(again.verifier.toString()).toBe(key.verifier.toString());
    expect(parseVerifierKey(key.verifier.toString()).keyId).toBe(key.verifier.keyId);
    const secret = text.split('+')[4]!;
    for (const shown of [String(key), JSON.stringify({ key }), inspect(key), inspect({ key }, { depth: 5 })]) expect(shown).not.toContain(secret);
    const broken = text.slice(0, -6) + 'AAAAA=';
    expect(() => SigningKey.parse(broken)).toThrow(/VIGIL_SIGNING_KEY is not a Vigil signing key/);
    try {
      SigningKey.parse(broken);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(broken.split('+')[4]!.slice(0, 20));
    }
    expect(key.verifier).toBeInstanceOf(VerifierKey);
  });
});

describe('checking a database against checkpoints', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z');
    for (let i = 1; i <= 6; i++) await appendAudit(h.db, { actor: 'amy', action: `event.${i}`, subject: `s${i}`, data: { n: i } }, new Date(`2026-11-23T09:0${i}:00Z`));
  });
  afterEach(() => h.close());

  const append = async (n: number) => {
    for (let i = 0; i < n; i++) await appendAudit(h.db, { actor: 'amy', action: 'later', data: { i } }, new Date('2026-11-24T09:00:00Z'));
  };
  const check = async (text: string, key?: VerifierKey) => verifyAgainstCheckpoints(h.db, parseCheckpoints(text), { origin: ORIGIN, ...(key ? { key } : {}) });

  /** Rewrites record `from`'s data and every hash after it, consistently: the chain alone still verifies. */
  async function rewriteFrom(from: number) {
    const rows = await h.db.selectFrom('audit_log').selectAll().where('seq', '>=', from).orderBy('seq').execute();
    let prev = (await h.db.selectFrom('audit_log').select('hash').where('seq', '=', from - 1).executeTakeFirstOrThrow()).hash;
    for (const row of rows) {
      const data = Number(row.seq) === from ? JSON.stringify({ n: 'rewritten' }) : row.data;
      const hash = auditHash({ seq: Number(row.seq), at: row.at, actor: row.actor, action: row.action, subject: row.subject, data, prevHash: prev });
      await h.db.updateTable('audit_log').set({ data, prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
  }

  it('accepted: a chain that grew after the checkpoint still extends it', async () => {
    const checkpoint = await makeCheckpoint(h.db, ORIGIN);
    expect(checkpoint.size).toBe(Number((await h.db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()).seq));
    await append(5);
    const report = await check(checkpoint.text);
    expect(report.ok).toBe(true);
    expect(report.checks[0]).toMatchObject({ status: 'holds', size: checkpoint.size, signature: 'not-checked' });
    expect(report.tip.seq).toBe(checkpoint.size + 5);
  });

  it('caught: the whole chain rewritten consistently after the checkpoint (verifyAudit alone passes it)', async () => {
    const early = await makeCheckpoint(h.db, ORIGIN);
    await append(3);
    const checkpoint = await makeCheckpoint(h.db, ORIGIN);
    await rewriteFrom(early.size + 2);
    expect((await verifyAudit(h.db)).ok).toBe(true);
    const report = await check(`${early.text}\n${checkpoint.text}`);
    expect(report.ok).toBe(false);
    expect(report.checks.map((c) => c.status)).toEqual(['holds', 'diverged']);
    expect(report.checks[1]!.message).toContain(`record ${checkpoint.size} now has hash`);
    expect(report.checks[1]!.message).toContain('was rewritten after this checkpoint was made');
    expect(report.divergence).toBe(`the chain diverges after record ${early.size} (the last checkpoint that holds) and by record ${checkpoint.size} (the first that does not)`);
  });

  it('caught: the newest records cut off', async () => {
    await append(4);
    const checkpoint = await makeCheckpoint(h.db, ORIGIN);
    await h.db.deleteFrom('audit_log').where('seq', '>', checkpoint.size - 3).execute();
    expect((await verifyAudit(h.db)).ok).toBe(true);
    const report = await check(checkpoint.text);
    expect(report.ok).toBe(false);
    expect(report.checks[0]).toMatchObject({ status: 'cut-off' });
    expect(report.checks[0]!.message).toContain(`the chain ends at record ${checkpoint.size - 3}: records ${checkpoint.size - 2}–${checkpoint.size} are missing`);
    expect(report.divergence).toBe(`the chain was cut off: it ends before record ${checkpoint.size}`);
  });

  it('caught: records cut off and new ones written in their place', async () => {
    const checkpoint = await makeCheckpoint(h.db, ORIGIN);
    await h.db.deleteFrom('audit_log').where('seq', '>', checkpoint.size - 2).execute();
    await append(4);
    expect((await check(checkpoint.text)).checks[0]!.status).toBe('diverged');
  });

  it('a correctly signed checkpoint is accepted with the verifier key; a forged one is refused even where the hash matches', async () => {
    const { key } = SigningKey.generate(ORIGIN);
    const signed = await makeCheckpoint(h.db, ORIGIN, key);
    expect(signed.signedBy).toBe(ORIGIN);
    await append(2);
    expect((await check(signed.text, key.verifier)).checks[0]).toMatchObject({ status: 'holds', signature: 'valid' });
    // Forged by someone without the key: a true statement of the database, but signed by another key under the firm's name.
    const impostor = SigningKey.generate(ORIGIN).key;
    const forged = await makeCheckpoint(h.db, ORIGIN, impostor);
    const refused = await check(forged.text, key.verifier);
    expect(refused.ok).toBe(false);
    expect(refused.checks[0]).toMatchObject({ status: 'bad-signature', signature: 'not-signed-by-key' });
    // Altered: the real signature over another size.
    const altered = signed.text.replace(/^\d+$/m, String(signed.size + 2));
    expect((await check(altered, key.verifier)).checks[0]).toMatchObject({ status: 'bad-signature', signature: 'invalid' });
    // Unsigned, when a key is expected.
    expect((await check((await makeCheckpoint(h.db, ORIGIN)).text, key.verifier)).checks[0]!.signature).toBe('not-signed-by-key');
  });

  it('a checkpoint whose record a purge removed cannot be checked, and says so; one at the purge anchor still holds', async () => {
    const old = await makeCheckpoint(h.db, ORIGIN);
    await append(3);
    const anchor = await h.db.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '=', old.size + 1).executeTakeFirstOrThrow();
    const atAnchor = formatCheckpoint({ origin: ORIGIN, size: Number(anchor.seq), hash: anchor.hash });
    await h.db.deleteFrom('audit_log').where('seq', '<=', anchor.seq).execute();
    await setAuditAnchor(h.db, { seq: Number(anchor.seq), hash: anchor.hash });
    const report = await check(`${old.text}\n${atAnchor}`);
    expect(report.checks.map((c) => c.status)).toEqual(['purged', 'holds']);
    expect(report.checks[0]!.message).toContain(`cannot be checked: record ${old.size} is gone (the chain now starts at record ${Number(anchor.seq) + 1}, after a purge)`);
    expect(report.ok).toBe(false);
  });

  it('another firm\'s checkpoint is named as such', async () => {
    const theirs = await makeCheckpoint(h.db, 'vigil.someone-else');
    expect((await check(theirs.text)).checks[0]).toMatchObject({ status: 'other-log' });
  });
});
