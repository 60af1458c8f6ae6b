import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Directory } from '../attestations/index.ts';
import type { Clock } from '../clock.ts';
import type { VigilConfig } from '../config/schema.ts';
import {
  countPromptsOfPeriod, escalatedPrompts, findingChanges, findingsOfPeriod, promptsWithAnswerPages,
} from '../store/evidence-queries.ts';
import type { Db } from '../store/index.ts';
import { withBulkReader, type BulkReader } from '../store/bulk-read.ts';
import type { SigningKey } from './checkpoint.ts';
import { exportIntegrity, integrityText, type ExportIntegrity, type IntegrityLimits } from './checkpoint-integrity.ts';
import { DeliveryTimes } from './delivery.ts';
import { packageIndexHtml } from './package-html.ts';
import { policyAcceptanceFiles } from './package-policy-acceptances.ts';
import { controlRows, PackageRates } from './package-rates.ts';
import { historyHeader, historyLines, populationHeader, populationLine, populationRow } from './package-rows.ts';
import { findingFiles, ratesAndControlFiles, policyRecords } from './package-tables.ts';
import { addFile, type PackagedFile, type ZipEntry, ZipWriter } from './package-zip.ts';

/** What an export reads of the workspace: the config in force and its directory of names. */
export interface ExportWorkspace {
  readonly config: VigilConfig;
  readonly directory: Directory;
}

/** What a package needs, and where it writes the zip. */
export interface PackageOptions {
  db: Db;
  workspace: ExportWorkspace;
  clock: Clock;
  /** The period, [from, to). */
  from: Date;
  to: Date;
  /** The period's first and last days as the office counts them (YYYY-MM-DD); else UTC days. */
  days?: { first: string; last: string };
  out: Writable;
  /** Vigil's version; else read from package.json. */
  vigilVersion?: string;
  onProgress?: (done: number, total: number) => void;
  /** Signs the checkpoint the package quotes (VIGIL_SIGNING_KEY); unsigned without one. */
  signingKey?: SigningKey;
  /** How much of the chain and evidence the package checks (see IntegrityLimits); the defaults else. */
  integrityLimits?: IntegrityLimits;
}

