import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/bot/dispatcher.ts';
import { plain } from '../../src/bot/shell/render.ts';
import { TerminalSender } from '../../src/bot/shell/terminal-sender.ts';
import { exportEvidence } from '../../src/evidence/export.ts';
import { populationLine, populationLineByColumns, populationHeader, populationRow } from '../../src/evidence/package-rows.ts';
import { promptsWithAnswerPages } from '../../src/store/evidence-queries.ts';
import { memoryLogger } from '../../src/logger.ts';
import { verifyAudit } from '../../src/store/index.ts';
import { Harness } from '../fixtures/engine-harness.ts';
import { UseCases } from '../../src/app/use-cases.ts';

let h: Harness;
afterEach(() => h?.close());

/** Fridays at 10:00, open for five days: Vigil first running on Monday still asks Friday's. */
const FRIDAY_AV = `  - id: antivirus
    question: Is antivirus running on your laptop?
    schedule: "0 10 * * 5"
    audience: { people: [cat] }
    window: P5D
`;

async function exportText(format: 'csv' | 'json'): Promise<string> {
  let text = '';
  const out = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
  await exportEvidence({ db: h.db, workspace: h.engine, clock: h.clock, from: new Date('2026-11-16T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), format, out });
  return text;
}

describe('a prompt keeps the occurrence it belongs to and when it was really issued and delivered', () => {
  it('Friday\'s prompt first sent on Monday says so in the CSV, the JSON and the package population', async () => {
    h = await Harness.open(FRIDAY_AV, '2026-11-23T08:55:00Z');
    const [issued] = (await h.tick()).issued;
    expect(issued).toMatchObject({ assigneeId: 'cat', occurrence: new Date('2026-11-20T10:00:00Z') });

    h.clock.set('2026-11-23T08:56:30Z');
    const said: string[] = [];
    const sender = new TerminalSender({ app: new UseCases({ db: h.db, engine: h.engine, clock: h.clock, logger: memoryLogger() }), clock: h.clock, style: plain, say: (t) => said.push(t), me: () => 'cat' });
    await new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger: memoryLogger(), sender }).deliverDue();
    expect(said.join('\n')).toContain('Vigil asks Cat Jones');

    const csv = (await exportText('csv')).split('\r\n').filter((l) => l && !l.startsWith('#'));
    const header = csv[0]!.split(',');
    const row = Object.fromEntries(csv[1]!.split(',').map((v, i) => [header[i], v]));
    expect(row).toMatchObject({
      occurrence: '2026-11-20T10:00:00.000Z', scheduled_at: '2026-11-20T10:00:00.000Z',
      issued_at: '2026-11-23T08:55:00.000Z', delivered_at: '2026-11-23T08:56:30.000Z',
    });

    const json = JSON.parse(await exportText('json')) as { prompts: Record<string, unknown>[] };
    expect(json.prompts[0]).toMatchObject({ occurrence: '2026-11-20T10:00:00.000Z', scheduledAt: '2026-11-20T10:00:00.000Z', issuedAt: '2026-11-23T08:55:00.000Z', deliveredAt: '2026-11-23T08:56:30.000Z' });

    const pages = [];
    for await (const page of promptsWithAnswerPages(h.db, new Date('2026-11-16T00:00:00Z'), new Date('2026-11-28T00:00:00Z'))) pages.push(...page);
    const population = populationRow(pages[0]!, false);
    const cells = populationLine(population).trimEnd().split(',');
    const names = populationHeader().trimEnd().split(',');
    expect(Object.fromEntries(names.map((n, i) => [n, cells[i]]))).toMatchObject({
      occurrence: '2026-11-20T10:00:00.000Z', scheduled_at: '2026-11-20T10:00:00.000Z', issued_at: '2026-11-23T08:55:00.000Z', delivered_at: '2026-11-23T08:56:30.000Z',
    });
    expect(populationLine(population)).toBe(populationLineByColumns(population));
  });

  it('the delivery time is sealed with the prompt: an edit of it is caught by audit verify, and exports show it, not the outbox\'s', async () => {
    h = await Harness.open(FRIDAY_AV, '2026-11-23T08:55:00Z');
    await h.tick();
    h.clock.set('2026-11-23T08:56:30Z');
    const sender = new TerminalSender({ app: new UseCases({ db: h.db, engine: h.engine, clock: h.clock, logger: memoryLogger() }), clock: h.clock, style: plain, say: () => {}, me: () => 'cat' });
    await new Dispatcher({ db: h.db, workspace: h.engine, clock: h.clock, logger: memoryLogger(), sender }).deliverDue();
    const prompt = await h.db.selectFrom('prompts').select(['id', 'delivered_at']).executeTakeFirstOrThrow();
    expect(prompt.delivered_at).toBe('2026-11-23T08:56:30.000Z');
    expect((await verifyAudit(h.db)).ok).toBe(true);

    // The outbox is a queue: rewriting its sent time changes no evidence.
    await h.db.updateTable('outbox').set({ sent_at: '2026-11-20T10:00:00.000Z' }).where('dedupe_key', '=', `prompt:${prompt.id}`).execute();
    expect((await verifyAudit(h.db)).ok).toBe(true);
    expect(JSON.parse(await exportText('json')).prompts[0]).toMatchObject({ deliveredAt: '2026-11-23T08:56:30.000Z' });
    expect(await exportText('csv')).toContain('2026-11-23T08:56:30.000Z');

    // The prompt's own delivery time is evidence: an edit is named.
    await h.db.updateTable('prompts').set({ delivered_at: '2026-11-20T10:00:00.000Z' }).where('id', '=', prompt.id).execute();
    const result = await verifyAudit(h.db);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ kind: 'row-edited', table: 'prompts', key: prompt.id, fields: [{ field: 'delivered_at', chain: '2026-11-23T08:56:30.000Z', table: '2026-11-20T10:00:00.000Z' }] });
  });
});
