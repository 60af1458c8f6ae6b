import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetPerson, purge, retentionCutoff } from '../../src/evidence/retention.ts';
import { verifyAudit } from '../../src/store/index.ts';
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await Harness.open(DAILY_BACKUP, '2026-11-23T08:00:00Z');
  await h.runUntil('2026-11-23T10:00:00Z');
  await h.answerBackup('dev', '2026-11-23', 'no', { reason: 'disk full' });
  await h.answerBackup('cat', '2026-11-23', 'yes');
  await h.runUntil('2026-11-25T10:00:00Z');
});
afterEach(() => h.close());

const count = async (table: 'prompts' | 'answers' | 'findings' | 'audit_log') => h.count(table);

describe('purge', () => {
  it('computes the cutoff from the configured retention', () => {
    expect(retentionCutoff(h.config, new Date('2032-11-24T00:00:00Z')).toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('is a dry run unless applied: it counts and changes nothing', async () => {
    const before = await Promise.all([count('prompts'), count('answers'), count('audit_log')]);
    const plan = await purge(h.db, new Date('2026-11-24T00:00:00Z'), { apply: false, now: h.clock.now() });
    const oldAudit = await h.db.selectFrom('audit_log').select('seq').where('at', '<', '2026-11-24T00:00:00.000Z').execute();
    expect(oldAudit.length).toBeGreaterThan(0);
    expect(plan).toMatchObject({ prompts: 4, answers: 2, findings: 1, auditRecords: oldAudit.length });
    expect(await Promise.all([count('prompts'), count('answers'), count('audit_log')])).toEqual(before);
  });

  it('removes old evidence and old audit records; the chain still verifies from its anchor', async () => {
    const plan = await purge(h.db, new Date('2026-11-24T00:00:00Z'), { apply: true, now: h.clock.now() });
    expect(await count('prompts')).toBe(8); // Tuesday and Wednesday remain
    expect(await count('answers')).toBe(0);
    expect(await count('findings')).toBe(0);
    const audit = await verifyAudit(h.db);
    expect(audit).toMatchObject({ ok: true, problems: [] });
    expect(audit.records).toBeGreaterThan(0);
    const last = await h.db.selectFrom('audit_log').select(['action', 'data']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last.action).toBe('evidence.purged');
    expect(JSON.parse(last.data)).toMatchObject({ cutoff: '2026-11-24T00:00:00.000Z', prompts: plan.prompts, auditRecords: plan.auditRecords });
  });
});

describe('forget', () => {
  it('pseudonymises a leaver everywhere the evidence names them, keeps the evidence, and keeps the database consistent', async () => {
    const { pseudonym } = await forgetPerson(h.db, 'dev', h.clock.now());
    expect(pseudonym).toMatch(/^former-[0-9a-f]{10}$/);
    const prompts = await h.db.selectFrom('prompts').select(['id', 'assignee_id']).where('assignee_id', '=', pseudonym).execute();
    expect(prompts).toHaveLength(3);
    expect(prompts.every((p) => p.id.includes(`person:${pseudonym}/`))).toBe(true);
    expect(await h.db.selectFrom('prompts').select('id').where('id', 'like', '%person:dev/%').execute()).toEqual([]);
    expect(await h.db.selectFrom('answers').select(['answered_by', 'reason']).where('answered_by', '=', pseudonym).execute()).toEqual([{ answered_by: pseudonym, reason: 'disk full' }]);
    expect(await h.db.selectFrom('findings').select('assignee_id').execute()).toEqual([{ assignee_id: pseudonym }]);
    expect(await h.db.selectFrom('people').select(['id', 'name', 'email', 'active']).where('id', '=', pseudonym).execute()).toEqual([{ id: pseudonym, name: 'Former staff member', email: '', active: 0 }]);
    expect(await h.db.selectFrom('people').select('id').where('id', '=', 'dev').execute()).toEqual([]);
    for (const table of ['answers', 'notices', 'outbox', 'findings'] as const) {
      // No row points at a prompt that is gone (the same check on SQLite and PostgreSQL).
      const orphans = await h.db.selectFrom(table).select('prompt_id').where('prompt_id', 'is not', null)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('prompts').select('id').whereRef('prompts.id', '=', `${table}.prompt_id`)))).execute();
      expect(orphans).toEqual([]);
    }
    expect((await verifyAudit(h.db)).ok).toBe(true);
  });

  it('refuses someone unknown', async () => {
    await expect(forgetPerson(h.db, 'zed', h.clock.now())).rejects.toMatchObject({ code: 'not_found' });
  });
});
