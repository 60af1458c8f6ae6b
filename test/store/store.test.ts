import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import {
  GENESIS_HASH, appendAudit, auditHash, listAudit, listPeople, migrateToLatest, migrations, syncPeople, type Database,
} from '../../src/store/index.ts';
import { ON_POSTGRES, releaseTestDatabase, testDatabase } from '../fixtures/engine-harness.ts';
import { MINIMAL_CONFIG } from '../fixtures/minimal-config.ts';
import { insertPromptWithMessage, promptRow } from '../fixtures/store-rows.ts';

let dir: string;
let db: Kysely<Database>;
const now = new Date('2026-11-20T09:00:00Z');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-store-'));
  db = await testDatabase(dir, join(dir, 'nested', 'vigil.db'));
});
afterEach(async () => {
  await db.destroy();
  await releaseTestDatabase(dir);
  rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('create a fresh database with every table, and are safe to run again', async () => {
    expect((await migrateToLatest(db)).applied).toEqual(Object.keys(migrations));
    const schema = ON_POSTGRES ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
    const tables = (await db.introspection.getTables()).filter((t) => t.schema === schema).map((t) => t.name).sort();
    expect(tables).toEqual(['absences', 'answers', 'audit_log', 'conversation_refs', 'engine_state', 'findings', 'notices', 'outbox', 'people', 'processed_events', 'prompts', 'schedule_cursors']);
    expect((await migrateToLatest(db)).applied).toEqual([]);
  });

  it.skipIf(ON_POSTGRES)('open the SQLite file in WAL mode with foreign keys on', async () => {
    await migrateToLatest(db);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  });

  it('enforce foreign keys', async () => {
    await migrateToLatest(db);
    await expect(db.insertInto('answers').values({
      id: 'a1', prompt_id: 'no-such-prompt', revision: 1, answered_by: 'amy', value: 'yes', reason: null, checklist: null, text: null, late: 0, channel: 'shell', answered_at: now.toISOString(),
    }).execute()).rejects.toThrow(/foreign key/i);
  });

  it('use no auto-increment and keep instants as text (the same on SQLite and PostgreSQL)', async () => {
    await migrateToLatest(db);
    const ddl = ON_POSTGRES
      ? await sql<{ sql: string }>`select column_name || ' ' || data_type || ' ' || coalesce(column_default, '') as sql from information_schema.columns where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(db)
      : await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name not like 'kysely_%'`.execute(db);
    const all = ddl.rows.map((r) => r.sql).join('\n');
    expect(all).toMatch(/text/);
    expect(all).not.toMatch(/autoincrement|datetime|timestamp|boolean|json/i);
  });
});

describe('prompts', () => {
  beforeEach(() => migrateToLatest(db));

  it('are unique per (attestation, subject, occurrence)', async () => {
    await insertPromptWithMessage(db, promptRow());
    await expect(db.insertInto('prompts').values(promptRow()).execute()).rejects.toThrow(/unique/i);
    const inserted = await db.insertInto('prompts').values(promptRow()).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(0n);
    await insertPromptWithMessage(db, promptRow({ occurrence: '2026-11-27T10:00:00.000Z' }));
    expect((await db.selectFrom('prompts').select('id').execute()).length).toBe(2);
  });

  it('keep every answer revision: a change is a new row, never an overwrite', async () => {
    const promptId = await insertPromptWithMessage(db);
    const answer = (revision: number, value: 'yes' | 'no') => ({
      id: `answer-${revision}`, prompt_id: promptId, revision, answered_by: 'amy', value, reason: value === 'no' ? 'scan failed' : null,
      checklist: null, text: null, late: 0, channel: 'shell', answered_at: now.toISOString(),
    });
    await db.insertInto('answers').values(answer(1, 'no')).execute();
    await db.insertInto('answers').values(answer(2, 'yes')).execute();
    await expect(db.insertInto('answers').values({ ...answer(2, 'yes'), id: 'dup' }).execute()).rejects.toThrow(/unique/i);
    const rows = await db.selectFrom('answers').select(['revision', 'value', 'reason']).orderBy('revision').execute();
    expect(rows).toEqual([{ revision: 1, value: 'no', reason: 'scan failed' }, { revision: 2, value: 'yes', reason: null }]);
  });
});

describe('people sync', () => {
  beforeEach(() => migrateToLatest(db));

  it('adds, updates and deactivates people to match the config, deleting nobody', async () => {
    const config = parseConfig(MINIMAL_CONFIG, 'acme.yaml');
    expect(await syncPeople(db, config.people, now)).toEqual({ added: ['ann', 'bob', 'cat'], updated: [], deactivated: [] });
    expect(await syncPeople(db, config.people, now)).toEqual({ added: [], updated: [], deactivated: [] });

    const later = new Date('2026-11-21T09:00:00Z');
    const renamed = config.people.filter((p) => p.id !== 'cat').map((p) => (p.id === 'bob' ? { ...p, name: 'Robert Stone' } : p));
    expect(await syncPeople(db, renamed, later)).toEqual({ added: [], updated: ['bob'], deactivated: ['cat'] });

    const people = await listPeople(db);
    expect(people.map((p) => [p.id, p.name, p.active])).toEqual([
      ['ann', 'Ann Lee', true], ['bob', 'Robert Stone', true], ['cat', 'Cat Jones', false],
    ]);
    expect(people[0]).toMatchObject({ roles: ['staff', 'manager', 'compliance'], managerId: null, firstSeenAt: now });
    expect(people[1]!.managerId).toBe('ann');
  });
});

describe('audit log', () => {
  beforeEach(() => migrateToLatest(db));

  it('chains each record to the one before by hash', async () => {
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, { actor: 'system', action: 'people.synced', data: { added: 3 } }, now);
      await appendAudit(trx, { actor: 'amy', action: 'answer.recorded', subject: 'prompt-1' }, now);
    });
    const records = await listAudit(db);
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expect(records[0]!.prevHash).toBe(GENESIS_HASH);
    expect(records[1]!.prevHash).toBe(records[0]!.hash);
    for (const r of records) {
      expect(auditHash({ seq: r.seq, at: r.at.toISOString(), actor: r.actor, action: r.action, subject: r.subject, data: JSON.stringify(r.data), prevHash: r.prevHash })).toBe(r.hash);
    }
    expect(records[0]!.data).toEqual({ added: 3 });
  });
});
