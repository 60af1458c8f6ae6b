import { afterEach, describe, expect, it } from 'vitest';
import { buildStatus, recordAnswer } from '../../src/attestations/index.ts';
import { UseCases } from '../../src/app/use-cases.ts';
import { memoryLogger } from '../../src/logger.ts';
import { PolicyQa } from '../../src/register/index.ts';
import { readLiveRegister } from '../../src/register/live-state.ts';
import { latestSupplierAnswers } from '../../src/store/register-state.ts';
import { currentPrompts } from '../../src/store/index.ts';
import { Harness, QUARTERLY_GDPR } from '../fixtures/engine-harness.ts';

/** The quarterly GDPR question, its Yes setting the statement on file; and one that sets nothing. */
const GDPR_SETS = `${QUARTERLY_GDPR}    sets: { gdprStatement: on-file }
  - id: dpa-signed
    question: Has {supplier} signed our data processing agreement?
    schedule: "0 10 1 1,4,7,10 *"
    nonWorkingDays: next-working-day
    audience: { suppliers: all }
    answer: yes-no
    window: P14D
`;

let h: Harness;
afterEach(() => h?.close());

async function promptFor(attestationId: string, supplierId: string) {
  const prompt = (await currentPrompts(h.db)).find((p) => p.attestationId === attestationId && p.subjectId === supplierId);
  if (!prompt) throw new Error(`no ${attestationId} prompt for ${supplierId}`);
  return prompt;
}

async function answer(attestationId: string, supplierId: string, personId: string, value: 'yes' | 'no' | 'na', at: string) {
  const prompt = await promptFor(attestationId, supplierId);
  await recordAnswer(h.db, h.engine, { promptId: prompt.id, personId, value, ...(value === 'yes' ? {} : { reason: 'not yet' }), channel: 'slack' }, new Date(at));
}

describe('the latest answer about each supplier, for the attestations that set a register field', () => {
  it('reads the latest answer per supplier (a changed answer wins) and only for the attestations asked', async () => {
    h = await Harness.open(GDPR_SETS, '2026-10-01T08:00:00Z');
    await h.runUntil('2026-10-01T09:30:00Z');
    await answer('gdpr', 'dropbox', 'cat', 'no', '2026-10-02T09:00:00Z');
    await answer('gdpr', 'dropbox', 'cat', 'yes', '2026-10-05T14:00:00Z');
    await answer('dpa-signed', 'dropbox', 'cat', 'no', '2026-10-06T09:00:00Z');
    await answer('gdpr', 'xero', 'bob', 'na', '2026-10-02T09:00:00Z');

    const rows = await latestSupplierAnswers(h.db, ['gdpr']);
    expect(rows.sort((a, b) => a.supplierId.localeCompare(b.supplierId))).toEqual([
      expect.objectContaining({ attestationId: 'gdpr', supplierId: 'dropbox', value: 'yes', answeredBy: 'cat', answeredAt: new Date('2026-10-05T14:00:00Z') }),
      expect.objectContaining({ attestationId: 'gdpr', supplierId: 'xero', value: 'na', answeredBy: 'bob' }),
    ]);
    expect(await latestSupplierAnswers(h.db, [])).toEqual([]);

    const live = await readLiveRegister(h.db, h.config);
    expect(live.differences).toEqual([expect.objectContaining({ supplierId: 'dropbox', file: 'awaited', attested: 'on-file', byName: 'Cat Jones' })]);
  });

  it('status and the chat say what was attested, who and when, and what the file says', async () => {
    h = await Harness.open(GDPR_SETS, '2026-10-01T08:00:00Z');
    await h.runUntil('2026-10-01T09:30:00Z');
    const conversation = new UseCases({ db: h.db, engine: h.engine, clock: h.clock, logger: memoryLogger(), qa: new PolicyQa(h.config) }).chat('shell');
    const ask = async () => (await conversation.handle({ kind: 'question', personId: 'dev', text: "Do we have Dropbox's GDPR statement?" }))[0];
    expect(await ask()).toEqual({ kind: 'text', text: "Not yet: we are awaiting Dropbox's GDPR statement (awaited). (Register: dropbox.)" });

    await answer('gdpr', 'dropbox', 'cat', 'yes', '2026-10-05T14:00:00Z');
    expect(await ask()).toEqual({ kind: 'text', text: "Yes: Dropbox's GDPR statement is on file. Attested by Cat Jones on 5 Oct 2026; vigil.yaml still says awaited. (Register: dropbox.)" });
    const status = await buildStatus(h.db, h.engine, { viewer: 'ann' }, new Date('2026-10-06T09:00:00Z'));
    expect(status.suppliers.find((s) => s.id === 'dropbox')).toMatchObject({ status: 'on-file', file: 'awaited', problem: '', attested: { byName: 'Cat Jones' } });
  });
});
