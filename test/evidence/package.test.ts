import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer, resolveFinding } from '../../src/attestations/index.ts';
import { parseCheckpoints } from '../../src/evidence/checkpoint.ts';
import { exportPackage, type PackageResult } from '../../src/evidence/package.ts';
import { markSent, openFindings, verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

/** The daily backup check, mapped to two controls; and a weekly antivirus check mapped to one of them. */
const MAPPED = DAILY_BACKUP + `    controls: ["ISO27001:A.8.13", "CE:malware-protection"]
  - id: av
    question: Is your antivirus up to date?
    schedule: "0 9 * * 1"
    audience: { roles: [staff] }
    window: PT8H
    controls: ["CE:malware-protection"]
`;

const FROM = new Date('2026-11-23T00:00:00Z');
const TO = new Date('2026-11-28T00:00:00Z');
const prompt = (id: string, person: string, day: string) => `${id}/person:${person}/2026-11-${day}T09:00:00.000Z`;

let h: Harness;
let files: Record<string, string>;
let zipBytes: Buffer;
let result: PackageResult;
let promptsInPeriod: number;

/**
 * A week: Dev says No to Monday's backup, then changes it to Yes; Cat says No on Tuesday and Ann
 * (her manager's manager, the compliance lead) resolves it with a note; Bob answers late; the
 * rest are missed.
 */
beforeAll(async () => {
  h = await Harness.open(MAPPED, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T09:30:00Z');
  const answer = (id: string, person: string, day: string, value: 'yes' | 'no', reason?: string) =>
    recordAnswer(h.db, h.engine, { promptId: prompt(id, person, day), personId: person, value, channel: 'slack', ...(reason ? { reason } : {}) }, h.clock.now());
  await answer('backup', 'dev', '23', 'no', 'disk full');
  await answer('av', 'cat', '23', 'yes');
  await h.runUntil('2026-11-23T10:30:00Z');
  await answer('backup', 'dev', '23', 'yes');
  await h.runUntil('2026-11-23T18:00:00Z');
  await answer('backup', 'bob', '23', 'yes'); // after the window: late
  await h.runUntil('2026-11-24T09:30:00Z');
  // Tuesday's prompt messages were delivered 40 seconds after issue (as the dispatcher records a send); Monday's never were.
  for (const m of await h.db.selectFrom('outbox').select('id').where('prompt_id', 'like', '%2026-11-24T09:00%').execute()) await markSent(h.db, m.id, { ts: '1' }, new Date('2026-11-24T09:00:40Z'));
  await answer('backup', 'cat', '24', 'no', 'NAS <offline>');
  const [finding] = await openFindings(h.db, ['cat']);
  await resolveFinding(h.db, h.engine, finding!.id, 'ann', 'Restored the NAS; backup re-run and checked 11:40', h.clock.now());
  await h.runUntil('2026-11-27T18:00:00Z');
  const chunks: Buffer[] = [];
  result = await exportPackage({ db: h.db, workspace: h.engine, clock: h.clock, from: FROM, to: TO, vigilVersion: '0.1.0-test', out: new Writable({ write(c: Buffer, _e, done) { chunks.push(c); done(); } }) });
  zipBytes = Buffer.concat(chunks);
  const unzipped = unzipSync(new Uint8Array(zipBytes));
  files = Object.fromEntries(Object.entries(unzipped).map(([path, bytes]) => [path, strFromU8(bytes)]));
  const row = await h.db.selectFrom('prompts').select((eb) => eb.fn.countAll().as('n')).where('occurrence', '>=', FROM.toISOString()).where('occurrence', '<', TO.toISOString()).executeTakeFirstOrThrow();
  promptsInPeriod = Number(row.n);
}, 120_000);
afterAll(async () => h?.close());

const csvRows = (text: string) => text.trimEnd().split('\r\n').slice(1);

describe('the audit package (vigil export --format package)', () => {
  it('is a zip whose manifest lists every other file with its SHA-256 and size, and each one checks', () => {
    const manifest = JSON.parse(files['manifest.json']!);
    const listed = manifest.files.map((f: { path: string }) => f.path).sort();
    expect(listed).toEqual(Object.keys(files).filter((p) => p !== 'manifest.json').sort());
    expect(listed).toEqual(expect.arrayContaining(['index.html', 'answers/history.csv', 'populations/backup.csv', 'populations/av.csv', 'findings.csv', 'findings.json', 'rates/people.csv', 'rates/teams.csv', 'controls.csv', 'policies.json']));
    for (const f of manifest.files as { path: string; sha256: string; bytes: number }[]) {
      const bytes = Buffer.from(files[f.path]!, 'utf8');
      expect([f.path, createHash('sha256').update(bytes).digest('hex'), bytes.length]).toEqual([f.path, f.sha256, f.bytes]);
    }
  });

  it('the manifest names the period, the firm, the config hash, the version and the audit checkpoint', async () => {
    const manifest = JSON.parse(files['manifest.json']!);
    const audit = await verifyAudit(h.db);
    expect(manifest).toMatchObject({
      firm: 'Acme Bookkeeping', vigilVersion: '0.1.0-test',
      period: { from: FROM.toISOString(), to: TO.toISOString(), firstDay: '2026-11-23', lastDay: '2026-11-27' },
      auditCheckpoint: { kind: 'tlog-checkpoint', origin: 'vigil.acme-bookkeeping', hash: audit.head, records: audit.records, verified: true, signedBy: 'unsigned' },
    });
    // The checkpoint it was made at, as a note: in the manifest and as checkpoint.txt, which the manifest hashes.
    expect(files['checkpoint.txt']).toBe(manifest.auditCheckpoint.text);
    expect(parseCheckpoints(files['checkpoint.txt']!)).toEqual([expect.objectContaining({ origin: 'vigil.acme-bookkeeping', size: result.checkpoint.seq, hash: audit.head })]);
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('checkpoint.txt');
    expect(manifest.configSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.auditCheckpoint.seq).toBe(result.checkpoint.seq);
    expect(manifest.auditCheckpoint.seq).toBeGreaterThan(0);
  });

  it('populations: one row per prompt of the period, with assignee, due, answer, answered at and outcome', () => {
    const backup = csvRows(files['populations/backup.csv']!);
    const av = csvRows(files['populations/av.csv']!);
    expect(backup.length + av.length).toBe(promptsInPeriod);
    expect(promptsInPeriod).toBe(4 * 5 + 4); // four people, five weekdays of backup; one Monday of antivirus
    expect(files['populations/backup.csv']!.split('\r\n')[0]).toBe('prompt_id,attestation,subject_kind,subject,assignee,occurrence,scheduled_at,issued_at,delivered_at,due,outcome,answer,reports_problem,reason,answered_by,first_answered_at,answered_at,revisions,escalated');
    const line = (id: string) => backup.find((l) => l.startsWith(id + ','))!;
    expect(line(prompt('backup', 'dev', '23'))).toContain(',dev,2026-11-23T09:00:00.000Z,2026-11-23T09:00:00.000Z,2026-11-23T09:00:00.000Z,,2026-11-23T17:00:00.000Z,on-time,yes,false,,dev,2026-11-23T09:30:00.000Z,2026-11-23T10:30:00.000Z,2,false');
    expect(line(prompt('backup', 'bob', '23'))).toContain(',late,yes,false,');
    expect(line(prompt('backup', 'cat', '24'))).toContain(',on-time,no,true,NAS <offline>,cat,');
    expect(line(prompt('backup', 'bob', '24'))).toMatch(/,missed,,false,,,,,0,true$/); // escalated to his manager
  });

  it('answer history: every revision, each with its prompt id, so a No later changed to Yes shows twice', () => {
    const history = csvRows(files['answers/history.csv']!);
    const dev = history.filter((l) => l.startsWith(prompt('backup', 'dev', '23') + ','));
    expect(dev).toHaveLength(2);
    expect(dev[0]).toContain(',1,backup,dev,dev,2026-11-23T09:30:00.000Z,no,disk full,');
    expect(dev[1]).toContain(',2,backup,dev,dev,2026-11-23T10:30:00.000Z,yes,,');
    expect(history).toHaveLength(5); // dev twice, cat (av), bob, cat (No)
  });

  it('findings: opened by which answer, resolved by whom, when and with the note', () => {
    const findings = JSON.parse(files['findings.json']!) as { promptId: string; openedByRevision: number; openedBy: string; status: string; resolvedBy: string; resolution: string; changes: { action: string; actor: string }[] }[];
    expect(findings).toHaveLength(2);
    const cat = findings.find((f) => f.promptId === prompt('backup', 'cat', '24'))!;
    expect(cat).toMatchObject({ openedByRevision: 1, openedBy: 'cat', status: 'resolved', resolvedBy: 'ann', resolution: 'Restored the NAS; backup re-run and checked 11:40' });
    expect(cat.changes).toEqual([expect.objectContaining({ action: 'finding.resolved', actor: 'ann' })]);
    expect(files['findings.csv']).toContain('Restored the NAS; backup re-run and checked 11:40');
    expect(files['index.html']).toContain('Restored the NAS; backup re-run and checked 11:40');
  });

  it('issue and delivery: each finding\'s prompt with its scheduled, issued and delivered times, and per question how many were asked on schedule and delivered', async () => {
    const id = prompt('backup', 'cat', '24');
    const asked = await h.db.selectFrom('prompts as p').leftJoin('outbox as o', (join) => join.on('o.dedupe_key', '=', sql<string>`'prompt:' || p.id`))
      .select(['p.issued_at', 'p.created_at', 'o.sent_at']).where('p.id', '=', id).executeTakeFirstOrThrow();
    expect(asked.created_at).not.toBeNull();
    expect(asked.sent_at).not.toBeNull();
    const findings = JSON.parse(files['findings.json']!) as { promptId: string; promptScheduledAt: string; promptIssuedAt: string; promptDeliveredAt: string }[];
    expect(findings.find((f) => f.promptId === id)).toMatchObject({ promptScheduledAt: asked.issued_at, promptIssuedAt: asked.created_at, promptDeliveredAt: asked.sent_at });
    expect(files['findings.csv']!.split('\r\n')[0]).toContain('prompt_scheduled_at,prompt_issued_at,prompt_delivered_at');
    expect(files['findings.csv']).toContain(`${asked.issued_at},${asked.created_at},${asked.sent_at}`);
    const page = files['index.html']!;
    const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
    expect(page).toContain(`issued ${minute(asked.created_at!)}<br>delivered ${minute(asked.sent_at!)}`);
    // Per question: the prompts of the period, how many were issued on schedule and delivered, as the tables hold them.
    const backup = await h.db.selectFrom('prompts as p').leftJoin('outbox as o', (join) => join.on('o.dedupe_key', '=', sql<string>`'prompt:' || p.id`)).select(['p.created_at', 'o.sent_at'])
      .where('p.attestation_id', '=', 'backup').where('p.occurrence', '>=', FROM.toISOString()).where('p.occurrence', '<', TO.toISOString()).execute();
    const delivered = backup.filter((p) => p.sent_at !== null).length;
    expect(delivered).toBeGreaterThan(0);
    const section = page.slice(page.indexOf('<h2>Issue and delivery</h2>'), page.indexOf('<h2>Controls</h2>'));
    expect(section).toMatch(new RegExp(`<td>Did today&#39;s backup complete\\?</td><td class="n">${backup.length}</td><td class="n">\\d+</td><td class="n">\\d+</td><td class="n">0</td><td class="n">${delivered}</td>`));
    expect(section).toContain('Longest from schedule to delivery');
  });

  it('the controls table lists each control with the attestations mapped to it and their rates', () => {
    const controls = csvRows(files['controls.csv']!);
    expect(controls.map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['CE:malware-protection,backup', 'CE:malware-protection,av', 'ISO27001:A.8.13,backup']);
    expect(controls[1]).toBe('CE:malware-protection,av,Is your antivirus up to date?,4,1,0,0.2500,0.2500');
    const page = files['index.html']!;
    expect(page).toContain('<strong>ISO27001:A.8.13</strong></td><td>Did today&#39;s backup complete?</td>');
    expect(page).toMatch(/<td rowspan="2"><strong>CE:malware-protection<\/strong><\/td><td>Did today&#39;s backup complete\?<\/td>.*?<\/tr><tr><td>Is your antivirus up to date\?<\/td>/);
  });

  it('rates per person and per team, and who missed what', () => {
    const people = csvRows(files['rates/people.csv']!);
    expect(files['rates/people.csv']!.split('\r\n')[0]).toBe('person,attestation,prompts,due,done,on_time,late,missed,excused,open,no,escalated,accounted_for,on_time_rate,accounted_for_rate');
    // Dev: five backups, one answered on time (a No changed to Yes), four missed and escalated.
    expect(people).toContain('dev,backup,5,5,1,1,0,4,0,0,0,4,5,0.2000,1.0000');
    // Cat's No was on time: on time, but not done.
    expect(people).toContain('cat,backup,5,5,0,1,0,4,0,0,1,4,5,0.2000,1.0000');
    // Bob answered after the window: accounted for, not on time.
    expect(people).toContain('bob,backup,5,5,0,0,1,4,0,0,0,4,5,0.0000,1.0000');
    // Nobody is escalated for the antivirus check: a miss there is not accounted for.
    expect(people).toContain('dev,av,1,1,0,0,0,1,0,0,0,0,0,0.0000,0.0000');
    const page = files['index.html']!;
    expect(page).toMatch(/<td>Dev Patel<\/td>.*Did today&#39;s backup complete\? ×4/);
    expect(csvRows(files['rates/teams.csv']!)).toContain('bob,backup,5,5,0,1,0,4,0,0,1,4,5,0.2000,1.0000'); // Cat is Bob's team
  });

  it('policies as they stood: text and a hash as version', () => {
    const [policy] = JSON.parse(files['policies.json']!);
    expect(policy).toMatchObject({ id: 'backups', title: 'Backups', text: 'We back up daily.', sha256: createHash('sha256').update('We back up daily.').digest('hex') });
  });

  it('index.html: A4, questions not ids, No counted apart, a sign-off block and the integrity statement; users\' words escaped', () => {
    const page = files['index.html']!;
    expect(page).toContain('@page { size: A4;');
    expect(page).toContain('<h1>Audit package: Acme Bookkeeping</h1>');
    expect(page).toMatch(/<span>Done on time: <strong>2<\/strong><\/span><span class="no">Said No: <strong>1<\/strong><\/span>/);
    expect(page).toContain('<th>Prepared by</th>');
    expect(page).toContain('<th>Reviewed by</th>');
    expect(page).toMatch(/<p>Verified when this pack was made: the audit log&#39;s hash chain \(\d+ records/);
    expect(page).toMatch(/Made at this audit checkpoint: record \d+ of log vigil\.acme-bookkeeping, hash <code>[0-9a-f]{64}<\/code>, unsigned .*: <code>vigil audit verify --checkpoint checkpoint\.txt<\/code>/);
    expect(parseCheckpoints(page)[0]!.text).toBe(files['checkpoint.txt']);
    expect(page).toContain('NAS &lt;offline&gt;');
    expect(page).not.toContain('NAS <offline>');
    expect(page).not.toMatch(/<script|<link|<img|\ssrc=|\shref=/);
  });
});

describe('population and history lines', () => {
  const answer = (revision: number, value: string, reason: string | null, checklist: string | null = null) => ({
    id: `a${revision}`, promptId: 'p', revision, answeredBy: 'dev', value, reason, checklist, text: revision === 3 ? 'line one\nsaid "so"' : null, late: revision > 1, channel: 'slack', answeredAt: `2026-11-23T1${revision}:00:00.000Z`,
  });
  const prompt = {
    id: 'backup/person:dev/2026-11-23T09:00:00.000Z', attestationId: 'backup', subjectKind: 'person', subjectId: 'dev', assigneeId: 'dev',
    occurrence: '2026-11-23T09:00:00.000Z', scheduledAt: '2026-11-23T09:00:00.000Z', issuedAt: '2026-11-23T09:00:00.000Z', deliveredAt: '2026-11-23T09:00:05.000Z',
    closesAt: '2026-11-23T17:00:00.000Z', status: 'answered',
    answers: [answer(1, 'no', '=cmd|"/c calc", then, more'), answer(2, 'checklist', 'not done: xero', '{"xero":false,"dropbox":true}'), answer(3, 'text', null)],
  };

  it('the hand-written lines equal the column lists\' lines, users\' words quoted and defused', async () => {
    const { populationLine, populationLineByColumns, populationRow, historyLines, historyLinesByColumns } = await import('../../src/evidence/package-rows.ts');
    for (const p of [prompt, { ...prompt, answers: [] }, { ...prompt, answers: prompt.answers.slice(0, 1) }]) {
      for (const escalated of [false, true]) {
        const row = populationRow(p, escalated);
        expect(populationLine(row)).toBe(populationLineByColumns(row));
      }
      expect(historyLines(p)).toBe(historyLinesByColumns(p));
    }
    expect(historyLines(prompt)).toContain(`,no,"'=cmd|""/c calc"", then, more",`);
  });
});
