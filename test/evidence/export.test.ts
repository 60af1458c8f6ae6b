import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/attestations/index.ts';
import { csvCell } from '../../src/evidence/csv.ts';
import { checkSignature, parseCheckpoints, SigningKey } from '../../src/evidence/checkpoint.ts';
import { exportEvidence, type ExportFormat } from '../../src/evidence/export.ts';
import { markSent, verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness, testStoreLocation } from '../fixtures/engine-harness.ts';

let h: Harness;
let dir: string;

/** A week of the daily backup check: Cat answers Yes, Dev answers No once (with a hostile reason), Bob is late once. */
beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  dir = mkdtempSync(join(tmpdir(), 'vigil-export-'));
  await h.runUntil('2026-11-23T09:30:00Z');
  const answer = (person: string, day: string, value: 'yes' | 'no', reason?: string) =>
    recordAnswer(h.db, h.engine, { promptId: `backup/person:${person}/2026-11-${day}T09:00:00.000Z`, personId: person, value, channel: 'slack', ...(reason ? { reason } : {}) }, h.clock.now());
  await answer('cat', '23', 'yes');
  await answer('dev', '23', 'no', '=HYPERLINK("http://evil") <script>alert(1)</script>');
  await h.runUntil('2026-11-23T18:00:00Z');
  await answer('bob', '23', 'yes'); // after the window: late
  await h.runUntil('2026-11-27T18:00:00Z');
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runWith(format: ExportFormat, integrityLimits: { fullUpTo: number; recent: number }): Promise<string> {
  let text = '';
  const out = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
  await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format, out, integrityLimits });
  return text;
}

async function run(format: ExportFormat, from = '2026-11-23T00:00:00Z', to = '2026-11-28T00:00:00Z') {
  let text = '';
  const out = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
  const progress: [number, number][] = [];
  const result = await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date(from), to: new Date(to), format, out, onProgress: (d, t) => void progress.push([d, t]) });
  return { text, result, progress };
}

