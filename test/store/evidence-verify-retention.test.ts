import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetPerson, purge } from '../../src/evidence/retention.ts';
import { verifyAudit } from '../../src/store/index.ts';
import { sealGroups } from '../../src/store/seal.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
  await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'disk full' });
  await h.answerBackup('cat', '2026-11-23', 'yes');
  await h.runUntil('2026-11-24T12:00:00Z');
  await h.answerBackup('dev', '2026-11-24', 'no', { reason: 'tape jammed', channel: 'slack' });
  await h.runUntil('2026-11-25T10:00:00Z');
});
afterEach(() => h.close());

describe('evidence verification after a purge', () => {
  it('passes: the removed rows are recorded as removed, the rest carried past the anchor', async () => {
    await purge(h.db, new Date('2026-11-24T00:00:00Z'), { apply: true, now: h.clock.now() });
    // The purge's removals are seals with op delete (in a seal.batch record with the rest of its transaction's seals).
    const records = await h.db.selectFrom('audit_log').select(['action', 'data']).where('action', 'like', 'seal.%').where('data', 'like', '%"cause":"purge"%').execute();
    const removed = records.flatMap((r) => sealGroups(r.action, r.data, true) ?? []).filter((g) => g.op === 'delete').flatMap((g) => g.rows);
    expect(removed.length).toBeGreaterThan(0);
    const result = await verifyAudit(h.db);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.tables.find((t) => t.table === 'people')!.rows).toBe(4); // sealed before the cutoff, carried
  });

  it('still catches an edit, a deletion and an insertion in what remains', async () => {
    await purge(h.db, new Date('2026-11-24T00:00:00Z'), { apply: true, now: h.clock.now() });
    await h.db.updateTable('answers').set({ value: 'yes' }).where('answered_by', '=', 'dev').execute();
    await h.db.updateTable('people').set({ manager_id: 'bob' }).where('id', '=', 'dev').execute();
    await h.db.deleteFrom('notices').where('kind', '=', 'reminder').execute();
    const ann = await h.db.selectFrom('people').selectAll().where('id', '=', 'ann').executeTakeFirstOrThrow();
    await h.db.insertInto('people').values({ ...ann, id: 'eve' }).execute();
    const result = await verifyAudit(h.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'row-edited', table: 'answers', fields: [{ field: 'value', chain: 'no', table: 'yes' }] }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'row-edited', table: 'people', key: 'dev', fields: [{ field: 'manager_id', chain: 'ann', table: 'bob' }] }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'row-deleted', table: 'notices' }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'row-unsealed', table: 'people', key: 'eve' }));
  });

  it('carries an edit made before the purge: the purge does not launder it', async () => {
    await h.db.updateTable('people').set({ roles: '["compliance"]' }).where('id', '=', 'cat').execute();
    await purge(h.db, new Date('2026-11-24T00:00:00Z'), { apply: true, now: h.clock.now() });
    expect((await verifyAudit(h.db)).problems).toEqual([expect.objectContaining({ kind: 'row-edited', table: 'people', key: 'cat', fields: [expect.objectContaining({ field: 'roles' })] })]);
  });
});

describe('evidence verification after a forget', () => {
  it('passes: the pseudonymised rows are sealed as the forget wrote them', async () => {
    const { pseudonym } = await forgetPerson(h.db, 'dev', h.clock.now());
    const result = await verifyAudit(h.db);
    expect(result.problems).toEqual([]);
    const forget = await h.db.selectFrom('audit_log').select(['action', 'data']).where('action', 'like', 'seal.%').where('data', 'like', '%"cause":"forget"%').execute();
    expect(forget.length).toBeGreaterThan(0);
    // The person's name and address are not written into the chain by the forget, nor before it.
    const all = await h.db.selectFrom('audit_log').select('data').execute();
    expect(all.some((r) => r.data.includes('dev@acme.example') || r.data.includes('Dev Patel'))).toBe(false);
    await h.db.updateTable('answers').set({ reason: 'nothing happened' }).where('answered_by', '=', pseudonym).execute();
    expect((await verifyAudit(h.db)).problems).toContainEqual(expect.objectContaining({ kind: 'row-edited', table: 'answers', fields: [{ field: 'reason', chain: 'disk full', table: 'nothing happened' }] }));
  });
});

describe('evidence verification after forgetting someone with absences', () => {
  it('pseudonymises their absences and the prompts they covered, sealed, and verify passes', async () => {
    const { declareAbsence } = await import('../../src/attestations/absences.ts');
    const day = (d: string) => new Date(`2026-11-${d}T00:00:00Z`);
    await declareAbsence(h.db, h.engine.directory, { personId: 'dev', from: day('26'), until: day('27'), delegateId: 'cat', declaredBy: 'ann', channel: 'slack' }, h.clock.now());
    await declareAbsence(h.db, h.engine.directory, { personId: 'cat', from: day('27'), until: day('28'), delegateId: 'dev', declaredBy: 'dev', channel: 'teams' }, h.clock.now());
    await h.runUntil('2026-11-27T10:00:00Z');
    expect(await h.db.selectFrom('prompts').select('id').where('delegate_id', '=', 'dev').execute()).toHaveLength(1);
    const { pseudonym } = await forgetPerson(h.db, 'dev', h.clock.now());
    const absences = await h.db.selectFrom('absences').select(['person_id', 'delegate_id', 'declared_by']).orderBy('starts_at').execute();
    expect(absences).toEqual([{ person_id: pseudonym, delegate_id: 'cat', declared_by: 'ann' }, { person_id: 'cat', delegate_id: pseudonym, declared_by: pseudonym }]);
    expect(await h.db.selectFrom('prompts').select('id').where('delegate_id', '=', 'dev').execute()).toEqual([]);
    const result = await verifyAudit(h.db);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('evidence verification after purging absences', () => {
  it('removes absences that ended before the cutoff, recorded as removed, and verify passes', async () => {
    const { declareAbsence } = await import('../../src/attestations/absences.ts');
    const at = (iso: string) => new Date(iso);
    await declareAbsence(h.db, h.engine.directory, { personId: 'bob', from: at('2026-11-23T12:00:00Z'), until: at('2026-11-23T18:00:00Z'), declaredBy: 'bob', channel: 'shell' }, h.clock.now());
    await declareAbsence(h.db, h.engine.directory, { personId: 'cat', from: at('2026-11-26T00:00:00Z'), until: at('2026-11-27T00:00:00Z'), declaredBy: 'cat', channel: 'shell' }, h.clock.now());
    const plan = await purge(h.db, at('2026-11-24T00:00:00Z'), { apply: true, now: h.clock.now() });
    expect(plan.absences).toBe(1);
    expect(await h.db.selectFrom('absences').select('person_id').execute()).toEqual([{ person_id: 'cat' }]);
    const result = await verifyAudit(h.db);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
