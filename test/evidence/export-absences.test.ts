import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportEvidence, type ExportFormat } from '../../src/evidence/export.ts';
import { DAILY_BACKUP, ENGINE_BASE, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

/** A week of the daily backup check with Dev away on Tuesday and Wednesday (vigil.yaml), nobody answering. */
beforeEach(async () => {
  const base = ENGINE_BASE.replace('attestations:\n', 'absences:\n  - { person: dev, from: 2026-11-24, until: 2026-11-25 }\nattestations:\n');
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z', base);
  await h.runUntil('2026-11-27T18:00:00Z');
});
afterEach(() => h.close());

async function run(format: ExportFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({ write(chunk, _e, done) { chunks.push(Buffer.from(chunk)); done(); } });
  await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format, out });
  return Buffer.concat(chunks);
}

const devOn = (day: string) => `backup/person:dev/2026-11-${day}T09:00:00.000Z`;

describe('evidence exports count occurrences inside an absence as excused, apart from missed', () => {
  it('CSV and JSON: the prompt\'s status is excused', async () => {
    const csv = String(await run('csv')).split('\r\n');
    expect(csv.filter((l) => l.startsWith(devOn('24')) || l.startsWith(devOn('25'))).every((l) => l.includes(',excused,'))).toBe(true);
    expect(csv.filter((l) => l.includes(',excused,'))).toHaveLength(2);
    const doc = JSON.parse(String(await run('json')));
    expect(doc.prompts.filter((p: { status: string }) => p.status === 'excused').map((p: { promptId: string }) => p.promptId)).toEqual([devOn('24'), devOn('25')]);
  });

  it('HTML pack: an Excused (away) count, in the totals and Dev\'s row', async () => {
    const page = String(await run('html'));
    expect(page).toContain('<span>Missed: <strong>18</strong></span><span>Excused (away): <strong>2</strong></span>');
    expect(page).toContain('<tr><td>Dev Patel</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td class="n">3</td><td class="n">2</td>');
  });

  it('audit package: outcome excused in the population, and accounted for in the rates', async () => {
    const files = unzipSync(new Uint8Array(await run('package')));
    const population = strFromU8(files['populations/backup.csv']!).split('\r\n');
    expect(population.find((l) => l.startsWith(devOn('24')))).toContain(',excused,');
    const people = strFromU8(files['rates/people.csv']!).split('\r\n');
    // Dev: five prompts, three missed (and escalated), two excused: all five accounted for, none on time.
    expect(people).toContain('dev,backup,5,5,0,0,0,3,2,0,0,3,5,0.0000,1.0000');
  });
});