describe('evidence export', () => {
  it('CSV: one row per prompt, with the answer, who, when, channel, the question as asked, reminders and escalations', async () => {
    const { text, result, progress } = await run('csv');
    // The checkpoint it was made at comes first, as comment lines, and reads back as the checkpoint.
    const preamble = text.split('\r\n').filter((l) => l.startsWith('#'));
    expect(preamble[0]).toBe('# Vigil evidence export made at this audit checkpoint:');
    expect(preamble.slice(1)).toEqual(result.checkpoint.trimEnd().split('\n').map((l) => `# ${l}`));
    expect(parseCheckpoints(text)).toEqual([expect.objectContaining({ origin: 'vigil.acme-bookkeeping', hash: (await verifyAudit(h.db)).head, text: result.checkpoint })]);
    const lines = text.trimEnd().split('\r\n').slice(preamble.length);
    expect(lines[0]).toBe('prompt_id,attestation,question,subject_kind,subject,assignee,occurrence,scheduled_at,issued_at,delivered_at,closes_at,status,answer,reason,checklist,text,answered_by,answered_at,late,channel,answers,reminders_sent,escalations_sent');
    expect(lines).toHaveLength(1 + 20); // five weekdays × four people
    expect(result.rows).toBe(20);
    expect(progress.at(-1)).toEqual([20, 20]);
    const cat = lines.find((l) => l.startsWith('backup/person:cat/2026-11-23'))!;
    expect(cat).toContain(",Did today's backup complete?,person,cat,cat,2026-11-23T09:00:00.000Z,");
    expect(cat).toContain(',answered,yes,,,,cat,2026-11-23T09:30:00.000Z,false,slack,1,,');
    const bob = lines.find((l) => l.startsWith('backup/person:bob/2026-11-23'))!;
    expect(bob).toContain(',yes,,,,bob,2026-11-23T18:00:00.000Z,true,slack,1,2026-11-23T11:00:00.000Z,2026-11-23T13:00:00.000Z manager:ann; 2026-11-23T15:00:00.000Z compliance-channel');
    // A reason that a spreadsheet would run as a formula is kept as text.
    const dev = lines.find((l) => l.startsWith('backup/person:dev/2026-11-23'))!;
    expect(dev).toContain(`,no,"'=HYPERLINK(""http://evil"") <script>alert(1)</script>",`);
    expect(result.auditHead).toBe((await verifyAudit(h.db)).head);
  });

  it('JSON: the same rows, with the audit head', async () => {
    const { text } = await run('json');
    const doc = JSON.parse(text);
    const head = (await verifyAudit(h.db)).head;
    expect(doc).toMatchObject({ organisation: 'Acme Bookkeeping', from: '2026-11-23T00:00:00.000Z', auditOk: true, auditHead: head });
    expect(parseCheckpoints(doc.checkpoint)).toEqual([expect.objectContaining({ origin: 'vigil.acme-bookkeeping', hash: head, signatures: [] })]);
    expect(doc.integrity).toMatch(/^Verified when exported: the audit log's hash chain \(\d+ records/);
    expect(doc.prompts).toHaveLength(20);
    expect(doc.prompts.find((p: { promptId: string }) => p.promptId === 'backup/person:dev/2026-11-23T09:00:00.000Z')).toMatchObject({
      answer: 'no', reason: '=HYPERLINK("http://evil") <script>alert(1)</script>', answeredBy: 'dev', channel: 'slack', status: 'answered',
    });
  });

  it('JSON: also the findings (opened by which answer, with their changes) and every notice sent', async () => {
    const { text } = await run('json');
    const doc = JSON.parse(text);
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({ promptId: 'backup/person:dev/2026-11-23T09:00:00.000Z', assigneeId: 'dev', openedBy: 'dev', openedByRevision: 1, status: 'open', reason: '=HYPERLINK("http://evil") <script>alert(1)</script>', changes: [] });
    const bob = doc.notices.filter((n: { promptId: string }) => n.promptId === 'backup/person:bob/2026-11-23T09:00:00.000Z');
    expect(bob.map((n: { kind: string; target: string; createdAt: string }) => [n.kind, n.target, n.createdAt])).toEqual([
      ['reminder', 'assignee', '2026-11-23T11:00:00.000Z'], ['escalation', 'manager', '2026-11-23T13:00:00.000Z'], ['escalation', 'compliance-channel', '2026-11-23T15:00:00.000Z'],
      ['missed', 'assignee', '2026-11-23T17:00:00.000Z'],
    ]);
  });

  it('HTML: the pack says how many prompts were issued on schedule and delivered, naming the one delivered latest with its time', async () => {
    // Each prompt's own message (reminders and escalations are other messages of the same prompt).
    const issued = await h.db.selectFrom('outbox').select(['id', 'prompt_id']).where('dedupe_key', 'like', 'prompt:%').orderBy('prompt_id').execute();
    // Every message delivered 30 s after issue, as the dispatcher records a send, except Friday's to Dev, 2 h late.
    for (const m of issued) {
      const occurrence = m.prompt_id!.split('/').at(-1)!;
      const late = m.prompt_id === 'backup/person:dev/2026-11-27T09:00:00.000Z';
      await markSent(h.db, m.id, { ts: '1' }, new Date(Date.parse(occurrence) + (late ? 2 * 3_600_000 : 30_000)));
    }
    const { text } = await run('html');
    const prompts = issued.filter((m) => m.prompt_id!.startsWith('backup/')).length;
    expect(text).toContain(`Issue and delivery: ${prompts} of ${prompts} prompts issued within 5 minutes of their scheduled time, 0 later, 0 never; ${prompts} delivered, 0 issued but not delivered; longest from schedule to delivery 2 h (<code>backup/person:dev/2026-11-27T09:00:00.000Z</code>, delivered 2026-11-27 11:00 UTC).`);
  });

  it('HTML over a long chain: checks only the newest records and the rows they seal, and says exactly that, and what it did not check', async () => {
    const tip = (await verifyAudit(h.db)).records;
    const limits = { fullUpTo: 10, recent: 30 };
    const text = await runWith('html', limits);
    expect(text).toContain(`Verified when this pack was made: the newest 30 records of the audit log&#39;s hash chain (records ${tip - 29} to ${tip}: every hash, and every link from record ${tip - 30} on);`);
    expect(text).toMatch(/the \d+ evidence rows those records seal, each against its latest seal/);
    expect(text).toContain(`NOT checked by this export, to keep it to seconds: records 1 to ${tip - 30}`);
    expect(text).not.toContain('every evidence row against the chain');
    // A row sealed among the newest records, edited: named, in red.
    const recent = await h.db.selectFrom('prompts').select(['id', 'status']).orderBy('occurrence', 'desc').limit(1).executeTakeFirstOrThrow();
    await h.db.updateTable('prompts').set({ status: 'answered' }).where('id', '=', recent.id).execute();
    const failed = await runWith('html', limits);
    expect(failed).toContain('<strong>Integrity does NOT verify.</strong>');
    expect(failed).toContain(`prompts ${recent.id} was changed after record`);
    expect(failed).toContain(`This export checked only records ${tip - 29} to ${tip}`);
    expect(failed).not.toContain('Verified when this pack was made');
  });

  it('HTML: a one-page evidence pack with inline SVG charts, findings, the register and the audit head, users\' words escaped', async () => {
    const { text, result } = await run('html');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text).toContain('<h1>Evidence pack: Acme Bookkeeping</h1>');
    expect(text).toContain('Period 2026-11-23 to 2026-11-27');
    expect((text.match(/<svg /g) ?? []).length).toBe(2);
    expect(text).not.toMatch(/<script|<link|<img|\ssrc=|\shref=/); // self-contained: nothing loads from anywhere
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('<span>Done: <strong>1</strong></span><span>Late: <strong>1</strong></span><span>No: <strong>1</strong></span><span>Missed: <strong>17</strong></span>');
    expect(text).toContain('<td>Xero</td><td>Accounting.</td><td>—</td><td>—</td><td>on file, review was due 2026-01-31</td>');
    expect(text).toContain((await verifyAudit(h.db)).head);
    // What was verified: the chain, and each evidence table with its rows where the store binds them.
    expect((await verifyAudit(h.db)).evidenceChecked).toBe(true);
    expect(text).toMatch(/<p>Verified when this pack was made: the audit log&#39;s hash chain \(\d+ records, every hash and link\); every evidence row against the chain, both ways \(none edited, deleted or added unrecorded\): people 4, prompts \d+, answers 3, findings 1, notices \d+, absences 0 rows\.<\/p>/);
    expect(text).not.toContain('does NOT verify');
    // The pack quotes its checkpoint, which reads back from the page itself.
    expect(parseCheckpoints(text)).toEqual([expect.objectContaining({ hash: (await verifyAudit(h.db)).head, text: result.checkpoint })]);
  });

  it('a signing key signs the checkpoint every export quotes; the firm\'s verifier key accepts it', async () => {
    const { key } = SigningKey.generate('vigil.acme-bookkeeping');
    for (const format of ['csv', 'json', 'html'] as const) {
      let text = '';
      const out = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
      const result = await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format, out, signingKey: key });
      const quoted = parseCheckpoints(format === 'json' ? JSON.parse(text).checkpoint : text);
      expect(quoted).toHaveLength(1);
      expect(quoted[0]!.text).toBe(result.checkpoint);
      expect(checkSignature(quoted[0]!, key.verifier)).toBe('valid');
      if (format === 'html') expect(text).toContain('signed by vigil.acme-bookkeeping: check with the firm\'s verifier key');
    }
  });

  it('HTML: a No turned into a Yes by one UPDATE of the answers table makes the pack say, in red, that it does NOT verify, naming the row', async () => {
    const no = await h.db.selectFrom('answers').select('id').where('value', '=', 'no').executeTakeFirstOrThrow();
    await h.db.updateTable('answers').set({ value: 'yes' }).where('id', '=', no.id).execute();
    const { text, result } = await run('html');
    expect(result.verified).toBe(false);
    expect(text).toContain('<strong>Integrity does NOT verify.</strong>');
    expect(text).toMatch(new RegExp(`<li>[^<]*answers[^<]*${no.id}[^<]*</li>`));
    expect(text).not.toMatch(/Verified|verifies/);
  });

  it('package: an edited answer makes the manifest say verified: false and index.html say, in red, that integrity does NOT verify', async () => {
    await h.db.updateTable('answers').set({ reason: 'all fine' }).where('value', '=', 'no').execute();
    const chunks: Buffer[] = [];
    const out = new Writable({ write(chunk, _e, done) { chunks.push(Buffer.from(chunk)); done(); } });
    const result = await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format: 'package', out });
    expect(result.verified).toBe(false);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.auditCheckpoint).toMatchObject({ kind: 'tlog-checkpoint', verified: false });
    expect(manifest.integrity).toMatch(/^Integrity does NOT verify: /);
    const page = strFromU8(files['index.html']!);
    expect(page).toContain('<strong class="no">integrity does NOT verify (see Integrity)</strong>');
    expect(page).toContain('<strong>Integrity does NOT verify.</strong>');
    expect(page).not.toMatch(/Verified|verifies/);
  });

  it('package over a long chain: the manifest states the scope checked (the newest records, rows checked of all) and index.html what was not checked', async () => {
    const tip = (await verifyAudit(h.db)).records;
    const chunks: Buffer[] = [];
    const out = new Writable({ write(chunk, _e, done) { chunks.push(Buffer.from(chunk)); done(); } });
    const result = await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format: 'package', out, integrityLimits: { fullUpTo: 10, recent: 30 } });
    expect(result.verified).toBe(true);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.auditCheckpoint).toMatchObject({ verified: true, evidenceRowsChecked: false, scope: { kind: 'recent', after: tip - 30, through: tip, records: 30 } });
    expect(manifest.auditCheckpoint.scope.rowsChecked).toBeLessThan(manifest.auditCheckpoint.scope.rowsTotal);
    expect(manifest.integrity).toContain(`NOT checked by this export, to keep it to seconds: records 1 to ${tip - 30}`);
    expect(strFromU8(files['index.html']!)).toContain(`the newest 30 records of the audit log&#39;s hash chain (records ${tip - 29} to ${tip}`);
  });

  it('HTML: when the chain does not verify the pack says so in red, and nowhere that it verifies', async () => {
    await h.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 2).execute();
    const { text, result } = await run('html');
    expect(result.verified).toBe(false);
    expect(text).toContain('<div class="integrity-failed"><p><strong>Integrity does NOT verify.</strong> What failed:</p><ul><li>Record 2: record 2 (');
    expect(text).not.toMatch(/Verified|verifies/);
    const csv = await run('csv');
    expect(csv.text.split('\r\n')[0]).toBe('# Vigil evidence export made at this audit checkpoint (integrity did NOT verify when exported: run vigil audit verify):');
    expect(JSON.parse((await run('json')).text)).toMatchObject({ auditOk: false, integrity: expect.stringMatching(/^Integrity does NOT verify: Record 2: /) });
  });

  it('exports only the period asked for', async () => {
    const { result } = await run('csv', '2026-11-24T00:00:00Z', '2026-11-25T00:00:00Z');
    expect(result.rows).toBe(4);
  });

  it('escapes CSV cells: quotes, commas, newlines and formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nthen')).toBe('"say ""hi""\nthen"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('writes the file from the CLI, and says so', async () => {
    const { main } = await import('../../src/cli.ts');
    const { Readable, PassThrough } = await import('node:stream');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'vigil.yaml'), ENGINE_BASE + DAILY_BACKUP);
    let stdout = '';
    const code = await main(['export', '--db', testStoreLocation(h.dir), '--from', '2026-11-23', '--to', '2026-11-27', '--format', 'html', '--out', 'pack.html'], {
      stdout: (t) => void (stdout += t), stderr: () => undefined, env: {}, cwd: dir, stdin: Readable.from(['']), output: new PassThrough(),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^vigil: exported 20 prompts \(2026-11-23 to 2026-11-27\) as html to pack\.html; audit head [0-9a-f]{64}\n$/);
    expect(readFileSync(join(dir, 'pack.html'), 'utf8')).toContain('<h1>Evidence pack: Acme Bookkeeping</h1>');
  });
});
