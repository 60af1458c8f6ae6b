import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAnswer, appendAudit, isPostgres, migrateToLatest, verifyAudit, type Database } from '../../src/store/index.ts';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { releaseTestDatabase, testDatabase } from '../fixtures/engine-harness.ts';

let dir: string;
let db: Kysely<Database>;

/** A database as the version before sealing left it: migrated up to 0008, with evidence and an audit chain. */
async function databaseFromBeforeSealing(): Promise<void> {
  const schema = isPostgres(db) ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!.schema : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateTo('0008-status-by-person');
  if (error) throw error;
  const at = '2026-01-05T09:00:00.000Z';
  await db.insertInto('people').values([
    { id: 'ann', name: 'Ann Lee', email: 'ann@acme.example', roles: '["staff","manager"]', manager_id: null, timezone: null, slack_id: 'U1', teams_aad_object_id: null, active: 1, first_seen_at: at, synced_at: at },
    { id: 'bob', name: 'Bob Stone', email: 'bob@acme.example', roles: '["staff"]', manager_id: 'ann', timezone: 'Europe/London', slack_id: null, teams_aad_object_id: null, active: 1, first_seen_at: at, synced_at: at },
  ]).execute();
  await db.insertInto('prompts').values(['ann', 'bob'].map((who) => ({
    id: `backup/person:${who}/${at}`, attestation_id: 'backup', subject_kind: 'person' as const, subject_id: who, assignee_id: who, occurrence: at,
    question: 'Did the backup run?', answer_kind: 'yes-no', checklist: null, issued_at: at, closes_at: '2026-01-05T17:00:00.000Z', status: 'answered' as const,
    closed_at: '2026-01-05T10:00:00.000Z', next_action_at: null,
  }))).execute();
  await db.insertInto('answers').values([
    { id: 'a1', prompt_id: `backup/person:ann/${at}`, revision: 1, answered_by: 'ann', value: 'yes', reason: null, checklist: null, text: null, late: 0, channel: 'slack', answered_at: '2026-01-05T10:00:00.000Z' },
    { id: 'a2', prompt_id: `backup/person:bob/${at}`, revision: 1, answered_by: 'bob', value: 'no', reason: 'disk full', checklist: null, text: null, late: 1, channel: 'teams', answered_at: '2026-01-05T18:00:00.000Z' },
  ]).execute();
  await db.insertInto('findings').values({
    id: 'f1', prompt_id: `backup/person:bob/${at}`, attestation_id: 'backup', subject_kind: 'person', subject_id: 'bob', assignee_id: 'bob', answer_id: 'a2',
    reason: 'disk full', opened_at: '2026-01-05T18:00:00.000Z', status: 'open', resolved_at: null, resolved_by: null, resolution: null,
  }).execute();
  await db.insertInto('notices').values({ id: 'n1', prompt_id: `backup/person:bob/${at}`, kind: 'reminder', step: 1, target: 'assignee', recipient_id: 'bob', created_at: '2026-01-05T11:00:00.000Z' }).execute();
  for (const action of ['people.synced', 'answer.recorded', 'answer.recorded']) await appendAudit(db, { actor: 'system', action }, new Date(at));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-seal-migration-'));
  db = await testDatabase(dir);
  await databaseFromBeforeSealing();
});
afterEach(async () => {
  await db.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

describe('upgrading a database from before sealing', () => {
  it('seals every existing row once, verifies, and says from which record coverage starts', async () => {
    expect((await migrateToLatest(db)).applied).toContain('0010-evidence-seals');
    const result = await verifyAudit(db);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.coverageFrom).toBe(4); // the three records already there, then the seals
    expect(result.tables).toEqual([
      { table: 'people', rows: 2 }, { table: 'prompts', rows: 2 }, { table: 'answers', rows: 2 }, { table: 'findings', rows: 1 }, { table: 'notices', rows: 1 }, { table: 'absences', rows: 0 },
    ]);
    const coverage = await db.selectFrom('audit_log').select(['action', 'data']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(coverage.action).toBe('seal.coverage');
    expect(JSON.parse(coverage.data)).toEqual({ from: 4, rows: 8 });
  });

  it('is protected from the upgrade on: an old row edited, deleted or added is caught, and new writes are sealed', async () => {
    await migrateToLatest(db);
    await appendAnswer(db, { promptId: 'backup/person:bob/2026-01-05T09:00:00.000Z', answeredBy: 'bob', value: 'yes', reason: null, checklist: null, text: null, late: true, channel: 'slack', answeredAt: new Date('2026-01-06T09:00:00Z') });
    expect((await verifyAudit(db)).ok).toBe(true);
    await db.updateTable('answers').set({ value: 'yes', reason: null }).where('id', '=', 'a2').execute();
    await db.deleteFrom('notices').where('id', '=', 'n1').execute();
    await db.insertInto('people').values({ id: 'eve', name: 'Eve', email: 'eve@acme.example', roles: '["staff"]', manager_id: null, timezone: null, slack_id: null, teams_aad_object_id: null, active: 1, first_seen_at: 'x', synced_at: 'x' }).execute();
    const problems = (await verifyAudit(db)).problems;
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual(expect.objectContaining({
      kind: 'row-edited', table: 'answers', key: 'a2',
      fields: [{ field: 'reason', chain: 'disk full', table: null }, { field: 'value', chain: 'no', table: 'yes' }],
    }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'row-deleted', table: 'notices', key: 'n1' }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'row-unsealed', table: 'people', key: 'eve' }));
  });

  it('checks only the chain of a database that was never upgraded (an old backup, say)', async () => {
    const result = await verifyAudit(db);
    expect(result).toMatchObject({ ok: true, evidenceChecked: false, coverageFrom: null, records: 3 });
  });
});