/** What went into the package. */
export interface PackageResult {
  prompts: number;
  answers: number;
  findings: number;
  files: PackagedFile[];
  /** The audit checkpoint the package was made at: its record, hash and note text. */
  checkpoint: { seq: number; hash: string; text: string };
  /** Whether the chain (and evidence rows, where bound) verified when it was made. */
  verified: boolean;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/**
 * The integrity statement: what verified (or did not) and the checkpoint the package was made
 * at, which checkpoint.txt holds as a note `vigil audit verify --checkpoint` reads. manifest.json
 * lists the SHA-256 of every other file, so a file changed after export shows too.
 */
export function integrityStatement(integrity: ExportIntegrity): string {
  return `${integrityText(integrity)} manifest.json lists the SHA-256 of every other file in the package; recomputing them shows whether any was changed after export.`;
}

/**
 * Streams the period's prompts once: each becomes a row of its attestation's population and
 * lines of the answer history, and is counted into the rates. The history streams to the zip;
 * the populations keep their compressed bytes until it is done.
 */
async function writePopulations(options: PackageOptions, zip: ZipWriter, rates: PackageRates, delivery: DeliveryTimes, reader: BulkReader | undefined): Promise<{ prompts: number; answers: number }> {
  const { db, workspace, from, to } = options;
  const total = options.onProgress ? await countPromptsOfPeriod(db, from, to) : 0;
  const history = zip.entry('answers/history.csv');
  await history.write(historyHeader());
  const populations = new Map<string, { entry: ZipEntry; text: string }>();
  const population = (id: string) => {
    let p = populations.get(id);
    if (!p) populations.set(id, (p = { entry: zip.entry(`populations/${id}.csv`), text: populationHeader() }));
    return p;
  };
  for (const a of workspace.config.attestations) population(a.id);
  let prompts = 0;
  let answers = 0;
  for await (const page of promptsWithAnswerPages(db, from, to, reader)) {
    const missed = page.filter((p) => p.answers.length === 0 && p.status === 'missed').map((p) => p.id);
    const escalated = missed.length ? await escalatedPrompts(db, missed) : new Set<string>();
    let lines = '';
    for (const prompt of page) {
      const row = populationRow(prompt, escalated.has(prompt.id));
      rates.add(row);
      delivery.add(prompt);
      population(prompt.attestationId).text += populationLine(row);
      lines += historyLines(prompt);
      answers += prompt.answers.length;
    }
    prompts += page.length;
    await history.write(lines);
    for (const p of populations.values()) {
      await p.entry.write(p.text);
      p.text = '';
    }
    options.onProgress?.(prompts, total);
  }
  await history.close();
  for (const p of populations.values()) {
    await p.entry.write(p.text);
    await p.entry.close();
  }
  return { prompts, answers };
}

/**
 * Writes the audit package for a period as a zip: the populations, the answer history, the
 * findings with their history, rates per person and team, the control mapping, the policies, a
 * readable index.html (the evidence pack, A4), and manifest.json with every other file's
 * SHA-256 and size. Streams throughout; memory stays flat whatever the period's length.
 */
export async function exportPackage(options: PackageOptions): Promise<PackageResult> {
  // One read snapshot for the whole package (on SQLite, read past kysely where it reads a million rows).
  return withBulkReader(options.db, (db, reader) => writePackage({ ...options, db }, reader));
}

async function writePackage(options: PackageOptions, reader: BulkReader | undefined): Promise<PackageResult> {
  const { db, workspace, from, to } = options;
  const config = workspace.config;
  const directory = workspace.directory;
  const integrity = await exportIntegrity(db, config, options.signingKey, options.integrityLimits);
  const checkpoint = { seq: integrity.checkpoint.size, hash: integrity.checkpoint.hash, text: integrity.checkpoint.text };
  const zip = new ZipWriter(options.out);
  const rates = new PackageRates((id) => directory.managerOf(id) ?? '');
  const delivery = new DeliveryTimes();
  const counts = await writePopulations(options, zip, rates, delivery, reader);

  const findings = await findingsOfPeriod(db, from, to);
  const changes = await findingChanges(db, findings.map((f) => f.id));
  const controls = controlRows(config.attestations, rates);
  const policies = policyRecords(config);
  for (const [path, text] of [...findingFiles(findings, changes), ...ratesAndControlFiles(rates, controls, config)]) await addFile(zip, path, text);
  await addFile(zip, 'policies.json', JSON.stringify(policies, null, 2) + '\n');
  for (const [path, text] of await policyAcceptanceFiles(db, directory, to)) await addFile(zip, path, text);

  const questions = new Map(config.attestations.map((a) => [a.id, a.question]));
  const generatedAt = options.clock.now();
  const vigilVersion = options.vigilVersion ?? packageVersion();
  const configSha256 = createHash('sha256').update(JSON.stringify(config)).digest('hex');
  const days = options.days ?? { first: from.toISOString().slice(0, 10), last: new Date(to.getTime() - 1).toISOString().slice(0, 10) };
  const statement = integrityStatement(integrity);
  await addFile(zip, 'checkpoint.txt', checkpoint.text);
  await addFile(zip, 'index.html', packageIndexHtml({
    config, firstDay: days.first, lastDay: days.last, generatedAt, vigilVersion, configSha256,
    integrity, rates, delivery, controls, findings, changes, policies,
    files: [...zip.files], names: (id) => directory.nameOf(id), question: (id) => questions.get(id) ?? id,
  }));
  const manifest = {
    format: 'vigil-audit-package', formatVersion: 1, firm: config.organisation.name,
    period: { from: from.toISOString(), to: to.toISOString(), firstDay: days.first, lastDay: days.last },
    generatedAt: generatedAt.toISOString(), vigilVersion, configSha256,
    auditCheckpoint: {
      kind: 'tlog-checkpoint', origin: integrity.checkpoint.origin, seq: checkpoint.seq, hash: checkpoint.hash, signedBy: integrity.checkpoint.signedBy,
      text: checkpoint.text, records: integrity.verification.records, verified: integrity.ok,
      evidenceRowsChecked: integrity.verification.evidenceChecked === true,
      // What was checked: 'full' (every record and row), or the newest records and the rows they seal.
      scope: integrity.scope.kind === 'full' ? { kind: 'full', records: integrity.verification.records } : { ...integrity.scope, records: integrity.verification.records },
    },
    integrity: statement, prompts: counts.prompts, answers: counts.answers, findings: findings.length,
    files: [...zip.files],
  };
  await addFile(zip, 'manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  await zip.finish();
  return { ...counts, findings: findings.length, files: manifest.files, checkpoint, verified: integrity.ok };
}
